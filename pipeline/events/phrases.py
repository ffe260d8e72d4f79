"""Reading the phrases around an event trigger: which actors and places a phrase holds, and how.

A phrase is a token and its dependents, without entering subordinate clauses. Inside it, an
actor can stand at the core (`le Kremlin`), under a locative preposition (`l'oléoduc en Russie`)
or under a comitative one (`au téléphone avec Poutine`); each position means something different
to the event, so they are returned apart.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline import config
from pipeline.actors.filters import person_nouns, title_words
from pipeline.actors.patterns import load_titles
from pipeline.dates.lexicon import number_value
from pipeline.events.agreement import state_links
from pipeline.nlp.extensions import ACTORS_KEY, DATES_KEY
from pipeline.nlp.syntax import TOPIC_PREPS, finite_clause_root, is_clause_head, plural_verb, window_start
from pipeline.nlp.tokens import per_doc
from pipeline.text import (
    DEMONSTRATIVE_PRONOUNS,
    DEMONSTRATIVES,
    FRENCH_ARTICLES,
    LOCATIVE_PREPOSITIONS,
    fold,
    normalize_name,
    word_key,
)

# Dependencies that open a new clause: an argument phrase does not extend into them.
CLAUSAL = {"acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "punct", "cop", "mark", "dislocated"}
COMITATIVE = {"avec", "entre", "auprès"}
# a participle heading what an event was about, whatever the parser hangs it on
TOPIC_PARTICIPLES = TOPIC_PREPS - {"sur"}
AGAINST = {"contre", "sur", "visant", "encontre", "vers"}
AGENT_PREPS = {"par"}
_MARKED_PREPS = frozenset(COMITATIVE | AGAINST | AGENT_PREPS)  # they win over a plain `de` or `à`
POSSESSIVE = {"de", "du", "des", "d'", "d’"}
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}
# Clauses whose subject is not the topic a later pronoun continues.
SUBORDINATE = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp"}
RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}
# the words that open a relative clause (`qui`, `que`, `dont`, `où`, `lequel`...)
RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
# Phrases that say where or on what occasion an event took place, not who took part:
# `en marge du sommet de l'OCS`, `lors du G20`, `au siège de l'OTAN`, `à l'occasion de`.
VENUE_NOUNS = {"marge", "marges", "siège", "occasion", "cadre", "coulisses"}
VENUE_PREPS = {"lors"}
# `en provenance de X`, `à destination de X`: the other party of a trade measure.
TRADE_ROUTE = {"provenance", "destination"}
GROUP_NOUNS_PATH = config.MODELS_DIR / "actors" / "group_nouns.csv"
MARKERS_PATH = config.MODELS_DIR / "events" / "markers.csv"
TITLES_PATH = config.MODELS_DIR / "actors" / "titles.csv"
ANTECEDENT_SENTENCES = 3  # how far back `les deux hommes` looks for the people it sums up
LEAD_SENTENCES = 4  # title, dateline and lead: where `les deux hommes` finds the pair of the story


@dataclass
class PhraseActors:
    """Actor ids of one phrase, by position."""

    core: list[str] = field(default_factory=list)
    located: list[str] = field(default_factory=list)  # under a locative preposition
    comitative: list[str] = field(default_factory=list)  # under `avec`, `entre`
    origin: list[str] = field(default_factory=list)  # under `en provenance de`, `à destination de`
    against: list[str] = field(default_factory=list)  # the core ones under a nested `contre`, `sur`
    bodies: list[str] = field(default_factory=list)  # organisations left out as a named person's own side


def actor_index(doc: Doc, key: str = "actors") -> dict[int, Span]:
    """Token index -> the actor (or place) span covering it. Built once per span group: the
    resolver writes the groups before the extractor reads them, many times over (the index is
    shared: callers must not change it)."""
    group = doc.spans.get(key)
    stamp = (id(group), len(group) if group is not None else 0)
    cached = doc.user_data.get(f"{_ACTOR_INDEX}.{key}")
    if cached is None or cached[0] != stamp:
        index: dict[int, Span] = {}
        for span in group or []:
            for i in range(span.start, span.end):
                index[i] = span
        cached = (stamp, index)
        doc.user_data[f"{_ACTOR_INDEX}.{key}"] = cached
    return cached[1]


_ACTOR_INDEX = "events.phrases.actor_index"


def date_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens inside the doc's temporal expressions, read once per doc (shared:
    do not change it)."""
    return per_doc(doc, "events.phrases.date_tokens", _date_tokens)


def _date_tokens(doc: Doc) -> frozenset[int]:
    return frozenset(i for span in doc.spans.get(DATES_KEY, []) for i in range(span.start, span.end))


def phrase_actors(
    token: Token,
    actors: dict[int, Span],
    stop: frozenset[int] = frozenset(),
    *,
    topics: bool = True,
    members: bool = True,
) -> PhraseActors:
    """Actor ids in the phrase headed by `token`, by position.

    A named person in a phrase makes the demonyms of that phrase redundant: in `le ministre russe
    Sergueï Lavrov` the participant is Lavrov, not Russia as well. `stop` holds the heads of other
    triggers, whose phrases belong to other events. Without `topics`, a phrase nested in it that
    says what the event was about is left out (`un échange « constructif » sur l'Ukraine`). Without
    `members`, an organisation in the same conjunct as a named person is the body that person heads
    or belongs to, one side with them (`X, présidente de l'ONG Y,`, `X, de la société Y,`).
    """
    found: dict[str, list[Span]] = {"core": [], "located": [], "comitative": [], "origin": []}
    grouped: list[str] = []  # the actors a group noun met (`avec les deux présidents`) stands for
    against: set[str] = set()
    conjunct: dict[int, int] = {}  # span start -> the conjunct of the phrase it stands in
    stack: list[tuple[Token, str, bool, int]] = [(token, "core", False, token.i)]
    positions: dict[int, str] = {}
    while stack:
        t, position, under_against, member_of = stack.pop()
        positions[t.i] = position
        span = actors.get(t.i)
        if span is not None and span._.actor_id and not is_backer(t):
            found[position].append(span)
            conjunct.setdefault(span.start, member_of)
            if under_against and position == "core":
                against.add(span._.actor_id)
        elif span is None and position in {"core", "comitative"} and armed_group_noun(t):
            # `entre Kinshasa et les rebelles`, `avec les rebelles`: fighters named by no name of their own are
            # the armed group named before
            group = armed_antecedent_span(t, actors)
            if group is not None:
                found[position].append(group)
                conjunct.setdefault(group.start, member_of)
        elif span is None and position == "comitative" and fold(preposition(t)) == "avec" and _on_the_phone(t, token):
            # `s'est entretenu au téléphone avec les deux dirigeants`: a group met, hung on the phone phrase
            grouped += [a for a in group_antecedents(t, actors) if a not in grouped]
        for c in t.children:
            if (c.dep_ in CLAUSAL or c.i in stop or is_clause_head(c)) and not _in_power(c) and not _included(c):
                continue
            if _tied_to(c) and not _fighters_of(t, actors):
                continue  # `la faction affiliée au groupe État islamique`: whom it is tied to, not a side
            if t.i != token.i and _infinitive_of_noun(t, c):
                continue  # `qui l'a informé de sa décision d'annuler le sommet avec X`: the infinitive's own act
            if c.dep_ == "appos" and fold(c.lemma_.lower()) in markers()["clause_comment"]:
                continue  # `..., dernière étape d'une dispute née de l'ouverture d'un bureau de X`: a comment
            if fold(c.lemma_.lower()) in _urgers():
                continue  # `des restrictions sur la vente à la Chine, sous la pression de Washington`: who urged it
            prep = preposition(c)
            if weapons_used(c):
                continue  # `a frappé Kharkiv avec des drones iraniens`: who made the weapons took no part
            if anchor_happening(c, prep):
                continue  # `sa visite depuis la chute de X`: the happening the event is dated from, not a side
            if (
                is_venue(c, prep)
                or (not topics and prep in TOPIC_PREPS)
                or is_reporter(c, prep)
                or is_offshore(c, prep)
                or is_distance(c, prep)
            ):
                continue
            if _remit(c, prep):
                continue  # `l'émissaire américain pour l'Afghanistan`: the country he is in charge of, no side
            if not topics and state_after_demonym(t, c):
                continue  # `a discuté avec son homologue américain de la Syrie`: what they discussed
            if _superior_of_apposed(t, c, prep, actors) or _appointer_of_apposed(t, c, actors):
                continue  # `X, le bras droit de Y,`: Y is whom X works for, not a side of X's event
            if _kin_named(t, c, prep):
                continue  # `a reçu le gendre de X`: X's relative is another person; X takes no part
            side = c.i if c.dep_ == "conj" else member_of
            # `au pouvoir au Niger`; `des combattants rattachés à l'État islamique`: the group the fighters are
            where = position if _in_power(t) or _in_power(c) or _tied_to(t) else _position(c, position, prep)
            if _name_glued_on_title(t, c, actors):
                where = positions.get(t.head.i, where)  # `le secrétaire au Trésor Scott Bessent`: the title holder
            stack.append((c, where, under_against or prep in AGAINST, side))
    core = _drop_home_states(_drop_redundant_demonyms(found["core"]), actors)
    kept = core if members else _drop_own_bodies(core, conjunct)
    bodies = _ids([s for s in core if s not in kept])
    core = kept
    core_ids = unique(_ids(core) + _title_states(core))
    if not core_ids and not found["comitative"]:
        core_ids = (
            group_antecedents(token, actors)
            or body_antecedent(token, actors)
            or delegation_antecedent(token, actors)
            or descriptor_antecedent(token, actors)
        )
        # `le chef du mouvement islamiste`: the body a title is of stands for it
        of_body = (c for c in token.children if c.dep_ == "nmod" and fold(preposition(c)) in POSSESSIVE)
        core_ids = core_ids or next((body for c in of_body if (body := body_antecedent(c, actors))), [])
    # `au téléphone avec son homologue turc, X`: a name the parser hangs as a conjunct of the head
    # repeats the comitative one, which says its role
    comitative = unique(_ids(found["comitative"]) + grouped)
    core_ids = [i for i in core_ids if i not in comitative]
    located = [i for i in _ids(found["located"]) if i not in core_ids]
    against_ids = [i for i in core_ids if i in against]
    return PhraseActors(core_ids, located, comitative, _ids(found["origin"]), against_ids, bodies)


def state_after_demonym(noun: Token, child: Token) -> bool:
    """`a discuté avec son homologue américain de la Syrie`, `a parlé avec X de l'Ukraine`: a state
    named after `de` on a named person, or on a noun that names its own, other side by its adjective,
    is no owner of that noun (one holds no office of two states); the parser hung there the topic of
    the talk verb, and the states listed with it (`de la Turquie et de l'Égypte`). Read for talks only
    (phrase_actors without `topics`)."""
    of = {"de", "du", "d'", "d’"}
    if child.dep_ == "conj" and fold(preposition(child)) in of:
        return any(state_after_demonym(noun, c) for c in noun.children if c.dep_ == "nmod" and c.i < child.i)
    if child.dep_ != "nmod" or fold(preposition(child)) not in of:
        return False
    index = actor_index(noun.doc, ACTORS_KEY)
    named = index.get(child.i)
    if named is None or named._.mention_kind not in {"name", "metonym"} or not _state(named):
        return False
    holder = index.get(noun.i)
    if holder is not None and is_person(holder) and noun.pos_ == "PROPN":
        return True
    # the adjective may stand for the counterpart it resolved to (`son homologue américain`: a person)
    own = (index.get(c.i) for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < child.i)
    return noun.pos_ == "NOUN" and any(s is not None and s._.actor_id and s._.actor_id != named._.actor_id for s in own)


def _state(span: Span) -> bool:
    return (span._.actor_id or "").startswith("state:")


def _on_the_phone(group: Token, top: Token) -> bool:
    """A group noun the parser hung on the phone phrase (`phone_phrase` in markers.csv) read as the top of
    a phrase: `au téléphone avec les deux dirigeants`."""
    return group.i != top.i and group.head.i == top.i and fold(top.lemma_.lower()) in markers()["phone_phrase"]


def _name_glued_on_title(t: Token, c: Token, actors: dict[int, Span]) -> bool:
    """`le secrétaire au Trésor Scott Bessent`: the parser hangs a person's name, set without commas
    after a title, on the title's last word (`Trésor`) as part of its name; the person holds the title."""
    span = actors.get(c.i)
    if c.dep_ != "flat:name" or span is None or not is_person(span) or span.start != c.i:
        return False
    own = actors.get(t.i)
    return t.dep_ == "nmod" and t.head.pos_ == "NOUN" and (own is None or not is_person(own))


def is_offshore(token: Token, prep: str) -> bool:
    """`au large du Yémen`, `au large des côtes libyennes` (`offshore` in markers.csv): the phrase says
    off which coast it happened, the state in it is where, not a side."""
    return fold(prep) == "au" and token.pos_ == "NOUN" and fold(token.lower_) in markers()["offshore"]


def is_distance(token: Token, prep: str) -> bool:
    """`à deux kilomètres de l'ambassade de France`, `à quelques centaines de mètres du Parlement`
    (`distance_units` in markers.csv): the phrase measures how far from a landmark it happened; what it
    names is a landmark, not a side."""
    if fold(prep) != "a" or token.pos_ != "NOUN":
        return False
    units = markers()["distance_units"]
    words = [token, *(c for c in token.children if c.dep_ == "nmod" and c.pos_ == "NOUN")]
    return any(fold(w.lemma_.lower()) in units or fold(w.lower_) in units for w in words)


def in_offshore_phrase(token: Token) -> bool:
    """`Yémen` in `un pétrolier touché au large du Yémen`: the name stands, up to three levels down, in
    an `au large de` phrase, a place off that coast."""
    return _in_phrase(token, is_offshore)


def in_distance_phrase(token: Token) -> bool:
    """`Roumanie` in `a frappé le port d'Izmaïl, à quelques kilomètres de la Roumanie`: the name stands,
    up to three levels down, in a phrase of distance (`is_distance`), a landmark."""
    return _in_phrase(token, is_distance)


def _in_phrase(token: Token, kind: Callable[[Token, str], bool]) -> bool:
    """The token stands, up to three levels down, in a phrase of that kind."""
    t = token
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if kind(t, preposition(t)):
            return True
    return False


def _infinitive_of_noun(noun: Token, child: Token) -> bool:
    """`sa décision d'annuler X`, `leur volonté de rencontrer Y`: an infinitive of `de` completing a noun
    inside the phrase tells an act of its own, whose phrases are its sides, not the phrase's."""
    if noun.pos_ != "NOUN" or child.pos_ != "VERB" or "Inf" not in child.morph.get("VerbForm", []):
        return False
    return any(m.dep_ == "mark" and fold(m.lower_) in {"de", "d'"} and m.i < child.i for m in child.children)


def named_as_kin(name: Token) -> bool:
    """`le gendre de Donald Trump`: the name is only whose relative the person named by the noun is."""
    return name.head.i != name.i and _kin_named(name.head, name, preposition(name))


_OF_KIN = frozenset({"de", "du", "d'", "des"})


def _kin_named(noun: Token, child: Token, prep: str) -> bool:
    """`le gendre de Donald Trump`, `la fille du président`: the `de` phrase of a noun of kinship
    (`kin_nouns` in markers.csv) names whose relative the person is, not the person."""
    if noun.pos_ != "NOUN" or child.dep_ != "nmod" or child.i < noun.i:
        return False
    # `de Donald Trump`, `de Kim Jong-un` split in two: the name's last part hung on the noun after the first
    split = any(
        s.dep_ == "nmod" and s.i < child.i and s.right_edge.i == child.i - 1 and fold(preposition(s)) in _OF_KIN
        for s in noun.children
    )
    if fold(prep) not in _OF_KIN and child.pos_ != "PROPN" and not split:
        return False
    if fold(noun.lemma_.lower()) in markers()["kin_nouns"] or fold(noun.lower_) in markers()["kin_nouns"]:
        return True
    # `le bras droit de Kim Jong-un`: a locution of a noun and its adjective (`kin_nouns` too)
    modifiers = (c for c in noun.children if c.dep_ == "amod" and c.i == noun.i + 1)
    return any(fold(f"{noun.lower_} {c.lower_}") in markers()["kin_nouns"] for c in modifiers)


def _superior_of_apposed(role: Token, child: Token, prep: str, actors: dict[int, Span]) -> bool:
    """`Kim Yong-chol, le bras droit de Kim Jong-un,`, `X, le ministre des Affaires étrangères de Y,`, `le
    bras droit de Kim Jong-un, Kim Yong-chol`: a person in the `de` phrase of a noun set off by a comma
    right after a named person, or before one, is the one that person serves; the named person takes part,
    the superior does not."""
    superior = actors.get(child.i)
    if child.dep_ != "nmod" or role.pos_ != "NOUN" or superior is None:
        return False
    if not is_person(superior):
        return False
    # `de Kim Jong-un`, the parser hanging the name's last part (`un`) apart: the name's own preposition
    if fold(prep or preposition(role.doc[superior.start])) not in {"de", "du", "d'"}:
        return False
    for _ in range(2):  # `le secrétaire d'État de Y`: the name hung on the role's own complement
        if role.dep_ == "nmod" and role.head.pos_ == "NOUN" and role.head.i < role.i:
            role = role.head
    return _apposed_to_person(role, actors) or _person_apposed_after(role, child, actors)


def _person_apposed_after(role: Token, superior: Token, actors: dict[int, Span]) -> bool:
    """`le bras droit de Kim Jong-un, Kim Yong-chol`: the role noun's holder named after a comma, past the
    superior's name; the holder takes part, the superior does not."""
    doc = role.doc
    for c in role.children:
        named = actors.get(c.i)
        if c.dep_ == "appos" and c.i > superior.i and named is not None and is_person(named):
            if named.start >= 1 and doc[named.start - 1].text == ",":
                return True
    return False


def _apposed_to_person(role: Token, actors: dict[int, Span]) -> bool:
    """The role noun's phrase (its article first) is set off by a comma right after a named person."""
    first = min((t.i for t in role.subtree if t.dep_ == "det" and t.head.i == role.i), default=role.i)
    if first < 2 or role.doc[first - 1].text != ",":
        return False
    named = actors.get(first - 2)
    return named is not None and is_person(named) and named.end == first - 1


def _appointer_of_apposed(token: Token, child: Token, actors: dict[int, Span]) -> bool:
    """`X, médiateur désigné par l'Union africaine,`, `X, émissaire mandaté par Y,`: the `par` phrase of a
    participle on a noun set off by a comma right after a named person says who gave that person the
    role; the named person takes part, the one who appointed them does not. The parser hangs the `par`
    phrase on the participle or on the noun itself (the participle then read as an adjective)."""
    if preposition(child) != "par":
        return False
    if token.dep_ in {"acl", "amod"} and _participle_form(token):
        role = token.head
    elif any(c.dep_ in {"acl", "amod"} and c.i < child.i and _participle_form(c) for c in token.children):
        role = token
    else:
        return False
    return role.pos_ == "NOUN" and _apposed_to_person(role, actors)


def _participle_form(token: Token) -> bool:
    """A past participle, also one the tagger read as an adjective (`mandaté`, lemma `mandater`; not
    `premier`, its own lemma)."""
    lemma = token.lemma_.lower()
    return "Part" in token.morph.get("VerbForm", []) or (lemma.endswith("er") and lemma != token.lower_)


def _included(token: Token) -> bool:
    """`une quinzaine de dirigeants, dont X et Y`: a `dont` with names and no verb lists members of the
    group; the parser makes the first name a relative clause of its own. So does a demonstrative that
    stands for the group's noun (`plusieurs sites nucléaires, dont celui de Natanz`)."""
    return (
        token.dep_ == "acl:relcl"
        and (token.pos_ in {"PROPN", "NOUN"} or token.lower_ in DEMONSTRATIVE_PRONOUNS)
        and any(c.lower_ == "dont" and c.i < token.i for c in token.children)
        and not any(c.dep_ in {"cop", "aux", "aux:pass", "aux:tense", "nsubj"} for c in token.children)
    )


def _in_power(token: Token) -> bool:
    """`la junte au pouvoir au Niger`, `les militaires au pouvoir à Bamako`: the phrase names the
    state the group governs; the parser makes `pouvoir` a clause of its own."""
    return token.lower_ == "pouvoir" and any(c.lower_ == "au" for c in token.children)


def is_reporter(token: Token, prep: str) -> bool:
    """`Selon Kiev, c'est la Russie qui a frappé`, `D'après X, ...`: the source of the report, which
    the parser may hang on a name of the clause, says the news and takes no part in it."""
    if prep == "selon":
        return True
    return any(
        c.dep_ == "case" and any(f.dep_ == "fixed" and f.lower_ == "après" for f in c.children) for c in token.children
    )


def in_reporter_phrase(token: Token) -> bool:
    """`selon des diplomates sud-coréens`, `d'après le porte-parole du ministère russe`: the token
    stands in a phrase of the source of the news, as its head or a modifier of it (`amod`, `nmod`,
    `flat:name`); not a conjunct, which the parser also makes of the clause's subjects (`Selon le
    quotidien X, Poutine et Erdogan se seraient parlé`)."""
    t = token
    for _ in range(4):
        if is_reporter(t, preposition(t)):
            return True
        if t.dep_ not in {"amod", "nmod", "flat:name"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def is_venue(token: Token, prep: str | None = None) -> bool:
    """`en marge du sommet`, `lors du G20`, `au siège de l'OTAN`: the phrase is the occasion or the
    place of the event; the actors inside it are not its participants. `prep` is the token's
    `preposition` when the caller has it already."""
    if token.lemma_.lower() in VENUE_NOUNS:
        return True
    return (preposition(token) if prep is None else prep) in VENUE_PREPS


def inside_venue(token: Token) -> bool:
    """`le sommet` in `X a rencontré Y en marge du sommet`: an event noun inside another event's
    venue phrase is an event of its own, never the same as the one it frames."""
    t = token
    for _ in range(4):
        if is_venue(t):
            return True
        if t.head.i == t.i or t.dep_ in CLAUSAL:
            return False
        t = t.head
    return False


@lru_cache(maxsize=4)
def group_nouns(path: Path = GROUP_NOUNS_PATH) -> dict[str, str]:
    """Plural nouns that sum up actors named before (`les deux hommes`), with the kind they stand for."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {fold(row["noun"]): row["refers_to"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _urgers() -> frozenset[str]:
    """Nouns of who urged or ordered an act (`instigation` and `order` in markers.csv), read for every
    phrase: the union is built once."""
    return markers()["instigation"] | markers()["order"]


@lru_cache(maxsize=1)
def _askers() -> frozenset[str]:
    """`_urgers` and the nouns of a request (`à la demande de`): who asked names no place."""
    return _urgers() | markers()["request"]


@lru_cache(maxsize=4)
def markers(path: Path = MARKERS_PATH) -> dict[str, frozenset[str]]:
    """Word classes the argument rules read (`sequence`: `puis`, `ensuite`), by marker name. A name given
    twice is refused: the later row would silently replace the earlier one's words for every rule."""
    found: dict[str, frozenset[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if row["marker"] in found:
                raise ValueError(f"{path}:{line}: marker {row['marker']!r} is already defined above")
            found[row["marker"]] = frozenset(fold(w) for w in row["words"].split("|"))
    return found


GOODS_REACH = 18  # words after a measure word where its goods are read
# a measure noun's goods follow `sur` (`des taxes sur l'acier`) or the `à` of applying it to them
# (`appliquera des droits de 50 % aux voitures chinoises`)
GOODS_PREPOSITIONS = frozenset({"sur", "à", "aux", "au"})


def foreign_goods(head: Token, start: int) -> list[Span]:
    """`ses taxes sur le porc, les pommes et le fromage américains`, `taxer les motos japonaises`: the
    state demonyms on goods right after a measure word (a noun's `sur` or `à` phrase, a verb's object) name the
    states whose goods it hits; read on the surface from `start` up to the next verb or clause break, as
    the parser often hangs a listed good on the verb. A state named after `de` on a good names it too
    (`sur le charbon et le gaz naturel liquéfié des États-Unis`). `la taxe foncière` names no goods, and
    `une taxe sur les géants américains du numérique` firms or people (`not_goods` in markers.csv), not goods."""
    found = actor_index(head.doc, ACTORS_KEY)
    after = head.doc[start : min(start + GOODS_REACH, head.sent.end)]
    if head.pos_ == "NOUN" and not any(t.lower_ in GOODS_PREPOSITIONS for t in after[:6]):
        return []
    states: list[Span] = []
    origin = False  # past a participle of origin on a good (`l'acier importé du Canada et du Mexique`)
    for t in after:
        if not origin and _origin_participle(t):
            origin = True
            continue
        if t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ":", "("} or t.lower_ in {"qui", "que", "dont"}:
            break
        mention = found.get(t.i)
        if (
            t.pos_ == "ADJ"
            and t.head.pos_ == "NOUN"
            and fold(t.head.lemma_.lower()) not in markers()["not_goods"]
            and mention is not None
            and mention._.mention_kind == "demonym"
            and (mention._.actor_id or "").startswith("state:")
        ):
            states.append(mention)
        elif (
            mention is not None
            and t.i == mention.root.i
            and mention._.mention_kind in {"name", "metonym"}
            and (mention._.actor_id or "").startswith("state:")
        ):
            prep = fold(preposition(t))
            of_goods = (
                prep in {"de", "du", "des", "d'"}
                and t.head.pos_ == "NOUN"
                and t.head.i > head.i
                and fold(t.head.lemma_.lower()) not in markers()["not_goods"]
            )
            # after a participle of origin the parser hangs the place anywhere: read on the surface
            if of_goods or (origin and prep in {"de", "du", "des", "d'", "en"}):
                states.append(mention)
    return states


def _origin_participle(token: Token) -> bool:
    """`importé`, `fabriquées` (`goods_origin` in markers.csv) right after a good, whatever the parser made of it."""
    before = token.doc[token.i - 1] if token.i > 0 else token
    return (
        token.pos_ in {"VERB", "ADJ"}
        and (fold(token.lemma_.lower()) in markers()["goods_origin"] or fold(token.lower_) in markers()["goods_origin"])
        and before.pos_ in {"NOUN", "ADJ"}
        and fold(before.lemma_.lower()) not in markers()["not_goods"]
    )


def is_rate(token: Token) -> bool:
    """`%`, `points` (`rate` in models/events/markers.csv): the level a measure is set at, which the
    parser often makes the head of the measure noun (`a porté à 125 % les droits`)."""
    rates = markers()["rate"]
    return fold(token.lemma_.lower()) in rates or fold(token.lower_) in rates


def is_backer(token: Token) -> bool:
    """The agent of a participle of backing (`backer` in models/events/markers.csv): `l'Iran` in
    `les Houthis, soutenus par l'Iran, ont tiré un missile` sponsors a side, it does not act."""
    if token.dep_ != "obl:agent" or token.head.pos_ not in {"VERB", "ADJ"}:
        return False
    participle = token.head
    words = {fold(participle.lemma_.lower()), fold(participle.text.lower()).removesuffix("s").removesuffix("e")}
    return bool(words & markers()["backer"])


def is_mediator(token: Token) -> bool:
    """A name under `sous` and an `attendance` noun (markers.csv): `Riyad` in `des pourparlers sous l'égide
    de Riyad`, `sous les auspices de l'ONU` hosts or mediates the talks; so does a name given a
    `mediator_role` after `comme` (`avec la Norvège et Cuba comme pays garants`). It is not a side."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    roles = markers()["mediator_role"]
    # the `comme` phrase on the name, or right after it on the verb (`avec la Turquie comme médiateur`)
    after = [c for c in first.head.children if c.left_edge.i == first.right_edge.i + 1]
    for c in [*first.children, *after]:
        if c.i > token.i and any(w.dep_ == "case" and w.lower_ == "comme" for w in c.children):
            if any(fold(w.lower_) in roles or fold(w.lemma_.lower()) in roles for w in c.subtree):
                return True
    # the name is the `de` complement of the noun (`de Riyad et de Washington`), however the parser hangs its title
    t = first
    while t.dep_ in {"appos", "flat:name", "amod", "nmod"} and t.head.i != t.i and not preposition(t):
        t = t.head
    noun = t.head
    return (
        noun.i != t.i
        and fold(preposition(t)) in POSSESSIVE
        and fold(noun.lemma_.lower()) in markers()["attendance"]
        and fold(preposition(noun)) == "sous"
    )


def is_judgement(word: Token) -> bool:
    """`jugée`, `qualifiée`: a participle of judgement, whose agent judges the event, not a
    participant (`une rencontre jugée « productive » par X`)."""
    lemma = word.lemma_.lower()
    infinitive = lemma[:-1] + "er" if lemma.endswith("é") else lemma  # ADJ `qualifiée` -> `qualifié`
    # the marker words are folded (`desavouer`): so is the lemma, or no accented verb would match
    return bool({fold(lemma), fold(infinitive)} & markers()["judgement"])


def judges(token: Token, head: Token) -> bool:
    """Whether `token` names who judges the event at `head`, not a participant: it hangs below a
    participle of judgement (`jugée « utile » par X`), or it is a `par` phrase of a noun that has
    one (the parser often hangs `par X` on the event noun itself), or on the attribute of a noun that has
    one (`une décision qualifiée d'hostile par Moscou`, `par Moscou` hung on `hostile`)."""
    above = {head.i} | {a.i for a in head.ancestors}
    agent = preposition(token) in AGENT_PREPS
    for a in token.ancestors:
        if a.i in above:
            break
        if is_judgement(a):
            return True
        if agent and any(c.dep_ in {"acl", "amod"} and c.i < token.i and is_judgement(c) for c in a.children):
            return True
    return agent and any(c.dep_ in {"acl", "amod"} and is_judgement(c) for c in token.head.children)


def group_antecedents(token: Token, actors: dict[int, Span]) -> list[str]:
    """`les deux présidents`, `les dirigeants des deux pays`: the actors of that kind the text named
    last, as many as the number says. Only when too few are named, a role resolved to its state
    stands in for its holder (`le ministre tchèque ... les deux hommes`)."""
    kind = group_nouns().get(fold(token.lower_))
    if kind is None:
        return []  # most phrases: no group noun, and the chain below is read only for one
    # `les dirigeants des deux pays` counts its states; `les dirigeants des deux partis` counts no actors of ours
    counted = [token, *(t for t in _nmod_chain(token) if fold(t.lower_) in group_nouns())]
    number = next((v for t in counted for n in t.children if n.dep_ == "nummod" and (v := number_value(n.text)) > 1), 0)
    if number == 0 and any(c.dep_ == "det" and c.lower_ == "leurs" for c in token.children):
        # `Le Rwanda et la RDC s'accusent ... Leurs ministres se sont vus`: one of each of the pair named last
        pair = _group_of(token, actors, kind, 2)
        if len(pair) < 2 and kind == "person":
            pair = _group_of(token, actors, "state", 2)
        if len(pair) == 2 and kind == "person" and fold(token.lower_) in markers()["below_leaders"]:
            # `X et Y se sont mis d'accord pour que leurs ministres se rencontrent`: not the two leaders, one of
            # each of their states
            published = token.doc._.published
            homes = [actor_country(token.doc, a) if _leader(a, published) else None for a in pair]
            if all(homes) and len(set(homes)) == 2:
                return [f"state:{c}" for c in homes]
        return pair if len(pair) == 2 else []
    if number == 0:
        return []
    of_states = any(group_nouns().get(fold(t.lower_)) == "state" for t in counted[1:])
    if kind == "person" and of_states:
        # `les ministres des Affaires étrangères des deux pays`: one person of each of two states; when
        # the people named last are not of two states, the two states named last stand in for them
        found = _group_of(token, actors, "person", number)
        countries = {actor_country(token.doc, a) for a in found}
        if len(found) == number and None not in countries and len(countries) == number:
            if fold(token.lower_) in markers()["below_leaders"] and all(
                _leader(a, token.doc._.published) for a in found
            ):
                # `les ministres des Affaires étrangères des trois pays` after the three presidents: not
                # them, one of each of their states
                return [f"state:{actor_country(token.doc, a)}" for a in found]
            return found
        states = _group_of(token, actors, "state", number)
        return states if len(states) == number else found
    return _group_of(token, actors, kind, number)


_DEFINITE = frozenset({"le", "la", "l'", "l’"})
_PLACE_PREPS = frozenset({"a", "au", "en", "depuis", "vers"})


def delegation_antecedent(token: Token, actors: dict[int, Span]) -> list[str]:
    """`Une délégation du Hamas est arrivée dimanche au Caire. X a rencontré la délégation lundi`: a
    definite or demonstrative singular `délégation` (`delegation_nouns` in markers.csv) with no complement of its
    own is the delegation last named with one, in its sentence or the few before: its side, or who leads it."""
    if token.pos_ != "NOUN" or fold(token.lemma_.lower()) not in markers()["delegation_nouns"]:
        return []
    # singular: `les délégations` are several, not the one named last
    if not any(c.dep_ == "det" and (c.lower_ in _DEFINITE or is_demonstrative(c)) for c in token.children):
        return []
    dates = date_tokens(token.doc)
    if any(c.dep_ not in {"det", "punct"} and c.i > token.i and c.i not in dates for c in token.children):
        return []  # `la délégation russe`, `la délégation du Hamas`: its own side (a day hung on it aside)
    for t in reversed(token.doc[window_start(token, ANTECEDENT_SENTENCES - 1) : token.i]):
        if t.pos_ == "NOUN" and fold(t.lemma_.lower()) in markers()["delegation_nouns"]:
            named = phrase_actors(t, actors, frozenset({token.i})).core
            if named:
                return named  # `une délégation ukrainienne conduite par X`: X, for Ukraine
    return []


def descriptor_antecedent(token: Token, actors: dict[int, Span]) -> list[str]:
    """`L'opposante biélorusse X est arrivée lundi à Varsovie. Le Premier ministre recevra l'opposante
    jeudi`: a definite singular noun describing a person (`descriptor_nouns` in markers.csv: `opposant`,
    `dissident`, `émissaire`) with nothing of its own is the person named last, in its sentence or the
    few before, whose mention the same noun introduced (either gender)."""
    word = fold(token.lower_)
    stem = word[:-1] if word.endswith("e") and word[:-1] in markers()["descriptor_nouns"] else word
    if token.pos_ != "NOUN" or stem not in markers()["descriptor_nouns"]:
        return []
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return []
    dates = date_tokens(token.doc)
    if any(c.dep_ not in {"det", "punct"} and c.i not in dates for c in token.children):
        return []  # `l'opposant russe`, `l'émissaire de Washington`: described, not told again
    registry = token.doc._.actors or {}
    start = window_start(token, ANTECEDENT_SENTENCES - 1)
    for i in range(token.i - 1, start - 1, -1):
        span = actors.get(i)
        actor = registry.get(span._.actor_id) if span is not None and span._.actor_id else None
        if span is None or i != span.start or actor is None or not actor.id.startswith("person:"):
            continue
        before = token.doc[max(span.sent.start, span.start - 4) : span.start]
        if any(fold(t.lower_) in {stem, stem + "e"} for t in before):
            return [actor.id]
    return []


def weapons_used(phrase: Token) -> bool:
    """`avec des drones iraniens`, `avec des missiles ATACMS américains`: a phrase of the weapons an attack is
    made with (`munitions` in markers.csv, behind `avec`); the state or firm it names made or supplied them."""
    return fold(preposition(phrase)) == "avec" and fold(phrase.lemma_.lower()) in markers()["munitions"]


def _adjective_after(word: Token) -> bool:
    """The word after a movement noun describes it: an adjective, or a lower-case word the tagger took for a
    name or a noun modifier with no preposition of its own (`le groupe chiite`, `chiite` read as a name)."""
    if word.dep_ == "amod":
        return True
    return word.dep_ in {"nmod", "appos"} and word.is_lower and not any(c.dep_ == "case" for c in word.children)


def body_antecedent(token: Token, actors: dict[int, Span]) -> list[str]:
    """`La Cédéao a convoqué un sommet. ... l'organisation régionale avait imposé des sanctions à Niamey`:
    a definite singular `organisation`, `bloc`, `alliance` (`body_anaphors` in markers.csv) with no
    complement of its own, adjectives aside, is the international organisation (one with no state of
    its own) the text named last, a few sentences back. A movement described by an adjective (`le
    mouvement islamiste`, `armed_movement_nouns`) is the armed movement named last; either may be the body
    a title is of (`le chef du mouvement islamiste`, through `du`). `le mouvement` and `la milice` need no
    adjective (`bare_movement_nouns`)."""
    word, words = fold(token.lower_), markers()
    # `le mouvement islamiste`, `la milice pro-iranienne`: an armed movement described by an adjective
    movement = word not in words["body_anaphors"] and word in words["armed_movement_nouns"]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # the parser may hang the adjective on the title (`le chef du mouvement chiite`)
    described = after is not None and _adjective_after(after) and after.head.i in {token.i, token.head.i}
    if movement and not described and word not in words["bare_movement_nouns"]:
        return []  # `le groupe` alone may be any group; `le mouvement`, `la milice` alone are the armed one
    if token.pos_ != "NOUN" or not (movement or word in words["body_anaphors"]):
        return []
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children) and preposition(token) != "du":
        return []  # `du` holds the article (`le chef du mouvement islamiste`)
    if any(c.dep_ not in {"det", "amod", "punct"} and c.i > token.i and c != after for c in token.children):
        return []  # `l'organisation du sommet`, `l'alliance entre X et Y`: no stand-in
    registry = token.doc._.actors or {}
    first = token.i
    for _ in range(ANTECEDENT_SENTENCES):
        first = token.doc[first].sent.start
        if first == 0:
            break
        first -= 1
    for i in range(token.i - 1, first - 1, -1):
        span = actors.get(i)
        actor = registry.get(span._.actor_id) if span is not None and span._.actor_id else None
        if actor is None or span is None or not actor.id.startswith("org:"):
            continue
        if (actor.id not in armed_movements() or actor.id in armed_orgs()) if movement else (actor.country is not None):
            continue  # a movement is no state's army (`l'armée israélienne ... des banquiers du mouvement`)
        if span.start > 0 and fold(token.doc[span.start - 1].lower_) in _PLACE_PREPS:
            continue  # `réunis à Bruxelles`: a seat named as a place
        return [actor.id]
    return []


@lru_cache(maxsize=1)
def armed_orgs() -> frozenset[str]:
    """The organisations the knowledge base types as armed (`military`) and not as a state's body."""
    from pipeline.actors.kb import load_kb

    kb = load_kb()
    return frozenset(i for i, kind in kb.org_types.items() if kind == "military")


@lru_cache(maxsize=1)
def armed_movements() -> frozenset[str]:
    """Armed groups, jihadist organisations (`other`) and the parties with an armed wing
    (`armed_parties` in markers.csv: Hamas, Hezbollah), not the other parties (Fidesz)."""
    from pipeline.actors.kb import load_kb

    kb = load_kb()
    parties = markers()["armed_parties"]  # folded ids
    armed = frozenset(i for i, kind in kb.org_types.items() if kind == "other" or fold(i) in parties)
    return armed_orgs() | armed


def _tied_to(participle: Token) -> bool:
    """A participle of affiliation (`affiliés`, `rattachés`: `affiliation` in markers.csv) on a noun."""
    return participle.dep_ == "acl" and fold(participle.lemma_.lower()) in markers()["affiliation"]


def _fighters_of(noun: Token, actors: dict[int, Span]) -> bool:
    """`des combattants rattachés à l'État islamique`: fighters named by no group of their own
    (`armed_group_nouns` in markers.csv, any article), whom the group they are tied to stands for."""
    return noun.pos_ == "NOUN" and noun.i not in actors and fold(noun.lower_) in markers()["armed_group_nouns"]


# `du`, `au`, `aux`: a preposition with the definite article in it (`des` is also the indefinite article)
_CONTRACTED_ARTICLES = frozenset({"du", "au", "aux"})


def armed_group_noun(noun: Token) -> bool:
    """`les rebelles`, `les insurgés`, `les jihadistes` (`armed_group_nouns` in markers.csv): a bare
    definite noun for fighters that names no group, which then stands for the armed group told before;
    so does a movement described by an adjective only (`le mouvement chiite`, `armed_movement_nouns`)."""
    # the article may be contracted with the preposition (`une délégation du mouvement rebelle`, `aux rebelles`)
    definite = any(
        (c.dep_ == "det" and fold(c.lower_) in FRENCH_ARTICLES | DEMONSTRATIVES)
        or (c.dep_ == "case" and fold(c.lower_) in _CONTRACTED_ARTICLES)
        for c in noun.children
    )
    if noun.pos_ != "NOUN" or not definite:
        return False
    return fold(noun.lower_) in markers()["armed_group_nouns"] or described_movement(noun)


def described_movement(noun: Token) -> bool:
    """`le mouvement chiite`, `la milice pro-iranienne`: a movement noun with an adjective and no
    complement or name saying which movement it is."""
    if fold(noun.lower_) not in markers()["armed_movement_nouns"]:
        return False
    # a phrase of the clause the parser hangs on it (`revendiqués par le mouvement chiite sur la Galilée`)
    # says nothing of which movement it is
    others = [
        c for c in noun.children if c.dep_ not in {"det", "amod", "punct", "case"} and preposition(c) not in AGAINST
    ]
    return not others and any(c.dep_ == "amod" and c.i > noun.i for c in noun.children)


def armed_antecedent(noun: Token, actors: dict[int, Span]) -> list[str]:
    """The armed group named last before `noun`, in its sentence or the two before (`Le raid visait des
    combattants houthis. Les rebelles avaient tiré la veille un missile`); none when there is none. A
    movement noun may also stand for a movement with an armed wing (`le mouvement chiite`: Hezbollah)."""
    span = armed_antecedent_span(noun, actors)
    return [span._.actor_id] if span is not None else []


def armed_antecedent_span(noun: Token, actors: dict[int, Span]) -> Span | None:
    """The mention of the armed group `armed_antecedent` finds."""
    first = window_start(noun, 2)
    groups = armed_movements() if described_movement(noun) else armed_orgs()
    i = noun.i - 1
    while i >= first:
        span = actors.get(i)
        if span is not None and span._.actor_id in groups:
            return span
        i = span.start - 1 if span is not None else i - 1
    return None


def _nmod_chain(token: Token, depth: int = 3) -> list[Token]:
    """The nouns hung on `token` by `de`, and on them in turn: `les chefs des services de renseignement
    des deux pays`, `les secrétaires des conseils de sécurité des deux pays` count the states of the
    last phrase, which the parser hangs on the noun between."""
    found: list[Token] = []
    layer = [token]
    for _ in range(depth):
        layer = [c for t in layer for c in t.children if c.dep_ == "nmod"]
        found += layer
    return found


def actor_country(doc: Doc, actor_id: str) -> str | None:
    """The state an actor is of, by its code: a state is its own (`state:RUS` -> `RUS`), a person or a
    body has its country in the doc's actor definitions."""
    if actor_id.startswith("state:"):
        return actor_id.removeprefix("state:")
    actor = (doc._.actors or {}).get(actor_id)
    return actor.country if actor is not None else None


def _group_of(token: Token, actors: dict[int, Span], kind: str, number: int) -> list[str]:
    """The `number` actors of `kind` named last before `token` (see `group_antecedents`)."""
    prefixes = {"person": ("person:",), "state": ("state:",)}.get(kind, ("person:", "state:", "org:"))
    sent_starts = [token.sent.start]
    while len(sent_starts) < ANTECEDENT_SENTENCES and sent_starts[-1] > 0:
        sent_starts.append(token.doc[sent_starts[-1] - 1].sent.start)
    of = _demonym_states(token)
    leaders = kind == "person" and fold(token.lower_) in markers()["leader_nouns"]
    presidents = leaders and fold(token.lower_) in markers()["president_nouns"]
    if number == 2:
        pair = _coordinated_pair(token, actors, prefixes, sent_starts)
        if pair and all(_of_states(token.doc, a, of) for a in pair):
            led = _leading_pair(token, actors, prefixes, of, pair, presidents=presidents) if leaders else pair
            if led or not presidents:
                return led  # `les deux présidents` after a pair of no presidents: the presidents named before
    passes = ((False, True), (False, False), (True, False)) if leaders else ((False, False), (True, False))
    for stand_ins, only_leaders in passes[:1] if presidents else passes:  # `les deux présidents`: presidents only
        found: list[str] = []
        i = token.i - 1
        while i >= sent_starts[-1] and (len(found) < number or kind == "state"):
            span = actors.get(i)
            if (
                span is not None
                and span._.actor_id
                and _stands_for(span, prefixes, kind, stand_ins)
                and not _speaker(span)
                and not _attendee(span)
                and not _other_side(span, token)
                and (not only_leaders or _leader(span._.actor_id, token.doc._.published, presidents))
                and (not of or _of_states(token.doc, span._.actor_id, of))
            ):
                if span._.actor_id not in found:
                    found.append(span._.actor_id)
                i = span.start
            elif kind == "state" and span is not None and (state := _person_state(span)) and state not in found:
                # `X rencontrera son homologue sud-coréenne Y ... Les trois pays`: a person named stands for
                # the state they serve, which the sentences may name no other way
                if not (_speaker(span) or _attendee(span) or _other_side(span, token)):
                    if _of_states(token.doc, state, of):
                        found.append(state)
                i = span.start
            elif span is None and kind == "person" and _subject_pronoun(token.doc[i]):
                # `Kim est arrivé à Pékin ... il a été reçu par Xi. Les deux dirigeants ont ...`: the
                # person a subject pronoun continues is named there again
                told = [a for a in pronoun_antecedent(token.doc[i], actors) if a.startswith("person:")]
                if len(told) == 1 and told[0] not in found:
                    found.append(told[0])
            i -= 1
        if kind == "state" and len(found) > number:
            found = _most_named(token, actors, found, number)
        if len(found) == number:
            return list(reversed(found))
        if only_leaders and number == 2:
            pair = _leading_pair(token, actors, prefixes, of, [], presidents=presidents)
            if pair:
                return pair
        if kind != "person":
            break
    if kind == "state" and number > 2 and not of:
        return _listed_states(token, actors, number)
    pair = _lead_pair(token, actors, prefixes) if number == 2 else []
    if presidents and not all(_leader(a, token.doc._.published, presidents) for a in pair):
        return []
    return pair if all(_of_states(token.doc, a, of) for a in pair) else []


# the words between the states of a list (`du Mali, du Burkina Faso et du Niger`)
_LIST_GLUE = frozenset({",", "et", "du", "de", "des", "d'", "d’", "la", "le", "l'", "l’", "au", "aux", "à"})


def _listed_states(token: Token, actors: dict[int, Span], number: int) -> list[str]:
    """`Le retrait du Mali, du Burkina Faso et du Niger ... Quelques semaines plus tard, les ministres des trois
    pays`: when the sentences just before name too few states, `les trois pays` are the ones an earlier
    sentence of the article listed together (`X, Y et Z`), as many as the number says: the latest such list.
    The parser often breaks such lists, so they are read on the surface."""
    doc = token.doc
    spans = sorted((s for i, s in actors.items() if i == s.start and s.end <= token.sent.start), key=lambda s: s.start)
    lists: list[list[Span]] = []
    for span in spans:
        if not (span._.actor_id or "").startswith("state:"):
            continue
        last = lists[-1][-1] if lists else None
        if (
            last is not None
            and last.sent == span.sent
            and all(t.lower_ in _LIST_GLUE for t in doc[last.end : span.start])
        ):
            lists[-1].append(span)
        else:
            lists.append([span])
    for listed in reversed(lists):
        ids = unique([s._.actor_id for s in listed])
        joined = any(t.lower_ == "et" for t in doc[listed[0].start : listed[-1].start])
        if joined and len(ids) == number:
            return ids
    return []


def _person_state(span: Span) -> str | None:
    """The state of a person the knowledge base places in one (`state:KOR` for a Korean minister), or
    of a state's own body (`l'armée thaïlandaise ... les commandants des deux armées`): an army or a
    ministry speaks for its state where a company of that country does not."""
    actor = span._.actor_id or ""
    if actor.startswith("org:"):
        known = (span.doc._.actors or {}).get(actor)
        return state_links({actor: known}).get(actor) if known is not None else None
    if not actor.startswith("person:"):
        return None
    country = actor_country(span.doc, actor)
    return f"state:{country}" if country else None


def _subject_pronoun(token: Token) -> bool:
    """`il`, `elle` as the subject of a clause."""
    return token.pos_ == "PRON" and token.lower_ in {"il", "elle"} and token.dep_ in {"nsubj", "nsubj:pass"}


def _most_named(token: Token, actors: dict[int, Span], found: list[str], number: int) -> list[str]:
    """`les deux pays`, `les généraux des deux armées` after a third state came in (`le président
    américain a appelé les Premiers ministres thaïlandais et cambodgien. Les commandants des deux
    armées se sont réunis`): of the states the sentences before name, the ones the text so far names
    most, the sides of the story, a person named counting for their state (`Donald Trump et le dirigeant
    nord-coréen Kim Jong-un ... à Singapour, un sommet entre les deux pays`: the United States and North
    Korea, not the city-state where they met); the one named last first among equals. `found` is newest
    first."""
    counts: Counter[str] = Counter()
    for i, s in actors.items():
        if i == s.start and s.end <= token.i:
            counts[s._.actor_id] += 1
            if state := _person_state(s):
                counts[state] += 1
    kept = set(sorted(found, key=lambda a: -counts[a])[:number])
    return [a for a in found if a in kept]


def _leading_pair(
    token: Token,
    actors: dict[int, Span],
    prefixes: tuple[str, ...],
    of: frozenset[str],
    named: list[str] | None = None,
    *,
    presidents: bool = False,
) -> list[str]:
    """`les deux dirigeants se retrouveraient le 1er juin`, told after the talks of two ministers: the pair
    `named` when both lead a state, else the leaders the headline or lead joined (`_lead_pair`), who come
    before people of lower office named since; `named` again when the lead joins no such pair. For `les deux
    présidents` (`presidents`), presidents of states only, and no one else."""
    published = token.doc._.published
    if named and all(_leader(a, published, presidents) for a in named):
        return named
    pair = _lead_pair(token, actors, prefixes)
    if pair and all(_leader(a, published, presidents) and _of_states(token.doc, a, of) for a in pair):
        return pair
    return [] if presidents else named or []


def demonym_state(word: str) -> str | None:
    """The state whose demonym `word` is, in any case or number (`Russes`, `saoudiens`), else None."""
    from pipeline.actors.kb import load_kb

    return load_kb().adjectives.get(normalize_name(word))


def _demonym_states(token: Token) -> frozenset[str]:
    """`les deux dirigeants russes`, `les deux dirigeants coréens`: the states a demonym on the group noun
    names; a word no state has as its own demonym names the states whose demonyms it ends after a hyphen,
    when there are several (`coréens` -> `sud-coréens`, `nord-coréens`; not `africains` -> `sud-africains`).
    Empty when the group noun has none."""
    from pipeline.actors.kb import load_kb

    forms = load_kb().adjectives
    states: set[str] = set()
    for adj in (c for c in token.children if c.dep_ == "amod"):
        word = normalize_name(adj.text)  # `sud-coréens` -> `sud coreens`
        if word in forms:
            states.add(forms[word])
            continue
        tails = {state for form, state in forms.items() if form.endswith(" " + word)}
        states |= tails if len(tails) > 1 else set()
    return frozenset(states)


def _of_states(doc: Doc, actor_id: str, states: frozenset[str]) -> bool:
    """The actor is one of `states` or a person of one of them (always true when `states` is empty)."""
    return not states or actor_id in states or f"state:{actor_country(doc, actor_id)}" in states


def _lead_pair(token: Token, actors: dict[int, Span], prefixes: tuple[str, ...]) -> list[str]:
    """`Poutine et Erdogan s'accordent sur Idleb` (title or lead) ... `Les deux hommes s'étaient déjà
    retrouvés le 7 septembre`: when the sentences before the group name too few of its kind, news
    sums up the pair its headline or lead put together; the first of the article's opening sentences
    (`LEAD_SENTENCES`) that joins two of them by `et`, before the group's own sentence."""
    doc = token.doc
    start = 0
    for _ in range(LEAD_SENTENCES):
        if start >= token.sent.start:  # the lead before the group's own sentence, inside the window read or not
            break
        end = doc[start].sent.end
        pair = _coordinated_pair(doc[end - 1], actors, prefixes, [start])
        if pair:
            return pair
        start = end
    return []


def _coordinated_pair(
    token: Token, actors: dict[int, Span], prefixes: tuple[str, ...], sent_starts: list[int]
) -> list[str]:
    """`X et Y ont été reçus par Z. Les deux dirigeants s'étaient déjà vus`: in the last sentence
    naming actors of the group's kind, two of them joined by `et` are the pair the group sums up,
    whoever is named after them."""
    ends = [token.i] + sent_starts[:-1]
    for start, end in zip(sent_starts, ends, strict=True):
        spans = [s for i in range(start, end) if (s := actors.get(i)) is not None and i == s.start and s._.actor_id]
        named = [
            s
            for s in spans
            if s._.actor_id.startswith(prefixes) and not _speaker(s) and not _attendee(s) and not _other_side(s, token)
        ]
        if not named:
            continue
        pairs = [(a, b) for a in named for b in named if a.start < b.start and _joined(a, b)]
        if len(pairs) == 1 and pairs[0][0]._.actor_id != pairs[0][1]._.actor_id:
            first, second = pairs[0]
            if _told_aside(_name_phrase(first)):
                # `X a reçu Y, deux jours avant le sommet prévu entre Z et W. Les deux hommes ont ensuite
                # ...`: a pair off the main verb is told aside; the main clause's own pair is the story's
                own = _clause_pair(named)
                if own:
                    return own
            return [first._.actor_id, second._.actor_id]
        return []
    return []


def _told_aside(phrase: Token) -> bool:
    """A name's phrase that does not hang on its sentence's main verb: a complement of a noun or of a
    participle (`le sommet entre X et Y`, `le sommet prévu entre X et Y`), not a side of the main clause."""
    return phrase.head.dep_ != "ROOT" or phrase.head.pos_ not in {"VERB", "AUX"}


def _clause_pair(named: list[Span]) -> list[str]:
    """The two people the sentence's main verb has as its subject and its object or partner (`X a reçu Y`,
    `X s'est entretenu avec Y`); empty when it has not exactly two."""
    people = []
    for span in named:
        phrase = _name_phrase(span)
        if not span._.actor_id.startswith("person:") or phrase.head.dep_ != "ROOT":
            continue
        if phrase.head.pos_ == "VERB" and phrase.dep_ in {"nsubj", "obj", "obl:arg", "nsubj:pass", "obl:agent"}:
            people.append(span._.actor_id)
    return people if len(set(people)) == 2 else []


def _other_side(span: Span, group: Token) -> bool:
    """`X a reçu les deux délégations`, `les représentants des deux parties ont été reçus par X`: the
    subject or agent of the verb whose object (or passive subject) the group is meets the group; it is
    not one of those the group sums up."""
    verb = group.head
    # `avec les deux dirigeants`, `a téléphoné aux deux dirigeants`: whoever the verb's subject talks with or to
    partner = fold(preposition(group)) in {"avec", "a", "au", "aux"}
    if partner and group.dep_ == "nmod" and verb.pos_ == "NOUN" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # `s'est entretenu au téléphone avec les deux dirigeants`: hung on the medium
    if (group.dep_ not in {"obj", "nsubj:pass", "obl:arg"} and not partner) or verb.pos_ not in {"VERB", "AUX"}:
        return False
    sides = [c for c in verb.children if c.i != group.i and c.dep_ in {"nsubj", "obl:agent"}]
    relative = verb.dep_ == "acl:relcl" and any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in sides)
    if relative and span.start <= verb.head.i < span.end:
        return True  # `X, qui s'était entretenu avec les deux dirigeants,`: X is the relative's subject
    if not any(c.dep_ == "nsubj" for c in verb.children) and _right_before(span, verb):
        return True  # `Samedi, le président américain avait téléphoné aux deux dirigeants`, its subject misparsed
    return any(span.root.i in {t.i for t in side.subtree} for side in sides)


def _right_before(span: Span, verb: Token) -> bool:
    """The name ends right before the verb, with only the verb's auxiliaries, clitics or adverbs between:
    read on the surface, the subject of a verb the parser left without one."""
    if span.end > verb.i or span.sent.start != verb.sent.start:
        return False
    between = span.doc[span.end : verb.i]
    return all(t.pos_ in {"AUX", "ADV"} or (t.pos_ == "PRON" and t.head.i == verb.i) for t in between)


def _joined(first: Span, second: Span) -> bool:
    """`X et Y`, `le président A, X, et le Premier ministre B, Y`: the second name's phrase is a
    conjunct (with `et`) of the first's, the titles and appositions around the names included."""
    phrase = _name_phrase(second)
    between = first.doc[first.end : second.start]
    if phrase.dep_ == "nmod" and fold(preposition(phrase)) in POSSESSIVE and phrase.head.dep_ == "conj":
        phrase = phrase.head  # `le gouvernement éthiopien et les rebelles du TPLF`: the name of a conjunct noun
    if phrase.dep_ != "conj" or not any(t.lower_ == "et" for t in between):
        return _titled_conjunct(between)
    head = phrase.head
    return first.start <= head.i < first.end or _name_phrase(first).i == head.i


def _titled_conjunct(between: Span) -> bool:
    """`le Premier ministre A et le chef du gouvernement B par intérim, Y, sont convenus`: when the parse
    hangs the second name elsewhere, the words between still show the pair. They are `et`, then a title
    group with no verb and no name of its own, then the comma of the apposition."""
    words = [t for t in between if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "et" or words[-1].text != ",":
        return False
    title = words[1:-1]
    return (
        title[0].pos_ == "DET"
        and any(fold(t.lower_) in person_nouns() for t in title)
        and not any(t.pos_ in {"VERB", "AUX", "PROPN", "PRON"} or t.text in {",", ";", ":", "(", ")"} for t in title)
    )


def _name_phrase(span: Span) -> Token:
    """The noun a name hangs on as an apposition or a bare complement (`le président X`)."""
    t = span.root
    for _ in range(2):
        if t.head.i != t.i and (t.dep_ in {"appos", "flat:name"} or (t.dep_ == "nmod" and not preposition(t))):
            t = t.head
        else:
            break
    return t


def _speaker(span: Span) -> bool:
    """Whether the actor is named as the one who speaks (`le porte-parole, Lin Jian, a répondu`,
    `a indiqué X`, `selon X`: `report_source` in models/events/markers.csv), or as the one whose
    title describes the speaker (`selon le conseiller diplomatique du président russe`): the reporter
    of the news, not one of `les deux dirigeants` it tells of."""
    root = span.root
    while root.head.i != root.i and (
        root.dep_ in ("appos", "flat:name") or (root.dep_ == "nmod" and root.head.dep_ == "appos")
    ):
        root = root.head
    if root.dep_ == "nsubj" and root.head.lemma_ in saying_verbs():
        if any(c.dep_ == "conj" for c in root.children):
            return False  # `X et Y s'accusent mutuellement`: two sides of the story, not its reporter
        if _person_addressed(root.head):
            return False  # `le président français a appelé le chancelier allemand X`: who called, a side
        # `X a indiqué s'être entretenu avec Y`, `a dit avoir rencontré Y`, `a annoncé qu'il rencontrerait Y`:
        # the speaker tells what they did or will do
        return not any(
            (c.dep_ == "xcomp" and c.pos_ == "VERB") or (c.dep_ == "ccomp" and _own_clause(c))
            for c in root.head.children
        )
    return any(c.dep_ == "case" and fold(c.lower_) in markers()["report_source"] for c in root.children)


def _person_addressed(verb: Token) -> bool:
    """The verb's direct object names a person (`a appelé le chancelier X`, `a averti son homologue`): the
    subject addressed someone, a party of the exchange, not a reporter of the news."""
    index = actor_index(verb.doc, ACTORS_KEY)
    return any(
        c.dep_ == "obj"
        and any((a := index.get(t.i)) is not None and (a._.actor_id or "").startswith("person:") for t in c.subtree)
        for c in verb.children
    )


def _own_clause(verb: Token) -> bool:
    """A reported clause whose subject is `il` or `elle`: most often the speaker, telling of themselves."""
    return any(c.dep_ in {"nsubj", "expl:subj"} and c.lower_ in {"il", "elle"} for c in verb.children)


def _attendee(span: Span) -> bool:
    """`accueilli par X, en présence du Premier ministre Y`: a name under an `attendance` noun of
    models/events/markers.csv attends; `les deux dirigeants` are the two it was in the presence of."""
    words = markers()["attendance"]
    doc = span.doc
    before = [doc[i] for i in range(max(span.start - 2, 0), span.start)]
    if len(before) == 2 and before[1].lower_ in {"de", "du", "des", "d'", "d’"} and fold(before[0].lower_) in words:
        return True  # `sous l'égide de X`, however the parser hangs `de X`
    t = span.root
    for _ in range(3):
        if t.head.i == t.i:
            return False
        if fold(t.lemma_.lower()) in words:
            return True
        t = t.head
    return fold(t.lemma_.lower()) in words


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """The verbs of the statement rules of models/events/triggers.csv (`dire`, `indiquer`, `répondre`)."""
    from pipeline.events.triggers import load_triggers  # the trigger lexicon reads this module's markers

    return frozenset(
        lemma
        for rule in load_triggers()
        if rule.event_type == "statement" and rule.kind == "verb"
        for lemma in rule.lemmas
    )


def _leader(person: str, on: date | None, presidents: bool = False) -> bool:
    """A person holding, on that day (any day when the article has none), an office that leads a state
    (`leader_roles` in markers.csv: président, Premier ministre, roi...): `les deux dirigeants` are
    first looked for among them, not among the adviser or the minister named last. `les deux présidents`
    (`president_nouns`) are looked for among the presidents of states only, not the head of government
    named last."""
    spells = _leader_spells(presidents).get(person, ())
    return any(on is None or s.covers(on) for s in spells)


@lru_cache(maxsize=2)
def _leader_spells(presidents: bool = False) -> dict[str, tuple]:
    from pipeline.actors.kb import load_kb

    roles, found = markers()["leader_roles"], defaultdict(list)
    if presidents:
        roles = frozenset({"president"})
    for (role, org), spells in load_kb().roles.items():
        if fold(role.lower()) in roles and org.startswith("state:"):
            for spell in spells:
                found[spell.person_id].append(spell)
    return {person: tuple(spells) for person, spells in found.items()}


def _stands_for(span: Span, prefixes: tuple[str, ...], kind: str, stand_ins: bool) -> bool:
    """Whether an actor named before may be one of the group. `le ministre tchèque`, whose holder the
    knowledge base does not know, is resolved to its state; for `les deux hommes` it is still one of
    the men, and the state stands in for him."""
    actor = span._.actor_id
    if actor.startswith(prefixes):
        return True
    head = span.root.head
    return (
        stand_ins
        and kind == "person"
        and actor.startswith("state:")
        and head.i != span.root.i
        and (names_a_holder(head) or names_a_holder(head.head))
    )


def names_a_holder(noun: Token) -> bool:
    """A word that names a person by office: a title word (`ministre`), the first word of a title of
    titles.csv (`chef` of `chef de la diplomatie`) or a counterpart noun (`son homologue russe`)."""
    word = fold(noun.lower_)
    return word in title_words() or word in markers()["counterpart"] or word in _title_heads()


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """First words of the titles of several words (`chef de la diplomatie`, `secrétaire d'État`)."""
    return frozenset(t.split()[0] for t in title_phrases())


def phrase_places(token: Token, places: dict[int, Span], *, locative: bool, against: bool = False) -> list[Span]:
    """Places inside the phrase headed by `token` that stand after a locative preposition
    (`à Budapest`, `la raffinerie de Rosneft à Riazan`), in text order. `locative` says whether
    `token` itself counts as introduced by one; with `against`, a phrase under `contre`, `sur`
    counts too (a strike's target: `les frappes du 22 juin contre les sites de Natanz`). A phrase
    opened by `concernant` says what the event was about (`se sont entretenus une heure concernant la
    trêve en Ukraine`): none of its places is where it happened, nor those of an act a riposte answers."""
    found: dict[int, Span] = {}
    stack = [(token, locative, False)]
    while stack:
        t, under_locative, relative = stack.pop()
        if t.lower_ in TOPIC_PARTICIPLES or topic_participle(t):
            continue
        if t.pos_ == "NOUN" and fold(t.lemma_.lower()) in _askers():
            continue  # `à la demande de Londres`, `sur ordre de Washington`: who asked, not where
        if t.i != token.i and _tied_to(t):
            continue  # `les shebab, affiliés à Al-Qaïda,`: whom they are tied to, not where
        if t.i in places and under_locative:
            found.setdefault(places[t.i].start, places[t.i])
        for c in t.children:
            # `a ouvert le feu sur une foule qui attendait près d'un point de distribution à Rafah`: where
            # those struck stood, told in a relative clause on the target, is where the strike hit; the
            # members a `dont` lists (`plusieurs sites, dont celui de Natanz`) are in the phrase
            waiting = against and t.i == token.i and c.dep_ == "acl:relcl" and _stands_where(c)
            if (c.dep_ not in CLAUSAL and not _mission_owner(t, c)) or waiting or _included(c):
                prep = preposition(c)
                if is_time_anchor(c, prep) or answered_by_riposte(c) or after_earlier_noun(c):
                    continue  # `en représailles à l'attaque de Douma`: where the act answered happened
                if fold(prep) == "par" and _describing_participle(t):
                    continue  # `un vraquier exploité par une société d'Athènes`: whose it is, not where
                inside = relative or waiting
                hit = against and prep in AGAINST and not inside
                stack.append((c, (under_locative and not waiting) or is_locative(prep) or hit, inside))
    return [found[k] for k in sorted(found)]


def _stands_where(verb: Token) -> bool:
    """`une foule qui attendait ...`, `des déplacés qui s'abritaient ...`: a relative clause of waiting,
    standing or sheltering somewhere (`standing` in markers.csv), in the imperfect, on the target of a strike."""
    return fold(verb.lemma_.lower()) in markers()["standing"] and "Imp" in verb.morph.get("Tense", [])


def _describing_participle(t: Token) -> bool:
    """A participle describing a noun (`exploité`, `battant pavillon X et détenu`), alone or as the conjunct
    of another: the places in its agent phrase say whose the thing is, not where anything happened."""
    described = t.dep_ in ("acl", "amod") or (t.dep_ == "conj" and t.head.dep_ in ("acl", "amod"))
    return described and "Part" in t.morph.get("VerbForm", [])


def topic_participle(t: Token) -> bool:
    """`consacré à l'Ukraine`, `dédiée à la Syrie` (`topic_participles` in models/events/markers.csv)
    hung on the event: what it was about."""
    return t.dep_ in ("acl", "amod") and fold(t.lemma_.lower()) in markers()["topic_participles"]


def answered_by_riposte(token: Token) -> bool:
    """`a riposté aux taxes de X`, `a promis de riposter aux frappes de vendredi`, `des représailles
    après l'attaque`: the phrase after `à`, `aux`, `après` on a riposte verb or noun (`riposte_verbs`,
    `retaliation` in markers.csv) is the act that riposte answers, told before it. Behind a noun of series
    (`a répondu à une vague de frappes`, `measure_series`), the acts of the series are."""
    if fold(preposition(token)) in {"de", "d'"} and fold(token.head.lemma_.lower()) in markers()["measure_series"]:
        token = token.head
    if fold(preposition(token)) not in {"a", "au", "aux", "apres"}:
        return False
    governor = fold(token.head.lemma_.lower())
    return governor in markers()["riposte_verbs"] or governor in markers()["retaliation"]


def is_time_anchor(token: Token, prep: str) -> bool:
    """`six semaines après son voyage à Moscou`, `avant sa tournée en Asie`, `à la veille du sommet` (`time_anchor` in
    markers.csv): a noun phrase that names the other event the one told is dated against; the places
    in it are that event's."""
    if token.pos_ != "NOUN":
        return False
    if fold(prep) in markers()["time_anchor"]:
        return True
    if fold(prep) in _UNTIL and fold(token.lemma_.lower()) in markers()["until_nouns"]:
        return True  # `poursuivre ses attaques jusqu'à la fin de l'offensive contre X`: the end it waits for
    # `à la veille du sommet`, `au lendemain de leur rencontre`, `dans la foulée de l'appel` (`anchor_day`):
    # the day's phrase and the event noun after its `de` are the anchor
    if anchor_day(token, prep):
        return True
    return token.dep_ == "nmod" and fold(prep) in POSSESSIVE and anchor_day(token.head, preposition(token.head))


def anchor_happening(token: Token, prep: str) -> bool:
    """`depuis la chute de X`, `après la mort de X` (`anchor_events` under a `time_anchor` word in markers.csv):
    a happening the event told is dated from; who it happened to takes no part in that event."""
    return fold(prep) in markers()["time_anchor"] and fold(token.lemma_.lower()) in markers()["anchor_events"]


def anchor_day(token: Token, prep: str) -> bool:
    """`au lendemain`, `à la veille`, `dans la foulée` (`anchor_day` in markers.csv), `à trois jours`, `à
    quelques heures` (`anchor_span`, counted): a day told from the event named in its `de` phrase."""
    if fold(prep) not in {"a", "au", "dans"}:
        return False
    return fold(token.lemma_.lower()) in markers()["anchor_day"] or counted_anchor(token, prep)


def counted_anchor(token: Token, prep: str) -> bool:
    """`à trois jours`, `à quelques heures` (`anchor_span` in markers.csv): a span under `à` counted by a number
    or a quantity word before it (`span_quantities`), a distance in time from the event after its `de`, not a
    date (`au jour de l'élection`)."""
    if fold(prep) != "a" or fold(token.lemma_.lower()) not in markers()["anchor_span"]:
        return False
    return any(
        c.i < token.i and (c.dep_ == "nummod" or fold(c.lower_) in markers()["span_quantities"]) for c in token.children
    )


def span_counted_to(noun: Token) -> Token | None:
    """The counted span (`counted_anchor`) whose `de` phrase `noun` heads (`à trois jours du sommet`: `jours`
    for `sommet`); None for any other noun."""
    span = noun.head
    if noun.dep_ != "nmod" or span.i > noun.i or fold(preposition(noun)) not in POSSESSIVE:
        return None
    return span if counted_anchor(span, preposition(span)) else None


def _mission_owner(noun: Token, child: Token) -> bool:
    """`l'ambassade d'Iran à Damas`: the state after `de` owns the diplomatic mission (`mission_nouns`
    in models/events/markers.csv); the mission stands where the rest of the phrase says."""
    return fold(noun.lemma_.lower()) in markers()["mission_nouns"] and fold(preposition(child)) in {"de", "d'", "du"}


_CASE_DEPS = frozenset({"case", "mark", "fixed"})
_UNTIL = frozenset({"jusqu'", "jusqu’", "jusque"})
_TARGET_NOUNS = frozenset({"encontre", "égard", "endroit"})


def preposition(token: Token) -> str:
    """The preposition introducing `token`'s phrase (`à l'encontre de` -> `encontre`), lowercased.
    Kept per token: the argument rules ask it of the same dependents tens of thousands of times per
    batch of articles, and the parse no longer changes once events are read."""
    known: dict[int, str] = per_doc(token.doc, "events.preposition", _no_prepositions)
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _preposition(token)
    return found


def _no_prepositions(_: Doc) -> dict[int, str]:
    return {}


def _preposition(token: Token) -> str:
    if token.lower_ in _TARGET_NOUNS:
        return "encontre"  # `à l'encontre de`, `à l'égard de`: the phrase names a target
    if token.lower_ in markers()["topic_nouns"] and any(
        c.dep_ == "case" and fold(c.lower_) in {"a", "au"} for c in token.children
    ):
        return "concernant"  # `au sujet de`, `à propos de`: the phrase says what the event was about
    if token.lower_ == "près" and token.dep_ == "advmod":
        return "près"  # `a visé un dépôt près de Beyrouth`: the parser makes `près` the head of the phrase
    if token.lower_ == "auprès" and token.dep_ == "advmod":
        return "auprès"  # `a plaidé sa cause auprès de X`: the same, the person after it is spoken to
    cases, near = [], False
    for c in token.children:  # one pass: this runs for every dependent an argument search visits
        if c.dep_ in _CASE_DEPS:
            cases.append(c)
        elif c.dep_ == "advmod" and c.lower_ == "près":
            # `près du détroit de Kertch`: the parser hangs `près` as an adverb of the noun; before a
            # number it counts (`près de 300 entités`)
            near = near or not any(n.dep_ == "nummod" and n.i > c.i for n in token.children)
        elif c.dep_ in {"nummod", "amod"} and c.i < token.i and not cases:
            # `contre cent pétroliers`, `aux deux principales compagnies`: the parser may hang the preposition
            # on the number or the adjective before the noun
            cases += [g for g in c.children if g.dep_ == "case" and g.i < c.i]
    if not cases:
        return "près" if near else ""
    words = [c.lower_ for c in cases] + [f.lower_ for c in cases for f in c.children if f.dep_ == "fixed"]
    if near:
        words.insert(0, "près")
    for w in words:
        if w in _MARKED_PREPS:
            return w
    return words[0]


def is_locative(prep: str) -> bool:
    """`à`, `dans`, `près`...: the phrase says where (compared folded, so `a` for `à` counts too)."""
    return fold(prep) in LOCATIVE_PREPOSITIONS


def pronoun_antecedent(pronoun: Token, actors: dict[int, Span], depth: int = 2) -> list[str]:
    """`il a rencontré ...`: the nearest earlier subject of this or the previous sentence.

    French news keeps the topic in subject position, so an unresolved subject pronoun most often
    continues the last named subject. A word the tagger took for a pronoun may be a name itself
    (`les Vingt-Sept ont adopté`, the numeral tagged PRON). When the previous sentence's subject is
    itself a pronoun or a bare title (`Le ministre a tenu des entretiens avec X. Il a aussi
    rencontré Y`), the chain goes on to that subject's antecedent.
    """
    named = actors.get(pronoun.i)
    if named is not None and named._.actor_id:
        return [named._.actor_id]
    if pronoun.lower_ in RELATIVE_PRONOUNS:
        return relative_antecedent(pronoun, actors)
    if is_demonstrative(pronoun):
        return _last_person(pronoun, actors)
    if pronoun.lower_ not in SUBJECT_PRONOUNS and not stressed_conjunct(pronoun):
        return []
    bound = set(_names_in_own_clause(pronoun, actors))
    if stressed_conjunct(pronoun):  # `Justin Trudeau et lui`: not the name it is joined to
        bound |= {s._.actor_id for s in actors.values() if s.end == pronoun.i - 1 and s._.actor_id}
    found = _earlier_subject(pronoun, actors, depth, frozenset(bound))
    if pronoun.lower_ in {"ils", "elles"} and len(found) == 1:
        return _coordination_of(found[0], pronoun, actors) or _pair_of(found[0], pronoun, actors) or found
    return found


STRESSED_PRONOUNS = {"lui", "elle", "eux"}


def stressed_conjunct(pronoun: Token) -> bool:
    """`Le Premier ministre canadien Justin Trudeau et lui se sont vus`: a stressed pronoun joined by `et`
    before its verb is a subject, the one named before (the parser hangs it anywhere)."""
    doc = pronoun.doc
    return (
        pronoun.pos_ == "PRON"
        and pronoun.lower_ in STRESSED_PRONOUNS
        and pronoun.i > pronoun.sent.start
        and doc[pronoun.i - 1].lower_ == "et"
        and pronoun.i < pronoun.head.i
    )


PAIR_SUBJECTS = {"nsubj", "nsubj:pass"}
PAIR_PARTNERS = {"obj", "iobj", "obl:arg", "obl:mod", "obl:agent"}


def _pair_of(actor_id: str, pronoun: Token, actors: dict[int, Span], window: int = 3) -> list[str]:
    """`X a reçu jeudi Y. Le président a salué ... Ils s'étaient vus en mai`: a plural pronoun whose
    antecedent is one person X stands for X and the person X last dealt with: the nearest earlier
    sentence (at most `window` back) where X and one other person are the subject and the object or
    oblique of one verb. Not any two people named last: the pair must be bound by a verb."""
    if not actor_id.startswith("person:"):
        return []
    doc = pronoun.doc
    sent = pronoun.sent
    for _ in range(window):
        if sent.start == 0:
            return []
        sent = doc[sent.start - 1].sent
        spans = [s for i in range(sent.start, sent.end) if (s := actors.get(i)) is not None and i == s.start]
        people = [s for s in spans if is_person(s)]
        for own in (s for s in people if s._.actor_id == actor_id):
            verb = own.root.head
            others = {
                s._.actor_id
                for s in people
                if s._.actor_id != actor_id
                and s.root.head.i == verb.i
                and {own.root.dep_, s.root.dep_} & PAIR_SUBJECTS
                and {own.root.dep_, s.root.dep_} & PAIR_PARTNERS
            }
            if len(others) == 1:
                return [actor_id, *others]
    return []


def _coordination_of(actor_id: str, pronoun: Token, actors: dict[int, Span]) -> list[str]:
    """`X, Y et Z sont arrivés à Kiev. Ils ont été reçus par W`: a plural pronoun whose antecedent is
    one conjunct of a coordinated subject stands for every conjunct, one actor each (its first
    name), in the order named."""
    start = window_start(pronoun, 1)
    spans = [s for i in range(start, pronoun.i) if (s := actors.get(i)) is not None and i == s.start]
    # `X et Y se sont parlé. X a précisé qu'ils se verront`: the speaker named last is no conjunct; an
    # earlier mention of the same person may be
    for named in (s for s in reversed(spans) if s._.actor_id == actor_id):
        found = _conjuncts_of(named, spans)
        if found:
            return found
    return []


def _conjuncts_of(named: Span, spans: list[Span]) -> list[str]:
    """One actor for each conjunct of the coordinated subject `named` stands in, in the order named."""
    first = _name_phrase(named)
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    listed = named.root
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head
    if listed.dep_ == "appos" and listed.head.i == first.i and any(c.dep_ == "conj" for c in listed.children):
        # `Les ministres chinois et australien, X et Y, se sont entretenus`: the names listed in apposition
        # to the subject are its conjuncts
        first = listed if first.dep_ in {"nsubj", "nsubj:pass"} or is_subject(first) else first
    conjuncts = [first] + [c for c in first.children if c.dep_ == "conj"]
    apposed = first.dep_ == "appos" and first.head.dep_ in {"nsubj", "nsubj:pass"}
    if len(conjuncts) < 2 or not (is_subject(first) or first.dep_ in {"nsubj", "nsubj:pass"} or apposed):
        return []
    own = {c.i: {t.i for t in c.subtree} for c in conjuncts}
    for c in conjuncts[1:]:
        own[first.i] -= own[c.i]
    found: list[str] = []
    for c in conjuncts:
        ids = [s._.actor_id for s in spans if s._.actor_id and s.root.i in own[c.i]]
        if not ids:
            return []
        if ids[0] not in found:
            found.append(ids[0])
    return found if len(found) >= 2 else []


def topic_antecedent(token: Token, actors: dict[int, Span]) -> list[str]:
    """The topic a possessive or a pronoun at `token` continues: the actor named last as a main
    clause's subject, in its sentence or the previous one (`son sommet avec X`, `Ce déplacement ...`)."""
    return _earlier_subject(token, actors, 2)


def is_demonstrative(pronoun: Token) -> bool:
    """`celui-ci`, `celle-ci` (the tokenizer may split off `-ci`), `ce dernier`, `cette dernière`
    (`latter` in models/events/markers.csv, with a demonstrative article): the one named last, not the topic."""
    if pronoun.lower_ in {"celui-ci", "celle-ci"}:
        return True
    if fold(pronoun.lower_) in markers()["latter"]:
        # `Ce dernier devrait ...`: the parser may hang `ce` on the verb, not on `dernier`
        before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else pronoun
        return any(c.dep_ == "det" and c.lower_ in {"ce", "cette", "ces"} for c in pronoun.children) or (
            before.lower_ in {"ce", "cette", "ces"}
            and before.head.i == pronoun.head.i
            and pronoun.head.pos_ in {"VERB", "AUX"}
        )
    following = pronoun.doc[pronoun.i + 1 : pronoun.i + 3].text.replace(" ", "").lower()
    return pronoun.lower_ in {"celui", "celle"} and following.startswith(("-ci", "ci"))


def _last_person(token: Token, actors: dict[int, Span]) -> list[str]:
    """`X a reçu le président Y. Celui-ci se rendra ensuite à Z`: the person named last before
    `token`, in its sentence or the previous one, whatever its function. A previous sentence that
    names no one (`Les deux dirigeants ont dîné ensemble.`) is passed over: the one named last is
    in the sentence before it."""
    start = window_start(token, 1)
    if (
        start < token.sent.start
        and start > 0
        and not any((s := actors.get(i)) is not None and s._.actor_id for i in range(start, token.sent.start))
    ):
        start = window_start(token, 2)
    for i in range(token.i - 1, start - 1, -1):
        span = actors.get(i)
        if span is not None and is_person(span):
            return [span._.actor_id]
    return []


def role_antecedent(noun: Token, actors: dict[int, Span], depth: int = 2) -> list[str]:
    """`Le ministre a également tenu des entretiens avec X`: a bare title as subject (`le ministre`,
    `la présidente`, no adjective, complement or name of its own) stands for the person named last
    as a subject, as a pronoun would; a state or body named there holds no title."""
    if not is_bare_title(noun):
        return []
    held = title_holder(noun, actors)
    if held:
        return held
    # `X s'est entretenu avec Y, a indiqué l'Élysée. Le chef de l'État a ensuite appelé Z`: a state or body told
    # as a subject since (here the reporter) holds no title; the person named as a subject before it does
    skipped: frozenset[str] = frozenset()
    for _ in range(3):
        found = _earlier_subject(noun, actors, depth, skipped)
        if not found or any(a.startswith("person:") for a in found):
            break
        skipped |= frozenset(found)
    return [a for a in found if a.startswith("person:") and not _holds_other_office(noun, a, actors)]


def _holds_other_office(noun: Token, person: str, actors: dict[int, Span]) -> bool:
    """`Le président X a reçu Y. Le Premier ministre s'est rendu à Z`: a bare title naming one office
    (`premier ministre`, `président`, `roi`) does not refer back to someone who holds another, by
    the knowledge base at the article's date or by the title the text gave him. A title that names
    no one office (`le ministre`, `le chef de l'État`, which a king holds too) may stand for any."""
    offices, apart = office_titles(), _not_of_title(noun)
    wanted = offices.get(
        tuple(word_key(t.text) for t in noun.subtree if t.dep_ != "det" and not t.is_punct and t.i not in apart)
    )
    if wanted is None:
        return False
    actor = (noun.doc._.actors or {}).get(person)
    held = actor.role if actor is not None and actor.role else _title_told(person, noun, actors, offices)
    return held is not None and not (held.startswith(wanted) or wanted.startswith(held))


def _title_told(person: str, noun: Token, actors: dict[int, Span], offices: dict[tuple[str, ...], str]) -> str | None:
    """The office the text gave a person at his last mention before `noun` (`le président X`)."""
    spans = [s for i, s in actors.items() if i < noun.i and s._.actor_id == person]
    if not spans:
        return None
    span = max(spans, key=lambda s: s.start)
    words = [word_key(t.text) for t in span.doc[max(span.sent.start, span.start - 5) : span.end]]
    for k in range(len(words) - 1, -1, -1):  # the title nearest the name
        found = [(len(h), role) for h, role in offices.items() if tuple(words[k : k + len(h)]) == h]
        if found:
            return max(found)[1]
    return None


@lru_cache(maxsize=1)
def office_titles() -> dict[tuple[str, ...], str]:
    """Titles of models/actors/titles.csv that name an office by themselves (`président`, `premier
    ministre`, `roi`; not `chef de la diplomatie`): folded words -> role."""
    return {p.head: p.target for p in load_titles() if not p.rest}


def title_holder(noun: Token, actors: dict[int, Span], back: int = 2) -> list[str]:
    """`X a reçu le prince héritier saoudien Y. Le prince héritier doit rencontrer Z`: the person named
    last, in this sentence or the `back` before, right after the same title word (or with it in the
    name's mention) is the one the bare title refers back to, whatever his function there."""
    doc, start = noun.doc, window_start(noun, back)
    title = fold(noun.lower_)
    # `Le président X s'est entretenu avec le président déchu`: the subject who talks is not the one met
    own = {t.i for c in noun.head.children if c.dep_ in {"nsubj", "nsubj:pass"} for t in c.subtree} - {noun.i}
    for i in range(noun.i - 1, start - 1, -1):
        span = actors.get(i)
        if span is None or span.start != i or not is_person(span) or i in own:
            continue
        before = doc[max(span.sent.start, span.start - 5) : span.end]
        if any(fold(t.lower_) == title for t in before):
            return [span._.actor_id]
    return []


def is_bare_title(noun: Token) -> bool:
    """`le ministre`, `la présidente`, `le chef de l'État`: a title (a word of
    models/actors/title_words.txt, or a whole title of models/actors/titles.csv) with a definite
    article and nothing else that would say whose title it is."""
    if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number", []):
        return False
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1 or "Def" not in dets[0].morph.get("Definite", []):
        return False
    relative = _not_of_title(noun)
    if all(c.dep_ in {"det", "punct", "acl:relcl", "case"} or c.i in relative for c in noun.children):
        return fold(noun.lower_) in title_words()
    words = [t.lower_ for t in noun.subtree if t.i > dets[0].i and not t.is_punct and t.i not in relative]
    text = " ".join(words).replace("' ", "'").replace("’ ", "'")
    return fold(text) in title_phrases()


def _not_of_title(noun: Token) -> set[int]:
    """Tokens under a title noun that do not say whose title it is."""
    # a relative clause says what the holder does, not whose title it is (`Le prince héritier, qui entame ...`);
    # nor does a day the parser hangs on it (`s'est entretenu avec le Premier ministre mardi`)
    relative = {t.i for c in noun.children if c.dep_ == "acl:relcl" or _dated(c) for t in c.subtree}
    # `le président déchu`: the one who held it; `avec le président, selon l'Élysée`: the source hung on it
    return relative | {t.i for c in noun.children if _deposed(c) or _reported_by(c) for t in c.subtree}


def _deposed(child: Token) -> bool:
    """`déchu`, `renversé` (`deposed_title` in markers.csv) on a title: it was held, by the one named."""
    words = markers()["deposed_title"]
    return child.dep_ in {"amod", "acl"} and not list(child.children) and fold(child.lower_) in words


def _reported_by(child: Token) -> bool:
    """`selon l'Élysée` (`report_source` in markers.csv): who tells it, not whose title it is."""
    return child.i > child.head.i and any(
        c.dep_ == "case" and fold(c.lower_) in markers()["report_source"] for c in child.children
    )


def _dated(child: Token) -> bool:
    """A dependent wholly inside a date the temporal tagger found (`mardi`, `le 3 mars`)."""
    return any(s.start <= child.left_edge.i and child.right_edge.i < s.end for s in child.doc.spans.get(DATES_KEY, []))


@lru_cache(maxsize=1)
def title_phrases(path: Path = TITLES_PATH) -> frozenset[str]:
    """Whole titles (`chef de l'état`, `chef de la diplomatie`) of models/actors/titles.csv, folded."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["rest"] or " " in r["head"]]  # `prince héritier` too
        return frozenset(fold(f"{row['head']} {row['rest']}".strip()) for row in rows)


def possessor_antecedent(phrase: Token, actors: dict[int, Span]) -> list[str]:
    """`La Corée du Nord a testé la patience de Séoul. Ses soldats ont ouvert le feu`: a subject opened by a
    possessive article, with no name before it in its sentence, is owned by the subject told last in the
    sentence before."""
    owner = next((d for d in phrase.children if d.dep_ == "det" and "Yes" in d.morph.get("Poss", [])), None)
    if owner is None or any(i in actors for i in range(phrase.sent.start, owner.i)):
        return []
    return _earlier_subject(owner, actors, 1)


def _earlier_subject(
    token: Token, actors: dict[int, Span], depth: int, bound: frozenset[str] = frozenset()
) -> list[str]:
    """The actor named last as a subject before `token`, in its sentence or the previous one. A
    subject of a subordinate clause (`..., estimant qu'un dialogue était impossible tant que
    Washington resterait hors de l'accord`) is only taken when no main clause names one: the topic
    a later `il` continues is the main clause's."""
    start = window_start(token, 1)
    embedded: list[str] = []
    for i in range(token.i - 1, start - 1, -1):
        span = actors.get(i)
        if span is not None and span._.actor_id in bound:
            continue  # named in the pronoun's own clause: someone else
        if span is not None and _quoted_apart(span.root, token):
            continue  # `« Des acteurs comme la Chine ont choisi ... », a justifié X, où il`: words quoted
        if (
            span is not None
            and span._.actor_id
            and (
                is_subject(span.root) or _opens_sentence(span) or _titled_subject(span) or _inverted_speaker(span.root)
            )
        ):
            if _in_subordinate(span.root, token) and not _opens_sentence(span):
                embedded = embedded or [span._.actor_id]
                continue
            return [span._.actor_id]
        if span is not None and span._.actor_id and is_person(span) and _agent_for_a_thing(span.root, token, actors):
            return [span._.actor_id]
        t = token.doc[i]
        if depth > 0 and _inverted_speaker(t) and i not in actors and is_bare_title(t):
            return role_antecedent(t, actors, depth - 1)  # `», a justifié le chef du gouvernement, où il`
        if depth > 0 and t.dep_ in {"nsubj", "nsubj:pass"} and t.head.dep_ not in SUBORDINATE and i not in actors:
            # a personal pronoun or a title, subject of a main clause: `qui` in `reçu par X, qui ...`
            # is X, not the topic a later `il` continues
            if t.lower_ in SUBJECT_PRONOUNS or is_demonstrative(t):
                return pronoun_antecedent(t, actors, depth - 1)
            if is_bare_title(t):
                return role_antecedent(t, actors, depth - 1)
            group = group_antecedents(t, actors)
            if group:  # `Les deux dirigeants se sont vus en mars. Ils ...`: the pair that noun stands for
                return group
            titled = is_office_noun(t) and "Plur" not in t.morph.get("Number", [])
            if t.pos_ == "NOUN" and (titled or fold(t.lower_) in markers()["force_nouns"]):
                # `Le ministre israélien des Affaires stratégiques est à Washington. Il a rencontré X`: a
                # role whose holder no one knows, told with its state, stands for that state; so do a
                # state's forces (`Les forces israéliennes sont entrées en Syrie, où elles ont détruit`)
                states = [a for a in phrase_actors(t, actors).core if a.startswith("state:")]
                if len(states) == 1:
                    return states
    return embedded


def is_office_noun(token: Token) -> bool:
    """`ministre`, `directeur`, `chef`, `envoyé`: a noun for the holder of an office, a title
    (title_words.txt) or another noun of office (`official_nouns` in markers.csv)."""
    word = fold(token.lower_)
    lemma = fold(token.lemma_.lower())
    nouns = markers()["official_nouns"]
    return word in title_words() or word in nouns or lemma in title_words() or lemma in nouns


def _agent_for_a_thing(agent: Token, pronoun: Token, actors: dict[int, Span]) -> bool:
    """`L'idée était née d'un message publié par le président américain, alors qu'il participait au sommet`:
    the agent of a participle in the pronoun's own sentence, whose main clause has a thing for subject (no
    name, no pronoun, no title), is the person the sentence is about, whom a later `il` continues."""
    if agent.dep_ != "obl:agent" or agent.sent.start != pronoun.sent.start or agent.i > pronoun.i:
        return False
    root = agent.sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    return bool(subjects) and all(
        s.pos_ == "NOUN"
        and not any(t.i in actors for t in s.subtree)
        and not is_bare_title(s)
        and not is_demonstrative(s)
        for s in subjects
    )


def _quoted_apart(token: Token, pronoun: Token) -> bool:
    """The token stands inside a quotation (`« ... »`) of its sentence that the pronoun is not in."""
    opened = None
    for t in token.sent:
        if t.i > max(token.i, pronoun.i):
            break
        if t.text in {"«", "“"}:
            opened = t.i
        elif t.text in {"»", "”"} and opened is not None:
            if opened < token.i < t.i and not opened < pronoun.i < t.i:
                return True
            opened = None
    return False


def _inverted_speaker(token: Token) -> bool:
    """`« ... », a justifié le chef du gouvernement`: after a quote, the subject of the saying verb
    stands after it, where the parser often reads an object; that verb has no other subject."""
    verb = token.head
    return (
        token.dep_ == "obj"
        and token.i > verb.i
        and verb.dep_ != "conj"  # `X a dénoncé une « violation » et appelé les États-Unis`: X's second verb
        and verb.lemma_ in saying_verbs()
        and not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children)
        and any(t.text in {"»", "”"} for t in token.doc[verb.sent.start : verb.i])
    )


OWN_SUBJECT_CLAUSES = {"acl:relcl", "ccomp", "csubj", "parataxis"}


def _names_in_own_clause(pronoun: Token, actors: dict[int, Span]) -> set[str]:
    """`Après avoir rencontré M. Xi, il s'est entretenu avec Y`: a person named in the clause of a subject
    pronoun, or in a clause that shares its subject (the infinitive or participle it controls), is
    someone else than the pronoun (French says `lui-même`, not the name, for the subject itself).
    Finite clauses with a subject of their own and relative clauses are not the pronoun's clause."""
    verb = pronoun.head
    if verb.i == pronoun.i:
        return set()
    names: set[str] = set()
    stack = [c for c in verb.children if c.i != pronoun.i]
    while stack:
        t = stack.pop()
        if t.dep_ in OWN_SUBJECT_CLAUSES or any(c.dep_ in {"nsubj", "nsubj:pass"} for c in t.children):
            continue
        span = actors.get(t.i)
        if span is not None and is_person(span):
            names.add(span._.actor_id)
        stack.extend(t.children)
    return names


def _titled_subject(span: Span) -> bool:
    """`Le chef de la diplomatie russe Sergueï Lavrov a rencontré ...`: a person named after a title with
    a complement, the parser hanging the name on the complement's noun (`diplomatie`), not on the
    subject (`chef`): the name is the subject all the same."""
    name = span.root
    if not is_person(span) or name.dep_ not in {"appos", "nmod"}:
        return False
    if any(c.dep_ == "case" for c in name.children):
        return False  # `l'émissaire de Vladimir Poutine`: the name is whose envoy, not the envoy
    noun = name.head
    for _ in range(3):
        if noun.dep_ in {"nsubj", "nsubj:pass"}:
            return True
        if noun.dep_ != "nmod" or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _in_subordinate(subject: Token, pronoun: Token) -> bool:
    """The subject stands in a subordinate clause of a sentence before the pronoun's: a clause whose
    verb, or one of its governors, is a completive, adverbial or relative clause of another."""
    if subject.sent.start == pronoun.sent.start:
        return False
    verb = subject.head
    for _ in range(6):
        if verb.dep_ in SUBORDINATE:
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def clitic_antecedent(pronoun: Token, actors: dict[int, Span], taken: set[str]) -> list[str]:
    """`X a trouvé un appui auprès de Y. Ce dernier l'a reçu samedi`: an object clitic (`object_clitic`
    in models/events/markers.csv) is the person named last as a subject before it, in its sentence or
    the previous one, who is not already a party of the clause (`il l'a appelé`: not the subject); when
    that subject is the clause's own, the other person named there."""
    if pronoun.lower_ == "les" and pronoun.pos_ == "PRON":
        # `X et sept dirigeants européens sont arrivés lundi. Y les a accueillis`: the subject named
        # before, each of its conjuncts when it is a coordination
        found = _earlier_subject(pronoun, actors, 1, frozenset(taken))
        if len(found) == 1:
            found = _coordination_of(found[0], pronoun, actors) or found
        return [a for a in found if a not in taken]
    if fold(pronoun.lower_) not in markers()["object_clitic"]:
        return []
    taken = taken | _controlling_subject(pronoun.head, actors)  # `X doit l'accueillir`: not X
    start = window_start(pronoun, 1)
    people = [s for i in range(pronoun.i - 1, start - 1, -1) if (s := actors.get(i)) is not None and is_person(s)]
    for span in people:
        if span._.actor_id not in taken and is_subject(span.root):
            return [span._.actor_id]
    if any(is_subject(s.root) for s in people):
        # `X ne cache plus sa proximité avec Y. Il l'a revu en juin`: the subject told before is the
        # clause's own party, so the clitic is the other person named, whatever his place in the phrase
        return next(([s._.actor_id] for s in people if s._.actor_id not in taken), [])
    return []


def _controlling_subject(verb: Token, actors: dict[int, Span]) -> set[str]:
    """The actors of the subject an infinitive shares with the verb that governs it (`X doit l'accueillir`,
    `X compte le recevoir`): the clause's own party, which the infinitive's object clitic is not."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return {a for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} for a in phrase_actors(c, actors).core}


def is_person(span: Span) -> bool:
    """The span names a person of the actor index (`person:` id)."""
    return (span._.actor_id or "").startswith("person:")


def _opens_sentence(span: Span) -> bool:
    """A person named at the head of its sentence, after at most a title (`Le Premier ministre
    indien Narendra Modi a ...`), or right after the comma that ends a fronted phrase and right
    before the verb group (`Reçu plus tôt par X, Emmanuel Macron « a évoqué ... »`): the subject,
    even when the parser took the unknown first name for a verb or the name for a conjunct."""
    if not is_person(span):
        return False
    before = span.doc[span.sent.start : span.start]
    if len(before) <= 5 and all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} for t in before):
        return True
    after = next((t for t in span.doc[span.end : span.sent.end] if not t.is_punct), None)
    return bool(before) and before[-1].text == "," and after is not None and after.pos_ == "AUX"


def relative_antecedent(pronoun: Token, actors: dict[int, Span]) -> list[str]:
    """`Joe Biden, qui s'était entretenu ...`, `c'est Guterres qui a été reçu`: the subject of a
    relative clause is the phrase the clause hangs on."""
    clause = pronoun.head
    while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "acl:relcl" and not _cleft(clause) or clause.head.i == clause.i:
        return _named_before_comma(pronoun, actors)
    antecedent = clause.head
    if _last_conjunct(antecedent) and plural_verb(clause):
        antecedent = antecedent.head  # `Xi Jinping et Vladimir Poutine, qui se sont entretenus`: both
    # `la présidence du groupe au Chili, qui accueillera ...`: hung on a noun that names no one, the
    # clause is the name's just before the comma
    return phrase_actors(antecedent, actors).core or _named_before_comma(pronoun, actors)


def _last_conjunct(token: Token) -> bool:
    """A singular last member of a coordination (`X et Y, qui ...`): the parser hangs a relative clause
    after a coordination on its nearest member, though a plural verb says it stands for all of them."""
    return (
        token.dep_ == "conj"
        and token.head.i < token.i
        and "Plur" not in token.morph.get("Number", [])
        and not any(c.dep_ == "conj" and c.i > token.i for c in token.head.children)
    )


def _cleft(clause: Token) -> bool:
    """`C'est Washington qui a imposé ces sanctions`: the parser hangs the `qui` clause of a cleft on
    the focus as a bare dependent; the focus is the root, with `c'` and `est` on it."""
    focus = clause.head
    return (
        clause.dep_ == "dep"
        and focus.i < clause.i
        and any(c.dep_ == "cop" and c.lemma_ == "être" for c in focus.children)
        and any(c.lower_ in {"c'", "c’", "ce"} and c.i < focus.i for c in focus.children)
    )


def _named_before_comma(pronoun: Token, actors: dict[int, Span]) -> list[str]:
    """`a transmis la présidence à l'Uruguay, qui accueillera le prochain sommet`: when the parser hangs
    the relative clause on the main verb, or on a noun before that names no one, the name just before
    the comma is still what `qui` stands for."""
    if pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return []
    named = [s._.actor_id for s in actors.values() if s.end == pronoun.i - 1 and s._.actor_id]
    return named[:1]


def is_subject(token: Token) -> bool:
    """A subject, or a name in apposition to one (`le ministre turc Hakan Fidan s'est rendu`)."""
    subjects = {"nsubj", "nsubj:pass"}
    return token.dep_ in subjects or (token.dep_ in {"appos", "flat:name", "nmod"} and token.head.dep_ in subjects)


def _position(child: Token, parent_position: str, prep: str | None = None) -> str:
    if parent_position in {"core", "located"} and (
        child.lemma_.lower() in TRADE_ROUTE or fold(child.lemma_) in markers()["goods_origin"]
    ):
        return "origin"  # `importations en provenance d'Inde`, `voitures fabriquées en Chine`: the state traded with
    if parent_position != "core" or child.dep_ == "conj":
        return parent_position  # `à Rosneft et à Lukoil`: a conjunct shares its first member's role
    prep = preposition(child) if prep is None else prep
    if fold(prep) in {"a", "au", "aux"} and _sold(child.head):
        return "core"  # `ses ventes d'armes à Riyad`: whom the goods go to, not where
    if is_locative(prep) and not _portfolio(child, prep) and not _people_given_to(child, prep):
        return "located"
    if prep in COMITATIVE:
        return "comitative"
    return "core"


def _people_given_to(child: Token, prep: str) -> bool:
    """`des restrictions de visa à des responsables birmans`: an `à` phrase headed by a noun of
    people names whom something is given or refused, never a place."""
    return fold(prep) in {"a", "au", "aux"} and person_noun(child)


def person_noun(phrase: Token) -> bool:
    """`son homologue`, `au président turc`, `à la ministre`: a phrase headed by a noun of a person
    (person_nouns.txt, title_words.txt) names someone spoken to or met, never a place, even when the
    knowledge base only knows the person's state."""
    return phrase.pos_ == "NOUN" and normalize_name(phrase.lemma_) in person_nouns()


def _portfolio(child: Token, prep: str) -> bool:
    """`le conseiller à la sécurité nationale John Bolton`, `la commissaire au commerce X`: the `à` phrase of
    a word of office is its portfolio, a common noun, not a place; a name the parser hangs in it is the
    holder. A proper noun there is still where (`l'ambassadeur à Ankara`)."""
    holder = child.head
    return (
        fold(prep) in {"a", "au", "aux"}
        and child.pos_ == "NOUN"
        and holder.i < child.i
        and holder.pos_ == "NOUN"
        and names_a_holder(holder)
    )


def _remit(child: Token, prep: str) -> bool:
    """`l'émissaire américain pour l'Afghanistan`, `l'envoyé spécial de l'ONU pour le Yémen`: the `pour` phrase
    of a word of office or mission (`envoy` in markers.csv) is the matter or country its holder is in charge
    of, not a side of his talks."""
    holder = child.head
    if fold(prep) != "pour" or holder.i > child.i or holder.pos_ != "NOUN":
        return False
    return names_a_holder(holder) or fold(holder.lower_) in markers()["envoy"]


def _sold(noun: Token) -> bool:
    """A noun of goods sold or sent (`sale_nouns` in markers.csv), or the goods after its `de`, on which
    the parser may hang the buyer (`ses livraisons d'armes à la Turquie`)."""
    sales = markers()["sale_nouns"]
    goods_of = noun.dep_ == "nmod" and fold(preposition(noun)) in {"de", "d'", "d’"}
    return fold(noun.lemma_.lower()) in sales or (goods_of and fold(noun.head.lemma_.lower()) in sales)


def _title_states(spans: list[Span]) -> list[str]:
    """`le ministre hongrois des Affaires étrangères` acts for Hungary: its state takes part too."""
    out = []
    for span in spans:
        registry = span.doc._.actors or {}
        actor = registry.get(span._.actor_id)
        if span._.mention_kind == "title" and actor is not None and actor.country:
            state = f"state:{actor.country}"
            if state in registry:
                out.append(state)
    return out


def _drop_redundant_demonyms(spans: list[Span]) -> list[Span]:
    """`le ministre russe Sergueï Lavrov`: the demonym says the named holder's state, no second side.
    A person named in a relative clause of the phrase (`quatorze personnalités russes, dont plusieurs
    proches du président X`) qualifies part of the group; the group's own demonym still names it."""
    holders = {_relative_clause(s) for s in spans if _names_the_holder(s)}
    return [s for s in spans if not (s._.mention_kind == "demonym" and _relative_clause(s) in holders)]


def _relative_clause(span: Span) -> int | None:
    """The token heading the nearest relative clause the span stands in, if any."""
    return next((t.i for t in span.root.ancestors if t.dep_ == "acl:relcl"), None)


def _drop_home_states(spans: list[Span], actors: dict[int, Span]) -> list[Span]:
    """`les rebelles houthis du Yémen`, `les talibans d'Afghanistan`: a state in a `de` phrase on an
    organisation of that state (its `country` in the knowledge base) says where the group is from;
    the group is the side, not the state as well."""
    known = spans[0].doc._.actors or {} if spans else {}
    return [s for s in spans if not _home_of(s, actors, known)]


def _home_of(span: Span, actors: dict[int, Span], known: dict) -> bool:
    state = span._.actor_id or ""
    root = span.root
    if not state.startswith("state:") or root.dep_ != "nmod" or preposition(root) not in {"de", "d'", "d’", "du"}:
        return False
    owner = actors.get(root.head.i)
    actor = known.get(owner._.actor_id) if owner is not None and owner._.actor_id else None
    return actor is not None and actor.id.startswith("org:") and actor.country == state.removeprefix("state:")


def _drop_own_bodies(spans: list[Span], conjunct: dict[int, int]) -> list[Span]:
    """`Anne X, présidente de l'ONG Y, a rencontré le maire`: the organisation named beside a person,
    in the same conjunct, is that person's side of a talk, not its second party."""
    holders = {conjunct.get(s.start) for s in spans if _names_the_holder(s)}
    return [s for s in spans if not ((s._.actor_id or "").startswith("org:") and conjunct.get(s.start) in holders)]


def _names_the_holder(span: Span) -> bool:
    """A person named in the phrase (`le ministre russe Sergueï Lavrov`). A name unknown to the KB
    behind a preposition (`des positions thaïlandaises près du temple de Ta Muen Thom`) is most often
    a place the tagger took for a person: it does not make the demonym redundant."""
    if not is_person(span) or span._.mention_kind not in {"name", "surname", "new"}:
        return False
    return span._.mention_kind != "new" or not any(c.dep_ == "case" for c in span.root.children)


def _ids(spans: list[Span]) -> list[str]:
    return unique([s._.actor_id for s in sorted(spans, key=lambda s: s.start)])


def unique(items: list[str]) -> list[str]:
    """The items in their first order, each once."""
    return list(dict.fromkeys(items))


# Nouns (markers.csv) under which a strike noun names an earlier strike, not the clause's own.
EARLIER = ("retaliation", "time_locution")
_OF_OR_TO = frozenset({"de", "d'", "d’", "a", "au", "aux"})


def retaliated(head: Token, kinds: tuple[str, ...] = ("retaliation",)) -> bool:
    """`en représailles aux taxes décidées par Y`: the trigger sits below a noun of retaliation
    (`retaliation` in models/events/markers.csv), so it names the measure answered, not the answer;
    with `time_locution` too (`au lendemain de l'attaque`), a strike told as the time of another."""
    words = frozenset().union(*(markers()[k] for k in kinds))
    if after_word(head, words & _before_nouns()):
        return True
    root = finite_clause_root(head)
    t = head
    while t.i != root.i and t.head.i != t.i:
        t = t.head
        if fold(t.lower_) in words or fold(t.lemma_.lower()) in words:
            return True
    return False


def after_word(phrase: Token, words: frozenset[str]) -> bool:
    """`au lendemain d'une attaque`, `en représailles à l'attaque`: the phrase follows one of `words` and its
    `de` or `à`, though the parser hung it on the verb, not on that noun."""
    first = phrase.left_edge.i
    if first == 0 or fold(preposition(phrase)) not in _OF_OR_TO:
        return False
    return fold(phrase.doc[first - 1].lower_) in words


def after_earlier_noun(phrase: Token) -> bool:
    """The phrase names another event, after a noun of retaliation or of the day before or after
    (`en représailles à l'attaque`, `au lendemain d'une attaque`), wherever the parser hung it."""
    return after_word(phrase, _before_nouns())


@lru_cache(maxsize=1)
def _before_nouns() -> frozenset[str]:
    """Nouns after which a phrase names an event told as another's cause or neighbour day (markers.csv
    `retaliation`, `day_after`, `day_before`); the other nouns of time (`au cours de`, `à l'occasion de`)
    frame the clause's own event. Read once: `phrase_places` asks it of every phrase it walks."""
    return frozenset().union(*(markers()[k] for k in ("retaliation", "day_after", "day_before")))


def echo_item(token: Token) -> bool:
    """`Paris en expulse quatre, Berlin également.`: the token is a word of a proper name set off by a comma
    and followed only by an adverb of doing the same (`echo_adverbs` in markers.csv: `également`, `aussi`,
    `de même`) before the sentence or the item ends. The verbless item tells the act before the comma
    again, done by that name (events/echoes.py); the name is no party of that act."""
    doc = token.doc
    if token.pos_ not in {"PROPN", "NOUN"} or not token.text[:1].isupper():
        return False
    start, end = token.i, token.i + 1
    while start > token.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < token.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    if start == token.sent.start or doc[start - 1].text != ",":
        return False
    words = markers()["echo_adverbs"]
    rest = [fold(t.lower_) for t in doc[end : token.sent.end]]
    for size in (2, 1):
        if " ".join(rest[:size]) in words and (len(rest) == size or rest[size] in {".", ",", ";", "!"}):
            return True
    return False


# `prêt à`, `optimiste quant à`, `confiant dans`, `favorable envers`, `enthousiaste pour`
_READY_PREPOSITIONS = frozenset({"a", "au", "aux", "sur", "quant", "par", "envers", "dans", "en", "pour"})


def ready_adjective(noun: Token) -> Token | None:
    """`ouvert à l'idée d'une rencontre`, `prêt à un sommet`, `optimiste quant à la tenue d'un sommet`: the
    adjective of readiness or stance (`ready_for` in markers.csv, or its participle) whose phrase is the
    meeting noun, or a frame noun of it (`talk_frames`: `l'idée de`, `la tenue de`). Such talks are offered
    or weighed, not held."""
    t = noun
    for _ in range(2):  # `hostile à l'idée d'une reprise des négociations`: frames may nest
        if fold(preposition(t)) in POSSESSIVE and fold(t.head.lemma_.lower()) in markers()["talk_frames"]:
            t = t.head
    words = {fold(w) for w in markers()["ready_for"]}

    def ready(a: Token) -> bool:  # `ouvert` may be tagged a participle; `réceptive` is read by its masculine form
        said = {fold(a.lemma_.lower()), fold(a.lower_.rstrip("s").removesuffix("e"))}
        return a.pos_ in {"ADJ", "VERB"} and bool(said & words) and a.i < t.i

    adjective = t.head
    if not ready(adjective) and adjective.pos_ in {"VERB", "AUX"}:
        # `s'est montré réceptif à la perspective de ...`: the phrase hung on the verb beside its adjective
        adjective = next((c for c in adjective.children if c.dep_ in {"advmod", "xcomp"} and ready(c)), adjective)
    if not ready(adjective):
        return None
    if fold(preposition(t)) not in _READY_PREPOSITIONS | POSSESSIVE:
        return None
    return adjective
