"""A Redis that accepts connections but never answers must not take the site down.

The cache is configured as production configures it (`redis_caches` from
portal/settings/base.py: short socket timeouts and the circuit breaker of
home/cache_breaker.py), with the page and data caches on. Each public page
type must answer within a few seconds: at most one call waits out the
timeout, then the process stops asking Redis for a while.
"""

from __future__ import annotations

import datetime
import socket
import threading
import time
from collections.abc import Iterator

from django.core.cache import cache
from django.test import Client

import pytest

from home import cache_breaker, ratelimit
from portal.settings.base import REDIS_TIMEOUT, redis_caches
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
    section,
)

WITHIN_SECONDS = 3.0
REAL_REDIS = "redis://127.0.0.1:6379/15"

PAGES = [
    "/",
    "/practice/",
    "/directory/",
    "/trusts/",
    "/trusts/severn-vale-learning-trust/",
    "/framework/",
    "/framework/teaching-and-learning/",
    "/search/?q=reading",
    "/search/suggest/?q=rea",
    "/about/",
    "/cy/",
    "/cy/practice/",
    "/cy/directory/",
]


@pytest.fixture
def hung_redis() -> Iterator[str]:
    """A server on a free local port that accepts and never reads or writes."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(128)
    server.settimeout(0.1)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _address = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    finally:
        stop.set()
        thread.join(timeout=5)
        for connection in held:
            connection.close()
        server.close()
        cache_breaker.reset()


@pytest.fixture
def refused_redis() -> Iterator[str]:
    """A free local port nothing listens on: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield f"redis://127.0.0.1:{port}/0"
    cache_breaker.reset()


@pytest.fixture
def content(db) -> list[str]:
    """A case study, a what-works post and a profile, published."""
    study = CaseStudyPageFactory(
        slug="peer-review",
        parent=section(),
        elements=[element("1A")],
        publication_date=datetime.date(2025, 5, 5),
    )
    post = WhatWorksPageFactory(parent=section(), elements=[element("1A")])
    profile = ExpertProfilePageFactory(
        parent=directory_section("severn-vale-learning-trust"),
        last_confirmed=datetime.date.today(),
        publish=True,
    )
    return [study.url, post.url, profile.url]


def _caches_on(settings, url: str) -> None:
    settings.CACHES = redis_caches(url)
    settings.PAGE_CACHE_SECONDS = 300
    settings.DATA_CACHE_SECONDS = 300


def _timed(url: str) -> tuple[int, float]:
    # Each page from a closed breaker: the worst case, one timeout.
    cache_breaker.reset()
    started = time.monotonic()
    response = Client().get(url)
    return response.status_code, time.monotonic() - started


@pytest.mark.django_db
def test_the_production_options_are_short(hung_redis):
    options = redis_caches(hung_redis)["default"]["OPTIONS"]
    assert options["SOCKET_TIMEOUT"] == options["SOCKET_CONNECT_TIMEOUT"]
    assert REDIS_TIMEOUT <= 0.5
    assert options["CLIENT_CLASS"] == "home.cache_breaker.CircuitBreakerClient"


@pytest.mark.django_db
def test_every_page_type_answers_with_redis_hung(settings, hung_redis, content):
    _caches_on(settings, hung_redis)
    timings = {url: _timed(url) for url in PAGES + content}
    print("\nhung Redis:", {url: round(t, 2) for url, (_s, t) in timings.items()})
    slow = {
        url: (status, round(seconds, 2))
        for url, (status, seconds) in timings.items()
        if status != 200 or seconds > WITHIN_SECONDS
    }
    assert slow == {}
    # The process stopped asking: the next page does not wait at all.
    assert cache_breaker.is_open(hung_redis)
    started = time.monotonic()
    assert Client().get("/practice/").status_code == 200
    assert time.monotonic() - started < WITHIN_SECONDS


@pytest.mark.django_db
def test_every_page_type_answers_with_redis_refusing(settings, refused_redis, content):
    _caches_on(settings, refused_redis)
    timings = {url: _timed(url) for url in PAGES + content}
    slow = {
        url: (status, round(seconds, 2))
        for url, (status, seconds) in timings.items()
        if status != 200 or seconds > WITHIN_SECONDS
    }
    assert slow == {}


@pytest.mark.django_db
def test_rate_limits_fail_open_and_fast(settings, hung_redis):
    _caches_on(settings, hung_redis)
    checks = [("ip", "192.0.2.1", (1, 60))]
    started = time.monotonic()
    for _ in range(5):
        assert ratelimit.retry_after("test", checks) is None
        ratelimit.record("test", checks)
    assert time.monotonic() - started < WITHIN_SECONDS


@pytest.fixture
def real_redis(settings) -> Iterator[None]:
    _caches_on(settings, REAL_REDIS)
    cache.clear()
    yield
    cache.clear()
    cache_breaker.reset()


@pytest.mark.django_db
def test_the_breaker_closes_again_after_its_interval(real_redis, monkeypatch):
    cache.set("breaker-probe", 1)
    assert cache.get("breaker-probe") == 1
    # As a timeout would: the process stops asking.
    cache.client.trip(TimeoutError("test"))
    assert cache_breaker.is_open(REAL_REDIS)
    assert cache.get("breaker-probe") is None
    cache.set("breaker-probe", 2)  # dropped
    assert cache.get_many(["breaker-probe"]) == {}
    # Thirty seconds later it asks again, and closes on the first answer.
    later = cache_breaker.now() + 31
    monkeypatch.setattr(cache_breaker, "now", lambda: later)
    assert cache.get("breaker-probe") == 1
    assert not cache_breaker.is_open(REAL_REDIS)


@pytest.mark.django_db
def test_a_redis_error_reply_does_not_open_the_breaker(real_redis):
    # A wrong-type reply is one bad call, not an unreachable server.
    cache.client.get_client().lpush(cache.make_key("a-list"), b"x")
    assert cache.incr("a-list") is None
    assert not cache_breaker.is_open(REAL_REDIS)
    cache.set("still-there", 3)
    assert cache.get("still-there") == 3


@pytest.mark.django_db
def test_a_real_timeout_opens_it_and_a_missing_key_still_raises(settings, hung_redis):
    _caches_on(settings, hung_redis)
    started = time.monotonic()
    assert cache.get("anything") is None
    assert time.monotonic() - started < 1
    assert cache_breaker.is_open(hung_redis)


@pytest.mark.django_db
def test_incr_of_a_missing_key_raises_as_before(real_redis):
    # memo.bump and the rate limits rely on it.
    with pytest.raises(ValueError):
        cache.incr("no-such-key")
    assert not cache_breaker.is_open(REAL_REDIS)
