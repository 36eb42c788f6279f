"""Admin viewsets: the moderators' list of requests for support."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from trusts.admin_boundaries import may_see_model

from .models import SupportRequest


class ModeratorsOnlyMixin:
    """Wagtail's snippet chooser checks no permission before listing a model.

    Support requests carry a member of the public's name, school and message:
    only people who may view or change them (the moderators) get a chooser.
    trusts/admin_boundaries.py refuses the same requests before they get here.
    """

    def dispatch(self, request, *args, **kwargs):
        if not may_see_model(request.user, SupportRequest):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SupportRequestChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (ModeratorsOnlyMixin, ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (ModeratorsOnlyMixin, ChooseResultsView), {}
    )
    chosen_view_class = type("ChosenView", (ModeratorsOnlyMixin, SnippetChosenView), {})
    chosen_multiple_view_class = type(
        "ChosenMultipleView", (ModeratorsOnlyMixin, SnippetChosenMultipleView), {}
    )
    create_view_class = type("CreateView", (ModeratorsOnlyMixin, SnippetCreateView), {})


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
    chooser_viewset_class = SupportRequestChooserViewSet
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
