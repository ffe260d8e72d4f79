"""Long documents: paragraph-aligned chunks, offsets relative to the whole text, one article.

The long text is built here from paragraphs written for this test (a fictitious report): a person
named in full in the first chunk, a date in the second-to-last chunk, and in the last chunk a call
by that person's surname alone, dated `le lendemain`.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.chunks import chunk_bounds
from pipeline.nlp.pipeline import parse_articles
from pipeline.nlp.records import article_result
from pipeline.schema import Article

FILLER = (
    "Les analystes du centre notent que les échanges commerciaux de la région ont reculé au cours de "
    "l'année, tandis que les coûts de l'énergie pesaient sur les ménages et sur les petites entreprises."
)
OPENING = "Le diplomate norvégien Henrik Solbakken a été nommé médiateur pour les pourparlers de paix."
DATED = "Le 3 mars 2025, les délégations se sont séparées sans accord."
CALL = "Le lendemain, Solbakken s'est entretenu par téléphone avec Emmanuel Macron."


def long_text(paragraphs: int) -> str:
    body = [OPENING] + [f"Section {n}. {FILLER}" for n in range(paragraphs)] + [DATED, CALL]
    return "\n\n".join(body) + "\n"


@pytest.mark.parametrize(
    "text, size, expected",
    [
        ("aaaa\n\nbbbb\n\ncccc", 7, [(0, 6), (6, 12), (12, 16)]),  # after each blank line
        ("aaaa bb\ncc\n\ndd", 13, [(0, 12), (12, 14)]),  # a paragraph break beats a line break
        ("un deux. trois quatre", 12, [(0, 9), (9, 21)]),  # a sentence end when no line break
        ("abcdefghij", 4, [(0, 4), (4, 8), (8, 10)]),  # no break at all: cut hard
        ("court", 100, [(0, 5)]),
        ("", 10, [(0, 0)]),
    ],
)
def test_chunks_end_after_the_best_break(text, size, expected):
    assert chunk_bounds(text, size) == expected


def test_chunks_cover_the_text_and_stay_under_the_limit():
    text = long_text(300)
    bounds = chunk_bounds(text, 2_000)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(e - s <= 2_000 for s, e in bounds)
    assert all(text[e - 2 : e] == "\n\n" for _, e in bounds[:-1])  # every cut at a paragraph break


def test_chunks_refuse_a_size_of_zero():
    with pytest.raises(ValueError, match="chunk size"):
        chunk_bounds("texte", 0)


@pytest.mark.slow
def test_long_document_is_one_article_with_whole_text_offsets(nlp, monkeypatch):
    text = long_text(60)  # ~14,000 characters
    monkeypatch.setattr(nlp, "max_length", 3_000)  # spaCy would refuse it whole (E088)
    article = Article(id="rapport", path="rapport.txt", text=text, published=date(2025, 3, 10))
    [(_, doc)] = list(parse_articles(nlp, [article]))
    assert doc.text == text
    result = article_result(article, doc)
    [call] = [e for e in result.events if e.event_type == "call"]
    start = text.index(CALL)
    assert start > len(text) - 3_000  # in the last chunk
    assert call.sent_start == start
    assert text[call.sent_start : call.sent_end].rstrip() == call.evidence == CALL
    assert text[call.trigger_start : call.trigger_end] == call.trigger
    assert call.trigger_start > start
    # the surname alone resolves to the person named in the first chunk
    assert "person:henrik-solbakken" in call.actors
    # `le lendemain` anchors on the previous chunk's date
    assert call.date is not None and call.date.start == date(2025, 3, 4)
    assert (call.date.char_start, call.date.char_end) == (start, start + len("Le lendemain"))
    solbakken = [m for m in result.mentions if m.actor_id == "person:henrik-solbakken"]
    assert [text[m.char_start : m.char_end] for m in solbakken] == ["Henrik Solbakken", "Solbakken"]


@pytest.mark.slow
def test_long_document_gives_what_one_piece_gives(nlp, monkeypatch):
    text = long_text(12)
    article = Article(id="rapport", path="rapport.txt", text=text, published=date(2025, 3, 10))
    whole = article_result(article, next(parse_articles(nlp, [article]))[1])
    monkeypatch.setattr(nlp, "max_length", 800)
    chunked = article_result(article, next(parse_articles(nlp, [article]))[1])
    assert chunked == whole
