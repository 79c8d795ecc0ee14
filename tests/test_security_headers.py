"""Every response carries the headers that keep a public site safe."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def response(client):
    return client.get(reverse("home"))


def test_the_content_security_policy_allows_no_inline_script(response):
    policy = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"


def test_pages_cannot_be_framed(response):
    assert response["X-Frame-Options"] == "DENY"


def test_the_referrer_stays_on_the_site(response):
    assert response["Referrer-Policy"] == "same-origin"


def test_content_types_are_not_sniffed(response):
    assert response["X-Content-Type-Options"] == "nosniff"


def test_plain_http_is_redirected_to_https_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get(reverse("home"))
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_https_responses_carry_hsts(client, settings):
    response = client.get(reverse("home"), secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_behind_a_proxy_the_forwarded_scheme_counts_as_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get(reverse("home"), HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
