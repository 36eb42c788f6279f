"""No input gives the public API a server error (issue 17, finding 8).

Every endpoint of `portal.api.api_router` (listing, `find/` and detail
`<id>/`) gets every parameter it accepts (Wagtail's `known_query_parameters`,
`find_query_parameters` and the model's filterable fields) set to each of
the hostile values below. Nothing may answer 5xx; bad values answer 400
with a message. Run on SQLite and on PostgreSQL (DATABASE_URL=...): each
database breaks on different input (`"` in SQLite FTS5, NUL in PostgreSQL,
integers beyond 64 bits in both). One test per endpoint loops over its
parameters, to keep the run short.
"""

from __future__ import annotations

import json

from django.test import override_settings

from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

import pytest

from portal.api import api_router
from tests.practice.factories import CaseStudyPageFactory, section

# The issue's list, for every parameter of every endpoint.
HOSTILE = [
    "\x00",
    '"',
    "'",
    "\\",
    "%",
    "*",
    "(",
    ")",
    "&",
    "|",
    "!",
    ":",
    "<script>alert(1)</script>",
    "x" * 5000,
    "-1",
    "99999999999999999999",
    "abc",
    "1.5",
    "²",
    "¹²",
    "🙂 ünïcödé שלום \u202e",
    "",
]
# Values that reach further into particular parameters.
EXTRA = {
    "site": ["127.0.0.1:²", "localhost:99999999999999999999", "localhost:-1", ":"],
    "type": ["practice.CaseStudyPage", "auth.User", "x.y.z", "wagtailcore.Page,a"],
    "fields": ["*,-title", "_,id", "id(title)", "*,body(x)", "-id"],
    "order": ["random", "-id", "title,-id", "id,random"],
    "html_path": ["/practice/", "/" * 50, "/../../etc/passwd"],
    "locale": ["en-gb", "cy", "zz"],
    "child_of": ["root", "0", "2147483648"],
    "descendant_of": ["root", "9223372036854775808"],
    "translation_of": ["root", "1"],
    "ancestor_of": ["1", "2147483648"],
    "id": ["0", "2147483648", "9223372036854775808", "١٢"],
    "offset": ["2147483647", "١٢", " 1"],
    "limit": ["21", "0", "١٢"],
    "first_published_at": ["2025-01-01", "2025-13-45", "1111-11-11 11:11:11.111111"],
    "publication_date": ["2025-01-01", "2025-02-30"],
    "format": ["json", "api", "xml"],
    "rich_text_format": ["html", "markdown"],
    "search_operator": ["and", "or", "AND"],
    "show_in_menus": ["true", "yes", "2"],
}
# A shorter list for each parameter combined with a search.
WITH_SEARCH = ["\x00", '"', "99999999999999999999", "abc", "²", ""]

# Elasticsearch at a closed port on 127.0.0.1 (as tests/search/test_elasticsearch.py).
UNREACHABLE_ES = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX_PREFIX": "test_",
        "TIMEOUT": 1,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    },
    "database": {"BACKEND": "wagtail.search.backends.database"},
}


def _endpoints():
    return sorted(api_router._endpoints.items())


def _parameters(name: str, viewset) -> set[str]:
    """Every query parameter the endpoint knows, plus its model's filter fields."""
    params = set(viewset.known_query_parameters) | set(viewset.find_query_parameters)
    models = [viewset.model]
    if issubclass(viewset, PagesAPIViewSet):
        # `type=` swaps in a page model, with its own API fields as filters.
        from practice.models import CaseStudyPage

        models.append(CaseStudyPage)
    for model in models:
        params |= set(viewset.get_available_fields(model, db_fields_only=True))
    return params


def _assert_no_server_error(client, url: str, params: dict) -> int:
    response = client.get(url, params)
    assert response.status_code < 500, (url, params, response.content[:300])
    if response.status_code == 400:
        assert response.json().get("message"), (url, params)
    return response.status_code


@pytest.fixture
def content(db):
    """A live page and a file it uses, so detail and find have something to find."""
    from tests.home.test_files_privacy import _document, _image, _published_page

    doc = _document("Fuzz plan")
    image = _image("fuzz-image")
    page = _published_page("Fuzz case study", documents=[doc], image=image)
    CaseStudyPageFactory(parent=section(), title="Another case study")
    return {"pages": page.pk, "documents": doc.pk, "images": image.pk}


def test_the_fuzz_covers_every_endpoint():
    names = {name for name, _viewset in _endpoints()}
    assert names == {"pages", "images", "documents"}
    for name, viewset in _endpoints():
        params = _parameters(name, viewset)
        assert {"search", "search_operator", "offset", "limit", "fields"} <= params
        if name == "pages":
            assert {"site", "child_of", "type", "html_path", "locale"} <= params
            assert "first_published_at" in params


@pytest.mark.django_db
@pytest.mark.parametrize("name", [name for name, _viewset in _endpoints()])
def test_no_parameter_value_gives_a_server_error(client, content, name):
    viewset = dict(_endpoints())[name]
    pk = content[name]
    urls = [f"/api/v2/{name}/", f"/api/v2/{name}/find/", f"/api/v2/{name}/{pk}/"]
    counts: dict[int, int] = {}
    case_study_only: set[str] = set()
    if issubclass(viewset, PagesAPIViewSet):
        from practice.models import CaseStudyPage

        case_study_only = set(
            viewset.get_available_fields(CaseStudyPage, db_fields_only=True)
        ) - set(viewset.get_available_fields(Page, db_fields_only=True))
    for param in sorted(_parameters(name, viewset)):
        # A case study's own fields are filters only with `type=` naming it.
        typed = {"type": "practice.CaseStudyPage"} if param in case_study_only else {}
        for value in HOSTILE + EXTRA.get(param, []):
            for url in urls:
                params = {**typed, param: value}
                if url.endswith("/find/") and param != "id":
                    params["id"] = pk  # so find/ reaches the other parameters
                if param not in ("fields", "rich_text_format", "format"):
                    # Serialising less keeps the run short; every parameter
                    # is still parsed and applied.
                    params.setdefault("fields", "_,id")
                status = _assert_no_server_error(client, url, params)
                counts[status] = counts.get(status, 0) + 1
        # Searching with the parameter, as the issue's combinations were.
        for value in WITH_SEARCH if param != "search" else []:
            _assert_no_server_error(
                client, f"/api/v2/{name}/", {**typed, "search": "plan", param: value}
            )
    # The hostile values were refused, not all ignored.
    assert counts.get(400, 0) > 0 and counts.get(200, 0) > 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?search=%22",
        "/api/v2/pages/?search=x&search_operator=foo",
        "/api/v2/pages/?offset=99999999999999999999",
        "/api/v2/pages/?first_published_at=abc",
        "/api/v2/pages/find/?id=abc",
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/pages/?site=127.0.0.1:%C2%B2",
        "/api/v2/pages/99999999999999999999/",
        "/api/v2/pages/?child_of=99999999999999999999",
        "/api/v2/pages/?locale=%00",
        "/api/v2/images/?search=%00",
        "/api/v2/images/?search=%22",
        "/api/v2/documents/?search=%00",
        "/api/v2/documents/?search=%22",
    ],
)
def test_the_issues_examples(client, content, url):
    response = client.get(url)
    assert response.status_code < 500, response.content[:300]


@pytest.mark.django_db
def test_bad_parameters_are_a_400_with_a_message(client, content):
    for url in (
        "/api/v2/pages/?search=x&search_operator=foo",
        "/api/v2/pages/?offset=99999999999999999999",
        "/api/v2/pages/?first_published_at=abc",
        "/api/v2/pages/find/?id=abc",
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/pages/?site=127.0.0.1:%C2%B2",
        "/api/v2/pages/?site=localhost:99999999",
        "/api/v2/pages/?locale=%00",
        "/api/v2/documents/?id=99999999999999999999",
    ):
        response = client.get(url)
        assert response.status_code == 400, (url, response.content[:300])
        assert response.json()["message"], url
    # Searches are cleaned, as on /search/, not refused.
    for term in ("%00", "%22", "%22%22x%22", "AND%20OR%20NOT%20("):
        response = client.get(f"/api/v2/pages/?search={term}")
        assert response.status_code == 200, term
    found = client.get("/api/v2/pages/", {"search": 'Fuzz "case'}).json()
    assert content["pages"] in {item["id"] for item in found["items"]}


@pytest.mark.django_db
def test_a_known_site_with_a_port_still_answers(client, content):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    response = client.get(
        "/api/v2/pages/", {"site": f"{site.hostname}:{site.port}", "limit": 1}
    )
    assert response.status_code == 200
    response = client.get("/api/v2/pages/", {"site": site.hostname, "limit": 1})
    assert response.status_code == 200


@pytest.mark.django_db
def test_search_with_elasticsearch_down_answers_from_the_database(client, content):
    with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_ES):
        for name in ("pages", "images", "documents"):
            for term in ("Fuzz", '"', "\x00", "plan"):
                response = client.get(f"/api/v2/{name}/", {"search": term})
                assert response.status_code == 200, (name, term)
        found = client.get("/api/v2/pages/", {"search": "Fuzz"}).json()
        assert content["pages"] in {item["id"] for item in found["items"]}
        found = client.get("/api/v2/documents/", {"search": "Fuzz"}).json()
        assert {item["id"] for item in found["items"]} == {content["documents"]}


@pytest.mark.django_db
def test_pages_are_still_listed_and_found(client, content):
    page = Page.objects.get(pk=content["pages"])
    listing = client.get("/api/v2/pages/", {"type": "practice.CaseStudyPage"})
    assert content["pages"] in {item["id"] for item in listing.json()["items"]}
    found = client.get("/api/v2/pages/find/", {"html_path": page.url})
    assert found.status_code == 302
    detail = client.get(f"/api/v2/pages/{page.pk}/", {"fields": "*"})
    assert detail.status_code == 200
    assert json.loads(detail.content)["id"] == page.pk
