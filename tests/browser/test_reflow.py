"""WCAG 1.4.10 reflow: at 320 CSS pixels wide nothing scrolls sideways."""

from __future__ import annotations

from typing import Any

import pytest

from .pages import PublicPage, page_params

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}

# The innermost elements sticking out past the right edge, for the failure text.
_OVERFLOWING = """
() => {
  const limit = document.documentElement.clientWidth;
  return [...document.body.querySelectorAll("*")]
    .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
    .filter((el) => ![...el.children].some(
      (child) => child.getBoundingClientRect().right > limit + 0.5))
    .slice(0, 5)
    .map((el) => `${el.outerHTML.slice(0, 160)} (right edge ${
      Math.round(el.getBoundingClientRect().right)}px)`);
}
"""


@pytest.mark.parametrize(("public_page", "language"), page_params())
def test_no_horizontal_scrolling_at_320px(
    page: Any, public_page: PublicPage, language: str
):
    page.set_viewport_size(NARROW)
    path = public_page.open(page, language)

    scroll_width, client_width = page.evaluate(
        "() => [document.documentElement.scrollWidth,"
        " document.documentElement.clientWidth]"
    )

    assert scroll_width <= client_width, (
        f"{path} scrolls sideways at 320px ({scroll_width} > {client_width}):\n"
        + "\n".join(page.evaluate(_OVERFLOWING))
    )
