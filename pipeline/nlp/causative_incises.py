"""Parse repair for a report told as an incise with a causative verb (`, a fait savoir lundi la présidence`).

`Le président s'est entretenu avec son homologue, a fait savoir lundi la présidence`: the French model
knows `a fait savoir` as a verb and its infinitive when it opens a sentence, but in an incise it hangs the
participle `fait` under the infinitive as a loose word (`dep`) and the infinitive under the clause it
reports, as its complement. The infinitive, with no tense, then dates and rules the reported clause
(`lundi` read as the coming Monday, the call as planned). A participle of a causative of
`models/nlp/causatives.txt` with an auxiliary before it, told right before the infinitive that governs it, heads
that infinitive again, and the pair hangs on the reported clause as an incise (`parataxis`); the speaker
told after them (`la présidence`, taken as the infinitive's object) is the participle's subject.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.syntax import labelled, rehang_at_once
from pipeline.text import fold, folded_entries

CAUSATIVES_PATH = config.MODELS_DIR / "nlp" / "causatives.txt"

_NOUNS = frozenset({"NOUN", "PROPN"})


@Language.component("news_causative_incise", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_causative_incises(doc: Doc) -> Doc:
    """Hang each causative incise the parser took apart back on its participle."""
    for i in labelled(doc, ("dep",)):
        token = doc[i]
        infinitive = misread_incise(token)
        if infinitive is None:
            continue
        moves = [(token, infinitive.head, "parataxis"), (infinitive, token, "xcomp")]
        moves.append((doc[token.i - 1], token, "aux:tense"))
        speaker = _speaker_after(infinitive)
        if speaker is not None:
            moves.append((speaker, token, "nsubj"))
        rehang_at_once(doc, moves)
    return doc


@lru_cache(maxsize=2)
def causatives(path: Path = CAUSATIVES_PATH) -> frozenset[str]:
    """Folded lemmas of models/nlp/causatives.txt."""
    return folded_entries(path)


def misread_incise(participle: Token) -> Token | None:
    """The infinitive a causative participle with its auxiliary (`a fait`, `a laissé`) was hung under, when
    that infinitive follows it at once, comes after a comma, and was itself hung on an earlier verb."""
    if fold(participle.lemma_.lower()) not in causatives() or "Part" not in participle.morph.get("VerbForm", []):
        return None
    infinitive = participle.head
    if infinitive.i != participle.i + 1 or "Inf" not in infinitive.morph.get("VerbForm", []):
        return None
    reported = infinitive.head
    if reported.i == infinitive.i or reported.i > participle.i or reported.pos_ not in {"VERB", "AUX"}:
        return None
    auxiliary = _auxiliary(participle, infinitive)
    if auxiliary is None:
        return None
    comma = participle.doc[auxiliary.i - 1] if auxiliary.i > participle.sent.start else None
    return infinitive if comma is not None and comma.text == "," else None


def _auxiliary(participle: Token, infinitive: Token) -> Token | None:
    """The auxiliary told right before the participle, hung on it or on the infinitive."""
    before = participle.doc[participle.i - 1] if participle.i > participle.sent.start else None
    if before is None or before.dep_ != "aux:tense" or before.head.i not in {participle.i, infinitive.i}:
        return None
    return before


def _speaker_after(infinitive: Token) -> Token | None:
    """The noun told after the infinitive that the parser made its subject or object: who reports."""
    return next(
        (c for c in infinitive.children if c.i > infinitive.i and c.dep_ in {"obj", "nsubj"} and c.pos_ in _NOUNS),
        None,
    )
