from django.apps import AppConfig


class QuotesConfig(AppConfig):
    name = "quotes"
    verbose_name = "Quotes and claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_save, pre_save

        from quotes import (
            data_version,
            file_fields,
            lookups,  # noqa: F401 (registers the `any` lookup)
            plain_text,
            usernames,
        )
        from quotes.selectors import compiled

        file_fields.register_psycopg_dumper()

        connection_created.connect(data_version.watch_connection)
        connection_created.connect(compiled.plan_prepared_once)
        post_save.connect(data_version.saved, dispatch_uid="public-data-version")
        pre_save.connect(plain_text.clean_fields_before_save, dispatch_uid="plain-text")
        post_save.connect(
            usernames.keep_skeleton, sender=get_user_model(), dispatch_uid="username-skeleton"
        )
