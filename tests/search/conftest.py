"""Fixtures for the search tests: published pages with known words in them."""

from __future__ import annotations

import pytest

from tests.search.factories import make_standard_page


@pytest.fixture
def hw_pages(home_page):
    """Three pages: one titled "Handwriting", one with the word only in its body.

    (The seeded demo trusts mention phonics, so the tests use a word of their own.)
    """
    titled = make_standard_page(
        home_page,
        title="Handwriting",
        intro="Cursive from reception and year one.",
    )
    body_only = make_standard_page(
        home_page,
        title="Writing across the school",
        intro="Our writing strategy.",
        body_text="Daily handwriting sessions underpin early writing, with catch-up "
        "groups for pupils who fall behind.",
    )
    other = make_standard_page(
        home_page, title="Governance", intro="How the trust board works."
    )
    return {"titled": titled, "body_only": body_only, "other": other}
