"""Keyboard use: the skip link comes first, the navigation shows its focus."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

MAX_TABS = 20  # the main navigation sits well within this from the top

# What makes focus visible: outline and box-shadow, as computed.
_FOCUS_STYLE = """
(el) => {
  const s = getComputedStyle(el);
  return {
    outlineStyle: s.outlineStyle,
    outlineWidth: parseFloat(s.outlineWidth) || 0,
    outlineColor: s.outlineColor,
    boxShadow: s.boxShadow,
  };
}
"""

_ACTIVE = """
() => {
  const el = document.activeElement;
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    cls: el.className,
    href: el.getAttribute("href"),
  };
}
"""


def focus_is_visible(style: dict[str, Any]) -> bool:
    outline = style["outlineStyle"] != "none" and style["outlineWidth"] >= 2
    return outline or style["boxShadow"] != "none"


def test_skip_link_is_first_and_moves_focus_to_main(page: Any):
    page.goto("/")

    page.keyboard.press("Tab")

    active = page.evaluate(_ACTIVE)
    assert "skip-link" in active["cls"], f"first Tab stop was {active}"
    skip_link = page.locator(".skip-link")
    # Off-screen until focused, then on screen where a sighted user sees it.
    box = skip_link.bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0
    assert focus_is_visible(skip_link.evaluate(_FOCUS_STYLE))

    page.keyboard.press("Enter")

    assert page.url.endswith("#main")
    assert page.evaluate(_ACTIVE)["id"] == "main"
    # The next Tab continues from inside main, not from the top of the page.
    page.keyboard.press("Tab")
    in_main = page.evaluate(
        "() => document.querySelector('main').contains(document.activeElement)"
    )
    assert in_main


def test_main_navigation_is_reachable_with_a_visible_focus_indicator(page: Any):
    page.goto("/")
    nav = page.get_by_role("navigation", name="Main")
    nav_links = nav.get_by_role("link")
    expected = [
        nav_links.nth(i).get_attribute("href") for i in range(nav_links.count())
    ]
    assert expected, "no main navigation links"
    unfocused = {
        href: nav_links.nth(i).evaluate(_FOCUS_STYLE) for i, href in enumerate(expected)
    }

    reached: dict[str, dict[str, Any]] = {}
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if nav.evaluate("(nav) => nav.contains(document.activeElement)"):
            focused = page.locator(":focus")
            reached[focused.get_attribute("href")] = focused.evaluate(_FOCUS_STYLE)
        if len(reached) == len(expected):
            break

    assert list(reached) == expected, "Tab order skipped or reordered nav links"
    for href, style in reached.items():
        assert focus_is_visible(style), f"{href}: no visible focus ({style})"
        assert style != unfocused[href], f"{href}: focus looks like no focus"
