"""The language switcher keeps the visitor on the same page."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.browser

AREA = "/framework/teaching-and-learning/"


def test_switch_to_welsh_and_back_on_a_framework_area(page: Any, base_url: str):
    page.goto(AREA)
    footer = page.get_by_role("contentinfo")

    footer.get_by_role("link", name="Cymraeg", exact=True).click()

    page.wait_for_url(re.compile(re.escape(f"{base_url}/cy{AREA}") + "$"))
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.get_by_role("heading", level=1).is_visible()
    # The way back is labelled in English, and marked up as English.
    back = footer.get_by_role("link", name="English", exact=True)
    assert back.get_attribute("lang").lower() in {"en", "en-gb"}

    back.click()

    page.wait_for_url(re.compile(re.escape(f"{base_url}{AREA}") + "$"))
    assert page.locator("html").get_attribute("lang") == "en-GB"
