"""Parse repair for the agent of a passive verb hung on the place or time told before it.

`Ismaïl Haniyeh avait été reçu la semaine dernière au Caire par les responsables égyptiens`: the French
model often hangs `par X` on the noun right before it (`Caire`), a complement of the verb, as that noun's
modifier. The passive verb then has no agent, and the rules that read who received, struck or sanctioned
find no one. A `par` phrase hung on a complement of a passive verb that has no agent of its own is that
verb's agent: this component hangs it on the verb (`obl:agent`). A `par` phrase on the verb's subject or
object (`l'attaque par drones`) and any phrase of an active verb are left as they are. It touches no
sentence boundary.

The same holds for a past participle on a noun (`en réponse aux droits de douane imposés la veille par
Washington`): the model hangs `par X`, told right after the participle's own phrase, on a noun above it
(`réponse`). Such a phrase is the participle's agent when the participle has none.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import labelled, rehang

# the complements of a verb a stray agent may hang on: places, times, occasions (`au Caire`, `lundi`,
# `près de la frontière`, which the parser may label `xcomp`, a day after the verb it may label `acl`)
_COMPLEMENTS = frozenset({"obl", "obl:mod", "obl:arg", "xcomp", "acl"})
_CLIMB = 4  # heads climbed from the word before `par` to the participle (`imposés la veille`)
# the words of a name the stray agent may hang on instead of its head (`en mer Rouge par X`: on `Rouge`);
# a name's own `nmod` is climbed too, a common noun's is not (`l'attaque de l'ambassade par X`)
_IN_NAME = frozenset({"flat:name", "flat", "amod"})


@Language.component("news_passive_agent", assigns=["token.head", "token.dep"], requires=["token.dep"])
def repair_passive_agents(doc: Doc) -> Doc:
    """Hang on its passive verb each `par` phrase the parser put on a complement of that verb."""
    moves = [
        (doc[i], verb)
        for i in labelled(doc, ("nmod", "obl:agent"))
        if (verb := agent_of_passive(doc[i]) or agent_of_participle(doc[i])) is not None
    ]
    if moves:
        rehang(doc, moves, "obl:agent")
    return doc


def agent_of_passive(phrase: Token) -> Token | None:
    """The passive verb whose agent `phrase` is, when the parser hung that `par` phrase on a complement of
    the verb told before it; None for any other token, and for a verb that has an agent already."""
    if not _opens_on_par(phrase):
        return None
    host = phrase.head
    for _ in range(2):  # `en mer Rouge par X`, the parser hanging `Rouge` on the day before it
        if host.dep_ in _COMPLEMENTS or host.head.i > host.i:
            break
        if host.dep_ not in _IN_NAME and not (host.dep_ == "nmod" and host.pos_ == "PROPN"):
            break
        host = host.head
    verb = host.head
    if host.i > phrase.i or host.dep_ not in _COMPLEMENTS or host.pos_ not in {"NOUN", "PROPN"}:
        return None
    if verb.pos_ != "VERB" or verb.i > host.i:
        return None
    if not any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    return None if _has_agent(verb) else verb


def agent_of_participle(phrase: Token) -> Token | None:
    """The past participle on a noun whose agent `phrase` is, when the parser hung that `par` phrase on a
    noun above the participle (`en réponse aux droits imposés la veille par Washington`: on `réponse`);
    None for any other token, and for a participle that has an agent already. The phrase must follow the
    participle's own words at once."""
    if not _opens_on_par(phrase):
        return None
    host = phrase.head
    if host.pos_ not in {"NOUN", "PROPN"} or host.i > phrase.i:
        return None
    if phrase.left_edge.i <= host.i + 1:
        return None
    participle = phrase.doc[phrase.left_edge.i - 1]
    for _ in range(_CLIMB):  # up from the last word of the participle's phrase (`la veille`)
        if _past_participle(participle) or participle.i == host.i or participle.head.i == participle.i:
            break
        participle = participle.head
    if not _past_participle(participle) or participle.right_edge.i != phrase.left_edge.i - 1:
        return None
    if not any(a.i == host.i for a in participle.ancestors):
        return None
    return None if _has_agent(participle) else participle


def _opens_on_par(phrase: Token) -> bool:
    """The phrase opens on `par`."""
    return any(c.dep_ == "case" and c.lower_ == "par" for c in phrase.children)


def _has_agent(verb: Token) -> bool:
    """The verb or participle has an agent of its own."""
    return any(c.dep_ == "obl:agent" for c in verb.children)


def _past_participle(token: Token) -> bool:
    """A past participle set on a noun (`les droits imposés`), as the tagger reads it (a verb or an adjective)."""
    return (
        token.dep_ in {"amod", "acl"}
        and "Part" in token.morph.get("VerbForm", [])
        and "Past" in token.morph.get("Tense", [])
    )
