"""The admin report of searches that found nothing: the portal's content gaps."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import ZeroResultQuery


class ZeroResultSearchesReport(ReportView):
    """Newest first by default; sort by "Searches" for the most frequent first."""

    page_title = _("Searches with no results")
    header_icon = "search"
    model = ZeroResultQuery
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    default_ordering = "-last_seen"
    paginate_by = 50
    columns = [
        Column("query_string", label=_("Search"), sort_key="query_string"),
        Column("language_code", label=_("Language"), sort_key="language_code"),
        Column("count", label=_("Searches"), sort_key="count"),
        DateColumn("last_seen", label=_("Last searched"), sort_key="last_seen"),
        DateColumn("first_seen", label=_("First searched"), sort_key="first_seen"),
    ]
    list_export = ["query_string", "language_code", "count", "last_seen", "first_seen"]
    export_headings = {
        "query_string": _("Search"),
        "language_code": _("Language"),
        "count": _("Searches"),
        "last_seen": _("Last searched"),
        "first_seen": _("First searched"),
    }

    def get_queryset(self):
        queryset = ZeroResultQuery.objects.all()
        # Ties (same time, same count) break on the other measure.
        secondary = "-count" if "last_seen" in (self.ordering or "") else "-last_seen"
        return queryset.order_by(self.ordering or "-last_seen", secondary)
