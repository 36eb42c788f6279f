"""Full-page cache for anonymous visitors, invalidated on publish.

Why our own middleware rather than Django's cache middleware: every public
page touches the session (the Wagtail user bar checks who is signed in), so
Django's middleware would see `Vary: Cookie` and cache nothing useful. Here a
request is cacheable when it carries no session cookie, and a response when
it set no cookie and used no CSRF token (a form page), so nobody is ever
served someone else's token or members-only content.

Invalidation bumps one version number in the shared cache whenever a page is
published, unpublished, moved or deleted, or an editor changes a snippet
pages show (the explicit list in home/invalidation.py); every cached page
then misses. That needs a cache all app servers share (Redis), so the page
cache is on by default only when REDIS_URL is set.

The key is the host, the path and only the query parameters the public
views read (filters, paging, search), sorted by name: a marketing link's
`?utm_source=...` or `?fbclid=...` is dropped before the view runs, so it
neither makes a new entry nor ends up in the page's own links.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_response_headers

from .memo import bump, current, remember

VERSION_KEY = "page-cache-version"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/accounts/", "/django-admin/")
CACHEABLE_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/json",
    "text/plain",
)

# The query parameters the cached public views read: the library's, the
# directory's and search's filters (home/filters.py, practice/listing.py,
# directory/views.py, search/facets.py), the text query, paging and the
# sitemap's page (`p`). Any other parameter is dropped from the request.
KNOWN_PARAMS = frozenset(
    {
        "area",
        "available",
        "element",
        "include_stale",
        "p",
        "page",
        "phase",
        "q",
        "region",
        "role",
        "subject",
        "tag",
        "trust",
        "type",
    }
)
# Views that read parameters of their own keep them all but the trackers:
# the API's field filters, a self-review's ratings (one per element).
OPEN_PREFIXES = ("/api/", "/self-review/")
# Set by analytics and ad platforms for the browser's scripts; no view reads
# them, so they are dropped even where other parameters are kept.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
    }
)


def cache_seconds() -> int:
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def current_version() -> int:
    # Read once per request: the data cache asks for it for every key.
    return current(VERSION_KEY)


def invalidate(**kwargs) -> None:
    """Drop every cached page (called from publish/unpublish/delete signals)."""
    bump(VERSION_KEY)
    # A request served between this bump and the commit still reads the old
    # rows and would cache them under the new version: bump again once the
    # change is visible (at once outside a transaction).
    transaction.on_commit(lambda: bump(VERSION_KEY))


def _without_language(path: str) -> str:
    """`path` without a language prefix (/cy/self-review/ -> /self-review/)."""
    first, _sep, rest = path.lstrip("/").partition("/")
    codes = {code for code, _name in settings.LANGUAGES}
    return f"/{rest}" if first in codes else path


def _kept(name: str, open_path: bool) -> bool:
    if name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES):
        return False
    return open_path or name in KNOWN_PARAMS


def normalise_query(request: HttpRequest) -> None:
    """Keep only the parameters the view reads, sorted by name.

    The view then sees exactly what the key says, so a cached response
    never differs from what its key would render. Values keep their order
    within a parameter (`?page=2&page=3` reads the last).
    """
    raw = request.META.get("QUERY_STRING", "")
    if not raw:
        return
    open_path = _without_language(request.path_info).startswith(OPEN_PREFIXES)
    params = request.GET
    normal = QueryDict(mutable=True, encoding=request.encoding)
    for name in sorted(params):
        if _kept(name, open_path):
            normal.setlist(name, params.getlist(name))
    query = normal.urlencode()
    if query != raw:
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query, encoding=request.encoding)


def _key(request: HttpRequest) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return f"page:{digest}"


def _request_is_cacheable(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(EXCLUDED_PREFIXES)
        and "preview" not in request.GET
    )


def _response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.META.get("CSRF_COOKIE_USED")
        and "private" not in cache_control
        and "no-cache" not in cache_control
        and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = cache_seconds()
        if not seconds or not _request_is_cacheable(request):
            return self.get_response(request)

        normalise_query(request)
        # One round trip for the version and the page: each page is stored
        # with the version it was rendered under and is a miss after a bump.
        key = _key(request)
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY)
        if version is None:
            # A new or flushed cache: start the version as every other user
            # of it would (memo.current), not at a 0 they would not share.
            version = current(VERSION_KEY)
        else:
            remember(VERSION_KEY, version)
        hit = found.get(key)
        if hit is not None and hit[0] == version:
            _version, content, status, headers = hit
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if _response_is_cacheable(request, response):
            # Browsers and proxies revalidate quickly; the shared cache holds it.
            patch_response_headers(response, cache_timeout=60)
            headers = [(k, v) for k, v in response.items() if k.lower() != "set-cookie"]
            cache.set(
                key, (version, response.content, response.status_code, headers), seconds
            )
            response["X-Page-Cache"] = "miss"
        return response
