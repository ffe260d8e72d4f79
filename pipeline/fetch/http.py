"""A polite, careful HTTP client on httpx: one User-Agent, a timeout, retries with backoff on 5xx
and timeouts, a delay between two requests to one site, robots.txt, and caps on size and redirects.

Redirects are followed by hand so that every hop is checked like the first URL (no `file:` or
`ftp:` behind a `302`) and counted; a body is read in pieces and abandoned past the size cap, so a
page that never ends or a compressed bomb costs at most the cap.
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.fetch.urls import UrlError, check_url

USER_AGENT = "pipeline-news-fetch/0.1 (French news timeline research; python-httpx)"
TOTAL_TIMEOUTS = 4  # a whole download may take this many timeouts, however steadily the bytes come
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MB = 1024 * 1024


class FetchError(Exception):
    """Why a URL gave no page, in words an analyst understands."""


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch: the command line's options, with polite defaults."""

    timeout: float = 20.0  # seconds to connect, and between two pieces of the body
    retries: int = 2  # further attempts after a 5xx, a 429 or a timeout
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    delay: float = 1.0  # seconds between two requests to the same site
    max_bytes: int = 10 * _MB
    max_redirects: int = 5
    respect_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Response:
    """A final (non-redirect) response, its body complete and within the cap."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes


@dataclass
class Client:
    """One fetch session: the robots.txt of each site and the time of its last request are kept."""

    options: FetchOptions = field(default_factory=FetchOptions)
    _http: httpx.Client | None = None
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def __enter__(self) -> Client:
        self._http = httpx.Client(
            headers={"User-Agent": self.options.user_agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"},
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._http is not None:
            self._http.close()

    def get(self, url: str) -> Response:
        """GET `url`, following up to `max_redirects` redirects, each hop checked and robots-allowed."""
        current = url
        for _ in range(self.options.max_redirects + 1):
            current = _checked(current)
            if self.options.respect_robots and not self.allowed(current):
                raise FetchError("disallowed by the site's robots.txt (--ignore-robots to fetch anyway)")
            status, headers, body = self._request(current)
            location = headers.get("location")
            if 300 <= status < 400 and location:
                current = urljoin(current, location)
                continue
            return Response(url, current, status, headers.get("content-type", ""), body)
        raise FetchError(f"more than {self.options.max_redirects} redirects")

    def allowed(self, url: str) -> bool:
        """What the site's robots.txt says of `url` for our User-Agent (no robots.txt: allowed)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site)
        robots = self._robots[site]
        return robots is None or robots.can_fetch(self.options.user_agent, url)

    def _read_robots(self, site: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(f"{site}/robots.txt")
        try:
            status, _, body = self._request(f"{site}/robots.txt", max_bytes=512 * 1024)
        except FetchError:
            return None  # unreachable robots.txt: as if there were none
        if status in (401, 403):
            parser.parse(["User-agent: *", "Disallow: /"])  # the convention of urllib and of search engines
        elif 200 <= status < 300:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        else:
            return None
        return parser

    def _request(self, url: str, max_bytes: int | None = None) -> tuple[int, httpx.Headers, bytes]:
        """One request (no redirect), retried on 5xx, 429 and timeouts with a doubling backoff."""
        wait = self.options.backoff
        for attempt in range(self.options.retries + 1):
            last = attempt == self.options.retries
            try:
                status, headers, body = self._once(url, max_bytes or self.options.max_bytes)
            except (httpx.TimeoutException, httpx.NetworkError) as err:
                if last:
                    raise FetchError(_network_reason(err, self.options.retries)) from err
            else:
                if status not in _RETRY_STATUS or last:
                    return status, headers, body
            time.sleep(wait)
            wait *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, max_bytes: int) -> tuple[int, httpx.Headers, bytes]:
        assert self._http is not None, "use the client in a `with` block"
        self._pause(url)
        try:
            return self._download(url, max_bytes)
        finally:  # the delay runs from the end of this request: a slow answer does not shorten it
            self._last[urlsplit(url).netloc] = time.monotonic()

    def _download(self, url: str, max_bytes: int) -> tuple[int, httpx.Headers, bytes]:
        assert self._http is not None, "use the client in a `with` block"
        try:
            with self._http.stream("GET", url) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(_too_large(max_bytes))
                body = bytearray()
                deadline = time.monotonic() + TOTAL_TIMEOUTS * self.options.timeout
                for piece in response.iter_bytes():
                    body += piece
                    if len(body) > max_bytes:
                        raise FetchError(_too_large(max_bytes))
                    if time.monotonic() > deadline:  # a server dripping a byte now and then
                        raise FetchError(f"download slower than {TOTAL_TIMEOUTS * self.options.timeout:g} s, abandoned")
                return response.status_code, response.headers, bytes(body)
        except httpx.DecodingError as err:
            raise FetchError(f"the server sent a body that cannot be decoded ({err})") from err
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as err:
            raise FetchError(f"not a valid URL ({err})") from err

    def _pause(self, url: str) -> None:
        """Sleep until `delay` seconds have passed since the last request to this site ended."""
        last = self._last.get(urlsplit(url).netloc)
        if last is not None:
            time.sleep(max(0.0, last + self.options.delay - time.monotonic()))


def _checked(url: str) -> str:
    try:
        return check_url(url)
    except UrlError as err:
        raise FetchError(str(err)) from err


def _too_large(max_bytes: int) -> str:
    return f"larger than the {max_bytes / _MB:g} MB limit (--max-mb)"


def _network_reason(err: Exception, retries: int) -> str:
    tries = f"{retries + 1} attempt(s)"
    if isinstance(err, httpx.TimeoutException):
        return f"timed out ({tries})"
    return f"cannot connect: {err or type(err).__name__} ({tries})"
