"""RSS 2.0 feeds of newly published practice: /practice/feed/ and one per area.

Served as routes of PracticeIndexPage, so they follow its URL in each
language (/cy/practice/feed/ lists the Welsh pages).
"""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from .listing import FACET_LOOKUPS
from .models import PracticePage
from .queries import decorate, live_practice

FEED_ITEMS = 30


class PracticeFeed(Feed):
    """The newest practice in the library, optionally limited to one area."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page, area=None) -> None:
        super().__init__()
        self.index_page = index_page
        self.area = area
        self.request: HttpRequest | None = None

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = "application/rss+xml; charset=utf-8"
        return response

    def _absolute(self, url: str) -> str:
        assert self.request is not None
        return self.request.build_absolute_uri(url)

    def title(self) -> str:
        if self.area is not None:
            return _("Shared Practice: %(number)s %(area)s") % {
                "number": self.area.number,
                "area": self.area.name,
            }
        return _("Shared Practice: newly published practice")

    def link(self) -> str:
        url = self.index_page.get_url(self.request) or "/"
        if self.area is not None:
            url = f"{url}?area={self.area.slug}"
        return self._absolute(url)

    def feed_url(self) -> str:
        assert self.request is not None
        return self.request.build_absolute_uri()

    def description(self) -> str:
        return _(
            "Case studies and 'what works, what didn't' posts shared by the "
            "member trusts of the alliance, newest first."
        )

    def items(self) -> list[PracticePage]:
        queryset = live_practice(self.index_page.locale_id)
        if self.area is not None:
            queryset = queryset.filter(
                **{FACET_LOOKUPS["area"]: self.area.slug}
            ).distinct()
        items = list(
            queryset.select_related("trust")
            .prefetch_related("elements")
            .order_by("-publication_date", "-pk")[:FEED_ITEMS]
        )
        decorate(items)  # element names in the feed's language
        return items

    def item_title(self, item: PracticePage) -> str:
        return item.title

    def item_description(self, item: PracticePage) -> str:
        return item.summary

    def item_link(self, item: PracticePage) -> str:
        return self._absolute(item.get_url(self.request) or "/")

    def item_guid(self, item: PracticePage) -> str:
        return self.item_link(item)

    def item_pubdate(self, item: PracticePage) -> datetime.datetime:
        return timezone.make_aware(
            datetime.datetime.combine(item.publication_date, datetime.time(9, 0))
        )

    def item_updateddate(self, item: PracticePage) -> datetime.datetime | None:
        return item.last_published_at

    def item_author_name(self, item: PracticePage) -> str:
        return item.trust.title if item.trust_id else _("The alliance")

    def item_categories(self, item: PracticePage) -> list[str]:
        return [f"{e.code} {e.name}" for e in getattr(item, "element_terms", [])]
