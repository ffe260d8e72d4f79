"""A sanction's target named in the sentence after it, through a word that refers back to the measure.

Wire copy announces a measure and its reach in two sentences: `L'UE a adopté mardi un nouveau paquet
de sanctions. Ce paquet vise notamment des banques russes.`, `Washington a dévoilé des mesures
punitives. Elles frappent trois raffineries chinoises.` The second sentence is no event of its own:
its subject is the measure already told (a demonstrative noun of `measure_anaphor`, or a subject
pronoun of `event_pronoun`, in models/events/markers.csv), its verb one of reach (`measure_reach`),
and its object names whom the measure hits. A sanction of the sentence before that names its imposer
alone takes that target.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from pipeline.events.phrases import markers, phrase_actors, preposition
from pipeline.nlp.gating import Words
from pipeline.nlp.syntax import sentence_number
from pipeline.schema import EventMention
from pipeline.text import fold


def aimed_targets(doc: Doc, actors: dict[int, Span], starts: list[int]) -> dict[int, list[str]]:
    """Sentence number -> the actor ids that a measure told before, referred back to as the
    subject of a verb of reach, is said to hit (the verb's object)."""
    out: dict[int, list[str]] = {}
    reach = markers()["measure_reach"]
    for i in Words.of(doc, LEMMA).text_where(lambda lemma: fold(lemma.lower()) in reach, _REACH):
        verb = doc[i]
        if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" and _refers_to_measure(c) for c in verb.children):
            continue
        ids = [a for c in verb.children if aimed_at(c) for a in phrase_actors(c, actors).core]
        if ids:
            out.setdefault(sentence_number(starts, verb.sent.start_char), []).extend(ids)
    return out


def targets_told_after(mentions: list[EventMention], aimed: dict[int, list[str]]) -> list[EventMention]:
    """The last sanction of a sentence that names its imposer alone takes the first target the next
    sentence aims the measure at (`aimed_targets`), never its imposer."""
    if not aimed:
        return mentions
    last: dict[int, int] = {}  # sentence -> trigger start of its last one-sided sanction
    for m in mentions:
        if _imposer_alone(m) and m.sentence + 1 in aimed:
            last[m.sentence] = max(last.get(m.sentence, -1), m.trigger_start)
    out = []
    for m in mentions:
        if last.get(m.sentence) == m.trigger_start and _imposer_alone(m):
            target = next((a for a in aimed[m.sentence + 1] if a not in m.actors), None)
            if target is not None:
                m = replace(m, target_actor=target, actors=(*m.actors, target))
        out.append(m)
    return out


def _imposer_alone(m: EventMention) -> bool:
    return m.event_type == "sanction" and bool(m.source_actor) and not m.target_actor and len(m.actors) == 1


def aimed_at(child: Token) -> bool:
    """The verb's object; the parser takes the article of `vise des banques` for a preposition."""
    return child.dep_ == "obj" or (child.dep_ == "obl:arg" and preposition(child) in _PARTITIVES)


def _refers_to_measure(subject: Token) -> bool:
    """`Ce paquet`, `Ces mesures`, `Elles`: a subject that can only be the measure told before."""
    words = markers()
    if fold(subject.lower_) in words["event_pronoun"]:
        return True
    demonstrative = any(d.dep_ == "det" and "Dem" in d.morph.get("PronType", []) for d in subject.children)
    return demonstrative and fold(subject.lemma_.lower()) in words["measure_anaphor"]


_REACH: dict[int, bool] = {}  # lemma id -> a verb of reach (lemma ids are the same in every vocabulary)
_PARTITIVES = frozenset({"", "des", "de", "du"})
