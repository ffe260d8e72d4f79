"""Tables built from hand-made records: columns, dtypes, merging of actors, edges."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from pipeline.outputs.tables import (
    actors_table,
    articles_table,
    build_tables,
    edges_table,
    events_table,
    mentions_table,
    merge_actors,
    most_common_longest,
)
from pipeline.schema import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EDGE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    Actor,
    ArticleRecord,
    ArticleResult,
    Event,
    Mention,
)

MACRON = Actor("person:emmanuel-macron", "Emmanuel Macron", "person", "FRA", ("Macron",), "président")
POUTINE = Actor("person:vladimir-poutine", "Vladimir Poutine", "person", "RUS", ("Poutine",))
LAVROV = Actor("person:serguei-lavrov", "Sergueï Lavrov", "person", "RUS", ("Lavrov",))
RUSSIE = Actor("state:RUS", "Russie", "state", "RUS", ("Moscou", "Kremlin"))
USA = Actor("state:USA", "États-Unis", "state", "USA", ("Washington",))
WAGNER_A = Actor("org:wagner", "Wagner", "organization", "RUS", ("milice Wagner",))
WAGNER_B = Actor("org:wagner", "Groupe Wagner", "organization", "RUS", ())


def mention(article: str, start: int, text: str, actor: Actor | None, sentence: int) -> Mention:
    label = "PER" if actor is not None and actor.actor_type == "person" else "LOC"
    return Mention(article, start, start + len(text), text, label, actor.id if actor else None, sentence)


def result(
    article_id: str,
    published: date | None,
    actors: tuple[Actor, ...],
    mentions: tuple[Mention, ...],
    duplicates: tuple[str, ...] = (),
) -> ArticleResult:
    record = ArticleRecord(
        article_id, f"data/raw/{article_id}.txt", f"Titre {article_id}", "Rédaction", published, 500, "ok"
    )
    return ArticleResult(record=record, actors=actors, mentions=mentions, duplicate_ids=duplicates)


def event(
    event_id: str,
    event_type: str,
    actors: tuple[str, ...],
    source: str | None = None,
    target: str | None = None,
    start: date | None = None,
    end: date | None = None,
    status: str = "occurred",
    articles: tuple[str, ...] = ("a1",),
) -> Event:
    return Event(
        event_id=event_id,
        event_type=event_type,
        date_start=start,
        date_end=end or start,
        date_precision="day" if start else None,
        date_text="lundi" if start else None,
        status=status,
        actors=actors,
        source_actor=source,
        target_actor=target,
        location=None,
        articles=articles,
        evidence="Emmanuel Macron a appelé Vladimir Poutine lundi.",
        char_start=0,
        char_end=48,
        confidence=0.8,
        cameo="040",
        plover="CONSULT",
        trigger="appelé",
        mentions=len(articles),
    )


# a1: « Emmanuel Macron a appelé Vladimir Poutine lundi. Wagner a reculé. »
# a2: « Moscou et Washington se parlent. Sergueï Lavrov l'a confirmé. Le groupe Wagner aussi. »
# a3: « Le Groupe Wagner et Moscou démentent. » (no publication date)
RESULTS = (
    result(
        "a1",
        date(2024, 3, 4),
        (MACRON, POUTINE, WAGNER_A),
        (
            mention("a1", 0, "Emmanuel Macron", MACRON, 0),
            mention("a1", 25, "Vladimir Poutine", POUTINE, 0),
            mention("a1", 49, "Wagner", WAGNER_A, 1),
        ),
        duplicates=("a1-copie",),
    ),
    result(
        "a2",
        date(2024, 3, 5),
        (RUSSIE, USA, LAVROV, WAGNER_B),
        (
            mention("a2", 0, "Moscou", RUSSIE, 0),
            mention("a2", 10, "Washington", USA, 0),
            mention("a2", 34, "Sergueï Lavrov", LAVROV, 1),
            mention("a2", 80, "groupe Wagner", WAGNER_B, 2),
            mention("a2", 70, "le", None, 2),
        ),
    ),
    result(
        "a3",
        None,
        (WAGNER_B, RUSSIE),
        (
            mention("a3", 3, "Groupe Wagner", WAGNER_B, 0),
            mention("a3", 20, "Moscou", RUSSIE, 0),
        ),
    ),
)
ACTORS = merge_actors(RESULTS)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["Wagner", "Groupe Wagner", "Wagner"], "Wagner"),
        (["Wagner", "Groupe Wagner"], "Groupe Wagner"),
        (["Nations unies", "ONU", "Nations unies"], "Nations unies"),
        (["OTAN", "Otan"], "OTAN"),
    ],
)
def test_tables_label_vote_most_frequent_then_longest(labels: list[str], expected: str) -> None:
    assert most_common_longest(labels) == expected


def test_tables_merge_actors_unites_aliases_and_keeps_other_labels() -> None:
    wagner = ACTORS["org:wagner"]
    assert wagner.label == "Groupe Wagner"  # one "Wagner", two "Groupe Wagner"
    assert wagner.aliases == ("Wagner", "milice Wagner")
    assert ACTORS["state:USA"].label == "États-Unis"


def test_tables_articles_duplicate_gets_its_own_skipped_row() -> None:
    df = articles_table(RESULTS)
    assert list(df.columns) == ARTICLE_COLUMNS
    assert df["id"].tolist() == ["a1", "a1-copie", "a2", "a3"]
    copy = df.set_index("id").loc["a1-copie"]
    assert (copy["status"], copy["error"], copy["chars"]) == ("skipped", "duplicate of a1", 500)
    assert pd.isna(copy["path"])
    assert df["published"].tolist()[:3] == ["2024-03-04", "2024-03-04", "2024-03-05"]
    assert pd.isna(df["published"].iloc[3])


def test_tables_mentions_in_reading_order_with_empty_actor() -> None:
    df = mentions_table(RESULTS)
    assert list(df.columns) == MENTION_COLUMNS
    a2 = df[df["article"] == "a2"]
    assert a2["char_start"].tolist() == [0, 10, 34, 70, 80]
    assert pd.isna(a2["actor_id"].iloc[3])


def test_tables_actors_counts_dates_and_order() -> None:
    events = [
        event("ev1", "call", (MACRON.id, POUTINE.id), MACRON.id, POUTINE.id, date(2024, 3, 4)),
        event("ev2", "sanction", (USA.id, RUSSIE.id), start=date(2024, 2, 1), end=date(2024, 2, 29)),
    ]
    df = actors_table(RESULTS, events).set_index("Id")
    assert df.index.tolist() == [
        "org:wagner",
        "state:RUS",
        "person:emmanuel-macron",
        "person:serguei-lavrov",
        "person:vladimir-poutine",
        "state:USA",
    ]
    assert df.loc["org:wagner", ["Label", "mentions", "articles"]].tolist() == ["Groupe Wagner", 3, 3]
    assert df.loc["org:wagner", "aliases"] == "Wagner|milice Wagner"
    assert df.loc["state:RUS", ["first_seen", "last_seen"]].tolist() == ["2024-02-01", "2024-03-05"]
    assert df.loc["person:serguei-lavrov", ["first_seen", "last_seen"]].tolist() == ["2024-03-05", "2024-03-05"]


def test_tables_actor_seen_only_in_undated_article_has_empty_dates() -> None:
    only = result("a9", None, (LAVROV,), (mention("a9", 0, "Lavrov", LAVROV, 0),))
    df = actors_table([only], [])
    assert df["Label"].tolist() == ["Sergueï Lavrov"]
    assert pd.isna(df["first_seen"].iloc[0]) and pd.isna(df["last_seen"].iloc[0])


def test_tables_events_labels_and_chronological_order_undated_last() -> None:
    events = [
        event("ev3", "meeting", (LAVROV.id, USA.id), articles=("a2", "a2")),
        event("ev2", "call", (MACRON.id, POUTINE.id), MACRON.id, POUTINE.id, date(2024, 3, 4), articles=("a1", "a2")),
        event("ev1", "strike", (RUSSIE.id,), start=date(2024, 3, 4), end=date(2024, 3, 10)),
    ]
    df = events_table(events, ACTORS)
    assert list(df.columns) == EVENT_COLUMNS
    assert df["event_id"].tolist() == ["ev2", "ev1", "ev3"]
    first = df.iloc[0]
    assert (first["actors"], first["source_actor"], first["target_actor"]) == (
        "Emmanuel Macron|Vladimir Poutine",
        "Emmanuel Macron",
        "Vladimir Poutine",
    )
    assert (first["articles"], first["n_articles"]) == ("a1|a2", 2)
    assert df["actors"].iloc[2] == "Sergueï Lavrov|États-Unis"
    assert pd.isna(df["date_start"].iloc[2]) and df["n_articles"].iloc[2] == 1


def edge_rows(events: list[Event], results: tuple[ArticleResult, ...] = RESULTS) -> set[tuple]:
    df = edges_table(results, events, ACTORS)
    df = df[~df["relations"].isin(["co_occurs", "member_of"])]
    return {(r.Source, r.Target, r.Type, r.Weight, r.relations, r.event_ids) for r in df.itertuples()}


M, P, L, R, U = MACRON.id, POUTINE.id, LAVROV.id, RUSSIE.id, USA.id


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        # « Macron a appelé Poutine, en présence de Lavrov » : from the caller to each participant
        (
            [event("e1", "call", (M, P, L), M, P, date(2024, 3, 4))],
            {(M, P, "Directed", 1, "called", "e1"), (M, L, "Directed", 1, "called", "e1")},
        ),
        # « Lavrov et Poutine se sont rencontrés » : no initiator, one undirected pair ordered by id
        ([event("e1", "meeting", (P, L))], {(L, P, "Undirected", 1, "met", "e1")}),
        # « Moscou a frappé ... » twice: one edge, weight 2, both event ids in date order
        (
            [
                event("e2", "strike", (R, U), R, U, date(2024, 3, 5)),
                event("e1", "strike", (R, U), R, U, date(2024, 3, 1)),
            ],
            {(R, U, "Directed", 2, "struck", "e1|e2")},
        ),
        # « Washington a sanctionné Moscou » then « des sanctions entre Moscou et Washington »
        (
            [event("e1", "sanction", (U, R), U, R), event("e2", "sanction", (R, U))],
            {(U, R, "Directed", 1, "sanctioned", "e1"), (R, U, "Undirected", 1, "sanctioned", "e2")},
        ),
        # « Poutine a déclaré que Macron... » : statements make no edge
        ([event("e1", "statement", (P, M), P, M)], set()),
        # « Macron n'a pas appelé Poutine » : negated, hypothetical and cancelled events make no edge
        (
            [
                event("e1", "call", (M, P), M, P, status="negated"),
                event("e2", "meeting", (M, P), status="hypothetical"),
                event("e3", "meeting", (M, P), status="cancelled"),
            ],
            set(),
        ),
        # a planned meeting still ties them
        ([event("e1", "meeting", (M, P), status="planned")], {(M, P, "Undirected", 1, "met", "e1")}),
        # an actor never mentioned is no node, so no edge
        ([event("e1", "call", (M, "person:inconnu"), M, "person:inconnu")], set()),
    ],
)
def test_tables_event_edges(events: list[Event], expected: set[tuple]) -> None:
    assert edge_rows(events) == expected


def test_tables_event_edge_dates_span_all_events() -> None:
    events = [
        event("e1", "strike", (R, U), R, U, date(2024, 3, 5), date(2024, 3, 7)),
        event("e2", "strike", (R, U), R, U, date(2024, 2, 1)),
        event("e3", "strike", (R, U), R, U),
    ]
    row = edges_table(RESULTS, events, ACTORS).query("relations == 'struck'").iloc[0]
    assert (row["first_date"], row["last_date"], row["Weight"]) == ("2024-02-01", "2024-03-07", 3)


def test_tables_co_occurrence_counts_sentences() -> None:
    df = edges_table(RESULTS, [], ACTORS).query("relations == 'co_occurs'")
    table = df.set_index(["Source", "Target"])
    assert sorted(table.index) == sorted([(M, P), ("org:wagner", R), (R, U)])
    assert (table["Type"] == "Undirected").all() and table["Weight"].tolist() == [1, 1, 1]
    assert table.loc[(M, P), "first_date"] == "2024-03-04"
    assert pd.isna(table.loc[("org:wagner", R), "first_date"])  # a3 has no publication date


def test_tables_co_occurrence_weight_is_number_of_sentences() -> None:
    text = ("Macron", "Poutine")
    mentions = tuple(
        mention("b1", 100 * s + 10 * i, t, a, s)
        for s in range(3)
        for i, (t, a) in enumerate(zip(text, (MACRON, POUTINE), strict=False))
    )
    extra = mention("b1", 5, "Macron", MACRON, 0)  # a second Macron in sentence 0 counts once
    res = result("b1", date(2024, 1, 2), (MACRON, POUTINE), (*mentions, extra))
    df = edges_table([res], [], ACTORS)
    assert df[["Source", "Target", "Weight", "relations"]].values.tolist() == [[M, P, 3, "co_occurs"]]


def test_tables_member_of_only_towards_existing_state_nodes() -> None:
    df = edges_table(RESULTS, [], ACTORS).query("relations == 'member_of'")
    rows = {(r.Source, r.Target, r.Type, r.Weight) for r in df.itertuples()}
    # Macron's FRA has no node; Poutine, Lavrov and Wagner point to Russie
    assert rows == {(P, R, "Directed", 1), (L, R, "Directed", 1), ("org:wagner", R, "Directed", 1)}


def test_tables_build_all_with_exact_columns_and_dtypes() -> None:
    tables = build_tables(RESULTS, [event("e1", "call", (M, P), M, P, date(2024, 3, 4))])
    expected = {
        "events": EVENT_COLUMNS,
        "actors": ACTOR_COLUMNS,
        "edges": EDGE_COLUMNS,
        "mentions": MENTION_COLUMNS,
        "articles": ARTICLE_COLUMNS,
    }
    for name, columns in expected.items():
        df = getattr(tables, name)
        assert list(df.columns) == columns, name
    assert str(tables.actors["mentions"].dtype) == "Int64"
    assert str(tables.edges["Weight"].dtype) == "Int64"
    assert str(tables.events["articles"].dtype) == "string"
    assert str(tables.events["confidence"].dtype) == "Float64"
    assert str(tables.mentions["sentence"].dtype) == "Int64"


def test_tables_empty_inputs_keep_the_schema() -> None:
    tables = build_tables([], [])
    assert list(tables.edges.columns) == EDGE_COLUMNS and tables.edges.empty
    assert str(tables.actors["articles"].dtype) == "Int64"
    assert str(tables.events["date_start"].dtype) == "string"


# A participant no article mentions by name (a leader's state the merge adds) is written by its
# knowledge-base label in the timeline, never by its id; an id the knowledge base lacks stays as is.
@pytest.mark.parametrize(
    "participant, written",
    [("state:BOL", "Bolivie"), ("state:RUS", "Russie"), ("person:inconnu", "person:inconnu")],
)
def test_build_tables_writes_participants_by_their_knowledge_base_label(participant, written):
    events = [event("ev-1", "meeting", (MACRON.id, participant), start=date(2024, 3, 4))]
    tables = build_tables(RESULTS, events, merge_actors(RESULTS))
    assert tables.events["actors"].tolist() == [f"Emmanuel Macron|{written}"]
