"""Connections that refuse private and loopback addresses, checked on the address
actually connected to.

A URL an editor pastes, a feed's links and every redirect are chosen by someone else.
Without this, "import https://intranet.example/" or a redirect to 169.254.169.254 would
let them read internal services through the importer (server-side request forgery).
The host name is resolved here, every address it resolves to is checked, and the
socket connects to a checked address: a name that resolves to a public address for the
check and a private one for the connection (DNS rebinding) gets nowhere.
"""

import ipaddress
import socket

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util import connection


class RefusedAddress(OSError):
    """The host resolves to an address on a private network or this machine."""


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _vetted_connection(conn) -> socket.socket:
    """Resolve, check every address, then connect to the first that answers."""
    try:
        found = socket.getaddrinfo(conn._dns_host, conn.port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise NameResolutionError(conn.host, conn, error) from error
    addresses = [info[4][0] for info in found]
    if not conn.allow_private:
        refused = [a for a in addresses if not is_public(a)]
        if refused:
            raise RefusedAddress(
                f"{conn.host} is a private or loopback address ({refused[0]}); "
                "fetching from those is refused (setting IMPORT_FETCH_PRIVATE_ADDRESSES)"
            )
    error = None
    for address in dict.fromkeys(addresses):
        try:
            return connection.create_connection(
                (address, conn.port), conn.timeout, source_address=conn.source_address
            )
        except TimeoutError as timeout:
            error = ConnectTimeoutError(conn, f"Connection to {conn.host} timed out")
            error.__cause__ = timeout
        except OSError as failure:
            error = NewConnectionError(conn, f"Failed to establish a new connection: {failure}")
    raise error or NewConnectionError(conn, "no address")


class GuardedHTTPConnection(HTTPConnection):
    allow_private = False

    def _new_conn(self) -> socket.socket:
        return _vetted_connection(self)


class GuardedHTTPSConnection(HTTPSConnection):
    allow_private = False

    def _new_conn(self) -> socket.socket:
        return _vetted_connection(self)


def pool_classes(*, allow_private: bool) -> dict:
    """urllib3 pool classes for "http" and "https" whose connections are guarded."""

    class HTTP(GuardedHTTPConnection):
        pass

    class HTTPS(GuardedHTTPSConnection):
        pass

    HTTP.allow_private = HTTPS.allow_private = allow_private

    class HTTPPool(HTTPConnectionPool):
        ConnectionCls = HTTP

    class HTTPSPool(HTTPSConnectionPool):
        ConnectionCls = HTTPS

    return {"http": HTTPPool, "https": HTTPSPool}
