"""Parse repair for a verb coordinated with the main clause that the parser hung in the reported one.

`Kaboul a affirmé que les frappes avaient tué des civils et a riposté dimanche`: the French model
often makes `a riposté` a conjunct of `tué`, the verb of the reported clause, so every rule that reads
a conjunct's subject gives `riposté` the subject `les frappes` instead of `Kaboul`. French shows where
the conjunct belongs: its auxiliary agrees with the subject of the clause it shares. When the
conjunct's own auxiliary disagrees in person or number with the reported verb and agrees with the
verb that reports it, this component hangs the conjunct on the reporting verb. A conjunct that agrees
with both (`a dit qu'il avait vu X et a parlé`) is left where the parser put it.
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
    moves = [(doc[i], verb) for i in labelled(doc, ("conj",)) if (verb := matrix_of_conjunct(doc[i])) is not None]
    if moves:
        rehang(doc, moves, "conj")
    return doc


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
