"""Refuse the web chat's POSTs when a browser sends them from another site.

A page elsewhere could otherwise post to /api/chat in a worker's browser (a `text/plain` or
form post needs no preflight). Browsers say where a request comes from (`Sec-Fetch-Site`,
`Origin`); clients that are not browsers send neither and are let through.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def from_other_site(request: web.Request) -> bool:
    """True when the browser says the request was made by a page of another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site", "").lower()
    if fetch_site in ("cross-site", "same-site"):
        return True
    origin = request.headers.get("Origin")
    if origin is None or fetch_site in ("same-origin", "none"):
        return False
    if origin == "null":
        return True
    return urlsplit(origin).netloc.lower() != request.host.lower()


def same_origin_only(handler: Handler) -> Handler:
    async def guarded(request: web.Request) -> web.StreamResponse:
        if from_other_site(request):
            return web.json_response({"error": "cross-site requests are not accepted"}, status=403)
        return await handler(request)

    return guarded
