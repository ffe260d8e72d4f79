"""Hostile URLs: only http/https, and file names that never leave data/raw/web/."""

from __future__ import annotations

import pytest

from pipeline.fetch.urls import UrlError, check_url, page_path, page_slug, site_name


@pytest.mark.parametrize(
    "url, reason",
    [
        ("file:///etc/passwd", "only http and https URLs are fetched, not 'file'"),
        ("ftp://exemple.fr/rapport.txt", "only http and https URLs are fetched, not 'ftp'"),
        ("javascript:alert(1)", "only http and https URLs are fetched, not 'javascript'"),
        ("data:text/html,<p>salut</p>", "only http and https URLs are fetched, not 'data'"),
        ("/articles/rome.html", "only http and https URLs are fetched, not 'a bare path'"),
        ("http://", "no host name in the URL"),
        ("http://..:80/", "invalid host name '..'"),
        ("https://exemple.fr/a b", "spaces or control characters in the URL"),
        ("https://exemple.fr/a\x00b", "spaces or control characters in the URL"),
    ],
)
def test_only_http_and_https_urls_are_fetched(url, reason):
    with pytest.raises(UrlError, match="^" + reason.replace("(", r"\(").replace(")", r"\)")):
        check_url(url)


def test_check_url_drops_the_fragment_and_lowers_the_host():
    assert check_url("HTTPS://Exemple.FR/Monde/Article.html?id=3#commentaires") == (
        "https://exemple.fr/Monde/Article.html?id=3"
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://exemple.fr/../../../../etc/passwd",
        "http://exemple.fr/%2e%2e/%2e%2e/%2e%2e/etc/cron.d/x",
        "http://exemple.fr/..%2f..%2f..%2fhome",
        "http://exemple.fr//etc/passwd",
        "http://exemple.fr/" + "tres-long-" * 300,
        "http://exemple.fr/%00%0a%ff/%c3%a9t%c3%a9?q=<script>",
        "http://..:80/",
        "http://xn--gnve-bpa.example/monde/article",
        "http://exemple.fr/.htaccess",
        "http://exemple.fr/",
    ],
)
def test_page_path_never_leaves_the_web_folder(tmp_path, url):
    path = page_path(tmp_path, url)
    root = (tmp_path / "web").resolve()
    assert path.parent.parent == root
    assert len(path.name) <= 100 and not path.name.startswith(".")
    assert all(ch.isalnum() or ch in "._-" for ch in path.parent.name + path.name)


@pytest.mark.parametrize(
    "url, site, slug",
    [
        ("https://exemple.fr/monde/sommet-de-geneve.html", "exemple.fr", "monde-sommet-de-geneve"),
        ("http://127.0.0.1:8000/articles/rome.html", "127.0.0.1_8000", "articles-rome"),
        ("https://exemple.fr/", "exemple.fr", "index"),
        ("https://exemple.fr/l%C3%A9t%C3%A9", "exemple.fr", "l-t"),
    ],
)
def test_page_names_are_readable(url, site, slug):
    assert site_name(url) == site
    assert page_slug(url).rsplit("-", 1)[0] == slug


def test_two_urls_of_one_path_get_two_files():
    assert page_slug("https://exemple.fr/article?id=1") != page_slug("https://exemple.fr/article?id=2")
