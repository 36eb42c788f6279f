"""axe-core (WCAG 2.2 AA rules) on every public page type, English and Welsh."""

from __future__ import annotations

from typing import Any

import pytest

from .axe import format_violations, run_axe
from .pages import PublicPage, page_params

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("public_page", "language"), page_params())
def test_no_axe_violations(axe_page: Any, public_page: PublicPage, language: str):
    path = public_page.open(axe_page, language)
    expected_lang = "en-GB" if language == "en" else "cy"
    assert axe_page.locator("html").get_attribute("lang") == expected_lang

    violations = run_axe(axe_page)

    where = f"{path} ({public_page.name}, {language})"
    assert not violations, format_violations(violations, where)


def test_axe_reports_a_known_violation(axe_page: Any):
    """The harness itself: axe really runs and a violation really fails."""
    axe_page.goto("/about/")
    axe_page.evaluate(
        """() => {
          const img = document.createElement("img");
          img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
          document.querySelector("main").append(img);
        }"""
    )
    violations = run_axe(axe_page)
    assert [v["id"] for v in violations] == ["image-alt"]
    assert "image-alt" in format_violations(violations, "/about/")
