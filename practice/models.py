"""The practice library: case studies and "what works / what didn't" posts."""

from __future__ import annotations

import math
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from rest_framework import serializers

from home.models import BasePage, FrameworkTaggedMixin

from .blocks import (
    AttachmentsStreamBlock,
    PracticeBodyStreamBlock,
    ShortBodyStreamBlock,
)

WORDS_PER_MINUTE = 200
DEFAULT_LANGUAGE_ONLY = {"locale__language_code": "en-gb"}


class PracticeType(models.TextChoices):
    """The `type` filter's values: stable slugs in the URL contract."""

    CASE_STUDY = "case-study", _("Case study")
    WHAT_WORKS = "what-works", _("What works / what didn't")


class Verdict(models.TextChoices):
    """An honest verdict: failures shared are as valuable as successes."""

    WORKED = "worked", _("Worked")
    PARTLY = "partly", _("Partly worked")
    DIDNT = "didnt", _("Didn't work")


class PracticeIndexPage(RoutablePageMixin, BasePage):
    """/practice/: the library of everything trusts have shared.

    Each member trust's practice lives in that trust's own section below this
    page; alliance-authored pieces may live directly here. The list, its
    filters and the feeds are routes of this page (see practice/listing.py and
    practice/feeds.py).
    """

    intro = models.TextField(blank=True)

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "practice.TrustPracticeIndexPage",
        "practice.CaseStudyPage",
        "practice.WhatWorksPage",
    ]
    page_description = _("The practice library. One per language.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("practice index page")

    def get_context(self, request, *args, **kwargs):
        from .listing import practice_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_listing(request, self))
        return context

    @path("")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    @path("feed/")
    def feed_route(self, request: HttpRequest) -> HttpResponse:
        from .feeds import PracticeFeed

        return PracticeFeed(self)(request)

    @path("feed/<slug:area_slug>/")
    def area_feed_route(self, request: HttpRequest, area_slug: str) -> HttpResponse:
        from directory.models import FrameworkArea

        from .feeds import PracticeFeed

        area = FrameworkArea.by_slug().get(area_slug)
        if area is None:
            raise Http404
        return PracticeFeed(self, area=area)(request)

    @path("share/", name="share")
    def share_route(self, request: HttpRequest) -> HttpResponse:
        """The "share your practice" form for signed-in trust members."""
        from .views import share_practice

        return share_practice(request, self)

    @path("mine/", name="mine")
    def mine_route(self, request: HttpRequest) -> HttpResponse:
        """The signed-in user's contributions and where each one stands."""
        from .views import my_contributions

        return my_contributions(request, self)


class TrustPracticeIndexPage(BasePage):
    """One member trust's section of the library, holding what it has shared.

    It has no public view of its own: visiting it shows the library filtered
    to the trust.
    """

    trust = models.ForeignKey(
        "trusts.TrustPage", on_delete=models.PROTECT, related_name="+"
    )

    parent_page_types = ["practice.PracticeIndexPage"]
    subpage_types = ["practice.CaseStudyPage", "practice.WhatWorksPage"]
    page_description = _("A member trust's section of the practice library.")

    content_panels = BasePage.content_panels + [FieldPanel("trust")]
    translatable_fields = BasePage.translatable_fields + [SynchronizedField("trust")]

    class Meta:
        verbose_name = _("trust practice section")

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        parent = self.get_parent()
        return redirect(f"{parent.url}?trust={self.slug}")


class PracticePageTag(TaggedItemBase):
    """Free topic tags (workload, early-career teachers...) on any practice page."""

    content_object = ParentalKey(
        "practice.PracticePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class PracticePageForm(WagtailAdminPageForm):
    """Offers only the trust's own schools when the page sits in a trust section."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        schools = self.fields.get("schools")
        parent = self.parent_page
        if schools is None or parent is None:
            return
        section = getattr(parent, "specific", parent)
        trust_id = getattr(section, "trust_id", None)
        if trust_id:
            selected = self.instance.schools.all() if self.instance.pk else []
            schools.queryset = schools.queryset.filter(
                models.Q(trust_id=trust_id) | models.Q(pk__in=[s.pk for s in selected])
            )


class PracticePage(FrameworkTaggedMixin, BasePage):
    """What every piece of shared practice has, whatever its kind.

    Concrete (multi-table) so that /practice/ can list, filter, count and page
    ONE table for both kinds; editors create the subclasses. Everything a list
    or a filter needs lives here as a structured field.
    """

    practice_type_value: str = ""

    summary = models.TextField(
        max_length=500,
        help_text=_("Two or three sentences for lists, feeds and search results."),
    )
    trust = models.ForeignKey(
        "trusts.TrustPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="practice_pages",
        help_text=_("Set from the trust section the page sits in."),
    )
    elements = ParentalManyToManyField(
        "directory.FrameworkElement",
        related_name="practice_pages",
        limit_choices_to=DEFAULT_LANGUAGE_ONLY,
        verbose_name=_("framework elements"),
        help_text=_("The framework elements this practice speaks to."),
    )
    phases = ParentalManyToManyField(
        "directory.Phase",
        related_name="practice_pages",
        limit_choices_to=DEFAULT_LANGUAGE_ONLY,
        blank=True,
        verbose_name=_("phases"),
    )
    region = models.ForeignKey(
        "directory.Region",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practice_pages",
        limit_choices_to=DEFAULT_LANGUAGE_ONLY,
        help_text=_("Leave blank to use the trust's region."),
    )
    tags = ClusterTaggableManager(
        through=PracticePageTag,
        blank=True,
        help_text=_("Informal topics, e.g. workload, early-career teachers."),
    )
    people_involved = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Names of the people who led the work, separated by commas."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and when the page is shared."),
    )
    image_alt = models.CharField(
        _("image alt text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Required with an image: what the image shows, for screen readers."
        ),
    )
    publication_date = models.DateField(
        default=timezone.localdate,
        db_index=True,
        help_text=_("The date readers see; the library lists newest first."),
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_("When the trust last checked this is still accurate."),
    )
    licence = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Leave blank for the portal's default licence."),
    )
    licence_url = models.URLField(blank=True)
    featured = models.BooleanField(
        default=False, help_text=_("Feature on the home page.")
    )
    practice_type = models.CharField(
        max_length=20, choices=PracticeType.choices, editable=False, db_index=True
    )

    is_creatable = False
    parent_page_types = [
        "practice.PracticeIndexPage",
        "practice.TrustPracticeIndexPage",
    ]
    subpage_types: list[str] = []
    base_form_class = PracticePageForm

    tagging_panel = MultiFieldPanel(
        [
            FieldPanel("elements", widget=forms.CheckboxSelectMultiple),
            FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
            FieldPanel("region"),
            FieldPanel("tags"),
        ],
        heading=_("Framework and tags"),
    )
    publication_panel = MultiFieldPanel(
        [
            FieldRowPanel(
                [FieldPanel("publication_date"), FieldPanel("last_reviewed")]
            ),
            FieldRowPanel([FieldPanel("licence"), FieldPanel("licence_url")]),
            FieldPanel("featured"),
        ],
        heading=_("Publication"),
    )
    image_panel = MultiFieldPanel(
        [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")
    )

    # Page.search_fields already boosts the title (2) and autocompletes it.
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("people_involved"),
        index.RelatedFields(
            "tags", [index.SearchField("name", boost=2), index.FilterField("slug")]
        ),
        index.RelatedFields(
            "elements", [index.SearchField("name"), index.FilterField("slug")]
        ),
        index.RelatedFields("phases", [index.FilterField("slug")]),
        index.FilterField("trust"),
        index.FilterField("region"),
        index.FilterField("practice_type"),
        index.FilterField("publication_date"),
        index.FilterField("featured"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        SynchronizedField("trust"),
        SynchronizedField("elements"),
        SynchronizedField("phases"),
        SynchronizedField("region"),
        SynchronizedField("tagged_items"),
        SynchronizedField("people_involved"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        SynchronizedField("publication_date"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("licence"),
        SynchronizedField("licence_url"),
        SynchronizedField("featured"),
    ]
    # The public API: never anything personal (no people_involved, no schools).
    api_fields = [
        APIField("summary"),
        APIField("practice_type"),
        APIField("publication_date"),
        APIField("last_reviewed"),
        APIField("trust_slug", serializer=serializers.CharField(allow_null=True)),
        APIField("region_slug", serializer=serializers.CharField(allow_null=True)),
        APIField("element_codes", serializer=serializers.ListField()),
        APIField("phase_slugs", serializer=serializers.ListField()),
        APIField("tag_names", serializer=serializers.ListField()),
        APIField("licence"),
    ]

    class Meta:
        verbose_name = _("practice page")
        verbose_name_plural = _("practice pages")

    # -- keeping the derived fields right --------------------------------------

    def clean(self) -> None:
        super().clean()
        errors: dict[str, Any] = {}
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("Describe the image for people who cannot see it.")
        if (
            self.last_reviewed
            and self.publication_date
            and self.last_reviewed < self.publication_date
        ):
            errors["last_reviewed"] = _(
                "A page cannot be reviewed before it is published."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Revisions save with update_fields; the derived fields only change on a
        # full save (create, publish, move), so skip the look-ups otherwise.
        if kwargs.get("update_fields") is None:
            self.set_derived_fields()
        return super().save(*args, **kwargs)

    def set_derived_fields(self) -> None:
        """Type from the class, trust from the section, region from the trust."""
        from trusts.models import TrustPage

        if self.practice_type_value:
            self.practice_type = self.practice_type_value
        if self.path and self.depth and self.depth > 1:
            parent_path = self.path[: -self.steplen]
            self.trust_id = (
                TrustPracticeIndexPage.objects.filter(path=parent_path)
                .values_list("trust_id", flat=True)
                .first()
            )
        if self.region_id is None and self.trust_id:
            self.region_id = (
                TrustPage.objects.filter(pk=self.trust_id)
                .values_list("region_id", flat=True)
                .first()
            )

    # -- values for templates, feeds and the API -------------------------------

    @property
    def practice_type_label(self) -> str:
        return str(PracticeType(self.practice_type).label) if self.practice_type else ""

    @property
    def tag_names(self) -> list[str]:
        return [t.name for t in self.tags.all()]

    def reading_text(self) -> str:
        """All the words a reader reads, for the reading time."""
        return " ".join([self.title, self.summary])

    @property
    def reading_minutes(self) -> int:
        words = len(re.findall(r"\w+", strip_tags(self.reading_text())))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        from .detail import detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(detail_context(request, self))
        return context


def _stream_text(value) -> str:
    """The readable text of a StreamField value (rich text, quotes, captions)."""
    parts: list[str] = []

    def walk(item: Any) -> None:
        if item is None:
            return
        source = getattr(item, "source", None)
        if isinstance(source, str):
            parts.append(source)
        elif isinstance(item, str):
            parts.append(item)
        elif hasattr(item, "items") and callable(item.items):
            for key, child in item.items():
                # Chooser values (images, documents) are objects, not words.
                if key not in {"image", "document", "level", "decorative"}:
                    walk(child)
        elif hasattr(item, "value"):
            walk(item.value)
        elif isinstance(item, list | tuple):
            for child in item:
                walk(child)

    for child in value or []:
        walk(child.value)
    return " ".join(parts)


class CaseStudyPage(PracticePage):
    """The long form: what a trust did, what happened and what it would change.

    Structured fields hold the parts every case study has; the StreamField
    body carries the rest of the story (figures, quotes, images, documents).
    """

    practice_type_value = PracticeType.CASE_STUDY

    context = models.TextField(
        help_text=_("The schools, the pupils and where things stood before.")
    )
    challenge = models.TextField(_("the challenge"))
    what_was_done = RichTextField(
        _("what was done"), features=["bold", "italic", "link", "ol", "ul"]
    )
    body = StreamField(
        PracticeBodyStreamBlock(),
        blank=True,
        use_json_field=True,
        verbose_name=_("the story in more detail"),
        help_text=_("Key figures, quotes, images and documents that tell the story."),
    )
    impact = models.TextField(
        _("impact and evidence"),
        help_text=_("What changed, how you know, and how sure you are."),
    )
    differently = models.TextField(_("what we would do differently"))
    cost_and_time = models.CharField(_("cost and time"), max_length=400, blank=True)
    schools = ParentalManyToManyField(
        "trusts.School",
        blank=True,
        related_name="case_studies",
        verbose_name=_("schools involved"),
    )
    attachments = StreamField(
        AttachmentsStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("Templates, policies and evaluations readers can download."),
    )

    parent_page_types = [
        "practice.PracticeIndexPage",
        "practice.TrustPracticeIndexPage",
    ]
    subpage_types: list[str] = []
    page_description = _(
        "A case study: the context, the challenge, what was done, the impact and "
        "what you would do differently."
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("context"),
        FieldPanel("challenge"),
        FieldPanel("what_was_done"),
        FieldPanel("body"),
        FieldPanel("impact"),
        FieldPanel("differently"),
        FieldPanel("cost_and_time"),
        MultiFieldPanel(
            [
                FieldPanel("schools", widget=forms.CheckboxSelectMultiple),
                FieldPanel("people_involved"),
            ],
            heading=_("Who was involved"),
        ),
        PracticePage.tagging_panel,
        PracticePage.image_panel,
        FieldPanel("attachments"),
        PracticePage.publication_panel,
    ]
    search_fields = PracticePage.search_fields + [
        index.SearchField("context"),
        index.SearchField("challenge"),
        index.SearchField("what_was_done"),
        index.SearchField("body"),
        index.SearchField("impact"),
        index.SearchField("differently"),
    ]
    translatable_fields = PracticePage.translatable_fields + [
        TranslatableField("context"),
        TranslatableField("challenge"),
        TranslatableField("what_was_done"),
        TranslatableField("body"),
        TranslatableField("impact"),
        TranslatableField("differently"),
        TranslatableField("cost_and_time"),
        SynchronizedField("schools"),
        TranslatableField("attachments"),
    ]
    api_fields = PracticePage.api_fields + [
        APIField("context"),
        APIField("challenge"),
        APIField("what_was_done"),
        APIField("body"),
        APIField("impact"),
        APIField("differently"),
        APIField("cost_and_time"),
        APIField("attachments"),
    ]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def reading_text(self) -> str:
        return " ".join(
            [
                super().reading_text(),
                self.context,
                self.challenge,
                self.what_was_done,
                _stream_text(self.body),
                self.impact,
                self.differently,
                self.cost_and_time,
            ]
        )


class WhatWorksPage(PracticePage):
    """A short, honest reflection: what a trust tried, the verdict, the lesson."""

    practice_type_value = PracticeType.WHAT_WORKS

    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    lesson = models.TextField(
        max_length=400,
        help_text=_("The lesson in one or two sentences."),
    )
    body = StreamField(ShortBodyStreamBlock(), blank=True, use_json_field=True)

    parent_page_types = [
        "practice.PracticeIndexPage",
        "practice.TrustPracticeIndexPage",
    ]
    subpage_types: list[str] = []
    page_description = _(
        "A short 'what works / what didn't' post with an honest verdict and the lesson."
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("verdict"),
        FieldPanel("lesson"),
        FieldPanel("body"),
        FieldPanel("people_involved"),
        PracticePage.tagging_panel,
        PracticePage.image_panel,
        PracticePage.publication_panel,
    ]
    search_fields = PracticePage.search_fields + [
        index.SearchField("lesson", boost=1.5),
        index.SearchField("body"),
        index.FilterField("verdict"),
    ]
    translatable_fields = PracticePage.translatable_fields + [
        SynchronizedField("verdict"),
        TranslatableField("lesson"),
        TranslatableField("body"),
    ]
    api_fields = PracticePage.api_fields + [
        APIField("verdict"),
        APIField("lesson"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("what works / what didn't post")
        verbose_name_plural = _("what works / what didn't posts")

    @property
    def verdict_label(self) -> str:
        return str(Verdict(self.verdict).label) if self.verdict else ""

    def reading_text(self) -> str:
        return " ".join([super().reading_text(), self.lesson, _stream_text(self.body)])
