"""Uploaded files must be what their extension says.

Wagtail checks the extension of a document against WAGTAILDOCS_EXTENSIONS but
not its content, so a script renamed `report.pdf` would be stored and served.
`validate_file_content` reads the first bytes (and, for Office files, the zip
directory) and refuses a mismatch. Wagtail's document form and the public
"share your practice" form both use it.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

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
