"""Uploads are checked against their extension, in code and in the admin."""

import io
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

import pytest

from home.uploads import validate_file_content

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def office(kind: str) -> bytes:
    folder = {"docx": "word", "pptx": "ppt", "xlsx": "xl"}[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}/document.xml", "<doc/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF),
        ("plan.docx", office("docx")),
        ("slides.pptx", office("pptx")),
        ("data.xlsx", office("xlsx")),
        ("notes.txt", "Plain text, with a Welsh ŵ.".encode()),
        ("figures.csv", b"school,urn\nAshdown,141001\n"),
    ],
)
def test_genuine_files_pass(name, content):
    validate_file_content(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"<script>alert(1)</script>"),
        ("plan.docx", PDF),
        ("slides.pptx", office("docx")),
        ("plan.docx", b"PK\x03\x04 not really a zip"),
        ("notes.txt", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("page.html", b"<html></html>"),
    ],
)
def test_mismatches_are_refused(name, content):
    with pytest.raises(ValidationError):
        validate_file_content(SimpleUploadedFile(name, content))


def test_allowed_extensions_are_enforced():
    with pytest.raises(ValidationError) as error:
        validate_file_content(SimpleUploadedFile("run.exe", b"MZ"), allowed={"pdf"})
    assert error.value.code == "extension"


@pytest.mark.django_db
def test_admin_refuses_a_disguised_document(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Not a PDF",
            "file": SimpleUploadedFile("evil.pdf", b"<svg onload=alert(1)>"),
            "collection": "1",
        },
    )
    assert response.status_code == 200
    assert b"does not match" in response.content
    assert not get_document_model().objects.filter(title="Not a PDF").exists()


@pytest.mark.django_db
def test_admin_accepts_a_real_pdf(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "A real PDF",
            "file": SimpleUploadedFile("real.pdf", PDF),
            "collection": "1",
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="A real PDF").exists()
