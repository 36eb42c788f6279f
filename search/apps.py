from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        from . import spelling, synonyms
        from .models import Synonym

        # The synonym table and the "did you mean" vocabulary are cached;
        # editors' changes must show at once.
        for name, signal in (("save", post_save), ("delete", post_delete)):
            signal.connect(
                synonyms.invalidate_cache, sender=Synonym, dispatch_uid=f"syn-{name}"
            )
            signal.connect(
                spelling.invalidate_cache, sender=Synonym, dispatch_uid=f"voc-{name}"
            )
        for name, signal in (("pub", page_published), ("unpub", page_unpublished)):
            signal.connect(spelling.invalidate_cache, dispatch_uid=f"voc-page-{name}")
        # Deleting any page deletes its Page row, which Django signals with
        # Page as the sender; no other model's delete reaches this.
        post_delete.connect(_page_deleted, sender=Page, dispatch_uid="voc-page-delete")


def _page_deleted(sender, **kwargs) -> None:
    from . import spelling

    spelling.invalidate_cache()
