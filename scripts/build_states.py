"""Regenerate models/actors/states.csv from CLDR (Babel) + pycountry + the curated table.

Why generated: CLDR gives every state's French and English name, pycountry the ISO alpha-3 code;
what the press writes differently (labels, demonyms in all four forms, capitals and seats of power,
disputed entities) is curated by hand in models/actors/state_curation.csv and merged here.

Usage: python scripts/build_states.py   (deterministic: same inputs -> same file, sorted by id)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import babel
import pycountry

ROOT = Path(__file__).resolve().parent.parent
CURATION = ROOT / "models" / "actors" / "state_curation.csv"
OUTPUT = ROOT / "models" / "actors" / "states.csv"
COLUMNS = ("id", "label", "english", "iso3", "aliases", "adjectives", "metonyms")

# The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = frozenset(
    """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON
TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
)
UN_OBSERVERS = frozenset({"VAT", "PSE"})

# Codes that are not ISO 3166-1 alpha-3 but that CLDR knows under a user-assigned alpha-2.
CLDR_ALPHA2 = {"XKX": "XK"}

# English names where CLDR's display name is not what English-language sources write,
# and the English names of entities CLDR does not cover (disputed, historical).
ENGLISH_OVERRIDES = {
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CZE": "Czech Republic",
    "MMR": "Myanmar",
    "PSE": "Palestine",
    "TUR": "Turkey",
    "VAT": "Vatican",
    "KNA": "Saint Kitts and Nevis",
    "LCA": "Saint Lucia",
    "VCT": "Saint Vincent and the Grenadines",
    "PMR": "Transnistria",
    "ABK": "Abkhazia",
    "OSS": "South Ossetia",
    "SOL": "Somaliland",
    "CYN": "Northern Cyprus",
    "SUN": "Soviet Union",
}

# Official names left out because the scorer's and the reader's name matching take them for another
# state (`United Mexican States` reads as `United States` with a middle word).
ALIAS_EXCLUSIONS = {"MEX": {"United Mexican States"}}


def split(cell: str) -> list[str]:
    """Cell 'a|b|c' -> ['a', 'b', 'c'] (empty cell -> [])."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def clean_name(name: str) -> str:
    """CLDR display names use typographic apostrophes and '&': write them as the press does."""
    return name.replace("\u2019", "'").replace(" & ", " and ").replace("St. ", "Saint ")


def cldr_names(iso3: str) -> tuple[str, str] | None:
    """(French, English) CLDR names of a state, or None when CLDR has no entry for it."""
    alpha2 = CLDR_ALPHA2.get(iso3)
    if alpha2 is None:
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None:
            return None
        alpha2 = country.alpha_2
    french = babel.Locale("fr").territories.get(alpha2)
    english = babel.Locale("en").territories.get(alpha2)
    if french is None or english is None:
        return None
    return clean_name(french), clean_name(english)


def pycountry_names(iso3: str) -> list[str]:
    """ISO names usable as aliases ('Russian Federation')."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return []
    names = [getattr(country, key, "") for key in ("name", "common_name", "official_name")]
    return [name.removeprefix("the ") for name in names if name and readable(name)]


def readable(name: str) -> bool:
    """Names a text would contain: not 'Korea, Republic of', 'Myanmar (Burma)', 'Congo - Kinshasa'."""
    return not any(mark in name for mark in (",", "(", " - "))


def read_curation(path: Path) -> dict[str, dict[str, str]]:
    """Curated rows keyed by iso3; a duplicated iso3 is an error an analyst must fix."""
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            iso3 = row["iso3"].strip()
            if iso3 in rows:
                raise SystemExit(f"{path}:{line}: iso3 {iso3} is curated twice")
            rows[iso3] = {key: (value or "").strip() for key, value in row.items()}
    return rows


def unique(values: list[str], taken: set[str]) -> list[str]:
    """Keep the first occurrence of each value (case-insensitive), skipping those already taken."""
    kept = []
    for value in values:
        key = value.casefold()
        if key not in taken:
            taken.add(key)
            kept.append(value)
    return kept


def build_row(iso3: str, curated: dict[str, str]) -> dict[str, str]:
    """Merge CLDR/pycountry names with the curated cells of one state."""
    names = cldr_names(iso3)
    label = curated.get("label") or (names[0] if names else "")
    english = ENGLISH_OVERRIDES.get(iso3) or (names[1] if names else "")
    if not label or not english:
        raise SystemExit(
            f"{CURATION}: {iso3} is unknown to CLDR, so its label must be curated "
            f"and its English name added to ENGLISH_OVERRIDES in {__file__}"
        )
    generated = [name for name in (names or ()) if readable(name)]
    taken = {label.casefold(), english.casefold()}
    aliases = unique(generated + pycountry_names(iso3) + split(curated.get("aliases", "")), taken)
    aliases = [a for a in aliases if a not in ALIAS_EXCLUSIONS.get(iso3, set())]
    return {
        "id": f"state:{iso3}",
        "label": label,
        "english": english,
        "iso3": iso3,
        "aliases": "|".join(aliases),
        "adjectives": "|".join(unique(split(curated.get("adjectives", "")), set())),
        "metonyms": "|".join(unique(split(curated.get("metonyms", "")), set(taken))),
    }


def build_rows(curation: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """All states: UN members and observers, plus every extra entity curated by hand."""
    missing = sorted((UN_MEMBERS | UN_OBSERVERS) - curation.keys())
    if missing:
        raise SystemExit(f"{CURATION}: no curated row (adjectives, capital) for {', '.join(missing)}")
    rows = [build_row(iso3, curation[iso3]) for iso3 in curation]
    return sorted(rows, key=lambda row: row["id"])


def main() -> int:
    """Rewrite states.csv and say how many states it holds."""
    rows = build_rows(read_curation(CURATION))
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} states to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
