"""Email the directory sends: relayed requests for support and reminders.

Everything goes through Django's email backend (console on a laptop, SMTP
from the environment in production). The expert's address is only ever an
envelope recipient: it is never put in a message someone else receives.

A request for support is relayed by a task (django-tasks: run at once in
dev and tests, by `manage.py db_worker` in production), so a slow or silent
mail server never holds up the visitor's request; `EMAIL_TIMEOUT` bounds how
long the worker waits.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from django_tasks import task

if TYPE_CHECKING:
    from .models import ExpertProfilePage, SupportRequest

logger = logging.getLogger(__name__)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def queue_support_request(
    support_request: SupportRequest,
    visited: ExpertProfilePage,
    request: HttpRequest | None = None,
    *,
    send_copy: bool = True,
) -> None:
    """Queue the relay of a stored request; it stays "new" if queueing fails."""
    try:
        relay_support_request.enqueue(
            support_request.pk, visited.get_full_url(request) or "", send_copy
        )
    except Exception:  # the request is stored: a moderator can pass it on
        logger.exception("Could not queue support request %s", support_request.pk)


@task()
def relay_support_request(
    support_request_id: int, profile_url: str, send_copy: bool = True
) -> bool:
    """Email the request to the expert (reply-to the requester) and a copy back.

    Returns whether the expert's message was sent; if not, the request stays
    "new" in the admin for a moderator to pass on by hand. A request already
    passed on (a task run twice) is not sent again.
    """
    from .models import SupportRequest

    support_request = (
        SupportRequest.objects.select_related("profile")
        .filter(pk=support_request_id, status=SupportRequest.Status.NEW)
        .first()
    )
    if support_request is None or support_request.profile is None:
        return False
    original = support_request.profile
    # In the language the visitor wrote in, as the page they sent it from.
    with translation.override(support_request.language or settings.LANGUAGE_CODE):
        return _relay(support_request, original, profile_url, send_copy)


def _relay(
    support_request: SupportRequest,
    original: ExpertProfilePage,
    profile_url: str,
    send_copy: bool,
) -> bool:
    from .models import SupportRequest

    context = {
        "support_request": support_request,
        "expert_name": original.title,
        "profile_url": profile_url,
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
    }
    to_expert = EmailMessage(
        subject=_one_line(
            _("Request for support from %(name)s") % {"name": support_request.name}
        ),
        body=render_to_string("emails/directory/support_request_expert.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[original.email],
        reply_to=[support_request.email],
    )
    try:
        to_expert.send()
    except Exception:  # SMTP trouble must not lose the request
        logger.exception("Could not relay support request %s", support_request.pk)
        return False

    support_request.status = SupportRequest.Status.PASSED_ON
    support_request.passed_on_at = timezone.now()
    support_request.save(update_fields=["status", "passed_on_at"])

    if not send_copy:
        return True
    copy = EmailMessage(
        subject=_one_line(
            _("Your request for support from %(expert)s") % {"expert": original.title}
        ),
        body=render_to_string("emails/directory/support_request_copy.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[support_request.email],
    )
    try:
        copy.send()
    except Exception:  # the expert has it; the copy is a courtesy
        logger.exception("Could not copy support request %s", support_request.pk)
    return True


def send_confirmation_reminder(
    profile: ExpertProfilePage, link: str, valid_days: int
) -> None:
    """Ask an expert to confirm their profile before it goes stale."""
    context = {
        "profile": profile,
        "link": link,
        "valid_days": valid_days,
        "stale_from": profile.stale_from,
        "already_stale": profile.is_stale,
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
    }
    EmailMessage(
        subject=_("Please confirm your profile in the Directory of Expertise"),
        body=render_to_string("emails/directory/confirm_reminder.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[profile.email],
    ).send()
