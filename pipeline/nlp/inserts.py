"""Parse repair for phrases inserted between an auxiliary and its participle.

Wire copy puts connectives between the auxiliary and the participle: `Le Japon a pour sa part
sanctionné trois banques`, `L'armée a de son côté frappé des positions`, `Le Royaume-Uni a, de son
côté, gelé les avoirs`. The French model then loses the clause: the auxiliary becomes the root, the
participle an adjective of `côté`, and the subject no longer reaches the event. The same sentence
without the inserted phrase parses well, so this component parses it again without the phrase
(only the sentences that hold one, a handful per article) and copies that parse back, the phrase
hanging on the participle as a modifier. It changes nothing when the shorter parse does not make
the auxiliary an auxiliary of the next word, or when the sentence would no longer be one tree.

The phrases are data: `models/nlp/inserted_phrases.txt`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from thinc.types import Ints2d

from pipeline import config
from pipeline.text import list_entries

INSERTED_PHRASES_PATH = config.MODELS_DIR / "nlp" / "inserted_phrases.txt"
AUXILIARIES = frozenset({"avoir", "être"})
# verbs whose infinitive an inserted phrase cuts off the same way (`doit pour sa part recevoir`)
MODALS = frozenset({"devoir", "pouvoir", "aller", "vouloir"})
_ATTRS = [HEAD, DEP, POS, TAG, LEMMA, MORPH]
# the model's components that rebuild a parse; the others (entities, sentences set earlier) stay
_REPARSE = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")


def load_inserted_phrases(path: Path = INSERTED_PHRASES_PATH) -> list[str]:
    """The phrases, one a line, lower case (`#` starts a comment)."""
    return [x.lower() for x in list_entries(path)]


@Language.factory(
    "news_inserted_phrases",
    default_config={"path": None},
    assigns=["token.head", "token.dep", "token.pos", "token.tag", "token.lemma", "token.morph"],
    requires=["token.dep", "token.lemma"],
)
def make_insert_repair(nlp: Language, name: str, path: str | None) -> InsertRepair:
    phrases = load_inserted_phrases(Path(path) if path else INSERTED_PHRASES_PATH)
    steps = [proc for n, proc in nlp.pipeline if n in _REPARSE]
    return InsertRepair(nlp, phrases, steps)


class InsertRepair:
    """Re-parses each sentence whose auxiliary is cut from its participle by a listed phrase."""

    def __init__(self, nlp: Language, phrases: list[str], steps: list[Callable[[Doc], Doc]]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("INSERT", [nlp.make_doc(p) for p in phrases])
        self.steps = steps

    def __call__(self, doc: Doc) -> Doc:
        # the longest phrase only: `quant à lui` holds `lui`, and two cuts must not overlap
        inserts = filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
        by_sentence: dict[int, list[tuple[int, int, int]]] = {}
        for span in inserts:
            found = cut_clause(span)
            if found is not None:
                by_sentence.setdefault(span.sent.start, []).append(found)
        for cuts in by_sentence.values():
            sent = doc[cuts[0][0]].sent
            self._repair(doc, sent, cuts)
        return doc

    def _repair(self, doc: Doc, sent: Span, cuts: list[tuple[int, int, int]]) -> None:
        """Parse `sent` without the inserted tokens and copy the parse back when it links the
        auxiliary to its participle."""
        removed = {i for start, end, _ in cuts for i in range(start + 1, end)}
        kept = [t for t in sent if t.i not in removed]
        sub = Doc(
            doc.vocab,
            words=[t.text for t in kept],
            spaces=[bool(t.whitespace_) for t in kept],
            sent_starts=_one_sentence(len(kept)),
        )
        for step in self.steps:
            sub = step(sub)
        where = {t.i: k for k, t in enumerate(kept)}
        if any(start not in where or participle not in where for start, _, participle in cuts):
            return  # two phrases in a row (`, lui, pour sa part,`): one cut inside the other
        for k, (start, end, participle) in enumerate(cuts):
            verb = _subject_verb(sub[where[start]], sub[where[participle]])
            if verb is not None:  # the phrase after a subject hangs on the subject's verb
                cuts[k] = (start, end, kept[verb.i].i)
            elif not _verb_chain(sub[where[start]], sub[where[participle]]):
                return  # the shorter sentence does not read as auxiliary + participle either
        before = doc.to_array(_ATTRS).astype(np.int64)
        after = before.copy()
        values = sub.to_array(_ATTRS).astype(np.int64)
        for k, token in enumerate(kept):
            row = values[k].copy()
            row[0] = kept[k + row[0]].i - token.i  # relative head, in the whole doc
            after[token.i] = row
        for start, end, participle in cuts:
            _attach_insert(doc, after, start + 1, end, participle)
        starts = [s.start for s in doc.sents]
        doc.from_array(_ATTRS, cast(Ints2d, after.astype(np.uint64)))
        if [s.start for s in doc.sents] != starts:  # never change where sentences are
            doc.from_array(_ATTRS, cast(Ints2d, before.astype(np.uint64)))


def _verb_chain(aux: Token, verb: Token) -> bool:
    """The auxiliary hangs on its participle (`a ... gelé`), or the infinitive on its modal (`doit
    ... recevoir`)."""
    if aux.lemma_ in MODALS:
        return verb.head.i == aux.i and verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm", [])
    return aux.head.i == verb.i and aux.dep_.startswith("aux")


def _subject_verb(last: Token, verb: Token) -> Token | None:
    """The verb `last` is the subject of, when the re-parse reads the phrase that ends on `last` as
    the subject of `verb` or of the participle `verb` is the auxiliary of; None otherwise."""
    if last.lemma_ in AUXILIARIES | MODALS and last.pos_ == "AUX":
        return None  # an auxiliary before the phrase: the participle case
    head = verb.head if verb.dep_.startswith("aux") else verb
    word = last
    while word.head.i != word.i and not word.dep_.startswith("nsubj") and word.i < head.i:
        word = word.head
    return head if word.dep_.startswith("nsubj") and word.head.i == head.i else None


def _one_sentence(n: int) -> list[bool | int | None]:
    """Sentence starts of a re-parsed sentence: the parser must not split it."""
    starts: list[bool | int | None] = [True]
    return starts + [False] * (n - 1)


def cut_clause(span: Span) -> tuple[int, int, int] | None:
    """(auxiliary, end of the inserted tokens, participle) when `span` sits between an auxiliary
    and the next word, commas around it included; (last word of the subject, end, verb) when it sits
    between commas after a subject and before its verb (`L'Allemagne, de son côté, a suspendu`);
    None otherwise."""
    doc = span.doc
    start, end = span.start - 1, span.end
    opens = start >= 0 and doc[start].text == ","
    closes = end < len(doc) and doc[end].text == ","
    start, end = start - opens, end + closes
    if start < span.sent.start or end >= span.sent.end:
        return None
    aux, participle = doc[start], doc[end]
    if opens and closes and _subject_cut(aux, participle):
        return start, end, participle.i
    if aux.lemma_ not in AUXILIARIES | MODALS or not participle.is_alpha:
        return None
    return start, end, participle.i


def _subject_cut(last: Token, verb: Token) -> bool:
    """`L'Allemagne, de son côté, a suspendu`: a name or noun before the phrase, an auxiliary or a verb
    after it (the re-parse then checks that the name is the verb's subject)."""
    return last.pos_ in {"NOUN", "PROPN", "ADJ"} and verb.pos_ in {"AUX", "VERB"} and verb.is_alpha


def _attach_insert(doc: Doc, rows: np.ndarray, start: int, end: int, participle: int) -> None:
    """The inserted tokens hang on the participle: their last word as its modifier, the other words
    on that one (`de` `son` `côté`), commas as punctuation."""
    words = [i for i in range(start, end) if doc[i].is_alpha]
    anchor = words[-1] if words else None
    for i in range(start, end):
        token = doc[i]
        if token.is_punct or anchor is None:
            head, dep = participle, "punct"
        elif i == anchor:
            head, dep = participle, "obl:mod" if token.pos_ in ("NOUN", "PROPN", "PRON") else "advmod"
        else:
            head, dep = anchor, token.dep_ if token.head.i in range(start, end) else "dep"
        rows[i, 0] = head - i
        rows[i, 1] = doc.vocab.strings.add(dep)
