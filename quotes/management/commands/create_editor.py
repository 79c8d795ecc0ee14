import os
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

PASSWORD_VARIABLE = "CLAIMTRACKER_EDITOR_PASSWORD"  # noqa: S105 (a variable name)


class Command(BaseCommand):
    help = (
        "Create (or promote) an editor: a staff account in the Editors group. The password "
        f"is asked for on a terminal, or read from {PASSWORD_VARIABLE} or --password-file "
        "(as createsuperuser --noinput reads DJANGO_SUPERUSER_PASSWORD)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The editor's username.")
        parser.add_argument("--email", default="", help="The editor's email address.")
        parser.add_argument(
            "--password-file",
            type=Path,
            help="Read the password from the first line of this file (for scripts; "
            f"or set {PASSWORD_VARIABLE}).",
        )
        parser.add_argument(
            "--no-password",
            action="store_true",
            help="Do not set a password (set one later with changepassword).",
        )

    def handle(self, *args, username, email, password_file, no_password, **options):
        User = get_user_model()
        try:
            group = Group.objects.get(name="Editors")
        except Group.DoesNotExist as error:
            raise CommandError("No Editors group: run `python manage.py migrate` first.") from error
        user = User.objects.filter(username=username).first()
        created = user is None
        password = None if no_password or not created else self.given_password(password_file)
        if created:
            user = User(username=username, email=email)
        if password is not None:
            try:
                validate_password(password, user)
            except ValidationError as error:
                raise CommandError("Password refused: " + " ".join(error.messages)) from None
            user.set_password(password)
        elif created and not no_password and not sys.stdin.isatty():
            raise CommandError(
                f"No password given: set {PASSWORD_VARIABLE}, use --password-file, "
                "or --no-password (set it later with changepassword)."
            )
        user.is_staff = True
        user.save()
        user.groups.add(group)
        if created and password is None and not no_password:
            call_command("changepassword", username, stdout=self.stdout, stderr=self.stderr)
        verb = "Created" if created else "Promoted (password unchanged)"
        self.stdout.write(self.style.SUCCESS(f"{verb} editor {username!r}."))

    def given_password(self, password_file: Path | None) -> str | None:
        if password_file is not None:
            try:
                lines = password_file.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"Cannot read the password file: {error}") from None
            if not lines or not lines[0]:
                raise CommandError(f"{password_file}: the first line is empty")
            return lines[0]
        return os.environ.get(PASSWORD_VARIABLE) or None
