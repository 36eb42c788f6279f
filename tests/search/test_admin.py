"""Admin: the synonym snippet and the report of searches that found nothing."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

import pytest

from search.models import Synonym, ZeroResultQuery


@pytest.fixture
def zero_results(db):
    now = timezone.now()
    ZeroResultQuery.objects.create(
        query_string="old but frequent",
        language_code="en-gb",
        count=40,
        last_seen=now - dt.timedelta(days=9),
    )
    ZeroResultQuery.objects.create(
        query_string="newest", language_code="cy", count=1, last_seen=now
    )
    ZeroResultQuery.objects.create(
        query_string="middle",
        language_code="en-gb",
        count=5,
        last_seen=now - dt.timedelta(days=2),
    )


@pytest.fixture
def moderator(django_user_model):
    from wagtail.models import GroupPagePermission  # noqa: F401 - Wagtail's groups

    user = django_user_model.objects.create_user("mod", password="x")
    group, _ = Group.objects.get_or_create(name="Moderators")
    user.groups.add(group)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def _order(html: str, *needles: str) -> list[int]:
    return [html.index(n) for n in needles]


@pytest.mark.django_db
def test_report_lists_newest_first(admin_client, zero_results):
    response = admin_client.get(reverse("search_zero_results"))
    assert response.status_code == 200
    html = response.content.decode()
    positions = _order(html, "newest", "middle", "old but frequent")
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_report_sorts_most_frequent_first(admin_client, zero_results):
    response = admin_client.get(reverse("search_zero_results"), {"ordering": "-count"})
    html = response.content.decode()
    positions = _order(html, "old but frequent", "middle", "newest")
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_report_exports_csv(admin_client, zero_results):
    response = admin_client.get(reverse("search_zero_results"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "old but frequent" in body


@pytest.mark.django_db
def test_moderators_see_it_and_editors_do_not(client, moderator, django_user_model):
    client.force_login(moderator)
    assert client.get(reverse("search_zero_results")).status_code == 200
    assert (
        "Searches with no results"
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    editor = django_user_model.objects.create_user("ed", password="x")
    client.force_login(editor)
    assert client.get(reverse("search_zero_results")).status_code in (302, 403)


@pytest.mark.django_db
def test_a_real_zero_result_search_appears(client, admin_client):
    client.get("/search/", {"q": "Xylophone tessellation"})
    html = admin_client.get(reverse("search_zero_results")).content.decode()
    assert "xylophone tessellation" in html


@pytest.mark.django_db
def test_synonyms_are_an_editable_snippet(admin_client, en):
    listing = admin_client.get(
        reverse("wagtailsnippets_search_synonym:list"), {"q": "SLE"}
    )
    assert listing.status_code == 200
    assert "specialist leader of education" in listing.content.decode()
    add = admin_client.post(
        reverse("wagtailsnippets_search_synonym:add") + f"?locale={en.language_code}",
        {"term": "Oracy", "equivalents": "talk for learning\nspoken language"},
    )
    assert add.status_code == 302
    assert Synonym.objects.get(term="Oracy").equivalent_list() == [
        "talk for learning",
        "spoken language",
    ]
