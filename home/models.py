"""The home page, plain standard pages, and what every page shares."""

from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BodyStreamBlock


class FrameworkTaggedMixin:
    """Slugs and codes of a page's framework tags, for the API and search index.

    For page types with `trust`, `region`, `phases` and `elements` relations
    (practice and expert profiles): filters and API fields speak in slugs
    and element codes, the same values the URL parameters use.
    """

    @property
    def trust_slug(self) -> str | None:
        return self.trust.slug if self.trust_id else None

    @property
    def region_slug(self) -> str | None:
        return self.region.slug if self.region_id else None

    @property
    def element_codes(self) -> list[str]:
        return [e.code for e in self.elements.all()]

    @property
    def phase_slugs(self) -> list[str]:
        return [p.slug for p in self.phases.all()]


class BasePage(Page):
    """Declares once what wagtail-localize translates on every page.

    Text is translated; the slug is synchronised so that a Welsh page lives at
    the same path under /cy/ and the URL contract holds in both languages.
    """

    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self) -> QuerySet[PageViewRestriction]:
        """Wagtail's rule, reading only ids and alias links.

        The restrictions on this page and its ancestors, each alias replaced
        by the page it is an alias of (and so on up a chain of aliases), as
        Wagtail decides them. Wagtail loads each alias's source page in full
        to do it: three more queries on every Welsh case study, an alias in
        an aliased trust section.
        """
        if getattr(self, "_known_unrestricted", False):
            # Set by the anonymous route cache (home/routing.py).
            return PageViewRestriction.objects.none()
        if not self.pk or not self.path:
            return super().get_view_restrictions()
        step = self.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        links = dict(Page.objects.filter(path__in=paths).values_list("pk", "alias_of"))
        links[self.pk] = self.alias_of_id
        checked: set[int] = set()
        seen = set(links)
        while links:
            checked.update(pk for pk, source in links.items() if source is None)
            sources = {source for source in links.values() if source} - seen
            seen |= sources
            links = dict(
                Page.objects.filter(pk__in=sources).values_list("pk", "alias_of")
                if sources
                else {}
            )
        return PageViewRestriction.objects.filter(page_id__in=checked)


class HomePage(BasePage):
    """The front door: search, the five framework areas, practice and experts.

    One per locale (English and its Welsh translation), hence max_count 2.
    """

    intro = models.TextField(
        blank=True,
        help_text=_("One or two sentences under the site name."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)

    max_count = 2
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "practice.PracticeIndexPage",
        "directory.DirectoryIndexPage",
        "directory.FrameworkIndexPage",
        "trusts.TrustIndexPage",
    ]
    page_description = _("The site's home page. There is one per language.")

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from directory.models import FrameworkArea

        context = super().get_context(request, *args, **kwargs)
        context["areas"] = FrameworkArea.localized_list()
        return context


class StandardPage(BasePage):
    """Plain pages: about, the accessibility statement, the privacy notice."""

    intro = models.TextField(blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    page_description = _("A plain page of text, such as 'About' or 'Privacy'.")

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="cog")
class PortalSettings(BaseGenericSetting):
    """Site-wide choices editors can change without a deploy."""

    default_licence = models.CharField(
        max_length=200,
        default="CC BY-NC-SA 4.0",
        help_text=_("Licence for shared practice unless a page sets its own."),
    )
    default_licence_url = models.URLField(
        blank=True,
        default="https://creativecommons.org/licenses/by-nc-sa/4.0/",
    )
    contact_email = models.EmailField(
        blank=True, help_text=_("Shown in the footer for general enquiries.")
    )

    panels = [
        FieldPanel("default_licence"),
        FieldPanel("default_licence_url"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("portal settings")


# Rich text is sanitised on every save (a pre_save receiver for all models,
# and revisions). Imported here, not from HomeConfig.ready(), so that it is
# connected whenever the models are: home/richtext.py owns the rule.
from . import richtext as _richtext  # noqa: E402, F401
