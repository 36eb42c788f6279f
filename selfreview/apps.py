from django.apps import AppConfig


class SelfReviewConfig(AppConfig):
    name = "selfreview"
    verbose_name = "Self-review and matching"
