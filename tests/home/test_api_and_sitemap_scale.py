"""The API and the sitemap with thousands of view restrictions.

Every members-only profile carries a view restriction. Wagtail's own pages
endpoint and `.public()` add one SQL clause per restriction, which outgrew
SQLite's expression depth (1,000) in the benchmark's data set and answered
500. Ours exclude them in one clause.
"""

from __future__ import annotations

from wagtail.models import PageViewRestriction

import pytest

from tests.practice.factories import CaseStudyPageFactory, section


@pytest.fixture
def many_restrictions(db):
    hidden = CaseStudyPageFactory(parent=section(), title="Behind a restriction")
    # One restriction row per members-only profile in the benchmark data.
    PageViewRestriction.objects.bulk_create(
        PageViewRestriction(page=hidden, restriction_type=PageViewRestriction.LOGIN)
        for _ in range(1200)
    )
    shown = CaseStudyPageFactory(parent=section(), title="Open to everyone")
    return hidden, shown


@pytest.mark.django_db
def test_pages_api_answers_with_many_restrictions(client, many_restrictions):
    hidden, shown = many_restrictions
    response = client.get(
        "/api/v2/pages/", {"limit": 20, "type": "practice.CaseStudyPage"}
    )
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert shown.pk in ids
    assert hidden.pk not in ids
    assert client.get(f"/api/v2/pages/{hidden.pk}/").status_code == 404
    assert client.get("/api/v2/pages/").status_code == 200


@pytest.mark.django_db
def test_sitemap_answers_with_many_restrictions(client, many_restrictions):
    hidden, shown = many_restrictions
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert shown.url in body or shown.full_url in body
    assert hidden.full_url not in body
