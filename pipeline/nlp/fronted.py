"""Parse repair for a fronted phrase the parser hung on the subject after it.

`Au cours d'un entretien téléphonique, le roi du Maroc et le président français ont évoqué le Sahara`:
a phrase that opens the sentence and closes on a comma tells when, where or how the clause happened.
The French model may hang it on the subject's noun as a modifier, although a French noun modifier
always follows its noun. The talk it names is then no occasion of the verb, and its participants are
lost. This component hangs such a phrase on the verb of that subject, as an adverbial. It touches no
sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import labelled, opens_sentence, rehang

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


@Language.component("news_fronted_phrase", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_fronted_phrases(doc: Doc) -> Doc:
    """Hang on its clause's verb each fronted phrase the parser hung on the subject after it."""
    # a few candidates per article: the `nmod` labels found in bulk, not token by token
    moves = [(doc[i], verb) for i in labelled(doc, ("nmod",)) if (verb := fronted_phrase_verb(doc[i])) is not None]
    if moves:
        rehang(doc, moves, "obl:mod")
    return doc


def fronted_phrase_verb(token: Token) -> Token | None:
    """The verb a phrase opening the sentence belongs to, when the parser hung it on the subject told
    after it and a comma; None for any other token."""
    noun = token.head
    if token.dep_ != "nmod" or token.i > noun.i or noun.dep_ not in _SUBJECTS:
        return None
    if not any(c.dep_ == "case" and c.pos_ == "ADP" for c in token.children):
        return None  # a phrase with its preposition (`Au cours de`, `Pendant`), not a name or the subject itself
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i < noun.i:
        return None
    if not opens_sentence(token):
        return None  # the phrase opens the sentence
    if "," not in {t.text for t in token.doc[token.right_edge.i + 1 : noun.i]}:
        return None  # and closes on a comma before the subject
    return verb
