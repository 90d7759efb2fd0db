"""Who is on the other end of an HTTP request. X-Forwarded-For is believed only when the
direct peer is a configured proxy (LABORBOT_TRUSTED_PROXIES, e.g. ["127.0.0.1"] for the
nginx of deploy/); anyone else could write any address there."""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Iterable

from aiohttp import web


def _in(address: str, networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in n for n in networks)


@functools.lru_cache(maxsize=16)
def _networks(proxies: tuple[str, ...]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """The configured proxies parsed once, not on every request."""
    return [ipaddress.ip_network(p, strict=False) for p in proxies]


def client_ip(request: web.BaseRequest, trusted_proxies: Iterable[str] = ()) -> str:
    peer = request.remote or "?"
    networks = _networks(tuple(trusted_proxies))
    if not networks or not _in(peer, networks):
        return peer
    forwarded = [a.strip() for a in request.headers.get("X-Forwarded-For", "").split(",") if a.strip()]
    for address in reversed(forwarded):  # the rightmost address no trusted proxy wrote
        if not _in(address, networks):
            try:
                return str(ipaddress.ip_address(address))
            except ValueError:
                return peer
    return peer


def forwarded_https(request: web.BaseRequest, trusted_proxies: Iterable[str] = ()) -> bool:
    """A trusted proxy in front says the client spoke HTTPS to it."""
    networks = _networks(tuple(trusted_proxies))
    proto = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    return bool(networks) and _in(request.remote or "", networks) and proto == "https"
