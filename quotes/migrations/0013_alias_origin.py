"""Which aliases the importer made (a clean-up may correct them) and which an editor,
a merge or a fixture made (never touched)."""

from django.db import migrations, models

from quotes.search import around_sqlite_table_rebuilds


def mark_imported_aliases(apps, schema_editor):
    """An alias whose first history row is the importer's (no user, "Imported from
    ...") was seen in an article; every other one (an editor's, a merge's, a
    fixture's: fixtures write no history) stays curated."""
    alias = apps.get_model("quotes", "SpeakerAlias")
    history = apps.get_model("quotes", "HistoricalSpeakerAlias")
    imported = history.objects.filter(
        history_type="+",
        history_user__isnull=True,
        history_change_reason__startswith="Imported from",
    ).values("id")
    alias.objects.filter(pk__in=imported).update(origin="import")


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0012_speaker_kind_group_and_unattributed_matches"),
    ]

    operations = around_sqlite_table_rebuilds(
        [
            migrations.AddField(
                model_name="historicalspeakeralias",
                name="origin",
                field=models.CharField(
                    choices=[
                        ("editor", "Added by an editor or a fixture"),
                        ("import", "Seen in an imported article"),
                    ],
                    default="editor",
                    max_length=10,
                ),
            ),
            migrations.AddField(
                model_name="speakeralias",
                name="origin",
                field=models.CharField(
                    choices=[
                        ("editor", "Added by an editor or a fixture"),
                        ("import", "Seen in an imported article"),
                    ],
                    default="editor",
                    max_length=10,
                ),
            ),
            migrations.AddConstraint(
                model_name="speakeralias",
                constraint=models.CheckConstraint(
                    condition=models.Q(("origin__in", ["editor", "import"])),
                    name="alias_origin_valid",
                ),
            ),
            migrations.RunPython(mark_imported_aliases, migrations.RunPython.noop, elidable=True),
        ]
    )
