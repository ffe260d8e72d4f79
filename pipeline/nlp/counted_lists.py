"""Parse repair for the list that spells out a counted plural (`les diplomates de sept pays – l'Argentine, le
Chili, ... –`).

Wire copy counts a group, then names its members between dashes, in brackets or after a colon. The French
model often hangs the first member far away (as a conjunct of an earlier noun, or of the time phrase before
it), and the whole list with it: the states a measure hits or a summit gathers are then nobody's. A proper
noun told right after the dash, bracket or colon that follows a counted noun (a number before it: `sept
pays`, `trois capitales`, with its adjectives) is an apposition of that noun; the rest of the list hangs on
that first member, as the parser made it. It touches no sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import rehang_at_once
from pipeline.nlp.tokens import lower_texts

_OPENERS = frozenset({"–", "—", "-", "(", ":"})
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’"})


@Language.component("news_counted_list", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos"])
def repair_counted_lists(doc: Doc) -> Doc:
    """Hang the first member of a list told after a counted noun on that noun, as its apposition."""
    # a few openers per article: the words read in bulk, not a `Token` for every word
    for i in (k for k, word in enumerate(lower_texts(doc)) if word in _OPENERS and k):
        noun = counted_noun_before(doc[i - 1])
        member = _first_member(doc, i + 1)
        if noun is None or member is None or noun.sent.start != member.sent.start:
            continue
        if any(a.i == noun.i for a in member.ancestors) or any(a.i == member.i for a in noun.ancestors):
            continue
        rehang_at_once(doc, [(member, noun, "appos")])
    return doc


def counted_noun_before(word: Token) -> Token | None:
    """The plural noun a number counts, ending right before `word`'s position (its adjectives after it):
    `sept pays latino-américains`, `trois capitales`; None otherwise."""
    k = word.i
    while k > word.sent.start and word.doc[k].pos_ == "ADJ":
        k -= 1
    noun = word.doc[k]
    if noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number", ["Plur"]):
        return None
    return noun if any(c.dep_ == "nummod" for c in noun.children) else None


def _first_member(doc: Doc, i: int) -> Token | None:
    """The proper noun that opens a list at `i`, after its article (`l'Argentine`, `le Chili`)."""
    if i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ == "PROPN" else None
