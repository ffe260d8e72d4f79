"""Bylines: the lines that name an article's author, whose names are metadata, not actors."""

from __future__ import annotations

import pytest

from pipeline.articles.metadata import byline_spans


@pytest.mark.parametrize(
    "text, author, expected",
    [
        ("Sommet à Rome\npar Lucien Fabre 12 mai 2025\nLe texte commence ici.", None, ["par Lucien Fabre 12 mai 2025"]),
        ("Sommet\nPar Jean Dupont et Marie Curie\nLe texte.", None, ["Par Jean Dupont et Marie Curie"]),
        ("Sommet\nLe texte de l'article.\nNadia Benali", "Nadia Benali", ["Nadia Benali"]),  # a signature line
        ("Sommet\nPar Washington cette décision a été prise.\nLe texte.", None, []),  # a sentence, not a byline
        ("Sommet\nNadia Benali a rencontré le ministre.", "Nadia Benali", []),  # named in the news
    ],
)
def test_byline_lines(text, author, expected):
    assert [text[s:e] for s, e in byline_spans(text, author)] == expected
