"""Only editors' changes move the page cache's version (home/invalidation.py).

Moving it makes every cached page, route, card and facet count on the site
miss and every app server rebuild its facet indexes, so nothing a public
request writes may move it: a search that finds nothing, a contact form,
a teacher's shared draft, a sign-in, a saved self-review.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.test import Client, override_settings

import pytest

from directory.models import FrameworkElement, SupportRequest
from directory.models.profiles import MEMBERS_GROUP_NAME
from home import invalidation
from home.models import StandardPage
from home.page_cache import VERSION_KEY
from practice.models import CaseStudyPage
from search.models import ZeroResultQuery
from selfreview.models import SavedReview
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.selfreview.conftest import review
from trusts.membership import add_trust_account
from trusts.models import TrustAccount

CACHED = "/about/"


class _Undo(Exception):
    """Rolls a savepoint back (receivers given a blank instance may fail)."""


def _version():
    return cache.get(VERSION_KEY)


def _send(signal, model, **kwargs) -> None:
    try:
        with transaction.atomic():
            signal.send_robust(
                sender=model, instance=model(), using="default", **kwargs
            )
            raise _Undo
    except _Undo:
        pass


def _moves(signal, model, **kwargs) -> bool:
    cache.set(VERSION_KEY, 1000, None)
    _send(signal, model, **kwargs)
    return _version() != 1000


def _save_and_delete(model) -> list[str]:
    """Which of a model's saves and deletes move the version."""
    moved = []
    for name, signal, kwargs in (
        ("create", post_save, {"created": True, "raw": False, "update_fields": None}),
        ("update", post_save, {"created": False, "raw": False, "update_fields": None}),
        ("delete", post_delete, {"origin": None}),
    ):
        if _moves(signal, model, **kwargs):
            moved.append(name)
    return moved


# Receivers given a blank instance queue index updates that would only fail.
QUIET_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.mark.django_db
@override_settings(TASKS=QUIET_TASKS)
def test_no_model_outside_the_list_moves_the_version():
    # Every installed model, so a model added later is covered unlisted.
    listed = set(invalidation.senders())
    offenders = {
        model._meta.label: moved
        for model in apps.get_models(include_auto_created=True)
        if model not in listed and (moved := _save_and_delete(model))
    }
    assert offenders == {}


@pytest.mark.django_db
@override_settings(TASKS=QUIET_TASKS)
@pytest.mark.parametrize("label", invalidation.SHOWN_ON_PAGES)
def test_listed_models_move_it_on_every_change(label):
    assert _save_and_delete(apps.get_model(label)) == ["create", "update", "delete"]


@pytest.mark.django_db
@override_settings(TASKS=QUIET_TASKS)
@pytest.mark.parametrize("label", invalidation.SHOWN_WHEN_CHANGED)
def test_rows_public_requests_create_move_it_only_when_changed(label):
    model = apps.get_model(label)
    assert _save_and_delete(model) == ["update", "delete"]
    # Wagtail records a file's size or hash the first time a request asks.
    for fields in (["file_size"], ["file_hash"], ["file_size", "file_hash"]):
        assert not _moves(
            post_save, model, created=False, raw=False, update_fields=fields
        )


@pytest.mark.django_db
def test_the_public_write_models_are_not_listed():
    listed = {m._meta.label for m in invalidation.senders()}
    for label in (
        "search.ZeroResultQuery",
        "wagtailsearchpromotions.Query",
        "wagtailsearchpromotions.QueryDailyHits",
        "directory.SupportRequest",
        "trusts.TrustAccount",
        "trusts.TrustMembership",
        "selfreview.SavedReview",
        "sessions.Session",
        "axes.AccessAttempt",
        "axes.AccessLog",
        "django_tasks_database.DBTaskResult",
        "wagtailcore.Revision",
        "practice.PracticePageTag",
        "wagtailimages.Rendition",
        "wagtailembeds.Embed",
        "auth.User",
    ):
        assert label not in listed


@pytest.mark.django_db
def test_deleting_a_live_page_moves_it(home_page):
    page = StandardPage(title="Short-lived", slug="short-lived")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    before = _version()
    page.delete()
    assert _version() != before


# -- the real requests ------------------------------------------------------------


@pytest.fixture
def warm(settings):
    """The page cache on, one page cached, and a check that it stays so."""
    settings.PAGE_CACHE_SECONDS = 300
    visitor = Client()
    assert visitor.get(CACHED)["X-Page-Cache"] == "miss"
    assert visitor.get(CACHED)["X-Page-Cache"] == "hit"
    version = _version()

    def still_cached() -> None:
        assert _version() == version
        assert Client().get(CACHED)["X-Page-Cache"] == "hit"

    return still_cached


@pytest.mark.django_db
def test_a_search_that_finds_nothing(warm):
    response = Client().get("/search/", {"q": "xylophonic quagmires"})
    assert response.status_code == 200
    assert ZeroResultQuery.objects.exists()
    warm()


@pytest.mark.django_db
def test_a_request_for_support():
    profile = ExpertProfilePageFactory(
        parent=directory_section("severn-vale-learning-trust"),
        email="hidden.expert@example.org",
        publish=True,
    )
    with override_settings(PAGE_CACHE_SECONDS=300):
        visitor = Client()
        visitor.get(CACHED)
        assert visitor.get(CACHED)["X-Page-Cache"] == "hit"
        version = _version()
        response = Client().post(
            profile.url + "contact/",
            {
                "name": "Jo Requester",
                "email": "jo@school.example.org",
                "organisation": "Riverside Primary",
                "role": "Headteacher",
                "help_wanted": "We want to rethink our maths curriculum.",
                "preferred_dates": "Any Tuesday",
                "consent": "on",
                "website": "",
            },
        )
        assert response.status_code == 302
        assert SupportRequest.objects.exists()
        assert _version() == version
        assert Client().get(CACHED)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_a_teachers_shared_draft(warm, trust):
    teacher = get_user_model().objects.create_user("a-teacher", password="pw")
    add_trust_account(teacher, trust, TrustAccount.Role.MEMBER)
    client = Client()
    client.force_login(teacher)
    elements = FrameworkElement.objects.filter(
        code__in=["1A", "3A"], locale__language_code="en-gb"
    ).values_list("slug", flat=True)
    response = client.post(
        "/practice/share/",
        {
            "practice_type": "case-study",
            "title": "Cutting marking time without losing feedback",
            "summary": "Whole-class feedback in Years 7 to 9 halved marking time.",
            "what_was_done": "We trained heads of department.",
            "context": "Four secondary schools.",
            "challenge": "Teachers spent evenings marking books nobody reread.",
            "impact": "Marking time fell from 6 to 3 hours a week.",
            "differently": "We would have involved parents sooner.",
            "elements": list(elements),
            "phases": ["secondary"],
            # New topics: taggit creates their Tag rows.
            "tags": "workload, a brand new topic",
            "website": "",
            "attachment": SimpleUploadedFile(
                "evaluation.pdf",
                b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n",
                content_type="application/pdf",
            ),
        },
    )
    assert response.status_code == 302, response.content[:2000]
    assert CaseStudyPage.objects.filter(live=False, alias_of=None).exists()
    warm()


@pytest.mark.django_db
@override_settings(
    AXES_ENABLED=True,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ],
)
def test_signing_in_and_failing_to(warm):
    get_user_model().objects.create_user("member", password="right-password-123")
    client = Client()
    client.post("/accounts/login/", {"username": "member", "password": "wrong"})
    response = client.post(
        "/accounts/login/", {"username": "member", "password": "right-password-123"}
    )
    assert response.status_code == 302
    warm()


@pytest.mark.django_db
def test_saving_a_self_review(warm):
    member = get_user_model().objects.create_user("review-member", password="pw")
    member.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)[0])
    client = Client()
    client.force_login(member)
    response = client.post("/self-review/save/", {**review(_1a="red"), "label": "A"})
    assert response.status_code == 302
    assert SavedReview.objects.filter(owner=member).exists()
    warm()


def test_every_vocabulary_keeps_its_lookups_fresh():
    from directory.models.taxonomy import Vocabulary
    from directory.signals import VOCABULARIES

    assert set(Vocabulary.__subclasses__()) <= set(VOCABULARIES)


@pytest.mark.django_db
def test_deleting_a_page_refreshes_the_spelling_vocabulary(home_page):
    from search import spelling

    page = StandardPage(title="Draft only", slug="draft-only")
    home_page.add_child(instance=page)
    before = cache.get(spelling.VERSION_KEY)
    page.delete()
    assert cache.get(spelling.VERSION_KEY) != before
