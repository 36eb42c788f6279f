from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision, Site

import pytest

from directory.models import FrameworkArea, FrameworkElement
from trusts.models import School, TrustPage


def _snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "schools": School.objects.count(),
        "users": get_user_model().objects.count(),
        "areas": FrameworkArea.objects.count(),
        "elements": FrameworkElement.objects.count(),
        "paths": sorted(Page.objects.values_list("url_path", "locale_id")),
    }


@pytest.mark.django_db
def test_seed_demo_is_idempotent():
    call_command("seed_demo", stdout=StringIO())
    first = _snapshot()
    call_command("seed_demo", stdout=StringIO())
    assert _snapshot() == first


@pytest.mark.django_db
def test_seed_demo_builds_the_site(settings):
    call_command("seed_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    trusts = TrustPage.objects.filter(locale__language_code="en-gb")
    assert trusts.count() >= 8
    assert len({t.region_id for t in trusts}) >= 6
    assert School.objects.count() >= 8
    assert (
        TrustPage.objects.filter(locale__language_code="cy").count() == trusts.count()
    )
    User = get_user_model()
    moderator = User.objects.get(username="moderator")
    assert moderator.check_password(settings.DEMO_PASSWORD)
    assert moderator.groups.filter(name="Moderators").exists()
    assert User.objects.get(username="admin").is_superuser


@pytest.mark.django_db
def test_if_empty_leaves_existing_content_alone():
    out = StringIO()
    before = Page.objects.count()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "not seeding" in out.getvalue()
    assert Page.objects.count() == before


@pytest.mark.django_db
def test_demo_password_comes_from_the_environment(settings):
    settings.DEMO_PASSWORD = "another-long-passphrase"
    call_command("seed_demo", stdout=StringIO())
    assert (
        get_user_model()
        .objects.get(username="admin")
        .check_password("another-long-passphrase")
    )


@pytest.mark.django_db
def test_every_seeded_page_is_in_the_search_index_in_both_languages():
    # The Welsh tree and the --scale copies are indexed in batches at the end
    # rather than page by page; none may be left out.
    from wagtail.search.models import IndexEntry

    call_command("seed_demo", "--scale", "2", stdout=StringIO())
    live = Page.objects.live().exclude(depth=1)
    indexed = set(
        IndexEntry.objects.filter(
            object_id__in=[str(pk) for pk in live.values_list("pk", flat=True)]
        ).values_list("object_id", flat=True)
    )
    missing = [
        p for p in live.specific() if str(p.pk) not in indexed and p.search_fields
    ]
    assert missing == []
    assert live.filter(locale__language_code="cy", alias_of__isnull=False).exists()
