"""Factories for practice pages: wagtail-factories PageFactory + StreamFieldFactory.

Pages default to the Severn Vale Learning Trust's section of the library and
to English vocabulary rows (the ones pages link to).
"""

from __future__ import annotations

import datetime

from django.core.files.base import ContentFile

from wagtail import blocks
from wagtail.documents.models import Document
from wagtail.rich_text import RichText

import factory
import wagtail_factories

from directory.models import FrameworkElement, Phase, Region
from home.blocks import (
    DifferentlyCalloutBlock,
    DocumentDownloadBlock,
    HeadingBlock,
    KeyFigureBlock,
    QuoteBlock,
)
from practice.blocks import (
    AttachmentsStreamBlock,
    PracticeBodyStreamBlock,
    ShortBodyStreamBlock,
)
from practice.models import (
    CaseStudyPage,
    PracticeIndexPage,
    TrustPracticeIndexPage,
    Verdict,
    WhatWorksPage,
)

EN = "en-gb"


def section(trust_slug: str = "severn-vale-learning-trust") -> TrustPracticeIndexPage:
    return TrustPracticeIndexPage.objects.get(slug=trust_slug, locale__language_code=EN)


def library() -> PracticeIndexPage:
    return PracticeIndexPage.objects.get(locale__language_code=EN)


def element(code: str) -> FrameworkElement:
    return FrameworkElement.objects.get(code=code, locale__language_code=EN)


def phase(slug: str) -> Phase:
    return Phase.objects.get(slug=slug, locale__language_code=EN)


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug, locale__language_code=EN)


def document(name: str = "return-plan.pdf", size: int = 2048) -> Document:
    doc = Document(title="Return plan template")
    doc.file.save(name, ContentFile(b"%PDF-1.4 " + b"x" * (size - 9)), save=False)
    doc.file_size = size
    doc.save()
    return doc


class RichTextBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = factory.Faker("paragraph")

    class Meta:
        model = blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(f"<p>{kwargs['value']}</p>")


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=4)
    level = "h2"

    class Meta:
        model = HeadingBlock


class KeyFigureBlockFactory(wagtail_factories.StructBlockFactory):
    value = "71% → 84%"
    label = factory.Faker("sentence", nb_words=6)

    class Meta:
        model = KeyFigureBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence")
    attribution = factory.Faker("job")

    class Meta:
        model = QuoteBlock


class DocumentDownloadBlockFactory(wagtail_factories.StructBlockFactory):
    document = factory.SubFactory(wagtail_factories.DocumentChooserBlockFactory)
    title = ""
    description = ""

    class Meta:
        model = DocumentDownloadBlock


class DifferentlyCalloutBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.LazyFunction(lambda: RichText("<p>Start smaller.</p>"))

    class Meta:
        model = DifferentlyCalloutBlock


class PracticeBodyFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(RichTextBlockFactory)
    key_figure = factory.SubFactory(KeyFigureBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    document = factory.SubFactory(DocumentDownloadBlockFactory)
    differently = factory.SubFactory(DifferentlyCalloutBlockFactory)

    class Meta:
        model = PracticeBodyStreamBlock


class ShortBodyFactory(wagtail_factories.StreamBlockFactory):
    paragraph = factory.SubFactory(RichTextBlockFactory)
    key_figure = factory.SubFactory(KeyFigureBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)

    class Meta:
        model = ShortBodyStreamBlock


class AttachmentsFactory(wagtail_factories.StreamBlockFactory):
    document = factory.SubFactory(DocumentDownloadBlockFactory)

    class Meta:
        model = AttachmentsStreamBlock


class _PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6)
    parent = factory.LazyFunction(section)
    summary = factory.Faker("paragraph", nb_sentences=2)
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 6, 1) - datetime.timedelta(days=n)
    )
    elements = factory.LazyFunction(lambda: [element("1A")])
    phases = factory.LazyFunction(lambda: [phase("primary")])

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # the tags hook saves when it adds any

    @factory.post_generation
    def tags(obj, create: bool, extracted, **kwargs) -> None:
        if extracted:
            obj.tags.add(*extracted)
            if create:
                obj.save()


class CaseStudyPageFactory(_PracticePageFactory):
    slug = factory.Sequence(lambda n: f"case-study-{n}")
    context = factory.Faker("paragraph")
    challenge = factory.Faker("paragraph")
    what_was_done = factory.LazyAttribute(lambda o: f"<p>{o.challenge}</p>")
    impact = factory.Faker("paragraph")
    differently = factory.Faker("paragraph")
    cost_and_time = factory.Faker("sentence")
    body = wagtail_factories.StreamFieldFactory(PracticeBodyFactory)
    attachments = wagtail_factories.StreamFieldFactory(AttachmentsFactory)

    class Meta:
        model = CaseStudyPage


class WhatWorksPageFactory(_PracticePageFactory):
    slug = factory.Sequence(lambda n: f"what-works-{n}")
    verdict = Verdict.DIDNT
    lesson = factory.Faker("sentence")
    body = wagtail_factories.StreamFieldFactory(ShortBodyFactory)

    class Meta:
        model = WhatWorksPage
