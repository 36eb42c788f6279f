"""Run inside `manage.py shell`: print the URLs to load and the data counts."""

import json

from django.apps import apps
from django.contrib.staticfiles.storage import staticfiles_storage

from wagtail.models import Page


def first_url(label: str) -> str | None:
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    page = (
        model.objects.live()
        .public()
        .filter(locale__language_code="en-gb")
        .order_by("-pk")
        .first()
    )
    return page.url if page else None


def count(label: str) -> int:
    try:
        return apps.get_model(label).objects.count()
    except LookupError:
        return 0


urls = {
    "home": "/",
    "practice": "/practice/",
    "practice_filtered": "/practice/?element=approach-to-pedagogy&phase=primary",
    "case_study": first_url("practice.CaseStudyPage"),
    "directory": "/directory/",
    "directory_filtered": "/directory/?phase=secondary&available=1",
    "profile": first_url("directory.ExpertProfilePage"),
    "search": "/search/?q=reading",
    "static": staticfiles_storage.url("css/portal.css"),
}
counts = {
    "pages": Page.objects.count(),
    "practice_en": apps.get_model("practice.PracticePage")
    .objects.filter(locale__language_code="en-gb")
    .count(),
    "practice": count("practice.PracticePage"),
    "profiles": count("directory.ExpertProfilePage"),
}
print(json.dumps({"urls": {k: v for k, v in urls.items() if v}, "counts": counts}))
