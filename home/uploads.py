"""Uploaded files must be what their extension says.

Wagtail checks the extension of a document against WAGTAILDOCS_EXTENSIONS but
not its content, so a script renamed `report.pdf` would be stored and served.
`validate_file_content` reads the first bytes (and, for Office files, the zip
directory) and refuses a mismatch. Wagtail's document form and the public
"share your practice" form both use it.

Images: Wagtail recognises an image by its first bytes, so `GIF89a` followed
by junk passed its checks and then failed in Pillow while the form was being
validated (a 500 on the single and the multiple upload). `ImageForm`
(WAGTAILIMAGES_IMAGE_FORM_BASE) gives the form a file field that decodes the
whole image with Pillow first and turns any failure into a form error.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from PIL import Image as PILImage
from PIL import ImageSequence

logger = logging.getLogger(__name__)

# Office Open XML files are zips with a part folder named for the application.
OOXML_PARTS = {"docx": "word/", "pptx": "ppt/", "xlsx": "xl/"}
ODF_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text"}
TEXT_EXTENSIONS = {"txt", "csv"}


def _extension(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".")


def _looks_like(extension: str, head: bytes, upload: UploadedFile) -> bool:
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in OOXML_PARTS or extension in ODF_MIMETYPES:
        if not head.startswith(b"PK\x03\x04"):
            return False
        upload.seek(0)
        try:
            with zipfile.ZipFile(upload) as archive:
                names = archive.namelist()
                if extension in ODF_MIMETYPES:
                    return archive.read("mimetype").strip() == ODF_MIMETYPES[extension]
        except (zipfile.BadZipFile, KeyError, OSError):
            return False
        prefix = OOXML_PARTS[extension]
        return "[Content_Types].xml" in names and any(
            n.startswith(prefix) for n in names
        )
    if extension in TEXT_EXTENSIONS:
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the end of the sample is fine.
            return error.start >= len(head) - 3
        return True
    return False


def validate_file_content(
    upload: UploadedFile, allowed: set[str] | None = None
) -> None:
    """Raise ValidationError unless the file's bytes match its extension."""
    extension = _extension(upload.name or "")
    if allowed is not None and extension not in allowed:
        raise ValidationError(
            _("Files of type .%(ext)s are not accepted. Use one of: %(allowed)s."),
            params={"ext": extension, "allowed": ", ".join(sorted(allowed))},
            code="extension",
        )
    upload.seek(0)
    head = upload.read(2048)
    try:
        if not _looks_like(extension, head, upload):
            raise ValidationError(
                _("This file's content does not match its .%(ext)s extension."),
                params={"ext": extension},
                code="content",
            )
    finally:
        upload.seek(0)


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, plus the content check."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and isinstance(upload, UploadedFile):
            validate_file_content(upload)
        return upload


IMAGE_UNREADABLE = _(
    "This file could not be read as an image: it may be damaged, or not really "
    "a .%(ext)s file. Open it in an image editor, save it again and upload "
    "the new copy."
)


def _pillow_checks(upload) -> None:
    """Open the upload with Pillow and check its structure (no decoding yet)."""
    upload.seek(0)
    with PILImage.open(upload) as image:
        image.verify()


def _pillow_decodes(upload) -> None:
    """Decode every frame of the upload with Pillow (verify() cannot be reused)."""
    upload.seek(0)
    with PILImage.open(upload) as image:
        for frame in ImageSequence.Iterator(image):
            frame.load()


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, refusing files Pillow cannot fully decode.

    Wagtail's own checks (extension, size, format) run first; then Pillow
    opens and verifies the file, Wagtail checks the pixel count (so nothing
    too large is ever decoded), and finally every frame is decoded.
    """

    def check_image_pixel_size(self, f):
        if getattr(f.image, "format_name", "") == "svg":
            return super().check_image_pixel_size(f)
        extension = _extension(f.name or "")
        unreadable = ValidationError(
            IMAGE_UNREADABLE, params={"ext": extension}, code="invalid_image"
        )
        try:
            _pillow_checks(f)
            super().check_image_pixel_size(f)
            _pillow_decodes(f)
        except ValidationError:
            raise
        except PILImage.DecompressionBombError:
            # More than twice the pixels Pillow allows: Wagtail's own message.
            super().check_image_pixel_size(f)
            raise unreadable from None
        except Exception as error:  # noqa: BLE001 - any decoding failure is the file's fault
            logger.info("Refused an image upload Pillow cannot decode: %r", error)
            raise unreadable from None
        finally:
            f.seek(0)


class ImageForm(BaseImageForm):
    """Wagtail's image form (single, multiple, chooser uploads), decoding checked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's formfield callback always builds a WagtailImageField (it
        # ignores Meta.field_classes); DecodedImageField only overrides a
        # method, so the built field keeps its label, widget and messages.
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            field.__class__ = DecodedImageField
