"""Doc -> ArticleResult: the byline's author is metadata, not an actor of the graph."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.articles.metadata import build_article
from pipeline.nlp.pipeline import parse_articles
from pipeline.nlp.records import article_result

pytestmark = pytest.mark.slow

TEXT = """Rome accueille les ministres européens
par Lucien Fabre 12 mai 2025

Le ministre italien des Affaires étrangères Antonio Tajani a rencontré Emmanuel Macron à Rome lundi.
Les deux responsables ont évoqué la situation en Ukraine.
"""


def result_of(nlp, text: str):
    article = build_article("rome.txt", "rome.txt", text)
    return article, article_result(article, next(parse_articles(nlp, [article]))[1])


def test_author_of_the_byline_is_not_an_actor(nlp):
    article, result = result_of(nlp, TEXT)
    assert (article.author, article.published) == ("Lucien Fabre", date(2025, 5, 12))
    assert "person:lucien-fabre" not in {a.id for a in result.actors}
    assert not [m for m in result.mentions if "Fabre" in m.text]
    assert "person:emmanuel-macron" in {a.id for a in result.actors}


def test_author_named_in_the_news_stays_an_actor(nlp):
    text = TEXT + "Lucien Fabre a ensuite rencontré Antonio Tajani au palais de la Farnésine.\n"
    _, result = result_of(nlp, text)
    assert "person:lucien-fabre" in {a.id for a in result.actors}
    assert [m.text for m in result.mentions if "Fabre" in m.text] == ["Lucien Fabre"]  # not the byline's
