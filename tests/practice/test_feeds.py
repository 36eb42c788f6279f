"""The RSS feeds of newly published practice, parsed as XML."""

from __future__ import annotations

import datetime
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

import pytest

from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
)


def parse(response) -> ElementTree.Element:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def items(channel) -> list[dict[str, str]]:
    return [
        {child.tag: (child.text or "") for child in item}
        for item in channel.findall("item")
    ]


@pytest.fixture
def feed_pages(db):
    return {
        "old": CaseStudyPageFactory(
            title="Older case study",
            elements=[element("3A")],
            publication_date=datetime.date(2024, 1, 10),
        ),
        "new": WhatWorksPageFactory(
            title="Newer post & more",
            summary="What we learned <the hard way>.",
            elements=[element("1A")],
            publication_date=datetime.date(2025, 2, 3),
        ),
        "draft": CaseStudyPageFactory(title="Unpublished draft", live=False),
    }


@pytest.mark.django_db
def test_feed_lists_newly_published_practice(client, feed_pages):
    channel = parse(client.get("/practice/feed/"))
    assert channel.findtext("link") == "http://testserver/practice/"
    assert channel.findtext("language") == "en-gb"
    entries = items(channel)
    assert [e["title"] for e in entries] == ["Newer post & more", "Older case study"]
    newest = entries[0]
    assert newest["link"] == f"http://testserver{feed_pages['new'].url}"
    assert newest["guid"] == newest["link"]
    assert newest["description"] == "What we learned <the hard way>."
    assert parsedate_to_datetime(newest["pubDate"]).date() == datetime.date(2025, 2, 3)
    categories = [c.text for c in channel.find("item").findall("category")]
    assert categories == ["1A Clarity of purpose"]


@pytest.mark.django_db
def test_area_feed_only_has_that_area(client, feed_pages):
    channel = parse(client.get("/practice/feed/teaching-and-learning/"))
    assert "Teaching and learning" in channel.findtext("title")
    assert (
        channel.findtext("link")
        == "http://testserver/practice/?area=teaching-and-learning"
    )
    assert [e["title"] for e in items(channel)] == ["Older case study"]


@pytest.mark.django_db
def test_unknown_area_feed_is_404(client):
    assert client.get("/practice/feed/no-such-area/").status_code == 404


@pytest.mark.django_db
def test_feeds_work_in_welsh(client, feed_pages, sync_welsh):
    sync_welsh()
    channel = parse(client.get("/cy/practice/feed/"))
    assert channel.findtext("language") == "cy"
    links = [e["link"] for e in items(channel)]
    assert links == [
        f"http://testserver/cy{feed_pages['new'].url}",
        f"http://testserver/cy{feed_pages['old'].url}",
    ]
    parse(client.get("/cy/practice/feed/vision-culture-and-ethos/"))


@pytest.mark.django_db
def test_empty_feed_is_still_valid(client):
    assert items(parse(client.get("/practice/feed/"))) == []


@pytest.mark.django_db
def test_library_links_its_feeds(client, feed_pages):
    html = client.get("/practice/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" '
        'title="Newly published practice (RSS)" href="/practice/feed/">'
    ) in html
    html = client.get("/practice/?area=teaching-and-learning").content.decode()
    assert 'href="/practice/feed/teaching-and-learning/"' in html
    html = client.get("/cy/practice/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/cy/practice/feed/"' in html


@pytest.mark.django_db
def test_feed_has_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    for _n in range(25):
        CaseStudyPageFactory(elements=[element("1A"), element("2A")])
    client.get("/practice/feed/")
    with django_assert_max_num_queries(12):
        channel = parse(client.get("/practice/feed/"))
    assert len(items(channel)) == 25
