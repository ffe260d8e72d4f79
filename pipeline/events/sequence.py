"""One talk per counterpart when a visitor sees several in turn.

`Le président serbe a été reçu par António Costa, puis par Ursula von der Leyen` tells two
meetings, not one with three people: the conjunct opened by `puis` or `ensuite` (the `sequence`
marker of `models/events/markers.csv`) is a further step with its own counterpart. The same holds
for an object (`a rencontré Macron à Paris, puis Meloni à Rome`), where the parser often hangs the
later counterpart on the verb itself; a place after that counterpart is its meeting's place.
A `distributive` word near the verb (`a reçu tour à tour X et Y`, `ont été reçus séparément par Z`)
says the same of the two counterparts joined by `et`, read on the surface because the parser
mangles `tour à tour`; so does a call whose preposition is said again (`a téléphoné à X et à Y`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Set
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.events.arguments import children_through_dates, date_root_over, governing_verb
from pipeline.events.clauses import OBJECT
from pipeline.events.cluster import overlap, span_of
from pipeline.events.phrases import (
    COMITATIVE,
    actor_country,
    group_nouns,
    is_locative,
    markers,
    phrase_actors,
    phrase_places,
    preposition,
)
from pipeline.nlp.extensions import DATES_KEY
from pipeline.schema import DateValue, EventMention
from pipeline.text import fold

TALK_TYPES = frozenset({"meeting", "call"})
APOSTROPHE = "'"
# Where a counterpart stands after a talk verb: object, agent of a passive, `avec` phrase.
_COUNTERPART_DEPS = OBJECT | {"obl:agent", "obl:arg", "obl", "obl:mod"}
# Clitics that stand for a place or a thing told before, never for a counterpart.
_PLACE_CLITICS = frozenset({"y", "en"})
# A preposition said again after `et` (`à X et à Y`): each counterpart is talked to on their own.
_REPEATED_PREPOSITIONS = frozenset({"à", "au", "avec"})
# Whom a call is made to (`a téléphoné à X`); for a meeting `à` names a place.
_CALLED_PREPOSITIONS = frozenset({"à", "au", "aux"})
# For a meeting only `avec` (`à X et à Y` there names two places): `avec X, ainsi qu'avec Y`.
_REPEATED_COMITATIVE = frozenset({"avec"})
# How the days of a list of rounds hang on one another (`le 12 avril, le 19 avril, puis le 26 avril`).
_LIST_DEPS = frozenset({"conj", "nmod", "appos"})
# Talk verbs that are a call or a meeting by their context (`s'entretenir`: a meeting unless a phone
# word is in the sentence, models/events/triggers.csv).
TALK_OR_CALL_RULES = frozenset({"meet_entretenir"})
# Talk rules whose words name no medium (`s'entretenir`, `entretien`, `discussion`): a call the article
# tells elsewhere may be told with them too.
NEUTRAL_TALK_RULES = frozenset({"meet_entretenir", "meet_entretien", "meet_discussion", "meet_discuter_avec"})
# Call rules whose word names no medium (a bare `échange`): a meeting the article told just before may be
# told again with them.
BARE_EXCHANGE_RULES = frozenset({"call_echange", "call_echanger_sur", "call_echange_de_vues"})


def split_sequence(
    mention: EventMention, head: Token, actors: dict[int, Span], places: dict[int, Span]
) -> list[EventMention]:
    """The mention, or one mention per counterpart met in turn."""
    if mention.event_type not in TALK_TYPES:
        return [mention]
    listed = _listed_one_by_one(mention, head, actors) or _pairs_among(mention, head)
    if listed:
        return listed
    anchors = [head]
    if head.pos_ == "NOUN":  # `a eu un entretien avec X, puis avec Y`: on the noun or its light verb
        light = governing_verb(head)
        anchors += [light] if light is not None else []
    elif head.pos_ not in {"VERB", "AUX"}:
        return [mention]
    found = None
    for anchor in anchors:
        found = _first_and_later(anchor, mention.event_type == "call")
        if found is not None:
            head = anchor
            break
    followed = _followed_guest(mention, head, actors) if found is None else None
    if followed is not None:  # `X a été reçu lundi par Y, suivi jeudi par Z`: Y then received Z
        return followed
    if found is None:
        apart = _distributive(head) or _calls_one_by_one(mention, head) or _group_called(mention, head)
        if not apart:
            return [mention]
        parts = _one_at_a_time(mention, head, actors)
        if len(parts) == 1 and len(mention.actors) > 1 and _hostless_passive(head):
            return []  # `ils ont été reçus séparément`: the guests did not meet each other, the host is untold
        return parts
    first, later = found
    later_ids = [phrase_actors(k, actors).core for k in later]
    every_later = {a for ids in later_ids for a in ids}
    # the demonym phrase_actors drops beside a later name (`puis avec le président français X`) is that one's
    every_later |= {actors[t.i]._.actor_id for k in later for t in k.subtree if t.i in actors}
    # the demonym phrase_actors drops beside a name (`le Premier ministre japonais X`) is still the first's
    inside = [actors[t.i]._.actor_id for t in _own_words(first, later) if t.i in actors]
    named = dict.fromkeys([*phrase_actors(first, actors).core, *inside])
    first_ids = [a for a in named if a in mention.actors and a not in every_later]
    if not first_ids or not all(later_ids):
        return [mention]
    kept = tuple(a for a in mention.actors if a not in every_later)
    first_place = _place_before(mention, head, later[0], places, actors)
    out = [replace(mention, actors=kept, location=first_place[0], location_actor=first_place[1])]
    ends = [t.left_edge.i for t in later[1:]] + [head.sent.end]
    for k, ids, end in zip(later, later_ids, ends, strict=True):
        others = [a for a in kept if a not in first_ids]
        swap = {a: ids[0] for a in first_ids}
        place = _place_after(head, k, places, actors) or (mention.location, mention.location_actor)
        own = [actors[t.i]._.actor_id for t in k.subtree if t.i in actors and t.i < end]
        own = [a for a in own if a in mention.actors]
        out.append(
            replace(
                mention,
                date=_date_between(head.doc, k.i, end) or mention.date,
                actors=tuple(dict.fromkeys(others + ids + own)),
                source_actor=swap.get(mention.source_actor or "", mention.source_actor),
                target_actor=swap.get(mention.target_actor or "", mention.target_actor),
                location=place[0],
                location_actor=place[1],
            )
        )
    return out


def _listed_one_by_one(mention: EventMention, head: Token, actors: dict[int, Span]) -> list[EventMention]:
    """`a reçu successivement le ministre japonais X, la ministre sud-coréenne Y et la ministre indienne Z`,
    `a enchaîné les entretiens bilatéraux avec A, B et C`: a `distributive` word, or a `bilateral` one on a
    plural talk noun, before a list of counterparts, one talk with each item. Items are read on the
    surface, cut at a comma or `et` before a determiner or a name, up to the next verb (the parser
    scatters such lists). Each item must name someone the others do not, and the talk must have a
    side before the verb that takes part in each."""
    if not (_distributive(head) or _bilateral(head)):
        return []
    doc, sent = head.doc, head.sent
    spans = {s.start: s for s in actors.values() if sent.start <= s.start < sent.end}.values()
    named = {i for s in spans for i in range(s.start, s.end)}  # a first name the tagger took for a verb
    verbs = (t.i for t in doc[head.i + 1 : sent.end] if t.pos_ in {"VERB", "AUX"} and t.i not in named)
    end = next(verbs, sent.end)
    cuts = [
        t.i
        for t in doc[head.i + 1 : end - 1]
        if ((t.text == "," or t.lower_ == "et") and doc[t.i + 1].pos_ in {"DET", "PROPN"})
        or (t.lower_ == "et" and doc[t.i + 1].lower_ in _REPEATED_PREPOSITIONS)  # `et avec X`
    ]
    bounds = list(zip([head.i + 1, *(c + 1 for c in cuts)], [*cuts, end], strict=True))
    groups: list[list[str]] = []
    for a, b in bounds:
        ids = _unique_ids([s for s in spans if a <= s.start < b])
        if groups and doc[a - 1].text == "," and doc[a].pos_ == "PROPN" and not _has_person(groups[-1]):
            # `le ministre indien, X, et ...`: the name after a title with no name is its apposition
            groups[-1] += [i for i in ids if i not in groups[-1]]
        else:
            groups.append(ids)
    every = [a for g in groups for a in g]
    fixed = [a for a in mention.actors if a not in every]
    told = any(set(g) & set(mention.actors) for g in groups)
    if len(groups) < 2 or not all(groups) or len(set(every)) < len(every) or not told or not fixed:
        return []
    # `le Premier ministre pakistanais et le ministre indien`: the state of one counterpart is not another's talk
    homes = [{f"state:{(actor_country(doc, a) or '').upper()}" for a in g} for g in groups]
    return [
        _with_actors(mention, [a for a in fixed if not any(a in h for h in homes if h is not own)] + g)
        for g, own in zip(groups, homes, strict=True)
    ]


def _has_person(ids: list[str]) -> bool:
    return any(i.startswith("person:") for i in ids)


def _pairs_among(mention: EventMention, head: Token) -> list[EventMention]:
    """`La veille, les trois hommes avaient enchaîné les tête-à-tête`: plural bilateral talks (`bilateral` in
    markers.csv, as the noun or its adjective) among three or more people and no one else, told with no
    counterpart (`avec`), are one talk for each pair of them."""
    people = [a for a in mention.actors if a.startswith("person:")]
    if len(people) < 3 or len(people) != len(mention.actors) or head.pos_ != "NOUN":
        return []
    plural = "Plur" in head.morph.get("Number", []) or any(
        c.dep_ == "det" and c.lower_ in {"les", "des", "ces", "leurs"} for c in head.children
    )
    bilateral = fold(head.lower_) in markers()["bilateral"] or _bilateral(head)
    if not plural or not bilateral or any(fold(preposition(c)) == "avec" for c in head.children):
        return []
    return [_with_actors(mention, [a, b]) for k, a in enumerate(people) for b in people[k + 1 :]]


def _bilateral(head: Token) -> bool:
    """A plural talk noun with a `bilateral` adjective (`les entretiens bilatéraux`)."""
    words = markers()["bilateral"]
    plural = head.pos_ == "NOUN" and "Plur" in head.morph.get("Number", [])
    return plural and any(c.dep_ == "amod" and fold(c.lower_) in words for c in head.children)


def _followed_guest(mention: EventMention, head: Token, actors: dict[int, Span]) -> list[EventMention] | None:
    """`X a été reçu lundi par Y, suivi jeudi par Z`: a guest received (passive) and then `suivi par`
    another (`followed` in markers.csv) is two visits to the same host, the later one on the day told
    after the participle. Read on the surface: the parser hangs the participle anywhere."""
    if mention.event_type != "meeting" or head.pos_ not in {"VERB", "AUX"}:
        return None
    guests = [c for c in head.children if c.dep_ == "nsubj:pass"]
    sent = head.sent
    follow = next(
        (t for t in sent if t.i > head.i and t.lemma_.lower() in markers()["followed"] and t.nbor(-1).is_punct),
        None,
    )
    if not guests or follow is None:
        return None
    by = next((t for t in sent if follow.i < t.i <= follow.i + 4 and t.lower_ == "par"), None)
    if by is None:
        return None
    later = list(dict.fromkeys(actors[i]._.actor_id for i in range(by.i + 1, sent.end) if i in actors))
    first = [a for g in guests for a in phrase_actors(g, actors).core]
    hosts = [a for a in mention.actors if a not in first and a not in later]
    if not later or not first or not hosts:
        return None
    earlier = replace(mention, actors=tuple(dict.fromkeys(first + hosts)))
    day = _date_between(head.doc, follow.i, by.i) or mention.date
    return [earlier, replace(earlier, actors=tuple(hosts + later), target_actor=later[0], date=day)]


def _date_between(doc: Doc, start: int, end: int) -> DateValue | None:
    """The first date told from a later counterpart to the next one (`puis Pedro Sánchez le 5 mai à
    Madrid`): that meeting's own day, not the first one's."""
    for span in doc.spans.get(DATES_KEY, []):
        value = span._.date_value
        if start <= span.start and span.end <= end and value is not None and value.start is not None:
            if value.kind in {"date", "interval"}:
                return value
    return None


def split_rounds(
    mention: EventMention, head: Token, date_span: Span | None, dates: list[Span], actors: dict[int, Span]
) -> list[EventMention]:
    """`se sont rencontrés à trois reprises : le 12 avril à Mascate, le 19 avril à Rome, puis le 26
    avril`, `ont tenu deux sessions, le 16 mai puis le 2 juin`: talks held on several days listed
    one after the other are one round a day, each with its own day and the place told with it; so are
    days joined by `et` (`day_list` in markers.csv: `l'avait appelé le 12 février et le 18 mars`).

    The days must be listed with the trigger's own date (`conj`, `nmod`, `appos` of it, or beside
    it under the same word after `puis`), and the talks counted (`à N reprises`, `deux sessions`)
    or sequenced (`puis`, `ensuite`); a span (`les 12 et 13 avril`) is one date, not a list."""
    if mention.event_type not in TALK_TYPES:
        return [mention]
    if date_span is None and head.pos_ == "NOUN" and _counted(head):
        # `ont tenu deux sessions, le 16 mai puis le 2 juin`: the parser hangs the list on the noun
        date_span = next((d for d in dates if _is_day(d) and d.root in head.subtree), None)
    if date_span is None or not _is_day(date_span):
        return [mention]
    listed = [date_span]
    listed += [d for d in dates if d is not date_span and _is_day(d) and _listed_with(date_span.root, d.root)]
    days = sorted({d._.date_value.start: d for d in listed}.items())
    if len(days) < 2 or any((b - a).days < 2 for (a, _), (b, _) in zip(days, days[1:], strict=False)):
        return [mention]
    if not (_counted(head) or any(_sequenced(d.root) or _joined_day(d.root) for _, d in days)):
        return [mention]
    out = []
    for _, d in days:
        here = (c for c in d.root.children if c.dep_ == "nmod" and is_locative(preposition(c)))
        place = next((actors.get(c.i) for c in here), None)
        where = {"location": place.text, "location_actor": place._.actor_id} if place is not None else {}
        out.append(replace(mention, date=d._.date_value, **where))
    return out


def split_gapped_strikes(
    mention: EventMention, head: Token, date_span: Span | None, dates: list[Span], places: dict[int, Span]
) -> list[EventMention]:
    """`Les forces russes ont frappé lundi Kharkiv, puis mardi Odessa`, `ont visé lundi le port, puis
    mardi une centrale`: a conjunct opened by `puis` or `ensuite` (`sequence` in markers.csv) that
    gives another day and has no verb of its own is a further strike on that day by the same sides,
    placed where that conjunct says. So is one opened by `et` and its day (`day_list`: `a bombardé
    lundi Gaza et mardi Rafah`); `lundi et mardi` with nothing between is two days of one told strike."""
    if mention.event_type != "strike" or date_span is None or not _is_day(date_span):
        return [mention]
    own = span_of(date_span._.date_value)
    out = [mention]
    found = markers()
    for t in head.subtree:
        joined = fold(t.lower_) in found["day_list"]  # `lundi Gaza et mardi Rafah`: the day right after `et`
        if t.i <= date_span.end or not (joined or fold(t.lower_) in found["sequence"]):
            continue
        window = _JOINED_WINDOW if joined else _GAP_WINDOW
        day = next((d for d in dates if t.i < d.start <= t.i + window and _is_day(d)), None)
        if day is None or span_of(day._.date_value) == own:
            continue
        end = _verbless_conjunct(t, head.sent)
        if end is None:
            continue  # `puis mardi, l'armée a bombardé Y`: a clause of its own, read as its own trigger
        place = next((places[i] for i in range(day.end, end) if i in places), None)
        where = {"location": place.text, "location_actor": place._.actor_id} if place is not None else {}
        out.append(replace(mention, date=day._.date_value, another=True, **where))
    return out


def split_gapped_talks(
    mention: EventMention, head: Token, date_span: Span | None, dates: list[Span], actors: dict[int, Span]
) -> list[EventMention]:
    """`a rencontré le président X lundi et le ministre Y mardi`, `a reçu lundi X et mercredi Y`: a
    counterpart joined by `et` (`day_list` in markers.csv) in a conjunct with a day of its own and no
    verb is met that day, a talk of its own with the subject; the first talk keeps the verb's day.
    A conjunct with no day of its own, or the same day, leaves one talk (`a reçu X et Y lundi`)."""
    if mention.event_type not in TALK_TYPES or date_span is None or not _is_day(date_span):
        return [mention]
    doc, own, sent = head.doc, span_of(date_span._.date_value), head.sent
    if date_span.start < head.i:
        return [mention]  # both days told the same way, after the verb (`X lundi et Y mardi`)
    joins = [t for t in doc[date_span.start + 1 : sent.end] if fold(t.lower_) in markers()["day_list"]]
    for t in joins:
        end = _verbless_conjunct(t, sent)
        if end is None:
            continue  # `et mardi, il a rencontré Y`: a clause of its own, read as its own trigger
        # the conjunct's day opens it (`et mardi Y`) or closes it (`et Y mardi`), as the first's does
        day = next((d for d in dates if d.start in {t.i + 1, t.i + 2} or d.end == end), None)
        if day is None or not t.i < day.start or not _is_day(day) or span_of(day._.date_value) == own:
            continue
        if t.i == date_span.end and day.start == t.i + 1:
            continue  # `prévu les 11 et 12 juillet`: a list of days, no counterpart between them
        # the parser often leaves the later counterpart out of the verb's phrase (`et le ministre Y mardi`
        # hung on the verb as a conjunct): it is read on the surface, between `et` and the conjunct's end
        spans = [s for s in actors.values() if sent.start <= s.start < end]
        told = [s for s in spans if s._.actor_id in mention.actors]
        before = _unique_ids([s for s in told if s.start < head.i])
        first = [a for a in _unique_ids([s for s in told if head.i < s.start < t.i]) if a not in before]
        later = [a for a in _unique_ids([s for s in spans if s.start > t.i]) if a not in before and a not in first]
        if not before or not first or not later:
            continue
        rest = [a for a in mention.actors if a not in {*before, *first, *later}]
        return [
            _with_actors(mention, [*before, *first, *rest]),
            replace(_with_actors(mention, [*before, *later]), date=day._.date_value),
        ]
    return [mention]


def split_repeated_talks(
    mention: EventMention, head: Token, date_span: Span | None, dates: list[Span], actors: dict[int, Span]
) -> list[EventMention]:
    """`s'était entretenu au téléphone avec X le 12 février, puis à nouveau le 18 mars`: a day that
    follows the talk's own day after `puis` or `ensuite` (`sequence` in markers.csv), in a conjunct
    with no verb and no one named, is the same talk held again that day. The parser often hangs that
    conjunct far up the sentence, so it is read on the surface: only punctuation between the first
    day and the marker. A day listed with the first one is `split_rounds`'."""
    if mention.event_type not in TALK_TYPES or date_span is None or not _is_day(date_span):
        return [mention]
    doc, sent = head.doc, head.sent
    if date_span.start < head.i or not date_span.end < sent.end:
        return [mention]
    i = date_span.end
    while i < sent.end - 1 and doc[i].is_punct:
        i += 1
    if fold(doc[i].lower_) not in markers()["sequence"]:
        return [mention]
    end = _verbless_conjunct(doc[i], sent)
    if end is None or any(i < a < end for a in actors):
        return [mention]  # `puis mardi, il a reçu Y`, `puis Y le 18 mars`: a clause or a counterpart of its own
    day = next((d for d in dates if i < d.start <= i + _GAP_WINDOW and d.end <= end and _is_day(d)), None)
    if day is None or _listed_with(date_span.root, day.root):
        return [mention]
    if abs((day._.date_value.start - date_span._.date_value.start).days) < 2:
        return [mention]  # `le 12 avril puis le 13 avril`: two days in a row tell one talk
    return [mention, replace(mention, date=day._.date_value, another=True)]


def _verbless_conjunct(word: Token, sent: Span) -> int | None:
    """The end of the conjunct that `word` (`et`, `puis`) opens, up to the next punctuation; None when
    it has a verb of its own: a clause, read as its own trigger."""
    doc = word.doc
    end = next((x.i for x in doc[word.i + 1 : sent.end] if x.is_punct), sent.end)
    return None if any(x.pos_ in {"VERB", "AUX"} for x in doc[word.i + 1 : end]) else end


# How far after `puis` the day of a gapped conjunct may start (`puis de nouveau le 13 janvier`).
_GAP_WINDOW = 4
# How far after `et` (`et mardi`, `et le 12 mars`): only the day itself opens such a conjunct.
_JOINED_WINDOW = 2


def split_gapped_measures(
    mention: EventMention, head: Token, date_span: Span | None, dates: list[Span]
) -> list[EventMention]:
    """`ont porté les droits sur l'acier de 10 % à 25 % en mai, puis à 50 % en juin`: a conjunct opened by
    `puis` or `ensuite` (`sequence` in markers.csv) that gives another day or month and has no verb of its
    own is a further step of the measure, by the same sides, on that day, at the rates it names.
    A step with no day of its own is one still when it names a rate of its own (`a porté ses droits à
    84 %, puis à 145 %`): two levels are two measures, the second undated."""
    if mention.event_type != "sanction":
        return [mention]
    dated = date_span is not None and _is_day(date_span)
    if not dated and not mention.rates:
        return [mention]
    verb = head if head.pos_ in {"VERB", "AUX"} else governing_verb(head)
    if verb is None:
        return [mention]
    doc, out = head.doc, [mention]
    own = span_of(date_span._.date_value) if date_span is not None and dated else None
    after = date_span.end if date_span is not None and dated else head.i
    for t in verb.subtree:
        if t.i <= after or fold(t.lower_) not in markers()["sequence"]:
            continue
        end = _verbless_conjunct(t, head.sent)
        if end is None:
            continue  # `puis, en juin, Washington a doublé les droits`: a clause of its own, its own trigger
        rates = tuple(x.text for x in doc[t.i + 1 : end] if x.like_num and x.dep_ == "nummod")
        day = next((d for d in dates if t.i < d.start <= t.i + _GAP_WINDOW + 1 and _is_day(d)), None)
        if day is not None and span_of(day._.date_value) == own:
            continue
        if day is None and not (rates and set(mention.rates) - set(rates)):
            continue  # an undated step is told by a rate of its own (`à 84 %, puis à 145 %`)
        out[0] = replace(out[0], rates=tuple(r for r in out[0].rates if r not in rates))
        out.append(replace(mention, date=day._.date_value if day is not None else None, rates=rates, further=True))
    return out


def split_gapped_ordinals(
    mention: EventMention, head: Token, date_span: Span | None, dates: list[Span], places: dict[int, Span]
) -> list[EventMention]:
    """`Leur premier sommet s'était tenu à Singapour le 12 juin 2018, le deuxième à Hanoï les 27 et 28
    février 2019`, `Le seizième paquet avait été adopté en février, le quinzième en décembre`: an ordinal
    standing for the event noun (with its article and no noun) beside it under the same verb, with a
    date of its own, is a further talk or measure of the same parties on that date, placed where it says."""
    if mention.event_type not in ORDINAL_TYPES or head.pos_ != "NOUN" or date_span is None:
        return [mention]
    if mention.date is None or span_of(mention.date) != span_of(date_span._.date_value):
        return [mention]  # a round split off already
    own, out = span_of(date_span._.date_value), [mention]
    for ordinal in _gapped_ordinals(head):
        day = next((d for d in dates if d.root in ordinal.subtree and d.root.i > ordinal.i), None)
        if day is None or span_of(day._.date_value) in (None, own):
            continue
        place = next((places[t.i] for t in ordinal.subtree if t.i in places and t.i < day.start), None)
        where = {"location": place.text, "location_actor": place._.actor_id} if place is not None else {}
        out.append(replace(mention, date=day._.date_value, another=True, **where))
    return out


# Event types an ordinal may stand for (`le deuxième`, `le quinzième`): talks and sanction packages.
ORDINAL_TYPES = TALK_TYPES | {"sanction"}
# French ordinals by their ending (`quinzième`, `15e`, `15ème`), beside the words of `another`.
_ORDINAL = re.compile(r"^(\d+(e|ème|eme)|\w+ième)$")


def _gapped_ordinals(head: Token) -> list[Token]:
    """The ordinals with an article and no noun (`, le deuxième à Hanoï ...`) hung beside the event noun
    on its verb, or on the noun itself or the noun above it (`le 16e paquet de sanctions`)."""
    words = markers()["another"]
    verb = governing_verb(head)
    owners = {head.i, head.head.i} | ({verb.i} if verb is not None else set())
    return [
        t
        for t in head.sent
        if t.i > head.i
        and t.head.i in owners
        and t.dep_ not in {"amod", "nummod"}
        and (fold(t.lower_) in words or _ORDINAL.match(t.lower_) is not None)
        and any(c.dep_ == "det" for c in t.children)
        and not any(c.pos_ == "NOUN" and c.dep_ == "nmod" and c.i == t.i + 1 for c in t.children)
    ]


def _is_day(span: Span) -> bool:
    """A day, or a whole month (`en juin 2018 à Singapour, puis en février 2019 à Hanoï`); not a span
    of days (`du 12 au 14 avril`), which is one round."""
    value = span._.date_value
    if value is None or value.start is None:
        return False
    return value.start == value.end or value.precision == "month"


def _listed_with(first: Token, other: Token) -> bool:
    """`le 16 mai puis le 2 juin`: `other` hangs below `first` by list relations (or the reverse),
    or both hang on the same word and `other` opens with `puis`/`ensuite`."""
    for a, b in ((first, other), (other, first)):
        t, steps = b, 0
        while t.dep_ in _LIST_DEPS and t.head.i != t.i and steps < 4:
            t, steps = t.head, steps + 1
            if t.i == a.i:
                return True
    # `en juin à Singapour, puis en février à Hanoï`: the second date is a conjunct of the first's sibling
    beside = other.dep_ == "conj" and other.head.head.i == first.head.i and other.head.i != first.head.i
    return (first.head.i == other.head.i or beside) and _sequenced(other)


def counted_several(noun: Token) -> bool:
    """`deux sessions`, `trois frappes`: an event noun counted by a number other than one."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.lower_ not in {"un", "une", "1"} for c in noun.children)


def _counted(head: Token) -> bool:
    """`deux sessions`, `à trois reprises`, `à plusieurs reprises`: the talks are told as several."""
    if counted_several(head):
        return True
    owners = [head] + ([head.head] if head.pos_ == "NOUN" and head.head.pos_ in {"VERB", "AUX"} else [])
    return any(
        c.dep_.startswith("obl")
        and c.lower_ in {"reprises", "fois"}
        and any(n.dep_ == "nummod" or n.lower_ == "plusieurs" for n in c.children)
        for o in owners
        for c in o.children
    )


def resumed_calls(mentions: list[EventMention], resumed: set[int]) -> list[EventMention]:
    """`Trump s'est entretenu mardi au téléphone avec Netanyahou ... Netanyahou s'est de nouveau
    entretenu mercredi avec Trump`: a talk verb told again (`de nouveau`, `à nouveau`) between two
    parties of a call told before, with no place, is a further call, not a meeting. `resumed` holds
    the trigger offsets of such verbs."""
    out: list[EventMention] = []
    calls: list[set[str]] = []
    for m in sorted(mentions, key=lambda x: x.trigger_start):
        if m.trigger_start in resumed and m.event_type == "meeting" and m.location is None:
            if any(len(parties & set(m.actors)) >= 2 for parties in calls):
                m = as_call(m)
        if m.event_type == "call":
            calls.append(set(m.actors))
        out.append(m)
    return out


def told_calls(
    mentions: list[EventMention], neutral: set[int], exchanges: Set[int] = frozenset()
) -> list[EventMention]:
    """`Macron a appelé Trump vendredi. [...] Macron s'est entretenu vendredi soir avec Trump pour
    évoquer la Syrie`, `Au cours de cette discussion, MM. Macron et Poutine ont ...`: a neutral talk
    (`s'entretenir`, `entretien`, `discussion`: the rules of NEUTRAL_TALK_RULES, trigger offsets in
    `neutral`) with no place, between two parties of a call the article tells, with the same status
    and no other day, is that call, told before or after. A bare exchange (trigger offsets in
    `exchanges`) told after the talk in its own sentence is that talk judged (`À l'issue de deux heures
    d'entretien avec X, Y a salué des échanges constructifs`), no call that makes it one."""

    def fits(talk: EventMention, call: EventMention) -> bool:
        judged = call.trigger_start in exchanges and call.sentence == talk.sentence
        return not (judged and call.trigger_start > talk.trigger_start) and _same_call(talk, call)

    return _talks_read_as_calls(mentions, neutral, fits)


def _talks_read_as_calls(
    mentions: list[EventMention], talks: set[int], fits: Callable[[EventMention, EventMention], bool]
) -> list[EventMention]:
    """The meeting mentions of these trigger offsets, with no place, that `fits` one of the article's
    calls, read as calls."""
    calls = [m for m in mentions if m.event_type == "call"]
    out: list[EventMention] = []
    for m in mentions:
        if m.trigger_start in talks and m.event_type == "meeting" and m.location is None:
            if any(fits(m, c) for c in calls):
                m = as_call(m)
        out.append(m)
    return out


def recalled_calls(mentions: list[EventMention], neutral: set[int]) -> list[EventMention]:
    """`Xi Jinping s'est entretenu vendredi avec Donald Trump. Lors de cet appel, ...`: a call pointed back to
    by a demonstrative (`cet appel`, naming no one) is the talk told last before it, when that talk is a
    neutral one (trigger offsets in `neutral`, no place) in the sentence or two before, of the same status."""
    recalled: set[int] = set()
    talks = [m for m in mentions if m.event_type in TALK_TYPES]
    for call in talks:
        if call.event_type != "call" or not call.refers_back or call.actors:
            continue
        before = [m for m in talks if m.trigger_start < call.trigger_start and m.actors]
        last = max(before, key=lambda m: m.trigger_start, default=None)
        if (
            last is not None
            and last.trigger_start in neutral
            and last.event_type == "meeting"
            and last.location is None
            and last.status == call.status
            and 0 < call.sentence - last.sentence <= ALSO_CALL_SENTENCES
        ):
            recalled.add(last.trigger_start)
    return [as_call(m) if m.trigger_start in recalled and m.event_type == "meeting" else m for m in mentions]


# A talk told `lui aussi` is one more call when a call sharing one of its parties was told this close before.
ALSO_CALL_SENTENCES = 2


def also_calls(mentions: list[EventMention], also: set[int]) -> list[EventMention]:
    """`Blinken a appelé lundi M. Bazoum. Macron s'est lui aussi entretenu avec le président déchu`:
    a neutral talk (trigger offsets in `also`: a rule of NEUTRAL_TALK_RULES with `aussi`, `également`,
    `à son tour`) with no place, told in the sentence or two after a call with one of its parties and
    the same status, and of no other day, is one more call: the adverb sets it beside the call."""
    return _talks_read_as_calls(mentions, also, _call_beside)


def _days_agree(a: EventMention, b: EventMention) -> bool:
    """Two mentions of what may be one talk tell no different days: either has none, or their spans overlap."""
    first, second = span_of(a.date), span_of(b.date)
    return first is None or second is None or overlap(first, second)


def _call_beside(talk: EventMention, call: EventMention) -> bool:
    if not 0 < talk.sentence - call.sentence <= ALSO_CALL_SENTENCES or talk.status != call.status:
        return False
    if not set(talk.actors) & set(call.actors):
        return False
    return _days_agree(talk, call)


def following_calls(mentions: list[EventMention], neutral: set[int]) -> list[EventMention]:
    """`Macron a appelé lundi Mohammed ben Salmane, avant de s'entretenir avec le président émirati`, `...,
    puis s'est entretenu avec Y`: a neutral talk (trigger offsets in `neutral`) with no place, told after a
    call in the same sentence by one of its parties, with the same status and no other day, is the next
    call of the series; told with a place (`puis s'est entretenu avec Y à l'Élysée`), it stays a meeting."""
    return _talks_read_as_calls(mentions, neutral, _call_just_before)


def _call_just_before(talk: EventMention, call: EventMention) -> bool:
    if talk.sentence != call.sentence or call.trigger_start > talk.trigger_start or talk.status != call.status:
        return False
    if not set(talk.actors) & set(call.actors):
        return False
    return _days_agree(talk, call)


def titled_meetings(mentions: list[EventMention]) -> list[EventMention]:
    """`Zelensky et Trump se parlent au Vatican`, `Macron et Xi prolongent leurs échanges à Canton`: a call
    read in the title (the first sentence), with no day, that names a place, between two parties of a meeting the
    article tells and of no call it tells, is that meeting: a place says they talked face to face."""
    meetings = [m for m in mentions if m.event_type == "meeting" and m.sentence > 0]
    calls = [m for m in mentions if m.event_type == "call" and m.sentence > 0]
    out: list[EventMention] = []
    for m in mentions:
        if m.event_type == "call" and m.sentence == 0 and m.location and m.date is None:
            if any(_shared(m, x) for x in meetings) and not any(_shared(m, x) for x in calls):
                m = replace(m, event_type="meeting", cameo="040", plover="CONSULT")
        out.append(m)
    return out


def next_in_series(mentions: list[EventMention], is_body: Callable[[str], bool]) -> list[EventMention]:
    """`Les dirigeants du Mercosur se sont réunis lundi à Asunción ... l'Uruguay, qui accueillera le prochain
    sommet à Montevideo en décembre`: a summit told as another of a series (`prochain`, `nouveau`) that
    names no body of states is the next summit of the body whose meeting the article told before it (an
    organisation whose members are states: `is_body`)."""

    def bodies(m: EventMention) -> list[str]:
        return [a for a in m.actors if is_body(a)]

    held = sorted(
        (x.trigger_start, b[0])
        for x in mentions
        if x.event_type == "meeting" and x.status == "occurred" and (b := bodies(x))
    )
    out: list[EventMention] = []
    for m in mentions:
        if m.event_type == "meeting" and m.another and fold(m.trigger.lower()) == "sommet" and not bodies(m):
            before = [body for start, body in held if start < m.trigger_start]
            if before and before[-1] not in m.actors:
                m = replace(m, actors=(*m.actors, before[-1]))
        out.append(m)
    return out


def _shared(a: EventMention, b: EventMention) -> bool:
    return len(set(a.actors) & set(b.actors)) >= 2


def held_exchanges(
    mentions: list[EventMention], exchanges: set[int], state_of: Mapping[str, str]
) -> list[EventMention]:
    """`Rubio et Lavrov se sont rencontrés mardi à Riyad. Washington et Moscou ont salué des échanges
    constructifs`: a bare exchange (trigger offsets in `exchanges`) read as a call, with no place and
    no other day, whose parties all took part in a meeting told in the sentence or two before with the
    same status (themselves, or the states of its people: `state_of`), is that meeting told again, not
    a call."""
    # `Lors de leur tête-à-tête, l'échange entre les deux présidents a tourné court`: a meeting of its sentence,
    # whoever it names, holds the exchange told after it
    meetings = [m for m in mentions if m.event_type == "meeting"]
    out: list[EventMention] = []
    for m in mentions:
        if m.trigger_start in exchanges and m.event_type == "call" and m.location is None and m.actors:
            if any(_meeting_told_again(m, meeting, state_of) for meeting in meetings):
                m = replace(m, event_type="meeting", cameo="040", plover="CONSULT")
        out.append(m)
    return out


def _meeting_told_again(talk: EventMention, meeting: EventMention, state_of: Mapping[str, str]) -> bool:
    if meeting.trigger_start >= talk.trigger_start or talk.sentence - meeting.sentence > ALSO_CALL_SENTENCES:
        return False
    parties = set(meeting.actors) | {state_of[a] for a in meeting.actors if a in state_of}
    unnamed = not meeting.actors and meeting.sentence == talk.sentence
    if talk.status != meeting.status or not (unnamed or set(talk.actors) <= parties):
        return False
    return _days_agree(talk, meeting)


def as_call(talk: EventMention) -> EventMention:
    """A talk read as the phone call it is (CAMEO 041), here or in another outlet's report."""
    return replace(talk, event_type="call", cameo="041", plover="CONSULT/phone")


def _same_call(talk: EventMention, call: EventMention) -> bool:
    if len(set(talk.actors) & set(call.actors)) < 2 or talk.status != call.status:
        return False
    return _days_agree(talk, call)


def _first_and_later(head: Token, call: bool = False) -> tuple[Token, list[Token]] | None:
    """The first counterpart's phrase and the phrases of those met after it. A call's counterpart
    may be its `à` phrase (`a téléphoné à X, puis à Y`), and the parser may hang the later one on
    an apposition of the first (`au chef de l'armée, le général X, puis au ministre Y`), or hang the
    first on the verb's day (`s'est entretenu jeudi avec X, puis avec Y`: `avec X` under `jeudi`)."""
    deps = _COUNTERPART_DEPS | {"nmod"} if head.pos_ == "NOUN" else _COUNTERPART_DEPS
    firsts = [
        c
        for c in _with_medium_phrases(children_through_dates(head))
        if (c.dep_ in deps or c.head.i != head.i)
        and _counterpart(c, call)
        and date_root_over(c) is None
        and not _marker_phrase(c)
    ]
    apart = _separately(head)
    for first in firsts:
        hangers = [first] + [a for a in first.children if a.dep_ == "appos"]
        later = [k for h in hangers for k in h.children if k.dep_ == "conj" and (apart or _sequenced(k))]
        if later:
            return first, later
    for first in firsts:
        later = _said_again_after(first, head)
        if later:
            return first, later
    later = [k for k in head.children if k.dep_ == "conj" and k.pos_ in {"NOUN", "PROPN"} and _sequenced(k)]
    objects = [c for c in firsts if _first_of(c, head, later[0]) and c.i < later[0].i] if later else []
    # `a eu un entretien avec X, puis avec Y`, all hung on the light verb: the phrase whose preposition the
    # later one says again is the first counterpart, before the talk noun, the verb's object
    objects.sort(key=lambda c: not (preposition(c) and preposition(c) == preposition(later[0])))
    return (objects[0], later) if objects else None


def _with_medium_phrases(children: list[Token]) -> list[Token]:
    """`a parlé mardi au téléphone avec X, puis avec Y`, `s'est entretenu par visioconférence avec X, puis
    avec Y`: the parser hangs the first `avec` phrase on the phrase of the medium, not on the verb; it is
    still the first counterpart."""
    hung = [
        g
        for c in children
        if c.dep_ in {"obl", "obl:arg", "obl:mod"}
        for g in c.children
        if g.dep_ == "nmod" and preposition(g) in COMITATIVE
    ]
    return children + hung


def _said_again_after(first: Token, head: Token) -> list[Token]:
    """`s'est entretenu mercredi avec X, puis avec Y`: when the parser hangs `avec X` on the day, it
    hangs `puis avec Y` on the verb, not on `X`. A later phrase of the verb opened by a `sequence` word
    that says the first's preposition again is still the next counterpart. (Not a conjunct of the day:
    that added a duplicate on the dev set.)"""
    prep = preposition(first)
    if not prep or first.head.i == head.i:
        return []
    return [
        k
        for k in head.children
        if k.i > first.i and k.dep_ in _COUNTERPART_DEPS | {"conj", "nmod"} and preposition(k) == prep and _sequenced(k)
    ]


def _marker_phrase(phrase: Token) -> bool:
    """`a rencontré tour à tour X puis Y`: the parser makes the `distributive` words the verb's
    object; they are how the counterparts were seen, not one of them."""
    words = " ".join(fold(t.lower_) for t in phrase.subtree).replace(APOSTROPHE + " ", APOSTROPHE)
    return words in markers()["distributive"]


def _own_words(first: Token, later: list[Token]) -> list[Token]:
    """The words of the first counterpart's phrase, without the later conjuncts hung inside it."""
    skip = {t.i for k in later for t in k.subtree}
    return [t for t in first.subtree if t.i not in skip]


def _first_of(phrase: Token, head: Token, later: Token) -> bool:
    """The phrase the later conjunct continues: an object (or any phrase of a noun), or a phrase
    whose preposition the conjunct says again (`avec X, puis avec Y`)."""
    said_again = bool(preposition(later)) and preposition(phrase) == preposition(later)
    return phrase.dep_ in OBJECT or head.pos_ == "NOUN" or said_again


def _counterpart(phrase: Token, call: bool = False) -> bool:
    """An object, an agent or an `avec` phrase (for a call, an `à` phrase): not a place nor a date,
    nor the clitic `y` or `en` (`il y a rencontré X, puis Y`: `y` is the place told before)."""
    if phrase.pos_ == "PRON" and phrase.lower_ in _PLACE_CLITICS:
        return False
    prep = preposition(phrase)
    return (
        phrase.dep_ in OBJECT
        or phrase.dep_ == "obl:agent"
        or prep in COMITATIVE
        or prep == "par"
        or (call and prep in _CALLED_PREPOSITIONS)
    )


def _separately(head: Token) -> bool:
    """`a appelé séparément X et Y`: a `distributive` adverb of markers.csv on the talk verb makes
    every conjunct counterpart a talk of its own."""
    words = markers()["distributive"]
    return any(c.dep_ == "advmod" and fold(c.lower_) in words for c in head.children)


def _distributive(head: Token) -> bool:
    """A `distributive` marker within a few words of the talk verb."""
    window = head.doc[max(head.sent.start, head.i - 4) : min(head.sent.end, head.i + 7)]
    text = " " + " ".join(fold(t.lower_) for t in window) + " "
    # the tokenizer splits the elided article from its word: `l'un` is `l' un`
    return any(f" {w.replace(APOSTROPHE, APOSTROPHE + ' ')} " in text for w in markers()["distributive"])


def _hostless_passive(head: Token) -> bool:
    """`les deux dirigeants avaient été reçus séparément`: a passive talk verb with no agent (no
    `par` phrase) names only the guests, each seen on their own by someone the clause does not say."""
    if not any(c.dep_ == "aux:pass" for c in head.children):
        return False
    # read on the surface: the parser hangs the agent on the distributive adverb as often as on the verb
    return not any(t.lower_ == "par" for t in head.doc[head.i + 1 : head.sent.end])


def _calls_one_by_one(mention: EventMention, head: Token) -> bool:
    """`a téléphoné à X et à Y`, `s'est entretenu au téléphone avec X et avec Y`: a call whose
    preposition is said again after `et` is one call with each (a conference is told as such,
    `visioconférence à trois`, and is left whole). So is a meeting whose `avec` is said again
    (`s'est entretenu avec X, ainsi qu'avec Y`; `a rencontré X et Y` may be one meeting)."""
    if mention.event_type not in TALK_TYPES:
        return False
    if mention.event_type == "call" and _callees_joined(head):
        return True
    again = _REPEATED_PREPOSITIONS if mention.event_type == "call" else _REPEATED_COMITATIVE
    doc = head.doc
    joins = [t for t in doc[head.i : head.sent.end] if _joins(t)]
    firsts = {t.i for t in doc[head.i : head.sent.end] if t.lower_ in again}
    return any(
        j.i + 1 < head.sent.end
        and doc[j.i + 1].lower_ in again
        and (mention.event_type == "call" or any(i < j.i for i in firsts))
        for j in joins
    )


def _group_called(mention: EventMention, head: Token) -> bool:
    """`Donald Trump a appelé les deux dirigeants`, `a téléphoné aux deux hommes`: a call verb whose
    counterpart is a group noun of people (`group_nouns` in models/actors) made one call to each; unless the
    sentence says the call was held together (`joint_call` in markers.csv)."""
    if mention.event_type != "call" or head.pos_ not in {"VERB", "AUX"}:
        return False
    if _held_together(head):
        return False
    return any(
        c.i > head.i
        and c.dep_ in _COUNTERPART_DEPS | {"nmod"}  # `a téléphoné aux deux dirigeants`, the phrase hung loose
        and group_nouns().get(fold(c.lower_)) == "person"
        and any(n.dep_ == "nummod" for n in c.children)
        for c in head.children
    )


def _held_together(head: Token) -> bool:
    """The sentence says a call was held with all its parties at once (`ensemble`, `visioconférence`:
    `joint_call` in markers.csv)."""
    return any(fold(t.lower_) in markers()["joint_call"] for t in head.sent)


def _callees_joined(head: Token) -> bool:
    """`X a appelé mardi le président A et M. B`: a call verb (`one_callee` in markers.csv) whose object
    joins two by `et`; unless the sentence says the call was held together (`joint_call`)."""
    if fold(head.lemma_.lower()) not in markers()["one_callee"] or _held_together(head):
        return False
    objects = [c for c in head.children if c.dep_ in OBJECT]
    return any(
        t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "et" for c in t.children)
        for o in objects
        for t in o.subtree
    )


def _joins(token: Token) -> bool:
    """`et`, or the `qu'` of `ainsi que`: the word after which a second counterpart is added; so is a
    `sequence` word said before the preposition again (`avec X, puis avec Y`: the parser may hang that
    phrase on a later verb, even as its subject, and the step is then read on the surface)."""
    if token.lower_ == "et":
        return True
    after = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if fold(token.lower_) in markers()["sequence"] and after is not None and after.lower_ in _REPEATED_PREPOSITIONS:
        return True
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return token.lower_ in {"que", "qu'", "qu’"} and before is not None and before.lower_ == "ainsi"


def _one_at_a_time(mention: EventMention, head: Token, actors: dict[int, Span]) -> list[EventMention]:
    """`X a reçu tour à tour A et B`: one talk of X with A, one with B. The side of the verb holding
    `et` is cut there; the other side takes part in both. Anything less clear stays one talk."""
    spans = [s for s in actors.values() if head.sent.start <= s.start < head.sent.end]
    spans = sorted((s for s in spans if s._.actor_id in mention.actors), key=lambda s: s.start)
    sides = [s for s in spans if s.start < head.i], [s for s in spans if s.start > head.i]
    distributive = _distributive(head)
    for cut, other in ((sides[1], sides[0]), (sides[0], sides[1])):
        ets = [t.i for t in head.doc[cut[0].start : cut[-1].start] if _joins(t)] if cut else []
        if mention.event_type == "meeting" and not distributive:
            # `a discuté avec A, B et C, ainsi qu'avec D`: a meeting is cut only where its `avec` is said again
            ets = [i for i in ets if head.doc[i + 1].lower_ in _REPEATED_COMITATIVE]
        if not ets or not other:
            continue
        groups = [[s for s in cut if s.start < ets[-1]], [s for s in cut if s.start > ets[-1]]]
        if _bare_list(cut) and (distributive or mention.event_type == "call"):
            # `tour à tour les dirigeants éthiopien, somalien et djiboutien`: one each
            groups = [[s] for s in {s.start: s for s in cut}.values()]
        ids = [_unique_ids(g) for g in groups]
        fixed = _unique_ids(other)
        if all(ids) and not set(ids[0]) & set(ids[1]) and not set(fixed) & (set(ids[0]) | set(ids[1])):
            return [_with_actors(mention, fixed + g) for g in ids]
    return _each_of_group(mention, sides, head)


def _each_of_group(mention: EventMention, sides: tuple[list[Span], list[Span]], head: Token) -> list[EventMention]:
    """`X avait reçu les deux dirigeants séparément`: a host named before the verb and counterparts no
    name after it gives (a group noun standing for the pair told before): one talk with each."""
    host = _unique_ids(sides[0])
    # a name told deeper in a clause after the verb (`pour les prévenir qu'aucun accord ne serait conclu avec
    # les États-Unis`) is no counterpart of it
    named_after = _unique_ids([s for s in sides[1] if _verb_of(s) == head.i])
    homes = {f"state:{country.upper()}" for a in host if (country := actor_country(head.doc, a))}
    rest = [a for a in mention.actors if a not in host and a not in named_after and a not in homes]
    if len(host) != 1 or named_after or len(rest) < 2:
        return [mention]
    return [_with_actors(mention, host + [a]) for a in rest]


def _verb_of(span: Span) -> int:
    """The index of the first verb above a name (-1 when none): its clause's verb."""
    for t in span.root.ancestors:
        if t.pos_ in {"VERB", "AUX"}:
            return t.i
    return -1


def _bare_list(spans: list[Span]) -> bool:
    """Names listed with nothing but commas and `et` between them (`éthiopien, somalien et djiboutien`)."""
    spans = list({s.start: s for s in spans}.values())  # a name is indexed by each of its words
    doc = spans[0].doc
    return len(spans) > 2 and all(
        all(t.text == "," or t.lower_ == "et" for t in doc[a.end : b.start]) and b.start > a.end
        for a, b in zip(spans, spans[1:], strict=False)
    )


def _unique_ids(spans: list[Span]) -> list[str]:
    return list(dict.fromkeys(s._.actor_id for s in spans))


def _with_actors(mention: EventMention, ids: list[str]) -> EventMention:
    keep = set(ids)
    return replace(
        mention,
        actors=tuple(ids),
        source_actor=mention.source_actor if mention.source_actor in keep else None,
        target_actor=mention.target_actor if mention.target_actor in keep else None,
    )


def _sequenced(conjunct: Token) -> bool:
    """The conjunct opens with `puis`/`ensuite` (`sequence` in markers.csv), or with `de nouveau`/`à
    nouveau` (`again`: `le 12 février, puis le 18 mars et de nouveau le 3 mai`, a further step)."""
    found = markers()
    steps = [c for c in conjunct.children if c.dep_ in {"cc", "advmod"}]
    if any(fold(c.lower_) in found["sequence"] for c in steps):
        return True
    return any(fold(_with_fixed(c)) in found["again"] for c in steps if c.dep_ == "advmod")


def _joined_day(day: Token) -> bool:
    """`le 12 février et le 18 mars`: a day in conjunction with the one before by `et` (`day_list`)."""
    return day.dep_ == "conj" and any(c.dep_ == "cc" and fold(c.lower_) in markers()["day_list"] for c in day.children)


def _with_fixed(word: Token) -> str:
    """A word and the words the parser fixes to it (`de` + `nouveau`), lower-cased."""
    return " ".join(t.lower_ for t in [word, *(c for c in word.children if c.dep_ == "fixed")])


def _head_places(head: Token, places: dict[int, Span]) -> list[Span]:
    return [p for c in head.children if is_locative(preposition(c)) for p in phrase_places(c, places, locative=True)]


Place = tuple[str | None, str | None]  # the place's text and the actor it stands for


def _place_before(
    mention: EventMention, head: Token, later: Token, places: dict[int, Span], actors: dict[int, Span]
) -> Place:
    """The first meeting keeps its place unless that place comes after the later counterpart."""
    before = [p for p in _head_places(head, places) if p.start < later.i]
    if before:
        return _place(before[0], actors)
    after = [p for p in _head_places(head, places) if p.start > later.i]
    if after and mention.location == after[0].text:
        return None, None
    return mention.location, mention.location_actor


def _place_after(head: Token, later: Token, places: dict[int, Span], actors: dict[int, Span]) -> Place | None:
    """`puis Meloni à Rome`: the place named after the later counterpart, inside its phrase or on
    the verb; None leaves the place of the first (`reçu à Bruxelles par X, puis par Y`)."""
    own = phrase_places(later, places, locative=False)
    after = own or [p for p in _head_places(head, places) if p.start > later.i]
    return _place(after[0], actors) if after else None


def _place(span: Span, actors: dict[int, Span]) -> Place:
    actor = actors.get(span.start)
    return span.text, actor._.actor_id if actor is not None else None


def split_first_imposition(mention: EventMention, head: Token, dates: list[Span]) -> list[EventMention]:
    """`a levé dimanche les sanctions ..., imposées en avril dernier`, `ont rétabli mercredi les sanctions,
    qu'ils avaient allégées en octobre`: a sanction noun that a verb acts on (renewed, lifted, restored:
    `measure_acts` in markers.csv) told with a participle or a relative clause of imposing or of acting on
    it (`imposition`, `measure_acts`) that agrees with it and carries a day of its own tells the earlier
    act too: a sanction of the same sides, on that day. The parser hangs that clause on the noun or on the
    verb."""
    if mention.event_type != "sanction" or head.pos_ != "NOUN" or mention.date is None:
        return [mention]
    verb = governing_verb(head)
    if verb is None or head.dep_ != "obj" and head.dep_ != "nsubj:pass" or not _acting(verb):
        return [mention]
    own = span_of(mention.date)
    out = [mention]
    for clause in _earlier_clauses(head, verb):
        day = next((d for d in dates if d.root.head.i == clause.i and _is_day(d)), None)
        value = day._.date_value if day is not None else None
        told = span_of(value) if value is not None else None
        if told is None or (own is not None and overlap(own, told)):
            continue
        out.append(replace(mention, date=value, status="occurred", rates=(), further=False))
    return out


def _acting(verb: Token) -> bool:
    return fold(verb.lemma_.lower()) in markers()["measure_acts"]


def _earlier_clauses(head: Token, verb: Token) -> list[Token]:
    """The participles and relative clauses of imposing or acting told on the noun (or hung by the parser
    on its verb), in agreement with it (`les sanctions ..., imposées`: feminine plural)."""
    words = markers()["imposition"] | markers()["measure_acts"]
    on_noun = [c for c in head.children if c.dep_ in {"acl", "acl:relcl"}]
    on_verb = [c for c in verb.children if c.dep_ == "advcl" and c.i > head.i]
    return [
        c
        for c in on_noun + on_verb
        if c.pos_ == "VERB"
        and fold(c.lemma_.lower()) in words
        and "Part" in c.morph.get("VerbForm", [])
        and c.morph.get("Number", []) == head.morph.get("Number", [])
        and c.morph.get("Gender", []) in (head.morph.get("Gender", []), [])
    ]


_PART_ARTICLES = frozenset({"l'", "l’", "le", "la"})
_PART_ENDS = frozenset({";", ".", "!", "?"})


def split_each_one(mention: EventMention, head: Token, places: dict[int, Span]) -> list[EventMention]:
    """`a mené deux frappes, l'une sur Kharkiv, l'autre sur Odessa`, `deux attaques : la première contre
    une raffinerie de Riazan, la seconde contre un dépôt de Briansk`: a counted plural strike noun
    whose parts are told one by one (`each_first`, `each_second` in markers.csv) is one strike per
    part, each placed where its part says. Parts naming no place, or the same one, leave one strike."""
    if mention.event_type != "strike" or not _counted_plural(head):
        return [mention]
    doc, found = head.doc, markers()
    sent = head.sent
    words = [fold(t.lower_) for t in doc[head.i : sent.end]]
    # a part opens on an article and its word (`l'une`, `la seconde`), read off the folded words
    opening = [(head.i + k, words[k + 1]) for k in range(1, len(words) - 1) if words[k] in _PART_ARTICLES]
    first = next((i for i, w in opening if w in found["each_first"]), None)
    second = next((i for i, w in opening if first is not None and i > first and w in found["each_second"]), None)
    if first is None or second is None:
        return [mention]
    end = next((t.i for t in doc[second : sent.end] if t.text in _PART_ENDS), sent.end)
    found_places = [
        next((places[i] for i in range(a, b) if i in places), None) for a, b in ((first, second), (second, end))
    ]
    here = [p for p in found_places if p is not None]
    if len(here) < 2 or here[0].text == here[1].text:
        return [mention]
    return [replace(mention, location=p.text, location_actor=p._.actor_id, another=k > 0) for k, p in enumerate(here)]


def _counted_plural(noun: Token) -> bool:
    """`deux frappes`, `3 attaques`: a plural noun counted by a number of two or more."""
    if noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number", []):
        return False
    return any(c.dep_ == "nummod" and c.lower_ not in {"un", "une", "1"} for c in noun.children)
