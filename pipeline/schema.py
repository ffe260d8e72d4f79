"""Typed records passed between pipeline steps, and the column contract of every output table.

Each step produces new frozen records instead of mutating a shared dict, so a record can be
cached, sent to a worker process, or traced back to its article and character offsets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Literal

ActorType = Literal["person", "state", "organization"]
DatePrecision = Literal["day", "week", "month", "quarter", "season", "year", "decade"]
DateKind = Literal["date", "interval", "duration", "set", "vague"]
EventStatus = Literal["occurred", "planned", "postponed", "cancelled", "hypothetical", "negated"]
ArticleStatus = Literal["ok", "skipped", "error"]

EVENT_TYPES = ("call", "meeting", "strike", "sanction", "statement")
CORE_EVENT_TYPES = frozenset({"call", "meeting", "strike", "sanction"})  # the ones the guidelines make exhaustive
EVENT_STATUSES = ("occurred", "planned", "postponed", "cancelled", "hypothetical", "negated")


@dataclass(frozen=True)
class Article:
    """One article read from data/raw: text plus what is known about it."""

    id: str
    path: str
    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    # other ids whose text was identical (processed once, every name kept)
    duplicate_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleRecord:
    """One row of articles.csv: what happened to one input."""

    id: str
    path: str
    title: str | None
    author: str | None
    published: date | None
    chars: int
    status: ArticleStatus
    error: str | None = None


@dataclass(frozen=True)
class DateValue:
    """A temporal expression found in text and normalised against the publication date.

    `start` and `end` are the first and last day of the period the expression denotes; both are
    None when the expression is relative and the article has no publication date, or when it is a
    duration or a set that denotes no period.
    """

    text: str
    char_start: int
    char_end: int
    start: date | None
    end: date | None
    precision: DatePrecision | None
    kind: DateKind


@dataclass(frozen=True)
class Actor:
    """A real-world actor: one node of the graph."""

    id: str  # stable: "state:RUS", "person:vladimir-poutine", "org:otan"
    label: str
    actor_type: ActorType
    country: str | None = None  # ISO 3166 alpha-3 of the actor's state, when known
    aliases: tuple[str, ...] = ()
    role: str | None = None  # for people: the role held at the article's date


@dataclass(frozen=True)
class Mention:
    """One entity mention in one article, resolved (or not) to an actor."""

    article: str
    char_start: int
    char_end: int
    text: str
    ner_label: str  # PER, LOC, ORG, MISC from spaCy, or KB/DEMONYM/METONYM/TITLE from resolution
    actor_id: str | None
    sentence: int  # index of the sentence in the article, for co-occurrence edges


@dataclass(frozen=True)
class EventMention:
    """One occurrence of an event in one sentence of one article, before merging."""

    article: str
    event_type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: int
    sent_start: int
    sent_end: int
    evidence: str
    status: EventStatus
    actors: tuple[str, ...]  # actor ids
    source_actor: str | None = None
    target_actor: str | None = None
    location: str | None = None
    date: DateValue | None = None
    cameo: str = ""
    plover: str = ""
    confidence: float = 0.5
    location_actor: str | None = None  # the state a location stands for (`à Washington`)
    refers_back: bool = False  # a demonstrative repeat (`ces sanctions`) of an event told before
    another: bool = False  # `un nouveau sommet`, `une autre rencontre`: not the event told before
    counted: bool = False  # `une seconde frappe`, `une autre attaque` (indefinite): one more, never a repeat
    measure: str = ""  # the kind of sanction its trigger names (`tariff`, `list`, ...), models/events/measure_kinds.csv
    rates: tuple[str, ...] = ()  # the rates of a sanction's clause (`34`, `125` for `34 %`, `125 %`)
    own_body: bool = False  # a dated meeting of one body's members (`le sommet de l'OTAN, prévu le 11 juillet`)
    answers: bool = False  # told as a riposte (`a répliqué par des tirs`, `a riposté en frappant`)
    answered: bool = False  # a strike another strike of its sentence answers (`en représailles à l'attaque`)
    claimed: bool = False  # an attack claimed (`X a revendiqué l'attaque`): one reported before
    joins: bool = False  # a sanction told `aussi`, `en outre` (`Londres a aussi annoncé des sanctions`)
    further: bool = False  # ... by an adverbial of its own (`a en outre gelé`), not `lui aussi`: a further act
    similar: bool = False  # a sanction told as like the one before (`des mesures comparables`): its target
    pair: bool = False  # a talk of the pair told before (`leur dernière rencontre`, `ils s'étaient vus`)
    earlier: bool = False  # `leur précédente rencontre`: a talk held before the one told, never that one
    sidelines: bool = False  # `en marge du sommet, X a rencontré Y`: a talk held beside another event
    story_day: DateValue | None = None  # an undated event's day by the story told just before it, a fallback
    tenseless: bool = False  # a noun in a title or question with no told time: its `occurred` is a default
    again: bool = False  # a talk verb told again (`se sont de nouveau retrouvés`, `se sont revus`): a further talk
    pluperfect: bool = False  # a verb in the pluperfect (`avait appelé`, `s'étaient vus`): told as before the news
    threatened: bool = False  # under a verb or noun of threatening (`a menacé de frapper X`): nothing done yet


@dataclass(frozen=True)
class Event:
    """One real-world event: all its mentions merged, in one or many articles."""

    event_id: str
    event_type: str
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    date_text: str | None
    status: EventStatus
    actors: tuple[str, ...]  # actor ids, participants in order of importance
    source_actor: str | None
    target_actor: str | None
    location: str | None
    articles: tuple[str, ...]
    evidence: str
    char_start: int
    char_end: int
    confidence: float
    cameo: str
    plover: str
    trigger: str
    mentions: int = 1


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one article: the unit that is cached and sent between processes."""

    record: ArticleRecord
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[EventMention, ...] = ()
    dates: tuple[DateValue, ...] = ()
    duplicate_ids: tuple[str, ...] = field(default=())


# Column contract of the outputs. Later issues add columns; never rename these.
EVENT_COLUMNS = [
    "event_id",
    "event_type",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "status",
    "actors",
    "source_actor",
    "target_actor",
    "location",
    "articles",
    "evidence",
    "char_start",
    "char_end",
    "confidence",
    "cameo",
    "plover",
    "trigger",
    "mentions",
    "n_articles",
]
ACTOR_COLUMNS = [
    "Id",
    "Label",
    "actor_type",
    "country",
    "aliases",
    "mentions",
    "articles",
    "first_seen",
    "last_seen",
]
EDGE_COLUMNS = [
    "Source",
    "Target",
    "Type",
    "Weight",
    "relations",
    "event_ids",
    "first_date",
    "last_date",
]
MENTION_COLUMNS = ["article", "char_start", "char_end", "text", "ner_label", "actor_id", "sentence"]
ARTICLE_COLUMNS = ["id", "path", "title", "author", "published", "chars", "status", "error"]


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of a record (dates as ISO strings), for caches and worker processes."""
    return _jsonable(asdict(record))


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def article_result_from_dict(data: dict[str, Any]) -> ArticleResult:
    """Rebuild an ArticleResult from `to_dict` output."""
    record = _build(ArticleRecord, data["record"])
    return ArticleResult(
        record=record,
        actors=tuple(_build(Actor, a) for a in data.get("actors", [])),
        mentions=tuple(_build(Mention, m) for m in data.get("mentions", [])),
        events=tuple(_build(EventMention, e) for e in data.get("events", [])),
        dates=tuple(_build(DateValue, d) for d in data.get("dates", [])),
        duplicate_ids=tuple(data.get("duplicate_ids", ())),
    )


_DATE_FIELDS = {"published", "start", "end", "date_start", "date_end"}


def _build(cls: type, data: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in _DATE_FIELDS and isinstance(value, str):
            value = date.fromisoformat(value)
        elif f.name in ("date", "story_day") and isinstance(value, dict):
            value = _build(DateValue, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)
