"""Translating follows the same rules as editing.

This works around a gap in wagtail-localize (1.14): its admin views check only
the global ``wagtail_localize.submit_translation`` permission, which every
trust editors' group has, so a trust editor could "translate" another trust's
draft, still in moderation, and sync it with "Publish immediately" to put it
live under /cy/ (issue 17). Here every wagtail-localize admin view is checked
against Wagtail's own page permissions before it runs:

- Working on a translation needs edit rights on the source AND on every
  destination (the existing translation or alias in each target locale, or
  the translated parent a new translation would be created under).
- Anything that would publish a translation or change a live page needs
  publish rights on every destination: starting a translation of a live page
  (wagtail-localize publishes it, and turns a live alias into a standalone
  page), converting a page back to an alias (it takes the source's live
  status and content), translating a whole subtree, syncing with "Publish
  immediately", syncing into a live page (its view restrictions are
  rewritten), and the translation editor's Publish button (wagtail-localize
  checks that one itself).
- Translating strings, uploading a PO file, machine translation, preview and
  stopping or restarting a synced translation change no live page, so edit
  rights are enough.
- The translations report and the snippets API (read-only, but they list
  every trust's titles, or any snippet's) are for moderators and for users
  with permissions on that snippet type.

So a trust editor may start and work on the Welsh translation of their own
trust's pages that are not live yet, and a moderator publishes it.

How: ``TranslationRulesMiddleware`` (in ``MIDDLEWARE``) resolves each
request; for a view in the ``wagtail_localize`` namespace it runs the rule
named after the view in ``RULES``. A view wagtail-localize adds or renames
has no rule and is refused to everyone but superusers, and
tests/trusts/test_translation_rules.py fails until it has one. The two
wagtail-localize paths through Wagtail's page edit view (restarting a synced
translation; convert to alias, which redirects to the guarded view) and
Wagtail's own convert-alias view are checked with ``before_edit_page`` and
``before_convert_alias_page`` hooks, registered ahead of wagtail-localize's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from django import forms
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import RelatedObjectSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .membership import is_moderator

MIDDLEWARE_PATH = "trusts.translation_rules.TranslationRulesMiddleware"
NAMESPACE = "wagtail_localize"

EDIT_ONLY = _("Sorry, you can translate only pages and snippets that you may edit.")
PUBLISH_ONLY = _(
    "Sorry, only a moderator can do this: it would publish a translation or "
    "change a live page. Nothing has been changed."
)
PUBLISH_TRANSLATIONS_REFUSED = _(
    "Sorry, only a moderator can publish these translations. Nothing has been "
    "changed: sync without “Publish immediately”, or ask a moderator."
)
NOT_ALLOWED = _("Sorry, you do not have permission to use this translation tool.")


class Refusal(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


Rule = Callable[[HttpRequest, dict], None]


# -- permissions --------


def _model_can(user, model: type[Model], *actions: str) -> bool:
    return ModelPermissionPolicy(model).user_has_any_permission(user, list(actions))


def _can_edit(user, obj: Model) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return _model_can(user, type(obj), "change")


def _can_publish(user, obj: Model) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_publish()
    if isinstance(obj, DraftStateMixin):
        return _model_can(user, type(obj), "publish")
    # A snippet without drafts is live as soon as it is saved.
    return _model_can(user, type(obj), "change")


def _is_live(obj: Model) -> bool:
    return bool(getattr(obj, "live", True))


def require_edit(user, *objects: Model) -> None:
    for obj in objects:
        if not _can_edit(user, obj):
            raise Refusal(EDIT_ONLY)


def check_destination(
    user, source: Model, locale: Locale, *, changes_live: bool, message=PUBLISH_ONLY
) -> None:
    """What a translation of `source` into `locale` writes to must be editable,
    and publishable if the translation is published or the page is live."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        require_edit(user, existing)
        if (changes_live or _is_live(existing)) and not _can_publish(user, existing):
            raise Refusal(message)
        return
    if not isinstance(source, Page):
        if not _model_can(user, type(source), "add"):
            raise Refusal(EDIT_ONLY)
        if changes_live and not _can_publish(user, source):
            raise Refusal(message)
        return
    # A new page, under its parent's translation; wagtail-localize copies any
    # missing parents too (new pages: a moderator's job).
    ancestor, copies_parents = source.get_parent(), False
    parent = ancestor.get_translation_or_none(locale)
    while parent is None and ancestor.depth > 2:
        ancestor, copies_parents = ancestor.get_parent(), True
        parent = ancestor.get_translation_or_none(locale)
    if parent is None:
        if user.is_superuser:
            return
        raise Refusal(PUBLISH_ONLY)
    perms = parent.permissions_for_user(user)
    if not perms.can_add_subpage():
        raise Refusal(EDIT_ONLY)
    if (changes_live or copies_parents) and not perms.can_publish_subpage():
        raise Refusal(message)


def related_objects(instance: Model) -> list[Model]:
    """What wagtail-localize translates along with `instance` (one level of
    translatable foreign keys, TranslatableField only)."""
    related = []
    for segment in extract_segments(instance):
        if isinstance(segment, RelatedObjectSegmentValue):
            try:
                related.append(segment.get_instance(instance.locale))
            except ObjectDoesNotExist:
                continue
    return related


def publishes_on_translate(instance: Model) -> bool:
    """Whether wagtail-localize publishes a new translation of `instance`
    (its TranslationCreator's rule)."""
    if getattr(settings, "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True):
        return _is_live(instance)
    return not isinstance(instance, DraftStateMixin)


def check_translate(user, instance: Model, locales: Iterable[Locale], **kw) -> None:
    """Translating `instance` (and what comes with it) into `locales`."""
    subtree = kw.get("subtree", False)
    objects = [instance, *related_objects(instance)]
    if subtree and isinstance(instance, Page):
        objects += list(instance.get_descendants())
    for obj in objects:
        require_edit(user, obj)
        changes_live = subtree or publishes_on_translate(obj)
        for locale in locales:
            if locale.pk != obj.locale_id:
                check_destination(user, obj, locale, changes_live=changes_live)


def _posted_bool(request: HttpRequest, name: str) -> bool:
    return forms.BooleanField(required=False).clean(request.POST.get(name))


def _posted_locales(request: HttpRequest) -> list[Locale]:
    ids = [v for v in request.POST.getlist("locales") if str(v).isdigit()]
    return list(Locale.objects.filter(pk__in=ids))


def _is_write(request: HttpRequest) -> bool:
    return request.method not in ("GET", "HEAD", "OPTIONS")


# -- the rules, one a wagtail-localize view --------


def allow(request: HttpRequest, kwargs: dict) -> None:
    """Read-only and harmless (the JavaScript catalogue)."""


def refuse_unknown(request: HttpRequest, kwargs: dict) -> None:
    """A wagtail-localize view with no rule here: superusers only."""
    if not request.user.is_superuser:
        raise Refusal(NOT_ALLOWED)


def moderators_only(request: HttpRequest, kwargs: dict) -> None:
    """The translations report lists every trust's titles, drafts included."""
    if not is_moderator(request.user):
        raise Refusal(NOT_ALLOWED)


def snippets_api(request: HttpRequest, kwargs: dict) -> None:
    """Read-only, but it lists any snippet type (support requests too)."""
    try:
        model = get_snippet_model_from_url_params(
            kwargs["app_label"], kwargs["model_name"]
        )
    except Http404:
        return
    if not _model_can(request.user, model, "add", "change", "delete", "view"):
        raise Refusal(NOT_ALLOWED)


def submit_page(request: HttpRequest, kwargs: dict) -> None:
    page = Page.objects.filter(pk=kwargs["page_id"]).first()
    if page is None or page.is_root():
        return
    page = page.specific
    require_edit(request.user, page)
    if _is_write(request):
        check_translate(
            request.user,
            page,
            _posted_locales(request),
            subtree=_posted_bool(request, "include_subtree"),
        )


def submit_snippet(request: HttpRequest, kwargs: dict) -> None:
    from django.contrib.admin.utils import unquote

    try:
        model = get_snippet_model_from_url_params(
            kwargs["app_label"], kwargs["model_name"]
        )
    except Http404:
        return
    instance = model._default_manager.filter(pk=unquote(kwargs["pk"])).first()
    if instance is None or not hasattr(instance, "get_translation_or_none"):
        return
    require_edit(request.user, instance)
    if _is_write(request):
        check_translate(request.user, instance, _posted_locales(request))


def update_translations(request: HttpRequest, kwargs: dict) -> None:
    """Sync: refreshes the source, then publishes every translation ("Publish
    immediately") or rewrites their view restrictions."""
    source = TranslationSource.objects.filter(
        pk=kwargs["translation_source_id"]
    ).first()
    if source is None:
        return
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        return
    user = request.user
    require_edit(user, instance)
    translations = source.translations.filter(enabled=True).select_related(
        "target_locale"
    )
    if not _is_write(request):
        for translation in translations:
            target = instance.get_translation_or_none(translation.target_locale)
            if target is not None:
                require_edit(user, target)
        return
    publish = _posted_bool(request, "publish_translations")
    for translation in translations:
        check_destination(
            user,
            instance,
            translation.target_locale,
            changes_live=publish,
            message=PUBLISH_TRANSLATIONS_REFUSED if publish else PUBLISH_ONLY,
        )


def work_on_translation(request: HttpRequest, kwargs: dict) -> None:
    """The translation editor's strings, overrides, PO files, machine
    translation, preview and stop: edit rights on source and destination."""
    translation = (
        Translation.objects.filter(pk=kwargs["translation_id"])
        .select_related("source")
        .first()
    )
    if translation is None:
        return
    try:
        source = translation.source.get_source_instance()
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        source = target = None
    if source is None or target is None:
        if not request.user.is_superuser:
            raise Refusal(EDIT_ONLY)
        return
    require_edit(request.user, source, target)


def convert_to_alias(request: HttpRequest, kwargs: dict) -> None:
    """The page takes the source's content and live status: a publish."""
    page = Page.objects.filter(pk=kwargs["page_id"], alias_of__isnull=True).first()
    if page is None:
        return
    user = request.user
    require_edit(user, page)
    source = TranslationSource.objects.filter(
        object_id=page.translation_key,
        specific_content_type=page.content_type_id,
        translations__target_locale=page.locale_id,
    ).first()
    if source is not None:
        with contextlib.suppress(ObjectDoesNotExist):
            require_edit(user, source.get_source_instance())
    if _is_write(request) and not _can_publish(user, page):
        raise Refusal(PUBLISH_ONLY)


RULES: dict[str, Rule] = {
    "javascript_catalog": allow,
    "submit_page_translation": submit_page,
    "submit_snippet_translation": submit_snippet,
    "update_translations": update_translations,
    "edit_string_translation": work_on_translation,
    "edit_override": work_on_translation,
    "download_pofile": work_on_translation,
    "upload_pofile": work_on_translation,
    "machine_translate": work_on_translation,
    "preview_translation": work_on_translation,
    "stop_translation": work_on_translation,
    "convert_to_alias": convert_to_alias,
    "translations_report": moderators_only,
    "translations_report_results": moderators_only,
    "snippets_api_listing": snippets_api,
    "snippets_api_detail": snippets_api,
}


def rule_for(url_name: str | None) -> Rule:
    return RULES.get(url_name or "", refuse_unknown)


def refusal_response(request: HttpRequest, message) -> HttpResponse:
    """Like Wagtail's own "permission denied": a message and the dashboard, or
    a 403 for the translation editor's API calls."""
    if request.method in ("PUT", "PATCH", "DELETE") or (
        request.headers.get("x-requested-with") == "XMLHttpRequest"
    ):
        return JsonResponse({"detail": str(message)}, status=403)
    messages.error(request, message)
    return redirect("wagtailadmin_home")


class TranslationRulesMiddleware:
    """Runs the rule for each wagtail-localize admin view before the view."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or NAMESPACE not in match.namespaces:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None  # Wagtail's admin sends them to the login page.
        try:
            rule_for(match.url_name)(request, view_kwargs)
        except Refusal as refusal:
            return refusal_response(request, refusal.message)
        except PermissionDenied:
            return refusal_response(request, NOT_ALLOWED)
        return None


# -- wagtail-localize's paths through Wagtail's own views --------


def restart_translation_of_page(request: HttpRequest, page: Page):
    """Wagtail checked edit rights on the page; restarting the synced
    translation needs them on its source too."""
    if request.method != "POST" or "localize-restart-translation" not in request.POST:
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=False,
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return None
    try:
        require_edit(request.user, translation.source.get_source_instance())
    except ObjectDoesNotExist:
        return None
    except Refusal as refusal:
        return refusal_response(request, refusal.message)
    return None


def convert_alias_of_page(request: HttpRequest, page: Page):
    """Wagtail's own "convert alias": edit rights on the alias and its source."""
    try:
        require_edit(request.user, page.alias_of)
    except Refusal as refusal:
        return refusal_response(request, refusal.message)
    return None


# Ahead of wagtail-localize's before_edit_page hook (which runs the restart).
hooks.register("before_edit_page", restart_translation_of_page, order=-100)
hooks.register("before_convert_alias_page", convert_alias_of_page, order=-100)
