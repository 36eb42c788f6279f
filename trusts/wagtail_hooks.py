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

from .admin_boundaries import visible_pages
from .membership import is_moderator
from .models import School


@hooks.register("construct_page_chooser_queryset")
def hide_other_trusts_drafts(pages: QuerySet, request: HttpRequest) -> QuerySet:
    user = request.user
    if is_moderator(user):
        return pages
    return visible_pages(user, pages)


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
