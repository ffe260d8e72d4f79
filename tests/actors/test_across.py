"""Class 11: one node per person across articles (pipeline/actors/across.py)."""

from datetime import date

import pytest

from pipeline.actors.across import RelinkedResults, relink, surname_links
from pipeline.schema import Actor, ArticleRecord, ArticleResult, EventMention, Mention


def person(actor_id: str, label: str, *aliases: str) -> Actor:
    return Actor(id=actor_id, label=label, actor_type="person", aliases=aliases)


@pytest.mark.parametrize(
    "actors, expected",
    [
        # `M. Harlow` alone in one article, `Dana Harlow` in another: the one bearer of the surname
        (
            [person("person:harlow", "Harlow"), person("person:dana-harlow", "Dana Harlow")],
            {"person:harlow": "person:dana-harlow"},
        ),
        # the surname is an alias of the full name (`Ruiz` for `Ana Ruiz Ortega`)
        (
            [person("person:ruiz", "Ruiz"), person("person:ana-ruiz-ortega", "Ana Ruiz Ortega", "Ruiz")],
            {"person:ruiz": "person:ana-ruiz-ortega"},
        ),
        # two bearers: no way to tell which one is meant
        (
            [
                person("person:park", "Park"),
                person("person:lena-park", "Lena Park"),
                person("person:tom-park", "Tom Park"),
            ],
            {},
        ),
        # a state or an organisation is never a surname
        (
            [
                Actor(id="org:harlow", label="Harlow", actor_type="organization"),
                person("person:dana-harlow", "Dana Harlow"),
            ],
            {},
        ),
        # a different surname
        ([person("person:harlow", "Harlow"), person("person:dana-harlan", "Dana Harlan")], {}),
    ],
)
def test_a_surname_alone_links_to_the_one_full_name_of_the_run(actors, expected):
    assert surname_links({a.id: a for a in actors}) == expected


def _result(article: str, actors: tuple[Actor, ...], event_actors: tuple[str, ...]) -> ArticleResult:
    record = ArticleRecord(article, f"{article}.txt", None, None, date(2025, 3, 4), 100, "ok")
    mention = Mention(article, 0, 9, "M. Harlow", "PER", "person:harlow", sentence=0)
    event = EventMention(
        article=article,
        event_type="call",
        trigger="appelé",
        trigger_start=10,
        trigger_end=16,
        sentence=0,
        sent_start=0,
        sent_end=40,
        evidence="M. Harlow a appelé ...",
        status="occurred",
        actors=event_actors,
        source_actor="person:harlow",
    )
    return ArticleResult(record=record, actors=actors, mentions=(mention,), events=(event,))


def test_relinking_rewrites_actors_mentions_and_events():
    links = {"person:harlow": "person:dana-harlow"}
    result = _result(
        "a1",
        (person("person:harlow", "Harlow"), person("person:lee-min", "Lee Min")),
        ("person:harlow", "person:lee-min"),
    )
    people = {"person:dana-harlow": person("person:dana-harlow", "Dana Harlow")}
    linked = relink(result, links, people)
    assert [(a.id, a.label, a.aliases) for a in linked.actors] == [
        ("person:dana-harlow", "Dana Harlow", ("Harlow",)),
        ("person:lee-min", "Lee Min", ()),
    ]
    assert [m.actor_id for m in linked.mentions] == ["person:dana-harlow"]
    assert [(e.actors, e.source_actor) for e in linked.events] == [
        (("person:dana-harlow", "person:lee-min"), "person:dana-harlow")
    ]


def test_relinked_results_can_be_read_twice():
    results = [_result("a1", (person("person:harlow", "Harlow"),), ("person:harlow",))]
    people = {"person:dana-harlow": person("person:dana-harlow", "Dana Harlow")}
    relinked = RelinkedResults(results, {"person:harlow": "person:dana-harlow"}, people)
    assert len(relinked) == 1
    assert [r.actors[0].id for r in relinked] == [r.actors[0].id for r in relinked] == ["person:dana-harlow"]
