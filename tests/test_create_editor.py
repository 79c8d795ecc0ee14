"""`create_editor`: an editor account from a script, without a terminal."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db
User = get_user_model()
GOOD = "correct horse battery staple"


def signs_in(client, username, password) -> bool:
    response = client.post("/accounts/login/", {"username": username, "password": password})
    return response.status_code == 302


def run(*args):
    out = io.StringIO()
    call_command("create_editor", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_it_takes_the_password_from_the_environment(monkeypatch, client):
    monkeypatch.setenv("CLAIMTRACKER_EDITOR_PASSWORD", GOOD)
    assert "Created editor 'maria'." in run("maria", "--email", "maria@example.org")
    assert signs_in(client, "maria", GOOD)
    user = User.objects.get(username="maria")
    assert user.is_staff and user.email == "maria@example.org"
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]


def test_it_takes_the_password_from_the_first_line_of_a_file(tmp_path, monkeypatch, client):
    monkeypatch.delenv("CLAIMTRACKER_EDITOR_PASSWORD", raising=False)
    secret = tmp_path / "password"
    secret.write_text(GOOD + "\nignored\n")
    run("maria", "--password-file", str(secret))
    assert signs_in(client, "maria", GOOD)


def test_a_weak_password_is_refused_and_nothing_is_created(monkeypatch):
    monkeypatch.setenv("CLAIMTRACKER_EDITOR_PASSWORD", "maria")
    with pytest.raises(CommandError, match=r"Password refused: .*too similar"):
        run("maria")
    assert not User.objects.exists()


def test_without_a_terminal_or_a_password_it_says_how_to_give_one(monkeypatch):
    monkeypatch.delenv("CLAIMTRACKER_EDITOR_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())
    with pytest.raises(CommandError, match="set CLAIMTRACKER_EDITOR_PASSWORD, use --password-file"):
        run("maria")
    assert not User.objects.exists()


def test_promoting_a_reader_keeps_their_password(monkeypatch, reader, client):
    reader.set_password("the readers own password")
    reader.save()
    monkeypatch.setenv("CLAIMTRACKER_EDITOR_PASSWORD", GOOD)
    assert "Promoted (password unchanged) editor 'reader'." in run("reader")
    assert signs_in(client, "reader", "the readers own password")
    assert User.objects.get(username="reader").is_staff
