"""Keeping profiles current: the reminder command and the signed confirmation link."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from unittest import mock
from urllib.parse import urlparse

from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone

import pytest

from directory.models import ExpertProfilePage, Term
from directory.views import CONFIRM_SALT, make_confirmation_token
from tests.directory.factories import ExpertProfilePageFactory


def _url(token: str) -> str:
    return f"/directory/confirm/{token}/"


@pytest.fixture
def old_profile(section):
    return ExpertProfilePageFactory(
        parent=section,
        title="Olu Older",
        email="olu.older@example.org",
        last_confirmed=timezone.localdate() - dt.timedelta(days=350),
        days_per_term=1,
        available_terms=Term.current().code,
        publish=True,
    )


def _confirm_data(**overrides):
    data = {"days_per_term": "4", "available_terms": [Term.current().shift(1).code]}
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_valid_link_shows_the_form_without_the_email(client, old_profile):
    response = client.get(_url(make_confirmation_token(old_profile)))
    assert response.status_code == 200
    assert b"Olu Older" in response.content
    assert b"olu.older@example.org" not in response.content
    assert response["Referrer-Policy"] == "no-referrer"
    assert "noindex" in response["X-Robots-Tag"]
    assert (
        "no-cache" in response["Cache-Control"]
        or "max-age=0" in response["Cache-Control"]
    )


@pytest.mark.django_db
def test_confirming_updates_and_publishes(client, old_profile, welsh_alias):
    alias = welsh_alias(old_profile)
    before = old_profile.latest_revision_id
    response = client.post(_url(make_confirmation_token(old_profile)), _confirm_data())
    assert response.status_code == 200
    assert b"your profile is confirmed" in response.content
    old_profile.refresh_from_db()
    assert old_profile.last_confirmed == timezone.localdate()
    assert old_profile.days_per_term == 4
    assert old_profile.available_terms == Term.current().shift(1).code
    assert old_profile.latest_revision_id != before
    assert old_profile.live_revision_id == old_profile.latest_revision_id
    assert not old_profile.has_unpublished_changes
    alias.refresh_from_db()
    assert alias.last_confirmed == timezone.localdate()
    assert alias.days_per_term == 4


@pytest.mark.django_db
def test_not_available_now(client, old_profile):
    client.post(
        _url(make_confirmation_token(old_profile)),
        {"days_per_term": "0", "not_available_now": "on"},
    )
    old_profile.refresh_from_db()
    assert old_profile.not_available_now
    assert old_profile.available_terms == ""
    assert old_profile.last_confirmed == timezone.localdate()


@pytest.mark.django_db
def test_pending_draft_is_not_published_but_keeps_the_change(client, old_profile):
    draft = old_profile.get_latest_revision_as_object()
    draft.job_title = "Draft job title"
    draft.save_revision()
    client.post(_url(make_confirmation_token(old_profile)), _confirm_data())
    live = ExpertProfilePage.objects.get(pk=old_profile.pk)
    assert live.job_title != "Draft job title"
    assert live.days_per_term == 4
    assert live.has_unpublished_changes
    latest = live.get_latest_revision_as_object()
    assert latest.job_title == "Draft job title"
    assert latest.days_per_term == 4
    assert latest.last_confirmed == timezone.localdate()


@pytest.mark.django_db
def test_invalid_form_keeps_the_profile_as_it_was(client, old_profile):
    response = client.post(
        _url(make_confirmation_token(old_profile)), _confirm_data(days_per_term="-3")
    )
    assert response.status_code == 200
    assert b"There is a problem" in response.content
    old_profile.refresh_from_db()
    assert old_profile.last_confirmed < timezone.localdate()


@pytest.mark.django_db
def test_expired_link(client, old_profile):
    with mock.patch(
        "django.core.signing.time.time", return_value=time.time() - 15 * 86400
    ):
        token = make_confirmation_token(old_profile)
    response = client.get(_url(token))
    assert response.status_code == 410
    assert b"has expired" in response.content
    assert client.post(_url(token), _confirm_data()).status_code == 410
    old_profile.refresh_from_db()
    assert old_profile.last_confirmed < timezone.localdate()


@pytest.mark.django_db
def test_link_still_works_within_its_lifetime(client, old_profile):
    with mock.patch(
        "django.core.signing.time.time", return_value=time.time() - 13 * 86400
    ):
        token = make_confirmation_token(old_profile)
    assert client.get(_url(token)).status_code == 200


@pytest.mark.django_db
def _wrap(signed: str) -> str:
    return signing.b64_encode(signed.encode()).decode()


def _unwrap(token: str) -> str:
    return signing.b64_decode(token.encode()).decode()


@pytest.mark.parametrize(
    "mangle",
    [
        # A changed signature.
        lambda t: _wrap(
            _unwrap(t)[:-2] + ("AA" if not _unwrap(t).endswith("AA") else "BB")
        ),
        # Someone else's profile id under the original signature.
        lambda t: _wrap(
            _unwrap(t).replace(
                _unwrap(t).split(":")[0], signing.b64_encode(b'{"p":1}').decode()
            )
        ),
        # The raw signed value, not wrapped for the URL.
        lambda t: _unwrap(t).replace(":", "_"),
        lambda t: "not-a-token",
        lambda t: "____",
        lambda t: t[:-1],
        # Signed, but for another purpose or with an odd payload.
        lambda t: _wrap(
            signing.TimestampSigner(salt="something-else").sign_object({"p": 1})
        ),
        lambda t: _wrap(
            signing.TimestampSigner(salt=CONFIRM_SALT).sign_object({"p": "x"})
        ),
        lambda t: _wrap(signing.TimestampSigner(salt=CONFIRM_SALT).sign_object([1])),
    ],
)
def test_tampered_links_are_refused(client, old_profile, mangle):
    token = mangle(make_confirmation_token(old_profile))
    response = client.get(_url(token))
    assert response.status_code == 400
    assert b"has been changed" in response.content
    assert client.post(_url(token), _confirm_data()).status_code == 400


@pytest.mark.django_db
def test_link_for_a_removed_profile(client, section):
    gone = ExpertProfilePageFactory(parent=section)
    token = make_confirmation_token(gone)
    gone.delete()
    assert client.get(_url(token)).status_code == 404


# -- the reminder command -----------------------------------------------------------


def _remind(*args: str) -> str:
    out = io.StringIO()
    call_command("remind_stale_profiles", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_reminders_go_to_nearly_stale_profiles_once(client, section, old_profile):
    today = timezone.localdate()
    ExpertProfilePageFactory(
        parent=section, last_confirmed=today - dt.timedelta(days=100)
    )
    stale = ExpertProfilePageFactory(
        parent=section,
        email="long.gone@example.org",
        last_confirmed=today - dt.timedelta(days=500),
    )

    assert "Reminded 1 profiles" in _remind()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["olu.older@example.org"]
    link = re.search(r"https?://\S+/confirm/\S+/", message.body).group(0)
    assert "14 days" in message.body

    # The link in the email works, without an account.
    response = client.get(urlparse(link).path)
    assert response.status_code == 200
    assert b"Olu Older" in response.content

    # Once per confirmation cycle.
    assert "Reminded 0 profiles" in _remind()
    assert len(mail.outbox) == 1

    # Already-stale profiles only when asked.
    _remind("--include-stale")
    assert mail.outbox[-1].to == [stale.email]
    assert "has been marked as possibly out of date" in mail.outbox[-1].body
    assert "it will be marked as possibly out of date" in message.body


@pytest.mark.django_db
def test_reminder_window_and_dry_run(section, old_profile):
    assert "Would remind 1 profiles" in _remind("--dry-run")
    assert not mail.outbox
    assert "Reminded 0 profiles" in _remind("--days", "5")
    assert "Reminded 1 profiles" in _remind("--days", "30")


@pytest.mark.django_db
def test_a_new_cycle_gets_a_new_reminder(section, old_profile):
    _remind()
    assert len(mail.outbox) == 1
    # Confirmed, then a year passes again.
    ExpertProfilePage.objects.filter(pk=old_profile.pk).update(
        reminder_sent_at=timezone.now() - dt.timedelta(days=400),
        last_confirmed=timezone.localdate() - dt.timedelta(days=355),
    )
    _remind()
    assert len(mail.outbox) == 2
    assert "Reminded 0 profiles" in _remind("--resend", "--days", "1")
    assert "Reminded 1 profiles" in _remind("--resend")
