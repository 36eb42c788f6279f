from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Directory of Expertise and framework"

    def ready(self) -> None:
        from . import signals  # noqa: F401
