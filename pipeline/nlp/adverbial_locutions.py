"""Parse repair for a three-word adverbial locution read as a noun phrase.

`Il a appelé tour à tour le Premier ministre pakistanais et le ministre indien`: the French model takes
`tour` for the verb's object, `à tour` for its complement, the first person for an apposition of `tour`
and the second for a conjunct of it. The verb then has no object naming a person, and the call loses its
partners. A locution of models/nlp/adverbial_locutions.txt becomes an adverb of its verb (its other words `fixed` on
the first), also when the parser hung it on a day of the verb; when it held the verb's object slot, the
first noun phrase hung on it after the locution becomes the verb's object, with the conjuncts and
coordinators the locution held.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.syntax import rehang_at_once
from pipeline.text import list_entries

LOCUTIONS_PATH = config.MODELS_DIR / "nlp" / "adverbial_locutions.txt"
_OBJECT_SLOTS = frozenset({"obj", "obl:mod", "obl", "nsubj:pass"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


@lru_cache(maxsize=2)
def load_locutions(path: Path = LOCUTIONS_PATH) -> frozenset[tuple[str, ...]]:
    """The locutions of the file, each as its lower-case words."""
    return frozenset(tuple(entry.lower().split()) for entry in list_entries(path))


@Language.component("news_adverbial_locution", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_adverbial_locutions(doc: Doc) -> Doc:
    """Hang each adverbial locution read as the verb's object on the verb as an adverb."""
    locutions = load_locutions()
    firsts = {words[0] for words in locutions}
    for token in doc:
        if token.lower_ not in firsts or token.i + 2 >= len(doc):
            continue
        words = tuple(t.lower_ for t in doc[token.i : token.i + 3])
        if words in locutions:
            _repair(doc, token)
    return doc


def _repair(doc: Doc, first: Token) -> None:
    span = range(first.i, first.i + 3)
    root = next((doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == doc[i].i), None)
    if root is None or root.head.i == root.i:
        return
    verb = root.head
    if verb.pos_ not in {"VERB", "AUX"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # `a appelé vendredi tour à tour X`: the locution hung on the day
    if verb.pos_ not in {"VERB", "AUX"} or any(verb.i == doc[i].i for i in span):
        return
    held = sorted((c for i in span for c in doc[i].children if c.i not in span), key=lambda c: c.i)
    after = [c for c in held if c.i > first.i + 2]
    obj = next((c for c in after if c.pos_ in _NOMINAL and c.dep_ not in {"conj", "cc", "punct"}), None)
    moves = [(first, verb, "advmod"), (doc[first.i + 1], first, "fixed"), (doc[first.i + 2], first, "fixed")]
    if obj is not None and root.dep_ in _OBJECT_SLOTS:
        moves.append((obj, verb, root.dep_ if root.dep_ != "obl:mod" else "obj"))
        moves += [(c, obj, c.dep_) for c in held if c is not obj and c.dep_ in {"conj", "cc"} and c.i > obj.i]
    rehang_at_once(doc, moves)
