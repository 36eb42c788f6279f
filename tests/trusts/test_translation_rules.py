"""Translating follows the same rules as editing (trusts/translation_rules.py).

Issue 17, finding 1: signed in as a trust editor, "translate" then "sync with
Publish immediately" in wagtail-localize put another trust's draft, still in
moderation, live under /cy/. wagtail-localize checks only the global
`submit_translation` permission, which every editors' group has. These tests
replay the report through the admin's own URLs and check, by snapshotting
the pages, revisions and translation records, that nothing changed; then
that a moderator can still translate and publish, and that every
wagtail-localize admin URL is covered by the guard.
"""

from __future__ import annotations

from django.core.cache import cache
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wagtail.models import Page, Revision, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from practice.models import CaseStudyPage
from search.models import Synonym
from tests.practice.factories import CaseStudyPageFactory, section

A = "severn-vale-learning-trust"
B = "moorland-academies-trust"


@pytest.fixture
def client(client, django_capture_on_commit_callbacks):
    """The test client, with each request's on-commit callbacks run as they are
    in production (wagtail-localize publishes a translation on commit)."""
    request = client.request

    def committing_request(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return request(**kwargs)

    client.request = committing_request
    return client


def _draft_in_moderation(trust_slug: str, owner, cy, title: str) -> CaseStudyPage:
    """A never-published page in the workflow, with its Welsh alias (as the
    LocaleSynchronization gives every English page)."""
    page = CaseStudyPageFactory(
        parent=section(trust_slug), title=title, live=False, owner=owner
    )
    page.save_revision(user=owner)
    page.get_workflow().start(page, owner)
    page.copy_for_translation(cy, copy_parents=True, alias=True)
    return page


def _live_page(trust_slug: str, owner, cy, title: str) -> CaseStudyPage:
    page = CaseStudyPageFactory(parent=section(trust_slug), title=title)
    page.save_revision(user=owner).publish()
    page.copy_for_translation(cy, copy_parents=True, alias=True)
    return page


@pytest.fixture
def b_draft(editor_b, cy):
    return _draft_in_moderation(B, editor_b, cy, "Moorland draft in moderation")


@pytest.fixture
def a_draft(editor_a, cy):
    return _draft_in_moderation(A, editor_a, cy, "Severn Vale unapproved draft")


@pytest.fixture
def a_live(editor_a, cy):
    return _live_page(A, editor_a, cy, "Severn Vale published case study")


def snapshot():
    """Everything the report changed: pages, revisions, translation records."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "id",
                "live",
                "alias_of_id",
                "latest_revision_id",
                "live_revision_id",
                "has_unpublished_changes",
                "title",
            )
        ),
        "revisions": Revision.objects.count(),
        "workflow states": WorkflowState.objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": list(
            Translation.objects.order_by("pk").values_list("id", "enabled")
        ),
        "strings": StringTranslation.objects.count(),
    }


def welsh_url(page: Page, cy) -> str:
    welsh = page.get_translation(cy)
    return f"/cy/practice/{welsh.get_parent().slug}/{welsh.slug}/"


def public_status(client, url: str) -> int:
    cache.clear()
    client.logout()
    return client.get(url).status_code


def submit(client, page: Page, cy, **extra):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [cy.pk], **extra},
    )


def update(client, source: TranslationSource, publish: bool = True):
    data = {"publish_translations": "on"} if publish else {}
    return client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), data
    )


def source_of(page: Page) -> TranslationSource | None:
    return TranslationSource.objects.filter(object_id=page.translation_key).first()


def refused(response) -> bool:
    """A 403, or the admin's "sorry" redirect to the dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_home"
    )


# -- the report, replayed --------


@pytest.mark.django_db
def test_report_editor_cannot_translate_or_publish_another_trusts_draft(
    client, editor_a, b_draft, cy
):
    url = welsh_url(b_draft, cy)
    assert public_status(client, url) == 404
    before = snapshot()

    client.force_login(editor_a)
    first = submit(client, b_draft, cy)
    source = source_of(b_draft)
    if source is not None:  # what happened before the fix
        update(client, source, publish=True)

    assert public_status(client, url) == 404
    assert snapshot() == before
    assert b_draft.get_translation(cy).alias_of_id == b_draft.pk
    assert refused(first)


@pytest.mark.django_db
def test_editor_cannot_sync_or_publish_a_translation_a_moderator_started(
    client, editor_a, moderator, b_draft, cy
):
    """The second request of the report on its own: the Welsh draft exists."""
    client.force_login(moderator)
    assert submit(client, b_draft, cy).status_code == 302
    source = source_of(b_draft)
    translation = source.translations.get()
    welsh = b_draft.get_translation(cy)
    assert welsh.alias_of_id is None and not welsh.live
    url = welsh_url(b_draft, cy)
    before = snapshot()

    client.force_login(editor_a)
    assert refused(update(client, source, publish=True))
    assert refused(update(client, source, publish=False))
    for name, kwargs in (
        ("stop_translation", {"translation_id": translation.pk}),
        ("upload_pofile", {"translation_id": translation.pk}),
        ("machine_translate", {"translation_id": translation.pk}),
        ("convert_to_alias", {"page_id": welsh.pk}),
    ):
        response = client.post(reverse(f"wagtail_localize:{name}", kwargs=kwargs))
        assert refused(response), name
    for name in ("download_pofile", "preview_translation"):
        url_ = reverse(f"wagtail_localize:{name}", args=[translation.pk])
        assert refused(client.get(url_)), name
    segment = source.stringsegment_set.first()
    response = client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        "value=Cyhoeddwyd",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    # The Welsh page's own edit view: Wagtail refuses it, publish action and all.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[welsh.pk]), {"action": "publish"}
    )
    assert refused(response)

    assert snapshot() == before
    assert public_status(client, url) == 404


@pytest.mark.django_db
def test_editor_may_translate_own_draft_but_its_welsh_version_is_not_published(
    client, editor_a, a_draft, cy
):
    url = welsh_url(a_draft, cy)
    assert public_status(client, url) == 404
    client.force_login(editor_a)

    # Starting the translation of an unpublished page changes nothing live.
    assert submit(client, a_draft, cy).status_code == 302
    welsh = a_draft.get_translation(cy)
    assert welsh.alias_of_id is None and not welsh.live
    source = source_of(a_draft)
    translation = source.translations.get()
    before = snapshot()

    # "Publish immediately" is refused, with nothing changed.
    response = update(client, source, publish=True)
    assert refused(response)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("moderator" in m for m in messages), messages
    assert snapshot() == before

    # The translation editor's own Publish button: wagtail-localize refuses it.
    client.post(
        reverse("wagtailadmin_pages:edit", args=[welsh.pk]), {"action": "publish"}
    )
    assert snapshot() == before

    # Translating strings is fine: it changes no page until someone publishes.
    segment = source.stringsegment_set.get(context__path="title")
    response = client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        "value=Drafft heb ei gymeradwyo",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201

    welsh.refresh_from_db()
    assert not welsh.live and welsh.live_revision_id is None
    assert public_status(client, url) == 404


@pytest.mark.django_db
def test_editor_syncs_stops_and_restarts_own_translation_moderator_converts(
    client, editor_a, moderator, a_draft, cy
):
    client.force_login(editor_a)
    assert submit(client, a_draft, cy).status_code == 302
    welsh = a_draft.get_translation(cy)
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh.pk])
    source = source_of(a_draft)
    translation = source.translations.get()

    # Syncing without publishing changes nothing live: allowed.
    response = update(client, source, publish=False)
    assert response.status_code == 302 and not refused(response)
    # Stopping and restarting the synced translation (the latter through
    # Wagtail's page edit view) only switch wagtail-localize's editor on or off.
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    response = client.post(stop, {"next": edit_url})
    assert response["Location"] == edit_url
    translation.refresh_from_db()
    assert not translation.enabled
    client.post(edit_url, {"localize-restart-translation": "on"})
    translation.refresh_from_db()
    assert translation.enabled

    # Converting back to an alias takes the English page's live status and
    # content: a moderator's job.
    before = snapshot()
    convert = reverse("wagtail_localize:convert_to_alias", args=[welsh.pk])
    assert client.get(convert).status_code == 200
    response = client.post(convert)
    assert refused(response)
    assert snapshot() == before
    client.force_login(moderator)
    client.post(convert)
    welsh.refresh_from_db()
    assert welsh.alias_of_id == a_draft.pk


@pytest.mark.django_db
def test_editor_cannot_start_a_translation_that_would_change_a_live_page(
    client, editor_a, a_live, cy
):
    url = welsh_url(a_live, cy)
    assert public_status(client, url) == 200  # the live Welsh alias
    before = snapshot()

    client.force_login(editor_a)
    response = submit(client, a_live, cy)
    assert refused(response)
    assert snapshot() == before
    assert a_live.get_translation(cy).alias_of_id == a_live.pk
    assert public_status(client, url) == 200


@pytest.mark.django_db
def test_editor_cannot_translate_a_subtree(client, editor_a, a_draft, cy):
    before = snapshot()
    client.force_login(editor_a)
    response = submit(client, section(A), cy, include_subtree="on")
    assert refused(response)
    assert snapshot() == before


@pytest.mark.django_db
def test_editor_cannot_translate_snippets_or_read_them_through_localize(
    client, editor_a, en
):
    synonym = Synonym.objects.create(term="SEND", equivalents="SEN", locale=en)
    before = snapshot()
    client.force_login(editor_a)
    response = client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["search", "synonym", synonym.pk],
        ),
        {"locales": [Page.objects.filter(depth=2).first().locale_id]},
    )
    assert refused(response)
    assert snapshot() == before
    for url in (
        reverse(
            "wagtail_localize:snippets_api_listing",
            args=["trusts", "school"],
        ),
        reverse("wagtail_localize:snippets_api_listing", args=["search", "synonym"]),
        reverse("wagtail_localize:translations_report"),
    ):
        assert refused(client.get(url)), url


# -- moderators keep the feature --------


@pytest.mark.django_db
def test_moderator_can_translate_sync_and_publish(client, moderator, b_draft, cy):
    client.force_login(moderator)
    assert submit(client, b_draft, cy).status_code == 302
    source = source_of(b_draft)
    assert source is not None
    response = update(client, source, publish=True)
    assert response.status_code == 302 and not refused(response)

    welsh = b_draft.get_translation(cy)
    assert welsh.alias_of_id is None and welsh.live
    assert public_status(client, welsh_url(b_draft, cy)) == 200
    client.force_login(moderator)
    assert client.get(reverse("wagtail_localize:translations_report")).status_code == (
        200
    )


@pytest.mark.django_db
def test_moderator_can_translate_a_live_page(client, moderator, a_live, cy):
    client.force_login(moderator)
    assert submit(client, a_live, cy).status_code == 302
    welsh = a_live.get_translation(cy)
    assert welsh.alias_of_id is None and welsh.live


# -- the guard covers every wagtail-localize URL --------


def _named_patterns(patterns, prefix="", namespace=None):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _named_patterns(
                pattern.url_patterns, route, pattern.namespace or namespace
            )
        elif isinstance(pattern, URLPattern):
            yield route, namespace, pattern.name


def test_every_localize_admin_url_has_a_rule():
    """A view wagtail-localize adds or renames fails here until it has a rule
    (until then the guard refuses it to everyone but superusers)."""
    from trusts import translation_rules

    routes = list(_named_patterns(get_resolver().url_patterns))
    localize = {
        name for route, namespace, name in routes if route.startswith("admin/localize/")
    }
    assert localize, "wagtail-localize's admin URLs have moved"
    assert all(
        namespace == "wagtail_localize"
        for route, namespace, _name in routes
        if route.startswith("admin/localize/")
    )
    assert localize == set(translation_rules.RULES)


def test_no_other_admin_url_translates_pages():
    """Wagtail's own "Translate this page" (simple_translation) is not
    installed; the only other alias/translation path is Wagtail's own
    convert-alias view, guarded by a hook."""
    from django.conf import settings

    from trusts import translation_rules

    assert "wagtail.contrib.simple_translation" not in settings.INSTALLED_APPS
    assert translation_rules.MIDDLEWARE_PATH in settings.MIDDLEWARE
    suspicious = {
        (namespace, name)
        for route, namespace, name in _named_patterns(get_resolver().url_patterns)
        if route.startswith("admin/")
        and not route.startswith("admin/localize/")
        and any(word in route for word in ("translat", "alias", "localize"))
    }
    assert suspicious <= {("wagtailadmin_pages", "convert_alias")}, suspicious


def test_an_unknown_localize_view_is_refused():
    from trusts import translation_rules

    assert translation_rules.RULES.get("a_view_added_later") is None
    rule = translation_rules.rule_for("a_view_added_later")
    assert rule is translation_rules.refuse_unknown


@pytest.mark.django_db
def test_editor_cannot_change_locales_or_their_synchronisation(client, editor_a, cy):
    """Locale synchronisation (sync_trees, which creates aliases) is set on
    /admin/locales/, kept by Wagtail's locale permissions: not the editors'."""
    before = snapshot()
    client.force_login(editor_a)
    for url in (
        reverse("wagtaillocales:index"),
        reverse("wagtaillocales:add"),
        reverse("wagtaillocales:edit", args=[cy.pk]),
    ):
        assert refused(client.get(url)), url
    response = client.post(
        reverse("wagtaillocales:edit", args=[cy.pk]), {"language_code": "cy"}
    )
    assert refused(response)
    assert snapshot() == before
