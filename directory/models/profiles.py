"""Expert profiles in the Directory of Expertise, and the requests people send them.

A profile is a page in its trust's section of the directory so that the
trust's group can edit its own experts and nothing else. The expert's email
address is stored so the site can relay messages, but it is never rendered,
indexed or served by the API: people reach an expert through a contact form.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, QuerySet
from django.db.models.functions import Substr
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, PageViewRestriction
from wagtail.search import index
from wagtail.signals import post_page_move
from wagtail_localize.fields import SynchronizedField, TranslatableField

from rest_framework import serializers

from home.data_cache import cached, data_key
from home.models import BasePage, FrameworkTaggedMixin

from ..forms import ExpertProfilePageForm

# -- terms of the school year ----------------------------------------------------

SEASONS = ("autumn", "spring", "summer")
SEASON_LABELS = (
    _("Autumn term %(year)s"),
    _("Spring term %(year)s"),
    _("Summer term %(year)s"),
)


@dataclass(frozen=True, order=True)
class Term:
    """One term of the English school year.

    Availability is stored as concrete terms ("2025-autumn"), not as "this
    term / next term", so that it stays true as time passes and "available
    this term or next" can be worked out from today's date.
    """

    academic_year: int  # the calendar year the school year starts in
    index: int  # 0 autumn, 1 spring, 2 summer

    @classmethod
    def for_date(cls, day: dt.date) -> Term:
        # August belongs to the coming autumn term: people asking for help
        # in the holidays mean September.
        if day.month >= 8:
            return cls(day.year, 0)
        if day.month <= 3:
            return cls(day.year - 1, 1)
        return cls(day.year - 1, 2)

    @classmethod
    def current(cls) -> Term:
        return cls.for_date(timezone.localdate())

    @classmethod
    def upcoming(cls, count: int = 3, day: dt.date | None = None) -> list[Term]:
        """This term and the ones after it."""
        first = cls.for_date(day or timezone.localdate())
        return [first.shift(n) for n in range(count)]

    @classmethod
    def from_code(cls, code: str) -> Term | None:
        match = re.fullmatch(r"(\d{4})-(autumn|spring|summer)", code)
        if not match:
            return None
        year, season = int(match[1]), SEASONS.index(match[2])
        return cls(year if season == 0 else year - 1, season)

    def shift(self, n: int) -> Term:
        position = self.index + n
        return Term(self.academic_year + position // 3, position % 3)

    @property
    def calendar_year(self) -> int:
        return self.academic_year if self.index == 0 else self.academic_year + 1

    @property
    def code(self) -> str:
        return f"{self.calendar_year}-{SEASONS[self.index]}"

    @property
    def label(self) -> str:
        return str(SEASON_LABELS[self.index]) % {"year": self.calendar_year}

    def __str__(self) -> str:
        return self.label


def term_choices(day: dt.date | None = None) -> list[tuple[str, str]]:
    """The three terms an expert can offer, as form choices."""
    return [(term.code, term.label) for term in Term.upcoming(3, day)]


def available_q(day: dt.date | None = None) -> Q:
    """Profiles offering days this term or next, as of `day` (default today)."""
    this_term = Term.for_date(day or timezone.localdate())
    next_term = this_term.shift(1)
    return Q(not_available_now=False, days_per_term__gt=0) & (
        Q(available_terms__contains=this_term.code)
        | Q(available_terms__contains=next_term.code)
    )


# -- staleness ---------------------------------------------------------------------

STALE_AFTER_DAYS = 365


def stale_cutoff(day: dt.date | None = None) -> dt.date:
    """Profiles last confirmed before this date may be out of date."""
    return (day or timezone.localdate()) - dt.timedelta(days=STALE_AFTER_DAYS)


# -- members-only visibility ---------------------------------------------------------

MEMBERS_GROUP_NAME = "Trust members"


def members_group() -> Group:
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    return group


def is_member(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """Whether Wagtail's group restriction lets this user see members-only pages."""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_directory_is_member", None)
    if cached is None:
        cached = user.groups.filter(name=MEMBERS_GROUP_NAME).exists()
        user._directory_is_member = cached
    return cached


def failing_restrictions(user: AbstractBaseUser | AnonymousUser | None) -> QuerySet:
    """The view restrictions this user does not pass, as a queryset.

    Mirrors `PageViewRestriction.accept_request`: a signed-in user passes
    "login" restrictions, a "groups" one needs one of its groups (superusers
    pass), and password-protected pages are never listed.
    """
    failing = PageViewRestriction.objects.all()
    if user is not None and user.is_authenticated:
        failing = failing.exclude(restriction_type=PageViewRestriction.LOGIN)
        if user.is_superuser:
            failing = failing.exclude(restriction_type=PageViewRestriction.GROUPS)
        else:
            failing = failing.exclude(
                restriction_type=PageViewRestriction.GROUPS,
                groups__in=user.groups.all(),
            )
    return failing


def visible_profiles(
    queryset: QuerySet,
    user: AbstractBaseUser | AnonymousUser | None,
    directory: Page,
) -> QuerySet:
    """Narrow profiles under `directory` to those this user may see.

    Instead of `PageQuerySet.public()`, which fetches every restriction and
    adds one `path LIKE` clause per restriction (thousands for members-only
    profiles at scale), this costs no extra query: the tree is fixed
    (directory > trust section > profile) and Wagtail has already checked
    `directory` and its ancestors before serving it, so only restrictions on
    a profile itself or on its trust section remain, both matched by
    subquery.
    """
    failing = failing_restrictions(user)
    section_path_length = (directory.depth + 1) * Page.steplen
    return (
        queryset.alias(_section_path=Substr("path", 1, section_path_length))
        .exclude(pk__in=failing.values("page_id"))
        .exclude(
            _section_path__in=failing.filter(page__depth=directory.depth + 1).values(
                "page__path"
            )
        )
    )


def _default_language_terms() -> dict[str, str]:
    """Pages link to default-language rows and pages (translations share keys)."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


def _json_ld(data: dict[str, Any]) -> SafeString:
    """JSON for a <script> element: escape what could close or confuse it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return mark_safe(text)  # noqa: S308 - escaped above


# -- the profile page ----------------------------------------------------------------


class ExpertRole(models.TextChoices):
    LEAD_PRACTITIONER = "lead-practitioner", _("Lead practitioner")
    SLE = "sle", _("Specialist Leader of Education (SLE)")
    NLE = "nle", _("National Leader of Education (NLE)")
    IMPROVEMENT_CHAMPION = "improvement-champion", _("Improvement champion")
    PEER_REVIEWER = "peer-reviewer", _("Peer reviewer")
    TRUST_LEAD = "trust-lead", _("Trust lead")


# National designations the DfE has closed: shown only as history.
CLOSED_NATIONAL_ROLES = {ExpertRole.SLE, ExpertRole.NLE}
CLOSED_DESIGNATION_PATTERN = re.compile(r"\b(SLE|NLE|Leader of Education)\b", re.I)


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see this profile")
    MEMBERS = "members", _("Members only: people signed in with a member trust")


class ExpertProfilePage(FrameworkTaggedMixin, RoutablePageMixin, BasePage):
    """A person who can offer school-to-school support.

    The page title is the person's name. Visibility is enforced with
    Wagtail's own view restrictions (kept in step with the `visibility`
    field on every save), so everything that asks for `.public()` pages (the
    sitemap, the API, search) leaves members-only profiles out by itself.
    """

    # What the profile page shows, read with the page when it is routed
    # (DirectoryIndexPage.route, home/routing.py).
    serve_select_related = ("trust", "school", "region")

    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the photo for people who cannot see it. Leave blank if it "
            "only shows the person, whose name is next to it."
        ),
    )
    role = models.CharField(max_length=30, choices=ExpertRole.choices)
    job_title = models.CharField(
        max_length=150, help_text=_("For example: Assistant headteacher, maths.")
    )
    trust = models.ForeignKey(
        "trusts.TrustPage",
        on_delete=models.PROTECT,
        related_name="expert_profiles",
        help_text=_("Set from the trust section the profile lives in."),
    )
    school = models.ForeignKey(
        "trusts.School",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profiles",
        help_text=_("Leave blank for people who work across the trust."),
    )
    subjects = ParentalManyToManyField(
        "directory.Subject",
        blank=True,
        related_name="expert_profiles",
        limit_choices_to=_default_language_terms,
        verbose_name=_("subjects and specialisms"),
    )
    phases = ParentalManyToManyField(
        "directory.Phase",
        blank=True,
        related_name="expert_profiles",
        limit_choices_to=_default_language_terms,
    )
    elements = ParentalManyToManyField(
        "directory.FrameworkElement",
        blank=True,
        related_name="expert_profiles",
        limit_choices_to=_default_language_terms,
        verbose_name=_("framework elements"),
    )
    region = models.ForeignKey(
        "directory.Region",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=_default_language_terms,
        help_text=_("Leave blank to use the trust's region."),
    )
    not_available_now = models.BooleanField(
        _("not available now"),
        default=False,
        help_text=_("Tick to show the person as not taking requests at the moment."),
    )
    days_per_term = models.PositiveSmallIntegerField(
        _("days a term"),
        default=0,
        validators=[MaxValueValidator(60)],
        help_text=_("How many days a term the person can give to other schools."),
    )
    available_terms = models.CharField(
        _("terms available"),
        max_length=200,
        blank=True,
        help_text=_("The terms in which the person can offer support."),
    )
    bio = RichTextField(
        features=["ol", "ul", "link"],
        help_text=_("A short introduction: what they have done and can help with."),
    )
    last_confirmed = models.DateField(
        default=timezone.localdate,
        help_text=_(
            "When the person last confirmed the profile. After 12 months it is "
            "marked as possibly out of date and left out of default results."
        ),
    )
    consent_to_list = models.BooleanField(
        _("consent to be listed"),
        default=False,
        help_text=_("The person has agreed to appear in the directory."),
    )
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    email = models.EmailField(
        help_text=_("Never shown on the site: requests for support are relayed to it."),
    )
    # Posts are linked as well as case studies: the demo data and editors
    # name the person who led a "what works" post just as for a case study,
    # and both live in the one PracticePage table the library filters.
    led_practice = ParentalManyToManyField(
        "practice.PracticePage",
        blank=True,
        related_name="led_by",
        limit_choices_to=_default_language_terms,
        verbose_name=_("case studies led"),
        help_text=_(
            "Case studies and 'what works / what didn't' posts this person led. "
            "Each is listed on the profile, and the profile on each of them."
        ),
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    base_form_class = ExpertProfilePageForm
    parent_page_types = ["directory.TrustDirectoryIndexPage"]
    subpage_types: list[str] = []
    page_description = _(
        "A person who can offer school-to-school support, listed in the directory."
    )

    content_panels = [
        TitleFieldPanel("title", heading=_("Name")),
        MultiFieldPanel(
            [
                FieldPanel("role"),
                FieldPanel("job_title"),
                # A plain select, not the snippet chooser Wagtail gives a
                # registered snippet: the form limits it to the trust's schools.
                FieldPanel("school", widget=forms.Select),
                FieldPanel("region"),
            ],
            heading=_("Role and school"),
        ),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")
        ),
        InlinePanel(
            "designations",
            heading=_("Designations"),
            label=_("Designation"),
            help_text=_(
                "Past and present designations, each with who awarded it and when. "
                "National SLE and NLE designations have closed: they are shown as "
                "history, never as a current accreditation."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("elements", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Expertise"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("not_available_now"),
                FieldPanel("days_per_term"),
                FieldPanel("available_terms"),
            ],
            heading=_("Availability"),
        ),
        FieldPanel("bio"),
        FieldPanel("led_practice"),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("consent_to_list"),
                FieldPanel("visibility"),
                FieldPanel("last_confirmed"),
            ],
            heading=_("Contact, consent and visibility"),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("job_title"),
        index.AutocompleteField("job_title"),
        index.SearchField("bio"),
        index.SearchField("get_role_display"),
        index.RelatedFields("subjects", [index.SearchField("name")]),
        index.RelatedFields("phases", [index.SearchField("name")]),
        index.RelatedFields(
            "elements", [index.SearchField("name"), index.SearchField("code")]
        ),
        index.RelatedFields(
            "designations",
            [index.SearchField("title"), index.SearchField("awarded_by")],
        ),
        index.RelatedFields("school", [index.SearchField("name")]),
        index.RelatedFields("trust", [index.SearchField("title")]),
        index.FilterField("role"),
        index.FilterField("trust"),
        index.FilterField("region"),
        index.FilterField("visibility"),
        index.FilterField("last_confirmed"),
        # Deliberately no `email` here: the address must never reach an index.
    ]

    api_fields = [
        APIField("role"),
        APIField("job_title"),
        APIField("bio"),
        APIField("trust"),
        APIField(
            "school_name",
            serializer=serializers.CharField(read_only=True, allow_null=True),
        ),
        APIField(
            "region_slug",
            serializer=serializers.CharField(read_only=True, allow_null=True),
        ),
        APIField(
            "subject_slugs",
            serializer=serializers.ListField(
                child=serializers.CharField(), read_only=True
            ),
        ),
        APIField(
            "phase_slugs",
            serializer=serializers.ListField(
                child=serializers.CharField(), read_only=True
            ),
        ),
        APIField(
            "element_codes",
            serializer=serializers.ListField(
                child=serializers.CharField(), read_only=True
            ),
        ),
        APIField("designations"),
        APIField("not_available_now"),
        APIField("days_per_term"),
        APIField(
            "available_term_codes",
            serializer=serializers.ListField(
                child=serializers.CharField(), read_only=True
            ),
        ),
        APIField("last_confirmed"),
        # Deliberately no `email`.
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("job_title"),
        TranslatableField("bio"),
        TranslatableField("photo_alt"),
        SynchronizedField("photo"),
        SynchronizedField("role", overridable=False),
        SynchronizedField("trust", overridable=False),
        SynchronizedField("school", overridable=False),
        SynchronizedField("region", overridable=False),
        SynchronizedField("subjects", overridable=False),
        SynchronizedField("phases", overridable=False),
        SynchronizedField("elements", overridable=False),
        SynchronizedField("designations", overridable=False),
        SynchronizedField("led_practice", overridable=False),
        SynchronizedField("not_available_now", overridable=False),
        SynchronizedField("days_per_term", overridable=False),
        SynchronizedField("available_terms", overridable=False),
        SynchronizedField("last_confirmed", overridable=False),
        SynchronizedField("consent_to_list", overridable=False),
        SynchronizedField("visibility", overridable=False),
        # Kept in step, and not overridable so it never shows in the
        # translation editor.
        SynchronizedField("email", overridable=False),
    ]

    class Meta:
        verbose_name = _("expert profile")
        verbose_name_plural = _("expert profiles")
        permissions = [("export_directory", _("Can export the directory as CSV"))]

    # -- routes ------------------------------------------------------------------

    @path("contact/", name="contact")
    def contact_route(self, request: HttpRequest) -> HttpResponse:
        from ..views import contact_expert

        return contact_expert(request, self)

    @path("contact/sent/", name="contact_sent")
    def contact_sent_route(self, request: HttpRequest) -> HttpResponse:
        from ..views import contact_sent

        return contact_sent(request, self)

    # -- saving --------------------------------------------------------------------

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list[str]] = {}
        if not self.consent_to_list:
            errors.setdefault("consent_to_list", []).append(
                _("A profile can only be kept once the person agrees to be listed.")
            )
        trust = self._section_trust()
        if trust is None:
            errors.setdefault("__all__", []).append(
                _("Expert profiles must be created in a trust's directory section.")
            )
        elif self.school_id and self.school.trust_id != trust.pk:
            errors.setdefault("school", []).append(
                _("Choose one of %(trust)s's schools.") % {"trust": trust.title}
            )
        if self.email and self.email.lower() in (self.bio or "").lower():
            errors.setdefault("bio", []).append(
                _("Take the email address out of the bio: it must never be shown.")
            )
        if errors:
            raise ValidationError(errors)

    def _section_trust(self):
        """The (default-language) trust whose section this profile lives in."""
        from .pages import TrustDirectoryIndexPage

        if self.path:
            parent = self.get_parent()
            section = parent.specific if parent else None
            if isinstance(section, TrustDirectoryIndexPage):
                return section.trust.source_trust
        if self.trust_id:
            return self.trust
        return None

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        adding = self._state.adding
        if update_fields is None:
            trust = self._section_trust()
            if trust is not None:
                self.trust = trust
                if self.region_id is None:
                    self.region_id = trust.region_id
                if self.school_id and self.school.trust_id != trust.pk:
                    # Moved to another trust's section: the school stayed behind.
                    self.school = None
        result = super().save(*args, **kwargs)
        # A new alias or copy gets its original's restrictions from Wagtail,
        # and a new public profile has none to remove.
        copied = adding and self.alias_of_id is not None
        new_and_public = adding and self.visibility == Visibility.PUBLIC
        if copied or new_and_public:
            return result
        if update_fields is None or "visibility" in update_fields:
            self.sync_view_restrictions()
        return result

    def with_content_json(self, content: dict[str, Any]):
        # The reminder date is bookkeeping, not content: publishing an old
        # draft must not reset it (and trigger a second reminder).
        obj = super().with_content_json(content)
        obj.reminder_sent_at = self.reminder_sent_at
        return obj

    def original_profile(self) -> ExpertProfilePage:
        """The default-language profile: its fields decide for every translation."""
        if self.alias_of_id:
            return ExpertProfilePage.objects.get(pk=self.alias_of_id).original_profile()
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return (
            ExpertProfilePage.objects.filter(
                translation_key=self.translation_key, locale=default
            ).first()
            or self
        )

    def sync_view_restrictions(self) -> None:
        """Restrict this profile and its translations and aliases to members, or not.

        The default-language profile's `visibility` decides, so a stale value
        on a translation can never make a members-only profile public.
        """
        original = self.original_profile()
        members_only = original.visibility == Visibility.MEMBERS
        family = set(
            ExpertProfilePage.objects.filter(
                translation_key=self.translation_key
            ).values_list("pk", flat=True)
        )
        family |= set(
            Page.objects.filter(alias_of_id__in=family).values_list("pk", flat=True)
        )
        group = members_group()
        ours = PageViewRestriction.objects.filter(
            page_id__in=family,
            restriction_type=PageViewRestriction.GROUPS,
            groups=group,
        )
        if not members_only:
            PageViewRestriction.objects.filter(
                pk__in=list(ours.values_list("pk", flat=True))
            ).delete()
            return
        seen: set[int] = set()
        duplicates = []
        for pk, page_id in ours.order_by("pk").values_list("pk", "page_id"):
            if page_id in seen:
                duplicates.append(pk)
            seen.add(page_id)
        if duplicates:
            PageViewRestriction.objects.filter(pk__in=duplicates).delete()
        for page_id in family - seen:
            restriction = PageViewRestriction.objects.create(
                page_id=page_id, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set([group])

    # -- what templates, the API and the export use ------------------------------------

    @cached_property
    def term_codes(self) -> set[str]:
        return set(self.available_terms.split())

    def upcoming_terms(self, day: dt.date | None = None) -> list[Term]:
        """Which of this term and the next two the person offers."""
        return [t for t in Term.upcoming(3, day) if t.code in self.term_codes]

    @property
    def is_available(self) -> bool:
        """Offering days this term or next (the `available=1` filter)."""
        if self.not_available_now or not self.days_per_term:
            return False
        return any(t in self.upcoming_terms() for t in Term.upcoming(2))

    @property
    def offers_support(self) -> bool:
        """Offering days in any of the next three terms."""
        return (
            not self.not_available_now
            and self.days_per_term > 0
            and bool(self.upcoming_terms())
        )

    @property
    def is_stale(self) -> bool:
        return self.last_confirmed < stale_cutoff()

    @property
    def stale_from(self) -> dt.date:
        return self.last_confirmed + dt.timedelta(days=STALE_AFTER_DAYS)

    @property
    def is_members_only(self) -> bool:
        return self.visibility == Visibility.MEMBERS

    @property
    def school_name(self) -> str | None:
        return self.school.name if self.school_id else None

    @property
    def subject_slugs(self) -> list[str]:
        return [s.slug for s in self.subjects.all()]

    @property
    def available_term_codes(self) -> list[str]:
        return [t.code for t in self.upcoming_terms()]

    def plain_bio(self, words: int = 60) -> str:
        """The bio as plain text (for JSON-LD), paragraphs kept apart."""
        text = re.sub(r"</(p|li|h\d)>", " ", self.bio or "")
        text = html.unescape(strip_tags(text))
        return Truncator(" ".join(text.split())).words(words)

    def json_ld(
        self,
        request: HttpRequest | None = None,
        subjects: list | None = None,
        elements: list | None = None,
    ) -> SafeString:
        """schema.org Person, deliberately without any contact details."""
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "jobTitle": self.job_title,
            "description": self.plain_bio(80),
            "url": self.get_full_url(request),
            "worksFor": {"@type": "Organization", "name": self.trust.title},
        }
        if self.school_id:
            data["affiliation"] = {"@type": "School", "name": self.school.name}
        if subjects is None:
            subjects = [s.localized_term() for s in self.subjects.all()]
        if elements is None:
            elements = [e.localized_term() for e in self.elements.all()]
        knows = [s.name for s in subjects] + [e.name for e in elements]
        if knows:
            data["knowsAbout"] = knows
        if self.photo_id:
            rendition = self.photo.get_rendition("fill-400x400")
            data["image"] = (
                request.build_absolute_uri(rendition.url) if request else rendition.url
            )
        return _json_ld(data)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False) or not self.pk:
            # A preview shows the form's unsaved choices, held in memory.
            self.subject_terms = [s.localized_term() for s in self.subjects.all()]
            self.element_terms = [e.localized_term() for e in self.elements.all()]
            self.phase_terms = [p.localized_term() for p in self.phases.all()]
            designations = list(self.designations.all())
            led_items = self.led_practice_items(request)
        else:
            # Terms, designations and which practice was led: two queries, or
            # none for anonymous visitors once cached (home/data_cache.py).
            details = cached(
                data_key(request, "profile-details", self.pk),
                lambda: self._details(request),
            )
            self.subject_terms = details["subjects"]
            self.element_terms = details["elements"]
            self.phase_terms = details["phases"]
            designations = details["designations"]
            led_items = details["led"]
        closed_note = self.role in CLOSED_NATIONAL_ROLES or any(
            CLOSED_DESIGNATION_PATTERN.search(d.title) for d in designations
        )
        context.update(
            {
                "subjects": self.subject_terms,
                "phases": self.phase_terms,
                "elements": self.element_terms,
                "designations": designations,
                "closed_designation_note": closed_note,
                "region": self.region.localized_term() if self.region_id else None,
                "json_ld": self.json_ld(
                    request, self.subject_terms, self.element_terms
                ),
                "contact_url": self.contact_url(request),
                "led_practice_items": led_items,
            }
        )
        return context

    def _details(self, request: HttpRequest) -> dict[str, list]:
        attach_terms([self], details=True)
        return {
            "subjects": self.subject_terms,
            "elements": self.element_terms,
            "phases": self.phase_terms,
            "designations": self.designation_list,
            "led": self.led_practice_items(request),
        }

    def led_practice_items(self, request: HttpRequest | None = None) -> list:
        """The live practice this person led, in the profile's language.

        Links point at default-language pages; each is shown as its page in
        this profile's locale (the Welsh translation, or the alias that
        carries the English text under /cy/), if the visitor may see it.
        One query, none when nothing is linked (`attach_terms(details=True)`
        has read the links already); a preview reads the form's unsaved links
        from memory.
        """
        from practice.models import PracticePage
        from practice.queries import card_queryset, decorate, restriction_failed

        keys: Any = getattr(self, "led_practice_keys", None)
        if getattr(request, "is_preview", False) or not self.pk:
            keys = [p.translation_key for p in self.led_practice.all()]
        elif keys is None:
            keys = PracticePage.objects.filter(
                led_by__translation_key=self.translation_key
            ).values("translation_key")
        if isinstance(keys, list) and not keys:
            return []
        user = getattr(request, "user", None)
        items = list(
            card_queryset(
                PracticePage.objects.live().filter(
                    locale_id=self.locale_id, translation_key__in=keys
                )
            )
            .prefetch_related(None)
            .filter(~restriction_failed(user))
            .order_by("-publication_date", "-pk")
        )
        decorate(items)
        return items

    def contact_url(self, request: HttpRequest | None = None) -> str:
        return (self.get_url(request) or "") + self.reverse_subpage("contact")


def _uuid(value: Any) -> uuid.UUID | None:
    """UNION results can come back as text rather than UUIDs."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def attach_terms(
    profiles: list[ExpertProfilePage], phases: bool = True, details: bool = False
) -> None:
    """Give each profile its subjects, elements (and phases) in the active language.

    One query over the link tables instead of one per relation; the terms
    come from the vocabulary cache, so showing them costs nothing more. Sets
    `subject_terms`, `element_terms` and `phase_terms` on each profile.

    `details=True` (the profile page) reads the designations and the
    translation keys of the practice the person led in the same query, as
    `designation_list` and `led_practice_keys`: lists leave them out.
    """
    from .taxonomy import FrameworkElement, Phase, Subject

    ids = [p.pk for p in profiles]
    relations = [
        ("s", ExpertProfilePage.subjects.through, "subject", Subject),
        ("e", ExpertProfilePage.elements.through, "frameworkelement", FrameworkElement),
    ]
    if phases:
        relations.append(("p", ExpertProfilePage.phases.through, "phase", Phase))
    text = models.CharField()
    # The detail rows need text and numbers too: every part of a UNION has
    # the same columns, so the term rows carry blanks.
    blanks = (
        [models.Value("", output_field=text)] * 2
        + [models.Value(0, output_field=models.IntegerField())] * 3
        if details
        else []
    )
    parts = [
        through.objects.filter(expertprofilepage_id__in=ids)
        .order_by()
        .values_list(
            "expertprofilepage_id",
            models.Value(kind, output_field=text),
            f"{field}__translation_key",
            *blanks,
        )
        for kind, through, field, _model in relations
    ]
    if details:
        parts.append(
            ExpertDesignation.objects.filter(page_id__in=ids)
            .order_by()
            .values_list(
                "page_id",
                models.Value("d", output_field=text),
                models.Value(None, output_field=models.UUIDField()),
                "title",
                "awarded_by",
                "year",
                "sort_order",
                "id",
            )
        )
        # Links are kept on the default-language profile (translations and
        # aliases have copies): read them through the translation key.
        parts += [
            ExpertProfilePage.led_practice.through.objects.filter(
                expertprofilepage__translation_key=profile.translation_key
            )
            .order_by()
            .values_list(
                models.Value(profile.pk, output_field=models.IntegerField()),
                models.Value("l", output_field=text),
                "practicepage__translation_key",
                *blanks,
            )
            for profile in profiles
        ]
    terms_by_kind = {kind: model.by_key() for kind, _t, _f, model in relations}
    found: dict[int, dict[str, list]] = {
        p.pk: {"s": [], "e": [], "p": [], "d": [], "l": []} for p in profiles
    }
    for page_id, kind, key, *extra in parts[0].union(*parts[1:], all=True):
        if page_id not in found:
            continue
        if kind == "d":
            title, awarded_by, year, sort_order, pk = extra
            found[page_id]["d"].append(
                ExpertDesignation(
                    pk=pk,
                    page_id=page_id,
                    title=title,
                    awarded_by=awarded_by,
                    year=year,
                    sort_order=sort_order,
                )
            )
        elif kind == "l":
            if (practice_key := _uuid(key)) is not None:
                found[page_id]["l"].append(practice_key)
        elif (term := terms_by_kind[kind].get(_uuid(key))) is not None:
            found[page_id][kind].append(term)
    for profile in profiles:
        terms = found[profile.pk]
        profile.subject_terms = sorted(terms["s"], key=lambda t: (t.sort_order, t.name))
        profile.element_terms = sorted(terms["e"], key=lambda t: t.code)
        profile.phase_terms = sorted(terms["p"], key=lambda t: (t.sort_order, t.name))
        if details:
            profile.designation_list = sorted(
                terms["d"], key=lambda d: (d.sort_order or 0, d.pk)
            )
            profile.led_practice_keys = sorted(set(terms["l"]))


def _profile_moved(sender: type, instance: Page, **kwargs: Any) -> None:
    """A profile moved to another trust's section now belongs to that trust.

    Wagtail saves a moved page as a plain Page, so the profile's own save()
    (which takes the trust from the section) has to be run here.
    """
    if isinstance(sender, type) and issubclass(sender, ExpertProfilePage):
        ExpertProfilePage.objects.get(pk=instance.pk).save()


post_page_move.connect(_profile_moved, dispatch_uid="directory-expert-profile-moved")


class ExpertDesignation(Orderable):
    """A designation an expert has held, recorded as history with its source."""

    page = ParentalKey(
        ExpertProfilePage, on_delete=models.CASCADE, related_name="designations"
    )
    title = models.CharField(
        max_length=150,
        help_text=_("For example: Specialist Leader of Education (SLE)."),
    )
    awarded_by = models.CharField(
        max_length=150, help_text=_("The organisation that awarded it.")
    )
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1950)], help_text=_("The year it was awarded.")
    )

    panels = [FieldPanel("title"), FieldPanel("awarded_by"), FieldPanel("year")]
    api_fields = [APIField("title"), APIField("awarded_by"), APIField("year")]

    class Meta(Orderable.Meta):
        verbose_name = _("designation")
        verbose_name_plural = _("designations")

    def __str__(self) -> str:
        return f"{self.title} ({self.awarded_by}, {self.year})"

    def clean(self) -> None:
        super().clean()
        if self.year and self.year > timezone.localdate().year:
            raise ValidationError({"year": _("The year cannot be in the future.")})


# -- requests for support --------------------------------------------------------------


class SupportRequest(models.Model):
    """A request for support sent through an expert's contact form.

    Kept so moderators can see what was asked and follow up if the relay
    failed; the expert's address is never shown to the person asking.
    """

    class Status(models.TextChoices):
        NEW = "new", _("New")
        PASSED_ON = "passed-on", _("Passed on")
        CLOSED = "closed", _("Closed")

    profile = models.ForeignKey(
        ExpertProfilePage,
        null=True,
        on_delete=models.SET_NULL,
        related_name="support_requests",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("school or trust"), max_length=200)
    role = models.CharField(_("role"), max_length=120)
    help_wanted = models.TextField(_("help wanted"))
    preferred_dates = models.CharField(_("preferred dates"), max_length=200, blank=True)
    consent = models.BooleanField(_("consent to pass on"), default=False)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    passed_on_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(
        blank=True, help_text=_("For moderators only: what happened next.")
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("notes"),
        MultiFieldPanel(
            [
                FieldPanel("profile", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("organisation", read_only=True),
                FieldPanel("role", read_only=True),
                FieldPanel("help_wanted", read_only=True),
                FieldPanel("preferred_dates", read_only=True),
                FieldPanel("created", read_only=True),
                FieldPanel("passed_on_at", read_only=True),
            ],
            heading=_("The request"),
        ),
    ]

    class Meta:
        ordering = ["-created"]
        verbose_name = _("support request")
        verbose_name_plural = _("support requests")

    def __str__(self) -> str:
        expert = self.profile.title if self.profile_id else _("a removed profile")
        return _("%(name)s to %(expert)s") % {"name": self.name, "expert": expert}
