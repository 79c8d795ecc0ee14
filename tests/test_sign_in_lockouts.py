"""Failed sign-ins lock out one account from one address, and one address; never
everyone. Requests arrive as the documented nginx sends them: from the proxy's
socket, with the client's address appended to X-Forwarded-For."""

import pytest
from django.conf import settings as django_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db
LOGIN = reverse("login")
PASSWORD = "correct horse battery staple"
ATTACKER, EDITOR_DESK, READER_HOME = "203.0.113.66", "198.51.100.10", "192.0.2.20"


@pytest.fixture(autouse=True)
def _behind_nginx(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AXES_FAILURE_LIMIT = 5


def via_proxy(address, forged=""):
    """What gunicorn receives from nginx for a client at `address` that sent
    `forged` as its own X-Forwarded-For."""
    chain = f"{forged}, {address}" if forged else address
    return {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": chain}


def sign_in(client, username, password, address, forged=""):
    return client.post(
        LOGIN, {"username": username, "password": password}, **via_proxy(address, forged)
    )


def signed_in_as(client, user) -> bool:
    return client.session.get("_auth_user_id") == str(user.pk)


def test_the_limit_is_per_account_from_one_address_and_per_address():
    assert django_settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"], "ip_address"]
    assert django_settings.AXES_COOLOFF_TIME == 1


def test_the_default_limit_is_100_failures_an_hour():
    from claimtracker import settings as configured  # the fixture lowers the live one

    assert configured.AXES_FAILURE_LIMIT == 100


def test_one_client_guessing_random_names_locks_out_only_itself(client, editor):
    for n in range(6):
        sign_in(client, f"random{n}", "wrong", ATTACKER)
    assert sign_in(client, "anyone", "wrong", ATTACKER).status_code == 429
    response = sign_in(client, "editor", PASSWORD, EDITOR_DESK)
    assert response.status_code == 302 and signed_in_as(client, editor)


def test_guessing_at_an_editors_name_does_not_lock_the_editor_out(client, editor):
    for _ in range(6):
        sign_in(client, "editor", "wrong", ATTACKER)
    assert sign_in(client, "editor", PASSWORD, ATTACKER).status_code == 429
    response = sign_in(client, "editor", PASSWORD, EDITOR_DESK)
    assert response.status_code == 302 and signed_in_as(client, editor)


def test_an_account_is_locked_from_the_guessing_address(client, reader):
    for _ in range(5):
        sign_in(client, "reader", "wrong", ATTACKER)
    response = sign_in(client, "reader", PASSWORD, ATTACKER)
    assert response.status_code == 429 and not signed_in_as(client, reader)
    assert b"Too many failed sign-ins" in response.content


def test_an_address_is_locked_after_the_limit_across_accounts(client, reader):
    for n in range(5):
        sign_in(client, f"nobody{n}", "wrong", ATTACKER)
    assert sign_in(client, "reader", PASSWORD, ATTACKER).status_code == 429


def test_a_forged_x_forwarded_for_does_not_escape_the_lockout(client, reader):
    for n in range(5):
        sign_in(client, "reader", "wrong", ATTACKER, forged=f"10.0.0.{n}")
    response = sign_in(client, "reader", PASSWORD, ATTACKER, forged="10.0.0.99")
    assert response.status_code == 429


def test_a_forged_x_forwarded_for_cannot_lock_out_another_address(client, reader):
    for _ in range(6):
        sign_in(client, "reader", "wrong", ATTACKER, forged=READER_HOME)
    response = sign_in(client, "reader", PASSWORD, READER_HOME)
    assert response.status_code == 302 and signed_in_as(client, reader)


def test_below_the_limit_a_correct_password_still_works(client, reader):
    for _ in range(4):
        sign_in(client, "reader", "wrong", READER_HOME)
    sign_in(client, "reader", PASSWORD, READER_HOME)
    assert signed_in_as(client, reader)


class TestASuccessfulSignIn:
    def test_clears_the_failures_of_that_account_from_that_address(self, client, reader):
        for _ in range(4):
            sign_in(client, "reader", "wrong", READER_HOME)
        sign_in(client, "reader", PASSWORD, READER_HOME)
        client.logout()
        for _ in range(4):
            sign_in(client, "reader", "wrong", READER_HOME)
        sign_in(client, "reader", PASSWORD, READER_HOME)
        assert signed_in_as(client, reader)

    def test_does_not_clear_the_failures_against_another_account(self, client, reader, editor):
        for _ in range(3):
            sign_in(client, "editor", "wrong", ATTACKER)
        sign_in(client, "reader", PASSWORD, ATTACKER)  # the attacker's own account
        assert signed_in_as(client, reader)
        client.logout()
        for _ in range(2):
            sign_in(client, "editor", "wrong", ATTACKER)
        response = sign_in(client, "editor", PASSWORD, ATTACKER)
        assert response.status_code == 429 and not signed_in_as(client, editor)

    def test_does_not_clear_the_failures_from_another_address(self, client, reader):
        for _ in range(5):
            sign_in(client, "reader", "wrong", ATTACKER)
        sign_in(client, "reader", PASSWORD, READER_HOME)
        client.logout()
        assert sign_in(client, "reader", PASSWORD, ATTACKER).status_code == 429
