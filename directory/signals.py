"""Keep the cached vocabulary look-ups fresh when an editor changes a term."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from .models.taxonomy import FrameworkArea, FrameworkElement, Vocabulary

# Every concrete vocabulary, found rather than listed, so a new one is covered.
VOCABULARIES = tuple(
    model for model in apps.get_models() if issubclass(model, Vocabulary)
)


def _invalidate(sender, **kwargs) -> None:
    if sender in (FrameworkArea, FrameworkElement):
        # Areas carry their element lists and elements their areas.
        FrameworkArea.invalidate_cache()
        FrameworkElement.invalidate_cache()
    else:
        sender.invalidate_cache()


# Explicit senders: no other model's save reaches this.
for _model in VOCABULARIES:
    _label = _model._meta.label_lower
    post_save.connect(_invalidate, sender=_model, dispatch_uid=f"vocab-save-{_label}")
    post_delete.connect(_invalidate, sender=_model, dispatch_uid=f"vocab-del-{_label}")
