"""Welsh is a content locale from the first migration, kept in sync with English.

The LocaleSynchronization makes wagtail-localize create a Welsh alias of every
new English page, so /cy/ always has the whole tree (untranslated pages show
the English text inside Welsh page furniture until someone translates them).
"""

from django.conf import settings
from django.db import migrations


def create_welsh(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    welsh, _ = Locale.objects.get_or_create(language_code="cy")
    LocaleSynchronization.objects.get_or_create(
        locale=welsh, defaults={"sync_from": default}
    )


def remove_welsh(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.filter(locale__language_code="cy").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_welsh, remove_welsh)]
