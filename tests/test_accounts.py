"""Readers register, sign in and out; failed sign-ins are throttled by django-axes."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db
LOGIN, LOGOUT, REGISTER = reverse("login"), reverse("logout"), reverse("register")
PASSWORD = "correct horse battery staple"


def signed_in(client):
    return "_auth_user_id" in client.session


class TestRegistering:
    def test_a_visitor_registers_and_is_signed_in(self, client):
        data = {
            "username": "ada",
            "password1": "a-long passphrase",
            "password2": "a-long passphrase",
        }
        response = client.post(f"{REGISTER}?next=/quotes/1/", data)
        assert response.status_code == 302 and response["Location"] == "/quotes/1/"
        user = get_user_model().objects.get(username="ada")
        assert not user.is_staff and signed_in(client)

    def test_a_redirect_elsewhere_is_not_followed(self, client):
        data = {
            "username": "ada",
            "password1": "a-long passphrase",
            "password2": "a-long passphrase",
            "next": "https://evil.example/",
        }
        assert client.post(REGISTER, data)["Location"] == "/"

    def test_a_weak_or_mismatched_password_is_refused(self, client):
        data = {"username": "ada", "password1": "password", "password2": "passwort"}
        response = client.post(REGISTER, data)
        assert response.status_code == 400 and not get_user_model().objects.exists()
        assert "password2" in response.context["form"].errors

    def test_a_signed_in_reader_is_not_offered_registration(self, reader_client):
        assert reader_client.get(REGISTER).status_code == 302


class TestSigningIn:
    def test_a_reader_signs_in_and_out(self, client, reader):
        assert client.get(LOGIN).status_code == 200
        response = client.post(LOGIN, {"username": "reader", "password": PASSWORD})
        assert response.status_code == 302 and signed_in(client)
        assert client.get(LOGOUT).status_code == 405  # signing out is a POST
        assert client.post(LOGOUT).status_code == 302 and not signed_in(client)

    def test_a_wrong_password_is_refused_with_a_message(self, client, reader):
        response = client.post(LOGIN, {"username": "reader", "password": "wrong"})
        assert response.status_code == 200 and not signed_in(client)
        assert b"correct username and password" in response.content


class TestThrottling:
    def test_the_limit_is_100_failures_per_hour_per_account_and_per_address(self):
        assert django_settings.AXES_FAILURE_LIMIT == 100
        assert django_settings.AXES_COOLOFF_TIME == 1
        assert django_settings.AXES_LOCKOUT_PARAMETERS == ["username", "ip_address"]

    def test_an_account_is_locked_after_the_limit_even_from_other_addresses(
        self, client, reader, settings
    ):
        settings.AXES_FAILURE_LIMIT = 3
        for n in range(3):
            client.post(
                LOGIN, {"username": "reader", "password": "wrong"}, REMOTE_ADDR=f"10.0.0.{n}"
            )
        response = client.post(
            LOGIN, {"username": "reader", "password": PASSWORD}, REMOTE_ADDR="10.0.1.1"
        )
        assert response.status_code == 429 and not signed_in(client)
        assert b"Too many failed sign-ins" in response.content

    def test_an_address_is_locked_after_the_limit_across_accounts(self, client, reader, settings):
        settings.AXES_FAILURE_LIMIT = 3
        for n in range(3):
            client.post(LOGIN, {"username": f"nobody{n}", "password": "wrong"})
        response = client.post(LOGIN, {"username": "reader", "password": PASSWORD})
        assert response.status_code == 429

    def test_below_the_limit_a_correct_password_still_works(self, client, reader, settings):
        settings.AXES_FAILURE_LIMIT = 3
        for _ in range(2):
            client.post(LOGIN, {"username": "reader", "password": "wrong"})
        client.post(LOGIN, {"username": "reader", "password": PASSWORD})
        assert signed_in(client)
