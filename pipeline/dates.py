"""Find French temporal expressions in a Doc and normalise them (the `temporal_tagger` component).

Candidate spans come from token patterns in models/temporal/patterns.jsonl (placeholders such as
`{"@": "month"}` are filled from models/temporal/lexicon.csv); each candidate is kept only if
`normalize_date` understands it, longest first, so the grammar also filters false positives.
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline.config import MODELS_DIR, default_model_name
from pipeline.date_normalize import fold, load_lexicon, normalize_date
from pipeline.extensions import DATES_KEY, register_extensions
from pipeline.schema import DateValue

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
        "set_word": {"LOWER": {"IN": _variants([w + "s" for w in weekdays] + [u + s for u in units for s in ("", "s", "x")])}},
        "day": {"LOWER": {"REGEX": rf"^((0?[1-9]|[12]\d|3[01])(er|re|ère|e|ème|eme)?|{day_words})$"}},
        "year": {"TEXT": {"REGEX": r"^(1[6-9]\d\d|20\d\d|21\d\d)$"}},
        "num": {"LOWER": {"REGEX": rf"^(\d+|{num_words}|vingt-et-un|\w+-\w+)$"}},
        "unit": {"LOWER": {"IN": _variants(u + s for u in units for s in ("", "s", "x"))}},
        "unit1": {"LOWER": {"IN": _variants(["semaine", "mois", "an", "année", "trimestre", "week-end", "décennie"])}},
        "rel": {"LOWER": {"IN": _variants(r + s for r in rel for s in ("", "s"))}},
        "season": {"LOWER": {"IN": _variants(w for w, c in raw.items() if c == "season")}},
        "part": {"LOWER": {"IN": _variants(w for w, c in raw.items() if c == "part")}},
        "part_token": {"LOWER": {"REGEX": rf"^(mi|début|debut|fin)-({'|'.join(_variants(full))}|\d{{4}})$"}},
        "ordinal": {"LOWER": {"REGEX": r"^(1er|1re|1ère|premier|première|premiere|\d{1,2}(e|ème|eme)|deuxième|deuxieme|"
                                       r"second|seconde|troisième|troisieme|quatrième|quatrieme|dernier|dernière|derniere)$"}},
        "numdate": {"TEXT": {"REGEX": r"^\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})$"}},
        "daymonth_num": {"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])$"}},
        "time": {"LOWER": {"REGEX": r"^\d{1,2}(h\d{0,2}|:\d{2})$"}},
    }


def _lexicon_rows() -> list[tuple[str, str]]:
    import csv

    from pipeline.date_normalize import LEXICON_PATH
    with open(LEXICON_PATH, encoding="utf-8", newline="") as f:
        return [(r["word"], r["category"]) for r in csv.DictReader(f)]


def load_patterns(nlp: Language) -> dict[str, list[list[dict[str, Any]]]]:
    """label -> token patterns: the JSONL file with placeholders filled, plus lexicon phrases."""
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
            tokens = [_fill(tok, classes, line_no) for tok in entry["pattern"]]
            out.setdefault(entry["label"], []).append(tokens)
    for word, category in _lexicon_rows():  # multi-word lexicon entries are matched as phrases
        if category in ("deictic", "anaphoric", "holiday"):
            for variant in {word, word.replace("'", "’")}:
                out["DATE"].append([{"LOWER": t.lower_} for t in nlp.make_doc(variant)])
    return out


def _fill(token: dict[str, Any], classes: dict[str, dict[str, Any]], line_no: int) -> dict[str, Any]:
    token = dict(token)
    name = token.pop("@", None)
    if name is None:
        return token
    if name not in classes:
        raise ValueError(f"{PATTERNS_PATH}:{line_no}: unknown placeholder '@{name}'")
    return {**classes[name], **token}


# ---- tense of the governing verb -------------------------------------------------------------

_CONDITIONAL = re.compile(r"(rais|rait|rions|riez|raient)$")
_ALLER = {"vais", "vas", "va", "allons", "allez", "vont", "allait", "allaient"}  # futur proche


def clause_tense(span: Span) -> str | None:
    """past/present/future of the verb governing the span, from spaCy morphology; None without a parse."""
    doc = span.doc
    if not doc.has_annotation("DEP") and not doc.has_annotation("MORPH"):
        return None
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if verb.morph.get("VerbForm") == ["Inf"] and verb.head.lower_ in _ALLER:
        return "future"
    for tok in auxes + [verb]:
        if tok.morph.get("VerbForm") != ["Fin"]:
            continue
        text = tok.lower_
        if "Fut" in tok.morph.get("Tense") or "Cnd" in tok.morph.get("Mood") or _CONDITIONAL.search(text):
            return "future"
        if tok in auxes and verb.morph.get("VerbForm") == ["Part"]:
            return "past"
        if set(tok.morph.get("Tense")) & {"Past", "Imp"}:
            return "past"
        return "present"
    if verb.morph.get("VerbForm") == ["Part"] and "Past" in verb.morph.get("Tense"):
        return "past"
    return None


# ---- the component ---------------------------------------------------------------------------

def _published(doc: Doc) -> date | None:
    value = doc._.published
    if isinstance(value, str):
        return date.fromisoformat(value[:10]) if value else None
    return value


class TemporalTagger:
    """Writes doc.spans["dates"], each span with `span._.date_value` (a DateValue)."""

    def __init__(self, nlp: Language, name: str = "temporal_tagger", use_tense: bool = True) -> None:
        register_extensions()
        self.name, self.use_tense = name, use_tense
        self.matcher = Matcher(nlp.vocab)
        for label, patterns in load_patterns(nlp).items():
            self.matcher.add(label, patterns)

    def __call__(self, doc: Doc) -> Doc:
        candidates, prefixes, suffixes = self.match(doc)
        self.set_annotations(doc, candidates, prefixes, suffixes)
        return doc

    def match(self, doc: Doc) -> tuple[list[tuple[int, int]], dict[int, int], dict[int, int]]:
        """Candidate (start, end) token spans, and prefix/suffix spans keyed by where they touch a date."""
        cands, prefixes, suffixes = [], {}, {}
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if label == "PREFIX":
                prefixes[end] = min(start, prefixes.get(end, start))
            elif label == "SUFFIX":
                suffixes[start] = max(end, suffixes.get(start, end))
            else:
                cands.append((start, end))
        return cands, prefixes, suffixes

    def set_annotations(self, doc: Doc, cands, prefixes, suffixes) -> None:
        published, taken, kept = _published(doc), set(), []
        widest = lambda c: (prefixes.get(c[0], c[0]) - suffixes.get(c[1], c[1]), c[0] - c[1], c[0])  # noqa: E731
        for start, end in sorted(set(cands), key=widest):  # longest first
            if taken & set(range(start, end)):
                continue
            found = self._best(doc, start, end, prefixes, suffixes, published, taken)
            if found:
                kept.append(found)
                taken.update(range(found[0].start, found[0].end))
        kept.sort(key=lambda sv: sv[0].start)
        spans, anchor = [], None
        for span, _ in kept:  # second pass in text order: anaphora (la veille...) need the previous date
            value = self._normalize(span, published, anchor)
            if value is None:
                continue
            span._.date_value = value
            spans.append(span)
            if value.precision == "day" and value.start is not None:
                anchor = value.start
        doc.spans[DATES_KEY] = spans

    def _best(self, doc, start, end, prefixes, suffixes, published, taken):
        """The widest variant (with prefix / time suffix) of a candidate that normalises."""
        pre = prefixes.get(start, start)
        post = suffixes.get(end, end)
        for s, e in ((pre, post), (pre, end), (start, post), (start, end)):
            if (s, e) != (start, end) and taken & set(range(s, e)):
                continue
            span = doc[s:e]
            value = self._normalize(span, published, None)
            if value is not None:
                return span, value
        return None

    def _normalize(self, span: Span, published, anchor) -> DateValue | None:
        tense = clause_tense(span) if self.use_tense else None
        value = _normalize_cached(span.text, published, anchor, tense)
        if value is None:
            return None
        return DateValue(span.text, span.start_char, span.end_char, value.start, value.end,
                         value.precision, value.kind)


@lru_cache(maxsize=8192)
def _normalize_cached(text: str, published, anchor, tense) -> DateValue | None:
    """normalize_date is pure: news repeats the same expressions, so results are memoised."""
    return normalize_date(text, published, anchor=anchor, tense=tense)


@Language.factory("temporal_tagger", default_config={"use_tense": True},
                  assigns=["doc.spans", "span._.date_value"])
def make_temporal_tagger(nlp: Language, name: str, use_tense: bool) -> TemporalTagger:
    """spaCy factory: `nlp.add_pipe("temporal_tagger")` after the parser."""
    return TemporalTagger(nlp, name, use_tense)


# ---- plain functions -------------------------------------------------------------------------

def find_dates(doc: Doc, nlp: Language | None = None) -> list[Span]:
    """Run the tagger on one doc (a cached component per vocab) and return its date spans."""
    tagger = _cached_tagger(nlp or _blank_for(doc))
    return list(tagger(doc).spans[DATES_KEY])


_TAGGERS: dict[int, TemporalTagger] = {}


def _cached_tagger(nlp: Language) -> TemporalTagger:
    key = id(nlp.vocab)
    if key not in _TAGGERS:
        _TAGGERS[key] = TemporalTagger(nlp)
    return _TAGGERS[key]


def _blank_for(doc: Doc) -> Language:
    import spacy
    return spacy.blank("fr", vocab=doc.vocab)


def build_date_nlp(model: str | None = None) -> Language:
    """The French model with only what the tagger needs (morphology and parse for tense) + the tagger."""
    import spacy
    nlp = spacy.load(model or default_model_name(), exclude=["ner", "lemmatizer"])
    nlp.add_pipe("temporal_tagger", last=True)
    return nlp


def iter_date_records(items: Iterable[dict[str, Any]], nlp: Language) -> Iterator[dict[str, Any]]:
    """One JSON-ready dict per expression found in each item `{"id"?, "text", "published"}`."""
    register_extensions()
    items = list(items)

    def docs() -> Iterator[Doc]:
        for item in items:
            doc = nlp.make_doc(item["text"])
            doc._.published = date.fromisoformat(item["published"]) if item.get("published") else None
            yield doc

    for item, doc in zip(items, nlp.pipe(docs())):
        for span in doc.spans[DATES_KEY]:
            v: DateValue = span._.date_value
            record = {"id": item["id"]} if "id" in item else {}
            record.update(text=v.text, char_start=v.char_start, char_end=v.char_end,
                          start=v.start.isoformat() if v.start else None,
                          end=v.end.isoformat() if v.end else None, precision=v.precision, kind=v.kind)
            yield record
