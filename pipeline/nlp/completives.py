"""Parse repair for the `que` of a reported clause taken for a relative pronoun.

`Justin Trudeau a annoncé samedi qu'il appellerait lundi le président mexicain`: the French model may
read `qu'` as a relative pronoun object of `appellerait` and hang that verb on `annoncé` as an adverbial
clause. Read so, the reported clause is no complement of the verb of saying, and the event rules that
keep out relatives (`ce qu'on appelle`) drop the call. A relative pronoun cannot be the object of a verb
that has an object of its own and a subject: such a `que` is the conjunction of a complement clause.
This component makes it that clause's mark and the clause the complement (`ccomp`) of the verb before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import QUE_WORDS, has_subject, labelled, rehang

_VERBS = frozenset({"VERB", "AUX"})


@Language.component(
    "news_completive_que",
    assigns=["token.head", "token.dep", "token.pos"],
    requires=["token.dep", "token.pos"],
)
def repair_completive_que(doc: Doc) -> Doc:
    """Make each `que` read as the relative object of a verb that has its own object a conjunction."""
    for i in labelled(doc, ("obj",)):
        que = doc[i]
        clause = completive_of(que)
        if clause is None:
            continue
        rehang(doc, [(clause, clause.head)], "ccomp")
        rehang(doc, [(que, clause)], "mark")
        if que.dep_ == "mark":
            que.pos_ = "SCONJ"
    return doc


def completive_of(que: Token) -> Token | None:
    """The verb of the complement clause `que` opens, when the parser took it for that verb's relative
    object: the verb hangs as an adverbial clause on a verb told before, and has a subject and another
    object. None for any other token."""
    if que.lower_ not in QUE_WORDS or que.pos_ != "PRON" or que.dep_ != "obj":
        return None
    verb = que.head
    if verb.i <= que.i or verb.pos_ not in _VERBS or verb.dep_ not in {"advcl", "ccomp"}:
        return None
    matrix = verb.head
    if matrix.i >= que.i or matrix.pos_ not in _VERBS:
        return None
    if not has_subject(verb, besides=que) or not any(c.dep_ == "obj" and c.i != que.i for c in verb.children):
        return None
    return verb
