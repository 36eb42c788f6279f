"""The practice library: case studies and "what works / what didn't" posts."""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage


class PracticeIndexPage(BasePage):
    """/practice/: the library of everything trusts have shared.

    Each member trust's practice lives in that trust's own section below this
    page; alliance-authored pieces may live directly here.
    """

    intro = models.TextField(blank=True)

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practice.TrustPracticeIndexPage"]
    page_description = _("The practice library. One per language.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("practice index page")


class TrustPracticeIndexPage(BasePage):
    """One member trust's section of the library, holding what it has shared.

    It has no public view of its own: visiting it shows the library filtered
    to the trust.
    """

    trust = models.ForeignKey(
        "trusts.TrustPage", on_delete=models.PROTECT, related_name="+"
    )

    parent_page_types = ["practice.PracticeIndexPage"]
    subpage_types: list[str] = []
    page_description = _("A member trust's section of the practice library.")

    content_panels = BasePage.content_panels + [FieldPanel("trust")]
    translatable_fields = BasePage.translatable_fields + [SynchronizedField("trust")]

    class Meta:
        verbose_name = _("trust practice section")

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        parent = self.get_parent()
        return redirect(f"{parent.url}?trust={self.slug}")
