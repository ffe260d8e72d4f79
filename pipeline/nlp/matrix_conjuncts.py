"""Parse repair for a verb coordinated with the main clause that the parser hung in the reported one.

`Kaboul a affirmé que les frappes avaient tué des civils et a riposté dimanche`: the French model
often makes `a riposté` a conjunct of `tué`, the verb of the reported clause, so every rule that reads
a conjunct's subject gives `riposté` the subject `les frappes` instead of `Kaboul`. French shows where
the conjunct belongs: its auxiliary agrees with the subject of the clause it shares. When the
conjunct's own auxiliary disagrees in person or number with the reported verb and agrees with the
verb that reports it, this component hangs the conjunct on the reporting verb. A conjunct that agrees
with both (`a dit qu'il avait vu X et a parlé`) is left where the parser put it.

The parser may also hang a second infinitive with its `de` (`a proposé de réduire les quotas d'acier
exemptés de droits et de porter la taxe à 50 %`) on the word before it; it joins the first infinitive with
`de` above that word, and so what the verb proposes (a status, a date) reaches it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import has_subject, labelled, rehang

# the clauses a verb reports or frames, that a later conjunct may have been wrongly put into
_EMBEDDED = {"ccomp", "advcl"}


@Language.component("news_matrix_conjunct", assigns=["token.head"], requires=["token.dep", "token.morph"])
def repair_matrix_conjuncts(doc: Doc) -> Doc:
    """Hang on the reporting verb each conjunct whose auxiliary agrees with it, not with the reported verb."""
    conjuncts = labelled(doc, ("conj",))
    moves = [(doc[i], verb) for i in conjuncts if (verb := matrix_of_conjunct(doc[i])) is not None]
    moves += [(doc[i], first) for i in conjuncts if (first := first_infinitive(doc[i])) is not None]
    if moves:
        rehang(doc, moves, "conj")
    return doc


def first_infinitive(conjunct: Token) -> Token | None:
    """`a proposé de réduire les quotas d'acier exemptés de droits et de porter la taxe à 50 %`: an infinitive
    opened by `de`, which the parser made the conjunct of a word that is no infinitive (the participle or noun
    just before it), joins the infinitive opened by `de` that comes before it in the same phrase, governed by
    the same verb: the two are what that verb proposes, decides or announces."""
    if not _de_infinitive(conjunct) or _infinitive(conjunct.head):
        return None
    for t in conjunct.head.ancestors:
        if t.i < conjunct.i and _de_infinitive(t) and t.dep_ in {"xcomp", "ccomp", "obj", "acl"}:
            return t
        if t.dep_ in {"ROOT", "ccomp", "advcl", "parataxis"}:
            break
    return None


def _infinitive(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and "Inf" in token.morph.get("VerbForm", [])


def _de_infinitive(token: Token) -> bool:
    """An infinitive with its own `de` (`de porter`)."""
    return _infinitive(token) and any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’"} for c in token.children)


def matrix_of_conjunct(conjunct: Token) -> Token | None:
    """The reporting verb `conjunct` really shares its subject with, when its agreement says so."""
    reported = conjunct.head
    if conjunct.pos_ != "VERB" or reported.dep_ not in _EMBEDDED or has_subject(conjunct):
        return None
    matrix = reported.head
    if matrix.i == reported.i or matrix.pos_ not in {"VERB", "AUX"} or not has_subject(reported):
        return None
    own, theirs, reporting = _agreement(conjunct), _agreement(reported), _agreement(matrix)
    if own is None or theirs is None or reporting is None:
        return None
    return matrix if own != theirs and own == reporting else None


def _agreement(verb: Token) -> tuple[str, str] | None:
    """(person, number) of the finite word of `verb`'s clause: its tense auxiliary, or itself."""
    finite = next((c for c in verb.children if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm", [])), verb)
    if "Fin" not in finite.morph.get("VerbForm", []):
        return None
    person, number = finite.morph.get("Person", []), finite.morph.get("Number", [])
    return (person[0], number[0]) if person and number else None
