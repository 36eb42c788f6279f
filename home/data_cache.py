"""Data computed for anonymous visitors, cached until the content changes.

Facet counts over 10,000 pages, search results and "related practice" cost
tens to hundreds of milliseconds to compute and are the same for every
anonymous visitor until something is published. They are cached in the
shared cache (Redis in production) for DATA_CACHE_SECONDS under a key that
holds the page cache's version number, which publishing, unpublishing,
moving or deleting a page or an editor's change to a snippet pages show
moves on (the explicit list in home/invalidation.py; nothing a public
request writes moves it), so a change is visible on the next request.
Signed-in visitors are never served from it: members may see members-only
profiles. Off (0) without Redis, because a per-process cache cannot be
invalidated across app servers.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from .page_cache import current_version

T = TypeVar("T")
logger = logging.getLogger(__name__)


def cache_seconds() -> int:
    return int(getattr(settings, "DATA_CACHE_SECONDS", 0) or 0)


def data_key(request: HttpRequest | None, namespace: str, *parts: Any) -> str | None:
    """The cache key for this data, or None when it must not be cached."""
    if not cache_seconds():
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    raw = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return f"data:{namespace}:{current_version()}:{digest}"


def read(key: str) -> Any:
    """`cache.get(key)`, or None when the entry cannot be read back.

    Entries hold pickled model instances (pages, cards): one written by the
    previous release may no longer unpickle after a deploy changes a model,
    and that must cost a recomputation, not a server error.
    """
    try:
        return cache.get(key)
    except Exception:
        logger.warning("Unreadable data cache entry %s", key, exc_info=True)
        return None


def cached(key: str | None, compute: Callable[[], T]) -> T:
    """`compute()`, from the cache when `key` has been computed before."""
    if key is None:
        return compute()
    hit = read(key)
    if hit is not None:
        return hit
    value = compute()
    cache.set(key, value, cache_seconds())
    return value


def selected_filters(request: HttpRequest, params: list[str]) -> list[tuple[str, str]]:
    """The (parameter, value) pairs of a filter form, in a stable order."""
    return sorted((p, v) for p in params for v in request.GET.getlist(p))
