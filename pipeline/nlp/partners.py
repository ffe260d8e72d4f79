"""Parse repairs for the partner of a talk hung on the talk's topic, and for a topic hung on the partner.

`Le chancelier a discuté de la trêve avec les dirigeants du Hamas`, `s'est entretenu de la crise avec
son homologue égyptien`: the French model often hangs `avec X` on the topic noun (`la trêve avec les
dirigeants`) rather than on the verb. The rules that find who talked with whom then see a verb of
talking with no partner, and the trigger that needs `avec` on the verb does not fire. When the `avec`
phrase names people (a person the model tags, or a noun of people: `homologue`, `médiateurs`,
`délégation`, a title), it is the partner of the verb; this component hangs it on the verb as a
modifier. A phrase naming a state or a thing stays where it is: `discuter du conflit avec la Russie`
may be about that conflict. The other way round, `une conversation avec Xi Jinping sur le commerce et la
Corée du Nord`: the model hangs the second topic on the partner, as a second partner; this component
hangs it on the first topic. And `a discuté avec son homologue japonais de la menace nord-coréenne`: the
model hangs the `de` topic on the partner, whose state it then seems to be; this component hangs it on
the verb. It touches no sentence boundary.

The talk verbs and the people nouns are data: `models/nlp/talk_partners.txt`, with the person nouns
and titles of `models/actors`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.displaced import de_verbs
from pipeline.nlp.syntax import TOPIC_PREPS, labelled, rehang
from pipeline.text import fold, list_entries

TALK_PARTNERS_PATH = config.MODELS_DIR / "nlp" / "talk_partners.txt"
PEOPLE_PATHS = (
    config.MODELS_DIR / "actors" / "person_nouns.txt",
    config.MODELS_DIR / "actors" / "title_words.txt",
)
_DE_CASES = frozenset({"de", "du", "des", "d'"})
_TOPIC_CASES = _DE_CASES | {"sur"}
_TOPIC_DEPS = frozenset({"obl:arg", "obl:mod", "obl", "obj"})


def _words(path: Path) -> list[str]:
    return [fold(x.lower()) for x in list_entries(path)]


@lru_cache(maxsize=1)
def talk_words() -> tuple[frozenset[str], frozenset[str]]:
    """(talk verb lemmas, people nouns): the `[verbs]` and `[people]` sections of talk_partners.txt, the
    people nouns joined by the one-word person nouns and titles of the actor knowledge base."""
    verbs: set[str] = set()
    people: set[str] = set()
    section: set[str] | None = None
    for line in TALK_PARTNERS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in {"[verbs]", "[people]"}:
            section = verbs if line == "[verbs]" else people
            continue
        if section is None:
            raise ValueError(f"{TALK_PARTNERS_PATH}: '{line}' stands before a [verbs] or [people] section")
        section.add(fold(line.lower()))
    for path in PEOPLE_PATHS:
        people.update(w for w in _words(path) if " " not in w)
    return frozenset(verbs), frozenset(people)


@Language.component("news_talk_partner", assigns=["token.head", "token.dep"], requires=["token.dep", "token.lemma"])
def repair_talk_partners(doc: Doc) -> Doc:
    """Hang on its verb each `avec` phrase of people that the parser hung on the talk's topic."""
    moves = [
        (partner, verb) for token in doc if (found := partner_on_topic(token)) is not None for partner, verb in [found]
    ]
    if moves:
        rehang(doc, moves, "obl:mod")
    topics = [
        (conjunct, topic)
        for token in doc
        if (found := topic_conjunct(token)) is not None
        for conjunct, topic in [found]
    ]
    if topics:
        rehang(doc, topics, "conj")
    hung = [(doc[i], verb) for i in labelled(doc, ("nmod",)) if (verb := topic_on_partner(doc[i])) is not None]
    if hung:
        rehang(doc, hung, "obl:arg")
    return doc


def topic_on_partner(topic: Token) -> Token | None:
    """The verb of talking whose topic `topic` is, when the parser hung that `de` phrase on the partner
    named after `avec` (`a discuté mardi avec le ministre japonais de la menace nord-coréenne`, `avec son
    homologue de la situation`); None otherwise. Only a verb whose topic opens on `de` (`discuter de`,
    `parler de`, `s'entretenir de`), only after a partner named by a person's name or by a title and its
    adjective (`le ministre de la Défense` keeps its ministry), and only a lowercase noun: `avec le
    ministre japonais de la Défense` names an office, not a topic."""
    if topic.pos_ != "NOUN" or not topic.text[:1].islower():
        return None
    case = next((c for c in topic.children if c.dep_ == "case" and c.i < topic.i), None)
    if case is None or fold(case.lower_) not in _DE_CASES:
        return None
    partner = topic.head
    verb = partner.head
    if partner.i >= topic.i or verb.pos_ != "VERB" or verb.i >= partner.i or not partner.dep_.startswith("obl"):
        return None
    if not any(c.dep_ == "case" and c.lower_ == "avec" for c in partner.children):
        return None
    verbs, people = talk_words()
    lemma = fold(verb.lemma_.lower())
    if lemma not in verbs or lemma not in de_verbs():
        return None
    named = partner.ent_type_ == "PER"
    titled = fold(partner.lemma_.lower()) in people and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" and partner.i < c.i < topic.i for c in partner.children
    )
    return verb if named or titled else None


def topic_conjunct(cc: Token) -> tuple[Token, Token] | None:
    """(conjunct, topic) when `cc` is the `et` of a conjunct the parser hung on a partner although a topic
    phrase of that partner stands between them: `avec le président chinois sur le commerce et la Corée du
    Nord` lists two topics, not two partners. The conjunct has no preposition of its own and its `et`
    follows the topic phrase right away; None otherwise."""
    if cc.dep_ != "cc" or cc.lower_ != "et":
        return None
    conjunct = cc.head
    partner = conjunct.head
    if conjunct.dep_ != "conj" or conjunct.pos_ not in {"NOUN", "PROPN"} or partner.i >= conjunct.i:
        return None
    if any(c.dep_ in {"case", "nsubj", "cop"} for c in conjunct.children):
        return None
    topic = next(
        (
            t
            for t in partner.children
            if partner.i < t.i < cc.i
            and t.dep_ == "nmod"
            and t.right_edge.i + 1 == cc.i
            and any(c.dep_ == "case" and fold(c.lower_) in TOPIC_PREPS for c in t.children)
        ),
        None,
    )
    return (conjunct, topic) if topic is not None else None


def partner_on_topic(case: Token) -> tuple[Token, Token] | None:
    """(partner, verb) when `case` is the `avec` of a phrase of people hung on the topic (`de la trêve`,
    `sur la situation`) of a verb of talking; None otherwise."""
    if case.dep_ != "case" or case.lower_ != "avec":
        return None
    partner = case.head
    if partner.dep_ != "nmod" or partner.i < case.i:
        return None
    topic = partner.head
    for _ in range(2):  # `de la proposition de trêve avec X`: the topic's own `de` noun between
        if topic.dep_ != "nmod" or topic.head.pos_ != "NOUN" or topic.head.i >= topic.i:
            break
        topic = topic.head
    verb = topic.head
    if topic.i >= partner.i or verb.i >= topic.i:
        return None
    if topic.dep_ not in _TOPIC_DEPS or verb.pos_ != "VERB":
        return None
    verbs, people = talk_words()
    if fold(verb.lemma_.lower()) not in verbs:
        return None
    if not any(c.dep_ == "case" and fold(c.lower_) in _TOPIC_CASES for c in topic.children):
        return None  # `a discuté la proposition avec X` parses well; only a topic under `de`/`sur`
    person = partner.ent_type_ == "PER" or fold(partner.lemma_.lower()) in people or fold(partner.lower_) in people
    return (partner, verb) if person else None
