"""Admin viewsets: the moderators' list of requests for support."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SupportRequest


class SupportRequestViewSet(SnippetViewSet):
    """Requests sent through expert profiles, newest first, filtered by status.

    Requests arrive from the public form, so the admin never adds them; the
    copy view makes no sense either.
    """

    model = SupportRequest
    icon = "mail"
    menu_label = _("Support requests")
    menu_name = "support-requests"
    menu_order = 310
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        Column("profile", label=_("Expert")),
        "organisation",
        Column("get_status_display", label=_("Status"), sort_key="status"),
        DateColumn("created", label=_("Received")),
    ]
    list_filter = ["status"]
    search_fields = ["name", "email", "organisation", "help_wanted"]
    search_backend_name = None
    ordering = ["-created"]
    list_per_page = 50
