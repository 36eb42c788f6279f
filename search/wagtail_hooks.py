"""Admin: the synonym snippet and the report of searches that found nothing."""

from __future__ import annotations

from django.contrib.auth.decorators import user_passes_test
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym
from .reports import ZeroResultSearchesReport


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["term", "equivalents", "locale"]
    search_fields = ["term", "equivalents"]
    list_filter = ["locale"]
    ordering = ["term"]


register_snippet(SynonymViewSet)


def _can_see_report(user) -> bool:
    """Alliance moderators and superusers: queries can contain what people typed
    about themselves, so trust editors do not see them."""
    if not (user.is_active and user.is_authenticated):
        return False
    return user.is_superuser or user.groups.filter(name="Moderators").exists()


@hooks.register("register_admin_urls")
def register_zero_results_report_urls():
    view = user_passes_test(_can_see_report)(ZeroResultSearchesReport.as_view())
    results = user_passes_test(_can_see_report)(
        ZeroResultSearchesReport.as_view(results_only=True)
    )
    return [
        path("reports/zero-result-searches/", view, name="search_zero_results"),
        path(
            "reports/zero-result-searches/results/",
            results,
            name="search_zero_results_results",
        ),
    ]


class _ReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return _can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_zero_results_report_menu_item():
    return _ReportMenuItem(
        _("Searches with no results"),
        reverse("search_zero_results"),
        icon_name="search",
        order=900,
    )
