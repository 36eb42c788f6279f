"""Keep the cached vocabulary look-ups fresh when an editor changes a term."""

from django.db.models.signals import post_delete, post_save

from .models.taxonomy import FrameworkArea, FrameworkElement, Vocabulary


def _invalidate(sender, **kwargs) -> None:
    if not (isinstance(sender, type) and issubclass(sender, Vocabulary)):
        return
    if sender in (FrameworkArea, FrameworkElement):
        # Areas carry their element lists and elements their areas.
        FrameworkArea.invalidate_cache()
        FrameworkElement.invalidate_cache()
    else:
        sender.invalidate_cache()


post_save.connect(_invalidate, dispatch_uid="vocabulary-cache-save")
post_delete.connect(_invalidate, dispatch_uid="vocabulary-cache-delete")
