"""Fixed-window rate limits for public forms, counted in the shared cache.

The cache is Redis in production (django-redis with IGNORE_EXCEPTIONS), so
every app server sees the same counts, and when Redis is down the reads give
nothing and the writes are dropped: the forms fail open rather than fail.
Identities (an address, a user id, a profile) are hashed before they become
part of a key, so no personal data sits in the cache's key space.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable

from django.core.cache import cache

# (scope, identity, (requests allowed, per this many seconds))
Check = tuple[str, str, tuple[int, int]]


def window_key(
    namespace: str, scope: str, identity: str, window: int
) -> tuple[str, int]:
    """The cache key of the current window, and the seconds until it ends."""
    now = int(time.time())
    start = now - now % window
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    return f"{namespace}:{scope}:{digest}:{start}", start + window - now


def retry_after(namespace: str, checks: Iterable[Check]) -> int | None:
    """Seconds to wait if any of the limits is used up, else None."""
    waits = []
    for scope, identity, (allowed, window) in checks:
        key, remaining = window_key(namespace, scope, identity, window)
        if (cache.get(key) or 0) >= allowed:
            waits.append(remaining)
    return max(waits) if waits else None


def record(namespace: str, checks: Iterable[Check]) -> None:
    """Count one attempt against each limit."""
    for scope, identity, (_allowed, window) in checks:
        key, remaining = window_key(namespace, scope, identity, window)
        cache.add(key, 0, remaining + 60)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, remaining + 60)
