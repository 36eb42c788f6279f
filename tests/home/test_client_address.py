"""One rule for the client's address (home/client_address.py), and every guard
that counts by address or by person using it.

Behind a proxy (`TRUSTED_PROXY_COUNT=1`, as production runs) every request
arrives from the proxy's address, so the client is the last entry of
X-Forwarded-For; the entries to its left are whatever the client sent. Sign-in
lockouts and the contact form's limits must count the real client, never the
proxy and never an address the client made up, and no limit may be spent by
one person on someone else's behalf.
"""

from __future__ import annotations

from django.core import mail
from django.test import RequestFactory, override_settings

import pytest
from axes.models import AccessAttempt
from django_tasks import default_task_backend
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult

from directory import views as directory_views
from directory.models import SupportRequest
from home.client_address import client_address
from practice.views import record_share
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.test_share import valid
from trusts.membership import add_trust_account
from trusts.models import TrustAccount

PROXY = "10.0.0.2"  # what REMOTE_ADDR is for everyone behind the proxy
BEHIND_ONE_PROXY = override_settings(TRUSTED_PROXY_COUNT=1)
AXES = override_settings(
    AXES_ENABLED=True,
    AXES_FAILURE_LIMIT=5,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ],
)
PASSWORD = "correct-horse-battery-staple"


def _request(forwarded: str | None = None, remote: str = PROXY):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def _via(forwarded: str) -> dict[str, str]:
    """Client keyword arguments for a request that came through the proxy."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


# -- the rule --------------------------------------------------------------------------


def test_without_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(_request("203.0.113.5", remote="198.51.100.1")) == (
        "198.51.100.1"
    )


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (1, "203.0.113.5", "203.0.113.5"),
        # Spoofed entries on the left are never read.
        (1, "192.0.2.66, 203.0.113.5", "203.0.113.5"),
        (1, "not-an-address, 203.0.113.5", "203.0.113.5"),
        (2, "192.0.2.66, 203.0.113.5, 198.51.100.200", "203.0.113.5"),
        (1, "203.0.113.5:4711", "203.0.113.5"),
        (1, "[2001:db8::1]:4711", "2001:db8::1"),
        (1, "2001:DB8::1", "2001:db8::1"),
        (1, "::ffff:203.0.113.5", "203.0.113.5"),
        # Fewer entries than proxies, or garbage where the proxy writes: the
        # connection's own address.
        (2, "203.0.113.5", PROXY),
        (1, "", PROXY),
        (1, "192.0.2.66, garbage", PROXY),
    ],
)
def test_the_nth_entry_from_the_right(settings, count, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    assert client_address(_request(forwarded)) == expected


def test_no_header_at_all_is_the_connection(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(_request()) == PROXY
    assert client_address(_request(remote="")) == ""


def test_axes_and_the_forms_use_the_rule(settings):
    assert settings.AXES_CLIENT_IP_CALLABLE == "home.client_address.client_address"


# -- sign-in lockouts behind a proxy ---------------------------------------------------


@pytest.fixture
def moderator(django_user_model):
    return django_user_model.objects.create_user(
        "moderator", password=PASSWORD, is_staff=True
    )


def _sign_in(client, url, password, forwarded):
    return client.post(
        url, {"username": "moderator", "password": password}, **_via(forwarded)
    )


@pytest.mark.django_db
@AXES
@BEHIND_ONE_PROXY
@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_a_burst_elsewhere_does_not_lock_the_moderator_out(client, moderator, url):
    for _ in range(5):
        _sign_in(client, url, "wrong", "203.0.113.5")
    response = _sign_in(client, url, PASSWORD, "198.51.100.7")
    assert response.status_code == 302
    assert response.wsgi_request.user.is_authenticated


@pytest.mark.django_db
@AXES
@BEHIND_ONE_PROXY
def test_the_same_burst_locks_out_its_own_address(client, moderator):
    for _ in range(5):
        _sign_in(client, "/admin/login/", "wrong", "203.0.113.5")
    assert _sign_in(client, "/admin/login/", PASSWORD, "203.0.113.5").status_code == (
        429
    )
    # Nor can the attacker step round it by putting another address in front.
    spoofed = _sign_in(client, "/admin/login/", PASSWORD, "198.51.100.7, 203.0.113.5")
    assert spoofed.status_code == 429


@pytest.mark.django_db
@AXES
@BEHIND_ONE_PROXY
def test_axes_records_the_real_address(client, moderator):
    _sign_in(client, "/accounts/login/", "wrong", "192.0.2.66, 203.0.113.5")
    attempt = AccessAttempt.objects.get()
    assert attempt.ip_address == "203.0.113.5"
    assert attempt.username == "moderator"


# -- the contact form ------------------------------------------------------------------

EXPERT_EMAIL = "hidden.expert@example.org"


@pytest.fixture
def section(db):
    return directory_section("severn-vale-learning-trust")


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
        "preferred_dates": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def _contact(client, profile, forwarded, **form):
    return client.post(profile.url + "contact/", _form(**form), **_via(forwarded))


def _requester_allowance() -> int:
    return directory_views.DEFAULT_CONTACT_LIMITS["requester"][0]


@pytest.mark.django_db
@BEHIND_ONE_PROXY
def test_visitors_behind_the_proxy_have_their_own_budgets(client, profile, section):
    others = [ExpertProfilePageFactory(parent=section, publish=True) for _ in range(6)]
    for n in range(_requester_allowance()):
        response = _contact(client, others[n], "203.0.113.5", email=f"a{n}@example.net")
        assert response.status_code == 302
    assert _contact(client, others[5], "203.0.113.5").status_code == 429
    # A first-time visitor through the same proxy is not affected...
    assert _contact(client, profile, "198.51.100.7").status_code == 302
    # ...and the first cannot pass as someone else by adding to the header.
    spoofed = _contact(client, others[5], "198.51.100.99, 203.0.113.5")
    assert spoofed.status_code == 429


@pytest.mark.django_db
@BEHIND_ONE_PROXY
def test_naming_someone_elses_address_does_not_silence_them(client, profile, section):
    victim = "victim@example.org"
    experts = [ExpertProfilePageFactory(parent=section, publish=True) for _ in range(6)]
    for expert in experts:
        _contact(client, expert, "203.0.113.5", email=victim)
    mail.outbox.clear()
    # The real owner of the address, from their own school.
    response = _contact(client, profile, "198.51.100.7", email=victim)
    assert response.status_code == 302
    request = SupportRequest.objects.get(profile=profile)
    assert request.status == SupportRequest.Status.PASSED_ON
    assert [m.to for m in mail.outbox][0] == [EXPERT_EMAIL]


@pytest.mark.django_db
@BEHIND_ONE_PROXY
def test_one_address_cannot_spend_an_experts_allowance(client, profile):
    allowed = directory_views.DEFAULT_CONTACT_LIMITS["requester_profile"][0]
    for n in range(allowed):
        response = _contact(client, profile, "203.0.113.5", email=f"a{n}@example.net")
        assert response.status_code == 302
    assert _contact(client, profile, "203.0.113.5").status_code == 429
    assert _contact(client, profile, "198.51.100.7").status_code == 302
    assert SupportRequest.objects.filter(profile=profile).count() == allowed + 1


@pytest.mark.django_db
@BEHIND_ONE_PROXY
def test_a_flood_from_many_addresses_only_throttles_an_expert(client, profile):
    """Past the expert's daily total, requests are kept for moderators, not lost."""
    total = directory_views.DEFAULT_CONTACT_LIMITS["profile"][0]
    per_address = directory_views.DEFAULT_CONTACT_LIMITS["requester_profile"][0]
    sent = 0
    n = 0
    while sent < total:
        n += 1
        for _ in range(per_address):
            if sent == total:
                break
            response = _contact(client, profile, f"192.0.2.{n}")
            assert response.status_code == 302
            sent += 1
    assert (
        SupportRequest.objects.filter(status=SupportRequest.Status.PASSED_ON).count()
        == total
    )
    mail.outbox.clear()

    response = _contact(client, profile, "198.51.100.7", name="Genuine Asker")
    assert response.status_code == 302
    kept = SupportRequest.objects.get(name="Genuine Asker")
    assert kept.status == SupportRequest.Status.NEW  # in the moderators' list
    assert not [m for m in mail.outbox if m.to == [EXPERT_EMAIL]]


# -- the share form --------------------------------------------------------------------


def _teacher(django_user_model, trust, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org")
    add_trust_account(user, trust, TrustAccount.Role.MEMBER)
    return user


@pytest.mark.django_db
@BEHIND_ONE_PROXY
def test_share_limits_are_per_teacher_not_per_address(
    client, django_user_model, trust, settings
):
    """Colleagues behind one school's address or the proxy have their own budgets,
    and a teacher cannot escape their own by changing the header."""
    settings.PRACTICE_SHARE_LIMIT = (1, 3600)
    first = _teacher(django_user_model, trust, "first-teacher")
    second = _teacher(django_user_model, trust, "second-teacher")
    record_share(first.pk)
    client.force_login(first)
    assert client.post(
        "/practice/share/", valid(), **_via("203.0.113.5")
    ).status_code == (429)
    assert client.post(
        "/practice/share/", valid(), **_via("198.51.100.7")
    ).status_code == (429)
    client.force_login(second)
    assert client.post(
        "/practice/share/", valid(), **_via("203.0.113.5")
    ).status_code == (302)


# -- email leaves the request ----------------------------------------------------------


def test_smtp_has_a_timeout(settings):
    assert 0 < settings.EMAIL_TIMEOUT <= 60


@pytest.mark.django_db
def test_contact_email_is_sent_by_a_task(client, profile):
    enqueued = []

    def remember(sender, task_result, **kwargs):
        enqueued.append(task_result)

    task_enqueued.connect(remember)
    try:
        response = client.post(profile.url + "contact/", _form())
    finally:
        task_enqueued.disconnect(remember)
    assert response.status_code == 302
    relays = [r for r in enqueued if r.task.name == "relay_support_request"]
    assert len(relays) == 1
    # With the immediate backend (dev and test) the task has run already.
    assert [m.to for m in mail.outbox] == [[EXPERT_EMAIL], ["jo@school.example.org"]]


@pytest.mark.django_db
@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
)
def test_the_request_does_not_wait_for_the_mail_server(client, profile):
    response = client.post(profile.url + "contact/", _form())
    assert response.status_code == 302
    assert not mail.outbox  # queued, not sent in the request
    request = SupportRequest.objects.get()
    assert request.status == SupportRequest.Status.NEW
    (result,) = [
        r
        for r in default_task_backend.results
        if r.task.name == "relay_support_request"
    ]
    # The queued arguments are plain JSON, as the database backend stores them.
    result.task.call(*result.args, **result.kwargs)
    request.refresh_from_db()
    assert request.status == SupportRequest.Status.PASSED_ON
    assert len(mail.outbox) == 2


@pytest.mark.django_db
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_production_queues_the_relay_for_the_worker(client, profile):
    assert client.post(profile.url + "contact/", _form()).status_code == 302
    assert not mail.outbox
    queued = DBTaskResult.objects.filter(task_path__endswith="relay_support_request")
    assert queued.count() == 1
    # What `manage.py db_worker` does with it (the command itself closes the
    # database connection, which a test's transaction cannot survive).
    stored = queued.get().task_result
    stored.task.call(*stored.args, **stored.kwargs)
    assert SupportRequest.objects.get().status == SupportRequest.Status.PASSED_ON
    assert [m.to for m in mail.outbox] == [[EXPERT_EMAIL], ["jo@school.example.org"]]
