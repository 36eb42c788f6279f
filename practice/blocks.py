"""The practice library's StreamBlocks, built from the shared blocks in home/.

Case studies get the whole narrative set; "what works" posts are short, so
they get a smaller one; attachments are a list of document downloads.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import (
    PARAGRAPH_FEATURES,
    BodyStreamBlock,
    CaptionedImageBlock,
    DifferentlyCalloutBlock,
    DocumentDownloadBlock,
    KeyFigureBlock,
    QuoteBlock,
)


class PracticeBodyStreamBlock(BodyStreamBlock):
    """A case study's narrative: the shared body blocks plus the practice ones."""

    key_figure = KeyFigureBlock()
    document = DocumentDownloadBlock()
    differently = DifferentlyCalloutBlock()


class ShortBodyStreamBlock(blocks.StreamBlock):
    """A "what works" post: a few paragraphs, perhaps a figure or a quote."""

    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        preview_value="<p>Attendance at the sessions averaged 38%.</p>",
        label=_("Paragraph"),
    )
    key_figure = KeyFigureBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()


class AttachmentsStreamBlock(blocks.StreamBlock):
    """Documents that go with a case study: templates, policies, evaluations."""

    document = DocumentDownloadBlock()
