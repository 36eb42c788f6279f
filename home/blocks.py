"""Blocks shared by every page's `body`.

A small, reusable set: editors get the same tools on every page type, and each
block renders with a template in templates/blocks/.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
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
