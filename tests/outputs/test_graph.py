"""Actor graph built from tables: one node per actor row, one keyed edge per edge row."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.outputs.graph import build_graph, day_spell, format_spells, merge_spells, parse_spells
from pipeline.outputs.tables import Tables, build_tables, frame
from pipeline.schema import Actor, ArticleRecord, ArticleResult, Event, Mention

MACRON = Actor("person:emmanuel-macron", "Emmanuel Macron", "person", "FRA", ("Macron",))
FRANCE = Actor("state:FRA", "France", "state", "FRA", ("Paris",))
LAVROV = Actor("person:serguei-lavrov", "Sergueï Lavrov", "person", "RUS", ("Lavrov",))
USA = Actor("state:USA", "États-Unis", "state", "USA", ())


def _mention(start: int, actor: Actor, sentence: int) -> Mention:
    return Mention("a1", start, start + len(actor.label), actor.label, "PER", actor.id, sentence)


def _event(event_id: str, actors: tuple[str, ...], source: str | None, target: str | None) -> Event:
    return Event(
        event_id,
        "call",
        date(2024, 5, 2),
        date(2024, 5, 2),
        "day",
        "jeudi",
        "occurred",
        actors,
        source,
        target,
        None,
        ("a1",),
        "Emmanuel Macron a appelé Sergueï Lavrov.",
        0,
        40,
        0.7,
        "040",
        "CONSULT",
        "appelé",
    )


# « Emmanuel Macron a appelé Sergueï Lavrov jeudi. Paris et les États-Unis ... »
RESULT = ArticleResult(
    record=ArticleRecord("a1", "data/raw/a1.txt", "Appel", None, date(2024, 5, 3), 300, "ok"),
    actors=(MACRON, FRANCE, LAVROV, USA),
    mentions=(_mention(0, MACRON, 0), _mention(25, LAVROV, 0), _mention(50, FRANCE, 1), _mention(70, USA, 1)),
)
EVENTS = [
    _event("ev1", (MACRON.id, LAVROV.id), MACRON.id, LAVROV.id),
    _event("ev2", (MACRON.id, LAVROV.id), None, None),  # « un appel entre Macron et Lavrov »
]


@pytest.fixture(scope="module")
def tables() -> Tables:
    return build_tables([RESULT], EVENTS)


def test_graph_one_node_per_actor_with_flat_attributes(tables: Tables) -> None:
    graph = build_graph(tables)
    assert sorted(graph.nodes) == sorted(tables.actors["Id"].tolist())
    node = graph.nodes["person:serguei-lavrov"]
    assert node == {
        "label": "Sergueï Lavrov",
        "actor_type": "person",
        "country": "RUS",
        "mentions": 1,
        "articles": 1,
        "first_seen": "2024-05-02",
        "last_seen": "2024-05-03",
        "aliases": "Lavrov",
        "spells": "2024-05-02/2024-05-04",
    }
    for _, data in graph.nodes(data=True):
        assert all(type(v) in (str, int) for v in data.values())


def test_graph_relations_kept_apart_and_direction_marked(tables: Tables) -> None:
    graph = build_graph(tables)
    assert graph.number_of_edges() == len(tables.edges)
    edges = {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}
    called = edges[(MACRON.id, LAVROV.id, "called")]
    assert (called["directed"], called["weight"], called["event_ids"]) == (True, 1, "ev1")
    # the undirected call of ev2 joins the same pair: its key must not overwrite ev1's edge
    undirected = edges[(MACRON.id, LAVROV.id, "called:undirected")]
    assert (undirected["directed"], undirected["relation"], undirected["event_ids"]) == (False, "called", "ev2")
    assert edges[(MACRON.id, LAVROV.id, "co_occurs")]["directed"] is False
    assert edges[(MACRON.id, FRANCE.id, "member_of")]["relation"] == "member_of"
    assert len({d["id"] for d in edges.values()}) == len(edges)


def test_graph_edge_to_unknown_actor_is_an_error(tables: Tables) -> None:
    stray = frame(
        [{"Source": MACRON.id, "Target": "person:inconnu", "Type": "Directed", "Weight": 1, "relations": "called"}],
        list(tables.edges.columns),
        "edges",
    )
    broken = Tables(tables.events, tables.actors, stray, tables.mentions, tables.articles)
    with pytest.raises(ValueError, match="person:inconnu"):
        build_graph(broken)


def test_graph_edge_spells_from_events_and_articles(tables: Tables) -> None:
    graph = build_graph(tables)
    # the call of Thursday 2 May lasts that day; the co-occurrence, the article's day (3 May)
    assert graph.edges[MACRON.id, LAVROV.id, "called"]["spells"] == "2024-05-02/2024-05-03"
    assert graph.edges[MACRON.id, LAVROV.id, "co_occurs"]["spells"] == "2024-05-03/2024-05-04"
    assert graph.edges[MACRON.id, FRANCE.id, "member_of"]["spells"] == ""  # no date of its own


D = date(2025, 10, 20)


@pytest.mark.parametrize(
    ("spells", "expected"),
    [
        ([], []),
        ([(D, date(2025, 10, 21))], [(D, date(2025, 10, 21))]),
        # consecutive days make one spell, whatever the order they come in
        ([(date(2025, 10, 21), date(2025, 10, 22)), (D, date(2025, 10, 21))], [(D, date(2025, 10, 22))]),
        # overlapping and nested spells
        ([(D, date(2025, 10, 25)), (date(2025, 10, 22), date(2025, 10, 23))], [(D, date(2025, 10, 25))]),
        # a gap of one day keeps them apart
        (
            [(D, date(2025, 10, 21)), (date(2025, 10, 22), date(2025, 10, 23))],
            [(D, date(2025, 10, 21)), (date(2025, 10, 22), date(2025, 10, 23))],
        ),
    ],
)
def test_graph_merge_spells(spells: list, expected: list) -> None:
    assert merge_spells(spells) == expected


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2025-10-20", "2025-10-20", [(D, date(2025, 10, 21))]),
        ("2025-10-20", "2025-10-23", [(D, date(2025, 10, 24))]),
        ("2025-10-20", None, [(D, date(2025, 10, 21))]),
        (D, "", [(D, date(2025, 10, 21))]),
        (None, None, []),
        ("", "2025-10-23", []),
    ],
)
def test_graph_day_spell(first: object, last: object, expected: list) -> None:
    assert day_spell(first, last) == expected


def test_graph_spells_text_round_trip() -> None:
    spells = [(D, date(2025, 10, 22)), (date(2025, 11, 1), date(2025, 11, 2))]
    assert format_spells(spells) == "2025-10-20/2025-10-22|2025-11-01/2025-11-02"
    assert parse_spells(format_spells(spells)) == spells
    assert parse_spells("") == []
