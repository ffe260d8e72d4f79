"""One node per person across articles: a surname told alone is the run's one person of that name.

Inside an article the resolver links `Flake` to `Jeff Flake` when the article names both. An article
that only says `M. Flake` gives a person known by the surname alone, and without this step the graph
would hold two nodes for one senator. Across the run, that surname is the person whose full name ends
with it (or who has it as an alias), when exactly one person of the run does; two candidates (`Kim`
beside `Kim Jong-un` and `Kim Yo-jong`) leave it alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from pipeline.schema import Actor, ArticleResult
from pipeline.text import fold


def surname_links(actors: Mapping[str, Actor]) -> dict[str, str]:
    """Surname-only person id -> the id of the run's one person bearing that surname: the last word of
    a full name (`Jeff Flake` bears `flake`) or one of its aliases. One pass to index, one to look up."""
    people = [a for a in actors.values() if a.actor_type == "person"]
    bearers: dict[str, set[str]] = defaultdict(set)
    for person in people:
        if len(person.label.split()) > 1:
            for name in {fold(person.label.split()[-1]), *(fold(alias) for alias in person.aliases)}:
                bearers[name].add(person.id)
    links: dict[str, str] = {}
    for actor in people:
        found = bearers.get(fold(actor.label), set()) if len(actor.label.split()) == 1 else set()
        if len(found) == 1:
            links[actor.id] = next(iter(found))
    return links


def relink(result: ArticleResult, links: Mapping[str, str], people: Mapping[str, Actor]) -> ArticleResult:
    """The article's result with each linked id replaced by the person it names, whose definition
    (`people`, the run's merged actors) it takes, the surname kept as an alias."""
    if not links:
        return result

    def to(actor_id: str | None) -> str | None:
        return links.get(actor_id, actor_id) if actor_id is not None else None

    def ids(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(links.get(v, v) for v in values))

    touched = {a.id for a in result.actors} & links.keys()
    if not touched:
        return result
    actors = tuple(_linked(a, people.get(links[a.id])) if a.id in links else a for a in result.actors)
    merged: dict[str, Actor] = {}
    for actor in actors:  # the linked person may be named in the article too: one definition each
        merged.setdefault(actor.id, actor)
    return replace(
        result,
        actors=tuple(merged.values()),
        mentions=tuple(replace(m, actor_id=to(m.actor_id)) for m in result.mentions),
        events=tuple(
            replace(e, actors=ids(e.actors), source_actor=to(e.source_actor), target_actor=to(e.target_actor))
            for e in result.events
        ),
    )


def _linked(actor: Actor, person: Actor | None) -> Actor:
    """The surname-only actor as the person it names: that person's definition, the surname an alias."""
    if person is None:
        return actor
    return replace(person, aliases=tuple(sorted(set(person.aliases) | {actor.label} | set(actor.aliases))))


class RelinkedResults:
    """The run's results, read again with surname-only people linked (`relink`) on each pass."""

    def __init__(self, results: Iterable[ArticleResult], links: Mapping[str, str], people: Mapping[str, Actor]) -> None:
        self.results, self.links, self.people = results, links, people

    def __iter__(self) -> Iterator[ArticleResult]:
        return (relink(r, self.links, self.people) for r in self.results)

    def __len__(self) -> int:
        return len(self.results)  # type: ignore[arg-type]
