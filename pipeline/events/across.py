"""One event reported by several outlets: the events of different articles merged into one row.

`Lula a été reçu le 4 juin à l'Élysée par Emmanuel Macron` (one outlet), `Macron a rencontré hier
Lula` (another, the next day), `la France a reçu mercredi le président brésilien` (a third) and an
undated `lors de sa rencontre avec Emmanuel Macron` published two days later are one meeting.
Dated reports merge when their dates overlap; an undated report joins the nearest matching event
told at most a few days before its publication. What differs stays apart: two calls a week apart,
the summit an outlet announces and the summit another reports as held.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

from pipeline.actors.places import load_places
from pipeline.events.agreement import (
    AFFILIATED_TYPES,
    DIRECTED_TYPES,
    Links,
    home_sides_differ,
    initiators_conflict,
    one_side_reversed,
    participants_match,
    reversed_sides,
    states_of,
)
from pipeline.events.cluster import DONE, Cluster, Span, best_date, overlap, place_told, places_conflict
from pipeline.events.gazetteer import POINT_KINDS, point_spellings
from pipeline.events.phrases import markers
from pipeline.events.sequence import as_call
from pipeline.schema import EventMention
from pipeline.text import fold, normalize_name

PLACE = "place:"  # strikes are also looked up by the place struck
# An undated report joins an event at most this many days before its publication, and only an
# event dated to within a week (not `depuis juin`, not `en 2024`); one that tells the event as known
# (`le raid israélien sur Hodeïda`, `lors de leur entretien`) looks back a week, as weekly analyses do.
REPORT_WINDOW_DAYS = 3
SHORT_SPAN_DAYS = 7
KNOWN_WINDOW_DAYS = 7
# A state visit or a summit lasts days, and outlets date it by its first day, the day of the talks
# or the day of the dinner: dated meetings a day apart are one. Calls and strikes repeat daily.
SLACK_DAYS = {"meeting": 1}
# `dans la soirée`, `ce matin`: told from the outlet's own day, which a morning edition or another
# time zone puts a day later than the wire's; a call so dated may be the one another outlet dates
# by its weekday the day before (strikes repeat daily and keep to the day).
DEICTIC_SLACK_DAYS = {"call": 1}
# Events dated to a span of more weeks than this (`depuis le printemps`) are not merged across articles.
MAX_WEEKS = 10


def merge_across(clusters: list[Cluster], links: Links, published: Mapping[str, date | None]) -> list[Cluster]:
    """Dated clusters first, the most precise and the most explicit first, so that a coarse date
    (`en octobre`), a lone participant or an undated report joins the event it is nearest to
    rather than whichever came first. Candidates are looked up by participant and week, so the
    merge stays linear in the number of events however often a state is in the news."""
    _talks_as_calls(clusters, links, published)
    order = sorted(clusters, key=lambda c: (c.span() is None, c.precision(), -_people(c), -len(c.actors())))
    out: list[Cluster] = []
    index: dict[tuple[str, str, int], dict[int, Cluster]] = defaultdict(dict)
    for c in order:
        weeks = _weeks(c, published)
        names = sorted(links.keys(c.actors())) + [
            f"{PLACE}{p}" for p in sorted(c.locations()) if c.event_type == "strike"
        ]
        keys = [(c.event_type, k, w) for k in names for w in weeks]
        candidates = {n: k for key in keys for n, k in index[key].items()}
        scored = [(distance(k, c, links, published), n, k) for n, k in candidates.items()]
        found = [(d, n, k) for d, n, k in scored if d is not None]
        if found:
            held = told_held(c, published)
            _, rank, target = min(
                found, key=lambda t: (t[0], not same_place(t[2], c), told_held(t[2], published) != held, t[1])
            )
            target.mentions.extend(c.mentions)
        else:
            rank, target = len(out), c  # ties go to the event found first
            out.append(c)
        for key in keys:
            index[key][rank] = target
    return out


def same_place(a: Cluster, b: Cluster) -> bool:
    """Both name one place, or one's evidence names the place of the other (`une autre frappe a touché
    une maison à Khan Younès`; `un bombardement sur une maison de Khan Younès`, told by another outlet):
    among events as near in time, a report joins the one at its place, not the one found first."""
    if a.locations() & b.locations() or place_told(a, b) or place_told(b, a):
        return True
    return bool(points_told(a) & points_told(b))


def points_told(c: Cluster) -> set[str]:
    """The towns, ports and sites of the gazetteer (`point` kinds of models/events/place_states.csv)
    that the evidence of a cluster names, by their key: `une maison à Khan Younès` names Khan Younès
    even where no location was read off the clause."""
    return set().union(*(_points_in(m.evidence) for m in c.mentions))


@lru_cache(maxsize=4096)
def _points_in(evidence: str) -> frozenset[str]:
    """The gazetteer points one evidence sentence names, by their key (read once per sentence: every
    candidate event of every report asks again)."""
    table, found = load_places(), set()
    words = re.findall(r"[\w-]+", normalize_name(evidence))
    for i in range(len(words)):
        for n in range(1, 4):
            place = table.get(" ".join(words[i : i + n]))
            if place is not None and place.kind in POINT_KINDS:
                found.add(place.key)
    return frozenset(found)


def _talks_as_calls(clusters: list[Cluster], links: Links, published: Mapping[str, date | None]) -> None:
    """`les deux présidents se sont entretenus durant deux heures` (one outlet), `ont eu un
    entretien téléphonique mardi` (another): a talk told in words that name no medium (`neutral_talk`
    in models/events/markers.csv) and no place is the call other outlets report between the same
    parties, with the same status, in those days; its mentions become call mentions."""
    calls: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        if c.event_type == "call":
            for key in links.keys(c.actors()):
                calls[key].append(c)
    for c in clusters:
        if c.event_type != "meeting" or not _neutral_talk(c):
            continue
        talk = Cluster([as_call(m) for m in c.mentions])
        found = {id(k): k for key in links.keys(c.actors()) for k in calls.get(key, [])}
        if any(distance(k, talk, links, published) is not None for k in found.values()):
            c.mentions[:] = talk.mentions


def _neutral_talk(c: Cluster) -> bool:
    """Every mention naming a party, or told as the talk itself (not `les négociations doivent
    suivre` hung on it), names no medium and no place."""
    words = markers()["neutral_talk"]
    told = [m for m in c.mentions if m.actors or m.status == c.status()]
    return all(m.location is None and fold(m.trigger.lower()) in words for m in told)


def distance(a: Cluster, b: Cluster, links: Links, published: Mapping[str, date | None]) -> int | None:
    """How many days apart the events of two articles are, or None when they are not one event."""
    if a.event_type != b.event_type or a.articles() & b.articles():
        return None  # what one article tells as two events stays two
    if not participants_match(a.actors(), b.actors(), a.event_type, links) and not one_side_each(a, b, links):
        return None
    if a.event_type in AFFILIATED_TYPES and home_sides_differ(a.actors(), b.actors(), links):
        return None  # `le Trésor a sanctionné le Hezbollah` / `Joe Biden a taxé le Mexique`: two measures
    if not _statuses_agree(a, b, published):
        return None
    if places_conflict(a, b, by_state=True) and not _attacker_place(a, b, links):
        return None
    if a.event_type == "strike" and other_towns(a, b):
        return None
    if a.event_type in DIRECTED_TYPES and initiators_conflict(a.sources(), a.actors(), b.sources(), b.actors(), links):
        return None
    if a.event_type in DIRECTED_TYPES and reversed_sides(a.sources(), a.targets(), b.sources(), b.targets(), links):
        return None
    if a.event_type in DIRECTED_TYPES and one_side_reversed(a.sources(), a.targets(), b.sources(), b.targets(), links):
        return None
    sa, sb = a.span(), b.span()
    if sb and not sa:  # the dated one first
        a, b, sa, sb = b, a, sb, sa
    if sa and sb:
        named = told_by_day(a) and told_by_day(b)
        if a.event_type not in SLACK_DAYS and other_night(sa, sb) and named:
            return None
        slack_days = SLACK_DAYS.get(a.event_type, 0) or (0 if named else DEICTIC_SLACK_DAYS.get(a.event_type, 0))
        slack = timedelta(days=slack_days)
        return abs((sa[0] - sb[0]).days) if overlap((sa[0] - slack, sa[1] + slack), sb) else None
    if sa and (sa[1] - sa[0]).days >= SHORT_SPAN_DAYS:
        return None
    if a.event_type == "statement":
        return None  # a leader speaks every day: an undated statement is its article's own
    if a.event_type == "strike" and not (
        a.locations() & b.locations()
        or a.location_actors() & b.location_actors()
        or (sa and _claimed(b))
        or place_told(a, b)
        or (not sa and place_told(b, a))
    ):
        return None  # strikes repeat: an undated one joins only at a place both name, or when claimed
    days = [d for d in (published.get(x) for x in b.articles()) if d is not None]
    if sa:
        gaps = [report_gap(sa, d, b.status()) for d in days]
    else:  # both undated: every report within the window of every other, so that no chain of
        # reports a few days apart grows into one event lasting weeks; the window is the later
        # report's (`lors de leur entretien`, five days after `se sont entretenus`, is that talk)
        mine = [d for d in (published.get(x) for x in a.articles()) if d is not None]
        spread = max((abs((d - e).days) for d in days for e in mine), default=None)
        later = b if days and mine and max(days) > max(mine) else a
        return spread if spread is not None and spread <= report_window(later) else None
    found = [g for g in gaps if g is not None and g <= report_window(b)]
    return min(found) if found else None


def other_night(a: Span, b: Span) -> bool:
    """`dans la nuit de mardi à mercredi` and `dans la nuit de mercredi à jeudi`: two nights that
    share a day are two strikes, not one told by outlets that differ on the day."""
    return a != b and (a[1] - a[0]).days == 1 == (b[1] - b[0]).days


def told_by_day(c: Cluster) -> bool:
    """The cluster is dated by its days (`named_day` in models/events/markers.csv, or a number:
    `nuit de mardi à mercredi`, `le 18`), not from the outlet's own day (`dans la nuit`, `ce matin`)."""
    best = best_date(c.mentions, punctual=True)
    text = fold(best.date.text) if best and best.date else ""
    return any(ch.isdigit() for ch in text) or bool(set(re.findall(r"\w+", text)) & markers()["named_day"])


def report_window(c: Cluster) -> int:
    """How many days after an event an undated report of it may come out: a week when every
    mention tells the event as known (`known_event` determiners in models/events/markers.csv)."""
    return KNOWN_WINDOW_DAYS if c.mentions and all(told_as_known(m) for m in c.mentions) else REPORT_WINDOW_DAYS


def told_as_known(m: EventMention) -> bool:
    """The word before the trigger is a definite, possessive or demonstrative determiner (`la
    frappe`, `leur entretien`, `l'appel`): the report names an event its reader already knows."""
    pos = m.trigger_start - m.sent_start
    if pos < 0 or not m.evidence.startswith(m.trigger, pos):  # the evidence is the stripped sentence
        pos = m.evidence.find(m.trigger)
    if pos < 0:
        return False
    before = m.evidence[:pos].rstrip()
    if before.endswith(("'", "’")):
        return fold(before[-2:]) in markers()["known_event"]
    words = before.split()
    return bool(words) and fold(words[-1]) in markers()["known_event"]


def other_towns(a: Cluster, b: Cluster) -> bool:
    """`des missiles ont frappé Zaporijjia dans la nuit`, `l'armée a bombardé Kharkiv la même nuit`:
    strikes placed at two towns, ports or sites of the gazetteer are two strikes, even in one state
    and one night, unless the evidence of one names the place of the other (`ont frappé Odessa et
    Mykolaïv`)."""
    towns_a, towns_b = _towns(a), _towns(b)
    if not towns_a or not towns_b or towns_a & towns_b:
        return False
    return not place_told(a, b) and not place_told(b, a)


def _towns(c: Cluster) -> set[str]:
    """The gazetteer points its mentions are placed at, by their first spelling."""
    return {min(point_spellings(m.location)) for m in c.mentions if m.location and point_spellings(m.location)}


def one_side_each(a: Cluster, b: Cluster, links: Links) -> bool:
    """Two reports of a strike at the same place, one naming only who struck, the other only who
    was struck (`des drones ukrainiens ont frappé la raffinerie de X`; `la raffinerie de X a été
    touchée par une attaque de drones`, said by the side that was hit): one strike, each outlet
    telling one side, unless the striker of one is the struck of the other."""
    if a.event_type != "strike" or not a.locations() & b.locations():
        return False
    for one, other in ((a, b), (b, a)):
        attackers, struck = one.sources(), other.targets()
        if attackers and not one.targets() and struck and not other.sources():
            return not states_of(attackers, links) & states_of(struck, links)
    return False


def _attacker_place(a: Cluster, b: Cluster, links: Links) -> bool:
    """`les frappes imputées à Israël ont détruit lundi le consulat iranien à Damas` read as a strike
    placed in Israel: a strike report placed in the state of its attacker (as either outlet names
    it), and not in a state it names as struck, has its place wrong; it is no other strike. Two
    outlets naming attackers of different states tell two strikes (a riposte), wherever they are."""
    if a.event_type != "strike":
        return False
    sa, sb = states_of(a.sources(), links), states_of(b.sources(), links)
    if sa and sb and not sa & sb:
        return False

    def misplaced(c: Cluster) -> bool:
        return bool(c.location_actors() & (sa | sb)) and not c.location_actors() & states_of(c.targets(), links)

    return misplaced(a) or misplaced(b)


def _claimed(c: Cluster) -> bool:
    """`Israël a revendiqué l'attaque`, told with no date and no place: the attack claimed is one
    already reported, the dated one other outlets tell in those days."""
    return any(m.claimed for m in c.mentions)


def _statuses_agree(a: Cluster, b: Cluster, published: Mapping[str, date | None]) -> bool:
    """Held, or not (yet): never both. A conditional about a past day is reported speech (`ils se
    seraient parlé mardi`, the writer's caution), and agrees with an outlet that says it happened;
    so does a talk told as to come on the day the report comes out or before (`Trump rencontre
    jeudi matin Xi`, `doit s'entretenir aujourd'hui avec`, published that Thursday): by the time
    other outlets report it as held, it is the one they report."""
    if (a.status() == DONE) == (b.status() == DONE):
        return True
    other = b if a.status() == DONE else a
    span = other.span()
    days = [published.get(x) for x in other.articles()]
    if span is None or not all(d is not None for d in days):
        return False
    if other.status() == "planned":  # `Trump rencontre jeudi Xi`, in a report of that Thursday
        return all(d is not None and span[1] <= d for d in days)
    return other.status() == "hypothetical" and all(d is not None and span[1] < d for d in days)


def told_held(c: Cluster, published: Mapping[str, date | None]) -> bool:
    """Told as held, or as to come on a day every report of it comes out after (`la rencontre de la
    veille restera comme un tournant`: the future is the writer's comment). Among events as near, a
    report so told joins the one other outlets report held, not the announcement of the days before;
    with only the announcement to join (`le sommet qui devait se tenir hier`), it joins that."""
    if c.status() == DONE:
        return True
    span, days = c.span(), [published.get(x) for x in c.articles()]
    return c.status() == "planned" and span is not None and all(d is not None and span[1] < d for d in days)


def report_gap(span: Span, day: date, status: str) -> int | None:
    """Days between an event and a report of it published on `day`; a report of an event that
    took place cannot come out (a day of time zones aside) before the event, and one that tells
    it as still to come (`il dit s'attendre à une rencontre réussie`) cannot come out after it."""
    if status == DONE:
        return None if day < span[0] - timedelta(days=1) else max(0, (day - span[1]).days)
    if status == "planned" and day > span[1]:
        return None
    return max(0, (span[0] - day).days, (day - span[1]).days)


def _weeks(c: Cluster, published: Mapping[str, date | None]) -> range:
    """The weeks in which a matching event may lie: those of its dates, else those around the
    publication of its articles; none for a long span (`depuis 2022`) or no date at all."""
    span = c.span()
    if span is not None:
        slack = max(SLACK_DAYS.get(c.event_type, 0), DEICTIC_SLACK_DAYS.get(c.event_type, 0))
        first, last = (span[0].toordinal() - slack) // 7, (span[1].toordinal() + slack) // 7
    else:
        days = [d.toordinal() for d in (published.get(a) for a in c.articles()) if d is not None]
        if not days:
            return range(0)
        window = report_window(c)
        first, last = (min(days) - window - 1) // 7, (max(days) + window + 1) // 7
    return range(first, last + 1) if last - first <= MAX_WEEKS else range(0)


def _people(c: Cluster) -> int:
    """How many people a cluster names: the most explicit reports are placed first."""
    return sum(1 for a in c.actors() if a.startswith("person:"))
