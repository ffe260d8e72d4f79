"""The temporal lexicon (models/temporal/lexicon.csv) and the folded text form every rule reads.

Folding lowers case, removes accents and unifies apostrophes; number words become digits, so the
grammar (`grammar`, `quantities`, `points`, `ranges`) only deals with one spelling of each word.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.config import MODELS_DIR
from pipeline.text import strip_accents

LEXICON_PATH = MODELS_DIR / "temporal" / "lexicon.csv"


def fold(text: str) -> str:
    """`text.strip_accents`, then abbreviation dots and list punctuation dropped, single spaces:
    the form every date rule reads."""
    text = strip_accents(text).replace("il ya", "il y a")
    text = re.sub(r"(?<=[a-z])\.", " ", text)  # abbreviation dots: juil. lun.
    text = re.sub(r"[,;()]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .")


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, dict[str, str]]:
    """category -> {folded word: value}, read once from the analyst-editable CSV."""
    lex: dict[str, dict[str, str]] = {}
    with open(LEXICON_PATH, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            lex.setdefault(row["category"], {})[fold(row["word"])] = row["value"]
    return lex


def alt(words: Iterable[str]) -> str:
    """A regex alternative of words, longest first so that `juillet` wins over `juil`."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---- numbers in words -> digits -------------------------------------------------------------


@lru_cache(maxsize=1)
def _number_patterns() -> tuple[dict[str, int], re.Pattern, dict[str, str], re.Pattern]:
    """Number words, their compound regex, and the ordinal words with one regex: compiled once."""
    lex = load_lexicon()
    nums = {w: int(v) for w, v in lex["number"].items()}
    word = alt(nums)
    compound = re.compile(rf"(?<![\w-])(?:{word})(?:(?:-et-|-| et )(?:{word}))*(?![\w-])")
    ordinals = dict(lex["ordinal"])
    ordinal = re.compile(rf"(?<![\w'-])({alt(ordinals)})(?![\w-])")
    return nums, compound, ordinals, ordinal


def words_to_digits(text: str) -> str:
    """Number and ordinal words to digits (vingt-deux -> 22, premier -> 1e) on a folded text."""
    nums, compound, ordinals, ordinal = _number_patterns()
    text = re.sub(r"(\d\s+)sept\b", r"\1septembre", text)  # "11 sept 2014": month, not seven
    text = re.sub(r"\bsept(?=\s+\d{4})", "septembre", text)
    text = re.sub(r"\bseconde? (?=quinzaine|semaine|trimestre|semestre)", "2e ", text)
    text = ordinal.sub(lambda m: f"{ordinals[m[1]]}e", text)
    text = re.sub(r"\b(\d{1,2})(?:er|re|ere|eme|ieme|e)\b", r"\1e", text)

    def value(m: re.Match) -> str:
        total = 0
        for part in re.split(r"-et-|-| et ", m.group(0)):
            v = nums[part]
            total = (total or 1) * 100 if v == 100 else 80 if (v == 20 and total == 4) else total + v
        return str(total)

    return compound.sub(value, text)


def number_value(word: str) -> int:
    """The value of one number word or digits (`trois` -> 3, `12` -> 12), 0 when it is neither: the
    lexicon's `number` rows serve dates and the counts of events and groups alike."""
    if word.isdigit():
        return int(word)
    return _number_patterns()[0].get(fold(word.lower()), 0)


def unit_of(word: str) -> str | None:
    """Calendar unit of a folded word (semaines -> week), None if it is not a unit."""
    units = load_lexicon()["unit"]
    return units.get(word) or units.get(re.sub(r"[sx]$", "", word))


def rel_offset(word: str | None) -> int | None:
    """-1/0/+1 for dernier/ce/prochain...; None when there is no relative word."""
    return None if word is None else int(load_lexicon()["relative"].get(word, "0") or 0)


class TemporalWords:
    """The lexicon's categories, and the regex alternatives that rule patterns name as `<MONTH>`, `<UNIT>`..."""

    def __init__(self) -> None:
        lex = load_lexicon()
        self.month, self.weekday, self.season = lex["month"], lex["weekday"], lex["season"]
        self.holiday, self.deictic, self.anaphoric = lex["holiday"], lex["deictic"], lex["anaphoric"]
        self.new_period = lex.get("new_period", {})
        self.part_of_day = lex.get("part_of_day", {})
        full = [w for w in self.month if len(w) > 4 or w in ("mars", "mai", "juin", "aout")]
        self.pieces = {
            "MONTH": f"({alt(self.month)})",
            "MONTH_FULL": f"({alt(full)})",
            "WEEKDAY": f"({alt(self.weekday)})",
            "WEEKDAY_WORDS": alt(self.weekday),
            "UNIT": f"({alt(w + s for w in lex['unit'] for s in ('', 's', 'x'))})",
            "RELATIVE": f"({alt(lex['relative'])})",
            "RELATIVE_WORDS": alt(lex["relative"]),
            "SEASON": f"({alt(self.season)})",
            "HOLIDAY": f"({alt(self.holiday)})",
        }

    def expand(self, pattern: str) -> str:
        """A rule pattern with its `<NAME>` placeholders replaced by the lexicon's alternatives."""
        return re.sub(r"<([A-Z_]+)>", lambda m: self.pieces[m[1]], pattern)


@lru_cache(maxsize=1)
def temporal_words() -> TemporalWords:
    """The lexicon's words and regex pieces, built once."""
    return TemporalWords()
