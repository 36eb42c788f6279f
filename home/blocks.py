"""Blocks shared by every page's `body`.

A small, reusable set: editors get the same tools on every page type, and each
block renders with a template in templates/blocks/.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 so the page outline stays valid."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "What we did", "level": "h2"}
        label = _("Heading")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alt text (required unless marked decorative) and a caption."""

    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        preview_value = {"caption": "Year 5 pupils presenting their research"}
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    """A quotation with attribution, e.g. from a head teacher or a pupil."""

    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=150)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "We stopped collecting data nobody used.",
            "attribution": "Head teacher, partner primary",
        }
        label = _("Quote")


PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "document-link"]


class BodyStreamBlock(blocks.StreamBlock):
    """The narrative body of standard pages; practice pages extend it."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        preview_value="<p>Every school ran the same six-week pilot.</p>",
        label=_("Paragraph"),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()


class KeyFigureBlock(blocks.StructBlock):
    """One number that sums up an impact ("71% → 84%"), with what it measures."""

    value = blocks.CharBlock(label=_("Figure"), max_length=40)
    label = blocks.CharBlock(
        label=_("What it measures"),
        max_length=160,
        help_text=_("For example: Year 1 phonics screening check pass rate."),
    )

    class Meta:
        icon = "order"
        template = "blocks/key_figure_block.html"
        preview_value = {
            "value": "71% → 84%",
            "label": "Year 1 phonics screening check pass rate",
        }
        label = _("Key figure")


class DocumentDownloadBlock(blocks.StructBlock):
    """A document to download, shown with its file type and size."""

    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Leave blank to use the document's own title."),
    )
    description = blocks.TextBlock(required=False, max_length=400)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_download_block.html"
        preview_value = {
            "title": "Six-week return plan template",
            "description": "What our key workers and receiving schools fill in.",
        }
        label = _("Document download")


class DifferentlyCalloutBlock(blocks.StructBlock):
    """The honest bit: what the authors would change if they did it again."""

    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/differently_callout_block.html"
        preview_value = {
            "text": "<p>We would protect teaching assistants' time from day one.</p>"
        }
        label = _("What we'd do differently")
