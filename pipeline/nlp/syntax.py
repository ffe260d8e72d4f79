"""Walking the dependency parse: clauses and sentences, shared by every component that reads it.

French clauses nest (`Le Kremlin a confirmé que les deux présidents se parleraient mardi`): the
reporting verb and the reported event each head their own clause. Dates, statuses and arguments
must stay inside the clause of their event, so every step climbs the parse the same way, here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from pipeline.nlp.tokens import per_doc

# Dependencies that attach a clause of its own to its governor.
CLAUSE_DEPS = frozenset({"acl:relcl", "advcl", "ccomp", "parataxis", "xcomp"})
_NONFINITE = frozenset({"Part", "Inf", "Ger"})
# The subject of a verb, active or passive; with the expletive `il` (`il a été décidé`), every subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
SUBJECTS = SUBJECT_DEPS | {"expl:subj"}
# the weak pronouns told between a subject and its verb (`X et Y se concertent`, `X n'a pas répondu`)
SUBJECT_CLITICS = frozenset(
    {"se", "s'", "s’", "ne", "n'", "n’", "y", "en", "lui", "leur", "l'", "l’", "le", "la", "les"}
)
# endings of the past participles of first-group verbs (`gelé`, `frappée`, `visés`, `ciblées`)
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# The prepositions of what talks are about (`discussions sur l'Ukraine`, `concernant la trêve`): a topic, no party.
TOPIC_PREPS = frozenset({"sur", "concernant"})
# `que` as a relative pronoun or as the conjunction of a complement clause, whatever its apostrophe
QUE_WORDS = frozenset({"que", "qu'", "qu’"})


def past_participle(token: Token) -> bool:
    """The tagger reads a past participle (a participle not in the present: `ciblée`, not `ciblant`)."""
    return "Part" in token.morph.get("VerbForm", []) and "Pres" not in token.morph.get("Tense", [])


def plural_verb(head: Token) -> bool:
    """The verb, or one of its auxiliaries, is plural; an infinitive takes the number of the verb that
    controls it (`Emmanuel Macron et Olaf Scholz doivent se retrouver`, `sont convenus de se retrouver`)."""
    verb = head
    while "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return "Plur" in verb.morph.get("Number", []) or any(
        "Plur" in c.morph.get("Number", []) for c in verb.children if c.dep_.startswith("aux")
    )


def agrees_where_told(word: Token, noun: Token) -> bool:
    """Gender and number agree wherever the tagger gave both (a feature told for one side only agrees)."""
    for feature in ("Gender", "Number"):
        a, n = word.morph.get(feature, []), noun.morph.get(feature, [])
        if a and n and a != n:
            return False
    return True


def agrees_with_told(noun: Token, gender: str, number: str | None = None) -> bool:
    """The noun's gender (and number, when given) are the ones a word told (a participle's ending, `duquel`),
    wherever the tagger gave them: a feature it left out agrees."""
    genders, numbers = noun.morph.get("Gender", []), noun.morph.get("Number", [])
    return (not genders or gender in genders) and (number is None or not numbers or number in numbers)


def has_finite_verb(span: Span) -> bool:
    """Whether a word of the span is a finite verb form (`VerbForm=Fin`): a headline such as `X à Moscou à la
    veille du sommet` has none."""
    return any("Fin" in t.morph.get("VerbForm", []) for t in span)


def infinitive_form(verb: Token) -> bool:
    """`lancer`, `avoir lancé`, `être reçu`: an infinitive, or a participle whose auxiliary is one."""
    if "Inf" in verb.morph.get("VerbForm", []):
        return True
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)


def has_auxiliary(token: Token) -> bool:
    """The verb has an auxiliary of its own (`a ciblé`, `sont ouvertes`): a compound form, no bare participle."""
    return any(c.dep_.startswith("aux") for c in token.children)


def has_subject(verb: Token, besides: Token | None = None) -> bool:
    """The verb has a subject of its own, active, passive or an expletive `il` (other than `besides`): the
    parse repairs move a subject or a conjunct only onto a verb that has none."""
    return any(c.dep_ in SUBJECTS and (besides is None or c.i != besides.i) for c in verb.children)


def opens_sentence(token: Token) -> bool:
    """Only punctuation or spaces stand before `token`'s phrase in its sentence (`« Au cours de ...`)."""
    return all(t.is_punct or t.is_space for t in token.doc[token.sent.start : token.left_edge.i])


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
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in root.children)
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


def index_sentences(doc: Doc) -> None:
    """Make `token.sent` and `span.sent` read the sentence from one array of the doc's sentence starts.

    spaCy finds a token's sentence by slicing the doc twice and walking to both boundaries at each
    call, and the components ask for the sentence of the same tokens again and again. The hooks give
    the very span spaCy would (from the last `SENT_START` at or before the span to the first one
    after it); the starts are read again when the doc is retokenised (`per_doc`)."""
    if len(doc) and doc.has_annotation("SENT_START"):  # without boundaries spaCy raises: left to it
        doc.user_token_hooks["sent"] = _token_sentence
        doc.user_span_hooks["sent"] = _span_sentence


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start of each sentence (with the doc's end last), and the sentence number of each token."""
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1)
    if not len(starts) or starts[0] != 0:
        starts = numpy.concatenate(([0], starts))
    numbers = numpy.searchsorted(starts, numpy.arange(len(doc)), side="right") - 1
    return starts.tolist() + [len(doc)], numbers.tolist()


def _token_sentence(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    return _sentence_at(span.doc, span.start)  # spaCy's too: the sentence of the span's first token


def _sentence_at(doc: Doc, i: int) -> Span:
    bounds, numbers = per_doc(doc, "sentences", _sentence_bounds)
    k = numbers[min(i, len(numbers) - 1)]  # an empty span at the very end: the last sentence, as spaCy
    kept = doc.user_data.get(_KEPT_SENTENCES)
    if kept is None:
        return Span(doc, bounds[k], bounds[k + 1])
    span = kept.get(k)
    if span is None or span.end != bounds[k + 1] or span.start != bounds[k]:  # retokenised meanwhile
        span = kept[k] = Span(doc, bounds[k], bounds[k + 1])
    return span


_KEPT_SENTENCES = "news_kept_sentences"  # `doc.user_data` key: sentence number -> its span, inside `sentences_kept`


@contextmanager
def sentences_kept(doc: Doc) -> Iterator[None]:
    """Within the block, `token.sent` gives the same `Span` for every token of a sentence instead of
    a new one per call: the event extractor asks it tens of thousands of times per batch of articles.
    The spans are dropped at the end: a span refers to its doc, and kept in the doc they would tie
    it in a cycle only the garbage collector frees."""
    doc.user_data[_KEPT_SENTENCES] = {}
    try:
        yield
    finally:
        doc.user_data.pop(_KEPT_SENTENCES, None)


def window_start(token: Token, before: int) -> int:
    """The first token of the sentence `before` sentences ahead of `token`'s (its own for 0, the
    document's first when there are fewer): where a look back for what `token` refers to stops."""
    start = token.sent.start
    for _ in range(before):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def nouns_agreeing_before(pronoun: Token, parts_of_speech: frozenset[str]) -> Iterator[Token]:
    """The words of `parts_of_speech` before `pronoun`, nearest first, in its sentence or the one before, of
    its gender and number (none when the tagger gives the pronoun neither): the antecedents it may take up."""
    gender, number = pronoun.morph.get("Gender", []), pronoun.morph.get("Number", [])
    if not gender or not number:
        return
    doc = pronoun.doc
    for i in range(pronoun.i - 1, window_start(pronoun, 1) - 1, -1):
        token = doc[i]
        if (
            token.pos_ in parts_of_speech
            and token.morph.get("Gender", []) == gender
            and token.morph.get("Number", []) == number
        ):
            yield token


def after_comma(token: Token) -> bool:
    """The phrase `token` heads opens right after a comma inside its sentence (`, Moscou pilonne Kharkiv`); the
    parser may hang that comma on the phrase itself."""
    first = token.left_edge
    comma = first if first.text == "," else (token.doc[first.i - 1] if first.i > 0 else first)
    return comma.text == "," and token.sent.start < comma.i


def sentence_starts(doc: Doc) -> list[int]:
    """Start character of each sentence, for bisecting a character offset to its sentence."""
    return [sent.start_char for sent in doc.sents]


def sentence_number(starts: list[int], char: int) -> int:
    """Index (from 0) of the sentence holding character `char`, given `sentence_starts(doc)`."""
    return max(bisect_right(starts, char) - 1, 0)


def labelled(doc: Doc, labels: tuple[str, ...], deps: numpy.ndarray | None = None) -> list[int]:
    """Indices of the tokens whose dependency label is one of `labels`, read in bulk from the label
    array (`deps`, when the caller already has it): a parse repair has a few candidates per article,
    and testing every token's label in Python costs more than the repair."""
    ids = [doc.vocab.strings[label] for label in labels if label in doc.vocab.strings]
    if not ids:
        return []
    return numpy.flatnonzero(numpy.isin(doc.to_array(DEP) if deps is None else deps, ids)).tolist()


def rehang_at_once(doc: Doc, moves: Sequence[tuple[Token, Token, str]]) -> bool:
    """Hang each token of `moves` on its head with its label, all in one step (a token hung on itself
    is the root): a repair that swaps the root for another word passes through no tree with two roots.
    As `rehang`, nothing is kept when sentence boundaries would move; True when the moves were kept."""
    starts = [s.start for s in doc.sents]
    before = doc.to_array([HEAD, DEP])
    heads = before.copy()
    for token, head, dep in moves:  # offsets as unsigned, as spaCy stores them
        heads[token.i] = ((head.i - token.i) % 2**64, doc.vocab.strings.add(dep))
    doc.from_array([HEAD, DEP], cast(Ints2d, heads))
    if [s.start for s in doc.sents] != starts or _in_cycle(token for token, _, _ in moves):
        doc.from_array([HEAD, DEP], cast(Ints2d, before))
        return False
    return True


def _in_cycle(tokens: Iterable[Token]) -> bool:
    """Whether climbing the heads from any of `tokens` comes back to a token passed (a repair that hung a
    word under its own dependent): spaCy cannot find the root of a phrase of such a tree."""
    for token in tokens:
        seen = {token.i}
        while token.head.i != token.i:
            token = token.head
            if token.i in seen:
                return True
            seen.add(token.i)
    return False


def rehang(doc: Doc, moves: Sequence[tuple[Token, Token]], dep: str) -> None:
    """Hang each token of `moves` on its new head with the label `dep`: the parse repairs correct where
    a word hangs, never where sentences are, so when the moves would shift a sentence boundary none is
    kept."""
    starts = [s.start for s in doc.sents]
    before = [(token, token.head, token.dep_) for token, _ in moves]
    for token, head in moves:
        token.head = head
        token.dep_ = dep
    if [s.start for s in doc.sents] != starts or _in_cycle(token for token, _ in moves):
        for token, head, old in before:
            token.head = head
            token.dep_ = old


def past_clitics(doc: Doc, i: int, end: int) -> int:
    """The index of the first word from `i` (before `end`) that is no weak pronoun (`SUBJECT_CLITICS`): where
    the verb of a subject told right before `i` stands (`X s'est entretenu`, `X n'a pas répondu`)."""
    while i < end and doc[i].lower_ in SUBJECT_CLITICS:
        i += 1
    return i
