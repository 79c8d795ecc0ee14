"""The Editors group: everything editors need to curate, nothing more.

Editors may add and change speakers, aliases, quotes, claims, verdicts and
evidence; they never delete sources, quotes or speakers (they reject quotes and
merge speakers instead, so nothing is lost by accident).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "speaker": ["view", "add", "change"],
    "speakeralias": ["view", "add", "change", "delete"],
    "source": ["view", "change"],
    "quote": ["view", "add", "change"],
    "tag": ["view", "add", "change", "delete"],
    "claim": ["view", "add", "change"],
    "verdict": ["view", "add", "change"],
    "evidence": ["view", "add", "change", "delete"],
    "ratingscale": ["view"],
    "rating": ["view"],
    "annotation": ["view", "change"],
}


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    app_config = apps.get_app_config("quotes")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    codenames = [
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    ]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="quotes", codename__in=codenames)
    )


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
