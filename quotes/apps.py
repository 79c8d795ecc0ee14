from django.apps import AppConfig


class QuotesConfig(AppConfig):
    name = "quotes"
    verbose_name = "Quotes and claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from quotes import lookups  # noqa: F401 (registers the `any` lookup)
