"""A sitemap that lists every language's pages, not only the default one's.

Wagtail's sitemap walks the site's root page, which is the English home page;
the Welsh home page is its translation (a sibling), so Welsh URLs would be
missing. Pages that only redirect (a trust's section) list no URL of their
own through `get_sitemap_urls`.
"""

from __future__ import annotations

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from search.visibility import visible_pages


class AllLocalesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = root.get_translations(inclusive=True).only("path")
        condition = Q()
        for translated_root in roots:
            condition |= Q(path__startswith=translated_root.path)
        # Restrictions excluded in one clause (see search.visibility), not
        # `.public()`'s one per members-only profile.
        return (
            visible_pages(None, Page.objects.filter(condition))
            .order_by("locale_id", "path")
            .defer_streamfields()
            .specific()
        )
