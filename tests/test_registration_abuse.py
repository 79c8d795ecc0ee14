"""Registration cannot be used to multiply accounts or impersonate one: it is
throttled per client address, the annotation limits apply per address as well as
per reader, and a username that looks like an existing one is refused."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.urls import reverse

from quotes.models import Annotation, UsernameSkeleton
from quotes.usernames import skeleton
from tests.factories import QuoteFactory, UserFactory

pytestmark = pytest.mark.django_db
REGISTER = reverse("register")
PASSPHRASE = "a-long passphrase"
ABUSER, NEIGHBOUR = "203.0.113.66", "198.51.100.10"


@pytest.fixture(autouse=True)
def _behind_nginx(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def via_proxy(address, forged=""):
    chain = f"{forged}, {address}" if forged else address
    return {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": chain}


def register(client, username, address, forged=""):
    client.logout()
    data = {"username": username, "password1": PASSPHRASE, "password2": PASSPHRASE}
    return client.post(REGISTER, data, **via_proxy(address, forged))


class TestThrottle:
    def test_the_default_is_5_an_hour_and_20_a_day_per_address(self):
        from claimtracker import settings as configured

        assert configured.REGISTRATION_RATES == ["5/h", "20/d"]

    def test_an_address_that_registered_too_often_is_refused_with_429(self, client, settings):
        settings.REGISTRATION_RATES = ["3/h"]
        assert [register(client, f"sock{n}", ABUSER).status_code for n in range(3)] == [302] * 3
        response = register(client, "sock3", ABUSER)
        assert response.status_code == 429
        assert b"Too many registrations from your address" in response.content
        assert 1 <= int(response["Retry-After"]) <= 3600
        assert not get_user_model().objects.filter(username="sock3").exists()

    def test_other_addresses_still_register(self, client, settings):
        settings.REGISTRATION_RATES = ["1/h"]
        register(client, "sock0", ABUSER)
        assert register(client, "ada", NEIGHBOUR).status_code == 302

    def test_a_forged_x_forwarded_for_does_not_escape_it(self, client, settings):
        settings.REGISTRATION_RATES = ["2/h"]
        codes = [register(client, f"sock{n}", ABUSER, forged=f"10.0.0.{n}") for n in range(3)]
        assert [r.status_code for r in codes] == [302, 302, 429]


class TestAnnotationLimitPerAddress:
    def post_note(self, client, user, quote, address):
        client.force_login(user)
        data = {"body": "Spam", "motivation": "commenting", "exact": "deal"}
        url = reverse("annotation-create", args=[quote.pk])
        return client.post(url, data, **via_proxy(address))

    def test_fresh_accounts_from_one_address_share_one_allowance(self, client, settings):
        settings.ANNOTATION_RATES = ["2/m"]
        quote = QuoteFactory(words="We have a deal")
        first, fresh = UserFactory(), UserFactory()
        assert self.post_note(client, first, quote, ABUSER).status_code == 302
        assert self.post_note(client, first, quote, ABUSER).status_code == 302
        assert self.post_note(client, fresh, quote, ABUSER).status_code == 429
        assert Annotation.objects.count() == 2

    def test_flags_count_against_the_same_allowance(self, client, settings):
        settings.ANNOTATION_RATES = ["1/m"]
        quote = QuoteFactory(words="We have a deal")
        self.post_note(client, UserFactory(), quote, ABUSER)
        client.force_login(UserFactory())
        note = Annotation.objects.get()
        url = reverse("annotation-flag", args=[note.pk])
        assert client.post(url, {"reason": "Spam"}, **via_proxy(ABUSER)).status_code == 429

    def test_a_reader_elsewhere_is_not_limited_by_them(self, client, settings):
        settings.ANNOTATION_RATES = ["1/m"]
        quote = QuoteFactory(words="We have a deal")
        self.post_note(client, UserFactory(), quote, ABUSER)
        assert self.post_note(client, UserFactory(), quote, NEIGHBOUR).status_code == 302


class TestLookAlikeNames:
    @pytest.mark.parametrize(
        "look_alike",
        [
            "\u0435ditor",  # Cyrillic small ie for the Latin e
            "edit\u043er",  # Cyrillic small o
            "\uff45ditor",  # full-width e (folded by Django too)
            "edit0r",  # digit zero for the letter o
            "EDITOR",  # case alone (Django's own check)
        ],
    )
    def test_a_look_alike_of_an_editors_name_is_refused(self, client, editor, look_alike):
        response = register(client, look_alike, NEIGHBOUR)
        assert response.status_code == 400
        assert "username" in response.context["form"].errors
        assert get_user_model().objects.count() == 1

    def test_the_message_does_not_say_whose_name_it_resembles(self, client, editor):
        response = register(client, "\u0435ditor", NEIGHBOUR)
        [message] = response.context["form"].errors["username"]
        assert "editor" not in message and "looks too much like an existing one" in message

    def test_a_different_name_is_accepted(self, client, editor):
        assert register(client, "edna", NEIGHBOUR).status_code == 302

    def test_every_account_has_its_skeleton_however_it_was_made(self, editor):
        user = get_user_model().objects.create_user("Αda")  # Greek capital alpha
        assert UsernameSkeleton.objects.get(user=user).skeleton == skeleton("Ada") == "ada"
        assert UsernameSkeleton.objects.get(user=editor).skeleton == "editor"

    def test_renaming_an_account_renames_its_skeleton(self, reader):
        reader.username = "r\u0435ader2"
        reader.save()
        assert UsernameSkeleton.objects.get(user=reader).skeleton == "reader2"

    def test_a_sign_in_does_not_rewrite_it(self, reader):
        reader.username = "renamed-behind-its-back"
        reader.save(update_fields=["last_login"])
        assert UsernameSkeleton.objects.get(user=reader).skeleton == "reader"

    def test_the_migration_gives_existing_accounts_their_skeletons(self, reader, editor):
        UsernameSkeleton.objects.all().delete()
        migration = importlib.import_module("quotes.migrations.0015_username_skeletons")
        migration.skeletons_of_existing_users(django_apps, None)
        assert dict(UsernameSkeleton.objects.values_list("user__username", "skeleton")) == {
            "reader": "reader",
            "editor": "editor",
        }


def test_registering_does_not_retire_the_cached_public_pages(
    client, django_capture_on_commit_callbacks
):
    from quotes import data_version

    before = data_version.current()
    with django_capture_on_commit_callbacks(execute=True):
        assert register(client, "ada", NEIGHBOUR).status_code == 302
    assert data_version.current() == before
