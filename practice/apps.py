from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "practice"
    verbose_name = "Practice library"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from home.models import PortalSettings

        from .queries import forget_default_licence

        # The detail pages cache the default licence; an edit must show at once.
        post_save.connect(
            forget_default_licence,
            sender=PortalSettings,
            dispatch_uid="practice-forget-default-licence",
        )
