from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and shared"

    def ready(self) -> None:
        from . import invalidation

        # Publishing, unpublishing and moving pages, and editors' changes to
        # the snippets pages show: an explicit list (home/invalidation.py).
        invalidation.connect()
