"""Speakers may be groups of people; quotes say when a bare surname or a non-name
left them unattributed."""

from django.db import migrations, models

from quotes.search import around_sqlite_table_rebuilds


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0011_claim_submitted_by"),
    ]

    operations = around_sqlite_table_rebuilds(
        [
            migrations.RemoveConstraint(
                model_name="speaker",
                name="speaker_kind_valid",
            ),
            migrations.AlterField(
                model_name="historicalquote",
                name="speaker_match",
                field=models.CharField(
                    choices=[
                        ("alias", "Known alias"),
                        ("fuzzy", "Close match to a known alias"),
                        ("new", "New speaker"),
                        ("ambiguous", "Ambiguous: several speakers fit"),
                        ("surname", "A bare surname no known speaker fits"),
                        ("notname", "Not a name: the mention is kept"),
                        ("anonymous", "Anonymous source"),
                        ("none", "No speaker in the text"),
                        ("editor", "Set by an editor"),
                    ],
                    default="none",
                    max_length=10,
                ),
            ),
            migrations.AlterField(
                model_name="historicalspeaker",
                name="kind",
                field=models.CharField(
                    choices=[
                        ("person", "Person"),
                        ("organisation", "Organisation"),
                        ("group", "Group of people"),
                    ],
                    default="person",
                    max_length=20,
                ),
            ),
            migrations.AlterField(
                model_name="quote",
                name="speaker_match",
                field=models.CharField(
                    choices=[
                        ("alias", "Known alias"),
                        ("fuzzy", "Close match to a known alias"),
                        ("new", "New speaker"),
                        ("ambiguous", "Ambiguous: several speakers fit"),
                        ("surname", "A bare surname no known speaker fits"),
                        ("notname", "Not a name: the mention is kept"),
                        ("anonymous", "Anonymous source"),
                        ("none", "No speaker in the text"),
                        ("editor", "Set by an editor"),
                    ],
                    default="none",
                    max_length=10,
                ),
            ),
            migrations.AlterField(
                model_name="speaker",
                name="kind",
                field=models.CharField(
                    choices=[
                        ("person", "Person"),
                        ("organisation", "Organisation"),
                        ("group", "Group of people"),
                    ],
                    default="person",
                    max_length=20,
                ),
            ),
            migrations.AddConstraint(
                model_name="speaker",
                constraint=models.CheckConstraint(
                    condition=models.Q(("kind__in", ["person", "organisation", "group"])),
                    name="speaker_kind_valid",
                ),
            ),
        ]
    )
