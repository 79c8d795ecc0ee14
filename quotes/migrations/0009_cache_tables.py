"""The database cache tables (the rate-limit counters and the public data version,
`COUNTER_CACHE_URL`'s default), made by `migrate` itself: an instance set up with
`migrate` alone works. Same as `manage.py createcachetable`, which stays harmless."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0008_quote_search_document_at_insert")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
