"""Strikes and sanctions told one after another: the side a mention leaves unnamed comes from the ones before it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pipeline.events.chains import inherit_sides
from pipeline.schema import DateValue, EventMention

RUS, UKR, ISR, IRN = "state:RUS", "state:UKR", "state:ISR", "state:IRN"
USA, CHN, UE, GBR = "state:USA", "state:CHN", "org:ue", "state:GBR"


def mention(start: int, source: str | None, target: str | None, event_type: str = "strike") -> EventMention:
    actors = tuple(a for a in (source, target) if a)
    return EventMention(
        article="a",
        event_type=event_type,
        trigger="frappe",
        trigger_start=start,
        trigger_end=start + 6,
        sentence=start,
        sent_start=start,
        sent_end=start + 10,
        evidence="",
        status="occurred",
        actors=actors,
        source_actor=source,
        target_actor=target,
    )


@pytest.mark.parametrize(
    "told, expected",
    [
        # the target alone: the attacker of the latest strike on that target
        ([(UKR, RUS), (None, RUS)], (UKR, RUS)),
        ([(UKR, RUS), (ISR, IRN), (None, RUS)], (UKR, RUS)),
        ([(ISR, RUS), (UKR, RUS), (None, RUS)], (UKR, RUS)),
        # the attacker alone: the target of the latest strike by that attacker
        ([(RUS, UKR), (RUS, None)], (RUS, UKR)),
        # nothing from a strike the other way, nor from an incomplete one
        ([(RUS, UKR), (None, RUS)], (None, RUS)),
        ([(UKR, None), (None, RUS)], (None, RUS)),
        ([(None, RUS)], (None, RUS)),
    ],
)
def test_chains_strike_takes_the_missing_side_from_earlier_strikes(told, expected):
    mentions = [mention(k * 100, s, t) for k, (s, t) in enumerate(told)]
    last = inherit_sides(mentions)[-1]
    assert (last.source_actor, last.target_actor) == expected
    assert last.actors == tuple(a for a in expected if a)


SDN, FSR, SDN_ARMY = "state:SDN", "org:fsr", "org:sdn-armee"


@pytest.mark.parametrize(
    "told, expected",
    [
        # an insurgent group of the country it strikes (models/actors/insurgent_groups.txt) completes a
        # later strike on that country
        ([(FSR, SDN), (None, SDN)], (FSR, SDN)),
        # the country's own army does not: no state strikes itself
        ([(SDN_ARMY, SDN), (None, SDN)], (None, SDN)),
    ],
)
def test_chains_insurgent_group_strikes_its_own_country(told, expected):
    mentions = [mention(k * 100, s, t) for k, (s, t) in enumerate(told)]
    links = {FSR: SDN, SDN_ARMY: SDN}
    last = inherit_sides(mentions, links)[-1]
    assert (last.source_actor, last.target_actor) == expected


@pytest.mark.parametrize(
    "told, expected",
    [
        # `Washington a surtaxé l'acier chinois. ... Pékin a dénoncé ces taxes`: the imposer of the
        # latest sanction on that target
        ([(USA, CHN), (None, CHN)], (USA, CHN)),
        ([(UE, RUS), (USA, CHN), (None, RUS)], (UE, RUS)),
        # the imposer alone: the target of its own latest sanction
        ([(UE, RUS), (UE, None)], (UE, RUS)),
        # `Pékin a riposté en imposant des mesures antidumping`: a riposte on whoever hit it last
        ([(UE, CHN), (CHN, None)], (CHN, UE)),
        # its own latest target comes before the riposte
        ([(CHN, USA), (UE, CHN), (CHN, None)], (CHN, USA)),
        # an imposer never hit nor imposing before gets nothing (`le Royaume-Uni a sanctionné des pétroliers`)
        ([(RUS, UE), (GBR, None)], (GBR, None)),
        # nothing from a strike: chains are kept per event type
        ([(RUS, UKR), (None, UKR)], (None, UKR)),
    ],
)
def test_chains_sanction_takes_the_missing_side_from_earlier_sanctions(told, expected):
    kinds = ["strike" if (s, t) == (RUS, UKR) else "sanction" for s, t in told[:-1]] + ["sanction"]
    pairs = enumerate(zip(told, kinds, strict=True))
    mentions = [mention(k * 100, s, t, event_type=kind) for k, ((s, t), kind) in pairs]
    last = inherit_sides(mentions)[-1]
    assert (last.source_actor, last.target_actor) == expected
    assert last.actors == tuple(a for a in expected if a)


def test_chains_leave_other_event_types_alone():
    mentions = [mention(0, UKR, RUS, event_type="call"), mention(100, None, RUS, event_type="call")]
    assert inherit_sides(mentions)[-1].source_actor is None


def test_chains_sanction_with_two_named_actors_takes_no_target():
    told = [mention(0, UE, RUS, event_type="sanction"), mention(100, UE, None, event_type="sanction")]
    told[1] = replace(told[1], actors=(UE, USA))
    assert inherit_sides(told)[-1].target_actor is None


@pytest.mark.parametrize(
    "second, expected",
    [
        # s23-lead: `la présidente mexicaine, X, a promis de dévoiler ses mesures de rétorsion`: the person and
        # her state are one side, which takes the target of a riposte like an imposer named alone
        (("person:claudia-sheinbaum", "state:MEX"), USA),
        # two states named: no target taken
        (("state:MEX", "state:CAN"), None),
    ],
)
def test_chains_sanction_by_a_person_and_her_state_is_one_side(second, expected):
    blow = mention(0, USA, "state:MEX", event_type="sanction")
    answer = replace(mention(100, second[0], None, event_type="sanction"), actors=second)
    last = inherit_sides([blow, answer], state_of={"person:claudia-sheinbaum": "state:MEX"})[-1]
    assert last.target_actor == expected


def test_chains_riposte_on_a_leader_hits_his_state():
    # `Le président américain a taxé l'acier européen. Bruxelles prépare des mesures de rétorsion`: the
    # riposte hits the state whose leader imposed the blow, as tariffs hit states
    blow = mention(0, "person:donald-trump", UE, event_type="sanction")
    answer = mention(100, UE, None, event_type="sanction")
    last = inherit_sides([blow, answer], state_of={"person:donald-trump": USA})[-1]
    assert (last.source_actor, last.target_actor) == (UE, USA)


def test_chains_read_in_text_order():
    later, earlier = mention(500, UKR, RUS), mention(100, None, RUS)
    assert [m.source_actor for m in inherit_sides([later, earlier])] == [None, UKR]


@pytest.mark.parametrize(
    "gap, expected",
    [
        # `L'UE a adopté un paquet contre la Russie. ... Des banques chinoises sont également visées.`
        (1, UE),
        (2, UE),
        # a package told long before imposes nothing on a target named later
        (3, None),
    ],
)
def test_chains_sanction_target_alone_takes_the_imposer_of_the_package_just_told(gap, expected):
    package = replace(mention(0, UE, RUS, event_type="sanction"), sentence=4)
    target_alone = replace(mention(100, None, CHN, event_type="sanction"), sentence=4 + gap)
    last = inherit_sides([package, target_alone])[-1]
    assert (last.source_actor, last.target_actor) == (expected, CHN)
    assert last.actors == tuple(a for a in (expected, CHN) if a)


def test_chains_no_riposte_within_the_sentence_of_the_blow():
    # `l'UE a adopté un paquet contre la Russie, qui prévoit l'interdiction du gaz russe`: Russia as the
    # lone side of the ban is a misread target, not a Russian riposte
    package = replace(mention(0, UE, RUS, event_type="sanction"), sentence=3)
    ban = replace(mention(50, RUS, None, event_type="sanction"), sentence=3)
    assert inherit_sides([package, ban])[-1].target_actor is None


AZE, ARM, THA, KHM = "state:AZE", "state:ARM", "state:THA", "state:KHM"
AZE_ARMY, ARM_ARMY, ARM_DEF, RUS_DEF = "org:aze-armee", "org:arm-armee", "org:arm-defense", "org:rus-defense"
BODIES = {AZE_ARMY: AZE, ARM_ARMY: ARM, ARM_DEF: ARM, RUS_DEF: RUS}


@pytest.mark.parametrize(
    "told, answers, expected",
    [
        # `L'armée azerbaïdjanaise a pilonné des villages arméniens. Mardi, des drones azerbaïdjanais ont
        # visé un dépôt.`: the army and the adjective are one side
        ([(AZE_ARMY, ARM), (AZE, None)], False, (AZE, ARM)),
        # `... Le ministère arménien de la Défense a dit qu'un poste avait été touché`: the ministry is its state
        ([(AZE_ARMY, ARM), (None, ARM_DEF)], False, (AZE_ARMY, ARM_DEF)),
        # `Les forces thaïlandaises ont répliqué par des tirs`: a riposte on whoever struck it last
        ([(KHM, THA), (THA, None)], True, (THA, KHM)),
        ([(AZE_ARMY, ARM), (ARM_ARMY, None)], True, (ARM_ARMY, AZE_ARMY)),
        # told plainly, a strike by a side only struck before takes no target
        ([(KHM, THA), (THA, None)], False, (THA, None)),
        # an army alone reporting what it destroyed is not completed, unless told as a riposte
        ([(RUS, UKR), (RUS_DEF, None)], False, (RUS_DEF, None)),
        ([(RUS, UKR), (RUS_DEF, None)], True, (RUS_DEF, UKR)),
        # its own latest target comes before the riposte
        ([(ARM, AZE), (AZE_ARMY, ARM), (ARM_ARMY, None)], True, (ARM_ARMY, AZE)),
    ],
)
def test_chains_strike_sides_by_state_and_riposte(told, answers, expected):
    mentions = [mention(k * 100, s, t) for k, (s, t) in enumerate(told)]
    mentions[-1] = replace(mentions[-1], answers=answers)
    last = inherit_sides(mentions, BODIES)[-1]
    assert (last.source_actor, last.target_actor) == expected
    assert last.actors == tuple(a for a in expected if a)


HEZBOLLAH, HAMAS = "org:hezbollah", "org:hamas"


# `Le Hezbollah a tiré des roquettes sur Israël. L'armée israélienne a riposté en bombardant des
# positions`: a riposte hits an armed group that struck it last as it hits a state, and the second
# word of the same riposte (`riposté`, then `bombardant`) hits it too; told plainly, nothing is taken.
@pytest.mark.parametrize(
    "told, answers, expected",
    [
        ([(HEZBOLLAH, ISR), ("org:tsahal", None)], (True,), ("org:tsahal", HEZBOLLAH)),
        ([(HAMAS, ISR), ("org:tsahal", None), ("org:tsahal", None)], (True, True), ("org:tsahal", HAMAS)),
        ([(HEZBOLLAH, ISR), ("org:tsahal", None)], (False,), ("org:tsahal", None)),
    ],
)
def test_chains_riposte_on_an_armed_group_that_struck_first(told, answers, expected):
    mentions = [mention(k * 100, s, t) for k, (s, t) in enumerate(told)]
    for k, said in enumerate(answers, start=1):
        mentions[k] = replace(mentions[k], answers=said)
    last = inherit_sides(mentions, {"org:tsahal": ISR})[-1]
    assert (last.source_actor, last.target_actor) == expected


def test_chains_strike_riposte_after_the_blow_in_its_sentence():
    """`des roquettes tirées depuis X se sont abattues sur Y, et Y a riposté en bombardant ...`: the blow told
    earlier in the sentence is the one answered; a riposte told before the blow answers nothing of it."""
    blow = replace(mention(0, KHM, THA), sentence=5)
    riposte = replace(mention(50, THA, None), sentence=5, answers=True)
    assert inherit_sides([blow, riposte])[-1].target_actor == KHM
    riposte_first = replace(mention(0, THA, None), sentence=5, answers=True)
    later_blow = replace(mention(50, KHM, THA), sentence=5)
    assert inherit_sides([riposte_first, later_blow])[0].target_actor is None


def test_chains_no_state_strikes_itself_through_its_army():
    told = [mention(0, ARM, AZE_ARMY), mention(100, AZE, None)]
    told[1] = replace(told[1], answers=True)
    # Azerbaijan's army was struck by Armenia: Azerbaijan answering hits Armenia, never itself
    last = inherit_sides(told, BODIES)[-1]
    assert (last.source_actor, last.target_actor) == (AZE, ARM)


CHN_COMMERCE, TRESOR, IDF = "org:chn-commerce", "org:tresor-americain", "org:tsahal"
ACTS_FOR = {CHN_COMMERCE: CHN, TRESOR: USA, IDF: ISR}


@pytest.mark.parametrize(
    "told, kind, expected",
    [
        # `Ottawa a taxé les voitures chinoises. Le ministère chinois du Commerce a riposté par des surtaxes`:
        # the ministry's riposte hits whoever hit its state
        ([("state:CAN", CHN), (CHN_COMMERCE, None)], "sanction", (CHN_COMMERCE, "state:CAN")),
        # `Le Trésor américain a sanctionné des groupes chinois. ... Pékin a dénoncé ces sanctions`
        ([(TRESOR, CHN), (None, CHN)], "sanction", (TRESOR, CHN)),
        # a state strikes the target of its army's latest strike; an army alone takes nothing
        ([(IDF, IRN), (ISR, None)], "strike", (ISR, IRN)),
        ([(ISR, IRN), (IDF, None)], "strike", (IDF, None)),
        # a state goes on with the target of its treasury's latest sanction
        ([(TRESOR, CHN), (USA, None)], "sanction", (USA, CHN)),
        # without the map, a body and its state are two sides
        ([("state:CAN", CHN), (CHN_COMMERCE, None)], "unmapped", (CHN_COMMERCE, None)),
    ],
)
def test_chains_a_body_stands_for_its_state(told, kind, expected):
    acts_for = {} if kind == "unmapped" else ACTS_FOR
    kind = "sanction" if kind == "unmapped" else kind
    mentions = [replace(mention(k * 100, s, t, event_type=kind), sentence=k) for k, (s, t) in enumerate(told)]
    last = inherit_sides(mentions, acts_for)[-1]
    assert (last.source_actor, last.target_actor) == expected


# Rule (r7-sanction): an imposer alone told `aussi`/`également` (mention.joins) joins the measures
# told before: `L'UE a sanctionné la Russie. ... Londres a aussi annoncé des sanctions.`
@pytest.mark.parametrize(
    "told, joins, expected",
    [
        # any number of sentences after, the latest sanction's target
        ([(UE, RUS), (GBR, None)], True, (GBR, RUS)),
        ([(USA, IRN), (UE, RUS), (None, None), (None, None), (GBR, None)], True, (GBR, RUS)),
        # not told as joining: a sanction of its own, whose target the text does not give
        ([(UE, RUS), (None, None), (None, None), (GBR, None)], False, (GBR, None)),
        # no measure told before: nothing to join
        ([(GBR, None)], True, (GBR, None)),
        # a target of its own is kept
        ([(UE, RUS), (GBR, IRN)], True, (GBR, IRN)),
    ],
)
def test_chains_sanction_told_also_hits_the_latest_target(told, joins, expected):
    mentions = [mention(k * 100, s, t, "sanction") for k, (s, t) in enumerate(told) if s or t]
    mentions[-1] = replace(mentions[-1], joins=joins)
    last = inherit_sides(mentions)[-1]
    assert (last.source_actor, last.target_actor) == expected
    assert last.actors == tuple(a for a in expected if a)


# `en outre`, `par ailleurs`, `de plus` go on with the subject's own acts: another imposer told so joins nothing
# of the measure told before; the same imposer goes on with its own target.
@pytest.mark.parametrize(
    "told, evidence, expected",
    [
        ([(UE, RUS), (GBR, None)], "Londres a en outre expulsé trois diplomates.", (GBR, None)),
        ([(UE, RUS), (GBR, None)], "Londres a par ailleurs gelé des avoirs.", (GBR, None)),
        ([(UE, RUS), (GBR, None)], "Londres a également expulsé trois diplomates.", (GBR, RUS)),
        ([(UE, RUS), (GBR, None)], "Londres a en outre, elle aussi, gelé des avoirs.", (GBR, RUS)),
        ([(GBR, RUS), (GBR, None)], "Londres a en outre expulsé trois diplomates.", (GBR, RUS)),
    ],
)
def test_chains_further_measure_of_another_imposer_joins_nothing(told, evidence, expected):
    mentions = [mention(k * 100, s, t, "sanction") for k, (s, t) in enumerate(told)]
    mentions[-1] = replace(mentions[-1], joins=True, evidence=evidence)
    last = inherit_sides(mentions)[-1]
    assert (last.source_actor, last.target_actor) == expected


@pytest.mark.parametrize(
    "told, gap, unnamed, expected",
    [
        # a dated strike naming no side, just after a strike: one more blow by that attacker on that target
        ([(RUS, UKR)], 1, True, (RUS, UKR)),
        ([(RUS, UKR)], 2, True, (RUS, UKR)),
        ([(RUS, UKR), (UKR, RUS)], 1, True, (UKR, RUS)),
        # too far from the strikes told, or not one the extractor marked: left without sides
        ([(RUS, UKR)], 3, True, (None, None)),
        ([(RUS, UKR)], 1, False, (None, None)),
        # only a complete strike gives its sides
        ([(RUS, None)], 1, True, (None, None)),
        ([], 1, True, (None, None)),
    ],
)
def test_chains_dated_strike_naming_no_side_takes_the_sides_told_just_before(told, gap, unnamed, expected):
    mentions = [replace(mention(k * 100, s, t), sentence=k) for k, (s, t) in enumerate(told)]
    last_sentence = (len(told) - 1 if told else 0) + gap
    bare = replace(mention(1000, None, None), sentence=last_sentence)
    last = inherit_sides([*mentions, bare], unnamed=frozenset({1000} if unnamed else set()))[-1]
    assert (last.source_actor, last.target_actor) == expected
    assert last.actors == tuple(a for a in expected if a)


# Rule (s19-sanction): a dated measure noun naming no side, told with the verb that imposed it
# (`les taxes provisoires que Bruxelles avait instaurées en août`), takes the sides of the latest
# sanction naming two; one not told so (`imposed` empty) stays without sides.
@pytest.mark.parametrize(
    "imposed, expected",
    [
        ({2}, (UE, CHN)),
        (set(), (None, None)),
    ],
)
def test_chains_imposed_measure_takes_the_sides_of_the_latest_named_sanction(imposed, expected):
    first = replace(mention(0, UE, None, "sanction"), actors=(UE, CHN))
    other = mention(1, USA, RUS, "strike")
    bare = mention(2, None, None, "sanction")
    done = inherit_sides([first, other, bare], imposed=imposed)
    assert (done[2].source_actor, done[2].actors[-1] if done[2].actors else None) == expected


@pytest.mark.parametrize(
    "told, expected",
    [
        # a target alone, one sentence after an attacker alone: one more strike of that campaign
        ([(USA, None), (None, "state:COL")], (USA, "state:COL")),
        # not from further back, never the target's own side
        ([(USA, None), (None, None), (None, None), (None, "state:COL")], (None, "state:COL")),
        ([(RUS, None), (None, RUS)], (None, RUS)),
    ],
)
def test_chains_target_alone_joins_the_campaign_of_an_attacker_alone_told_just_before(told, expected):
    mentions = [mention(k, s, t) for k, (s, t) in enumerate(told)]
    last = inherit_sides(mentions)[-1]
    assert (last.source_actor, last.target_actor) == expected


@pytest.mark.parametrize(
    "second, expected",
    [
        # `X a imposé des restrictions et a placé des entreprises de Y sur sa liste`: one imposer, one target
        ((CHN, USA), USA),
        # not from a measure of another imposer, nor one aimed at the imposer itself
        ((UE, USA), None),
        ((USA, CHN), None),
    ],
)
def test_chains_imposer_alone_takes_the_target_of_its_next_measure_in_the_sentence(second, expected):
    first = mention(0, CHN, None, "sanction")
    later = replace(mention(0, *second, "sanction"), trigger_start=40)
    done = inherit_sides([first, later])
    assert done[0].target_actor == expected


# Rule (s25-sanc3): a dated demonstrative repeat told with the verb that imposed it (`Ces sanctions avaient
# été imposées en octobre 2020`), after a sanction a verb acts on (`a prolongé lundi les sanctions`), is the
# first imposition: the sides of that sanction, no longer a repeat. Dated the same, or after a sanction told
# as imposed (not acted on), or not told so, it stays the repeat of the measure told before.
@pytest.mark.parametrize(
    "acted, recalled, repeat_day, expected",
    [
        ({0}, {1}, date(2020, 10, 1), ((UE, "state:BLR"), False)),
        ({0}, {1}, date(2024, 2, 26), ((), True)),
        (set(), {1}, date(2020, 10, 1), ((), True)),
        ({0}, set(), date(2020, 10, 1), ((), True)),
    ],
)
def test_chains_repeat_imposed_on_its_own_day_after_a_renewal_is_the_first_imposition(
    acted, recalled, repeat_day, expected
):
    renewed = replace(mention(0, UE, "state:BLR", "sanction"), date=_day(date(2024, 2, 26)))
    repeat = replace(mention(1, None, None, "sanction"), date=_day(repeat_day), refers_back=True)
    done = inherit_sides([renewed, repeat], recalled=recalled, acted=acted)
    assert (done[1].actors, done[1].refers_back) == expected


def _day(d: date) -> DateValue:
    return DateValue(text="", char_start=0, char_end=0, start=d, end=d, precision="day", kind="date")


# Rule: tit for tat. An expulsion naming whom it hits alone, whose target expelled diplomats in the latest
# measure told (in an earlier sentence), is the answer of the side that expulsion hit (`Berlin a expulsé
# deux diplomates russes. Le lendemain, deux diplomates allemands ont été priés de quitter le territoire`).
@pytest.mark.parametrize(
    "first, second, kind, expected",
    [
        ((GBR, RUS), (None, GBR), "expel", (RUS, GBR)),
        # the target of the first measure named again: the first imposer's, as before
        ((GBR, RUS), (None, RUS), "expel", (GBR, RUS)),
        # within the sentence of the first measure, no answer is read
        ((GBR, RUS), (None, GBR), "expel", (None, GBR)),
        # an entry ban naming a state alone: more likely the imposer's territory misread
        ((GBR, RUS), (None, GBR), "visa", (None, GBR)),
    ],
)
def test_chains_target_alone_that_imposed_the_last_measure_is_answered(first, second, kind, expected):
    same_sentence = expected == (None, GBR) and kind == "expel"
    blow = replace(mention(0, *first, event_type="sanction"), sentence=2, measure="expel")
    answer = replace(mention(100, *second, event_type="sanction"), sentence=2 if same_sentence else 3, measure=kind)
    last = inherit_sides([blow, answer])[-1]
    assert (last.source_actor, last.target_actor) == expected


# Rule: two measures of one sentence each naming its imposer alone, the second told as a riposte, are
# aimed at each other (`La hausse des droits américains a été suivie d'une riposte chinoise`).
@pytest.mark.parametrize(
    "between, expected",
    [
        ("a été suivie d'une riposte", [(USA, CHN), (CHN, USA)]),
        ("a précédé une hausse", [(USA, None), (CHN, None)]),
    ],
)
def test_chains_lone_imposers_of_one_sentence_answer_each_other(between, expected):
    text = f"droits {between} chinoise"
    first = replace(mention(0, USA, None, event_type="sanction"), sentence=1, sent_start=0, trigger_end=6)
    second = replace(
        mention(0, CHN, None, event_type="sanction"),
        sentence=1,
        sent_start=0,
        trigger_start=len(text) - 8,
        trigger_end=len(text),
    )
    first, second = replace(first, evidence=text), replace(second, evidence=text)
    out = inherit_sides([first, second])
    assert [(m.source_actor, m.target_actor) for m in out] == expected


# a firm's site struck with no attacker named (`des drones ont visé un site de Rosneft`) is one more strike on the
# firm's home state; an armed group is no firm, and nothing comes from a strike the other way
ROSNEFT, HOUTHIS, YEM = "org:rosneft", "org:houthis", "state:YEM"
HOMES = {ROSNEFT: RUS, HOUTHIS: YEM}


@pytest.mark.parametrize(
    "told, homes, expected",
    [
        ([(UKR, RUS), (None, ROSNEFT)], HOMES, (UKR, ROSNEFT)),
        ([(UKR, RUS), (None, ROSNEFT)], {}, (None, ROSNEFT)),
        ([(RUS, UKR), (None, ROSNEFT)], HOMES, (None, ROSNEFT)),
        ([(USA, YEM), (None, HOUTHIS)], HOMES, (None, HOUTHIS)),
    ],
)
def test_chains_struck_firm_stands_for_its_home_state(told, homes, expected):
    mentions = [mention(k * 100, s, t) for k, (s, t) in enumerate(told)]
    last = inherit_sides(mentions, homes=homes)[-1]
    assert (last.source_actor, last.target_actor) == expected


# `une première attaque` (counted) naming no side is one of the series told, however far from it
@pytest.mark.parametrize("counted, expected", [(True, (RUS, UKR)), (False, (None, None))])
def test_chains_counted_strike_naming_no_side_joins_the_series_told(counted, expected):
    told = replace(mention(0, RUS, UKR), sentence=0)
    bare = replace(mention(1000, None, None), sentence=5, counted=counted)
    last = inherit_sides([told, bare], unnamed=frozenset({1000}))[-1]
    assert (last.source_actor, last.target_actor) == expected


# `X a été frappé par des drones, a dit l'armée, qui impute ces attaques à Y`: the repeat naming the attacker
# only completes the strike of its sentence naming the target only; a strike told after, naming no side, takes both


@pytest.mark.parametrize(
    "repeat_sentence, refers_back, expected",
    [(0, True, ("org:fsr", "state:SDN")), (1, True, (None, None)), (0, False, (None, None))],
)
def test_chains_repeat_naming_the_attacker_completes_the_strike_of_its_sentence(repeat_sentence, refers_back, expected):
    struck = replace(mention(0, None, "state:SDN"), sentence=0)
    repeat = replace(mention(50, "org:fsr", None), sentence=repeat_sentence, refers_back=refers_back)
    bare = replace(mention(1000, None, None), sentence=2)
    last = inherit_sides([struck, repeat, bare], unnamed=frozenset({1000}))[-1]
    assert (last.source_actor, last.target_actor) == expected
