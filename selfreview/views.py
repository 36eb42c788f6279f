"""Self-review: the GET form, the results, and the reviews members save.

Anonymous use stores nothing: the ratings travel in the query string, so a
result can be bookmarked or shared. Saved reviews are only ever read through
`SavedReview.objects.filter(owner=request.user)`, so nobody but the owner
(not a moderator, not a superuser) can reach one, except through a share
link its owner created and can revoke.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from wagtail.models import Locale

from directory.models import (
    DirectoryIndexPage,
    FrameworkArea,
    Phase,
    Region,
)
from directory.models.profiles import MEMBERS_GROUP_NAME, is_member
from practice.queries import public_only

from .charts import ChartRow, chart_description, ratings_chart
from .forms import (
    MAX_SCHOOLS,
    ParsedReview,
    SaveReviewForm,
    element_param,
    parse_review,
    rating_input_id,
)
from .models import MAX_LABEL_LENGTH, RATING_ORDER, Rating, SavedReview
from .ranking import Fit, match_review

MAX_SAVED_PER_OWNER = 200
SHARE_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")
HISTORY_COLUMNS = 6


# -- who may save --------------------------------------------------------------


def can_save(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """Trust members may save; any signed-in user until the group exists."""
    if user is None or not user.is_authenticated:
        return False
    cached = getattr(user, "_selfreview_can_save", None)
    if cached is None:
        group_exists = Group.objects.filter(name=MEMBERS_GROUP_NAME).exists()
        cached = is_member(user) if group_exists else True
        user._selfreview_can_save = cached
    return cached


def login_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Like Django's, but to the sign-in page in the visitor's language."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("login"))
        return view(request, *args, **kwargs)

    return wrapped


# -- building the pages --------------------------------------------------------


def _private(response: HttpResponse) -> HttpResponse:
    """Never cached anywhere: saved and shared reviews are personal."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _areas_with_elements(parsed: ParsedReview) -> list[dict[str, Any]]:
    """The form's structure: areas, their elements, each with its state."""
    areas = []
    for area in FrameworkArea.localized_list():
        rows = []
        for element in area.element_list:
            param = element_param(element)
            chosen = parsed.ratings.get(param)
            problem = parsed.problem_for(param)
            if problem is None and parsed.submitted and param in parsed.missing:
                problem_message = _("Choose a rating for %(element)s.") % {
                    "element": f"{element.code} {element.name}"
                }
            else:
                problem_message = problem.message if problem else ""
            rows.append(
                {
                    "element": element,
                    "param": param,
                    "error": problem_message,
                    "options": [
                        {
                            "rating": rating,
                            "id": rating_input_id(param, rating),
                            "checked": chosen == rating,
                        }
                        for rating in RATING_ORDER
                    ],
                }
            )
        areas.append({"area": area, "elements": rows})
    return areas


def _error_summary(parsed: ParsedReview, areas: list[dict[str, Any]]) -> list[dict]:
    """Links to each problem, in the order of the form."""
    errors = [
        {"message": row["error"], "anchor": row["options"][0]["id"]}
        for area in areas
        for row in area["elements"]
        if row["error"]
    ]
    for key in ("phase", "region", "schools"):
        problem = parsed.problem_for(key)
        if problem:
            errors.append({"message": problem.message, "anchor": problem.anchor})
    return errors


def _form_context(parsed: ParsedReview, show_errors: bool) -> dict[str, Any]:
    if not show_errors:
        # The blank form (or "change your ratings"): keep answers, no errors.
        parsed = ParsedReview(
            ratings=parsed.ratings,
            phase=parsed.phase,
            region=parsed.region,
            schools=parsed.schools,
        )
    areas = _areas_with_elements(parsed)
    return {
        "parsed": parsed,
        "areas": areas,
        "errors": _error_summary(parsed, areas) if show_errors else [],
        "context_errors": {
            key: problem.message
            for key in ("phase", "region", "schools")
            if (problem := parsed.problem_for(key))
        },
        "show_errors": show_errors,
        "phases": Phase.localized_list(),
        "regions": Region.localized_list(),
        "max_schools": MAX_SCHOOLS,
        "element_count": sum(len(a["elements"]) for a in areas),
    }


def _chart_rows(ratings: dict[str, Rating]) -> list[ChartRow]:
    rows = []
    for area in FrameworkArea.localized_list():
        for element in area.element_list:
            rating = ratings.get(element_param(element))
            if rating is not None:
                rows.append(
                    ChartRow(
                        code=element.code,
                        name=element.name,
                        area=f"{area.number} {area.name}",
                        rating=rating,
                    )
                )
    return rows


def _active_directory() -> DirectoryIndexPage | None:
    """The directory in the active language; its locale is the practice's too."""
    return (
        public_only(DirectoryIndexPage.objects.live())
        .filter(locale__language_code=get_language())
        .first()
    )


def results_context(
    request: HttpRequest, parsed: ParsedReview, prefix: str = "ratings"
) -> dict[str, Any]:
    """Everything the results show: chart, table and the ranked matches."""
    rows = _chart_rows(parsed.ratings)
    directory = _active_directory()
    # Practice and experts in the directory's language (the active one).
    locale_id = directory.locale_id if directory else Locale.get_active().pk
    focus, stand_ins = match_review(
        parsed.ratings,
        Fit.from_context(parsed.phase, parsed.region, parsed.schools),
        locale_id,
        directory,
        getattr(request, "user", None),
    )
    counts = {
        rating: sum(1 for row in rows if row.rating == rating)
        for rating in RATING_ORDER
    }
    return {
        "parsed": parsed,
        "chart": ratings_chart(
            rows,
            title=_("Your ratings for the %(count)s framework elements")
            % {"count": len(rows)},
            description=chart_description(rows),
            prefix=prefix,
        ),
        "rows": rows,
        "counts": [(rating, counts[rating]) for rating in RATING_ORDER],
        "focus": focus,
        "stand_ins": stand_ins,
        "phase": Phase.by_slug().get(parsed.phase),
        "region": Region.by_slug().get(parsed.region),
        "querystring": parsed.querystring(),
    }


def _render_form(
    request: HttpRequest, parsed: ParsedReview, show_errors: bool
) -> TemplateResponse:
    return TemplateResponse(
        request, "selfreview/form.html", _form_context(parsed, show_errors)
    )


# -- the public pages ----------------------------------------------------------


@require_safe
def review_form(request: HttpRequest) -> HttpResponse:
    """/self-review/: the form, filled in from the query string if given."""
    return _render_form(request, parse_review(request.GET), show_errors=False)


@require_safe
def review_results(request: HttpRequest) -> HttpResponse:
    """/self-review/results/?1a=red&...: the results, or the form to finish."""
    parsed = parse_review(request.GET)
    if not parsed.complete:
        return _render_form(request, parsed, show_errors=True)
    context = results_context(request, parsed)
    context.update(
        {
            "can_save": can_save(request.user),
            "save_form": SaveReviewForm(),
            "login_url": f"{reverse('login')}?{_next(request)}",
        }
    )
    return TemplateResponse(request, "selfreview/results.html", context)


def _next(request: HttpRequest) -> str:
    return urlencode({"next": request.get_full_path()})


# -- saving --------------------------------------------------------------------


@require_POST
@login_required
def save_review(request: HttpRequest) -> HttpResponse:
    """POST the ratings (hidden fields) and an optional label to save them."""
    parsed = parse_review(request.POST)
    if not can_save(request.user):
        response = TemplateResponse(
            request,
            "selfreview/not_member.html",
            {"querystring": parsed.querystring()},
            status=403,
        )
        return _private(response)
    if not parsed.complete:
        return _private(_render_form(request, parsed, show_errors=True))
    # The label is optional: too long or odd characters shorten it, never
    # lose the review.
    raw_label = str(request.POST.get("label", ""))
    label = "".join(ch for ch in raw_label if ch.isprintable()).strip()
    label = label[:MAX_LABEL_LENGTH].strip()
    owned = SavedReview.objects.filter(owner=request.user)
    if owned.count() >= MAX_SAVED_PER_OWNER:
        messages.error(
            request,
            _(
                "You have %(count)s saved reviews, the most you can keep. "
                "Delete some to save more."
            )
            % {"count": MAX_SAVED_PER_OWNER},
        )
        return redirect("selfreview:saved")
    review = SavedReview.objects.create(
        owner=request.user,
        label=label,
        ratings={param: rating.value for param, rating in parsed.ratings.items()},
        context=parsed.context,
    )
    messages.success(request, _("Your self-review was saved."))
    return redirect("selfreview:saved_detail", pk=review.pk)


def _owned(request: HttpRequest, pk: int) -> SavedReview:
    """The review if this user owns it; a 404 for everyone else, staff included."""
    return get_object_or_404(SavedReview, pk=pk, owner=request.user)


def _reparse(review: SavedReview) -> ParsedReview:
    """A saved review read back through the same checks as the URL."""
    params: dict[str, Any] = {}
    for key, value in review.as_params():
        params[str(key)] = str(value)
    return parse_review(params)


def _history(reviews: list[SavedReview]) -> dict[str, Any]:
    """A table per element across the latest reviews, oldest on the left."""
    columns = list(reversed(reviews[:HISTORY_COLUMNS]))
    parsed = [_reparse(review) for review in columns]
    rows = []
    for area in FrameworkArea.localized_list():
        for element in area.element_list:
            param = element_param(element)
            cells = []
            previous: Rating | None = None
            for review_parsed in parsed:
                rating = review_parsed.ratings.get(param)
                change = ""
                if rating is not None and previous is not None:
                    if rating.level > previous.level:
                        change = "up"
                    elif rating.level < previous.level:
                        change = "down"
                cells.append({"rating": rating, "change": change, "previous": previous})
                previous = rating or previous
            rows.append({"element": element, "area": area, "cells": cells})
    return {"columns": columns, "rows": rows}


@require_safe
@login_required
def saved_list(request: HttpRequest) -> HttpResponse:
    """/self-review/saved/: the owner's reviews and how ratings changed."""
    reviews = list(SavedReview.objects.filter(owner=request.user))
    context = {
        "reviews": reviews,
        "history": _history(reviews) if reviews else None,
        "history_columns": HISTORY_COLUMNS,
        "can_save": can_save(request.user),
    }
    return _private(TemplateResponse(request, "selfreview/saved_list.html", context))


@require_safe
@login_required
def saved_detail(request: HttpRequest, pk: int) -> HttpResponse:
    review = _owned(request, pk)
    parsed = _reparse(review)
    context = results_context(request, parsed)
    share_url = (
        request.build_absolute_uri(
            reverse("selfreview:shared", kwargs={"token": review.share_token})
        )
        if review.share_token
        else ""
    )
    context.update({"review": review, "share_url": share_url})
    return _private(TemplateResponse(request, "selfreview/saved_detail.html", context))


@require_POST
@login_required
def share_review(request: HttpRequest, pk: int) -> HttpResponse:
    review = _owned(request, pk)
    review.share()
    messages.success(request, _("Anyone with the share link can now see this review."))
    return redirect("selfreview:saved_detail", pk=review.pk)


@require_POST
@login_required
def revoke_share(request: HttpRequest, pk: int) -> HttpResponse:
    review = _owned(request, pk)
    review.revoke_share()
    messages.success(request, _("The share link no longer works."))
    return redirect("selfreview:saved_detail", pk=review.pk)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def delete_review(request: HttpRequest, pk: int) -> HttpResponse:
    review = _owned(request, pk)
    if request.method == "POST":
        review.delete()
        messages.success(request, _("The review was deleted."))
        return redirect("selfreview:saved")
    return _private(
        TemplateResponse(request, "selfreview/confirm_delete.html", {"review": review})
    )


@require_safe
def shared_review(request: HttpRequest, token: str) -> HttpResponse:
    """A review its owner chose to share: read-only, no name, revocable."""
    # Only the alphabet new_share_token() uses ever reaches the database
    # (PostgreSQL refuses NUL bytes, for one).
    if not SHARE_TOKEN.fullmatch(token):
        raise Http404
    review = SavedReview.objects.filter(share_token=token).first()
    if review is None:
        raise Http404
    context = results_context(request, _reparse(review))
    context["review"] = review
    return _private(TemplateResponse(request, "selfreview/shared.html", context))
