"""A local web site for the fetch tests: a standard-library HTTP server on 127.0.0.1 only.

It serves article pages, a redirect, a 404, a slow page, a robots.txt, an RSS and an Atom feed
(all written for these tests), and records every request it receives.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.fetch.http import FetchOptions
from tests.web_pages import ARTICLE, ATOM, BILLION_LAUGHS, LOGIN, ROBOTS, RSS


@dataclass
class Site:
    """The running server: its base URL, its pages, and the requests it saw (path, time, User-Agent)."""

    base: str
    routes: dict[str, tuple[int, dict[str, str], bytes]]
    requests: list[tuple[str, float, str]] = field(default_factory=list)
    flaky_left: int = 1

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[float]:
        return [t for p, t, _ in self.requests if p == path]


def _routes(base: str, published: str = "2025-11-18T09:30:00+01:00") -> dict:
    html = {"Content-Type": "text/html; charset=utf-8"}
    article = ARTICLE.format(published=published).encode("utf-8")
    cp1252 = ARTICLE.format(published=published).replace("Rome entre", "Rome, l'été, entre").encode("cp1252")
    return {
        "/robots.txt": (200, {"Content-Type": "text/plain"}, ROBOTS.encode()),
        "/articles/rome.html": (200, html, article),
        "/articles/geneve.html": (200, html, article.replace(b"Rome", b"Gen\xc3\xa8ve")),
        "/articles/futur.html": (200, html, ARTICLE.format(published="2099-01-01").encode("utf-8")),
        "/articles/cp1252.html": (200, html, cp1252),  # declares UTF-8, is cp1252
        "/prive/note.html": (200, html, article),
        "/ancien": (301, {"Location": "/articles/rome.html"}, b""),
        "/boucle": (302, {"Location": "/boucle"}, b""),
        "/vers-fichier": (302, {"Location": "file:///etc/passwd"}, b""),
        "/vers-connexion": (302, {"Location": "/connexion?retour=/abonnes"}, b""),
        "/connexion": (200, html, LOGIN.encode()),
        "/abonnes": (200, html, LOGIN.encode()),
        "/rapport.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%fin\n"),
        "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n\x00\x00"),
        "/gros.html": (200, html, b"<html><body>" + b"<p>du texte</p>" * 20_000 + b"</body></html>"),
        "/fil.rss": (200, {"Content-Type": "application/rss+xml"}, RSS.format(base=base).encode()),
        "/fil.atom": (200, {"Content-Type": "application/atom+xml"}, ATOM.encode()),
        "/pas-un-fil": (200, html, b"<html><body><p>Pas de flux ici & l\xc3\xa0</body>"),
        "/bombe.xml": (200, {"Content-Type": "application/xml"}, BILLION_LAUGHS.encode()),
    }


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        site = self.site
        path = self.path.split("?")[0]
        site.requests.append((path, time.monotonic(), self.headers.get("User-Agent", "")))
        if path == "/lent.html":
            time.sleep(1.0)
        if path == "/instable.html" and site.flaky_left > 0:
            site.flaky_left -= 1
            return self._send(503, {}, b"indisponible")
        if path == "/goutte.html":  # a few bytes at a time, never quite timing out
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>goutte</p>")
                self.wfile.flush()
                time.sleep(0.1)
            self.close_connection = True
            return
        if path == "/sans-longueur.html":  # no Content-Length: the size is only known while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>" + b"<p>encore</p>" * 20_000)
            self.close_connection = True
            return
        name = "/articles/rome.html" if path in ("/instable.html", "/lent.html") else path
        status, headers, body = site.routes.get(name, (404, {"Content-Type": "text/html"}, b"<p>introuvable</p>"))
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    state = Site(base=base, routes=_routes(base))
    _Handler.site = state
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def options() -> FetchOptions:
    """Fast options for tests: no delay, a short timeout, one quick retry."""
    return FetchOptions(delay=0.0, timeout=2.0, retries=1, backoff=0.01, max_bytes=100_000)
