"""Parse repair for a verb's complements hung on an adverb of manner.

`Le secrétaire d'État s'est entretenu séparément au téléphone avec X et avec Y`: the French model may hang
`au téléphone` on `séparément`, and the partners under it, so the call's verb has no `avec` phrase and
loses both partners. An adverb in -ment (or `ensemble`) modifying a verb takes no complement of its own,
unless it is one of models/nlp/complement_adverbs.txt (`conformément à`, `parallèlement à`): the phrases
with a preposition hung on such an adverb are the verb's. It touches no sentence boundary.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline import config
from pipeline.nlp.syntax import labelled, rehang_at_once
from pipeline.text import fold, folded_entries

COMPLEMENT_ADVERBS_PATH = config.MODELS_DIR / "nlp" / "complement_adverbs.txt"

_VERBS = frozenset({"VERB", "AUX"})
_PHRASES = frozenset({"obl", "obl:arg", "obl:mod", "nmod"})
# adverbs of manner that are no -ment form
_BARE_MANNER = frozenset({"ensemble"})


@Language.component("news_adverb_complement", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_adverb_complements(doc: Doc) -> Doc:
    """Hang on its verb each phrase the parser hung on an adverb of manner of that verb."""
    for i in labelled(doc, ("advmod",), doc.to_array(DEP)):
        adverb = doc[i]
        phrases = misplaced_phrases(adverb)
        if phrases:
            rehang_at_once(doc, [(p, adverb.head, "obl:mod" if p.dep_ == "nmod" else p.dep_) for p in phrases])
    return doc


@lru_cache(maxsize=2)
def complement_adverbs(path: Path = COMPLEMENT_ADVERBS_PATH) -> frozenset[str]:
    """Folded words of models/nlp/complement_adverbs.txt."""
    return folded_entries(path)


def misplaced_phrases(adverb: Token) -> list[Token]:
    """The phrases with a preposition hung on `adverb`, an adverb of manner modifying a verb that takes no
    complement of its own (`séparément`, `longuement`, `ensemble`)."""
    if adverb.pos_ != "ADV" or adverb.head.pos_ not in _VERBS or adverb.head.i == adverb.i:
        return []
    word = fold(adverb.lower_)
    if not (word.endswith("ment") or word in _BARE_MANNER) or word in complement_adverbs():
        return []
    return [c for c in adverb.children if c.dep_ in _PHRASES and any(g.dep_ == "case" for g in c.children)]
