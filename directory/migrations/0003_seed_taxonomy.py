"""Create the framework (5 areas, 12 elements) and the phase, region and subject
vocabularies, in English with their Welsh translations.

The data is frozen beside this migration (_taxonomy_data.py) so later edits to
the live vocabularies never change what this migration does.
"""

import uuid

from django.conf import settings
from django.db import migrations

from directory.migrations._taxonomy_data import (
    AREAS,
    ELEMENTS,
    PHASES,
    REGIONS,
    SUBJECTS,
)


def _pair(Model, en_locale, cy_locale, en_fields, cy_fields, lookup):
    key = uuid.uuid4()
    en, created = Model.objects.get_or_create(
        locale=en_locale, **lookup, defaults={**en_fields, "translation_key": key}
    )
    Model.objects.get_or_create(
        locale=cy_locale,
        translation_key=en.translation_key,
        defaults={**en_fields, **cy_fields, **lookup},
    )
    return en


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    en = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    cy = Locale.objects.get(language_code="cy")

    for model_name, rows in (("Phase", PHASES), ("Region", REGIONS), ("Subject", SUBJECTS)):
        Model = apps.get_model("directory", model_name)
        for order, row in enumerate(rows, start=1):
            _pair(
                Model, en, cy,
                {"name": row["name"], "sort_order": order},
                {"name": row["name_cy"]},
                {"slug": row["slug"]},
            )

    FrameworkArea = apps.get_model("directory", "FrameworkArea")
    FrameworkElement = apps.get_model("directory", "FrameworkElement")
    areas = {}
    for row in AREAS:
        area = _pair(
            FrameworkArea, en, cy,
            {"name": row["name"], "number": row["number"], "sort_order": row["number"],
             "description": row["description"]},
            {"name": row["name_cy"], "description": row["description_cy"]},
            {"slug": row["slug"]},
        )
        areas[row["slug"]] = area
    for order, row in enumerate(ELEMENTS, start=1):
        _pair(
            FrameworkElement, en, cy,
            {
                "name": row["name"],
                "code": row["code"],
                "sort_order": order,
                "area": areas[row["area"]],
                "description": row["description"],
                "guiding_questions": "\n".join(row["guiding_questions"]),
                "weak_capacity": row["weak"],
                "strong_capacity": row["strong"],
            },
            {
                "name": row["name_cy"],
                "description": row["description_cy"],
                "area": FrameworkArea.objects.get(
                    locale=cy, translation_key=areas[row["area"]].translation_key
                ),
            },
            {"slug": row["slug"]},
        )


def unseed(apps, schema_editor):
    for model_name in ("FrameworkElement", "FrameworkArea", "Phase", "Region", "Subject"):
        apps.get_model("directory", model_name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_initial"),
        ("home", "0002_welsh_locale"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
