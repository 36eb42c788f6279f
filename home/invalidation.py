"""What moves the page cache's version on: an explicit list, in one place.

Every cached page, route, card and facet count (home/page_cache.py,
home/data_cache.py) is kept under one version number, and moving it makes
every app server recompute all of them. So it moves only when an editor
changes something public pages show:

- a page is published (scheduled publishing too), unpublished (deleting a
  live page unpublishes it first, and expiry unpublishes it) or moved:
  Wagtail's own signals, whatever the page type;
- a row of one of the models listed below is saved or deleted.

Nothing a public request writes is listed, and no listener hears "any
save": search logging (ZeroResultQuery, search promotions' Query and
QueryDailyHits), support requests, a teacher's shared draft (its page,
revision, workflow state, tags, attachment), sessions, saved self-reviews,
sign-in attempts (axes), task rows and renditions leave the cache alone.
tests/home/test_cache_invalidation.py sends a save and a delete of every
installed model and fails if one not listed here moves the version.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db.models.signals import post_delete, post_save

# Snippets, settings and permissions that show on (or decide) public pages.
# Only editors write them; creating one shows too (a new school on its
# trust's page, a new facet option, a new view restriction).
SHOWN_ON_PAGES = (
    "trusts.School",
    "directory.Phase",
    "directory.Region",
    "directory.Subject",
    "directory.FrameworkArea",
    "directory.FrameworkElement",
    "search.Synonym",
    "wagtailsearchpromotions.SearchPromotion",  # editors' picks on /search/
    # The admin's privacy dialog saves a restriction without republishing.
    "wagtailcore.PageViewRestriction",
    # Sites and locales decide routes, which the data cache keeps.
    "wagtailcore.Site",
    "wagtailcore.Locale",
)

# Created by public requests too, but shown nowhere until changed: a
# teacher's shared draft adds its new topics (Tag) and its attachment
# (Document); the portal's settings are created with their defaults on first
# use. Only a change to an existing row (a topic renamed, an image's alt
# text) or its deletion moves the version.
SHOWN_WHEN_CHANGED = (
    "home.PortalSettings",
    "taggit.Tag",
    "wagtailimages.Image",
    "wagtaildocs.Document",
)

# What Wagtail records on a public request the first time it reads a file's
# size or hash (images' and documents' `get_file_size`/`get_file_hash`).
FILE_METADATA = frozenset({"file_size", "file_hash"})


def _invalidate(**kwargs: Any) -> None:
    from . import page_cache

    page_cache.invalidate()


def _saved(sender, created: bool = False, update_fields=None, **kwargs: Any) -> None:
    _invalidate()


def _changed(sender, created: bool = False, update_fields=None, **kwargs: Any) -> None:
    if created:
        return
    if update_fields is not None and set(update_fields) <= FILE_METADATA:
        return
    _invalidate()


def _deleted(sender, **kwargs: Any) -> None:
    _invalidate()


def senders() -> list[type]:
    """Every model whose saves or deletes move the version."""
    return [apps.get_model(label) for label in SHOWN_ON_PAGES + SHOWN_WHEN_CHANGED]


def connect() -> None:
    """Connect the listeners (HomeConfig.ready)."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_invalidate, dispatch_uid=f"page-cache-{signal}")
    for labels, on_save in ((SHOWN_ON_PAGES, _saved), (SHOWN_WHEN_CHANGED, _changed)):
        for label in labels:
            model = apps.get_model(label)
            post_save.connect(
                on_save, sender=model, dispatch_uid=f"page-cache-save-{label}"
            )
            post_delete.connect(
                _deleted, sender=model, dispatch_uid=f"page-cache-delete-{label}"
            )
