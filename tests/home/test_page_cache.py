"""The anonymous full-page cache: hits, bypasses, and invalidation on publish."""

import pytest

from home.models import StandardPage


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.mark.django_db
def test_second_anonymous_request_is_a_hit(
    client, page_cache, django_assert_num_queries
):
    first = client.get("/about/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second


@pytest.mark.django_db
def test_publishing_invalidates(client, page_cache):
    client.get("/about/")
    page = StandardPage.objects.get(slug="about", locale__language_code="en-gb")
    page.title = "About the alliance"
    page.save_revision().publish()
    response = client.get("/about/")
    assert response["X-Page-Cache"] == "miss"
    assert b"About the alliance" in response.content


@pytest.mark.django_db
def test_unpublishing_invalidates(client, page_cache):
    client.get("/privacy/")
    StandardPage.objects.get(slug="privacy", locale__language_code="en-gb").unpublish()
    assert client.get("/privacy/").status_code == 404


@pytest.mark.django_db
def test_signed_in_users_bypass_the_cache(client, page_cache, django_user_model):
    client.get("/about/")
    user = django_user_model.objects.create_user("member", password="pw-long-enough")
    client.force_login(user)
    response = client.get("/about/")
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_pages_with_a_csrf_token_are_not_cached(client, page_cache):
    response = client.get("/accounts/login/")
    assert "X-Page-Cache" not in response
    assert "csrftoken" in response.cookies


@pytest.mark.django_db
def test_off_without_a_shared_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert "X-Page-Cache" not in client.get("/about/")


@pytest.mark.django_db
def test_making_a_page_private_invalidates(client, page_cache):
    # The admin's privacy dialog saves a restriction without republishing.
    from wagtail.models import PageViewRestriction

    assert client.get("/about/").status_code == 200
    page = StandardPage.objects.get(slug="about", locale__language_code="en-gb")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/about/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    restriction.delete()
    assert client.get("/about/").status_code == 200


@pytest.mark.django_db
def test_a_hit_is_one_round_trip_to_the_shared_cache(client, page_cache, monkeypatch):
    from django.core.cache import cache

    client.get("/about/")
    calls: list[str] = []
    inside: list[str] = []  # the local-memory cache's get_many calls get
    for name in ("get", "get_many", "set"):
        original = getattr(cache, name)

        def spy(*args, _name=name, _original=original, **kwargs):
            if not inside:
                calls.append(_name)
            inside.append(_name)
            try:
                return _original(*args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(cache, name, spy)
    response = client.get("/about/")
    assert response["X-Page-Cache"] == "hit"
    # The version and the page together (one MGET on Redis); nothing else.
    assert calls == ["get_many"]


@pytest.mark.django_db
def test_a_page_stored_under_an_old_version_is_a_miss(client, page_cache):
    from home import page_cache as module

    client.get("/about/")
    module.invalidate()
    response = client.get("/about/")
    assert response["X-Page-Cache"] == "miss"
    assert client.get("/about/")["X-Page-Cache"] == "hit"


# -- query strings ------------------------------------------------------------------


@pytest.mark.django_db
def test_tracking_parameters_share_one_entry(client, page_cache):
    # A marketing link's variants: one rendering, then hits.
    first = client.get("/practice/", {"utm_source": "0"})
    assert first["X-Page-Cache"] == "miss"
    for n in range(1, 50):
        response = client.get("/practice/", {"utm_source": str(n), "fbclid": "x"})
        assert response["X-Page-Cache"] == "hit", n
    assert client.get("/practice/")["X-Page-Cache"] == "hit"
    # Nor do they reach the page's own links.
    assert b"utm_source" not in first.content


@pytest.mark.django_db
def test_one_entry_per_page_whatever_the_unknown_parameters(client, page_cache):
    from django.core.cache import cache

    def entries() -> int:
        return sum(1 for key in cache._cache if ":page:" in key)

    for n in range(50):
        client.get("/practice/", {"utm_source": str(n), f"x{n}": "y"})
    assert entries() == 1


@pytest.mark.django_db
def test_parameters_the_view_reads_are_kept_in_order(client, page_cache):
    client.get("/practice/", {"phase": "primary"})
    assert client.get("/practice/", {"phase": "secondary"})["X-Page-Cache"] == "miss"
    assert (
        client.get("/practice/?phase=primary&utm_medium=email")["X-Page-Cache"] == "hit"
    )
    # Sorted by name: the same filters in another order are one entry.
    client.get("/practice/?phase=primary&area=a")
    assert client.get("/practice/?area=a&phase=primary")["X-Page-Cache"] == "hit"


def test_normalised_queries():
    from django.test import RequestFactory

    from home.page_cache import normalise_query

    def normal(url: str) -> str:
        request = RequestFactory().get(url)
        normalise_query(request)
        assert request.GET.urlencode() == request.META["QUERY_STRING"]
        return request.get_full_path()

    assert normal("/practice/?utm_source=x&page=2&gclid=1") == "/practice/?page=2"
    assert normal("/search/?q=reading&type=case-study&ref=nav") == (
        "/search/?q=reading&type=case-study"
    )
    assert normal("/directory/?trust=b&trust=a&available=1") == (
        "/directory/?available=1&trust=b&trust=a"
    )
    # Views that read their own parameters keep them, without the trackers.
    assert normal("/self-review/results/?1a=red&utm_source=x") == (
        "/self-review/results/?1a=red"
    )
    welsh = "/cy/self-review/results/?1a=red"
    assert normal(welsh) == welsh
    assert normal("/api/v2/pages/?type=home.HomePage&fields=*&utm_id=1") == (
        "/api/v2/pages/?fields=%2A&type=home.HomePage"
    )
    assert normal("/about/") == "/about/"


@pytest.mark.django_db
def test_a_self_review_result_is_cached_per_rating(client, page_cache):
    from tests.selfreview.conftest import review

    red = client.get("/self-review/results/", review(_1a="red"))
    assert red.status_code == 200
    assert red["X-Page-Cache"] == "miss"
    again = client.get("/self-review/results/", {**review(_1a="red"), "utm_id": "1"})
    assert again["X-Page-Cache"] == "hit"
    green = client.get("/self-review/results/", review(_1a="green"))
    assert green["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_a_page_cached_on_an_empty_cache_stays_a_hit(client, page_cache):
    # The first request starts the version; a signed-in visit (which reads
    # it through the memo, home/memo.py) must find the same number.
    from django.contrib.auth import get_user_model
    from django.test import Client

    assert client.get("/practice/")["X-Page-Cache"] == "miss"
    member = Client()
    member.force_login(get_user_model().objects.create_user("m", password="pw-long"))
    assert member.get("/practice/").status_code == 200
    assert client.get("/practice/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_the_version_moves_again_once_the_change_is_committed(
    django_capture_on_commit_callbacks,
):
    """A page rendered from the old rows before the commit is not kept."""
    from home.memo import current
    from home.page_cache import VERSION_KEY, invalidate

    with django_capture_on_commit_callbacks() as callbacks:
        invalidate()
        during_transaction = current(VERSION_KEY)
    assert len(callbacks) == 1
    callbacks[0]()
    assert current(VERSION_KEY) != during_transaction
