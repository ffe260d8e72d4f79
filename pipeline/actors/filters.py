"""Which unresolved mentions are junk and which are plausible new actors.

The French NER tags sentence-initial verbs (`Considérez`), adverbs (`Pire`), footers (`Views`) and
weapon names (`Tomahawk`, `EA-37B Compass Call`) as entities; these rules keep them out of the graph.
They apply only to mentions the knowledge base did not recognise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.actors.patterns import ACTORS_DIR, load_wordlist
from pipeline.text import normalize_name

# POS of a lone sentence-initial token that cannot be a name (spaCy's universal tags)
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADJ", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "INTJ", "NUM"})
# lowercase particles allowed inside a personal name (`Ursula von der Leyen`, `Mohammed ben Salmane`)
NAME_PARTICLES = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "von",
        "van",
        "der",
        "den",
        "bin",
        "ben",
        "al",
        "el",
        "la",
        "le",
        "di",
        "da",
        "dos",
        "ibn",
        "abou",
        "abu",
    }
)
_MODEL_CODE = re.compile(r"^[A-Z]{1,4}-?\d+[A-Z0-9]*$")  # F-16, EA-37B, Su-34, S-400
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")


@lru_cache(maxsize=4)
def stopnames(path: Path = ACTORS_DIR / "stopnames.txt") -> frozenset[str]:
    """Normalised mentions that are never actors."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def weapons(path: Path = ACTORS_DIR / "weapons.txt") -> frozenset[str]:
    """Normalised weapon and system names."""
    return load_wordlist(path)


def is_weapon(text: str) -> bool:
    """A mention containing a weapon name (`missiles Tomahawk`) or a model code such as `F-16`."""
    words = normalize_name(text).split()
    grams = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    if any(g in weapons() or g.removesuffix("s") in weapons() for g in grams):  # `Tomahawks`
        return True
    return any(_MODEL_CODE.match(w) for w in text.split())


def is_junk(text: str, *, pos: str | None = None, sent_start: bool = False) -> bool:
    """True when an unrecognised mention cannot be an actor: footers, verbs, numbers, lowercase..."""
    stripped = text.strip(" \t\n.,;:!?«»\"'()")
    key = normalize_name(stripped)
    if len(key.replace(" ", "")) < 3 or not any(c.isalpha() for c in stripped):
        return True
    if stripped == stripped.lower() or key in stopnames() or is_weapon(stripped):
        return True
    if sum(c.isdigit() for c in stripped) * 2 >= len(stripped.replace(" ", "")):
        return True
    return len(stripped.split()) == 1 and sent_start and pos in NOT_NAME_POS


def is_person_name(text: str) -> bool:
    """`Jean Dupont`, `Jean-Pierre Martin`, `Ursula von der Leyen`: capitalised words, at most five."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(_NAME_WORD.match(w) and (w[:1].isupper() or w.lower() in NAME_PARTICLES) for w in words)


def is_org_name(text: str) -> bool:
    """An organisation name: at most ten words, the first capitalised or an acronym."""
    words = text.split()
    return 1 <= len(words) <= 10 and words[0][:1].isupper()
