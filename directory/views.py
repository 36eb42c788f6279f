"""The directory's public views: the filtered list, the contact relay, the
signed confirmation link, and the moderators' CSV export.

The page models route here (`DirectoryIndexPage.get_context`, the
`contact/` and `confirm/<token>/` sub-routes) so that the models stay small.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, Q, QuerySet, Value, When
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    StreamingHttpResponse,
)
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home import ratelimit
from home.data_cache import cached, data_key, selected_filters
from home.facet_index import KEEP_SECONDS, Index, by_lookups, count, through_all
from home.filters import Facet, FilterResult, apply_facets, querystring_without
from home.memo import versioned
from home.page_cache import VERSION_KEY
from practice.queries import localized_terms
from trusts.models import TrustPage

from .emails import queue_support_request
from .forms import ConfirmAvailabilityForm, SupportRequestForm
from .models import (
    DirectoryIndexPage,
    ExpertProfilePage,
    ExpertRole,
    FrameworkArea,
    FrameworkElement,
    Phase,
    Region,
    Subject,
    SupportRequest,
)
from .models.profiles import (
    attach_terms,
    available_q,
    stale_cutoff,
    visible_profiles,
)

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
MAX_SEARCH_RESULTS = 5000
TRUST_CHOICES_CACHE_KEY = "directory:trust-choices"
TRUST_CHOICES_CACHE_SECONDS = 10 * 60
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")

# -- the list ----------------------------------------------------------------------

# Filter parameter -> ORM path to the slug it matches (the URL contract).
FACET_LOOKUPS: dict[str, str] = {
    "area": "elements__area__slug",
    "element": "elements__slug",
    "phase": "phases__slug",
    "subject": "subjects__slug",
    "role": "role",
    "region": "region__slug",
    "trust": "trust__slug",
}


def _in(lookup: str):
    return lambda values: Q(**{f"{lookup}__in": values})


def _apply_available(values: list[str]) -> Q:
    return available_q() if "1" in values else Q(pk__in=[])


def _trust_choices() -> list[tuple[str, str]]:
    """Member trusts for the filter, cached briefly: they change rarely."""
    choices = cache.get(TRUST_CHOICES_CACHE_KEY)
    if choices is None:
        choices = list(
            TrustPage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True)
            .order_by("title")
            .values_list("slug", "title")
        )
        cache.set(TRUST_CHOICES_CACHE_KEY, choices, TRUST_CHOICES_CACHE_SECONDS)
    return choices


def _vocabulary(model, label):
    return lambda: [(term.slug, label(term)) for term in model.localized_list()]


def directory_facets() -> list[Facet]:
    """The /directory/ filters, in the order the form shows them.

    Each facet filters through `apply` and leaves `lookup` empty, so the
    shared engine does not count it: count_options() counts all of them,
    and the totals, from the facet index.
    """
    return [
        Facet(
            "available",
            _("Availability"),
            apply=_apply_available,
            choices=lambda: [("1", str(_("Available this term or next")))],
        ),
        Facet(
            "area",
            _("Framework area"),
            apply=_in(FACET_LOOKUPS["area"]),
            choices=_vocabulary(FrameworkArea, lambda a: f"{a.number} {a.name}"),
        ),
        Facet(
            "element",
            _("Framework element"),
            apply=_in(FACET_LOOKUPS["element"]),
            choices=_vocabulary(FrameworkElement, lambda e: f"{e.code} {e.name}"),
        ),
        Facet(
            "phase",
            _("Phase"),
            apply=_in(FACET_LOOKUPS["phase"]),
            choices=_vocabulary(Phase, lambda p: p.name),
        ),
        Facet(
            "subject",
            _("Subject or specialism"),
            apply=_in(FACET_LOOKUPS["subject"]),
            choices=_vocabulary(Subject, lambda s: s.name),
        ),
        Facet(
            "role",
            _("Role"),
            apply=_in(FACET_LOOKUPS["role"]),
            choices=lambda: [(v, str(label)) for v, label in ExpertRole.choices],
        ),
        Facet(
            "region",
            _("Region"),
            apply=_in(FACET_LOOKUPS["region"]),
            choices=_vocabulary(Region, lambda r: r.name),
        ),
        Facet(
            "trust",
            _("Trust"),
            apply=_in(FACET_LOOKUPS["trust"]),
            choices=_trust_choices,
        ),
    ]


TOTAL = "_total"
AVAILABLE = "available"


def count_options(
    queryset: QuerySet,
    result: FilterResult,
    today: dt.date,
    locale_id: int,
    cache_key: str | None = None,
) -> dict[str, int]:
    """Count every option (with the other filters applied) and the totals.

    Counted in the language's facet index (`directory_index`) among the
    visible profiles' ids; with `cache_key` the counts come from the data
    cache when computed before (home/data_cache.py). Returns the number of
    results.
    """
    counts = cached(
        cache_key, lambda: _option_counts(queryset, result, today, locale_id)
    )
    for state in result.facets:
        for option in state.options:
            option.count = counts[state.facet.param].get(option.value, 0)
    return {"total": counts[TOTAL].get("", 0)}


def directory_index(locale_id: int) -> Index:
    """Each facet's value -> the ids of the language's live profiles with it.

    Kept in each process until the content version moves (any publish,
    unpublish, move, privacy or vocabulary change): a `UNION ALL` of one
    grouped query per facet took ~150 ms with 3,000 profiles per language
    for every uncached list; intersecting sets takes a few ms
    (home/facet_index.py). Who may see which profile, staleness and
    availability depend on the visitor and the day, so they are applied per
    request, not kept here.
    """

    def build() -> Index:
        profiles = ExpertProfilePage.objects.live().filter(locale_id=locale_id)
        return by_lookups(profiles, FACET_LOOKUPS)

    return versioned(VERSION_KEY, f"directory-facets:{locale_id}", build, KEEP_SECONDS)


def _option_counts(
    queryset: QuerySet, result: FilterResult, today: dt.date, locale_id: int
) -> dict[str, dict[str, int]]:
    # Which profiles match, and which of them are available, in one query.
    rows = (
        queryset.order_by()
        .annotate(
            _available=Case(
                When(available_q(today), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .values_list("pk", "_available")
    )
    matches: set[int] = set()
    available: set[int] = set()
    for pk, is_available in rows:
        matches.add(pk)
        if is_available:
            available.add(pk)
    index = {**directory_index(locale_id), AVAILABLE: {"1": frozenset(available)}}
    selected = {s.facet.param: s.selected for s in result.facets if s.selected}
    params = [AVAILABLE] + [
        s.facet.param
        for s in result.facets
        if FACET_LOOKUPS.get(s.facet.param) and s.options
    ]
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for (param, value), n in count(index, matches, selected, params).items():
        counts[param][value] = n
    counts[TOTAL][""] = len(through_all(index, matches, selected))
    return counts


def clean_query(raw: str) -> tuple[str, bool]:
    """The search text without control characters, and whether it was cut."""
    query = _CONTROL_CHARACTERS.sub(" ", raw).strip()
    return query[:MAX_QUERY_LENGTH].strip(), len(query) > MAX_QUERY_LENGTH


def search_profile_ids(queryset: QuerySet, query: str) -> list[int]:
    """Ids of profiles in `queryset` matching `query`, never raising.

    Wagtail's search can reject odd input (unbalanced quotes, operators) or
    the backend can be down; then a plain case-insensitive match on the name,
    job title and bio stands in.
    """
    # A savepoint only inside a transaction: in autocommit a failed statement
    # cannot poison anything, and the savepoint would cost two queries.
    guard = transaction.atomic() if connection.in_atomic_block else nullcontext()
    try:
        with guard:
            results = queryset.search(query, operator="and", order_by_relevance=False)
            # The database backends can hand back a queryset: fetch ids only.
            get_queryset = getattr(results, "get_queryset", None)
            if get_queryset is not None:
                matches = get_queryset().values_list("pk", flat=True)
                return list(matches[:MAX_SEARCH_RESULTS])
            return [page.pk for page in results[:MAX_SEARCH_RESULTS]]
    except Exception:  # any backend failure: fall back, never a server error
        logger.info("Directory search fell back to icontains for %r", query)
    condition = Q()
    for word in query.split()[:MAX_QUERY_WORDS]:
        condition &= (
            Q(title__icontains=word)
            | Q(job_title__icontains=word)
            | Q(bio__icontains=word)
        )
    return list(queryset.filter(condition).values_list("pk", flat=True))


def _card_queryset(queryset: QuerySet) -> QuerySet:
    """What a profile card shows, in one query (its region from the cache).

    Names as columns rather than joined objects: building twenty trust pages
    and schools cost more than the query.
    """
    return queryset.annotate(
        card_trust=F("trust__title"), card_school=F("school__name")
    )


def directory_listing(request: HttpRequest, page: DirectoryIndexPage) -> dict[str, Any]:
    """Context for /directory/: filters, counts and one page of profiles."""
    params = request.GET
    today = timezone.localdate()
    include_stale = params.get("include_stale") == "1"
    query, query_trimmed = clean_query(params.get("q", ""))
    user = getattr(request, "user", None)

    base = visible_profiles(
        ExpertProfilePage.objects.live().filter(locale_id=page.locale_id), user, page
    )
    if not include_stale:
        base = base.filter(last_confirmed__gte=stale_cutoff(today))
    if query:
        searchable = ExpertProfilePage.objects.live().filter(locale_id=page.locale_id)
        base = base.filter(pk__in=search_profile_ids(searchable, query))

    result: FilterResult = apply_facets(base, params, directory_facets())
    key = data_key(
        request,
        "directory",
        page.locale_id,
        query,
        include_stale,
        today,
        selected_filters(request, [s.facet.param for s in result.facets]),
    )
    totals = count_options(base, result, today, page.locale_id, key)

    # Listing through `pk IN (...)` avoids DISTINCT over every column when a
    # filter joins a many-to-many table.
    profiles = _card_queryset(
        ExpertProfilePage.objects.filter(pk__in=result.queryset.values("pk"))
    ).order_by("title", "pk")
    paginator = Paginator(profiles, PAGE_SIZE)
    # The total is known already: don't let the paginator count again.
    paginator.__dict__["count"] = totals["total"]
    page_obj = paginator.get_page(params.get("page"))

    # This page of cards, read and given their terms, is cached like the
    # counts (sorting thousands of profiles by name is most of the list
    # query, building twenty pages most of the rest).
    def cards() -> list[ExpertProfilePage]:
        profiles = list(page_obj.object_list)
        attach_terms(profiles, phases=False)
        for profile in profiles:
            regions = localized_terms(
                Region, [profile.region_id] if profile.region_id else []
            )
            profile.region_term = regions[0] if regions else None
        return profiles

    cards_key = f"{key}:cards-{page_obj.number}" if key else None
    page_obj.object_list = cached(cards_key, cards)

    return {
        "filters": result,
        "profiles": page_obj,
        "page_obj": page_obj,
        "result_count": totals["total"],
        "querystring": querystring_without(params),
        "query": query,
        "query_trimmed": query_trimmed,
        "include_stale": include_stale,
        # The facet checkboxes and the cards, rendered once per cached set of
        # counts or cards (links are relative to the host asked).
        "facets_key": f"{key}:facets" if key else None,
        "cards_key": f"{cards_key}:{request.get_host()}" if cards_key else None,
    }


# -- the contact relay -----------------------------------------------------------------

# scope: (requests allowed, per this many seconds). A limit that refuses is
# keyed on the requester (home/ratelimit.requester: their account, or their
# address), so nobody can spend it for someone else. What anyone can name, an
# expert or an email address, only has limits that throttle: past them the
# request is still stored, it just is not emailed.
DEFAULT_CONTACT_LIMITS = {
    # One requester, to anyone: refused past it.
    "requester": (5, 60 * 60),
    # One requester, to one expert: refused past it.
    "requester_profile": (3, 24 * 60 * 60),
    # One requester, giving one reply address: refused past it.
    "requester_email": (5, 24 * 60 * 60),
    # Everyone, to one expert: past it requests wait for a moderator, unemailed.
    "profile": (20, 24 * 60 * 60),
    # Copies to one typed address, from everyone: past it, no copy is sent.
    "email_copy": (5, 24 * 60 * 60),
}


def _contact_limits() -> dict[str, tuple[int, int]]:
    overrides = getattr(settings, "DIRECTORY_CONTACT_LIMITS", {})
    return {**DEFAULT_CONTACT_LIMITS, **overrides}


CONTACT_LIMIT_NAMESPACE = "directory:contact"


def _checks(checks: Iterable[tuple[str, str]]) -> list[ratelimit.Check]:
    limits = _contact_limits()
    return [(scope, identity, limits[scope]) for scope, identity in checks]


def retry_after(checks: Iterable[tuple[str, str]]) -> int | None:
    """Seconds to wait if any of the (scope, identity) limits is used up."""
    return ratelimit.retry_after(CONTACT_LIMIT_NAMESPACE, _checks(checks))


def record_attempt(checks: Iterable[tuple[str, str]]) -> None:
    ratelimit.record(CONTACT_LIMIT_NAMESPACE, _checks(checks))


def _held_note() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return str(
            _(
                "Not emailed to the expert: they had already had many requests "
                "today. Pass it on by hand if it is genuine."
            )
        )


def _rate_limited(
    request: HttpRequest, page: ExpertProfilePage, seconds: int
) -> HttpResponse:
    response = TemplateResponse(
        request,
        "directory/contact_rate_limited.html",
        {"page": page, "self": page, "minutes": max(1, (seconds + 59) // 60)},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response


def contact_expert(request: HttpRequest, page: ExpertProfilePage) -> HttpResponse:
    """`<profile>/contact/`: ask an expert for support without seeing their address."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    sent_url = (page.get_url(request) or "") + page.reverse_subpage("contact_sent")
    requester = ratelimit.requester(request)
    profile_key = str(page.translation_key)
    to_this_expert = f"{profile_key}:{requester}"
    form = SupportRequestForm()

    if request.method == "POST":
        wait = retry_after(
            [("requester", requester), ("requester_profile", to_this_expert)]
        )
        if wait:
            return _rate_limited(request, page, wait)
        if request.POST.get("website", "").strip():
            # A bot filled in the honeypot: look successful, do nothing.
            record_attempt([("requester", requester)])
            return redirect(sent_url)
        form = SupportRequestForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            reply_to = data["email"].lower()
            with_this_address = f"{reply_to}:{requester}"
            wait = retry_after([("requester_email", with_this_address)])
            if wait:
                return _rate_limited(request, page, wait)
            record_attempt(
                [
                    ("requester", requester),
                    ("requester_profile", to_this_expert),
                    ("requester_email", with_this_address),
                ]
            )
            # What others can spend only throttles: past the expert's daily
            # total the request waits for a moderator; past the address's,
            # no copy goes to it.
            relay = retry_after([("profile", profile_key)]) is None
            send_copy = retry_after([("email_copy", reply_to)]) is None
            record_attempt([("profile", profile_key)])
            if relay and send_copy:
                record_attempt([("email_copy", reply_to)])
            original = page.original_profile()
            support_request = SupportRequest.objects.create(
                profile=original,
                name=data["name"],
                email=data["email"],
                organisation=data["organisation"],
                role=data["role"],
                help_wanted=data["help_wanted"],
                preferred_dates=data["preferred_dates"],
                consent=data["consent"],
                language=get_language() or settings.LANGUAGE_CODE,
                notes="" if relay else _held_note(),
            )
            if relay:
                # Committed already (no ATOMIC_REQUESTS), so a worker finds it.
                queue_support_request(
                    support_request, page, request, send_copy=send_copy
                )
            else:
                logger.warning(
                    "Support request %s held for moderators: profile %s has had "
                    "many requests today",
                    support_request.pk,
                    original.pk,
                )
            return redirect(sent_url)

    response = TemplateResponse(
        request,
        "directory/expert_contact.html",
        {"page": page, "self": page, "form": form},
    )
    add_never_cache_headers(response)
    return response


def contact_sent(request: HttpRequest, page: ExpertProfilePage) -> HttpResponse:
    return TemplateResponse(
        request, "directory/expert_contact_sent.html", {"page": page, "self": page}
    )


# -- confirming a profile from a signed link ---------------------------------------

CONFIRM_SALT = "directory.profile-confirmation"
CONFIRM_MAX_AGE = dt.timedelta(days=14)


def make_confirmation_token(profile: ExpertProfilePage) -> str:
    """A signed, expiring token naming the profile.

    Wagtail's page URLs allow only letters, digits, "-" and "_" in a path
    segment, so the signed value (which contains ":") is base64-encoded once
    more.
    """
    signed = signing.TimestampSigner(salt=CONFIRM_SALT).sign_object({"p": profile.pk})
    return signing.b64_encode(signed.encode()).decode()


def read_confirmation_token(token: str) -> int:
    """The profile id in a token; raises BadSignature or SignatureExpired."""
    try:
        signed = signing.b64_decode(token.encode()).decode()
    except (ValueError, UnicodeError) as error:
        raise signing.BadSignature("Not a token") from error
    data = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
        signed, max_age=CONFIRM_MAX_AGE
    )
    if not isinstance(data, dict) or not isinstance(data.get("p"), int):
        raise signing.BadSignature("Unexpected payload")
    return data["p"]


def confirmation_url(profile: ExpertProfilePage) -> str:
    """The absolute link an expert follows to confirm their profile."""
    index = DirectoryIndexPage.objects.filter(
        locale=Locale.get_default(), alias_of__isnull=True
    ).first()
    if index is None:
        raise DirectoryIndexPage.DoesNotExist
    token = make_confirmation_token(profile)
    return (index.get_full_url() or "") + index.reverse_subpage("confirm", args=[token])


def confirm_availability(
    profile: ExpertProfilePage,
    *,
    not_available_now: bool,
    days_per_term: int,
    available_terms: str,
) -> None:
    """Record what the expert confirmed, publishing it if the profile is live.

    An editor's pending draft is not published along with it: the change is
    published on top of the live version and copied into the draft too.
    """
    values = {
        "not_available_now": not_available_now,
        "days_per_term": days_per_term,
        "available_terms": available_terms,
        "last_confirmed": timezone.localdate(),
    }
    live = ExpertProfilePage.objects.get(pk=profile.pk)
    pending = live.get_latest_revision() if live.has_unpublished_changes else None

    def apply(obj: ExpertProfilePage) -> ExpertProfilePage:
        for name, value in values.items():
            setattr(obj, name, value)
        obj.__dict__.pop("term_codes", None)
        return obj

    with transaction.atomic():
        if live.live:
            apply(live).save_revision(clean=False, log_action=True).publish()
        if pending is not None or not live.live:
            draft = pending.as_object() if pending is not None else live
            apply(draft).save_revision(clean=False, log_action=True)


def _confirm_response(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    response = TemplateResponse(request, template, context, status=status)
    # The token is a key: keep it out of Referer headers, caches and indexes.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)
    return response


def confirm_profile(
    request: HttpRequest, page: DirectoryIndexPage, token: str
) -> HttpResponse:
    """`/directory/confirm/<token>/`: confirm or update availability, no account."""
    context: dict[str, Any] = {"page": page, "self": page}
    try:
        profile_id = read_confirmation_token(token)
    except signing.SignatureExpired:
        context["reason"] = "expired"
        return _confirm_response(
            request, "directory/confirm_invalid.html", context, 410
        )
    except signing.BadSignature:
        context["reason"] = "invalid"
        return _confirm_response(
            request, "directory/confirm_invalid.html", context, 400
        )
    profile = (
        ExpertProfilePage.objects.filter(pk=profile_id, alias_of__isnull=True)
        .select_related("trust")
        .first()
    )
    if profile is None:
        context["reason"] = "missing"
        return _confirm_response(
            request, "directory/confirm_invalid.html", context, 404
        )
    context["profile"] = profile

    if request.method == "POST":
        form = ConfirmAvailabilityForm(request.POST)
        if form.is_valid():
            confirm_availability(profile, **form.cleaned_data)
            profile.refresh_from_db()
            profile.__dict__.pop("term_codes", None)
            context["profile"] = profile
            return _confirm_response(request, "directory/confirm_done.html", context)
    elif request.method in ("GET", "HEAD"):
        form = ConfirmAvailabilityForm(
            initial={
                "not_available_now": profile.not_available_now,
                "days_per_term": profile.days_per_term,
                "available_terms": profile.available_terms.split(),
            }
        )
    else:
        return HttpResponseNotAllowed(["GET", "POST"])
    context["form"] = form
    return _confirm_response(request, "directory/confirm_profile.html", context)


# -- the moderators' export ------------------------------------------------------------

EXPORT_PERMISSION = "directory.export_directory"
EXPORT_COLUMNS = [
    "name",
    "email",
    "role",
    "job_title",
    "trust",
    "school",
    "region",
    "subjects",
    "phases",
    "elements",
    "not_available_now",
    "days_per_term",
    "terms",
    "last_confirmed",
    "may_be_out_of_date",
    "visibility",
    "consent_to_list",
    "live",
    "url",
]


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value: Any) -> str:
    """Text that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def export_rows(request: HttpRequest | None = None) -> Iterator[list[str]]:
    yield EXPORT_COLUMNS
    profiles = (
        ExpertProfilePage.objects.filter(
            locale=Locale.get_default(), alias_of__isnull=True
        )
        .select_related("trust", "school", "region")
        .prefetch_related("subjects", "phases", "elements")
        .order_by("trust__title", "title", "pk")
    )
    cutoff = stale_cutoff()
    for profile in profiles:
        yield [
            _cell(v)
            for v in (
                profile.title,
                profile.email,
                profile.get_role_display(),
                profile.job_title,
                profile.trust.title,
                profile.school.name if profile.school_id else "",
                profile.region.name if profile.region_id else "",
                "; ".join(s.slug for s in profile.subjects.all()),
                "; ".join(p.slug for p in profile.phases.all()),
                "; ".join(e.code for e in profile.elements.all()),
                "yes" if profile.not_available_now else "no",
                profile.days_per_term,
                " ".join(profile.available_terms.split()),
                profile.last_confirmed.isoformat(),
                "yes" if profile.last_confirmed < cutoff else "no",
                profile.visibility,
                "yes" if profile.consent_to_list else "no",
                "yes" if profile.live else "no",
                profile.get_full_url(request) or "",
            )
        ]


def export_directory_csv(request: HttpRequest) -> StreamingHttpResponse:
    """Admin: every profile (with its email) as CSV, for moderators only."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in export_rows(request)),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"directory-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    add_never_cache_headers(response)
    response["Cache-Control"] += ", private"
    return response
