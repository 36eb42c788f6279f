"""Keep trust editors to their own trust in the admin's shared pickers.

Wagtail already confines the explorer, the page search and the admin API to
the pages a group may explore; the page chooser, though, lists every page, so
trust A's editor would see trust B's unpublished drafts there.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy

from .membership import is_moderator


@hooks.register("construct_page_chooser_queryset")
def hide_other_trusts_drafts(pages: QuerySet, request: HttpRequest) -> QuerySet:
    user = request.user
    if is_moderator(user):
        return pages
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["add", "change", "publish"]
    )
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")))
