"""Token patterns of the temporal tagger: models/temporal/patterns.jsonl with its `{"@": name}`
placeholders filled from models/temporal/lexicon.csv, and the trigger words of the matcher's pre-filter."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language

from pipeline.config import MODELS_DIR
from pipeline.dates.lexicon import LEXICON_PATH, fold, load_lexicon

PATTERNS_PATH = MODELS_DIR / "temporal" / "patterns.jsonl"
_NUMBER_WORDS_1_31 = (
    "premier première un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt trente trente-et-un vingt-et-un"
).split() + [f"vingt-{w}" for w in "deux trois quatre cinq six sept huit neuf".split()]


def _variants(words: Iterable[str]) -> list[str]:
    """Each word as written, without accents and with a curly apostrophe, for LOWER matching."""
    out: set[str] = set()
    for w in words:
        w = w.lower()
        out.update({w, fold(w), w.replace("'", "’")})
    return sorted(out)


def token_classes() -> dict[str, dict[str, Any]]:
    """The `{"@": name}` placeholders of patterns.jsonl, built from the lexicon."""
    lex = load_lexicon()
    raw = {row: w for row, w in _lexicon_rows()}
    months = [w for w, c in raw.items() if c == "month"]
    full = [w for w in months if len(fold(w)) > 4 or fold(w) in ("mars", "mai", "juin", "aout")]
    abbr = [w for w in months if w not in full]
    weekdays = [w for w, c in raw.items() if c == "weekday" and len(w) > 3]
    units = [w for w, c in raw.items() if c == "unit" and w not in ("h", "min")]
    rel = [w for w, c in raw.items() if c == "relative" and " " not in w and w not in ("ce", "cet", "cette")]
    num_words = "|".join(re.escape(w) for w in _variants(list(lex["number"]) + ["quelques", "plusieurs"]))
    day_words = "|".join(re.escape(w) for w in _variants(_NUMBER_WORDS_1_31))
    return {
        "month": {"LOWER": {"IN": _variants(full)}},
        "month_abbr": {"LOWER": {"IN": _variants(abbr + [a + "." for a in abbr])}},
        "weekday": {"LOWER": {"IN": _variants(weekdays)}},
        "set_word": {
            "LOWER": {"IN": _variants([w + "s" for w in weekdays] + [u + s for u in units for s in ("", "s", "x")])}
        },
        "day": {"LOWER": {"REGEX": rf"^((0?[1-9]|[12]\d|3[01])(er|re|ère|e|ème|eme)?|{day_words})$"}},
        # after a bare weekday, a number word counts a noun (`a signé mercredi un décret`): digits only
        "day_digits": {"LOWER": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])(er|re|ère|e|ème|eme)?$"}},
        "year": {"TEXT": {"REGEX": r"^(1[6-9]\d\d|20\d\d|21\d\d)$"}},
        "num": {"LOWER": {"REGEX": rf"^(\d+|{num_words}|vingt-et-un|\w+-\w+)$"}},
        "unit": {"LOWER": {"IN": _variants(u + s for u in units for s in ("", "s", "x"))}},
        "unit1": {"LOWER": {"IN": _variants(["semaine", "mois", "an", "année", "trimestre", "week-end", "décennie"])}},
        "rel": {"LOWER": {"IN": _variants(r + s for r in rel for s in ("", "s"))}},
        "season": {"LOWER": {"IN": _variants(w for w, c in raw.items() if c == "season")}},
        "part": {"LOWER": {"IN": _variants(w for w, c in raw.items() if c == "part")}},
        "part_token": {"LOWER": {"REGEX": rf"^(mi|début|debut|fin)-({'|'.join(_variants(full))}|\d{{4}})$"}},
        "ordinal": {
            "LOWER": {
                "REGEX": r"^(1er|1re|1ère|premier|première|premiere|\d{1,2}(e|ème|eme)|deuxième|deuxieme|"
                r"second|seconde|troisième|troisieme|quatrième|quatrieme|dernier|dernière|derniere)$"
            }
        },
        "numdate": {"TEXT": {"REGEX": r"^\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})$"}},
        "daymonth_num": {"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])$"}},
        "time": {"LOWER": {"REGEX": r"^\d{1,2}(h\d{0,2}|:\d{2})$"}},
    }


def _lexicon_rows() -> list[tuple[str, str]]:
    with open(LEXICON_PATH, encoding="utf-8", newline="") as f:
        return [(r["word"], r["category"]) for r in csv.DictReader(f)]


def load_patterns(nlp: Language) -> dict[str, list[list[dict[str, Any]]]]:
    """label -> token patterns: the JSONL file with placeholders filled."""
    classes = token_classes()
    out: dict[str, list[list[dict[str, Any]]]] = {}
    with open(PATTERNS_PATH, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{PATTERNS_PATH}:{line_no}: not valid JSON ({err})") from err
            numeric = [_is_numeric(tok) for tok in entry["pattern"]]
            tokens = [_fill(tok, classes, line_no) for tok in entry["pattern"]]
            out.setdefault(entry["label"], []).append(_spaced(tokens, numeric))
    return out


_NUMERIC_CLASSES = {"day", "day_digits", "year", "num", "numdate", "daymonth_num", "time", "ordinal"}


def _is_numeric(token: dict[str, Any]) -> bool:
    """A pattern token that matches numbers (a placeholder of numbers, or a regex with a digit)."""
    return token.get("@") in _NUMERIC_CLASSES or "\\d" in json.dumps(token)


def _spaced(tokens: list[dict[str, Any]], numeric: list[bool]) -> list[dict[str, Any]]:
    """The pattern with an optional whitespace token next to its numbers: French typography puts a
    non-breaking space in `28 septembre`, `24 heures` or `en 2012`, and spaCy makes it a token of
    its own. Only next to numbers, so that the matcher stays fast."""
    out: list[dict[str, Any]] = []
    for i, token in enumerate(tokens):
        if i and (numeric[i] or numeric[i - 1]):
            out.append({"IS_SPACE": True, "OP": "?"})
        out.append(token)
    return out


_PHRASE_CATEGORIES = ("deictic", "anaphoric", "part_of_day", "holiday", "new_period")


def phrase_docs(nlp: Language) -> list:
    """Lexicon words read as dates on their own (hier, la veille, noël), for a PhraseMatcher on LOWER:
    hashing them is much cheaper than one Matcher pattern each."""
    words = {w for w, category in _lexicon_rows() if category in _PHRASE_CATEGORIES}
    variants = sorted({v for w in words for v in (w, w.replace("'", "’"), fold(w))})
    return [nlp.make_doc(v) for v in variants]


def _fill(token: dict[str, Any], classes: dict[str, dict[str, Any]], line_no: int) -> dict[str, Any]:
    token = dict(token)
    name = token.pop("@", None)
    if name is None:
        return token
    if name not in classes:
        raise ValueError(f"{PATTERNS_PATH}:{line_no}: unknown placeholder '@{name}'")
    return {**classes[name], **token}


_FUNCTION_WORDS = {"le", "la", "l'", "ce", "cet", "cette", "de", "d'", "du", "dans"}
_COMMON_WORDS = {"des", "avant", "après", "jour", "fête", "-"}  # frequent words inside lexicon phrases
# words that are also frequent non-temporal words ("il a été"): they anchor a date only after these
TRIGGER_AFTER = {"été": {"l'", "l’", "cet", "en", "d'", "d’", "de", "du", "le", "cette", "ce", "au"}}
_TRIGGER_CLASSES = ("month", "month_abbr", "weekday", "set_word", "unit", "unit1", "season")
# a day number or ordinal (3, 3e, 1er), a year, a numeric date or clock time, a quarter (T2); not G7, COVID-19
_NUMBERISH = re.compile(
    r"(t[1-4]|\d{1,2}(er|re|ère|e|ème|eme|h\d{0,2})?|1[6-9]\d\d|2[01]\d\d|"
    r"\d{1,4}[/.:\-]\d{1,2}([/.:\-]\d{2,4})?|(19|20)\d\d[/\-]\d{2,4})$"
)  # 3-digit numbers anchor nothing


def trigger_words(nlp: Language) -> frozenset[str]:
    """Lower-case words without which no DATE pattern can match: every pattern needs a number,
    a month, a weekday, a unit, a season or a word of a lexicon phrase (hier, veille, noël...)."""
    classes = token_classes()
    words = {w for name in _TRIGGER_CLASSES for w in classes[name]["LOWER"]["IN"]}
    words |= set(
        _variants(["quinzaine", "trimestre", "semaine", "journée", "années", "mois-ci", "trimestre-ci", "week", "end"])
    )
    for word, category in _lexicon_rows():  # a phrase needs all its words: its rarest one is enough
        if category in _PHRASE_CATEGORIES:
            tokens = [t.lower_ for t in nlp.make_doc(word) if t.lower_ not in _FUNCTION_WORDS]
            words |= set([t for t in tokens if t not in _COMMON_WORDS] or tokens[:1])
    return frozenset(words | {w.replace("'", "’") for w in words} | {fold(w) for w in words})


def is_trigger(lower: str, words: frozenset[str]) -> bool:
    """A token that can anchor a date: a trigger word, anything with a digit, or mi-/début-/fin-mai."""
    return lower in words or bool(_NUMBERISH.match(lower)) or lower.startswith(("mi-", "début-", "debut-", "fin-"))
