"""Factories for expert profiles, published like the admin would publish them."""

from __future__ import annotations

from django.utils import timezone

import factory
import wagtail_factories

from directory.models import (
    ExpertDesignation,
    ExpertProfilePage,
    FrameworkElement,
    Phase,
    Subject,
    Term,
    TrustDirectoryIndexPage,
)


def directory_section(trust_slug: str = "severn-vale-learning-trust"):
    """A member trust's (English) section of the directory."""
    return TrustDirectoryIndexPage.objects.get(
        slug=trust_slug, locale__language_code="en-gb"
    )


def _terms(model, slugs, field="slug"):
    rows = model.objects.filter(
        locale__language_code="en-gb", **{f"{field}__in": slugs}
    )
    return list(rows)


class ExpertProfilePageFactory(wagtail_factories.PageFactory):
    """A live profile available this term and next, confirmed today.

    Pass `subjects=["maths"]`, `phases=[...]`, `elements=["3A"]` (codes) and
    `designations=[(title, awarded_by, year)]`; `publish=True` also gives
    it a revision, as publishing in the admin does.
    """

    title = factory.Faker("name", locale="en_GB")
    slug = factory.Sequence(lambda n: f"expert-{n}")
    parent = factory.LazyFunction(directory_section)
    role = "lead-practitioner"
    job_title = factory.Faker("job", locale="en_GB")
    bio = factory.LazyAttribute(lambda o: f"<p>{o.title} supports other schools.</p>")
    days_per_term = 2
    available_terms = factory.LazyFunction(
        lambda: " ".join(t.code for t in Term.upcoming(2))
    )
    not_available_now = False
    last_confirmed = factory.LazyFunction(timezone.localdate)
    consent_to_list = True
    visibility = "public"
    email = factory.Sequence(lambda n: f"expert.{n}@example.org")

    class Meta:
        model = ExpertProfilePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        subjects = kwargs.pop("subjects", None)
        phases = kwargs.pop("phases", None)
        elements = kwargs.pop("elements", None)
        designations = kwargs.pop("designations", None)
        publish = kwargs.pop("publish", False)
        page = model_class(**{k: v for k, v in kwargs.items() if k != "parent"})
        if subjects:
            page.subjects = _terms(Subject, subjects)
        if phases:
            page.phases = _terms(Phase, phases)
        if elements:
            page.elements = _terms(FrameworkElement, elements, field="code")
        if designations:
            page.designations = [
                ExpertDesignation(title=t, awarded_by=a, year=y)
                for t, a, y in designations
            ]
        kwargs["parent"].add_child(instance=page)
        if publish:
            page.save_revision().publish()
        else:
            # Save again so the search index sees the many-to-many links.
            page.save()
        page.refresh_from_db()
        return page
