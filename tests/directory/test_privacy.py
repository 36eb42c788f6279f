"""The privacy sweep: no stored expert address in any public response or index.

Seeds the demo directory (48 profiles, some members-only), gives it its Welsh
aliases, then fetches every public URL that shows experts, as an anonymous
visitor and as a signed-in member, and searches each body for every stored
address. The search index's documents are checked too.
"""

from __future__ import annotations

import io
from urllib.parse import quote

from django.test import Client

from wagtail.search.models import IndexEntry
from wagtail_localize.synctree import synchronize_tree

import pytest

from directory import demo
from directory.models import ExpertProfilePage, Subject, SupportRequest
from directory.views import make_confirmation_token
from home.demo import DemoContext


def _forms(email: str) -> list[str]:
    """The ways an address could appear in a response."""
    return [email, email.replace("@", "%40"), email.replace("@", "&#64;"), quote(email)]


def _api_pages(client: Client) -> list[str]:
    """Every page of the API listing of profiles, with all fields."""
    bodies, offset = [], 0
    while True:
        response = client.get(
            "/api/v2/pages/",
            {
                "type": "directory.ExpertProfilePage",
                "fields": "*",
                "limit": 20,
                "offset": offset,
            },
        )
        assert response.status_code == 200
        bodies.append(response.content.decode())
        data = response.json()
        offset += 20
        if offset >= data["meta"]["total_count"]:
            return bodies


@pytest.mark.django_db
def test_no_expert_address_is_ever_served_or_indexed(en, cy, member):
    ctx = DemoContext(stdout=io.StringIO())
    demo.seed(ctx)
    synchronize_tree(en, cy)

    profiles = list(ExpertProfilePage.objects.live().select_related("locale"))
    emails = {p.email for p in profiles}
    assert len(emails) == 48
    assert any(p.visibility == "members" for p in profiles)

    member_client = Client()
    member_client.force_login(member)
    anonymous = Client()

    checked: list[tuple[str, str]] = []

    def sweep(client: Client, url: str, body: str | None = None) -> None:
        if body is None:
            response = client.get(url, follow=False)
            assert response.status_code < 500, url
            body = response.content.decode("utf-8", "replace")
            body += " " + response.get("Location", "")
        for email in emails:
            for form in _forms(email):
                assert form not in body, f"{email} leaked in {url}"
        checked.append((url, "x"))

    list_urls = [
        "/directory/",
        "/directory/?include_stale=1",
        "/directory/?available=1",
        "/directory/?subject=maths&subject=english&phase=primary",
        "/directory/?role=nle&role=sle&include_stale=1",
        "/directory/?region=wales",
        "/directory/?q=example.org",
        "/directory/?q=%40",
        "/directory/?page=2&include_stale=1",
        "/directory/?page=3&include_stale=1",
        "/directory/?subject=nonsense",
        "/search/?q=example.org",
        "/search/?q=%40example.org",
        "/search/suggest/?q=ama",
        "/sitemap.xml",
        "/",
        "/trusts/",
        "/framework/",
        "/framework/teaching-and-learning/",
        "/practice/feed/",
    ]
    subjects = Subject.objects.filter(locale=en).values_list("slug", flat=True)
    list_urls += [f"/directory/?subject={slug}&include_stale=1" for slug in subjects]

    for client in (anonymous, member_client):
        for url in list_urls:
            sweep(client, url)
            sweep(client, "/cy" + url if not url.startswith("/sitemap") else url)
        for page in profiles:
            url = page.url
            sweep(client, url)
            sweep(client, url + "contact/")
            sweep(client, url + "contact/sent/")
            sweep(client, f"/api/v2/pages/{page.pk}/")
            sweep(client, f"/api/v2/pages/{page.pk}/?fields=*")
            if page.locale_id == en.pk:
                sweep(client, "/search/?q=" + quote(page.title))
                sweep(client, "/directory/?include_stale=1&q=" + quote(page.title))
                sweep(client, f"/trusts/{page.trust.slug}/")
        for body in _api_pages(client):
            sweep(client, "api listing", body)
        sweep(
            client, "/api/v2/pages/?search=example.org&type=directory.ExpertProfilePage"
        )

    # Searching for an address finds nothing: no way to test a guess. (The
    # query itself is echoed back, so these are checked by count.)
    for email in sorted(emails)[:5]:
        for url in ("/directory/", "/search/"):
            response = anonymous.get(url, {"q": email, "include_stale": "1"})
            assert b'data-result-count="0"' in response.content, (url, email)
        api = anonymous.get(
            "/api/v2/pages/", {"type": "directory.ExpertProfilePage", "search": email}
        )
        assert api.json()["meta"]["total_count"] == 0

    # The contact relay's responses, and its rate-limit page.
    target = next(
        p for p in profiles if p.visibility == "public" and p.locale_id == en.pk
    )
    form = {
        "name": "Sweep Tester",
        "email": "sweeper@example.net",
        "organisation": "Sweep School",
        "role": "Head",
        "help_wanted": "Checking privacy.",
        "consent": "on",
    }
    for _ in range(6):
        response = anonymous.post(target.url + "contact/", form)
        sweep(
            anonymous,
            "contact POST",
            response.content.decode() + response.get("Location", ""),
        )
    assert response.status_code == 429
    invalid = anonymous.post(
        target.url + "contact/", {**form, "email": "x"}, REMOTE_ADDR="10.9.9.9"
    )
    sweep(anonymous, "invalid contact POST", invalid.content.decode())
    assert SupportRequest.objects.exists()

    # The confirmation page shows the expert their own profile, not the address.
    token_url = f"/directory/confirm/{make_confirmation_token(target)}/"
    sweep(anonymous, token_url)

    # The search index's documents hold no address either.
    entries = list(IndexEntry.objects.values())
    assert entries
    for entry in entries:
        text = " ".join(str(value) for value in entry.values())
        for email in emails:
            assert email not in text, f"{email} is in the search index"

    assert len(checked) > 500
