"""Parse repair for a name with its own participle, set off by a comma after a clause.

`Macron reçoit le roi de Jordanie, Barrot attendu à Beyrouth`: headlines and leads join two pieces of
news with a comma, the second told by a name and a participle with no verb of its own (an absolute
item: `X attendu à Y`, `X reçu à Z`, `X visé par des sanctions`). The French model hangs the name on the
first clause's verb (as a bare `obl:mod`) and the complements after the participle there too: the
second item's person then looks like a party of the first clause's act, and its city like where that act
took place. French puts no preposition before a complement of place or time that is a bare name; a
bare name followed by a participle, right after a comma, is the subject of that participle.

This component hangs the name on its participle as its subject, the participle on the verb as a
juxtaposed clause (`parataxis`), and the complements after the participle that hung on the verb on the
participle. It touches no sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.syntax import PARTICIPLE_ENDINGS, SUBJECTS, labelled, past_clitics, rehang_at_once

_ITEM_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")"})


@Language.component("news_absolute_items", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_absolute_items(doc: Doc) -> Doc:
    """Make each name with a participle, after a comma, the subject of its own juxtaposed item."""
    for i in labelled(doc, ("punct",)):
        if doc[i].text == ",":
            moves = absolute_item_moves(doc, i)
            if moves:
                rehang_at_once(doc, moves)
    return doc


def absolute_item_moves(doc: Doc, comma: int) -> list[tuple[Token, Token, str]]:
    """The moves that make the names right after the comma at `comma` the subject of the verb right after
    them, and that item a clause juxtaposed to the finite verb told before the comma (see the module); none
    when the words after the comma are no such item."""
    sent = doc[comma].sent
    start = comma + 1
    end = start
    while end < sent.end and (doc[end].pos_ == "PROPN" or (doc[end].lower_ == "et" and end > start)):
        end += 1
    if end == start or doc[end - 1].pos_ != "PROPN":
        return []
    after = past_clitics(doc, end, sent.end)
    if after >= sent.end or doc[after].pos_ not in {"VERB", "AUX"}:
        return []
    own = doc[after].head if doc[after].dep_.startswith("aux") else doc[after]
    participle = after == end and "Part" in own.morph.get("VerbForm", []) and own.i == after
    finite = "Fin" in doc[after].morph.get("VerbForm", [])
    if not participle and not finite:
        return []
    verb = _finite_clause(doc[sent.start : comma])
    if verb is None or own.i <= verb.i:
        return []
    if any(a.i == own.i for a in verb.ancestors):
        return []  # `Lorsqu'il a reçu X, Y a évoqué ...`: the clause before the comma hangs on this one
    name = next(t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i)
    if any(c.dep_ in SUBJECTS and not start <= c.i < end for c in own.children):
        return []  # the verb has a subject of its own: the names are not it
    item_end = next((t.i for t in doc[own.i + 1 : sent.end] if t.text in _ITEM_ENDS), sent.end)
    inside = range(start, item_end)
    label = "nsubj:pass" if participle and _past(own) else "nsubj"
    moves = [] if name.head.i == own.i and name.dep_ in SUBJECTS else [(name, own, label)]
    if own.head.i != verb.i or own.dep_ != "parataxis":
        moves.append((own, verb, "parataxis"))
    for t in doc[start:end]:
        if t.i != name.i and t.head.i not in inside:
            moves.append((t, name, t.dep_))  # `Tokyo et Manille`: the second name hung on the first clause
    for t in doc[end:item_end]:
        if t.i != own.i and t.head.i not in inside and not t.is_punct:
            moves.append((t, own, t.dep_))
    return moves


def _finite_clause(words: Span) -> Token | None:
    """The verb of the last finite clause among `words`: a finite verb, or the verb a finite auxiliary serves
    (`a rencontré`)."""
    for t in reversed(words):
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []):
            return t.head if t.dep_.startswith("aux") else t
    return None


def _past(participle: Token) -> bool:
    return "Past" in participle.morph.get("Tense", []) or participle.lower_.endswith((*PARTICIPLE_ENDINGS, "u", "ue"))
