"""Do two mentions of an event name the same participants? A person or a ministry agrees with its state.

`Emmanuel Macron a reçu Lula` and `la France a reçu le président brésilien` name the same two
participants: Macron stands for France and Lula for Brazil. The links come from the knowledge
base (a person's country, the country of a government body or an army, the organisation an
international official heads), so five outlets that name a visit by its leaders, their states or
their ministries give one event. Two people of one
state never agree with each other: `Macron a reçu Lula` and `Barrot a reçu Vieira` are two meetings.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import config
from pipeline.schema import Actor, EventMention
from pipeline.text import list_entries

if TYPE_CHECKING:
    from pipeline.actors.kb.model import RoleSpell

# Sanctions are announced as packages: any actor with a home state (a company too) agrees with it.
AFFILIATED_TYPES = frozenset({"sanction"})
# Organisations that act for their state (a ministry, an army); a company or a party does not.
STATE_ORG_TYPES = frozenset({"government", "military"})
GOV_BODIES = config.MODELS_DIR / "actors" / "gov_bodies.jsonl"
PART_OF = config.MODELS_DIR / "actors" / "part_of.csv"
INSURGENT_GROUPS = config.MODELS_DIR / "actors" / "insurgent_groups.txt"


@dataclass(frozen=True)
class Links:
    """What agrees with what: `states` for every event type, `affiliations` for sanctions only."""

    states: Mapping[str, str] = field(default_factory=dict)  # person or state body -> its state
    affiliations: Mapping[str, str] = field(default_factory=dict)  # any actor with a country -> its state

    def agree(self, a: str, b: str) -> bool:
        """The same actor, or one stands for the other (`person:emmanuel-macron` ~ `state:FRA`), or
        one outlet names by surname alone (`M. Okafor`) a person another names in full."""
        return a == b or self.states.get(a) == b or self.states.get(b) == a or same_surname(a, b)

    def agree_as_side(self, a: str, b: str) -> bool:
        """`agree`, or one is a government body or an army of the other's state (`le département d'État`
        ~ `Marco Rubio`, `la diplomatie russe` ~ `Sergueï Lavrov`): outlets name one side of talks by
        its minister, its ministry or its state. Two people of one state still never agree."""
        if self.agree(a, b):
            return True
        state = self.states.get(a)
        if state is None or not state.startswith(STATE) or state != self.states.get(b):
            return False
        return a.startswith(ORG) or b.startswith(ORG)

    def agree_affiliated(self, a: str, b: str) -> bool:
        """`agree`, or one is the other's home state or organisation (`org:rosneft` ~ `state:RUS`, `la
        Commission` ~ `l'UE`): how the sides of two sanctions compare."""
        return self.agree(a, b) or self.affiliations.get(a) == b or self.affiliations.get(b) == a

    def keys(self, ids: Iterable[str]) -> set[str]:
        """Every id under which an event naming these actors may be found by one that agrees."""
        ids = set(ids)
        states = {m[i] for m in (self.states, self.affiliations) for i in ids if i in m}
        surnames = {f"{PERSON}~{i.rsplit('-', 1)[-1]}" for i in ids if i.startswith(PERSON)}
        return ids | states | surnames


PERSON = "person:"
ORG = "org:"
STATE = "state:"


def same_surname(a: str, b: str) -> bool:
    """`person:okafor` and `person:chidi-okafor`: the shorter id is the end of the longer one."""
    if not (a.startswith(PERSON) and b.startswith(PERSON)) or len(a) == len(b):
        return False
    short, long = sorted((a.removeprefix(PERSON), b.removeprefix(PERSON)), key=len)
    return long.endswith(f"-{short}")


def participants_match(a: set[str], b: set[str], event_type: str, links: Links) -> bool:
    """Two participants agree pairwise, or one side names a single participant that the other names."""
    if event_type in AFFILIATED_TYPES:
        a, b = _with_states(a, links.affiliations), _with_states(b, links.affiliations)
    else:
        a, b = _parties(a, links), _parties(b, links)
    matched = _matching(sorted(a), sorted(b), links.agree_as_side)
    return matched >= 2 or (matched == 1 and min(len(a), len(b)) == 1)


def home_sides_differ(a: set[str], b: set[str], links: Links) -> bool:
    """Two reports of a sanction whose sides, taken as home states (`le Trésor américain` and `Joe Biden`
    are one side, the United States), share fewer than two while each names two or more: one imposer's
    measures on two other sides (the Treasury on the Hezbollah, the president's duties on Mexico).
    `participants_match` lets an imposer named by its leader (or treasury) and its state agree twice."""
    sa, sb = _home_sides(a, links.affiliations), _home_sides(b, links.affiliations)
    return min(len(sa), len(sb)) >= 2 and _matching(sorted(sa), sorted(sb), links.agree) < 2


# Events with an initiator and a target: who strikes or sanctions matters.
DIRECTED_TYPES = frozenset({"sanction", "strike"})


def initiators_conflict(
    a_sources: set[str], a_actors: set[str], b_sources: set[str], b_actors: set[str], links: Links
) -> bool:
    """Two reports of a strike or a sanction name initiators of different states, and each names a
    party the other does not: `Washington sanctionne Caracas` and `Pékin taxe le charbon américain`
    share the United States, but not who acts. A report whose parties are all in the other (a
    partial report, or one that takes the target for the initiator) does not conflict."""
    if not a_sources or not b_sources or states_of(a_sources, links) & states_of(b_sources, links):
        return False
    sa, sb = states_of(a_actors, links), states_of(b_actors, links)
    return not (sa <= sb or sb <= sa)


def reversed_sides(
    a_sources: set[str], a_targets: set[str], b_sources: set[str], b_targets: set[str], links: Links
) -> bool:
    """`Washington taxe l'acier chinois` (one outlet) and `Pékin riposte par des droits sur le soja
    américain` (another): each report names who acts and who is hit, and the one acting in each is
    the one hit in the other. A tit-for-tat is two measures or two strikes, however close in time."""
    if not (a_sources and a_targets and b_sources and b_targets):
        return False
    src_a, src_b = states_of(a_sources, links), states_of(b_sources, links)
    return not src_a & src_b and src_a <= states_of(b_targets, links) and src_b <= states_of(a_targets, links)


def one_side_reversed(
    a_sources: set[str], a_targets: set[str], b_sources: set[str], b_targets: set[str], links: Links
) -> bool:
    """`des drones ukrainiens ont frappé un dépôt` (one outlet, the attacker only) and `l'armée russe a
    frappé Kharkiv` (another): a report naming one side only, the one acting, names the side the other
    report says was hit, and not its attacker (or the one hit, the other's attacker): the other camp's
    strike or measure of that day, not the same one told in part."""
    # each report in turn, read once by who acts and once by who is hit: `named` is the one side it
    # names, `unnamed` the other; `same` and `opposite` are the other report's sides in those roles
    for named, unnamed, same, opposite in (
        (a_sources, a_targets, b_sources, b_targets),
        (b_sources, b_targets, a_sources, a_targets),
        (a_targets, a_sources, b_targets, b_sources),
        (b_targets, b_sources, a_targets, a_sources),
    ):
        if named and not unnamed and same:
            mine = states_of(named, links)
            if mine & states_of(opposite, links) and not mine & states_of(same, links):
                return True
    return False


def states_of(ids: Iterable[str], links: Links) -> set[str]:
    """The states the actors belong to (a person or a ministry its state), other actors as themselves."""
    return {links.states.get(i) or links.affiliations.get(i) or i for i in ids}


def _parties(ids: set[str], links: Links) -> set[str]:
    """One id per participant: a state named beside its own leader or ministry is that participant
    (`Vučić` and `la Serbie` in one report are one side, not two)."""
    return ids - {links.states[i] for i in ids if i in links.states}


def _matching(a: list[str], b: list[str], agree: Callable[[str, str], bool]) -> int:
    """How many actors of `a` pair off with distinct agreeing actors of `b` (at most), so that
    `la France` does not count twice against `Macron` and `Barrot`."""
    owner: dict[str, str] = {}

    def place(x: str, seen: set[str]) -> bool:
        for y in b:
            if y not in seen and agree(x, y):
                seen.add(y)
                if y not in owner or place(owner[y], seen):
                    owner[y] = x
                    return True
        return False

    return sum(place(x, set()) for x in a)


def _with_states(ids: set[str], aff: Mapping[str, str]) -> set[str]:
    return ids | {aff[i] for i in ids if i in aff}


def _home_sides(ids: set[str], aff: Mapping[str, str]) -> set[str]:
    """One id per side of a sanction: an actor with a home state (a person, a ministry, a company) is
    that state (`org:rosneft` -> `state:RUS`), others stand for themselves."""
    return {aff.get(i, i) for i in ids}


def state_links(
    actors: Mapping[str, Actor],
    org_types: Mapping[str, str] | None = None,
    body_slugs: Collection[str] | None = None,
    offices: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Person -> `state:ISO3` of their country; government body or army -> its state; the head of
    an international organisation, who has no country of office, -> that organisation (`Mark
    Rutte` ~ `l'OTAN`).

    `org_types` (`org:tsahal` -> `military`) and `offices` (person -> the organisation of their
    current role) come from the knowledge base, loaded when not given; bodies found by pattern
    (`Ministère russe de la Défense`, id `org:rus-defense`) are government bodies by construction
    (`body_slugs`, from models/actors/gov_bodies.jsonl)."""
    if org_types is None or offices is None:
        kb_types, kb_offices = _kb_links()
        org_types = kb_types if org_types is None else org_types
        offices = kb_offices if offices is None else offices
    slugs = body_slugs if body_slugs is not None else gov_body_slugs()
    links = {}
    for actor in actors.values():
        if actor.actor_type == "person" and not actor.country and actor.id in offices:
            links[actor.id] = offices[actor.id]
        if not actor.country or actor.actor_type == "state":
            continue
        body = actor.id.removeprefix(f"org:{actor.country.lower()}-") in slugs
        if actor.actor_type == "person" or org_types.get(actor.id) in STATE_ORG_TYPES or body:
            links[actor.id] = f"state:{actor.country}"
    return links


def lone_imposer(m: EventMention, links: Mapping[str, str]) -> str | None:
    """The side (a state, through `links`) of a sanction that names its imposer and no target, every
    actor of it on that side (`la présidente mexicaine, Claudia Sheinbaum` is one side); else None.
    Such a measure waits for its target from elsewhere in the article."""
    if m.event_type != "sanction" or not m.source_actor or m.target_actor:
        return None
    own = links.get(m.source_actor, m.source_actor)
    return own if all(links.get(a, a) == own for a in m.actors) else None


@lru_cache(maxsize=1)
def insurgent_groups() -> frozenset[str]:
    """The ids of models/actors/insurgent_groups.txt: armed groups at war with their own country's state."""
    return frozenset(list_entries(INSURGENT_GROUPS))


def insurgent(actor_id: str) -> bool:
    """An armed group that fights its own country's state (`org:fsr`): it may strike that country."""
    return actor_id in insurgent_groups()


def armed_group(actor_id: str) -> bool:
    """An organisation the knowledge base types as armed (`military`: Houthis, M23, ELN, Tsahal)."""
    return _kb_links()[0].get(actor_id) == "military"


def company(actor_id: str) -> bool:
    """A firm of the knowledge base (`company`: Rosneft, Aramco, Maersk): its sites are struck in its home state."""
    return _kb_links()[0].get(actor_id) == "company"


@lru_cache(maxsize=1)
def _kb_links() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """The knowledge base's org types and current offices, read once: `state_links` is called for
    every document and for every sanction or strike by a body, and the offices are a sort of all roles."""
    from pipeline.actors.kb import load_kb

    kb = load_kb()
    return kb.org_types, current_offices(kb.roles)


def current_offices(roles: Mapping[tuple[str, str], Iterable[RoleSpell]]) -> dict[str, str]:
    """Person -> the organisation (not a state) of a role they hold with no end date."""
    found = sorted((s.person_id, org) for (_, org), spells in roles.items() for s in spells if s.end is None)
    offices: dict[str, str] = {}
    for person, org in found:
        if org.startswith("org:"):
            offices.setdefault(person, org)
    return offices


def affiliation_links(actors: Mapping[str, Actor]) -> dict[str, str]:
    """For sanctions only: any actor with a home state -> that state (`org:rosneft` -> `state:RUS`:
    a package against a country's firms is against the country), and a body of an international
    organisation -> the organisation (`le Conseil de l'UE` ~ `l'UE`, models/actors/part_of.csv):
    outlets name either for the same package. Talks keep them apart: the Commission's president
    meeting someone is not the Union's summit."""
    links = {a.id: f"state:{a.country}" for a in actors.values() if a.country}
    parents = body_parents()
    links.update({i: parents[i] for i in actors if i in parents})
    return links


@lru_cache(maxsize=2)
def body_parents(path: Path = PART_OF) -> dict[str, str]:
    """Body of an international organisation -> that organisation (models/actors/part_of.csv)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {row["body"]: row["organization"] for row in csv.DictReader(f)}


def armed_movement(actor_id: str) -> bool:
    """An armed group or a movement with fighters (`org:hezbollah`, `org:hamas`, `org:houthis`): an
    organisation the knowledge base types `military` or `party`. A state's army found by pattern
    (`org:syr-armee`) has no type of its own and is none."""
    return _kb_links()[0].get(actor_id) in {"military", "party"}


def armed_body(actor_id: str, state_of: Mapping[str, str]) -> bool:
    """A state's army or defence ministry (`org:tsahal`, `org:centcom`, `org:rus-defense`): a body of a
    state (`state_of`) that the knowledge base types `military` or whose pattern in gov_bodies.jsonl is
    `armed`. An armed group of no state (`org:hezbollah`) is none."""
    state = state_of.get(actor_id)
    if state is None or not state.startswith("state:"):
        return False
    slug = actor_id.removeprefix(f"org:{state.removeprefix('state:').lower()}-")
    return armed_group(actor_id) or (slug != actor_id and slug in armed_body_slugs())


def armed_body_slugs(path: Path = GOV_BODIES) -> frozenset[str]:
    """The slugs of the government-body patterns marked `armed` (`armee`, `defense`)."""
    return frozenset(row["slug"] for row in _gov_body_rows(path) if row.get("armed"))


def gov_body_slugs(path: Path = GOV_BODIES) -> frozenset[str]:
    """The slugs of the government-body patterns (`defense`, `affaires-etrangeres`, `armee`)."""
    return frozenset(row["slug"] for row in _gov_body_rows(path))


@lru_cache(maxsize=2)
def _gov_body_rows(path: Path) -> tuple[dict[str, Any], ...]:
    """The rows of models/actors/gov_bodies.jsonl, read once for both readings of it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())
