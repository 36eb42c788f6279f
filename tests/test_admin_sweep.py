"""Every admin URL, filled with another trust's secrets, must show and change nothing.

Not a list of views: the test walks the whole URLconf for everything under
``admin/`` (Wagtail's, wagtail-localize's, ours, any add-on's), fills each
captured argument with something of trust B's that trust A's people must not
see (an unpublished page titled SECRET-..., its revision, workflow state and
translation, an image and a document in B's collection, a support request)
and requests it as trust A's editor and as trust A's teacher, with GET and,
where the view takes it, POST. A 2xx answer carrying a SECRET marker, or any
change to pages, revisions, translations, support requests, images,
documents or collections, fails. A new add-on's URLs are swept without
touching this file; arguments it cannot name are filled with the draft's id
and reported.

The guard under test is trusts/admin_boundaries.py (issue 17).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils import timezone
from django.utils.regex_helper import normalize

from wagtail.admin.models import EditingSession
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    Page,
    Revision,
    TaskState,
    UploadedFile,
    WorkflowState,
)
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)

import pytest
import wagtail_factories

from directory.models import SupportRequest
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.factories import CaseStudyPageFactory, section
from tests.trusts.factories import make_user
from trusts.membership import add_trust_account
from trusts.models import School, TrustAccount

A = "severn-vale-learning-trust"
B = "moorland-academies-trust"
SECRETS = (
    "SECRET-DRAFT-TITLE-xyz",
    "SECRET-SUPPORT-abc",
    "SECRET-IMAGE-xyz",
    "SECRET-DOC-xyz",
)
# The sweep must reach at least this many admin URL patterns (there are ~275).
MIN_PATTERNS = 240
# Wagtail's and wagtail-localize's page actions, for `action_name` arguments.
ACTION_NAMES = (
    "approve",
    "reject",
    "publish",
    "unpublish",
    "delete",
    "move",
    "copy",
    "convert_alias",
    "copy_for_translation",
    "create_alias",
    "revert_to_page_revision",
)


# -- walking the URLconf ------------------------------------------------------------


@dataclass
class AdminPattern:
    route: str  # as Django's ResolverMatch.route spells it
    template: str  # "%(name)s" placeholders, as reverse() builds URLs
    params: list[str]
    callback: object


def admin_patterns() -> list[AdminPattern]:
    found = []

    def walk(resolver: URLResolver, route: str, template: str, params: list[str]):
        for entry in resolver.url_patterns:
            (piece, names), *_ = normalize(entry.pattern.regex.pattern)
            sub_route = route + str(entry.pattern)
            sub_template = template + piece
            sub_params = params + list(names)
            if isinstance(entry, URLResolver):
                walk(entry, sub_route, sub_template, sub_params)
            elif isinstance(entry, URLPattern) and sub_route.startswith("admin/"):
                found.append(
                    AdminPattern(sub_route, sub_template, sub_params, entry.callback)
                )

    walk(get_resolver(), "", "/", [])
    return found


def accepts_post(callback) -> bool:
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        return hasattr(view_class, "post") or hasattr(view_class, "dispatch_post")
    actions = getattr(callback, "actions", None)  # Django REST framework
    if actions is not None:
        return "post" in actions
    return True  # a function view: try it


# -- trust B's secrets ----------------------------------------------------------------


@dataclass
class Secrets:
    draft: Page
    own_section: Page
    own_collection: Collection
    objects: dict[str, object] = field(default_factory=dict)


@pytest.fixture
def secrets(trust, other_trust, cy):
    editor_b = make_user("sweep-b-editor")
    add_trust_account(editor_b, other_trust, TrustAccount.Role.EDITOR)
    draft = CaseStudyPageFactory(
        parent=section(B), title=SECRETS[0], live=False, owner=editor_b
    )
    revision = draft.save_revision(user=editor_b)
    workflow_state = draft.get_workflow().start(draft, editor_b)
    task_state = workflow_state.current_task_state

    collection = other_trust.membership.collection
    image = wagtail_factories.ImageFactory(title=SECRETS[2], collection=collection)
    document = Document(title=SECRETS[3], collection=collection)
    document.file.save("secret.pdf", ContentFile(b"%PDF-1.4 secret"), save=False)
    document.save()
    profile = ExpertProfilePageFactory(parent=directory_section(B), publish=True)
    support_request = SupportRequest.objects.create(
        profile=profile,
        name=f"{SECRETS[1]} Head",
        email="head@example.org",
        organisation=f"{SECRETS[1]} school",
        role="Head",
        help_wanted=f"{SECRETS[1]}: please help with reading.",
        consent=True,
    )
    source, _created = TranslationSource.get_or_create_from_instance(draft)
    translation = Translation.objects.create(source=source, target_locale=cy)
    page_type = ContentType.objects.get_for_model(Page)
    uploaded = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(Image),
        uploaded_by_user=editor_b,
    )
    uploaded.file.save("secret.png", ContentFile(b"not really a png"), save=True)
    session = EditingSession.objects.create(
        user=editor_b,
        content_type=page_type,
        object_id=str(draft.pk),
        last_seen_at=timezone.now(),
    )
    school = School.objects.filter(trust=other_trust).first()
    objects = {
        "page": draft,
        "revision": revision,
        "workflow_state": workflow_state,
        "task_state": task_state,
        "task": task_state.task,
        "workflow": workflow_state.workflow,
        "image": image,
        "document": document,
        "support_request": support_request,
        "translation": translation,
        "translation_source": source,
        "string_segment": StringSegment.objects.filter(source=source).first(),
        "overridable_segment": OverridableSegment.objects.filter(source=source).first(),
        "uploaded_file": uploaded,
        "session": session,
        "collection": collection,
        "user": editor_b,
        "group": other_trust.membership.editors_group,
        "school": school,
        "locale": cy,
    }
    return Secrets(
        draft=draft,
        own_section=section(A),
        own_collection=trust.membership.collection,
        objects=objects,
    )


# -- filling a pattern ----------------------------------------------------------------

# Argument name -> which of B's objects fills it.
ARG_OBJECTS = {
    "page_id": "page",
    "parent_page_id": "page",
    "page_to_move_id": "page",
    "destination_id": "page",
    "page_pk": "page",
    "revision_id": "revision",
    "revision_id_a": "revision",
    "revision_id_b": "revision",
    "workflow_state_id": "workflow_state",
    "task_state_id": "task_state",
    "task_id": "task",
    "workflow_pk": "workflow",
    "translation_id": "translation",
    "translation_source_id": "translation_source",
    "string_segment_id": "string_segment",
    "overridable_segment_id": "overridable_segment",
    "image_id": "image",
    "document_id": "document",
    "doc_id": "document",
    "uploaded_file_id": "uploaded_file",
    "collection_id": "collection",
    "session_id": "session",
}
ARG_STRINGS = {
    "filter_spec": "original",
    "mode": "sweep",
    "uidb64": "MQ",
    "token": "set-password",
}
# For `pk` and `object_id`: the first route fragment that matches decides.
PK_BY_ROUTE = (
    ("supportrequest", "support_request"),
    ("trusts/school", "school"),
    ("pages", "page"),
    ("images", "image"),
    ("documents", "document"),
    ("collections", "collection"),
    ("users", "user"),
    ("groups", "group"),
    ("workflows/tasks", "task"),
    ("workflows", "workflow"),
    ("locales", "locale"),
)
# (app_label, model_name, object) for URLs that name a model.
MODEL_VARIANTS = (
    ("directory", "supportrequest", "support_request"),
    ("wagtailcore", "page", "page"),
    ("practice", "casestudypage", "page"),
    ("wagtailimages", "image", "image"),
    ("wagtaildocs", "document", "document"),
)
MODEL_ARG_PAIRS = (
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
)


@dataclass
class Filled:
    url: str
    query: dict
    guessed: list[str]


def fill(pattern: AdminPattern, secrets: Secrets) -> list[Filled]:
    """Every URL (with query) to request for one pattern."""
    objects = secrets.objects
    params = pattern.params
    model_pair = next(
        (pair for pair in MODEL_ARG_PAIRS if set(pair) <= set(params)), None
    )
    model_variants = MODEL_VARIANTS if model_pair else ((None, None, None),)
    action_variants = ACTION_NAMES if "action_name" in params else (None,)

    results = []
    for (app_label, model_name, model_object), action_name in itertools.product(
        model_variants, action_variants
    ):
        values: dict[str, str] = {}
        guessed: list[str] = []
        target = objects[model_object] if model_object else None
        for name in params:
            if model_pair and name == model_pair[0]:
                values[name] = app_label
            elif model_pair and name == model_pair[1]:
                values[name] = model_name
            elif name == "action_name":
                values[name] = action_name
            elif name in ARG_OBJECTS:
                obj = objects[ARG_OBJECTS[name]]
                values[name] = str(obj.pk) if obj is not None else "1"
            elif name in ARG_STRINGS:
                values[name] = ARG_STRINGS[name]
            elif name in ("pk", "object_id"):
                if target is None:
                    key = next(
                        (k for frag, k in PK_BY_ROUTE if frag in pattern.route), "page"
                    )
                    target = objects[key]
                values[name] = str(target.pk if target is not None else 1)
            elif name == "action":
                continue  # below: one URL per bulk action of the model
            else:
                values[name] = str(secrets.draft.pk)  # page ids are the risk
                guessed.append(name)
        query = {}
        if target is not None and model_pair:
            query["id"] = str(target.pk)
        if "action" in params:
            actions = [
                a.action_type
                for a in bulk_action_registry.get_bulk_actions_for_model(
                    app_label, model_name
                )
            ] or ["delete"]
        else:
            actions = [None]
        for action in actions:
            if action is not None:
                values["action"] = action
            results.append(Filled(pattern.template % values, query, guessed))
    return results


# -- what must not change -------------------------------------------------------------


def snapshot() -> dict:
    return {
        "pages": set(
            Page.objects.values_list(
                "pk",
                "live",
                "alias_of_id",
                "latest_revision_id",
                "has_unpublished_changes",
                "title",
                "path",
                "locked",
            )
        ),
        "revisions": Revision.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": set(
            Translation.objects.values_list("pk", "enabled", "target_locale_id")
        ),
        "support requests": set(
            SupportRequest.objects.values_list(
                "pk", "status", "notes", "name", "help_wanted"
            )
        ),
        "images": set(Image.objects.values_list("pk", "title", "collection_id")),
        "documents": set(Document.objects.values_list("pk", "title", "collection_id")),
        "collections": set(Collection.objects.values_list("pk", "path", "name")),
        "workflow states": set(WorkflowState.objects.values_list("pk", "status")),
        "task states": set(TaskState.objects.values_list("pk", "status")),
    }


def _route(route: str) -> str:
    # ResolverMatch.route drops a regex's anchors; str(pattern) keeps them.
    return route.replace("^", "").replace("$", "").replace("\\Z", "")


def _body(response) -> str:
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    return content.decode(errors="replace")


@dataclass
class Report:
    exercised: set[str] = field(default_factory=set)
    unfilled: list[str] = field(default_factory=list)
    guessed: set[str] = field(default_factory=set)
    leaks: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: int = 0


def sweep(client: Client, user, secrets: Secrets) -> Report:
    report = Report()
    plausible_body = {
        "comment": "sweep",
        "title": "Sweep",
        "slug": "sweep",
        "locales": [secrets.objects["locale"].pk],
        "collection": secrets.own_collection.pk,
        "chooser": secrets.own_section.pk,
        "confirm": "1",
    }
    for pattern in admin_patterns():
        for filled in fill(pattern, secrets):
            try:
                match = resolve(filled.url)
            except Resolver404:
                match = None
            if match is None or _route(match.route) != _route(pattern.route):
                report.unfilled.append(f"{pattern.route} -> {filled.url}")
                continue
            report.exercised.add(pattern.route)
            if filled.guessed:
                report.guessed.add(f"{pattern.route} {filled.guessed}")
            methods = ["get", "post"] if accepts_post(pattern.callback) else ["get"]
            for method in methods:
                url = filled.url
                data = filled.query if method == "get" else plausible_body
                if method == "post" and filled.query:
                    url += "?" + "&".join(f"{k}={v}" for k, v in filled.query.items())
                report.requests += 1
                try:
                    with transaction.atomic():
                        response = getattr(client, method)(url, data)
                except Exception as error:  # noqa: BLE001 - reported, not a leak
                    report.errors.append(f"{method.upper()} {url}: {error!r:.120}")
                    continue
                finally:
                    if "_auth_user_id" not in client.session:
                        client.force_login(user)  # the sweep signed itself out
                if 200 <= response.status_code < 300:
                    body = _body(response)
                    for secret in SECRETS:
                        if secret in body:
                            report.leaks.append(
                                f"{method.upper()} {url} ({response.status_code})"
                                f" shows {secret}"
                            )
    return report


@pytest.fixture
def trust_a_user(request, trust):
    kind = request.param
    user = make_user(f"sweep-a-{kind}")
    role = TrustAccount.Role.EDITOR if kind == "editor" else TrustAccount.Role.MEMBER
    add_trust_account(user, trust, role)
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("trust_a_user", ["editor", "teacher"], indirect=True)
def test_no_admin_url_shows_or_changes_another_trusts_secrets(trust_a_user, secrets):
    client = Client()
    client.force_login(trust_a_user)
    before = snapshot()
    report = sweep(client, trust_a_user, secrets)
    after = snapshot()

    print(
        f"\n{trust_a_user}: {len(report.exercised)} admin URL patterns,"
        f" {report.requests} requests"
    )
    for line in report.unfilled:
        print("  could not fill:", line)
    for line in sorted(report.guessed):
        print("  filled by guess (the draft's id):", line)
    for line in report.errors:
        print("  error (not a leak):", line)

    assert not report.leaks, "\n".join(report.leaks)
    changed = {key for key in before if before[key] != after[key]}
    assert not changed, {
        key: after[key] ^ before[key] for key in changed if isinstance(before[key], set)
    } or changed
    assert len(report.exercised) >= MIN_PATTERNS, report.unfilled
    # Patterns that cannot be filled are reported above; there must be few.
    assert len(report.unfilled) <= 5, report.unfilled


@pytest.mark.django_db
def test_the_secrets_show_where_they_should(client, secrets):
    """The control: a moderator does see them, so the markers are findable."""
    from trusts.membership import ensure_moderators

    moderator = make_user("sweep-moderator", is_superuser=True, is_staff=True)
    moderator.groups.add(ensure_moderators())
    client.force_login(moderator)
    objects = secrets.objects
    for url, secret in (
        (f"/admin/pages/{secrets.draft.pk}/", SECRETS[0]),
        (f"/admin/bulk/wagtailcore/page/delete/?id={secrets.draft.pk}", SECRETS[0]),
        (
            "/admin/snippets/directory/supportrequest/inspect/"
            f"{objects['support_request'].pk}/",
            SECRETS[1],
        ),
        (f"/admin/images/{objects['image'].pk}/", SECRETS[2]),
        (f"/admin/documents/edit/{objects['document'].pk}/", SECRETS[3]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert secret in _body(response), url
