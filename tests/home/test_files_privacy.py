"""Files follow the pages that use them (issue 17, finding 4).

A document or image is public only once a live page that anonymous visitors
may see uses it (Wagtail's reference index records the use). Until then an
anonymous visitor gets a 404 at the document's URL and finds the file in no
public API answer; its uploader and staff with rights on its collection can
still fetch it. The admin API lists a trust editor only the files of
collections they have rights on.

The sweep goes over every Document and Image in the database, so a file
added by any route (the share form, the admin, a factory) is covered.
"""

from __future__ import annotations

import json

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction, ReferenceIndex

import pytest

from directory.models import FrameworkElement
from practice.models import CaseStudyPage
from tests.practice.factories import CaseStudyPageFactory, section
from tests.trusts.factories import make_user
from trusts.membership import add_trust_account
from trusts.models import TrustAccount

A = "severn-vale-learning-trust"
B = "moorland-academies-trust"
SHARE = "/practice/share/"
SHARED_TITLE = "Marking less while feeding back more"


def _document(title: str, collection=None, user=None) -> Document:
    doc = Document(title=title, uploaded_by_user=user)
    if collection is not None:
        doc.collection = collection
    slug = title.lower().replace(" ", "-")
    doc.file.save(f"{slug}.pdf", ContentFile(b"%PDF-1.4 " + title.encode()), save=False)
    doc._set_document_file_metadata()
    doc.save()
    return doc


def _image(title: str, collection=None) -> Image:
    image = Image(title=title, file=get_test_image_file(f"{title}.png"))
    if collection is not None:
        image.collection = collection
    image.save()
    return image


def _download(doc: Document) -> dict:
    return {"document": doc.pk, "title": "", "description": ""}


def _published_page(
    title: str,
    *,
    documents=(),
    body_document=None,
    link=None,
    image=None,
    body_image=None,
) -> CaseStudyPage:
    """A case study in trust A's section using the given files, then published."""
    page = CaseStudyPageFactory(parent=section(A), title=title)
    body = []
    if body_document is not None:
        body.append({"type": "document", "value": _download(body_document)})
    if link is not None:
        body.append(
            {
                "type": "paragraph",
                "value": f'<p><a linktype="document" id="{link.pk}">the plan</a></p>',
            }
        )
    if body_image is not None:
        body.append(
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": body_image.pk,
                        "decorative": False,
                        "alt_text": "Pupils reading",
                    },
                    "caption": "",
                },
            }
        )
    page.body = json.dumps(body)
    page.attachments = json.dumps(
        [{"type": "document", "value": _download(doc)} for doc in documents]
    )
    if image is not None:
        page.image = image
        page.image_alt = "A classroom"
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def files(client, teacher, trust, other_trust):
    """Every way a file can be public or not, and which ones should be public."""
    a_collection = trust.membership.collection
    b_collection = other_trust.membership.collection

    # A teacher's attachment, shared through the form: a draft in moderation.
    client.force_login(teacher)
    elements = [
        FrameworkElement.objects.get(code=code, locale__language_code="en-gb").slug
        for code in ("1A", "3A")
    ]
    response = client.post(
        SHARE,
        {
            "practice_type": "case-study",
            "title": SHARED_TITLE,
            "summary": "Whole-class feedback halved marking time.",
            "what_was_done": "We trained heads of department.",
            "context": "Four secondary schools.",
            "challenge": "Evenings lost to marking.",
            "impact": "Marking fell from 6 to 3 hours a week.",
            "differently": "Involve parents sooner.",
            "elements": elements,
            "tags": "",
            "website": "",
            "attachment": SimpleUploadedFile(
                "draft-attachment-secret.pdf",
                b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n",
                content_type="application/pdf",
            ),
        },
    )
    assert response.status_code == 302, response.content[:500]
    client.logout()
    draft = CaseStudyPage.objects.get(alias_of=None, title=SHARED_TITLE)
    assert not draft.live
    shared = draft.attachments[0].value["document"]

    public_docs = {
        "attached": _document("Public attached plan", a_collection),
        "in body": _document("Public body plan", a_collection),
        "linked": _document("Public linked plan", a_collection),
    }
    public_images = {
        "header": _image("public-header", a_collection),
        "in body": _image("public-body", a_collection),
    }
    _published_page(
        "A public case study with files",
        documents=[public_docs["attached"]],
        body_document=public_docs["in body"],
        link=public_docs["linked"],
        image=public_images["header"],
        body_image=public_images["in body"],
    )

    private_docs = {"shared draft": shared}
    private_images = {}

    # Members only: a live page behind a login restriction.
    private_docs["members only"] = _document("Members only plan", a_collection)
    private_images["members only"] = _image("members-only-image", a_collection)
    members_page = _published_page(
        "A members-only case study",
        documents=[private_docs["members only"]],
        image=private_images["members only"],
    )
    PageViewRestriction.objects.create(
        page=members_page, restriction_type=PageViewRestriction.LOGIN
    )

    # A live page whose unpublished draft adds a file.
    live = _published_page("A live page with a pending edit")
    private_docs["pending edit"] = _document("Pending edit plan", a_collection)
    private_images["pending edit"] = _image("pending-edit-image", a_collection)
    live.attachments = json.dumps(
        [{"type": "document", "value": _download(private_docs["pending edit"])}]
    )
    live.image = private_images["pending edit"]
    live.image_alt = "Pending"
    live.save_revision()

    # Published once, then unpublished.
    private_docs["unpublished"] = _document("Withdrawn plan", a_collection)
    withdrawn = _published_page(
        "A withdrawn case study", documents=[private_docs["unpublished"]]
    )
    withdrawn.unpublish()

    # Uploaded by trusts and used nowhere.
    private_docs["unused A"] = _document("Unused Severn plan", a_collection)
    private_docs["unused B"] = _document("Moorland private plan", b_collection)
    private_images["unused A"] = _image("unused-severn-image", a_collection)
    private_images["unused B"] = _image("moorland-private-image", b_collection)

    return {
        "public_docs": public_docs,
        "public_images": public_images,
        "private_docs": private_docs,
        "private_images": private_images,
        "members_page": members_page,
        "teacher": teacher,
    }


def _all_api_items(client, endpoint: str, **params) -> tuple[list[dict], str]:
    """Every item of a public API listing (paged), and the raw text of it all."""
    items, texts, offset = [], [], 0
    while True:
        response = client.get(endpoint, {"limit": 20, "offset": offset, **params})
        assert response.status_code == 200, response.content[:300]
        payload = response.json()
        items += payload["items"]
        texts.append(response.content.decode())
        offset += 20
        if offset >= payload["meta"]["total_count"]:
            return items, "".join(texts)


@pytest.mark.django_db
def test_the_reference_index_sees_every_way_our_pages_use_files(files):
    # The rule rests on it: FK, StreamField blocks, rich-text links, images.
    for doc in files["public_docs"].values():
        assert ReferenceIndex.get_references_to(doc).exists(), doc.title
    for image in files["public_images"].values():
        assert ReferenceIndex.get_references_to(image).exists(), image.title


@pytest.mark.django_db
def test_sweep_every_document_is_served_only_if_a_live_public_page_uses_it(
    client, files
):
    public = {doc.pk for doc in files["public_docs"].values()}
    assert Document.objects.count() == len(public) + len(files["private_docs"])
    for doc in Document.objects.all():
        response = client.get(doc.url)
        if doc.pk in public:
            assert response.status_code == 200, doc.title
            # Issue 17, finding 10: no literal "None" header.
            assert response.get("Content-Encoding") in (None, "")
            assert "None" not in str(response.headers.get("Content-Encoding", ""))
            assert response["X-Content-Type-Options"] == "nosniff"
            again = client.get(
                doc.url, HTTP_IF_MODIFIED_SINCE="Sun, 06 Dec 2099 00:00:00 GMT"
            )
            assert again.status_code == 304
            assert again.get("Content-Encoding") is None
        else:
            assert response.status_code in (404, 302), doc.title
            if response.status_code == 302:
                assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_sweep_no_public_api_answer_lists_an_unused_file(client, files):
    public_docs = {doc.pk for doc in files["public_docs"].values()}
    public_images = {image.pk for image in files["public_images"].values()}
    private_docs = list(files["private_docs"].values())
    private_images = list(files["private_images"].values())
    assert Image.objects.count() == len(public_images) + len(private_images)

    docs, docs_text = _all_api_items(client, "/api/v2/documents/")
    assert {item["id"] for item in docs} == public_docs
    images, images_text = _all_api_items(client, "/api/v2/images/")
    assert {item["id"] for item in images} == public_images
    _pages, pages_text = _all_api_items(client, "/api/v2/pages/", fields="*")

    for doc in private_docs:
        assert client.get(f"/api/v2/documents/{doc.pk}/").status_code == 404
        assert client.get("/api/v2/documents/find/", {"id": doc.pk}).status_code == 404
        for text in (docs_text, images_text, pages_text):
            assert doc.title not in text
            assert doc.filename not in text
    for image in private_images:
        assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
        for text in (docs_text, images_text, pages_text):
            assert image.title not in text
            assert image.file.name not in text
    # Searching does not reach them either.
    for term in ("plan", "image", "Moorland", "secret"):
        found = client.get("/api/v2/documents/", {"search": term}).json()["items"]
        assert {item["id"] for item in found} <= public_docs
        found = client.get("/api/v2/images/", {"search": term}).json()["items"]
        assert {item["id"] for item in found} <= public_images
    for doc in files["public_docs"].values():
        assert client.get(f"/api/v2/documents/{doc.pk}/").status_code == 200


@pytest.mark.django_db
def test_the_uploader_and_staff_with_rights_may_still_fetch_a_private_document(
    client, files, moderator, editor_a, other_trust
):
    shared = files["private_docs"]["shared draft"]
    unused_b = files["private_docs"]["unused B"]

    client.force_login(files["teacher"])  # the uploader
    assert client.get(shared.url).status_code == 200
    assert client.get(unused_b.url).status_code == 404

    client.force_login(moderator)  # rights over every collection
    assert client.get(shared.url).status_code == 200
    assert client.get(unused_b.url).status_code == 200

    client.force_login(editor_a)  # rights over trust A's collection only
    assert client.get(shared.url).status_code == 200
    assert client.get(unused_b.url).status_code == 404

    # Someone else, signed in, with no rights on either collection.
    stranger = make_user("b-teacher")
    add_trust_account(stranger, other_trust, TrustAccount.Role.MEMBER)
    client.force_login(stranger)
    assert client.get(shared.url).status_code == 404
    # A member passes the members-only page's restriction, so its file is theirs.
    assert client.get(files["private_docs"]["members only"].url).status_code == 200


@pytest.mark.django_db
def test_admin_api_lists_a_trust_editor_only_their_own_collections(
    client, files, editor_a, moderator, trust, other_trust
):
    a_collection = trust.membership.collection_id
    client.force_login(editor_a)
    for endpoint, model in (("documents", Document), ("images", Image)):
        response = client.get(f"/admin/api/main/{endpoint}/", {"limit": 20})
        assert response.status_code == 200, response.content[:300]
        listed = {item["id"] for item in response.json()["items"]}
        own = set(
            model.objects.filter(collection_id=a_collection).values_list(
                "pk", flat=True
            )
        )
        assert listed == own
        for obj in model.objects.exclude(collection_id=a_collection):
            detail = client.get(f"/admin/api/main/{endpoint}/{obj.pk}/")
            # 404 here; 403 if the admin's own boundary checks refuse first.
            assert detail.status_code in (403, 404), obj.title
    unused_b = files["private_docs"]["unused B"]
    text = client.get("/admin/api/main/documents/", {"search": "Moorland"}).content
    assert unused_b.title.encode() not in text

    client.force_login(moderator)
    response = client.get("/admin/api/main/documents/", {"limit": 20})
    assert response.status_code == 200
    assert unused_b.pk in {item["id"] for item in response.json()["items"]}
