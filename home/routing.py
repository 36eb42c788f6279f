"""Wagtail's page view, with anonymous visitors' routes kept in the data cache.

Wagtail finds a page by walking the tree: the site (one query), the active
locale (one), the localised root page, then a child and its specific row at
every level, so a case study at /practice/<trust>/<slug>/ took nine queries
before its own view began. For anonymous GETs the outcome (the site, the
page itself, whether any view restriction applies to it, and what is left of
the path for a routable page's sub-routes) is cached under the data cache's
version (home/data_cache.py), which every publish, unpublish, move, delete
and privacy change moves on, so a page is then found without a query: reading
the specific page (a wide join) cost ~3 ms of query building per request,
unpickling it costs 0.03 ms. The page's own `route()` still runs on the page
it finds, and Wagtail's view-restriction check still runs on every request;
only a page known to have no restriction skips reading the (empty) list.
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .data_cache import cache_seconds, data_key, read


def serve(request: HttpRequest, path: str) -> HttpResponse:
    if request.method in ("GET", "HEAD"):
        _route(request, path)
    return wagtail_views.serve(request, path)


def _route(request: HttpRequest, path: str) -> None:
    """Set Wagtail's per-request route (and site) from the cache, or cache it."""
    key = data_key(
        request,
        "page-route",
        request.get_host(),
        request.get_port(),
        get_language(),
        path,
    )
    if key is None:
        return
    hit = read(key)
    if hit is not None and _route_from(request, *hit):
        return
    result = Page.route_for_request(request, path)
    site: Site | None = getattr(request, "_wagtail_site", None)
    if result is None or site is None:
        return
    page = result[0]
    # Each level of the tree takes one path component; a routable page's
    # sub-route is what is left. A route that ends anywhere else is not kept.
    components = [component for component in path.split("/") if component]
    root_depth = site.root_page.depth
    consumed = page.depth - root_depth
    # url_path is "/<slug at depth 2>/.../<slug at page.depth>/".
    if page.url_path.split("/")[root_depth:-1] != components[:consumed]:
        return
    remaining = components[consumed:]
    page = _read_page(page.content_type_id, page.pk)
    if page is None:
        return
    unrestricted = not page.get_view_restrictions().exists()
    cache.set(key, (site, page, unrestricted, remaining), cache_seconds())


def _read_page(content_type_id: int, page_id: int) -> Page | None:
    """The specific page with what its template reads of related rows."""
    model: Any = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    related = getattr(model, "serve_select_related", ())
    return model.objects.select_related(*related).filter(pk=page_id).first()


def _route_from(
    request: HttpRequest,
    site: Site,
    page: Page,
    unrestricted: bool,
    remaining: list[str],
) -> bool:
    # Read by BasePage.get_view_restrictions: no query for an empty list.
    page._known_unrestricted = unrestricted
    request._wagtail_site = site
    try:
        request._wagtail_route_for_request = page.route(request, remaining)
    except Http404:
        request._wagtail_route_for_request = None
    return True
