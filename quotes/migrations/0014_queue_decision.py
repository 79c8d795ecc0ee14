"""Editors' answers to the speakers' queue: not a duplicate, a real name."""

import django.db.models.deletion
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0013_alias_origin"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalQueueDecision",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "verdict",
                    models.CharField(
                        choices=[("distinct", "Not a duplicate"), ("name", "A real name")],
                        max_length=10,
                    ),
                ),
                (
                    "suggestion",
                    models.CharField(
                        blank=True,
                        help_text="Why the queue suggested it, at the time.",
                        max_length=300,
                    ),
                ),
                ("decided_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
            ],
            options={
                "verbose_name": "historical queue decision",
                "verbose_name_plural": "historical queue decisions",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="QueueDecision",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "verdict",
                    models.CharField(
                        choices=[("distinct", "Not a duplicate"), ("name", "A real name")],
                        max_length=10,
                    ),
                ),
                (
                    "suggestion",
                    models.CharField(
                        blank=True,
                        help_text="Why the queue suggested it, at the time.",
                        max_length=300,
                    ),
                ),
                ("decided_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "ordering": ["-decided_at", "-id"],
            },
        ),
        migrations.AddField(
            model_name="historicalqueuedecision",
            name="decided_by",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalqueuedecision",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalqueuedecision",
            name="other",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="quotes.speaker",
            ),
        ),
        migrations.AddField(
            model_name="historicalqueuedecision",
            name="speaker",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="quotes.speaker",
            ),
        ),
        migrations.AddField(
            model_name="queuedecision",
            name="decided_by",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="queuedecision",
            name="other",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="quotes.speaker",
            ),
        ),
        migrations.AddField(
            model_name="queuedecision",
            name="speaker",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="quotes.speaker"
            ),
        ),
        migrations.AddConstraint(
            model_name="queuedecision",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(
                        ("other__isnull", False),
                        ("speaker__lt", models.F("other")),
                        ("verdict", "distinct"),
                    ),
                    models.Q(("other__isnull", True), ("verdict", "name")),
                    _connector="OR",
                ),
                name="queue_decision_shape",
            ),
        ),
        migrations.AddConstraint(
            model_name="queuedecision",
            constraint=models.UniqueConstraint(
                condition=models.Q(("other__isnull", False)),
                fields=("speaker", "other"),
                name="queue_decision_pair_once",
            ),
        ),
        migrations.AddConstraint(
            model_name="queuedecision",
            constraint=models.UniqueConstraint(
                condition=models.Q(("other__isnull", True)),
                fields=("speaker",),
                name="queue_decision_name_once",
            ),
        ),
    ]
