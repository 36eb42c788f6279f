"""The "share your practice" form, and turning what a teacher typed into a draft.

Signed-in members of a trust share practice without the admin: the form
becomes a draft case study or "what works / what didn't" post in their
trust's section and enters the "Alliance moderation" workflow.

The form asks for every field the page needs to be published (Wagtail runs
the model's full validation when a moderator approves), so a moderator can
approve a contribution exactly as it was sent.

Wagtail does not sanitise rich text when it renders it, so everything typed
here goes through nh3 (the Ammonia HTML sanitiser) before it is stored: the
plain-text fields lose every tag, and "what was done" keeps only paragraphs,
line breaks, lists and http(s)/mailto links.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import reduce
from operator import or_
from pathlib import PurePath
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.models import Locale

import nh3

from directory.forms import AccessibleFormMixin
from directory.models import FrameworkElement, Phase
from home.richtext import clean_rich_text
from home.uploads import validate_file_content

from .models import (
    CaseStudyPage,
    PracticePage,
    PracticeType,
    TrustPracticeIndexPage,
    Verdict,
    WhatWorksPage,
)

ATTACHMENT_EXTENSIONS = {"pdf", "docx", "pptx"}
# The admin's own limit for documents (10 MB), so both doors agree.
MAX_ATTACHMENT_BYTES: int = getattr(
    settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 10 * 1024 * 1024
)
MAX_TAGS = 10
MAX_TAG_LENGTH = 100  # taggit's Tag.name
MAX_SLUG_LENGTH = 60

# -- sanitising ------------------------------------------------------------------

# Script and style elements lose their content too, not only their tags.
_DROP_WITH_CONTENT = {"script", "style", "template", "noscript", "iframe", "object"}
_PLAIN = nh3.Cleaner(
    tags=set(),
    clean_content_tags=_DROP_WITH_CONTENT,
    attributes={},
    link_rel=None,
    strip_comments=True,
)
# The one rule for rich text (home/richtext.py, which every save applies
# too), narrowed to paragraphs, breaks, lists and external links: teachers
# get no page or document links and no images. No javascript:, data: or
# vbscript: links: Ammonia drops the href.
RICH_FEATURES = ("ol", "ul", "external-link")


def _clean_rich(value: str) -> str:
    return clean_rich_text(value, features=RICH_FEATURES)


_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_BLOCK_START = re.compile(r"^<(p|ul|ol)[\s>]", re.IGNORECASE)
_EMPTY_PARAGRAPH = re.compile(r"<p>(\s|<br>)*</p>")
# An anchor whose href Ammonia removed (a javascript: link) is just its text.
_BARE_ANCHOR = re.compile(r"<a>(.*?)</a>", re.DOTALL)
_MAX_PASSES = 5


def plain_text(value: str) -> str:
    """Text with every tag (and script content) removed, ready for a TextField.

    Ammonia answers with HTML, so `a < b` comes back as `a &lt; b`; plain-text
    fields are escaped again when rendered, so the entities are turned back
    into characters. That could turn a typed `&lt;script&gt;` into a tag, so
    the two steps repeat until nothing changes.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    for _pass in range(_MAX_PASSES):
        cleaned = html.unescape(_PLAIN.clean(text))
        if cleaned == text:
            break
        text = cleaned
    else:
        # Still changing (entities nested very deep): keep it escaped and safe.
        text = _PLAIN.clean(text)
    return text.strip()


def _paragraphs(value: str) -> list[str]:
    return [chunk.strip() for chunk in _BLANK_LINES.split(value) if chunk.strip()]


def rich_text(value: str) -> str:
    """Sanitised HTML for a RichTextField: paragraphs, breaks, lists and links.

    People type plain text here, so blank lines become paragraphs and single
    line breaks become <br>; any markup they paste is cut down to RICH_FEATURES.
    """
    text = _clean_rich(value.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = []
    for chunk in _paragraphs(text):
        if _BLOCK_START.match(chunk):
            blocks.append(chunk)
        else:
            blocks.append("<p>" + "<br>".join(chunk.split("\n")) + "</p>")
    # Once more over the whole: pasted markup may not nest the way we wrapped it.
    result = _clean_rich("".join(blocks))
    result = _BARE_ANCHOR.sub(r"\1", result)
    return _EMPTY_PARAGRAPH.sub("", result).strip()


def paragraphs_html(value: str) -> str:
    """Already-plain text as <p> paragraphs (for rich-text blocks)."""
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in chunk.split("\n")) + "</p>"
        for chunk in _paragraphs(value)
    )


# -- the form --------------------------------------------------------------------


def _element_choices() -> list[tuple[str, str]]:
    # Slugs are the same in every language; the labels follow the active one.
    return [(e.slug, f"{e.code} {e.name}") for e in FrameworkElement.localized_list()]


def _phase_choices() -> list[tuple[str, str]]:
    return [(p.slug, p.name) for p in Phase.localized_list()]


def _file_again(message: str) -> str:
    return f"{message} {gettext('Choose a file again, or leave it out.')}"


class SharePracticeForm(AccessibleFormMixin, forms.Form):
    """What a trust member types to share a piece of practice."""

    practice_type = forms.ChoiceField(
        label=_("What are you sharing?"),
        choices=[
            (
                PracticeType.CASE_STUDY,
                _("A case study: the whole story of something your trust did"),
            ),
            (
                PracticeType.WHAT_WORKS,
                _("What works / what didn't: a short, honest reflection"),
            ),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you are sharing.")},
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        help_text=_("For example: Cutting marking time without losing feedback."),
        error_messages={"required": _("Enter a title.")},
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=500,
        help_text=_("Two or three sentences for lists and search results."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter a summary.")},
    )
    # Needed for a case study only (see clean()), so not required here.
    context = forms.CharField(
        label=_("The context"),
        max_length=5000,
        required=False,
        help_text=_("The schools, the pupils and where things stood before."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    challenge = forms.CharField(
        label=_("The challenge"),
        max_length=5000,
        required=False,
        help_text=_("What you set out to change, and why it mattered."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    what_was_done = forms.CharField(
        label=_("What was done"),
        max_length=10000,
        help_text=_(
            "What you tried, with whom and how. Leave a blank line between paragraphs."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Describe what was done.")},
    )
    # Needed for a case study, optional for a post (see clean()).
    impact = forms.CharField(
        label=_("The impact"),
        max_length=5000,
        required=False,
        help_text=_(
            "What changed, how you know, and how sure you are. "
            "Needed for a case study; optional for a “what works / what didn't” post."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    differently = forms.CharField(
        label=_("What didn't work"),
        max_length=5000,
        required=False,
        help_text=_(
            "What did not go to plan, or what you would do differently: failures "
            "shared are as valuable as successes. Needed for a case study; "
            "optional for a “what works / what didn't” post."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    verdict = forms.ChoiceField(
        label=_("Did it work?"),
        choices=Verdict.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Needed for a “what works / what didn't” post."),
    )
    lesson = forms.CharField(
        label=_("The lesson"),
        max_length=400,
        required=False,
        help_text=_(
            "Needed for a “what works / what didn't” post: "
            "the lesson in one or two sentences."
        ),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    elements = forms.MultipleChoiceField(
        label=_("Framework elements"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every element of the framework this practice speaks to."),
        error_messages={"required": _("Choose at least one framework element.")},
    )
    phases = forms.MultipleChoiceField(
        label=_("Phases (optional)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    tags = forms.CharField(
        label=_("Topics (optional)"),
        max_length=500,
        required=False,
        help_text=_(
            "Separate topics with commas, for example: workload, early-career teachers."
        ),
    )
    attachment = forms.FileField(
        label=_("Attachment (optional)"),
        required=False,
        help_text=_(
            "A PDF, Word (.docx) or PowerPoint (.pptx) file of up to 10 MB, "
            "such as a template or an evaluation."
        ),
        widget=forms.FileInput(attrs={"accept": ".pdf,.docx,.pptx"}),
    )
    # The honeypot: hidden from people, filled in by naive bots.
    website = forms.CharField(
        label=_("Leave this field blank"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    # Top to bottom as the template shows them: the case study's own box sits
    # before "what was done" so a case study reads in the page's order.
    intro_field_names = ("title", "summary")
    case_study_field_names = ("context", "challenge")
    story_field_names = ("what_was_done", "impact", "differently")
    what_works_field_names = ("verdict", "lesson")
    tagging_field_names = ("elements", "phases", "tags", "attachment")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["elements"].choices = _element_choices()
        self.fields["phases"].choices = _phase_choices()

    # -- groups of fields for the template ---------------------------------------

    def _bound(self, names: tuple[str, ...]) -> list[forms.BoundField]:
        return [self[name] for name in names]

    def intro_fields(self) -> list[forms.BoundField]:
        return self._bound(self.intro_field_names)

    def case_study_fields(self) -> list[forms.BoundField]:
        return self._bound(self.case_study_field_names)

    def story_fields(self) -> list[forms.BoundField]:
        return self._bound(self.story_field_names)

    def what_works_fields(self) -> list[forms.BoundField]:
        return self._bound(self.what_works_field_names)

    def tagging_fields(self) -> list[forms.BoundField]:
        return self._bound(self.tagging_field_names)

    def visible_fields_in_order(self) -> list[forms.BoundField]:
        """For the error summary: every field a person sees, top to bottom."""
        return self._bound(
            ("practice_type",)
            + self.intro_field_names
            + self.case_study_field_names
            + self.story_field_names
            + self.what_works_field_names
            + self.tagging_field_names
        )

    def full_clean(self) -> None:
        super().full_clean()
        if self._errors and self.had_file and "attachment" not in self._errors:
            # Browsers cannot refill a file input: say so where the file was.
            field = self.fields["attachment"]
            field.help_text = f"{field.help_text} " + gettext(
                "The file you chose was not kept: choose it again."
            )
            # The bound field copied the help text when it was first made.
            self["attachment"].help_text = field.help_text

    @property
    def had_file(self) -> bool:
        """A file was sent with a form that came back: it has to be chosen again."""
        return bool(self.files.get(self.add_prefix("attachment")))

    # -- cleaning: sanitised here, so what is validated is what is stored ---------

    def _required_plain(self, name: str, message: str) -> str:
        value = plain_text(self.cleaned_data.get(name, ""))
        if not value:
            raise ValidationError(message, code="required")
        return value

    def clean_title(self) -> str:
        # One line: it becomes the page title and the slug.
        return " ".join(
            self._required_plain("title", gettext("Enter a title.")).split()
        )

    def clean_summary(self) -> str:
        return self._required_plain("summary", gettext("Enter a summary."))

    def clean_what_was_done(self) -> str:
        value = rich_text(self.cleaned_data.get("what_was_done", ""))
        if not plain_text(value):
            raise ValidationError(gettext("Describe what was done."), code="required")
        return value

    def clean_context(self) -> str:
        return plain_text(self.cleaned_data.get("context", ""))

    def clean_challenge(self) -> str:
        return plain_text(self.cleaned_data.get("challenge", ""))

    def clean_impact(self) -> str:
        return plain_text(self.cleaned_data.get("impact", ""))

    def clean_differently(self) -> str:
        return plain_text(self.cleaned_data.get("differently", ""))

    def clean_lesson(self) -> str:
        return plain_text(self.cleaned_data.get("lesson", ""))

    def clean_tags(self) -> list[str]:
        names: list[str] = []
        seen: set[str] = set()
        for raw in self.cleaned_data.get("tags", "").split(","):
            name = " ".join(plain_text(raw).split())
            if not name or name.lower() in seen:
                continue
            if len(name) > MAX_TAG_LENGTH:
                raise ValidationError(
                    gettext("Keep each topic under %(max)s characters.")
                    % {"max": MAX_TAG_LENGTH},
                    code="max_length",
                )
            seen.add(name.lower())
            names.append(name)
        if len(names) > MAX_TAGS:
            raise ValidationError(
                gettext("Give at most %(max)s topics.") % {"max": MAX_TAGS},
                code="max_tags",
            )
        return names

    def clean_attachment(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        extension = PurePath(upload.name or "").suffix.lower().lstrip(".")
        if extension not in ATTACHMENT_EXTENSIONS:
            raise ValidationError(
                _file_again(
                    gettext(
                        "Only PDF, Word (.docx) and PowerPoint (.pptx) files "
                        "can be attached."
                    )
                ),
                code="extension",
            )
        if upload.size is not None and upload.size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                _file_again(gettext("The file is larger than 10 MB.")),
                code="file_size",
            )
        try:
            validate_file_content(upload, ATTACHMENT_EXTENSIONS)
        except ValidationError as error:
            raise ValidationError(
                _file_again(
                    gettext(
                        "The file's content does not match its .%(ext)s "
                        "extension, so it cannot be accepted."
                    )
                    % {"ext": extension}
                ),
                code="content",
            ) from error
        return upload

    def _required_for_type(
        self, cleaned: dict[str, Any], messages: dict[str, str]
    ) -> None:
        """An error on each empty field in `messages` that has none yet."""
        for name, message in messages.items():
            if not cleaned.get(name) and name not in self.errors:
                self.add_error(name, ValidationError(message, code="required"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        # Each type's own fields are what the page needs before Wagtail will
        # publish it (approval runs the model's full validation, and an empty
        # required field would fail there, after the author has gone), so they
        # are required here, for that type only. Checked after sanitising: a
        # field that was only markup is empty.
        practice_type = cleaned.get("practice_type")
        if practice_type == PracticeType.WHAT_WORKS:
            self._required_for_type(
                cleaned,
                {
                    "verdict": gettext(
                        "Say whether it worked, partly worked or didn't work."
                    ),
                    "lesson": gettext("Give the lesson in one or two sentences."),
                },
            )
        elif practice_type == PracticeType.CASE_STUDY:
            self._required_for_type(
                cleaned,
                {
                    "context": gettext(
                        "Describe the context: the schools, the pupils and "
                        "where things stood before."
                    ),
                    "challenge": gettext("Describe the challenge you set out to meet."),
                    "impact": gettext("Describe the impact, and how you know."),
                    "differently": gettext(
                        "Say what didn't work, or what you would do differently."
                    ),
                },
            )
        return cleaned

    # -- saving ------------------------------------------------------------------

    def save(self, user: AbstractBaseUser, trust_section: TrustPracticeIndexPage):
        """Create the draft in `trust_section` and submit it for moderation."""
        return create_contribution(
            Contribution.from_cleaned_data(self.cleaned_data), user, trust_section
        )


# -- from the form to a draft in moderation -------------------------------------------


@dataclass
class Contribution:
    """What the form found, already sanitised."""

    practice_type: str
    title: str
    summary: str
    context: str
    challenge: str
    what_was_done: str  # sanitised HTML
    impact: str
    differently: str
    verdict: str
    lesson: str
    element_slugs: list[str]
    phase_slugs: list[str]
    tags: list[str]
    attachment: UploadedFile | None

    @classmethod
    def from_cleaned_data(cls, data: dict[str, Any]) -> Contribution:
        return cls(
            practice_type=data["practice_type"],
            title=data["title"],
            summary=data["summary"],
            context=data.get("context", ""),
            challenge=data.get("challenge", ""),
            what_was_done=data["what_was_done"],
            impact=data.get("impact", ""),
            differently=data.get("differently", ""),
            verdict=data.get("verdict", ""),
            lesson=data.get("lesson", ""),
            element_slugs=list(data.get("elements") or []),
            phase_slugs=list(data.get("phases") or []),
            tags=list(data.get("tags") or []),
            attachment=data.get("attachment"),
        )


def trust_section_for(trust) -> TrustPracticeIndexPage | None:
    """The trust's section of the library in the default language, if it has one."""
    return TrustPracticeIndexPage.objects.filter(
        trust=trust, locale=Locale.get_default(), alias_of__isnull=True
    ).first()


def _existing_tag_spelling(names: list[str]) -> list[str]:
    """Reuse an existing tag's spelling so "Workload" does not fork "workload"."""
    if not names:
        return []
    existing = {
        tag.lower(): tag
        for tag in Tag.objects.filter(
            reduce(or_, (Q(name__iexact=name) for name in names))
        ).values_list("name", flat=True)
    }
    return [existing.get(name.lower(), name) for name in names]


def _store_attachment(upload: UploadedFile, user: AbstractBaseUser, trust_section):
    """The attachment as a Wagtail document in the trust's own collection."""
    Document = get_document_model()
    membership = getattr(trust_section.trust, "membership", None)
    collection = membership.collection if membership is not None else None
    title = plain_text(PurePath(upload.name or "").stem.replace("_", " ")).strip()
    document = Document(
        title=(title or gettext("Attachment"))[:255],
        uploaded_by_user=user,
    )
    if collection is not None:
        document.collection = collection
    document.file = upload
    # Size and hash, as Wagtail's document form records them.
    document._set_document_file_metadata()
    document.save()
    return document


def _what_works_body(contribution: Contribution, document) -> list[tuple[str, str]]:
    """A post has no structured fields for these, so they become paragraphs."""
    from wagtail.rich_text import RichText

    blocks = [
        (
            "paragraph",
            RichText(
                f"<h3>{html.escape(gettext('What we did'))}</h3>"
                f"{contribution.what_was_done}"
            ),
        )
    ]
    for heading, text in (
        (gettext("The impact"), contribution.impact),
        (gettext("What didn't work"), contribution.differently),
    ):
        if text:
            blocks.append(
                (
                    "paragraph",
                    RichText(f"<h3>{html.escape(heading)}</h3>{paragraphs_html(text)}"),
                )
            )
    if document is not None:
        blocks.append(
            (
                "paragraph",
                RichText(
                    f'<p><a linktype="document" id="{document.pk}">'
                    f"{html.escape(document.title)}</a></p>"
                ),
            )
        )
    return blocks


def build_page(contribution: Contribution, document) -> PracticePage:
    """An unsaved page of the right kind with what was typed."""
    common: dict[str, Any] = {
        "title": contribution.title,
        "summary": contribution.summary,
    }
    if contribution.practice_type == PracticeType.WHAT_WORKS:
        return WhatWorksPage(
            **common,
            verdict=contribution.verdict,
            lesson=contribution.lesson,
            body=_what_works_body(contribution, document),
        )
    attachments = []
    if document is not None:
        attachments.append(
            ("document", {"document": document, "title": "", "description": ""})
        )
    # The form required every field the model does, so a moderator can
    # publish this unedited.
    return CaseStudyPage(
        **common,
        context=contribution.context,
        challenge=contribution.challenge,
        what_was_done=contribution.what_was_done,
        impact=contribution.impact,
        differently=contribution.differently,
        attachments=attachments,
    )


@transaction.atomic
def create_contribution(
    contribution: Contribution,
    user: AbstractBaseUser,
    trust_section: TrustPracticeIndexPage,
) -> PracticePage:
    """The draft, owned by `user`, in the trust's section, submitted for review.

    The same steps as the admin's "Submit for moderation" on a new page:
    add the page (not live), save a revision as the author, start the
    section's workflow. It is never published from here.
    """
    from wagtail_localize.synctree import create_aliases_for_new_page

    document = (
        _store_attachment(contribution.attachment, user, trust_section)
        if contribution.attachment is not None
        else None
    )
    page = build_page(contribution, document)
    page.live = False
    page.owner = user
    base_slug = slugify(contribution.title)[:MAX_SLUG_LENGTH].strip("-")
    page.slug = find_available_slug(trust_section, base_slug or "contribution")
    # Vocabulary rows in the default language are the ones pages link to.
    default = Locale.get_default()
    page.elements = list(
        FrameworkElement.objects.filter(
            locale=default, slug__in=contribution.element_slugs
        )
    )
    page.phases = list(
        Phase.objects.filter(locale=default, slug__in=contribution.phase_slugs)
    )
    tags = _existing_tag_spelling(contribution.tags)
    if tags:
        page.tags.add(*tags)

    trust_section.add_child(instance=page)
    # Like the admin's "save draft". The form has already checked what the
    # model needs for publishing; Wagtail checks every field again then.
    page.save_revision(user=user, log_action=True, clean=False)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    # As the admin's after_create_page hook does: the Welsh tree gets an alias.
    create_aliases_for_new_page(page)
    return page
