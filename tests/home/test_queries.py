import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/cy/",
        "/framework/",
        "/framework/people-and-partners/",
        "/trusts/",
        "/about/",
    ],
)
def test_pages_render_with_a_bounded_number_of_queries(
    client, url, django_assert_max_num_queries
):
    client.get(url)  # warm the per-process caches (site root paths, vocabularies)
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.status_code == 200
