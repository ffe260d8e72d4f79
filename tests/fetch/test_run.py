"""`fetch` against the local test site: saved pages and sidecars, redirects, errors, politeness."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pipeline.cli import main
from pipeline.fetch.http import USER_AGENT
from pipeline.fetch.run import fetch_all, read_url_list
from pipeline.fetch.urls import page_path


def fetch(site, raw, paths, options, **kwargs):
    return fetch_all([site.url(p) for p in paths], raw, options=options, **kwargs)


def test_fetch_saves_the_page_as_received_with_its_sidecar(site, tmp_path, options):
    summary = fetch(site, tmp_path, ["/articles/rome.html"], options)
    [(url, path)] = summary.saved
    assert path == page_path(tmp_path, url)
    assert path.parent == (tmp_path / "web" / site.base.removeprefix("http://").replace(":", "_")).resolve()
    assert path.read_bytes() == site.routes["/articles/rome.html"][2]
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["url"] == meta["final_url"] == url
    assert (meta["status"], meta["content_type"]) == (200, "text/html; charset=utf-8")
    assert meta["fetched_at"].endswith("+00:00")
    assert {ua for _, _, ua in site.requests} == {USER_AGENT}


def test_fetch_follows_a_redirect_and_records_the_final_url(site, tmp_path, options):
    [(url, path)] = fetch(site, tmp_path, ["/ancien"], options).saved
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert (meta["url"], meta["final_url"]) == (site.url("/ancien"), site.url("/articles/rome.html"))


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/absente.html", "page not found (HTTP 404)"),
        ("/rapport.pdf", "a PDF, not a web page: download it into data/raw/ to read it as a report"),
        ("/image.png", "binary content (image/png), not a web page"),
        ("/connexion", "a login page, not an article"),
        ("/vers-connexion", "a login page, not an article"),
        ("/gros.html", "larger than the 0.0953674 MB limit (--max-mb)"),  # Content-Length says so
        ("/sans-longueur.html", "larger than the 0.0953674 MB limit (--max-mb)"),  # found while reading
        ("/boucle", "more than 5 redirects"),
        ("/vers-fichier", "only http and https URLs are fetched, not 'file'"),
        ("/prive/note.html", "disallowed by the site's robots.txt (--ignore-robots to fetch anyway)"),
    ],
)
def test_fetch_reports_what_is_not_an_article_and_saves_nothing(site, tmp_path, options, path, reason):
    summary = fetch(site, tmp_path, [path], options)
    assert summary.failed == [(site.url(path), reason)]
    assert not summary.saved and not (tmp_path / "web").exists()


def test_fetch_gives_up_on_a_slow_page_after_its_retries(site, tmp_path, options):
    summary = fetch(site, tmp_path, ["/lent.html"], replace(options, timeout=0.3))
    assert summary.failed == [(site.url("/lent.html"), "timed out (2 attempt(s))")]
    assert len(site.hits("/lent.html")) == 2


def test_fetch_abandons_a_page_that_drips(site, tmp_path, options):
    summary = fetch(site, tmp_path, ["/goutte.html"], replace(options, timeout=0.3, retries=0))
    assert summary.failed == [(site.url("/goutte.html"), "download slower than 1.2 s, abandoned")]


def test_fetch_retries_a_server_error(site, tmp_path, options):
    assert len(fetch(site, tmp_path, ["/instable.html"], options).saved) == 1
    assert len(site.hits("/instable.html")) == 2  # 503, then 200


def test_fetch_ignore_robots(site, tmp_path, options):
    summary = fetch(site, tmp_path, ["/prive/note.html"], replace(options, respect_robots=False))
    assert len(summary.saved) == 1 and not site.hits("/robots.txt")


def test_fetch_does_not_download_a_saved_url_again_unless_refresh(site, tmp_path, options):
    fetch(site, tmp_path, ["/articles/rome.html"], options)
    again = fetch(site, tmp_path, ["/articles/rome.html"], options)
    assert [url for url, _ in again.known] == [site.url("/articles/rome.html")] and not again.saved
    assert len(site.hits("/articles/rome.html")) == 1
    assert len(fetch(site, tmp_path, ["/articles/rome.html"], options, refresh=True).saved) == 1
    assert len(site.hits("/articles/rome.html")) == 2


def test_fetch_waits_between_two_requests_to_one_site(site, tmp_path, options):
    fetch(site, tmp_path, ["/articles/rome.html", "/articles/geneve.html"], replace(options, delay=0.4))
    [first], [second] = site.hits("/articles/rome.html"), site.hits("/articles/geneve.html")
    assert second - first >= 0.39


def test_fetch_rss_and_atom_feeds_fetch_each_item_once(site, tmp_path, options):
    summary = fetch_all([], tmp_path, feeds=[site.url("/fil.rss"), site.url("/fil.atom")], options=options)
    assert sorted(url for url, _ in summary.saved) == [
        site.url("/articles/geneve.html"),
        site.url("/articles/rome.html"),
    ]
    assert not summary.failed


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/pas-un-fil", "feed: not an RSS or Atom feed: the response is not XML"),
        ("/bombe.xml", "feed: feed refused: it declares XML entities or external references (EntitiesForbidden)"),
        ("/absente.xml", "feed: page not found (HTTP 404)"),
    ],
)
def test_fetch_bad_feed_is_one_clear_line(site, tmp_path, options, path, reason):
    summary = fetch_all([], tmp_path, feeds=[site.url(path)], options=options)
    [(url, message)] = summary.failed
    assert url == site.url(path) and message.startswith(reason)


def test_url_list_skips_comments_and_blank_lines(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# à lire\nhttps://a.example/un\n\n  https://a.example/deux  # le second\n", encoding="utf-8")
    assert read_url_list(listing) == ["https://a.example/un", "https://a.example/deux"]


def test_cli_fetch_prints_a_summary(site, tmp_path, capsys):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site.url('/articles/rome.html')}\n{site.url('/absente.html')}\n", encoding="utf-8")
    argv = ["fetch", "--urls", str(listing), "--raw", str(tmp_path / "raw"), "--delay", "0", "--retries", "0"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("fetch: 1 saved, 0 skipped (already saved), 1 failed\n")
    assert f"  failed: {site.url('/absente.html')}: page not found (HTTP 404)" in out


def test_cli_fetch_refuses_other_schemes(tmp_path, capsys):
    assert main(["fetch", "file:///etc/passwd", "--raw", str(tmp_path)]) == 1
    assert "only http and https URLs are fetched, not 'file'" in capsys.readouterr().out
