"""Run the shipped deployment on loopback: Debian's nginx with deploy/nginx/laborbot.conf
(ports, certificate and temp paths rewritten, nothing else) in front of `laborbot serve`
processes. Used by tests/test_deployment_e2e.py and bench/bench_nginx.py."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

REPO = Path(__file__).resolve().parent.parent
NGINX = Path("/usr/sbin/nginx")
SITE = REPO / "deploy" / "nginx" / "laborbot.conf"


def self_signed(folder: Path) -> Path:
    """A certificate for 127.0.0.1 (openssl); returns the folder holding fullchain/privkey.pem."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(folder / "privkey.pem"), "-out", str(folder / "fullchain.pem"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return folder


def site_config(upstream_ports: list[int], https_port: int, http_port: int, certs: Path) -> str:
    """deploy/nginx/laborbot.conf with test ports and certificate; everything else as shipped."""
    text = SITE.read_text(encoding="utf-8")
    servers = "".join(f"    server 127.0.0.1:{p} max_fails=3 fail_timeout=5s;\n" for p in upstream_ports)
    text, n = re.subn(r"(?m)^\s*#?\s*server 127\.0\.0\.1:\d+ [^\n]*\n", "", text)
    assert n >= 2, "the upstream block of deploy/nginx/laborbot.conf changed"
    text = text.replace("upstream laborbot {\n", "upstream laborbot {\n" + servers, 1)
    text = re.sub(r"(?m)^\s*listen \[::\]:\d+[^\n]*\n", "", text)
    text = re.sub(r"(?m)^(\s*)listen 443 ssl", rf"\1listen 127.0.0.1:{https_port} ssl", text)
    text = re.sub(r"(?m)^(\s*)listen 80;", rf"\1listen 127.0.0.1:{http_port};", text)
    return text.replace("/etc/ssl/laborbot", str(certs))


@dataclass
class Nginx:
    root: Path
    upstream_ports: list[int]
    https_port: int
    http_port: int
    proc: subprocess.Popen | None = None

    def write(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        certs = self_signed(self.root / "certs")
        (self.root / "site.conf").write_text(
            site_config(self.upstream_ports, self.https_port, self.http_port, certs), encoding="utf-8"
        )
        user = "user root;\n" if os.geteuid() == 0 else ""
        temp = "".join(
            f"    {kind}_temp_path {self.root / kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        main = (
            f"{user}worker_processes 1;\npid {self.root / 'nginx.pid'};\n"
            f"error_log {self.root / 'error.log'} warn;\ndaemon off;\n"
            "events { worker_connections 1024; }\n"
            f"http {{\n    access_log {self.root / 'access.log'};\n{temp}"
            f"    include {self.root / 'site.conf'};\n}}\n"
        )
        conf = self.root / "nginx.conf"
        conf.write_text(main, encoding="utf-8")
        return conf

    def start(self) -> None:
        conf = self.write()
        check = subprocess.run([str(NGINX), "-t", "-c", str(conf), "-p", str(self.root)], capture_output=True)
        assert check.returncode == 0, check.stderr.decode()
        self.proc = subprocess.Popen(
            [str(NGINX), "-c", str(conf), "-p", str(self.root)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60  # readiness, not speed
        while True:  # listening once the master has bound its sockets
            try:
                socket.create_connection(("127.0.0.1", self.https_port), timeout=1).close()
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"nginx did not start: {self.error_log()}") from None
                time.sleep(0.05)

    def error_log(self) -> str:
        path = self.root / "error.log"
        return path.read_text(encoding="utf-8", errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.root / "certs" / "fullchain.pem"))


@dataclass
class Server:
    """One `laborbot serve` process on 127.0.0.1:port."""

    port: int
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen | None = None
    starts: int = 0

    def spawn(self) -> None:
        env = (
            {k: v for k, v in os.environ.items() if not k.startswith("LABORBOT_")}
            | self.env
            | {"LABORBOT_PORT": str(self.port), "LABORBOT_HOST": "127.0.0.1"}
        )
        self.starts += 1
        out = open(self.log.with_suffix(f".{self.starts}.log"), "wb")  # noqa: SIM115 - kept by the child
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve"], cwd=REPO, env=env, stdout=out, stderr=out
        )

    async def ready(self, timeout: float = 120.0) -> None:
        """Wait (without blocking the loop: the fakes run in it) until /healthz answers."""
        deadline = asyncio.get_running_loop().time() + timeout
        async with aiohttp.ClientSession() as http:
            while True:
                assert self.proc is not None
                if self.proc.poll() is not None:
                    raise AssertionError(f"server on {self.port} exited: {self.tail()}")
                try:
                    async with http.get(f"http://127.0.0.1:{self.port}/healthz") as r:
                        if r.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                if asyncio.get_running_loop().time() > deadline:
                    raise AssertionError(f"server on {self.port} not ready: {self.tail()}")
                await asyncio.sleep(0.1)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def tail(self) -> str:
        path = self.log.with_suffix(f".{self.starts}.log")
        return path.read_text(encoding="utf-8", errors="replace")[-3000:] if path.exists() else ""


@dataclass
class Retrying:
    """Deliver like WeChat and Telegram do: the same delivery again after a 5xx or a broken
    connection (the process behind nginx may have been killed mid-request)."""

    http: aiohttp.ClientSession
    attempts: int = 8
    retried: list[str] = field(default_factory=list)

    async def post(self, make: Callable[[], tuple[str, dict[str, Any]]], what: str) -> tuple[int, bytes]:
        """`make()` gives (url, aiohttp keyword arguments) afresh for every attempt: WeChat
        signs each retry with a new nonce and timestamp, the message id stays the same."""
        last: object = None
        for attempt in range(self.attempts):
            if attempt:
                self.retried.append(what)
                await asyncio.sleep(0.3 * attempt)
            url, kw = make()
            try:
                async with self.http.post(url, **kw) as r:
                    body = await r.read()
                    if r.status < 500:
                        return r.status, body
                    last = r.status
            except (TimeoutError, aiohttp.ClientError) as exc:
                last = exc
        raise AssertionError(f"{what}: no answer after {self.attempts} attempts ({last!r})")
