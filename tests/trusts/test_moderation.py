"""Trust editors, moderators and the "Alliance moderation" workflow, from the outside.

Every check goes through the admin's own URLs with the test client, signed in
as each kind of user: trust A's editor must be refused everything of trust
B's, must not even see B's draft titles, and can never publish or approve;
a moderator can do all of it.
"""

from __future__ import annotations

from urllib.parse import urlparse

from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

import pytest

from practice.models import CaseStudyPage, TrustPracticeIndexPage
from tests.practice.factories import CaseStudyPageFactory, section
from trusts.membership import (
    WORKFLOW_NAME,
    offboard_trust,
    onboard_trust,
)
from trusts.models import TrustMembership

A = "severn-vale-learning-trust"
B = "moorland-academies-trust"
B_DRAFT_TITLE = "Moorland secret draft about reading fluency"


@pytest.fixture
def b_pages(editor_b):
    """Trust B's draft (never published, in moderation) and a live page."""
    draft = CaseStudyPageFactory(
        parent=section(B), title=B_DRAFT_TITLE, live=False, owner=editor_b
    )
    draft.save_revision(user=editor_b)
    draft.get_workflow().start(draft, editor_b)
    live = CaseStudyPageFactory(parent=section(B), title="Moorland live case study")
    live.save_revision(user=editor_b).publish()
    return draft, live


@pytest.fixture
def b_document(other_trust):
    collection = other_trust.membership.collection
    doc = Document(title="Moorland's private plan", collection=collection)
    doc.file.save("plan.pdf", ContentFile(b"%PDF-1.4 plan"), save=False)
    doc.save()
    return doc


def _refused(response) -> bool:
    """Wagtail answers a forbidden admin view with 403, or sends the user to the
    dashboard (or to the login page once they have no admin access at all)."""
    if response.status_code == 403:
        return True
    location = urlparse(response.get("Location", "")).path
    return response.status_code == 302 and location in ("/admin/", "/admin/login/")


def _page_urls(page: Page, parent: Page) -> dict[str, str]:
    revision = page.latest_revision
    return {
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "revision view": reverse(
            "wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]
        ),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        "view draft": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "workflow history": reverse(
            "wagtailadmin_pages:workflow_history", args=[page.pk]
        ),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
        "move": reverse("wagtailadmin_pages:move", args=[page.pk]),
        "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "add child": reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]),
        "add case study": reverse(
            "wagtailadmin_pages:add",
            args=["practice", "casestudypage", parent.pk],
        ),
    }


# -- onboarding ----------------------------------------------------------------------


@pytest.mark.django_db
def test_onboarding_makes_group_collection_permissions_and_workflow(trust):
    result = onboard_trust(trust)
    again = onboard_trust(trust)  # idempotent
    assert again.group.pk == result.group.pk
    assert again.collection.pk == result.collection.pk
    assert result.group.name == f"{trust.title} editors"
    assert set(result.group.page_permissions.values_list("page_id", flat=True)) == {
        s.pk for s in result.sections
    }
    # English and Welsh sections of both the library and the directory.
    assert len(result.sections) == 4
    assert {s.locale.language_code for s in result.sections} == {"en-gb", "cy"}
    assert set(
        result.group.page_permissions.values_list("permission__codename", flat=True)
    ) == {"add_page", "change_page"}
    for s in result.sections:
        assert s.get_workflow().name == WORKFLOW_NAME
    assert set(
        result.group.collection_permissions.values_list(
            "permission__codename", flat=True
        )
    ) == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }


@pytest.mark.django_db
def test_onboard_command_creates_a_new_trust(capsys):
    from django.core.management import call_command

    from trusts.models import TrustPage

    call_command(
        "onboard_trust",
        "new-horizons-trust",
        name="New Horizons Trust",
        region="london",
    )
    trust = TrustPage.objects.get(slug="new-horizons-trust")
    assert trust.membership.active
    assert TrustPracticeIndexPage.objects.filter(trust=trust).exists()
    assert "is a member" in capsys.readouterr().out
    call_command("onboard_trust", "new-horizons-trust")  # again: no error


@pytest.mark.django_db
def test_offboarding_revokes_access_but_keeps_content(client, trust, editor_a):
    page = CaseStudyPageFactory(parent=section(A), title="Kept after leaving")
    client.force_login(editor_a)
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code
        == 200
    )

    offboard_trust(trust)
    assert not TrustMembership.objects.get(trust=trust).active
    assert _refused(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert CaseStudyPage.objects.filter(pk=page.pk, live=True).exists()
    editor_a.refresh_from_db()
    assert not editor_a.groups.exists()

    onboard_trust(trust)  # re-joining restores the editor's access
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code
        == 200
    )


# -- trust A's editor and trust B's pages ----------------------------------------------


@pytest.mark.django_db
def test_editor_is_refused_every_view_of_another_trusts_pages(
    client, editor_a, b_pages
):
    draft, live = b_pages
    client.force_login(editor_a)
    for page in (draft, live):
        for name, url in _page_urls(page, section(B)).items():
            response = client.get(url)
            assert _refused(response), f"{name} {url} gave {response.status_code}"
    # Writes are refused too, and change nothing.
    client.post(reverse("wagtailadmin_pages:delete", args=[live.pk]))
    client.post(reverse("wagtailadmin_pages:unpublish", args=[live.pk]))
    assert CaseStudyPage.objects.get(pk=live.pk).live


@pytest.mark.django_db
def test_editor_can_work_in_their_own_section(client, editor_a):
    own = CaseStudyPageFactory(parent=section(A), live=False, owner=editor_a)
    own.save_revision(user=editor_a)
    client.force_login(editor_a)
    for name in ("edit", "history", "revision view", "add case study"):
        url = _page_urls(own, section(A))[name]
        assert client.get(url).status_code == 200, name


@pytest.mark.django_db
def test_editor_does_not_see_other_trusts_drafts_in_listings_search_or_api(
    client, editor_a, b_pages
):
    client.force_login(editor_a)
    library = section(B).get_parent()
    responses = {
        "explorer": client.get(reverse("wagtailadmin_explore", args=[library.pk])),
        "search": client.get(
            reverse("wagtailadmin_pages:search"), {"q": "secret draft"}
        ),
        "api": client.get("/admin/api/main/pages/", {"search": "secret draft"}),
        "api children": client.get(
            "/admin/api/main/pages/", {"child_of": section(B).pk}
        ),
        "api detail": client.get(f"/admin/api/main/pages/{b_pages[0].pk}/"),
        "chooser search": client.get(
            reverse("wagtailadmin_choose_page_search"), {"q": "secret draft"}
        ),
        "chooser browse": client.get(
            reverse("wagtailadmin_choose_page_child", args=[section(B).pk])
        ),
    }
    for name, response in responses.items():
        assert response.status_code in (200, 400, 403, 404), name
        assert B_DRAFT_TITLE not in response.content.decode(), name


@pytest.mark.django_db
def test_editor_cannot_choose_or_edit_another_trusts_documents(
    client, editor_a, b_document
):
    client.force_login(editor_a)
    chooser = client.get(reverse("wagtaildocs_chooser:choose"))
    assert chooser.status_code == 200
    assert b_document.title not in chooser.content.decode()
    assert _refused(client.get(reverse("wagtaildocs:edit", args=[b_document.pk])))


@pytest.mark.django_db
def test_editor_cannot_publish_submits_instead(client, editor_a, moderator):
    page = CaseStudyPageFactory(parent=section(A), live=False, owner=editor_a)
    page.save_revision(user=editor_a)
    client.force_login(editor_a)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert b'name="action-publish"' not in edit.content
    assert b'name="action-submit"' in edit.content

    mail.outbox.clear()
    state = page.get_workflow().start(page, editor_a)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # The moderators hear of it.
    assert any("mod@example.org" in m.to for m in mail.outbox)

    # The editor cannot approve their own submission.
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    response = client.post(approve, {"comment": "Looks good to me"})
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert (
        TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    )


# -- the moderator ---------------------------------------------------------------------


@pytest.mark.django_db
def test_moderator_can_do_everything_to_any_trusts_pages(client, moderator, b_pages):
    draft, live = b_pages
    client.force_login(moderator)
    for page in (draft, live):
        urls = _page_urls(page, section(B))
        for name in ("edit", "revision view", "history", "copy", "move", "add child"):
            assert client.get(urls[name]).status_code == 200, name
    assert client.get(_page_urls(live, section(B))["unpublish"]).status_code == 200
    # The control for the editor's listing test: the draft is findable here.
    found = client.get(reverse("wagtailadmin_pages:search"), {"q": "secret draft"})
    assert B_DRAFT_TITLE in found.content.decode()
    explorer = client.get(reverse("wagtailadmin_explore", args=[section(B).pk]))
    assert B_DRAFT_TITLE in explorer.content.decode()


@pytest.mark.django_db
def test_approval_publishes_and_is_audited(client, moderator, editor_b, b_pages):
    draft, _live = b_pages
    task_state = draft.current_workflow_task_state
    client.force_login(moderator)
    mail.outbox.clear()
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[draft.pk, "approve", task_state.pk],
        ),
        {"comment": "Clear and useful, thank you."},
    )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    assert any(editor_b.email in m.to for m in mail.outbox)
    actions = set(
        PageLogEntry.objects.filter(page=draft).values_list("action", flat=True)
    )
    assert {
        "wagtail.workflow.start",
        "wagtail.workflow.approve",
        "wagtail.publish",
    } <= actions


@pytest.mark.django_db
def test_rejection_keeps_every_revision_and_resubmission_works(
    client, moderator, editor_a
):
    page = CaseStudyPageFactory(parent=section(A), live=False, owner=editor_a)
    page.title = "First draft"
    page.save_revision(user=editor_a)
    page.title = "Second draft"
    page.save_revision(user=editor_a)
    state = page.get_workflow().start(page, editor_a)

    client.force_login(moderator)
    mail.outbox.clear()
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Please add the figures."},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert any(editor_a.email in m.to for m in mail.outbox)
    assert TaskState.objects.filter(
        workflow_state=state, comment="Please add the figures."
    ).exists()
    titles = [
        r.content["title"]
        for r in Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk")
    ]
    assert titles[-2:] == ["First draft", "Second draft"]

    # The editor edits and resubmits; the same workflow picks up again.
    page.refresh_from_db()
    page.title = "Third draft, with figures"
    page.save_revision(user=editor_a)
    state.resume(editor_a)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() >= 3


@pytest.mark.django_db
def test_live_version_is_unchanged_while_an_edit_is_in_moderation(client, editor_a):
    page = CaseStudyPageFactory(parent=section(A), title="Live title")
    page.save_revision().publish()
    draft = page.get_latest_revision_as_object()
    draft.title = "Edited title awaiting review"
    draft.save_revision(user=editor_a)
    page.get_workflow().start(page, editor_a)
    response = client.get(page.url)
    assert response.status_code == 200
    assert b"Live title" in response.content
    assert b"Edited title awaiting review" not in response.content


@pytest.mark.django_db
def test_schools_are_kept_by_moderators_not_trust_editors(client, moderator, editor_a):
    from trusts.membership import ensure_moderators

    ensure_moderators()
    url = reverse("wagtailsnippets_trusts_school:list")
    client.force_login(moderator)
    assert client.get(url).status_code == 200
    client.force_login(editor_a)
    assert _refused(client.get(url))


@pytest.mark.django_db
def test_editor_cannot_delete_or_unpublish_a_published_page_of_their_own(
    client, editor_a
):
    live = CaseStudyPageFactory(parent=section(A), title="Published by A")
    live.save_revision().publish()
    client.force_login(editor_a)
    for name in ("delete", "unpublish"):
        url = _page_urls(live, section(A))[name]
        assert _refused(client.get(url)), name
        client.post(url)
    assert CaseStudyPage.objects.get(pk=live.pk).live
    # An unpublished draft of their own they may delete.
    draft = CaseStudyPageFactory(parent=section(A), live=False, owner=editor_a)
    draft.save_revision(user=editor_a)
    client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
    assert not CaseStudyPage.objects.filter(pk=draft.pk).exists()
