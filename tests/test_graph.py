"""Actor graph built from tables: one node per actor row, one keyed edge per edge row."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.graph import build_graph
from pipeline.schema import Actor, ArticleRecord, ArticleResult, Event, Mention
from pipeline.tables import Tables, build_tables, frame

MACRON = Actor("person:emmanuel-macron", "Emmanuel Macron", "person", "FRA", ("Macron",))
FRANCE = Actor("state:FRA", "France", "state", "FRA", ("Paris",))
LAVROV = Actor("person:serguei-lavrov", "Sergueï Lavrov", "person", "RUS", ("Lavrov",))
USA = Actor("state:USA", "États-Unis", "state", "USA", ())


def _mention(start: int, actor: Actor, sentence: int) -> Mention:
    return Mention("a1", start, start + len(actor.label), actor.label, "PER", actor.id, sentence)


def _event(event_id: str, actors: tuple[str, ...], source: str | None, target: str | None) -> Event:
    return Event(event_id, "call", date(2024, 5, 2), date(2024, 5, 2), "day", "jeudi", "occurred",
                 actors, source, target, None, ("a1",), "Emmanuel Macron a appelé Sergueï Lavrov.",
                 0, 40, 0.7, "040", "CONSULT", "appelé")


# « Emmanuel Macron a appelé Sergueï Lavrov jeudi. Paris et les États-Unis ... »
RESULT = ArticleResult(
    record=ArticleRecord("a1", "data/raw/a1.txt", "Appel", None, date(2024, 5, 3), 300, "ok"),
    actors=(MACRON, FRANCE, LAVROV, USA),
    mentions=(_mention(0, MACRON, 0), _mention(25, LAVROV, 0), _mention(50, FRANCE, 1),
              _mention(70, USA, 1)),
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
    assert node == {"label": "Sergueï Lavrov", "actor_type": "person", "country": "RUS",
                    "mentions": 1, "articles": 1, "first_seen": "2024-05-02",
                    "last_seen": "2024-05-03", "aliases": "Lavrov"}
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
    assert (undirected["directed"], undirected["relation"], undirected["event_ids"]) == (
        False, "called", "ev2")
    assert edges[(MACRON.id, LAVROV.id, "co_occurs")]["directed"] is False
    assert edges[(MACRON.id, FRANCE.id, "member_of")]["relation"] == "member_of"
    assert len({d["id"] for d in edges.values()}) == len(edges)


def test_graph_edge_to_unknown_actor_is_an_error(tables: Tables) -> None:
    stray = frame([{"Source": MACRON.id, "Target": "person:inconnu", "Type": "Directed",
                    "Weight": 1, "relations": "called"}], list(tables.edges.columns), "edges")
    broken = Tables(tables.events, tables.actors, stray, tables.mentions, tables.articles)
    with pytest.raises(ValueError, match="person:inconnu"):
        build_graph(broken)
