"""Parse repair for a verb's infinitive, object or measure phrase hung on the day told right after the verb.

French wire copy tells the day right after the verb (`Les rebelles ont affirmé dimanche avoir lancé des
missiles`, `Washington a placé mercredi sous sanctions le ministre`). The French model then often hangs
what follows the day on the day itself: the infinitive as the day's clause (`acl`), the `sous` phrase as its
modifier (`nmod`), even the object as the day's own (`ont revendiqué dimanche soir un tir de missiles`). A
weekday takes no such complement: the infinitive is the verb's (`xcomp`), the object the verb's when it has
none, and the `sous` phrase the verb's complement (`obl:arg`, as the parser reads `a placé sous sanctions
X`). Other phrases the parser hangs on the day (`a reçu vendredi à l'Élysée`, `s'est entretenu mercredi
avec X, puis avec Y`) are left where they are: the rules that read sides look through the day for them
(`events.arguments.children_through_dates`). It touches no sentence boundary.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.displaced import lexicon_words, time_word
from pipeline.nlp.syntax import infinitive_form, labelled, rehang, rehang_at_once
from pipeline.text import strip_accents

# the prepositions of a state a party is put under (`placer sous sanctions`), which a weekday never governs
_VERBAL_CASES = frozenset({"sous"})
_DAY_SLOTS = frozenset({"obl:mod", "obl", "obj", "nmod"})  # how the parser hangs the day on the verb


@Language.component(
    "news_day_complement", assigns=["token.head", "token.dep"], requires=["token.dep", "token.pos", "token.morph"]
)
def repair_day_complements(doc: Doc) -> Doc:
    """Hang on the verb each infinitive or `sous` phrase the parser hung on the day told after that verb."""
    for i in labelled(doc, ("ROOT",)):
        verb = rooted_day_verb(doc[i])
        if verb is not None:
            rehang_at_once(doc, promote_verb(doc[i], verb))
    moves: dict[str, list[tuple[Token, Token]]] = {"acl": [], "nmod": [], "obj": []}
    for i in labelled(doc, ("acl", "nmod", "obj")):
        verb = day_complement_verb(doc[i])
        if verb is not None:
            moves[doc[i].dep_].append((doc[i], verb))
    for dep, label in (("acl", "xcomp"), ("nmod", "obl:arg"), ("obj", "obj")):
        if moves[dep]:
            rehang(doc, moves[dep], label)
    return doc


def day_complement_verb(token: Token) -> Token | None:
    """The verb whose infinitive or `sous` phrase `token` is, when the parser hung it on the weekday told
    right after that verb (`ont affirmé dimanche avoir lancé`, `a placé mercredi sous sanctions`); None
    for any other token."""
    day = token.head
    if day.i >= token.i or strip_accents(day.lower_) not in _weekdays() or day.dep_ not in _DAY_SLOTS:
        return None
    verb = day.head
    if verb.pos_ != "VERB" or verb.i > day.i:
        return None
    if token.dep_ == "acl":
        if token.pos_ not in {"VERB", "AUX"} or not infinitive_form(token):
            return None
        return None if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children) else verb
    if token.dep_ == "obj":  # `ont revendiqué dimanche soir un tir`: a day takes no object; the verb has none
        return None if any(c.dep_ == "obj" for c in verb.children) else verb
    cases = [c for c in token.children if c.dep_ == "case" and c.i < token.i]
    if not cases or strip_accents(cases[0].lower_) not in _VERBAL_CASES or time_word(token):
        return None
    return verb


def rooted_day_verb(day: Token) -> Token | None:
    """The compound-past verb told right before `day` when the parser made the weekday the root and hung
    the verb on it (`Les États-Unis ont réimposé lundi des sanctions`: `réimposé` as the day's `nummod`); a
    day is never the main word of a clause whose verb has its auxiliary. None for any other token."""
    if day.dep_ != "ROOT" or strip_accents(day.lower_) not in _weekdays() or day.i == 0:
        return None
    verb = day.doc[day.i - 1]
    if verb.head.i != day.i or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm", []):
        return None
    return verb if any(c.dep_.startswith("aux") and c.i < verb.i for c in verb.children) else None


def promote_verb(day: Token, verb: Token) -> list[tuple[Token, Token, str]]:
    """The moves that make `verb` the root with the day as its time modifier: the day's dependents after
    it (its object, the final stop) are the verb's, except the words of time that belong to the day
    (`lundi soir`)."""
    moves = [(verb, verb, "ROOT"), (day, verb, "obl:mod")]
    for child in day.children:
        if child.i > day.i and child.dep_ != "obl:mod" and not time_word(child):
            moves.append((child, verb, child.dep_))
    return moves


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """The full weekday names of models/temporal/lexicon.csv, unaccented (not its three-letter
    abbreviations: `mer` is also the sea)."""
    return frozenset(w for w in lexicon_words(frozenset({"weekday"})) if len(w) > 3)
