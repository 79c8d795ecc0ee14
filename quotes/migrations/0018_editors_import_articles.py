"""Editors start imports in the admin ("Import articles") and watch them there.

A job is written only by the import service and its worker, so editors get the add
and view permissions, not change or delete.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_importjob", "view_importjob"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("quotes")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="quotes", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="quotes", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0017_import_jobs"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
