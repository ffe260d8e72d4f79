"""What the text around a date says about it, beyond the expression itself: a list of days is several
dates (`les 9 et 23 juin`), a passage about a year gives its year to the months in it (`En 2019 ...
en janvier`), `au lendemain de l'annonce` is anchored on that announcement's date, and an age
(`un homme de 38 ans`) or a quantity (`2000 euros`) is no time expression. Pure functions over
spaCy tokens; the words come from models/temporal/cues.csv (see `cues`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import numpy
from spacy.tokens import Doc, Span, Token

from pipeline.dates.cues import is_cue, load_cues
from pipeline.dates.lexicon import fold, temporal_words
from pipeline.nlp.gating import Words
from pipeline.nlp.tokens import forget_tokens
from pipeline.schema import DateValue
from pipeline.text import DEMONSTRATIVES

_AGE = re.compile(r"(?:\d{1,3}|[a-zéè-]+) ans")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_SHORT_YEAR = re.compile(r"(?:en '?\d\d|.*\D '?\d\d)")  # en 95, mars 08, le 4 juin 89
_EXPLICIT_YEAR = re.compile(r"\b(?:1[6-9]|20|21)\d\d\b")
_FUNCTION_WORDS = frozenset(
    "et ou le la les l' l’ il elle ils elles on puis avec pour par à au aux dans sur de du des d' d’ lors déjà "
    "alors ce cet cette contre après avant quand mais donc qui que sous chez vers".split()
)
_AUXILIARIES = frozenset(
    "est sont ont avais avait étais était étaient avaient sera aura seront auront fut reste".split()
)
_AVOIR = frozenset("a ai as avons avez ont avait avais avaient aura aurait auront auraient eu".split())
_REFERENCE_WORDS = frozenset({"n°", "no", "numéro", "page", "article", "code", "route", "rn", "rd", "a", "n"})
# `au lendemain de l'annonce`, `dans la foulée de son entretien avec X`: a day told from an event's own
_ANAPHORIC_EVENT = re.compile(
    r"(?:(?:au|le|la|a la|des le|des la) )?(?:lendemain|veille|avant-veille|surlendemain)|dans la foulee"
)
_COUNTED_EVENT = re.compile(r"(?:[\w-]+ ){1,2}(?:apres|avant)")  # 100 ans après (l'exploit)
_ONE_EVENT_DAYS = 3  # days apart that one event's dates may be (`mercredi et jeudi`), not two events'
_DETERMINERS = frozenset("l' l’ la le les un une cette ce cet son sa ses leur leurs du de des d' d’".split())


# ---- what is not a time expression --------------------------------------------------------------


def _next_word(span: Span) -> Token | None:
    """The token after the span, over whitespace tokens (a non-breaking space is one)."""
    return next((t for t in span.doc[span.end : span.end + 3] if not t.is_space), None)


def _previous_word(span: Span) -> Token | None:
    return next((t for t in reversed(span.doc[max(0, span.start - 3) : span.start]) if not t.is_space), None)


def _words(span: Span) -> str:
    """The span's text in lower case with single plain spaces."""
    return re.sub(r"\s+", " ", span.text.lower()).strip()


def is_so_far(span: Span) -> bool:
    """`à ce jour, aucune riposte n'est venue`, `jusqu'à ce jour`: up to now (`so_far` in cues.csv, the word
    before the span and the span), a time that has lasted, not the day of the news."""
    before = _previous_word(span)
    return before is not None and fold(f"{before.lower_} {_words(span)}") in load_cues().get("so_far", frozenset())


def is_age(span: Span) -> bool:
    """`un homme de 38 ans`, `âgée de 90 ans`, `Paul Martin, 26 ans,`: an age, not a duration.
    Also when the tagger glued the next preposition to it (`un homme âgé de 34 ans après l'attaque`
    is a man of 34, not a day 34 years after the attack)."""
    if len(span) > 2 and span[-1].lower_ in ("après", "avant") and _AGE.fullmatch(_words(span[:-1])):
        span = span[:-1]
    if not _AGE.fullmatch(_words(span)):
        return False
    doc = span.doc
    words = [t for t in doc[max(0, span.start - 12) : span.start] if not t.is_space]
    ranged = False
    while len(words) >= 2 and words[-1].lower_ in ("à", "-", ",", "et", "ou") and words[-2].like_num:
        ranged = words[-1].lower_ in ("à", "-")
        words = words[:-2]  # des enfants de 6 à 16 ans, âgés de 33, 34 et 39 ans
    if ranged and words and words[-1].lower_ in ("les", "des", "aux") and not _counts_a_noun(span):
        # an age group: `les 6-16 ans`, `réservé aux 12 à 15 ans`; `dans les 2 à 3 ans` is a period
        return len(words) < 2 or not is_cue(words[-2].text, "not_age")
    compared = False
    while len(words) >= 2 and words[-1].lower_ == "de" and words[-2].lower_ in ("plus", "moins", "près"):
        words, compared = words[:-2], True  # âgés de plus de 60 ans
    before = words[-1] if words else None
    if compared and before is not None and before.lower_ in ("les", "aux", "des"):
        return True  # un film interdit aux moins de 16 ans
    before2 = words[-2] if len(words) > 1 else None
    after = _next_word(span)
    if before is not None and before.lower_ in ("(", ",") and (after is None or after.text in (",", ")", ".", ";")):
        return True  # an apposition after a name
    if before is not None and before.lower_ in ("ses", "son", "sa", "leurs", "leur", "mes", "nos", "vos"):
        return True  # fêter ses cent ans
    if before is not None and before.lower_ == "à" and (after is None or after.lower_ not in ("de", "d'", "d’")):
        return True  # mort à 90 ans, À 48 ans, il...; `condamné à 5 ans de prison` is a duration
    if before is not None and before.lower_ == "que":
        before = before2  # il n'avait que 20 ans
        before2 = words[-3] if len(words) > 2 else None
    if before is not None and before.lower_ in _AVOIR and (before2 is None or before2.lower_ != "y"):
        return True  # il avait 13 ans; `il y a 20 ans` is a date
    if before is None or before.lower_ not in ("de", "d'", "d’") or before2 is None:
        return False
    if is_cue(before2.text, "age_cue"):
        return True
    # `un chauffeur de bus de 38 ans`: a noun then "de N ans"; `au terme de trois ans` is a duration
    nominal = before2.pos_ in ("NOUN", "PROPN") if before2.pos_ else before2.is_alpha
    return nominal and not before2.is_upper and not is_cue(before2.text, "not_age") and before2.lower_ != "ans"


def _counts_a_noun(span: Span) -> bool:
    """`5 à 6 ans de travaux`: the years measure what follows."""
    after = _next_word(span)
    return after is not None and after.lower_ in ("de", "d'", "d’")


_BARE_DAY = re.compile(r"le (?:[1-9]|[12]\d|3[01]|1er)")
_PAUSES = frozenset(",.;:)–—-")


def is_loose_number(span: Span) -> bool:
    """`le 7` read alone: a day of the month only before a pause or a word of place or occasion
    (`avait reçu le 7 à Téhéran`, `le 12, il a ...`, `after_bare_day` in cues.csv), not a number
    that names or counts something (`le 7 de la liste`, `le 3 sur 10`) nor an address (`le 10, rue X`)."""
    if not _BARE_DAY.fullmatch(_words(span)):
        return False
    after = _next_word(span)
    if after is None:
        return False
    if after.text in _PAUSES:
        street = next((t for t in span.doc[after.i + 1 : after.i + 3] if not t.is_space), None)
        return street is not None and is_cue(street.text, "street")
    return not is_cue(after.text, "after_bare_day")


def is_other_calendar(span: Span) -> bool:
    """`cette année scolaire`, `le nouvel an chinois`: a year of another calendar, not a date."""
    after = _next_word(span)
    return span[-1].lower_ in ("an", "année", "annee") and after is not None and is_cue(after.text, "year_kind")


def is_clock_time(span: Span) -> bool:
    """`à 6 heures du matin`: a clock time (out of scope), not a duration of six hours."""
    before = _previous_word(span)
    return (
        bool(re.fullmatch(r"\d{1,2} heures?", _words(span)))
        and before is not None
        and before.lower_
        in (
            "à",
            "vers",
            "dès",
            "jusqu'à",
            "jusqu’à",
        )
    )


def is_quantity(span: Span) -> bool:
    """A number read as a date: a bare or two-digit year that counts something (`2000 euros`,
    `en 12 exemplaires`), or any expression ending on a number followed by a unit (`entre 5 et 10 cm`)."""
    after = _next_word(span)
    last = [t for t in span if not t.is_space][-1]
    if last.like_num and after is not None and (after.text in ("%", "€", "$", "£") or is_cue(after.text, "measure")):
        return True
    if last.like_num and after is not None and _weekday_and_number(span) and _counted_noun(after):
        return True  # `a frappé lundi 3 cibles`, `a sanctionné jeudi 17 Saoudiens`: the day is `lundi` alone
    text = _words(span)
    short = bool(_SHORT_YEAR.fullmatch(text)) and not _EXPLICIT_YEAR.search(text)
    if not short and not _BARE_YEAR.fullmatch(text):
        return False
    before = _previous_word(span)
    if before is not None and (before.like_num or before.lower_ in _REFERENCE_WORDS):
        return True
    if after is None:
        return False
    if after.like_num:
        return True
    if after.is_alpha and after.is_lower and after.lower_ not in _FUNCTION_WORDS:
        # a number of years is plural: a plural noun after it counts it (`2000 manifestants`, `2023 actions`),
        # a verb or a singular noun does not (`2024 marque`, `de 2027 approche`)
        plural = after.lower_.endswith(("s", "x")) and after.lower_ not in _AUXILIARIES
        return plural and (after.pos_ in ("NOUN", "ADJ") if after.pos_ else True)
    return False


def _weekday_and_number(span: Span) -> bool:
    """`lundi 3`: a weekday and a day number, no month."""
    words = [t for t in span if not t.is_space]
    return len(words) == 2 and fold(words[0].lower_) in temporal_words().weekday and words[1].is_digit


def _counted_noun(word: Token) -> bool:
    """A plural noun, adjective or demonym that a number before it counts (`3 cibles`, `17 Saoudiens`),
    not a month (`mars`) nor a function word."""
    lower = fold(word.lower_)
    if not word.is_alpha or lower in _FUNCTION_WORDS or lower in temporal_words().month:
        return False
    plural = "Plur" in word.morph.get("Number", []) or lower.endswith(("s", "x"))
    return plural and word.pos_ in ("NOUN", "ADJ", "PROPN")


# ---- lists of days -----------------------------------------------------------------------------


def list_parts(span: Span) -> list[tuple[Span, str]]:
    """`les 9 et 23 juin prochains` -> [(`les 9`, "9 juin prochains"), (`23 juin prochains`, itself)]:
    each day of a list with the text to normalise it; [] when the span is not a list."""
    tokens = list(span)
    if len(tokens) < 4 or tokens[0].lower_ != "les" or not any(t.lower_ == "et" for t in tokens):
        return []
    days = [i for i, t in enumerate(tokens) if re.fullmatch(r"\d{1,2}(?:er|e)?", t.lower_)]
    if len(days) < 2 or any(t.lower_ not in (",", "et") for t in tokens[days[0] + 1 : days[-1]] if not t.like_num):
        return []
    tail = span[days[-1] + 1 :].text
    parts = []
    for k, i in enumerate(days):
        last = k == len(days) - 1
        start = span.start if k == 0 else span.start + i
        end = span.end if last else span.start + i + 1
        parts.append((span.doc[start:end], span.doc[start:end].text if last else f"{tokens[i].text} {tail}"))
    return parts


# ---- two consecutive years: la saison 2024/2025 ------------------------------------------------

_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)(/)(\d\d|(?:19|20)\d\d)")


_YEAR_PAIRS: dict[int, bool] = {}  # ORTH id -> is one token holding two years


def _is_year_pair(text: str) -> bool:
    return "/" in text and _YEAR_PAIR.fullmatch(text) is not None


def split_year_pairs(doc: Doc) -> None:
    """`2024/2025` and `2011/12` are one token for spaCy: split them into year, slash, year so that
    each year gets its own span (the tokens keep their head; the slash and the second year attach
    to the first year)."""
    found = Words.of(doc).text_where(_is_year_pair, _YEAR_PAIRS)
    pairs = [(doc[i], m) for i in found if (m := _YEAR_PAIR.fullmatch(doc[i].text))]
    if not pairs:
        return
    with doc.retokenize() as retokenizer:
        for token, m in pairs:
            head = (token, 0) if token.head is token else token.head
            retokenizer.split(token, [m[1], m[2], m[3]], heads=[head, (token, 0), (token, 0)])
    forget_tokens(doc)


def year_pair_parts(span: Span, value: DateValue) -> list[tuple[Span, str]]:
    """`2011/12` (a two-year interval) -> [(`2011`, "2011"), (`12`, "2012")]; [] for other spans."""
    if value.precision != "year" or value.kind != "interval" or value.start is None or len(span) != 3:
        return []
    if span[1].text not in ("/", "-") or not span[0].text.isdigit() or not span[2].text.isdigit():
        return []
    first = value.start.year
    if value.end is None or value.end.year != first + 1:
        return []
    doc = span.doc
    return [(doc[span.start : span.start + 1], str(first)), (doc[span.end - 1 : span.end], str(first + 1))]


# ---- the year of the passage ---------------------------------------------------------------------


_PASSAGE_ENDS: dict[int, bool] = {}  # ORTH id -> ends a passage


def _ends_passage(text: str) -> bool:
    return text in (".", "!", "?", "…") or (text.isspace() and "\n" in text)


def passage_index(doc: Doc) -> list[int]:
    """The passage number of each token: passages end at . ! ? and line breaks only. The parser
    also cuts verbless news sentences at commas (`En 2019, deux incidents : en janvier...` came out
    as two sentences), which ended the year's passage too early."""
    ends = Words.of(doc).text_where(_ends_passage, _PASSAGE_ENDS)
    starts = numpy.zeros(len(doc), dtype=int)
    starts[[i + 1 for i in ends if i + 1 < len(doc)]] = 1
    return numpy.cumsum(starts).tolist()


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of each token: from the parse, else split at . ! ? (blank pipelines)."""
    if doc.has_annotation("SENT_START"):
        starts = doc.to_array("SENT_START") == 1
        starts[:1] = False
        return numpy.cumsum(starts).tolist()
    out, number = [], 0
    for token in doc:
        out.append(number)
        number += token.text in (".", "!", "?")
    return out


def passage_year(value: DateValue) -> int | None:
    """The year a dated expression writes out (`En 2019`, `le 3 mai 2019`), else None."""
    if value.start is None or value.kind != "date" or value.precision not in ("year", "month", "day"):
        return None
    return value.start.year if _EXPLICIT_YEAR.search(value.text) else None


def year_hint(year: int | None, published: date | None, tense: str | None) -> int | None:
    """The passage's year, unless the clause points to the other side of the publication date
    (`élu en 2017, il se représentera en mai`: May ahead, not May 2017)."""
    if year is None or published is None:
        return year
    if (tense == "future" and year < published.year) or (tense == "past" and year > published.year):
        return None
    return year


# ---- anchors that are events -------------------------------------------------------------------------


def anchor_event(span: Span) -> Token | None:
    """The event noun of `au lendemain de l'annonce`, `à la veille du scrutin`, `trois ans après la
    fermeture`; None for other spans."""
    text = fold(span.text.lower())
    doc, after = span.doc, _word_after(span)
    if after is None:
        return None
    i = after.i
    if _ANAPHORIC_EVENT.fullmatch(text):
        if doc[i].lower_ not in ("de", "du", "des", "d'", "d’"):
            return None
        if doc[i].lower_ == "des" and _partitive_after_eve(span, doc[i]):
            return None  # `Israël a frappé la veille des positions du Hezbollah`: the object, not an anchor
    elif not (_COUNTED_EVENT.fullmatch(text) and doc[i].lower_ in _DETERMINERS):
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    if i + 1 < len(doc) and is_cue(doc[i].text, "earlier_one"):
        i += 1  # `une semaine après leur précédent entretien`, `après leur premier appel`: the noun after it
    return doc[i] if i < len(doc) and _word(doc[i]) else None


def _partitive_after_eve(span: Span, article: Token) -> bool:
    """`a frappé la veille des positions`, `a rencontré le lendemain des responsables`: after a bare
    `la veille` / `le lendemain` (no `à`, `au` before it), `des` and a noun that is no occasion (no event
    noun of the `kin_*` cues, no `plural_occasion` such as `élections`, `obsèques`) open the verb's
    object; the day is then the one before the story's, not the eve of that noun."""
    if fold(span[0].lower_) not in ("la", "le", "l'"):
        return False
    noun = next((t for t in span.doc[article.i + 1 : article.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.pos_ == "PROPN":
        return False
    if is_cue(noun.text, "plural_occasion") or any(is_cue(noun.lemma_, kind) for kind in _KINDS):
        return False
    return True


def counted_from_clause(span: Span) -> bool:
    """`dix jours après que le Trésor a gelé les avoirs`, `deux jours avant qu'il ne parte`, `cinq jours
    après s'être rendue à X`, `une semaine après avoir reçu Y`: counted from the day of a clause's
    event, which the span does not give (not from the publication date)."""
    if not _COUNTED_EVENT.fullmatch(fold(span.text.lower())):
        return False
    after = _word_after(span)
    if after is None:
        return False
    if after.lower_ in ("que", "qu'", "qu’", "avoir", "être"):
        return True
    # a past infinitive behind its pronoun: `après s'être rendue`, `après l'avoir reçu`
    following = span.doc[after.i + 1] if after.i + 1 < len(span.doc) else None
    pronoun = after.lower_ in ("s'", "s’", "se", "l'", "l’", "le", "la", "les", "lui", "leur")
    return pronoun and following is not None and following.lower_ in ("avoir", "être")


def _word_after(span: Span) -> Token | None:
    """The first token after the span that is not a space, if any."""
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def counted_from_event(text: str) -> bool:
    """`trois jours après`, `une semaine avant`: a date text counted from another event's day."""
    return bool(_COUNTED_EVENT.fullmatch(fold(" ".join(text.lower().split()))))


def counts_back(span: Span) -> bool:
    """`à la veille de`, `trois jours avant`: a day counted back from its anchor, not on from it."""
    return bool(re.search(r"\b(?:avant|veille|avant-veille)\b", fold(span.text.lower())))


def counted_anchor(span: Span) -> Token | None:
    """The event noun a span is counted from (`un an après leur tête-à-tête`, `trois jours avant
    le scrutin`); None for `au lendemain de`, `à la veille de` and other spans."""
    return anchor_event(span) if _COUNTED_EVENT.fullmatch(fold(span.text.lower())) else None


def _word(token: Token) -> bool:
    """A word, hyphenated ones included (`tête-à-tête`, `cessez-le-feu`), and the name of a day written
    with its number (`trois jours après le 11-Septembre`: a past event, not three days after today)."""
    parts = [part for part in token.text.split("-") if part]
    if "-" not in token.text:
        return token.is_alpha
    return all(part.isalpha() for part in parts) or (
        len(parts) == 2 and parts[0].isdigit() and parts[1].isalpha() and parts[1][0].isupper()
    )


def event_date(
    noun: Token, dated: list[tuple[Span, DateValue]], sentences: list[int], before: bool = False
) -> date | None:
    """The day of the latest earlier sentence that dates the same event: one naming the noun
    (`l'annonce ... le 3 mai`), else one naming what qualifies it (`la décision américaine` after
    `le Trésor américain a sanctionné ... le 22 octobre`, `le sommet de Rome` after `à Rome le 4 mai`),
    else one telling it with a word of its kind (`_kin_sentence`), else, for a demonstrative, the event the
    sentence before told."""
    qualifiers = [t for t in noun.children if t.dep_ in ("amod", "nmod") and t.is_alpha and len(t) > 3]
    for keys in ([noun], qualifiers):
        day = _dated_sentence_day({_stem(t.text) for t in keys}, noun, dated, sentences)
        if day is not None:
            return day
    kin = _kin_sentence(noun, dated, sentences)
    if kin is not None:
        return _one_event_day(_sentence_days(kin, dated, sentences), before)
    if noun.i > 0 and noun.doc[noun.i - 1].lower_ in DEMONSTRATIVES:
        # `Deux jours après cet appel`: the event the sentence before told, in whatever words
        return _one_event_day(_sentence_days(sentences[noun.i] - 1, dated, sentences), before)
    return None


_KINDS = ("kin_call", "kin_visit", "kin_meeting", "kin_strike")


def _kin_sentence(noun: Token, dated, sentences: list[int]) -> int | None:
    """`X s'est entretenu jeudi au téléphone avec Y. Deux jours après l'appel, ...`, `des drones ont frappé
    samedi Kharkiv. Au lendemain de l'attaque, ...`: the latest earlier dated sentence that tells the noun's
    event in other words, with a verb or noun of its kind (`kin_*` in cues.csv)."""
    kinds = [kind for kind in _KINDS if is_cue(noun.text, kind)]
    if not kinds:
        return None
    places = _named_places(noun)
    for sentence, _ in _earlier_days(noun, dated, sentences):
        words = [t for t in noun.doc[: noun.i] if sentences[t.i] == sentence and t.is_alpha]
        if places and not places <= {t.lower_ for t in words}:
            continue  # `six semaines après son voyage à Moscou`, told after a visit to Kiev: another journey
        if any(is_cue(t.lemma_ or t.text, kind) for t in words for kind in kinds):
            return sentence
    return None


def _named_places(noun: Token) -> set[str]:
    """The proper names of the noun's own `à`/`en` phrases (`son voyage à Moscou`), lower case."""
    return {
        c.lower_
        for c in noun.children
        if c.pos_ == "PROPN" and any(g.dep_ == "case" and g.lower_ in ("à", "en", "au", "aux") for g in c.children)
    }


def _earlier_days(noun: Token, dated, sentences: list[int]) -> Iterator[tuple[int, date]]:
    """(sentence, day) of each day date told before `noun` in another sentence, the latest first."""
    for span, value in reversed(dated):
        day = _day(value)
        if span.start < noun.i and day is not None and sentences[span.start] != sentences[noun.i]:
            yield sentences[span.start], day


def _sentence_days(sentence: int, dated, sentences: list[int]) -> list[date]:
    return [day for span, value in dated if sentences[span.start] == sentence and (day := _day(value)) is not None]


def _day(value: DateValue) -> date | None:
    """The day a date names, None for a span, a week, a month or a duration."""
    return value.start if value.kind == "date" and value.precision == "day" else None


def _one_event_day(days: list[date], before: bool) -> date | None:
    """The day of the one event a sentence dates: its only day, or of one event's days (`se réuniront
    mercredi et jeudi`) the first for a day counted back (`à la veille de ce sommet`), the last for a day
    counted on; None when the days are too far apart to be one event's."""
    if not days or (max(days) - min(days)).days > _ONE_EVENT_DAYS:
        return None
    return min(days) if before else max(days)


def _stem(word: str) -> str:
    return fold(word.lower())[:6]


def _dated_sentence_day(stems: set[str], noun: Token, dated, sentences: list[int]) -> date | None:
    if not stems:
        return None
    for sentence, day in _earlier_days(noun, dated, sentences):
        if any(sentences[t.i] == sentence and t.is_alpha and _stem(t.text) in stems for t in noun.doc[: noun.i]):
            return day
    return None


def event_date_after(noun: Token, dated: list[tuple[Span, DateValue]], sentences: list[int]) -> date | None:
    """The day the same sentence gives the event after naming it (`au lendemain de la visioconférence
    organisée samedi`): a day date the noun governs (with a parse), else one within a few words."""
    parsed = noun.doc.has_annotation("DEP")
    for span, value in dated:
        if span.start <= noun.i or sentences[span.start] != sentences[noun.i] or value.start is None:
            continue
        if value.precision != "day" or value.kind != "date":
            continue
        if (noun in span.root.ancestors) if parsed else span.start - noun.i <= 6:
            return value.start
    return None
