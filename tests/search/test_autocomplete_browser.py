"""The header combobox in a real Chromium, under the site's CSP, without a server.

The page is the real header template and the real static/js/autocomplete.js,
served (with a strict Content-Security-Policy) by Playwright's request routing
from a made-up origin, and /search/suggest/ answers with canned JSON; so the
test needs no database and no running site. Playwright runs in its own
thread: its sync API leaves an event loop on the thread that used it, and
Django refuses ORM calls on such a thread.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(settings.BASE_DIR)
CHROMIUM = Path(os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium"))
ORIGIN = "http://portal.test"
CSP = "default-src 'self'; script-src 'self' 'nonce-abc'; style-src 'self'"
SUGGESTIONS = [
    {
        "title": "Handwriting policy",
        "url": "/practice/handwriting/",
        "type": "Case study",
    },
    {"title": "Handwriting lead", "url": "/directory/sam/", "type": "Expert"},
    {"title": "Hanover Trust", "url": "/trusts/hanover/", "type": "Member trust"},
]


def _page_html() -> str:
    request = RequestFactory().get("/")
    request.csp_nonce = "abc"
    header = render_to_string("includes/header.html", {"request": request})
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        '<title>Test</title><link rel="stylesheet" href="/static/css/portal.css">'
        f'</head><body>{header}<main id="main"><h1>Page</h1></main></body></html>'
    )


def _run(check) -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - dev dependency
        pytest.skip("playwright is not installed")
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
        pytest.skip(f"{CHROMIUM} is missing")

    html = _page_html()
    requests: list[str] = []

    def handle(route):
        url = urlsplit(route.request.url)
        if url.path.startswith("/static/"):
            path = ROOT / url.path.lstrip("/")
            kind = "text/css" if path.suffix == ".css" else "text/javascript"
            return route.fulfill(status=200, body=path.read_text(), content_type=kind)
        if url.path == "/search/suggest/":
            query = parse_qs(url.query).get("q", [""])[0]
            requests.append(query)
            results = [s for s in SUGGESTIONS if query.lower() in s["title"].lower()]
            return route.fulfill(
                status=200,
                body=json.dumps({"query": query, "results": results}),
                content_type="application/json",
            )
        return route.fulfill(
            status=200,
            body=html,
            content_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": CSP},
        )

    def in_thread():
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                page = browser.new_page()
                errors: list[str] = []
                page.on("pageerror", lambda error: errors.append(str(error)))
                page.on(
                    "console",
                    lambda msg: (
                        errors.append(msg.text) if msg.type == "error" else None
                    ),
                )
                page.route(f"{ORIGIN}/**", handle)
                page.goto(f"{ORIGIN}/")
                result = check(page, requests)
                assert errors == [], errors
                return result
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(in_thread).result(timeout=120)


def _state(page) -> dict[str, Any]:
    return page.evaluate(
        """() => {
            const input = document.getElementById("header-search-q");
            const listbox = document.getElementById("header-search-listbox");
            return {
                expanded: input.getAttribute("aria-expanded"),
                active: input.getAttribute("aria-activedescendant"),
                hidden: listbox.hidden,
                options: [...listbox.querySelectorAll('[role="option"]')].map(o => ({
                    id: o.id, selected: o.getAttribute("aria-selected"),
                    text: o.textContent,
                })),
                status: document.querySelector("[data-autocomplete-status]")
                    .textContent,
                focused: document.activeElement.id,
                value: input.value,
            };
        }"""
    )


def test_typing_shows_suggestions_and_announces_them():
    def check(page, requests):
        box = page.locator("#header-search-q")
        box.click()
        box.press_sequentially("h")
        page.wait_for_timeout(400)
        assert requests == []  # one character is not enough to ask
        box.press_sequentially("an")
        page.wait_for_selector('#header-search-listbox [role="option"]')
        state = _state(page)
        assert requests == ["han"]
        assert state["expanded"] == "true" and not state["hidden"]
        assert [o["text"] for o in state["options"]] == [
            "Handwriting policyCase study",
            "Handwriting leadExpert",
            "Hanover TrustMember trust",
        ]
        assert state["status"].startswith("3 suggestions")
        assert state["active"] is None

    _run(check)


def test_arrow_keys_move_the_active_option_and_enter_opens_it():
    def check(page, requests):
        box = page.locator("#header-search-q")
        box.press_sequentially("hand")
        page.wait_for_selector('#header-search-listbox [role="option"]')
        page.keyboard.press("ArrowDown")
        state = _state(page)
        first, second = (o["id"] for o in state["options"])
        assert state["active"] == first
        assert state["options"][0]["selected"] == "true"
        assert state["focused"] == "header-search-q"  # focus stays in the box
        page.keyboard.press("ArrowDown")
        assert _state(page)["active"] == second
        page.keyboard.press("ArrowDown")  # wraps round
        assert _state(page)["active"] == first
        page.keyboard.press("ArrowUp")
        state = _state(page)
        assert state["active"] == second
        assert [o["selected"] for o in state["options"]] == ["false", "true"]
        page.keyboard.press("Enter")
        page.wait_for_url(f"{ORIGIN}/directory/sam/")

    _run(check)


def test_escape_closes_then_clears_and_enter_without_a_choice_submits():
    def check(page, requests):
        box = page.locator("#header-search-q")
        box.press_sequentially("hand")
        page.wait_for_selector('#header-search-listbox [role="option"]')
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Escape")
        state = _state(page)
        assert state["expanded"] == "false" and state["hidden"]
        assert state["active"] is None and state["value"] == "hand"
        page.keyboard.press("Escape")
        assert _state(page)["value"] == ""
        box.press_sequentially("hand")
        page.wait_for_selector('#header-search-listbox [role="option"]')
        page.keyboard.press("Enter")
        page.wait_for_url(f"{ORIGIN}/search/?q=hand")

    _run(check)


def test_no_suggestions_is_announced_and_the_list_stays_closed():
    def check(page, requests):
        page.locator("#header-search-q").press_sequentially("zzz")
        # (wait_for_function would need 'unsafe-eval', which the CSP forbids.)
        page.wait_for_selector(
            "[data-autocomplete-status]:not(:empty)", state="attached"
        )
        state = _state(page)
        assert state["status"] == "No suggestions."
        assert state["hidden"] and state["expanded"] == "false"

    _run(check)


def test_a_pointer_can_choose_a_suggestion():
    def check(page, requests):
        page.locator("#header-search-q").press_sequentially("hanover")
        page.locator('#header-search-listbox [role="option"]').first.click()
        page.wait_for_url(f"{ORIGIN}/trusts/hanover/")

    _run(check)
