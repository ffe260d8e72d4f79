"""Parse repair for the subject of a clause opened by `après que`, `alors que`, `avant que`.

`L'armée a riposté après que des roquettes tirées depuis le territoire voisin se sont abattues sur un
village`: in a long sentence the French model may read `après` as the preposition of `roquettes`, hang
`que` on it as a fixed word, make the noun a complement of the main verb, and leave the clause's verb
(`se sont abattues`) hanging on the main verb with no subject. The event of that clause then loses its
projectile, and with it the rule that reads the attacker from where it was fired. A noun so opened by
a locution of `models/nlp/subordinators.txt` closed by `que`, told before a finite verb that hangs on the
same word and has no subject of its own, is that verb's subject; the locution is the verb's mark. It
touches no sentence boundary.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.syntax import QUE_WORDS, has_subject, labelled, rehang_at_once
from pipeline.text import fold, folded_entries

SUBORDINATORS_PATH = config.MODELS_DIR / "nlp" / "subordinators.txt"

_NOUNS = frozenset({"NOUN", "PROPN"})
# how the parser hangs the noun read as a complement, and the verb left without subject
_COMPLEMENT = ("obl:mod", "obl", "obl:arg", "nmod")
_CLAUSE = frozenset({"advcl", "conj", "ccomp", "parataxis", "acl"})


@Language.component(
    "news_subordinate_subject", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"]
)
def repair_subordinate_subjects(doc: Doc) -> Doc:
    """Give each clause verb left subjectless the noun the parser hung under its `après que`."""
    for i in labelled(doc, _COMPLEMENT, doc.to_array(DEP)):
        noun = doc[i]
        locution = opening_locution(noun)
        if locution is None:
            continue
        verb = subjectless_clause_after(noun)
        if verb is None:
            continue
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        moves = [(noun, verb, "nsubj:pass" if passive else "nsubj")]
        moves += [(word, verb, "mark") for word in locution]
        rehang_at_once(doc, moves)
    return doc


@lru_cache(maxsize=2)
def subordinators(path: Path = SUBORDINATORS_PATH) -> frozenset[str]:
    """Folded words of models/nlp/subordinators.txt."""
    return folded_entries(path)


def opening_locution(noun: Token) -> list[Token] | None:
    """`après que` read as the preposition of `noun`: the first word, a `case` or `mark` of the noun from
    subordinators.txt, and the `que` told right after it (fixed to it, or the noun's own). None otherwise."""
    if noun.pos_ not in _NOUNS:
        return None
    first = next((c for c in noun.children if c.i < noun.i and fold(c.lower_) in subordinators()), None)
    if first is None or first.dep_ not in {"case", "mark"} or first.i + 1 >= noun.i:
        return None
    que = noun.doc[first.i + 1]
    if que.lower_ not in QUE_WORDS or que.head.i not in {first.i, noun.i}:
        return None
    return [first, que] if que.head.i == noun.i else [first]


def subjectless_clause_after(noun: Token) -> Token | None:
    """The finite verb told after `noun` that hangs on the same word as a clause and has no subject: the
    verb of the clause `noun` opens. Only the noun's own phrase and the verb's clitics and auxiliaries
    stand between them."""
    governor = noun.head
    later = [c for c in governor.children if c.i > noun.i and c.dep_ in _CLAUSE and c.pos_ in {"VERB", "AUX"}]
    if not later:
        return None
    verb = later[0]
    if has_subject(verb) or not _finite(verb):
        return None
    own = {t.i for t in noun.subtree} | {c.i for c in verb.children if c.i < verb.i}
    if any(k not in own for k in range(noun.i, verb.i)):
        return None
    return verb


def _finite(verb: Token) -> bool:
    """A verb in a finite mood, or one whose auxiliary is (`se sont abattues`, `ont frappé`)."""
    if verb.morph.get("Mood", []) or "Fin" in verb.morph.get("VerbForm", []):
        return True
    return any(c.dep_.startswith("aux") and c.morph.get("Mood", []) for c in verb.children)
