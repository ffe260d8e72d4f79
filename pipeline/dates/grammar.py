"""The grammar of French temporal expressions: regular expressions over folded text, tried in order.

`parse_folded` is the entry point. Rules are plain functions registered with `@rule(stage, pattern)`
in the modules that hold them: `quantities` (numeric dates, offsets, durations), `ranges` (since,
until, the eve of, parts of a month), `points` (named days, months, seasons, years) and the
catch-all `interval` of `ranges` (du 3 au 5 mai). Stages run in that order; inside a stage, rules run
in the order they are written. Patterns name lexicon alternatives as `<MONTH>`, `<WEEKDAY>`, `<UNIT>`...
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.dates.calendar import Context, Value
from pipeline.dates.lexicon import load_lexicon, temporal_words

Handler = Callable[[re.Match[str], Context], Value | None]
STAGES = ("quantity", "range", "point", "interval")
_REGISTRY: dict[str, list[tuple[str, Handler]]] = {stage: [] for stage in STAGES}


def rule(stage: str, pattern: str) -> Callable[[Handler], Handler]:
    """Register a handler for the folded expressions that `pattern` matches in full."""

    def register(handler: Handler) -> Handler:
        _REGISTRY[stage].append((pattern, handler))
        return handler

    return register


@lru_cache(maxsize=1)
def compiled_rules() -> list[tuple[re.Pattern[str], Handler]]:
    """Every registered rule, stage by stage, its placeholders filled from the lexicon."""
    from pipeline.dates import points, quantities, ranges  # noqa: F401  (registers the rules)

    words = temporal_words()
    return [(re.compile(words.expand(p)), handler) for stage in STAGES for p, handler in _REGISTRY[stage]]


def parse_folded(text: str, context: Context) -> Value | None:
    """Try every rule of the grammar on a folded expression; the first that matches wins."""
    text = text.strip()
    if not text:
        return None
    lex = load_lexicon()
    if text not in lex["deictic"] and text not in lex.get("part_of_day", {}):  # `ce soir`, `dans la soirée`
        stripped = strip_time(text)
        if stripped != text:
            return parse_folded(stripped, context) if stripped else None
    for pattern, handler in compiled_rules():
        match = pattern.fullmatch(text)
        if match:
            saved = context.guessed
            value = handler(match, context)
            if value is not None:
                return value
            context.guessed = saved
    return None


# ---- clock times: out of scope, removed so that the day they qualify stays -------------------

_TIME = r"(?:\d{1,2} ?(?:h|heures?)(?: ?\d{1,2}(?: ?(?:min|minutes?))?)?|\d{1,2}:\d{2}(?::\d{2})?|midi|minuit)"
_COMPACT_TIME = r"(?:\d{1,2}h\d{0,2}|\d{1,2}:\d{2}(?::\d{2})?)"
_TIME_CUE = (
    r"(?:(?<!\by )a|vers|des|aux alentours de|autour de|a environ|environ|plutot vers|a partir de|apres|avant"
    r"|jusqu'a|plus tard que)"
)
_TIME_TAIL = (
    r"(?: (?:du matin|du mat|du soir|de l'apres-midi|dans la soiree|dans la matinee|cet|utc|gmt|heure locale"
    r"|heure de paris))?"
)
_TIME_STRIPS = [
    (re.compile(rf"\b(?:de|entre) {_TIME} (?:a|et|jusqu'a|-) {_TIME}"), ""),
    (re.compile(rf"\b{_TIME_CUE} {_TIME}{_TIME_TAIL}(?![\w:])"), ""),
    (re.compile(rf"(?<![\w:]){_COMPACT_TIME}{_TIME_TAIL}(?![\w:])"), ""),
    (re.compile(r"(?<=\w) (?:au |dans la |en |le |l')?(?:matin|soir|apres-midi|soiree|matinee|nuit|mat)$"), ""),
    (
        re.compile(
            r"^(?:dans |durant |pendant |au cours de )?(?:la |le |l')?(?:nuit|soiree|matinee|journee|matin|soir|"
            r"apres-midi) (?=(?:du|de|d') ?)"
        ),
        "",
    ),
    (re.compile(r"(?<=\d)t\d{2}:\d{2}\S*$"), ""),
]


# `dans la nuit` alone is a date of its own (see points.the_night), not a time of an empty day.
_NIGHT = re.compile(r"(?:(?:dans|durant|pendant|au cours de) la nuit(?: derniere)?|la nuit derniere)")


def strip_time(text: str) -> str:
    """The expression without its clock times (`mardi à 15 h` -> `mardi`)."""
    if _NIGHT.fullmatch(text):
        return text
    for pattern, replacement in _TIME_STRIPS:
        text = pattern.sub(replacement, text).strip()
    return re.sub(r"\s+", " ", text)
