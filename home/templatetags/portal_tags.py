"""Template helpers for the page furniture: locale-aware links and the switcher."""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Page

from home.data_cache import cached, data_key

register = template.Library()

# Each language named in itself, as a switcher should.
LOCAL_NAMES = {"en-gb": "English", "cy": "Cymraeg"}


def _prefix(language: str | None = None) -> str:
    language = language or get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return ""
    return f"/{language}"


@register.simple_tag
def locale_path(path: str) -> str:
    """A site path in the active language: /practice/ or /cy/practice/."""
    return f"{_prefix()}{path}"


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    absolute_url: str
    is_current: bool


def _page_translation_urls(request: HttpRequest, page: Page) -> dict[str, str]:
    urls: dict[str, str] = {}
    # Sub-routes (e.g. /framework/<area>/) keep their tail in the other language.
    page_url = page.get_url(request) or ""
    tail = request.path[len(page_url) :] if request.path.startswith(page_url) else ""
    for translation in (
        page.get_translations(inclusive=True).live().select_related("locale")
    ):
        url = translation.get_url(request)
        if url:
            urls[translation.locale.language_code] = url + tail
    return urls


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """The current page in each language, for the switcher and hreflang links.

    Memoised on the request: the header and the <head> both ask.
    """
    request: HttpRequest | None = context.get("request")
    if request is None:
        return []
    memo = getattr(request, "_language_links", None)
    if memo is not None:
        return memo

    page = context.get("page")
    current = get_language()
    page_urls = {}
    if isinstance(page, Page):
        key = data_key(
            request, "translation-urls", page.pk, request.get_host(), request.path
        )
        page_urls = cached(key, lambda: _page_translation_urls(request, page))
    links = []
    for code, _name in settings.LANGUAGES:
        if page_urls:
            url = page_urls.get(code) or f"{_prefix(code)}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            LanguageLink(
                code=code,
                name=LOCAL_NAMES.get(code, code),
                url=url,
                absolute_url=request.build_absolute_uri(url),
                is_current=code == current,
            )
        )
    request._language_links = links
    return links


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page: Page) -> list[dict[str, str]]:
    """The page's ancestors below the root, as title and URL, for breadcrumbs.

    The same for every anonymous visitor until a page moves or is retitled,
    so it is kept in the data cache rather than read on every request.
    """
    request: HttpRequest | None = context.get("request")

    def trail() -> list[dict[str, str]]:
        return [
            {"title": ancestor.title, "url": ancestor.get_url(request) or ""}
            for ancestor in page.get_ancestors()[1:]
        ]

    host = request.get_host() if request is not None else ""
    return cached(data_key(request, "breadcrumbs", page.pk, host), trail)


@register.simple_tag(takes_context=True)
def content_lang(context, obj=None) -> str:
    """` lang="en-GB"` on content shown untranslated inside Welsh furniture.

    An alias page under /cy/ carries the English original's text, so the
    element holding that text must say so for screen readers and hyphenation.
    """
    obj = obj if obj is not None else context.get("page")
    if get_language() == settings.LANGUAGE_CODE or obj is None:
        return ""
    if getattr(obj, "alias_of_id", None):
        return mark_safe(' lang="en-GB"')  # noqa: S308 - constant string
    return ""


class DataFragmentNode(template.Node):
    def __init__(
        self, nodelist: template.NodeList, key: template.base.FilterExpression
    ):
        self.nodelist = nodelist
        self.key = key

    def render(self, context) -> str:
        key = self.key.resolve(context)
        if not key:
            return self.nodelist.render(context)
        return mark_safe(cached(f"{key}:html", lambda: self.nodelist.render(context)))  # noqa: S308 - our own rendered template


@register.tag
def data_fragment(parser, token) -> DataFragmentNode:
    """`{% data_fragment key %}...{% enddata_fragment %}`: HTML cached with its data.

    For markup drawn only from data already cached under a data-cache key
    (home/data_cache.py), such as the facet checkboxes of a list with their
    counts: the key carries the language, the filters and the content
    version, so the fragment changes exactly when its data does. Rendered
    afresh when the key is empty (signed-in visitors, cache off).
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("data_fragment takes one argument: the key")
    nodelist = parser.parse(("enddata_fragment",))
    parser.delete_first_token()
    return DataFragmentNode(nodelist, parser.compile_filter(bits[1]))
