"""Rich text is sanitised wherever it is stored, and again when it is rendered.

Issue #17, finding 9: a `<script>`, an `onerror` attribute or a
`javascript:` link stored in a rich text field or block was served verbatim
on the page and in /api/v2/. The rule lives in home/richtext.py; here the
same hostile text goes in through each door (the admin, the share form,
code, revisions, other models' rich text, a Welsh translation, rows written
behind Wagtail's back) and must come out of the page and the API without
anything that could run, while everything the editor makes survives.
"""

from __future__ import annotations

import json
import re

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import Client
from django.urls import reverse

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Locale, Page, Revision
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
import wagtail_factories

from directory.models import ExpertProfilePage
from home.demo_welsh import translate_page
from home.models import HomePage, StandardPage
from home.richtext import (
    EDITOR_FEATURES,
    clean_app_rows,
    clean_rendered_html,
    clean_rich_text,
    rich_text_fields,
    rich_text_models,
)
from practice.models import CaseStudyPage, WhatWorksPage
from tests.directory.factories import ExpertProfilePageFactory
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    document,
    element,
    section,
)
from tests.practice.test_share import approve_in_admin, valid
from trusts.membership import TrustAccount, add_trust_account, moderators_group
from trusts.models import TrustPage

HOSTILE = (
    "<p>ok</p><script>alert(1)</script><img src=x onerror=alert(2)>"
    '<a href="javascript:alert(3)">x</a>'
)
# What must never reach a reader as markup. ("<script" itself is on every
# page, the JSON-LD block and nonce'd scripts, so the payload's own tags are
# looked for; "alert(1)" left as plain text is harmless.)
FORBIDDEN = ("<script>alert", "<img src=x", "onerror", "javascript:")
# Wagtail's editor keys its paragraphs: <p data-block-key="...">ok</p>.
KEPT = re.compile(r"<p( data-block-key=\\?\"\w+\\?\")?>ok</p>")
MORE_VECTORS = [
    '<a href="JaVaScRiPt:alert(3)">x</a>',
    '<a href="java&#09;script:alert(3)">x</a>',
    '<a href="data:text/html,alert(3)">x</a>',
    '<a href="vbscript:alert(3)">x</a>',
    '<p style="background:url(javascript:alert(3))" onclick="alert(1)">p</p>',
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(3)></iframe>",
    '<a linktype="page" id="1 onmouseover=alert(2)">x</a>',
    "<!--<img src=x onerror=alert(2)>-->",
]


def assert_safe(text: str) -> None:
    for bad in FORBIDDEN:
        assert bad not in text, f"{bad!r} survived in {text[:400]!r}"


def assert_safe_and_kept(text: str) -> None:
    assert_safe(text)
    assert KEPT.search(text), text[:400]


def api_text(client: Client, page: Page) -> str:
    response = client.get(f"/api/v2/pages/{page.pk}/", {"fields": "*"})
    assert response.status_code == 200, response.content[:300]
    return response.content.decode()


def api_html(client: Client, page: Page) -> str:
    """Every string in the API's answer, rich text included, as one text."""
    return json.dumps(json.loads(api_text(client, page)), ensure_ascii=False)


def raw_row(model, pk: int, *names: str) -> dict:
    """What the database holds, read past the model's own field handling."""
    row = model.objects.filter(pk=pk).values(*names).get()
    return {name: _as_text(model, name, value) for name, value in row.items()}


def _as_text(model, name, value) -> str:
    field = model._meta.get_field(name)
    return json.dumps(field.get_prep_value(value)) if name == "body" else value


@pytest.fixture
def sync_welsh(db):
    """Give every English page a Welsh alias (as seed_demo and the admin do)."""
    from wagtail_localize.synctree import synchronize_tree

    def sync() -> None:
        synchronize_tree(
            Locale.objects.get(language_code="en-gb"),
            Locale.objects.get(language_code="cy"),
        )

    return sync


@pytest.fixture
def superuser_client(db, client) -> Client:
    user = get_user_model().objects.create_superuser(
        "rt-admin", "rt-admin@example.org", "pw"
    )
    client.force_login(user)
    return client


# -- the rule itself -----------------------------------------------------------


def test_the_hostile_text_is_cleaned_and_the_paragraph_kept():
    cleaned = clean_rich_text(HOSTILE)
    assert_safe_and_kept(cleaned)
    assert "<script" not in cleaned and "<img" not in cleaned


@pytest.mark.parametrize("vector", MORE_VECTORS)
def test_other_ways_in_are_closed(vector):
    cleaned = clean_rich_text(vector)
    assert_safe(cleaned)
    assert "<script" not in cleaned and "style=" not in cleaned
    assert_safe(clean_rendered_html(vector))


def test_attribute_values_cannot_break_out_of_wagtails_tag_rewriter():
    # Wagtail finds <embed .../> with a regex that stops at the first ">".
    vector = (
        '<embed embedtype="image" id="1" format="left" '
        'alt="a/><script>alert(1)</script>"/>'
        '<a linktype="page" id="2" href="x>y<script>alert(1)</script>">z</a>'
    )
    cleaned = clean_rich_text(vector)
    assert "<script" not in cleaned
    assert cleaned.count("<") == 3, cleaned  # <embed/>, <a>, </a>


def test_cleaning_is_idempotent_and_keeps_what_the_form_stores():
    cleaned = clean_rich_text(HOSTILE)
    assert clean_rich_text(cleaned) == cleaned
    # The share form's own output (HTML-style <br>) is left as it is.
    form_html = "<p>one</p><p>two<br>lines</p>"
    assert clean_rich_text(form_html) is form_html


@pytest.mark.django_db
def test_every_editor_feature_survives_a_round_trip_unchanged(home_page):
    """What Draftail stores, with every feature on, is clean already."""
    doc = document("round-trip.pdf")
    image = wagtail_factories.ImageFactory()
    source = (
        '<h2>Two &amp; “quotes”, it\'s "straight"\u00a0too</h2>'
        "<h3>Three</h3><h4>Four</h4>"
        "<p><b>bold</b> <i>italic</i> <code>code</code> <sup>1</sup> <sub>2</sub> "
        "<s>struck</s> a &lt; b &gt; c</p>"
        "<p>line<br/>break</p><ul><li>u</li></ul><ol><li>o</li></ol><hr/>"
        "<blockquote>quoted</blockquote>"
        '<p><a href="https://example.org/?a=1&amp;b=2">external</a> '
        '<a href="mailto:someone@example.org">mail</a> '
        f'<a linktype="page" id="{home_page.pk}">page</a> '
        f'<a linktype="document" id="{doc.pk}">document</a></p>'
        f'<embed alt="A &amp; B" embedtype="image" format="left" id="{image.pk}"/>'
        f'<embed alt="" embedtype="image" format="fullwidth" id="{image.pk}"/>'
    )
    converter = ContentstateConverter(sorted(EDITOR_FEATURES))
    stored = converter.to_database_format(converter.from_database_format(source))
    assert 'linktype="page"' in stored and 'linktype="document"' in stored
    assert 'embedtype="image"' in stored and "<hr/>" in stored
    assert clean_rich_text(stored) == stored

    # Each field's own feature list too.
    for model, fields in rich_text_models().items():
        for field in fields:
            features = getattr(field, "features", None)
            if features:
                narrow = ContentstateConverter(features)
                text = narrow.to_database_format(narrow.from_database_format(source))
                assert clean_rich_text(text) == text, (model, field.name)

    # And it still renders: the page link, the document link and the image.
    rendered = str(RichText(stored))
    assert f'href="{home_page.url}"' in rendered
    assert f'href="{doc.url}"' in rendered
    assert "<img" in rendered and 'class="richtext-image left"' in rendered
    assert 'alt="A &amp; B"' in rendered


def test_every_model_with_rich_text_is_found_by_introspection():
    found = {
        model: {f.name for f in fields} for model, fields in rich_text_models().items()
    }
    assert found[CaseStudyPage] == {"what_was_done", "body"}
    assert found[WhatWorksPage] == {"body"}
    assert found[HomePage] == {"body"}
    assert found[StandardPage] == {"body"}
    assert found[ExpertProfilePage] == {"bio"}
    assert found[TrustPage] == {"description"}
    # A case study's attachments hold no rich text: left alone.
    assert "attachments" not in found[CaseStudyPage]


# -- (a) the admin -------------------------------------------------------------


def _admin_case_study_data(**fields) -> dict:
    data = nested_form_data(
        {
            "title": "Hostile coaching",
            "slug": "hostile-coaching",
            "summary": "Short, frequent coaching cycles.",
            "context": "Four schools.",
            "challenge": "Retention.",
            "what_was_done": rich_text(HOSTILE),
            "body": streamfield(
                [
                    ("paragraph", rich_text(HOSTILE)),
                    ("differently", {"text": rich_text(HOSTILE)}),
                ]
            ),
            "impact": "Everyone stayed.",
            "differently": "Start earlier.",
            "cost_and_time": "",
            "attachments": streamfield([]),
            "region": "",
            "tags": "",
            "publication_date": "2025-10-02",
            "last_reviewed": "",
            "licence": "",
            "licence_url": "",
            "people_involved": "",
            "image": "",
            "image_alt": "",
            **fields,
        }
    )
    data["elements"] = [element("2B").pk]
    return data


@pytest.mark.django_db
def test_admin_create_and_edit_store_and_serve_clean_rich_text(
    superuser_client, settings
):
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    parent = section()
    data = _admin_case_study_data()
    # The admin's editor may send raw HTML (as the API's form data does here).
    response = superuser_client.post(
        reverse(
            "wagtailadmin_pages:add", args=["practice", "casestudypage", parent.pk]
        ),
        {**data, "action-publish": "action-publish"},
    )
    assert response.status_code == 302, response.content[:500]
    page = CaseStudyPage.objects.get(
        slug="hostile-coaching", locale__language_code="en-gb"
    )
    stored = raw_row(CaseStudyPage, page.pk, "what_was_done", "body")
    assert_safe(stored["what_was_done"])
    assert_safe(stored["body"])
    assert_safe(json.dumps(page.get_latest_revision().content))

    assert_safe_and_kept(superuser_client.get(page.url).content.decode())
    client = Client()
    assert_safe_and_kept(api_html(client, page))

    # An edit saved as a draft: the revision is what preview and publishing use.
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    hostile_edit = _admin_case_study_data(
        what_was_done=rich_text("<p>ok</p><p>edited</p><script>alert(1)</script>")
    )
    response = superuser_client.post(edit, hostile_edit)
    assert response.status_code == 302, response.content[:500]
    page.refresh_from_db()
    revision = page.get_latest_revision()
    assert "edited" in json.dumps(revision.content)
    assert_safe(json.dumps(revision.content))

    # Preview renders the unsaved form: the render guard covers it.
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert superuser_client.post(preview, hostile_edit).status_code == 200
    shown = superuser_client.get(preview).content.decode()
    assert "edited" in shown
    assert_safe(shown)

    # Publishing the draft serves the cleaned version.
    revision.publish()
    page.refresh_from_db()
    assert "edited" in page.what_was_done
    assert_safe_and_kept(Client().get(page.url).content.decode())


# -- (b) the share form --------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["case-study", "what-works"])
def test_the_share_form_stores_clean_rich_text(client, trust, kind):
    teacher = get_user_model().objects.create_user("rt-teacher", "t@example.org", "pw")
    add_trust_account(teacher, trust, TrustAccount.Role.MEMBER)
    client.force_login(teacher)
    extra = (
        {"verdict": "partly", "lesson": "Less is more."} if kind == "what-works" else {}
    )
    response = client.post(
        "/practice/share/",
        valid(practice_type=kind, what_was_done=HOSTILE, **extra),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(
        title=valid()["title"], alias_of=None, locale__language_code="en-gb"
    ).specific
    assert_safe(json.dumps(page.get_latest_revision().content))

    moderator = get_user_model().objects.create_user(
        "rt-mod", "m@example.org", "pw", is_staff=True
    )
    moderator.groups.add(moderators_group())
    approve_in_admin(client, moderator, page)
    page.refresh_from_db()
    html = Client().get(page.url).content.decode()
    assert_safe(html)
    assert "<p>ok" in html
    assert_safe(api_html(Client(), page))


# -- (c) code: imports, scripts, the shell -------------------------------------


@pytest.mark.django_db
def test_saving_in_code_cleans_every_rich_text_at_any_depth(client):
    page = CaseStudyPageFactory(
        what_was_done=HOSTILE,
        body__0__paragraph__value="x",
        body__1__differently__text=RichText(HOSTILE),
    )
    body = page.body.raw_data
    body[0]["value"] = HOSTILE
    page.body = list(body)
    page.save_revision().publish()
    page.refresh_from_db()
    stored = raw_row(CaseStudyPage, page.pk, "what_was_done", "body")
    assert_safe_and_kept(stored["what_was_done"])
    assert_safe(stored["body"])
    assert stored["body"].count("<p>ok</p>") == 2
    assert_safe_and_kept(client.get(page.url).content.decode())
    assert_safe_and_kept(api_html(client, page))


@pytest.mark.django_db
def test_a_what_works_post_saved_in_code_is_cleaned(client):
    page = WhatWorksPageFactory(body__0__paragraph__value="x")
    page.body = [("paragraph", RichText(HOSTILE))]
    page.save()
    page.save_revision().publish()
    assert_safe(raw_row(WhatWorksPage, page.pk, "body")["body"])
    assert_safe_and_kept(client.get(page.url).content.decode())
    assert_safe_and_kept(api_html(client, page))


@pytest.mark.django_db
def test_a_standard_page_and_a_hand_made_revision_are_cleaned(client, home_page):
    page = StandardPage(title="About", slug="about-rt", body=[])
    home_page.add_child(instance=page)
    revision = page.save_revision()
    # A revision written directly (an import of drafts, say).
    content = dict(revision.content)
    content["body"] = json.dumps(
        [{"type": "paragraph", "value": HOSTILE, "id": "a1b2"}]
    )
    forged = Revision.objects.create(
        content_type=revision.content_type,
        base_content_type=revision.base_content_type,
        object_id=revision.object_id,
        content=content,
    )
    forged.refresh_from_db()
    assert_safe(json.dumps(forged.content))
    assert "<p>ok</p>" in json.dumps(forged.content)
    forged.publish()
    page.refresh_from_db()
    assert_safe_and_kept(raw_row(StandardPage, page.pk, "body")["body"])
    assert_safe_and_kept(client.get(page.url).content.decode())
    assert_safe(api_html(client, page))  # the body is not an API field here


@pytest.mark.django_db
def test_update_fields_saves_only_clean_what_they_write():
    page = CaseStudyPageFactory()
    page.what_was_done = HOSTILE
    page.save(update_fields=["title"])  # what_was_done is not written
    assert page.what_was_done == HOSTILE
    page.save(update_fields=["what_was_done"])
    assert_safe(raw_row(CaseStudyPage, page.pk, "what_was_done")["what_was_done"])


# -- (d) other models' rich text -----------------------------------------------


@pytest.mark.django_db
def test_an_expert_profiles_bio_is_cleaned(client):
    profile = ExpertProfilePageFactory(bio=HOSTILE, publish=True)
    assert_safe_and_kept(raw_row(ExpertProfilePage, profile.pk, "bio")["bio"])
    assert_safe_and_kept(client.get(profile.url).content.decode())


@pytest.mark.django_db
def test_a_trusts_description_is_cleaned(client, trust):
    trust.description = HOSTILE
    trust.save_revision().publish()
    assert_safe_and_kept(raw_row(TrustPage, trust.pk, "description")["description"])
    assert_safe_and_kept(client.get(trust.url).content.decode())
    assert_safe(api_html(client, trust))


# -- Welsh ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_welsh_translation_of_a_cleaned_page_stays_clean(client, sync_welsh, cy):
    page = CaseStudyPageFactory(what_was_done=HOSTILE, body=[])
    page.save_revision().publish()
    sync_welsh()
    alias = Page.objects.get(translation_key=page.translation_key, locale=cy)
    assert_safe_and_kept(client.get(alias.url).content.decode())

    welsh = translate_page(page, cy, {"title": "Hyfforddi"})
    assert welsh is not None and welsh.alias_of_id is None
    assert_safe_and_kept(welsh.what_was_done)
    assert_safe_and_kept(client.get(welsh.url).content.decode())
    assert_safe_and_kept(api_html(client, welsh))
    # A translator's edit of the Welsh page goes through the same rule.
    welsh.what_was_done = HOSTILE.replace("ok", "iawn")
    welsh.save_revision().publish()
    welsh.refresh_from_db()
    assert_safe(welsh.what_was_done)
    assert "<p>iawn</p>" in welsh.what_was_done


# -- content stored before, or behind Wagtail's back ---------------------------


@pytest.mark.django_db
def test_rows_written_behind_wagtails_back_render_safely_and_migrate_clean(client):
    page = CaseStudyPageFactory(body=[])
    page.save_revision().publish()
    # A queryset update skips every signal: as old rows, or a raw SQL import.
    CaseStudyPage.objects.filter(pk=page.pk).update(
        what_was_done=HOSTILE,
        body=[{"type": "paragraph", "value": HOSTILE, "id": "f00d"}],
    )
    assert (
        "alert(1)" in raw_row(CaseStudyPage, page.pk, "what_was_done")["what_was_done"]
    )
    # The render guard: the page is safe before any migration has run.
    assert_safe_and_kept(client.get(page.url).content.decode())

    # The data migration's function cleans the row and the revisions.
    revision = page.get_latest_revision()
    Revision.objects.filter(pk=revision.pk).update(
        content={**revision.content, "what_was_done": HOSTILE}
    )
    # As the migration runs it: on the historical models.
    historical = (
        MigrationLoader(connection)
        .project_state(("practice", "0004_clean_rich_text"))
        .apps
    )
    assert clean_app_rows(historical, "practice") >= 2
    stored = raw_row(CaseStudyPage, page.pk, "what_was_done", "body")
    assert_safe_and_kept(stored["what_was_done"])
    assert_safe_and_kept(stored["body"])
    revision.refresh_from_db()
    assert_safe(json.dumps(revision.content))
    assert_safe_and_kept(api_html(client, page))
    # Nothing left to do the second time.
    assert clean_app_rows(django_apps, "practice") == 0


def test_the_signal_receiver_is_the_one_rule():
    # The share form uses the same module (narrowed to its own features).
    from practice import forms

    assert forms.clean_rich_text is clean_rich_text
    assert rich_text_fields(Locale) == ()


def test_demo_practice_written_in_bulk_is_clean_already():
    """seed_demo --scale inserts copies in bulk, past the pre_save receiver:
    what it copies must be what the rule would store anyway."""
    from practice import demo
    from practice.demo_content import CASE_STUDIES, POSTS

    names = demo._people_names()
    texts = [
        demo._case_study_fields(row, names)["what_was_done"] for row in CASE_STUDIES
    ]
    for row in POSTS:
        texts += [value for _type, value in demo._post_fields(row, names)["body"]]
    assert texts
    for text in texts:
        assert clean_rich_text(text) == text
