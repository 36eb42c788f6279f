"""Per-request and per-process memos in front of the shared cache (home/memo.py)."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from home.memo import RequestMemoMiddleware, bump, request_get, versioned


def _computer():
    calls: list[int] = []

    def compute() -> list[int]:
        calls.append(1)
        return [len(calls)]

    return calls, compute


def test_versioned_computes_once_until_the_version_moves_on():
    calls, compute = _computer()
    assert versioned("v", "thing", compute, 60) == [1]
    assert versioned("v", "thing", compute, 60) == [1]
    assert len(calls) == 1
    bump("v")
    assert versioned("v", "thing", compute, 60) == [2]
    assert len(calls) == 2


def test_a_flushed_cache_is_not_mistaken_for_the_old_data():
    # The process still holds [1]; after a flush the version restarts at a
    # random number, so the process's copy is not served.
    calls, compute = _computer()
    versioned("v", "thing", compute, 60)
    cache.clear()
    assert versioned("v", "thing", compute, 60) == [2]


def test_another_process_sees_data_computed_elsewhere():
    from home import memo

    calls, compute = _computer()
    versioned("v", "thing", compute, 60)
    memo._process.clear()  # a fresh app server
    assert versioned("v", "thing", lambda: ["recomputed"], 60) == [1]


def test_a_version_is_read_once_per_request():
    cache.set("v", 1)
    seen: list[int] = []

    def view(request):
        seen.append(request_get("v"))
        cache.set("v", 2)  # another app server publishes mid-request
        seen.append(request_get("v"))
        return HttpResponse()

    RequestMemoMiddleware(view)(RequestFactory().get("/"))
    assert seen == [1, 1]
    # The next request, and code outside requests, read it afresh.
    assert request_get("v") == 2


def test_bumping_inside_a_request_is_seen_by_that_request():
    cache.set("v", 1)

    def view(request):
        request_get("v")
        bump("v")
        return HttpResponse(str(request_get("v")))

    assert RequestMemoMiddleware(view)(RequestFactory().get("/")).content == b"2"
