from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and shared"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import page_cache

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(page_cache.invalidate, dispatch_uid=f"page-cache-{signal}")
        # Snippets (framework terms, trusts' schools...) show on many pages.
        post_save.connect(_invalidate_for_snippets, dispatch_uid="page-cache-save")
        post_delete.connect(_invalidate_for_snippets, dispatch_uid="page-cache-del")


def _invalidate_for_snippets(sender, **kwargs) -> None:
    from django.contrib.sessions.models import Session

    from wagtail.models import Locale, Page, PageViewRestriction, Revision, Site

    from . import page_cache

    # Pages are covered by publish signals; sessions and revisions are noise.
    if sender in (Session, Revision) or issubclass(sender, Page):
        return
    # A page made private (or public again) in the admin's privacy dialog is
    # not republished: without this its cached public copy would stay served.
    # Sites and locales decide routes, which the data cache keeps; a topic
    # tag renamed in the admin shows on pages and in the library's choices.
    if sender in (PageViewRestriction, Site, Locale) or sender._meta.app_label in (
        "home",
        "trusts",
        "directory",
        "practice",
        "search",
        "taggit",
    ):
        page_cache.invalidate()
