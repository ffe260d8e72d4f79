"""A token Matcher that tries each pattern only on the windows holding every word the pattern needs.

spaCy's Matcher starts every pattern at every token, so its cost grows with the number of patterns,
and most windows of a news text hold a number but no month: `le 3 mai` cannot match around
`2 500 manifestants`. Each pattern's required tokens (no `?` or `*`) give necessary conditions
(`LOWER` in the month names, `TEXT` a year, `LEMMA` a verb...); patterns with the same conditions
share one Matcher, which runs on a window only when each condition holds for some token of it. A match needs its
required tokens inside the window, so the matches found are exactly those of one Matcher over all
the patterns: only the work on windows that cannot match is saved.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.tokens import per_doc

Test = Callable[[str], bool]
Match = tuple[int, int, int]  # match_id, start, end
_TEXT_ATTRS = {"LOWER": True, "TEXT": False, "ORTH": False}  # attribute -> compared lower-cased
_LEMMA = "LEMMA"  # a condition on the token's lemma, tested on the lemmas of the window


class GatedMatcher:
    """`matcher(doc, windows)` -> (match_id, start, end) of every pattern, in doc token offsets."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._bits: dict[str, int] = {}  # condition (as JSON) -> its bit
        # word conditions (a string, `IN`) as an index: (on the lower-case form, word) -> its bits;
        # the `REGEX` conditions run one by one, on words the cache has not seen
        self._word_bits: dict[tuple[bool, str], int] = {}
        self._searches: list[tuple[int, bool, Test]] = []  # (bit, on the lower-case form, test)
        # all the `REGEX` conditions on one form as one alternation: most words meet none, and
        # one search tells so (lower-case form -> pattern, exact form -> pattern)
        self._any_search: dict[bool, re.Pattern[str]] = {}
        self.groups: dict[int, Matcher] = {}  # conditions (bit mask) -> the patterns that need them
        self._masks: dict[int, int] = {}  # ORTH id -> the conditions that word meets
        self._lemma_bits: dict[str, int] = {}  # lemma -> the `LEMMA` conditions it meets
        self._lemma_masks: dict[int, int] = {}  # LEMMA id -> the same, cached by string id

    def add(self, label: str, patterns: list[list[dict[str, Any]]]) -> None:
        self._masks.clear()  # a new pattern may bring new conditions
        self._lemma_masks.clear()
        for pattern in patterns:
            mask = self._conditions(pattern)
            if mask not in self.groups:
                self.groups[mask] = Matcher(self.vocab)
            self.groups[mask].add(label, [pattern])

    def __call__(self, doc: Doc, windows: list[tuple[int, int]], words: Words | None = None) -> list[Match]:
        if not windows:
            return []
        words = words or Words.of(doc)
        masks = numpy.array(self._masks_of(words.ids), dtype=object)[words.inverse]
        if self._lemma_bits:
            lemmas = Words.of(doc, LEMMA)
            lemma_masks = numpy.array(list(map(self._lemma_mask, lemmas.ids)), dtype=object)
            masks = masks | lemma_masks[lemmas.inverse]
        out = []
        for s, e in windows:
            present = int(numpy.bitwise_or.reduce(masks[s:e]))
            for needed, matcher in self.groups.items():
                if needed & present == needed:
                    out += [(m, s + a, s + b) for m, a, b in matcher(doc[s:e])]
        return list(dict.fromkeys(out))  # one Matcher reports a span once, even if two patterns find it

    def _conditions(self, pattern: list[dict[str, Any]]) -> int:
        """Bit mask of the conditions a pattern's required tokens put on the words of a window."""
        mask = 0
        for token in pattern:
            if token.get("OP") not in (None, "+"):
                continue
            lemmas = _words(token.get(_LEMMA))
            if lemmas is not None:
                bit, new = self._bit([_LEMMA, token[_LEMMA]])
                if new:
                    for lemma in lemmas:
                        self._lemma_bits[lemma] = self._lemma_bits.get(lemma, 0) | 1 << bit
                mask |= 1 << bit
            for attr, lower in _TEXT_ATTRS.items():
                spec = token.get(attr)
                words, search = _words(spec), _search(spec)
                if words is None and search is None:
                    continue
                bit, new = self._bit([lower, spec])
                if new and words is not None:
                    for word in words:
                        self._word_bits[(lower, word)] = self._word_bits.get((lower, word), 0) | 1 << bit
                elif new and search is not None and isinstance(spec, dict):  # a `REGEX` condition
                    self._searches.append((bit, lower, search))
                    self._any_search[lower] = _alternation(self._any_search.get(lower), spec["REGEX"])
                mask |= 1 << bit
        return mask

    def _bit(self, condition: list[Any]) -> tuple[int, bool]:
        """The bit of a condition, and whether it is new (one bit per distinct condition)."""
        key = json.dumps(condition, sort_keys=True)
        if key in self._bits:
            return self._bits[key], False
        self._bits[key] = len(self._bits)
        return self._bits[key], True

    def _masks_of(self, ids: list[int]) -> list[int]:
        """The conditions each word meets: a dictionary lookup per word, `_mask` for unseen words."""
        masks = list(map(self._masks.get, ids))
        for k, mask in enumerate(masks):
            if mask is None:
                masks[k] = self._mask(ids[k])
        return masks  # type: ignore[return-value]

    def _mask(self, orth: int) -> int:
        """The conditions that one word meets (cached: a news vocabulary repeats)."""
        mask = self._masks.get(orth)
        if mask is None:
            text = self.vocab.strings[orth]
            low = text.lower()
            mask = self._word_bits.get((True, low), 0) | self._word_bits.get((False, text), 0)
            if any(pattern.search(low if lower else text) for lower, pattern in self._any_search.items()):
                for bit, lower, test in self._searches:
                    if test(low if lower else text):
                        mask |= 1 << bit
            self._masks[orth] = mask
        return mask

    def _lemma_mask(self, lemma: int) -> int:
        """The `LEMMA` conditions that one lemma (its string id) meets, cached like `_mask`."""
        mask = self._lemma_masks.get(lemma)
        if mask is None:
            mask = self._lemma_masks[lemma] = self._lemma_bits.get(self.vocab.strings[lemma], 0)
        return mask


class Words:
    """The distinct words of a Doc (or lemmas, with `attr=LEMMA`), so that a test on words runs once
    per word, not once per token."""

    def __init__(self, doc: Doc, attr: int = ORTH) -> None:
        self.strings = doc.vocab.strings
        ids, inverse = numpy.unique(doc.to_array(attr), return_inverse=True)
        self.ids: list[int] = ids.tolist()
        self.inverse = inverse.ravel()

    @classmethod
    def of(cls, doc: Doc, attr: int = ORTH) -> Words:
        """`Words(doc, attr)`, built once per `Doc` (see `per_doc`): the date tagger, the trigger matcher and
        the target finder read the same words."""
        return per_doc(doc, f"words-{attr}", lambda d: cls(d, attr))

    def where(self, test: Callable[[int], bool]) -> list[int]:
        """Indices of the tokens whose word (ORTH id) passes `test`."""
        keep = numpy.array([test(i) for i in self.ids], dtype=bool)
        return numpy.flatnonzero(keep[self.inverse]).tolist()

    def text_where(self, test: Callable[[str], bool], cache: dict[int, bool]) -> list[int]:
        """Indices of the tokens whose text passes `test`; `cache` keeps its answer for each word."""

        found = list(map(cache.get, self.ids))
        for k, known in enumerate(found):
            if known is None:
                found[k] = cache[self.ids[k]] = test(self.strings[self.ids[k]])
        return numpy.flatnonzero(numpy.array(found, dtype=bool)[self.inverse]).tolist()


def _words(spec: Any) -> tuple[str, ...] | None:
    """The words a condition accepts, when it is a list of words (a string, `IN`), else None."""
    if isinstance(spec, str):
        return (spec,)
    if isinstance(spec, dict) and len(spec) == 1 and "IN" in spec:
        return tuple(spec["IN"])
    return None


def _alternation(pattern: re.Pattern[str] | None, regex: str) -> re.Pattern[str]:
    """One pattern that searches a string for `regex` or for what `pattern` already looks for."""
    return re.compile(f"(?:{regex})" if pattern is None else f"{pattern.pattern}|(?:{regex})")


def _search(spec: Any) -> Test | None:
    """The test a `REGEX` condition puts on a token's string, or None for any other condition."""
    if not isinstance(spec, dict) or len(spec) != 1 or "REGEX" not in spec:
        return None
    pattern = re.compile(spec["REGEX"])
    return lambda s: pattern.search(s) is not None
