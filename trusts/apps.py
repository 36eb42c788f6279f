from django.apps import AppConfig


class TrustsConfig(AppConfig):
    """Member trusts: their public profiles, schools and page-tree sections.

    A separate app because the trust is the unit that practice, the directory
    and moderation all hang off (each trust's sections, group and collection).
    """

    name = "trusts"
    verbose_name = "Member trusts"

    def ready(self):
        from . import translation_rules  # noqa: F401  (its hooks; issue 17)
