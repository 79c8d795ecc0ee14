"""The client's address: the socket's, or X-Forwarded-For as the trusted proxies wrote it."""

import logging

import pytest
from django.test import RequestFactory

from quotes import client_address as module
from quotes.client_address import client_address

PROXY = "127.0.0.1"


def request(remote=PROXY, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_a_trusted_proxy_it_is_the_socket_address(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def test_behind_nginx_it_is_the_address_nginx_appended(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request(forwarded="203.0.113.9")) == "203.0.113.9"


def test_a_forged_x_forwarded_for_is_not_believed(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client sent "10.9.9.9, 192.0.2.1"; nginx appended the address it saw.
    forged = request(forwarded="10.9.9.9, 192.0.2.1, 203.0.113.9")
    assert client_address(forged) == "203.0.113.9"


def test_behind_two_proxies_it_is_the_address_the_outer_one_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    chain = request(forwarded="10.9.9.9, 203.0.113.9, 192.0.2.50")
    assert client_address(chain) == "203.0.113.9"


def test_a_request_that_passed_fewer_proxies_is_what_the_first_one_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request(forwarded="203.0.113.9")) == "203.0.113.9"


def test_a_request_without_the_header_is_the_socket_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request("192.0.2.44")) == "192.0.2.44"


@pytest.mark.parametrize("hop", ["not-an-address", "", "203.0.113.9:443", "<script>"])
def test_a_hop_that_is_not_an_address_falls_back_to_the_socket(settings, hop):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request(forwarded=f"198.51.100.1, {hop}")) == PROXY


def test_ipv6_addresses_are_normalised(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request(forwarded="2001:DB8:0:0::1")) == "2001:db8::1"


def test_a_forgotten_proxy_setting_is_logged_once(settings, caplog, monkeypatch):
    settings.TRUSTED_PROXY_COUNT = 0
    monkeypatch.setattr(module, "_warned", False)
    with caplog.at_level(logging.WARNING, logger="quotes.client_address"):
        client_address(request(forwarded="203.0.113.9"))
        client_address(request(forwarded="203.0.113.10"))
    assert len(caplog.records) == 1
    assert "TRUSTED_PROXY_COUNT" in caplog.records[0].getMessage()
