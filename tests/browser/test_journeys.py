"""Whole journeys through the portal, as people take them in a browser.

Issue #6/#9: a teacher contributes a case study, a moderator approves it
through Wagtail's UI and it goes live, and a visitor asks an expert for
support. What only a browser shows is checked on the way: the error summary's
links move focus, typed text survives a form coming back, and axe finds no
WCAG 2.2 AA violations on the forms and the pages they lead to.

The harness database is shared by every test in a worker, so each journey
makes its own contribution with a unique title instead of relying on another
test's (or on demo content that a test might change).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings

import pytest

from .axe import format_violations, run_axe
from .conftest import ScriptProblems

pytestmark = pytest.mark.browser

TRUST = "severn-vale-learning-trust"
TEACHER = f"{TRUST}-teacher"
# The moderation journey shares as another trust's teacher: each account may
# share only a few pieces an hour (practice.views.DEFAULT_SHARE_LIMIT), and a
# re-run against one server (--base-url) should not use that up at once.
OTHER_TRUST = "moorland-academies-trust"
OTHER_TEACHER = f"{OTHER_TRUST}-teacher"
MODERATOR = "moderator"

SHARE = "/practice/share/"
MINE = "/practice/mine/"

# Slow machine, busy server: a form post that saves pages and runs a
# workflow may take a while, more than Playwright's default of 30 s.
SLOW = 60_000


def demo_password() -> str:
    # The harness's runserver inherits this process's environment, so both
    # read DEMO_PASSWORD the same way (see portal/settings/base.py).
    return settings.DEMO_PASSWORD


def unique_title(what: str) -> str:
    return f"{what} {uuid.uuid4().hex[:8]}"


def assert_no_axe_violations(page: Any, where: str) -> None:
    violations = run_axe(page)
    assert not violations, format_violations(violations, where)


@pytest.fixture
def axe_clone(new_context: Any) -> Iterator[Callable[[Any], Any]]:
    """A CSP-bypassing page signed in as `page` is: axe checks what they see.

    The journeys run with the page's CSP enforced (as real visitors have it);
    axe-core can only be injected into a context that bypasses CSP (see
    conftest.axe_page), so this copies the session cookie into one.
    """
    watchers: list[ScriptProblems] = []

    def clone(page: Any) -> Any:
        context = new_context(
            bypass_csp=True, storage_state=page.context.storage_state()
        )
        copy = context.new_page()
        watchers.append(ScriptProblems(copy))
        return copy

    yield clone
    for watcher in watchers:
        watcher.check()


# -- helpers ---------------------------------------------------------------------


def sign_in(page: Any, username: str) -> None:
    """Fill in the portal's own sign-in form (the page is already on it)."""
    assert "/accounts/login/" in page.url, page.url
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(demo_password())
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    assert "/accounts/login/" not in page.url, "sign-in failed"


def open_share_form(page: Any, username: str = TEACHER) -> None:
    """Go to the share form; being signed out, sign in on the way."""
    page.goto(SHARE)
    if "/accounts/login/" in page.url:
        sign_in(page, username)
    assert page.url.endswith(SHARE), page.url
    assert page.get_by_role("heading", level=1, name="Share your practice").is_visible()


CASE_STUDY_TEXT = {
    "Summary": "Two schools swapped marking for whole-class feedback for a term.",
    "The context": "Two primary schools, 600 pupils, marking took teachers hours.",
    "The challenge": "Cut the time spent marking without losing useful feedback.",
    "What was done": "Teachers read books and gave feedback to the whole class.\n\n"
    "Leaders checked books every half term.",
    "The impact": "Marking time halved; book scrutiny found feedback just as useful.",
    "What didn't work": "Written codes in margins confused the youngest pupils.",
}


def fill_case_study(page: Any, title: str, *, leave_out: str | None = None) -> str:
    """Fill the share form as a case study; return the ticked element's label."""
    form = page.get_by_role("main").locator("form[method=post]")
    form.get_by_label(re.compile(r"^A case study")).check()
    form.get_by_label("Title", exact=True).fill(title)
    for label, text in CASE_STUDY_TEXT.items():
        if label != leave_out:
            form.get_by_label(label, exact=True).fill(text)
    element = (
        form.get_by_role("group", name="Framework elements")
        .get_by_role("checkbox")
        .first
    )
    element.check()
    label_for = element.get_attribute("id")
    return form.locator(f"label[for='{label_for}']").inner_text()


def send_for_review(page: Any) -> None:
    with page.expect_navigation(timeout=SLOW):
        page.get_by_role("button", name="Send for review").click()


def assert_sent(page: Any) -> None:
    """The form went through to "my contributions" (and why not, if it did not)."""
    if page.url.endswith(SHARE):
        waiting = page.get_by_role("alert").filter(has_text="Please wait")
        assert not waiting.count(), "this account hit the hourly sharing limit"
        problems = page.locator(".error-summary").all_inner_texts()
        pytest.fail(f"the share form came back: {problems}", pytrace=False)
    assert page.url.endswith(MINE), page.url


def share_case_study(page: Any, title: str, username: str = TEACHER) -> None:
    """The teacher's whole contribution, from signing in to "my contributions"."""
    open_share_form(page, username)
    fill_case_study(page, title)
    send_for_review(page)
    assert_sent(page)


def contribution(page: Any, title: str) -> Any:
    """The entry for `title` on "my contributions"."""
    return page.locator(".contribution").filter(
        has=page.get_by_role("heading", level=2, name=title, exact=True)
    )


def focused_id(page: Any) -> str:
    return page.evaluate("() => document.activeElement.id")


# -- contribute -------------------------------------------------------------------


def test_teacher_shares_a_case_study_and_sees_it_waiting_for_review(
    page: Any, axe_clone: Callable[[Any], Any]
):
    title = unique_title("Whole-class feedback instead of marking")
    open_share_form(page)

    fill_case_study(page, title)
    send_for_review(page)

    assert_sent(page)
    # The thank-you message names the piece and is announced politely.
    status = page.get_by_role("main").get_by_role("status")
    assert title in status.inner_text()
    entry = contribution(page, title)
    assert entry.count() == 1, f"{title!r} is not listed once on {MINE}"
    assert entry.locator(".status").inner_text() == "Waiting for review"
    assert "Case study" in entry.inner_text()
    # Not published yet: the title is not a link to anything.
    assert entry.get_by_role("link").count() == 0

    checker = axe_clone(page)
    checker.goto(SHARE)
    assert checker.url.endswith(SHARE), "the axe page is not signed in"
    assert_no_axe_violations(checker, f"{SHARE} (signed in as {TEACHER})")
    checker.goto(MINE)
    assert contribution(checker, title).count() == 1
    assert_no_axe_violations(checker, f"{MINE} (signed in as {TEACHER})")
    # The same signed-in pages in Welsh.
    for path in (f"/cy{SHARE}", f"/cy{MINE}"):
        checker.goto(path)
        assert checker.url.endswith(path), f"{path} redirected to {checker.url}"
        assert checker.locator("html").get_attribute("lang") == "cy"
        assert_no_axe_violations(checker, f"{path} (signed in as {TEACHER})")


def test_share_form_with_a_missing_field_keeps_what_was_typed(
    page: Any, axe_clone: Callable[[Any], Any]
):
    title = unique_title("Half-finished case study")
    open_share_form(page)
    element_label = fill_case_study(page, title, leave_out="What was done")

    send_for_review(page)

    # The form came back, with a summary of the one problem at the top.
    assert page.url.endswith(SHARE), page.url
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert summary.get_attribute("role") == "alert"
    assert summary.get_by_role("heading", name="There is a problem").is_visible()
    links = summary.get_by_role("link")
    assert links.all_inner_texts() == ["Describe what was done."]

    # The summary's link takes keyboard focus to the field with the problem.
    links.first.focus()
    page.keyboard.press("Enter")
    field = page.get_by_label("What was done", exact=True)
    assert page.url.endswith("#id_what_was_done")
    assert focused_id(page) == "id_what_was_done"
    assert field.get_attribute("aria-invalid") == "true"
    # The inline message is tied to the field for screen readers.
    described_by = field.get_attribute("aria-describedby").split()
    assert "id_what_was_done-error" in described_by
    error = page.locator("#id_what_was_done-error")
    assert "Describe what was done." in error.inner_text()

    # Everything else they typed or ticked is still there.
    form = page.get_by_role("main").locator("form[method=post]")
    assert form.get_by_label(re.compile(r"^A case study")).is_checked()
    assert form.get_by_label("Title", exact=True).input_value() == title
    for label, text in CASE_STUDY_TEXT.items():
        if label != "What was done":
            assert form.get_by_label(label, exact=True).input_value() == text, label
    assert form.get_by_label(element_label, exact=True).is_checked()
    assert field.input_value() == ""

    # Nothing was sent: it is not among their contributions.
    page.goto(MINE)
    assert contribution(page, title).count() == 0

    # axe on the form in its error state.
    checker = axe_clone(page)
    checker.goto(SHARE)
    assert checker.url.endswith(SHARE), "the axe page is not signed in"
    send_for_review(checker)
    assert checker.locator(".error-summary").is_visible()
    assert_no_axe_violations(checker, f"{SHARE} with errors")


# -- moderate ---------------------------------------------------------------------


def sign_in_to_admin(page: Any, username: str) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(demo_password())
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    if "/admin/2fa/" in page.url:
        # Only production settings require it; the harness must not.
        pytest.fail(
            "The harness server asks staff for a second factor: "
            "REQUIRE_STAFF_2FA is set in this environment.",
            pytrace=False,
        )
    assert page.url.endswith("/admin/"), f"admin sign-in failed: {page.url}"


def test_moderator_approves_a_contribution_and_it_goes_live(
    page: Any, new_context: Any
):
    title = unique_title("Peer coaching for early-career teachers")
    share_case_study(page, title, OTHER_TEACHER)

    # The moderator finds it on their dashboard. Wagtail's own pages are not
    # watched for console errors: they are Wagtail's, not our templates.
    admin = new_context().new_page()
    sign_in_to_admin(admin, MODERATOR)
    awaiting = admin.get_by_role("region", name="Awaiting your review")
    with admin.expect_navigation():
        awaiting.get_by_role("link", name=title, exact=True).click()
    assert re.search(r"/admin/pages/\d+/edit/$", admin.url), admin.url
    edit_url = admin.url

    # Approve it from the editor's action menu. Plain "Approve" asks for no
    # comment (only "Approve with comment" opens a dialog); it reads "Approve
    # and Publish" for a moderator who may publish, as this last task does.
    actions = admin.get_by_role("navigation", name="Actions (footer)")
    actions.get_by_role("button", name="More actions").click()
    approve = actions.get_by_role(
        "button", name=re.compile(r"^Approve( and Publish)?$")
    )
    with admin.expect_navigation(timeout=SLOW):
        approve.click()
    assert admin.url != edit_url, "the editor came back: approval did not go through"
    messages = admin.locator(".messages")
    assert title in messages.inner_text()
    assert not messages.locator(".error").count(), messages.inner_text()
    admin.goto("/admin/")
    awaiting = admin.get_by_role("region", name="Awaiting your review")
    assert awaiting.get_by_role("link", name=title, exact=True).count() == 0

    # The teacher sees it published, and its title now links to the live page.
    page.goto(MINE)
    entry = contribution(page, title)
    assert entry.locator(".status").inner_text() == "Published"
    live_link = entry.get_by_role("link", name=title, exact=True)
    live_path = live_link.get_attribute("href")
    assert live_path.startswith(f"/practice/{OTHER_TRUST}/"), live_path

    # Anyone can read it now, signed out too.
    visitor = new_context().new_page()
    watcher = ScriptProblems(visitor)
    response = visitor.goto(live_path)
    assert response is not None and response.status == 200, live_path
    assert visitor.get_by_role("heading", level=1).inner_text() == title
    main = visitor.get_by_role("main").inner_text()
    assert CASE_STUDY_TEXT["What didn't work"] in main
    watcher.check()


# -- contact an expert -------------------------------------------------------------


def contact_details() -> dict[str, str]:
    # A new address each run: each may send only a few requests a day
    # (directory.views.DEFAULT_CONTACT_LIMITS).
    return {
        "Your name": "Sam Visitor",
        "Your email address": f"sam.{uuid.uuid4().hex[:8]}@example.org",
        "Your school or trust": "Hillside Primary",
        "Your role": "Deputy head",
        "What help would you like?": "We want to cut marking time. Could we visit?",
        "Preferred dates (optional)": "Any Tuesday in the spring term",
    }


REQUIRED_CONTACT_ERRORS = 6  # all but preferred dates, the consent box included


def open_an_experts_contact_form(page: Any) -> str:
    """From the directory to a listed expert's "Request support" form."""
    page.goto("/directory/")
    cards = page.locator(".profile-card").filter(has_not_text="Members only")
    assert cards.count() > 0, "no public expert profiles in the directory"
    name = cards.first.get_by_role("heading", level=3).inner_text()
    with page.expect_navigation():
        cards.first.get_by_role("link", name=name, exact=True).click()
    assert page.get_by_role("heading", level=1, name=name).is_visible()
    with page.expect_navigation():
        page.get_by_role("link", name=f"Request support from {name}").click()
    assert page.url.endswith("/contact/"), page.url
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == f"Request support from {name}"
    return name


def send_request(page: Any) -> None:
    with page.expect_navigation(timeout=SLOW):
        page.get_by_role("button", name="Send request").click()


def test_visitor_requests_support_from_an_expert(
    page: Any, axe_clone: Callable[[Any], Any]
):
    name = open_an_experts_contact_form(page)
    contact_url = page.url
    form = page.get_by_role("main").locator("form[method=post]")
    details = contact_details()

    # Sent empty: every required field says what it needs, inline.
    send_request(page)
    assert page.url == contact_url, page.url
    summary = page.locator(".error-summary")
    assert summary.get_by_role("link").count() == REQUIRED_CONTACT_ERRORS
    assert form.locator(".errorlist").count() == REQUIRED_CONTACT_ERRORS
    assert form.locator("[aria-invalid=true]").count() == REQUIRED_CONTACT_ERRORS
    dates = form.get_by_label("Preferred dates (optional)")
    assert dates.get_attribute("aria-invalid") is None

    # Partly put right: what was typed stays, the rest is still reported.
    form.get_by_label("Your name").fill(details["Your name"])
    form.get_by_label("Your email address").fill("not-an-email")
    form.get_by_label("What help would you like?").fill(
        details["What help would you like?"]
    )
    send_request(page)
    assert form.get_by_label("Your name").input_value() == details["Your name"]
    assert form.get_by_label("Your name").get_attribute("aria-invalid") is None
    email = form.get_by_label("Your email address")
    assert email.input_value() == "not-an-email"
    assert email.get_attribute("aria-invalid") == "true"
    assert "id_email-error" in email.get_attribute("aria-describedby").split()
    assert page.locator("#id_email-error").is_visible()
    help_wanted = form.get_by_label("What help would you like?")
    assert help_wanted.input_value() == details["What help would you like?"]
    # The first problem is the email: its link takes focus there.
    problems = summary.get_by_role("link")
    assert problems.count() == REQUIRED_CONTACT_ERRORS - 2
    problems.first.click()
    assert focused_id(page) == "id_email"

    # axe on the form, blank and in its error state.
    checker = axe_clone(page)
    checker.goto(contact_url)
    assert_no_axe_violations(checker, f"{contact_url} (contact form)")
    send_request(checker)
    assert checker.locator(".error-summary").is_visible()
    assert_no_axe_violations(checker, f"{contact_url} (contact form, errors)")

    # Now properly: the request goes and the confirmation says so.
    for label, text in details.items():
        form.get_by_label(label, exact=True).fill(text)
    form.get_by_role("checkbox", name=re.compile(r"^I agree")).check()
    send_request(page)

    assert page.url.endswith("/contact/sent/"), page.url
    confirmation = page.get_by_role("main").get_by_role("status")
    assert confirmation.get_by_role("heading", name="Request sent").is_visible()
    assert name in confirmation.inner_text()
