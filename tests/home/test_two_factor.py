"""Staff need a second factor before Wagtail's admin answers (production)."""

import re
from base64 import b32decode

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.fixture
def required(settings):
    settings.REQUIRE_STAFF_2FA = True


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password="long-enough-password", is_staff=True, is_superuser=True
    )


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


@pytest.mark.django_db
def test_staff_are_sent_to_set_up_a_second_factor(client, required, staff):
    client.force_login(staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/?next=/admin/pages/")
    page = client.get(response["Location"])
    assert b"<svg" in page.content
    secret = re.search(rb"<code>([A-Z2-7=]+)</code>", page.content).group(1)
    device = TOTPDevice.objects.get(user=staff)
    assert b32decode(secret) == device.bin_key


@pytest.mark.django_db
def test_a_right_code_confirms_the_device_and_opens_the_admin(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    device = TOTPDevice.objects.get(user=staff)
    response = client.post(
        "/admin/2fa/", {"token": _code(device), "next": "/admin/pages/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_wrong_code_is_refused_with_a_message(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    response = client.post("/admin/2fa/", {"token": "000000"})
    assert response.status_code == 200
    assert b"not right" in response.content
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_offsite_next_is_ignored(client, required, staff):
    client.force_login(staff)
    client.get("/admin/2fa/")
    device = TOTPDevice.objects.get(user=staff)
    response = client.post(
        "/admin/2fa/", {"token": _code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


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
