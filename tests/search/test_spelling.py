"""'Did you mean': corrections from the words the site contains."""

from __future__ import annotations

import pytest

from search.spelling import suggest, vocabulary
from tests.search.factories import make_standard_page


@pytest.fixture
def reading_pages(home_page):
    make_standard_page(
        home_page, title="Phonics for every child", intro="Reading first."
    )
    make_standard_page(
        home_page,
        title="A knowledge-rich curriculum",
        intro="Sequencing the curriculum.",
    )


@pytest.mark.django_db
def test_vocabulary_holds_words_from_titles_and_summaries(reading_pages, en):
    words = vocabulary(en)
    assert {"phonics", "curriculum", "sequencing", "reading"} <= words
    assert "sle" in words  # synonym terms are known words, never "corrected"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("phonix", "phonics"),
        ("curicullum", "curriculum"),
        ("phonix curicullum", "phonics curriculum"),
    ],
)
def test_misspelt_words_are_corrected(reading_pages, en, typed, expected):
    assert suggest(typed.split(), vocabulary(en)) == expected


@pytest.mark.django_db
def test_known_short_and_numeric_words_are_left_alone(reading_pages, en):
    words = vocabulary(en)
    assert suggest(["phonics"], words) is None
    assert suggest(["sle", "ks2", "2024"], words) is None
    assert suggest(["zzyzxq"], words) is None


@pytest.mark.django_db
def test_vocabulary_refreshes_when_a_page_is_published(home_page, en):
    assert "metacognition" not in vocabulary(en)
    make_standard_page(home_page, title="Metacognition in year 6")
    assert "metacognition" in vocabulary(en)


@pytest.mark.django_db
def test_search_page_offers_the_correction(client, reading_pages):
    html = client.get("/search/", {"q": "phonix"}).content.decode()
    assert "Did you mean" in html
    assert '?q=phonics"' in html


@pytest.mark.django_db
def test_no_offer_when_the_search_finds_plenty(client, home_page):
    for i in range(4):
        make_standard_page(home_page, title=f"Phonics programme {i}")
    html = client.get("/search/", {"q": "phonics"}).content.decode()
    assert "Did you mean" not in html
