"""Member trusts and their schools."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage


class TrustIndexPage(BasePage):
    """/trusts/: the alliance's member trusts."""

    intro = models.TextField(blank=True)

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["trusts.TrustPage"]
    page_description = _("The list of member trusts. One per language.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("trust index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["trusts"] = (
            TrustPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo", "region")
            .order_by("title")
        )
        return context


class TrustPage(BasePage):
    """A member trust's public profile.

    The trust is the unit of membership: its contributions live in sections
    of the practice library and the directory that point back here, and its
    group's permissions are granted on those sections.
    """

    region = models.ForeignKey(
        "directory.Region", on_delete=models.PROTECT, related_name="+"
    )
    school_count = models.PositiveSmallIntegerField(_("number of schools"), default=0)
    website = models.URLField(blank=True)
    summary = models.CharField(
        max_length=280, blank=True, help_text=_("One sentence for lists.")
    )
    description = RichTextField(features=["bold", "italic", "link", "ul", "ol"])
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["trusts.TrustIndexPage"]
    subpage_types: list[str] = []
    page_description = _("A member trust's public profile.")

    content_panels = BasePage.content_panels + [
        FieldPanel("region"),
        FieldPanel("school_count"),
        FieldPanel("website"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("logo"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("region"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("region"),
        SynchronizedField("school_count"),
        SynchronizedField("website"),
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("logo"),
    ]

    class Meta:
        verbose_name = _("trust page")

    @property
    def source_trust(self) -> TrustPage:
        """The default-language trust page: schools and sections point at it."""
        if self.alias_of_id:
            return self.alias_of.specific
        return self.get_default_locale_page()

    def get_default_locale_page(self) -> TrustPage:
        from wagtail.models import Locale

        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return TrustPage.objects.get(
            translation_key=self.translation_key, locale=default
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["schools"] = School.objects.filter(
            trust__translation_key=self.translation_key
        ).select_related("phase")
        return context


urn_validator = RegexValidator(
    r"^\d{6}$", _("A URN is the six-digit number from Get Information About Schools.")
)


class School(index.Indexed, models.Model):
    """A school in a member trust, identified by its URN.

    A snippet rather than an inline on the trust page: the URN is a real-world
    identifier that must stay unique, and a school is not translated.
    """

    name = models.CharField(max_length=200)
    urn = models.CharField(
        _("URN"), max_length=6, unique=True, validators=[urn_validator]
    )
    phase = models.ForeignKey(
        "directory.Phase", on_delete=models.PROTECT, related_name="+"
    )
    local_authority = models.CharField(max_length=100)
    trust = models.ForeignKey(
        TrustPage,
        on_delete=models.PROTECT,
        related_name="schools",
        limit_choices_to={"locale__language_code": "en-gb", "alias_of__isnull": True},
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("urn"),
        FieldPanel("phase"),
        FieldPanel("local_authority"),
        FieldPanel("trust"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("urn"),
        index.SearchField("local_authority"),
        index.FilterField("trust"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("school")
        verbose_name_plural = _("schools")

    def __str__(self) -> str:
        # Pickers must tell two St Mary's apart.
        return f"{self.name} (URN {self.urn}, {self.local_authority})"


class TrustMembership(models.Model):
    """A trust's membership of the alliance and the access that comes with it.

    Kept apart from the trust's page so that leaving the alliance can revoke
    every right (the editors' group, its collection) while the trust's page
    and everything it contributed stay where they are.
    """

    trust = models.OneToOneField(
        TrustPage, on_delete=models.CASCADE, related_name="membership"
    )
    editors_group = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trust_membership",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    active = models.BooleanField(default=True)
    joined_at = models.DateTimeField(auto_now_add=True)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("trust membership")

    def __str__(self) -> str:
        return self.trust.title


class TrustAccount(models.Model):
    """Someone who signs in on a member trust's behalf.

    Editors work in the admin on their trust's sections; members (teachers)
    only sign in to the public site, see members-only profiles and share
    practice through the front-end form, which files it under this trust.
    """

    class Role(models.TextChoices):
        EDITOR = "editor", _("Trust editor")
        MEMBER = "member", _("Trust member (teacher)")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="trust_account",
    )
    trust = models.ForeignKey(
        TrustPage,
        on_delete=models.CASCADE,
        related_name="accounts",
        limit_choices_to={"locale__language_code": "en-gb", "alias_of__isnull": True},
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        verbose_name = _("trust account")

    def __str__(self) -> str:
        return f"{self.user.get_username()} ({self.trust.title})"
