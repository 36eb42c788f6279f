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


# Images: a real header followed by junk must be a form error, never a 500.


def _gif(width: int = 2, height: int = 2) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, format="GIF")
    return buffer.getvalue()


GOOD_GIF = _gif()
BROKEN_IMAGES = {
    # The bug report: the signature, then random bytes.
    "signature-then-junk.gif": b"GIF89a" + bytes(range(256)) * 8,
    # A plausible small header (16 x 16) so the size can be read, then junk.
    "header-then-junk.gif": b"GIF89a\x10\x00\x10\x00\xf7\x00\x00" + b"\xa5" * 2000,
    # A real GIF cut off half-way through its pixel data.
    "truncated.gif": _gif(64, 64)[:-60],
    "truncated.png": b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x01" * 40,
}


def _image_users(trust):
    from django.contrib.auth import get_user_model

    from trusts.membership import add_trust_account, moderators_group
    from trusts.models import TrustAccount

    User = get_user_model()
    moderator = User.objects.create_user(
        "img-mod", "m@example.org", "pw", is_staff=True
    )
    moderator.groups.add(moderators_group())
    editor = User.objects.create_user("img-editor", "e@example.org", "pw")
    add_trust_account(editor, trust, TrustAccount.Role.EDITOR)
    return {"moderator": moderator, "trust editor": editor}


def _collection_for(user, trust):
    from wagtail.models import Collection

    from trusts.models import TrustMembership

    if user.username == "img-editor":
        return TrustMembership.objects.get(trust=trust.source_trust).collection
    return Collection.get_first_root_node()


@pytest.fixture(params=["moderator", "trust editor"])
def image_uploader(request, trust, client):
    user = _image_users(trust)[request.param]
    client.force_login(user)
    return client, _collection_for(user, trust)


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(BROKEN_IMAGES))
def test_broken_image_is_a_form_error_on_the_single_upload(image_uploader, name):
    from wagtail.images import get_image_model

    client, collection = image_uploader
    client.raise_request_exception = True
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Broken",
            "file": SimpleUploadedFile(name, BROKEN_IMAGES[name], "image/gif"),
            "collection": str(collection.pk),
        },
    )
    assert response.status_code == 200
    assert b"could not be read as an image" in response.content
    assert not get_image_model().objects.filter(title="Broken").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(BROKEN_IMAGES))
def test_broken_image_is_a_json_error_on_the_multiple_upload(image_uploader, name):
    from wagtail.images import get_image_model
    from wagtail.models import UploadedFile

    client, collection = image_uploader
    client.raise_request_exception = True
    response = client.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile(name, BROKEN_IMAGES[name], "image/gif"),
            "collection": str(collection.pk),
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert "could not be read as an image" in data["error_message"]
    assert not get_image_model().objects.exists()
    assert not UploadedFile.objects.exists()


@pytest.mark.django_db
def test_a_real_gif_still_uploads(image_uploader):
    from wagtail.images import get_image_model

    client, collection = image_uploader
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Real GIF",
            "file": SimpleUploadedFile("real.gif", GOOD_GIF, "image/gif"),
            "collection": str(collection.pk),
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Real GIF")
    assert (image.width, image.height) == (2, 2)


@pytest.mark.django_db
def test_too_many_pixels_keeps_wagtails_message(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Too big",
            "file": SimpleUploadedFile("big.gif", _gif(20, 20), "image/gif"),
            "collection": "1",
        },
    )
    assert response.status_code == 200
    assert b"too many pixels" in response.content
