"""/practice/share/ and /practice/mine/, from the outside, as each kind of user.

Anonymous visitors are sent to sign in; signed-in people without a member
trust are refused; a teacher of trust A gets a draft in A's section (never
B's), owned by them and submitted to the "Alliance moderation" workflow, with
its attachment in A's collection. Bad files, script in text, a filled-in
honeypot and too many submissions are all refused, and "my contributions"
shows each piece's status in words within a fixed number of queries.
"""

from __future__ import annotations

import io
import re
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.models import Page, PageLogEntry, WorkflowState

import pytest

from directory.models import FrameworkElement
from practice import forms as share_forms
from practice.forms import plain_text, rich_text
from practice.models import CaseStudyPage, PracticePage, Verdict, WhatWorksPage
from practice.views import record_share
from tests.practice.factories import CaseStudyPageFactory, WhatWorksPageFactory, section
from tests.trusts.factories import make_user
from trusts.membership import WORKFLOW_NAME, offboard_trust

A = "severn-vale-learning-trust"
B = "moorland-academies-trust"
SHARE = "/practice/share/"
MINE = "/practice/mine/"


@pytest.fixture
def teacher_client(client, teacher) -> Client:
    client.force_login(teacher)
    return client


# -- files ----------------------------------------------------------------------------


def pdf(name: str = "evaluation.pdf", size: int = 0) -> SimpleUploadedFile:
    body = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
    body += b"x" * max(0, size - len(body))
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def ooxml(name: str, part: str) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{part}document.xml", "<document/>")
    return SimpleUploadedFile(name, buffer.getvalue())


def data(**overrides) -> dict:
    values = {
        "practice_type": "case-study",
        "title": "Cutting marking time without losing feedback",
        "summary": "Whole-class feedback in Years 7 to 9 halved marking time.",
        "what_was_done": (
            "We trained heads of department.\n\nThen we piloted it\nin maths."
        ),
        "context": "Four secondary schools; marking took six hours a week.",
        "challenge": "Teachers spent evenings marking books nobody reread.",
        "impact": "Marking time fell from 6 to 3 hours a week.",
        "differently": "We would have involved parents sooner.",
        "verdict": "",
        "lesson": "",
        "elements": [],
        "phases": ["secondary"],
        "tags": "workload, Feedback ,  ",
        "website": "",
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def element_slug(code: str) -> str:
    return FrameworkElement.objects.get(code=code, locale__language_code="en-gb").slug


def valid(**overrides) -> dict:
    overrides.setdefault("elements", [element_slug("1A"), element_slug("3A")])
    return data(**overrides)


def created_pages(trust_slug: str = A):
    return PracticePage.objects.child_of(section(trust_slug)).filter(
        title__contains="marking"
    )


def approve_in_admin(client: Client, moderator, page) -> None:
    """What a moderator does: "Approve" in the admin, changing nothing first.

    Approving publishes, and publishing runs the model's full validation: a
    required field the form left empty would make this a server error.
    """
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    client.force_login(moderator)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert not page.has_unpublished_changes


# -- who may share ---------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "login"),
    [
        (SHARE, "/accounts/login/?next=/practice/share/"),
        (MINE, "/accounts/login/?next=/practice/mine/"),
        ("/cy" + SHARE, "/cy/accounts/login/?next=/cy/practice/share/"),
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, url, login):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == login
    response = client.post(url, valid())
    assert response.status_code in (302, 405)
    assert not created_pages().exists()


@pytest.mark.django_db
def test_signed_in_without_a_trust_is_refused(client):
    client.force_login(make_user("someone"))
    response = client.get(SHARE)
    assert response.status_code == 403
    assert "Only member trusts can share practice here" in response.content.decode()
    assert 'enctype="multipart/form-data"' not in response.content.decode()
    response = client.post(SHARE, valid())
    assert response.status_code == 403
    assert not created_pages().exists()


@pytest.mark.django_db
def test_a_trust_that_left_the_alliance_cannot_share(client, trust, teacher):
    offboard_trust(trust)
    client.force_login(teacher)
    assert client.get(SHARE).status_code == 403


@pytest.mark.django_db
def test_the_form_renders_for_a_member_in_english_and_welsh(teacher_client, trust):
    response = teacher_client.get(SHARE)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'enctype="multipart/form-data"' in html
    assert html.count('name="elements"') == 12
    assert "Only for a case study" in html
    assert 'name="context"' in html and 'name="challenge"' in html
    assert trust.title in html
    assert "1A " in html
    # Private: never kept by the page cache or a proxy.
    assert "private" in response["Cache-Control"]
    assert "no-cache" in response["Cache-Control"]

    welsh = teacher_client.get("/cy" + SHARE)
    assert welsh.status_code == 200
    welsh_1a = FrameworkElement.objects.get(code="1A", locale__language_code="cy")
    english_1a = FrameworkElement.objects.get(code="1A", locale__language_code="en-gb")
    assert welsh_1a.name != english_1a.name
    assert f"1A {welsh_1a.name}" in welsh.content.decode()
    assert 'lang="cy"' in welsh.content.decode()


# -- a valid submission ---------------------------------------------------------


@pytest.mark.django_db
def test_a_case_study_becomes_a_draft_in_moderation_in_the_members_section(
    teacher_client, teacher, trust
):
    response = teacher_client.post(SHARE, valid(attachment=pdf()))
    assert response.status_code == 302
    assert response["Location"] == MINE

    page = CaseStudyPage.objects.get(alias_of=None, title=valid()["title"])
    assert page.get_parent().pk == section(A).pk
    assert not created_pages(B).exists()
    assert page.owner == teacher
    assert not page.live
    assert page.has_unpublished_changes
    assert page.trust_id == trust.pk
    assert page.locale.language_code == "en-gb"
    assert page.slug == "cutting-marking-time-without-losing-feedback"
    assert page.summary == valid()["summary"]
    assert page.what_was_done == (
        "<p>We trained heads of department.</p><p>Then we piloted it<br>in maths.</p>"
    )
    assert page.impact == valid()["impact"]
    assert page.differently == valid()["differently"]
    assert page.context == valid()["context"]
    assert page.challenge == valid()["challenge"]
    assert sorted(page.element_codes) == ["1A", "3A"]
    assert page.phase_slugs == ["secondary"]
    assert sorted(page.tag_names) == ["Feedback", "workload"]

    # A revision by the author, and the workflow started on it.
    revision = page.latest_revision
    assert revision is not None and revision.user == teacher
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert state.requested_by == teacher
    assert state.current_task_state.revision == revision
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.start", user=teacher
    ).exists()

    # The attachment: a document in the trust's own collection.
    document = page.attachments[0].value["document"]
    assert document.collection_id == trust.membership.collection_id
    assert document.uploaded_by_user == teacher
    assert document.file_size and document.file_hash
    assert document.file.name.endswith(".pdf")

    # Welsh gets an alias, as when an editor creates a page in the admin.
    assert Page.objects.filter(alias_of=page, locale__language_code="cy").exists()

    followed = teacher_client.get(MINE)
    assert "has been sent to the alliance" in followed.content.decode()


@pytest.mark.django_db
def test_the_same_title_twice_gets_a_unique_slug(teacher_client):
    teacher_client.post(SHARE, valid())
    teacher_client.post(SHARE, valid())
    slugs = sorted(created_pages().values_list("slug", flat=True))
    assert slugs == [
        "cutting-marking-time-without-losing-feedback",
        "cutting-marking-time-without-losing-feedback-1",
    ]


@pytest.mark.django_db
def test_a_what_works_post_needs_a_verdict_and_a_lesson(
    teacher_client, trust, moderator
):
    response = teacher_client.post(SHARE, valid(practice_type="what-works"))
    assert response.status_code == 200
    assert "Say whether it worked" in response.content.decode()
    assert "Give the lesson in one or two sentences." in response.content.decode()
    assert '<a href="#id_verdict_0">' in response.content.decode()
    assert not created_pages().exists()

    response = teacher_client.post(
        SHARE,
        valid(
            practice_type="what-works",
            verdict=Verdict.PARTLY,
            lesson="Start with one department.",
            attachment=ooxml("slides.pptx", "ppt/"),
            # A case study's own fields are not needed for a post.
            context="",
            challenge="",
        ),
    )
    assert response.status_code == 302
    page = WhatWorksPage.objects.get(alias_of=None, title=valid()["title"])
    assert page.get_parent().pk == section(A).pk
    assert page.verdict == Verdict.PARTLY
    assert page.lesson == "Start with one department."
    assert page.summary == valid()["summary"]
    assert not page.live
    body = [block.value.source for block in page.body]
    assert "We trained heads of department." in body[0]
    assert any("Marking time fell" in text for text in body)
    assert any("involved parents sooner" in text for text in body)
    document = Document.objects.get(title="slides")
    assert document.collection_id == trust.membership.collection_id
    assert f'linktype="document" id="{document.pk}"' in body[-1]
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == "in_progress"

    # Complete as it stands: a moderator's approval publishes it.
    approve_in_admin(teacher_client, moderator, page)


@pytest.mark.django_db
def test_an_unedited_case_study_can_be_approved_and_published(
    teacher_client, moderator
):
    assert teacher_client.post(SHARE, valid(attachment=pdf())).status_code == 302
    page = CaseStudyPage.objects.get(alias_of=None, title=valid()["title"])
    approve_in_admin(teacher_client, moderator, page)
    assert page.context == valid()["context"]
    assert page.get_url() and Client().get(page.get_url()).status_code == 200


@pytest.mark.django_db
def test_a_post_needs_none_of_the_case_studys_own_fields(teacher_client, moderator):
    response = teacher_client.post(
        SHARE,
        valid(
            practice_type="what-works",
            verdict=Verdict.DIDNT,
            lesson="Do not pilot in exam season.",
            context="",
            challenge="",
            impact="",
            differently="",
        ),
    )
    assert response.status_code == 302
    page = WhatWorksPage.objects.get(alias_of=None, title=valid()["title"])
    assert len(page.body) == 1  # only "What we did"
    approve_in_admin(teacher_client, moderator, page)


# -- invalid input -----------------------------------------------------------------


@pytest.mark.django_db
def test_errors_show_inline_and_keep_what_was_typed(teacher_client):
    response = teacher_client.post(
        SHARE,
        valid(title="", elements=[], summary="Kept summary", attachment=pdf()),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not created_pages().exists()
    # The summary at the top links to each field.
    assert 'class="error-summary"' in html
    assert '<a href="#id_title">Enter a title.</a>' in html
    assert '<a href="#id_elements_0">Choose at least one framework element.</a>' in html
    # Inline, and announced with the field.
    assert 'id="id_title-error"' in html
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*id="id_title"', html) or (
        re.search(r'id="id_title"[^>]*aria-invalid="true"', html)
    )
    assert re.search(r'aria-describedby="[^"]*id_title-error"', html)
    # What was typed is back (apart from the file, which must be chosen again).
    assert "Kept summary" in html
    assert "We trained heads of department." in html
    assert f'value="{element_slug("1A")}"' in html
    assert "choose it again before you send" in html  # in the summary
    assert "The file you chose was not kept: choose it again." in html  # by the field


@pytest.mark.django_db
def test_a_case_study_needs_its_context_challenge_impact_and_what_didnt_work(
    teacher_client,
):
    response = teacher_client.post(
        SHARE,
        valid(
            context="",
            # Only markup, or only spaces, is nothing once sanitised.
            challenge="<script>alert(1)</script><b></b>",
            impact="   ",
            differently="Kept: we would start smaller.",
            summary="Kept summary",
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not created_pages().exists()
    for field, message in (
        (
            "context",
            "Describe the context: the schools, the pupils and where things "
            "stood before.",
        ),
        ("challenge", "Describe the challenge you set out to meet."),
        ("impact", "Describe the impact, and how you know."),
    ):
        # In the summary, linked to the field, and inline with it.
        assert f'<a href="#id_{field}">{message}</a>' in html
        assert f'id="id_{field}-error"' in html
        assert re.search(
            rf'<textarea[^>]*aria-describedby="id_{field}-hint id_{field}-error"'
            rf'[^>]*aria-invalid="true"[^>]*id="id_{field}"',
            html,
        ), field
    assert 'id="id_differently-error"' not in html
    # What was typed is back.
    assert "Kept: we would start smaller." in html
    assert "Kept summary" in html
    assert "We trained heads of department." in html
    assert valid()["title"] in html

    response = teacher_client.post(SHARE, valid(differently=""))
    assert response.status_code == 200
    assert (
        '<a href="#id_differently">Say what didn&#x27;t work, or what you would '
        "do differently.</a>" in response.content.decode()
    )
    assert not created_pages().exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("report.pdf", b"just some text, not a PDF"),
            "does not match its .pdf extension",
        ),
        (SimpleUploadedFile("setup.exe", b"MZ\x90\x00"), "Only PDF, Word"),
        (SimpleUploadedFile("notes.docx", b"plain text pretending"), "does not match"),
        (
            SimpleUploadedFile("fake.docx", ooxml("x.pptx", "ppt/").read()),
            "does not match its .docx extension",
        ),
    ],
)
def test_bad_files_are_refused(teacher_client, upload, message):
    before = Document.objects.count()
    response = teacher_client.post(SHARE, valid(attachment=upload))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Choose a file again" in html
    assert not created_pages().exists()
    assert Document.objects.count() == before


@pytest.mark.django_db
def test_files_over_10_mb_are_refused(teacher_client, monkeypatch):
    # The limit, made small so the test needs no 10 MB upload.
    monkeypatch.setattr(share_forms, "MAX_ATTACHMENT_BYTES", 1000)
    response = teacher_client.post(SHARE, valid(attachment=pdf(size=2000)))
    assert "larger than 10 MB" in response.content.decode()
    assert not created_pages().exists()
    response = teacher_client.post(SHARE, valid(attachment=pdf(size=900)))
    assert response.status_code == 302


@pytest.mark.django_db
def test_docx_is_accepted(teacher_client):
    response = teacher_client.post(
        SHARE, valid(attachment=ooxml("Return plan.docx", "word/"))
    )
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(alias_of=None, title=valid()["title"])
    assert page.attachments[0].value["document"].title == "Return plan"


# -- script in text --------------------------------------------------------------------


@pytest.mark.django_db
def test_script_never_reaches_the_database(teacher_client):
    response = teacher_client.post(
        SHARE,
        valid(
            title="Cutting marking <script>alert(1)</script>time",
            summary='Summary <img src=x onerror="alert(1)"> here & there <b>bold</b>',
            what_was_done=(
                '<p>Intro <a href="javascript:alert(1)">bad</a> '
                '<a href="https://example.org/report" onclick="alert(1)">good</a></p>'
                "<script>alert(1)</script><img src=x onerror=alert(1)>"
                "<ul><li>one</li></ul>"
            ),
            context="<b>Four</b> schools<script>alert(1)</script>",
            challenge='<a href="javascript:alert(1)">Marking</a> load',
            impact="&lt;script&gt;alert(1)&lt;/script&gt; fell by 50% < 60%",
            differently="<iframe src=//evil></iframe>Nothing",
            tags="<script>alert(1)</script>, <b>coaching</b>",
        ),
    )
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(alias_of=None, title="Cutting marking time")
    stored = " ".join(
        [
            page.title,
            page.draft_title,
            page.summary,
            page.context,
            page.challenge,
            page.what_was_done,
            page.impact,
            page.differently,
            " ".join(page.tag_names),
            str(page.latest_revision.content),
        ]
    ).lower()
    for bad in ("<script", "alert(1)", "onerror", "javascript:", "<img", "onclick"):
        assert bad not in stored, bad
    assert page.summary == "Summary  here & there bold"
    assert page.what_was_done == (
        '<p>Intro bad <a href="https://example.org/report">good</a></p>'
        "<ul><li>one</li></ul>"
    )
    assert page.context == "Four schools"
    assert page.challenge == "Marking load"
    assert page.impact == "fell by 50% < 60%"
    assert page.differently == "Nothing"
    assert page.tag_names == ["coaching"]


@pytest.mark.django_db
def test_a_title_that_is_only_markup_is_refused(teacher_client):
    response = teacher_client.post(
        SHARE, valid(title="<script>alert(1)</script>", what_was_done="<img src=x>")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a title." in html
    assert "Describe what was done." in html


def test_sanitisers():
    assert plain_text("a < b && c > d") == "a < b && c > d"
    assert plain_text("<b>Tom</b> &amp; Jerry") == "Tom & Jerry"
    assert plain_text("&amp;lt;script&amp;gt;x&amp;lt;/script&amp;gt;y") == "y"
    assert plain_text("<scr<script>ipt>alert(1)</script>") == "ipt>alert(1)"
    assert "<" not in plain_text("<<script>script>alert(1)<</script>/script>")
    assert rich_text("one\r\n\r\ntwo\nlines") == "<p>one</p><p>two<br>lines</p>"
    assert (
        rich_text('<a href="vbscript:x">v</a> <a href="data:x">d</a>') == "<p>v d</p>"
    )
    assert rich_text('<a href="mailto:a@example.org">m</a>') == (
        '<p><a href="mailto:a@example.org">m</a></p>'
    )
    assert rich_text("<h1>Big</h1><p style='x'>p</p>") == "<p>Big</p><p>p</p>"
    assert rich_text("<script>x</script>") == ""


# -- CSRF, honeypot and the rate limit -------------------------------------------


@pytest.mark.django_db
def test_csrf_is_required(teacher):
    client = Client(enforce_csrf_checks=True)
    client.force_login(teacher)
    response = client.post(SHARE, valid())
    assert response.status_code == 403
    assert not created_pages().exists()


@pytest.mark.django_db
def test_a_filled_honeypot_creates_nothing(teacher_client):
    response = teacher_client.post(SHARE, valid(website="https://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == MINE
    assert not created_pages().exists()
    assert "has been sent" not in teacher_client.get(MINE).content.decode()


@pytest.mark.django_db
def test_too_many_submissions_get_a_friendly_429(teacher_client, teacher):
    for _n in range(5):
        record_share(teacher.pk)
    response = teacher_client.post(SHARE, valid(summary="Typed before the limit"))
    html = response.content.decode()
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Please wait before sharing again" in html
    assert "Typed before the limit" in html
    assert "private" in response["Cache-Control"]
    assert not created_pages().exists()


@pytest.mark.django_db
def test_each_submission_counts_towards_the_limit(teacher_client, settings):
    settings.PRACTICE_SHARE_LIMIT = (1, 3600)
    assert teacher_client.post(SHARE, valid()).status_code == 302
    assert teacher_client.post(SHARE, valid()).status_code == 429
    assert created_pages().count() == 1
    # Reading the form is never limited.
    assert teacher_client.get(SHARE).status_code == 200


# -- my contributions ----------------------------------------------------------------


def _reject(page, moderator, comment: str) -> None:
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment=comment)


def _submitted(owner, **kwargs):
    page = CaseStudyPageFactory(parent=section(A), live=False, owner=owner, **kwargs)
    page.save_revision(user=owner)
    page.get_workflow().start(page, owner)
    return page


@pytest.mark.django_db
def test_my_contributions_lists_each_status_in_words(
    teacher_client, teacher, moderator
):
    draft = CaseStudyPageFactory(
        parent=section(A), title="Still a draft", live=False, owner=teacher
    )
    draft.save_revision(user=teacher)
    _submitted(teacher, title="Sent for review")
    rejected = _submitted(teacher, title="Sent back")
    _reject(rejected, moderator, "Please add the evidence of impact.")
    published = WhatWorksPageFactory(
        parent=section(A), title="Already published", owner=teacher
    )
    CaseStudyPageFactory(parent=section(B), title="Someone else's", owner=moderator)

    html = teacher_client.get(MINE).content.decode()
    items = {
        title: html.split(title, 1)[1].split("</li>", 1)[0]
        for title in (
            "Still a draft",
            "Sent for review",
            "Sent back",
            "Already published",
        )
    }
    assert ">Draft<" in items["Still a draft"]
    assert ">Waiting for review<" in items["Sent for review"]
    assert ">Changes requested<" in items["Sent back"]
    assert "Please add the evidence of impact." in items["Sent back"]
    assert ">Published<" in items["Already published"]
    assert f'href="{published.url}">Already published</a>' in html
    assert "What works / what didn" in items["Already published"]
    assert "Case study" in items["Still a draft"]
    assert "Someone else" not in html
    assert "private" in teacher_client.get(MINE)["Cache-Control"]


@pytest.mark.django_db
def test_my_contributions_after_sharing_shows_waiting_for_review(teacher_client):
    teacher_client.post(SHARE, valid())
    html = teacher_client.get("/cy" + MINE).content.decode()
    assert "has been sent to the alliance" in html
    # Only the English original is listed, not its Welsh alias.
    assert html.count(f"<h2>{valid()['title']}</h2>") == 1
    assert html.count('class="contribution"') == 1
    assert ">Yn aros am adolygiad<" in html  # "Waiting for review", in Welsh


@pytest.mark.django_db
def test_my_contributions_for_someone_without_a_trust(client):
    client.force_login(make_user("reader"))
    response = client.get(MINE)
    assert response.status_code == 200
    assert "You have not shared anything yet." in response.content.decode()
    assert SHARE not in response.content.decode()


@pytest.mark.django_db
def test_my_contributions_queries_do_not_grow_with_the_list(
    teacher_client, teacher, moderator, django_assert_max_num_queries
):
    def add(first: int, last: int) -> None:
        for n in range(first, last):
            page = _submitted(teacher, title=f"Piece {n}")
            if n % 2:
                _reject(page, moderator, f"Comment {n}")
            WhatWorksPageFactory(parent=section(A), owner=teacher, title=f"Live {n}")

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = teacher_client.get(MINE)
        assert response.status_code == 200
        return len(queries)

    add(0, 2)
    few = count_queries()
    add(2, 10)
    with django_assert_max_num_queries(20):
        response = teacher_client.get(MINE)
    assert response.content.decode().count('class="contribution"') == 20
    assert count_queries() <= few


# -- the link on /practice/ ------------------------------------------------------------


@pytest.mark.django_db
def test_the_share_link_is_for_signed_in_members_only(client, teacher):
    assert SHARE not in client.get("/practice/").content.decode()
    client.force_login(make_user("reader"))
    assert SHARE not in client.get("/practice/").content.decode()
    client.force_login(teacher)
    html = client.get("/practice/").content.decode()
    assert f'href="{SHARE}"' in html
    assert f'href="{MINE}"' in html
    assert 'href="/cy/practice/share/"' in client.get("/cy/practice/").content.decode()


@pytest.mark.django_db
def test_the_anonymous_page_cache_never_keeps_members_pages(client, teacher, settings):
    settings.PAGE_CACHE_SECONDS = 600
    anonymous = Client()
    first = anonymous.get("/practice/")
    assert first["X-Page-Cache"] == "miss"
    client.force_login(teacher)
    for url in ("/practice/", SHARE, MINE):
        response = client.get(url)
        assert "X-Page-Cache" not in response, url
        assert SHARE in response.content.decode() or url == MINE
    # Anonymous visitors get the cached page, without the members' link.
    again = anonymous.get("/practice/")
    assert again["X-Page-Cache"] == "hit"
    assert SHARE not in again.content.decode()
