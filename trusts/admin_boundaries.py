"""One guard in front of every admin view: no other trust's drafts, no support requests.

Why one place. Wagtail checks permissions view by view, and several views
that take a page id show the page's title before (or without) checking it: the
explorer of a page, its page chooser listing, wagtail-localize's "translate
this page", the move confirmation, the bulk action confirmations. Page ids are
sequential, so a trust editor could read every trust's draft titles by
counting (issue 17, finding 2). Patching those views one by one would miss the
next add-on's; this middleware looks at every admin request once it is
resolved, before the view runs:

- **Pages.** Every page id the request names, whatever the view: URL
  arguments (``page_id``, ``parent_page_id``, ``page_to_move_id``,
  ``destination_id``, ``page_pk``, and ``pk`` / ``object_id`` when the view's
  model is a page), query parameters (``?id=`` on the bulk action views,
  ``parent_page_id``, ``child_of``...), and the page behind a wagtail-localize
  translation or translation source. If any of them is an unpublished page on
  which the user has no permission (Wagtail's own ``PagePermissionPolicy``,
  which moderators and superusers pass), the request is refused with a 403
  before the view can render anything. Live pages are public anyway and stay
  visible, so editors can still link to them.
- **Moderator-only models** (support requests, issue 17 finding 3). Any admin
  view about such a model, whether named in the URL (``app_label`` /
  ``model_name``, as wagtail-localize's snippet API and the bulk and
  editing-session views do) or being a viewset view of the model (the snippet
  chooser included), needs a view, change or delete permission on it, which
  only the moderators hold. Wagtail-localize's views never handle them at
  all: a support request is not content to translate.

- **Images and documents by id** (the bulk action views list the titles of
  the items you may not touch): an image or document named by id must be one
  the user may choose, change or delete, by Wagtail's collection permissions.
- **Reports over every page's drafts** (Wagtail's "Page types usage" names
  the last edited page of each type, drafts included) are for users with a
  permission over the whole page tree, i.e. the moderators.

The page chooser's listings are also filtered by the
``construct_page_chooser_queryset`` hook in ``trusts/wagtail_hooks.py``,
which uses :func:`visible_pages`. tests/test_admin_sweep.py requests
every admin URL pattern, filled with another trust's draft and a support
request, to prove nothing slips through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import F, Model, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

# Only the alliance's moderators see these, on every admin path.
MODERATOR_ONLY_MODELS = ("directory.SupportRequest",)
# Holding any of these on a moderator-only model is what makes a moderator.
MODERATOR_ACTIONS = ("view", "change", "delete")
# Holding any of these on a page (or an ancestor) lets a user see its drafts.
PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")

# Holding any of these on an image or document lets a user see it.
MEDIA_ACTIONS = ("choose", "change", "delete")
# Views that show every page's latest draft: only for those with a permission
# over the whole tree (Wagtail lets anyone with a page permission in).
WHOLE_TREE_VIEWS = frozenset(
    {
        "wagtailadmin_reports:page_types_usage",
        "wagtailadmin_reports:page_types_usage_results",
    }
)

# URL arguments and query parameters that always hold a page id.
PAGE_ID_KWARGS = frozenset(
    {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
)
PAGE_ID_QUERY_PARAMS = ("page_id", "parent_page_id", "child_of", "descendant_of")
# URL arguments that always hold an image or a document id.
IMAGE_ID_KWARGS = frozenset({"image_id"})
DOCUMENT_ID_KWARGS = frozenset({"document_id", "doc_id"})
# URL arguments and query parameters holding an id of the view's own model.
OBJECT_ID_KWARGS = ("pk", "object_id")
OBJECT_ID_QUERY_PARAMS = ("id",)
# Pairs of URL arguments that name a model.
MODEL_KWARG_PAIRS = (
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
)
LOCALIZE_NAMESPACE = "wagtail_localize"


def _ids(values: Iterable[object]) -> set[int]:
    ids = set()
    for value in values:
        for part in str(value).split(","):
            if part.strip().isdigit():
                ids.add(int(part))
    return ids


def _model_named(app_label: object, model_name: object) -> type[Model] | None:
    try:
        return apps.get_model(str(app_label), str(model_name))
    except (LookupError, ValueError):
        return None


def _view_model(view_func: Callable) -> type[Model] | None:
    """The model a class-based view (Django's or DRF's) was set up for."""
    for kwargs_attr, class_attr in (
        ("view_initkwargs", "view_class"),
        ("initkwargs", "cls"),
    ):
        model = (getattr(view_func, kwargs_attr, None) or {}).get("model")
        if model is None:
            model = getattr(getattr(view_func, class_attr, None), "model", None)
        if isinstance(model, str):
            model = _model_named(*model.split(".", 1)) if "." in model else None
        if isinstance(model, type) and issubclass(model, Model):
            return model
    return None


def moderator_only_models() -> set[type[Model]]:
    return {apps.get_model(label) for label in MODERATOR_ONLY_MODELS}


def is_moderator_only(model: type[Model] | None) -> bool:
    if model is None:
        return False
    return any(issubclass(model, m) for m in moderator_only_models())


def may_see_model(user, model: type[Model]) -> bool:
    """Whether the user may see a moderator-only model's records at all."""
    policy = policy_registry.get_by_type(model)
    return policy.user_has_any_permission(user, MODERATOR_ACTIONS)


def _path_to_own_pages(user) -> Q:
    """The pages above those the user holds a permission on: their way in.

    The admin shows a page's draft title; a live page whose title has a
    change pending shows an unmoderated title. Pages on the way down to the
    user's own sections (the home and library pages) stay visible whatever
    is pending on them, or a moderator's edit would lock editors out.
    """
    from wagtail.models import GroupPagePermission

    roots = GroupPagePermission.objects.filter(
        group__in=user.groups.all(),
        permission__codename__in=[f"{action}_page" for action in PAGE_ACTIONS],
    ).values_list("page__path", flat=True)
    steplen = Page.steplen
    paths = {path[:end] for path in roots for end in range(steplen, len(path), steplen)}
    return Q(path__in=paths) if paths else Q(pk__in=[])


def _retitled_elsewhere(user) -> QuerySet:
    """Live pages whose pending draft title the user may not see (their ids)."""
    return (
        Page.objects.filter(live=True)
        .exclude(draft_title=F("title"))
        .exclude(_path_to_own_pages(user))
        .values("pk")
    )


def visible_pages(user, pages: QuerySet) -> QuerySet:
    """``pages`` less those whose unpublished content the user may not see.

    Hidden: unpublished pages the user has no permission on, and live ones
    whose draft title differs from the live one (unless on the way to the
    user's own sections). Only plain filters on ``live`` and ``pk`` are used,
    so the admin's page search (a search backend query) can apply them.
    """
    if user.is_superuser:
        return pages
    policy = PagePermissionPolicy()
    allowed = policy.instances_user_has_any_permission_for(user, PAGE_ACTIONS)
    retitled = list(_retitled_elsewhere(user).values_list("pk", flat=True))
    return pages.filter(
        (Q(live=True) & ~Q(pk__in=retitled)) | Q(pk__in=allowed.values("pk"))
    )


def hidden_page_ids(user, page_ids: Iterable[int]) -> set[int]:
    """The ids among ``page_ids`` of pages whose drafts the user may not see."""
    page_ids = set(page_ids)
    if not page_ids:
        return set()
    policy = PagePermissionPolicy()
    candidates = Page.objects.filter(pk__in=page_ids).filter(
        Q(live=False) | Q(pk__in=_retitled_elsewhere(user))
    )
    return {
        page.pk
        for page in candidates
        if not policy.user_has_any_permission_for_instance(user, PAGE_ACTIONS, page)
    }


def may_see_whole_tree(user) -> bool:
    """Whether the user holds a page permission at the root (moderators do)."""
    root = Page.get_first_root_node()
    return PagePermissionPolicy().user_has_any_permission_for_instance(
        user, PAGE_ACTIONS, root
    )


def hidden_media_ids(user, model: type[Model], ids: Iterable[int]) -> set[int]:
    """The ids among ``ids`` of images or documents the user may not see."""
    ids = set(ids)
    if not ids:
        return set()
    policy = policy_registry.get_by_type(model)
    return {
        obj.pk
        for obj in model._default_manager.filter(pk__in=ids)
        if not policy.user_has_any_permission_for_instance(user, MEDIA_ACTIONS, obj)
    }


def _translated_objects(kwargs: dict) -> list[Model]:
    """The objects behind wagtail-localize translation ids in the URL."""
    from wagtail_localize.models import Translation, TranslationSource

    sources = []
    if "translation_id" in kwargs:
        sources += [
            t.source
            for t in Translation.objects.filter(
                pk__in=_ids([kwargs["translation_id"]])
            ).select_related("source")
        ]
    if "translation_source_id" in kwargs:
        sources += list(
            TranslationSource.objects.filter(
                pk__in=_ids([kwargs["translation_source_id"]])
            )
        )
    objects = []
    for source in sources:
        try:
            objects.append(source.get_source_instance())
        except ObjectDoesNotExist:  # deleted since: nothing to show
            continue
    return objects


class AdminBoundaryMiddleware:
    """Refuse admin requests that name something the user must not see."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self._admin_prefix: str | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def admin_prefix(self) -> str:
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        return self._admin_prefix

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable,
        view_args: tuple,
        view_kwargs: dict,
    ) -> None:
        if not request.path_info.startswith(self.admin_prefix()):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None  # Wagtail sends them to the login page
        match = getattr(request, "resolver_match", None)
        namespaces = set(match.namespaces) if match else set()
        whole_tree_view = match is not None and match.view_name in WHOLE_TREE_VIEWS
        if whole_tree_view and not may_see_whole_tree(user):
            raise PermissionDenied

        model = None
        for app_kwarg, model_kwarg in MODEL_KWARG_PAIRS:
            if app_kwarg in view_kwargs and model_kwarg in view_kwargs:
                model = _model_named(view_kwargs[app_kwarg], view_kwargs[model_kwarg])
                if model is not None:
                    break
        if model is None:
            model = _view_model(view_func)

        if is_moderator_only(model):
            if LOCALIZE_NAMESPACE in namespaces:
                raise Http404  # never translated, never listed for translation
            if not may_see_model(user, model):
                raise PermissionDenied

        image_model, document_model = get_image_model(), get_document_model()
        media_ids = {
            image_model: _ids(
                v for k, v in view_kwargs.items() if k in IMAGE_ID_KWARGS
            ),
            document_model: _ids(
                v for k, v in view_kwargs.items() if k in DOCUMENT_ID_KWARGS
            ),
        }
        for media_model in media_ids:
            if model is not None and issubclass(model, media_model):
                media_ids[media_model] |= _ids(
                    v for k, v in view_kwargs.items() if k in OBJECT_ID_KWARGS
                )
                for param in OBJECT_ID_QUERY_PARAMS:
                    media_ids[media_model] |= _ids(request.GET.getlist(param))
        for media_model, ids in media_ids.items():
            if hidden_media_ids(user, media_model, ids):
                raise PermissionDenied

        page_ids = _ids(v for k, v in view_kwargs.items() if k in PAGE_ID_KWARGS)
        for param in PAGE_ID_QUERY_PARAMS:
            page_ids |= _ids(request.GET.getlist(param))
        route = match.route if match else ""
        if (model is not None and issubclass(model, Page)) or (
            model is None and "pages/" in route
        ):
            page_ids |= _ids(v for k, v in view_kwargs.items() if k in OBJECT_ID_KWARGS)
            for param in OBJECT_ID_QUERY_PARAMS:
                page_ids |= _ids(request.GET.getlist(param))
        for obj in _translated_objects(view_kwargs):
            if isinstance(obj, Page):
                page_ids.add(obj.pk)
            elif is_moderator_only(type(obj)):
                raise Http404
        if hidden_page_ids(user, page_ids):
            raise PermissionDenied
        return None


__all__ = [
    "MODERATOR_ONLY_MODELS",
    "AdminBoundaryMiddleware",
    "hidden_page_ids",
    "is_moderator_only",
    "may_see_model",
    "may_see_whole_tree",
    "visible_pages",
]
