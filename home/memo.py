"""Fewer round trips to the shared cache: per-request and per-process memos.

A case study asked Redis for the same version numbers thirty times a
request (every vocabulary look-up reads its version, then its terms, and
unpickles them). Here a version number is read once per request, and data
cached under a version is kept in the process too, so a look-up costs a
dict access once its version has been read. Outside a request (commands,
tasks) nothing is memoised.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from asgiref.local import Local

T = TypeVar("T")

_request = Local()
_MISSING = object()
# name -> (versioned key, value). Bounded by the number of names (a few
# vocabularies per language), not by the number of versions.
_process: dict[str, tuple[str, Any]] = {}


class RequestMemoMiddleware:
    """Gives each request its own memo of shared-cache reads."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        _request.values = {}
        try:
            return self.get_response(request)
        finally:
            _request.values = None


def request_get(key: str) -> Any:
    """`cache.get(key)`, read once per request."""
    values = getattr(_request, "values", None)
    if values is None:
        return cache.get(key)
    value = values.get(key, _MISSING)
    if value is _MISSING:
        value = values[key] = cache.get(key)
    return value


def remember(key: str, value: Any) -> None:
    """Record a value read from the shared cache some other way (`get_many`)."""
    values = getattr(_request, "values", None)
    if values is not None:
        values[key] = value


def forget(key: str) -> None:
    """Drop `key` from this request's memo (after changing it)."""
    values = getattr(_request, "values", None)
    if values is not None:
        values.pop(key, None)


def bump(version_key: str) -> None:
    """Move a version on, so everything cached under the old one misses."""
    try:
        cache.incr(version_key)
    except ValueError:
        cache.set(version_key, secrets.randbits(48), None)
    forget(version_key)


def current(version_key: str) -> int:
    """The version now, read once per request.

    A missing version (a new or flushed cache) starts at a random number, so
    a process never mistakes its old data for data computed since, and every
    key made in this request uses the same number as later requests will.
    """
    version = request_get(version_key)
    if version is None:
        cache.add(version_key, secrets.randbits(48), None)
        forget(version_key)
        version = request_get(version_key)
    return version or 0


def versioned(version_key: str, name: str, compute: Callable[[], T], seconds: int) -> T:
    """`compute()`, cached under `name` and the current version of `version_key`.

    Shared through the cache and kept in this process; callers must not
    change what they are given. A missing version (a new or flushed cache)
    starts at a random number, so a process never mistakes its old data for
    data computed since.
    """
    key = f"{name}:{current(version_key)}"
    held = _process.get(name)
    if held is not None and held[0] == key:
        return held[1]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    _process[name] = (key, value)
    return value
