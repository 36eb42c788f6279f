"""Saved reviews: members save them; only the owner ever sees one, unless the
owner shares a link, which stops working when revoked."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.models import Group
from django.test import Client

import pytest

from directory.models.profiles import MEMBERS_GROUP_NAME
from selfreview.models import SavedReview
from tests.selfreview.conftest import client_for, review

pytestmark = pytest.mark.django_db


def save(client: Client, label: str = "", **ratings: str):
    return client.post("/self-review/save/", {**review(**ratings), "label": label})


@pytest.fixture
def saved(member) -> SavedReview:
    return SavedReview.objects.create(
        owner=member,
        label="Autumn review",
        ratings=review(_1a="red", _3a="amber-red"),
        context={"phase": "primary"},
    )


# -- saving --------------------------------------------------------------------


def test_member_saves_with_csrf(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    page = client.get("/self-review/results/", review(_1a="red", phase="primary"))
    html = page.content.decode()
    assert 'action="/self-review/save/"' in html
    token = page.cookies["csrftoken"].value
    # Without the token: refused.
    assert client.post("/self-review/save/", review(_1a="red")).status_code == 403
    response = client.post(
        "/self-review/save/",
        {
            **review(_1a="red", phase="primary"),
            "label": "Spring",
            "csrfmiddlewaretoken": token,
        },
    )
    saved = SavedReview.objects.get(owner=member)
    assert response.status_code == 302
    assert response["Location"] == f"/self-review/saved/{saved.pk}/"
    assert saved.label == "Spring"
    assert saved.ratings["1a"] == "red" and saved.ratings["5b"] == "green"
    assert saved.context == {"phase": "primary"}
    assert saved.share_token is None


def test_anonymous_cannot_save(client):
    response = save(client, _1a="red")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert not SavedReview.objects.exists()


def test_signed_in_non_member_cannot_save_once_the_group_exists(
    members_group, django_user_model
):
    outsider = client_for(django_user_model.objects.create_user("x", password="pw"))
    response = save(outsider, _1a="red")
    assert response.status_code == 403
    assert b"Only trust members can save reviews" in response.content
    assert not SavedReview.objects.exists()
    html = outsider.get("/self-review/results/", review()).content.decode()
    assert 'action="/self-review/save/"' not in html


def test_any_signed_in_user_saves_while_there_is_no_members_group(django_user_model):
    Group.objects.filter(name=MEMBERS_GROUP_NAME).delete()
    user = django_user_model.objects.create_user("early", password="pw")
    assert save(client_for(user), _2a="red").status_code == 302
    assert SavedReview.objects.filter(owner=user).count() == 1


def test_saving_bad_input_saves_nothing(member):
    client = client_for(member)
    params = review(_1a="purple")
    response = client.post("/self-review/save/", params)
    assert response.status_code == 200
    assert b"There is a problem" in response.content
    assert not SavedReview.objects.exists()


def test_long_or_odd_labels_are_shortened_not_refused(member):
    client = client_for(member)
    assert save(client, "Spring\x00 " + "x" * 300, _1a="red").status_code == 302
    saved = SavedReview.objects.get(owner=member)
    assert saved.label.startswith("Spring x") and len(saved.label) == 100


def test_save_is_post_only(member):
    assert client_for(member).get("/self-review/save/").status_code == 405


# -- privacy -------------------------------------------------------------------

PRIVATE_URLS = [
    "/self-review/saved/{pk}/",
    "/self-review/saved/{pk}/delete/",
    "/cy/self-review/saved/{pk}/",
]
ACTIONS = [
    "/self-review/saved/{pk}/share/",
    "/self-review/saved/{pk}/unshare/",
    "/self-review/saved/{pk}/delete/",
]


def test_owner_sees_their_review(saved, member):
    client = client_for(member)
    response = client.get(f"/self-review/saved/{saved.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Autumn review" in html and "Only you can see it" in html
    assert "<svg" in html and "Where to start" in html
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")
    assert client.get(f"/cy/self-review/saved/{saved.pk}/").status_code == 200


@pytest.mark.parametrize("who", ["other_member", "moderator", "superuser"])
def test_nobody_else_sees_it(saved, request, who):
    client = client_for(request.getfixturevalue(who))
    for url in PRIVATE_URLS:
        assert client.get(url.format(pk=saved.pk)).status_code == 404
    for url in ACTIONS:
        assert client.post(url.format(pk=saved.pk)).status_code == 404
    listing = client.get("/self-review/saved/")
    assert listing.status_code == 200
    assert b"Autumn review" not in listing.content
    saved.refresh_from_db()
    assert saved.share_token is None  # nobody else could share it


def test_anonymous_is_sent_to_sign_in(client, saved):
    for url in ["/self-review/saved/", *PRIVATE_URLS]:
        response = client.get(url.format(pk=saved.pk))
        assert response.status_code == 302
        assert "/accounts/login/?next=" in response["Location"]
    welsh = client.get("/cy/self-review/saved/")
    assert welsh["Location"].startswith("/cy/accounts/login/?next=")
    for url in ACTIONS:
        assert client.post(url.format(pk=saved.pk)).status_code == 302
    assert SavedReview.objects.filter(pk=saved.pk).exists()


def test_missing_review_is_404_for_the_owner_too(member):
    assert client_for(member).get("/self-review/saved/99999/").status_code == 404


def test_saved_reviews_are_not_in_the_wagtail_admin(superuser):
    from wagtail.snippets.models import get_snippet_models

    assert SavedReview not in get_snippet_models()
    client = client_for(superuser)
    assert client.get("/admin/snippets/selfreview/savedreview/").status_code == 404


# -- sharing -------------------------------------------------------------------


def test_share_link_works_and_stops_when_revoked(saved, member):
    owner = client_for(member)
    assert owner.post(f"/self-review/saved/{saved.pk}/share/").status_code == 302
    saved.refresh_from_db()
    token = saved.share_token
    assert token and len(token) >= 40
    detail = owner.get(f"/self-review/saved/{saved.pk}/").content.decode()
    assert f"/self-review/shared/{token}/" in detail

    anonymous = Client()
    response = anonymous.get(f"/self-review/shared/{token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "A shared self-review: Autumn review" in html
    assert member.username not in html
    assert "csrfmiddlewaretoken" not in html  # read-only: no forms to act on it
    assert "no-store" in response["Cache-Control"]
    assert anonymous.get(f"/cy/self-review/shared/{token}/").status_code == 200

    # Sharing again keeps the same link.
    owner.post(f"/self-review/saved/{saved.pk}/share/")
    saved.refresh_from_db()
    assert saved.share_token == token

    assert owner.post(f"/self-review/saved/{saved.pk}/unshare/").status_code == 302
    assert anonymous.get(f"/self-review/shared/{token}/").status_code == 404
    saved.refresh_from_db()
    assert saved.share_token is None


@pytest.mark.parametrize(
    "token", ["nope", "a" * 43, "x" * 5000, "%00", "a%00" * 20, "%27%3B--" * 5]
)
def test_wrong_tokens_are_404(client, saved, token):
    saved.share()
    assert client.get(f"/self-review/shared/{token}/").status_code == 404


def test_share_and_delete_are_post_only(saved, member):
    client = client_for(member)
    assert client.get(f"/self-review/saved/{saved.pk}/share/").status_code == 405
    assert client.get(f"/self-review/saved/{saved.pk}/unshare/").status_code == 405


def test_owner_deletes(saved, member):
    client = client_for(member)
    saved.share()
    confirm = client.get(f"/self-review/saved/{saved.pk}/delete/")
    assert confirm.status_code == 200 and b"Delete this review?" in confirm.content
    assert client.post(f"/self-review/saved/{saved.pk}/delete/").status_code == 302
    assert not SavedReview.objects.filter(pk=saved.pk).exists()
    assert Client().get(f"/self-review/shared/{saved.share_token}/").status_code == 404


# -- history -------------------------------------------------------------------


def test_history_table_across_dates(member, django_assert_max_num_queries):
    client = client_for(member)
    save(client, "First", _1a="red", _2a="green")
    save(client, "Second", _1a="amber-red", _2a="amber-green")
    save(client, "Third", _1a="green", _2a="amber-green")
    with django_assert_max_num_queries(12):
        response = client.get("/self-review/saved/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert html.index("First") < html.index("Second") < html.index("Third")
    assert html.count("up from Red") == 1  # 1A: red -> amber-red
    assert html.count("up from Amber-red") == 1  # 1A: amber-red -> green
    assert html.count("down from Green") == 1  # 2A: green -> amber-green
    assert html.count("<tr>") == 1 + 12


def test_history_survives_odd_saved_data(member):
    SavedReview.objects.create(
        owner=member,
        ratings={"1a": "red", "9z": "blue", "2a": "purple"},
        context={"x": 1},
    )
    client = client_for(member)
    assert client.get("/self-review/saved/").status_code == 200
    review_pk = SavedReview.objects.get(owner=member).pk
    assert client.get(f"/self-review/saved/{review_pk}/").status_code == 200


def test_results_link_back_keeps_context(member):
    client = client_for(member)
    save(client, _1a="red")
    saved = SavedReview.objects.get(owner=member)
    html = client.get(f"/self-review/saved/{saved.pk}/").content.decode()
    assert (
        f"/self-review/results/?{urlencode(review(_1a='red'))}".replace("&", "&amp;")
        in html
    )
