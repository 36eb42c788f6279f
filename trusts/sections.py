"""A member trust's sections of the page tree.

Each trust's contributions live under its own section of the practice library
and of the directory, so Wagtail's page permissions can give the trust's group
rights over those sections and nothing else.
"""

from __future__ import annotations

from wagtail.models import Page

from .models import TrustPage


def ensure_trust_sections(trust: TrustPage) -> dict[str, Page]:
    """Create (if missing) and return the trust's practice and directory sections."""
    from directory.models import DirectoryIndexPage, TrustDirectoryIndexPage
    from practice.models import PracticeIndexPage, TrustPracticeIndexPage

    sections: dict[str, Page] = {}
    for key, index_model, section_model in (
        ("practice", PracticeIndexPage, TrustPracticeIndexPage),
        ("directory", DirectoryIndexPage, TrustDirectoryIndexPage),
    ):
        index = index_model.objects.get(locale=trust.locale)
        section = section_model.objects.child_of(index).filter(trust=trust).first()
        if section is None:
            section = section_model(
                title=trust.title, slug=trust.slug, trust=trust, locale=trust.locale
            )
            index.add_child(instance=section)
            section.save_revision().publish()
        sections[key] = section
    return sections
