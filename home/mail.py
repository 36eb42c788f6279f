"""Email sent by a task, so no request waits on the mail server.

Wagtail's workflow notifications, Wagtail's and Django's password resets and
our own messages all call Django's mail API inside a request. In production
`EMAIL_BACKEND` is `QueuedEmailBackend`: it turns each message into plain
data and queues `deliver` (django-tasks; `manage.py db_worker` runs it),
which sends it with the real backend, `EMAIL_DELIVERY_BACKEND` (SMTP, with
`EMAIL_TIMEOUT`). Dev and tests send at once, with the console or locmem
backend.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Sequence
from email.mime.base import MIMEBase
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend

from django_tasks import task

logger = logging.getLogger(__name__)


def to_data(message: EmailMessage) -> dict[str, Any]:
    """The message as JSON-safe data (tasks store their arguments as JSON)."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            # A ready-made MIME part: rare in our code; send its payload.
            filename = attachment.get_filename() or "attachment"
            content = attachment.get_payload(decode=True) or b""
            mimetype = attachment.get_content_type()
        else:
            filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append(
            [filename, base64.b64encode(content).decode("ascii"), mimetype]
        )
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in (message.extra_headers or {}).items()},
        "alternatives": [
            [str(content), mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
    }


def from_data(data: dict[str, Any]) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data.get("content_subtype", "plain")
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task()
def deliver(messages: Sequence[dict[str, Any]]) -> int:
    """Send queued messages with the real backend; a failure raises (and is logged)."""
    connection = get_connection(
        getattr(
            settings,
            "EMAIL_DELIVERY_BACKEND",
            "django.core.mail.backends.smtp.EmailBackend",
        )
    )
    return connection.send_messages([from_data(m) for m in messages])


class QueuedEmailBackend(BaseEmailBackend):
    """Queue messages for `deliver` instead of talking to the mail server."""

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        messages = [to_data(m) for m in email_messages if m.recipients()]
        if not messages:
            return 0
        try:
            deliver.enqueue(messages)
        except Exception:
            if not self.fail_silently:
                raise
            logger.exception("Could not queue %d email(s)", len(messages))
            return 0
        return len(messages)
