"""Parse repair for a clause told after a comma, its present verb read as its subject's adjective.

`Kiev frappe une raffinerie russe, Moscou pilonne Kharkiv`, `Israël bombarde Beyrouth, le Hezbollah riposte`:
headlines and ledes set two clauses side by side with a comma. The French model reads the second clause's
subject as one more object or conjunct of the first clause, and its verb in the present as that name's
adjective (`Moscou pilonne`: `pilonne` an `amod` of `Moscou`); the second event then has no subject, and
whatever follows its verb hangs on the first verb. A word right after a name set after a comma, hung on that
name, whose form is the present of a verb the model knows (`pilonne` -> `pilonner`, `riposte` -> `riposter`)
and that is no adjective or noun in agreement with a determiner of its own, is the verb of a clause of its
own: it hangs on the first clause's verb (`parataxis`), the name is its subject, and the bare noun phrase
or name told right after it, hung elsewhere, is its object. It touches no sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.lemma_index import indexed_words
from pipeline.nlp.syntax import labelled, rehang_at_once
from pipeline.nlp.verb_lemmas import present_infinitive

_HUNG_AS = ("amod", "acl", "nmod")
_TAGGED_AS = frozenset({"ADJ", "NOUN", "VERB"})
_PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


@Language.factory(
    "news_juxtaposed_clause",
    assigns=["token.head", "token.dep", "token.pos", "token.lemma", "token.morph"],
    requires=["token.dep", "token.pos"],
)
def make_juxtaposed_clause_repair(nlp: Language, name: str) -> JuxtaposedClauseRepair:
    """The repair, with the verbs the model's lemmatizer knows (its `lemma_index`)."""
    return JuxtaposedClauseRepair(indexed_words(nlp, "verb"))


class JuxtaposedClauseRepair:
    """Give each clause set after a comma whose verb the parser hung on its subject its own verb."""

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known

    def __call__(self, doc: Doc) -> Doc:
        for i in labelled(doc, _HUNG_AS):  # a few candidates per article: the labels found in bulk
            verb = doc[i]
            infinitive = self.verb_after_name(verb)
            if infinitive is None:
                continue
            subject, root = verb.head, verb.sent.root
            moves = [(verb, root, "parataxis"), (subject, verb, "nsubj")]
            following = _object_after(verb)
            if following is not None:
                moves.append((following, verb, "obj"))
            if rehang_at_once(doc, moves):
                verb.pos_ = "VERB"
                verb.lemma_ = infinitive
                verb.set_morph(_PRESENT)  # type: ignore[attr-defined]
        return doc

    def verb_after_name(self, word: Token) -> str | None:
        """The infinitive of `word` when it is the present verb of a clause set after a comma, hung on the name
        right before it (`, Moscou pilonne`); None for any other word."""
        if word.pos_ not in _TAGGED_AS or word.dep_ not in _HUNG_AS:
            return None
        name = word.head
        if name.i != word.i - 1 or name.pos_ != "PROPN" or name.dep_ in {"nsubj", "ROOT"}:
            return None
        opening = name.left_edge
        doc = word.doc
        if opening.text != ",":  # the comma may hang on the name
            opening = doc[opening.i - 1] if opening.i > word.sent.start else opening
        if opening.text != "," or opening.i == word.sent.start:
            return None  # the clause opens right after a comma of the sentence
        if word.sent.root.i > name.i or any(c.dep_ == "det" for c in word.children):
            return None
        infinitive = present_infinitive(word.lower_, self.known)
        return infinitive if infinitive in self.known else None


def _object_after(verb: Token) -> Token | None:
    """The head of a name or a noun phrase with no preposition that opens right after the verb and that the
    parser hung outside the verb's phrase, or None."""
    doc = verb.doc
    if verb.i + 1 >= verb.sent.end:
        return None
    first = doc[verb.i + 1]
    head = first if first.pos_ in {"PROPN", "NOUN"} else first.head
    if head.pos_ not in {"PROPN", "NOUN"} or head.left_edge.i != first.i or first.pos_ == "ADP":
        return None
    if any(c.dep_ == "case" for c in head.children) or verb.is_ancestor(head):
        return None
    return head
