"""Reading data/raw into Article records: formats, metadata, encodings, duplicates and bad input."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from pipeline import config
from pipeline.articles import formats as article_formats
from pipeline.articles.metadata import _date_line, parse_published, strip_footer, text_metadata
from pipeline.articles.reader import read_articles, record_for
from pipeline.schema import Article, ArticleRecord

BODY = (
    "Les ministres des Affaires étrangères se sont entretenus mardi soir par téléphone.\n"
    "Aucun accord n’a été annoncé à l’issue de cet échange, selon un communiqué du ministère."
)


def write(folder: Path, rel: str, content: str | bytes) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read_one(folder: Path) -> Article | ArticleRecord:
    items = list(read_articles(folder))
    assert len(items) == 1, items
    return items[0]


# --- publication dates from metadata strings -------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-10-24", date(2025, 10, 24)),
        ("2025-10-24T10:00:00Z", date(2025, 10, 24)),
        ("2025-10-24T23:30:00-05:00", date(2025, 10, 24)),
        ("24/10/2025", date(2025, 10, 24)),
        ("3.3.2024", date(2024, 3, 3)),
        ("24 octobre 2025", date(2025, 10, 24)),
        ("1er février 2024", date(2024, 2, 1)),
        ("Publié le 3 mars 2024", date(2024, 3, 3)),
        ("Publié le lundi 12 août 2024 à 18h05", date(2024, 8, 12)),
        ("Mon, 20 Oct 2025 08:00:00 GMT", date(2025, 10, 20)),
        ("October 24, 2025", date(2025, 10, 24)),
        ("24/10/25", date(2025, 10, 24)),
        ("octobre 2025", None),
        ("2025", None),
        ("hier", None),
        ("le 3 mars", None),
        ("31/02/2024", None),
        ("", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


# --- metadata and text of .txt files -----------------------------------------------------------

TXT_CASES = [
    # (content, title, author, published, text start, text end)
    pytest.param(
        "Un entretien téléphonique sans résultat\npar Jeanne Morel 12 novembre 2025\n\n" + BODY,
        "Un entretien téléphonique sans résultat",
        "Jeanne Morel",
        date(2025, 11, 12),
        "Un entretien téléphonique",
        "communiqué du ministère.",
        id="title-and-byline-with-date",
    ),
    pytest.param(
        "Par Marie Curie, le 3 mars 2024\n" + BODY,
        None,
        "Marie Curie",
        date(2024, 3, 3),
        "Par Marie Curie",
        "du ministère.",
        id="byline-comma-le",
    ),
    pytest.param(
        "Grève à la raffinerie\nPublié le 3 mars 2024 à 10h30, modifié le 4 mars 2024 à 8h12\n" + BODY,
        "Grève à la raffinerie",
        None,
        date(2024, 3, 3),
        "Grève à la raffinerie",
        "du ministère.",
        id="published-before-modified",
    ),
    pytest.param(
        "Sommet reporté\nMis à jour le 5 mars 2024\nLe sommet prévu le 1er janvier 2020 a été reporté.\n" + BODY,
        "Sommet reporté",
        None,
        date(2024, 3, 5),
        "Sommet reporté",
        "du ministère.",
        id="updated-line",
    ),
    pytest.param(
        "Sanctions contre trois banques\n2025-06-30\n" + BODY,
        "Sanctions contre trois banques",
        None,
        date(2025, 6, 30),
        "Sanctions",
        "du ministère.",
        id="iso-date-alone",
    ),
    pytest.param(
        "Accord commercial en vue\nDécryptage – 7 février 2025\n" + BODY,
        "Accord commercial en vue",
        None,
        date(2025, 2, 7),
        "Accord commercial",
        "du ministère.",
        id="rubric-dash-date-line",
    ),
    pytest.param(
        "Rencontre à Genève\n24/10/2025\n" + BODY,
        "Rencontre à Genève",
        None,
        date(2025, 10, 24),
        "Rencontre",
        "du ministère.",
        id="numeric-date-alone",
    ),
    pytest.param(
        "Les deux délégations se sont retrouvées à Oslo, après des semaines de silence, et ont promis de "
        "poursuivre leurs discussions techniques sur les échanges de prisonniers avant la fin de l’hiver, "
        "sans toutefois fixer de calendrier précis ni de lieu\npar Paul Martin 2 avril 2025\n" + BODY,
        None,
        "Paul Martin",
        date(2025, 4, 2),
        "Les deux délégations",
        "du ministère.",
        id="long-first-paragraph-not-title",
    ),
    pytest.param(
        "Le président a reçu son homologue.\n" + BODY,
        None,
        None,
        None,
        "Le président a reçu",
        "du ministère.",
        id="first-line-sentence-not-title",
    ),
    pytest.param(
        BODY + "\nLe 14 juillet 2023, un défilé a eu lieu.\n" * 20,
        None,
        None,
        None,
        "Les ministres",
        "un défilé a eu lieu.",
        id="body-dates-are-not-published",
    ),
    pytest.param(
        "Accord sur le blé\n" + BODY + "\nPublié le 9 septembre 2024\nVues : 1 234\nPartager\n",
        "Accord sur le blé",
        None,
        date(2024, 9, 9),
        "Accord sur le blé",
        "Publié le 9 septembre 2024",
        id="date-line-at-end-then-footer",
    ),
    pytest.param(BODY + "\nViews: 100\n\n\n", None, None, None, "Les ministres", "du ministère.", id="views-footer"),
    pytest.param(
        BODY + "\nLire aussi :\nLa visite du chancelier à Varsovie\nPartager sur Facebook\n",
        None,
        None,
        None,
        "Les ministres",
        "du ministère.",
        id="read-also-footer",
    ),
    pytest.param(
        "Par Washington, cette décision est vue comme une provocation.\n" + BODY,
        None,
        None,
        None,
        "Par Washington",
        "du ministère.",
        id="par-sentence-is-not-byline",
    ),
    pytest.param(
        "Négociations\nAuteur : Luc Fabre\n" + BODY,
        "Négociations",
        "Luc Fabre",
        None,
        "Négociations",
        "du ministère.",
        id="author-label",
    ),
]


@pytest.mark.parametrize("content, title, author, published, start, end", TXT_CASES)
def test_txt_metadata_and_text(tmp_path, content, title, author, published, start, end):
    write(tmp_path, "a.txt", content)
    article = read_one(tmp_path)
    assert isinstance(article, Article)
    assert (article.id, article.path) == ("a.txt", "a.txt")
    assert (article.title, article.author, article.published) == (title, author, published)
    assert article.text.startswith(start)
    assert article.text.endswith(end)


def test_txt_text_is_unchanged_apart_from_line_ends_bom_and_footer(tmp_path):
    raw = "\ufeffTitre court\r\npar Jeanne Morel 12 novembre 2025\r\n\r\n  " + BODY + "\rVues : 12\r\n"
    write(tmp_path, "a.txt", raw)
    article = read_one(tmp_path)
    assert article.text == "Titre court\npar Jeanne Morel 12 novembre 2025\n\n  " + BODY


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Texte.\nPartager", "Texte."),
        ("Texte.\nVues : 1 234\nPartager\n\n", "Texte."),
        ("Texte.\n12 commentaires", "Texte."),
        ("Texte.\nTags : diplomatie, Ukraine", "Texte."),
        ("Texte.\n© Le Courrier du Rhône 2024", "Texte."),
        ("Texte.\nÀ lire aussi\nLe sommet de Vilnius\nLa réponse de Pékin", "Texte."),
        ("Texte.\nLe ministre veut partager les coûts.", "Texte.\nLe ministre veut partager les coûts."),
    ],
)
def test_strip_footer(text, expected):
    assert strip_footer(text) == expected


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("(Dépêche du 12 septembre 2023)", date(2023, 9, 12)),
        ("(Article paru le 3 mars 2024.)", date(2024, 3, 3)),
        ("[Mis en ligne le 4 mai 2022 à 10h15]", date(2022, 5, 4)),
        ("(Reuters, 9 juin 2021)", date(2021, 6, 9)),
        ("(Le 12 septembre 2023, le port a rouvert.)", None),
        ("(Photo prise le 12 septembre 2023)", None),
    ],
)
def test_closing_line_in_brackets_dates_the_article(closing, expected):
    text = "Le port rouvre\n\nLe trafic a repris mardi dans le port de la ville.\n\n" + closing
    assert text_metadata(text).published == expected


@pytest.mark.parametrize(
    "line, rank",
    [("Mis en ligne le 4 mai 2022", 1), ("Mis à jour le 5 mai 2022", 3), ("Publié le 3 mars 2024", 1)],
)
def test_first_publication_ranks_before_an_update(line, rank):
    assert _date_line(line)[1] == rank


def test_text_metadata_searches_only_header_and_trailer():
    lines = [f"Paragraphe numéro {i} sans date particulière." for i in range(30)]
    lines[20] = "Publié le 3 mars 2024"
    assert text_metadata("\n".join(lines)).published is None
    lines[-1] = "Publié le 3 mars 2024"
    assert text_metadata("\n".join(lines)).published == date(2024, 3, 3)


# --- encodings --------------------------------------------------------------------------------

FRENCH = "L’œuvre coûtait 12 € : « élevé », a jugé l’économiste à Noël, déçu."


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(FRENCH.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), id="utf-8-bom"),
        pytest.param(FRENCH.encode("cp1252"), id="cp1252"),
        pytest.param(FRENCH.replace("\n", "\r\n").encode("utf-16"), id="utf-16-bom"),
    ],
)
def test_encodings_decoded(tmp_path, raw):
    write(tmp_path, "a.txt", raw)
    assert read_one(tmp_path).text == FRENCH


def test_utf8_with_one_corrupt_byte_stays_utf8(tmp_path):
    text = "Le député a été élu à Besançon après une campagne très disputée."
    write(tmp_path, "a.txt", text.encode("utf-8") + b" Fin\xe9.")
    assert read_one(tmp_path).text == text + " Fin\ufffd."


def test_latin1_decoded(tmp_path):
    text = "Le député a été élu à Besançon après une campagne très disputée."
    write(tmp_path, "a.txt", text.encode("latin-1"))
    assert read_one(tmp_path).text == text


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rel, content, expected_id, error",
    [
        ("vide.txt", b"", "vide.txt", "empty file"),
        ("blancs.txt", b"  \r\n\n ", "blancs.txt", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt", "binary file, not text"),
        ("bruit.txt", bytes(range(1, 32)) * 20 + b"Texte", "bruit.txt", "binary file, not text"),
        ("court.txt", "Vu à Lyon.".encode(), "court.txt", "too little text (7 letters, at least 20 needed)"),
        (
            "casse.json",
            b'{"text": "Le ministre',
            "casse.json",
            "invalid JSON: Unterminated string starting at (line 1, column 10)",
        ),
        (
            "sans_texte.json",
            b'{"title": "Un titre", "date": "2024-03-03"}',
            "sans_texte.json",
            'no article text (no "text", "content" or "body" field)',
        ),
        ("liste.json", b'"juste une phrase"', "liste.json", "JSON value is not an article object (found str)"),
        (
            "menu.html",
            b"<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>",
            "menu.html",
            "no article text found in the HTML page",
        ),
        ("vide.jsonl", b"\n\n", "vide.jsonl", "empty file"),
        (
            "boutons.txt",
            b"Partager\nVues : 3\n",
            "boutons.txt",
            "too little text (0 letters, at least 20 needed)",
        ),
    ],
)
def test_bad_input_is_an_error_record(tmp_path, rel, content, expected_id, error):
    write(tmp_path, rel, content)
    record = read_one(tmp_path)
    assert record == ArticleRecord(
        id=expected_id, path=rel, title=None, author=None, published=None, chars=0, status="error", error=error
    )


def test_file_too_large_is_refused_before_reading(tmp_path):
    path = tmp_path / "enorme.txt"
    with path.open("wb") as handle:  # sparse file: no 52 MB written to disk
        handle.truncate(int(52.4 * 1024 * 1024) + 1)
    assert read_one(tmp_path).error == "file too large (52.4 MB > 20 MB limit)"


def test_unreadable_file_is_an_error_record(tmp_path):
    path = write(tmp_path, "secret.txt", BODY)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        record = read_one(tmp_path)
        assert (record.id, record.error) == ("secret.txt", "cannot read file: permission denied")
    finally:
        path.chmod(0o644)


def test_permission_denied_while_reading_is_an_error_record(tmp_path, monkeypatch):
    """The same check as above, also when the tests run as root (who can read a chmod 000 file)."""
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "secret.txt", BODY + " Secret.")
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(read_articles(tmp_path))
    assert [(i.id, getattr(i, "error", None)) for i in items] == [
        ("a.txt", None),
        ("secret.txt", "cannot read file: permission denied"),
    ]


def test_unreadable_folder_is_an_error_record(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "prive/b.txt", BODY + " Privé.")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "prive":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_articles(tmp_path))
    assert [(i.id, getattr(i, "error", None)) for i in items] == [
        ("a.txt", None),
        ("prive", "cannot read folder: permission denied"),
    ]


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "a.json", "{pas du json")
    write(tmp_path, "b.txt", BODY)
    items = list(read_articles(tmp_path))
    assert [(type(i).__name__, i.id) for i in items] == [("ArticleRecord", "a.json"), ("Article", "b.txt")]


# --- JSON and JSON Lines ----------------------------------------------------------------------


def test_jsonl_ids_blank_and_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "depeche-1",
                "title": "Appel entre Paris et Rome",
                "text": BODY,
                "date": "2025-10-24T10:00:00Z",
                "url": "https://exemple.fr/1",
                "source": "Exemple",
                "author": "Anne Roux",
            }
        ),
        "",
        '{"text": "Le ministre a',
        json.dumps(
            {
                "content": "Une rencontre a eu lieu à Berlin entre les deux chanceliers.",
                "published": "Mon, 20 Oct 2025 08:00:00 GMT",
            }
        ),
        json.dumps({"body": "Bref."}),
    ]
    write(tmp_path, "sub/feed.jsonl", "\r\n".join(lines) + "\r\n")
    items = list(read_articles(tmp_path))
    assert items[0] == Article(
        id="depeche-1",
        path="sub/feed.jsonl",
        text=BODY,
        title="Appel entre Paris et Rome",
        author="Anne Roux",
        published=date(2025, 10, 24),
        url="https://exemple.fr/1",
        source="Exemple",
    )
    assert (items[1].id, items[1].status, items[1].error) == (
        "sub/feed.jsonl#3",
        "error",
        "invalid JSON on line 3: Unterminated string starting at (column 10)",
    )
    assert (items[2].id, items[2].published, items[2].title) == ("sub/feed.jsonl#4", date(2025, 10, 20), None)
    assert (items[3].id, items[3].error) == ("sub/feed.jsonl#5", "too little text (4 letters, at least 20 needed)")
    assert len(items) == 4


@pytest.mark.parametrize(
    "obj, expected_id, title, published",
    [
        ({"id": 42, "text": BODY, "title": "Titre"}, "42", "Titre", None),
        ({"text": BODY, "pubDate": "24/10/2025"}, "d/a.json", None, date(2025, 10, 24)),
        (
            {"text": "Entretien à Rome\nPublié le 3 mars 2024\n" + BODY},
            "d/a.json",
            "Entretien à Rome",
            date(2024, 3, 3),
        ),
        (
            {"text": "Texte\nPublié le 3 mars 2024\n" + BODY, "date": "2025-01-02"},
            "d/a.json",
            "Texte",
            date(2025, 1, 2),
        ),
        ({"text": BODY, "published_at": 1729764000}, "d/a.json", None, date(2024, 10, 24)),
        ({"text": BODY, "date": "octobre 2025"}, "d/a.json", None, None),
    ],
)
def test_json_article(tmp_path, obj, expected_id, title, published):
    write(tmp_path, "d/a.json", json.dumps(obj))
    article = read_one(tmp_path)
    assert (article.id, article.path, article.title, article.published) == (expected_id, "d/a.json", title, published)


def test_json_list_gives_one_article_per_object(tmp_path):
    write(tmp_path, "lot.json", json.dumps([{"text": BODY}, {"text": BODY + " Fin.", "id": "x"}, {}]))
    items = list(read_articles(tmp_path))
    assert [(i.id, i.status if isinstance(i, ArticleRecord) else "ok") for i in items] == [
        ("lot.json#1", "ok"),
        ("x", "ok"),
        ("lot.json#3", "error"),
    ]


def test_same_id_with_different_text_is_an_error(tmp_path):
    write(
        tmp_path,
        "f.jsonl",
        json.dumps({"id": "a", "text": BODY}) + "\n" + json.dumps({"id": "a", "text": BODY + " Autre."}) + "\n",
    )
    items = list(read_articles(tmp_path))
    assert [i.id for i in items] == ["a", "a"]
    assert items[1].error == 'id "a" is already used by another article with a different text'


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Grève à Lyon | Le Courrier du Rhône</title>
<meta property="og:title" content="Grève des cheminots à Lyon">
<meta property="og:url" content="https://courrier-rhone.example/greve-lyon">
<meta property="og:site_name" content="Le Courrier du Rhône">
<meta name="author" content="Paul Martin">
<meta property="article:published_time" content="2024-03-05T08:15:00+01:00">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Grève des cheminots à Lyon</h1>
<p>Les syndicats de cheminots ont appelé à une grève de deux jours à partir de jeudi, a annoncé mardi la fédération.</p>
<p>La direction a proposé une rencontre lundi prochain avec les représentants du personnel.</p>
</article><footer>Mentions légales</footer></body></html>"""
PAGE_TEXT = (
    "Grève des cheminots à Lyon\nLes syndicats de cheminots ont appelé à une grève de deux jours à "
    "partir de jeudi, a annoncé mardi la fédération.\nLa direction a proposé une rencontre lundi "
    "prochain avec les représentants du personnel."
)


@pytest.mark.parametrize("trafilatura_works", [True, False], ids=["trafilatura", "lxml-fallback"])
def test_html_article(tmp_path, monkeypatch, trafilatura_works):
    if not trafilatura_works:
        monkeypatch.setattr(article_formats, "_trafilatura_fields", lambda html: None)
    write(tmp_path, "pages/greve.html", PAGE.encode("cp1252"))
    assert read_one(tmp_path) == Article(
        id="pages/greve.html",
        path="pages/greve.html",
        text=PAGE_TEXT,
        title="Grève des cheminots à Lyon",
        author="Paul Martin",
        published=date(2024, 3, 5),
        url="https://courrier-rhone.example/greve-lyon",
        source="Le Courrier du Rhône",
    )


def test_html_date_from_text_when_no_meta(tmp_path):
    page = (
        "<html><body><article><h1>Visite à Madrid</h1><p>Publié le 7 mai 2024</p>"
        "<p>Le roi a reçu le président portugais au palais royal pour un entretien.</p>"
        "</article></body></html>"
    )
    write(tmp_path, "v.htm", page)
    article = read_one(tmp_path)
    assert (article.title, article.published) == ("Visite à Madrid", date(2024, 5, 7))


# --- walking the folder and duplicates ----------------------------------------------------------


def test_walk_order_ids_and_ignored_files(tmp_path):
    write(tmp_path, "b.txt", BODY + " B")
    write(tmp_path, "a.TXT", BODY + " A")
    write(tmp_path, "sub/c.txt", BODY + " C")
    write(tmp_path, "sub/deeper/d.htm", PAGE)
    write(tmp_path, ".gitkeep", "")
    write(tmp_path, ".cache.txt", BODY)
    write(tmp_path, ".hidden/e.txt", BODY + " E")
    write(tmp_path, "notes.md", BODY)
    write(tmp_path, "image.png", b"\x89PNG\x00")
    assert [i.id for i in read_articles(tmp_path)] == ["a.TXT", "b.txt", "sub/c.txt", "sub/deeper/d.htm"]


def test_duplicates_yielded_once_with_every_id(tmp_path):
    write(tmp_path, "a.txt", BODY + "\n")
    write(tmp_path, "sub/b.txt", BODY.replace("\n", "\r\n") + "\r\nVues : 3\r\n")
    write(tmp_path, "c.txt", BODY + " Autre fin.")
    write(tmp_path, "z.jsonl", json.dumps({"id": "dep-7", "text": BODY}) + "\n")
    items = list(read_articles(tmp_path))
    assert [(i.id, i.duplicate_ids) for i in items] == [("a.txt", ("dep-7", "sub/b.txt")), ("c.txt", ())]


def test_missing_folder_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="input folder not found"):
        list(read_articles(tmp_path / "absent"))


def test_record_for():
    article = Article(id="a.txt", path="a.txt", text=BODY, title="T", author="A", published=date(2024, 1, 2))
    assert record_for(article) == ArticleRecord(
        id="a.txt", path="a.txt", title="T", author="A", published=date(2024, 1, 2), chars=len(BODY), status="ok"
    )
    assert record_for(article, "skipped", "duplicate").error == "duplicate"


def test_max_file_bytes_comes_from_config(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_FILE_BYTES", 1024 * 1024)
    write(tmp_path, "a.txt", "é" * (1024 * 1024))
    assert read_one(tmp_path).error == "file too large (2.0 MB > 1 MB limit)"


def test_a_single_file_can_be_read(tmp_path):
    path = write(tmp_path, "dossier/note.txt", "Brève\n" + BODY)
    assert [(a.id, a.path, a.title) for a in read_articles(path)] == [("note.txt", "note.txt", "Brève")]


@pytest.mark.parametrize(
    "obj, expected_id, title, published",
    [
        # an API envelope: the article is one level down, the wrapper's id still names it
        ({"id": "dep-9", "status": "ok", "article": {"body": BODY, "headline": "Appel"}}, "dep-9", "Appel", None),
        # two levels down, the date on the inner object
        ({"data": {"item": {"text": BODY, "date": "20/11/2023"}}}, "d/a.json", None, date(2023, 11, 20)),
        # schema.org NewsArticle fields
        (
            {"articleBody": BODY, "headline": "Titre", "datePublished": "2023-05-19"},
            "d/a.json",
            "Titre",
            date(2023, 5, 19),
        ),
        # WordPress REST: title and content are {"rendered": ...}
        ({"title": {"rendered": "Rencontre"}, "content": {"rendered": BODY}}, "d/a.json", "Rencontre", None),
    ],
)
def test_json_article_inside_an_envelope(tmp_path, obj, expected_id, title, published):
    write(tmp_path, "d/a.json", json.dumps(obj))
    article = read_one(tmp_path)
    assert (article.id, article.title, article.published, article.text) == (expected_id, title, published, BODY)


@pytest.mark.parametrize(
    "body, text",
    [
        (
            "<p>Le ministre a été reçu jeudi.</p><p>Il repart demain&nbsp;: l&#39;accord attendra.</p>",
            "Le ministre a été reçu jeudi.\nIl repart demain : l'accord attendra.",
        ),
        (
            "<div>Deux frappes ont visé le port.<br/>Aucune victime n'est signalée.</div>",
            "Deux frappes ont visé le port.\nAucune victime n'est signalée.",
        ),
        (
            "<p>Les dirigeants se sont parlé.</p><figure><img src='x.jpg'>"
            "<figcaption>Lors de leur rencontre de 2019.</figcaption></figure><p>Sans accord.</p>",
            "Les dirigeants se sont parlé.\nSans accord.",
        ),
        # a text with a lone `<` is not markup
        ("Les échanges ont baissé (< 5 %) depuis le 3 mars.", "Les échanges ont baissé (< 5 %) depuis le 3 mars."),
    ],
)
def test_json_text_in_html_is_read_as_plain_text(tmp_path, body, text):
    write(tmp_path, "d/a.json", json.dumps({"text": body}))
    assert read_one(tmp_path).text == text


def test_short_html_page_keeps_one_line_per_block(tmp_path):
    # A short live page: trafilatura's fallback would join the headline, the timestamps and the
    # posts into one sentence, giving the first post the headline as its subject.
    page = (
        '<html><head><meta property="article:published_time" content="2024-06-03T07:00:00+02:00"></head><body>'
        "<article><h1>En direct : tensions en mer de Chine</h1>"
        '<div class="post"><time datetime="2024-06-03T06:10:00+02:00">06h10</time>'
        "<p>Un navire chinois a heurté un bateau philippin près d'un récif, selon Manille.</p></div>"
        '<div class="post"><time datetime="2024-06-03T06:40:00+02:00">06h40</time>'
        "<p>Le ministre philippin de la Défense a appelé son homologue américain.</p></div>"
        "</article></body></html>"
    )
    write(tmp_path, "direct.html", page)
    article = read_one(tmp_path)
    assert (article.text, article.published) == (
        "En direct : tensions en mer de Chine\n"
        "Un navire chinois a heurté un bateau philippin près d'un récif, selon Manille.\n"
        "Le ministre philippin de la Défense a appelé son homologue américain.",
        date(2024, 6, 3),
    )
