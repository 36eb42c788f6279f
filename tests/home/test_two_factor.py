"""Staff need a second factor before Wagtail's admin answers (production).

Setting the factor up needs the link emailed to the user's own address: a
password alone never shows the secret nor confirms a device.
"""

import re
import time
from base64 import b32decode
from io import StringIO

from django.core import mail, signing
from django.core.management import call_command

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from home import two_factor


@pytest.fixture
def required(settings):
    settings.REQUIRE_STAFF_2FA = True


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "editor",
        "editor@example.org",
        password="long-enough-password",
        is_staff=True,
        is_superuser=True,
    )


@pytest.fixture
def other_staff(django_user_model):
    return django_user_model.objects.create_user(
        "other-editor", "other@example.org", password="pw", is_staff=True
    )


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def _link(to: str) -> str:
    """The set-up link (path only) in the last email sent to `to`."""
    message = [m for m in mail.outbox if to in m.to][-1]
    url = re.search(r"https?://\S+/admin/2fa/enrol/\S+/", message.body).group(0)
    return url.split("testserver", 1)[1]


def _secret(response) -> bytes:
    return re.search(rb"<code>([A-Z2-7=]+)</code>", response.content).group(1)


def _enrolled(client, user) -> TOTPDevice:
    """Sign in, follow the emailed link, confirm: a verified session."""
    client.force_login(user)
    client.get("/admin/2fa/")
    client.get(_link(user.email))
    device = TOTPDevice.objects.get(user=user)
    client.post("/admin/2fa/", {"token": _code(device)})
    device.refresh_from_db()
    assert device.confirmed
    return device


@pytest.mark.django_db
def test_staff_are_sent_to_set_up_a_second_factor(client, required, staff):
    client.force_login(staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/?next=/admin/pages/")


@pytest.mark.django_db
def test_a_password_alone_gets_an_email_not_the_secret(client, required, staff):
    client.force_login(staff)
    page = client.get("/admin/2fa/?next=/admin/pages/")
    assert page.status_code == 200
    assert b'class="qr"' not in page.content
    assert b"<code>" not in page.content
    assert b"e***@example.org" in page.content
    assert [m.to for m in mail.outbox] == [["editor@example.org"]]
    assert _secret_or_none(page) is None
    # Reloading the page does not send another email.
    client.get("/admin/2fa/")
    assert len(mail.outbox) == 1


def _secret_or_none(response):
    found = re.search(rb"<code>([A-Z2-7=]+)</code>", response.content)
    return found.group(1) if found else None


@pytest.mark.django_db
def test_a_password_alone_cannot_confirm_a_device(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    device = TOTPDevice.objects.get(user=staff)
    # Even with the right code (as if the key had leaked), no link, no device.
    response = client.post("/admin/2fa/", {"token": _code(device)})
    assert response.status_code == 200
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_the_emailed_link_shows_the_secret_and_confirms(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/?next=/admin/pages/")
    response = client.get(_link("editor@example.org"))
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"])
    assert b'class="qr"><svg' in page.content
    device = TOTPDevice.objects.get(user=staff)
    assert b32decode(_secret(page)) == device.bin_key
    response = client.post(
        "/admin/2fa/", {"token": _code(device), "next": "/admin/pages/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_link_works_once(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    link = _link(staff.email)
    assert client.get(link).status_code == 302
    again = client.get(link)
    assert again.status_code == 400
    assert b"cannot be used" in again.content
    # The session that used it may still set up; another session may not.
    from django.test import Client

    thief = Client()
    thief.force_login(staff)
    response = thief.get(link)
    assert response.status_code == 400
    assert b"<code>" not in thief.get("/admin/2fa/").content


@pytest.mark.django_db
def test_a_link_for_another_user_is_refused(client, required, staff, other_staff):
    client.force_login(other_staff)
    client.get("/admin/2fa/")
    link = _link("other@example.org")
    client.force_login(staff)
    response = client.get(link)
    assert response.status_code == 400
    assert b"<code>" not in response.content
    assert b"<code>" not in client.get("/admin/2fa/").content
    # The link still works for the user it was sent to.
    client.force_login(other_staff)
    assert client.get(link).status_code == 302
    assert b"<code>" in client.get("/admin/2fa/").content


@pytest.mark.django_db
def test_an_expired_link_is_refused(client, required, staff, monkeypatch):
    client.force_login(staff)
    client.get("/admin/2fa/")
    link = _link(staff.email)
    later = time.time() + two_factor.ENROL_MAX_AGE + 5
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.get(link)
    assert response.status_code == 400
    assert b"<code>" not in client.get("/admin/2fa/").content


@pytest.mark.django_db
def test_a_forged_link_is_refused(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    device = TOTPDevice.objects.get(user=staff)
    forged = signing.dumps({"u": staff.pk, "d": device.pk, "k": "x"}, salt="other")
    assert client.get(f"/admin/2fa/enrol/{forged}/").status_code == 400
    assert client.get("/admin/2fa/enrol/not-a-token/").status_code == 400


@pytest.mark.django_db
def test_the_link_needs_a_signed_in_session(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    link = _link(staff.email)
    client.logout()
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    device = TOTPDevice.objects.get(user=staff)
    assert not device.confirmed


@pytest.mark.django_db
def test_staff_without_an_email_address_are_told_to_ask(
    client, required, django_user_model
):
    user = django_user_model.objects.create_user(
        "no-mail", password="pw", is_staff=True
    )
    client.force_login(user)
    page = client.get("/admin/2fa/")
    assert page.status_code == 200
    assert b"Ask an administrator" in page.content
    assert b"<code>" not in page.content
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_new_link_can_be_asked_for_but_not_at_once(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    response = client.post("/admin/2fa/", {"resend": "1"})
    assert b"less than a minute ago" in response.content
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_failing_mail_server_is_a_message_not_a_500(
    client, required, staff, monkeypatch
):
    def broken(*args, **kwargs):
        raise OSError("SMTP down")

    monkeypatch.setattr(two_factor, "send_mail", broken)
    client.force_login(staff)
    response = client.get("/admin/2fa/")
    assert response.status_code == 200
    assert b"could not send the email" in response.content


@pytest.mark.django_db
def test_a_right_code_confirms_the_device_and_opens_the_admin(client, required, staff):
    _enrolled(client, staff)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_wrong_code_is_refused_with_a_message(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    client.get(_link(staff.email))
    response = client.post("/admin/2fa/", {"token": "000000"})
    assert response.status_code == 200
    assert b"not right" in response.content
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_an_enrolled_user_enters_a_code_at_the_next_sign_in(client, required, staff):
    device = _enrolled(client, staff)
    client.logout()
    client.force_login(staff)
    page = client.get("/admin/2fa/")
    assert b"<code>" not in page.content
    assert b"authenticator app" in page.content
    # django-otp refuses a code twice in one time step; this is a later day.
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    response = client.post("/admin/2fa/", {"token": _code(device)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_offsite_next_is_ignored(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    client.get(_link(staff.email))
    device = TOTPDevice.objects.get(user=staff)
    response = client.post(
        "/admin/2fa/", {"token": _code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_reset_two_factor_command(client, required, staff):
    _enrolled(client, staff)
    out = StringIO()
    call_command("reset_two_factor", "editor", stdout=out)
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert "editor" in out.getvalue()


@pytest.mark.django_db
def test_not_required_outside_production(client, settings, staff):
    settings.REQUIRE_STAFF_2FA = False
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_production_requires_it():
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(
        {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="s" * 60,
        ALLOWED_HOSTS="x.example",
    )
    env.pop("REQUIRE_STAFF_2FA", None)
    out = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.REQUIRE_STAFF_2FA)",
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.stdout.strip() == "True", out.stderr
