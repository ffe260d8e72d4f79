"""Parse repair for a `si` clause whose `si` and subject the parser hung on a noun before them.

`Pékin imposerait des droits sur 60 milliards de produits américains si Washington mettait sa menace à
exécution`: the French model often takes the subject of the condition for a modifier of the noun told
before it (`produits ... Washington`) and hangs `si` on that subject, as if it opened a noun. The verb of
the condition then has neither its subject nor its `si`, and the rule that makes a conditioned event
hypothetical (`hypo_si_clause` in models/events/status_cues.csv) never sees the condition. A `si` hung on a
name or a noun, right before it, followed by a verb that has no subject and no opener of its own, opens
that verb's clause: `si` is the verb's mark and the noun its subject. It touches no sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import SUBJECTS, labelled, rehang_at_once
from pipeline.text import fold

_IF = frozenset({"si", "s'", "s’"})
_SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "PRON"})
_VERBS = frozenset({"VERB", "AUX"})
# the words that may stand between the subject and its verb (`si Washington ne mettait pas`, `s'il y a`)
_BETWEEN = frozenset({"ADV", "PART", "PRON"})


@Language.component("news_conditional_clause", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_conditional_clauses(doc: Doc) -> Doc:
    """Hang each `si` and the subject after it on the verb of the condition they open."""
    for i in labelled(doc, ("mark",)):
        verb = condition_verb(doc[i])
        if verb is not None:
            rehang_at_once(doc, [(doc[i], verb, "mark"), (doc[i].head, verb, "nsubj")])
    return doc


def condition_verb(mark: Token) -> Token | None:
    """The verb of the condition `mark` opens, when the parser hung this `si` on the subject right after it
    (`si Washington mettait`: `si` on `Washington`, itself on a noun before); None for any other token."""
    subject = mark.head
    if fold(mark.lower_) not in _IF or subject.pos_ not in _SUBJECT_WORDS or subject.i != mark.i + 1:
        return None
    if subject.dep_ in SUBJECTS or subject.head.i > subject.i:
        return None  # a subject already, or hung on the verb after it: the parse holds
    doc = mark.doc
    j = subject.right_edge.i + 1
    while j < len(doc) and doc[j].pos_ in _BETWEEN and doc[j].head.i != subject.i:
        j += 1
    if j >= len(doc) or doc[j].pos_ not in _VERBS:
        return None
    verb = doc[j]
    if any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return None
    if any(a.i == verb.i for a in subject.ancestors):
        return None  # the noun already in the verb's clause: nothing to move
    return verb
