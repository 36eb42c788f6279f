"""Members-only profiles: never shown to anonymous visitors, shown to members."""

from __future__ import annotations

from django.test import Client

import pytest

from tests.directory.factories import ExpertProfilePageFactory


@pytest.fixture
def hidden(section, welsh_alias):
    page = ExpertProfilePageFactory(
        parent=section,
        title="Quentin Membersonly",
        job_title="Deputy head",
        visibility="members",
        publish=True,
    )
    return page, welsh_alias(page)


@pytest.fixture
def anonymous():
    return Client()


@pytest.mark.django_db
def test_profile_url(anonymous, member_client, django_user_model, hidden):
    page, alias = hidden
    for url in (page.url, alias.url, page.url + "contact/"):
        response = anonymous.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]
        assert b"Quentin" not in response.content
        assert member_client.get(url).status_code == 200
    outsider = Client()
    outsider.force_login(django_user_model.objects.create_user("nobody", password="x"))
    assert outsider.get(page.url).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_list(anonymous, member_client, hidden, prefix):
    assert b"Quentin Membersonly" not in anonymous.get(prefix + "/directory/").content
    assert b"Quentin Membersonly" in member_client.get(prefix + "/directory/").content


@pytest.mark.django_db
def test_search(anonymous, member_client, hidden):
    page, alias = hidden
    # The query is echoed back, so look for the result's link instead.
    response = anonymous.get("/search/", {"q": "Quentin Membersonly"})
    assert response.status_code == 200
    assert f'href="{page.url}"'.encode() not in response.content
    assert b'data-result-count="0"' in response.content
    member_results = member_client.get("/search/", {"q": "Quentin Membersonly"})
    assert member_results.status_code == 200
    assert f'href="{page.url}"'.encode() in member_results.content


@pytest.mark.django_db
def test_sitemap_lists_public_pages_only(anonymous, member_client, section, hidden):
    public = ExpertProfilePageFactory(parent=section, title="Pat Public", publish=True)
    page, alias = hidden
    for client in (anonymous, member_client):
        content = client.get("/sitemap.xml").content.decode()
        assert public.url in content
        assert page.url not in content
        assert alias.url not in content


@pytest.mark.django_db
def test_api(anonymous, member_client, hidden):
    page, alias = hidden
    params = {"type": "directory.ExpertProfilePage", "fields": "*"}
    listing = anonymous.get("/api/v2/pages/", params)
    ids = {item["id"] for item in listing.json()["items"]}
    assert page.pk not in ids and alias.pk not in ids
    assert anonymous.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    # Wagtail applies view restrictions per request: a member's session sees it.
    member_ids = {
        item["id"]
        for item in member_client.get("/api/v2/pages/", params).json()["items"]
    }
    assert page.pk in member_ids
