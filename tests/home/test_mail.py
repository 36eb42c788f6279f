"""Email leaves the request as a task (home/mail.py) and arrives intact."""

from __future__ import annotations

from django.core import mail
from django.core.mail import EmailMultiAlternatives

import pytest
from django_tasks_db.models import DBTaskResult

from home.mail import QueuedEmailBackend, from_data, to_data


def _message() -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject="Changes requested: Reading for pleasure",
        body="Plain text",
        from_email="portal@example.org",
        to=["editor@trust.example.org"],
        cc=["cc@example.org"],
        reply_to=["moderator@example.org"],
        headers={"List-Id": "portal"},
    )
    message.attach_alternative("<p>HTML</p>", "text/html")
    message.attach("notes.txt", b"\x00binary\xff", "application/octet-stream")
    return message


def test_a_message_survives_the_queue_unchanged():
    original = _message()
    data = to_data(original)
    rebuilt = from_data(data)
    for field in ("subject", "body", "from_email", "to", "cc", "reply_to"):
        assert getattr(rebuilt, field) == getattr(original, field)
    assert rebuilt.extra_headers == {"List-Id": "portal"}
    assert rebuilt.alternatives[0][:2] == ("<p>HTML</p>", "text/html")
    assert rebuilt.attachments[0][:2] == ("notes.txt", b"\x00binary\xff")


@pytest.mark.django_db
def test_the_request_only_queues_and_the_worker_sends(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sent = QueuedEmailBackend().send_messages([_message()])
    assert sent == 1
    assert not mail.outbox  # nothing talked to a mail server yet
    stored = DBTaskResult.objects.get(task_path="home.mail.deliver").task_result
    stored.task.call(*stored.args, **stored.kwargs)  # what db_worker does
    assert [m.subject for m in mail.outbox] == [
        "Changes requested: Reading for pleasure"
    ]
    assert mail.outbox[0].reply_to == ["moderator@example.org"]


@pytest.mark.django_db
def test_a_password_reset_in_production_is_queued(client, settings, django_user_model):
    """Wagtail's own emails (here the admin's password reset) go the same way."""
    settings.EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    django_user_model.objects.create_user("ed", "ed@trust.example.org", "x")
    response = client.post("/admin/password_reset/", {"email": "ed@trust.example.org"})
    assert response.status_code == 302
    assert not mail.outbox
    assert DBTaskResult.objects.filter(task_path="home.mail.deliver").count() == 1


def test_production_queues_email():
    import subprocess
    import sys

    code = (
        "from django.conf import settings as s;"
        "print(s.EMAIL_BACKEND, s.EMAIL_DELIVERY_BACKEND, s.EMAIL_TIMEOUT)"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django;django.setup();" + code],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "example.org",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    backend, delivery, timeout = result.stdout.split()
    assert backend == "home.mail.QueuedEmailBackend"
    assert delivery == "django.core.mail.backends.smtp.EmailBackend"
    assert int(timeout) > 0
