"""Which unresolved mentions are junk and which are plausible new actors.

The French NER tags sentence-initial verbs (`Considérez`), adverbs (`Pire`), footers (`Views`) and
weapon names (`Tomahawk`, `EA-37B Compass Call`) as entities; these rules keep them out of the graph.
They apply only to mentions the knowledge base did not recognise.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from pipeline.actors.patterns import ACTORS_DIR, load_wordlist, words_of
from pipeline.actors.places import load_places
from pipeline.text import list_entries, normalize_name

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
# English function words: two of them in an unknown name make it a title (`Silicon Valley and the
# New World Order`), not an organisation; known bodies such as `Bank of America` are in the KB.
ENGLISH_FUNCTION_WORDS = frozenset({"the", "and", "of", "in", "for", "on", "to", "with", "a", "an", "my", "your"})
_MODEL_CODE = re.compile(r"^[A-Z]{1,4}-?\d+[A-Z0-9]*$")  # F-16, EA-37B, Su-34, S-400
_GLUED_PARTICLE = re.compile(r"^([^\W\d_]+)[-'’](.+)$")  # `al-Masri`: a particle, then the name
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")


@lru_cache(maxsize=4)
def stopnames(path: Path = ACTORS_DIR / "stopnames.txt") -> frozenset[str]:
    """Normalised mentions that are never actors."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def person_nouns(path: Path = ACTORS_DIR / "person_nouns.txt") -> frozenset[str]:
    """Normalised nouns (one or more words) that, with a demonym, describe a person before their
    name (`son homologue libanais, X`), the title words included."""
    return load_wordlist(path) | title_words()


@lru_cache(maxsize=4)
def title_words(path: Path = ACTORS_DIR / "title_words.txt") -> frozenset[str]:
    """Normalised words that stand before a name as a title (`Président Trump`)."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def portfolio_words(path: Path = ACTORS_DIR / "portfolio_words.txt") -> frozenset[str]:
    """Normalised nouns that end a minister's title (`secrétaire au Commerce`, `ministre de l'Intérieur`)."""
    return load_wordlist(path)


@lru_cache(maxsize=2)
def place_locutions(path: Path = ACTORS_DIR / "place_locutions.txt") -> tuple[tuple[str, ...], ...]:
    """Locutions after which a name is a place (`près de`, `au large de`), as folded word tuples,
    longest first."""
    entries = {tuple(words_of(x)) for x in list_entries(path)}
    return tuple(sorted(entries, key=len, reverse=True))


@lru_cache(maxsize=4)
def residence_words(path: Path = ACTORS_DIR / "residence_words.txt") -> frozenset[str]:
    """Participles of living or sitting somewhere (`basé à`, `travaillant à`): what follows is where."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def venue_nouns(path: Path = ACTORS_DIR / "venue_nouns.txt") -> frozenset[str]:
    """Nouns of places inside a country (`le stade de`, `l'aéroport de`): the state after them is a place."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def unit_words(path: Path = ACTORS_DIR / "unit_words.txt") -> frozenset[str]:
    """Units and currencies (`dollars`, `%`, `millions`): after a number they make a quantity."""
    return load_wordlist(path)


def has_quantity(text: str) -> bool:
    """`Bourse au prix de 420 dollars par action`: a number followed by a unit or a currency."""
    words = text.replace("%", " %").split()
    return any(
        w.replace(",", "").replace(".", "").isdigit() and normalize_name(nxt) in unit_words()
        for w, nxt in zip(words, words[1:], strict=False)
    )


@lru_cache(maxsize=4)
def thing_nouns(path: Path = ACTORS_DIR / "thing_nouns.txt") -> frozenset[str]:
    """Nouns that name ships, buildings and works (`la frégate X`): the name after them is no actor."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def body_nouns(path: Path = ACTORS_DIR / "body_nouns.txt") -> frozenset[str]:
    """Nouns of models/actors/body_nouns.txt: the first words of organisations' names."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def movement_nouns(path: Path = ACTORS_DIR / "movement_nouns.txt") -> frozenset[str]:
    """Nouns that open the name of a party or armed movement (`Parti`, `Front`): a state inside the name
    (`le Parti démocratique du Kurdistan d'Iran`) is part of it."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def family_name_first(path: Path = ACTORS_DIR / "family_name_first.txt") -> frozenset[str]:
    """States whose people are named family name first (`Kim Jong-un`: `M. Kim`), upper-case codes."""
    return frozenset(x.upper() for x in load_wordlist(path))


@lru_cache(maxsize=1)
def gazetteer_places() -> frozenset[str]:
    """Every spelling of the places of the strike gazetteer (`Khan Younès`, `Ramat Gan`): an unknown name
    the NER calls a person or a body that is one of them is that place, not an actor."""
    return frozenset(load_places())


@lru_cache(maxsize=4)
def case_nouns(path: Path = ACTORS_DIR / "case_nouns.txt") -> frozenset[str]:
    """Nouns that open the name of a case or an operation (`Affaire X`, `Opération Y`): no actor."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def owned_nouns(path: Path = ACTORS_DIR / "owned_nouns.txt") -> frozenset[str]:
    """Two-word nouns of things an actor owns (`le quartier général du Hezbollah`): though their first
    word is a venue or thing noun, the name after them is the owner."""
    return load_wordlist(path)


@lru_cache(maxsize=4)
def ship_flags(path: Path = ACTORS_DIR / "ship_prefixes.csv") -> dict[str, str]:
    """Prefix of a warship's name -> ISO3 of the state whose navy flies it (`USS` -> `USA`)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {row["prefix"].strip(): row["state"].strip() for row in csv.DictReader(f) if row["prefix"].strip()}


@lru_cache(maxsize=4)
def ship_name_pattern() -> re.Pattern[str]:
    """`USS Carney`, `HMS Diamond`: a prefix of ship_prefixes.csv (in capitals) and the capitalised
    words after it, the name of a warship."""
    alternatives = "|".join(map(re.escape, sorted(ship_flags(), key=len, reverse=True)))
    return re.compile(rf"\b(?:{alternatives})\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý0-9][\w'’.-]*){{0,3}}")


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


def is_junk(text: str, *, pos: str | None = None, sent_start: bool = False, common_word: bool = False) -> bool:
    """True when an unrecognised mention cannot be an actor: footers, verbs, numbers, lowercase...

    `common_word` says the model knows the lone word as an ordinary French word: tagged NOUN, it is
    a capitalised common noun (`le Conseil`, `les Oscars`, `Concertation`), not a name."""
    stripped = text.strip(" \t\n.,;:!?«»\"'()")
    key = normalize_name(stripped)
    if len(key.replace(" ", "")) < 3 or not any(c.isalpha() for c in stripped):
        return True
    if stripped == stripped.lower() or key in stopnames() or is_weapon(stripped) or _capitalised_title(stripped):
        return True
    if sum(c.isdigit() for c in stripped) * 2 >= len(stripped.replace(" ", "")) or has_quantity(stripped):
        return True
    words = stripped.split()
    if stripped.endswith("-") or len({w for w in words if w in ENGLISH_FUNCTION_WORDS}) >= 2:
        return True  # `Disons-le` cut by the tagger; a book or film title in English
    if sent_start and pos in {"VERB", "AUX"}:
        return True  # `Abandonnez Chequers`, `Suivaient CBS`: a sentence-initial verb
    lowercase_after = len(words) > 1 and all(w == w.lower() for w in words[1:])
    if sent_start and lowercase_after and normalize_name(words[0]) not in body_nouns():
        # `Nouveau train de sanctions`: a headline's words, capitalised only where it opens; not a name
        # opened by a noun of bodies (`Fédération des industries allemandes`)
        return True
    if _portfolio_list(words):
        return True  # `les ministres de la Justice et de l'Intérieur`: the portfolios, not a body
    if len(words) > 1 and normalize_name(words[0]) in case_nouns():
        return True  # `Affaire Skripal`, `Opération Barkhane`: the name of a case the noun opens
    if len(words) != 1 or stripped.isupper():
        return False
    return pos in NOT_NAME_POS or (pos == "NOUN" and common_word)


_LIST_LINKS = frozenset({"et", "de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’"})


def _portfolio_list(words: list[str]) -> bool:
    """`Justice et de l'Intérieur`, `Défense et des Affaires étrangères`: two portfolios or more
    (models/actors/portfolio_words.txt) joined by `et`, with only linking or lowercase words between."""
    portfolios = 0
    for word in words:
        for part in re.split(r"(?<=['’])", word):
            if not part:
                continue
            if normalize_name(part) in portfolio_words():
                portfolios += 1
            elif part.lower() not in _LIST_LINKS and part != part.lower():
                return False
    return portfolios >= 2 and "et" in words


def _capitalised_title(text: str) -> bool:
    """`Présidents français`, `Président sud-coréen`: a title word (models/actors/title_words.txt,
    singular or plural) written with a capital and followed only by lowercase words is the title,
    not a name; the demonyms after it say whose (`les Présidents français et américain`)."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or any(w != w.lower() for w in words[1:]):
        return False
    head = normalize_name(words[0])
    return head in title_words() or head.removesuffix("s") in title_words()


def is_person_name(text: str) -> bool:
    """`Jean Dupont`, `Jean-Pierre Martin`, `Ursula von der Leyen`: capitalised words, at most five."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or not _capitalised(words[-1]):
        return False
    return all(_NAME_WORD.match(w) and (_capitalised(w) or w.lower() in NAME_PARTICLES) for w in words)


def _capitalised(word: str) -> bool:
    """`Masri`, or a particle glued to a capitalised name (`al-Masri`, `el-Sissi`, `d'Estaing`)."""
    if word[:1].isupper():
        return True
    glued = _GLUED_PARTICLE.match(word)
    return glued is not None and glued.group(1).lower() in NAME_PARTICLES | {"d"} and glued.group(2)[:1].isupper()


def is_org_name(text: str) -> bool:
    """An organisation name: at most ten words, the first capitalised or an acronym."""
    words = text.split()
    return 1 <= len(words) <= 10 and words[0][:1].isupper()
