"""Editor-maintained search data: jargon synonyms, searches that found nothing."""

from __future__ import annotations

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField

_SPLIT_EQUIVALENTS = re.compile(r"[\n,;]+")


class Synonym(TranslatableMixin, models.Model):
    """A piece of education jargon and the words that mean the same.

    Teachers write "SLE", "KS2" or "SEND"; pages spell them out (or the other
    way round). Search expands a recognised term, or any of its equivalents,
    into all of them, so both spellings find the same pages. A snippet so
    editors can keep the list without a deploy; translatable because Welsh
    has its own jargon (a locale without its own list uses the English one).
    """

    term = models.CharField(
        _("term"),
        max_length=100,
        help_text=_("The short form or main term, e.g. SLE."),
    )
    equivalents = models.TextField(
        _("equivalents"),
        help_text=_(
            "Words or phrases that mean the same, one per line (or separated by "
            "commas), e.g. specialist leader of education."
        ),
    )

    panels = [
        HelpPanel(
            content=_(
                "A search for the term or any equivalent finds pages using any "
                "of them. Matching ignores capitals and punctuation."
            )
        ),
        FieldPanel("term"),
        FieldPanel("equivalents"),
    ]
    translatable_fields = [TranslatableField("term"), TranslatableField("equivalents")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self) -> str:
        return self.term

    def equivalent_list(self) -> list[str]:
        return [
            part.strip()
            for part in _SPLIT_EQUIVALENTS.split(self.equivalents)
            if part.strip()
        ]

    def phrases(self) -> list[str]:
        """The term and its equivalents: every spelling of one idea."""
        return [self.term.strip(), *self.equivalent_list()]


class ZeroResultQuery(models.Model):
    """A search that found nothing: the content gaps editors want to see.

    One row per normalised query and language, counted, so the admin report can
    show the newest and the most frequent first without scanning a log.
    """

    query_string = models.CharField(_("search"), max_length=255)
    language_code = models.CharField(_("language"), max_length=20)
    count = models.PositiveIntegerField(_("searches"), default=0)
    first_seen = models.DateTimeField(_("first searched"), auto_now_add=True)
    last_seen = models.DateTimeField(_("last searched"), db_index=True)

    class Meta:
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")
        ordering = ["-last_seen", "-count"]
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language_code"],
                name="search_zero_result_query_unique",
            )
        ]
        indexes = [models.Index(fields=["-count"], name="search_zero_count_idx")]

    def __str__(self) -> str:
        return self.query_string
