"""Practice on the home page, the framework area pages and the trust pages."""

from __future__ import annotations

import datetime

import pytest

from practice.templatetags.practice_tags import json_ld
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
    section,
)


@pytest.mark.django_db
def test_home_page_shows_featured_and_latest(client):
    featured = CaseStudyPageFactory(
        title="A featured case study",
        featured=True,
        publication_date=datetime.date(2023, 1, 1),
    )
    latest = [
        WhatWorksPageFactory(
            title=f"Latest post {n}", publication_date=datetime.date(2025, 1, n)
        )
        for n in range(1, 9)
    ]
    html = client.get("/").content.decode()
    featured_section = html.split('id="featured-heading"', 1)[1].split("</section>")[0]
    latest_section = html.split('id="latest-heading"', 1)[1].split("</section>")[0]
    assert featured.url in featured_section
    assert featured.url not in latest_section  # never twice
    assert latest[-1].url in latest_section
    assert latest[0].url not in latest_section  # only the six newest
    assert latest_section.count("<li>") == 6
    assert 'href="/practice/"' in latest_section


@pytest.mark.django_db
def test_home_page_without_practice(client):
    html = client.get("/").content.decode()
    assert "Nothing has been shared yet." in html
    assert 'id="featured-heading"' not in html


@pytest.mark.django_db
def test_framework_area_lists_each_elements_latest_practice(client):
    pages = [
        CaseStudyPageFactory(
            title=f"Pedagogy {n}",
            elements=[element("3A")],
            publication_date=datetime.date(2025, 2, n),
        )
        for n in range(1, 5)
    ]
    leadership = WhatWorksPageFactory(
        title="Leading teaching", elements=[element("3B")]
    )
    CaseStudyPageFactory(title="Elsewhere", elements=[element("1A")])
    CaseStudyPageFactory(title="Unpublished", elements=[element("3A")], live=False)
    html = client.get("/framework/teaching-and-learning/").content.decode()
    pedagogy = html.split('id="element-approach-to-pedagogy"', 1)[1].split(
        "</section>"
    )[0]
    assert [p.title in pedagogy for p in pages] == [False, True, True, True]
    assert pedagogy.index("Pedagogy 4") < pedagogy.index("Pedagogy 2")
    assert 'href="/practice/?element=approach-to-pedagogy"' in pedagogy
    leading = html.split('id="element-leadership-of-teaching"', 1)[1].split(
        "</section>"
    )[0]
    assert leadership.url in leading
    professional = html.split('id="element-evidence-based-professional-learning"', 1)[
        1
    ].split("</section>")[0]
    assert "Nothing tagged 3C has been shared yet." in professional
    assert "Elsewhere" not in html and "Unpublished" not in html


@pytest.mark.django_db
def test_framework_area_in_welsh_links_welsh_pages(client, sync_welsh):
    page = CaseStudyPageFactory(elements=[element("2A")])
    sync_welsh()
    html = client.get("/cy/framework/people-and-partners/").content.decode()
    assert f'href="/cy{page.url}"' in html


@pytest.mark.django_db
def test_trust_page_shows_what_it_has_shared(client, trust, other_trust):
    own = [
        CaseStudyPageFactory(
            parent=section(trust.slug), publication_date=datetime.date(2025, 1, n)
        )
        for n in range(1, 13)
    ]
    theirs = CaseStudyPageFactory(parent=section(other_trust.slug))
    html = client.get(f"/trusts/{trust.slug}/").content.decode()
    shared = html.split('id="shared-heading"', 1)[1].split("</section>")[0]
    assert own[-1].url in shared and own[2].url in shared
    assert own[1].url not in shared  # the ten newest
    assert theirs.url not in shared
    assert f'href="/practice/?trust={trust.slug}"' in shared
    assert "See all 12 pieces of practice" in shared


@pytest.mark.django_db
def test_trust_page_without_practice(client, other_trust):
    html = client.get(f"/trusts/{other_trust.slug}/").content.decode()
    assert "has not shared any practice yet" in html


def test_json_ld_tag_escapes_markup():
    html = json_ld({"headline": "</script><b>&"})
    assert html.startswith('<script type="application/ld+json">')
    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E\\u003Cb\\u003E\\u0026" in html
