from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create (or promote) an editor: a staff account in the Editors group."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The editor's username.")
        parser.add_argument("--email", default="", help="The editor's email address.")
        parser.add_argument(
            "--no-password",
            action="store_true",
            help="Do not ask for a password (set one later with changepassword).",
        )

    def handle(self, *args, username, email, no_password, **options):
        User = get_user_model()
        try:
            group = Group.objects.get(name="Editors")
        except Group.DoesNotExist as error:
            raise CommandError("No Editors group: run `python manage.py migrate` first.") from error
        user, created = User.objects.get_or_create(username=username, defaults={"email": email})
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.groups.add(group)
        if created and not no_password:
            call_command("changepassword", username, stdout=self.stdout, stderr=self.stderr)
        verb = "Created" if created else "Promoted"
        self.stdout.write(self.style.SUCCESS(f"{verb} editor {username!r}."))
