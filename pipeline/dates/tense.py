"""Tense of the verb governing a date (from spaCy's morphology), to resolve `lundi`, `le 3` or `mars`
to the past or the future occurrence."""

from __future__ import annotations

import re

from spacy.tokens import Span

_CONDITIONAL = re.compile(r"(rais|rait|rions|riez|raient)$")
_MODALS = {"devoir", "pouvoir", "aller", "vouloir", "compter", "prévoir", "espérer", "envisager"}
_ALLER = {"vais", "vas", "va", "allons", "allez", "vont", "allait", "allaient"}  # futur proche


def clause_tense(span: Span) -> str | None:
    """past/present/future of the verb governing the span, from spaCy morphology; None without a parse."""
    doc = span.doc
    if not doc.has_annotation("DEP") and not doc.has_annotation("MORPH"):
        return None
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if verb.morph.get("VerbForm", []) == ["Inf"] and verb.head.lower_ in _ALLER:
        return "future"
    for tok in auxes + [verb]:
        if tok.morph.get("VerbForm", []) != ["Fin"]:
            continue
        text = tok.lower_
        if "Fut" in tok.morph.get("Tense", []) or "Cnd" in tok.morph.get("Mood", []) or _CONDITIONAL.search(text):
            return "future"
        if tok in auxes and verb.morph.get("VerbForm", []) == ["Part"]:
            return "past"
        if set(tok.morph.get("Tense", [])) & {"Past", "Imp"}:
            return "past"
        return "present"
    governor = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and governor.lemma_ in _MODALS and governor.morph.get("VerbForm", []) == ["Fin"]:
        # `doit être adopté en décembre`, `devrait avoir lieu mardi`: what is due is ahead
        return (
            "past"
            if "Past" in governor.morph.get("Tense", []) and not _CONDITIONAL.search(governor.lower_)
            else "future"
        )
    if verb.morph.get("VerbForm", []) == ["Part"] and "Past" in verb.morph.get("Tense", []):
        return "past"
    return None
