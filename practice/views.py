"""Views for signed-in trust members: "share your practice" and "my contributions".

They are sub-routes of the practice library (`/practice/share/` and
`/practice/mine/`, under /cy/ too); PracticeIndexPage routes here so that the
model stays small. Every response is private: these pages carry a CSRF token
or someone's own drafts, so no shared cache may keep them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import F
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

from wagtail.models import Locale, TaskState, WorkflowState

from home import ratelimit
from home.templatetags.portal_tags import locale_path
from trusts.membership import active_account

from .forms import SharePracticeForm, trust_section_for
from .models import PracticeIndexPage, PracticePage

# Submissions (and honeypot hits) allowed per user in a fixed window.
DEFAULT_SHARE_LIMIT = (5, 60 * 60)


def _private(response: HttpResponse) -> HttpResponse:
    """Never stored by the page cache, a proxy or the browser's back-forward cache."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def _login_redirect(request: HttpRequest) -> HttpResponse:
    # The sign-in page in the visitor's language (/cy/accounts/login/ in Welsh).
    return _private(
        redirect_to_login(
            request.get_full_path(), login_url=locale_path("/accounts/login/")
        )
    )


# -- the rate limit ------------------------------------------------------------------
# Counted per signed-in user (home/ratelimit.py, as the directory's contact relay).
SHARE_LIMIT_NAMESPACE = "practice:share"


def _share_checks(user_id: int) -> list[ratelimit.Check]:
    limit = getattr(settings, "PRACTICE_SHARE_LIMIT", DEFAULT_SHARE_LIMIT)
    return [("user", str(user_id), limit)]


def share_retry_after(user_id: int) -> int | None:
    """Seconds until `user_id` may share again, or None if they may now."""
    return ratelimit.retry_after(SHARE_LIMIT_NAMESPACE, _share_checks(user_id))


def record_share(user_id: int) -> None:
    ratelimit.record(SHARE_LIMIT_NAMESPACE, _share_checks(user_id))


# -- /practice/share/ ---------------------------------------------------------------


def _share_response(
    request: HttpRequest,
    page: PracticeIndexPage,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    return _private(
        TemplateResponse(
            request,
            "practice/share.html",
            {"page": page, "self": page, **context},
            status=status,
        )
    )


def _mine_url(request: HttpRequest, page: PracticeIndexPage) -> str:
    return (page.get_url(request) or "") + page.reverse_subpage("mine")


def _typed(request: HttpRequest) -> dict[str, Any]:
    """The posted values as initial data, lists kept for the checkboxes."""
    multiple = {"elements", "phases"}
    return {
        name: request.POST.getlist(name) if name in multiple else request.POST.get(name)
        for name in SharePracticeForm.base_fields
        if name in request.POST and name != "website"
    }


def share_practice(request: HttpRequest, page: PracticeIndexPage) -> HttpResponse:
    """`/practice/share/`: a member's draft, straight into moderation."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if not request.user.is_authenticated:
        return _login_redirect(request)
    account = active_account(request.user)
    section = trust_section_for(account.trust) if account is not None else None
    if section is None:
        return _share_response(request, page, {"not_member": True}, status=403)
    context: dict[str, Any] = {"account": account, "mine_url": _mine_url(request, page)}

    if request.method == "POST":
        wait = share_retry_after(request.user.pk)
        if wait:
            response = _share_response(
                request,
                page,
                {
                    **context,
                    "rate_limited": True,
                    "minutes": max(1, (wait + 59) // 60),
                    # What they typed comes back, unvalidated and unsent.
                    "form": SharePracticeForm(initial=_typed(request)),
                },
                status=429,
            )
            response["Retry-After"] = str(wait)
            return response
        if request.POST.get("website", "").strip():
            # A bot filled in the honeypot: look successful, store nothing.
            record_share(request.user.pk)
            return _private(redirect(context["mine_url"]))
        form = SharePracticeForm(request.POST, request.FILES)
        if form.is_valid():
            created = form.save(request.user, section)
            record_share(request.user.pk)
            messages.success(
                request,
                _(
                    "Thank you. “%(title)s” has been sent to the alliance's "
                    "moderators. You can follow its progress here."
                )
                % {"title": created.title},
            )
            return _private(redirect(context["mine_url"]))
    else:
        form = SharePracticeForm()
    return _share_response(request, page, {**context, "form": form})


# -- /practice/mine/ ----------------------------------------------------------------


@dataclass
class ContributionRow:
    """One line of "my contributions": the page and its status in words."""

    page: PracticePage
    status: str  # draft | in_review | changes_requested | published
    status_label: str
    date: Any
    comment: str = ""
    live_url: str = ""
    update_in_review: bool = False


STATUS_LABELS = {
    "draft": lambda: _("Draft"),
    "in_review": lambda: _("Waiting for review"),
    "changes_requested": lambda: _("Changes requested"),
    "published": lambda: _("Published"),
}


def contribution_rows(request: HttpRequest, user) -> list[ContributionRow]:
    """Every practice page `user` owns, with its status, in three queries.

    One query for the pages, one for their open workflow states, and one for
    the moderators' comments on the states that came back with changes
    requested, however many pages there are.
    """
    pages = list(
        PracticePage.objects.filter(
            owner=user, locale=Locale.get_default(), alias_of__isnull=True
        )
        # Newest first; a page with no revision (made outside the admin) last,
        # on PostgreSQL too, where NULLs would otherwise sort first.
        .annotate(
            changed_at=Coalesce("latest_revision_created_at", "last_published_at")
        )
        .order_by(F("changed_at").desc(nulls_last=True), "-pk")
    )
    if not pages:
        return []
    states = {
        state.object_id: state
        for state in WorkflowState.objects.active().filter(
            base_content_type=pages[0].get_base_content_type(),
            object_id__in=[str(p.pk) for p in pages],
        )
    }
    needs_changes = [
        s.pk for s in states.values() if s.status == WorkflowState.STATUS_NEEDS_CHANGES
    ]
    comments: dict[int, str] = {}
    if needs_changes:
        rejected = (
            TaskState.objects.filter(
                workflow_state_id__in=needs_changes,
                status=TaskState.STATUS_REJECTED,
            )
            .order_by("workflow_state_id", "-finished_at", "-pk")
            .values_list("workflow_state_id", "comment")
        )
        for state_id, comment in rejected:
            comments.setdefault(state_id, comment)

    rows = []
    for page in pages:
        state = states.get(str(page.pk))
        if page.live:
            status = "published"
        elif state is None:
            status = "draft"
        elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            status = "changes_requested"
        else:
            status = "in_review"
        rows.append(
            ContributionRow(
                page=page,
                status=status,
                status_label=STATUS_LABELS[status](),
                date=page.changed_at,
                comment=comments.get(state.pk, "") if state is not None else "",
                live_url=(page.get_url(request) or "") if page.live else "",
                update_in_review=page.live and state is not None,
            )
        )
    return rows


def my_contributions(request: HttpRequest, page: PracticeIndexPage) -> HttpResponse:
    """`/practice/mine/`: what the signed-in user has shared, and where it stands."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    if not request.user.is_authenticated:
        return _login_redirect(request)
    account = active_account(request.user)
    share_url = (page.get_url(request) or "") + page.reverse_subpage("share")
    return _private(
        TemplateResponse(
            request,
            "practice/mine.html",
            {
                "page": page,
                "self": page,
                "rows": contribution_rows(request, request.user),
                "account": account,
                "share_url": share_url,
            },
        )
    )


__all__ = [
    "contribution_rows",
    "my_contributions",
    "record_share",
    "share_practice",
    "share_retry_after",
]
