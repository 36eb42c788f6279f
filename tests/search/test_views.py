"""/search/: one search over every type; facets, promotions, logging, no results."""

from __future__ import annotations

import re

from django.contrib.auth.models import Group

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest

from search.models import ZeroResultQuery
from tests.search.factories import make_standard_page


def _count(response) -> int:
    match = re.search(r'data-result-count="(\d+)"', response.content.decode())
    assert match, "no data-result-count on the page"
    return int(match.group(1))


def _titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<h3[^>]*><a href="[^"]*">([^<]*)</a></h3>', html)


@pytest.fixture
def wellbeing_pages(home_page):
    return [
        make_standard_page(
            home_page, title=f"Staff wellbeing {i:02d}", intro="Workload."
        )
        for i in range(25)
    ]


@pytest.mark.django_db
class TestResultsPage:
    def test_empty_search_shows_the_form(self, client):
        response = client.get("/search/")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="search"' in html
        assert "data-result-count" not in html

    def test_cards_show_type_title_and_summary(self, client, hw_pages):
        response = client.get("/search/", {"q": "handwriting"})
        html = response.content.decode()
        assert _titles(response)[0] == "Handwriting"
        assert "Cursive from reception" in html
        assert 'data-type="page"' in html
        assert "2 results for “handwriting”" in html
        assert _count(response) == 2

    def test_twenty_a_page(self, client, wellbeing_pages):
        first = client.get("/search/", {"q": "wellbeing"})
        assert _count(first) == 25
        assert len(_titles(first)) == 20
        assert "page=2" in first.content.decode()
        second = client.get("/search/", {"q": "wellbeing", "page": "2"})
        assert len(_titles(second)) == 5
        assert set(_titles(first)).isdisjoint(_titles(second))
        for bad in ("0", "-1", "abc", "999", "\x00"):
            assert (
                client.get("/search/", {"q": "wellbeing", "page": bad}).status_code
                == 200
            )

    def test_overlong_query_is_trimmed_with_a_note(self, client):
        response = client.get("/search/", {"q": "phonics " * 700})
        assert response.status_code == 200
        assert "only its first 200 characters were used" in response.content.decode()

    def test_responses_are_private(self, client, hw_pages):
        response = client.get("/search/", {"q": "handwriting"})
        assert "private" in response["Cache-Control"]


@pytest.mark.django_db
class TestFacets:
    def test_type_facet_counts_and_filters(self, client, hw_pages):
        response = client.get("/search/", {"q": "handwriting"})
        html = response.content.decode()
        assert re.search(
            r'id="f-type-page"[^>]*>\s*<label[^>]*>Page <span class="count">\(2', html
        )
        filtered = client.get("/search/", {"q": "handwriting", "type": "trust"})
        assert _count(filtered) == 0
        assert "2 results without the filters" in filtered.content.decode()
        assert (
            client.get("/search/", {"q": "handwriting", "type": "page"}).status_code
            == 200
        )
        assert _count(client.get("/search/", {"q": "handwriting", "type": "page"})) == 2

    def test_region_and_trust_facets_reach_trust_pages(self, client, trust):
        response = client.get(
            "/search/", {"q": trust.title.split()[0], "region": trust.region.slug}
        )
        assert trust.title in _titles(response)
        response = client.get("/search/", {"q": trust.title, "trust": trust.slug})
        assert _titles(response) == [trust.title]
        response = client.get(
            "/search/", {"q": trust.title, "trust": "moorland-academies-trust"}
        )
        assert _count(response) == 0

    def test_filters_without_a_query_browse(self, client, trust):
        response = client.get("/search/", {"type": "trust"})
        assert _count(response) == 12

    def test_unknown_values_are_reported_not_errors(self, client, hw_pages):
        response = client.get(
            "/search/", {"q": "handwriting", "type": "nonsense", "area": "x\x00"}
        )
        assert response.status_code == 200
        assert "were not recognised" in response.content.decode()
        assert _count(response) == 0

    def test_query_budget_does_not_grow_with_results(
        self, client, wellbeing_pages, django_assert_max_num_queries
    ):
        client.get("/search/", {"q": "wellbeing"})  # warm caches (vocabularies)
        with django_assert_max_num_queries(40):
            client.get("/search/", {"q": "wellbeing"})
        with django_assert_max_num_queries(40):
            client.get(
                "/search/", {"q": "wellbeing", "type": "page", "region": "london"}
            )
        with django_assert_max_num_queries(40):
            client.get("/search/", {"q": "wellbeing 01"})


@pytest.mark.django_db
class TestPromotionsAndLogging:
    def test_searches_are_logged(self, client, hw_pages):
        client.get("/search/", {"q": "Handwriting"})
        client.get("/search/", {"q": "handwriting"})
        assert Query.get("handwriting").hits == 2

    def test_editors_picks_come_first(self, client, hw_pages):
        query = Query.get("handwriting")
        SearchPromotion.objects.create(
            query=query,
            page=hw_pages["other"],
            description="Start here.",
            sort_order=0,
        )
        SearchPromotion.objects.create(
            query=query,
            external_link_url="https://example.org/handwriting",
            external_link_text="National handwriting guidance",
            sort_order=1,
        )
        html = client.get("/search/", {"q": "handwriting"}).content.decode()
        assert html.index("Recommended") < html.index('id="results-heading"')
        assert html.index("Governance") < html.index("Writing across the school")
        assert "Start here." in html
        assert "https://example.org/handwriting" in html

    def test_unpublished_promotions_are_not_shown(self, client, hw_pages):
        SearchPromotion.objects.create(
            query=Query.get("handwriting"), page=hw_pages["other"], sort_order=0
        )
        hw_pages["other"].unpublish()
        html = client.get("/search/", {"q": "handwriting"}).content.decode()
        assert "Recommended" not in html


@pytest.mark.django_db
class TestZeroResults:
    def test_suggests_the_directory_and_records_the_query(self, client):
        response = client.get("/search/", {"q": "Quokka husbandry"})
        html = response.content.decode()
        assert _count(response) == 0
        assert "Directory of Expertise" in html
        assert 'href="/directory/"' in html
        client.get("/search/", {"q": "quokka  husbandry"})
        row = ZeroResultQuery.objects.get()
        assert (row.query_string, row.language_code, row.count) == (
            "quokka husbandry",
            "en-gb",
            2,
        )

    def test_filtered_zero_results_suggest_removing_filters(self, client, hw_pages):
        response = client.get("/search/", {"q": "handwriting", "type": "trust"})
        html = response.content.decode()
        assert "remove the filters" in html
        assert ZeroResultQuery.objects.count() == 0  # the search itself found things

    def test_later_pages_are_not_counted_twice(self, client):
        client.get("/search/", {"q": "quokka", "page": "2"})
        assert ZeroResultQuery.objects.count() == 0


@pytest.mark.django_db
class TestVisibilityAndLanguage:
    def test_drafts_and_private_pages_are_not_found(
        self, client, home_page, django_user_model
    ):
        public = make_standard_page(home_page, title="Mentoring handbook")
        members = make_standard_page(home_page, title="Mentoring for members")
        PageViewRestriction.objects.create(page=members, restriction_type="login")
        draft = make_standard_page(home_page, title="Mentoring draft")
        draft.unpublish()
        assert _titles(client.get("/search/", {"q": "mentoring"})) == [public.title]
        suggestions = client.get("/search/suggest/", {"q": "mentor"}).json()["results"]
        assert [s["title"] for s in suggestions] == [public.title]

        client.force_login(
            django_user_model.objects.create_user("teacher", password="x")
        )
        assert set(_titles(client.get("/search/", {"q": "mentoring"}))) == {
            public.title,
            members.title,
        }
        suggestions = client.get("/search/suggest/", {"q": "mentor"}).json()["results"]
        assert {s["title"] for s in suggestions} == {public.title, members.title}

    def test_group_restrictions_need_the_group(
        self, client, home_page, django_user_model
    ):
        page = make_standard_page(home_page, title="Governor bursaries handbook")
        group = Group.objects.create(name="Alliance members")
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type="groups"
        )
        restriction.groups.add(group)
        user = django_user_model.objects.create_user("teacher", password="x")
        client.force_login(user)
        assert _count(client.get("/search/", {"q": "bursaries handbook"})) == 0
        user.groups.add(group)
        assert _count(client.get("/search/", {"q": "bursaries handbook"})) == 1

    def test_restricted_sections_hide_their_children(self, client, home_page):
        section = make_standard_page(home_page, title="Members area")
        child = make_standard_page(section, title="Members bursaries")
        PageViewRestriction.objects.create(page=section, restriction_type="login")
        assert child.title not in _titles(client.get("/search/", {"q": "bursaries"}))

    def test_welsh_search_finds_welsh_pages(self, client, trust):
        response = client.get("/cy/search/", {"q": trust.title})
        assert response.status_code == 200
        html = response.content.decode()
        assert f'href="/cy/trusts/{trust.slug}/"' in html
        assert f'href="/trusts/{trust.slug}/"' not in html.split("<main")[1]


@pytest.mark.django_db
def test_header_box_is_an_accessible_combobox(client):
    html = client.get("/search/").content.decode()
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    assert 'role="combobox"' in header
    assert 'aria-expanded="false"' in header
    assert 'aria-controls="header-search-listbox"' in header
    assert 'id="header-search-listbox"' in header and 'role="listbox"' in header
    assert 'aria-live="polite"' in header
    assert 'action="/search/"' in header and 'name="q"' in header
    assert re.search(
        r'<script src="[^"]*js/autocomplete\.js" defer nonce="[^"]+">', header
    )
    assert not re.search(r"\son[a-z]+=", header)  # no inline handlers under the CSP
    assert "style=" not in header
    response = client.get("/cy/search/")
    assert 'data-suggest-url="/cy/search/suggest/"' in response.content.decode()
