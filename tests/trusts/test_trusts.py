from django.core.exceptions import ValidationError

import pytest

from tests.trusts.factories import SchoolFactory
from trusts.models import School


@pytest.mark.django_db
def test_trust_page_lists_its_schools(client, trust):
    response = client.get(trust.url)
    assert response.status_code == 200
    for school in School.objects.filter(trust=trust):
        assert school.name.encode() in response.content.replace(b"&#x27;", b"'")


@pytest.mark.django_db
def test_welsh_trust_page_lists_the_same_schools(client, trust):
    response = client.get(f"/cy/trusts/{trust.slug}/")
    assert response.status_code == 200
    assert b"140104" in response.content


@pytest.mark.django_db
def test_two_st_marys_are_told_apart():
    labels = {str(s) for s in School.objects.filter(name__startswith="St Mary's")}
    assert len(labels) == 2
    assert any("Gloucestershire" in label for label in labels)
    assert any("Cornwall" in label for label in labels)


@pytest.mark.django_db
def test_urn_must_be_six_digits(trust):
    school = SchoolFactory.build(urn="12AB", trust=trust)
    with pytest.raises(ValidationError) as error:
        school.full_clean()
    assert "urn" in error.value.message_dict


@pytest.mark.django_db
def test_trust_index_lists_trusts_alphabetically(client):
    response = client.get("/trusts/")
    content = response.content.decode()
    assert content.index("Charnwood Forest Trust") < content.index(
        "Weald and Downs Trust"
    )
