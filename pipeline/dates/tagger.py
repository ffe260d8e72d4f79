"""Find French temporal expressions in a Doc and normalise them (the `temporal_tagger` component).

Candidate spans come from token patterns in models/temporal/patterns.jsonl (placeholders such as
`{"@": "month"}` are filled from models/temporal/lexicon.csv); each candidate is kept only if
`normalize_date` understands it, longest first, so the grammar also filters false positives.
Speed: the matcher only runs on windows around tokens that can anchor a date (a number, a month,
a weekday, a unit...), so the many sentences without one cost a set lookup per distinct word; and in
a window, a pattern is only tried when the words it requires are there (`gating`): `le 3 mai` is
not looked for around `2 500 manifestants`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.config import default_model_name
from pipeline.dates.bounds import interval_bounds
from pipeline.dates.discourse import (
    anchor_event,
    counted_from_clause,
    counts_back,
    event_date,
    event_date_after,
    is_age,
    is_clock_time,
    is_loose_number,
    is_other_calendar,
    is_quantity,
    is_so_far,
    list_parts,
    passage_index,
    passage_year,
    sentence_index,
    split_year_pairs,
    year_hint,
    year_pair_parts,
)
from pipeline.dates.lexicon import fold, temporal_words
from pipeline.dates.normalize import normalize_date
from pipeline.dates.patterns import TRIGGER_AFTER, is_trigger, load_patterns, phrase_docs, trigger_words
from pipeline.dates.tense import clause_tense, is_pluperfect
from pipeline.nlp.extensions import DATES_KEY, register_extensions
from pipeline.nlp.gating import GatedMatcher, Words
from pipeline.nlp.syntax import index_sentences
from pipeline.schema import DateValue

__all__ = ["TemporalTagger", "build_date_nlp", "clause_tense", "find_dates", "iter_date_records", "normalize_date"]
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_WINDOW = 7  # tokens on each side of a trigger: "d' ici la fin de l' année" has 6 before its anchor

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
        self.matcher = GatedMatcher(nlp.vocab)  # DATE candidates
        self.edges = GatedMatcher(nlp.vocab)  # PREFIX / SUFFIX, only looked for around candidates
        for label, patterns in load_patterns(nlp).items():
            (self.matcher if label == "DATE" else self.edges).add(label, patterns)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("DATE", phrase_docs(nlp))
        self.triggers = trigger_words(nlp)
        self._is_trigger: dict[int, bool] = {}  # ORTH id -> its lower-case form can anchor a date
        self.vocab = nlp.vocab

    def __call__(self, doc: Doc) -> Doc:
        self._tenses: dict[int, str | None] = {}  # root token -> tense of its clause, for this doc
        split_year_pairs(doc)
        index_sentences(doc)
        candidates, prefixes, suffixes = self.match(doc)
        self.set_annotations(doc, candidates, prefixes, suffixes)
        return doc

    def match(self, doc: Doc) -> tuple[list[tuple[int, int]], dict[int, int], dict[int, int]]:
        """Candidate (start, end) token spans, and prefix/suffix spans keyed by where they touch a date."""
        prefixes: dict[int, int] = {}
        suffixes: dict[int, int] = {}
        words = Words.of(doc)
        cands = [(a, b) for _, a, b in self.matcher(doc, self.windows(doc, words), words)]
        cands += [(a, b) for _, a, b in self.phrases(doc)]
        cands = [_trimmed(doc, a, b) for a, b in cands]
        around = _merge((max(0, a - _WINDOW), min(len(doc), b + _WINDOW)) for a, b in sorted(cands))
        # a bare year (le bilan 2024) is one token: a regex is much cheaper than a matcher pattern,
        # and it needs no prefix or suffix (en 2024, depuis 2024 have their own patterns)
        cands += [(i, i + 1) for i in words.text_where(_is_bare_year, _BARE_YEARS)]
        for match_id, a, b in self.edges(doc, around, words):
            start, end = _trimmed(doc, a, b)
            if doc.vocab.strings[match_id] == "PREFIX":
                prefixes[end] = min(start, prefixes.get(end, start))
            else:
                suffixes[start] = max(end, suffixes.get(start, end))
        return cands, prefixes, suffixes

    def windows(self, doc: Doc, words: Words | None = None) -> list[tuple[int, int]]:
        """Merged token windows around the tokens that can anchor a date (see `is_trigger`)."""
        if len(doc) == 0:
            return []
        hits = [
            i
            for i in (words or Words.of(doc)).where(self._trigger)
            if doc[i].lower_ not in TRIGGER_AFTER or (i and doc[i - 1].lower_ in TRIGGER_AFTER[doc[i].lower_])
        ]
        return _merge((max(0, i - _WINDOW), min(len(doc), i + _WINDOW + 1)) for i in hits)

    def is_date_word(self, lower: str) -> bool:
        """A word that can anchor a date (see `is_trigger`)."""
        return is_trigger(lower, self.triggers)

    def _trigger(self, orth: int) -> bool:
        found = self._is_trigger.get(orth)
        if found is None:
            found = self._is_trigger[orth] = is_trigger(self.vocab.strings[orth].lower(), self.triggers)
        return found

    def set_annotations(self, doc: Doc, cands, prefixes, suffixes) -> None:
        published = _published(doc)
        taken: set[int] = set()
        kept = []
        widest = lambda c: (prefixes.get(c[0], c[0]) - suffixes.get(c[1], c[1]), c[0] - c[1], c[0])  # noqa: E731
        for start, end in sorted(set(cands), key=widest):  # longest first
            if taken & set(range(start, end)):
                continue
            found = self._best(doc, start, end, prefixes, suffixes, published, taken)
            if found:
                kept.append(found)
                taken.update(range(found[0].start, found[0].end))
        kept.sort(key=lambda sv: sv[0].start)
        doc.spans[DATES_KEY] = self.resolve(doc, [span for span, _ in kept], published)

    def resolve(self, doc: Doc, spans: list[Span], published: date | None) -> list[Span]:
        """Second pass in text order: anaphora (la veille) need the previous date, event anchors
        (au lendemain de l'annonce) the date of that event, a month the year of its passage;
        a list of days becomes one span per day."""
        sentences = sentence_index(doc)
        passages = passage_index(doc)
        out: list[Span] = []
        dated: list[tuple[Span, DateValue]] = []
        anchor: date | None = None
        past_anchor: date | None = None  # the latest day told as past or present, for past clauses
        anchor_passage = -1
        anchor_sentence = -1  # the sentence of the anchor: a day it then goes back to is a flashback
        month_anchor: tuple[date, int] | None = None  # a month told after the day anchor, and its sentence
        year, year_sentence = None, -1
        pending: list[tuple[Span, Token]] = []
        week: tuple[date, int] | None = None  # a week told (`la semaine dernière`), the last sentence it frames
        for span in spans:
            if passages[span.start] != year_sentence:
                year = None
            for part, text in self._parts(span, published):
                past = self.use_tense and published is not None and self._tense(part) == "past"
                told = past_anchor if past else anchor
                main_day = self._main_clause_day(part, spans, published, told) if _anaphoric_day(part) else None
                if main_day is not None:
                    told = main_day  # `X, qui avait rencontré la veille Y, s'est rendu mardi à Z`: Tuesday's eve
                bare_part = anchor_passage != passages[part.start] and _part_of_day(part)
                if bare_part:
                    told = None  # `dans la soirée` alone is the publication day; after `lundi`, that Monday's
                if month_anchor is not None and month_anchor[1] == sentences[part.start] and _months_counted(part):
                    told = month_anchor[0]  # `en septembre 2023 ..., dont Moscou s'était retiré deux mois plus tôt`
                value = self._normalize(part, published, told, text=text, year=year)
                if value is None:
                    continue
                if self.use_tense and _weekday_of_today(part, value, published) and is_pluperfect(part):
                    value = _week_before(value)  # told on a Monday, `avait téléphoné lundi`: the Monday before
                reported = _reporting_day(part, dated, published) if self.use_tense else None
                if reported is not None and self._tense(part) == "future":
                    value = _weekday_after(value, reported)  # `a confirmé lundi qu'ils se parleraient mardi`
                if week is not None and sentences[part.start] <= week[1] and _weekday_of_week(part, value):
                    framed = _in_week(value, week[0])  # `La semaine dernière ... Mercredi, X a ...`
                    if not self._against_tense(part, framed, published):
                        value = framed
                before = dated[-1][1].start if dated else None
                if before is not None and _listed_weekdays(dated[-1], part, value):
                    value = _weekday_after(value, before)  # `lundi et mardi`: the days that follow
                week = _week_told(value, sentences[part.start], week, self.use_tense and is_pluperfect(part))
                if _day_after_told(part) and self._after_the_news(part, value, published):
                    value = replace(value, start=None, end=None)  # `a frappé le lendemain`: not after the news
                if counted_from_clause(part):  # `dix jours après que X a gelé ...`: that day is unknown
                    value = replace(value, start=None, end=None)
                noun = anchor_event(part)
                if noun is not None:  # the event's date, else unresolved rather than the publication date
                    day = event_date(noun, dated, sentences, before=counts_back(part))
                    value = (self._normalize(part, day, day) if day else None) or replace(value, start=None, end=None)
                    if self._after_the_news(part, value, published):
                        value, day = replace(value, start=None, end=None), None
                    if day is None:
                        pending.append((part, noun))
                part._.date_value = value
                out.append(part)
                dated.append((part, value))
                if value.precision == "month" and value.start is not None:
                    month_anchor = (value.start, sentences[part.start])
                if (
                    value.precision == "day"
                    and value.start is not None
                    and not _flashback(value, anchor, sentences[part.start] == anchor_sentence)
                    # `Mardi, X a frappé Y. Une salve a suivi dans la soirée. Le même jour, ...`: a part of a day
                    # that names no day is no day for what follows to go back to
                    and not (bare_part and anchor is not None)
                ):
                    anchor, anchor_passage = value.start, passages[part.start]
                    anchor_sentence = sentences[part.start]
                    if _told_as_past(value, published, self._tense(part) if self.use_tense else None):
                        past_anchor = value.start
                if passage_year(value):
                    year, year_sentence = passage_year(value), passages[span.start]
        for part, noun in pending:  # `au lendemain de la visioconférence organisée samedi`: a date given later
            day = event_date_after(noun, dated, sentences)
            value = self._normalize(part, day, day) if day else None
            if value is not None:
                part._.date_value = value
        return out

    def _main_clause_day(self, part: Span, spans: list[Span], published: date | None, told: date | None) -> date | None:
        """The day of the main clause a relative clause holding `part` hangs on (`Le ministre, qui avait rencontré
        la veille son homologue, s'est rendu mardi à Doha`): a day told later in the sentence, outside that clause."""
        relative = next((t for t in part.root.ancestors if t.dep_ == "acl:relcl"), None)
        if relative is None:
            return None
        inside = {t.i for t in relative.subtree}
        for later in spans:
            if later.sent.start != part.sent.start or later.start <= part.end or later.root.i in inside:
                continue
            if _anaphoric_day(later):
                continue
            value = self._normalize(later, published, told)
            if value is None or value.precision != "day" or value.start is None:
                return None
            # a main clause ahead (`X, qui a rencontré la veille Y, doit se rendre jeudi`) leaves the eve the story's
            return value.start if published is None or value.start <= published else None
        return None

    def _parts(self, span: Span, published: date | None) -> list[tuple[Span, str]]:
        """The spans a match stands for, each with the text to normalise: one per day of a list,
        one per year of a season (2024/2025), else the span itself."""
        parts = list_parts(span)
        if not parts:
            value = self._normalize(span, published, None)
            parts = year_pair_parts(span, value) if value else []
        return parts or [(span, span.text)]

    def _best(self, doc, start, end, prefixes, suffixes, published, taken):
        """The widest variant (with prefix / suffix) of a candidate that normalises and is a date."""
        pre = prefixes.get(start, start)
        post = suffixes.get(end, end)
        for s, e in ((pre, post), (pre, end), (start, post), (start, end)):
            if (s, e) != (start, end) and taken & set(range(s, e)):
                continue
            span = doc[s:e]
            value = self._normalize(span, published, None)
            if value is not None and not (
                is_age(span)
                or is_quantity(span)
                or is_clock_time(span)
                or is_other_calendar(span)
                or is_loose_number(span)
                or is_so_far(span)
            ):
                return span, value
        return None

    def _against_tense(self, span: Span, value: DateValue, published: date | None) -> bool:
        """A day after the publication in a past clause, or before it in a future one (`les trois
        dirigeants devraient tenir une visioconférence la semaine prochaine. X s'était entretenu mardi
        avec Y`: not next week's Tuesday)."""
        if not self.use_tense or published is None or value.start is None:
            return False
        tense = self._tense(span)
        return (tense == "past" and value.start > published) or (tense == "future" and value.start < published)

    def _after_the_news(self, span: Span, value: DateValue, published: date | None) -> bool:
        """`Israël a frappé l'Iran, six jours après l'attaque lancée par Téhéran`, the attack taken for the
        one an earlier sentence tells (`des explosions ont été entendues cette nuit`, the strike itself):
        a past clause counted on from an event to a day after the publication has its anchor wrong."""
        return (
            self.use_tense
            and published is not None
            and value.start is not None
            and value.start > published
            and self._tense(span) == "past"
        )

    def _tense(self, span: Span) -> str | None:
        """`clause_tense` depends on the span's root only: variants of one candidate share it."""
        root = span.root.i
        if root not in self._tenses:
            self._tenses[root] = clause_tense(span)
        return self._tenses[root]

    def _normalize(
        self, span: Span, published: date | None, anchor: date | None, text: str | None = None, year: int | None = None
    ) -> DateValue | None:
        tense = self._tense(span) if self.use_tense else None
        value = _normalize_cached(text or span.text, published, anchor, tense, year_hint(year, published, tense))
        if value is None:
            return None
        return DateValue(span.text, span.start_char, span.end_char, value.start, value.end, value.precision, value.kind)


def _reporting_day(part: Span, dated: list[tuple[Span, DateValue]], published: date | None) -> date | None:
    """`Le Kremlin a confirmé lundi que les deux présidents se parleraient mardi`: a bare weekday in a
    `que` clause whose reporting verb a day before the publication dates (told earlier in the sentence)
    lies ahead of that day, not of the publication: the Tuesday after that Monday. The day of the
    report, else None."""
    if published is None or fold(part.text.lower()) not in temporal_words().weekday:
        return None
    verb = next((t for t in part.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "ccomp" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    reporting = verb.head  # with the verb it governs or hangs on (`a fait savoir lundi que`)
    reporting_verbs = {reporting.i} | {c.i for c in reporting.children if c.dep_ == "xcomp"}
    if reporting.dep_ == "xcomp":
        reporting_verbs.add(reporting.head.i)
    for span, value in reversed(dated):
        if span.sent.start != part.sent.start:
            break
        if span.root.head.i not in reporting_verbs or value.precision != "day" or value.start is None:
            continue
        return value.start if value.start < published else None
    return None


def _weekday_after(value: DateValue, day: date) -> DateValue:
    """The weekday of `value` in the week that follows `day` (the first such weekday after it)."""
    if value.start is None:
        return value
    ahead = day + timedelta((value.start.weekday() - day.weekday()) % 7 or 7)
    return replace(value, start=ahead, end=ahead)


def _listed_weekdays(before: tuple[Span, DateValue], part: Span, value: DateValue) -> bool:
    """`se réunissent lundi et mardi`, `lundi, mardi et mercredi`: a weekday named alone right after another,
    the two joined by `et` or a comma, is the first such day after it, whichever way the clause's tense
    alone would turn it; each day of such a list otherwise goes to its own nearest date."""
    span, first = before
    if not (_weekday_of_week(span, first) and _weekday_of_week(part, value)):
        return False
    between = part.doc[span.end : part.start]
    return len(between) == 1 and between[0].lower_ in {"et", ","} and len(span) == 1 and len(part) == 1


def _anaphoric_day(span: Span) -> bool:
    """`la veille`, `le lendemain`, `l'avant-veille` (the `anaphoric` words of the temporal lexicon)."""
    text = fold(" ".join(span.text.lower().split()))
    return any(w in text for w in temporal_words().anaphoric)


def _day_after_told(span: Span) -> bool:
    """`le lendemain`, `dès le surlendemain`, `le jour suivant` (the `anaphoric` words of the temporal
    lexicon that count days forward): the day after a day the text told, never tomorrow. In a past
    clause, one that falls after the publication was counted from the wrong day (the dateline, or none
    told): the day is unknown."""
    text = fold(span.text.lower())
    return any(words in text for words in _days_forward())


@lru_cache(maxsize=1)
def _days_forward() -> tuple[str, ...]:
    return tuple(w for w, offset in temporal_words().anaphoric.items() if int(offset) > 0)


def _flashback(value: DateValue, anchor: date | None, same_sentence: bool) -> bool:
    """A day the sentence of the anchor goes back to (`a expulsé mercredi vingt diplomates, en riposte
    à l'attaque du 4 mars`): the background of the day told, not the day `le lendemain` counts from."""
    return anchor is not None and value.start is not None and value.start < anchor and same_sentence


_MONTHS_COUNTED = re.compile(r"\b(mois|ans?|annees?) (plus tot|plus tard|auparavant|avant|apres)\b")


def _months_counted(span: Span) -> bool:
    """`deux mois plus tôt`, `trois ans plus tard`: months or years counted from the date told before;
    after a month told in the same sentence (`en septembre 2023`), from that month."""
    return bool(_MONTHS_COUNTED.search(fold(" ".join(span.text.lower().split()))))


def _part_of_day(span: Span) -> bool:
    """`dans la soirée`, `en fin de journée` (`part_of_day` in models/temporal/lexicon.csv)."""
    return fold(" ".join(span.text.split())) in temporal_words().part_of_day


def _weekday_of_today(span: Span, value: DateValue, published: date | None) -> bool:
    """A bare weekday (`lundi`, `lundi soir`, no day number, no `ce`) resolved to the publication day."""
    words = fold(span.text.lower()).split()
    return (
        published is not None
        and value.start == published
        and value.end == published
        and bool(words)
        and words[0] in temporal_words().weekday
        and not any(ch.isdigit() for ch in span.text)
    )


def _weekday_of_week(span: Span, value: DateValue) -> bool:
    """A weekday named alone (`Mercredi`, `mercredi soir`): no number, no `dernier`, `prochain`."""
    words = fold(span.text.lower()).split()
    return (
        value.precision == "day"
        and value.start is not None
        and bool(words)
        and words[0] in temporal_words().weekday
        and not any(ch.isdigit() for ch in span.text)
        and not set(words[1:]) & {"dernier", "prochain", "passe", "precedent", "suivant", "d'avant", "d'apres"}
    )


def _in_week(value: DateValue, monday: date) -> DateValue:
    """The weekday of `value` in the week starting on `monday`."""
    assert value.start is not None
    day = monday + timedelta(days=value.start.weekday())
    return replace(value, start=day, end=day)


def _week_told(
    value: DateValue, sentence: int, week: tuple[date, int] | None, pluperfect: bool
) -> tuple[date, int] | None:
    """`La semaine dernière a été rude. Mercredi, Washington a ... Jeudi, Bruxelles a ...`: a whole week
    told (Monday to Sunday) frames the bare weekdays of its sentence and the next, and of each next
    sentence as long as they fall in it; any other day or period told ends the frame. A week of a
    pluperfect clause is a flashback (`La semaine dernière déjà, ils avaient échangé. Mardi, ils se sont
    de nouveau réunis`): it frames its own sentence only."""
    if value.start is None or value.end is None:
        return week
    if value.precision == "week" and value.kind == "date" and (value.end - value.start).days == 6:
        return value.start, sentence + (0 if pluperfect else 1)
    if week is not None and week[0] <= value.start and value.end <= week[0] + timedelta(days=6):
        # a day of the week told in a pluperfect clause (`Ankara avait répliqué samedi`) is a flashback too
        return week[0], max(week[1], sentence + (0 if pluperfect else 1))
    return None


def _week_before(value: DateValue) -> DateValue:
    week = timedelta(days=7)
    return replace(
        value, start=value.start - week if value.start else None, end=value.end - week if value.end else None
    )


def _told_as_past(value: DateValue, published: date | None, tense: str | None) -> bool:
    """A day that a past clause's anaphor may count from (`avait relevé la veille`): not one after the
    publication day, nor one of a clause about the future (`seront taxés à partir du 10 mars`)."""
    return tense != "future" and (published is None or value.start is None or value.start <= published)


_BARE_YEARS: dict[int, bool] = {}  # ORTH id -> is a bare year (1999, 2024)


def _is_bare_year(text: str) -> bool:
    return len(text) == 4 and _BARE_YEAR.fullmatch(text) is not None


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span without whitespace tokens at its edges (a line break before `Samedi`)."""
    while start < end - 1 and doc[start].is_space:
        start += 1
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    return start, end


def _merge(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) windows, sorted by start, merged into one."""
    out: list[tuple[int, int]] = []
    for s, e in windows:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


@lru_cache(maxsize=8192)
def _normalize_cached(text: str, published, anchor, tense, year) -> DateValue | None:
    """normalize_date is pure: news repeats the same expressions, so results are memoised."""
    return normalize_date(text, published, anchor=anchor, tense=tense, year=year)


@Language.factory(
    "news_temporal_tagger", default_config={"use_tense": True}, assigns=["doc.spans", "span._.date_value"]
)
def make_temporal_tagger(nlp: Language, name: str, use_tense: bool) -> TemporalTagger:
    """spaCy factory: `nlp.add_pipe("news_temporal_tagger", name="temporal_tagger")` after the parser."""
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
    nlp.add_pipe("news_temporal_tagger", name="temporal_tagger", last=True)
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

    tagger = next(p for _, p in nlp.pipeline if isinstance(p, TemporalTagger))
    for item, doc in zip(items, nlp.pipe(docs()), strict=False):
        key = {"id": item["id"]} if "id" in item else {}
        for span in doc.spans[DATES_KEY]:
            v: DateValue = span._.date_value
            yield {**key, **_record(v.text, v.char_start, v.char_end, v.start, v.end, v.precision, v.kind)}
            # TimeML annotates the written bounds of an interval (`depuis 1998`: 1998) on their own
            for part, first, last in interval_bounds(span, v, tagger.is_date_word):
                record = _record(part.text, part.start_char, part.end_char, first, last, v.precision, "date")
                yield {**key, **record, "bound_of": v.text}


def _record(text, char_start, char_end, start, end, precision, kind) -> dict[str, Any]:
    return {
        "text": text,
        "char_start": char_start,
        "char_end": char_end,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "precision": precision,
        "kind": kind,
    }
