"""Walking the dependency parse: clauses and sentences, shared by every component that reads it.

French clauses nest (`Le Kremlin a confirmé que les deux présidents se parleraient mardi`): the
reporting verb and the reported event each head their own clause. Dates, statuses and arguments
must stay inside the clause of their event, so every step climbs the parse the same way, here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token

# Dependencies that attach a clause of its own to its governor.
CLAUSE_DEPS = frozenset({"acl:relcl", "advcl", "ccomp", "parataxis", "xcomp"})
_NONFINITE = frozenset({"Part", "Inf", "Ger"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


def clause_root(token: Token) -> Token:
    """The head of the clause holding `token`: climb until a clausal link or the root."""
    while token.head.i != token.i and token.dep_ not in CLAUSE_DEPS:
        token = token.head
    return token


def finite_clause_root(token: Token) -> Token:
    """Clause root, climbing through subjectless participles and infinitives (`..., visant X`)."""
    while True:
        root = clause_root(token)
        verb_form = root.morph.get("VerbForm", [])
        nonfinite = bool(verb_form) and verb_form[0] in _NONFINITE
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in root.children)
        if root.head.i == root.i or not nonfinite or own_subject or root.dep_ not in {"advcl", "xcomp", "acl"}:
            return root
        token = root.head


def is_clause_head(token: Token) -> bool:
    """A verb that opens its own clause inside a phrase (and so its own event)."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ == "conj":
        return token.head.pos_ == "VERB"  # `X a frappé et a détruit`: another clause
    return token.dep_ not in {"amod", "nmod", "obl", "obj", "nsubj", "acl"}


def governor_chain(token: Token, climbs: Callable[[Token], bool], limit: int) -> list[Token]:
    """`token`'s governors, nearest first, while `climbs(current)` allows going up (at most `limit`)."""
    chain: list[Token] = []
    while len(chain) < limit and token.head.i != token.i and climbs(token):
        token = token.head
        chain.append(token)
    return chain


def sentence_starts(doc: Doc) -> list[int]:
    """Start character of each sentence, for bisecting a character offset to its sentence."""
    return [sent.start_char for sent in doc.sents]


def sentence_number(starts: list[int], char: int) -> int:
    """Index (from 0) of the sentence holding character `char`, given `sentence_starts(doc)`."""
    return max(bisect_right(starts, char) - 1, 0)
