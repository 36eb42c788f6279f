"""The shared school-improvement framework and the other controlled vocabularies.

These are editable, translatable data rather than free tags: every piece of
practice and every expert is tagged against them, and the filters, facets and
self-review all key on their stable slugs.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Self

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.memo import bump, versioned

CACHE_SECONDS = 60 * 60


def _active_language() -> str:
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


class Vocabulary(TranslatableMixin, models.Model):
    """A term in a controlled vocabulary: a stable slug and a translated name.

    Pages link to the default-language row; `localized_list()` and `by_key()`
    hand templates the row for the active language (falling back to the
    default language where a term is not translated yet) from the cache, so
    showing labels costs no queries.
    """

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    # -- cached, localised look-ups -------------------------------------------------

    @classmethod
    def _cache_version_key(cls) -> str:
        return f"vocab-version:{cls._meta.label_lower}"

    @classmethod
    def invalidate_cache(cls) -> None:
        bump(cls._cache_version_key())

    @classmethod
    def _base_queryset(cls) -> models.QuerySet:
        return cls.objects.select_related("locale")

    @classmethod
    def _decorate(cls, items: list[Self]) -> None:
        """Hook for subclasses to attach related, localised objects."""

    @classmethod
    def localized_list(cls) -> list[Self]:
        language = _active_language()
        return versioned(
            cls._cache_version_key(),
            f"vocab:{cls._meta.label_lower}:{language}",
            lambda: cls._compute_localized(language),
            CACHE_SECONDS,
        )

    @classmethod
    def _compute_localized(cls, language: str) -> list[Self]:
        default = settings.LANGUAGE_CODE
        chosen: OrderedDict[Any, Self] = OrderedDict()
        for item in cls._base_queryset().order_by(*cls._meta.ordering, "pk"):
            code = item.locale.language_code
            current = chosen.get(item.translation_key)
            if code == language or (current is None and code == default):
                chosen[item.translation_key] = item
        items = list(chosen.values())
        items.sort(key=lambda i: tuple(getattr(i, f) for f in cls._meta.ordering))
        cls._decorate(items)
        return items

    @classmethod
    def by_key(cls) -> dict[Any, Self]:
        """Map translation_key to the term in the active language."""
        return {item.translation_key: item for item in cls.localized_list()}

    @classmethod
    def by_slug(cls) -> dict[str, Self]:
        return {item.slug: item for item in cls.localized_list()}

    def localized_term(self) -> Self:
        """This term in the active language, from the cache."""
        return type(self).by_key().get(self.translation_key, self)


class Phase(Vocabulary):
    """Phase of education: early years to post-16."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Region(Vocabulary):
    """The nine English regions, plus Wales."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Subject(Vocabulary):
    """Subjects and specialisms an expert can support (maths, SEND, leadership)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("subject or specialism")
        verbose_name_plural = _("subjects and specialisms")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class FrameworkArea(Vocabulary):
    """One of the framework's five areas (1 Vision, culture and ethos ...)."""

    number = models.PositiveSmallIntegerField(
        help_text=_("1 to 5: the area's number in the framework.")
    )
    description = models.TextField(blank=True)

    panels = [
        FieldPanel("number"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
    ]
    translatable_fields = Vocabulary.translatable_fields + [
        SynchronizedField("number"),
        TranslatableField("description"),
    ]

    class Meta(Vocabulary.Meta):
        ordering = ["number"]
        verbose_name = _("framework area")
        verbose_name_plural = _("framework areas")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return f"{self.number} {self.name}"

    @property
    def code(self) -> str:
        return str(self.number)

    @classmethod
    def _decorate(cls, items: list[Self]) -> None:
        elements = FrameworkElement.localized_list()
        for area in items:
            area.element_list = [
                e for e in elements if e.area_translation_key == area.translation_key
            ]


class FrameworkElement(Vocabulary):
    """One of the twelve elements (1A Clarity of purpose ...), rated red to green."""

    area = models.ForeignKey(
        FrameworkArea, on_delete=models.PROTECT, related_name="elements"
    )
    code = models.CharField(max_length=3, help_text=_("For example 1A."))
    description = models.TextField(blank=True)
    guiding_questions = models.TextField(
        blank=True, help_text=_("One question per line.")
    )
    weak_capacity = models.TextField(
        blank=True, help_text=_("What weak capacity (red) looks like.")
    )
    strong_capacity = models.TextField(
        blank=True, help_text=_("What strong capacity (green) looks like.")
    )

    panels = [
        FieldPanel("area"),
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("guiding_questions"),
        FieldPanel("weak_capacity"),
        FieldPanel("strong_capacity"),
    ]
    translatable_fields = Vocabulary.translatable_fields + [
        SynchronizedField("area"),
        SynchronizedField("code"),
        TranslatableField("description"),
        TranslatableField("guiding_questions"),
        TranslatableField("weak_capacity"),
        TranslatableField("strong_capacity"),
    ]

    class Meta(Vocabulary.Meta):
        ordering = ["code"]
        verbose_name = _("framework element")
        verbose_name_plural = _("framework elements")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @classmethod
    def _base_queryset(cls) -> models.QuerySet:
        return cls.objects.select_related("locale", "area")

    @classmethod
    def _decorate(cls, items: list[Self]) -> None:
        for element in items:
            element.area_translation_key = element.area.translation_key

    @property
    def guiding_question_list(self) -> list[str]:
        return [q.strip() for q in self.guiding_questions.splitlines() if q.strip()]

    def localized_area(self) -> FrameworkArea:
        return FrameworkArea.by_key().get(self.area.translation_key, self.area)
