import factory
import wagtail_factories

from directory.models import Phase, Region
from trusts.models import School, TrustIndexPage, TrustPage


def _en_index():
    return TrustIndexPage.objects.get(locale__language_code="en-gb")


class TrustPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("company")
    slug = factory.Sequence(lambda n: f"test-trust-{n}")
    parent = factory.LazyFunction(_en_index)
    region = factory.LazyFunction(
        lambda: Region.objects.get(slug="south-west", locale__language_code="en-gb")
    )
    school_count = 5
    summary = factory.Faker("sentence")
    description = factory.LazyAttribute(lambda o: f"<p>{o.summary}</p>")

    class Meta:
        model = TrustPage


class SchoolFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("city", locale="en_GB")
    urn = factory.Sequence(lambda n: f"{900000 + n}")
    phase = factory.LazyFunction(
        lambda: Phase.objects.get(slug="primary", locale__language_code="en-gb")
    )
    local_authority = "Somerset"
    trust = factory.SubFactory(TrustPageFactory)

    class Meta:
        model = School


def make_user(username: str, **extra):
    """A user with a password and an address (emails in tests need one)."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw", **extra
    )


def trust_user(username: str, trust: TrustPage, role: str):
    """A trust's editor or member (teacher), in the groups membership gives."""
    from trusts.membership import add_trust_account

    user = make_user(username)
    add_trust_account(user, trust, role)
    return user


def alliance_moderator(username: str = "mod"):
    """Staff in Wagtail's Moderators group, as the demo's moderator is."""
    from trusts.membership import moderators_group

    user = make_user(username, is_staff=True)
    user.groups.add(moderators_group())
    return user
