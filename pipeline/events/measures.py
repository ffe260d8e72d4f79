"""Kinds of measures: a tariff, an entity list and an export ban told of one pair are three sanctions.

A trade war is a series of distinct measures between the same two states, often on the same day
(`Pékin a taxé à 84 % les produits américains et ajouté six groupes américains à sa liste des
entités non fiables`). `models/events/measure_kinds.csv` gives the kind of measure each sanction
trigger names; a mention of one kind is not the event of a cluster holding another kind. Triggers it
does not list (`sanctions`, `sanctionner`, `embargo`, `contre-mesures`) name a measure of any kind, or
a package of several, and join any of them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from pipeline import config
from pipeline.events.phrases import markers
from pipeline.text import fold

MEASURE_KINDS_PATH = config.MODELS_DIR / "events" / "measure_kinds.csv"


@lru_cache(maxsize=1)
def measure_kinds(path: Path = MEASURE_KINDS_PATH) -> dict[str, str]:
    """Trigger pattern_id -> kind of measure (`tariff`, `list`, `trade`, ...)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {rule: row["kind"] for row in csv.DictReader(f) for rule in row["pattern_ids"].split("|") if rule}


@lru_cache(maxsize=1)
def per_state_kinds(path: Path = MEASURE_KINDS_PATH) -> frozenset[str]:
    """Kinds of measure taken state by state (`per_state` = yes): expelling the diplomats of two
    states closes two embassies' files, two acts; a sanctions package against firms of two states
    is one act."""
    with path.open(encoding="utf-8", newline="") as f:
        return frozenset(row["kind"] for row in csv.DictReader(f) if row.get("per_state", "").strip() == "yes")


def per_state(kind: str) -> bool:
    """Is a measure of this kind one event per targeted state?"""
    return kind in per_state_kinds()


@lru_cache(maxsize=1)
def per_imposer_kinds(path: Path = MEASURE_KINDS_PATH) -> frozenset[str]:
    """Kinds of measure a state can only take on its own soil (`per_imposer` = yes): `l'Estonie, la
    Lettonie et la Lituanie ont interdit l'entrée sur leur territoire à X` closes three borders, three
    acts; expelling diplomats empties each its own embassy. A freeze or a tariff by two states together
    may be one joint act."""
    with path.open(encoding="utf-8", newline="") as f:
        return frozenset(row["kind"] for row in csv.DictReader(f) if row.get("per_imposer", "").strip() == "yes")


def per_imposer(kind: str) -> bool:
    """Is a measure of this kind one event per coordinated imposer?"""
    return kind in per_imposer_kinds()


def measure_of(rule_id: str) -> str:
    """The kind of measure a trigger rule names, or "" for one that may name any."""
    return measure_kinds().get(rule_id, "")


def other_measure(told: Iterable[str], kind: str) -> bool:
    """Is a measure of `kind` another measure than the ones of kinds `told`? Only when both are known."""
    known = {k for k in told if k}
    return bool(kind) and bool(known) and kind not in known


def clause_rates(head: Token) -> tuple[str, ...]:
    """The rates (`34 %`, `125 %`) of the clause a sanction trigger sits in: the numbers before a
    rate-level word (markers.csv `rate_level`) whose nearest verb is the trigger's. `a porté mercredi à 125 % les
    droits` and `a répliqué par des droits de 84 %` name two measures."""
    verb = _nearest_verb(head)
    if verb is None:
        return ()
    levels = markers()["rate_level"]
    phrase = _prepositional_phrase(head, verb)
    rates = []
    for tok in head.sent:
        if fold(tok.lemma_) not in levels and fold(tok.lower_) not in levels:
            continue
        if phrase is not None and tok not in phrase.subtree:
            continue  # `des droits de 15 %, en réponse à la hausse des taxes américaines`: not the taxes' rate
        near = _nearest_verb(tok)
        if near is None or near.i != verb.i:
            continue
        rates += [c.text for c in tok.children if c.dep_ == "nummod" and c.like_num]
    return tuple(dict.fromkeys(rates))


def _prepositional_phrase(head: Token, verb: Token) -> Token | None:
    """The adverbial phrase of `verb` that holds a noun trigger (`en réponse à la hausse des taxes`,
    `en représailles aux droits de 25 %`), or None when the noun is the verb's subject, object or
    argument (`a annoncé des droits de 15 %`, `a répliqué par des droits de 84 %`): a rate told in
    the clause outside that phrase is the clause's own measure's."""
    t = head
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    if t.i == head.i and head.i == verb.i:
        return None
    is_phrase = t.dep_ == "obl:mod" and any(c.dep_ == "case" for c in t.children)
    return t if is_phrase else None


def _nearest_verb(token: Token) -> Token | None:
    t = token
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"}:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def other_rate(told: Iterable[tuple[str, ...]], rates: tuple[str, ...]) -> bool:
    """Does a measure at `rates` differ from one told at rates `told`? Only when both give rates."""
    known = {r for rs in told for r in rs}
    return bool(rates) and bool(known) and not known & set(rates)
