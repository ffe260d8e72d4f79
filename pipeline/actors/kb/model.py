"""The actor knowledge base: states, organisations, companies, people and their roles, from CSV files.

Loaded once per directory (`load_kb` is cached) into dict indexes keyed by `names.normalize_name`,
so resolving a mention is a few dict lookups. `validate_kb` reports what an analyst must fix,
naming the file and the line.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from pipeline import config
from pipeline.actors.names import loose_key, phonetic_key
from pipeline.schema import Actor
from pipeline.text import normalize_name

DEFAULT_DIR = config.MODELS_DIR / "actors"
LEADER_ROLE = "dirigeant"  # `le dirigeant chinois`: whoever leads the state (KnowledgeBase.holder)

COLUMNS = {
    "states.csv": ("id", "label", "english", "iso3", "aliases", "adjectives", "metonyms"),
    "organizations.csv": ("id", "label", "english", "acronyms", "aliases", "org_type", "country"),
    "companies.csv": ("id", "label", "english", "acronyms", "aliases", "org_type", "country"),
    "people.csv": ("id", "label", "aliases", "country", "description"),
    "roles.csv": ("person_id", "role", "organization", "start", "end"),
    "combining_forms.csv": ("form", "state"),
}
# optional files of the knowledge base: read when present (a test fixture may leave them out)
OPTIONAL_COLUMNS = {"leading_offices.csv": ("state", "office")}
ROLES = (
    "président",
    "vice-président",
    "premier ministre",
    "chancelier",
    "ministre des affaires étrangères",
    "ministre de la défense",
    "ministre des finances",
    "secrétaire d'état",
    "secrétaire à la défense",
    "secrétaire au trésor",
    "porte-parole",
    "secrétaire général",
    "président de la commission",
    "haut représentant",
    "directeur général",
    "chef d'état-major",
    "guide suprême",
    "roi",
    "prince héritier",
    "émir",
    "vice-premier ministre",
    "ministre de l'économie",
    "ministre de la sécurité nationale",
    "ministre des affaires stratégiques",
    "vice-ministre des affaires étrangères",
    "secrétaire au commerce",
    "secrétaire au brexit",
    "négociateur en chef",
    "secrétaire à l'armée",
    "représentant au commerce",
    "commissaire au commerce",
    "conseiller à la sécurité nationale",
    "directeur du renseignement national",
    "conseiller du président",
    "chef de l'administration présidentielle",
    "envoyé spécial",
    "secrétaire du conseil de sécurité",
    "vice-président du conseil de sécurité",
    "représentant permanent auprès de l'onu",
    "commissaire européen",
    "haut-commissaire",
    "directeur",
    "gouverneur",
    "procureur",
    "commandant en chef",
    "dirigeant",
    "empereur",
    "pape",
)
ORG_TYPES = ("international", "government", "military", "party", "media", "ngo", "company", "other")


@dataclass(frozen=True)
class Row:
    """One data row of a KB file, with where it came from (for error messages)."""

    file: str
    line: int
    values: dict[str, str]

    def items(self, column: str) -> list[str]:
        """The `|`-joined list of a cell, blanks dropped."""
        return [v.strip() for v in self.values.get(column, "").split("|") if v.strip()]


@dataclass(frozen=True)
class RoleSpell:
    """One person holding one role in one state or organisation, between two dates."""

    person_id: str
    role: str
    organization: str
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class KnowledgeBase:
    """Actors and the indexes that resolve a normalised mention to one of them."""

    actors: dict[str, Actor] = field(default_factory=dict)
    org_types: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # normalised alias -> actor id
    acronyms: set[str] = field(default_factory=set)  # normalised acronyms
    phonetic: dict[str, str] = field(default_factory=dict)  # phonetic key -> id, unambiguous only
    loose: dict[str, str] = field(default_factory=dict)  # key without `de la`/`du` variation -> id, unambiguous
    surnames: dict[str, str] = field(default_factory=dict)  # person's last name -> id, unambiguous only
    adjectives: dict[str, str] = field(default_factory=dict)  # demonym form -> state id
    metonyms: dict[str, str] = field(default_factory=dict)  # capital / seat of power -> state id
    iso3: dict[str, str] = field(default_factory=dict)  # ISO3 -> state id
    adjective_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # state id -> forms
    combining_forms: dict[str, str] = field(default_factory=dict)  # folded `franco` -> state id
    leading_offices: dict[str, str] = field(default_factory=dict)  # state id -> the office that leads it
    surfaces: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # id -> KB spellings
    roles: dict[tuple[str, str], list[RoleSpell]] = field(default_factory=lambda: defaultdict(list))

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (KeyError if unknown)."""
        return self.actors[actor_id]

    def by_alias(self, text: str) -> Actor | None:
        """Exact normalised lookup over labels, English names, acronyms and aliases."""
        actor_id = self.aliases.get(normalize_name(text)) or self.loose.get(loose_key(text))
        return self.actors[actor_id] if actor_id else None

    def by_phonetic(self, text: str) -> Actor | None:
        """Second-chance lookup through transliteration variants (`Zelenski` -> Zelensky)."""
        actor_id = self.phonetic.get(phonetic_key(text))
        return self.actors[actor_id] if actor_id else None

    def lookup(self, text: str) -> Actor | None:
        """Exact alias first, then the phonetic key."""
        return self.by_alias(text) or self.by_phonetic(text)

    def by_adjective(self, text: str) -> Actor | None:
        """The state a demonym adjective or noun refers to (`russes`, `Américains`)."""
        state_id = self.adjectives.get(normalize_name(text))
        return self.actors[state_id] if state_id else None

    def is_foreign_namesake(self, body: Actor, word: str) -> bool:
        """An organisation of one state followed by another state's demonym (`l'Assemblée nationale
        mauritanienne` for the French one): that other state's namesake body, not the one known."""
        other = self.by_adjective(word)
        return (
            body.actor_type == "organization"
            and bool(body.country)
            and other is not None
            and other.country != body.country
        )

    def by_metonym(self, text: str) -> Actor | None:
        """The state a capital or seat of power stands for (`Kremlin`, `Washington`)."""
        state_id = self.metonyms.get(normalize_name(text))
        return self.actors[state_id] if state_id else None

    def by_surname(self, text: str) -> Actor | None:
        """The KB person whose last name this is, when only one person has it."""
        actor_id = self.surnames.get(normalize_name(text))
        return self.actors[actor_id] if actor_id else None

    @cached_property
    def given_names(self) -> frozenset[str]:
        """The first words of the people's names (`mohamed`, `emmanuel`), normalised; read once per base."""
        people = (a for a in self.actors.values() if a.actor_type == "person" and a.label)
        return frozenset(normalize_name(a.label).split()[0] for a in people)

    def state(self, iso3: str) -> Actor | None:
        """The state actor of an ISO3 code."""
        state_id = self.iso3.get(iso3.upper())
        return self.actors[state_id] if state_id else None

    def title_holder(self, role: str, organization: str, on: date | None = None) -> Actor | None:
        """The one a singular title names: `holder`, and for `le dirigeant chinois`, with no holder of the
        role `dirigeant` itself (a junta's chief), the holder of the office that leads that state
        (leading_offices.csv; the presidency where none is listed). A plural (`trois dirigeants
        vénézuéliens`) names officials, not the leader: it goes to `holder`."""
        found = self.holder(role, organization, on)
        if found is None and role == LEADER_ROLE and organization.startswith("state:"):
            return self.holder(self.leading_offices.get(organization, "président"), organization, on)
        return found

    def holder(self, role: str, organization: str, on: date | None = None) -> Actor | None:
        """Who held `role` in `organization` on that date; with no date, the most recent holder."""
        spells = self.roles.get((role, organization), [])
        if on is not None:
            spells = [s for s in spells if s.covers(on)]
        if not spells:
            return None
        best = max(spells, key=lambda s: (s.end is None, s.end or date.min, s.start or date.min))
        return replace(self.actors[best.person_id], role=role)

    def first_office(self, person_id: str) -> date | None:
        """When the person's first known role began; None without a role or with an undated one."""
        starts = [spell.start for spells in self.roles.values() for spell in spells if spell.person_id == person_id]
        return None if not starts or None in starts else min(s for s in starts if s is not None)

    def role_of(self, person_id: str, on: date) -> str | None:
        """The role a person held on a date (first found), for `Actor.role`."""
        return next(iter(self.roles_of(person_id, on)), None)

    def roles_of(self, person_id: str, on: date) -> tuple[str, ...]:
        """Every role a person held on a date, in the order of roles.csv: a secretary of state is also his
        country's foreign minister, which is what his counterpart abroad is called."""
        held = (
            spell.role
            for spells in self.roles.values()
            for spell in spells
            if spell.person_id == person_id and spell.covers(on)
        )
        return tuple(dict.fromkeys(held))

    def adjective(self, state_id: str) -> str:
        """The masculine singular demonym of a state (first listed form), for labels."""
        forms = self.adjective_forms.get(state_id)
        return forms[0] if forms else self.actors[state_id].label

    def feminine_adjective(self, state_id: str) -> str:
        """The feminine singular demonym (`indienne`, `grecque`, `russe`), for `Armée indienne`."""
        forms = self.adjective_forms.get(state_id)
        if not forms:
            return self.actors[state_id].label
        singular = [f for f in forms[1:] if not f.endswith(("s", "x"))]
        return singular[0] if singular and not forms[0].endswith("e") else forms[0]


def read_rows(path: Path) -> Iterator[Row | str]:
    """Rows of one KB file; a string instead of a Row describes a malformed line."""
    expected = COLUMNS.get(path.name) or OPTIONAL_COLUMNS[path.name]
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != expected:
            yield f"{path.name}:1: header should be {','.join(expected)}, found {header}"
            return
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(expected):
                yield (
                    f"{path.name}:{reader.line_num}: {len(cells)} columns instead of "
                    f"{len(expected)} (quote cells that contain commas)"
                )
                continue
            yield Row(path.name, reader.line_num, dict(zip(expected, (c.strip() for c in cells), strict=False)))


def parse_date(text: str) -> date | None:
    """ISO date of a roles.csv cell; empty means open-ended. ValueError if malformed."""
    return date.fromisoformat(text) if text else None
