"""Issue 17, findings 2 and 3: what a trust editor must not read in the admin.

2. Another trust's unpublished pages, by id: the explorer, the page chooser,
   wagtail-localize's submit view, the move confirmation and the bulk action
   views all used to show the draft's title, and page ids are sequential.
3. Support requests, readable by any trust editor through the snippet chooser
   and wagtail-localize's snippet API (the list and inspect views refused).

The guard is trusts/admin_boundaries.py; tests/test_admin_sweep.py checks
every admin URL the same way.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

import pytest

from directory.models import SupportRequest
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.factories import CaseStudyPageFactory, section
from tests.trusts.factories import make_user

A = "severn-vale-learning-trust"
B = "moorland-academies-trust"
SECRET_TITLE = "SECRET-DRAFT-TITLE-boundaries"
SECRET_SUPPORT = "SECRET-SUPPORT-boundaries"


@pytest.fixture
def b_draft(editor_b):
    """Trust B's never-published draft, in moderation."""
    draft = CaseStudyPageFactory(
        parent=section(B), title=SECRET_TITLE, live=False, owner=editor_b
    )
    draft.save_revision(user=editor_b)
    draft.get_workflow().start(draft, editor_b)
    return draft


@pytest.fixture
def support_request(other_trust):
    profile = ExpertProfilePageFactory(parent=directory_section(B), publish=True)
    return SupportRequest.objects.create(
        profile=profile,
        name=f"{SECRET_SUPPORT} Headteacher",
        email="head@example.org",
        organisation=f"{SECRET_SUPPORT} school",
        role="Head",
        help_wanted=f"{SECRET_SUPPORT}: our reading results fell sharply.",
        consent=True,
    )


@pytest.fixture
def request_moderator(db):
    """Staff who may see support requests (as the demo's moderators may)."""
    user = make_user("sr-mod", is_staff=True)
    group, _ = Group.objects.get_or_create(name="Support request moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_supportrequest"),
        Permission.objects.get(codename="change_supportrequest"),
    )
    user.groups.add(group)
    return user


def _draft_urls(draft) -> dict[str, str]:
    own_section = section(A)
    urls = {
        "explorer": f"/admin/pages/{draft.pk}/",
        "explorer results": f"/admin/pages/{draft.pk}/results/",
        "page chooser": f"/admin/choose-page/{draft.pk}/",
        "localize submit": f"/admin/localize/submit/page/{draft.pk}/",
        "move confirm": f"/admin/pages/{draft.pk}/move/{own_section.pk}/confirm/",
    }
    for action in ("delete", "publish", "unpublish", "move"):
        urls[f"bulk {action}"] = f"/admin/bulk/wagtailcore/page/{action}/?id={draft.pk}"
    return urls


# -- finding 2 ------------------------------------------------------------------------


@pytest.mark.django_db
def test_editor_sees_no_title_of_another_trusts_draft_by_id(client, editor_a, b_draft):
    client.force_login(editor_a)
    leaks = []
    for name, url in _draft_urls(b_draft).items():
        response = client.get(url)
        if SECRET_TITLE in response.content.decode(errors="replace"):
            leaks.append(f"{name} {url} ({response.status_code})")
    assert not leaks, leaks


@pytest.mark.django_db
def test_moving_own_page_onto_another_trusts_draft_shows_nothing(
    client, editor_a, b_draft
):
    own = CaseStudyPageFactory(parent=section(A), live=False, owner=editor_a)
    own.save_revision(user=editor_a)
    client.force_login(editor_a)
    response = client.get(f"/admin/pages/{own.pk}/move/{b_draft.pk}/confirm/")
    assert SECRET_TITLE not in response.content.decode()


@pytest.mark.django_db
def test_editor_still_works_with_own_drafts_and_live_pages(client, editor_a, b_draft):
    own = CaseStudyPageFactory(
        parent=section(A), title="Own draft in A", live=False, owner=editor_a
    )
    own.save_revision(user=editor_a)
    b_live = CaseStudyPageFactory(parent=section(B), title="Moorland live page")
    b_live.save_revision().publish()
    client.force_login(editor_a)

    for url in (
        f"/admin/pages/{own.pk}/",
        f"/admin/choose-page/{section(A).pk}/",
        f"/admin/bulk/wagtailcore/page/delete/?id={own.pk}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Own draft in A" in response.content.decode(), url
    # Live pages are public anyway: the chooser still offers them for links.
    response = client.get(f"/admin/choose-page/{section(B).pk}/")
    assert response.status_code == 200
    assert "Moorland live page" in response.content.decode()
    assert SECRET_TITLE not in response.content.decode()


@pytest.mark.django_db
def test_moderator_still_sees_every_trusts_drafts(client, b_draft):
    from trusts.membership import moderators_group

    moderator = make_user("mod", is_staff=True)
    moderator.groups.add(moderators_group())
    client.force_login(moderator)
    for url in (
        f"/admin/pages/{b_draft.pk}/",
        f"/admin/choose-page/{section(B).pk}/",
        f"/admin/bulk/wagtailcore/page/delete/?id={b_draft.pk}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SECRET_TITLE in response.content.decode(), url


# -- finding 3 ------------------------------------------------------------------------


def _support_request_urls(support_request) -> dict[str, str]:
    pk = support_request.pk
    return {
        "chooser": "/admin/snippets/choose/directory/supportrequest/",
        "chooser results": "/admin/snippets/choose/directory/supportrequest/results/",
        "chooser search": "/admin/snippets/choose/directory/supportrequest/results/"
        "?q=Headteacher",
        "chosen": f"/admin/snippets/choose/directory/supportrequest/chosen/{pk}/",
        "chosen multiple": "/admin/snippets/choose/directory/supportrequest/"
        f"chosen-multiple/?id={pk}",
        "localize api": "/admin/localize/api/snippets/directory/supportrequest/",
        "localize api detail": (
            f"/admin/localize/api/snippets/directory/supportrequest/{pk}/"
        ),
        "localize submit": (
            f"/admin/localize/submit/snippet/directory/supportrequest/{pk}/"
        ),
        "list": "/admin/snippets/directory/supportrequest/",
        "inspect": f"/admin/snippets/directory/supportrequest/inspect/{pk}/",
    }


@pytest.mark.django_db
def test_trust_editors_cannot_read_support_requests(
    client, editor_a, editor_b, support_request
):
    for editor in (editor_a, editor_b):
        client.force_login(editor)
        for name, url in _support_request_urls(support_request).items():
            response = client.get(url)
            body = response.content.decode(errors="replace")
            assert SECRET_SUPPORT not in body, f"{editor} {name} {url}"
            assert response.status_code in (302, 403, 404), (
                f"{editor} {name} {url} gave {response.status_code}"
            )


@pytest.mark.django_db
def test_support_requests_are_not_translatable(
    client, request_moderator, support_request
):
    from wagtail_localize.models import TranslationSource

    client.force_login(request_moderator)
    submit = (
        f"/admin/localize/submit/snippet/directory/supportrequest/{support_request.pk}/"
    )
    assert client.get(submit).status_code in (302, 403, 404)
    client.post(submit, {"locales": ["cy"]})
    assert not TranslationSource.objects.filter(
        specific_content_type__model="supportrequest"
    ).exists()
    # Nor listed by wagtail-localize's snippet API, even for a moderator.
    api = client.get("/admin/localize/api/snippets/directory/supportrequest/")
    assert api.status_code in (403, 404)
    assert SECRET_SUPPORT not in api.content.decode()


@pytest.mark.django_db
def test_moderators_still_read_support_requests(
    client, request_moderator, support_request
):
    client.force_login(request_moderator)
    for url in (
        "/admin/snippets/directory/supportrequest/",
        f"/admin/snippets/directory/supportrequest/inspect/{support_request.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SECRET_SUPPORT in response.content.decode(), url


@pytest.mark.django_db
def test_support_request_chooser_refuses_by_itself(
    client, settings, editor_a, support_request
):
    """Defence in depth: the chooser views check, even without the middleware."""
    settings.MIDDLEWARE = [
        m for m in settings.MIDDLEWARE if "admin_boundaries" not in m
    ]
    client.force_login(editor_a)
    for url in (
        "/admin/snippets/choose/directory/supportrequest/",
        f"/admin/snippets/choose/directory/supportrequest/chosen/{support_request.pk}/",
    ):
        response = client.get(url)
        # Wagtail turns a view's refusal into a redirect to the dashboard.
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or response["Location"] == "/admin/"
        assert SECRET_SUPPORT not in response.content.decode()


# -- found by the sweep ---------------------------------------------------------------


@pytest.mark.django_db
def test_bulk_views_show_no_other_trusts_images_or_documents(
    client, editor_a, other_trust
):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    import wagtail_factories

    collection = other_trust.membership.collection
    image = wagtail_factories.ImageFactory(
        title="SECRET-IMAGE-boundaries", collection=collection
    )
    document = Document(title="SECRET-DOC-boundaries", collection=collection)
    document.file.save("s.pdf", ContentFile(b"%PDF-1.4 s"), save=False)
    document.save()
    client.force_login(editor_a)
    for model, obj in (
        ("wagtailimages/image", image),
        ("wagtaildocs/document", document),
    ):
        for action in ("delete", "add_tags", "add_to_collection"):
            response = client.get(f"/admin/bulk/{model}/{action}/?id={obj.pk}")
            assert obj.title not in response.content.decode(), (model, action)


@pytest.mark.django_db
def test_page_types_report_is_for_moderators(client, editor_a, b_draft):
    client.force_login(editor_a)
    for url in (
        "/admin/reports/page-types-usage/",
        "/admin/reports/page-types-usage/results/",
    ):
        response = client.get(url)
        assert SECRET_TITLE not in response.content.decode(), url
        assert response.status_code == 403, url
    reports = client.get("/admin/").content.decode()
    assert "/admin/reports/workflow/" in reports  # the menu is there...
    assert "/admin/reports/page-types-usage/" not in reports  # ...less this


PENDING_TITLE = "SECRET-PENDING-TITLE-boundaries"


@pytest.fixture
def b_live_with_pending_title(editor_b):
    """Trust B's live case study with a retitled draft in moderation."""
    page = CaseStudyPageFactory(parent=section(B), title="Published title")
    page = page.specific
    page.title = PENDING_TITLE
    page.save_revision(user=editor_b)
    return page


def test_a_live_pages_pending_title_stays_with_its_trust(
    client, editor_a, b_live_with_pending_title
):
    page = b_live_with_pending_title
    client.force_login(editor_a)
    for url in (
        f"/admin/pages/{page.pk}/",
        f"/admin/pages/{page.pk}/view_draft/",
        f"/admin/choose-page/{page.get_parent().pk}/",
        f"/admin/choose-page/{page.get_parent().pk}/results/",
        "/admin/choose-page/search/?q=pending",
        f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}",
    ):
        response = client.get(url)
        assert PENDING_TITLE not in response.content.decode(), url
    # The live page itself may still be chosen by its published title.
    listing = client.get(f"/admin/choose-page/{page.get_parent().pk}/").content
    assert PENDING_TITLE.encode() not in listing


def test_a_pending_title_on_the_way_to_own_section_does_not_lock_editors_out(
    client, editor_a, trust
):
    """A moderator retitling the library page leaves editors a way in."""
    library = section("severn-vale-learning-trust").get_parent().specific
    library.title = "Practice library (retitled)"
    library.save_revision()
    client.force_login(editor_a)
    assert client.get(f"/admin/pages/{library.pk}/").status_code == 200
    chooser = client.get(f"/admin/choose-page/{library.pk}/")
    assert chooser.status_code == 200
