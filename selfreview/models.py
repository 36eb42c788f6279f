"""The four-point rating scale, and self-reviews members choose to save.

A self-review normally lives only in the page address; nothing is stored
unless a signed-in member presses "Save". A saved review belongs to its owner
alone: no view shows it to anyone else (moderators and superusers included)
unless the owner creates a share link, and it is deliberately not registered
in the Wagtail admin.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_LABEL_LENGTH = 100


class Rating(models.TextChoices):
    """The framework's scale, weakest first. Values are the URL's vocabulary."""

    RED = "red", _("Red")
    AMBER_RED = "amber-red", _("Amber-red")
    AMBER_GREEN = "amber-green", _("Amber-green")
    GREEN = "green", _("Green")

    @property
    def level(self) -> int:
        """1 (red, weak capacity) to 4 (green, strong capacity)."""
        return RATING_ORDER.index(self) + 1

    @property
    def description(self) -> str:
        return str(RATING_DESCRIPTIONS[self])


RATING_ORDER: list[Rating] = [
    Rating.RED,
    Rating.AMBER_RED,
    Rating.AMBER_GREEN,
    Rating.GREEN,
]
RATING_DESCRIPTIONS = {
    Rating.RED: _("weak capacity"),
    Rating.AMBER_RED: _("closer to weak"),
    Rating.AMBER_GREEN: _("closer to strong"),
    Rating.GREEN: _("strong capacity"),
}


def new_share_token() -> str:
    # 32 random bytes: unguessable, and long enough that nobody enumerates them.
    return secrets.token_urlsafe(32)


class SavedReview(models.Model):
    """One self-review a member saved to follow their ratings over time.

    `ratings` maps lower-case element codes to rating values ({"1a": "red"}),
    `context` holds the optional phase and region slugs and number of schools.
    Both are validated again whenever they are shown, so a renamed or removed
    element never breaks the page.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_reviews",
    )
    created = models.DateTimeField(default=timezone.now, db_index=True)
    label = models.CharField(
        _("label"),
        max_length=MAX_LABEL_LENGTH,
        blank=True,
        help_text=_("Optional, to tell your reviews apart, e.g. “Autumn review”."),
    )
    ratings = models.JSONField(default=dict)
    context = models.JSONField(default=dict, blank=True)
    share_token = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )
    shared_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("saved self-review")
        verbose_name_plural = _("saved self-reviews")
        indexes = [models.Index(fields=["owner", "-created"])]

    def __str__(self) -> str:
        return self.label or str(_("Self-review %(pk)s")) % {"pk": self.pk}

    def share(self) -> str:
        """Create a share link token, or keep the existing one."""
        if not self.share_token:
            self.share_token = new_share_token()
            self.shared_at = timezone.now()
            self.save(update_fields=["share_token", "shared_at"])
        return self.share_token

    def revoke_share(self) -> None:
        self.share_token = None
        self.shared_at = None
        self.save(update_fields=["share_token", "shared_at"])

    def as_params(self) -> list[tuple[str, Any]]:
        """The review as query-string pairs, the same shape as the GET form's."""
        pairs: list[tuple[str, Any]] = list((self.ratings or {}).items())
        pairs += [(k, v) for k, v in (self.context or {}).items() if v]
        return pairs
