"""Every public page type the browser tests visit: add a page type here.

One line per page type, with its English path; each test that takes the list
also visits the Welsh one under /cy/ unless `welsh=False`. Paths point at the
deterministic demo content that `manage.py seed_demo` creates.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

# How a page shows form errors, so a test knows the bad submit took effect.
FORM_ERRORS = ".error-summary, .errorlist, [aria-invalid=true]"


def submit_form(**fields: str) -> Callable[[Any], None]:
    """An action: fill the main form's fields (by id) and submit it.

    Used to see a form's error state: submit it empty or with bad values.
    """

    def action(page: Any) -> None:
        for field_id, value in fields.items():
            page.locator(f"#{field_id}").fill(value)
        form = page.get_by_role("main").locator("form[method=post]").first
        with page.expect_navigation():
            form.locator("[type=submit]").first.click()
        assert page.locator(FORM_ERRORS).count() > 0, f"no errors on {page.url}"

    return action


def submit_bad_sign_in(page: Any) -> None:
    """Sign in with a wrong password so the form shows its errors."""
    # A new name each time: django-axes locks a name + address out after a
    # few failures (it is off in test settings, on under `make run`).
    username = f"nobody-{uuid.uuid4().hex[:8]}"
    submit_form(id_username=username, id_password="not-the-password")(page)


@dataclass(frozen=True)
class PublicPage:
    name: str
    path: str  # English path; the Welsh one is /cy + path
    status: int = 200
    # What a visitor does after the page loads, before the checks run.
    then: Callable[[Any], None] | None = None
    welsh: bool = True

    def path_in(self, language: str) -> str:
        return self.path if language == "en" else f"/cy{self.path}"

    def open(self, page: Any, language: str) -> str:
        """Load it in `language`, check the status, do `then`; return the path."""
        path = self.path_in(language)
        response = page.goto(path)
        assert response is not None, path
        assert response.status == self.status, f"{path} answered {response.status}"
        if self.then is not None:
            self.then(page)
        return path


AMARA = "/directory/severn-vale-learning-trust/amara-okafor/"

PUBLIC_PAGES: list[PublicPage] = [
    PublicPage("home", "/"),
    PublicPage("framework", "/framework/"),
    PublicPage("framework-area", "/framework/teaching-and-learning/"),
    PublicPage("practice", "/practice/"),
    PublicPage("practice-unknown-filter", "/practice/?area=no-such-area"),
    PublicPage(
        "case-study",
        "/practice/severn-vale-learning-trust/"
        "peer-review-between-two-trust-chief-executives/",
    ),
    PublicPage(
        "what-works",
        "/practice/severn-vale-learning-trust/"
        "whole-trust-marking-policy-did-not-cut-workload/",
    ),
    PublicPage("directory", "/directory/"),
    PublicPage("expert", AMARA),
    PublicPage("expert-contact-errors", f"{AMARA}contact/", then=submit_form()),
    PublicPage("expert-contact-sent", f"{AMARA}contact/sent/"),
    PublicPage("trusts", "/trusts/"),
    PublicPage("trust", "/trusts/severn-vale-learning-trust/"),
    PublicPage("about", "/about/"),
    PublicPage("accessibility", "/accessibility/"),
    PublicPage("privacy", "/privacy/"),
    PublicPage("search", "/search/?q=trust"),
    PublicPage("search-empty", "/search/?q=zzzzqqq"),
    PublicPage("self-review", "/self-review/"),
    PublicPage(
        "self-review-results",
        "/self-review/results/?1a=red&1b=amber-red&1c=green&2a=red&2b=amber-green"
        "&3a=red&3b=green&3c=amber-red&4a=green&4b=amber-green&5a=red&5b=green",
    ),
    PublicPage("self-review-errors", "/self-review/results/?1a=red&3a=purple"),
    PublicPage("not-found", "/no-such-page/", status=404),
    PublicPage("sign-in-errors", "/accounts/login/", then=submit_bad_sign_in),
]

LANGUAGES = ("en", "cy")


def page_params(languages: tuple[str, ...] = LANGUAGES) -> list[Any]:
    """pytest parameters (page, language), with readable ids like cy-trust."""
    return [
        pytest.param(page, language, id=f"{language}-{page.name}")
        for page in PUBLIC_PAGES
        for language in languages
        if language == "en" or page.welsh
    ]
