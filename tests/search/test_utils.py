"""The hardened query path: normalising, relevance, falling back instead of failing."""

from __future__ import annotations

from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.search.query import PlainText

import pytest

from search import utils
from search.utils import CleanQuery, normalise_query, run_search
from tests.search.factories import make_standard_page


def _pages():
    return Page.objects.live().filter(locale__language_code="en-gb")


class TestNormaliseQuery:
    def test_strips_nul_and_control_characters_and_collapses_whitespace(self):
        clean = normalise_query("  phon\x00ics \t\n  reading\x07 \x1b ")
        assert clean.text == "phon ics reading"
        assert clean.words == ("phon", "ics", "reading")
        assert not clean.trimmed

    def test_caps_length_and_reports_trimming(self):
        clean = normalise_query("a" * 5000)
        assert len(clean.text) == utils.MAX_QUERY_LENGTH
        assert clean.trimmed

    def test_caps_the_number_of_words(self):
        clean = normalise_query(" ".join(["w"] * 90))
        assert len(clean.words) == utils.MAX_QUERY_WORDS
        assert clean.trimmed

    def test_words_drop_punctuation_and_symbols_but_keep_any_script(self):
        assert normalise_query("' OR 1=1 --").words == ("or", "1", "1")
        assert normalise_query('"').words == ()
        assert normalise_query("🙂 emoji").words == ("emoji",)
        assert normalise_query("שלום עולם").words == ("שלום", "עולם")

    def test_non_strings_are_empty(self):
        assert not normalise_query(None)
        assert not normalise_query("   ")


@pytest.mark.django_db
class TestRelevance:
    def test_a_pages_own_title_finds_it_first(self, hw_pages):
        for page in hw_pages.values():
            outcome = run_search(_pages(), page.title)
            assert outcome[0:1][0].pk == page.pk, page.title

    def test_ranking_selects_ids_alone_and_reads_the_page_wanted(self, hw_pages):
        with CaptureQueriesContext(connection) as searching:
            outcome = run_search(_pages(), "handwriting")
        with CaptureQueriesContext(connection) as reading:
            found = outcome[0:20]
        assert {hw_pages["titled"].pk, hw_pages["body_only"].pk} <= {
            p.pk for p in found
        }
        assert outcome.count() == len(found)
        # One ranking query gives the first page's ids and the total; neither
        # the matched vector nor page columns are carried into the sort: a
        # subquery gives ids and sort keys only, and only those are sorted.
        (ranking,) = [q["sql"] for q in searching if "OVER ()" in q["sql"]]
        outer, inner = ranking.split(" FROM (SELECT ", 1)
        assert outer == "SELECT *, COUNT(*) OVER ()"
        selected = inner.split(' FROM "wagtailcore_page"', 1)[0]
        assert selected.startswith('"wagtailcore_page"."id"')
        assert '"_score"' in selected
        for column in ("path", "slug", "url_path", "search_description"):
            assert f'"wagtailcore_page"."{column}"' not in selected
        assert "_vector_" not in ranking
        assert ranking.endswith("LIMIT 20")
        if connection.vendor == "postgresql":
            # PostgreSQL must not flatten the subquery back into the sort.
            assert "OFFSET 0) ranked ORDER BY" in ranking
        assert not any("COUNT(*) AS" in q["sql"] for q in searching)
        # The page of results is then read by id, in one query.
        assert len([q for q in reading if "SELECT" in q["sql"]]) == 1

    def test_rank_all_ranks_every_match_in_the_first_query(self, home_page):
        for number in range(25):
            make_standard_page(home_page, f"Zorbatine project {number}", "zorbatine")
        paged = run_search(_pages(), "zorbatine")
        with CaptureQueriesContext(connection) as searching:
            outcome = run_search(_pages(), "zorbatine", rank_all=True)
        with CaptureQueriesContext(connection) as listing:
            ids = outcome.ranked_ids()
            rest = outcome[20:40]
        assert outcome.total == len(ids) == 25
        (ranking,) = [q["sql"] for q in searching if "OVER ()" in q["sql"]]
        assert "LIMIT" not in ranking.rsplit(") ranked ", 1)[1]
        assert ids[:20] == [p.pk for p in paged[0:20]]
        assert [p.pk for p in rest] == ids[20:]
        # Only the later page's rows were read; nothing was ranked again.
        assert not any("OVER ()" in q["sql"] for q in listing.captured_queries)

    def test_later_pages_rank_again_past_the_first(self, home_page):
        for number in range(25):
            make_standard_page(home_page, f"Zorbatine project {number}", "zorbatine")
        outcome = run_search(_pages(), "zorbatine")
        assert outcome.count() == 25
        first, rest = outcome[0:20], outcome[20:40]
        assert len(first) == 20 and len(rest) == 5
        assert {p.pk for p in first}.isdisjoint({p.pk for p in rest})

    def test_title_outranks_body(self, hw_pages):
        outcome = run_search(_pages(), "handwriting")
        ids = [p.pk for p in outcome[0:20]]
        assert hw_pages["titled"].pk in ids
        assert hw_pages["body_only"].pk in ids
        assert ids.index(hw_pages["titled"].pk) < ids.index(hw_pages["body_only"].pk)
        assert hw_pages["other"].pk not in ids

    def test_title_outranks_a_body_that_repeats_the_word(self, home_page):
        body = make_standard_page(
            home_page,
            title="Early reading",
            body_text=" ".join(["Oracy and more oracy."] * 30),
        )
        titled = make_standard_page(
            home_page,
            title="Oracy",
            intro="Talk in every classroom.",
            body_text="Long text about many other things. " * 20,
        )
        ids = [p.pk for p in run_search(_pages(), "oracy")[0:10]]
        assert ids.index(titled.pk) < ids.index(body.pk)

    def test_words_must_all_match_by_default(self, hw_pages):
        ids = {p.pk for p in run_search(_pages(), "handwriting governance")[0:20]}
        assert ids == set()
        ids = {
            p.pk
            for p in run_search(_pages(), "handwriting governance", operator="or")[0:20]
        }
        assert {hw_pages["titled"].pk, hw_pages["other"].pk} <= ids

    def test_outcome_pages_like_a_queryset(self, hw_pages):
        outcome = run_search(_pages(), "handwriting")
        assert outcome.count() == len(outcome) == outcome.total >= 2
        assert outcome.queryset is not None
        assert set(outcome.matching_ids().values_list("pk", flat=True)) >= {
            hw_pages["titled"].pk
        }
        assert outcome.strategy == "words"
        assert not outcome.degraded


@pytest.mark.django_db
class TestFallingBack:
    def test_a_database_error_is_retried_with_plain_words(self, hw_pages, monkeypatch):
        # A `"` breaks SQLite FTS5 and a NUL breaks PostgreSQL: a real failing
        # statement, inside the test's transaction, that must not poison it.
        def attempts(clean, operator, expand_synonyms, autocomplete):
            groups = [(("handwriting",),)]
            return [
                ("raw", PlainText('handw"riting\x00 "'), groups),
                ("words", PlainText("handwriting"), groups),
            ]

        monkeypatch.setattr(utils, "_attempts", attempts)
        outcome = run_search(_pages(), "handwriting")
        assert outcome.strategy == "words"
        assert hw_pages["titled"].pk in [p.pk for p in outcome[0:5]]
        assert Page.objects.filter(pk=hw_pages["titled"].pk).exists()

    def test_falls_back_to_icontains_when_every_attempt_fails(
        self, hw_pages, monkeypatch
    ):
        def broken(*args, **kwargs):
            raise DatabaseError('fts5: syntax error near """')

        monkeypatch.setattr(utils, "_run_once", broken)
        outcome = run_search(_pages(), "writing school")
        assert outcome.strategy == "contains"
        assert [p.pk for p in outcome[0:5]][0] == hw_pages["body_only"].pk

    def test_contains_fallback_puts_title_matches_first(self, hw_pages, monkeypatch):
        monkeypatch.setattr(utils, "_attempts", lambda *args: [])
        outcome = run_search(_pages(), "handwriting")
        assert outcome.strategy == "contains"
        assert outcome[0:1][0].pk == hw_pages["titled"].pk

    @pytest.mark.parametrize(
        "query",
        [
            '"',
            "\x00",
            "' OR 1=1 --",
            "AND OR NOT (",
            "OR",
            "-",
            "*",
            "NEAR(",
            "🙂",
            "שלום",
            "مرحبا بالعالم",
            "a" * 5000,
            "%_\\",
            "handwriting\x00writing",
        ],
    )
    def test_odd_queries_never_raise(self, hw_pages, query):
        outcome = run_search(_pages(), query)
        outcome[0:20]
        outcome.matching_ids()
        auto = run_search(_pages(), query, autocomplete=True)
        auto[0:8]

    def test_empty_query_is_an_empty_outcome(self, db):
        outcome = run_search(_pages(), " \x00 ")
        assert outcome.strategy == "empty"
        assert outcome.count() == 0
        assert outcome[0:20] == []

    def test_accepts_an_already_clean_query(self, hw_pages):
        outcome = run_search(
            _pages(), CleanQuery("handwriting", False, ("handwriting",))
        )
        assert outcome.total >= 2

    def test_autocomplete_matches_the_start_of_words(self, hw_pages):
        outcome = run_search(_pages(), "handw", autocomplete=True)
        assert hw_pages["titled"].pk in [p.pk for p in outcome[0:8]]
