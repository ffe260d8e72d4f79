"""Who, where and in which direction for one event trigger, read from the dependency parse.

French news puts participants in a few syntactic slots: the subject and object of the verb
(`X a rencontré Y`), prepositional phrases (`avec Y`, `entre X et Y`, `contre Y`, `à l'encontre
de Y`, passive `par X`, `imposer des sanctions à Y`), the complement of an event noun
(`l'échange Rubio-Lavrov`, `l'attaque de X contre Y`), a participle modifying the noun (`les
sanctions imposées par X à Y`), the subject of a light verb governing an event noun (`X a lancé
une attaque`, `X a adopté un paquet de sanctions`), the subject shared by coordinated or
controlled verbs (`X s'est retiré ... et a imposé`, `conduit X à appeler Y`), a subject pronoun
continuing the last named subject, and demonym adjectives (`des drones ukrainiens`). We read
those slots first, then what the clause says (`clauses.py`: controlled and passive subjects,
possessives, occasions, the actors on each side of the trigger), and fall back to the nearest
mentions of the sentence only when all of that gives a single participant.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline import config
from pipeline.actors.compounds import compound_at
from pipeline.actors.filters import person_nouns, residence_words
from pipeline.actors.patterns import load_wordlist
from pipeline.events import clauses
from pipeline.events.agreement import body_parents
from pipeline.events.aims import aimed_at
from pipeline.events.clauses import OBJECT, PASSIVE_SUBJECT, SUBJECT
from pipeline.events.fallback import arranged_talk_sides, clause_strike_target, topic_of_talks
from pipeline.events.gazetteer import load_capitals, place_state
from pipeline.events.phrases import (
    AGAINST,
    AGENT_PREPS,
    CLAUSAL,
    COMITATIVE,
    EARLIER,
    POSSESSIVE,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    SUBJECT_PRONOUNS,
    TRADE_ROUTE,
    PhraseActors,
    actor_country,
    after_earlier_noun,
    after_word,
    anchor_day,
    anchor_happening,
    answered_by_riposte,
    armed_antecedent,
    armed_group_noun,
    body_antecedent,
    clitic_antecedent,
    date_tokens,
    demonym_state,
    echo_item,
    foreign_goods,
    group_antecedents,
    group_nouns,
    in_distance_phrase,
    in_offshore_phrase,
    in_reporter_phrase,
    inside_venue,
    is_backer,
    is_bare_title,
    is_demonstrative,
    is_distance,
    is_judgement,
    is_locative,
    is_mediator,
    is_offshore,
    is_person,
    is_rate,
    is_reporter,
    is_time_anchor,
    is_venue,
    judges,
    markers,
    named_as_kin,
    names_a_holder,
    person_noun,
    phrase_actors,
    phrase_places,
    possessor_antecedent,
    preposition,
    pronoun_antecedent,
    ready_adjective,
    retaliated,
    role_antecedent,
    saying_verbs,
    span_counted_to,
    stressed_conjunct,
    title_holder,
    topic_antecedent,
    topic_participle,
    unique,
    weapons_used,
)
from pipeline.nlp.displaced import de_verbs, time_word
from pipeline.nlp.extensions import ACTORS_KEY, DATES_KEY
from pipeline.nlp.syntax import (
    PARTICIPLE_ENDINGS,
    QUE_WORDS,
    TOPIC_PREPS,
    after_comma,
    agrees_where_told,
    agrees_with_told,
    clause_root,
    has_auxiliary,
    has_finite_verb,
    past_participle,
    window_start,
)
from pipeline.text import FRENCH_ARTICLES, fold, list_entries, normalize_name

# For talks and statements `sur X` is the topic, not a participant (`discussions sur l'Ukraine`).
TOPIC_TYPES = {"call", "meeting", "statement"}
# Acts whose object the parser may take for a modifier when a bare date stands between verb and object.
DATED_OBJECT_TYPES = {"strike", "call", "meeting"}
# Talks whose bare titled participant (`avec le prince héritier`) is looked for this many sentences back.
TITLE_LOOK_BACK = 4
TALK_EVENTS = {"call", "meeting"}
# Event types whose participants have a direction (source acts on target).
DIRECTED = {"strike", "sanction", "statement"}
# `imposer des sanctions à X`, `infliger des frappes à X`: the à-phrase names the target.
RECIPIENT_TYPES = {"sanction"}
# A head of state or minister who strikes or sanctions acts for the state.
STATE_ACTS = {"strike", "sanction"}
# Sanctions are measures, not incidents: they have no place.
PLACELESS_TYPES = {"sanction", "statement"}
# Nouns that count events (`un paquet de sanctions`, `une vague de frappes`).
QUANTIFIER_DEPS = {"nmod"}
# `lors d'un échange`, `au cours d'un entretien`, `se retrouver pour une réunion`: the event is the
# occasion or the purpose of the governing verb, whose subject and object take part.
OCCASION_PREPS = {"lors", "pendant", "durant", "cours", "pour"}
UNDERGOER_VERBS_PATH = config.MODELS_DIR / "events" / "undergoer_verbs.csv"
ENTRE_WINDOW = 12  # tokens after an event noun searched for its `entre X et Y`
# tokens of the `entre` phrase itself: two parties described by role and name with appositions
# (`entre le président en exercice de la Cedeao, le chef de l'État sierra-léonais X, et les dirigeants de l'AES`)
ENTRE_PHRASE = 32
# `pendant`, `durant`, `lors de` (folded): a noun under these is a time, not a verb's object; `après`, `avant`,
# `depuis` are `time_anchor` words of markers.csv, read first in _light_verb
DURING_PREPS = frozenset({"pendant", "durant", "lors"})
FALLBACK_WINDOW = 12  # tokens around the trigger searched when the parse gives too little
# `tirées depuis le Liban`, `lancés à partir de la Crimée`: the launch site of a strike is not its target.
LAUNCH_PREPS = {"depuis", "partir"}
# `une voiture piégée a explosé devant une base de l'armée afghane`: where a blast or a shooting took place
STRIKE_SITE_PREPS = frozenset({"devant", "pres", "proximite", "entree", "abords"})
# `a abattu dans la nuit de samedi à dimanche 30 des 45 drones lancés par X`: governors climbed from the
# munitions to the interception verb the parser hung them under (the day, the number between).
_INTERCEPTOR_HOPS = 5
# `abattu 40 des 55 drones Shahed lancés par X`: tokens after an interception verb searched for the launcher.
LAUNCHED_BY_WINDOW = 12
# `X accuse Y d'avoir violé la trêve en tirant sur Z`: steps from a strike verb up to the accusation.
_ACCUSATION_HOPS = 4
OF_PREPS = frozenset({"de", "d'", "d’", "du", "des"})
REPORTING_PREPS = {"selon", "après"}  # `selon la Maison Blanche`, `d'après X`: who reports, not who owns
STRIKE_FRAMES_PATH = config.MODELS_DIR / "events" / "strike_frames.csv"
STRUCK_SITES_PATH = config.MODELS_DIR / "events" / "struck_sites.txt"
# How the parser hangs an event noun set off by commas after a date on its light verb
# (`a eu, jeudi à Rome, des entretiens`): a modifier, or a conjunct of the verb.
STRAY_OBJECT_DEPS = frozenset({"obl:mod", "conj"})


@lru_cache(maxsize=2)
def undergoer_verbs(path: Path = UNDERGOER_VERBS_PATH) -> dict[str, frozenset[str]]:
    """Event type -> verbs whose subject undergoes the event their object names (`dénoncer`)."""
    found: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for event_type in row["event_types"].split("|"):
                found.setdefault(event_type.strip(), set()).update(w.strip() for w in row["lemmas"].split("|"))
    return {k: frozenset(v) for k, v in found.items()}


@dataclass(frozen=True)
class Arguments:
    """The participants, direction and place of one event mention."""

    actors: tuple[str, ...]
    source: str | None
    target: str | None
    location: str | None
    from_parse: bool  # False when we fell back to the sentence's nearest mentions
    targets: tuple[str, ...] = ()  # every target, for plural triggers that stand for several events
    sources: tuple[str, ...] = ()  # every initiator, for coordinated subjects that act each on its own
    location_actor: str | None = None  # the state a location stands for (`à Washington`)


@dataclass
class _Slots:
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    located: list[str] = field(default_factory=list)
    possessors: list[str] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    stop: frozenset[int] = frozenset()
    bodies: list[str] = field(default_factory=list)  # a named person's own organisation, never another party
    held_bodies: list[str] = field(default_factory=list)  # those of a person who is a participant

    def all_ids(self) -> list[str]:
        return unique(self.sources + self.targets + self.others + self.possessors + self.located)

    def participants(self, keep_located: bool) -> list[str]:
        """The ids that will count as participants (a meeting's city does not)."""
        located = self.located if keep_located else []
        return unique(self.sources + self.targets + self.others + self.possessors + located)


def event_arguments(
    head: Token,
    event_type: str,
    cameo: str,
    actors: dict[int, Span],
    places: dict[int, Span],
    other_triggers: frozenset[int] = frozenset(),
    *,
    verb_trigger: bool | None = None,
    other_strikes: frozenset[int] | None = None,
    previous_triggers: frozenset[int] = frozenset(),
) -> Arguments:
    """Participants (actor ids), direction and place of the event triggered at `head`.

    `other_triggers` are the heads of the sentence's other triggers: their phrases belong to
    their own events (`l'appel entre X et Y et l'appel Z-W`). `verb_trigger` says the lexicon
    knows the trigger as a verb even when the tagger made it a noun (`sanctionne`). `other_strikes`
    are those of them that are strikes (None: taken to be all of them). `previous_triggers` are the
    heads of the previous sentence's triggers.
    """
    slots = _Slots(stop=other_triggers)
    # `selon le Kremlin`: the preposition's object is the speaker. An event noun the tagger took for a
    # preposition (`de nouvelles frappes`) is still a noun with its own phrases
    if head.pos_ == "ADP" and event_type == "statement":
        slots.sources += phrase_actors(head.head, actors).core
        return _assemble(slots, event_type, cameo, bool(slots.sources), actors)
    is_noun = head.pos_ not in {"VERB", "AUX"} if verb_trigger is None else not verb_trigger
    # `a évoqué la Russie au téléphone avec X`: the object of a verb of discussing is the talk's topic
    topic = not is_noun and event_type in {"meeting", "call"} and clauses.is_discussing(head)
    _read_slots(head, slots, actors, places, event_type, noun=is_noun, skip_objects=topic)
    placed_object = _object_put_under(head) if is_noun and event_type in RECIPIENT_TYPES else None
    if placed_object is not None:  # `a placé sept entreprises américaines sous sanctions`: object hit, subject acts
        slots.targets += [
            a for a in phrase_actors(placed_object, actors, other_triggers | {head.i}).core if a not in slots.targets
        ]
        for placer in _subjects_up(placed_object.head):
            slots.sources += [a for a in phrase_actors(placer, actors, other_triggers).core if a not in slots.sources]
    aim = _aim_after_noun(head) if is_noun and event_type == "strike" else None
    if aim is not None:  # `après des bombardements américains sur Sanaa`, the `sur` phrase hung on another verb
        slots.targets += [a for a in phrase_actors(aim, actors, other_triggers).core if a not in slots.all_ids()]
        slots.places += phrase_places(aim, places, locative=True, against=True)
    if not is_noun and event_type == "strike" and not slots.sources:
        # `Une voiture piégée a explosé devant un commissariat, revendiquée par les shebab`: who claims it
        claimants = _claimed_by(head, actors, other_triggers)
        slots.sources += claimants
        slots.located = [a for a in slots.located if a not in claimants]
        slots.targets = [a for a in slots.targets if a not in claimants]
    if not is_noun and event_type == "sanction" and not slots.sources:
        # `En vertu du décret signé lundi par le président américain, les produits brésiliens seront taxés`
        enacting = [a for a in _enacting_agent(head, actors, other_triggers) if a not in slots.targets]
        slots.sources += enacting
        slots.located = [a for a in slots.located if a not in enacting]
    taken = _object_of_gerund(head) if event_type in {"strike", "sanction"} else None
    if taken is not None:  # `a répondu dans la nuit en bombardant le port de Hodeïda`: the port hung on `répondu`
        _assign(slots, phrase_actors(taken, actors, other_triggers).core, "obj", "", event_type, noun=False)
        slots.places += phrase_places(taken, places, locative=True, against=event_type == "strike")
    # `X, arrivé samedi à Luanda, s'est entretenu avec Y`: X parsed as the subject of the participle
    subjectless = not is_noun and not any(c.dep_ in SUBJECT for c in head.children)
    detached = clauses.subject_taken_by_aside(head) if subjectless else None
    bearer = _name_over_participle(head, actors) if subjectless else None
    if bearer is not None:  # `Le ministre X a téléphoné à ...`: the participle parsed as part of the name
        _assign(slots, [bearer], "nsubj", "", event_type, noun=False)
    if detached is not None:
        _assign(slots, phrase_actors(detached, actors, other_triggers).core, "nsubj", "", event_type, noun=False)
    received = _object_relative_antecedent(head) if not is_noun and event_type in {"call", "meeting"} else None
    if received is not None:  # `le Premier ministre X, que Y recevra samedi`: X is whom Y receives
        _assign(slots, phrase_actors(received, actors, other_triggers).core, "obj", "", event_type, noun=False)
    for held in _object_on_phone_phrase(head) if not is_noun and event_type == "call" else []:
        # `X a eu samedi au téléphone son homologue chinois`: the one on the line hung on `téléphone`
        _assign(slots, phrase_actors(held, actors, other_triggers).core, "obj", "", event_type, noun=False)
    stray = _object_as_second_subject(head) if not is_noun and event_type in {"call", "meeting"} else None
    if stray is not None:  # `X, qui a reçu mercredi Y, a assisté ...`: Y parsed as a second subject
        _assign(slots, phrase_actors(stray, actors, other_triggers).core, "obj", "", event_type, noun=False)
    first = _first_conjunct_of_subject(head) if not is_noun else None
    if first is not None:  # `Le président X et le président Y ont discuté`, parsed as a relative on X
        _assign(slots, phrase_actors(first, actors, other_triggers).core, "nsubj", "", event_type, noun=False)
    for name in _names_before_conjunct_verb(head) if not is_noun else []:  # `X et Y se sont rencontrés`
        # the parser may root the sentence in the first name: the verb's own phrases are not the name's
        _assign(slots, phrase_actors(name, actors, other_triggers | {head.i}).core, "nsubj", "", event_type, noun=False)
    if not is_noun and event_type in TALK_EVENTS:  # `onze présidents, dont X, Y et Z, doivent se retrouver`
        slots.sources += [a for a in clauses.named_members_before(head, actors) if a not in slots.all_ids()]
    listed = listed_subjects(head, actors) if not is_noun else []
    if not is_noun and not listed and not slots.sources and event_type in RECIPIENT_TYPES:
        listed = _surface_subject(head, actors)  # `..., l'organisation régionale avait imposé des sanctions à X`
    if (
        not is_noun and not listed and _controlled_infinitive(head)
    ):  # `A, B et C se sont rendus à Kiev pour y rencontrer D`
        listed = listed_subjects(head.head, actors)
    if listed:  # `A, B et C ont rencontré samedi D`, the list broken by the parser
        slots.sources += [a for a in listed if a not in slots.all_ids()]
        slots.targets += [a for a in listed_object(head, actors) if a not in slots.all_ids()]
    between = between_pair(head, actors, other_triggers)
    if not between and is_noun and event_type in ("call", "meeting"):
        between = hyphen_pair(head, actors)
    pair = [a for a in between if a not in slots.all_ids()] if len(between) >= 2 else []
    slots.others += [a for a in between if a not in slots.all_ids()]
    if is_noun and event_type == "meeting":  # `le sommet du G20`, the parser hanging `du G20` on the verb
        slots.others += [a for a in _body_named_after(head, actors) if a not in slots.all_ids()]
    for participle in _participles(head, event_type in RECIPIENT_TYPES) if is_noun else []:
        if event_type == "strike" and _laid_on(participle):
            # `une frappe attribuée à Israël`, `revendiquée par X`: whom it is laid on, or who claims it, struck
            authors = [c for c in participle.children if fold(preposition(c)) in {"a", "au", "aux", "par"}]
            attributed = participle.lemma_.lower() in strike_frames().get("attribution", frozenset())
            laid_on = [c for c in authors if fold(preposition(c)) != "par"]
            if attributed and laid_on:
                # `l'attaque, attribuée par Kiev aux forces russes`: who lays it on another is struck, not the author
                blamers = [c for c in authors if c not in laid_on]
                slots.targets += [a for c in blamers for a in phrase_actors(c, actors, other_triggers).core]
                authors = laid_on
            for author in authors:  # `revendiqués par le mouvement chiite`: the armed group named before
                claimants = phrase_actors(author, actors, other_triggers).core
                slots.sources += claimants or (armed_antecedent(author, actors) if armed_group_noun(author) else [])
            # `des tirs de roquettes revendiqués par X sur la Galilée`: where they hit, hung on the participle
            # or on its agent
            hung = [*participle.children, *(g for c in authors for g in c.children)]
            for site in (c for c in hung if preposition(c) in AGAINST):
                slots.targets += [a for a in phrase_actors(site, actors, other_triggers).core if a not in slots.targets]
                slots.places += phrase_places(site, places, locative=True, against=True)
        elif event_type == "strike" and lemma_forms(participle) & markers()["place_holders"]:
            # `une offensive contre la ville d'Uvira, tenue par l'armée congolaise`: who holds the place is hit
            held_by = _par_agents(participle, actors, other_triggers)
            slots.targets += [a for a in held_by if a not in slots.all_ids()]
        elif not topic_participle(participle):  # `un entretien consacré à l'Ukraine`: what it was about
            _read_slots(participle, slots, actors, places, event_type, noun=False)
    # `des explosions ont secoué la base de X, utilisée par l'armée russe`: the verb a strike noun is the subject of
    struck_by = head.head if is_noun and head.dep_ == "nsubj" and head.head.pos_ == "VERB" else None
    if event_type == "strike" and (struck_by is not None or not is_noun):
        # `a bombardé Nyala, tenue par les FSR`: who holds the place struck is hit, whether the parser hangs the
        # participle on the place or on the verb
        for participle in _held_place_participles(struck_by or head):
            slots.targets += [a for a in _par_agents(participle, actors, other_triggers) if a not in slots.all_ids()]
    named_by = _naming_infinitive(head) if is_noun and event_type in RECIPIENT_TYPES else None
    if named_by is not None:  # `des interdictions de voyager à X`, the infinitive hung on the verb
        _read_slots(named_by, slots, actors, places, event_type, noun=False, skip=head)
        for participle in (c for c in named_by.children if c.i > named_by.i and c.pos_ == "VERB"):
            if "Part" in participle.morph.get("VerbForm", []) and "Pres" in participle.morph.get("Tense", []):
                _read_slots(participle, slots, actors, places, event_type, noun=False)  # `visant X`
    for clause in _effect_clauses(head) if is_noun and event_type == "strike" else []:
        _read_slots(clause, slots, actors, places, event_type, noun=False)
    for clause in _effect_clauses(head) if is_noun and event_type in RECIPIENT_TYPES else []:
        if fold(clause.lemma_) in markers()["measure_reach"]:  # `les sanctions qui frappaient le Niger`
            # its `qui` is the measure itself: `des sanctions contre X, qui visent ses exportations` is not X's
            relative = next((c for c in clause.children if c.dep_ in SUBJECT and c.pos_ == "PRON"), None)
            _read_slots(clause, slots, actors, places, event_type, noun=False, skip=relative)
    for clause in _summing_up_reach(head) if event_type in RECIPIENT_TYPES else []:
        # `a relevé les tarifs sur l'acier, une mesure qui frappe durement le Canada`: the summing-up
        # noun's clause says whom the measure just told hits
        for obj in (c for c in clause.children if c.dep_ in OBJECT):
            slots.targets += [a for a in phrase_actors(obj, actors, other_triggers).core if a not in slots.targets]
    for clause in _performing_relatives(head) if is_noun and event_type == "meeting" else []:
        # `la visite que le président doit effectuer à Pékin`: who makes the visit, and where
        _read_slots(clause, slots, actors, places, event_type, noun=False, skip=head, skip_objects=True)
    for clause in _holding_relatives(head) if is_noun and event_type in TALK_EVENTS else []:
        # `l'entretien qu'Emmanuel Macron a eu mardi avec Xi Jinping`: who held the talk, and with whom
        _read_slots(clause, slots, actors, places, event_type, noun=False, skip=head)
    for clause in _gathering_relatives(head) if is_noun and event_type == "meeting" else []:
        # `le sommet, qui réunit les présidents du Mali et du Niger`: whom the meeting gathers takes part
        _read_slots(clause, slots, actors, places, event_type, noun=False, skip=head)
    for clause in _attending_relatives(head) if is_noun and event_type == "meeting" else []:
        # `un sommet auquel participera le président ukrainien`: who attends takes part
        _read_slots(clause, slots, actors, places, event_type, noun=False, skip=head)
    for clause in _where_relatives(head) if is_noun and event_type == "meeting" and not slots.all_ids() else []:
        # `la réunion du 14 septembre, où X et Y s'étaient quittés sur un désaccord`: who was there took part
        slots.others += [a for a in clauses.subject_of(clause, actors) if a not in slots.all_ids()]
    for clause in _imposing_relatives(head, "launching") if is_noun and event_type == "strike" else []:
        # `des tirs de roquettes que les forces iraniennes auraient lancés contre le Golan`: who fired, at whom
        _read_slots(clause, slots, actors, places, event_type, noun=False, skip=head, skip_objects=True)
    for clause in _imposing_relatives(head) if is_noun and event_type in RECIPIENT_TYPES else []:
        # `les droits qu'il devait imposer mardi sur les produits mexicains`: who imposes it, on what
        _read_slots(clause, slots, actors, places, event_type, noun=False, skip=head, skip_objects=True)
    reach = _reaching_verb(head) if is_noun and event_type in RECIPIENT_TYPES else None
    if reach is not None:  # `ces sanctions visent des armateurs russes`: the verb's object is hit
        aimed = [c for c in reach.children if aimed_at(c)] or _object_on_comma(reach)
        if aimed:  # `toucheront l'acier et l'aluminium canadiens`: a listed good the parser hung on the verb
            aimed += [c for c in reach.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > aimed[0].i]
        slots.targets += [a for c in aimed for a in phrase_actors(c, actors, other_triggers).core]
    hitting = (
        reach
        if reach is not None
        else (head if not is_noun and fold(head.lemma_) in markers()["measure_reach"] else None)
    )
    if hitting is not None and event_type in RECIPIENT_TYPES:
        # `La surtaxe frappait les produits que les États-Unis avaient placés sous embargo`, `les voitures que
        # la Chine exportait`: who imposed what it hits, or whose goods they are, told in a clause on them
        imposers, owners = _relative_on_hit(hitting, actors, other_triggers)
        slots.targets = [a for a in slots.targets if a not in imposers] + [a for a in owners if a not in slots.targets]
        slots.sources += [a for a in imposers if a not in slots.sources]
    reached = _reached_under_measure(head) if is_noun and event_type in RECIPIENT_TYPES and reach is None else []
    for phrase in reached:  # `Sont visés par les sanctions de X, adoptées lundi, une trentaine de responsables`
        slots.targets += [a for a in phrase_actors(phrase, actors, other_triggers).core if a not in slots.targets]
    verb = _light_verb(head) if is_noun else head
    if is_noun and event_type in TALK_EVENTS and verb is None:
        # `Une semaine après leur précédent entretien, X et Y se sont reparlé`, `trois jours après son appel
        # avec Z, X a reçu Y`: the possessive of a talk the clause is dated against is the clause's subject
        slots.others += [a for a in _anchor_possessor(head, actors) if a not in slots.all_ids()]
    threatened = threatened_party(head) if is_noun and event_type in RECIPIENT_TYPES and verb is None else None
    if threatened is not None:  # `X menace le Japon de droits de douane`: Japan would be hit, X would impose
        slots.targets += [a for a in phrase_actors(threatened, actors, other_triggers).core if a not in slots.targets]
        verb = threatened.head
    journeyed = False
    if is_noun and verb is None and event_type == "meeting":
        verb = _journey_verb(head)
        # `X est arrivé à Moscou pour des entretiens`: the journey's place is the host's, as for `s'est rendu`
        journeyed = verb is not None and fold(verb.lemma_) in markers()["journey"]
    if is_noun and event_type == "meeting" and verb is not None:
        verb = _journey_where(verb) or verb
    auxiliary = clauses.detached_auxiliary(head) if not is_noun and event_type in RECIPIENT_TYPES else None
    if auxiliary is not None:  # `a annoncé avoir gelé les avoirs de X`: the noun is the participle's object
        if head.head.i != auxiliary.i and auxiliary.head.i != head.i:
            _assign(slots, phrase_actors(head.head, actors, other_triggers).core, "obj", "", event_type, noun=False)
        verb = auxiliary
    declared = _declared_people(head) if is_noun and event_type in RECIPIENT_TYPES else None
    if declared is not None:  # `a déclaré six diplomates russes « persona non grata »`
        slots.targets += [a for a in phrase_actors(declared, actors, other_triggers).core if a not in slots.targets]
        verb = declared.head if declared.head.pos_ in {"VERB", "AUX"} else verb
        if head.head.pos_ == "VERB" and declared.head.i != head.head.i:
            verb = head.head  # the people stand after the attribute, out of the declaring verb's phrase
        agent = next((t for t in head.subtree if any(c.dep_ == "case" and c.lower_ == "par" for c in t.children)), None)
        slots.sources += phrase_actors(agent, actors, other_triggers).core if agent is not None else []
    leaving = _leaving_subject(head) if not is_noun and event_type in RECIPIENT_TYPES else None
    if leaving is not None:  # `a ordonné que deux diplomates britanniques quittent le pays`
        slots.targets += [a for a in phrase_actors(leaving, actors, other_triggers).core if a not in slots.targets]
    framed = _authorship_frame(head) if is_noun and event_type == "strike" else None
    if framed is not None:  # `a imputé l'attaque à X`, `accuse Kiev d'une attaque`: not the verb's subject
        verb = _read_authorship(framed, head, slots, actors)
    reaction = is_noun and event_type == "strike" and _reacts(head)
    answered = is_noun and event_type in {"strike", "sanction"} and answered_by_riposte(head)
    if answered and clauses.clause_subject(head, actors):
        verb = None  # `Pékin a riposté aux taxes de Washington`: who ripostes did not impose what it answers
    if is_noun and event_type in STATE_ACTS and _answered_act(head):
        verb = None  # `X a bombardé les positions des rebelles en représailles à leurs attaques`: X answers them
    struck_first = (
        is_noun
        and event_type == "strike"
        and _struck_before_strike(head, other_triggers if other_strikes is None else other_strikes)
    )
    if struck_first:  # `Israël frappe des cibles iraniennes après des tirs de roquettes`: fired on Israel
        verb = None
        striker = head.head if head.head.pos_ == "VERB" else head.head.head
        strikers = clauses.subject_of(striker, actors)
        if not _struck_elsewhere(_own_places(head, places), strikers, head.doc._.actors or {}):
            slots.targets += [a for a in strikers if a not in slots.targets]
    if reaction:
        verb = None  # `le ministre a condamné la frappe russe`: who condemns a strike did not strike
    if is_noun and event_type in TALK_EVENTS and (_judged_from_outside(head, verb) or sponsored(head, verb)):
        verb = None  # `X a salué la rencontre entre Y et Z`: who judges others' talks took no part
    if is_noun and event_type == "sanction" and verb is not None and _judges_measure(head, verb):
        if fold(verb.lemma_.lower()) not in markers()["approval"]:
            # `Téhéran a qualifié ces sanctions d'illégales`: who judges a measure told already, unless in
            # praise, is the side it hits (the recap joins the measure told before, not a second one facing it)
            slots.targets += [a for a in clauses.subject_of(verb, actors) if a not in slots.targets]
        verb = None  # `Moscou a jugé les sanctions de vendredi « absurdes »`: who judges them did not impose them
    if is_noun and event_type in RECIPIENT_TYPES and verb is not None and praised_from_outside(head):
        verb = None  # `La France a salué l'embargo décrété par la Cédéao`: who praises a measure took no part
    struck = _struck_subject(head) if is_noun and event_type == "strike" else None
    if struck is not None:  # `Odessa a été la cible de frappes russes`: Odessa was struck
        verb = None
        found = clauses.named_by(struck, actors)
        slots.targets += found
        slots.sources = [a for a in slots.sources if a not in found]  # the frame noun's own subject, read above
        slots.places += phrase_places(struck, places, locative=True)
    if is_noun and event_type in STATE_ACTS and verb is None:
        # `Israël a bombardé Gaza en représailles à l'attaque`, `la Chine a taxé le soja en riposte aux
        # taxes voulues par Washington`: who retaliates was hit by the act answered, unless that act names
        # its place in another state (`en représailles à l'attaque chimique de Douma`: Syria was hit)
        retaliators = _retaliating_subject(head, actors)
        if not slots.sources:
            # `X a frappé les Houthis en réponse à leurs attaques`: the possessive names those X struck
            slots.sources += [a for a in _answered_possessor(head, actors, other_triggers) if a not in retaliators]
        if event_type != "strike" or not _struck_elsewhere(
            _own_places(head, places), retaliators, head.doc._.actors or {}
        ):
            slots.targets += retaliators
    if verb is None and is_noun and event_type == "strike" and _agent_of_passive(head):
        verb = head.head  # `un pétrolier a été endommagé par une attaque de drone`: the pétrolier was struck
    if verb is not None and verb is not head and pair:
        # `une rencontre entre X et Y a eu lieu à Kazan`: the parties are the pair, the verb still says where
        spare = _Slots(stop=other_triggers)
        _read_slots(verb, spare, actors, places, event_type, noun=False, skip=head)
        slots.places += [p for p in spare.places if p not in slots.places]
    if verb is not None and verb is not head and not pair:  # `propose une rencontre entre X et Y`
        named = len(slots.sources)
        # `cette entrevue s'est déroulée en présence de X`: X attended talks told before; whoever attends a
        # summit takes part in it (`le sommet du G20 s'est ouvert en présence de X et Y`)
        summit = fold(head.lemma_.lower()) in markers()["multilateral"]
        told = is_anaphoric(head) or _pair_possessive(head)  # `leur dernière rencontre s'était tenue en présence de X`
        attended = is_noun and event_type in TOPIC_TYPES and told and not summit
        _read_slots(verb, slots, actors, places, event_type, noun=False, skip=head, skip_attendance=attended)
        _undergone(verb, slots, named, event_type, places)
        listed = listed_subjects(verb, actors) if verb.pos_ in {"VERB", "AUX"} else []
        if set(listed) & set(slots.sources):  # `A, B et C ont lancé des frappes`, the list broken by the parser
            slots.sources += [a for a in listed if a not in slots.all_ids()]
        if event_type in RECIPIENT_TYPES and not slots.sources and verb.pos_ in {"VERB", "AUX"}:
            slots.sources += [a for a in _surface_subject(verb, actors) if a not in slots.all_ids()]
        if event_type in TOPIC_TYPES:  # `X Modi et le président Y ont achevé un sommet`, `Narendra` tagged a verb
            slots.others += [a for a in clauses.name_taken_for_verb(verb, actors) if a not in slots.all_ids()]
    initiators = _initiators(head, actors, other_triggers) if event_type in TALK_EVENTS else []
    if is_noun and event_type in STATE_ACTS and not slots.sources and _added_to(head):
        # `Outre les droits de douane sur l'acier, X a visé l'aluminium`: X took both
        clause = governing_verb(head) or head.sent.root
        slots.sources += [a for a in clauses.subject_of(clause, actors) if a not in slots.all_ids()]
    if is_noun and event_type == "meeting":  # `X était l'hôte d'un sommet avec Y`: the host took part
        initiators = unique(_hosts(head, actors, other_triggers) + initiators)
        # `X s'est montré ouvert à l'idée d'une rencontre avec Y`: X would take part
        initiators = unique(initiators + [a for a in _ready_for(head, actors) if a not in initiators])
    if initiators:  # `une réunion à l'initiative de la présidence italienne`: who called it took part, no place
        slots.located = [a for a in slots.located if a not in initiators]
        slots.sources += [a for a in initiators if a not in slots.all_ids()]
    if is_noun and event_type in TALK_EVENTS and len(slots.participants(keep_located=False)) <= 1:
        # `La rencontre avec X a été constructive, a déclaré Y`: the teller of talks with a partner held them;
        # `La réunion a duré cinq heures, ont indiqué les délégations américaine et russe`: the two sides told it
        slots.others += [a for a in _incise_teller(head, actors) if a not in slots.all_ids()]
    if is_noun and event_type in TALK_EVENTS and len(slots.participants(keep_located=False)) <= 1:
        # `Le président chinois est arrivé à Moscou. Sa rencontre avec X a duré trois heures`: the owner of a
        # talk told by a singular possessive, with no name before it in its sentence, is the subject told before
        slots.sources += [a for a in _own_talk_owner(head, actors) if a not in slots.all_ids()]
    if is_noun and event_type == "meeting" and len(slots.participants(keep_located=False)) <= 1:
        # `le sommet du G7, le mois dernier, à l'issue duquel X avait traité Y de « malhonnête »`: who acts in
        # a clause told during or at the end of the meeting took part in it
        slots.others += [a for a in _occasion_relative_people(head, actors) if a not in slots.all_ids()]
    joined = _joined_imposers(head, actors, other_triggers) if is_noun and event_type in RECIPIENT_TYPES else []
    if joined:  # `X a annoncé des mesures similaires, ainsi que le Canada`: Canada took them too
        slots.targets = [a for a in slots.targets if a not in joined]
        slots.sources += [a for a in joined if a not in slots.sources]
    likewise = _likewise_doers(head, actors) if event_type in {"sanction", "strike"} and slots.sources else []
    if likewise:  # `La France a expulsé quatre diplomates russes, tout comme l'Allemagne`: Germany did too
        slots.targets = [a for a in slots.targets if a not in likewise]
        slots.others = [a for a in slots.others if a not in likewise]
        slots.sources += [a for a in likewise if a not in slots.sources]
    reproached = _reproached_measure(head, actors) if is_noun and event_type in RECIPIENT_TYPES else None
    if reproached is not None:  # `Pékin reproche à Washington les restrictions`: Washington took them
        doers, accuser = reproached
        slots.sources = doers
        slots.targets = unique([a for a in accuser + slots.targets if a not in doers])
        slots.others = [a for a in slots.others if a not in accuser and a not in doers]
    if event_type == "strike":  # `Téhéran a dénoncé la frappe contre son ambassade`: the site is Iran's
        owners = [a for a in _possessed_site(head, is_noun, actors) if a not in slots.sources]
        # `une attaque contre leur base dans l'est de la Syrie`: the site's owner is struck, the state only where
        slots.targets = owners + [a for a in slots.targets if a not in owners]
        slots.others = [a for a in slots.others if a not in owners]
    if event_type == "sanction" and slots.sources and not slots.targets:
        # `en réponse à l'invasion de l'Ukraine par la Russie`, `pour punir Minsk`, `après que Moscou a annexé ...`
        slots.targets += [a for a in _punished(head, actors, other_triggers) if a not in slots.sources]
    if event_type == "sanction" and slots.sources and not slots.targets:
        # `Washington a expulsé 60 diplomates russes. L'Ukraine renvoie pour sa part treize diplomates`
        slots.targets += [a for a in _expelled_staff_state(head, actors) if a not in slots.sources]
    if is_noun and event_type in RECIPIENT_TYPES and not slots.targets:
        slots.targets += [a for a in _package_aim(head, actors, other_triggers) if a not in slots.sources]
    if is_noun and event_type in RECIPIENT_TYPES and slots.sources and not slots.targets:
        slots.targets += [a for a in _possessed_aim(head, actors) if a not in slots.sources]
    if event_type in RECIPIENT_TYPES and slots.sources and not slots.targets:
        # `Ottawa a annoncé des droits sur le bois et les fromages américains`: whose goods they hit
        slots.targets += _goods_states(head, slots.sources)
    if is_noun and verb is not None and event_type in RECIPIENT_TYPES and slots.sources and not slots.targets:
        # `ont annoncé des mesures de représailles après la décision de Washington de taxer l'acier`
        slots.targets += [a for a in _answered_owner(head, verb, actors, other_triggers) if a not in slots.sources]
    rate = _rate_verb(head) if is_noun and verb is None and event_type in RECIPIENT_TYPES else None
    if rate is not None and not pair:  # its object is the level reached, not a participant
        _read_slots(rate, slots, actors, places, event_type, noun=False, skip=head, skip_objects=True)
        if not slots.sources:  # `a menacé de porter à 50 % les droits`: the threatening subject would raise them
            slots.sources += clauses.inherited_subject(rate, actors)
        if not slots.sources:  # `X a fait passer de 10 % à 25 % les taxes`: X parsed `dep`
            slots.sources += [a for a in _causative_subject(rate, actors, slots.stop) if a not in slots.targets]
    if verb is not None and clauses.is_passive(verb) and not slots.targets and not pair:
        slots.targets += clauses.inherited_subject(verb, actors)  # `il doit être reçu par X`: il is received
    hit = actors.get(head.head.i) if not is_noun and event_type in RECIPIENT_TYPES else None
    if hit is not None and hit._.actor_id and _qualifies_undergoer(head):
        slots.targets.append(hit._.actor_id)  # `le Brésil, frappé d'une surtaxe`: Brazil is hit
        slots.sources = [a for a in slots.sources if a != hit._.actor_id]
        verb = None
    if is_noun and event_type == "sanction" and not slots.targets:
        # `l'interdiction d'exporter vers les États-Unis des terres rares`: where the banned trade goes
        partners = [a for a in _trade_infinitive_partners(head, actors, other_triggers) if a not in slots.sources]
        slots.targets += partners  # read as where the trade was, when its phrase names a place
        slots.located = [a for a in slots.located if a not in partners]
    if event_type == "sanction" and not slots.targets:
        # `la suspension des échanges commerciaux avec Israël`, `a suspendu ses exportations vers X`
        partners = [a for a in _trade_noun_partners(head, actors, other_triggers) if a not in slots.sources]
        slots.targets += partners
        slots.others = [a for a in slots.others if a not in partners]
        slots.located = [a for a in slots.located if a not in partners]
    if is_noun and event_type in RECIPIENT_TYPES and not slots.targets:
        # `Washington a publié une liste de produits chinois visés par de nouvelles taxes`
        listed_imposers, listed_hit = _listed_goods_aimed(head, actors, other_triggers)
        slots.targets += [a for a in listed_hit if a not in slots.all_ids()]
        slots.sources += [a for a in listed_imposers if a not in slots.all_ids()]
    if is_noun and not slots.sources and event_type in RECIPIENT_TYPES | {"strike"}:
        # `après l'annonce par Donald Trump de nouvelles taxes`: the agent of the noun announcing the act
        slots.sources += [a for a in _announcing_agent(head, actors) if a not in slots.all_ids()]
    if verb is not None and not slots.sources and not pair and event_type in RECIPIENT_TYPES:
        slots.sources += [a for a in _list_publisher(verb, actors, other_triggers) if a not in slots.targets]
    # `la Commission a proposé de taxer les engrais russes`: a measure proposed to no one is the proposer's;
    # so is a talk (`X a proposé de rencontrer Y`), not talks the proposer would host for others
    # (`a proposé d'accueillir des pourparlers`: the talks are the verb's object)
    hosted = any(c.dep_ in OBJECT and c.i in other_triggers for c in head.children)
    proposed = event_type in RECIPIENT_TYPES or (event_type in TALK_EVENTS and verb is head and not hosted)
    if verb is not None and not slots.sources and not pair and proposed:
        slots.sources += [a for a in _self_proposer(verb, actors) if a not in slots.targets]
    # `est arrivé à Pyongyang pour préparer un sommet entre X et Y`: the sides a talk noun names itself are
    # its sides, even when its own phrase already gave them; the subject of the verb above is not one more
    sided = is_noun and event_type in TALK_EVENTS and len(between) >= 2
    if verb is not None and not slots.sources and not pair and not sided:
        subject = clauses.inherited_subject(verb, actors)
        aside = clauses.aside_actors(
            (t for c in clauses.shared_subjects(verb) for t in c.subtree), other_triggers, actors
        )
        if clauses.is_passive(verb):  # `X doit être reçu à l'Élysée`: the modal's subject is received, not host
            subject = [a for a in subject if a not in slots.targets]
        slots.sources += [a for a in subject if a not in aside] or subject
        if verb is not head:  # `des pétroliers utilisés par la Russie pour contourner les sanctions`
            _undergone(verb, slots, 0, event_type)
    if verb is not None and not slots.sources and not pair and _finite_as_modifier(verb):
        # `Une délégation conduite par X, conseiller de Y, a rencontré Z`: the verb hung on the subject
        slots.sources += [a for a in phrase_actors(verb.head, actors, other_triggers).core if a not in slots.targets]
    if verb is not None and not slots.sources and not pair and event_type in DIRECTED:
        slots.sources += clauses.adjacent_subject(verb, actors)
    if event_type == "strike" and verb is not None and not slots.sources and verb.dep_ == "xcomp":
        slots.sources += clauses.adjacent_subject(verb.head, actors)  # `Bangkok affirme avoir riposté`
    if event_type == "strike" and verb is not None and not slots.sources:
        # `les rebelles ont affirmé avoir tiré des missiles`: the fighters' noun the verb shares as subject
        for fighters in (s for s in clauses.shared_subjects(verb) if armed_group_noun(s)):
            slots.sources += [a for a in armed_antecedent(fighters, actors) if a not in slots.all_ids()]
    if is_noun and not pair:
        _nominal_context(head, slots, actors, talk=event_type in TALK_EVENTS)
    if is_noun and event_type in TALK_EVENTS and not slots.places and not slots.located:
        # `ont signé samedi à Niamey le traité, lors du premier sommet de leur alliance`: where the act was
        for phrase in _occasion_places(head):
            slots.places += phrase_places(phrase, places, locative=True)
    if is_noun and event_type in TALK_EVENTS:
        # `a accueilli dimanche à Charm el-Cheikh un sommet pour la paix à Gaza`: where the verb holding the talks
        # was done is where they were held, before a place told inside the noun's own phrases
        held_at = [p for phrase in _holding_places(head) for p in phrase_places(phrase, places, locative=True)]
        slots.places[:] = held_at + [p for p in slots.places if p not in held_at]
    if is_noun and event_type == "strike":
        foiled = [a for a in _foiled_by(head, actors) if a not in slots.sources]  # `que X dit avoir déjouée`
        slots.others = [a for a in slots.others if a not in foiled]
        slots.targets += [a for a in foiled if a not in slots.targets]
    if is_noun and event_type == "strike" and not slots.sources:
        _outcome_of_strike(head, slots, actors, other_triggers)
    if is_noun and event_type in {"meeting", "call"} and not pair and len(slots.participants(False)) < 2:
        # `En tête-à-tête mercredi, X et Y ont convenu ...`: the talk the clause's subject held
        slots.others += [a for a in _occasion_sides(head, actors, slots.stop) if a not in slots.all_ids()]
    if is_noun and event_type == "meeting" and _sides(slots.participants(keep_located=False), actors) == 1:
        # `X est arrivé mardi à Washington. Lors de la rencontre, Y a promis ...`: the traveller met Y (one
        # side, whether told by a person alone or by a person and the state they lead)
        slots.others += [a for a in _traveller(head, slots, actors) if a not in slots.all_ids()]
    if is_noun and event_type == "meeting" and not pair and not slots.participants(keep_located=False):
        # `Les présidents du Mali et du Niger sont arrivés samedi à Niamey. Un sommet s'est ouvert dans
        # l'après-midi`: a talk naming no side, after the journey of two sides or more, is theirs
        first_told = not is_anaphoric(head) or _first_talk_told(head, other_triggers | previous_triggers)
        travellers = clauses.arrived_traveller(head, actors) if first_told else []
        slots.others += travellers if _sides(travellers, actors) >= 2 else []
    if is_noun and event_type == "sanction" and not slots.sources and not slots.possessors:
        slots.sources += _bloc_imposer(head, actors)  # `l'embargo européen`, `les sanctions européennes`
    if is_noun and event_type in RECIPIENT_TYPES and not slots.targets:
        slots.targets += [a for a in _conjunct_recipients(head, actors, other_triggers) if a not in slots.all_ids()]
    acting = slots.sources or slots.possessors
    if is_noun and event_type in RECIPIENT_TYPES and not acting:
        slots.sources += [a for a in _measure_teller(head, actors) if a not in slots.all_ids()]
        acting = slots.sources
    if event_type == "sanction" and not acting and slots.targets:
        # `L'ambassadeur de France au Niger, déclaré persona non grata par la junte`: only the host expels
        hosts = _envoy_host(head, slots.targets, actors)
        slots.sources += hosts
        slots.located = [a for a in slots.located if a not in hosts]
        slots.others = [a for a in slots.others if a not in hosts]
        acting = slots.sources
    if event_type in RECIPIENT_TYPES and acting and not slots.targets:
        # the imposer found through the clause: `X a signé un décret imposant des droits sur l'acier importé du Canada`
        slots.targets += _goods_states(head, acting)
    if is_noun and event_type == "sanction" and acting and set(slots.targets) <= set(acting):
        # `Téhéran a convoqué l'ambassadeur britannique après l'annonce de sanctions par Londres`: Iran is hit
        slots.targets += [a for a in _protesting_subject(head, actors) if a not in acting]
    if answered and acting and not slots.targets and not (is_noun and _aimed_elsewhere(head)):
        # `l'Iran a promis de riposter aux frappes israéliennes`: what a riposte answers hit the one answering
        slots.targets += [a for a in clauses.clause_subject(head, actors) if a not in slots.all_ids()]
    if event_type == "sanction" and not is_noun and acting and not slots.targets:
        # `Washington a taxé l'acier chinois, et Pékin a répondu du tac au tac`: the riposte hits who did the act
        slots.targets += [a for a in _answered_conjunct(head, actors) if a not in slots.all_ids()]
    if is_noun and event_type in {"strike", "sanction"} and not slots.targets and fold(preposition(head)) == "par":
        # `Ottawa a répliqué aux droits américains par une surtaxe`: the riposte hits who did what it answers
        slots.targets += [a for a in _answered_sides(head, actors, other_triggers) if a not in slots.all_ids()]
    if is_noun and event_type in RECIPIENT_TYPES and _owner_hit(head, slots):
        # `l'interdiction des importations de gaz russe`, `le gel des avoirs de Rosneft`: whose goods,
        # assets or diplomats they are is hit, not the imposer, who may be named apart (`décidée par X`)
        slots.targets += [a for a in slots.possessors if a not in slots.targets]
        slots.possessors = []
    if event_type in TOPIC_TYPES:
        slots.others += [a for a in clauses.named_members(head, actors) if a not in slots.all_ids()]
    gathered: list[str] = []
    if event_type == "meeting" and not is_noun:
        met = clauses.fronted_participle_subject(head, actors)  # the city's state may be among them
        met += [a for a in clauses.participle_bearer(head, actors) if a not in met]
        # `Les dirigeants de l'UE, réunis jeudi à Bruxelles, ont adopté ...`: the group the participle qualifies
        gathered = clauses.gathered_group(head, actors)
        met += [a for a in gathered if a not in met]
        slots.others += [a for a in met if a not in slots.participants(keep_located=False)]
    if event_type == "call" and not is_noun:
        # `Keir Starmer, joint par téléphone samedi par X, a ...`, `X, appelé mardi par Y`: who was called
        called = clauses.participle_bearer(head, actors)
        slots.others += [a for a in called if a not in slots.participants(keep_located=False)]
    if event_type in {"strike", "sanction"} and not is_noun and _fronted_passive(head):
        # `Frappée dans la nuit par des drones, la raffinerie de Saratov a pris feu`, `Sanctionnée par
        # Washington, la banque ...`: the main clause's subject underwent the act, and its place was struck
        starts = {t.i for t in clauses.fronted_subject_tokens(head)}
        slots.targets += [a for a in clauses.fronted_participle_subject(head, actors) if a not in slots.all_ids()]
        slots.places += [p for i, p in sorted(places.items()) if i in starts and p not in slots.places]
    if event_type == "strike" and is_noun and not slots.places and not slots.targets and not reaction:
        slots.places += _clause_places(head, places)
    if event_type == "strike" and not is_noun and _intercepts(head):
        over = _defended_over(head, actors)
        defended = [a for a in over if a in slots.targets]
        slots.sources, slots.targets = [a for a in slots.targets if a not in defended], defended + slots.sources
        if not slots.sources:
            slots.sources += [a for a in _launched_by(head, actors) if a not in slots.targets]
        if not slots.sources:  # `des drones russes ..., dont plusieurs ont été abattus par X`
            owners = [a for m in _intercepted(head) for a in phrase_actors(m, actors, frozenset({head.i})).core]
            slots.sources += [a for a in unique(owners) if a not in slots.targets and a not in over]
            # `les missiles tirés contre Israël ont été interceptés`: where they were aimed was defended
            slots.targets += [a for a in unique(owners) if a in over and a not in slots.targets]
        owned = any(phrase_actors(m, actors, frozenset({head.i})).core for m in _intercepted(head))
        if not slots.targets and owned:  # `l'armée de l'air a déclaré que 119 drones russes ont été abattus`
            slots.targets += [a for a in _interception_reporter(head, actors) if a not in slots.sources]
    if event_type == "strike" and not slots.sources:
        slots.sources += [a for a in _launch_site(head, actors, other_triggers, places) if a not in slots.targets]
    if event_type == "strike" and not is_noun and not slots.targets:  # `a abattu 30 des 45 drones lancés par X`
        slots.targets += [a for a in _interceptor(head, actors) if a not in slots.sources]
    if event_type == "strike" and not slots.sources:  # `des roquettes se sont abattues sur X, tirées par Y`
        slots.sources += [a for a in _launch_agent(head, actors, other_triggers) if a not in slots.targets]
    qualified = _struck_by_participle(head, actors) if not is_noun and event_type == "strike" else None
    if qualified is not None and qualified in slots.sources and not slots.targets:
        # `Port-Soudan visée par des drones`: the noun a passive participle of striking modifies was struck
        slots.sources = [a for a in slots.sources if a != qualified]
        slots.targets.append(qualified)
    if event_type == "strike" and not slots.sources:  # `visée par des drones, que l'armée attribue aux FSR`
        laid = _attributed_to(head, actors, other_triggers)
        # `une frappe de drone attribuée à l'armée`: the `à` phrase read as the side struck is its author
        slots.targets = [a for a in slots.targets if a not in laid]
        slots.sources += laid
    if event_type == "strike" and not is_noun and not (slots.sources and slots.targets):
        _accused(head, slots, actors)
    if event_type == "strike" and slots.sources and not slots.targets:
        # `ont ouvert le feu sur l'un d'eux, le X, battant pavillon des Bahamas`: the ship's name lost by
        # the parser, the flag told in the sentence is the side struck
        slots.targets += [a for a in _owner_of(head.sent.root, actors, slots.stop) if a not in slots.all_ids()]
    if event_type == "sanction" and slots.sources and not slots.targets:
        # `des restrictions destinées à empêcher la Chine d'acquérir des puces`, `des mesures pour empêcher
        # la Russie de contourner l'embargo`: the one a measure is meant to stop is the one it hits
        hinder = _hindered(head, verb if verb is not None else head)
        slots.targets += (
            [a for a in phrase_actors(hinder, actors, other_triggers).core if a not in slots.sources]
            if hinder is not None
            else []
        )
    if event_type == "sanction" and slots.sources and not slots.targets:
        # `a interdit toute transaction avec quatre banques britanniques`, `a suspendu tout commerce avec X`:
        # the partner of the dealings a measure cuts is the side it hits
        slots.targets += [a for a in _dealings_partner(head, actors, other_triggers) if a not in slots.sources]
    buyers = _forbidden_buyers(head, actors, other_triggers) if event_type == "sanction" and not is_noun else []
    if buyers:  # `a interdit aux groupes américains de vendre des puces à X`: X is hit, not the sellers
        slots.targets = [a for a in buyers if a not in slots.sources]
    sees = _sees_itself(head, is_noun) if event_type == "sanction" else None
    if sees is not None:  # `le Brésil s'est vu imposer des droits de douane par Washington`
        _undergone_by_subject(sees, sees.head, slots, actors, other_triggers)
    undergoing = _undergoing_verb(head) if event_type == "sanction" and is_noun else None
    if undergoing is not None:  # `Deux diplomates russes ont reçu l'ordre de quitter le pays`: they are hit
        _undergone_by_subject(undergoing, undergoing, slots, actors, other_triggers)
    if event_type == "sanction" and not slots.sources:
        # `Deux diplomates russes ont reçu l'ordre de quitter la Norvège`: the state they must leave expels them
        slots.sources += [a for a in _state_to_leave(head, actors) if a not in slots.all_ids()]
    if event_type == "sanction" and not is_noun and set(slots.targets) <= set(slots.sources):
        # `en interdisant l'entrée sur son territoire à cinq cents citoyens américains`: who may not enter;
        # the imposer's own territory (`sur le territoire russe`) is no target
        slots.targets += [a for a in _barred_entrants(head, actors, other_triggers) if a not in slots.sources]
    warner = _warning_verb(head) if event_type == "sanction" else None
    if warner is not None:  # `X a averti Y que des sanctions seraient imposées`: X would impose them on Y
        _warned_sides(warner, slots, actors)
    keep_located = event_type == "strike" or cameo.startswith("042") or journeyed
    if event_type == "meeting" and not is_noun and len(slots.participants(keep_located)) < 2:
        # `X est arrivé à Pyongyang. Il a rencontré ses interlocuteurs`: the hosts are of the state visited
        slots.targets += [a for a in clauses.visited_host(head, actors) if a not in slots.all_ids()]
    if len(slots.participants(keep_located)) < 2:
        # `l'émissaire de l'ONU, X, a eu un entretien avec des représentants`: the other side is unnamed,
        # the one named side is told with its body (the gold's one slot holds both)
        slots.others += [b for b in unique(slots.held_bodies) if b not in slots.all_ids()]
    from_parse = bool(slots.participants(keep_located))
    nearby = _without_topics(head, actors) if event_type in TOPIC_TYPES else actors
    # `avant de recevoir le gendre de X`: X's relative is another person, X no side to borrow; `un pétrolier
    # touché au large du Yémen`: off that coast, not that state's ship
    nearby = {
        i: s
        for i, s in nearby.items()
        if not named_as_kin(s.root)
        and not (event_type == "strike" and (in_offshore_phrase(s.root) or in_distance_phrase(s.root)))
    }
    # `des consultations entre diplomates`: the noun's own parties are named, by no name; none is borrowed;
    # nor by a strike told as the one answered or as a time (`en représailles à l'attaque chimique de
    # Douma`): the clause's sides are those of the answer
    unnamed = (
        not from_parse
        and is_noun
        and (
            _unnamed_between(head, actors)
            or (event_type == "strike" and (retaliated(head, EARLIER) or _followed_strike(head, other_strikes)))
        )
    )
    if is_noun and event_type in TALK_EVENTS and not unnamed and len(slots.participants(keep_located)) < 2:
        # `Les dirigeants français et allemand ont confirmé ... la tenue d'un sommet`: the subject's sides
        slots.others += [a for a in arranged_talk_sides(head, nearby, other_triggers) if a not in slots.all_ids()]
    if not from_parse and not (is_noun and is_anaphoric(head)) and not unnamed and not slots.others:
        slots.others += clauses.clause_sides(head, nearby, talk=event_type in TALK_EVENTS)
    if not from_parse and not is_noun and event_type in {"call", "meeting"} and not slots.participants(keep_located):
        slots.others += _reciprocal_pair(head, nearby)
    topic = is_noun and event_type in RECIPIENT_TYPES and not from_parse and topic_of_talks(head)
    own_meeting = bool(gathered) and not slots.sources and not slots.targets  # the group met, none borrowed
    # `X a rencontré Y samedi en marge du sommet du G20`: the names around the summit are the framed talk's
    framing = from_parse and _framing_occasion(head, event_type, other_triggers)
    # `en réponse à leurs attaques contre la navigation`: the act answered names what it aimed at, no name near it
    answered_elsewhere = is_noun and event_type == "strike" and retaliated(head, EARLIER) and _aimed_elsewhere(head)
    # `Starmer à l'Élysée à la veille du sommet de Londres`: the names around are the event the summit dates;
    # so are those of a clause counted a span away from it (`à trois jours du sommet du G7, X a appelé Y`)
    anchored = (
        is_noun
        and event_type in TALK_EVENTS
        and (is_time_anchor(head, preposition(head)) or _after_day_word(head))
        and (not has_finite_verb(head.sent) or _counted_away(head))
    )
    if (
        len(slots.participants(keep_located)) < 2
        and not (is_noun and is_anaphoric(head))
        and not unnamed
        and not topic
        and not own_meeting
        and not framing
        and not answered_elsewhere
        and not anchored
    ):
        talk = event_type in {"call", "meeting"}
        strike = event_type == "strike"
        _fallback_window(
            head,
            slots,
            nearby,
            own_governor=not reaction,
            media=not strike,
            talk=talk,
            launch=strike,
            located=keep_located or is_noun or not talk,  # `n'a pas rencontré X à Washington`, X misparsed
        )
        if not from_parse and len(slots.participants(keep_located)) < 2:
            slots.others.clear()  # one name near a trigger is no evidence that it took part
    if event_type == "strike" and not slots.targets and len(slots.participants(keep_located)) < 2:
        slots.targets += _offshore_state(head, actors, slots)
    placed = slots.located or any(place_state(p) for p in slots.places)
    if event_type == "strike" and not slots.targets and not placed:
        # `a frappé un quartier, tuant au moins 40 Palestiniens`: the people killed name the side struck
        slots.targets += [a for a in _victims_state(head) if a not in slots.sources]
    if event_type == "strike" and slots.sources:
        # `Des drones ukrainiens ont touché la raffinerie Loukoïl de Volgograd`: a firm's site struck by
        # another state's forces strikes the firm's state too
        slots.targets += [a for a in _company_states(slots, head.doc) if a not in slots.all_ids()]
    if event_type == "strike" and not slots.targets and len(slots.participants(keep_located)) < 2:
        # `Nouvelle série de bombardements israéliens visant, dans la nuit, des positions du Hezbollah`,
        # `Nouvelle vague de frappes visant ... les infrastructures de plusieurs régions de l'Ukraine`
        sides = set(slots.sources) | _states_of_ids(slots.sources, head.doc._.actors or {})
        slots.targets += clause_strike_target(head, nearby, sides)
    if event_type in {"call", "meeting"}:  # `les dirigeants éthiopien, somalien et djiboutien`
        # a state only named as the place (`à Séoul`) still takes part when listed (`sud-coréen`)
        slots.others += [a for a in _listed_demonyms(head, slots, actors) if a not in slots.participants(False)]
    if event_type == "sanction" and not is_noun and slots.targets:
        # `les produits japonais et sud-coréens seront taxés`: demonyms listed with the goods' one are
        # targets too, whatever the parser made of them
        listed = _listed_demonyms(head, _Slots(targets=list(slots.targets)), actors)
        slots.sources = [a for a in slots.sources if a not in listed]
        slots.targets += [a for a in listed if a not in slots.targets]
    if event_type == "sanction" and is_noun and not slots.targets:
        # `des droits de douane sur le charbon et le gaz naturel liquéfié américains`: the parser joins the
        # last goods noun to the measure itself; the demonym on it names whose goods all are
        slots.targets += [a for a in _conjunct_goods_states(head, actors, slots.stop) if a not in slots.all_ids()]
    if event_type == "sanction" and not slots.targets and EU not in slots.sources:
        slots.targets += _european_goods(head)  # `des droits sur le porc européen`: the Union's goods
    if event_type == "sanction" and not is_noun and slots.targets and not slots.sources and clauses.passive_voice(head):
        # `les produits philippins seront taxés à 20 %, a prévenu X`: the announcer of a passive measure,
        # else the agent of an aside on it (`..., l'une des plus lourdes imposées par X`)
        announcers = _measure_announcer(head, actors)
        if announcers and not set(slots.targets) <= set(announcers):
            # `..., a décidé Washington`: the inverted subject the parser took for an object is no target
            slots.targets = [a for a in slots.targets if a not in announcers]
        else:
            announcers = [a for a in announcers if a not in slots.targets]
        slots.sources += announcers or [a for a in _aside_imposer(head, actors) if a not in slots.targets]
    aid = _interception_aid(head, actors) if event_type == "strike" and not is_noun else set()
    if aid:  # `les projectiles ont été interceptés avec l'aide des États-Unis`: who helped the defence
        slots.sources, slots.targets = (
            [a for a in slots.sources if a not in aid],
            [a for a in slots.targets if a not in aid],
        )
        slots.others, slots.located = (
            [a for a in slots.others if a not in aid],
            [a for a in slots.located if a not in aid],
        )
    demonym = _demonym_after(head, actors) if is_noun and event_type == "strike" else None
    if demonym is not None and demonym in slots.targets and not slots.sources:
        # `une frappe israélienne a atteint le quartier`: the parser may hang the adjective on the verb
        # as its object; told right after the strike noun, it says whose strike it is
        slots.targets = [a for a in slots.targets if a != demonym]
        slots.sources.append(demonym)
    on_list = _listed_subject(head, actors) if event_type == "sanction" and not is_noun else None
    if on_list is not None:
        # `Des raffineries chinoises figurent sur la liste noire du Trésor`, `ont été ajoutées à la liste`:
        # who is on the list is hit, whose list it is imposes
        names, owners = on_list
        slots.targets = names + [a for a in slots.targets if a not in names and a not in owners]
        slots.sources = unique(owners + [a for a in slots.sources if a not in names])
        slots.others = [a for a in slots.others if a not in owners]
    if event_type == "sanction":
        # `interdisant l'entrée aux États-Unis des ressortissants de sept pays, dont le Tchad`: whose nationals
        nationals = [a for a in _nationals_hit(head, actors) if a not in slots.sources]
        slots.others = [a for a in slots.others if a not in nationals]
        slots.targets += [a for a in nationals if a not in slots.targets]
    if event_type == "sanction":
        # `en taxant des produits comme les motos Harley-Davidson`: a firm named on goods is their brand
        brands = _brands_on_goods(head, actors)
        slots.others = [a for a in slots.others if a not in brands]
        slots.targets = [a for a in slots.targets if a not in brands]
        # `des droits de 15 % sur les avions Boeing`: American goods are hit
        makers = _firm_states(sorted(brands), head.doc, set(slots.sources))
        slots.targets += [a for a in makers if a not in slots.all_ids()]
    if event_type == "sanction" and not slots.sources and _entry_ban(head):
        # `frappés d'une interdiction de voyager dans l'Union européenne`: with no imposer named, the one
        # whose territory is closed to them imposed the ban
        slots.sources += [a for a in slots.located if a not in slots.targets]
        slots.located = [a for a in slots.located if a not in slots.sources]
        if not slots.sources and len(slots.targets) > 1:  # `interdits de séjour au Canada`, read as reached
            zone = [a for a in slots.targets if _named_as_place(head, a, actors)]
            slots.sources += zone if len(zone) < len(slots.targets) else []
            slots.targets = [a for a in slots.targets if a not in slots.sources]
    if event_type == "sanction" and slots.sources and len(slots.targets) > 1:
        # `un décret interdisant l'entrée aux États-Unis des ressortissants de douze pays, dont l'Iran`: the
        # imposer's own state is where the measure applies, not whom it hits, when others are named
        homes = {_side(head.doc, a) for a in slots.sources}
        foreign = [a for a in slots.targets if _side(head.doc, a) not in homes]
        slots.targets = foreign or slots.targets
    if event_type == "meeting" and cameo.startswith("042") and _bound_for_a_seat(head, actors):
        # `est attendu à Addis-Abeba, au siège de l'Union africaine`: the city hosts a body, not a state visit
        slots.located = []
    if not is_noun and event_type in {"call", "meeting"}:
        # `Il s'était entretenu par téléphone avec lui samedi`: the person named before, not the subject
        slots.others += [a for a in _partner_pronoun(head, actors, set(slots.all_ids())) if a not in slots.others]
    doer = _relative_doer(head, actors) if is_noun and not pair else []
    if doer and event_type in DIRECTED and not set(doer) & set(slots.sources):
        # `les sanctions que Washington a imposées à Caracas`: the relative's subject imposed them
        slots.sources = doer + [a for a in slots.sources if a not in doer]
        slots.targets = [a for a in slots.targets if a not in doer]
        slots.others = [a for a in slots.others if a not in doer]
    elif doer:  # `la rencontre que Xi Jinping a eue avec Joe Biden`
        slots.others += [a for a in doer if a not in slots.all_ids()]
    unnamed_host = _received(head) or (event_type == "meeting" and not is_noun and _bare_title_host(head, actors))
    return _assemble(slots, event_type, cameo, from_parse, actors, received=unnamed_host, journeyed=journeyed)


def _partner_pronoun(verb: Token, actors: dict[int, Span], taken: set[str]) -> list[str]:
    """`X doit rencontrer jeudi Y. Il s'était entretenu par téléphone avec lui samedi`: a stressed pronoun
    after `avec` in a talk verb's clause is the person named last before it, in its sentence
    or the one before, who is not already a party (the subject)."""
    # read on the surface, the parser hanging the pronoun anywhere (`avec lui mardi`: on the day)
    doc = verb.doc
    pronouns = [
        t
        for t in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]
        if t.lower_ in {"lui", "elle"} and doc[t.i - 1].lower_ == "avec" and clause_root(t).i == clause_root(verb).i
    ]
    if not pronouns:
        return []
    pronoun = pronouns[0]
    for i in range(pronoun.i - 1, window_start(pronoun, 1) - 1, -1):
        span = actors.get(i)
        if span is not None and span.start == i and is_person(span) and span._.actor_id not in taken:
            return [span._.actor_id]
    return []


# words that make a conjunction with the `que` after them (`après que`, `parce que`, `alors que`), no relative
_CONJUNCTION_HEADS = frozenset(
    {"apres", "avant", "alors", "parce", "des", "bien", "pour", "sans", "depuis", "tandis", "ainsi", "pendant", "lors"}
)


def _relative_doer(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`les sanctions que Washington a imposées à Caracas`, `la rencontre que Xi Jinping a eue avec Y`: a
    name right after the `que` of an object relative on the event noun (adjectives between), subject of
    a verb of carrying it out (`relative_acts` in markers.csv), read on the surface: the parser often
    takes the noun for the verb's subject and the name for the noun's complement."""
    doc, end = noun.doc, noun.sent.end
    i = noun.i + 1
    # adjectives, or a complement of the noun's own name (`les droits de douane que`)
    while i < min(end, noun.i + 4) and (
        doc[i].pos_ == "ADJ"
        or (doc[i].pos_ in {"ADP", "NOUN"} and i not in actors and doc[i].lower_ not in {"que", "qu'"})
    ):
        i += 1
    if i >= end or fold(doc[i].lower_) not in {"que", "qu'"}:
        return []
    if fold(doc[i - 1].lower_) in _CONJUNCTION_HEADS:
        return []  # `des sanctions après que Pyongyang a tiré un missile`: a conjunction, no relative
    i += 1
    if i < end and doc[i].pos_ == "DET" and i not in actors:
        i += 1  # `que l'Inde a décidées`
    span = actors.get(i) if i < end else None
    if span is None or span.start != i or not span._.actor_id:
        return []
    j = span.end
    while j < end and (doc[j].pos_ == "AUX" or doc[j].lower_ in {"s'", "se", "n'", "ne"}):
        j += 1
    acts, lemma = markers()["relative_acts"], fold(doc[j].lemma_.lower()) if j < end else ""
    # the tagger may leave a present form as its own lemma (`applique`)
    return [span._.actor_id] if lemma in acts or f"{lemma}r" in acts else []


def _announcing_agent(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`l'annonce par Donald Trump de nouvelles taxes`, `la levée par Bruxelles des sanctions`: an act
    that is the `de` complement of a noun of announcing or deciding it (`announcing_nouns` in
    markers.csv) was done by that noun's `par` agent (a noun of judging it, `la condamnation par X de
    l'attaque`, is not one of them)."""
    governor = noun.head
    if noun.dep_ != "nmod" or fold(preposition(noun)) not in OF_PREPS or governor.pos_ != "NOUN":
        return []
    if fold(governor.lemma_.lower()) not in markers()["announcing_nouns"]:
        return []
    agents = [c for c in governor.children if c.i < noun.i and fold(preposition(c)) == "par"]
    return unique([a for c in agents[:1] for a in phrase_actors(c, actors).core])


def _self_proposer(verb: Token, actors: dict[int, Span]) -> list[str]:
    """The subject of a verb of proposing (`self_proposing` in markers.csv) whose infinitive is the
    measure and that names no one the proposal is made to: `X a proposé de taxer les engrais russes`
    (not `X a proposé à Y de taxer`, where Y would act). A day the parser took for the object
    (`a proposé mercredi de rencontrer Y`) is no one."""
    governor = verb.head
    if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm", []) or governor.i == verb.i:
        return []
    if fold(governor.lemma_.lower()) not in markers()["self_proposing"]:
        return []
    dates = date_tokens(verb.doc)
    if any(c.dep_ in clauses.CONTROLLER_DEPS and c.i != verb.i and c.i not in dates for c in governor.children):
        return []
    return clauses.subject_of(governor, actors)


def _nationals_hit(head: Token, actors: dict[int, Span]) -> list[str]:
    """The states whose nationals (`nationals` in markers.csv) a measure's phrase names: `un décret
    interdisant l'entrée des ressortissants du Tchad et du Soudan`, `... de sept pays, dont le Tchad`,
    wherever the parser hangs the nationals' phrase on the measure or on its object."""
    words = markers()["nationals"]
    phrases = [c for c in head.children if fold(c.lemma_.lower()) in words]
    phrases += [g for c in head.children if c.dep_ in OBJECT for g in c.children if fold(g.lemma_.lower()) in words]
    found: list[str] = []
    for phrase in phrases:
        for t in phrase.subtree:
            span = actors.get(t.i)
            if span is not None and t.i == span.start and (span._.actor_id or "").startswith("state:"):
                found.append(span._.actor_id)
    return unique(found)


def _conjunct_goods_states(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`des droits de douane de 15 % sur le charbon et le gaz naturel liquéfié américains`: the demonym
    after goods coordinated in the measure's `sur` phrase names whose goods all are, wherever the
    parser hangs the last conjunct (on the rate, on the measure, on the verb). Read in text order from
    `sur` to the end of the phrase (a comma, a verb, another trigger)."""
    doc = noun.doc
    end = noun.sent.end
    on = next((t.i for t in doc[noun.i + 1 : min(end, noun.i + 12)] if t.lower_ == "sur"), None)
    if on is None:
        return []
    found: list[str] = []
    for t in doc[on + 1 : end]:
        if t.is_punct or t.pos_ in {"VERB", "AUX"} or t.i in stop:
            break
        span = actors.get(t.i)
        if span is not None and span._.mention_kind == "demonym" and (span._.actor_id or "").startswith("state:"):
            found.append(span._.actor_id)
    return unique(found)


def _reciprocal_pair(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Sanae Takaichi et Lee Jae-myung se sont rencontrés mardi à Séoul`, the first name hung on the
    verb as a bare dependent: two people coordinated right before a reflexive talk verb are its two
    sides, not the city after it (which the nearest-name fallback would take)."""
    if not any(c.lower_ in {"se", "s'", "s’"} for c in verb.children):
        return []
    for child in verb.children:
        first = actors.get(child.i)
        if child.i >= verb.i or child.dep_ not in {"dep", "nsubj", "advmod"} or first is None:
            continue
        second = next((actors[c.i] for c in child.children if c.dep_ == "conj" and c.i in actors), None)
        if second is None or not (is_person(first) and is_person(second)):
            continue
        pair = [first._.actor_id, second._.actor_id]
        if all(pair) and pair[0] != pair[1]:
            return [a for a in pair if a]
    return []


def _bare_title_host(verb: Token, actors: dict[int, Span]) -> bool:
    """`Le Premier ministre a reçu à Matignon son homologue espagnol`: a host named by a bare title
    (no demonym, no name, no holder told before) leaves the seat where the guest is received to
    tell whose host it is, as when a passive names no host."""
    return any(c.dep_ == "nsubj" and c.i not in actors and is_bare_title(c) for c in verb.children)


EU = "org:ue"


def _conjunct_recipients(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`a imposé des sanctions financières et des interdictions de voyage à des responsables birmans`:
    the parser hangs the `à` phrase of two coordinated measures on the last one; it names whom both hit."""
    out: list[str] = []
    for conj in (c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
        for phrase in conj.children:
            if phrase.dep_ in {"nmod", "obl", "obl:arg"} and fold(preposition(phrase)) in {"a", "au", "aux"}:
                out += [a for a in phrase_actors(phrase, actors, stop).core if a not in out]
    return out


def _bloc_imposer(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`l'embargo européen sur le brut russe`, `les sanctions européennes contre X`: `européen` on a
    measure noun names the Union that imposes it (`eu_measure_adjective` in markers.csv), when the
    article names the Union or one of its bodies; on goods (`l'acier européen`) it names whose goods are
    hit, and is not read here."""
    words = markers()["eu_measure_adjective"]
    if not any(c.dep_ == "amod" and fold(c.lower_) in words for c in noun.children):
        return []
    # the Union, or one of its bodies (`la Commission européenne`, models/actors/part_of.csv), named
    parents = body_parents()
    named = any(span._.actor_id == EU or parents.get(span._.actor_id or "") == EU for span in actors.values())
    return [EU] if named else []


def _european_goods(head: Token) -> list[str]:
    """`Pékin a imposé des droits de douane sur le porc européen`: `européen` (`eu_measure_adjective` in
    markers.csv) on the goods a measure falls on (`sur`, `contre`, hung on the measure or its verb) names
    the Union, whose goods they are, as the side hit."""
    words = markers()["eu_measure_adjective"]
    for t in head.sent:
        goods = t.head
        if t.dep_ != "amod" or fold(t.lower_) not in words or goods.i == head.i:
            continue
        if fold(preposition(goods)) in {"sur", "contre"} and _measure_reaches(goods.head, head):
            return [EU]
    return []


# the links by which a measure's rate or reach carries the goods it falls on: `des droits de 25 % sur`,
# `des droits allant jusqu'à 62 % sur`
_REACH_LINKS = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "acl"})


def _measure_reaches(governor: Token, head: Token) -> bool:
    """The goods phrase hangs on the measure, on its verb, or on the rate or reach of the measure told
    below it (`des droits antidumping allant jusqu'à 62 % sur le porc européen`): a participle or a
    number phrase in between, at most two links, no finite verb."""
    if governor.i in {head.i, head.head.i}:
        return True
    for _ in range(2):
        if governor.dep_ not in _REACH_LINKS or (
            governor.pos_ in {"VERB", "AUX"} and "Part" not in governor.morph.get("VerbForm", [])
        ):
            return False
        governor = governor.head
        if governor.i == head.i:
            return True
    return False


def _owner_hit(noun: Token, slots: _Slots) -> bool:
    """A measure noun (markers `hits_owner`) whose `de` phrase names someone other than its imposer.
    Not when the measure already names whom it hits apart (`l'embargo de l'UE sur le pétrole russe`,
    `contre la Russie`): then its `de` phrase is the imposer's, as for any measure noun."""
    if slots.targets and not set(slots.possessors) & set(slots.targets):
        return False
    return fold(noun.lemma_) in markers()["hits_owner"] and not set(slots.possessors) & set(slots.sources)


def _undergone(verb: Token, slots: _Slots, named: int, event_type: str, places: dict[int, Span] | None = None) -> None:
    """The subjects read past the first `named` of a verb the subject of which undergoes the event
    its object names (undergoer_verbs.csv: `Moscou a dénoncé les sanctions`: Moscow is hit). A strike's
    subject that names a place and no actor (`le port d'Odessa a subi une attaque`) is where it hit."""
    if verb.lemma_.lower() not in undergoer_verbs().get(event_type, frozenset()):
        return
    slots.targets += slots.sources[named:]
    del slots.sources[named:]
    if event_type == "strike" and places and len(slots.sources) == named:
        for subject in (c for c in verb.children if c.dep_ in SUBJECT):
            slots.places += [p for p in phrase_places(subject, places, locative=True) if p not in slots.places]


def _without_topics(head: Token, actors: dict[int, Span]) -> dict[int, Span]:
    """The actors of the trigger's sentence but those a talk was about (`sur l'Ukraine`), for the
    fallbacks that take names near the trigger when the parse gives too little."""
    sent = head.sent
    return {
        i: span
        for i in range(sent.start, sent.end)
        if (span := actors.get(i)) is not None
        and not _in_topic_phrase(span.root)
        and not _under_topic_participle(span.root)
    }


def _in_topic_phrase(token: Token) -> bool:
    """`sur l'Ukraine`, and a name inside such a phrase (`sur la guerre en Ukraine`, `sur l'avenir du
    Liban`): a noun modifier of a noun after `sur` or `concernant` is part of what was talked about."""
    t = token
    for _ in range(3):
        if preposition(t) in TOPIC_PREPS:
            return True
        if t.dep_ != "nmod" or t.head.i == t.i:
            return False
        t = t.head
    return False


def _under_topic_participle(token: Token) -> bool:
    """`à l'issue d'un sommet extraordinaire consacré au Niger`: a name under `consacré à`, `dédié à`
    (`topic_participles` in markers.csv), wherever the parser hung the participle, is what was talked about."""
    t = token
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if topic_participle(t):
            return True
    return False


def _declared_people(head: Token) -> Token | None:
    """The people an attribute trigger (`declared_attribute` in markers.csv) says a verb declares:
    the noun it qualifies (`six diplomates russes « persona non grata »`, the parser's `amod` or
    `appos`) or, when hung on the verb (`a déclaré persona non grata deux diplomates`), its object."""
    if fold(head.lower_) not in markers()["declared_attribute"]:
        return None
    if head.dep_ in {"amod", "appos", "acl"} and head.head.pos_ == "NOUN":
        return head.head
    if head.head.pos_ == "VERB":
        found = next((c for c in head.head.children if c.dep_ in OBJECT | PASSIVE_SUBJECT), None)
        verb = head.head
        if found is None and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            # `L'ambassadeur d'Espagne, déclaré persona non grata jeudi`: the participle's noun was declared
            return verb.head
        return found if found is not None else _noun_after_attribute(head)
    return None


def _noun_after_attribute(head: Token) -> Token | None:
    """`a déclaré lundi persona non grata trois employés de l'ambassade`: the people declared, right after
    the attribute, when the parser lost the verb's object (it may make them the subject of the next clause)."""
    for t in head.doc[head.i + 1 : min(head.i + 8, head.sent.end)]:
        if t.pos_ in {"NOUN", "PROPN"} and date_root_over(t) is None:  # not the day (`persona non grata jeudi`)
            return t
        if t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text not in _QUOTES):
            return None
    return None


_QUOTES = frozenset({"«", "»", '"', "“", "”"})


def _leaving_subject(verb: Token) -> Token | None:
    """The subject of the clause of leaving (`departure` in markers.csv) an order verb governs:
    `deux diplomates` in `a ordonné que deux diplomates quittent le pays`, the side expelled."""
    departure = markers()["departure"]
    for clause in verb.children:
        if clause.dep_ == "ccomp" and (fold(clause.lemma_.lower()) in departure or fold(clause.lower_) in departure):
            return next((c for c in clause.children if c.dep_ in SUBJECT), None)
    return None


def _qualifies_undergoer(verb: Token) -> bool:
    """A past participle without agent hung on a name (`l'Inde, frappée de droits de 50 %`): the
    name undergoes the measure; it neither imposes it nor shares its subject."""
    return (
        verb.dep_ in {"acl", "dep", "amod"}
        and "Part" in verb.morph.get("VerbForm", [])
        and "Past" in verb.morph.get("Tense", ["Past"])
        and not any(c.dep_ == "obl:agent" for c in verb.children)
        and verb.head.i != verb.i
    )


def _name_over_participle(head: Token, actors: dict[int, Span]) -> str | None:
    """`Le ministre britannique David Cameron a téléphoné à son homologue`: the tagger may take the
    participle with its auxiliary for the last word of the name before it (`flat:name`); that name's
    bearer is the subject."""
    if head.dep_ != "flat:name" or not any(c.dep_ == "aux:tense" for c in head.children):
        return None
    span = actors.get(head.head.i)
    return span._.actor_id if span is not None and span._.actor_id else None


STRIKE_MEANS_PREPS = frozenset({"dans", "lors", "cours", "par"})


def _sees_itself(head: Token, is_noun: bool) -> Token | None:
    """`X se voit infliger une surtaxe`, `X s'est vu interdire l'accès à Swift`: the measure verb, or the
    verb whose object the measure noun is, controlled by a reflexive `se voir`, which is French's passive
    for what one undergoes. Returns that infinitive."""
    verb = head.head if is_noun and head.dep_ in OBJECT else head
    seer = verb.head
    if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or seer.lemma_ != "voir" or seer.i == verb.i:
        return None
    return verb if any(c.dep_ == "expl:comp" and c.lemma_ == "se" for c in seer.children) else None


def _undergoing_verb(noun: Token) -> Token | None:
    """The verb of undergoing (`undergoing` in markers.csv: `recevoir`, `subir`, `essuyer`) whose object
    the measure noun is (`ont reçu l'ordre de quitter le pays`, `a essuyé de nouvelles sanctions`);
    `faire face à` (`fait face à de nouvelles sanctions`); or a passive verb of reaching (`measure_reach`)
    whose agent it is (`l'Iran est visé par les sanctions américaines`)."""
    if noun.dep_ == "nmod" and fold(noun.head.lemma_.lower()) in markers()["share"]:
        noun = noun.head  # `par l'ensemble des sanctions américaines`: the share stands in the clause
    verb = noun.head
    if verb.pos_ != "VERB":
        return None
    lemma, prep = fold(verb.lemma_.lower()), fold(preposition(noun))
    # `fait face à`: the parser makes `face à` the noun's preposition, or `face` the verb's object
    if lemma == "faire" and (prep.startswith("face") or any(c.lower_ == "face" for c in verb.children)):
        return verb
    if noun.dep_ in OBJECT:
        return verb if lemma in markers()["undergoing"] else None
    if noun.dep_ == "obl:agent" and lemma in markers()["measure_reach"] and clauses.passive_voice(verb):
        return verb
    return None


def _undergone_by_subject(
    verb: Token, bearer: Token, slots: _Slots, actors: dict[int, Span], stop: frozenset[int]
) -> None:
    """The subject of `bearer` (`se voir`, `recevoir`) undergoes the measure; a `par` phrase in the words of
    `verb` names who imposed it (`s'est vu imposer des droits de 50 % par Washington`, where the parser hangs
    `par` anywhere)."""
    passive = [c for c in bearer.children if c.dep_ in PASSIVE_SUBJECT] if clauses.is_passive(bearer) else []
    # `l'Iran est visé par les sanctions américaines`: the passive subject undergoes it
    hit = [a for c in passive for a in phrase_actors(c, actors, stop).core] or clauses.subject_of(bearer, actors)
    agents = [
        a
        for t in verb.subtree
        if any(c.dep_ == "case" and c.lower_ == "par" for c in t.children)
        for a in phrase_actors(t, actors, stop).core
        if a not in hit
    ]
    slots.sources = [a for a in slots.sources if a not in hit and a not in agents] + agents
    slots.targets = [a for a in slots.targets if a not in agents and a not in hit] + hit
    slots.others = [a for a in slots.others if a not in hit and a not in agents]


def _measure_undergone(head: Token) -> bool:
    """A measure verb in the passive, whatever the parser made of it: a passive auxiliary beside a bare
    `nsubj` (`les produits brésiliens seront taxés`), or a past participle tagged a noun with `être` as its
    copula (`l'acier canadien sera surtaxé`)."""
    if clauses.is_passive(head):
        return head.pos_ in {"VERB", "ADJ"}
    participle = head.lower_.endswith(PARTICIPLE_ENDINGS)
    return participle and any(c.dep_ == "cop" and c.lemma_ == "être" for c in head.children)


def _outcome_of_strike(noun: Token, slots: _Slots, actors: dict[int, Span], stop: frozenset[int]) -> None:
    """`Israël a tué un commandant du Hezbollah dans une frappe de drone`, `les États-Unis ont éliminé un
    chef d'Al-Qaïda au cours d'un raid aérien`: a strike noun told as the means of a killing or a
    destruction (`strike_outcome` in markers.csv) was carried out by that verb's subject against its
    object. The parser hangs `lors` or `au cours` between them."""
    verb = noun.head
    if verb.lower_ in {"lors", "cours"} and preposition(noun) in {"de", "d'", "d’"}:
        verb = verb.head
    elif preposition(noun) not in STRIKE_MEANS_PREPS:
        return
    lemma = fold(verb.lemma_.lower())
    if verb.pos_ == "VERB" and (
        lemma in markers()["strike_deaths"] or (lemma in markers()["strike_outcome"] and clauses.is_passive(verb))
    ):
        # `Un soldat français a été tué dans l'explosion d'un engin`, `quatre policiers ont péri dans un
        # attentat`: those killed, the passive subject or the subject of dying, were struck
        for child in verb.children:
            if child.dep_ in SUBJECT | PASSIVE_SUBJECT:
                slots.targets += [a for a in phrase_actors(child, actors, stop).core if a not in slots.all_ids()]
            elif child.dep_ == "obl:agent" or preposition(child) == "par":
                slots.sources += [a for a in phrase_actors(child, actors, stop).core if a not in slots.all_ids()]
        return
    if verb.pos_ != "VERB" or lemma not in markers()["strike_outcome"]:
        return
    subject = clauses.subject_of(verb, actors) or _claimant(verb, actors)  # `a annoncé avoir éliminé`
    # `lors d'une frappe` was read as the occasion the subject took part in (`_nominal_context`)
    slots.others = [a for a in slots.others if a not in subject]
    slots.sources += [a for a in subject if a not in slots.all_ids()]
    if not slots.sources:
        return
    for child in verb.children:
        if child.dep_ in OBJECT and child.i != noun.i:
            found = phrase_actors(child, actors, stop).core
            slots.targets += [a for a in found if a not in slots.all_ids()]


def _claimant(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Tsahal a annoncé avoir éliminé un commandant du Hezbollah dans une frappe`: an infinitive that
    a verb with no object of its own governs (`xcomp`) has that verb's subject; who claims the killing
    made the strike. A verb with an object hands the infinitive to it (`a exhorté X à frapper`)."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i == verb.i or any(c.dep_ in OBJECT for c in governor.children):
        return []
    return clauses.subject_of(governor, actors)


def _nominal_context(noun: Token, slots: _Slots, actors: dict[int, Span], *, talk: bool = True) -> None:
    """Participants an event noun takes from its clause.

    `sa rencontre avec Wang Yi`: the possessive stands for the clause's subject. `lors d'un échange
    téléphonique`, `au cours d'un entretien`: the event is the occasion of the governing verb, whose
    subject and object took part (`X a prévenu Y lors d'un bref échange`)."""
    possessive = [c for c in noun.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])]
    if possessive and possessive[0].lower_ in {"leur", "leurs"} and (talk or not slots.sources):
        # `lors de leur rencontre`: the participants of the clause the noun sits in (not when the owner of a
        # strike or a measure is known: `en réponse à leurs attaques`, `_answered_possessor`)
        slots.others += [a for a in clauses.clause_participants(noun, actors) if a not in slots.all_ids()]
    elif possessive and not slots.sources:
        slots.sources += clauses.clause_subject(noun, actors, passive_first=True) or _fronted_subject(noun, actors)
        if not slots.sources and slots.others:
            # `Ce déplacement intervient une semaine après son sommet avec X`: no named subject in the
            # clause, the possessive continues the topic, as `il` would
            slots.sources += [a for a in topic_antecedent(noun, actors) if a not in slots.all_ids()]
    elif talk and not slots.sources and any(c.dep_ == "case" for c in noun.children) and slots.all_ids():
        # `Au téléphone lundi avec X, Y a renouvelé son appel`: a talk noun opening the sentence in a phrase of
        # its own, with a counterpart named in it, is the subject's (not a title's noun: `Sommet du Mercosur : X et
        # Y ..., Z brille par son absence`; not `Après un déjeuner de travail, X a répondu aux journalistes`)
        slots.sources += [a for a in _fronted_subject(noun, actors) if a not in slots.all_ids()]
    slots.others += [a for a in _adjacent_partner(noun, actors) if a not in slots.all_ids()]
    if not slots.sources:
        slots.sources += [a for a in _visiting_bearer(noun, actors) if a not in slots.all_ids()]
    visitor = [a for a in _adjacent_visitor(noun, actors) if a not in slots.all_ids()]
    (slots.others if slots.sources else slots.sources).extend(visitor)
    slots.others += [a for a in _concluded_after_talks(noun, actors, talk=talk) if a not in slots.all_ids()]
    if len(slots.participants(keep_located=False)) <= 2:
        slots.others += [a for a in _partner_after_talks(noun, actors) if a not in slots.all_ids()]
    if not slots.sources and len(slots.participants(keep_located=False)) == 1:
        slots.others += [a for a in _reporting_side(noun, actors) if a not in slots.all_ids()]
    if talk and _lone_partner(noun, slots, actors):
        # `Un entretien avec le Premier ministre qatari est prévu jeudi`: the other side is the topic, as `il`;
        # not one of the partner's own state (`X est arrivé à Moscou. La rencontre avec son ministre ...`)
        homes = {actor_country(noun.doc, a) for a in slots.participants(keep_located=False)}
        topic = [a for a in topic_antecedent(noun, actors) if actor_country(noun.doc, a) not in homes]
        if len(topic) == 1:  # `Les deux dirigeants sont convenus de ... L'appel avec X`: a pair is no one topic
            slots.others += [a for a in topic if a not in slots.all_ids()]
    slots.others += [a for a in _anchor_partner(noun, slots, actors) if a not in slots.all_ids()]
    governor, occasion = _occasion_governor(noun)
    phase = None if occasion else _phase_occasion(noun)
    if phase is not None:  # `au deuxième jour du sommet`, `à l'issue de la rencontre`
        governor, occasion = phase, True
    if occasion:
        governor = _trailing_occasion_verb(noun, governor)
    if (
        occasion
        and is_anaphoric(noun)
        and (governor.i in slots.stop or fold(governor.lemma_) in markers()["carry_out"])
    ):
        # `pendant les discussions, l'armée a lancé des drones`: talks told before; the verb is another
        # event or an operation carried out meanwhile
        return
    if occasion and governor.pos_ in {"VERB", "AUX"} and governor.i != noun.i:
        # `des images montrent X lors de ...`; not `X s'est montré satisfait à l'issue de ...` (to prove oneself)
        shown = fold(governor.lemma_.lower()) in markers()["showing"] and not clauses.has_reflexive_clitic(governor)
        if not slots.sources and not shown:  # a participant, not necessarily the initiator
            subject = (
                clauses.subject_of(governor, actors)
                or _participle_bearer(governor, actors)
                or clauses.inherited_subject(governor, actors)
            )
            # `Le Qatar et l'Égypte ont présenté un plan lors d'une réunion avec X au Caire`: a state named
            # as the subject took part, even when the talk's city lies in it
            slots.others += [a for a in subject if a not in slots.participants(keep_located=False)]
        if fold(governor.lemma_.lower()) in markers()["inviting"]:
            # `X a invité Y à Ankara pour un sommet avec l'Iran`: the one invited comes to the talks too
            for c in (c for c in governor.children if c.dep_ in OBJECT and c.i != noun.i and c.i not in slots.stop):
                slots.others += [a for a in phrase_actors(c, actors, slots.stop).core if a not in slots.all_ids()]
        if _sides(slots.participants(keep_located=False), actors) >= 2:
            return  # `lors de sa rencontre avec X, Y a évoqué l'Ukraine`: the topic is no participant
        # `a évoqué l'Ukraine avec X lors d'un appel`: the object of a verb of discussing is the topic,
        # its partner after `avec` still took part
        discussing = clauses.is_discussing(governor)
        for c in governor.children:
            # `a assuré à son homologue X ..., lors d'un appel`
            addressee = preposition(c) in {"à", "au"} and not discussing
            if discussing and preposition(c) not in COMITATIVE:
                continue
            if c.i in slots.stop:
                continue  # `ont adopté, lors d'une réunion, des sanctions contre X`: another event's sides
            if c.i != noun.i and (c.dep_ in OBJECT or preposition(c) in COMITATIVE or addressee):
                found = phrase_actors(c, actors, slots.stop)
                named = found.core + found.comitative + (found.located if addressee else [])
                people = [a for a in named if a.startswith("person:") or not addressee]
                slots.others += [a for a in people if a not in slots.all_ids()]


def _participle_bearer(participle: Token, actors: dict[int, Span]) -> list[str]:
    """`montrent Vladimir Poutine souriant lors d'une rencontre avec X`: a participle hung on a name (`acl`)
    has that name for subject, not the subject of the clause the name sits in."""
    if (
        participle.dep_ not in {"acl", "amod"}
        or participle.pos_ != "VERB"
        or participle.head.pos_ not in {"PROPN", "NOUN"}
    ):
        return []
    if participle.i < participle.head.i:
        return []
    return phrase_actors(participle.head, actors).core


def _occasion_on_argument(governor: Token) -> Token:
    """`X a assuré à Vladimir Poutine, lors d'un échange téléphonique, que ...`: the parser hangs `lors`
    on the name it follows, the verb's object, addressee or partner (`a évoqué l'Ukraine avec X lors
    d'un appel`); the occasion is that of the verb."""
    if governor.pos_ in {"NOUN", "PROPN"} and governor.dep_ in OBJECT | {"obl:arg", "obl:mod", "obl"}:
        return governor.head if governor.head.pos_ in {"VERB", "AUX"} else governor
    if governor.pos_ == "ADJ" and governor.dep_ not in SUBJECT and governor.head.pos_ in {"VERB", "AUX"}:
        # `X s'est montré optimiste lors d'une rencontre avec Y`: `lors` hung on the adjective said of X
        return governor.head
    return governor


def _occasion_governor(noun: Token) -> tuple[Token, bool]:
    """The word an event noun hangs on, and whether the noun is its occasion (`lors de`, `au cours de`,
    `pendant`); the parser may hang the noun on `lors` itself, and `lors` on the verb's argument."""
    governor, occasion = noun.head, preposition(noun) in OCCASION_PREPS
    if governor.lower_ in OCCASION_PREPS:
        governor, occasion = _occasion_on_argument(governor.head), True
    return governor, occasion


def _holding_places(noun: Token) -> list[Token]:
    """The place phrases (`à`, `au`, `en`, `dans`) told before a talk noun on the verb it is the object of
    (`a accueilli à Londres une réunion`, `ont tenu samedi à Mascate un cycle de pourparlers`)."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ not in {"VERB", "AUX"} or preposition(noun):
        return []  # `a reçu X à Ankara, trois jours après son appel avec Y`: an object misread, another talk
    return _places_told_before(verb, noun)


def _occasion_places(noun: Token) -> list[Token]:
    """The place phrases of the verb a talk noun is the occasion of (`lors de`, `au cours de`): the talks
    were held where the act told on them was done."""
    governor, occasion = _occasion_governor(noun)
    if occasion and governor.pos_ == "NOUN" and governor.head.pos_ in {"VERB", "AUX"}:
        governor = governor.head  # `a signé à Niamey le traité, lors du sommet`: `lors` hung on the object
    if not occasion or governor.pos_ not in {"VERB", "AUX"}:
        return []
    return _places_told_before(governor, noun)


def _places_told_before(verb: Token, noun: Token) -> list[Token]:
    """The place phrases (`à`, `au`, `en`, `dans`) a verb holds before a talk noun: where the talks were held."""
    return [c for c in verb.children if c.dep_.startswith("obl") and c.i < noun.i and is_locative(preposition(c))]


def _counted_away(noun: Token) -> bool:
    """`à trois jours du sommet`, `à quelques heures de la réunion`: the noun after the `de` of a span counted
    under `à` (`anchor_span` in markers.csv), an event that far from the clause's."""
    return span_counted_to(noun) is not None


def _phase_occasion(noun: Token) -> Token | None:
    """`Moon et Kim ont signé une déclaration, au deuxième jour du sommet`, `à l'issue de la rencontre`,
    `à l'issue de trois heures de discussions`: a talk noun after `de` (behind a span of time or not) under
    `à`/`au` and a phase noun (`occasion_phase` in markers.csv) is the
    occasion of the verb above that phrase (the parser may hang it on the verb's object first). None
    when there is no such phrase or verb."""
    phase = noun.head
    if fold(preposition(noun)) not in {"de", "du", "d'", "d’"} or phase.i == noun.i:
        return None
    span_of_time = fold(phase.lower_) in markers()["time_span"] and fold(preposition(phase)) in {"de", "du", "d'", "d’"}
    if span_of_time and phase.head.i != phase.i:  # `à l'issue de trois heures de discussions`
        phase = phase.head
    if fold(phase.lemma_.lower()) not in markers()["occasion_phase"] or fold(preposition(phase)) not in {"a", "au"}:
        return None
    if anchor_day(phase, preposition(phase)):
        return None  # `à trois jours du sommet`: a span before the talk, not a phase of it
    verb = phase.head
    for _ in range(2):  # `une déclaration commune, au deuxième jour du sommet`: the phrase hung on the object
        if verb.pos_ in {"VERB", "AUX"}:
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _after_phrase(noun: Token) -> Token | None:
    """The phrase under `après` that holds a talk noun: the noun itself (`après des entretiens`), or the
    span of time it completes (`après deux heures de discussions`, `time_span` in markers.csv); None when
    the noun is told under no `après`."""
    if fold(preposition(noun)) == "apres":
        return noun
    span = noun.head
    if fold(preposition(noun)) not in {"de", "d'", "d’"} or fold(span.lower_) not in markers()["time_span"]:
        return None
    return span if fold(preposition(span)) == "apres" else None


def _concluded_after_talks(noun: Token, actors: dict[int, Span], *, talk: bool = True) -> list[str]:
    """`X et Y sont parvenus à un accord après des semaines de négociations`: talks (`prior_talks` in
    models/events/markers.csv) told after `après`, bare or behind a span of time (`time_span`), on a verb
    of concluding (`concluding`) or the clause it heads, were held by that verb's subjects, when they are
    two sides at least (`Trump a signé le décret après des semaines de discussions` tells no talks). Told
    first in the sentence, with no side of their own, talks of any kind were held by the subjects of
    the clause that follows, on any verb (`Après un dîner de travail, X et Y ont tenu une conférence de
    presse`)."""
    words = markers()
    fronted = _fronted_bare_talk(noun, actors) if talk else []  # `Après l'attentat, X et Y ...`: no talk
    if fronted:
        return fronted
    if fold(noun.lower_) not in words["prior_talks"]:
        return []
    phrase = _after_phrase(noun)
    if phrase is None:
        return []
    verb = phrase.head
    for _ in range(3):  # `parvenus à un accord pour remplacer l'ALENA, après ...`: up the noun and its clause
        if verb.pos_ in {"VERB", "AUX"} and fold(verb.lemma_.lower()) in words["concluding"]:
            sides = [a for c in verb.children if c.dep_ in SUBJECT for a in phrase_actors(c, actors).core]
            return sides if _sides(sides, actors) >= 2 else []  # one signatory alone held no talks
        if verb.head is verb:
            return []
        verb = verb.head
    return []


def _fronted_bare_talk(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Après un dîner de travail à l'Élysée, X et Y ont tenu une conférence de presse`, `Après deux
    heures de discussions, X et Y ont quitté la salle`: a talk noun under `après` (bare or behind a span
    of time) that opens the sentence and names no side of its own was held by the subjects of the
    clause it is set before, when they are two sides at least."""
    phrase = _after_phrase(noun)
    if phrase is None or clauses.has_possessive_article(noun):
        return []
    if phrase.left_edge.i != noun.sent.start or any(phrase_actors(c, actors).core for c in noun.children):
        return []
    verb = phrase.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    sides = [a for c in verb.children if c.dep_ in SUBJECT and c.i > phrase.i for a in phrase_actors(c, actors).core]
    return sides if _sides(sides, actors) >= 2 else []


def _partner_after_talks(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Trump a suspendu les taxes après des entretiens téléphoniques avec X et Y`: talks under `après`
    with partners (`avec`) and no other side of their own (no `entre`, no possessive, no `de` owner) were
    held by the subject of the clause they hang on, when that subject is not one of the partners. The
    talks may stand behind a span of time (`time_span`: `Après deux heures de discussions avec X, Y a
    salué ...`)."""
    if clauses.has_possessive_article(noun) or _after_phrase(noun) is None:
        return []
    partners: list[str] = []
    for child in noun.children:
        prep = fold(preposition(child))
        if (prep == "entre" or prep in POSSESSIVE) and phrase_actors(child, actors).core:
            return []
        if prep == "avec":
            partners += phrase_actors(child, actors).core
    verb = clauses.verb_above(noun.head)  # `les taxes visant X après des entretiens`: the clause's verb
    if not partners or verb.pos_ not in {"VERB", "AUX"}:
        return []
    subject = clauses.subject_of(verb, actors)
    if not subject and verb.dep_ == "acl:relcl":  # `Trump, qui avait suspendu ... après des entretiens avec X`
        subject = phrase_actors(verb.head, actors).core
    homes = {_side(noun.doc, a) for a in partners}
    return [a for a in subject if a not in partners and _side(noun.doc, a) not in homes]


def _side(doc: Doc, actor_id: str) -> str:
    """The side an actor stands for: its state's code, or the actor itself when it has none."""
    return actor_country(doc, actor_id) or actor_id


def _sides(ids: list[str], actors: dict[int, Span]) -> int:
    """How many parties the ids name: `le président turc` is Erdogan and Turkey, one side of a talk."""
    own = {s for a in ids for s in clauses.office_state(a, actors)}
    return len([a for a in ids if a not in own])


def _trailing_occasion_verb(noun: Token, governor: Token) -> Token:
    """`X a assuré à Y que son pays était prêt à aider, lors d'un entretien téléphonique`: an occasion
    phrase set off by a comma at the end of the sentence is that of the main verb, whatever verb of the
    reported clause the parser hangs it on."""
    root = noun.sent.root
    start = min(t.i for t in noun.subtree)
    if noun.doc[start].lower_ not in OCCASION_PREPS and noun.head.lower_ in OCCASION_PREPS:
        start = min(start, noun.head.i)
    comma = start > noun.sent.start and noun.doc[start - 1].text == ","
    tail = all(t.is_punct or t.is_space for t in noun.doc[max(t.i for t in noun.subtree) + 1 : noun.sent.end])
    if not (comma and tail) or root.pos_ not in {"VERB", "AUX"} or governor.i == root.i:
        return governor
    return root if governor.is_ancestor(noun) and root.is_ancestor(governor) else governor


def _reporting_side(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Kiev a affirmé que les discussions avec Washington avaient bien commencé`: talks with a
    partner (`avec`) but no other side, told as the subject of what a party says, are that party's."""
    clause = noun.head
    if noun.dep_ not in SUBJECT | PASSIVE_SUBJECT or not any(preposition(c) in COMITATIVE for c in noun.children):
        return []
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in saying_verbs():
        return []
    return clauses.subject_of(clause.head, actors)


def _initiators(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`Les dirigeants du G7 tiendront une réunion en visioconférence, à l'initiative de la présidence
    italienne`, `s'est rendu à Pékin à l'invitation de X`: the one at whose initiative or invitation
    (`initiative` in markers.csv) talks are held takes part in them; the phrase hangs on the talk's word
    or on the verb it depends on."""
    words = markers()["initiative"]
    verb = governing_verb(head) if head.pos_ not in {"VERB", "AUX"} else None
    holders = [head] + ([verb] if verb is not None else [])
    found: list[str] = []
    for holder in holders:
        for c in holder.children:
            if fold(c.lemma_.lower()) not in words or fold(preposition(c)) not in {"a", "sur"}:
                continue
            for owner in (n for n in c.children if n.dep_ == "nmod" and fold(preposition(n)) in OF_PREPS):
                found += [a for a in phrase_actors(owner, actors, stop).core if a not in found]
    return found


_ADDED_DETERMINERS = {"le", "la", "les", "l", "un", "une", "ces", "ses", "leurs", "cette", "ce"}


def _added_to(noun: Token) -> bool:
    """`Outre les droits de douane ...`, `En plus des sanctions ...`, `Au-delà de ces frappes ...`: the
    noun, after its determiner and at most one adjective, follows a locution of addition (`additive` in
    markers.csv), read on the surface since the parser splits the locutions in many ways."""
    doc, start = noun.doc, noun.sent.start
    words = [fold(t.lower_).strip("'’") for t in doc[max(start, noun.i - 6) : noun.i]]
    words = [w for w in words if w not in {"-", ""}]
    for _ in range(2):  # `les nouveaux droits`: an adjective, then the determiner
        if words and words[-1] in _ADDED_DETERMINERS:
            words.pop()
            break
        if words:
            words.pop()
    said = " ".join(words).replace("au dela", "au-dela")
    return any(said == w or said.endswith(" " + w) for w in (fold(m) for m in markers()["additive"]))


def _ready_for(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`X s'est montré ouvert à l'idée d'une rencontre avec Y`, `X s'est dit prêt à un sommet`: the bearer of an
    adjective of readiness or stance on the meeting noun (`ready_adjective`) is a party to it: the subject of
    its copula or of the verb it is predicated with (`se montrer`, `se dire`)."""
    adjective = ready_adjective(noun) or _stance_adjective(noun)
    if adjective is None:
        return []
    found = clauses.subject_of(adjective, actors)
    if (
        not found
        # `s'est montré ouvert`: the parser's guesses for the adjective vary (xcomp, advmod, ccomp, advcl, ...)
        and adjective.dep_ not in SUBJECT
        and (adjective.dep_ not in OBJECT or _self_describing(adjective.head))
        and adjective.head.pos_ in {"VERB", "AUX"}
    ):
        found = clauses.subject_of(adjective.head, actors) or clauses.inherited_subject(adjective.head, actors)
    return found


_SELF_DESCRIBING = {"montrer", "dire", "declarer", "affirmer", "avouer"}


def _armed_in_phrase(phrase: Token) -> Token | None:
    """`les rebelles`, `une délégation du mouvement rebelle`, `des émissaires des insurgés`: the noun for
    fighters (`armed_group_noun`) that a phrase is, or that its `de` phrase is; None otherwise."""
    if armed_group_noun(phrase):
        return phrase
    return next(
        (c for c in phrase.children if c.dep_ == "nmod" and preposition(c) in OF_PREPS and armed_group_noun(c)), None
    )


def _stance_adjective(noun: Token) -> Token | None:
    """`X s'est montré sensible à l'offre d'une rencontre avec Y`: a meeting noun, or a noun whose `de`
    phrase it is, hung on a reflexive verb of self-description (`se montrer`, `se dire`) beside an adjective
    of the subject, whatever the adjective: the subject is one of the sides of those talks."""
    # the frame noun may be tagged a verb (`l'offre`); its own preposition shows it is a noun
    framed = fold(preposition(noun)) in OF_PREPS and noun.head.i != noun.i and bool(preposition(noun.head))
    holder = noun.head if framed else noun
    verb = holder.head
    adjective: Token | None
    if _predicative(verb) and verb.head.pos_ == "VERB" and holder.dep_ in {"obl:arg", "obl", "obl:mod", "nmod"}:
        # `s'est montré réservé sur la proposition d'un sommet`: the phrase hung on the adjective itself
        adjective, verb = verb, verb.head
    elif verb.pos_ == "VERB" and holder.dep_ in {"obl:arg", "obl", "obl:mod"}:
        # `s'est montré prudent sur l'issue d'un entretien`: beside a reflexive verb of self-description the
        # parser may take the adjective for the verb's object, which that verb cannot have
        adjective = next(
            (c for c in verb.children if c.pos_ == "ADJ" and c.dep_ not in SUBJECT and c.i < holder.i), None
        )
    else:
        return None
    return adjective if _self_describing(verb) else None


def _self_describing(verb: Token) -> bool:
    """`se montrer`, `se dire`, `se déclarer`: a reflexive verb whose adjective describes its subject."""
    return fold(verb.lemma_.lower()) in _SELF_DESCRIBING and any(
        c.dep_ == "expl:comp" and c.lemma_ == "se" for c in verb.children
    )


def _predicative(word: Token) -> bool:
    """An adjective predicated of the subject beside a verb, whatever the parser hung it as (`advmod`, `xcomp`,
    `ccomp`, `advcl`), not one of the verb's nominal arguments."""
    return word.pos_ == "ADJ" and word.dep_ not in SUBJECT | OBJECT


def _hosts(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`Le président américain était l'hôte jeudi d'un sommet avec X`, `X, organisateur de la réunion,`: a
    host noun (`host_nouns` in markers.csv) whose `de` phrase is the meeting noun, the parser's day between
    them aside, names its holder by a copula (the subject) or an apposition (the noun it is apposed to)."""
    if fold(preposition(noun)) not in OF_PREPS:
        return []
    host = noun.head
    while date_root_over(host) is not None and host.head.i != host.i:
        host = host.head  # `l'hôte jeudi d'un sommet`: the phrase hung on the day
    if host.i == noun.i or fold(host.lemma_.lower()) not in markers()["host_nouns"]:
        return []
    if any(c.dep_ == "cop" for c in host.children):
        holders = [c for c in host.children if c.dep_ in SUBJECT]
    elif host.dep_ == "appos" or (host.dep_ == "conj" and not any(c.dep_ == "cc" for c in host.children)):
        holders = [host.head]  # `X, organisateur de la réunion,`: an apposition the parser may take for a conjunct
    else:
        holders = [c for c in host.children if c.dep_ == "appos"]  # `l'hôte du sommet, X,`
    return unique([a for h in holders for a in phrase_actors(h, actors, stop).core])


# `lequel` and its forms, with the gender and number of the noun they stand for
_RELATIVE_FORMS = {
    "duquel": ("Masc", "Sing"),
    "lequel": ("Masc", "Sing"),
    "laquelle": ("Fem", "Sing"),
    "desquels": ("Masc", "Plur"),
    "lesquels": ("Masc", "Plur"),
    "desquelles": ("Fem", "Plur"),
    "lesquelles": ("Fem", "Plur"),
}


def _occasion_relative_people(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`le sommet du G7 de La Malbaie, le mois dernier, à l'issue duquel X avait traité Y`, `une réunion, au
    cours de laquelle X a reproché à Y ...`: a relative clause opened by a form of `lequel` after a comma,
    standing for the meeting noun (the nearest agreeing noun before the comma, days and the noun's own
    complements aside), tells what its subject and object did at the meeting: they took part. The parser
    seldom hangs such a clause on the noun, so it is read on the surface."""
    doc, sent = noun.doc, noun.sent
    for t in doc[noun.i + 1 : sent.end]:
        told = _RELATIVE_FORMS.get(t.lower_)
        if told is None:
            continue
        comma = next((c.i for c in reversed(doc[noun.i : t.i]) if c.text == ","), None)
        if comma is None:
            return []
        dates, own = date_tokens(doc), {c.i for c in noun.subtree}
        between = [
            c
            for c in doc[noun.i + 1 : comma]
            if c.pos_ == "NOUN" and c.i not in own and c.i not in dates and agrees_with_told(c, *told)
        ]
        if between or not agrees_with_told(noun, *told):
            return []
        # the clause's verb, whatever the tagger calls it (`avait insulté` tagged X): the first head with a subject
        verb = next((h for h in t.ancestors if any(c.dep_ in SUBJECT for c in h.children)), None)
        if verb is None or verb.i < t.i:
            return []
        sides = [c for c in verb.children if c.dep_ in SUBJECT | OBJECT and c.i > t.i]
        return unique([a for c in sides for a in phrase_actors(c, actors).core])
    return []


def _incise_teller(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`La rencontre avec X a été constructive, a déclaré Y`, `Une rencontre est prévue jeudi avec X,
    a annoncé Y`: talks with a partner (`avec`) and no other side, told as the subject of a clause a
    reporting incise closes, are the teller's, unless the teller is of the partner's state (`..., a
    indiqué le conseiller du Kremlin` tells of a guest's talks with his president) or the noun has a
    possessive (`sa rencontre avec X`, of someone told before)."""
    clause = noun.head
    if noun.dep_ not in SUBJECT | PASSIVE_SUBJECT or clause.i == noun.i:
        return []
    if clauses.has_possessive_article(noun):
        return []
    partners = [
        a
        for t in (noun, clause)
        for c in t.children
        if preposition(c) in COMITATIVE
        for a in phrase_actors(c, actors).core
    ]
    homes = {actor_country(noun.doc, a) for a in partners}
    tellers = _closing_incise_tellers(noun, actors, saying_verbs())
    if tellers is None:
        return []
    if not partners:  # no partner named: only two sides telling it together held it
        return tellers if len({_side(noun.doc, a) for a in tellers}) >= 2 else []
    return [a for a in tellers if a not in partners and actor_country(noun.doc, a) not in homes]


def _closing_incise_tellers(noun: Token, actors: dict[int, Span], verbs: frozenset[str]) -> list[str] | None:
    """The tellers named by the reporting incise (`, a annoncé Y`, its verb of `verbs`) that closes the
    clause `noun` is the subject of; None when no such incise closes it."""
    clause = noun.head
    if noun.dep_ not in SUBJECT | PASSIVE_SUBJECT or clause.i == noun.i:
        return None
    # the incise hangs on the clause, or the parser makes it the root and the clause its dependent
    says = [c for c in clause.children if c.dep_ in {"parataxis", "conj", "advcl"}]
    says += [clause.head] if clause.dep_ in {"advcl", "ccomp", "parataxis"} and clause.head.i > clause.i else []
    for say in says:
        if say.i < noun.i or say.lemma_ not in verbs:
            continue
        first = min([say.i, *(c.i for c in say.children if c.dep_.startswith("aux"))])
        if noun.doc[first - 1].text != ",":
            continue
        # the inverted subject, which the parser may take for an object (`, a annoncé Donald Trump`)
        inverted = [c for c in say.children if c.dep_ in SUBJECT | {"obj"} and c.i > say.i]
        return [a for c in inverted for a in phrase_actors(c, actors).core]
    for source in (c for c in clause.children if c.i > noun.i and fold(preposition(c)) == "selon"):
        # `La rencontre avec X a pris fin vers 18 heures, selon l'Elysée`: the source closing the clause
        if noun.doc[source.left_edge.i - 1].text == ",":
            return phrase_actors(source, actors).core
    return None


def _envoy_host(head: Token, targets: list[str], actors: dict[int, Span]) -> list[str]:
    """`L'ambassadeur de France au Niger, déclaré persona non grata vendredi par la junte`: a diplomat of
    the side hit (`posted_envoys` in markers.csv), told in the measure's sentence with the state where he
    is posted (`au Niger`, `en Algérie`, `à Moscou`), is hit by that state: only a host expels or declares
    unwelcome the envoys posted to it."""
    hosts: list[str] = []
    for noun in (t for t in head.sent if fold(t.lemma_.lower()) in markers()["posted_envoys"]):
        whose = [a for c in noun.children if fold(preposition(c)) in OF_PREPS for a in phrase_actors(c, actors).core]
        if not set(whose) & set(targets):
            continue
        posts = [c for c in noun.children if fold(preposition(c)) in {"a", "au", "aux", "en"}]
        hosts += [
            a for c in posts for a in phrase_actors(c, actors).core if a.startswith("state:") and a not in targets
        ]
    return unique(hosts)


def _measure_teller(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Une surtaxe de 25 % s'appliquera à l'acier importé de Chine, a confirmé la ministre canadienne des
    Finances`: a measure told as the subject of a clause that a plain announcing incise closes
    (`measure_tellers` in markers.csv: not `a dénoncé`, said by the side hit) is the teller's."""
    if clauses.has_possessive_article(noun):
        return []  # `ses droits de douane s'appliqueront, a déclaré X`: whose they are is told
    return _closing_incise_tellers(noun, actors, markers()["measure_tellers"]) or []


def _traveller(noun: Token, slots: _Slots, actors: dict[int, Span]) -> list[str]:
    """The one who travelled to the talks a noun with one side tells (clauses.arrived_traveller),
    unless the noun is someone's (`sa rencontre`), a journey whose side is its traveller (`la visite du
    président chinois`), or the traveller is of that side's state."""
    if clauses.has_possessive_article(noun):
        return []
    if fold(noun.lemma_.lower()) in markers()["visit_nouns"] and slots.participants(keep_located=False):
        return []  # `la visite du président chinois`: the visit names its traveller, not the one told before
    side = {actor_country(noun.doc, a) for a in slots.participants(keep_located=False)}
    return [a for a in clauses.arrived_traveller(noun, actors) if actor_country(noun.doc, a) not in side]


def _adjacent_partner(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`son entretien (téléphonique) avec X`: the actor right after `avec` that follows the event
    noun and its adjectives is its partner, wherever the parser hung the phrase."""
    doc, i = noun.doc, noun.i + 1
    while i < noun.sent.end and doc[i].dep_ == "amod" and doc[i].head.i == noun.i:
        i += 1
    if i + 1 >= noun.sent.end or doc[i].lower_ != "avec":
        return []
    span = actors.get(i + 1) or (actors.get(i + 2) if doc[i + 1].pos_ == "DET" else None)
    return [span._.actor_id] if span is not None and span._.actor_id else []


_ENTRY_WORDS = ("voyag", "entree", "territoire", "sejour", "visa")  # `interdiction de voyager`, `d'entrée`


def _entry_ban(head: Token) -> bool:
    """A ban told by a word of travel or entry right after the trigger (`interdiction de voyager`,
    `interdiction d'entrée`, `interdits de territoire`)."""
    return any(fold(t.lower_).startswith(_ENTRY_WORDS) for t in head.doc[head.i : min(head.i + 4, head.sent.end)])


def _named_as_place(head: Token, actor_id: str, actors: dict[int, Span]) -> bool:
    """The actor is named in `head`'s sentence after a preposition of place (`au Canada`, `dans l'UE`)."""
    starts = {span.start for t in head.sent if (span := actors.get(t.i)) is not None and span._.actor_id == actor_id}
    doc = head.doc
    for start in starts:
        before = [t for t in doc[max(head.sent.start, start - 2) : start] if t.pos_ != "DET"]
        if before and fold(before[-1].lower_) in {"au", "aux", "en", "dans"}:
            return True
    return False


def _lone_partner(noun: Token, slots: _Slots, actors: dict[int, Span]) -> bool:
    """A talk noun told as the subject of its clause, with no owner, whose only side is its `avec`
    partner (`Un entretien avec X est prévu jeudi`): the talk of the one the story is about."""
    if noun.dep_ not in SUBJECT | PASSIVE_SUBJECT or clauses.has_possessive_article(noun):
        return False
    sides = slots.participants(keep_located=False)
    partners = [a for c in noun.children if preposition(c) == "avec" for a in phrase_actors(c, actors).core]
    one_side = len({actor_country(noun.doc, a) or a for a in sides}) == 1  # `le Premier ministre qatari, X`
    return one_side and bool(partners) and set(partners) <= set(sides)


def _adjacent_visitor(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`a annulé la visite à Washington d'une délégation conduite par X`: the `de` phrase right after a
    journey noun and its place is the traveller, even when the parser hung it on the verb; a phrase the
    noun holds is read with the noun's own phrase."""
    if fold(noun.lemma_.lower()) not in markers()["visit_nouns"] or noun.dep_ not in OBJECT:
        return []
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < noun.sent.end else None
    if after is None or fold(after.lower_) not in OF_PREPS or after.head.head.i != noun.head.i:
        return []
    return phrase_actors(after.head, actors).core


def _visiting_bearer(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Volodymyr Zelensky, en visite à Varsovie, a signé ...`: an `en visite` phrase set beside a
    named actor (the parser hangs it on the name) tells that actor's visit."""
    if fold(preposition(noun)) != "en" or noun.dep_ not in {"nmod", "appos", "acl"} or noun.head.i == noun.i:
        return []
    span = actors.get(noun.head.i)
    return [span._.actor_id] if span is not None and span._.actor_id else []


_OCCASION_PREPOSITIONS = frozenset({"en", "lors", "pendant", "durant", "cours"})


def _occasion_sides(noun: Token, actors: dict[int, Span], stop: frozenset[int] = frozenset()) -> list[str]:
    """`En tête-à-tête mercredi, X et Y ont convenu de ...`, `Lors d'une rencontre, X a assuré Y de son
    soutien`: a talk noun with no article of its own or an indefinite one (a talk not told before),
    in a phrase of occasion (`en`, `lors de`, `pendant`, `au cours de`), is the talk the clause's
    subject held, with the person or state the verb addresses; what a verb of discussing takes is
    the topic. A definite noun (`lors de la rencontre`) is the talk told before: it keeps its own. An
    object that is another event (`stop`: `a adopté, lors d'une réunion, des sanctions contre X`) names
    that event's sides."""
    if any(c.dep_ == "det" and fold(c.lower_) not in {"un", "une"} for c in noun.children):
        return []
    verb, prep = noun.head, fold(preposition(noun))
    if fold(verb.lower_) in _OCCASION_PREPOSITIONS and prep in {"d'", "d’", "de"}:
        verb, prep = verb.head, fold(verb.lower_)  # `lors d'un entretien`: the parser heads it on `Lors`
    if prep not in _OCCASION_PREPOSITIONS or verb.pos_ not in {"VERB", "AUX"} or verb.i == noun.i:
        return []
    sides = clauses.subject_of(verb, actors)
    if sides and not clauses.is_discussing(verb):
        for c in verb.children:
            if c.dep_ in OBJECT and c.i > noun.i and c.i not in stop:
                sides += [a for a in phrase_actors(c, actors).core if a not in sides]
    return sides


def _fronted_subject(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Lors de son entretien avec X, le président turc a proposé ...`: an event noun in a phrase
    that opens the sentence belongs to the subject of the clause after the comma, when the parser
    lost the link (it often makes `Lors` the root). Only a phrase of prepositions and determiners
    before the noun, and the first subject after the phrase's comma."""
    sent = noun.sent
    if any(t.pos_ in {"VERB", "AUX", "PROPN", "NOUN"} for t in noun.doc[sent.start : noun.i]):
        return []
    comma = next((t.i for t in noun.doc[noun.i : sent.end] if t.text == ","), None)
    if comma is None:
        return []
    for i in range(comma + 1, sent.end):
        span = actors.get(i)
        if span is not None and span._.actor_id and i == span.start:
            if span.root.dep_ == "appos" and span.root.head.i < comma and noun.doc[span.end].text == ",":
                continue  # `Au téléphone avec le Premier ministre britannique, X, Y a ...`: the phrase's own name
            return [span._.actor_id] if span.root.dep_ in SUBJECT else []
        if noun.doc[i].pos_ in {"VERB", "AUX"}:
            return []
    return []


def is_anaphoric(noun: Token) -> bool:
    """`l'appel`, `cette réunion`, `les attentats`: a definite event noun refers back to an event
    the text has already told; its participants are that event's, not the sentence's neighbours."""
    return any(
        c.dep_ == "det" and ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", []))
        for c in noun.children
    )


def _detached_participle_subject(subject: Token, participle: Token) -> bool:
    """`Le roi de Jordanie, reçu mardi à la Maison Blanche, a redit ...`: a bare past participle (no
    auxiliary) set off by a comma after the noun the parser makes its subject is a passive of that
    noun: the noun underwent the act."""
    if participle.pos_ != "VERB" or not past_participle(participle) or has_auxiliary(participle):
        return False
    if participle.dep_ not in {"advcl", "acl", "parataxis"} or subject.i > participle.i:
        return False
    return any(t.lower_ == "," for t in participle.doc[subject.i : participle.i])


def _object_on_adverb(adverb: Token, actors: dict[int, Span]) -> bool:
    """`expulserait bientôt des diplomates britanniques`: the parser hangs the verb's object on the
    adverb before it, bare (`dep`, `obj`); `lors du G20` hangs its own phrase (`obl:arg`), no object."""
    return adverb.i not in actors and any(c.dep_ in {"dep", "obj"} and c.pos_ == "NOUN" for c in adverb.children)


def _name_after_verb(child: Token, verb: Token, actors: dict[int, Span]) -> bool:
    """`a rencontré samedi Lula`: a name the parser hung on the verb as an adverb, after it, is its
    object; a name of an actor is no manner or degree."""
    return child.pos_ == "PROPN" and child.i > verb.i and child.i in actors


def _holder_parsed_apart(child: Token, verb: Token, actors: dict[int, Span]) -> Token | None:
    """`Le président argentin Milei a rencontré X`: the parser made the title noun and the name right
    after it two subjects of the verb, or the name an adverb; the title is the name's, and its adjective
    names no side of its own. The name, when one follows."""
    if not names_a_holder(child) or child.right_edge.i + 1 >= len(child.doc):
        return None
    name = child.doc[child.right_edge.i + 1]
    span = actors.get(name.i)
    if span is None or span.start != name.i or not is_person(span) or name.head.i != verb.i:
        return None
    return name if name.dep_ in SUBJECT or (name.dep_ == "advmod" and name.i < verb.i) else None


def _first_talk_told(noun: Token, other_triggers: frozenset[int]) -> bool:
    """`Les délégations de X et de Y sont arrivées à Istanbul. Les pourparlers ont commencé lundi`: a
    definite (not demonstrative) talk noun with no event told before it in its sentence or the one
    before refers to the talks the journey was for, not to an event told earlier."""
    if any("Dem" in c.morph.get("PronType", []) for c in noun.children if c.dep_ == "det"):
        return False
    return not any(window_start(noun, 1) <= i < noun.i for i in other_triggers)


def _own_talk_owner(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Sa rencontre avec X a pris fin`, `son entretien avec Y`: a talk noun whose article is a singular
    possessive (`son`, `sa`, `ses`; `leur` names the pair told before) belongs to the subject told before
    (`possessor_antecedent`)."""
    if not any(c.dep_ == "det" and fold(c.lower_) in {"son", "sa", "ses"} for c in noun.children):
        return []
    return possessor_antecedent(noun, actors)


def _pair_possessive(noun: Token) -> bool:
    """`leur dernière rencontre`: a possessive of `pair_reference` (markers.csv) says the talk is the
    pair's told before, like a definite noun; who attended it is no party to it."""
    return any(c.dep_ == "det" and fold(c.lower_) in markers()["pair_reference"] for c in noun.children)


def governing_verb(head: Token) -> Token | None:
    """For an event noun, the verb it depends on (`lancé` in `a lancé une attaque`)."""
    t = head
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def between_pair(head: Token, actors: dict[int, Span], stop: frozenset[int] = frozenset()) -> list[str]:
    """`la rencontre entre Macron et Poutine`, read from the words when the parse is broken.

    The French model often mis-parses unknown surnames (`Poutine` as a pronoun), so `entre A et B`
    right after an event noun is also read on the surface: the actors up to the clause's end. A
    date or a place between the noun and `entre` does not separate them (`la rencontre de juillet
    entre X et Y`).
    """
    doc, i = head.doc, head.i + 1
    end = min(head.sent.end, head.i + ENTRE_WINDOW)
    while i < end and doc[i].lower_ != "entre":
        if (
            (doc[i].pos_ in {"VERB", "AUX"} and not (_participle_of(doc[i], head) or _told_of_the_noun(doc[i])))
            or doc[i].i in stop
            or (doc[i].is_punct and doc[i].text != ",")
        ):
            return []  # `la rencontre de Genève, les 10 et 11 mai, entre X et Y` goes on; a verb does not
        i += 1
    if i >= end:
        return []
    found: list[str] = []
    pronoun = False  # `entre lui et Poutine`: the pronoun is the clause's subject, found elsewhere
    group: Token | None = None  # `entre les deux chefs d'État`: the people named before
    for tok in doc[i + 1 : min(head.sent.end, i + ENTRE_PHRASE)]:
        pronoun = pronoun or tok.lower_ in {"lui", "elle", "eux", "elles"}
        verb = tok.pos_ in {"AUX", "VERB"} and tok.i not in actors  # `Narendra` tagged a verb is a name
        if tok.is_punct and tok.text not in {"-", "'", "’", ","} or verb or tok.i in stop:
            break  # appositions between commas stay in (`entre le ministre, X, et Y`)
        if tok.pos_ == "SCONJ" or tok.lower_ in RELATIVE_WORDS or tok.lower_ == "entre":
            break  # `des consultations entre diplomates pour que la rencontre entre X et Y ...`: another phrase
        if tok.lower_ in {"sur", "concernant"} or (
            tok.lower_ in {"au", "à"}
            and tok.i + 1 < head.sent.end
            and doc[tok.i + 1].lower_ in markers()["topic_nouns"]
        ):
            break  # `entre X et Y au sujet du pasteur Z`, `sur la crise`: what they talked about, no side
        group = group or (tok if tok.pos_ == "NOUN" and fold(tok.lower_) in group_nouns() else None)
        span = actors.get(tok.i)
        placed = span is not None and span.start > 0 and is_locative(doc[span.start - 1].lower_)
        if span is not None and span._.actor_id and not (placed and not span._.actor_id.startswith("person:")):
            found.append(span._.actor_id)  # `entre X et Y à Budapest`: the city is where, not who
        elif span is None and armed_group_noun(tok):
            found += armed_antecedent(tok, actors)  # `entre Kinshasa et les rebelles`: the group named before
    found = unique(found)
    if not found and group is not None:
        found = group_antecedents(group, actors)
    return found if len(found) >= 2 or (found and pronoun) else []


def _first_conjunct_of_subject(verb: Token) -> Token | None:
    """`Le président sud-africain et le président russe ont discuté`: the parser makes the first
    noun the root and the verb a relative clause on it, with the second noun as its subject. A
    relative clause with no relative word whose subject follows an `et` hung on that noun is a
    coordinated subject: the first noun is a subject too."""
    noun = verb.head
    if verb.dep_ != "acl:relcl" or noun.i == verb.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.lower_ in RELATIVE_WORDS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and noun.i < c.i < verb.i), None)
    if subject is None:
        return None
    joined = [c for t in (noun, subject) for c in t.children if c.dep_ == "cc" and c.lower_ == "et"]
    return noun if any(noun.i < c.i < subject.i for c in joined) else None


def _object_relative_antecedent(verb: Token) -> Token | None:
    """`le Premier ministre japonais X, que M. Poutine recevra samedi`: a relative clause opened by
    `que`, with its own subject and no object, has the phrase it hangs on for its object (the parser
    tags that `que` as a conjunction or as the object pronoun)."""
    if verb.dep_ == "xcomp" and verb.head.dep_ in {"acl:relcl", "ccomp"} and verb.head.head.i < verb.head.i:
        return _object_relative_of_modal(verb)
    if verb.dep_ not in {"acl:relcl", "ccomp"} or verb.head.i >= verb.i:
        return None
    kids = list(verb.children)
    que = next((c for c in kids if c.lower_ in QUE_WORDS and c.i < verb.i and c.dep_ in {"mark", "obj"}), None)
    own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in kids)
    own_object = any(c.dep_ == "obj" and c.lower_ not in QUE_WORDS for c in kids)
    if que is None or not own_subject or own_object:
        return None
    if verb.dep_ == "acl:relcl":
        return verb.head
    # `X a salué Y, qu'il a rencontré mardi`, the relative parsed as a complement clause of the verb before
    if "Rel" not in que.morph.get("PronType", []):
        return None
    before = [c for c in verb.head.children if c.dep_ == "obj" and c.i < que.i]
    return before[-1] if before else None


def _object_relative_of_modal(verb: Token) -> Token | None:
    """`Kaja Kallas a téléphoné à Wang Yi, qu'elle doit rencontrer la semaine prochaine`: an infinitive under
    a modal verb of a relative clause opened by `que`, with its own subject: the phrase the clause hangs
    on is whom the infinitive's act is with, unless the infinitive has an object of its own (a day read as
    its object is none)."""
    relative = verb.head
    que = next(
        (
            c
            for c in relative.children
            if c.lower_ in QUE_WORDS and c.i < relative.i and "Rel" in c.morph.get("PronType", [])
        ),
        None,
    )
    subjects = {"nsubj", "expl:subj"}
    own_subject = any(c.dep_ in subjects and c.lower_ not in RELATIVE_WORDS for c in relative.children)
    days = date_tokens(verb.doc)
    own_object = any(c.dep_ == "obj" and c.i not in days for c in verb.children)
    if que is None or not own_subject or own_object:
        return None
    if relative.dep_ == "acl:relcl":
        return relative.head
    # the relative parsed as a complement clause of the verb before: the phrase told right before its comma
    doc = verb.doc
    if que.i < 2 or doc[que.i - 1].text != ",":
        return None
    before = [c for c in relative.head.children if c.pos_ in {"NOUN", "PROPN"} and c.right_edge.i == que.i - 2]
    return before[-1] if before else None


def _object_as_second_subject(verb: Token) -> Token | None:
    """`Le président X, qui a reçu mercredi Y, a assisté au match`: the parser makes Y, the object of
    the relative verb, a second subject of the main verb. A noun subject of that verb standing between
    a `qui` relative clause with no object and the main verb whose subject the antecedent already is
    is the relative verb's object."""
    if verb.dep_ != "acl:relcl" or any(c.dep_ == "obj" and date_root_over(c) is None for c in verb.children):
        return None  # a day taken for the object (`qui a rencontré lundi la chancelière X`) is none
    if not any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children):
        return None
    subject = verb.head
    while subject.dep_ in {"appos", "flat:name"} and subject.head.i != subject.i:
        subject = subject.head
    main = subject.head
    if subject.dep_ != "nsubj" or main.i == subject.i or main.i < verb.i:
        return None
    second = [c for c in main.children if c.dep_ == "nsubj" and verb.i < c.i < main.i and c.pos_ in {"NOUN", "PROPN"}]
    return second[0] if len(second) == 1 else None


def _finite_as_modifier(verb: Token) -> bool:
    """A verb with its tense auxiliary (`a rencontré`) and no subject that the parser hung on a noun
    before it as a participle modifier (`acl`): a finite verb is no modifier, the noun's phrase is its
    long subject (`Une délégation conduite par X, conseiller de Y, a rencontré Z`)."""
    return (
        verb.dep_ == "acl"
        and verb.head.i < verb.i
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "aux:tense" for c in verb.children)
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "obl:agent" for c in verb.children)
    )


def _names_before_conjunct_verb(verb: Token) -> list[Token]:
    """`Joe Biden et Xi Jinping se sont rencontrés lundi`: the parser may make the first name the
    root of the sentence and the verb its conjunct, with `et` and the second name hung on the verb
    (as an adverb). A verb without a subject, conjunct of a root name before it with `et` between
    them, has that name for a subject, and every name between `et` and the verb."""
    root = verb.head
    if verb.dep_ != "conj" or root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i:
        return []
    if root.dep_ != "ROOT" and not (root.dep_.startswith("nsubj") and root.head.i > verb.i):
        return []  # `Kim Jong Un et Xi Jinping se sont entretenus ..., a rapporté X`: the name hung on the closing verb
    joined = next((c.i for c in verb.children if c.dep_ == "cc" and c.lower_ == "et" and root.i < c.i < verb.i), None)
    if joined is None:
        return []
    if any(c.dep_.startswith("nsubj") and not joined < c.i < verb.i for c in verb.children):
        return []  # the second name may be the verb's own subject, after `et`
    between = [c for c in verb.children if joined < c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}]
    return [root, *between]


_LIST_GLUE = frozenset({",", "et"})
_BEFORE_VERB = frozenset({"se", "s'", "s’", "ne", "n'", "n’"})


def listed_subjects(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Emmanuel Macron, Friedrich Merz et Keir Starmer ont rencontré samedi Volodymyr Zelensky`: the
    parser breaks a list of three names or more in many ways (the first name made the root, a verb, an
    apposition or a place). A list `A, B et C` of actors that opens the sentence (after a date set off
    by a comma, `Mardi, A, B et C ...`) and stands right before the verb, its auxiliaries and `se` between,
    is the verb's subject: every actor of it is."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and (doc[i].pos_ == "AUX" or doc[i].lower_ in _BEFORE_VERB):
        i -= 1
    found: list[str] = []
    glue: set[str] = set()
    while i >= start:
        span = actors.get(i)
        if span is not None and span._.actor_id:
            found.append(span._.actor_id)
            i = span.start - 1
        elif doc[i].lower_ in _LIST_GLUE:
            glue.add(doc[i].lower_)
            i -= 1
        elif doc[i].pos_ == "DET":
            i -= 1
        else:
            break
    if glue != _LIST_GLUE or len(found) < 3 or not _opens_sentence(doc, start, i):
        return []
    return unique(list(reversed(found)))


def _controlled_infinitive(verb: Token) -> bool:
    """`se sont rendus à Kiev pour y rencontrer X`, `ont décidé d'appeler X`: an infinitive with no subject of its
    own, whose doer is the subject of the verb it hangs on."""
    return (
        "Inf" in verb.morph.get("VerbForm", [])
        and verb.dep_ in {"advcl", "xcomp"}
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in SUBJECT for c in verb.children)
    )


def _surface_subject(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Deux semaines après le coup d'État qui a renversé le président X, l'organisation régionale avait
    imposé des sanctions à Niamey`: the parser may take a noun far before for the subject and hang the
    real one on it. An actor phrase set off by a comma (or opening the sentence) right before the verb and
    its auxiliaries is the subject; so is a noun standing for the organisation named last there."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and (doc[i].pos_ in {"AUX", "ADV"} or doc[i].lower_ in _BEFORE_VERB):
        i -= 1
    span = actors.get(i) if i >= start else None
    if span is not None and span._.actor_id:
        first = span.start
        found = [span._.actor_id]
    else:
        while i >= start and doc[i].pos_ == "ADJ":
            i -= 1
        if i < start or doc[i].pos_ != "NOUN":
            return []
        found = body_antecedent(doc[i], actors)
        first = min((c.i for c in doc[i].children if c.dep_ == "det"), default=i)
    if first > start and doc[first - 1].pos_ == "DET":
        first -= 1
    return found if first == start or doc[first - 1].text == "," else []


def _opens_sentence(doc: Doc, start: int, last: int) -> bool:
    """Nothing before the list, or only a date set off by a comma (`Mardi, ...`, `Le 3 mars, ...`)."""
    if last < start:
        return True
    if doc[last + 1].text != "," and doc[last].text != ",":
        return False
    dates = date_tokens(doc)
    lead = [t for t in doc[start : last + 1] if t.text != ","]
    return bool(lead) and all(t.i in dates or t.pos_ in {"DET", "ADP"} for t in lead)


def listed_object(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`A, B et C ont rencontré samedi D`: in such a broken parse the name right after the verb (a date
    or an adverb between) hangs on the first name; an actor there, with no preposition, is the object."""
    doc, i = verb.doc, verb.i + 1
    dates = date_tokens(doc)
    while i < verb.sent.end and (i in dates or doc[i].pos_ == "ADV"):
        i += 1
    span = actors.get(i) if i < verb.sent.end else None
    return [span._.actor_id] if span is not None and span.start == i and span._.actor_id else []


def hyphen_pair(head: Token, actors: dict[int, Span]) -> list[str]:
    """`le sommet Chine-Inde`, `la rencontre Trump-Poutine`, `le dialogue États-Unis-Chine`: the
    press names the parties of a talk by joining them with a hyphen right after its noun. Only
    names of actors touching the hyphen count (`la visite du ministre - attendue - a eu lieu` is
    punctuation)."""
    doc, i, found = head.doc, head.i + 1, []
    while i < head.sent.end:
        span = actors.get(i)
        if span is None or not span._.actor_id:
            break
        found.append(span._.actor_id)
        dash = span.end
        if not (dash + 1 < head.sent.end and doc[dash].text == "-" and not doc[dash - 1].whitespace_):
            break
        if doc[dash].whitespace_:
            break
        i = dash + 1
    found = unique(found)
    return found if len(found) >= 2 else []


def _participle_of(verb: Token, noun: Token) -> bool:
    """`la rencontre prévue le mois prochain entre X et Y`: a participle describing the event noun
    does not end the noun's phrase."""
    return verb.dep_ == "acl" and verb.head.i == noun.i and "Part" in verb.morph.get("VerbForm", [])


def _body_named_after(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`L'Afrique du Sud accueillera le sommet du G20`: an organisation named right after a meeting
    noun (its adjectives aside) by `de` holds the meeting, though the parser hung it on the verb."""
    doc, i = noun.doc, noun.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ":
        i += 1  # `le sommet extraordinaire de la CEDEAO`
    if i >= len(doc) or doc[i].lower_ not in POSSESSIVE:
        return []
    i += 1 + (i + 1 < len(doc) and doc[i + 1].pos_ == "DET")
    span = actors.get(i)
    if span is None or not (span._.actor_id or "").startswith("org:") or noun in doc[i].ancestors:
        return []
    return [span._.actor_id]


def _subjects_in_fronted_phrase(phrase: Token, verb: Token, *, root: bool = False) -> list[Token]:
    """`Sous la médiation du Qatar, Israël et le Hamas ont repris les discussions`: the parser hangs
    the names after the comma of a phrase that opens the clause on that phrase, as conjuncts; when the
    verb has no other subject and only those names stand between the comma and the verb, they are its subject."""
    if not (phrase.dep_.startswith("obl") or root) or phrase.i > verb.i or verb.pos_ not in {"VERB", "AUX"}:
        return []
    if root and not any(c.dep_ == "case" for c in phrase.children):
        return []  # a phrase, not a noun subject the parser left as root
    doc = verb.doc
    comma = next((t.i for t in doc[phrase.i : verb.i] if t.text == ","), None)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    if comma is None or any(c.i < comma for c in subjects):
        return []
    # read between the comma and the verb only: a phrase left as the root spans the whole sentence
    names = [t for t in doc[comma + 1 : verb.i] if t.dep_ == "conj" and t.pos_ == "PROPN" and phrase.is_ancestor(t)]
    # `À Doha, Israël et le Hamas ont repris ...`: the last name may be the verb's subject, the first hung on the phrase
    covered = {x.i for n in names + subjects for x in n.subtree if x.i < verb.i}
    gap = [t for t in doc[comma + 1 : verb.i] if t.i not in covered and t.head.i != verb.i]
    return names if names and not gap else []


def _name_as_loose_subject(child: Token, verb: Token) -> bool:
    """`Washington et Pékin ont entamé lundi un nouveau cycle de négociations`: the parser leaves a name
    before a verb that has no subject as a loose dependent (`dep`); it is the verb's subject."""
    return (
        child.pos_ == "PROPN"
        and child.i < verb.i
        and verb.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in SUBJECT for c in verb.children)
    )


def _second_goods(child: Token, slots: _Slots) -> bool:
    """A common noun with its article coordinated to a measure noun after its `sur` phrase: the parser's
    reading of a second goods of that phrase, not a second measure (a trigger of its own is one)."""
    return (
        child.dep_ == "conj"
        and child.pos_ == "NOUN"
        and child.i not in slots.stop
        and any(c.dep_ == "cc" for c in child.children)
        and any(c.dep_ == "det" for c in child.children)
    )


def _second_clause_subject(subject: Token, verb: Token) -> Token | None:
    """`Washington avait doublé la prime offerte pour la capture de X, et le Trésor américain a sanctionné
    Y`: the parser may make the first clause's object the verb's subject and the second clause's subject
    its conjunct. A conjunct set off by `, et` right before the verb (its auxiliaries and adverbs
    between), after another verb of the sentence, is the verb's only subject."""
    doc = verb.doc
    conjuncts = [c for c in subject.children if c.dep_ == "conj" and c.i < verb.i]
    if not conjuncts or subject.i > verb.i:
        return None
    last = conjuncts[-1]
    first = last.left_edge.i
    if doc[first].lower_ != "et" or first < 1 or doc[first - 1].text != ",":
        return None
    if any(not (t.pos_ in {"AUX", "ADV"} or t.lower_ in {"se", "s'"}) for t in doc[last.right_edge.i + 1 : verb.i]):
        return None
    return last if any(t.pos_ == "VERB" for t in doc[verb.sent.start : subject.left_edge.i]) else None


def _place_taken_for_conjunct(child: Token) -> bool:
    """`lors de frappes aériennes près de Tombouctou`: the parser may make a place phrase a conjunct of the
    event before it; with a locative preposition of its own and no `et`, `ou` or comma joining it, it is
    no second event but where the first happened."""
    return (
        child.dep_ == "conj"
        and is_locative(preposition(child))
        and not any(c.dep_ == "cc" or (c.is_punct and c.i < child.i) for c in child.children)
    )


def _name_before_incise(child: Token, verb: Token) -> bool:
    """`Pékin, visé par une surtaxe de 34 %, a soumis à licence ses exportations`: a name with no
    preposition opening the clause, set off by the comma of an incise before a verb with no subject,
    is that verb's subject though the parser made it a modifier."""
    after = child.right_edge.i + 1
    return (
        _name_as_loose_subject(child, verb)
        and after < verb.i
        and child.doc[after].text == ","
        and child.left_edge.i == verb.sent.start
    )


def _read_slots(
    head: Token,
    slots: _Slots,
    actors: dict[int, Span],
    places: dict[int, Span],
    event_type: str,
    *,
    noun: bool,
    skip: Token | None = None,
    skip_objects: bool = False,
    skip_attendance: bool = False,
) -> None:
    against: str | None = None  # the preposition of the last `contre X` phrase read
    goods: str | None = None  # the same on a measure verb (`a imposé des droits sur X`), or on its noun
    if skip is not None and not noun and event_type in RECIPIENT_TYPES:
        goods = next((p for c in skip.children if (p := preposition(c)) in AGAINST), None)
    placed = noun and event_type in RECIPIENT_TYPES and _placed_under(head)
    stolen = (
        None
        if noun or skip_objects
        else (_object_taken_by_report(head) or _partitive_object(head) or _object_taken_by_main_verb(head))
    )
    children = list(children_through_dates(head))
    if not noun and head.dep_ == "conj" and head.head.dep_ == "ROOT" and head.head.pos_ == "NOUN":
        # `Sous l'égide de la Turquie, la Russie et l'Ukraine ont repris ...`: the phrase made the root
        for name in _subjects_in_fronted_phrase(head.head, head, root=True):
            _assign(slots, phrase_actors(name, actors, slots.stop).core, "nsubj", "", event_type, noun)
    # `a attaqué un cargo, peu après des raids américains sur Sanaa`: another trigger's own aim, whatever the parse
    aims = frozenset(a.i for t in slots.stop if (a := _aim_after_noun(head.doc[t])) is not None) if not noun else None
    # `a rencontré le bras droit de X, Y`: a noun for a person whose name the parser hung apart; the name is
    # the side, and the noun's own `de` phrase only says whose right hand Y is
    doc = head.doc
    apposed_titles = {
        t.i
        for c in children
        if (t := _name_after_title(c, head, actors)) is not None and doc[t.right_edge.i + 1].text == ","
    }
    for child in [*children, *([stolen] if stolen is not None and stolen not in children else [])]:
        if child.i in apposed_titles:
            continue
        # `Washington sanctionne Rosneft et Lukoil`, the verb tagged a noun: the second name hangs on the verb
        hit_conjunct = against is not None or placed or (not noun and head.pos_ == "NOUN" and child.i > head.i)
        if hit_conjunct and _stray_conjunct(child, actors, slots.stop) and event_type in RECIPIENT_TYPES:
            # `sanctions contre l'Iran et la Corée du Nord`, `sous sanctions X et Y`: the second name hung on the noun
            _assign(slots, phrase_actors(child, actors, slots.stop).core, "nmod", against or "contre", event_type, noun)
            continue
        if goods is not None and child.dep_ == "conj" and child.pos_ == "NOUN" and child.i not in slots.stop:
            # `a imposé des droits sur le charbon et le gaz américains`: the second goods hung on the verb
            _assign(slots, phrase_actors(child, actors, slots.stop).core, "obl", goods, event_type, noun)
            continue
        fronted = _subjects_in_fronted_phrase(child, head) if not noun else []
        if fronted and any(c.dep_ in SUBJECT for c in head.children):
            # `À Doha, Israël et le Hamas ont repris ...`: the verb's subject stays first, the name before joins it
            slots.others += [
                a for n in fronted for a in phrase_actors(n, actors, slots.stop).core if a not in slots.others
            ]
        elif fronted:  # `Sous la médiation du Qatar, Israël et le Hamas ont repris les discussions`
            for name in fronted:
                _assign(slots, phrase_actors(name, actors, slots.stop).core, "nsubj", "", event_type, noun)
            continue  # the phrase's own names mediate, report or place the act
        if noun and event_type in TALK_EVENTS and _listed_after_bare_name(child, head, slots.stop):
            # `Ont pris part à la rencontre le président kényan, son homologue tanzanien et le chef de l'État
            # ougandais`: the inverted subjects, the first hung on the noun with no preposition, the rest
            # coordinated to the noun itself
            slots.others += [a for a in phrase_actors(child, actors, slots.stop).core if a not in slots.others]
            continue
        if not noun and _continues_object_list(child, head):
            # `réunit les présidents du Mali, du Burkina Faso et du Niger`: the parser hung the second `du`
            # phrase of the object's list on the verb
            _assign(slots, phrase_actors(child, actors, slots.stop).core, "obj", "", event_type, noun)
            continue
        titled = _name_after_title(child, head, actors)
        misjoined = _place_taken_for_conjunct(child)  # `lors de frappes près de X`: where, not another event
        # `des droits sur l'acier et l'aluminium en provenance de X`: the second goods hung on the measure noun
        goods_conjunct = noun and against is not None and event_type in RECIPIENT_TYPES and _second_goods(child, slots)
        second_rate = not noun and event_type in RECIPIENT_TYPES and child.dep_ == "conj" and is_rate(child)
        # `s'est entretenu mercredi avec X, puis avec Y`: a phrase the parser made a conjunct of the date
        on_date = child.dep_ == "conj" and child.head.i != head.i and date_root_over(child.head) is not None
        # `impose des droits de 25 % sur l'acier et de 10 % sur l'aluminium importés de X`: a second
        # rate hung on the verb is the same measure's, and so are the goods it names
        if (
            (
                child.dep_ in {"conj", "cc", "punct"}
                and not second_rate
                and not on_date
                and titled is None
                and not misjoined
                and not goods_conjunct
            )
            or child.i in slots.stop
            or (skip is not None and child.i == skip.i)
            or _own_item(child)
            or echo_item(child)
        ):
            continue  # a coordinated trigger is another event
        if noun and event_type == "strike" and _laid_on(child):
            continue  # `une frappe attribuée à Israël`: read with the participles (who struck), no place
        if noun and event_type == "strike" and _attributed_on_noun(head, child):
            continue  # `qui impute ces attaques à l'Ukraine`, `à X` hung on the noun: who struck, read with the frame
        if event_type == "strike" and weapons_used(child):
            continue  # `a frappé Kharkiv avec des drones iraniens`: who made the weapons took no part
        if event_type in {"call", "meeting"} and fold(child.lemma_.lower()) in markers()["absence"]:
            continue  # `se sont réunis lundi, en l'absence remarquée du président X`: X stayed away
        if anchor_happening(child, preposition(child)):
            continue  # `a reçu X pour sa première visite depuis la chute de Y`: Y's fall dates it, Y takes no part
        if event_type in TALK_EVENTS and is_mediator(child):
            continue  # `doivent reprendre, avec la Norvège comme pays garant`: who stands by, no side
        if fold(child.lemma_.lower()) in markers()["instigation"]:
            continue  # `a restreint ses ventes à la Chine sous la pression de Washington`: who urged it, no side
        if event_type in STATE_ACTS and fold(child.lemma_.lower()) in markers()["order"]:
            # `une frappe de drone américaine, sur ordre de Donald Trump`: who ordered it acted, no target
            ordered = phrase_actors(child, actors, slots.stop).core
            slots.sources += [a for a in ordered if a not in slots.sources]
            continue
        if event_type not in TOPIC_TYPES and fold(child.lemma_.lower()) in markers()["request"]:
            continue  # `les sanctions ont été rétablies à l'initiative de X`: who asked for them, no side
        if skip_attendance and fold(child.lemma_.lower()) in markers()["attendance"]:
            continue  # `cette entrevue s'est déroulée en présence de X`: X attended the talks told before
        if skip_objects and child.dep_ in OBJECT and not is_rate(child):
            continue  # `la mesure portera à 50 % les droits ..., l'un des niveaux les plus élevés`
        dep, prep = (child.dep_, preposition(child)) if titled is None else (titled.dep_, preposition(titled))
        dep = "nmod" if misjoined else dep
        if goods_conjunct:
            dep, prep = "nmod", against or prep
        if not prep and _apposed_phrase_on_date(child) and date_root_over(child.head) is not None:
            prep = fold(child.left_edge.lower_)  # `jeudi avec le chancelier X`: the preposition on the title
        if aims and child.i in aims:
            continue  # `a visé un navire, après des frappes américaines sur Sanaa`: Sanaa is the frappes'
        if not noun and prep in COMITATIVE and _partner_of_other_talk(child, slots.stop):
            continue  # `a reçu X, trois jours après son sommet avec Y`: Y is the summit's, hung on the verb
        if stolen is not None and child.i == stolen.i:
            dep, prep = "obj", ""  # `a bombardé des sites, a annoncé X`: the object taken for the reporter's subject
        if is_reporter(child, prep):
            continue  # `un tête-à-tête ..., selon la Maison Blanche`: who tells it, hung on the event, took no part
        if not noun and anchor_day(child, prep):
            continue  # `Dans la foulée de son entretien avec X, Y a appelé Z`: the phrase names the earlier talk's
        if not noun and event_type in TALK_EVENTS and relative_aside(child, head) is not None:
            continue  # `avec son homologue omanais, dont le pays sert d'intermédiaire avec l'Iran`: an aside
        if noun and event_type == "sanction" and prep == "pour" and _counted_people(child):
            prep = "contre"  # `une interdiction de visa pour huit juges iraniens`: those it is for are hit
        if dep == "obl:agent" and (prep in AGAINST or fold(prep) == "avec"):
            # `les sanctions adoptées contre l'Iran`, `puis s'est entretenu avec X à Y`: an agent is told by
            # `par`, never by `contre` or `avec`
            dep = "obl:arg"
        if noun and event_type in RECIPIENT_TYPES and dep == "amod" and _adjective_of_goods(child, head):
            dep, prep = "nmod", "sur"  # `des surtaxes sur les véhicules électriques chinois`: the goods' origin
        if noun and dep == "dep" and child.pos_ == "ADJ":
            dep = "amod"  # `Nouvelles frappes israéliennes sur X`: a headline's noun tagged X leaves its adjective bare
        second = _second_clause_subject(child, head) if not noun and dep in SUBJECT else None
        if second is not None:  # `X avait doublé la prime ..., et le Trésor a sanctionné Y`: the Treasury
            _assign(slots, phrase_actors(second, actors, slots.stop).core, dep, prep, event_type, noun)
            continue
        if dep == "nsubj:pass" and not noun and _active_misread(head):
            dep = "nsubj"  # `l'aviation a ensuite frappé Rafah`: `a` is no passive auxiliary
        if dep == "nsubj" and event_type in RECIPIENT_TYPES and _measure_undergone(head):
            # `les produits brésiliens seront taxés à 50 %`, `l'acier canadien sera surtaxé`: the parser left
            # the subject of a passive measure active; the goods, or the state they come from, are hit
            dep = "nsubj:pass"
        if not noun and dep == "dep" and not prep and _name_as_loose_subject(child, head):
            dep = "nsubj"  # `Washington et Pékin ont entamé lundi un cycle de négociations`: the subject left loose
        if not noun and dep == "obl:mod" and not prep and _name_before_incise(child, head):
            dep = "nsubj"  # `Pékin, visé par une surtaxe, a soumis à licence ...`: the subject taken for a modifier
        if not noun and dep != "obj" and aimed_at(child) and _reaches(head, event_type):
            dep, prep = "obj", ""  # `les sanctions visant des banques russes`: the article taken for a preposition
        if not noun and dep == "advmod" and _approximate_count(child):
            dep, prep = "obj", ""  # `a sanctionné près de 200 entités`: the parser made `près` the object's head
        if not noun and dep == "advmod" and _name_after_verb(child, head, actors):
            dep = "obj"  # `a rencontré samedi Lula`: the name after the verb taken for an adverb
        titled = _holder_parsed_apart(child, head, actors) if not noun and dep in SUBJECT else None
        if titled is not None:  # `Le président argentin Milei a ...`: the title of the name parsed apart
            if titled.dep_ not in SUBJECT:
                _assign(slots, phrase_actors(titled, actors, slots.stop).core, dep, prep, event_type, noun)
            continue
        if not noun and head.pos_ == "NOUN" and dep in {"obl:mod", "nmod", "dep"} and not prep and child.i > head.i:
            if child.pos_ == "PROPN" and not any(c.dep_ in OBJECT for c in head.children):
                dep = "obj"  # `Le Royaume-Uni sanctionne Gazprom Neft`, the verb tagged a noun: the bare name after it
        if not noun and dep in {"dep", "obl:mod", "xcomp"} and not prep and _apposed_to_object(child, head, actors):
            dep = "obj"  # `a sanctionné les groupes d'armement X et Y`: the names apposed to the object
        if not noun and event_type in TOPIC_TYPES and _stray_object(child, prep):
            dep = "obj"  # `a reçu, lundi à Alger, le président X`: the object set off by a comma
        if not noun and event_type in TOPIC_TYPES and _noun_taken_for_complement(child, prep):
            dep = "obj"  # `recevra vendredi au Kremlin l'envoyé américain X`: the object parsed as a predicate
        if not noun and event_type in DATED_OBJECT_TYPES and _bare_object_on_date(child, head):
            dep = "obj"  # `Keir Starmer accueille ce lundi Volodymyr Zelensky`: the name apposed to the day
        if not noun and event_type in DATED_OBJECT_TYPES and _object_after_date(child, prep):
            # `des drones ont frappé samedi deux sites de X`, `avait appelé mercredi le président Y`: the
            # date made the object a modifier
            dep = "obj"
        against = prep if prep in AGAINST and noun else None
        if prep in AGAINST and not noun and event_type in RECIPIENT_TYPES:
            goods = prep
        if noun and (is_judgement(child) or judges(child, head)):
            continue  # `une rencontre jugée « productive » par X`: X judges it
        if dep == "expl:subj" and child.lower_ in SUBJECT_PRONOUNS and not noun and not clauses.impersonal(head):
            # `qu'il s'entretiendrait avec X`: a reflexive verb's subject taken for an expletive (not `il
            # s'agit de leur entretien`: the `il` of an impersonal verb stands for no one)
            dep = "nsubj"
        if is_venue(child):
            if event_type not in PLACELESS_TYPES:
                slots.places += phrase_places(child, places, locative=True)
            if not noun and event_type in TOPIC_TYPES:
                for obj in _objects_in_venue(head, child):  # `a rencontré en marge du sommet son homologue`
                    _assign(slots, phrase_actors(obj, actors, slots.stop).core, "obj", "", event_type, noun)
            continue  # `en marge du sommet de l'OCS`: where, not who
        if not noun and event_type in RECIPIENT_TYPES and _told_at(head, child, prep):
            slots.places += phrase_places(child, places, locative=True)
            continue  # `a annoncé à Riyad la levée des sanctions`: where it was told, not whom it hits
        if is_offshore(child, prep):
            if event_type not in PLACELESS_TYPES:
                slots.places += phrase_places(child, places, locative=True)
            continue  # `a attaqué un pétrolier au large du Yémen`: off that coast, not that state
        if is_distance(child, prep):
            continue  # `a touché un immeuble, à deux kilomètres de l'ambassade de France`: a landmark
        if event_type == "strike" and prep in LAUNCH_PREPS:
            for aim in _aims_beyond_launch(child):  # `tirées depuis l'enclave vers le sud d'Israël`
                slots.targets += [a for a in phrase_actors(aim, actors, slots.stop).core if a not in slots.targets]
            continue  # `des roquettes tirées depuis le Liban`: where it came from, not what it hit
        if event_type == "strike" and _helps(child):
            continue  # `des frappes aériennes pour appuyer les troupes afghanes`: the side helped, not struck
        if noun and event_type in TOPIC_TYPES and _city_of(head, child, actors):
            slots.places.append(actors[child.i])  # `le sommet de Madrid`: where, not who
            continue
        stop = slots.stop | aims if aims else slots.stop
        if not noun and event_type in TOPIC_TYPES and is_locative(prep):
            hidden = _objects_after_place(head, child)
            for obj in hidden:  # `a rencontré lundi au Caire les médiateurs égyptiens`
                _assign(slots, phrase_actors(obj, actors, slots.stop).core, "obj", "", event_type, noun)
            stop = stop | {o.i for o in hidden}
        if noun and dep == "amod" and child.pos_ == "VERB" and _participle(child):
            continue  # `des sanctions ciblées contre X`: the participle's phrases are read with the participles
        found = phrase_actors(
            child, actors, stop, topics=event_type not in TOPIC_TYPES, members=event_type not in TOPIC_TYPES
        )
        if event_type == "strike":
            _drop_launch_sites(found, child, actors)
        if noun and dep == "amod" and event_type in TOPIC_TYPES:
            states = compound_at(child)  # `le sommet franco-britannique`
            if states:
                slots.others += list(states)
                continue
        if event_type in {"strike", "sanction"} and (dep == "amod" if noun else dep in SUBJECT):
            # `les frappes américano-britanniques sur Sanaa`, `des raids israélo-américains ont visé X`:
            # the states of a compound demonym on the act, or on the noun of the act that is the subject, acted
            words = [child] if noun else [c for c in child.children if c.dep_ == "amod"]
            acting = [s for w in words for s in compound_at(w) if s not in slots.sources]
            slots.sources += acting
            if noun and acting:
                continue
        origin = event_type in RECIPIENT_TYPES and fold(child.lemma_) in markers()["goods_origin"]
        if child.lemma_.lower() in TRADE_ROUTE or origin:
            # `interdit les importations ... en provenance de X`, `... sur l'acier importé du Brésil`
            found.origin, found.core = found.origin + found.core, []
        # `se sont entretenus pour parvenir à un accord en Ukraine`: what a talk aims at, not where it was held
        topic = event_type in TOPIC_TYPES and (
            prep in TOPIC_PREPS or clauses.is_purpose_clause(child) or _topic_of_de_verb(head, child, prep, noun)
        )
        targeted = event_type == "strike" and (dep in OBJECT | PASSIVE_SUBJECT or prep in AGAINST)
        if not topic and event_type not in PLACELESS_TYPES and not is_time_anchor(child, prep):
            locative = targeted or is_locative(prep) or dep == "obl:mod"
            slots.places += phrase_places(child, places, locative=locative, against=event_type == "strike")
            if event_type == "strike" and noun and not locative and dep == "nmod" and prep in OF_PREPS:
                # `le bombardement de la gare de Kramatorsk`: what a strike noun is `of` is what it hit;
                # a place that is also an actor (`la frappe de Moscou`) is the attacker's seat
                slots.places += [p for p in phrase_places(child, places, locative=True) if p.start not in actors]
            if targeted and child.lower_ in RELATIVE_PRONOUNS and head.dep_ == "acl:relcl":
                # `c'est la raffinerie de Touapsé qui a été visée`: the antecedent was struck
                slots.places += phrase_places(head.head, places, locative=True, against=True)
        if event_type in TOPIC_TYPES and _time_phrase(child):
            # `Plus tôt dans la journée, X s'est entretenu avec Y`: X, hung on the time phrase, is no place
            slots.others += [a for a in found.located if a.startswith("person:") and a not in slots.others]
            found.located = [a for a in found.located if not a.startswith("person:")]
        if event_type == "sanction" and (dep in OBJECT or dep in PASSIVE_SUBJECT) and found.located:
            # `les visas délivrés aux ressortissants pakistanais sont annulés`: whom they were issued to is hit
            held = _issued_to(child, actors)
            found.core += [a for a in found.located if a in held and a not in found.core]
            found.located = [a for a in found.located if a not in held]
        if event_type == "strike" and (found.located or found.core):
            # `a attaqué un poste près de la frontière malienne`: the state beyond a border is where, no side
            beyond = _border_states(child, actors)
            found.located = [a for a in found.located if a not in beyond]
            found.core = [a for a in found.core if a not in beyond]
        slots.located += found.located + (found.origin if event_type not in RECIPIENT_TYPES else [])
        slots.targets += found.origin if event_type in RECIPIENT_TYPES else []
        slots.others += found.comitative
        slots.bodies += found.bodies
        core = found.core
        if targeted and not core and not found.against:
            core = _owner_of(child, actors, slots.stop)  # `sur un pétrolier battant pavillon grec`
        if noun and not core and event_type in {"strike", "sanction"} and prep in AGAINST and clauses.possessed(child):
            core = _possessor_speaking(head, actors, slots)  # `X a condamné les frappes contre ses sites`
        if event_type == "strike" and found.against:
            # `des frappes de drones ukrainiens contre des raffineries russes`: the nested `contre` names the target
            slots.targets += found.against
            core = [a for a in core if a not in found.against]
        # (`a sanctionné jeudi six sociétés liées à X`: the object hung bare on the day is the object)
        under_date = dep == "nmod" and not prep and date_root_over(child.head) is not None
        if event_type in RECIPIENT_TYPES and not core and (dep in OBJECT or prep in AGAINST or under_date):
            core = _linked_owner(child, actors, slots.stop)  # `a sanctionné six entités liées aux Gardiens`
        if event_type in RECIPIENT_TYPES and not core and _aimed_phrase(dep, prep, noun, head):
            core = _counted_nationals(child)  # `a sanctionné trois Russes`: nationals counted, hit as their state's
        if event_type in RECIPIENT_TYPES and not core and (_aimed_phrase(dep, prep, noun, head) or under_date):
            # `des sanctions aux chefs de gangs en Haïti`: people aimed at, named by where they are
            core = _states_located_in(child, actors, found.located)
            slots.located = [a for a in slots.located if a not in core]
        if event_type in RECIPIENT_TYPES and noun and _after_aimed_phrase(child, prep, actors):
            # `des sanctions contre 500 cibles en Russie`: the parser hung the place of those aimed on the measure
            slots.targets += [a for a in core if a.startswith("state:")]
            core = [a for a in core if not a.startswith("state:")]
        if event_type in RECIPIENT_TYPES and not core and dep in PASSIVE_SUBJECT and not noun:
            # `trois sociétés basées aux Émirats ont été sanctionnées`: firms hit, told by where they sit
            # (not `leurs avoirs aux États-Unis sont gelés`: where assets lie is no side)
            core = _states_located_in(child, actors, found.located, resident=True)
            slots.located = [a for a in slots.located if a not in core]
        if event_type in RECIPIENT_TYPES and prep in POSSESSIVE:
            hit = _nested_against(child, actors, slots.stop)  # `une surtaxe de 25 % sur l'acier chinois`
            slots.targets += hit
            core = [a for a in core if a not in hit]
        if not noun and event_type in TALK_EVENTS and stressed_conjunct(child):
            dep = "nsubj"  # `Justin Trudeau et lui se sont vus`: the pronoun joined to the subject, hung anywhere
        if dep in SUBJECT | PASSIVE_SUBJECT and (child.pos_ == "PRON" or is_demonstrative(child)):
            # `Kim Jong Un`: the name's last word tagged a pronoun is no pronoun
            core = clauses.name_end_as_subject(child, actors) or pronoun_antecedent(child, actors)
            if not core and event_type == "strike" and dep in SUBJECT:
                core = _sender(head, actors, slots.stop)
            if not core and event_type in RECIPIENT_TYPES and dep in SUBJECT:
                core = _measure_relative_imposer(child, head, actors)
        elif dep in SUBJECT and not core and event_type == "strike" and armed_group_noun(child):
            core = armed_antecedent(child, actors)  # `les rebelles avaient tiré un missile`: the group named before
        elif not core and event_type in TALK_EVENTS and (fighters := _armed_in_phrase(child)) is not None:
            # `Une délégation du mouvement rebelle a rencontré X`, `a reçu les rebelles`: the group named before
            core = armed_antecedent(fighters, actors)
        elif not core and event_type == "strike" and (dep in SUBJECT or (noun and prep == "de")):
            core = _coalition_leader(child, actors)  # `la coalition a mené une frappe`: led by the one named before
        elif dep in OBJECT and _object_clitic(child, head) and not noun and event_type in {"call", "meeting"}:
            core = clitic_antecedent(child, actors, set(slots.all_ids()))  # `Ce dernier l'a reçu samedi`
        elif dep in OBJECT and child.pos_ == "PRON" and not noun and event_type == "sanction" and _sent_away(head):
            # `L'ambassadeur de France, X, ... la junte lui avait ordonné de quitter le territoire`: the envoy
            core = clitic_antecedent(child, actors, set(slots.all_ids()))
        elif dep in SUBJECT | PASSIVE_SUBJECT and not core and event_type in TOPIC_TYPES:
            core = role_antecedent(child, actors)  # `Le ministre a aussi rencontré X`: the one named before
        elif not core and event_type in TALK_EVENTS and is_bare_title(child):
            # `s'est entretenu avec le prince héritier`, `a reçu le ministre`: a bare title met or called
            # is the person last named with that title, told a few sentences before
            core = title_holder(child, actors, TITLE_LOOK_BACK)
        if dep in SUBJECT and not core and clauses.possessed(child):
            # `un de ses drones a frappé`: the owner acted; `X a testé la patience de Y. Ses soldats ont
            # ouvert le feu`: the owner is the subject told before
            core = clauses.clause_subject(head, actors) or possessor_antecedent(child, actors)
        if dep in SUBJECT and event_type in RECIPIENT_TYPES:
            core = [a for a in core if a not in _backed_states(child, actors, slots.stop)]
        if not core or topic:
            continue
        if event_type in TOPIC_TYPES and is_locative(prep) and person_noun(child):
            slots.others += core  # `a téléphoné à son homologue saoudien`: a person, even one named by its state
            continue
        if event_type in TALK_EVENTS and is_locative(prep) and fold(child.lemma_.lower()) in markers()["attendance"]:
            # `des négociations se tiendront au Caire en présence de délégués israéliens`: who attends takes
            # part, a state named by its delegates' adjective too (`en` is no place here)
            slots.others += [a for a in core if a not in slots.others]
            continue
        if placed and prep == "" and dep == "nmod":
            dep = "obj"  # `a placé sous sanctions Gazprom Neft`: the verb's object hung on the noun
        if not noun and dep in SUBJECT and _detached_participle_subject(child, head):
            dep = "nsubj:pass"  # `Le roi de Jordanie, reçu mardi par X, a ...`: the one received, not the host
        if not noun and dep == "advmod" and child.pos_ == "ADV" and _object_on_adverb(child, actors):
            dep = "obj"  # `expulserait bientôt des diplomates britanniques`: the object hung on the adverb
        if event_type in TALK_EVENTS and prep == "par" and fold(child.lemma_.lower()) in markers()["phone_phrase"]:
            # `s'est entretenu par téléphone, ..., avec X`: the medium is no agent; a name the parser hung on it
            slots.others += [a for a in core if a not in slots.others]
            continue
        if noun and event_type in DIRECTED and dep == "nmod" and prep in POSSESSIVE:
            # a `par` phrase the parser hung inside the noun's `de` phrase names who acted (`l'expulsion de
            # douze diplomates algériens par la France`, `l'attaque d'un navire grec par les Houthis`)
            agents = _agents_inside(child, actors, slots.stop)
            slots.sources += [a for a in agents if a not in slots.sources]
            core = [a for a in core if a not in agents]
            if event_type == "strike" and _struck_site(child):
                slots.targets += core  # `l'attaque d'une base militaire somalienne`: the base's side was struck
                continue
            if event_type == "sanction" and _entry_ban(head) and person_noun(child):
                # `l'interdiction d'entrée de deux ministres israéliens`: those kept out are hit
                slots.targets += [a for a in core if a not in slots.targets]
                continue
        if (
            noun
            and dep == "amod"
            and child.pos_ == "NOUN"
            and event_type in RECIPIENT_TYPES
            and _reached_by_a(head, child)
        ):
            # `des sanctions à dix-sept hauts responsables iraniens`, the noun of people read as the measure's
            # adjective: a noun qualifies nothing; those it names are whom the measure reaches
            slots.targets += [a for a in core if a not in slots.targets]
            continue
        _assign(slots, core, dep, prep, event_type, noun)
        if found.bodies and set(core) & set(slots.all_ids()):
            slots.held_bodies += found.bodies


def _topic_of_de_verb(head: Token, child: Token, prep: str, noun: bool) -> bool:
    """`a parlé des otages avec le président égyptien`, `s'est entretenu avec X de la menace nord-coréenne`:
    the `de` phrase of a verb of talking whose topic opens on `de` (models/nlp/de_verbs.txt) is what the talk
    was about; the state of its adjective takes no part. The phrase may hang on the verb or on the day told
    after it."""
    hung = child.dep_.startswith("obl") or child.dep_ == "nmod"  # `a parlé jeudi des otages`: hung on the day
    return not noun and hung and prep in OF_PREPS and fold(head.lemma_.lower()) in de_verbs()


def _agents_inside(phrase: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The actors of the `par` noun modifiers inside `phrase` (not those of a participle's agent, nor
    of who judged the act: `..., une décision qualifiée d'inacceptable par Alger`)."""
    return [
        a
        for t in phrase.subtree
        if t.i != phrase.i and t.dep_ == "nmod" and preposition(t) in AGENT_PREPS and not judges(t, phrase)
        for a in phrase_actors(t, actors, stop).core
    ]


def _struck_site(noun: Token) -> bool:
    """A common noun of models/events/struck_sites.txt (`une base`, `un convoi`): a place attacked."""
    return noun.pos_ == "NOUN" and normalize_name(noun.lemma_) in struck_site_nouns()


@lru_cache(maxsize=2)
def struck_site_nouns(path: Path = STRUCK_SITES_PATH) -> frozenset[str]:
    """Folded lemmas of models/events/struck_sites.txt."""
    return load_wordlist(path)


def _coalition_leader(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`La coalition a mené une frappe`, `un raid de la coalition`, after `la coalition menée par l'Arabie
    saoudite`: a bare definite coalition (`led_groups` in markers.csv) stands for the party named last
    in the document as leading one (`menée`, `dirigée par`: `leading_verbs`)."""
    groups = markers()["led_groups"]
    if noun.pos_ == "NOUN" and fold(noun.lemma_.lower()) not in groups:
        noun = _group_owner(noun, groups) or noun  # `des avions de la coalition ont bombardé`
    if noun.pos_ != "NOUN" or fold(noun.lemma_.lower()) not in groups or any(c.dep_ == "acl" for c in noun.children):
        return []
    if not any(c.dep_ == "det" and fold(c.lower_) in FRENCH_ARTICLES - {"les"} for c in noun.children):
        return []
    for earlier in reversed(noun.doc[: noun.i]):
        if fold(earlier.lemma_.lower()) not in groups:
            continue
        for led in (c for c in earlier.children if c.dep_ == "acl" and fold(c.lemma_) in markers()["leading_verbs"]):
            for agent in (g for g in led.children if g.dep_ == "obl:agent"):
                found = phrase_actors(agent, actors).core
                if found:
                    return found
    return []


def _group_owner(noun: Token, groups: frozenset[str]) -> Token | None:
    """`des avions de la coalition`, `les navires de la coalition`: the led group whose aircraft or
    ships struck, named in the `de` phrase of the subject."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "nmod" and fold(preposition(c)) in {"de", "du", "d'"} and fold(c.lemma_.lower()) in groups
        ),
        None,
    )


_ORDER_VERBS = frozenset({"ordonner", "sommer", "enjoindre", "intimer", "demander", "prier"})


def _sent_away(verb: Token) -> bool:
    """`lui a ordonné de quitter le territoire`, `l'a sommé de partir`: a verb of ordering whose
    infinitive is leaving; its object pronoun is the one expelled."""
    return fold(verb.lemma_) in _ORDER_VERBS and any(
        c.dep_ in {"xcomp", "ccomp", "obl:arg"} and c.lemma_ in {"quitter", "partir"} for c in verb.children
    )


def _object_clitic(child: Token, verb: Token) -> bool:
    """An object pronoun, or a bare `le`/`la` before its verb that the tagger took for an article
    (`Emmanuel Macron le recevra lundi à l'Elysée`): no article stands alone before the verb."""
    if child.pos_ == "PRON":
        return True
    return child.pos_ == "DET" and child.i < verb.i and not any(child.children)


def _helps(clause: Token) -> bool:
    """A purpose clause whose verb helps a side (`ally_purpose` in markers.csv: `pour appuyer les
    troupes afghanes`): on a strike, that side is an ally of the attacker, not its target. The parser
    may hang `afin de soutenir` on `afin`, which then stands for the clause."""
    if clause.lower_ == "afin":
        return any(_helps(c) for c in clause.children)
    purpose = clauses.has_purpose_mark(clause) or clause.head.lower_ == "afin"
    return purpose and clause.pos_ == "VERB" and fold(clause.lemma_.lower()) in markers()["ally_purpose"]


def _interception_aid(verb: Token, actors: dict[int, Span]) -> set[str]:
    """`interceptés avec l'aide des États-Unis`, `abattus grâce au soutien de X`: the actors of a
    phrase of help (`interception_aid` in markers.csv) on an interception verb (strike_frames.csv)."""
    if verb.lemma_.lower() not in strike_frames().get("interception", frozenset()):
        return set()
    words = markers()["interception_aid"]
    phrases = [c for c in verb.children if c.pos_ == "NOUN" and fold(c.lemma_.lower()) in words]
    return {a for p in phrases for t in p.subtree if (span := actors.get(t.i)) is not None and (a := span._.actor_id)}


def _helped(token: Token, head: Token) -> bool:
    """The token is in a helping purpose clause (`_helps`) that does not hold the trigger."""
    return any(_helps(a) and head not in a.subtree for a in token.ancestors)


def _anchor_partner(noun: Token, slots: _Slots, actors: dict[int, Span]) -> list[str]:
    """`Dimanche, après un appel avec X, il a repoussé l'échéance`: a talk noun under `après`, `avant`,
    `depuis` (`time_anchor` in markers.csv) naming only the other side, `avec` X, was held by the subject
    of the verb it dates; a talk naming both sides (`après un appel entre X et Y`) keeps its own."""
    verb = noun.head
    day_words = markers()["day_after"] | markers()["day_before"]
    if fold(verb.lower_) in day_words and fold(preposition(noun)) in {"de", "d'", "du", "des"}:
        verb = clauses.verb_above(verb.head)  # `a été reçu au Caire au lendemain d'un entretien avec X`
    elif fold(preposition(noun)) not in markers()["time_anchor"]:
        return []
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    if slots.sources or _sides(slots.participants(keep_located=False), actors) != 1:
        return []
    if not any(preposition(c) in COMITATIVE for c in noun.children):
        return []
    received = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT] if clauses.is_passive(verb) else []
    if received:  # `X a été reçu par Y au lendemain d'un entretien avec Z`: the one received, not the host
        return phrase_actors(received[0], actors).core
    # `a accepté de suspendre les droits qu'il devait imposer mardi, après un appel avec X`: a verb
    # whose subject the parse missed (`il` read as an expletive) takes the subject of a verb above it
    return clauses.subject_of(verb, actors) or clauses.clause_subject(noun, actors)


def _measure_relative_imposer(pronoun: Token, verb: Token, actors: dict[int, Span]) -> list[str]:
    """`L'UE a adopté un paquet de sanctions qui interdit les importations de pétrole russe`: a measure
    verb whose subject is a `qui` standing for a measure noun (`measure_anaphor` in markers.csv) tells
    what that measure does; whoever took the measure imposes it."""
    if pronoun.lower_ != "qui" or verb.dep_ != "acl:relcl" or verb.head.pos_ != "NOUN":
        return []
    noun = verb.head
    if fold(noun.lemma_.lower()) not in markers()["measure_anaphor"]:
        return []
    return clauses.clause_subject(noun, actors)


def _possessed_aim(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`X a interdit ..., au lendemain de restrictions américaines visant son industrie`: what a
    measure reaches (`measure_reach` in markers.csv) told with a possessive is the clause subject's."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and fold(c.lemma_) in markers()["measure_reach"]):
        for obj in (o for o in verb.children if o.dep_ == "obj"):
            if clauses.has_possessive_article(obj):
                return clauses.clause_subject(noun, actors)
    return []


def _reproached_measure(noun: Token, actors: dict[int, Span]) -> tuple[list[str], list[str]] | None:
    """A measure noun object of a verb of reproach (`reproach` in markers.csv) with an actor after `à`:
    (who took the measure, who reproaches it), else None."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or not lemma_forms(verb) & markers()["reproach"]:
        return None
    doers = [
        a
        for c in verb.children
        if c.i != noun.i and fold(preposition(c)) in {"a", "au", "aux"}
        for a in phrase_actors(c, actors).core
    ]
    return (doers, clauses.subject_of(verb, actors)) if doers else None


def _expelled_staff_state(head: Token, actors: dict[int, Span]) -> list[str]:
    """Bare staff (`expelled_staff` in markers.csv: `treize diplomates`, no state in the phrase) expelled by
    `head` (`expel_verbs`) are of the state whose staff the text named last, up to two sentences back
    (`60 diplomates russes`)."""
    words = markers()["expelled_staff"]
    if fold(head.lemma_.lower()) not in markers()["expel_verbs"]:
        return []
    staff = [c for c in head.children if c.dep_ in OBJECT | {"nmod"} and fold(c.lemma_.lower()) in words]
    if not staff or any(phrase_actors(c, actors).core for c in staff):
        return []
    for i in range(staff[0].i - 1, window_start(head, 2) - 1, -1):
        t = head.doc[i]
        if fold(t.lemma_.lower()) in words and t.i != staff[0].i:
            named = [a for c in t.children if c.dep_ in {"amod", "nmod"} for a in phrase_actors(c, actors).core]
            if named:
                return named[:1]
    return []


def _struck_sites(head: Token, is_noun: bool) -> list[Token]:
    """What a strike hit: a noun trigger's `contre` / `sur` phrases, a verb's object, the noun a
    participle trigger qualifies (`son ambassade, frappée par ...`), with the nouns of their `de` phrases."""
    if is_noun:
        sites = [c for c in head.children if fold(preposition(c)) in AGAINST]
        sites += [aim] if (aim := _aim_after_noun(head)) is not None else []
    elif head.dep_ == "acl" and head.head.pos_ == "NOUN":
        sites = [head.head]
    else:
        sites = [c for c in head.children if c.dep_ in OBJECT | PASSIVE_SUBJECT]
    layer, found = sites, list(sites)
    for _ in range(2):  # `la destruction de l'annexe de son ambassade`
        layer = [n for s in layer for n in s.children if n.dep_ == "nmod"]
        found += layer
    return found


STRIKE_AIMS = frozenset({"sur", "contre"})


def _aim_after_noun(noun: Token) -> Token | None:
    """`une vague de bombardements américains et britanniques sur leurs positions`: the `sur` or `contre`
    phrase right after a strike noun, its adjectives and its own phrases (`un bombardement de l'armée
    soudanaise sur un marché`) is what the strikes hit, even when the parser hangs it on the clause's
    verb (which then keeps its own object)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None  # a verb's `sur` phrase is read as its own
    doc, i = noun.doc, noun.i + 1
    own = {t.i for t in noun.subtree}
    while i < noun.sent.end - 1 and (
        doc[i].pos_ == "ADJ" or (doc[i].lower_ == "et" and doc[i + 1].pos_ == "ADJ") or i in own
    ):
        i += 1
    if i >= noun.sent.end or doc[i].lower_ not in STRIKE_AIMS or doc[i].dep_ != "case":
        return None  # (a noun closing an unpunctuated title has nothing after it)
    phrase = doc[i].head
    if phrase.i <= i or phrase.head.i == noun.i or phrase.pos_ not in {"NOUN", "PROPN"}:
        return None  # read with the noun's own phrases
    return phrase


def _possessed_site(head: Token, is_noun: bool, actors: dict[int, Span]) -> list[str]:
    """`Téhéran a dénoncé la frappe contre son ambassade à Damas`, `l'Iran accuse Israël d'avoir bombardé
    son consulat`: a site told with a possessive belongs to the subject (or the passive's subject: `des
    soldats américains ont été blessés dans une attaque contre leur base`) of a clause above the strike
    (not the striker's own): that state is the target, the city only where."""
    if not any(clauses.has_possessive_article(s) for s in _struck_sites(head, is_noun)):
        return []
    own = set(clauses.subject_of(head, actors)) if not is_noun else set()
    t = head
    for _ in range(5):
        if t.head.i == t.i:
            return []
        t = t.head
        if t.pos_ not in {"VERB", "AUX"}:
            continue
        found = []
        if any(c.dep_ in SUBJECT for c in t.children):
            found = [a for a in clauses.subject_of(t, actors) if a not in own]
        if not found:
            # `Deux soldats américains ont été blessés dans une attaque contre leur base`: the passive's subject
            passive = [c for c in t.children if c.dep_ in PASSIVE_SUBJECT and c.pos_ in {"NOUN", "PROPN"}]
            found = [a for c in passive for a in phrase_actors(c, actors).core if a not in own]
        if found:
            return found
    return []


def _told_at(verb: Token, phrase: Token, prep: str) -> bool:
    """A name after `à` that the parser hangs as a modifier on a verb of decision (`decision_verbs` in
    markers.csv: `a annoncé à Riyad la levée des sanctions`) is the city the measure was told in; a
    measure's own verb keeps its `à` phrase as the target (`a imposé des sanctions à Moscou`)."""
    decides = fold(verb.lemma_.lower()) in markers()["decision_verbs"]
    return decides and prep == "à" and phrase.dep_ in {"obl:mod", "obl:arg"} and phrase.pos_ == "PROPN"


def _aimed_phrase(dep: str, prep: str, noun: bool, head: Token) -> bool:
    """Does a measure's phrase name what it is aimed at: the verb's object, a `contre` phrase, the
    `à` phrase of a verb or a noun (`a imposé des sanctions aux chefs de gangs`), or the owner of
    what a measure noun of `hits_owner` reaches (`le gel des avoirs de sociétés basées en Turquie`)?"""
    if dep in OBJECT and not noun or prep in AGAINST or prep in {"à", "au", "aux"}:
        return True
    return noun and prep in POSSESSIVE and fold(head.lemma_.lower()) in markers()["hits_owner"]


def _counted_nationals(phrase: Token) -> list[str]:
    """`a sanctionné trois Russes`, `des sanctions à dix-sept Saoudiens`: a measure aimed at nationals
    counted (a capitalised demonym after a number) hits their state. The actor step keeps counted
    nationals out of the actors (`40 000 Palestiniens` are people, not the state); only a measure aimed
    at them names the state, as does the owner of what it reaches (`a gelé les avoirs de cinq Syriens`).
    The parser may hang the number alone in the phrase and the noun after it."""
    doc = phrase.doc
    owners = [c for c in phrase.children if c.dep_ == "nmod" and fold(preposition(c)) in POSSESSIVE]
    for word in [phrase, *owners]:
        noun = doc[word.i + 1] if word.like_num and word.i + 1 < len(doc) else word
        if noun.i == 0 or not doc[noun.i - 1].like_num or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        state = demonym_state(noun.text) if noun.text[:1].isupper() else None
        if state is not None:
            return [state]
    return []


def _approximate_count(adverb: Token) -> bool:
    """`près de 200 entités`: `près` counting the noun it heads (a number on it), not placing it."""
    return adverb.lower_ == "près" and any(
        c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children) for c in adverb.children
    )


def _after_aimed_phrase(phrase: Token, prep: str, actors: dict[int, Span]) -> bool:
    """An `en`, `au`, `aux` phrase right after a phrase of the same measure noun naming what it is aimed
    at by a common noun alone (`contre 500 cibles`, `à des sociétés`): where those aimed at are."""
    if prep not in {"en", "au", "aux"}:
        return False
    for sibling in phrase.head.children:
        if sibling.i < phrase.i and sibling.right_edge.i + 1 == phrase.left_edge.i:
            aimed = preposition(sibling) in AGAINST | {"à", "au", "aux"} and sibling.pos_ == "NOUN"
            return aimed and not any(t.i in actors for t in sibling.subtree)
    return False


def _states_located_in(
    phrase: Token, actors: dict[int, Span], located: list[str], *, resident: bool = False
) -> list[str]:
    """The states of `located` named in `phrase` by `en`, `au`, `aux` on a noun of the phrase itself
    (`les chefs de gangs en Haïti`) or on a participle of residence (`des sociétés basées aux Émirats`,
    residence_words.txt), not under another verb (`les armes livrées à la Libye` is a delivery).
    `resident` keeps only the latter."""
    out = []
    for t in phrase.subtree:
        span = actors.get(t.i)
        if span is None or span._.actor_id not in located or not span._.actor_id.startswith("state:"):
            continue
        path = [t, *(a for a in t.ancestors if phrase in a.ancestors or a.i == phrase.i)]
        verbs = [x for x in path[1:-1] if x.pos_ in {"VERB", "AUX"}]
        if resident and not verbs:
            continue
        if preposition(t) in {"en", "au", "aux"} and all(normalize_name(x.text) in residence_words() for x in verbs):
            out.append(span._.actor_id)
    return list(dict.fromkeys(out))


def _reaches(verb: Token, event_type: str) -> bool:
    """A verb whose object a measure hits (`viser`, `frapper`, `cibler`: markers `measure_reach`)."""
    return event_type in RECIPIENT_TYPES and fold(verb.lemma_) in markers()["measure_reach"]


def _stray_object(child: Token, prep: str, deps: frozenset[str] = frozenset({"obl:mod"})) -> bool:
    """`X a reçu, ce lundi à Alger, le président de l'Assemblée mauritanienne, Y`: after a date set
    off by commas, the parser calls a talk verb's object a modifier (`obl:mod`); so it does after a
    place phrase with no comma (`a rencontré samedi dans le village de P le dirigeant Y`). A noun with
    its article and no preposition in that slot, after the verb and a comma or the verb's own
    prepositional phrase, on a verb with no object, is that object (a bare date names no actor, so
    it adds no one)."""
    verb = child.head
    if child.dep_ not in deps or prep or child.pos_ != "NOUN" or child.i < verb.i:
        return False
    # the parser may hang the comma on it; an OCR mark tagged as a noun is punctuation only
    first = min((t.i for t in child.subtree if not t.is_punct), default=child.i)
    return (
        first > 0
        and (child.doc[first - 1].text == "," or _after_verb_phrase(verb, first))
        and any(c.dep_ == "det" for c in child.children)
        # a day the parser took for the object (`avait reçu la veille à Koulouba le chef ...`) is none
        and not any(c.dep_ in OBJECT and date_root_over(c) is None for c in verb.children)
    )


def _apposed_to_object(child: Token, verb: Token, actors: dict[int, Span]) -> bool:
    """`avait sanctionné les groupes d'armement Lockheed Martin et Raytheon`: a name that follows the
    verb's object phrase word for word is apposed to it (who the object is), also when the parser
    hangs it on the verb with no relation (`dep`); so is a name set off by a comma right after it,
    which the parser may call a modifier of the verb (`a interdit l'accès à son territoire au
    fondateur du parti, X`). A name the tagger took for a foreign word or a verb (`le président chinois
    Xi Jinping`, `le Premier ministre indien Narendra Modi`, `Narendra` an infinitive) counts when it
    opens an actor's mention."""
    span = actors.get(child.i)
    if child.pos_ != "PROPN" and (span is None or span.start != child.i):
        return False
    comma = child.i > 0 and child.doc[child.i - 1].text == ","
    ends = {child.i - 1, child.i - 2} if comma and child.dep_ == "obl:mod" else {child.i - 1}
    return any(c.dep_ in OBJECT and c.i < child.i and max(t.i for t in c.subtree) in ends for c in verb.children)


def _name_after_title(child: Token, head: Token, actors: dict[int, Span]) -> Token | None:
    """`a téléphoné dimanche au prince héritier saoudien Mohammed ben Salmane`: a person's name right
    after a title phrase of the same head, with no `et` before it, is that title's holder; the parser
    may hang it on the head as a conjunct (or an apposition), which would read it as another event's.
    Returns the title phrase, whose relation and preposition the name takes."""
    if child.dep_ not in {"conj", "appos"} or any(c.dep_ == "cc" for c in child.children):
        return None
    doc = child.doc
    first = child.left_edge.i + (1 if child.left_edge.text == "," else 0)  # `, Y`: the comma hung on the name
    span = actors.get(child.i) or actors.get(first)
    if span is None or not is_person(span) or span.start != first:
        return None
    apposed = span.start >= 2 and doc[span.start - 1].text == ","
    return next(
        (
            c
            for c in head.children
            if c.i < child.i
            and c.dep_ != "conj"
            and (
                (c.right_edge.i == span.start - 1 and names_a_holder(c))
                # `a rencontré le bras droit de X, Y`: the name set off by a comma after a noun for a person
                or (apposed and c.right_edge.i == span.start - 2 and _person_noun_phrase(c))
            )
        ),
        None,
    )


def _person_noun_phrase(noun: Token) -> bool:
    """`le bras droit de X`, `l'émissaire de Y`, `le conseiller`: a noun for a person (`person_noun`), also
    as written or with the word after it (person_nouns.txt holds nouns of two words)."""
    if noun.pos_ != "NOUN":
        return False
    if person_noun(noun):
        return True
    words = {normalize_name(noun.text)}
    if noun.i + 1 < len(noun.doc):
        words.add(normalize_name(f"{noun.text} {noun.doc[noun.i + 1].text}"))
    return bool(words & person_nouns())


def _aims_beyond_launch(site: Token) -> list[Token]:
    """`des roquettes lancées depuis l'enclave vers le sud d'Israël`: the parser hangs the direction
    (`vers`, `en direction de`) on the place the strike came from; that phrase names what it aimed at."""
    return [c for c in site.children if c.dep_ == "nmod" and preposition(c) in {"vers", "direction"}]


def _object_after_date(child: Token, prep: str) -> bool:
    """`Des drones ont frappé samedi deux sites de X`, `ont touché jeudi la base de Y`, `avait appelé
    mercredi le président Z`: after a bare date right behind a strike or talk verb, the parser calls
    its object a modifier (`obl:mod`). A noun with its article or number and no preposition, with
    only the date (or an adverb, `tôt`) between it and a verb that has no object, is that object. A
    date the parser made the object (`a frappé le 1er avril le consulat iranien`: `1er` obj) is none."""
    verb = child.head
    if child.dep_ != "obl:mod" or prep or child.pos_ != "NOUN" or child.i < verb.i or date_root_over(child):
        return False
    if any(c.dep_ in OBJECT and date_root_over(c) is None for c in verb.children):
        return False
    if not any(c.dep_ in {"det", "nummod"} for c in child.children):
        return False
    between = [verb.doc[i] for i in range(verb.i + 1, child.i)]
    own = {t.i for t in child.subtree}
    dated = any(date_root_over(t) is not None for t in between)
    return dated and all(t.i in own or t.pos_ == "ADV" or _in_date(t) for t in between)


def _in_date(token: Token) -> bool:
    """A word of a date, or the article before it (`le 1er avril`, whose date span leaves `le` out)."""
    return date_root_over(token) is not None or (token.dep_ == "det" and date_root_over(token.head) is not None)


def _after_verb_phrase(verb: Token, first: int) -> bool:
    """The token before `first` ends a prepositional phrase of `verb` (`dans le village de P`)."""
    return any(
        verb.i < c.i < first and preposition(c) and max(t.i for t in c.subtree) == first - 1 for c in verb.children
    )


def _sender(clause: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`Bangkok a dépêché des avions de combat, qui ont bombardé ...`: a strike told in a relative
    clause on the aircraft or troops a side sent (`sender` in strike_frames.csv) was made by that side."""
    if clause.head.i == clause.i or clause.dep_ not in {"acl:relcl", "advcl"}:
        return []
    verb = clause.head  # `advcl`: the parser may hang the relative clause on the verb of sending
    if clause.dep_ == "acl:relcl":
        sent = clause.head
        while sent.dep_ == "nmod" and sent.head.i != sent.i:  # `des avions de combat`
            sent = sent.head
        verb = sent.head if sent.dep_ in OBJECT else clause
    if verb.lemma_.lower() not in strike_frames().get("sender", frozenset()):
        return []
    return [a for c in verb.children if c.dep_ in SUBJECT for a in phrase_actors(c, actors, stop).core]


def _answered_conjunct(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Washington a taxé 34 milliards de produits chinois, et Pékin a répondu du tac au tac`: a bare
    verb of riposte (`riposte_verbs` in markers.csv) coordinated after the clause it answers hits that
    clause's subject."""
    if verb.dep_ != "conj" or fold(verb.lemma_.lower()) not in markers()["riposte_verbs"]:
        return []
    return clauses.subject_of(verb.head, actors)


def _answered_sides(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The actors of the act a riposte verb answers (its `à` phrase), for the measure or strike it
    answers with (its `par` phrase)."""
    verb = noun.head
    if fold(verb.lemma_.lower()) not in markers()["riposte_verbs"]:
        return []
    answered = [c for c in verb.children if c.i != noun.i and c.pos_ in {"NOUN", "PROPN"} and answered_by_riposte(c)]
    return unique([a for c in answered for a in phrase_actors(c, actors, stop).core])


def _possessor_speaking(noun: Token, actors: dict[int, Span], slots: _Slots) -> list[str]:
    """`Téhéran a condamné les frappes américaines contre ses installations`: a possessive aimed-at
    phrase of a strike or measure noun belongs to the subject of the verb the noun hangs under, who
    tells of being hit; not when that subject is the side acting (`X a poursuivi ses frappes contre
    ses voisins` names no target)."""
    owner = clauses.clause_subject(noun, actors)
    acting = set(slots.sources) | set(slots.possessors)
    return [a for a in owner if a not in acting]


def _owner_of(phrase: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`un pétrolier battant pavillon des îles Marshall`, `un cargo qui appartient à une société
    grecque`: the side a struck ship belongs to, named under an `owner` participle of strike_frames.csv.
    The parser may set the participle after a ship's name apart as an apposition (`le Richmond Voyager,
    battant pavillon des Bahamas,`)."""
    owners = strike_frames().get("owner", frozenset())
    found: list[str] = []
    for t in phrase.subtree:
        participle = t.dep_ in {"acl", "acl:relcl"} or (t.dep_ == "appos" and t.pos_ == "VERB")
        if participle and t.lemma_.lower() in owners and t.i not in stop:
            for c in t.children:
                if c.dep_ not in SUBJECT | PASSIVE_SUBJECT and not _reporter(c):
                    found += phrase_actors(c, actors, stop).core
    return unique(found)


def _reporter(phrase: Token) -> bool:
    """`selon la Maison Blanche`, `d'après Londres`: the phrase names who reports, not a participant."""
    cases = [c for c in phrase.children if c.dep_ in {"case", "fixed"}]
    words = {c.lower_ for c in cases} | {f.lower_ for c in cases for f in c.children if f.dep_ == "fixed"}
    return bool(words & REPORTING_PREPS)


def _objects_after_place(verb: Token, place: Token, *, nested: bool = False) -> list[Token]:
    """`a rencontré lundi au Caire les médiateurs égyptiens`: after a date and a place the parser
    often takes the object for a conjunct or a modifier of the place. A noun with its own article
    and no preposition under the place, on a verb that has no object, is that object. A day the
    parser took for the object (`a reçu jeudi à Rabat le président X`) is no object, and a named
    place it tagged as a common noun is still a name."""
    pieces = _hyphen_pieces(place)
    name = {t.i for t in pieces} | {t.i + 1 for t in pieces[:-1]}  # the hyphens too
    if any(c.dep_ in OBJECT and date_root_over(c) is None and c.i not in name for c in verb.children):
        return []
    named = place.pos_ == "PROPN" or bool(place.ent_type_)
    return [
        c
        for piece in pieces
        for c in piece.children
        if (c.dep_ == "conj" or (c.dep_ in {"nmod", "appos"} and (nested or named) and not _after_comma(c)))
        and c.pos_ == "NOUN"
        and (
            (any(d.dep_ == "det" for d in c.children) and not any(d.dep_ in {"case", "cc"} for d in c.children))
            or (named and _plural_article(c))
        )
    ]


def _after_comma(token: Token) -> bool:
    """`à Abuja, la capitale fédérale`: a phrase set off by a comma describes what it follows."""
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def _hyphen_pieces(place: Token) -> list[Token]:
    """`Addis-Abeba`, `Port-au-Prince`: the tokenizer splits a hyphenated name and the parser may hang
    each piece on the verb, the phrase after the name on the last one; all pieces, the first included."""
    pieces = [place]
    doc = place.doc
    while pieces[-1].i + 2 < len(doc) and not pieces[-1].whitespace_ and doc[pieces[-1].i + 1].text == "-":
        pieces.append(doc[pieces[-1].i + 2])
    return pieces


def _plural_article(noun: Token) -> bool:
    """`a rencontré dimanche à Doha des responsables qataris`: the plural indefinite article `des`,
    which the parser reads as `de les` and makes the case of a phrase hung on the place."""
    marks = [d for d in noun.children if d.dep_ in {"det", "case", "cc"}]
    return len(marks) == 1 and marks[0].lower_ == "des" and marks[0].i < noun.i


def _objects_in_venue(verb: Token, venue: Token) -> list[Token]:
    """`a rencontré mardi en marge de l'Assemblée générale son homologue X`: the parser hangs the
    object on the occasion's noun. A noun with its own article and no preposition, under the venue
    or under the noun it names, on a verb that has no object, is that object."""
    inner = [venue] + [c for c in venue.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}]
    found: list[Token] = []
    for noun in inner:
        found += _objects_after_place(verb, noun, nested=True)
        # `son homologue`: a possessive article ties the noun to the clause's subject, not to the venue
        found += [
            c for c in noun.children if c.dep_ == "appos" and clauses.has_possessive_article(c) and c not in found
        ]
    return found


def _backed_states(subject: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`les alliés occidentaux de l'Ukraine ont imposé des sanctions`: the side a noun of backing
    (`allies` in markers.csv) names after `de` is backed; the allies impose, not Ukraine."""
    if fold(subject.lemma_) not in markers()["allies"] and fold(subject.lower_) not in markers()["allies"]:
        return []
    backed = [c for c in subject.children if c.dep_ == "nmod" and preposition(c) in POSSESSIVE]
    return [a for c in backed for a in phrase_actors(c, actors, stop).core]


def _joined_imposers(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`ont annoncé des mesures similaires, ainsi que le Canada et l'Ukraine`: names joined to the measure
    noun itself by `ainsi que` (`joined_imposers` in markers.csv) are no measure: they took it too; not
    behind a preposition (`des sanctions à l'Iran, ainsi qu'à la Syrie` hit Syria too)."""
    links = markers()["joined_imposers"]
    found: list[str] = []
    for conj in (c for c in head.children if c.dep_ == "conj" and c.i > head.i and not preposition(c)):
        link = next((g for g in conj.children if g.dep_ == "cc"), None)
        words = [link.lower_, *(f.lower_ for f in link.children if f.dep_ == "fixed")] if link is not None else []
        if fold(" ".join(words)) in links:
            found += [a for a in phrase_actors(conj, actors, stop).core if a not in found]
    return found


def _likewise_doers(head: Token, actors: dict[int, Span]) -> list[str]:
    """`La France a expulsé quatre diplomates, tout comme l'Allemagne`, `Comme Berlin, Paris a expulsé ...`:
    the names right after a locution of likeness (`likewise` in markers.csv) set off by a comma, or opening
    the sentence, did the same act; they are no target of it. A verb right after the locution (`comme l'a
    annoncé X`) makes it a report instead."""
    sent = head.sent
    locutions = _likewise_locutions()
    keys = {max(parts, key=len) for parts in locutions}
    if not any(fold(t.lower_) in keys for t in sent):
        return []  # most sentences: no locution's longest word, and no list of folded words to build
    words = [fold(t.lower_) for t in sent]
    found: list[str] = []
    for parts in locutions:
        for k in range(len(words) - len(parts)):
            if words[k : k + len(parts)] != parts or (k > 0 and words[k - 1] != ","):
                continue
            found += [a for a in _names_after(sent[k + len(parts) :], actors) if a not in found]
    return found


@lru_cache(maxsize=1)
def _likewise_locutions() -> tuple[list[str], ...]:
    """The words of each `likewise` locution as the tokenizer splits them (`à l'instar de`: `l'` and `instar`)."""
    return tuple(loc.replace("'", "' ").split() for loc in markers()["likewise"])


def _names_after(tokens: Span, actors: dict[int, Span]) -> list[str]:
    """The actors named first in `tokens`, joined by `et` or commas, before any other word but articles,
    closing their phrase."""
    names: list[str] = []
    i = tokens.start
    while i < tokens.end:
        tok = tokens.doc[i]
        span = actors.get(i)
        if span is not None and span._.actor_id:
            names.append(span._.actor_id)
            i = span.end
        elif tok.pos_ == "DET" or (names and tok.lower_ in {"et", ","} and actors.get(i + 1) is not None):
            i += 1
        else:
            break
    if i < tokens.end and not tokens.doc[i].is_punct:
        return []  # `, comme la Russie l'avait fait en 2014`: a clause of comparison, no name of a doer
    return names


def _linked_owner(phrase: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`a sanctionné six entités liées aux Gardiens de la révolution`, `des sociétés contrôlées par X`: firms
    aimed at that the text leaves unnamed are hit through the one a participle of tie (`linked` in
    markers.csv) names; also on a coordinated object (`trois navires et plusieurs entités liées aux X`)."""
    conjuncts = [c for c in phrase.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PRON"}]
    # `a gelé les avoirs de huit personnes liées au régime iranien`: the owners the `de` phrase names
    owners = [c for c in phrase.children if c.dep_ == "nmod" and fold(preposition(c)) in POSSESSIVE]
    for noun in [phrase, *conjuncts, *owners]:
        for c in noun.children:
            if c.dep_ == "acl" and c.i not in stop and fold(c.lemma_.lower()) in markers()["linked"]:
                if any(o.dep_.startswith("obl") and fold(o.lemma_.lower()) in markers()["deeds"] for o in c.children):
                    continue  # `liés au meurtre du journaliste X`: tied to a deed, whose victim they do not belong to
                found = phrase_actors(c, actors, stop)
                return unique(found.core + found.located)
    # `six sociétés dont il estime qu'elles sont financées par l'Iran`, `a sanctionné cinq entreprises,
    # estimant qu'elles sont contrôlées par la Russie`: the tie told in a clause on the firms or on the verb
    clauses_on = [c for c in phrase.children if c.dep_ == "acl:relcl"]
    if phrase.dep_ in OBJECT | PASSIVE_SUBJECT:
        clauses_on += [c for c in phrase.head.children if c.dep_ == "advcl" and c.i > phrase.i]
    for clause in clauses_on:
        agent = _tie_agent(clause, stop)
        if agent is not None:  # a backer is no side of what it backs (is_backer), but a measure on its proxies hits it
            return unique([a for t in agent.subtree if t.i in actors and (a := actors[t.i]._.actor_id)])
    return []


def _tie_agent(clause: Token, stop: frozenset[int], depth: int = 2) -> Token | None:
    """The agent of a passive participle of tie (`linked` in markers.csv) whose subject is a pronoun or
    a relative (`qu'elles sont financées par X`, `qui sont contrôlées par X`), in a clause or one clause
    below it (`estimant que ...`): the firms it tells of are tied to X."""
    for verb in [clause, *(c for c in clause.children if c.dep_ == "ccomp")] if depth else [clause]:
        tied = fold(verb.lemma_.lower()) in markers()["linked"] and verb.i not in stop
        told = any(c.dep_ in PASSIVE_SUBJECT | SUBJECT and c.pos_ == "PRON" for c in verb.children)
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if tied and told and agent is not None:
            return agent
        if verb is not clause and depth > 1:
            deeper = _tie_agent(verb, stop, depth - 1)
            if deeper is not None:
                return deeper
    return None


def _placed_under(noun: Token) -> bool:
    """`a placé sous sanctions Gazprom Neft`, `mis sous embargo deux navires`: a measure noun after
    `sous` (`under_measure` in markers.csv), on which the parser hangs the verb's object."""
    return any(c.dep_ == "case" and fold(c.lower_) in markers()["under_measure"] for c in noun.children)


def _object_put_under(noun: Token) -> Token | None:
    """`a placé sept entreprises américaines sous sanctions`: a measure noun after `sous` (`under_measure` in
    markers.csv) that the parser hung on the verb's object, not on the verb; that object, or None."""
    put = noun.head
    if noun.dep_ != "nmod" or not _placed_under(noun) or put.dep_ not in OBJECT or put.i > noun.i:
        return None
    return put if put.head.pos_ in {"VERB", "AUX"} else None


def _subjects_up(verb: Token) -> list[Token]:
    """The subjects of `verb`, or of the verb a gerund or an infinitive of it hangs on (`a riposté en plaçant
    ...`, `a décidé de placer ...`)."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in SUBJECT]
        if found or verb.dep_ not in {"advcl", "xcomp", "conj"}:
            return found
        verb = verb.head
    return []


def _stray_conjunct(child: Token, actors: dict[int, Span], stop: frozenset[int]) -> bool:
    """A name coordinated to the event noun itself: a parse error for a second participant."""
    span = actors.get(child.i)
    return child.dep_ == "conj" and child.pos_ == "PROPN" and child.i not in stop and bool(span and span._.actor_id)


def _nested_against(phrase: Token, actors: dict[int, Span], stop: frozenset[int], depth: int = 3) -> list[str]:
    """Actors under `sur`/`contre` inside a complement of a trade measure: `une surtaxe de 25 % sur
    l'acier chinois`, `des droits de 10 % sur les produits chinois` (the parser hangs `sur` on the rate)."""
    found: list[str] = []
    for c in phrase.children:
        if c.dep_ != "nmod" or c.i in stop:
            continue
        if preposition(c) in AGAINST:
            found += phrase_actors(c, actors, stop).core
        elif depth > 1:
            found += _nested_against(c, actors, stop, depth - 1)
    return unique(found)


def _city_of(noun: Token, child: Token, actors: dict[int, Span]) -> bool:
    """`le sommet de Madrid`, `les pourparlers d'Istanbul`, `le sommet de Singapour`: a capital (or a
    city-state) standing for no one after a talks noun (models/events/markers.csv, `named_by_city`) names
    the place of the talks; beside an `avec` phrase or with a second capital it is a party (`les
    pourparlers de Moscou avec Kiev`, `les négociations de Moscou et de Kiev`)."""
    span = actors.get(child.i)
    return (
        not any(preposition(c) == "avec" for c in noun.children)
        and not any(c.dep_ == "conj" and c.i in actors for c in [*child.children, *noun.children])
        and span is not None
        and (span._.mention_kind == "metonym" or _city_state(span))
        and child.dep_ == "nmod"
        and preposition(child) in POSSESSIVE
        and noun.lower_ in markers()["named_by_city"]
    )


CITY_STATES_PATH = config.MODELS_DIR / "events" / "city_states.txt"


@lru_cache(maxsize=2)
def city_states(path: Path = CITY_STATES_PATH) -> frozenset[str]:
    """State ids of models/events/city_states.txt: states whose capital bears their name."""
    return frozenset(list_entries(path))


def _city_state(span: Span) -> bool:
    """`Singapour`, `Monaco`: a state named by its own name whose capital bears that name (city_states.txt)
    is a city as well (`le sommet de Singapour`)."""
    return span._.mention_kind == "name" and span._.actor_id in city_states()


def _partner_of_other_talk(phrase: Token, others: frozenset[int]) -> bool:
    """A comitative phrase (`avec Y`, `entre X et Y`) right after another trigger's noun, its
    adjectives, its participle, its day and the name of its place (`son sommet historique avec Y`,
    `son sommet d'Anchorage avec Y`, `une réunion tenue vendredi à Paris entre X et Y`) is that
    noun's partner, wherever the parser hung it."""
    case = next((c for c in phrase.children if c.dep_ == "case" and c.i < phrase.i), None)
    if case is None:
        return False
    doc, start, i = phrase.doc, phrase.sent.start, case.i - 1
    while i >= start:
        if doc[i].pos_ == "ADJ" or _told_of_the_noun(doc[i]):
            i -= 1
            continue
        place = i
        while place >= start and doc[place].pos_ == "PROPN":
            place -= 1
        if place < i and place >= start and fold(doc[place].lower_) in {"de", "d'", "d’", "du", "a", "au", "en"}:
            i = place - 1  # `d'Anchorage`, `de Genève`, `à Paris`: where the other talk was held
            continue
        break
    return i >= start and i in others and doc[i].pos_ == "NOUN"


def _fronted_passive(head: Token) -> bool:
    """A past participle opening its sentence, with no auxiliary (`Frappée dans la nuit par ...,`),
    whatever the tagger made of its capital: a passive told of the main clause's subject."""
    if head.i != head.sent.start or has_auxiliary(head):
        return False
    return past_participle(head) or (head.pos_ == "PROPN" and head.lower_.endswith(PARTICIPLE_ENDINGS))


def _object_of_gerund(head: Token) -> Token | None:
    """`Israël a répondu dans la nuit en bombardant le port de Hodeïda`: a gerund with no object of
    its own whose object the parser hung on the verb of its clause (a verb of riposte takes none): the
    first object after the gerund is what it struck or hit."""
    if not clauses.is_gerund(head) or any(c.dep_ in OBJECT for c in head.children):
        return None
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in OBJECT and c.i > head.i), None)


def _told_of_the_noun(token: Token) -> bool:
    """A word that may stand between a talk noun and its `avec`/`entre` phrase: a bare past participle
    (`tenue`, `prévue`) or a day (`vendredi`, `le 3 mars`); its place is read by the caller."""
    if token.pos_ == "VERB" and past_participle(token):
        return not has_auxiliary(token)
    if date_root_over(token) is not None:
        return True
    after = token.doc[token.i + 1 : token.i + 3]  # `le 3 mars`: the article and the number of a day
    return (token.pos_ == "DET" or token.like_num) and any(date_root_over(t) is not None for t in after)


def _issued_to(noun: Token, actors: dict[int, Span]) -> set[str]:
    """Actors in the `à` phrase of a participle of issuing on `noun` (`les visas délivrés aux ressortissants
    pakistanais`, `les licences accordées à des firmes chinoises`, `issued` in markers.csv): the holders."""
    found: set[str] = set()
    for participle in (c for c in noun.children if c.dep_ in {"acl", "amod"}):
        if fold(participle.lemma_.lower()) not in markers()["issued"]:
            continue
        for phrase in participle.children:
            if fold(preposition(phrase)) in {"a", "au", "aux"}:
                found |= {s._.actor_id for t in phrase.subtree if (s := actors.get(t.i)) is not None and s._.actor_id}
    return found


def _counted_people(noun: Token) -> bool:
    """`pour huit juges iraniens`, `pour trois hauts responsables`: a counted plural noun, told as whom a
    measure is for (not `pour deux raisons`, which names no actor and so fills no side)."""
    return (
        noun.pos_ == "NOUN"
        and "Plur" in noun.morph.get("Number", [])
        and any(c.dep_ == "nummod" or (c.pos_ == "NUM" and c.i < noun.i) for c in noun.children)
    )


def _assign(slots: _Slots, core: list[str], dep: str, prep: str, event_type: str, noun: bool) -> None:
    if dep in PASSIVE_SUBJECT:
        slots.targets += core
    elif dep in SUBJECT or prep in AGENT_PREPS:
        slots.sources += core
    elif dep in OBJECT:
        slots.targets += core
    elif prep in COMITATIVE:
        slots.others += core
    elif prep in AGAINST:
        slots.targets += core
    elif prep in {"à", "au", "aux"} and event_type in RECIPIENT_TYPES:
        slots.targets += core
    elif is_locative(prep) and event_type in TOPIC_TYPES:
        # `a téléphoné à son homologue`: a person after `à` is spoken to, not a place
        slots.others += [a for a in core if a.startswith("person:")]
        slots.located += [a for a in core if not a.startswith("person:")]
    elif is_locative(prep) or (event_type == "strike" and fold(prep) in STRIKE_SITE_PREPS):
        slots.located += core
    elif not noun and prep == "pour" and event_type == "meeting":
        # `a déroulé le tapis rouge pour le président américain`, `a donné un dîner pour X`: the guest
        slots.others += [a for a in core if a.startswith("person:")]
    elif not noun and prep == "" and dep in {"nmod", "appos", "flat:name"}:
        slots.targets += core  # a verb the tagger took for a noun: `sanctionne Gazprom Neft`
    elif not noun and prep == "des" and dep == "nmod" and event_type in TOPIC_TYPES | DIRECTED:
        # `a rencontré dimanche des médiateurs égyptiens`, `sanctionne des banques russes`: the article read
        # as `de les`
        slots.targets += core
    elif noun and dep == "amod" or dep == "advmod" and event_type in DIRECTED:
        slots.sources += core  # `frappes ukrainiennes`, `frappes américaines lancées` (demonym taken as adverb)
    elif noun and prep in POSSESSIVE and event_type in DIRECTED and dep == "nmod":
        slots.possessors += core  # `l'attaque de l'Iran contre Israël`
    elif noun and (prep in POSSESSIVE or prep == "") and dep in {"nmod", "appos", "flat:name", "compound"}:
        slots.others += core


KICKER_WORDS = 4  # words at most before the colon of a label that opens a title or a lead (`Mer Rouge :`)
# words at most before the colon of a label with no finite verb (`Ventes d'armes à Taïwan :`)
VERBLESS_KICKER_WORDS = 8


def _after_day_word(noun: Token) -> bool:
    """`au lendemain des négociations`, `à la veille du sommet`, read on the surface: the parser may hang the
    noun elsewhere than on the day word (`anchor_day` in markers.csv) right before its `de`."""
    doc = noun.doc
    first = noun.left_edge.i
    if first < 2 or doc[first].lower_ not in OF_PREPS:
        return False
    return fold(doc[first - 1].lemma_.lower()) in markers()["anchor_day"]


def _kicker_end(head: Token) -> int | None:
    """`Yémen : les Houthis visent un porte-avions`, `Mer Rouge : ...`: the colon of a short label opening
    the sentence before the event, which names the story's subject, not a side of the event; None
    without one."""
    sent = head.sent
    colon = next((t for t in sent[: VERBLESS_KICKER_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon.i >= head.i or colon.i == sent.start:
        return None
    if colon.i - sent.start > KICKER_WORDS and has_finite_verb(sent.doc[sent.start : colon.i]):
        return None  # `Le ministre a déclaré :`: a clause of its own, no label
    return colon.i


# the words that open a relative aside on a side after a comma (`, dont le pays ...`, `, qui ...`)
_ASIDE_OPENERS = frozenset({"dont", "qui"})


def _juxtaposed_clause(verb: Token) -> bool:
    """`Israël bombarde Beyrouth, le Hezbollah riposte`: a verb set beside the sentence's verb after a comma
    (`parataxis`) with a subject of its own tells its own event; no name of the first clause is its side."""
    return (
        verb.dep_ == "parataxis"
        and verb.pos_ == "VERB"
        and any(c.dep_ in SUBJECT for c in verb.children)
        and after_comma(verb)
    )


def _opens_aside(verb: Token) -> bool:
    """`..., dont le pays accueille les négociations`: a verb whose clause opens with `, dont` or `, qui`
    tells an aside on a side named before; no name before it is one of its own event's sides."""
    opener = verb.left_edge
    return (
        verb.pos_ in {"VERB", "AUX"}
        and fold(opener.lower_) in _ASIDE_OPENERS
        and opener.i > verb.sent.start
        and verb.doc[opener.i - 1].text == ","
    )


def relative_aside(clause: Token, head: Token) -> Token | None:
    """`s'est entretenu mardi au téléphone avec son homologue omanais, dont le pays sert d'intermédiaire
    avec l'Iran`: a relative clause on a side that the parser took for a clause of `head` (a conjunct, an
    adverbial clause), opened by `, dont` or `, qui`. Its opening word, or None. A talk verb takes no
    clause of `que`: `s'est entretenu avec le président, qu'il a informé de ses échanges avec X` is a
    relative on the side, which the parser made a complement clause."""
    if clause.dep_ not in {"conj", "advcl", "ccomp"} or clause.pos_ not in {"VERB", "AUX"} or clause.i < head.i:
        return None
    doc = clause.doc
    openers = _ASIDE_OPENERS if clause.dep_ != "ccomp" else QUE_WORDS
    return next(
        (
            t
            for t in clause.subtree
            if head.i < t.i < clause.i and fold(t.lower_) in openers and doc[t.i - 1].text == ","
        ),
        None,
    )


def _hung_on_relative_aside(head: Token, child: Token) -> list[Token]:
    """The phrases the parser hung on a relative aside (`relative_aside`) before its opening word are
    `head`'s: `au téléphone avec son homologue`, told before `, dont`."""
    opener = relative_aside(child, head)
    if opener is None:
        return []
    return [g for g in child.children if head.i < g.i < opener.i and not g.is_punct and g.dep_ != "cc"]


def children_through_dates(head: Token) -> list[Token]:
    """The children of `head`, and the phrases the parser hung on a date among them: in
    `les sanctions imposées lundi par Bruxelles` the agent hangs on `lundi`, not on `imposées`; in
    `a gelé jeudi les avoirs de X` the object does."""
    out = []
    passive = any(c.dep_ == "aux:pass" for c in head.children)
    for child in [*head.children, *_fronted_adjective_children(head)]:
        out.append(child)
        # not through a span counted to another event (`à trois jours du sommet de X à Y`): its phrases are that event's
        dated = date_root_over(child) is not None or _time_of_day(child)
        if child.dep_ in _DATE_DEPS and dated and not anchor_day(child, preposition(child)):
            # `imposées lundi par Bruxelles`; `a gelé jeudi les avoirs de X` (the object under the date)
            out += [g for g in child.children if g.dep_ in _HUNG_ON_DATE and (preposition(g) or g.dep_ == "nmod")]
            out += [g for g in child.children if _apposed_phrase_on_date(g) or _bare_object_on_date(g, head)]
            # `s'est entretenu mercredi avec X, puis avec Y`: the second phrase a conjunct of the date
            out += [g for g in child.children if g.dep_ == "conj" and preposition(g) and date_root_over(g) is None]
        elif passive and child.dep_ in _LOCUTION_DEPS:
            # `a été pris pour cible par l'Ukraine`: the agent hung on the noun of the verbal locution
            out += [g for g in child.children if g.dep_ == "nmod" and preposition(g) in AGENT_PREPS]
        out += _hung_on_relative_aside(head, child)
    if head.pos_ == "NOUN" and head.dep_ == "nmod" and anchor_day(head.head, preposition(head.head)):
        # `dans la foulée de son entretien avec X`: the partner the parser hung on the day's noun is the talk's
        out += [g for g in head.head.children if g.i > head.i and preposition(g) in COMITATIVE]
    return out


def _bare_object_on_date(token: Token, verb: Token) -> bool:
    """`Keir Starmer accueille ce lundi Volodymyr Zelensky à Londres`: after a date with its determiner the
    parser hangs the bare name that follows as an apposition to the day; when the verb has no object, the
    name is its object."""
    day = token.head
    return (
        token.dep_ in {"appos", "obj"}  # `rencontrera le week-end prochain le Premier ministre`: on `prochain`
        and token.pos_ in {"PROPN", "NOUN"}
        and token.left_edge.dep_ != "case"
        and token.i > day.i
        and day.head.i == verb.i
        and verb.pos_ == "VERB"
        and day.dep_ in _DATE_DEPS
        and date_root_over(day) is not None
        and date_root_over(token) is None
        and not any(c.dep_ in OBJECT for c in verb.children)
    )


def _apposed_phrase_on_date(token: Token) -> bool:
    """`a eu un entretien jeudi avec le chancelier allemand Olaf Scholz`: the parser may hang the name
    on the date as an apposition, its preposition on the title before it; the phrase is the verb's."""
    return token.dep_ == "appos" and token.left_edge.dep_ == "case" and token.left_edge.i > token.head.i


def _fronted_adjective_children(noun: Token) -> list[Token]:
    """`Nouvelles frappes russes sur Kharkiv`: a verbless headline whose first adjective the parser
    made the head of the phrase, the noun hung on it; the words after the noun are the noun's."""
    adjective = noun.head
    if noun.pos_ in {"NOUN", "X"} and noun.dep_ == "nmod" and adjective.pos_ == "ADJ" and adjective.i == noun.i - 1:
        return [c for c in adjective.children if c.i > noun.i]
    return []


def _time_phrase(token: Token) -> bool:
    """A phrase that says when (`dans la journée`, `plus tôt dans la soirée`): a date or a part of
    the day, or an adverb heading one. The parser may hang the clause's subject on it as an apposition."""
    return any(_time_of_day(t) or date_root_over(t) is not None for t in (token, *token.children))


def _time_of_day(token: Token) -> bool:
    """`a téléphoné dans la matinée au président X`, `s'est entretenu la veille au téléphone avec X`:
    a part of the day (`time_of_day` in models/events/markers.csv) the parser makes the head of the
    phrases after it."""
    return token.pos_ == "NOUN" and fold(token.lemma_.lower()) in markers()["time_of_day"]


# `la veille` is often parsed as the object of `s'entretenir`; a date set off by commas (`s'est
# entretenu, lundi par téléphone, avec X`) as a conjunct of the verb
_DATE_DEPS = frozenset({"xcomp", "obl", "obl:mod", "obl:arg", "nmod", "advmod", "obj", "conj", "amod"})
_LOCUTION_DEPS = frozenset({"obl:arg", "obl"})  # `pris pour cible`, `frappé de sanctions`
_HUNG_ON_DATE = frozenset({"nmod", "obl", "obl:arg", "obl:agent", "obl:mod"})


def _laid_on(participle: Token) -> bool:
    """`attribuée`, `imputée` (`claim` in markers.csv) on a strike noun: its `à` phrase is the author."""
    return participle.dep_ in {"acl", "amod"} and fold(participle.lemma_.lower()) in markers()["claim"]


def _participles(noun: Token, measure: bool = False) -> list[Token]:
    """Participles modifying an event noun: `les sanctions imposées par X à l'encontre de Y`."""
    nouns, t = [noun], noun
    for _ in range(2):  # `la prolongation des sanctions de l'UE visant X`: the participle of the frame noun
        if t.dep_ != "nmod" or t.head.pos_ != "NOUN" or is_venue(t.head):
            break
        t = t.head
        nouns.append(t)
    own = [c for n in nouns for c in n.children if _participle(c)]
    verb = noun.head
    if noun.dep_ in SUBJECT | PASSIVE_SUBJECT and verb.pos_ in {"VERB", "AUX"}:
        # `Ces sanctions, les plus sévères jamais prises par la Suisse, visent X`: a participle set off between
        # the subject and its verb, hung by the parser on the verb, tells of the subject
        own += [
            c
            for c in verb.children
            if noun.i < c.i < verb.i
            and c.dep_ == "advcl"
            and _participle_form(c)
            and "Past" in c.morph.get("Tense", [])
            and any(t.text == "," for t in noun.doc[noun.i : c.i])
        ]
    # `l'embargo sur les armes imposé au Soudan`: a participle hung on a measure's complement that
    # agrees with the measure, not with the complement, is the measure's
    complements = [c for c in noun.children if measure and c.dep_ == "nmod" and c.pos_ == "NOUN"]
    return own + [p for n in complements for p in n.children if _participle(p) and _agrees_with(p, noun, n)]


def _naming_infinitive(noun: Token) -> Token | None:
    """`des interdictions de voyager à deux ministres`, `visant deux ministres`: the infinitive that names
    the measure (`de voyager`, `d'entrer`), hung on the noun or, by the parser, on the clause's verb; the
    measure's complements (its target after `à`, a participle of reach) hang on it. None otherwise."""
    doc = noun.doc
    if noun.i + 2 >= noun.sent.end or doc[noun.i + 1].lower_ not in {"de", "d'", "d’"}:
        return None
    infinitive = doc[noun.i + 2]
    if "Inf" not in infinitive.morph.get("VerbForm", []) or infinitive.head.i == infinitive.i:
        return None
    if lemma_forms(infinitive) & markers()["departure"]:
        return None  # `l'ordre de quitter la Suède`: the state left is who expels (its own rule)
    return infinitive if infinitive.head.i <= noun.i else None


def _enacting_agent(verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The agent of a participle on a legal act (`enacting_act` in markers.csv: `décret`, `loi`) in a
    complement of a measure verb with no subject of its own: `En vertu du décret signé par X, les produits
    Y seront taxés`, `conformément à la loi adoptée par Z`. Who signed or passed the act enacts the measure."""
    if any(c.dep_ in SUBJECT for c in verb.children):
        return []
    found: list[str] = []
    for phrase in (c for c in verb.children if c.dep_.startswith("obl") and c.i not in stop):
        for act in phrase.subtree:
            if act.pos_ != "NOUN" or fold(act.lemma_.lower()) not in markers()["enacting_act"]:
                continue
            for participle in (
                p for p in act.children if p.dep_ in {"acl", "amod"} and "Part" in p.morph.get("VerbForm", [])
            ):
                found += _par_agents(participle, actors, stop)
    return unique(found)


def _held_place_participles(verb: Token) -> list[Token]:
    """The participles of holding (`place_holders` in markers.csv: `tenue`, `contrôlé`) on a strike verb's
    object or place, or set off after that phrase and hung on the verb itself."""
    holders = markers()["place_holders"]
    hung = [c for c in verb.children if c.dep_ in {"advcl", "acl"} and c.i > verb.i]
    # not the place shot from (`tiré depuis les zones tenues par X`: X launched it)
    aimed = [c for c in verb.children if c.dep_ in OBJECT or (c.dep_.startswith("obl") and not _launched_from(c))]
    hung += [g for c in aimed for g in c.children if g.dep_ == "acl"]
    return [p for p in hung if _participle_form(p) and lemma_forms(p) & holders]


_CASUALTY_VERBS = frozenset({"tuer", "blesser"})
_PARTICIPLE_DEPS = frozenset({"advcl", "acl", "amod", "conj", "xcomp"})


def _victims_state(head: Token) -> list[str]:
    """`tuant au moins 40 Palestiniens`, `blessant trois Libanais`: the state of the people a participle of
    killing or wounding, hung on the strike word or on its verb, names by their demonym (the resolver keeps
    no actor for a people)."""
    verbs = [head, head.head] if head.pos_ == "NOUN" else [head]
    # `a pilonné un marché, blessant quinze Ukrainiens`: the parser may hang the participle on the object
    verbs += [c for v in verbs for c in v.children if c.dep_ in OBJECT]
    found: list[str] = []
    for verb in verbs:
        for participle in verb.children:
            if participle.dep_ not in _PARTICIPLE_DEPS or participle.lemma_ not in _CASUALTY_VERBS:
                continue
            for victim in (c for c in participle.children if _victim_phrase(c) and c.text[:1].isupper()):
                state = demonym_state(victim.text)
                if state is not None and state not in found:
                    found.append(state)
    return found


def _victim_phrase(word: Token) -> bool:
    """The object of a verb of killing, also when `au moins` before it made the parser read a complement."""
    if word.dep_ == "obj":
        return True
    cases = [c for c in word.children if c.dep_ == "case" or (c.dep_ == "advmod" and c.lower_ == "au")]
    return word.dep_ in {"obl:arg", "obl:mod"} and all(fold(c.lower_) == "au" for c in cases)


def _launched_from(phrase: Token) -> bool:
    """`depuis les zones tenues par X`, `à partir du territoire syrien`: the place a shot leaves from."""
    case = [fold(c.lower_) for c in phrase.children if c.dep_ in {"case", "fixed"} or c.lower_ == "partir"]
    return "depuis" in case or "partir" in case


def _par_agents(participle: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The actors of a participle's `par` phrase (`signé par X`, `revendiquée par Y`): its agent, however
    the parser labels the phrase."""
    agents = (c for c in participle.children if c.dep_ in {"obl:agent", "obl", "obl:mod", "nmod"})
    return [a for c in agents if fold(preposition(c)) == "par" for a in phrase_actors(c, actors, stop).core]


def _claimed_by(verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The agent of a claiming participle (`revendiquée par X`) in a strike verb's clause that agrees with
    the verb's subject (the attack, the bomb): the parser may hang it on the last noun before it
    (`devant un commissariat, revendiquée par les shebab`), whose gender or number it does not share."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None:
        return []
    found: list[str] = []
    for participle in verb.subtree:
        if participle.i in stop or not _laid_on(participle) or "Part" not in participle.morph.get("VerbForm", []):
            continue
        if fold(participle.lemma_.lower()) != "revendiquer":
            continue  # `attribuée par Bamako au JNIM`: who lays the blame is no author
        bearer = participle.head
        if bearer.i != subject.i and not _agrees_with(participle, subject, bearer):
            continue
        found += _par_agents(participle, actors, stop)
    return unique(found)


def _participle(c: Token) -> bool:
    return c.dep_ in {"acl", "amod"} and _participle_form(c)


def _participle_form(c: Token) -> bool:
    """A participle, tagged a verb or an adjective, that tells no judgement (`jugée`, `qualifiée`)."""
    return c.pos_ in {"VERB", "ADJ"} and "Part" in c.morph.get("VerbForm", []) and not is_judgement(c)


def _agrees_with(participle: Token, noun: Token, other: Token) -> bool:
    """The participle's gender and number are the noun's and not those of `other`."""

    def marks(t: Token) -> tuple[str, str]:
        return "".join(t.morph.get("Gender", [])), "".join(t.morph.get("Number", []))

    own = marks(participle)
    return all(own) and own == marks(noun) and own != marks(other)


@lru_cache(maxsize=1)
def strike_frames(path: Path = STRIKE_FRAMES_PATH) -> dict[str, frozenset[str]]:
    """Role -> lemmas: `reaction` verbs whose subject condemns or reports a strike (`condamner`,
    `confirmer`), `target` nouns whose subject was struck (`être la cible de`, `faire l'objet de`)."""
    roles: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            roles.setdefault(row["role"].strip(), set()).add(row["lemma"].strip().lower())
    return {role: frozenset(lemmas) for role, lemmas in roles.items()}


def _frame_object(token: Token, frames: frozenset[str]) -> bool:
    return token.dep_ == "obj" and token.lemma_.lower() in frames


def _judges_measure(noun: Token, verb: Token | None) -> bool:
    """`Le Kremlin a jugé les sanctions de vendredi « absurdes »`, `a qualifié ces mesures d'illégales`:
    the subject of a verb of judging whose object is a measure told already speaks of it, he did not
    impose it (nor does a neutral judgement say he was hit: the verbs that do, `dénoncer`, `condamner`,
    are undergoer_verbs.csv's); `a présenté un nouveau paquet de sanctions` is its author's."""
    hit = verb is not None and verb.lemma_.lower() in undergoer_verbs().get("sanction", frozenset())
    return not hit and _judged_from_outside(noun, verb) and is_anaphoric(noun)  # `les sanctions`, `ces mesures`


def _judged_from_outside(noun: Token, verb: Token | None) -> bool:
    """`Le sénateur X a jugé la rencontre de Singapour prématurée`, `X a salué le sommet entre Y et Z`:
    the subject of a verb of judging (`judgement` in markers.csv) whose object is a talk noun speaks
    of the talks, he did not hold them; not when the talks are his (`a salué sa rencontre avec Y`,
    `a salué la rencontre avec Y`, where an `avec` phrase after the noun names his counterpart)."""
    if verb is None or noun.dep_ != "obj" or noun.head.i != verb.i:
        return False
    if fold(verb.lemma_.lower()) not in markers()["judgement"]:
        return False
    if clauses.has_possessive_article(noun):
        return False
    # the parser often hangs `avec Y` on the verb (`a salué la rencontre de lundi avec Y`)
    return not any(t.lower_ == "avec" for t in verb.subtree if t.i > noun.i)


def sponsored(noun: Token, verb: Token | None) -> bool:
    """`l'Arabie saoudite et les États-Unis, qui parrainent ces pourparlers`, `la Turquie supervise les
    négociations`: the subject of a verb of sponsoring (`sponsor` in markers.csv) whose object is a talk
    noun sponsors the talks of the sides, it does not hold them; not its own talks (`ses pourparlers`)."""
    if verb is None or noun.dep_ != "obj" or noun.head.i != verb.i:
        return False
    return fold(verb.lemma_.lower()) in markers()["sponsor"] and not clauses.has_possessive_article(noun)


def praised_from_outside(noun: Token) -> bool:
    """`La France a salué l'embargo décrété par la Cédéao`, `Paris salue les sanctions contre X`: a measure
    noun that is the object of a verb of praise (`approval` in markers.csv) is spoken of by its subject,
    who neither imposes nor undergoes it; not a measure of its own (`a salué ses propres sanctions`)."""
    if noun.dep_ != "obj" or noun.head.pos_ != "VERB":
        return False
    if fold(noun.head.lemma_.lower()) not in markers()["approval"]:
        return False
    return not clauses.has_possessive_article(noun)


_STRUCK_PARTICIPLES = frozenset(
    {"viser", "frapper", "toucher", "cibler", "bombarder", "pilonner", "attaquer", "endommager", "atteindre", "prendre"}
)


def _struck_by_participle(verb: Token, actors: dict[int, Span]) -> str | None:
    """The actor a bare past participle of striking modifies (`Port-Soudan visée par des drones`, a
    headline): what it qualifies was struck. Not a munition shot down or launched (`des drones abattus`)."""
    if verb.dep_ != "acl" or verb.head.i > verb.i or "Part" not in verb.morph.get("VerbForm", []):
        return None
    if any(c.dep_.startswith("aux") for c in verb.children) or fold(verb.lemma_.lower()) not in _STRUCK_PARTICIPLES:
        return None
    span = actors.get(verb.head.i)
    return span._.actor_id if span is not None and span._.actor_id else None


def _demonym_after(noun: Token, actors: dict[int, Span]) -> str | None:
    """The actor of a state adjective standing right after a strike noun (`une frappe israélienne`)."""
    if noun.i + 1 >= len(noun.doc):
        return None
    adjective = noun.doc[noun.i + 1]
    span = actors.get(adjective.i)
    return span._.actor_id if span is not None and adjective.pos_ == "ADJ" and span._.actor_id else None


def _reacts(noun: Token) -> bool:
    """The strike noun is the object of a reaction or report (`X a condamné la frappe de samedi`)."""
    verb = governing_verb(noun)
    reactions = strike_frames().get("reaction", frozenset())
    if verb is not None and noun.dep_ in OBJECT and verb.lemma_.lower() in reactions:
        return True
    # `une vingtaine de frappes ont été recensées par X`: the passive subject, or its quantity's phrase,
    # of a verb of counting (who reports strikes on its own side, `signalées par l'armée`, is still the target)
    subject = noun.head if noun.dep_ == "nmod" and noun.head.dep_ in PASSIVE_SUBJECT else noun
    if verb is not None and subject.dep_ in PASSIVE_SUBJECT and subject.head.i == verb.i:
        return verb.lemma_.lower() in strike_frames().get("count", frozenset())
    # `le gouverneur fait état d'un incendie`: the `de` phrase of a reporting noun that is its verb's
    # object, hung on the noun or on the verb
    if preposition(noun) not in OF_PREPS:
        return False
    frame = noun.head if noun.head.pos_ == "NOUN" else next((c for c in noun.head.children if c.dep_ == "obj"), None)
    return frame is not None and frame.dep_ == "obj" and frame.lemma_.lower() in reactions


def _intercepts(verb: Token) -> bool:
    """`la défense aérienne a abattu 14 drones lancés par X`: an interception verb with a plural
    wave of munitions as object reports X's strike on the subject's side, so the sides swap (one
    drone shot down, `a abattu un drone américain`, is the shooter's act and keeps them)."""
    return bool(_intercepted(verb))


_FOLLOWED = frozenset({"apres", "suite"})  # `après des tirs`, `suite à des tirs`: an act told as earlier


def _followed_strike(head: Token, other_strikes: frozenset[int] | None) -> bool:
    """`Tsahal a frappé des cibles en Syrie, après des tirs de roquettes sur le Golan`: a strike noun under
    `après` or `suite à`, told after another strike of its sentence, is the earlier act the first one
    followed; the names of the clause are the later strike's sides, not its own."""
    if fold(preposition(head)) not in _FOLLOWED or other_strikes is None:
        return False
    return any(i < head.i for i in other_strikes)


def _reached_by_a(measure: Token, noun: Token) -> bool:
    """`des sanctions à dix-sept hauts responsables`: an `à` (`aux`) between the measure noun and a noun after
    it opens the phrase of whom the measure reaches, however the parser hung that noun."""
    between = measure.doc[measure.i + 1 : noun.i]
    return noun.i > measure.i and any(fold(t.lower_) in {"a", "aux"} and t.pos_ == "ADP" for t in between)


def _border_states(phrase: Token, actors: dict[int, Span]) -> set[str]:
    """The states of `phrase` named only as the side of a border (see `_beyond_border`)."""
    return {
        span._.actor_id
        for t in phrase.subtree
        if (span := actors.get(t.i)) is not None and span.start == t.i and span._.actor_id and _beyond_border(span.root)
    }


def _beyond_border(root: Token) -> bool:
    """`près de la frontière malienne`, `à la frontière avec le Mali` (`border_nouns` in markers.csv): the
    name hangs on a border noun, a line a place lies near, not a state it lies in."""
    return root.head.i != root.i and fold(root.head.lemma_.lower()) in markers()["border_nouns"]


def _defended_over(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Des missiles ont été interceptés au-dessus de Riyad`, `sur Tel-Aviv`, `des missiles tirés contre Israël
    ont été interceptés`: the city over which a wave was shot down, or the side it was aimed at, stands for
    the side defended, never for its launcher, when the interception swaps the sides (see `_intercepts`)."""
    found = []
    for t in verb.sent:
        span = actors.get(t.i)
        if span is None or span.start != t.i or not span._.actor_id:
            continue
        told = preposition(span.root)
        # `des missiles tirés contre Israël, vers Riyad, ont été interceptés`: where they were aimed is defended
        if told in {"sur", "contre", "vers"} or (told == "de" and span.root.head.lower_ == "au-dessus"):
            found.append(span._.actor_id)
    return unique(found)


def _foiled_by(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`une attaque que Washington dit avoir déjouée`, `l'offensive que l'armée a repoussée`: the subject of a
    relative clause on a strike noun whose verb, or the verb it reports, foils (`foil` in strike_frames.csv)
    the noun, is the side the attack was aimed at."""
    foils = strike_frames().get("foil", frozenset())
    for clause in (c for c in noun.children if c.dep_ == "acl:relcl"):
        verbs = [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "ccomp"})]
        if not any(v.lemma_.lower() in foils for v in verbs):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return phrase_actors(subject, actors).core
    return []


def _intercepted(verb: Token) -> list[Token]:
    """The plural munition nouns an interception verb shot down (see `_intercepts`)."""
    frames = strike_frames()
    if verb.lemma_.lower() not in frames.get("interception", frozenset()):
        return []
    munitions = frames.get("munition", frozenset())
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    # `a abattu 14 drones`; passive, `14 drones ont été abattus par X`, `des drones, dont plusieurs ont
    # été abattus par X` (the relative clause's antecedent)
    shot = [c for c in verb.children if c.dep_ in (PASSIVE_SUBJECT if passive else OBJECT)]
    if passive and verb.dep_ == "acl:relcl" and all(c.pos_ == "PRON" for c in shot):
        # the antecedent, or the nearest plural noun before it (`des drones dans l'espace aérien, dont
        # plusieurs ont été abattus`: the parser hangs the clause on the last noun)
        before = [t for t in verb.doc[verb.sent.start : verb.head.i] if t.pos_ == "NOUN"]
        shot = [verb.head, *before[-2:]]
    if not passive and not shot:
        # `ont intercepté dimanche soir sept missiles`: the parser hangs the object on the day before it
        shot = [c for c in verb.children if c.dep_ == "obl:mod" and c.i > verb.i and c.pos_ == "NOUN"]
    if passive and not shot:
        # `a déclaré que 119 drones et 2 missiles russes avaient été abattus`: the parser lost the passive
        # subject of the reported clause; the plural munitions between the clause's opening and the verb
        return _unhung_munitions(verb)
    found = []
    for obj in shot:
        if any(fold(t.lemma_.lower()) in markers()["unlaunched"] for t in obj.subtree):
            continue  # `a détruit quatre drones prêts à être lancés`: struck before their launch, not shot down
        # `14 des 17 drones`; `plus de deux cents drones`, the parser taking the number for the noun and
        # the noun for its adjective
        heads = [obj, *(c for c in obj.children if c.dep_ == "nmod" or (c.dep_ == "amod" and c.pos_ == "NOUN"))]
        found += [h for h in heads if h.lemma_.lower() in munitions and "Plur" in h.morph.get("Number", [])]
    return found


def _accused(verb: Token, slots: _Slots, actors: dict[int, Span]) -> None:
    """`Phnom Penh accuse la Thaïlande d'avoir violé la trêve en tirant sur des villages`: a strike
    verb below a verb of accusation (`accusation` in strike_frames.csv) whose clause names no attacker
    or no target was made by the accused on the accuser (read however deep the parser hung it)."""
    t = verb
    for _ in range(_ACCUSATION_HOPS):
        if t.head.i == t.i:
            return
        t = t.head
        if t.lemma_.lower() in strike_frames().get("accusation", frozenset()):
            accused = [a for c in t.children if c.dep_ in OBJECT for a in phrase_actors(c, actors, slots.stop).core]
            accuser = [a for c in t.children if c.dep_ in SUBJECT for a in phrase_actors(c, actors, slots.stop).core]
            antecedent = _accused_by_relative(t) if not accused else None
            if antecedent is not None:  # `des rebelles houthis, qu'il accuse d'avoir tiré un missile`
                accused = phrase_actors(antecedent, actors).core  # the phrase may be another trigger's object
            slots.sources += accused if not slots.sources else []
            if _placed_elsewhere(verb, accuser, slots):
                return  # `Moscou accuse Israël d'avoir frappé une base en Syrie`: a third party accuses
            accuser = _states_of_people(accuser, verb.doc)  # `le président ukrainien accuse Moscou`: Ukraine
            slots.targets += [a for a in accuser if a not in slots.sources] if not slots.targets else []
            return


def _states_of_people(ids: list[str], doc: Doc) -> list[str]:
    """`Le président ukrainien a accusé Moscou d'avoir bombardé une maternité`: a leader who accuses
    another side of a strike speaks for his state, which was hit; the person was not the target. Other
    sides, and people of no known state, stay as they are."""
    known = doc._.actors or {}
    out = []
    for i in ids:
        a = known.get(i)
        out.append(f"state:{a.country}" if a is not None and a.actor_type == "person" and a.country else i)
    return list(dict.fromkeys(out))


def _accused_by_relative(verb: Token) -> Token | None:
    """`visant des rebelles houthis, qu'il accuse d'avoir tiré la veille un missile sur Jizan`: a verb
    of accusation opened by the relative `que` (its object, or a `mark` when the parser hangs the clause
    on the verb before) accuses the noun phrase right before that `que`."""
    kids = list(verb.children)
    que = next((c for c in kids if c.dep_ in {"obj", "mark"} and c.lower_ in QUE_WORDS and c.i < verb.i), None)
    if que is None or any(c.dep_ == "obj" and c.i != que.i for c in kids):
        return None
    if verb.dep_ == "acl:relcl" and verb.head.i < que.i:
        return verb.head
    i = que.i - 1
    while i >= verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    if i < verb.sent.start:
        return None
    noun = verb.doc[i]
    while noun.dep_ in {"amod", "flat:name", "appos"} and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _placed_elsewhere(verb: Token, accuser: list[str], slots: _Slots) -> bool:
    """The strike is placed in a state (`en Syrie`) that is neither the accuser nor the accuser's own:
    the accuser speaks of a strike on another, it was not struck."""
    located = {a for a in slots.located if a.startswith("state:")}
    if not located or not accuser:
        return False
    known = verb.doc._.actors or {}
    homes = {a for a in accuser if a.startswith("state:")}
    homes |= {f"state:{known[a].country}" for a in accuser if a in known and known[a].country}
    return not (homes & located)


def _authorship_frame(noun: Token) -> Token | None:
    """The word that tells who made the strike a noun names (roles of strike_frames.csv): the verb
    accusing someone of it (`Moscou accuse Kiev d'une attaque`), attributing it (`a imputé l'attaque à
    X`, `l'attaque a été attribuée à X`) or the noun of its author (`être à l'origine de la frappe`)."""
    frames = strike_frames()
    governor = noun.head
    if governor.i == noun.i:
        return None
    lemma, verb = governor.lemma_.lower(), governor.pos_ == "VERB"
    if verb and noun.dep_.startswith("obl") and lemma in frames.get("accusation", frozenset()):
        return governor
    if verb and noun.dep_ in OBJECT | PASSIVE_SUBJECT and lemma in frames.get("attribution", frozenset()):
        return governor
    if noun.dep_ == "nmod" and lemma in frames.get("authorship", frozenset()):
        return governor
    return None


def _read_authorship(frame: Token, noun: Token, slots: _Slots, actors: dict[int, Span]) -> Token | None:
    """Fill the sides a frame of `_authorship_frame` gives; returns the verb whose subject struck
    (`L'armée a confirmé être à l'origine de la frappe`), or None when the frame's subject did not."""
    frames = strike_frames()
    lemma = frame.lemma_.lower()
    accuser = [a for c in frame.children if c.dep_ in SUBJECT for a in phrase_actors(c, actors, slots.stop).core]
    if frame.pos_ == "VERB" and not accuser:  # `après avoir imputé au GRU l'explosion`
        accuser = clauses.inherited_subject(frame, actors)
    if lemma in frames.get("accusation", frozenset()):
        objects = [c for c in frame.children if c.dep_ in OBJECT]
        slots.sources += [a for c in objects for a in phrase_actors(c, actors, slots.stop).core]
        slots.targets += [a for a in accuser if a not in slots.sources]
        return None
    if lemma in frames.get("attribution", frozenset()):
        # `Prague a imputé au GRU l'explosion d'un dépôt`: who blames an attack is, as a rule, hit by it
        slots.sources += _to_whom(frame, actors, slots.stop) or _to_whom(noun, actors, slots.stop, deep=True)
        slots.targets += [a for a in accuser if a not in slots.sources]
        return None
    governor = frame.head
    if not accuser and governor.pos_ == "VERB" and governor.lemma_.lower() in frames.get("accusation", frozenset()):
        # `L'armée accuse les FSR d'être à l'origine de ces attaques`: the accusation is the frame; the accused
        # made them, the accuser was hit
        return _read_authorship(governor, noun, slots, actors)
    slots.sources += accuser  # `X est à l'origine de l'attaque`
    return None if accuser or governor.pos_ not in {"VERB", "AUX"} else governor


def _attributed_on_noun(noun: Token, phrase: Token) -> bool:
    """`qui impute ces attaques à l'Ukraine`: the `à` phrase the parser hung on a strike noun that is the object
    of a verb of attribution (strike_frames.csv) names who struck, not where."""
    verb = noun.head
    return (
        preposition(phrase) in {"à", "au", "aux"}
        and noun.dep_ in OBJECT
        and verb.lemma_.lower() in strike_frames().get("attribution", frozenset())
    )


def _to_whom(verb: Token, actors: dict[int, Span], stop: frozenset[int], *, deep: bool = False) -> list[str]:
    """The actors of the `à` phrase of a verb of attribution (`attribue l'attaque aux FSR`); `deep`
    reads it inside the noun attributed, where the parser often hangs it (`a imputé la frappe de drone
    aux rebelles`)."""
    holders = verb.subtree if deep else verb.children
    # `des drones attribués aux FSR`: the parser may read the `à` phrase as a modifier (obl:mod)
    deps = {"nmod"} if deep else {"obl:arg", "obl", "iobj", "obl:mod"}
    phrases = [c for c in holders if c.dep_ in deps and preposition(c) in {"à", "au", "aux"}]
    return unique([a for c in phrases for a in phrase_actors(c, actors, stop).core])


def _attributed_to(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`Port-Soudan a été visée par des drones, que l'armée attribue aux FSR`, `l'opération,
    attribuée aux services ukrainiens, a visé`: a clause of attribution (strike_frames.csv) hung on
    the strike word, on its agent or on its subject names the attacker in its `à` phrase."""
    attribution = strike_frames().get("attribution", frozenset())
    attribution_munitions = strike_frames().get("munition", frozenset())
    holders = [head, *(c for c in head.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT | {"obl:agent"})]
    if head.pos_ == "NOUN":  # `une frappe de drone attribuée à X`: the participle hung on the munition
        holders += [c for c in head.children if c.dep_ == "nmod" and c.lemma_.lower() in attribution_munitions]
    if head.dep_ == "acl":  # `Port-Soudan visée par des drones attribués aux FSR`: the agent hung on the noun
        holders += [c for c in head.head.children if c.dep_ == "nmod" and fold(preposition(c)) == "par"]
    clauses_ = [c for h in holders for c in h.children if c.dep_ in {"acl", "acl:relcl", "advcl"}]
    if head.pos_ == "NOUN":
        # `la frappe du 1er avril contre son consulat à Damas, qui avait tué sept officiers et qu'il
        # attribue à Israël`: a second relative joined to one the parser hung on a phrase of the noun
        relatives = [t for t in head.subtree if t.dep_ == "acl:relcl" and not _crosses(t, head, stop)]
        clauses_ += [c for r in relatives for c in r.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        # `des tirs de roquettes contre le Golan qu'elle attribue aux forces iraniennes`: the relative hung
        # on the noun of the strike's own phrase; what is attributed is the strike, not the place
        clauses_ += [r for r in relatives if r.head.i != head.i and _object_relative(r)]
    return unique([a for c in clauses_ if c.lemma_.lower() in attribution for a in _to_whom(c, actors, stop)])


def _object_relative(clause: Token) -> bool:
    """A relative clause opened by `que` as its object (`qu'elle attribue à X`)."""
    return any(c.dep_ == "obj" and c.lower_ in QUE_WORDS for c in clause.children)


def _crosses(token: Token, head: Token, stop: frozenset[int]) -> bool:
    """Another trigger stands between `token` and the noun `head` it hangs under."""
    t = token.head
    while t.i != head.i and t.head.i != t.i:
        if t.i in stop:
            return True
        t = t.head
    return False


def _launched_by(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`a abattu 40 des 55 drones Shahed lancés par la Russie`: the model name after the munition
    often breaks the parse, so the agent of a launch participle (`launch` in strike_frames.csv)
    following the interception verb in its sentence is read on the surface."""
    launch = strike_frames().get("launch", frozenset())
    end = min(verb.sent.end, verb.i + 1 + LAUNCHED_BY_WINDOW)
    for t in verb.doc[verb.i + 1 : end]:
        if t.lemma_.lower() in launch and t.i + 1 < end and t.nbor().lower_ == "par":
            for i in range(t.i + 2, min(end, t.i + 5)):
                span = actors.get(i)
                if span is not None and span._.actor_id:
                    return [span._.actor_id]
    return []


def _active_misread(verb: Token) -> bool:
    """A verb the parser gave a passive subject though its only auxiliary is `avoir` (`L'aviation
    israélienne a ensuite frappé Rafah`): a French passive needs `être`, so the clause is active and
    its subject acts. So does a pronominal verb whose `être` the parser read as a tense auxiliary
    (`Giorgia Meloni s'est rendue au Japon`): the reflexive `se` and no passive auxiliary make the
    subject the one who went, not the one visited."""
    kids = [c.dep_ for c in verb.children]
    if "aux:pass" in kids or "obl:agent" in kids:
        return False
    has_avoir = any(c.dep_ == "aux:tense" and c.lemma_.lower() == "avoir" for c in verb.children)
    return has_avoir or any(c.dep_ in REFLEXIVE_DEPS and c.lower_ in REFLEXIVE_CLITICS for c in verb.children)


REFLEXIVE_DEPS = frozenset({"expl:comp", "expl:pv"})  # `se` of a pronominal verb, not the passive `se` (`expl:pass`)
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})


def _launch_agent(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`des roquettes se sont abattues sur X, tirées par le Hezbollah`, `des drones, lancés par Y, ont
    frappé`: the agent of a launch participle (`launch` in strike_frames.csv) in the strike's phrases,
    however the parser hung it (`sur un quartier de Kharkiv, tirés par l'armée russe`), fired the
    munitions, so it is the attacker."""
    agents = [c for p in _launch_participles(head, stop) for c in p.children if c.dep_ == "obl:agent"]
    return unique([a for c in agents for a in phrase_actors(c, actors, stop).core])


def _unhung_munitions(verb: Token) -> list[Token]:
    """`a annoncé que 40 drones russes avaient été neutralisés`: the plural munitions between the opening
    of a passive interception verb's clause (`que`, a comma, the sentence start) and the verb, when the
    parser hung them elsewhere; each told by its widest phrase inside that stretch (`drones` under
    `russes`), where the attacker's demonym is."""
    munitions = strike_frames().get("munition", frozenset())
    doc = verb.doc
    opening = max(
        (t.i for t in doc[verb.sent.start : verb.i] if t.dep_ == "mark" or t.pos_ == "PUNCT"),
        default=verb.sent.start - 1,
    )
    found: list[Token] = []
    for t in doc[opening + 1 : verb.i]:
        if t.lemma_.lower() not in munitions or "Plur" not in t.morph.get("Number", []):
            continue
        top = t
        while top.head.i != top.i and opening < top.head.i < verb.i:
            top = top.head
        found += [top] if top not in found else []
    return found


def _interception_reporter(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`l'armée de l'air a déclaré que 119 drones russes avaient été abattus`, `... ont été interceptés, a
    affirmé X`: a passive interception verb with no agent, in the clause of a verb that reports the
    defence (`interception_report` in strike_frames.csv), was a strike on the reporter's side."""
    if not any(c.dep_ == "aux:pass" for c in verb.children) or any(c.dep_ == "obl:agent" for c in verb.children):
        return []
    reports = strike_frames().get("interception_report", frozenset())
    clause = {"ccomp", "advcl", "parataxis", "parataxis:insert"}
    reported = verb.dep_ in clause or (verb.dep_ == "conj" and _que_between(verb.head, verb))
    reporters = [verb.head] if reported and verb.head.i != verb.i else []
    reporters += [c for c in verb.children if c.dep_ in clause and c.i > verb.i]
    found = []
    for reporter in reporters:
        if reporter.pos_ == "VERB" and reporter.lemma_.lower() in reports:
            subjects = [c for c in reporter.children if c.dep_ in SUBJECT]
            found += [a for c in subjects for a in phrase_actors(c, actors).core]
    return unique(found)


def _que_between(reporter: Token, verb: Token) -> bool:
    """`X a indiqué que 14 drones et 3 missiles avaient été abattus`: the parser made the reported verb a
    conjunct of the reporting one; a `que` between them tells the clause it reports."""
    return any(t.lower_ in {"que", "qu'", "qu’"} and t.dep_ == "mark" for t in verb.doc[reporter.i + 1 : verb.i])


def _interceptor(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`la défense ukrainienne a abattu dans la nuit 30 des 45 drones lancés par la Russie`: a launch
    participle (`launch` in strike_frames.csv) on munitions an interception verb shot down, however
    deep the parser hung them, struck the side of that verb's subject."""
    frames = strike_frames()
    if verb.dep_ != "acl" or verb.lemma_.lower() not in frames.get("launch", frozenset()):
        return []
    if verb.head.lemma_.lower() not in frames.get("munition", frozenset()):
        return []
    for governor in list(verb.ancestors)[1:_INTERCEPTOR_HOPS]:
        if governor.pos_ == "VERB" and governor.lemma_.lower() in frames.get("interception", frozenset()):
            subjects = [c for c in governor.children if c.dep_ in SUBJECT]
            return unique([a for c in subjects for a in phrase_actors(c, actors).core])
    return []


def _launch_participles(head: Token, stop: frozenset[int]) -> list[Token]:
    """Launch participles (`tirées`, `lancés`) hung as clauses in the trigger's phrases, below no
    other trigger of the sentence."""
    launch = strike_frames().get("launch", frozenset())
    found = []
    for t in head.subtree:
        if t.dep_ in {"acl", "advcl"} and t.pos_ == "VERB" and t.lemma_.lower() in launch and t.i != head.i:
            path = [a for a in t.ancestors if a.i != head.i and head in a.ancestors]
            if not any(a.i in stop for a in path):
                found.append(t)
    return found


def _launch_sites_under(phrase: Token, actors: dict[int, Span]) -> list[str]:
    """The states named as where a strike came from, nested in `phrase` (`tirées mercredi depuis le
    Liban`, the origin misparsed under the day)."""
    return unique(
        [
            span._.actor_id
            for i in range(phrase.left_edge.i, phrase.right_edge.i + 1)
            if (span := actors.get(i)) is not None and span._.actor_id and preposition(span.root) in LAUNCH_PREPS
        ]
    )


def _drop_launch_sites(found: PhraseActors, phrase: Token, actors: dict[int, Span]) -> None:
    """Where a strike came from, and who launched it (`sur un quartier de Kharkiv, tirés par l'armée
    russe`), is not what it hit, however deep the parser hung it."""
    launched = set(_launch_sites_under(phrase, actors)) | set(_launch_agent(phrase, actors, frozenset()))
    if launched:
        found.core = [a for a in found.core if a not in launched]
        found.located = [a for a in found.located if a not in launched]


def _launch_site(
    head: Token, actors: dict[int, Span], stop: frozenset[int], places: dict[int, Span] | None = None
) -> list[str]:
    """`une roquette tirée depuis le territoire cambodgien a touché X`, `des missiles tirés depuis le
    Yémen ont été interceptés`: when a strike names no attacker, the side it was launched from is it.
    Read on the trigger and on the munitions it governs (subject, object or `de` phrase). A place the
    gazetteer knows stands for its state (`tirée depuis Gaza`)."""
    launchers: list[str] = []
    holders = [head, *(c for c in head.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT | OBJECT | {"nmod"})]
    for holder in holders:
        verbs = [holder] if holder.i == head.i else [c for c in holder.children if c.dep_ == "acl"]
        for verb in verbs:
            for phrase in verb.children:
                if preposition(phrase) in LAUNCH_PREPS and phrase.i not in stop:
                    aims = frozenset(a.i for a in _aims_beyond_launch(phrase))  # not where it came from
                    found = phrase_actors(phrase, actors, stop | aims).core
                    if not found and places:
                        sites = phrase_places(phrase, places, locative=True)
                        found = [state for site in sites[:1] if (state := place_state(site)) is not None]
                    launchers += found
    for phrase in head.children:  # `tirées mercredi depuis le Liban`: the origin hung on the day
        if phrase.dep_.startswith("obl") and phrase.i not in stop and not launchers:
            launchers += _launch_sites_under(phrase, actors)
    return unique(launchers)


def _struck_subject(noun: Token) -> Token | None:
    """The subject of a frame that says it was struck: `la raffinerie a été la cible d'une attaque`
    (the frame noun's copular subject), `le dépôt a fait l'objet d'une frappe` (the verb's subject)."""
    frames = strike_frames().get("target", frozenset())
    holder = None
    if noun.lemma_.lower() in frames and any(c.dep_ == "cop" for c in noun.children):
        holder = noun  # `la base américaine a été la cible de drones`: the trigger is the frame noun itself
    elif noun.dep_ == "nmod" and noun.head.lemma_.lower() in frames:
        holder = noun.head
    elif noun.dep_.startswith("obl") and any(_frame_object(c, frames) for c in noun.head.children):
        holder = noun.head  # `faire l'objet d'une frappe`: the verb holds the frame noun as its object
    if holder is None:
        return None
    return next((c for c in holder.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)


def _clause_places(noun: Token, places: dict[int, Span]) -> list[Span]:
    """`Dans la région de Belgorod, un dépôt a pris feu après une attaque de drone`: a strike noun
    that names no place happened where the clause it sits in did; not where it was launched from
    (`a lancé des frappes aériennes depuis le Golan`)."""
    verb = governing_verb(noun)
    if verb is None:
        return []
    if reporting_tail(verb, noun):
        verb = verb.head  # `un dépôt a pris feu à X après une attaque, a annoncé Y`: hung on the report
    found: list[Span] = []
    for c in verb.children:
        prep = preposition(c)
        if c.i != noun.i and c.dep_.startswith("obl") and is_locative(prep) and prep not in LAUNCH_PREPS:
            if after_earlier_noun(c):
                continue  # `en représailles à l'attaque de Douma`, hung on the verb: the answered act's place
            found += phrase_places(c, places, locative=True)
    if not found and noun.dep_ == "nsubj" and noun.head.i == verb.i:
        found += _struck_objects_places(verb, places)
    if not found and noun.head.i == verb.i and fold(preposition(noun)) in markers()["answered"]:
        # `Un dépôt de la région de Briansk a pris feu après une attaque de drones`: the site the clause
        # says was damaged, its subject, is where the strike it follows hit
        for c in verb.children:
            if c.dep_ in SUBJECT | PASSIVE_SUBJECT:
                found += phrase_places(c, places, locative=True)
    return found


def reporting_tail(verb: Token, noun: Token) -> bool:
    """`..., après une attaque de drones, a annoncé le gouverneur`: a reporting verb closing the
    sentence (`reporting_tail` in markers.csv), after the noun, that the parser made the noun's
    governor instead of the clause it reports."""
    return (
        verb.i > noun.i
        and fold(verb.lemma_.lower()) in markers()["reporting_tail"]
        and verb.head.i != verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.head.i < noun.i
    )


def _struck_objects_places(verb: Token, places: dict[int, Span]) -> list[Span]:
    """`Des frappes pakistanaises ont visé mardi soir plusieurs villages de la province de Khost`:
    what a strike noun's own verb takes as object is where it hit, also when the parser hangs the
    object on the date or turns its `de` phrase into a complement of the verb (`obl:arg`)."""
    found: list[Span] = []
    for c in children_through_dates(verb):
        if after_earlier_noun(c):
            continue  # `interviennent au lendemain d'une attaque sur Odessa`: the earlier strike's place
        if c.dep_ in OBJECT or (c.dep_ == "obl:arg" and preposition(c) in POSSESSIVE) or c.dep_ == "nmod":
            found += [p for p in phrase_places(c, places, locative=True) if p not in found]
    return found


def lemma_forms(verb: Token) -> set[str]:
    """The folded lemma of a verb and the infinitive it may stand for: the tagger may leave a present's
    form as its lemma (`frappe`, `reproche`), whose first-group infinitive is that plus `r`."""
    lemma = fold(verb.lemma_.lower())
    return {lemma, lemma + "r"}


def _summing_up_reach(head: Token) -> list[Token]:
    """`X a relevé les tarifs sur l'acier, une mesure qui frappe le Canada`: after the measure, a comma
    and an indefinite noun that sums it up (`summing_up` in markers.csv) whose `qui` clause has a verb of
    reach (`measure_reach`): that clause, however the parser hung the noun (often on the date)."""
    doc, sent = head.doc, head.sent
    found = []
    for t in doc[head.i + 1 : sent.end]:
        if t.pos_ != "NOUN" or fold(t.lemma_.lower()) not in markers()["summing_up"]:
            continue
        before = doc[t.i - 2 : t.i] if t.i - 2 >= sent.start else None
        if before is None or before[0].text != "," or before[1].lower_ not in {"une", "un"}:
            continue
        found += [
            c
            for c in t.children
            if c.dep_ == "acl:relcl"
            and lemma_forms(c) & markers()["measure_reach"]
            and any(g.dep_ == "nsubj" and g.lower_ == "qui" for g in c.children)
        ]
        break
    return found


def _listed_after_bare_name(child: Token, noun: Token, stop: frozenset[int]) -> bool:
    """A noun coordinated to an event noun after a phrase hung on it with no preposition (`à la rencontre
    le président X, son homologue Y et ...`): the parser's reading of a list of inverted subjects."""
    if child.dep_ != "conj" or child.i < noun.i or child.i in stop or child.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(
        c.dep_ == "nmod" and c.i < child.i and not preposition(c) and c.pos_ in {"NOUN", "PROPN"} for c in noun.children
    )


def _noun_taken_for_complement(child: Token, prep: str) -> bool:
    """`Poutine recevra vendredi au Kremlin l'envoyé spécial américain X`: after a date and a place, the
    parser may read the object of a talk verb as a predicate (`xcomp`, as for `a été nommé ministre`) or leave
    it unlabelled (`dep`); a talk verb has no predicate, and a noun with an article after it is whom the talks
    are with."""
    return (
        child.dep_ in {"xcomp", "dep"}
        and child.i > child.head.i
        and not prep
        and child.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "det" for c in child.children)
    )


def _own_item(child: Token) -> bool:
    """`Macron reçoit le roi de Jordanie, Barrot attendu à Beyrouth`, `Pyongyang tire un missile, Séoul et
    Tokyo se concertent`: a verb juxtaposed to the act's with a subject of its own (nlp/absolute_items.py)
    tells another piece of news; its names and places are not the act's."""
    return (
        child.dep_ == "parataxis"
        and child.pos_ == "VERB"
        and any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in child.children)
    )


def _agent_of_passive(noun: Token) -> bool:
    """`endommagé par une attaque`: the noun is the agent of a passive verb (parsed `obl:agent`
    or, often, `obl:mod`)."""
    return noun.dep_.startswith("obl") and preposition(noun) == "par" and clauses.is_passive(noun.head)


def _effect_clauses(noun: Token) -> list[Token]:
    """Relative clauses whose subject is the event itself: `la frappe qui a dévasté un restaurant
    de Kramatorsk`, `les sanctions qui frappaient le Niger` say what it hit (the clause's object is
    the target)."""
    return [
        c
        for c in noun.children
        if c.dep_ == "acl:relcl"
        and c.pos_ == "VERB"
        and any(g.dep_ == "nsubj" and g.lower_ == "qui" for g in c.children)
    ]


def _listed_demonyms(head: Token, slots: _Slots, actors: dict[int, Span]) -> list[str]:
    """`a rencontré les dirigeants éthiopien, somalien et djiboutien`: the demonyms listed right after
    one the parse gave (a comma or `et` between them) qualify the same plural noun, one state each,
    whatever the parser hung them on."""
    sent, doc, have = head.sent, head.doc, set(slots.all_ids())
    spans = sorted((s for i, s in actors.items() if sent.start <= i < sent.end and i == s.start), key=lambda s: s.start)
    found: list[str] = []
    for k, span in enumerate(spans):
        if not _demonym(span) or span._.actor_id not in have | set(found):
            continue
        last = span
        for later in spans[k + 1 :]:
            gap = doc[last.end : later.start]
            if not (_demonym(later) and 0 < len(gap) <= 2 and all(t.text == "," or t.lower_ == "et" for t in gap)):
                break
            found.append(later._.actor_id)
            last = later
    return unique(found)


def _measure_announcer(verb: Token, actors: dict[int, Span]) -> list[str]:
    """The subject of a verb of announcing (`measure_announcers` in markers.csv) told with a passive
    measure that names its target alone: the verb that governs it (`X a écrit à plusieurs pays : les
    produits philippins seront taxés`) or one closing it (`..., a prévenu X`)."""
    words = markers()["measure_announcers"]
    around = [verb.head] if verb.dep_ in {"advcl", "parataxis", "ccomp"} and verb.head.i != verb.i else []
    # `..., a annoncé Pékin`: the closing verb of saying, also when the parser made it an adverbial clause
    around += [c for c in verb.children if c.dep_ in {"parataxis", "conj", "advcl"} and c.i > verb.i]
    for other in around:
        if other.pos_ in {"VERB", "AUX"} and fold(other.lemma_.lower()) in words and not clauses.is_passive(other):
            found = clauses.subject_of(other, actors)
            if not found and other.i > verb.i:  # `..., a annoncé Washington`: the inverted subject, parsed as object
                objects = [c for c in other.children if c.dep_ in OBJECT and c.i > other.i]
                found = [a for c in objects for a in phrase_actors(c, actors).core]
            if found:
                return found
    return []


def _aside_imposer(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Les exportations suisses sont frappées d'une surtaxe de 39 %, l'une des plus lourdes imposées par
    Washington`: the agent of a participle of imposing (`imposition` in markers.csv) in an aside on a passive
    measure that names its target alone."""
    words = markers()["imposition"]
    for child in verb.children:
        if child.dep_ in SUBJECT | PASSIVE_SUBJECT:
            continue
        for participle in (child, *child.children):
            if participle.dep_ not in {"acl", "amod"} or fold(participle.lemma_.lower()) not in words:
                continue
            agents = [c for c in participle.children if c.dep_ == "obl:agent"]
            found = [a for c in agents for a in phrase_actors(c, actors).core]
            if found:
                return found
    return []


def _demonym(span: Span) -> bool:
    """A one-word, lower-case name of a state (`somalien`)."""
    return len(span) == 1 and span[0].text.islower() and (span._.actor_id or "").startswith("state:")


def _resumed(noun: Token) -> bool:
    """`les négociateurs ont repris les discussions jeudi`: talks after a verb of resuming them
    (`resume_talks` in markers.csv), which the parser may read as a modifier rather than the object."""
    return fold(noun.head.lemma_.lower()) in markers()["resume_talks"]


def _holding_relatives(noun: Token) -> list[Token]:
    """Object relative clauses of a talk noun whose verb holds it (`holding_talks` in markers.csv):
    `l'entretien qu'il a eu lundi avec X`, `la réunion qu'ils ont tenue à Doha` name its parties; so does the
    holding verb a modal of the clause controls (`le sommet qu'il devait tenir à Singapour avec X`), the
    parser reading its `que` as a mark."""
    held = _relatives_with(noun, "holding_talks", {"obj"}, QUE_WORDS)
    for clause in noun.children:
        if clause.dep_ != "acl:relcl" or clause.pos_ not in {"VERB", "AUX"} or clause in held:
            continue
        if not any(g.dep_ in {"obj", "mark"} and g.lower_ in QUE_WORDS and g.i < clause.i for g in clause.children):
            continue
        holding = [
            x for x in clause.children if x.dep_ == "xcomp" and fold(x.lemma_.lower()) in markers()["holding_talks"]
        ]
        held += [clause, *holding] if holding else []
    return held


def _relatives_with(noun: Token, marker: str, deps: Set[str], pronouns: Set[str]) -> list[Token]:
    """The relative clauses of `noun` whose verb is one of `marker`'s words and whose relative pronoun
    (one of `pronouns`) fills one of `deps`."""
    return [
        clause
        for clause in noun.children
        if clause.dep_ == "acl:relcl"
        and clause.pos_ in {"VERB", "AUX"}
        and fold(clause.lemma_.lower()) in markers()[marker]
        and any(g.dep_ in deps and g.lower_ in pronouns for g in clause.children)
    ]


def _continues_object_list(child: Token, verb: Token) -> bool:
    """`les présidents du Mali, du Burkina Faso et du Niger`: a `de` phrase hung on the verb right after a
    comma that closes the verb's object, itself ending on a `de` phrase, is the next item of that list."""
    if child.dep_ not in {"obl", "obl:arg", "obl:mod", "nmod"} or fold(preposition(child)) not in POSSESSIVE:
        return False
    comma = child.left_edge.i - 1
    if comma <= verb.i or child.doc[comma].text != ",":
        return False
    objects = [c for c in verb.children if c.dep_ == "obj" and c.right_edge.i == comma - 1]
    return any(
        n.dep_ == "nmod" and fold(preposition(n)) in POSSESSIVE and n.right_edge.i == obj.right_edge.i
        for obj in objects
        for n in obj.children
    )


def _gathering_relatives(noun: Token) -> list[Token]:
    """Subject relative clauses of a meeting noun whose verb gathers people (`gathering_verbs` in markers.csv):
    `le sommet, qui réunit les présidents du Mali et du Niger`, `la réunion, qui rassemblait les ministres
    de trois pays` name its participants."""
    return _relatives_with(noun, "gathering_verbs", SUBJECT, {"qui"})


_ATTENDED_RELATIVE = frozenset({"auquel", "auxquels", "auxquelles", "laquelle", "lequel", "lesquels", "lesquelles"})


def _attending_relatives(noun: Token) -> list[Token]:
    """Relative clauses of a meeting noun whose verb attends it (`attend` in markers.csv): `un sommet
    auquel participera X`, `la réunion à laquelle ont pris part X et Y` name its participants; a denied
    one names who stayed away (`à laquelle X n'a pas participé`)."""
    after = noun.right_edge.i + 1  # the parser may hang the clause on the noun's verb: it starts right after
    candidates = [c for c in noun.children if c.dep_ == "acl:relcl"]
    if noun.head.i != noun.i:
        candidates += [c for c in noun.head.children if c.dep_ in {"acl:relcl", "ccomp"} and c.left_edge.i == after]
    return [
        clause
        for clause in candidates
        if clause.pos_ in {"VERB", "AUX"}
        and _attends(clause)
        and any(g.lower_ in _ATTENDED_RELATIVE and g.i < clause.i for g in clause.subtree)
        and not any(c.dep_ == "advmod" and c.lower_ in {"pas", "jamais", "point"} for c in clause.children)
    ]


def _where_relatives(noun: Token) -> list[Token]:
    """Relative clauses on `où` told right after a meeting noun's phrase (`la réunion du 14 septembre à
    Bruxelles, où X et Y s'étaient quittés`): what happened there, its subject among those present. The
    parser may hang the clause on a noun the meeting noun complements (`l'échec de la réunion ..., où`)."""
    holders = [noun]
    while holders[-1].dep_ == "nmod" and holders[-1].head.pos_ == "NOUN" and len(holders) < 3:
        holders.append(holders[-1].head)
    found = []
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ != "acl:relcl" or clause.pos_ not in {"VERB", "AUX"} or clause.i < noun.i:
                continue
            where = next((c for c in clause.children if c.lower_ == "où"), None)
            if where is None or where.i != clause.left_edge.i or where.i - noun.i > _WHERE_REACH:
                continue
            own = {t.i for t in holder.subtree} - {t.i for t in clause.subtree}
            # only the noun's own words (`du 14 septembre à Bruxelles`) and a comma between it and `où`
            if all(i in own or noun.doc[i].is_punct for i in range(noun.i + 1, where.i)):
                found.append(clause)
    return found


_WHERE_REACH = 10  # words from a meeting noun to the `où` of its clause (`la réunion du 14 septembre à Bruxelles, où`)


def acting_relatives(noun: Token, event_type: str) -> list[Token]:
    """The verbs of the object relative clauses of an event noun that make the event itself: who
    imposed a measure (`la surtaxe que le Canada a imposée mardi`), made a visit (`la visite qu'elle a
    effectuée lundi`) or held talks (`l'entretien qu'il a eu mardi avec X`). Their clause tells the
    event's participants and its day."""
    if event_type in RECIPIENT_TYPES:
        return _imposing_relatives(noun)
    if event_type == "meeting":
        return _performing_relatives(noun) + _holding_relatives(noun)
    if event_type in TALK_EVENTS:
        return _holding_relatives(noun)
    if event_type == "strike":
        return _imposing_relatives(noun, "launching")
    return []


def _imposing_relatives(noun: Token, marker: str = "imposition") -> list[Token]:
    """Object relative clauses of a measure whose verb, or the infinitive it controls, imposes it
    (`imposition` in markers.csv): `les droits qu'il devait imposer sur les produits mexicains`, `les
    sanctions que l'UE a imposées à la Russie` name the imposer and the target in the clause; with
    `marker="launching"`, those of a strike that make, order or claim it (`les tirs de roquettes que les
    forces iraniennes auraient lancés contre le Golan`). The parser may hang the clause on the noun's
    verb, its `que` read as a conjunction (`a dénoncé la surtaxe que le Canada a imposée mardi`): a
    clause whose `que` follows the noun's phrase at once is the noun's."""
    candidates = [c for c in noun.children if c.dep_ == "acl:relcl"]
    after = noun.right_edge.i + 1
    if noun.head.i != noun.i and noun.dep_ in {"obj", "nsubj", "obl:arg", "obl", "nmod"}:
        candidates += [
            c
            for c in noun.head.children
            if c.dep_ in {"acl:relcl", "ccomp"} and any(g.i == after and g.lower_ in QUE_WORDS for g in c.children)
        ]
    out = []
    for clause in (c for c in candidates if c.pos_ in {"VERB", "AUX"}):
        if not any(g.dep_ in {"obj", "mark"} and g.lower_ in QUE_WORDS for g in clause.children):
            continue
        verbs = [clause, *(x for x in clause.children if x.dep_ == "xcomp" and x.pos_ == "VERB")]
        out += [v for v in verbs if fold(v.lemma_.lower()) in markers()[marker]]
    return out


def _performing_relatives(noun: Token) -> list[Token]:
    """Object relative clauses of a visit or talks whose verb, or the infinitive it controls, makes
    them (`performing` in markers.csv): `la visite que le président doit effectuer à Pékin`, `le voyage
    qu'elle a fait à Kiev` name the visitor and the place. The parser often hangs the clause on the
    noun's governor or on the verb above (`la préparation de la visite que ...`); a clause whose `que`
    follows the noun's phrase at once is the noun's. (`_holding_relatives` reads the talks a verb
    holds, `l'entretien qu'il a eu avec X`, only on the noun itself.)"""
    candidates = [c for c in noun.children if c.dep_ == "acl:relcl"]
    after, governor = noun.right_edge.i + 1, noun
    for _ in range(3):  # `du programme de la visite que X doit faire`: up to the verb above
        if governor.dep_ not in {"nmod", "obl:arg", "obl", "obj"} or governor.head.i == governor.i:
            break
        governor = governor.head
        candidates += [
            c
            for c in governor.children
            if c.dep_ in {"acl:relcl", "ccomp"} and any(g.i == after and g.lower_ in QUE_WORDS for g in c.children)
        ]
    out = []
    for clause in (c for c in candidates if c.pos_ in {"VERB", "AUX"}):
        if not any(g.dep_ in {"obj", "mark"} and g.lower_ in QUE_WORDS for g in clause.children):
            continue
        verbs = [clause, *(x for x in clause.children if x.dep_ == "xcomp" and x.pos_ == "VERB")]
        if any(fold(v.lemma_.lower()) in markers()["performing"] for v in verbs):
            out += verbs
    return out


def _carried_out_or_claimed(verb: Token) -> bool:
    """`a mené`, `a lancé`, `a revendiqué` (`carry_out` and `own_claim` in markers.csv): its subject made
    the strike its object names (not `a attribué l'attaque à X`, whose subject blames another)."""
    return fold(verb.lemma_) in markers()["carry_out"] | markers()["own_claim"]


def _reflexive_participle(word: Token) -> bool:
    """`se sont ouvertes`, `s'est ouverte`: a participle of a reflexive verb the tagger took for an
    adjective (its lemma `ouvert`) is still the clause's verb, whose phrases name the sides."""
    return word.pos_ == "ADJ" and clauses.has_reflexive_clitic(word)


def _anchor_possessor(noun: Token, actors: dict[int, Span]) -> list[str]:
    """The subject of the clause a possessive talk noun under `après`, `avant`, `depuis` is hung in."""
    if fold(preposition(noun)) not in markers()["time_anchor"] or not clauses.has_possessive_article(noun):
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return clauses.subject_of(verb, actors) if verb is not None else []


def _aligned_on(phrase: Token) -> bool:
    """`s'est alignée sur le dernier paquet de sanctions`: the `sur` phrase of a verb of alignment
    (`align_measure` in markers.csv), whose subject takes up the measure as its own."""
    verb = phrase.head
    return (
        fold(preposition(phrase)) == "sur"
        and verb.pos_ in {"VERB", "AUX"}
        and fold(verb.lemma_.lower()) in markers()["align_measure"]
    )


def _list_remover(noun: Token) -> Token | None:
    """The verb of taking off a list (`list_remove` in markers.csv) whose object a list noun after `de`
    is hung on: `a retiré le Soudan de sa liste`, `a rayé trois banques de la liste noire`."""
    holder = noun.head
    while holder.pos_ == "PROPN" and holder.dep_ in {"nmod", "flat:name"} and holder.head.pos_ == "PROPN":
        holder = holder.head  # `a radié la Corée du Nord de la liste`: the list hung inside the name
    verb = holder.head
    if (
        noun.dep_ == "nmod"
        and fold(preposition(noun)) in {"de", "d'", "d’"}
        and fold(noun.lemma_.lower()) in markers()["list_nouns"]
        and holder.dep_ == "obj"
        and verb.pos_ == "VERB"
        and fold(verb.lemma_.lower()) in markers()["list_remove"]
    ):
        return verb
    return None


def _light_verb(noun: Token) -> Token | None:
    """The verb an event noun depends on as subject or object, directly or through a counting
    noun: `a lancé une attaque`, `l'échange a eu lieu`, `a adopté un paquet de sanctions`.

    A date between the verb and its object (`a imposé le 15 avril des sanctions`) often makes the
    parser hang the noun on the date; the verb the date depends on is then the noun's verb too.
    A noun under `après`, `avant`, `depuis` (`time_anchor` in markers.csv) is another event the
    verb's is dated against (`X a reçu Y, trois jours après son appel avec Z`), whatever the parse."""
    prep = fold(preposition(noun))
    if prep in markers()["time_anchor"] or is_time_anchor(noun, prep):
        return None  # `dans la foulée de son entretien avec X, Y a appelé Z`: the talk Y's call came after
    on_date = verb_over_date(noun)
    if on_date is not None:
        return on_date
    held = _holding_verb_before(noun)
    if held is not None:
        return held
    announced = _object_after_retaliation(noun)
    if announced is not None:
        return announced
    beyond = _past_the_date(noun)
    if beyond is not None:
        return beyond
    if noun.dep_ == "nsubj" and _reflexive_participle(noun.head):
        return noun.head  # `les discussions se sont ouvertes mardi entre X et Y`, the participle tagged ADJ
    if prep in DURING_PREPS:
        return None  # `a entamé une tournée pendant l'offensive de X`: a time, whatever the parse
    t = noun
    for _ in range(2):
        if t is not noun and _anchor_date(t):
            return None  # `, a annoncé X, après trois jours de frappes`: the span the clause is dated against
        if t.dep_ in {"obj", "nsubj", "nsubj:pass", "obl", "obl:arg"} and t.head.pos_ in {"VERB", "AUX"}:
            return t.head
        if _aligned_on(t):
            return t.head  # `la Suisse s'est alignée sur le paquet de sanctions européennes`: it adopts them
        if t is not noun and not preposition(t) and (verb := verb_over_date(t)) is not None:
            return verb  # `a adopté vendredi son quatorzième paquet de sanctions`: the package hung on the day
        # `a mené mercredi plusieurs raids`: a date before the object leads the parser to read the
        # object as a modifier; a verb of carrying out still governs it, and so does a verb of claiming
        # (`ont revendiqué lundi deux attaques`), unless a preposition makes the noun a time or a
        # circumstance (`pendant les discussions, l'armée a lancé des drones`)
        if (
            t.dep_ == "obl:mod"
            and t.head.pos_ == "VERB"
            and (_carried_out_or_claimed(t.head) or _adopted_package(t, noun) or _resumed(t))
            and not (t.i == noun.i and any(c.dep_ == "case" for c in t.children))
        ):
            return t.head
        # `X a eu, vendredi à Banjul, des entretiens avec Y`: the object set off by commas after a date
        if t.i == noun.i and t.head.pos_ == "VERB" and _stray_object(t, preposition(t), STRAY_OBJECT_DEPS):
            return t.head
        # `a répliqué jeudi en imposant des surtaxes`: a noun with no preposition that the parser hangs on
        # a verb as a noun's modifier is that verb's object
        if t.i == noun.i and t.dep_ == "nmod" and t.head.pos_ == "VERB" and not preposition(t):
            return t.head
        # `a réimposé des sanctions à l'Iran` (`des` read as `de les`), `a rétabli mercredi les sanctions`
        # (hung on the date): a noun the parser made a modifier of a verb imposing or acting on a measure
        if t.i == noun.i and t.head.pos_ == "VERB" and t.dep_ in {"nmod", "obl:mod"} and _measure_verb(t.head):
            if fold(preposition(t)) in {"", "des"}:
                return t.head
        # `a réinscrit les Houthis sur la liste des organisations terroristes` (list parsed obl:mod)
        if t.dep_ == "obl:mod" and t.head.pos_ == "VERB" and fold(t.lemma_) in markers()["list_nouns"]:
            return t.head
        remover = _list_remover(t) if t.i == noun.i else None
        if remover is not None:
            return remover  # `a retiré le Soudan de sa liste des États ...`: the list hung on the object
        # `Pékin a répliqué par une taxe équivalente`, `a riposté avec des droits`: what a riposte is made
        # with is its subject's
        if (
            t.dep_.startswith("obl")
            and preposition(t) in {"par", "avec"}
            and fold(t.head.lemma_) in markers()["riposte_verbs"]
        ):
            return t.head
        # `a annoncé de son côté des sanctions`: the parser hangs the object on the aside adverbial
        if t is not noun and t.dep_ == "obl:mod" and t.head.pos_ == "VERB" and fold(t.lemma_) in markers()["aside"]:
            return t.head
        # `a annoncé l'ajout de X à sa liste, ainsi que des contrôles à l'exportation`: a further object the
        # parser joins to the verb itself
        if t.i == noun.i and _object_joined_to_verb(t):
            return t.head
        if t.dep_ not in QUANTIFIER_DEPS or t.head.pos_ != "NOUN" or _earlier_event_frame(t.head):
            return None
        t = t.head
    return None


def _holding_verb_before(noun: Token) -> Token | None:
    """`X et Y ont tenu samedi une seconde rencontre ..., a annoncé Z`: the parser may make the object of
    a verb of holding or carrying out (`holding_talks`, `carry_out` in markers.csv) the subject of the
    incise after it; the verb right before the noun's phrase (past its date) with no object of its own
    still holds it."""
    doc, k = noun.doc, noun.left_edge.i - 1
    while k > noun.sent.start and date_root_over(doc[k]) is not None:
        k -= 1
    verb = doc[k]
    if k < noun.sent.start or verb.pos_ != "VERB" or noun.head.i == verb.i or noun.dep_ in OBJECT:
        return None
    if fold(verb.lemma_.lower()) not in markers()["holding_talks"] | markers()["carry_out"]:
        return None
    return None if any(c.dep_ in OBJECT for c in verb.children) else verb


def _object_on_phone_phrase(verb: Token) -> list[Token]:
    """`a eu au téléphone son homologue`, `a eu au bout du fil X`: when the verb has no object, the parser
    hangs the one on the line on the phone phrase (`phone_phrase` in markers.csv) as a bare noun phrase."""
    if any(c.dep_ in OBJECT for c in verb.children):
        return []
    phones = [
        c for c in verb.children if c.dep_.startswith("obl") and fold(c.lemma_.lower()) in markers()["phone_phrase"]
    ]
    return [g for p in phones for g in p.children if g.dep_ in {"nmod", "appos"} and not preposition(g)]


def _goods_states(head: Token, acting: list[str]) -> list[str]:
    """The states whose goods a measure hits (`phrases.foreign_goods`), other than who imposes it; for a
    measure noun told as the subject of a verb of reach, the goods after that verb (`la surtaxe
    s'appliquera à l'acier importé de Chine`)."""
    goods = [s._.actor_id for s in foreign_goods(head, head.i + 1)]
    reach = _reaching_verb(head) if not goods and head.pos_ == "NOUN" else None
    if reach is not None:
        goods = [s._.actor_id for s in foreign_goods(reach, reach.i + 1)]
    return [a for a in unique(goods) if a not in acting]


def verb_over_date(noun: Token) -> Token | None:
    """The verb of the date the parser hung `noun` on (`a imposé le 15 avril des sanctions`), unless
    that date frames an earlier event (`au lendemain de l'attaque`: the date is that attack's) or is
    a span the clause is dated against (`, a indiqué X, après quatre jours de frappes`: the strikes are
    no object of the reporting verb)."""
    date_root = date_root_over(noun.head)
    if (
        date_root is not None
        and date_root.head.pos_ in {"VERB", "AUX"}
        and noun.dep_ in {"nmod", "conj", "obj"}
        and not _earlier_event_frame(noun.head)
        and not _anchor_date(date_root)
    ):
        return date_root.head
    return None


def _object_joined_to_verb(noun: Token) -> bool:
    """A noun with its article, coordinated (`et`, `ainsi que`) after the object of a verb, that the parser
    hangs on that verb as a conjunct: a second object of the verb, not a clause of its own."""
    verb = noun.head
    return (
        noun.dep_ == "conj"
        and verb.pos_ == "VERB"
        and noun.i > verb.i
        and any(c.dep_ == "cc" for c in noun.children)
        and any(c.dep_ == "det" for c in noun.children)
        and any(c.dep_ in OBJECT and c.i < noun.i for c in verb.children)
    )


def _journey_verb(noun: Token) -> Token | None:
    """`X est arrivé lundi à Moscou, avant un tête-à-tête avec Y`: a meeting told as what a journey
    (`journey` in models/events/markers.csv) comes before or is made for has the traveller in it;
    so does a meeting its subject takes part in (`attend`: `a participé aux pourparlers`)."""
    verb = noun.head
    eve = noun.head
    if noun.dep_ == "nmod" and fold(eve.lemma_.lower()) in markers()["journey_eve"] and eve.dep_.startswith("obl"):
        # `X est arrivé mercredi à Paris, à la veille d'une rencontre avec Y`: the journey comes before it
        host = eve.head
        return host if host.pos_ == "VERB" and fold(host.lemma_) in markers()["journey"] else None
    if noun.dep_ == "nmod" and fold(preposition(noun)) in markers()["journey_purpose"]:
        # `sont arrivés à Kiev par train de nuit pour une visite`: the parser hangs the purpose on the
        # means of travel; the journey is the verb above that phrase
        means = noun.head
        for _ in range(2):
            if means.dep_ != "nmod" or means.head.pos_ != "NOUN":
                break
            means = means.head
        by_means = fold(preposition(means)) in {"par", "en"}  # `par train`, `en avion`, not `à Ankara`
        traveled = by_means and means.dep_.startswith("obl") and means.head.pos_ == "VERB"
        if traveled and fold(means.head.lemma_) in markers()["journey"]:
            return means.head
        return None
    if not noun.dep_.startswith("obl") or verb.pos_ != "VERB":
        return None
    if _attends(verb):  # `a pris part mardi au sommet organisé par Y`: who takes part is a participant
        return verb if fold(preposition(noun)) in markers()["attend_preposition"] else None
    if fold(verb.lemma_) not in markers()["journey"]:
        return None
    return verb if fold(preposition(noun)) in markers()["journey_purpose"] else None


def _journey_where(verb: Token) -> Token | None:
    """`Les délégations sont arrivées mercredi en Suède, où des consultations doivent s'ouvrir jeudi`: talks
    told in an `où` clause on a journey (`journey` in markers.csv), or on its place, are held by who travels
    there; the journey verb stands for the talk noun's own verb."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    # the parser may hang `où` on the talk noun, the clause's subject (`où une entrevue avec Y est prévue`)
    subjects = [g for c in clause.children if c.dep_.startswith("nsubj") for g in c.children]
    if not any(c.lower_ == "où" for c in (*verb.children, *clause.children, *subjects)):
        return None
    if clause.dep_ not in {"advcl", "acl:relcl", "conj"}:  # `conj`: a relative the parser joined to its host
        return None
    host = clause.head
    if host.pos_ == "NOUN" and host.dep_.startswith("obl"):
        host = host.head  # `arrivées en Suède, où ...`: the clause hung on the place
    return host if host.pos_ == "VERB" and _journey_told(host) else None


def _journey_told(verb: Token) -> bool:
    """A verb of a journey (`journey` in markers.csv), or one told by a passive of expecting (`est attendu
    jeudi à Pékin`) or by `se rendre` (`se rend mardi à Paris`)."""
    if clauses.journey_verb(verb):
        return True
    return fold(verb.lemma_.lower()) == "attendre" and any(c.dep_ == "aux:pass" for c in verb.children)


def _attends(verb: Token) -> bool:
    """`participer`, `assister`, `prendre part` (`attend` in models/events/markers.csv)."""
    lemma = fold(verb.lemma_.lower())
    words = markers()["attend"]
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None  # the parser scatters `part`
    return lemma in words or (after is not None and f"{lemma} {fold(after.lower_)}" in words)


def _package_aim(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`le 14e paquet de sanctions à l'encontre de la Russie`: the parser hangs the aim of the
    measures on the counting noun that holds them; a `contre`/`à l'encontre de` phrase there is the target."""
    package = noun.head
    if noun.dep_ not in QUANTIFIER_DEPS or package.pos_ != "NOUN" or package.i == noun.i:
        return []
    aimed = (c for c in package.children if c.i != noun.i and c.dep_ == "nmod" and preposition(c) in AGAINST - {"sur"})
    return [a for c in aimed for a in phrase_actors(c, actors, stop).core]


def _listed_subject(verb: Token, actors: dict[int, Span]) -> tuple[list[str], list[str]] | None:
    """(whom the subject names, whose list it is) for a verb of being on a list (`listed_on` in
    markers.csv: `figurent sur la liste`) or a passive of putting on one (`ont été ajoutées à la liste
    noire du Trésor`); None for other verbs. The list's owner is named in the list's own phrase (`du
    Trésor`, `publiée par le Trésor`) or is the passive's agent (`ajoutées par le Trésor à sa liste`)."""
    lemma = fold(verb.lemma_.lower())
    if lemma not in markers()["listed_on"] and not (lemma in markers()["list_add"] and clauses.is_passive(verb)):
        return None
    lists = [c for c in verb.children if c.dep_.startswith("obl") and fold(c.lemma_) in markers()["list_nouns"]]
    owners = [
        a
        for noun in lists
        for c in noun.children
        for phrase in ([c] if c.dep_ == "nmod" else [g for g in c.children if g.dep_ == "obl:agent"])
        for a in phrase_actors(phrase, actors).core
    ]
    if clauses.is_passive(verb):  # `ont été ajoutées mardi par le département du Commerce à sa liste`
        owners += [a for c in verb.children if c.dep_ == "obl:agent" for a in phrase_actors(c, actors).core]
    names = [a for a in clauses.subject_of(verb, actors) if a not in owners]
    if not names:
        names = [a for c in verb.children if c.dep_ == "nsubj:pass" for a in phrase_actors(c, actors).core]
    return names, unique(owners)


TRADE_VERBS = frozenset({"exporter", "importer", "vendre", "livrer", "acheter", "expedier"})
TRADE_PARTNER_PREPS = frozenset({"vers", "a", "au", "aux", "depuis", "en provenance de"})


def _trade_infinitive_partners(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`l'interdiction d'exporter vers les États-Unis des terres rares`, `l'interdiction de vendre des
    armes à Israël`: the state a banned trade goes to or comes from, told in the infinitive of trading
    that completes the measure noun, is what the ban hits."""
    found: list[str] = []
    for verb in noun.children:
        if verb.dep_ != "acl" or "Inf" not in verb.morph.get("VerbForm", []) or fold(verb.lemma_) not in TRADE_VERBS:
            continue
        # `de vendre des armes à Israël`: the phrase may hang on the goods the infinitive takes
        goods = [g for c in verb.children if c.dep_ in OBJECT for g in c.children if g.dep_ == "nmod"]
        for c in [*verb.children, *goods]:
            if (c.dep_.startswith("obl") or c in goods) and fold(preposition(c)) in TRADE_PARTNER_PREPS:
                found += phrase_actors(c, actors, stop).core
    return unique(found)


PARTNER_RELATIONS = frozenset({"nmod", "obl", "obl:mod", "obl:arg"})
TRADE_NOUNS = frozenset(
    {"echange", "echanges", "commerce", "exportation", "importation", "export", "import", "vente", "livraison"}
)


def _trade_noun_partners(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`la suspension de tous les échanges commerciaux avec Israël`, `a suspendu ses exportations et
    importations avec X`: the state a stopped trade is with (`avec`), goes to or comes from, told on
    the trade noun that the measure noun's `de` phrase or the measure verb's object names (or on the
    measure, where the parser may hang it), is hit."""
    relation = "nmod" if head.pos_ in {"NOUN", "PROPN"} else "obj"
    trades = [c for c in head.children if c.dep_ == relation and fold(c.lemma_) in TRADE_NOUNS]
    trades += [c for t in trades for c in t.children if c.dep_ == "conj" and fold(c.lemma_) in TRADE_NOUNS]
    found: list[str] = []
    for trade in trades + [head] if trades else []:  # the parser may hang the partner on the measure
        for c in trade.children:
            if c.dep_ in PARTNER_RELATIONS and fold(preposition(c)) in TRADE_PARTNER_PREPS | {"avec"}:
                found += phrase_actors(c, actors, stop).core
    return unique(found)


AIMING_PARTICIPLES = frozenset({"viser", "cibler", "frapper", "toucher", "concerner"})


def _listed_goods_aimed(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> tuple[list[str], list[str]]:
    """`Washington a publié une liste de produits chinois visés par de nouvelles taxes`: a measure noun
    that is the agent of a participle of aiming hits what the participle qualifies (the goods of a list,
    `list_nouns` in markers.csv, wherever the parser hangs the participle); who publishes or announces
    that list (`decision_verbs`) imposes it. (imposers, hit)"""
    participle = noun.head
    if noun.dep_ != "obl:agent" or participle.dep_ != "acl" or fold(participle.lemma_) not in AIMING_PARTICIPLES:
        return [], []
    qualified = participle.head
    listed = qualified if fold(qualified.lemma_) in markers()["list_nouns"] else qualified.head
    goods = [c for c in listed.children if c.dep_ == "nmod"]
    hit = [a for g in goods or [qualified] for a in phrase_actors(g, actors, stop | {noun.i}).core]
    if fold(listed.lemma_) not in markers()["list_nouns"]:
        return [], unique(hit)
    publisher = listed.head
    if listed.dep_ == "obj" and publisher.pos_ == "VERB" and fold(publisher.lemma_) in markers()["decision_verbs"]:
        imposers = [a for c in publisher.children if c.dep_ == "nsubj" for a in phrase_actors(c, actors, stop).core]
    elif listed.dep_ == "nmod" and publisher.pos_ == "NOUN":
        imposers = _announcing_agent(listed, actors)  # `la publication par Washington d'une liste de ...`
    else:
        imposers = []
    return imposers, unique(hit)


def _list_publisher(verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`Ottawa a publié la liste des produits américains qui subiront des droits de 25 %`: who names
    the goods that will undergo a measure (an undergoer verb in a relative clause on goods listed in
    the object of a verb, `list_nouns` in markers.csv) imposes it."""
    if verb.dep_ != "acl:relcl" or verb.lemma_.lower() not in undergoer_verbs().get("sanction", frozenset()):
        return []
    goods = verb.head
    listed = goods.head
    if goods.dep_ != "nmod" or fold(listed.lemma_) not in markers()["list_nouns"] or listed.dep_ != "obj":
        return []
    publisher = listed.head
    subjects = [c for c in publisher.children if c.dep_ == "nsubj"] if publisher.pos_ == "VERB" else []
    return [a for c in subjects for a in phrase_actors(c, actors, stop).core]


def _measure_verb(verb: Token) -> bool:
    """A verb that imposes a measure or acts on one (`imposition`, `adopt_measure`, `measure_acts` in
    models/events/markers.csv): `imposer`, `adopter`, `rétablir`, `réimposer`, `prolonger`."""
    lemma = fold(verb.lemma_.lower())
    return any(lemma in markers()[name] for name in ("imposition", "adopt_measure", "measure_acts"))


def _adopted_package(t: Token, noun: Token) -> bool:
    """`ont dévoilé mercredi 12 juin une nouvelle salve de sanctions`: a counting noun (`salve`,
    `paquet`) over the event noun, hung as a modifier on a verb of adopting (`adopt_measure` in
    models/events/markers.csv)."""
    return t.i != noun.i and fold(t.head.lemma_) in markers()["adopt_measure"]


def _object_after_retaliation(noun: Token) -> Token | None:
    """`Pékin a annoncé en représailles des droits de 15 %`: the parser reads the article `des` as
    `en représailles des` (in retaliation for) and hangs the measure on the retaliation noun; when
    the verb has no object of its own, the measure is that object (not `a frappé Gaza en représailles
    des attaques`, where the verb has one)."""
    frame = noun.head
    if noun.dep_ != "nmod" or fold(frame.lemma_) not in markers()["retaliation"]:
        return None
    if not any(c.dep_ == "case" and c.lower_ == "en" for c in frame.children):
        return None
    if not any(c.dep_ == "case" and c.lower_ == "des" for c in noun.children):
        return None
    verb = frame.head
    if verb.pos_ != "VERB" or verb.i == frame.i or any(c.dep_ == "obj" for c in verb.children):
        return None
    return verb


def _earlier_event_frame(noun: Token) -> bool:
    """`au lendemain de l'attaque`, `en représailles à l'attaque`, `une réponse à l'attentat`: a
    time locution or retaliation noun (markers.csv) names an earlier event, not a count of it; the
    clause's verb is not that event's light verb."""
    word = fold(noun.lemma_)
    return word in markers()["time_locution"] or word in markers()["retaliation"]


def _struck_before_strike(noun: Token, other_strikes: frozenset[int]) -> bool:
    """`Israël frappe des dizaines de cibles iraniennes en Syrie après des tirs de roquettes sur le
    Golan`: a strike noun under `après` hung on a strike verb of its sentence (another strike trigger)
    is the attack that strike answers, made on the one who strikes back, not by it. Hung on a verb of
    saying (`Washington a annoncé des sanctions après le tir d'un missile`), it names no side."""
    if fold(preposition(noun)) != "apres" and not _after_day_after(noun):
        return False
    governor = noun.head
    if governor.pos_ == "NOUN" and noun.dep_ == "nmod" and governor.dep_ in OBJECT:
        governor = governor.head  # `frappe des cibles iraniennes après des tirs`: hung on the object
    return governor.i in other_strikes and governor.pos_ == "VERB" and governor.i != noun.i


def _after_day_after(noun: Token) -> bool:
    """`ont frappé ... au lendemain d'une attaque`, the parser hanging `d'une attaque` on the verb, not on
    `lendemain` (`day_after` in markers.csv): the noun is told as the day before, as after `après`."""
    return after_word(noun, markers()["day_after"]) and noun.doc[noun.left_edge.i - 1].head.i == noun.head.i


def _retaliating_subject(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`Israël a bombardé Gaza en représailles à l'attaque du Hamas`, `New Delhi présente ces raids
    comme une réponse à l'attentat`, `en riposte aux taxes voulues par Washington`: who retaliates for
    a strike or a measure (the clause's subject) was its target."""
    frame = noun.head
    if noun.dep_ in QUANTIFIER_DEPS and fold(frame.lemma_) in markers()["retaliation"]:
        verb = governing_verb(frame)
    elif _answered_act(noun):  # `en représailles à leurs attaques`, the phrase hung on the verb's object
        verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    else:
        return []
    if verb is None or _aimed_elsewhere(noun):
        return []
    # `X a annoncé avoir frappé Y en réponse à des tirs de Z`: the infinitive's subject is its governor's
    return clauses.subject_of(verb, actors) or clauses.inherited_subject(verb, actors)


def _answered_act(noun: Token) -> bool:
    """`en représailles à leurs attaques`, `en réponse aux frappes`: the noun is the act a retaliation answers,
    under a noun of retaliation (markers.csv), however the parser hung it; not the answer itself (`a riposté
    par des taxes`)."""
    if fold(preposition(noun)) == "des":
        return False  # `a imposé en représailles des droits sur le bois`: `des` after the locution opens the answer
    words = markers()["retaliation"]
    if noun.dep_ in QUANTIFIER_DEPS and noun.head.pos_ == "NOUN" and fold(noun.head.lemma_) in words:
        return True
    return after_word(noun, words)


def _answered_possessor(noun: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`Les États-Unis ont frappé les rebelles houthis en réponse à leurs attaques`: the possessive of the act
    answered stands for the side the retaliation hit, the object of the clause's verb, not for who retaliates."""
    if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in noun.children) or not _answered_act(noun):
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return []
    objects = [c for c in verb.children if c.dep_ in OBJECT and c.i < noun.i]
    return [a for obj in objects for a in phrase_actors(obj, actors, stop).core]


def _aimed_elsewhere(noun: Token) -> bool:
    """`en réponse à leurs attaques contre la navigation en mer Rouge`: the act answered names what it was
    aimed at; that target, not the one who retaliates, was hit (unless it is the retaliator's own: `contre
    ses navires`, read as the phrase's possessor)."""
    return any(
        preposition(c) in AGAINST and not clauses.has_possessive_article(c) for c in noun.children if c.i > noun.i
    )


def _own_places(noun: Token, places: dict[int, Span]) -> list[Span]:
    """The places named inside a noun's phrase (`l'attaque chimique de Douma`), however the parser hung them."""
    return [p for i, p in sorted(places.items()) if noun.left_edge.i <= i <= noun.right_edge.i]


def _struck_elsewhere(places: list[Span], retaliators: list[str], known: dict) -> bool:
    """A place of the gazetteer named by the strike answered lies in a state none of the retaliators
    acts for (`les Occidentaux ont frappé en représailles à l'attaque de Douma`): they were not hit."""
    states = _states_of_ids(retaliators, known)
    located = [place_state(p) for p in places if not in_offshore_phrase(p.root)]
    return bool(states) and any(s is not None and s not in states for s in located)


def _protesting_subject(noun: Token, actors: dict[int, Span]) -> list[str]:
    """The subject of a verb of protest (`protest_after_measure` in markers.csv) that the measure, or the
    announcement or decision it is told in, follows (`après`, `answered`): the protester is the side hit."""
    t = noun
    for _ in range(3):
        if fold(preposition(t)) in markers()["answered"] and t.head.pos_ == "VERB":
            verb = t.head
            break
        if t.dep_ != "nmod" or t.head.pos_ != "NOUN":
            return []
        t = t.head
    else:
        return []
    if fold(verb.lemma_.lower()) not in markers()["protest_after_measure"]:
        return []
    return clauses.subject_of(verb, actors)


def _punished(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """Whom a measure answers or punishes, told beside it rather than as its target: the agent of the act a
    retaliation noun answers (`en réponse à l'invasion de l'Ukraine par la Russie`: Russia, not the country
    invaded), the object of an infinitive of punishing (`punishing` in markers.csv: `pour punir Minsk`), or
    the subject of a clause after `après que` (`après que Moscou a annexé quatre régions`)."""
    verb = head if head.pos_ == "VERB" else governing_verb(head)
    holders = [head] + ([verb] if verb is not None else [])
    retaliation, punishing = markers()["retaliation"], markers()["punishing"]
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "nmod" or c.dep_.startswith("obl"):
                if fold(c.lemma_.lower()) in retaliation:
                    for act in (g for g in c.children if fold(preposition(g)) in {"a", "au", "aux"}):
                        agents = [t for t in act.subtree if t.i != act.i and fold(preposition(t)) == "par"]
                        found = [a for t in agents for a in phrase_actors(t, actors, stop).core]
                        if found:
                            return unique(found)
            if c.pos_ == "VERB" and fold(c.lemma_.lower()) in punishing and clauses.is_purpose_clause(c):
                objects = [g for g in c.children if g.dep_ in OBJECT]
                found = [a for g in objects for a in phrase_actors(g, actors, stop).core]
                if found:
                    return unique(found)
            marks = {fold(g.lower_) for g in c.children if g.dep_ in {"mark", "case"}}
            if c.pos_ == "VERB" and "apres" in marks and marks & QUE_WORDS:
                found = clauses.subject_of(c, actors)
                if found:
                    return unique(found)
    return []


def _answered_owner(noun: Token, verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`X a annoncé des mesures de représailles après la décision de Washington d'instaurer des droits`:
    a measure told as retaliation (`retaliation` in markers.csv, on the noun or its complement) hits
    the actors of the act it answers, the phrase after `après` (`answered` in markers.csv) on its verb;
    an event told there (`après la visite de X`) is another event, not the act answered."""
    retaliation = markers()["retaliation"]
    if fold(noun.lemma_) not in retaliation and not any(
        c.dep_ == "nmod" and fold(c.lemma_) in retaliation for c in noun.children
    ):
        return []
    found: list[str] = []
    for child in verb.children:
        if child.i != noun.i and child.i not in stop and fold(preposition(child)) in markers()["answered"]:
            found += phrase_actors(child, actors, stop).core
    return unique(found)


def _rate_verb(noun: Token) -> Token | None:
    """`a porté mercredi à 125 % les droits de douane`, `a relevé à 50 % les taxes`: the parser hangs
    the measure on the rate (`rate` in models/events/markers.csv), or on a date before it; the
    subject of the verb the rate depends on imposes the measure (its object is only the level)."""
    t = noun
    for _ in range(3):
        if t.dep_ not in {"nmod", "appos", "dep"} or t.head is t:  # `dep`: `relevé à 125 % les surtaxes`
            return None
        t = t.head
        if not is_rate(t) and date_root_over(t) is None:
            return None
        if t.dep_ in {"obj", "obl", "obl:arg", "obl:mod"} and t.head.pos_ == "VERB":
            return t.head
    return None


WARNING_PATH = frozenset({"ccomp", "xcomp", "obl:arg", "acl", "nsubj:pass", "obj"})  # relations climbed to the warning


def _barred_entrants(verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The people a ban on entry is laid on, in the `à` phrase the parser hangs on the entry noun
    (`entry_nouns` in markers.csv) rather than on the verb; the place barred (`à son territoire`) is no side."""
    words = markers()
    entries = [c for c in verb.children if c.dep_ == "obj" and fold(c.lemma_.lower()) in words["entry_nouns"]]
    # `l'entrée sur le territoire russe à 500 citoyens`: also hung on the place barred
    barred = [
        g
        for e in entries
        for g in e.subtree
        if g.dep_ == "nmod"
        and (g.head.i == e.i or (g.head.head.i == e.i and fold(g.head.lemma_.lower()) in words["barred_places"]))
        and preposition(g) in {"à", "au", "aux"}
        and fold(g.lemma_.lower()) not in words["barred_places"]
    ]
    return unique([a for g in barred for a in phrase_actors(g, actors, stop).core])


HINDER_PATH = frozenset({"acl", "xcomp", "advcl", "obl:arg"})  # relations from `empêcher` up to the measure


def _hindered(head: Token, verb: Token, hops: int = 3) -> Token | None:
    """The object of a verb of hindering (`hinder` in markers.csv: `empêcher`, `priver`, `dissuader`) in a
    clause of purpose on the measure (`des sanctions visant à empêcher X de ...`, `destinées à empêcher`) or
    on the verb that imposes it (`pour empêcher X`, `afin d'empêcher X`), at most `hops` relations up."""
    own = {t.i for t in head.subtree} if head.pos_ == "NOUN" else set()
    anchors = {head.i, verb.i} | {t.i for t in head.subtree if t.dep_ in {"nmod", "obl:arg"} and t.head.i == head.i}
    for t in head.sent:
        if fold(t.lemma_.lower()) not in markers()["hinder"]:
            continue
        step = t
        for _ in range(hops):
            if step.dep_ not in HINDER_PATH and not (step.dep_ == "obl:arg" and step.head.lower_ == "afin"):
                break
            step = step.head
            if step.lower_ == "afin":
                step = step.head
            if step.i in anchors or (step.i in own and step.dep_ == "acl"):
                obj = next((c for c in t.children if c.dep_ == "obj"), None)
                if obj is not None:
                    return obj
                break
    return None


def _forbidden_buyers(verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The buyers a ban on selling hits: the `à` or `vers` phrase of a verb of selling (`sold_to` in
    markers.csv) in the `de` complement of the forbidding verb (`Berlin interdit de livrer des armes à
    l'Arabie saoudite`) or of the ones it is addressed to (`a interdit aux groupes américains de vendre
    des puces à X`): the sellers named are the imposer's own, the buyer is the side hit."""
    sale = next(
        (
            t
            for t in verb.subtree
            if fold(t.lemma_.lower()) in markers()["sold_to"]
            and (t.head.i == verb.i or t.head.head.i == verb.i)
            and t.dep_ in {"xcomp", "acl", "ccomp"}
            and any(c.dep_ == "mark" and fold(c.lower_) in {"de", "d'"} for c in t.children)
            # on a noun, only the addressees of the ban (`aux groupes américains de vendre`), not what the
            # measure hits (`a sanctionné trois sociétés soupçonnées de livrer des drones à X`)
            and (t.head.i == verb.i or fold(preposition(t.head)) in {"a", "au", "aux"})
            # a ban forbids sales to come: a perfect infinitive (`soupçonnées d'avoir fourni des pièces à
            # X`) tells what the ones hit are blamed for
            and not any(c.dep_ == "aux:tense" for c in t.children)
        ),
        None,
    )
    if sale is None:
        return []
    found: list[str] = []
    for t in sale.subtree:
        if t.i <= sale.i or fold(preposition(t)) not in {"a", "au", "aux", "vers"}:
            continue
        found += phrase_actors(t, actors, stop).core
    return unique(found)


def _warning_verb(head: Token, hops: int = 4) -> Token | None:
    """The verb of warning or informing (`warned_addressee` in markers.csv) whose complement holds the
    measure being imposed: `X a averti Y que des sanctions seraient imposées`, `qu'ils pourraient imposer
    des droits`, `X a informé Y de sa décision d'expulser trois diplomates`. A measure that is the subject
    of an active verb (`que les sanctions échoueraient`) is talked about, not imposed."""
    token = head
    for _ in range(hops):
        governor = token.head
        if governor.i == token.i:
            return None
        if _complement_as_relative(token):  # `a averti l'Inde qu'ils pourraient imposer`, read as a relative
            return governor.head if _warns(governor.head) else None
        # `a informé l'Iran de sa décision d'expulser ...`: the `de` complement the parser may call a modifier
        of_what = token.dep_ == "obl:mod" and fold(preposition(token)) in {"de", "d'", "d’"} and _warns(governor)
        if (token.dep_ not in WARNING_PATH and not of_what) or (
            token.dep_ in {"nsubj:pass", "obj"} and token.i != head.i
        ):
            return None  # only the measure itself may be the object or the passive subject on the way
        if _warns(governor):
            return governor if token.dep_ in {"ccomp", "obl:arg", "xcomp"} or of_what else None
        if governor.pos_ in {"VERB", "AUX"} and token.i != head.i and any(c.dep_ in SUBJECT for c in governor.children):
            if not any(c.dep_ in SUBJECT and c.pos_ == "PRON" for c in governor.children):
                return None  # `que Z avait imposé des sanctions`: a third party's act, told to Y
        token = governor
    return None


def _warns(verb: Token) -> bool:
    return verb.pos_ == "VERB" and fold(verb.lemma_.lower()) in markers()["warned_addressee"]


def _complement_as_relative(clause: Token) -> bool:
    """`a averti l'Inde qu'ils pourraient imposer des droits`: the parser may take the complement clause
    of a verb of warning for a relative on its object, its `que` left loose (`dep`) or as a mark."""
    loose = any(c.lower_ in {"que", "qu'", "qu’"} and c.dep_ in {"dep", "mark"} for c in clause.children)
    return clause.dep_ == "acl:relcl" and loose and clause.head.dep_ in {"obj", "iobj"}


def _warned_sides(warner: Token, slots: _Slots, actors: dict[int, Span]) -> None:
    """The one who warns imposes a measure that names no imposer; the one warned is its target when
    the warner imposes it and it names none (`Les États-Unis ont averti l'Inde qu'ils pourraient imposer
    des droits de douane`); the speaker is no side of a measure a third party takes."""
    speaker = clauses.subject_of(warner, actors)
    if not slots.sources:
        slots.sources += [a for a in speaker if a not in slots.targets]
    if slots.targets or not set(slots.sources) & set(speaker):
        return
    warned = [
        c
        for c in warner.children
        if c.dep_ in {"obj", "iobj"} or (c.dep_.startswith("obl") and preposition(c) in {"à", "au", "aux"})
    ]
    for c in warned:
        slots.targets += [a for a in phrase_actors(c, actors, slots.stop).core if a not in slots.all_ids()]


def threatened_party(noun: Token) -> Token | None:
    """`Donald Trump menace le Japon de droits de douane`: the parser hangs the measure by `de` on the
    object of a verb of threat (`threaten` in markers.csv); that object is the side threatened."""
    holder = noun.head
    if holder.i == noun.i or holder.pos_ not in {"PROPN", "NOUN"} or preposition(noun) not in {"de", "d'", "d’"}:
        return None
    verb = holder.head
    threat = verb.pos_ == "VERB" and fold(verb.lemma_.lower()) in markers()["threaten"]
    return holder if threat and holder.dep_ in {"obj", "obl:mod", "obl:arg"} and holder.i < noun.i else None


def _causative_subject(verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """`Les États-Unis ont fait passer de 10 % à 25 % les taxes`: before a causative `faire` the parser
    often labels the subject `dep`; the name hung so on the infinitive, before `faire`, makes it act."""
    causative = next((c for c in verb.children if c.lemma_ == "faire" and c.i < verb.i), None)
    if causative is None:
        return []
    named = [c for c in verb.children if c.dep_ == "dep" and c.i < causative.i and c.pos_ in {"PROPN", "NOUN"}]
    return unique([a for c in named for a in phrase_actors(c, actors, stop).core])


def _reaching_verb(head: Token) -> Token | None:
    """The verb of reach (`measure_reach` in models/events/markers.csv) a measure noun is the subject
    of: `ces sanctions touchent des banques`, `la surtaxe frappe l'acier canadien`, or that completes its
    subject (`le paquet de sanctions vise le gaz russe`)."""
    if head.dep_ == "nmod" and preposition(head) in OF_PREPS and head.head.pos_ == "NOUN":
        head = head.head
    verb = head.head
    if head.dep_ == "nsubj" and verb.pos_ == "VERB" and fold(verb.lemma_) in markers()["measure_reach"]:
        return verb
    if head.dep_ == "nsubj" and verb.pos_ == "VERB" and _participle_taken_for_verb(verb):
        # `Le paquet de sanctions adopté mardi par les Vingt-Sept vise X`: the participle describing the
        # subject made the root, the finite verb of reach its conjunct
        reach = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
        if reach is not None and fold(reach.lemma_) in markers()["measure_reach"]:
            return reach
    return None


def _participle_taken_for_verb(verb: Token) -> bool:
    """A bare past participle (no auxiliary) the parser made the verb of a clause: it describes its subject."""
    return "Part" in verb.morph.get("VerbForm", []) and not has_auxiliary(verb)


def _relative_on_hit(verb: Token, actors: dict[int, Span], stop: frozenset[int]) -> tuple[list[str], list[str]]:
    """The subject of a clause on what a measure hits (`frappait les produits que X avait placés sous
    embargo`, `visait les entreprises que X avait inscrites sur sa liste`) imposed it when the clause tells
    a measure (`relative_imposing` verbs or measure nouns in markers.csv), and owns the goods hit when it
    tells their trade (`les voitures que la Chine exportait`, `relative_trading`): (imposers, owners)."""
    imposers: list[str] = []
    owners: list[str] = []
    hit = [c for c in verb.children if c.dep_ in OBJECT | {"obl:arg"} and c.i > verb.i]
    for clause in (c for obj in hit for c in obj.children if c.dep_ in {"acl:relcl", "acl"} and c.i not in stop):
        subject = [a for c in clause.children if c.dep_ == "nsubj" for a in phrase_actors(c, actors, stop).core]
        lemma = fold(clause.lemma_)
        told = {fold(c.lemma_) for c in clause.children if c.dep_ in {"obj", "obl:arg", "obl", "obl:mod"}}
        if lemma in markers()["relative_imposing"] or told & markers()["relative_measure_nouns"]:
            imposers += subject
        elif lemma in markers()["relative_trading"]:
            owners += subject
    return unique(imposers), unique(owners)


def _object_on_comma(verb: Token) -> list[Token]:
    """`Le paquet vise aussi, pour la première fois, le gaz russe`: an object set off by commas, which the
    parser hangs on the comma after the verb rather than on the verb."""
    commas = [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i and c.lower_ == ","]
    return [n for c in commas for n in c.children if n.pos_ in {"NOUN", "PROPN"}]


def _reached_under_measure(noun: Token) -> list[Token]:
    """`X est visé par des sanctions`, inverted in `Sont visés par les sanctions de l'UE, adoptées lundi,
    une trentaine de responsables`: the subject of a passive verb of reach (`measure_reach`) whose `par`
    agent is the measure is its target; an inverted subject comes after the verb with no preposition,
    however the parser labels it (often `punct`); a participle of reach set beside a name (`Cuba, visé
    par un embargo`) has that name for its target, and so has one opening the sentence (`Visés par les
    sanctions de X, six généraux ne pourront plus ...`): the main clause's subject after its comma."""
    verb = noun.head
    if fold(verb.lemma_) not in markers()["measure_reach"]:
        return []
    if noun.dep_.startswith("obl") and preposition(noun) == "par" and verb.i < noun.i:
        bearer = clauses.fronted_subject_tokens(verb)
        inside = {t.i for t in bearer}
        heads = [t for t in bearer if t.head.i not in inside]  # the phrase's heads, however the parser hung them
        if heads:
            return heads
    beside = verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm", []) and verb.head.i < verb.i
    if beside and noun.dep_.startswith("obl") and preposition(noun) == "par" and verb.head.pos_ == "PROPN":
        return [verb.head]  # `Le Venezuela, frappé par de nouvelles sanctions`: the name the participle qualifies
    among = verb.head if beside and fold(preposition(verb.head)) == "parmi" else None
    if among is not None and fold(among.head.lemma_) in markers()["among_verbs"] and among.head.i > noun.i:
        # `Parmi les personnes visées par les sanctions de X figure le ministre Y`: the inverted subject
        return [c for c in among.head.children if c.dep_ in OBJECT | SUBJECT and c.i > among.head.i]
    if not _agent_of_passive(noun):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj:pass"
        or (c.i > noun.i and c.pos_ in {"NOUN", "PROPN"} and not preposition(c) and date_root_over(c) is None)
    ]


def _past_the_date(noun: Token) -> Token | None:
    """`a adopté vendredi un paquet de sanctions visant X`: the parser makes the counting noun of the
    object the subject of the participle after it, hung on the date, or a modifier of the date
    itself; the verb the date depends on is the noun's verb."""
    t = noun.head if noun.dep_ == "nmod" else noun
    if t.dep_ == "nmod" and t.i != noun.i and t.head.pos_ == "NOUN":
        date = t.head  # `a adopté vendredi un dixième paquet de sanctions`: the counting noun on the date
    elif t.dep_ == "nsubj" and t.head.dep_ == "acl" and "Part" in t.head.morph.get("VerbForm", []):
        date = t.head.head
    else:
        return None
    if date_root_over(date) is None or date.head.pos_ not in {"VERB", "AUX"} or date.head.i == date.i:
        return None
    if _earlier_event_frame(date) or date.dep_ != "obl:mod" or _anchor_date(date):
        return None
    return date.head


def _anchor_date(date: Token) -> bool:
    """A date under `après`, `avant`, `depuis` (`time_anchor` in markers.csv) is a span the clause is
    dated against (`, a annoncé X, après quatre jours de tirs`): what it counts is no object of the verb."""
    return fold(preposition(date)) in markers()["time_anchor"]


def date_root_over(token: Token) -> Token | None:
    """The root of the temporal expression covering `token`, if any.

    The tagger writes its dates in text order without overlaps, so a binary search finds the only
    candidate (a scan of every date per trigger was quadratic on book-length documents)."""
    doc = token.doc
    dates = doc.spans.get(DATES_KEY)
    if not dates:
        return None
    table = doc.user_data.get(_DATE_TABLE)
    if table is None or table[0] != id(dates) or table[1] != len(dates):  # a group written again: read anew
        table = doc.user_data[_DATE_TABLE] = (
            id(dates),
            len(dates),
            [s.start for s in dates],
            [s.end for s in dates],
            [],
        )
    _, _, starts, ends, roots = table
    k = bisect_right(starts, token.i) - 1
    if k >= 0 and token.i < ends[k]:
        if not roots:
            roots.extend(s.root.i for s in dates)  # read once, when a token first falls in a date
        return doc[roots[k]]
    return None


# `doc.user_data` key: the dates' group (its id), its size, and their starts, ends and roots, read off the group once
# (each access to a span of the group makes a new `Span`, and this is asked of every dependent visited)
_DATE_TABLE = "events.arguments.date_table"


_REPORTING_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui"})


def _reports_in_relative(token: Token, head: Token) -> bool:
    """`X, selon laquelle ces mesures répondent à l'attaque de missiles contre Y`: the trigger stands in a
    relative clause opened by `selon` or `d'après` and a relative pronoun; the name the clause hangs on,
    outside it, is who tells the event, not a side of it."""
    clause = head
    while clause.dep_ != "acl:relcl":
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    opened = any(
        c.lower_ in _REPORTING_RELATIVES and any(w.lower_ in REPORTING_PREPS for w in c.subtree if w.i < c.i)
        for c in clause.children
    )
    inside = clause.left_edge.i <= token.i <= clause.right_edge.i
    return opened and not inside and clause.head.left_edge.i <= token.i <= clause.head.right_edge.i


def _closing_reporter(token: Token, head: Token) -> bool:
    """`un dépôt a été touché par un drone, a rapporté le gouverneur X`: the name after a reporting verb
    that closes the sentence after the trigger (`reporting_tail` in markers.csv), its subject however
    the parser hung it (`obj` of an inverted verb, apposed to the day: `a indiqué samedi X`), or a
    title or name beside it."""
    root = token
    while root.head.i != root.i and root.dep_ in {"appos", "flat:name", "nmod"} and root.head.pos_ != "VERB":
        root = root.head
    verb = root.head
    dated = root.dep_ == "obl:mod" and root.i != token.i and date_root_over(root) is not None
    opening = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    return (
        (root.dep_ in {"nsubj", "obj"} or dated)
        and verb.i != head.i
        and head.i < verb.i < root.i
        and verb.pos_ == "VERB"
        and fold(verb.lemma_.lower()) in markers()["reporting_tail"]
        and opening > 0
        and verb.doc[opening - 1].text == ","
    )


_COMMA_RELATIVES = frozenset({"qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"})


def _in_other_relative(token: Token, head: Token, actors: dict[int, Span]) -> bool:
    """The token stands in a relative clause (`qui n'est pas membre de l'UE`, `dont l'adoption a été
    bloquée par X`) that does not hold the trigger: what it says of its antecedent is no part of the event."""
    t = token
    while t.head.i != t.i:
        if t.dep_ == "acl:relcl" and t.pos_ in {"VERB", "AUX"}:  # not `des pays, dont la Chine`
            return not (t.left_edge.i <= head.i <= t.right_edge.i)
        t = t.head
    # the parser often makes such a clause the root: read it on the surface too, from `, qui` to the comma
    doc, start = token.doc, token.i
    if _in_joined_relative(token, head):
        return True
    while start > token.sent.start and doc[start].text != ",":
        start -= 1
    if doc[start].text != "," or start + 1 >= token.i or doc[start + 1].lower_ not in _COMMA_RELATIVES:
        return False
    end = next((i for i in range(token.i, token.sent.end) if doc[i].text == ","), None)
    if end is None or start < head.i < end:
        return False
    # `plusieurs pays, dont la Chine,`: `dont` listing members, no clause, keeps them
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[start + 2 : end])


def _in_joined_relative(token: Token, head: Token) -> bool:
    """`un déplacement commencé au Caire et qui doit la conduire jeudi au Qatar`: a relative clause
    joined by `et` or `mais` to what describes its antecedent, read on the surface from `et qui` to the
    next comma; a name inside it is no party to a trigger outside it."""
    doc = token.doc
    i = token.i - 1
    while i > token.sent.start and doc[i].text != ",":
        if doc[i].lower_ in _COMMA_RELATIVES and doc[i - 1].lower_ in {"et", "mais"}:
            end = next((j for j in range(token.i, token.sent.end) if doc[j].text == ","), token.sent.end)
            return not i <= head.i < end
        i -= 1
    return False


def _unnamed_between(noun: Token, actors: dict[int, Span]) -> bool:
    """The event noun has an `entre` phrase of its own that names no actor (`entre diplomates`)."""
    return any(preposition(c) == "entre" and not any(t.i in actors for t in c.subtree) for c in noun.children)


def _framing_occasion(head: Token, event_type: str, other_triggers: frozenset[int]) -> bool:
    """A talk noun inside the occasion phrase of another talk or act of the sentence (`en marge du
    sommet du G20`, `lors du sommet de l'Otan`, hung on that act's trigger): the names near it are
    the parties of the act it frames, not its own (`Joe Biden a rencontré Xi Jinping samedi en marge
    du sommet du G20`, `Xi` tagged X and lost to the verb, had become a member of the summit)."""
    if event_type not in {"call", "meeting"} or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    t = head
    for _ in range(4):
        if t.head.i == t.i or t.dep_ in CLAUSAL:
            return False
        if is_venue(t):
            return _framed_act(t.head, other_triggers)
        t = t.head
    return False


def _framed_act(governor: Token, other_triggers: frozenset[int]) -> bool:
    """Whether the word a venue phrase hangs on is another trigger, or a noun's complement on one: the
    parser hangs `en marge du sommet` on `heure` in `un tête-à-tête d'une heure en marge du sommet`."""
    for _ in range(3):
        if governor.i in other_triggers:
            return True
        if governor.dep_ in _ACT_ARGUMENTS and governor.head.i in other_triggers:
            return True  # `a rencontré son homologue en marge du sommet`: hung on the act's object
        if governor.dep_ != "nmod" or governor.head.i == governor.i:
            return False
        governor = governor.head
    return False


# the arguments of an act a venue phrase may be hung on instead of the act itself
_ACT_ARGUMENTS = frozenset({"obj", "obl:arg", "nsubj", "nsubj:pass"})


_SEGMENT_MARKS = frozenset({",", ":", ";", "—", "–"})


def _verbless_segment(head: Token) -> tuple[int, int] | None:
    """In a sentence with no finite verb (a headline of items: `Zelensky à Berlin, nouvelles frappes russes sur
    Kharkiv`), the token range of the item holding the trigger, between the punctuation marks around it."""
    sent = head.sent
    if has_finite_verb(sent):
        return None
    doc = head.doc
    start = next((t.i + 1 for t in reversed(doc[sent.start : head.i]) if t.text in _SEGMENT_MARKS), sent.start)
    end = next((t.i for t in doc[head.i + 1 : sent.end] if t.text in _SEGMENT_MARKS), sent.end)
    return (start, end) if (start, end) != (sent.start, sent.end) else None


def _fallback_window(
    head: Token,
    slots: _Slots,
    actors: dict[int, Span],
    *,
    own_governor: bool = True,
    media: bool = True,
    talk: bool = False,
    launch: bool = False,
    located: bool = True,
) -> None:
    """The nearest mentions in the trigger's sentence when the parse gave fewer than two. Without
    `media`, a news medium is skipped: the one a source spoke to (`a déclaré à Reuters que des
    bombardements ont eu lieu`) reports a strike, it takes no part in it. With `launch`, so is the
    place a strike came from (`le Hezbollah a tiré des roquettes depuis le Liban`): not what it hit.
    The demonym of a leader already there (`le président russe Vladimir Poutine`) is that leader's
    side, not the other one. Without `located`, the meeting's city is no participant: it does not
    fill a place, and the name right after the verb is taken (`n'a pas rencontré X lors de son séjour
    à Washington`, X lost by the parser)."""
    sent = head.sent
    # only the city fills the second place: look right after the verb, past the city
    blocked = not located and bool(slots.located) and len(slots.participants(keep_located=False)) == 1
    present = set(slots.participants(keep_located=False) if blocked else slots.all_ids())
    own = {head.i, head.head.i} if own_governor else {head.i}
    # `le Premier ministre X et le président français Y se sont entretenus`, X lost by the parser: the
    # demonym next to Y is Y's own state, Y's side of the talk, not its other party
    own_states = {s for a in present for s in clauses.office_state(a, actors)} if talk else set()
    window: Iterable[int] = range(
        max(sent.start, head.i - FALLBACK_WINDOW), min(sent.end, head.i + FALLBACK_WINDOW + 1)
    )
    if blocked:  # only the name right after the verb: its object, lost by the parser
        window = range(head.i + 1, min(sent.end, head.i + 3))
    if _opens_aside(head) or _juxtaposed_clause(head):
        # `a rencontré son homologue, dont le pays accueille les négociations`, `Israël bombarde Beyrouth, le
        # Hezbollah riposte`: the aside or the second clause alone
        window = range(head.left_edge.i, min(sent.end, head.i + FALLBACK_WINDOW + 1))
    segment = _verbless_segment(head)
    if segment is not None:  # `Zelensky à Berlin, nouvelles frappes russes sur Kharkiv`: the headline's own item
        window = [i for i in window if segment[0] <= i < segment[1]]
    kicker = _kicker_end(head)
    if kicker is not None:  # `Yémen : les Houthis visent un porte-avions`: the subject's label, no side
        window = [i for i in window if i > kicker]
    undergone = _undergone_aside(head, actors)
    if undergone is not None:  # `L'Iran, frappé par de nouvelles sanctions, a tiré ...`: the aside alone
        inside = {t.i for t in undergone.subtree} | {undergone.head.i}
        window = [i for i in window if i in inside]
    spans: dict[int, Span] = {}  # the window's tokens, not every actor of the doc: linear on long documents
    others = _phrases_of_other_triggers(head, slots.stop)
    for i in window:
        s = actors.get(i)
        if s is None or not s._.actor_id or (not media and is_medium(s._.actor_id)):
            continue
        if s.root.i in others:
            continue  # `a touché un pétrolier, après des frappes américaines sur Sanaa`: the frappes' sides
        if launch and (preposition(s.root) in LAUNCH_PREPS or _helped(s.root, head)):
            continue
        if in_reporter_phrase(s.root):
            continue  # `..., selon la Maison Blanche`: who tells the news took no part in it
        if launch and _among_weapons(s.root, head):
            continue  # `a frappé Kharkiv avec des drones iraniens`: who made the weapons took no part
        if _in_time_anchor(s.root, head):
            continue  # `adopte son paquet après la levée des vetos slovaque et hongrois`: the other event's
        if _beyond_border(s.root):
            continue  # `près de la frontière malienne`: the land beyond a border, no party
        if _in_other_trigger(s.root, head, slots.stop, complements=talk):
            continue  # `lors d'une réunion ..., de nouvelles sanctions contre la Birmanie`: the measure's side
        if _in_other_relative(s.root, head, actors):
            continue  # `L'Ukraine, qui n'est pas membre de l'UE, renvoie ...`: an aside on a party, no party
        if _in_coordinated_clause(s.root, head):
            continue  # `X a prolongé sa mission en Arménie, et Y a menacé de sanctionner ...`: the other clause's
        if talk and head.pos_ in {"VERB", "AUX"} and s._.actor_id.startswith("org:") and inside_venue(s.root):
            continue  # `ils s'étaient vus en marge du sommet du G7`: the gathering is where, not who
        if echo_item(s.root) or any(a.head.i == head.i and _own_item(a) for a in (s.root, *s.root.ancestors)):
            continue  # `Pyongyang tire un missile, Séoul et Tokyo se concertent`: another item's names
        if _reports_in_relative(s.root, head):
            continue  # `a déclaré X, selon laquelle ces mesures répondent à l'attaque`: X tells of the attack
        if launch and _closing_reporter(s.root, head):
            continue  # `X a été touché par un drone, a indiqué le gouverneur Y`: Y tells the strike
        if s._.actor_id in slots.bodies or s._.actor_id in own_states:
            continue  # `X, présidente de l'ONG Y, a rencontré le maire`: Y is X's side, not the other
        if blocked and s._.actor_id in slots.located:
            continue  # the meeting's city
        if talk and is_mediator(s.root):
            continue  # `des pourparlers sous l'égide de Riyad et de Washington`: the hosts, not the sides
        if not _argument_of_other(s, own) and not judges(s.root, head) and not is_backer(s.root):
            spans[s.start] = s
    for span in sorted(spans.values(), key=lambda s: abs(s.start - head.i)):
        if len(present) >= 2:
            break
        if span._.mention_kind == "demonym" and span._.actor_id in _home_states(present, head.doc):
            continue  # `le président russe Vladimir Poutine`: Russia is Poutine's side, not the other one
        if not talk and _person_of_present_state(span._.actor_id, present, head.doc):
            # `a averti son homologue chinois que des sanctions frapperaient la Chine`: China's side; a talk's
            # host may be told by its city and its leader (`un sommet à Doha avec l'émir`)
            continue
        if span._.actor_id not in present:
            slots.others.append(span._.actor_id)
            present.add(span._.actor_id)


def _person_of_present_state(actor_id: str, present: Set[str], doc: Doc) -> bool:
    """A person whose state is already a side of a strike or a measure (`state:CHN` there, a Chinese
    minister named near the trigger): the same side again, not the other one."""
    if not actor_id.startswith("person:"):
        return False
    country = actor_country(doc, actor_id)
    return country is not None and f"state:{country}" in present


def _adjective_of_goods(adjective: Token, noun: Token) -> bool:
    """`des surtaxes sur les véhicules électriques chinois`: an adjective the parser hung on the measure noun,
    told after a noun of its phrase, that disagrees with the measure noun in gender or number but agrees
    with that later noun, qualifies it: the goods, not who imposes the measure."""
    if adjective.i <= noun.i + 1 or agrees_where_told(adjective, noun):
        return False
    between = [t for t in noun.doc[noun.i + 1 : adjective.i] if t.pos_ == "NOUN"]
    return bool(between) and agrees_where_told(adjective, between[-1])


def _brands_on_goods(head: Token, actors: dict[int, Span]) -> set[str]:
    """`des droits sur les motos Harley-Davidson`, `les whiskies Jack Daniel's`: an organisation named right
    after a noun of goods (`branded_goods` in markers.csv), with no preposition, names their brand; a measure
    hits states' goods, not the firm that makes them (`le constructeur Boeing` is the firm itself)."""
    found: set[str] = set()
    goods = markers()["branded_goods"]
    for i in range(head.sent.start, head.sent.end):
        span = actors.get(i)
        if span is None or not span._.actor_id or not span._.actor_id.startswith("org:") or span.start != i:
            continue
        root, noun = span.root, span.root.head
        if root.dep_ not in {"nmod", "appos", "flat:name", "compound"} or noun.pos_ != "NOUN" or noun.i > span.start:
            continue
        if any(c.dep_ == "case" for c in root.children) or span.start != noun.i + 1:
            continue
        if not {fold(noun.lower_), fold(noun.lemma_.lower())} & goods:
            continue
        found.add(span._.actor_id)
    return found


def _among_weapons(token: Token, head: Token) -> bool:
    """The name sits in a phrase of the weapons an attack is made with (`avec des drones iraniens`), below
    the trigger or beside it: who made or supplied them."""
    for t in [token, *token.ancestors]:
        if t.i == head.i:
            return False
        if weapons_used(t):
            return True
    return False


def _in_other_trigger(token: Token, head: Token, stop: frozenset[int], *, complements: bool = False) -> bool:
    """The name sits in the phrase of another trigger of the sentence (`stop`), outside the trigger's own
    phrase and not above it: a side of that other event, never one borrowed by this one. One inside the
    trigger's phrase stays (`a promis de riposter aux frappes indiennes`: who is answered). With
    `complements` (a talk), the complements a trigger above tells before a talk that has its own object
    are that trigger's too (`s'est entretenu avec Y, avant de recevoir Z`); a measure or a strike still
    take them: reading them as another trigger's lowered the measure and strike probes."""
    if any(a.i == head.i for a in token.ancestors):
        return _prepared_below(token, head, stop)
    doc = token.doc
    for t in (token, *token.ancestors):
        quoted = (
            0 < t.i < len(doc) - 1 and doc[t.i - 1].text in _OPENING_QUOTES and doc[t.i + 1].text in _CLOSING_QUOTES
        )
        if t.i in stop and not quoted:  # a quoted word (`une frappe « précise »`) is no event of its own
            if not any(a.i == t.i for a in head.ancestors):
                return True
            # above the trigger, its subject is shared (`X a reçu Y, avant de s'entretenir avec Z`), but
            # not the complements it has before it: `s'est entretenu avec Y, avant de recevoir Z`, Y is its own
            branch = next((b for b in (token, *token.ancestors) if b.head.i == t.i and b.i != t.i), None)
            if branch is None:  # the name is that trigger's own word
                return False
            return complements and branch.i < head.i and branch.dep_ not in SUBJECT and _has_object(head)
    return False


def _prepared_below(token: Token, head: Token, stop: frozenset[int]) -> bool:
    """`s'est rendu à Moscou afin de préparer la rencontre entre X et Y`: a name inside the phrase of a talk
    noun, object of an infinitive of preparing (`preparing` in markers.csv) under the trigger, is a side of
    that later talk, not of the trip that prepares it."""
    for t in (token, *token.ancestors):
        if t.i == head.i:
            return False
        if t.i in stop and clauses.prepared_by_infinitive(t):
            return True
    return False


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "obj" for c in verb.children)


_OPENING_QUOTES = frozenset({"«", '"', "“"})
_CLOSING_QUOTES = frozenset({"»", '"', "”"})


def _in_time_anchor(token: Token, head: Token) -> bool:
    """The name sits in a phrase naming another event the one told is dated against (`après la levée des
    vetos slovaque et hongrois`, `à la veille de sa visite en Chine`): a side of that event, not of this one.
    The trigger's own phrase is never such an anchor, nor one the trigger sits in (the earlier event's own
    sides)."""
    t = token
    for _ in range(4):
        if t.i == head.i or t.head.i == t.i:
            return False
        if t.dep_ not in {"nmod", "amod", "conj"} and not t.dep_.startswith("obl"):
            return False
        if t.pos_ == "NOUN" and is_time_anchor(t, preposition(t)):
            return not any(a.i == t.i for a in head.ancestors)  # the trigger inside that phrase: its own names
        t = t.head
    return False


def _in_coordinated_clause(token: Token, head: Token) -> bool:
    """`L'UE a prolongé sa mission en Arménie, et Washington a menacé de sanctionner les responsables`:
    a name in a clause joined to the trigger's by `et`, the later of the two with a subject of its own,
    belongs to that clause's act, not to the trigger's (a subject shared by both verbs is not so set apart)."""
    own = _clause_top(head if head.pos_ in {"VERB", "AUX"} else clauses.verb_above(head))
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or own.pos_ not in {"VERB", "AUX"}:
        return False
    other = _clause_top(verb)
    if other.i == own.i:
        return False
    later = own if own.dep_ == "conj" and own.head.i == other.i else other
    earlier = other if later is own else own
    return later.dep_ == "conj" and later.head.i == earlier.i and any(c.dep_ in SUBJECT for c in later.children)


def _clause_top(verb: Token) -> Token:
    """The verb heading the clause of `verb`, over the infinitives it controls (`a menacé de sanctionner`)."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _undergone_aside(head: Token, actors: dict[int, Span]) -> Token | None:
    """`L'Iran, frappé par de nouvelles sanctions, a tiré des missiles sur Israël`, `Moscou, sous le coup
    de sanctions, ...`: an event noun inside a participle or relative clause set on a named party tells
    what that party went through; the clause it is set in is another event's, whose other party took no
    part in this one. The aside (the `acl` on the party), else None."""
    if head.pos_ != "NOUN":
        return None
    for t in head.ancestors:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "acl:relcl"}:
            return None  # the noun is a phrase of a verb of its own clause
        if t.dep_ in {"acl", "acl:relcl"} and t.head.i in actors and t.i > t.head.i:
            return t
    return None


def _offshore_state(head: Token, actors: dict[int, Span], slots: _Slots) -> list[str]:
    """`l'armée américaine a frappé une embarcation au large des côtes colombiennes`: a strike whose
    target nothing else names hit off that state's coast, its side struck, when the attacker is a state
    or its forces, not of that state (told later, it is inherited); an armed group of no state hits
    ships passing by (`les Houthis ont attaqué un cargo au large du Soudan`)."""
    known = head.doc._.actors or {}
    homes = _states_of_ids(slots.sources, known)
    if slots.sources and not homes:
        return []  # `les Houthis ont attaqué un cargo au large du Soudan`: a group hits ships passing by
    homes |= {f"state:{k.country}" for a in slots.sources if (k := known.get(a)) is not None and k.country}
    sent = head.sent
    found = [
        s._.actor_id
        for i, s in actors.items()
        if i == s.start
        and sent.start <= i < sent.end
        and s._.actor_id.startswith("state:")
        and in_offshore_phrase(s.root)
    ]
    return [a for a in dict.fromkeys(found) if a not in homes and a not in slots.all_ids()][:1]


def _home_states(ids: set[str], doc: Doc) -> set[str]:
    """The states of the people among `ids`, as the document's actors give them."""
    known = doc._.actors or {}
    return {f"state:{a.country}" for i in ids if (a := known.get(i)) and a.actor_type == "person" and a.country}


def is_medium(actor_id: str) -> bool:
    """A news medium: `org_type` media in models/actors/organizations.csv (Reuters, AFP, Interfax)."""
    from pipeline.actors.kb import load_kb

    return load_kb().org_types.get(actor_id) == "media"


def _phrases_of_other_triggers(head: Token, stop: frozenset[int]) -> set[int]:
    """The adjectives and `de` phrases of the sentence's other event nouns that the clause is dated
    against (`après des frappes américaines`, `au lendemain de l'attaque du Hamas`) and the `sur` /
    `contre` phrase right after them: that earlier event's sides. An event answered (`a riposté aux
    frappes indiennes`) keeps them: who struck first is then struck."""
    doc, found = head.doc, set[int]()
    for t in stop:
        if t == head.i or doc[t].pos_ not in {"NOUN", "PROPN"} or not _dated_against(doc[t]):
            continue
        phrases = [c for c in doc[t].children if c.dep_ in {"amod", "nmod"} and fold(preposition(c)) in {"", *OF_PREPS}]
        found.update(x.i for c in phrases for x in c.subtree)
        aim = _aim_after_noun(doc[t])
        found.update([aim.i] if aim is not None else [])
    return found


def _dated_against(noun: Token) -> bool:
    """An event noun under `après`, `avant`, `depuis` or `au lendemain de`, itself or through the
    counting noun it is the `de` phrase of (`après une vague de frappes`)."""
    t = noun
    for _ in range(2):
        if is_time_anchor(t, preposition(t)):
            return True
        if t.dep_ != "nmod" or t.head.pos_ != "NOUN":
            return False
        t = t.head
    return False


def _argument_of_other(span: Span, own: set[int]) -> bool:
    """A subject or object of another verb (`Washington accepte le plan visant à frapper ...`)."""
    root = span.root
    return root.dep_ in SUBJECT | PASSIVE_SUBJECT | OBJECT and root.head.i not in own


def _struck_state(places: list[Span], sources: list[str]) -> str | None:
    """The state of the first place of the strike's phrases that the gazetteer knows, when the
    article names that state or one of its bodies or people, or when the strike names an attacker
    acting for another state (`des missiles russes ont touché une gare de Kramatorsk`: Ukraine was
    struck, named or not), or names no attacker in an article naming another state (a war report
    whose attacker is told elsewhere: `la raffinerie de Saratov a été frappée ... L'attaque est
    attribuée à l'Ukraine`), and it is not the attacker. A state only near the place (`à quelques
    kilomètres de la Roumanie`) is then no participant, and a place off whose coast a ship was hit
    (`au large d'Aden`) names no state struck."""
    for place in places:
        if in_offshore_phrase(place.root):
            continue
        # `la banlieue de Kiev`: the capital of the struck part of a city
        state = place_state(place) or _demonym_state(place) or _capital_of_struck_part(place)
        if state is None or state in sources:
            continue
        known = place.doc._.actors or {}
        named = _states_of_ids(list(known), known)  # a state, or its army or leaders (`l'armée malienne`)
        if state in named or (sources and state not in _states_of_ids(sources, known)):
            return state
        if not sources and any(k != state for k in named):
            # `la raffinerie de Saratov a été frappée`, in a report naming Ukraine only, or its army
            # (`le gouverneur accuse l'armée ukrainienne`)
            return state
    return None


def _state_to_leave(head: Token, actors: dict[int, Span]) -> list[str]:
    """The states named as the object of `quitter` in an order to leave (`l'ordre de quitter la Norvège`,
    `sommés de quitter le territoire allemand`), the verb under the trigger or the trigger itself."""
    verbs = [head, *head.children, *(g for c in head.children for g in c.children)]
    found: list[str] = []
    for verb in verbs:
        if verb.pos_ != "VERB" or fold(verb.lemma_.lower()) != "quitter":
            continue
        for c in verb.children:
            if c.dep_ in OBJECT:
                found += [a for a in phrase_actors(c, actors).core if a.startswith("state:")]
    return unique(found)


def _capital_of_struck_part(place: Span) -> str | None:
    """`des drones ont visé la banlieue de Kiev`, `le centre de Jérusalem`: a capital in the `de`
    phrase of a noun, the part of the city struck, is in its state, as in `l'aéroport de Damas`, whose
    site the named entity holds (gazetteer.capital_state); a capital alone (`près de Damas`) is not."""
    root = place.root
    if root.dep_ != "nmod" or root.head.pos_ != "NOUN" or fold(preposition(root)) not in {"de", "d'"}:
        return None
    return load_capitals().get(normalize_name(place.text))


def _demonym_state(place: Span) -> str | None:
    """`la province afghane de Paktika`, `la ville ukrainienne de Soumy`: a place name that holds a
    state's adjective lies in that state, whether the gazetteer knows the place or not."""
    spans = place.doc.spans.get(ACTORS_KEY, [])
    for k in range(bisect_right(spans, place.start - 1, key=lambda s: s.start), len(spans)):
        span = spans[k]
        if span.start >= place.end:
            break
        if span.end <= place.end and span._.mention_kind == "demonym" and (span._.actor_id or "").startswith("state:"):
            return span._.actor_id
    return None


def _dealings_partner(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The actors after `avec` on a noun of dealings (`dealings` in markers.csv: `commerce`,
    `transaction`, `échanges`) that is the measure's own noun or its verb's object."""
    words = markers()["dealings"]
    nouns = [head] if head.pos_ not in {"VERB", "AUX"} else [c for c in head.children if c.dep_ in OBJECT]
    found: list[str] = []
    for noun in nouns:
        if fold(noun.lemma_.lower()) not in words and fold(noun.lower_) not in words:
            continue
        for c in noun.children:
            if c.dep_ == "nmod" and preposition(c) == "avec":
                found += phrase_actors(c, actors, stop).core
    return unique(found)


def _company_states(slots: _Slots, doc: Doc) -> list[str]:
    """The states of the firms (`org_type` company in models/actors/companies.csv) among the targets of
    a strike whose attacker acts for a state other than theirs (`_states_of_ids`). Not when the
    attacker acts for no state: a group that attacks a foreign firm's ship does not strike its state."""
    from pipeline.actors.kb import load_kb

    attackers = _states_of_ids(slots.sources, doc._.actors or {})
    if not attackers:
        return []
    types = load_kb().org_types
    return _firm_states([t for t in slots.targets if types.get(t) == "company"], doc, attackers)


def _firm_states(firms: Iterable[str], doc: Doc, besides: Set[str]) -> list[str]:
    """The states the knowledge base places the firms in (`actor_country`), other than those of `besides`."""
    states = [f"state:{country.upper()}" for firm in firms if (country := actor_country(doc, firm))]
    return unique([s for s in states if s not in besides])


def _states_of_ids(ids: list[str], known: dict) -> set[str]:
    """The states that act through `ids`: a state, its leaders, its bodies (`org:rus-armee`). A
    group at war in its own country (`org:fsr`, `org:talibans`) acts for no state: a town it hits
    there belongs to the state it fights."""
    own: set[str] = set()
    for i in ids:
        a = known.get(i)
        country = (a.country or "").lower() if a is not None else ""
        if i.startswith("state:"):
            own.add(i)
        elif country and (i.startswith("person:") or i.startswith(f"org:{country}-")):
            own.add(f"state:{country.upper()}")
    return own


def _received(verb: Token) -> bool:
    """`a été reçu`, `Reçu à l'Élysée, X a ...`, `X, accueilli à Pékin`: the guest told as received,
    by a passive or a bare past participle, whose host the sentence may leave unnamed."""
    if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm", []):
        return False
    return clauses.is_passive(verb) or not any(c.dep_ == "aux:tense" for c in verb.children)


def _bound_for_a_seat(head: Token, actors: dict[int, Span]) -> bool:
    """A journey whose clause names the seat of an organisation as where it goes (`au siège de l'Union
    africaine`, `au siège de l'OTAN`): the traveller goes to the body, and the city's state is no host."""
    for token in head.subtree:
        if fold(token.lemma_) != "siege" or clause_root(token).i != head.i:
            continue
        for owner in token.children:
            span = actors.get(owner.i)  # the index covers every token of a name, not only its first
            if owner.dep_ == "nmod" and span is not None and span._.actor_id.startswith("org:"):
                return True
    return False


def _assemble(
    slots: _Slots,
    event_type: str,
    cameo: str,
    from_parse: bool,
    actors: dict[int, Span],
    *,
    received: bool = False,
    journeyed: bool = False,
) -> Arguments:
    sources, targets = unique(slots.sources), unique(slots.targets)
    if event_type == "strike":
        # `une roquette tirée depuis Gaza est tombée sur X`: where it came from is no site struck
        slots.places = [p for p in slots.places if preposition(p.root) not in LAUNCH_PREPS]
    if not sources and slots.possessors:
        sources = unique(slots.possessors)  # `les sanctions de l'UE`, `les frappes de la Russie`
    elif event_type in RECIPIENT_TYPES and not targets:
        # the imposer named elsewhere, `de X` is what the measure hits: `X a décidé l'expulsion de
        # diplomates russes`, `le gel des avoirs de X`, `l'interdiction des importations de gaz russe`
        targets = [a for a in unique(slots.possessors) if a not in sources]
    located = [a for a in unique(slots.located) if a not in sources + targets]
    visit = event_type == "meeting" and cameo.startswith("042")
    struck = _struck_state(slots.places, sources) if event_type == "strike" and not targets else None
    if struck is not None:  # `la raffinerie de Syzran a été frappée`: the state of the place struck
        targets, located = [struck], [a for a in located if a == struck]
    if event_type == "strike" and not targets and located:
        targets = located[:1]  # `frappé ... en Russie`: the territory struck
    if event_type == "strike" and sources and targets and actors:
        # `L'armée malienne a frappé des positions jihadistes près de Tessalit, dans le nord du Mali`: a
        # state and its own forces do not strike that state; the place is where, the side hit unnamed
        own = _states_of_ids(sources, next(iter(actors.values())).doc._.actors or {})
        kept = [t for t in targets if t not in own]
        if len(kept) < len(targets):
            targets, located = kept, [a for a in located if a not in own]
    if event_type == "strike" and sources and not targets:
        # `frappes de drones ukrainiens contre des raffineries russes` misparsed: the one other state is the target
        rest = [a for a in unique(slots.others) if a not in sources and a.startswith("state:")]
        targets = rest if len(rest) == 1 else []
    if visit and not sources and targets and located:
        # `X est attendu lundi à Washington`: a visit has no object; the one it is told of is the traveller
        sources, targets = targets, []
    if visit and not targets and located:
        targets = located[:1]  # `s'est rendu à Washington`: the host
    if event_type == "meeting" and cameo.startswith("043") and received and not sources and located:
        sources = located[:1]  # `a été reçu à l'Élysée`, `accueilli à Pékin`: the host is the seat's state
    if journeyed:
        # `est arrivé à Doha pour des pourparlers avec le Hamas`: the parties are named; `à Bruxelles pour
        # une réunion de l'OTAN`: a bloc's seat is where its members meet, no host
        named = len(unique(sources + targets + slots.others + slots.possessors)) >= 2
        located = [] if named else [a for a in located if a.startswith("state:")]
    if event_type != "strike" and not visit and not journeyed:
        located = []  # `une réunion à Budapest`: the city is the place, not a participant
    ordered = unique(sources + targets + slots.others + located)
    directed = event_type in DIRECTED or cameo.startswith(("042", "043"))
    source = sources[0] if directed and sources else None
    if event_type in STATE_ACTS and source is not None and (targets or not source.startswith("org:")):
        # a body's state joins only an act with a target: alone, the body and its state are one side
        ordered += [s for s in clauses.office_state(source, actors) if s not in ordered]
    target = next((t for t in targets if t != source), None) if directed else None
    place = slots.places[0] if slots.places else None
    place_actor = actors.get(place.start) if place is not None else None
    return Arguments(
        actors=tuple(ordered),
        source=source,
        target=target,
        location=place.text if place is not None else None,
        from_parse=from_parse,
        targets=tuple(t for t in targets if t != source) if directed else (),
        sources=tuple(sources) if directed else (),
        location_actor=place_actor._.actor_id if place_actor is not None else None,
    )


def _object_taken_by_report(verb: Token) -> Token | None:
    """`L'armée a bombardé des installations iraniennes, a annoncé un porte-parole`: a reporting verb
    closing the sentence (`reporting_tail` in markers.csv) with its subject after it; the parser may
    hang the reporting verb on the event's verb and take the event's object, told between them, for
    the reporter's subject. That phrase is the event verb's object (None when the verb has one)."""
    if any(c.dep_ in OBJECT and not time_word(c) for c in verb.children):
        return None  # `doit rencontrer mardi X, a annoncé Y`: a day taken for the object is none
    doc, words = verb.doc, markers()["reporting_tail"]
    # `X doit rencontrer Y, a annoncé Z`: the report may hang on the verb that governs the infinitive
    governors = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head.i < verb.i else [verb]
    for report in (r for g in governors for r in g.children):
        if report.i < verb.i or report.pos_ != "VERB" or fold(report.lemma_.lower()) not in words:
            continue
        before = next(
            (c for c in report.children if c.dep_ in {"nsubj", "nsubj:pass"} and verb.i < c.i < report.i), None
        )
        after = any(c.i > report.i and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in report.children)
        opening = min([report.i, *(c.i for c in report.children if c.dep_.startswith("aux"))])
        if before is not None and after and doc[opening - 1].text == "," and before.right_edge.i < opening:
            return before
    return None


def _object_taken_by_main_verb(verb: Token) -> Token | None:
    """`L'attaque qui a touché jeudi la raffinerie de Volgograd prive le marché de carburant`: in a
    sentence whose subject carries a `qui` relative clause, the parser may close the relative clause
    before its object and make that object the subject of the main verb, hung under the relative verb.
    The noun phrase standing between the relative verb (and its day) and the verb it is made the
    subject of, with no comma between, is the relative verb's object (None when it has one)."""
    if verb.dep_ != "acl:relcl" or verb.head.dep_ != "ROOT" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children):
        return None
    if any(c.dep_ in OBJECT and date_root_over(c) is None for c in verb.children):
        return None
    for main in verb.children:
        if main.i < verb.i or main.pos_ != "VERB" or main.dep_ not in {"advcl", "conj", "ccomp", "parataxis"}:
            continue
        subject = next((c for c in main.children if c.dep_ == "nsubj" and verb.i < c.i < main.i), None)
        if subject is not None and not any(t.is_punct for t in verb.doc[verb.i + 1 : main.i]):
            return subject
    return None


def _partitive_object(verb: Token) -> Token | None:
    """`a frappé dans la nuit des dizaines de sites ukrainiens`: after a phrase of time the parser may
    read the partitive article `des` as `de` + `les` and make the object an oblique; the first such
    phrase after the verb, when the verb has no object, is its object. A bare day the parser took for
    the object (`a bombardé jeudi des dizaines de cibles iraniennes en Syrie`) is no object. A verb whose
    complement opens on `de` reads it as that complement (`a parlé jeudi avec X des otages`)."""
    if fold(verb.lemma_.lower()) in de_verbs():
        return None
    if any(c.dep_ in OBJECT and date_root_over(c) is None for c in verb.children):
        return None
    for c in verb.children:
        if c.i > verb.i and c.dep_ in {"obl", "obl:mod", "obl:arg"} and c.pos_ == "NOUN":
            cases = [g for g in c.children if g.dep_ == "case"]
            if len(cases) == 1 and cases[0].lower_ == "des" and cases[0].i == c.i - 1:
                return c
    return None
