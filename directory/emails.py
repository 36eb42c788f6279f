"""Email the directory sends: relayed requests for support and reminders.

Everything goes through Django's email backend (console on a laptop, SMTP
from the environment in production). The expert's address is only ever an
envelope recipient: it is never put in a message someone else receives.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from .models import ExpertProfilePage, SupportRequest

logger = logging.getLogger(__name__)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def relay_support_request(
    support_request: SupportRequest,
    original: ExpertProfilePage,
    visited: ExpertProfilePage,
    request: HttpRequest | None = None,
) -> bool:
    """Email the request to the expert (reply-to the requester) and a copy back.

    Returns whether the expert's message was sent; if not, the request stays
    "new" in the admin for a moderator to pass on by hand.
    """
    from .models import SupportRequest

    context = {
        "support_request": support_request,
        "expert_name": original.title,
        "profile_url": visited.get_full_url(request),
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
    except Exception:  # SMTP trouble must not lose the request or break the page
        logger.exception("Could not relay support request %s", support_request.pk)
        return False

    support_request.status = SupportRequest.Status.PASSED_ON
    support_request.passed_on_at = timezone.now()
    support_request.save(update_fields=["status", "passed_on_at"])

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
