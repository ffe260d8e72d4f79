"""Sanity check of the actor knowledge base files, independent of the pipeline package.

Why: the CSVs are edited by hand; this catches what breaks resolution (a name given to two actors,
a role pointing to a missing organisation, a reversed date range) before `python -m pipeline kb check`.
Usage: python scripts/check_kb_files.py   (exit code 1 and one line per problem when something is wrong)
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

ACTORS = Path(__file__).resolve().parent.parent / "models" / "actors"
HEADERS = {
    "states.csv": ["id", "label", "english", "iso3", "aliases", "adjectives", "metonyms"],
    "organizations.csv": ["id", "label", "english", "acronyms", "aliases", "org_type", "country"],
    "companies.csv": ["id", "label", "english", "acronyms", "aliases", "org_type", "country"],
    "people.csv": ["id", "label", "aliases", "country", "description"],
    "roles.csv": ["person_id", "role", "organization", "start", "end"],
}
NAME_COLUMNS = ("label", "english", "aliases", "adjectives", "metonyms", "acronyms")
ORG_TYPES = {"international", "government", "military", "party", "media", "ngo", "other"}
ROLES = {
    "président",
    "vice-président",
    "premier ministre",
    "vice-premier ministre",
    "chancelier",
    "ministre des affaires étrangères",
    "ministre de la défense",
    "ministre des finances",
    "ministre de l'économie",
    "ministre de la sécurité nationale",
    "ministre des affaires stratégiques",
    "vice-ministre des affaires étrangères",
    "secrétaire d'état",
    "secrétaire à la défense",
    "secrétaire au trésor",
    "secrétaire au commerce",
    "secrétaire à l'armée",
    "représentant au commerce",
    "commissaire au commerce",
    "secrétaire au brexit",
    "négociateur en chef",
    "conseiller à la sécurité nationale",
    "directeur du renseignement national",
    "conseiller du président",
    "chef de l'administration présidentielle",
    "envoyé spécial",
    "porte-parole",
    "secrétaire général",
    "secrétaire du conseil de sécurité",
    "vice-président du conseil de sécurité",
    "représentant permanent auprès de l'onu",
    "président de la commission",
    "haut représentant",
    "commissaire européen",
    "haut-commissaire",
    "directeur",
    "directeur général",
    "gouverneur",
    "procureur",
    "chef d'état-major",
    "commandant en chef",
    "guide suprême",
    "dirigeant",
    "roi",
    "empereur",
    "prince héritier",
    "émir",
    "pape",
}


def normalize(text: str) -> str:
    """Matching key: casefolded, accents stripped, apostrophes and hyphens read as spaces."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"[\u2019'\u2010\u2011\u2013-]", " ", text)
    return " ".join(text.split())


def read(name: str, problems: list[str]) -> list[dict[str, str]]:
    """Rows of one file; a wrong header or a row of the wrong width is a problem."""
    path = ACTORS / name
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        if header != HEADERS[name]:
            problems.append(f"{name}: header {header} should be {HEADERS[name]}")
        rows = []
        for line, cells in enumerate(reader, start=2):
            if len(cells) != len(header):
                problems.append(f"{name}:{line}: {len(cells)} cells instead of {len(header)}")
                continue
            rows.append(dict(zip(header, cells, strict=False)))
    return rows


def check_dates(row: dict[str, str], where: str, problems: list[str]) -> None:
    """Dates are ISO days and a role does not end before it starts."""
    days = {}
    for key in ("start", "end"):
        if row[key]:
            try:
                days[key] = date.fromisoformat(row[key])
            except ValueError:
                problems.append(f"{where}: {key} {row[key]!r} is not an ISO date")
    if len(days) == 2 and days["start"] > days["end"]:
        problems.append(f"{where}: starts after it ends")


def main() -> int:
    """Run every check and print the counts."""
    problems: list[str] = []
    tables = {name: read(name, problems) for name in HEADERS}
    actor_files = ("states.csv", "organizations.csv", "companies.csv", "people.csv")
    ids: dict[str, str] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for name in actor_files:
        for row in tables[name]:
            if row["id"] in ids:
                problems.append(f"{name}: id {row['id']} already used in {ids[row['id']]}")
            ids[row["id"]] = name
            for column in NAME_COLUMNS:
                for value in filter(None, row.get(column, "").split("|")):
                    if value != value.strip():
                        problems.append(f"{name}: {row['id']} {column} {value!r} has stray spaces")
                    owners[normalize(value)].add(row["id"])
    for key, actors in sorted(owners.items()):
        if len(actors) > 1:
            problems.append(f"name {key!r} is shared by {', '.join(sorted(actors))}")
    iso3 = {row["iso3"] for row in tables["states.csv"]}
    for row in tables["states.csv"]:
        if row["id"] != f"state:{row['iso3']}" or not row["metonyms"] and not row["adjectives"]:
            problems.append(f"states.csv: {row['id']} has a bad id or no adjective/metonym")
    for name in ("organizations.csv", "companies.csv"):
        for row in tables[name]:
            expected = {"company"} if name == "companies.csv" else ORG_TYPES
            if row["org_type"] not in expected or (row["country"] and row["country"] not in iso3):
                problems.append(f"{name}: {row['id']} has org_type {row['org_type']!r} country {row['country']!r}")
            if not row["id"].startswith("org:"):
                problems.append(f"{name}: {row['id']} should start with org:")
    for row in tables["people.csv"]:
        if not row["id"].startswith("person:") or (row["country"] not in iso3 and row["country"] not in ids):
            problems.append(f"people.csv: {row['id']} has a bad id or unknown country {row['country']!r}")
    for line, row in enumerate(tables["roles.csv"], start=2):
        where = f"roles.csv:{line}"
        if ids.get(row["person_id"]) != "people.csv":
            problems.append(f"{where}: unknown person {row['person_id']}")
        if row["organization"] not in ids or ids[row["organization"]] == "people.csv":
            problems.append(f"{where}: unknown organization {row['organization']}")
        if row["role"] not in ROLES:
            problems.append(f"{where}: role {row['role']!r} is not in the vocabulary")
        check_dates(row, where, problems)
    for problem in problems:
        print(problem)
    counts = ", ".join(f"{name[:-4]}={len(rows)}" for name, rows in tables.items())
    print(f"{len(problems)} problems; {counts}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
