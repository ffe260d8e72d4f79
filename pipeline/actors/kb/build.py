"""Build the knowledge-base indexes from the CSV rows, and check the rows for an analyst.

`model.py` holds the lookup API (`KnowledgeBase`) and reads rows; this module builds it from the
files and is the only one that imports both, so there is no import cycle. Call `load_kb` /
`validate_kb` (re-exported by `pipeline.actors.kb`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from pipeline.actors.filters import family_name_first
from pipeline.actors.kb.model import (
    COLUMNS,
    DEFAULT_DIR,
    OPTIONAL_COLUMNS,
    ORG_TYPES,
    ROLES,
    KnowledgeBase,
    RoleSpell,
    Row,
    parse_date,
    read_rows,
)
from pipeline.actors.names import kb_surname_key, loose_key, phonetic_key
from pipeline.schema import Actor
from pipeline.text import normalize_name, word_key

ACTOR_FILES = ("states.csv", "organizations.csv", "companies.csv", "people.csv")
_NAME_COLUMNS = ("label", "english", "acronyms", "aliases")


def _family_name(text: str) -> str | None:
    """The first word of a name written family name first (`Moon Jae-in` -> `moon`), when it can name
    someone alone: long enough, and not itself a piece of a hyphenated word."""
    words = normalize_name(text).split()
    if len(words) < 2 or "-" in words[0] or len(words[0]) < 3:
        return None
    return words[0]


def _rows(models_dir: Path, name: str) -> tuple[list[Row], list[str]]:
    path = models_dir / name
    if not path.exists():
        return [], [] if name in OPTIONAL_COLUMNS else [f"{name}: file missing in {models_dir}"]
    rows: list[Row] = []
    problems: list[str] = []
    for item in read_rows(path):
        if isinstance(item, str):
            problems.append(item)
        else:
            rows.append(item)
    return rows, problems


def _names(row: Row) -> list[str]:
    """Every spelling of an actor row: label, English name, acronyms, aliases."""
    names = []
    for column in _NAME_COLUMNS:
        names.extend(row.items(column) if column in ("acronyms", "aliases") else [row.values.get(column, "")])
    return [n for n in names if n]


def _actor(row: Row) -> Actor:
    actor = _plain_actor(row)
    aliases = tuple(dict.fromkeys(a for a in actor.aliases if a != actor.label))
    return Actor(actor.id, actor.label, actor.actor_type, actor.country, aliases)


def _plain_actor(row: Row) -> Actor:
    v = row.values
    if row.file == "states.csv":
        return Actor(v["id"], v["label"], "state", v["iso3"].upper() or None, tuple(_names(row)[1:]))
    if row.file == "people.csv":
        return Actor(v["id"], v["label"], "person", v["country"] or None, tuple(row.items("aliases")))
    return Actor(v["id"], v["label"], "organization", v["country"].upper() or None, tuple(_names(row)[1:]))


def build_kb(models_dir: Path) -> KnowledgeBase:
    """Indexes of every well-formed row; on a clash the first file/row wins (states first)."""
    kb = KnowledgeBase()
    ambiguous_phonetic: set[str] = set()
    ambiguous_loose: set[str] = set()
    surname_owners: dict[str, set[str]] = defaultdict(set)
    first_family_path = models_dir / "family_name_first.txt"
    first_family = family_name_first(first_family_path) if first_family_path.exists() else frozenset()
    # the first word of a name written family name first (`Moon Jae-in`: `le président Moon`) is a
    # surname too, unless it opens a name written given name first (`Joseph Wu`, `Joseph Kabila`)
    family_owners: dict[str, set[str]] = defaultdict(set)
    given_first: dict[str, set[str]] = defaultdict(set)
    for name in ACTOR_FILES:
        for row in _rows(models_dir, name)[0]:
            actor = _actor(row)
            if actor.id in kb.actors:
                continue
            kb.actors[actor.id] = actor
            if name in ("organizations.csv", "companies.csv"):
                kb.org_types[actor.id] = row.values["org_type"] or "other"
                kb.acronyms.update(normalize_name(a) for a in row.items("acronyms"))
            for text in _names(row):
                kb.surfaces[actor.id].add(text)
                kb.aliases.setdefault(normalize_name(text), actor.id)
                key = phonetic_key(text)
                if kb.phonetic.setdefault(key, actor.id) != actor.id:
                    ambiguous_phonetic.add(key)
                if kb.loose.setdefault(loose_key(text), actor.id) != actor.id:
                    ambiguous_loose.add(loose_key(text))
                surname = kb_surname_key(text)
                if name == "people.csv" and surname:
                    surname_owners[surname].add(actor.id)
            if name == "states.csv":
                _index_state(row, actor, kb)
            if name == "people.csv":
                first_word = _family_name(actor.label)
                owners = family_owners if (actor.country or "") in first_family else given_first
                owners[first_word or ""].add(actor.id)
    for key in ambiguous_phonetic:
        del kb.phonetic[key]
    for key in ambiguous_loose:
        del kb.loose[key]
    for key, ids in family_owners.items():
        if key and key not in given_first:
            surname_owners[key] |= ids
    kb.surnames = {k: next(iter(ids)) for k, ids in surname_owners.items() if len(ids) == 1}
    _resolve_person_countries(kb)
    for row in _rows(models_dir, "roles.csv")[0]:
        spell = _spell(row)
        if spell and spell.person_id in kb.actors:
            kb.roles[(spell.role, spell.organization)].append(spell)
    for row in _rows(models_dir, "combining_forms.csv")[0]:
        kb.combining_forms.setdefault(word_key(row.values["form"]), f"state:{row.values['state'].upper()}")
    for row in _rows(models_dir, "leading_offices.csv")[0]:
        kb.leading_offices[f"state:{row.values['state'].upper()}"] = row.values["office"].strip().lower()
    return kb


def _index_state(row: Row, actor: Actor, kb: KnowledgeBase) -> None:
    kb.iso3[actor.country or ""] = actor.id
    forms = tuple(f.lower() for f in row.items("adjectives"))
    kb.adjective_forms[actor.id] = forms
    for form in forms:
        kb.adjectives.setdefault(normalize_name(form), actor.id)
    for metonym in row.items("metonyms"):
        kb.metonyms.setdefault(normalize_name(metonym), actor.id)
        kb.surfaces[actor.id].add(metonym)


def _resolve_person_countries(kb: KnowledgeBase) -> None:
    """A person's `country` cell may name an organisation: use that organisation's home state."""
    for actor_id, actor in list(kb.actors.items()):
        if actor.actor_type == "person" and actor.country and ":" in actor.country:
            home = kb.actors.get(actor.country)
            kb.actors[actor_id] = Actor(actor.id, actor.label, "person", home.country if home else None, actor.aliases)


def _spell(row: Row) -> RoleSpell | None:
    v = row.values
    try:
        return RoleSpell(v["person_id"], v["role"], v["organization"], parse_date(v["start"]), parse_date(v["end"]))
    except ValueError:
        return None


def check_kb(models_dir: Path) -> list[str]:
    """Every problem found: malformed lines, duplicate ids and aliases, unknown codes, bad roles."""
    problems: list[str] = []
    rows: dict[str, list[Row]] = {}
    for name in [*COLUMNS, *OPTIONAL_COLUMNS]:
        rows[name], found = _rows(models_dir, name)
        problems.extend(found)
    ids: dict[str, Row] = {}
    aliases: dict[str, Row] = {}
    iso3 = {r.values["iso3"].upper() for r in rows["states.csv"]}
    for name in ACTOR_FILES:
        for row in rows[name]:
            problems.extend(_check_actor_row(row, ids, aliases, iso3))
            ids.setdefault(row.values["id"], row)
    problems.extend(_check_state_words(rows["states.csv"]))
    for row in rows["roles.csv"]:
        problems.extend(_check_role_row(row, ids))
    for name in ("combining_forms.csv", "leading_offices.csv"):
        for row in rows[name]:
            if row.values["state"].upper() not in iso3:
                state = row.values["state"]
                problems.append(f"{name}:{row.line}: unknown state {state!r} (not an iso3 of states.csv)")
    for row in rows["leading_offices.csv"]:
        if row.values["office"].strip().lower() not in ROLES:
            problems.append(f"leading_offices.csv:{row.line}: unknown office {row.values['office']!r} (not in ROLES)")
    return problems


def _check_actor_row(row: Row, ids: dict[str, Row], aliases: dict[str, Row], iso3: set[str]) -> list[str]:
    where = f"{row.file}:{row.line}"
    actor_id = row.values["id"]
    problems = []
    prefix = {"states.csv": "state:", "people.csv": "person:"}.get(row.file, "org:")
    if not actor_id.startswith(prefix):
        problems.append(f"{where}: id {actor_id!r} should start with {prefix!r}")
    if actor_id in ids:
        first = ids[actor_id]
        problems.append(f"{where}: duplicate id {actor_id!r} (first at {first.file}:{first.line})")
    if not row.values["label"]:
        problems.append(f"{where}: empty label")
    for text in _names(row):
        key = normalize_name(text)
        owner = aliases.setdefault(key, row)
        if owner.values["id"] != actor_id:
            problems.append(
                f"{where}: alias {text!r} of {actor_id} is also a name of "
                f"{owner.values['id']} ({owner.file}:{owner.line})"
            )
    country = row.values.get("country", "")
    if country and country.upper() not in iso3 and not (row.file == "people.csv" and country in ids):
        problems.append(
            f"{where}: unknown country {country!r} (not an iso3 of states.csv"
            f"{' nor an organisation id' if row.file == 'people.csv' else ''})"
        )
    if row.file == "states.csv" and len(row.values["iso3"]) != 3:
        problems.append(f"{where}: iso3 {row.values['iso3']!r} is not a three-letter code")
    org_type = row.values.get("org_type")
    if org_type is not None and org_type not in ("",) + ORG_TYPES:
        problems.append(f"{where}: unknown org_type {org_type!r}")
    return problems


def _check_state_words(rows: list[Row]) -> list[str]:
    """A demonym or a metonym may point to one state only."""
    problems: list[str] = []
    owners: dict[tuple[str, str], Row] = {}
    for row in rows:
        for column in ("adjectives", "metonyms"):
            for word in row.items(column):
                owner = owners.setdefault((column, normalize_name(word)), row)
                if owner.values["id"] != row.values["id"]:
                    problems.append(
                        f"{row.file}:{row.line}: {column[:-1]} {word!r} of {row.values['id']} is "
                        f"also one of {owner.values['id']} ({owner.file}:{owner.line})"
                    )
    return problems


def _check_role_row(row: Row, ids: dict[str, Row]) -> list[str]:
    where = f"{row.file}:{row.line}"
    v = row.values
    problems = []
    if v["person_id"] not in ids or not v["person_id"].startswith("person:"):
        problems.append(f"{where}: unknown person {v['person_id']!r}")
    if v["organization"] not in ids:
        problems.append(f"{where}: unknown organization {v['organization']!r}")
    if v["role"] not in ROLES:
        problems.append(f"{where}: unknown role {v['role']!r} (see kb.ROLES)")
    dates = []
    for column in ("start", "end"):
        try:
            dates.append(parse_date(v[column]))
        except ValueError:
            problems.append(f"{where}: bad {column} date {v[column]!r} (expected YYYY-MM-DD)")
    if len(dates) == 2 and dates[0] and dates[1] and dates[0] > dates[1]:
        problems.append(f"{where}: start {dates[0]} is after end {dates[1]}")
    return problems


@lru_cache(maxsize=8)
def load_kb(models_dir: Path = DEFAULT_DIR) -> KnowledgeBase:
    """Load the KB once per directory; malformed rows are skipped (`validate_kb` reports them)."""
    return build_kb(Path(models_dir))


def validate_kb(models_dir: Path = DEFAULT_DIR) -> list[str]:
    """Human-readable problems of the KB files, each naming the file and the line."""
    return check_kb(Path(models_dir))
