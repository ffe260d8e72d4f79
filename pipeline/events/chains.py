"""Strikes and sanctions told one after another: the side a mention leaves unnamed is the one the
article gave before.

A report of a campaign names the attacker once and then lists the places hit (`Des drones
ukrainiens ont frappé des raffineries russes. Samedi, la raffinerie de Syzran a été frappée ...`),
or names the attacker and leaves the attacked state implicit (`une frappe russe a touché un
immeuble`). A strike with only a target takes the attacker of the latest earlier strike on that
target; one with only an attacker takes the target of the latest earlier strike by that attacker.
Nothing is taken from a strike that went the other way, and no state ever strikes itself.

A trade war is told the same way (`Washington a porté à 125 % ses droits sur les produits chinois.
Pékin a riposté en imposant des mesures antidumping.`): a sanction with only a target takes the
imposer of the latest earlier sanction on that target (`Moscou a dénoncé ces sanctions`), else the
imposer of a sanction told up to two sentences before (`L'UE a adopté un paquet contre la Russie. Des
entreprises chinoises sont également visées.`); one with only an imposer takes the target of its
latest earlier sanction, else, as a riposte, the imposer of the latest sanction it was hit by in an
earlier sentence (within the sentence of that sanction, `le paquet prévoit l'interdiction du gaz
russe`, a lone side is more likely a target misread than a riposte). An imposer alone that joins the
measures told before (`Londres a aussi annoncé des sanctions`) hits the latest sanction's target.

A side is looked up by its state: a ministry, an army or an office holder of a state stands for it
(`le ministère chinois du Commerce a imposé des droits sur le charbon américain. Washington a répliqué
par de nouvelles surtaxes`: the riposte hits the ministry's side), and no body strikes or sanctions its
own state.

An escalation names each side differently from one sentence to the next (`l'armée azerbaïdjanaise a
bombardé des localités arméniennes. Mardi, des drones azerbaïdjanais ont touché un poste.`), and a
strike told as a riposte by a side the article showed struck before, naming no target, answers whoever
struck it last (`L'armée arménienne a répliqué par des tirs d'artillerie`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Set
from dataclasses import replace
from functools import lru_cache

from pipeline.events.agreement import armed_body, armed_group, armed_movement, company, insurgent
from pipeline.events.phrases import markers
from pipeline.schema import EventMention
from pipeline.text import fold

CHAINED_TYPES = frozenset({"strike", "sanction"})
# How many sentences back a sanction's imposer still stands for a measure whose target alone is named.
PACKAGE_WINDOW = 2
# The kind of measure answered in kind (measure_kinds.csv): expelled diplomats for expelled diplomats.
TIT_FOR_TAT = "expel"
# How many sentences back a strike still gives its sides to a dated strike naming none.
CAMPAIGN_WINDOW = 2


def inherit_sides(
    mentions: list[EventMention],
    state_of: Mapping[str, str] | None = None,
    unnamed: Set[int] = frozenset(),
    imposed: Set[int] = frozenset(),
    *,
    recalled: Set[int] = frozenset(),
    acted: Set[int] = frozenset(),
    homes: Mapping[str, str] | None = None,
    strangers: Set[int] = frozenset(),
) -> list[EventMention]:
    """The article's mentions, strikes and sanctions completed from the ones told before them (text
    order). The latest source of each target and target of each source are kept per event type as
    the text goes on, so a book-length document costs one pass. `state_of` gives the state a body or
    an office holder acts for (`org:tresor-americain` -> `state:USA`); sides are matched by it.
    `unnamed` holds the starts of dated strikes naming no side (`Mercredi, un bombardement avait
    endommagé le centre`): one more strike of the campaign told just before, by its attacker on its target.
    `imposed` holds the starts of dated measure nouns naming no side, told with the verb that imposed
    them (`les taxes provisoires que Bruxelles avait instaurées en août`): a measure of the sides of the
    latest sanction told before that names two. `recalled` holds the same told as a demonstrative repeat
    (`Ces sanctions avaient été décidées en octobre 2020`): after a sanction a verb acts on (`acted`: `a
    prolongé lundi les sanctions`) and dated apart from it, the repeat tells the first imposition, another
    act of the same sides. `homes` gives the home state of any actor that has one (`org:rosneft` ->
    `state:RUS`): a strike on a firm's site, naming no attacker, is one more on its state. `strangers` holds
    the starts of strikes by attackers the article tells and leaves unknown (`des hommes armés ont attaqué
    un poste`): they take no attacker from the strikes before them."""
    side = _Sides(state_of or {})
    home = homes or {}
    out: list[EventMention] = []
    source_of: dict[tuple[str, str], str] = {}  # (type, target) -> source of the latest complete one on it
    target_of: dict[tuple[str, str], str] = {}  # (type, source) -> target of its latest complete one
    imposer: EventMention | None = None  # the latest complete sanction
    announced: EventMention | None = None  # the latest sanction naming its imposer's side only
    hit_in: dict[str, int] = {}  # target -> sentence of the latest complete sanction on it
    hit_at: dict[str, int] = {}  # target -> end of the trigger of that sanction
    struck_in: dict[str, int] = {}  # target's state -> sentence of the latest complete strike on it
    strike: EventMention | None = None  # the latest complete strike
    named: EventMention | None = None  # the latest sanction naming its imposer and another side
    aggressor: str | None = None  # the imposer of the latest complete sanction told as answered by a riposte
    lone: EventMention | None = None  # the latest strike naming its attacker only
    struck: EventMention | None = None  # the latest strike mention, when it names its target only
    for m in sorted(mentions, key=lambda m: m.trigger_start):
        if m.trigger_start in imposed and named is not None and not m.actors:
            m = replace(m, source_actor=named.source_actor, target_actor=named.target_actor, actors=named.actors)
        if m.trigger_start in recalled and named is not None and named.trigger_start in acted and not m.actors:
            if _dated_apart(m, named):
                m = replace(
                    m,
                    source_actor=named.source_actor,
                    target_actor=named.target_actor,
                    actors=named.actors,
                    refers_back=False,
                )
        if m.event_type == "sanction" and m.source_actor and len(m.actors) >= 2:
            named = m
        if m.event_type in CHAINED_TYPES:
            # `Dimanche, une première attaque avait visé la base`: counted, one of the series told, however far
            near = strike is not None and (m.sentence - strike.sentence <= CAMPAIGN_WINDOW or m.counted)
            if m.trigger_start in unnamed and strike is not None and near:
                m = replace(
                    m,
                    source_actor=strike.source_actor,
                    target_actor=strike.target_actor,
                    actors=(strike.source_actor or "", strike.target_actor or ""),
                )
            if m.event_type == "strike" and struck is not None and _names_attacker_of(m, struck, side):
                # `X a été frappé par des drones, a indiqué l'armée, qui impute ces attaques à Y`: one strike,
                # complete, whose sides the strikes told after may take
                strike = replace(struck, source_actor=m.source_actor, actors=(m.source_actor or "", *struck.actors))
                source_of["strike", side(struck.target_actor)] = m.source_actor or ""
                target_of["strike", side(m.source_actor)] = struck.target_actor or ""
                struck = None
                out.append(m)  # the repeat itself joins that strike when mentions merge
                continue
            if m.event_type == "strike":
                struck = m if m.target_actor and not m.source_actor else None
            if m.event_type == "strike":
                m = _answered_attacker(m, strike, side)
                if not (m.answered and _answer_of(m, strike, source_of, side)) and m.trigger_start not in strangers:
                    m = _completed_strike(m, source_of, target_of, side, struck_in, home)
                    m = _campaign_attacker(m, lone, side)
                if m.source_actor and not m.target_actor:
                    lone = m
            else:
                hit = side(m.source_actor)
                answers_here = _answers_in_sentence(m, hit_in, hit_at, hit)
                riposte = hit_in.get(hit, m.sentence) < m.sentence or answers_here
                m = _completed(m, source_of, target_of, side, riposte=riposte, answers_here=answers_here)
            if m.event_type == "sanction" and imposer is not None and m.sentence - imposer.sentence <= PACKAGE_WINDOW:
                m = _package_target(m, imposer, side)
            if m.event_type == "sanction" and imposer is not None:
                m = _returned_blow(m, imposer, side)
            if m.event_type == "sanction" and announced is not None and _listed_after(m, announced, imposer):
                m = _package_target(m, announced, side)
            if m.event_type == "sanction" and m.source_actor and not m.target_actor and _one_side(m, side):
                announced = m
            if m.event_type == "sanction" and m.joins and m.answers and aggressor is not None:
                # `L'UE a elle aussi riposté en taxant ...`: one more riposte to the measure answered before
                m = _joined_target(m, aggressor, side)
            if m.event_type == "sanction" and imposer is not None and m.joins and _joins_imposer(m, imposer, side):
                m = _joined_target(m, imposer.target_actor, side)
            if m.source_actor and m.target_actor:
                source_of[m.event_type, side(m.target_actor)] = m.source_actor
                target_of[m.event_type, side(m.source_actor)] = m.target_actor
                if m.event_type == "strike":
                    struck_in[side(m.target_actor)], strike = m.sentence, m
                if m.event_type == "sanction":
                    imposer, hit_in[side(m.target_actor)] = m, m.sentence
                    aggressor = m.source_actor if m.answered else aggressor
                    hit_at[side(m.target_actor)] = m.trigger_end
        out.append(m)
    return _same_sentence_package(out, side)


def _same_sentence_package(mentions: list[EventMention], side: _Sides) -> list[EventMention]:
    """`La Chine a imposé des restrictions à l'exportation de terres rares et a placé onze entreprises
    américaines sur sa liste`: a measure naming its imposer alone takes the target of a later measure
    of the same imposer told in the same sentence (the text order pass cannot see it yet), or the
    imposer of a later measure of its sentence that answers it (`_answered_by`)."""
    complete: dict[int, list[EventMention]] = {}  # sentence -> its sanctions naming both sides
    for x in mentions:
        if x.event_type == "sanction" and x.source_actor and x.target_actor:
            complete.setdefault(x.sentence, []).append(x)
    answers = _lone_answers(mentions, side)
    out = []
    for m in mentions:
        if id(m) in answers:
            answerer = answers[id(m)]
            m = replace(m, target_actor=answerer, actors=tuple(dict.fromkeys((*m.actors, answerer))))
        elif m.event_type == "sanction" and m.source_actor and not m.target_actor and len(m.actors) == 1:
            target = next(
                (
                    x.target_actor
                    for x in complete.get(m.sentence, [])
                    if x.target_actor
                    and x.trigger_start > m.trigger_start
                    and side.same(x.source_actor or "", m.source_actor)
                    and not side.same(x.target_actor, m.source_actor)
                ),
                None,
            )
            if target is None:
                target = _answered_by(m, complete.get(m.sentence, []), side)
            if target is not None:
                m = replace(m, target_actor=target, actors=(*m.actors, target))
        out.append(m)
    return out


def _lone_answers(mentions: list[EventMention], side: _Sides) -> dict[int, str]:
    """`La hausse des droits américains à 145 % a été suivie d'une riposte chinoise à 125 %`: two measures of
    one sentence, each naming its imposer alone, the second a riposte (`_RIPOSTE` on its words or between
    the two), are aimed at each other. Keyed by the mentions' ids."""
    lone = [m for m in mentions if m.event_type == "sanction" and m.source_actor and not m.target_actor]
    found: dict[int, str] = {}
    for first in lone:
        for second in lone:
            if second.sentence != first.sentence or second.trigger_start <= first.trigger_start:
                continue
            if side.same(first.source_actor or "", second.source_actor or "") or id(first) in found:
                continue
            if not set(first.actors) | set(second.actors) <= {first.source_actor, second.source_actor}:
                continue  # a third party named: not a pair answering each other
            words = first.evidence[first.trigger_end - first.sent_start : second.trigger_end - first.sent_start]
            if _RIPOSTE.search(fold(words.lower())) is not None and id(second) not in found:
                found[id(first)], found[id(second)] = second.source_actor or "", first.source_actor or ""
    return found


def _answered_by(m: EventMention, complete: list[EventMention], side: _Sides) -> str | None:
    """`Washington a porté ses droits à 145 %, et Pékin a répliqué en relevant les siens à 125 % sur les
    produits américains`: a measure naming its imposer alone, answered later in its sentence by a
    measure of another imposer on that imposer's side, with a verb or noun of riposte between the
    two (`_RIPOSTE`), hits the one who answers it."""
    for x in complete:
        if x.trigger_start <= m.trigger_start or not x.source_actor or not x.target_actor:
            continue
        if side.same(x.source_actor, m.source_actor or "") or not side.same(x.target_actor, m.source_actor or ""):
            continue
        between = x.evidence[m.trigger_end - x.sent_start : x.trigger_end - x.sent_start]
        if _RIPOSTE.search(fold(between.lower())) is not None:
            return x.source_actor
    return None


def _answer_of(
    m: EventMention, strike: EventMention | None, source_of: Mapping[tuple[str, str], str], side: _Sides
) -> bool:
    """`Washington a bombardé la Syrie. Ces frappes ont été lancées en représailles à l'attaque chimique de
    Douma`: a strike told as the one another strike of its sentence answers is not completed by the latest
    attacker of its target when that attacker struck in the latest strike told, the answer itself. A strike
    told only as a time (`au lendemain d'une attaque sur Odessa`) may well be one more of the same campaign."""
    if strike is None or not m.target_actor or m.source_actor:
        return False
    return source_of.get(("strike", side(m.target_actor))) == strike.source_actor


def _answered_attacker(m: EventMention, strike: EventMention | None, side: _Sides) -> EventMention:
    """`Tsahal a frappé des cibles du Hamas en riposte à des roquettes tirées vers le sud d'Israël`: the strike a
    riposte of its sentence answers, naming its target alone, where the riposte's attacker stands, was made by
    the riposte's target when that is an armed group; a state struck in riposte may only be where the fire came
    from."""
    if not m.answered or m.source_actor or not m.target_actor or strike is None or strike.sentence != m.sentence:
        return m
    if not strike.source_actor or not strike.target_actor or not side.same(strike.source_actor, m.target_actor):
        return m
    if is_state(strike.target_actor):
        return m  # `Israël a bombardé le Liban en représailles à une attaque de drone`: fired from there, by whom?
    return replace(m, source_actor=strike.target_actor, actors=(strike.target_actor, *m.actors))


def _completed_strike(
    m: EventMention,
    source_of: dict[tuple[str, str], str],
    target_of: dict[tuple[str, str], str],
    side: _Sides,
    struck_in: Mapping[str, int],
    home: Mapping[str, str] | None = None,
) -> EventMention:
    """A strike with one side, completed by the state each side stands for; an attacker that is no
    state's body (`le Hezbollah`) is left alone, and no state strikes itself (an insurgent group of
    models/actors/insurgent_groups.txt strikes its own country). A riposte (`a répliqué
    par des tirs`) by a side struck in an earlier sentence, with no target of its own before, hits
    whoever struck it last, a state or an armed group (`Tsahal a riposté en bombardant des positions`
    after rockets of the Hezbollah). A firm struck (`des drones ont visé un site de Rosneft`) stands for its
    home state when no strike on the firm itself was told."""
    if m.earlier:
        return m  # `ont frappé X, une semaine après une attaque à Y`: an earlier strike, the clause's sides aren't its
    if m.target_actor and not m.source_actor:
        source = source_of.get(("strike", side(m.target_actor)))
        firm = not is_state(side(m.target_actor)) and company(m.target_actor)
        firm_state = (home or {}).get(m.target_actor, "") if firm else ""
        if source is None and firm_state:
            source = source_of.get(("strike", firm_state))
            source = None if source is not None and side.same(source, firm_state) else source
        # an insurgent group strikes its own country (`les FSR ont frappé Port-Soudan`)
        if (
            source is not None
            and source not in m.actors
            and (not side.same(source, m.target_actor) or insurgent(source))
        ):
            return replace(m, source_actor=source, actors=(source, *m.actors))
    # an army or a ministry alone most often reports its own defence (`a détruit deux embarcations`,
    # `a démenti avoir frappé un marché`): it takes a target only when told as a riposte
    if m.source_actor and not m.target_actor and len(m.actors) == 1 and (is_state(m.source_actor) or m.answers):
        mine = side(m.source_actor)
        target = target_of.get(("strike", mine))
        if target is not None and side(target) == mine:
            target = None  # an armed group of its state struck its own side's army: no target of its own
        # struck in an earlier sentence, or earlier in its own (`des roquettes tirées depuis X se sont abattues
        # sur Y, et Y a répliqué en bombardant ...`)
        riposte = target is None and m.answers and struck_in.get(mine, m.sentence + 1) <= m.sentence
        if riposte:
            target = source_of.get(("strike", mine))  # a riposte on whoever struck it last, an armed group too
        if target is not None and (m.answers or is_state(side(target))) and side(target) != mine:
            return replace(m, target_actor=target, actors=(*m.actors, target))
        if riposte and target is not None and target != m.source_actor and armed_group(target):
            # `des jihadistes du JNIM ont attaqué un camp de l'armée malienne. L'armée a riposté en frappant
            # leurs positions`: an armed group of the struck side's own state is no body of it
            return replace(m, target_actor=target, actors=(*m.actors, target))
    return m


def _campaign_attacker(m: EventMention, lone: EventMention | None, side: _Sides) -> EventMention:
    """`L'armée américaine a détruit une dizaine d'embarcations. Le 16 octobre, une frappe a visé un
    bateau au large de la Colombie`: a strike naming its target only, that no earlier strike on that
    target completes, is one more of the campaign told just before by an attacker alone (within
    CAMPAIGN_WINDOW sentences); never when that attacker stands for the target's state."""
    if not m.target_actor or m.source_actor or lone is None or lone.source_actor is None:
        return m
    if m.sentence - lone.sentence > CAMPAIGN_WINDOW or m.sentence == lone.sentence:
        return m
    if side.same(lone.source_actor, m.target_actor) or lone.source_actor in m.actors:
        return m
    return replace(m, source_actor=lone.source_actor, actors=(lone.source_actor, *m.actors))


class _Sides:
    """The state an actor id stands for in a chain (itself when it is a state or unknown)."""

    def __init__(self, state_of: Mapping[str, str]) -> None:
        self.state_of = state_of

    def __call__(self, actor_id: str | None) -> str:
        return self.state_of.get(actor_id or "", actor_id or "")

    def same(self, a: str, b: str) -> bool:
        return self(a) == self(b)


def _package_target(m: EventMention, imposer: EventMention, side: _Sides) -> EventMention:
    """A sanction naming its target alone, told just after another sanction, is imposed by its imposer."""
    source = imposer.source_actor
    if m.source_actor or not m.target_actor or source is None or source in m.actors:
        return m
    if side.same(source, m.target_actor):
        return m
    return replace(m, source_actor=source, actors=(source, *m.actors))


def _returned_blow(m: EventMention, imposer: EventMention, side: _Sides) -> EventMention:
    """`Berlin a expulsé mardi deux diplomates russes. Le lendemain, deux diplomates allemands ont été
    priés de quitter le territoire`: an expulsion naming whom it hits alone, whose target expelled
    diplomats in the latest measure told, in an earlier sentence, is the answer of the side that
    expulsion hit (tit for tat). Other kinds are left alone: in `leurs dirigeants interdits d'entrée
    sur le territoire chinois`, the state named is more likely the imposer's territory misread."""
    if m.source_actor or not m.target_actor or imposer.source_actor is None or imposer.target_actor is None:
        return m
    if m.measure != TIT_FOR_TAT or imposer.measure != TIT_FOR_TAT:
        return m
    if imposer.sentence >= m.sentence or not side.same(imposer.source_actor, m.target_actor):
        return m
    source = imposer.target_actor
    if side.same(source, m.target_actor) or source in m.actors:
        return m
    return replace(m, source_actor=source, actors=(source, *m.actors))


def _listed_after(m: EventMention, announced: EventMention, imposer: EventMention | None) -> bool:
    """`Bruxelles a adopté lundi un nouveau paquet de sanctions. Sont notamment visées des sociétés
    établies en Chine`: a measure naming its target alone, told in the one or two sentences after a
    measure that named its imposer alone, lists whom that package hits, unless a complete measure was
    told in between (that one's imposer is nearer). A demonstrative repeat (`Ces sanctions sont soumises
    au contrôle du Trésor`) tells the same measure again and adds no side to it."""
    if m.source_actor or not m.target_actor or m.refers_back:
        return False
    if not 0 < m.sentence - announced.sentence <= PACKAGE_WINDOW:
        return False
    return imposer is None or imposer.trigger_start < announced.trigger_start


def _joins_imposer(m: EventMention, imposer: EventMention, side: _Sides) -> bool:
    """`X a sanctionné Y. Z a lui aussi annoncé des mesures`: another imposer told `aussi`, `également` joins the
    measure told before. `en outre`, `par ailleurs`, `de plus` add to the same imposer's own acts: told of
    another imposer, they join nothing (`Le Niger a expulsé l'ambassadeur français. ... Caracas a en outre
    expulsé trois diplomates`: not France's)."""
    if m.source_actor and imposer.source_actor and side.same(m.source_actor, imposer.source_actor):
        return True
    said = fold(m.evidence.lower())
    continuing, also = _further_adverbs()
    return not continuing.search(said) or bool(also.search(said))


@lru_cache(maxsize=1)
def _further_adverbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The adverbs of `further_measure` (markers.csv) that go on with the subject's own acts (`en outre`), and
    those that join another's: the ones `echo_adverbs` lists (`aussi`, `également`) and `in_turn` (`à son
    tour`). As patterns on the folded evidence."""
    further, echo = markers()["further_measure"], markers()["echo_adverbs"]  # folded words
    also = (further & echo) | markers()["in_turn"]

    def pattern(words: Set[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")

    return pattern(further - echo), pattern(also)


def _joined_target(m: EventMention, target: str | None, side: _Sides) -> EventMention:
    """`Le Royaume-Uni a lui aussi annoncé une salve de sanctions`: an imposer alone, joining (`aussi`,
    `également`) the measure told before, hits the target of the latest sanction; one joining a riposte
    (`a elle aussi riposté`) hits the imposer of the measure answered before."""
    if not m.source_actor or m.target_actor or target is None:
        return m
    # `Le Canada et l'Australie ont annoncé des mesures comparables`: coordinated imposers join as one act
    if len(m.actors) != 1 and not (m.similar and all(a.startswith(("state:", "org:")) for a in m.actors)):
        return m
    if any(side.same(target, a) for a in m.actors):
        return m
    return replace(m, target_actor=target, actors=(*m.actors, target))


def _completed(
    m: EventMention,
    source_of: dict[tuple[str, str], str],
    target_of: dict[tuple[str, str], str],
    side: _Sides,
    *,
    riposte: bool = False,
    answers_here: bool = False,
) -> EventMention:
    kind = m.event_type
    if m.target_actor and not m.source_actor:
        source = source_of.get((kind, side(m.target_actor)))
        if source is not None and not side.same(source, m.target_actor) and source not in m.actors:
            return replace(m, source_actor=source, actors=(source, *m.actors))
    if m.source_actor and not m.target_actor and _one_side(m, side):
        target = target_of.get((kind, side(m.source_actor)))
        if riposte and (m.answers or _told_as_riposte(m)):
            # `La riposte est tombée le 6 juillet : Pékin a écarté les groupes européens`: told as a riposte, it
            # hits whoever hit the imposer last, not the latest target of its own
            target = source_of.get((kind, side(m.source_actor)), target)
        if target is None and riposte:  # a riposte, told after the blow, hits whoever hit the imposer last
            target = source_of.get((kind, side(m.source_actor)))
            # `Trump a taxé l'acier européen. Bruxelles prépare des mesures similaires`: the leader's state
            target = side(target) if target is not None and side(target).startswith("state:") else target
        if target is not None and not side.same(target, m.source_actor):
            return replace(m, target_actor=target, actors=(*m.actors, target))
    elif m.source_actor and not m.target_actor and answers_here:
        # `a riposté aux sanctions américaines en imposant des restrictions`: the answered measure's
        # imposer, named in the riposte's own words, is hit by it
        target = source_of.get((kind, side(m.source_actor)))
        if target is not None and target in m.actors and not side.same(target, m.source_actor):
            return replace(m, target_actor=target)
    return m


# a verb or noun of riposte (`riposte_verbs`, `retaliation` in markers.csv), on the folded surface
_RIPOSTE = re.compile(r"\b(?:ripost|repliqu|repond|reagi|represaille|retorsion|en reponse|en reaction)")


def _told_as_riposte(m: EventMention) -> bool:
    """A word of riposte (`riposte`, `en représailles`, `a répliqué`) told in the mention's sentence before it."""
    return _RIPOSTE.search(fold(m.evidence[: m.trigger_start - m.sent_start].lower())) is not None


# `les siens à 125 %`, `les leurs`: the measure of the other side, told by a possessive pronoun (sanc_pronoun_rate)
_OWN_PRONOUN = re.compile(r"les (?:siens|siennes|leurs)\b", re.IGNORECASE)


def _answers_in_sentence(m: EventMention, hit_in: Mapping[str, int], hit_at: Mapping[str, int], hit: str) -> bool:
    """`Les États-Unis ont porté jeudi leurs droits sur les produits chinois à 145 %, et la Chine a répliqué
    en relevant les siens à 125 %`: a measure naming its imposer alone, told after a measure of its own
    sentence that hits that imposer, with a verb or noun of riposte between the two, answers it (without
    one, a lone side in the sentence of a measure is more likely a target misread); so does one told by a
    possessive pronoun (`les siens`), whatever links it to the first."""
    if hit_in.get(hit) != m.sentence or hit_at.get(hit, m.trigger_start) >= m.trigger_start:
        return False
    between = m.evidence[hit_at[hit] - m.sent_start : m.trigger_end - m.sent_start]
    # `après que Washington a porté les siens à 145 %`: duties told by a possessive pronoun are the
    # counterpart of the ones told before them, whatever links the two clauses
    return m.answers or _RIPOSTE.search(fold(between.lower())) is not None or _OWN_PRONOUN.match(m.trigger) is not None


def _names_attacker_of(m: EventMention, struck: EventMention, side: _Sides) -> bool:
    """A demonstrative repeat naming the attacker only (`qui impute ces attaques aux FSR`), in the sentence of
    a strike naming its target only, told just before: the attacker of that strike."""
    return (
        m.refers_back
        and m.sentence == struck.sentence
        and bool(m.source_actor)
        and not m.target_actor
        and (not side.same(m.source_actor or "", struck.target_actor or "") or insurgent(m.source_actor or ""))
    )


def _one_side(m: EventMention, side: _Sides) -> bool:
    """All the mention's actors are its source's side: `la présidente mexicaine, Claudia Sheinbaum`
    names the person and her state, one side, not an imposer and a target."""
    return bool(m.source_actor) and all(side.same(a, m.source_actor or "") for a in m.actors)


def is_state(actor_id: str) -> bool:
    return actor_id.startswith("state:")


def _dated_apart(m: EventMention, other: EventMention) -> bool:
    """Both dated, on days that do not overlap."""
    if m.date is None or other.date is None or None in (m.date.start, m.date.end, other.date.start, other.date.end):
        return False
    return bool(m.date.end < other.date.start or other.date.end < m.date.start)  # type: ignore[operator]


# the statement triggers that announce an act (`a annoncé`, `a confirmé`, `selon`), read on the folded surface
_ANNOUNCING = re.compile(
    r"(?:^|\s)(?:annon|confirm|indiqu|precis|decid|declar|affirm|selon|d'apres|d’apres|publi|devoil|officialis)"
)


def _announcers(mentions: list[EventMention], speaker: Callable[[EventMention], str | None]) -> dict[int, str]:
    """Sentence number -> the speaker (`speaker` reads it from a statement) of the first statement of
    that sentence that announces an act (`_ANNOUNCING`)."""
    found: dict[int, str] = {}
    for m in mentions:
        if m.event_type == "statement" and _ANNOUNCING.search(fold(m.trigger.lower())):
            who = speaker(m)
            if who:
                found.setdefault(m.sentence, who)
    return found


def announced_imposers(mentions: list[EventMention], state_of: Mapping[str, str]) -> list[EventMention]:
    """`Le Trésor américain a annoncé que de nouvelles sanctions seraient imposées à l'Iran`, `Selon
    Washington, les nouvelles sanctions visent 35 entités`: a measure that names whom it hits but not who
    imposes it is imposed by the state, the state body or the bloc (`sanctioning_bloc` in markers.csv)
    that announces it in the same sentence, never by the side it hits."""
    side = _Sides(state_of)
    blocs = markers()["sanctioning_bloc"]

    def official(m: EventMention) -> str | None:
        speaker = m.source_actor
        return speaker if speaker and (is_state(speaker) or speaker in state_of or speaker in blocs) else None

    speakers = _announcers(mentions, official)
    out = []
    for m in mentions:
        speaker = speakers.get(m.sentence)
        if m.event_type == "sanction" and m.target_actor and not m.source_actor and speaker:
            if not any(side.same(speaker, a) for a in m.actors):
                m = replace(m, source_actor=speaker, actors=(speaker, *m.actors))
        out.append(m)
    return out


def reported_attackers(mentions: list[EventMention], state_of: Mapping[str, str]) -> list[EventMention]:
    """`Des avions de combat ont frappé des dépôts d'armes du Hezbollah, a indiqué l'armée israélienne`,
    `Selon Tsahal, des frappes ont visé des positions du Hamas`: a strike on an armed group or movement
    (agreement.armed_movement) of another state, naming no attacker, told on the word of a state's army
    or defence ministry (agreement.armed_body) in its sentence, is that army's own: an army reports the
    blows it deals such groups. A strike on a state or a ship is left alone (`un drone a touché un
    pétrolier, selon le Commandement central`: the army of another state reports what it saw)."""
    speakers = _announcers(mentions, lambda m: next((a for a in m.actors if armed_body(a, state_of)), None))
    if not speakers:
        return mentions
    side = _Sides(state_of)
    out = []
    for m in mentions:
        army = speakers.get(m.sentence)
        if m.event_type == "strike" and army and not m.source_actor and m.target_actor:
            if armed_movement(m.target_actor) and not any(side.same(army, a) for a in m.actors):
                m = replace(m, source_actor=army, actors=(army, *m.actors))
        out.append(m)
    return out
