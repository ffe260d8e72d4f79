"""PDF reports: reading order, hyphenation, running headers and page numbers, metadata, scans."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.articles.formats import read_file
from pipeline.articles.pdf import join_lines, pdf_text
from pipeline.schema import Article, ArticleRecord
from tests.articles.pdf_fixtures import AUTHOR, HEADER, TITLE, note_pdf, scanned_pdf

NOTE_TEXT = (
    f"{TITLE}\n\n"
    "Le ministre norvégien des Affaires étrangères a rencontré son homologue suisse à Genève le 4 mars 2025. "
    "Les deux responsables ont évoqué la reprise des négociations entre les parties, suspendues depuis "
    "l'automne.\n\n"
    "Selon la délégation norvégienne, aucun calendrier n'a été fixé pour une nouvelle rencontre, mais les "
    "contacts techniques se poursuivent.\n\n"
    "La première colonne rappelle le contexte : les combats ont repris au printemps et plusieurs villes ont "
    "été évacuées.\n\n"
    "La seconde colonne décrit la suite : le lendemain, Emmanuel Macron s'est entretenu par téléphone avec "
    "Volodymyr Zelensky."
)


def read_one(path) -> Article | ArticleRecord:
    [item] = list(read_file(path, path.name))
    return item


def test_pdf_text_in_reading_order_without_headers_and_page_numbers(tmp_path):
    article = read_one(note_pdf(tmp_path / "note.pdf"))
    assert isinstance(article, Article)
    assert article.text == NOTE_TEXT  # columns one after the other, `négo-ciations` joined
    assert HEADER not in article.text and "Page 1" not in article.text


def test_pdf_metadata_title_author_and_creation_date(tmp_path):
    article = read_one(note_pdf(tmp_path / "note.pdf"))
    assert (article.title, article.author, article.published) == (TITLE, AUTHOR, date(2025, 3, 10))


@pytest.mark.parametrize(
    "creation, expected",
    [
        ("D:20240229", date(2024, 2, 29)),
        ("D:20251340", None),  # no such day
        ("hier", None),
    ],
)
def test_pdf_creation_date_is_checked(tmp_path, creation, expected):
    assert read_one(note_pdf(tmp_path / "note.pdf", date=creation)).published == expected


def test_pdf_text_is_what_offsets_refer_to(tmp_path):
    path = note_pdf(tmp_path / "note.pdf")
    assert pdf_text(path) == read_one(path).text


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["les négo-", "ciations reprennent"], "les négociations reprennent"),  # a word cut at the line end
        (["le porte-", "parole du ministère"], "le porte-parole du ministère"),  # a compound keeps its hyphen
        (["un cessez-", "le-feu durable"], "un cessez-le-feu durable"),
        (["Jean-", "Pierre Martin"], "Jean-Pierre Martin"),  # a capital: a compound name
        (["peut-", "être demain"], "peut-être demain"),
        (["une négo\u00ad", "ciation"], "une négociation"),  # soft hyphen
        (["deux lignes", "sans coupure"], "deux lignes sans coupure"),
    ],
)
def test_pdf_hyphenation_at_line_ends(lines, expected):
    assert join_lines(lines) == expected


def test_scanned_pdf_is_reported_as_such(tmp_path):
    record = read_one(scanned_pdf(tmp_path / "scan.pdf"))
    assert isinstance(record, ArticleRecord) and record.status == "error"
    assert record.error.startswith("scanned PDF without a text layer (1 page(s) of images)")


def test_damaged_pdf_is_reported(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    record = read_one(path)
    assert record.status == "error" and record.error.startswith("not a readable PDF")


def test_encrypted_pdf_is_reported(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), encrypt="motdepasse")
    canvas.drawString(72, 700, "Un texte confidentiel sur les négociations de paix en cours.")
    canvas.save()
    record = read_one(path)
    assert record.status == "error" and record.error.startswith("encrypted PDF")


@pytest.mark.slow
def test_pdf_event_offsets_index_the_extracted_text(tmp_path, nlp):
    from pipeline.nlp.pipeline import parse_articles
    from pipeline.nlp.records import article_result

    path = note_pdf(tmp_path / "note.pdf")
    article = read_one(path)
    result = article_result(article, next(parse_articles(nlp, [article]))[1])
    text = pdf_text(path)
    [call] = [e for e in result.events if e.event_type == "call"]
    assert text[call.sent_start : call.sent_end].rstrip() == call.evidence
    assert call.evidence.startswith("La seconde colonne décrit la suite")
    assert call.date is not None and call.date.start == date(2025, 3, 5)  # the day after the 4 March meeting
