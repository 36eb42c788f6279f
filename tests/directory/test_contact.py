"""The contact relay: ask an expert for support without seeing their address."""

from __future__ import annotations

import datetime as dt
import io
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

import pytest

from directory.models import SupportRequest
from tests.directory.factories import ExpertProfilePageFactory

EXPERT_EMAIL = "hidden.expert@example.org"


@pytest.fixture
def profile(section):
    return ExpertProfilePageFactory(
        parent=section, title="Sam Expert", email=EXPERT_EMAIL, publish=True
    )


def _form(**overrides) -> dict[str, str]:
    data = {
        "name": "Jo Requester",
        "email": "jo@school.example.org",
        "organisation": "Riverside Primary",
        "role": "Headteacher",
        "help_wanted": "We want to rethink our maths curriculum.",
        "preferred_dates": "Any Tuesday",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_form_renders_with_honeypot_hidden_from_people(client, profile):
    response = client.get(profile.url + "contact/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "csrfmiddlewaretoken" in content
    assert 'class="hp-field" aria-hidden="true"' in content
    assert "Leave this field blank" in content
    assert 'name="website"' in content and 'tabindex="-1"' in content
    for label in (
        "Your name",
        "Your email address",
        "Your school or trust",
        "Your role",
    ):
        assert label in content
    assert EXPERT_EMAIL not in content


@pytest.mark.django_db
def test_valid_request_is_stored_relayed_and_confirmed(client, profile):
    response = client.post(profile.url + "contact/", _form())
    assert response.status_code == 302
    assert response["Location"] == profile.url + "contact/sent/"
    assert EXPERT_EMAIL not in response["Location"]

    request = SupportRequest.objects.get()
    assert request.profile == profile
    assert request.name == "Jo Requester"
    assert request.status == SupportRequest.Status.PASSED_ON
    assert request.passed_on_at is not None

    assert len(mail.outbox) == 2
    to_expert, copy = mail.outbox
    assert to_expert.to == [EXPERT_EMAIL]
    assert to_expert.reply_to == ["jo@school.example.org"]
    assert "rethink our maths curriculum" in to_expert.body
    assert "Riverside Primary" in to_expert.body
    assert copy.to == ["jo@school.example.org"]
    assert EXPERT_EMAIL not in copy.body
    assert EXPERT_EMAIL not in str(copy.message())
    assert "Sam Expert" in copy.body

    sent = client.get(response["Location"])
    assert sent.status_code == 200
    assert b"Request sent" in sent.content
    assert EXPERT_EMAIL.encode() not in sent.content


@pytest.mark.django_db
def test_invalid_request_shows_errors_inline_and_keeps_what_was_typed(client, profile):
    response = client.post(
        profile.url + "contact/",
        _form(email="not-an-address", consent="", help_wanted=""),
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "There is a problem" in content
    assert 'id="id_email-error"' in content
    assert 'aria-invalid="true"' in content
    assert 'aria-describedby="id_email-hint id_email-error"' in content
    assert 'value="Jo Requester"' in content
    assert 'value="Riverside Primary"' in content
    assert 'value="not-an-address"' in content
    assert "Tick the box so that we can pass your request on." in content
    assert not SupportRequest.objects.exists()
    assert not mail.outbox
    assert EXPERT_EMAIL not in content


@pytest.mark.django_db
def test_honeypot_pretends_success_and_does_nothing(client, profile):
    response = client.post(profile.url + "contact/", _form(website="http://spam"))
    assert response.status_code == 302
    assert response["Location"].endswith("contact/sent/")
    assert not SupportRequest.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
@override_settings(DIRECTORY_CONTACT_LIMITS={"requester_profile": (100, 86400)})
def test_rate_limit_per_client_address(client, profile):
    for n in range(5):
        response = client.post(
            profile.url + "contact/", _form(email=f"person{n}@example.net")
        )
        assert response.status_code == 302
    blocked = client.post(profile.url + "contact/", _form(email="late@example.net"))
    assert blocked.status_code == 429
    assert 0 < int(blocked["Retry-After"]) <= 3600
    assert b"Please wait before sending another request" in blocked.content
    assert SupportRequest.objects.count() == 5
    # Another address is not affected.
    other = client.post(
        profile.url + "contact/",
        _form(email="else@example.net"),
        REMOTE_ADDR="10.1.2.3",
    )
    assert other.status_code == 302


@pytest.mark.django_db
def test_signed_in_members_are_counted_by_account_not_address(member_client, section):
    """Colleagues behind one school's address keep their own budgets."""
    anonymous = Client()
    experts = [ExpertProfilePageFactory(parent=section) for _ in range(6)]
    for n in range(5):
        anonymous.post(experts[n].url + "contact/", _form(email=f"p{n}@example.net"))
    assert anonymous.post(experts[5].url + "contact/", _form()).status_code == 429
    assert member_client.post(experts[5].url + "contact/", _form()).status_code == 302


@pytest.mark.django_db
@override_settings(DIRECTORY_CONTACT_LIMITS={"requester_profile": (2, 86400)})
def test_rate_limit_per_profile_and_requester(client, profile, section):
    for n in range(2):
        response = client.post(
            profile.url + "contact/", _form(email=f"p{n}@example.net")
        )
        assert response.status_code == 302
    blocked = client.post(profile.url + "contact/", _form(email="p9@example.net"))
    assert blocked.status_code == 429
    assert 0 < int(blocked["Retry-After"]) <= 86400
    # Another expert, or another address, is not affected.
    other = ExpertProfilePageFactory(parent=section)
    assert client.post(other.url + "contact/", _form()).status_code == 302
    elsewhere = client.post(profile.url + "contact/", _form(), REMOTE_ADDR="10.0.0.9")
    assert elsewhere.status_code == 302


@pytest.mark.django_db
@override_settings(DIRECTORY_CONTACT_LIMITS={"profile": (2, 86400)})
def test_an_experts_daily_total_holds_requests_for_moderators(client, profile):
    for n in range(2):
        client.post(
            profile.url + "contact/",
            _form(email=f"p{n}@example.net"),
            REMOTE_ADDR=f"10.0.0.{n}",
        )
    mail.outbox.clear()
    held = client.post(
        profile.url + "contact/", _form(name="Held Asker"), REMOTE_ADDR="10.0.0.9"
    )
    assert held.status_code == 302  # never refused: it waits for a moderator
    request = SupportRequest.objects.get(name="Held Asker")
    assert request.status == SupportRequest.Status.NEW
    assert "Pass it on by hand" in request.notes
    assert not mail.outbox


@pytest.mark.django_db
@override_settings(DIRECTORY_CONTACT_LIMITS={"requester_email": (1, 86400)})
def test_rate_limit_per_requester_address(client, profile, section):
    other = ExpertProfilePageFactory(parent=section)
    assert client.post(profile.url + "contact/", _form()).status_code == 302
    assert client.post(other.url + "contact/", _form()).status_code == 429
    # The same address typed by someone else elsewhere is not refused.
    elsewhere = client.post(other.url + "contact/", _form(), REMOTE_ADDR="10.0.0.9")
    assert elsewhere.status_code == 302


@pytest.mark.django_db
@override_settings(DIRECTORY_CONTACT_LIMITS={"email_copy": (1, 86400)})
def test_copies_to_one_address_are_capped_not_the_requests(client, profile):
    client.post(profile.url + "contact/", _form())
    mail.outbox.clear()
    response = client.post(profile.url + "contact/", _form(), REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[EXPERT_EMAIL]]  # no second copy
    assert (
        SupportRequest.objects.filter(status=SupportRequest.Status.PASSED_ON).count()
        == 2
    )


@pytest.mark.django_db
def test_csrf_is_enforced(profile):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(profile.url + "contact/", _form()).status_code == 403
    assert not SupportRequest.objects.exists()


@pytest.mark.django_db
def test_other_methods_are_refused(client, profile):
    assert client.put(profile.url + "contact/").status_code == 405


@pytest.mark.django_db
def test_failed_relay_keeps_the_request_for_moderators(client, profile):
    with mock.patch(
        "directory.emails.EmailMessage.send", side_effect=OSError("SMTP down")
    ):
        response = client.post(profile.url + "contact/", _form())
    assert response.status_code == 302
    assert SupportRequest.objects.get().status == SupportRequest.Status.NEW


@pytest.mark.django_db
def test_welsh_request_reaches_the_same_expert(client, profile, welsh_alias):
    alias = welsh_alias(profile)
    response = client.post(alias.url + "contact/", _form())
    assert response.status_code == 302
    assert response["Location"].startswith("/cy/")
    request = SupportRequest.objects.get()
    assert request.profile == profile
    assert request.language == "cy"
    assert mail.outbox[0].to == [EXPERT_EMAIL]


@pytest.mark.django_db
def test_members_only_profile_contact_needs_membership(client, member_client, section):
    hidden = ExpertProfilePageFactory(
        parent=section, visibility="members", publish=True
    )
    anonymous = Client().get(hidden.url + "contact/")
    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]
    assert member_client.get(hidden.url + "contact/").status_code == 200


# -- the moderators' list ------------------------------------------------------------

ADMIN_LIST = "/admin/snippets/directory/supportrequest/"


@pytest.mark.django_db
def test_moderators_see_requests_filtered_by_status(client, profile, moderator):
    client.post(profile.url + "contact/", _form(name="First Asker"))
    SupportRequest.objects.create(
        profile=profile,
        name="Closed Asker",
        email="c@example.net",
        organisation="X",
        role="Y",
        help_wanted="Z",
        status=SupportRequest.Status.CLOSED,
    )
    client.force_login(moderator)
    response = client.get(ADMIN_LIST)
    assert response.status_code == 200
    assert b"First Asker" in response.content and b"Closed Asker" in response.content
    filtered = client.get(ADMIN_LIST, {"status": "closed"})
    assert b"Closed Asker" in filtered.content
    assert b"First Asker" not in filtered.content


@pytest.mark.django_db
def test_requests_are_hidden_from_others(client, profile, editor):
    assert client.get(ADMIN_LIST).status_code == 302  # to the admin login
    client.force_login(editor)
    response = client.get(ADMIN_LIST)
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_old_requests_are_purged(profile):
    fields = {"name": "A", "email": "a@example.net", "organisation": "O", "role": "R"}
    old = SupportRequest.objects.create(profile=profile, help_wanted="old", **fields)
    SupportRequest.objects.filter(pk=old.pk).update(
        created=timezone.now() - dt.timedelta(days=400)
    )
    SupportRequest.objects.create(profile=profile, help_wanted="new", **fields)
    out = io.StringIO()
    call_command("purge_support_requests", "--dry-run", stdout=out)
    assert "Would delete 1" in out.getvalue()
    call_command("purge_support_requests", stdout=out)
    assert list(SupportRequest.objects.values_list("help_wanted", flat=True)) == ["new"]
