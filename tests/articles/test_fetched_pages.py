"""Pages saved by `fetch`: the sidecar gives the URL, the page gives the date, sidecars are not articles."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.articles.reader import read_articles
from pipeline.fetch.sidecar import sidecar_text
from tests.web_pages import ARTICLE

FETCHED = "2025-11-20T10:00:00+00:00"


def save(folder, name: str, body: bytes, *, fetched_at: str = FETCHED):
    page = folder / "web" / "exemple.fr" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_bytes(body)
    meta = sidecar_text(
        url="https://exemple.fr/a",
        final_url="https://exemple.fr/monde/a",
        fetched_at=fetched_at,
        status=200,
        content_type="text/html; charset=utf-8",
    )
    page.with_suffix(".meta.json").write_text(meta, encoding="utf-8")
    return page


def test_fetched_page_url_comes_from_the_sidecar_and_date_from_the_page(tmp_path):
    save(tmp_path, "a.html", ARTICLE.format(published="2025-11-18T09:30:00+01:00").encode("utf-8"))
    [article] = list(read_articles(tmp_path))  # the .meta.json beside it is not an article
    assert article.id == "web/exemple.fr/a.html"
    assert article.url == "https://exemple.fr/monde/a"  # not the page's og:url
    assert article.published == date(2025, 11, 18)  # from the page, never the fetch time
    assert article.author == "Lucie Ferrand"


@pytest.mark.parametrize(
    "published, expected",
    [
        ("2025-11-20", date(2025, 11, 20)),  # published the day it was fetched
        ("2025-11-21", None),  # after the fetch: the page's claim is wrong
        ("2099-01-01", None),
    ],
)
def test_fetched_page_date_after_the_fetch_is_dropped(tmp_path, published, expected):
    save(tmp_path, "a.html", ARTICLE.format(published=published).encode("utf-8"))
    [article] = list(read_articles(tmp_path))
    assert article.published == expected


def test_fetched_page_declared_encoding_is_not_trusted(tmp_path):
    html = ARTICLE.format(published="2025-11-18").replace("Rome entre", "Rome, l'été, entre")
    save(tmp_path, "a.html", html.encode("cp1252"))  # declares UTF-8 in <meta charset>
    [article] = list(read_articles(tmp_path))
    assert "l'été" in article.text and "\ufffd" not in article.text


def test_page_without_sidecar_is_read_as_before(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE.format(published="2025-11-18"), encoding="utf-8")
    [article] = list(read_articles(tmp_path))
    assert article.url == "https://ailleurs.example/une-autre-adresse"
