"""Parse repair for an object relative clause whose `que` the parser took for a conjunction.

`en riposte à des tirs de roquettes que les forces iraniennes auraient lancés dans la nuit contre ses
positions, a indiqué un porte-parole`: the French model may hang `que` on the reporting verb told last
(`a indiqué`, as its mark or its object), take the relative's subject (`les forces iraniennes`) for that
verb's subject, and hang the relative's verb on it as an adjective clause (`acl`). Read so, the strike loses
who fired and the report gains a false speaker. A `que` right after a noun, followed by a subject noun whose
participle carries its own auxiliary (`auraient lancés`, `a imposées`), opens an object relative: the
participle becomes a relative clause (`acl:relcl`) of that noun, `que` its object, the subject its subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import QUE_WORDS, labelled, rehang_at_once

_NOUNS = frozenset({"NOUN", "PROPN"})


@Language.component(
    "news_object_relative",
    assigns=["token.head", "token.dep"],
    requires=["token.dep", "token.pos"],
)
def repair_object_relatives(doc: Doc) -> Doc:
    """Make each relative clause whose `que` the parser hung on a later verb the clause of its noun."""
    for i in labelled(doc, ("mark", "obj")):
        que = doc[i]
        found = misread_relative(que)
        if found is None:
            continue
        antecedent, subject, participle = found
        rehang_at_once(
            doc,
            [
                (participle, antecedent, "acl:relcl"),
                (que, participle, "obj"),
                (subject, participle, "nsubj"),
            ],
        )
    return doc


def misread_relative(que: Token) -> tuple[Token, Token, Token] | None:
    """(antecedent noun, subject, participle) when `que` is an object relative read as the mark of a later
    verb: it follows a noun at once, its head stands after it, and that head's subject, told right after
    `que`, carries a participle with its own auxiliary (`que les forces iraniennes auraient lancés`)."""
    if que.lower_ not in QUE_WORDS or que.i == 0 or que.head.i <= que.i:
        return None
    antecedent = que.doc[que.i - 1]
    if antecedent.pos_ not in _NOUNS or antecedent.sent.start != que.sent.start:
        return None
    verb = que.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and que.i < c.i), None)
    if subject is None or subject.pos_ not in _NOUNS or subject.left_edge.i != que.i + 1:
        return None
    participle = next(
        (
            c
            for c in subject.children
            if c.dep_ == "acl"
            and c.pos_ == "VERB"
            and "Part" in c.morph.get("VerbForm", [])
            and any(a.pos_ == "AUX" and a.dep_.startswith("aux") and a.i < c.i for a in c.children)
        ),
        None,
    )
    if participle is None or participle.i > verb.i:
        return None
    return _agreeing_noun(antecedent, participle), subject, participle


def _agreeing_noun(noun: Token, participle: Token) -> Token:
    """The noun the participle agrees with, up the `de` chain the noun ends (`des tirs de roquettes que les
    forces auraient lancés`: `lancés` agrees with `tirs`, not `roquettes`); the noun itself when it agrees or
    the participle tells no gender."""
    gender = participle.morph.get("Gender", [])
    if not gender or noun.morph.get("Gender", []) == gender:
        return noun
    upper = noun
    while upper.dep_ == "nmod" and upper.head.pos_ in _NOUNS and upper.head.i < upper.i:
        upper = upper.head
        if upper.morph.get("Gender", []) == gender:
            return upper
    return noun
