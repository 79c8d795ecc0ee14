"""pg_trgm for typo-tolerant speaker search. TrigramExtension does nothing on
databases other than PostgreSQL, so SQLite migrates as before."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("quotes", "0002_create_editors_group")]

    operations = [TrigramExtension()]
