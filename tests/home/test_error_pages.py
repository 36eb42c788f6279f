"""The 400 and 403 pages are the portal's own, in both languages, and safe.

Django's handlers render 400.html, 403.html and (for a failed CSRF check)
403_csrf.html. They must never leak the reason for the failure and never turn
into a 500 themselves: 400.html in particular is rendered for a disallowed
Host header, so it must not ask the request for its host.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.test import Client, RequestFactory
from django.utils import translation
from django.views import defaults

import pytest

BRANDING = (b'class="skip-link" href="#main"', b'<main id="main"')


def _assert_branded(response, lang: bytes) -> None:
    with translation.override("cy" if lang == b"cy" else "en-gb"):
        site_name = translation.gettext("Shared Practice").encode()
    for marker in (site_name, *BRANDING):
        assert marker in response.content, marker
    assert b'<html lang="' + lang + b'"' in response.content
    assert b"<h1>" in response.content


def _welsh(text: str) -> bytes:
    """The Welsh of a message (English until locale/cy has it)."""
    with translation.override("cy"):
        return translation.gettext(text).encode()


@pytest.fixture
def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True, raise_request_exception=True)


@pytest.mark.django_db
def test_a_form_sent_without_its_csrf_token_gets_our_page(csrf_client):
    response = csrf_client.post(
        "/accounts/login/", {"username": "someone", "password": "x"}
    )
    assert response.status_code == 403
    _assert_branded(response, b"en-GB")
    assert b"Your form could not be sent" in response.content
    assert b"Back button" in response.content
    assert b"cookies" in response.content
    # Django's reason and its developer help stay out of the page.
    assert b"CSRF" not in response.content
    assert b"DEBUG" not in response.content


@pytest.mark.django_db
def test_the_csrf_page_is_in_welsh_under_cy(csrf_client):
    response = csrf_client.post(
        "/cy/accounts/login/", {"username": "someone", "password": "x"}
    )
    assert response.status_code == 403
    _assert_branded(response, b"cy")
    assert _welsh("Your form could not be sent") in response.content
    assert _welsh("Skip to main content") in response.content
    assert b'href="/cy/"' in response.content


@pytest.mark.django_db
def test_the_csrf_page_renders_for_signed_in_staff(csrf_client, django_user_model):
    staff = django_user_model.objects.create_user(
        "error-staff", password="pw-long-enough", is_staff=True, is_superuser=True
    )
    csrf_client.force_login(staff)
    response = csrf_client.post("/accounts/logout/")
    assert response.status_code == 403
    _assert_branded(response, b"en-GB")


@pytest.mark.django_db
def test_a_disallowed_host_gets_our_400_page():
    client = Client(raise_request_exception=True)
    response = client.get("/", headers={"host": "evil.example"})
    assert response.status_code == 400
    _assert_branded(response, b"en-GB")
    assert b"could not understand that request" in response.content
    assert b"evil.example" not in response.content


@pytest.mark.django_db
def test_a_disallowed_host_under_cy_gets_the_welsh_400_page():
    client = Client(raise_request_exception=True)
    response = client.get("/cy/practice/", headers={"host": "evil.example"})
    assert response.status_code == 400
    _assert_branded(response, b"cy")
    assert _welsh("Sorry, we could not understand that request") in response.content
    assert _welsh("Skip to main content") in response.content
    assert b"evil.example" not in response.content


@pytest.mark.django_db
def test_the_400_page_needs_neither_the_host_nor_the_database(
    django_assert_num_queries,
):
    request = RequestFactory().get("/", headers={"host": "evil.example"})
    with django_assert_num_queries(0):
        response = defaults.bad_request(request, SuspiciousOperation("secret detail"))
    assert response.status_code == 400
    assert b"secret detail" not in response.content
    assert b"<h1>" in response.content


@pytest.mark.django_db
def test_the_403_page_is_ours_and_hides_the_exception(rf, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/practice/")
    request.user = AnonymousUser()
    with translation.override("en-gb"):
        response = defaults.permission_denied(
            request, PermissionDenied("internal reason 42")
        )
    assert response.status_code == 403
    _assert_branded(response, b"en-GB")
    assert b"You cannot see this page" in response.content
    assert b"internal reason 42" not in response.content


@pytest.mark.django_db
def test_the_403_page_in_welsh(rf):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/cy/practice/")
    request.user = AnonymousUser()
    with translation.override("cy"):
        response = defaults.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    _assert_branded(response, b"cy")
    assert b'href="/cy/accounts/login/"' in response.content
