"""Fixed-window rate limits for public forms, counted in the shared cache.

The cache is Redis in production (django-redis with IGNORE_EXCEPTIONS), so
every app server sees the same counts, and when Redis is down the reads give
nothing and the writes are dropped: the forms fail open rather than fail.
Identities (an address, a user id, a profile) are hashed before they become
part of a key, so no personal data sits in the cache's key space.

A limit that refuses someone must be keyed on something only they can spend:
`requester()` (their account, or their address from home/client_address.py),
never on something anyone can type, such as an email address or a profile.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable

from django.core.cache import cache
from django.http import HttpRequest

from home.client_address import client_address

# (scope, identity, (requests allowed, per this many seconds))
Check = tuple[str, str, tuple[int, int]]


def requester(request: HttpRequest) -> str:
    """Who is asking: the signed-in account, else the client's address.

    Colleagues behind one school's address keep their own budgets once signed
    in, and nobody can spend another person's budget.
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_address(request) or 'unknown'}"


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
