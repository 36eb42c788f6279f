"""Every public URL in the contract answers, in both languages."""

import pytest

URLS = [
    "/",
    "/practice/",
    "/directory/",
    "/trusts/",
    "/trusts/severn-vale-learning-trust/",
    "/framework/",
    "/framework/teaching-and-learning/",
    "/search/",
    "/search/?q=trust",
    "/about/",
    "/accessibility/",
    "/privacy/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
@pytest.mark.parametrize("url", URLS)
def test_public_url_answers(client, prefix, url):
    response = client.get(prefix + url)
    assert response.status_code == 200, response.content[:500]
    assert b'<main id="main"' in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/framework/no-such-area/", "/no-such-page/", "/cy/no-such-page/"]
)
def test_unknown_urls_are_404_with_our_page(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert (
        b'<main id="main"' in response.content
    )  # our own 404 page, in either language


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/sitemap.xml", "/robots.txt", "/api/v2/pages/", "/admin/login/"]
)
def test_service_urls(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_sitemap_lists_both_languages_and_no_redirecting_sections(client):
    from xml.etree import ElementTree

    response = client.get("/sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [
        el.text
        for el in ElementTree.fromstring(response.content).findall(".//s:loc", ns)
    ]
    paths = {loc.split("://", 1)[1].split("/", 1)[1] for loc in locs}
    assert "framework/" in paths and "cy/framework/" in paths
    assert "trusts/severn-vale-learning-trust/" in paths
    assert "cy/trusts/severn-vale-learning-trust/" in paths
