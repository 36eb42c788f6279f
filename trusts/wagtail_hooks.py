"""Keep trust editors to their own trust in the admin's shared pickers.

Wagtail already confines the explorer, the page search and the admin API to
the pages a group may explore; the page chooser, though, lists every page, so
trust A's editor would see trust B's unpublished drafts there. Views that take
a page id are guarded by trusts/admin_boundaries.py (a middleware), which
shares its rule with the chooser hook below.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_boundaries import may_see_whole_tree, visible_pages
from .membership import is_moderator
from .models import School


@hooks.register("construct_page_chooser_queryset")
def hide_other_trusts_drafts(pages: QuerySet, request: HttpRequest) -> QuerySet:
    user = request.user
    if is_moderator(user):
        return pages
    return visible_pages(user, pages)


@hooks.register("construct_reports_menu")
def hide_whole_tree_reports(request: HttpRequest, menu_items: list) -> None:
    # "Page types usage" names every type's last edited page, drafts included;
    # trusts/admin_boundaries.py refuses the view itself.
    if not may_see_whole_tree(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


class SchoolViewSet(SnippetViewSet):
    """Schools, kept by the moderators; trust editors pick from them."""

    model = School
    icon = "home"
    menu_label = _("Schools")
    add_to_admin_menu = False
    list_display = ["name", "urn", "local_authority", "trust"]
    list_filter = ["trust", "phase"]
    search_fields = ["name", "urn", "local_authority"]
    ordering = ["name"]


register_snippet(SchoolViewSet)
