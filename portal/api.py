"""The public read-only API (/api/v2/): pages, images and documents."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from search.visibility import visible_pages


class PortalPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, with restrictions applied in one clause.

    Wagtail's own base queryset adds a `NOT path LIKE` per view restriction,
    and every members-only profile has one: with thousands of them the SQL
    outgrows SQLite's expression limit and slows PostgreSQL. As with
    Wagtail's, a member's session sees members-only pages; anonymous callers
    never do.
    """

    def get_base_queryset(self):
        queryset = visible_pages(self.request, Page.objects.all())
        site = self._site()
        if site is None:
            return queryset
        roots = [site.root_page]
        if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            roots += list(site.root_page.get_translations())
        condition = Q()
        for root in roots:
            condition |= Q(path__startswith=root.path)
        return queryset.filter(condition)

    def _site(self) -> Site | None:
        hostname = self.request.GET.get("site")
        if not hostname:
            return Site.find_for_request(self.request)
        host, _sep, port = hostname.partition(":")
        site = Site.objects.filter(
            hostname=host, **({"port": int(port)} if port.isdigit() else {})
        ).first()
        if site is None:
            raise BadRequestError("Unknown site: " + hostname)
        return site


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
