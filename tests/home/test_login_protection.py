"""Brute-force protection on the public and the admin login forms."""

from django.test import override_settings

import pytest

AXES = override_settings(
    AXES_ENABLED=True,
    AXES_FAILURE_LIMIT=3,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ],
)
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def moderator(django_user_model):
    return django_user_model.objects.create_user(
        "mod", password=PASSWORD, is_staff=True
    )


def _attempt(client, url, password, ip="203.0.113.5"):
    return client.post(url, {"username": "mod", "password": password}, REMOTE_ADDR=ip)


@pytest.mark.django_db
@AXES
@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_repeated_failures_lock_that_address_out(client, moderator, url):
    for _ in range(3):
        _attempt(client, url, "wrong")
    response = _attempt(client, url, PASSWORD)
    assert response.status_code == 429
    assert b"Too many attempts" in response.content


@pytest.mark.django_db
@AXES
def test_an_attacker_elsewhere_cannot_lock_the_moderator_out(client, moderator):
    for _ in range(5):
        _attempt(client, "/admin/login/", "wrong", ip="198.51.100.66")
    response = _attempt(client, "/admin/login/", PASSWORD, ip="203.0.113.5")
    assert response.status_code == 302


@pytest.mark.django_db
@AXES
def test_wrong_password_keeps_the_username_and_says_why(client, moderator):
    response = _attempt(client, "/accounts/login/", "wrong")
    assert response.status_code == 200
    assert b'value="mod"' in response.content
    assert b"error-summary" in response.content
