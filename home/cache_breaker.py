"""Stop asking a cache that does not answer, for a while: a circuit breaker.

A Redis that accepts connections but never replies made every cache call
wait out its socket timeout: a case study, dozens of calls, took 39 s. Two
guards bound that:

- short socket timeouts (`REDIS_TIMEOUT`, 0.25 s by default; the CACHES
  block in portal/settings/base.py), so one call costs at most that;
- this breaker: once a call fails to connect or times out, this process
  skips the cache for `BREAKER_SECONDS` (30 by default), then tries again.
  A call that succeeds closes the breaker; one that fails opens it again.

While it is open every cache call fails at once, and django-redis's
IGNORE_EXCEPTIONS turns that into its usual answers for a cache that is
down: `get` gives the default, `get_many` nothing, writes are dropped. So
pages are served uncached (home/page_cache.py, home/data_cache.py) and the
rate limits (home/ratelimit.py) count nothing and fail open, as with Redis
down. The state is per process and per cache location, shared by threads.

It is django-redis's own pluggable client (OPTIONS["CLIENT_CLASS"]), each
of its public methods wrapped; the backend stays django-redis's RedisCache.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

DEFAULT_SECONDS = 30.0
# What "the cache does not answer" looks like (socket.timeout is an OSError).
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
# The client's methods that talk to Redis.
GUARDED = (
    "get",
    "get_many",
    "set",
    "set_many",
    "add",
    "incr",
    "decr",
    "delete",
    "delete_many",
    "delete_pattern",
    "has_key",
    "touch",
    "clear",
    "ttl",
    "pttl",
    "expire",
    "pexpire",
    "expire_at",
    "pexpire_at",
    "persist",
    "incr_version",
    "keys",
)

# Cache location -> when to try it again (time.monotonic()).
_open_until: dict[tuple[str, ...], float] = {}


class CacheUnavailable(RedisConnectionError):
    """The breaker is open: the cache was not asked."""


def now() -> float:
    return time.monotonic()


def is_open(location: str | list[str]) -> bool:
    until = _open_until.get(_key(location))
    return until is not None and now() < until


def reset() -> None:
    """Close every breaker (tests)."""
    _open_until.clear()


def _key(location: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(location, str):
        location = location.split(",")
    return tuple(location)


class CircuitBreakerClient(DefaultClient):
    """django-redis's client, which stops calling Redis after a failure."""

    def __init__(self, server: Any, params: dict[str, Any], backend: Any) -> None:
        super().__init__(server, params, backend)
        options = params.get("OPTIONS", {})
        self.breaker_seconds = float(options.get("BREAKER_SECONDS", DEFAULT_SECONDS))
        self.breaker_key = _key(self._server)

    def trip(self, error: BaseException) -> None:
        if not is_open(self.breaker_key):
            logger.warning(
                "Cache %s unreachable (%s: %s); not asking it for %s s",
                ",".join(self.breaker_key),
                type(error).__name__,
                error,
                self.breaker_seconds,
            )
        _open_until[self.breaker_key] = now() + self.breaker_seconds


def _guarded(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def method(self: CircuitBreakerClient, *args: Any, **kwargs: Any) -> Any:
        until = _open_until.get(self.breaker_key)
        if until is not None and now() < until:
            raise ConnectionInterrupted(connection=None) from CacheUnavailable(
                "circuit breaker open"
            )
        try:
            result = original(self, *args, **kwargs)
        except ConnectionInterrupted as error:
            # Also raised for a Redis error reply (a wrong type, out of
            # memory): that is one bad call, not an unreachable cache.
            if isinstance(error.__cause__, UNREACHABLE):
                self.trip(error.__cause__)
            raise
        except UNREACHABLE as error:
            self.trip(error)
            raise ConnectionInterrupted(connection=None) from error
        if until is not None and _open_until.pop(self.breaker_key, None) is not None:
            logger.warning("Cache %s answers again", ",".join(self.breaker_key))
        return result

    return method


for _name in GUARDED:
    setattr(CircuitBreakerClient, _name, _guarded(getattr(DefaultClient, _name)))
