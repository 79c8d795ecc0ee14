"""Readers register, sign in and out (lockouts: test_sign_in_lockouts.py)."""

import pytest
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
