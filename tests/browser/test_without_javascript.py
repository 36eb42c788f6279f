"""With JavaScript off every public page still renders and search still works."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from .pages import LANGUAGES, PublicPage, page_params

pytestmark = pytest.mark.browser


# English only: the Welsh pages are the same templates (axe and the reflow
# test cover them); the search form is checked in both languages below.
@pytest.mark.parametrize(("public_page", "language"), page_params(("en",)))
def test_page_renders_without_javascript(
    no_js_page: Any, public_page: PublicPage, language: str
):
    path = public_page.open(no_js_page, language)

    assert no_js_page.get_by_role("main").is_visible(), path
    headings = no_js_page.get_by_role("heading", level=1)
    assert headings.count() == 1 and headings.first.is_visible(), path
    assert no_js_page.get_by_role("banner").get_by_role("search").is_visible(), path


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_search_submits_without_javascript(no_js_page: Any, language: str):
    prefix = "" if language == "en" else "/cy"
    no_js_page.goto(f"{prefix}/framework/")
    search = no_js_page.get_by_role("banner").get_by_role("search")
    box = search.locator("input[name=q]")

    box.fill("peer review")
    with no_js_page.expect_navigation():
        box.press("Enter")

    url = urlsplit(no_js_page.url)
    assert url.path == f"{prefix}/search/"
    assert parse_qs(url.query)["q"] == ["peer review"]
    assert no_js_page.get_by_role("heading", level=1).is_visible()
    # The results page keeps the query in the box for the next search.
    results_box = no_js_page.get_by_role("banner").locator("input[name=q]")
    assert results_box.input_value() == "peer review"
