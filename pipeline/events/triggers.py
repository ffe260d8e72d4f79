"""Event triggers: the words that say a call, meeting, strike, sanction or statement happened.

The knowledge lives in `models/events/triggers.csv` (one row per trigger sense, see
`models/events/README.md`); this module only turns the rows into spaCy `Matcher` /
`PhraseMatcher` patterns, applies each row's context constraints and keeps one trigger per head
token. Ambiguities such as `appeler Trump` (call) vs `appeler à la retenue` (statement) are
resolved by the rows' `requires_any` / `forbids_any` columns, not by code.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline import config
from pipeline.actors.filters import title_words
from pipeline.actors.patterns import load_wordlist
from pipeline.events.clauses import (
    detached_auxiliary,
    has_possessive_article,
    has_purpose_mark,
    is_gerund,
    is_purpose_clause,
    journey_verb,
    participle_subject_tokens,
    shared_subjects,
)
from pipeline.events.demonstratives import events_told_by_demonstrative
from pipeline.events.domain import (
    may_use_folded,
    off_domain_types,
    sentence_surfaces,
    sentences_with_first_words,
    uses_any,
)
from pipeline.events.measure_pronouns import measures_told_by_pronoun
from pipeline.events.measures import measure_of
from pipeline.events.phrases import (
    RELATIVE_WORDS,
    actor_index,
    date_tokens,
    demonym_state,
    foreign_goods,
    is_office_noun,
    is_person,
    is_time_anchor,
    markers,
    preposition,
)
from pipeline.nlp.extensions import ACTORS_KEY, DATES_KEY
from pipeline.nlp.gating import GatedMatcher
from pipeline.nlp.syntax import PARTICIPLE_ENDINGS, has_auxiliary, past_participle, plural_verb, window_start
from pipeline.nlp.tokens import lower_texts, per_doc
from pipeline.schema import EVENT_TYPES
from pipeline.text import fold, normalize_name, split_cell

TRIGGERS_PATH = config.MODELS_DIR / "events" / "triggers.csv"
OFF_DOMAIN_PATH = config.MODELS_DIR / "events" / "off_domain.csv"
PRIVATE_TRAVELLERS_PATH = config.MODELS_DIR / "events" / "private_travellers.txt"
KINDS = ("verb", "noun", "phrase")
_POS_BY_KIND = {"verb": ["VERB", "ADJ"], "noun": ["NOUN", "PROPN"]}
_REQUIRED_COLUMNS = ("pattern_id", "event_type", "kind", "lemma", "cameo", "plover", "confidence")
_DEFAULT_REQUIRES_SCOPE = "sent"
_DEFAULT_FORBIDS_SCOPE = "dep"
_ANCESTOR_HOPS = 3  # `anc` scope: enough for a verb in a relative clause inside a participle clause


@dataclass(frozen=True)
class TriggerRule:
    """One row of triggers.csv: one sense of one trigger word or phrase."""

    pattern_id: str
    event_type: str
    kind: str
    lemmas: tuple[str, ...]  # lemmas (verb/noun) or phrases (phrase)
    forms: str = ""  # regex on the lower-cased token, fallback when the lemmatizer is wrong
    pattern: str = ""  # JSON spaCy Matcher pattern(s); overrides lemmas/forms
    requires_any: tuple[str, ...] = ()
    requires_scope: str = _DEFAULT_REQUIRES_SCOPE
    forbids_any: tuple[str, ...] = ()
    forbids_scope: str = _DEFAULT_FORBIDS_SCOPE
    forbids_dep: tuple[str, ...] = ()  # relations of the head to its governor that void the rule
    cameo: str = ""
    plover: str = ""
    confidence: float = 0.5


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a parsed doc: the words, their syntactic head and the codes of the rule."""

    event_type: str
    span: Span
    head: Token
    cameo: str
    plover: str
    confidence: float
    rule_id: str
    kind: str = ""  # verb | noun | phrase: what the lexicon says the trigger is, whatever the tagger said


def _rule_from_row(row: dict[str, str], path: Path, line: int) -> TriggerRule:
    where = f"{path}, line {line}"
    missing = [c for c in _REQUIRED_COLUMNS if not (row.get(c) or "").strip()]
    if missing:
        raise ValueError(f"{where}: empty required column(s) {', '.join(missing)}")
    if row["event_type"] not in EVENT_TYPES:
        raise ValueError(f"{where}: event_type {row['event_type']!r} is not one of {EVENT_TYPES}")
    if row["kind"] not in KINDS:
        raise ValueError(f"{where}: kind {row['kind']!r} is not one of {KINDS}")
    if row.get("pattern"):
        try:
            json.loads(row["pattern"])
        except json.JSONDecodeError as err:
            raise ValueError(f"{where}: the pattern column is not valid JSON ({err})") from err
    return TriggerRule(
        pattern_id=row["pattern_id"].strip(),
        event_type=row["event_type"].strip(),
        kind=row["kind"].strip(),
        lemmas=split_cell(row["lemma"]),
        forms=(row.get("forms") or "").strip(),
        pattern=(row.get("pattern") or "").strip(),
        requires_any=split_cell(row.get("requires_any")),
        requires_scope=(row.get("requires_scope") or _DEFAULT_REQUIRES_SCOPE).strip(),
        forbids_any=split_cell(row.get("forbids_any")),
        forbids_scope=(row.get("forbids_scope") or _DEFAULT_FORBIDS_SCOPE).strip(),
        forbids_dep=split_cell(row.get("forbids_dep")),
        cameo=row["cameo"].strip(),
        plover=row["plover"].strip(),
        confidence=float(row["confidence"]),
    )


def load_triggers(path: Path = TRIGGERS_PATH) -> list[TriggerRule]:
    """Read the trigger lexicon; errors name the file, the line and the reason."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"trigger lexicon not found: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if (r.get("pattern_id") or "").strip()]
    rules = [_rule_from_row(row, path, i + 2) for i, row in enumerate(rows)]
    ids = [r.pattern_id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{path}: duplicate pattern_id(s) {', '.join(duplicates)}")
    return rules


def _phrase_words(phrase: str) -> list[list[str]]:
    """Word lists for a phrase as spaCy's French tokenizer may split it (hyphens kept or split)."""
    variants = []
    for text in {phrase, phrase.replace("'", "’")}:
        kept = re.findall(r"[\w-]+['’]?|[^\w\s]", text)
        split = re.findall(r"\w+['’]?|[^\w\s]", text)
        variants.extend([kept, split])
    unique = []
    for words in variants:
        if words not in unique:
            unique.append(words)
    return unique


def participles(verb: str) -> tuple[str, ...]:
    """The past participles of a regular first-group verb (`geler` -> `gelé`, `gelée`, `gelés`,
    `gelées`): the French model often tags them ADJ with themselves as lemma (`a gelé les avoirs`),
    and a lexicon written with infinitives must still find them. Other verbs have irregular
    participles; their rows list them in `forms`."""
    if " " in verb or not verb.endswith("er") or verb == "aller" or len(verb) < 4:
        return ()
    stem = verb[:-2]
    return tuple(stem + ending for ending in PARTICIPLE_ENDINGS)


def _token_patterns(rule: TriggerRule) -> list[list[dict]]:
    if rule.pattern:
        loaded = json.loads(rule.pattern)
        return loaded if loaded and isinstance(loaded[0], list) else [loaded]
    patterns: list[list[dict]] = []
    if rule.lemmas:
        patterns.append([{"LEMMA": {"IN": list(rule.lemmas)}, "POS": {"IN": _POS_BY_KIND[rule.kind]}}])
        # lemmas are lower-cased in the data; sentence-initial tokens may keep a capital lemma
        patterns.append([{"LOWER": {"IN": list(rule.lemmas)}, "POS": {"IN": _POS_BY_KIND[rule.kind]}}])
    if rule.forms:
        patterns.append([{"LOWER": {"REGEX": rule.forms}}])
    return patterns


_CONDITION_MARKS = frozenset({"si", "s'", "s’"})


def _scope_tokens(head: Token, span: Span, scope: str) -> Iterable[Token]:
    """Tokens a context constraint looks at: `sent`, `dep` (dependents, grand-dependents, the
    marker of an infinitive hung on a dependent (`a appelé X à « faire »`) and governor of the head,
    and the governor's dependents when the head is an infinitive it controls: `les ministres
    doivent se retrouver`), `child` (direct dependents only), `gov` (the
    governor only), `subj` (the subject phrase, or that of the verb a coordinated or controlled head
    shares it with), `bearer` (the main clause's subject that a participle opening the sentence, or set off by commas
    after it, qualifies), `anc` (up to three governors up the tree), `sib` (the governor's dependents
    after the head behind `de`, `sur` or `à`: the rate and the goods of a duty that the parser hangs on
    the verb), `appos` (appositions to the direct dependents, where the parser leaves a displaced
    object), `np` (the noun phrase of the head down to three levels, no clause),
    `prev` (the sentence before), `before` (all the text before the sentence), an integer N (N
    tokens either side of the span), or a sum (`dep+N`, `child+gov`).

    The marker of an infinitive (`à` in `conduit Poutine à appeler Trump`) belongs to the clause
    above, not to the trigger's complements, so it is never part of the context; the `si` of a condition
    (`si Brasilia ripostait`) is the trigger's own clause, so it is."""
    return (
        t
        for t in _raw_scope_tokens(head, span, scope)
        if not (t.dep_ == "mark" and t.head.i == head.i and t.i < head.i and fold(t.lower_) not in _CONDITION_MARKS)
        and not _inside_adverbial_locution(t)
    )


def _report_incise(verb: Token) -> bool:
    """`, a fait savoir l'Élysée`, `, a indiqué un porte-parole`: a verb of saying (`reporting_tail` in
    markers.csv, or a causative of `faire savoir`) hung on the trigger after it, with no mark, its speaker
    told after it (the inversion of a report; the parser may take the speaker for an object)."""
    lemma = fold(verb.lemma_.lower())
    return (
        verb.dep_ in {"parataxis", "advcl", "conj"}
        and verb.pos_ in {"VERB", "AUX"}
        and verb.i > verb.head.i
        and (lemma in markers()["reporting_tail"] or lemma in {"faire", "laisser"})
        and not any(c.dep_ in {"mark", "nsubj"} and c.i < verb.i for c in verb.children)
        and any(c.dep_ in {"nsubj", "nsubj:pass", "obj"} and c.i > verb.i for c in verb.children)
    )


def _inside_adverbial_locution(token: Token) -> bool:
    """`tour à tour`: a word fixed inside an adverb of the clause (nlp/adverbial_locutions.py) says nothing of
    the trigger's complements (its `à` is no `appeler à`)."""
    return token.dep_ == "fixed" and token.head.dep_ == "advmod" and token.head.pos_ in {"NOUN", "ADV"}


def _raw_scope_tokens(head: Token, span: Span, scope: str) -> Iterable[Token]:
    for part in scope.split("+"):
        part = part.strip()
        if part == "sent":
            yield from head.sent
        elif part == "prev":  # `Une autre tranche doit s'appliquer le 15 décembre`: the duties told just before
            start = head.sent.start
            if start > 0:
                yield from head.doc[start - 1].sent
        elif part == "before":  # `Le treizième paquet avait été adopté en février`: the packages told earlier
            yield from head.doc[: head.sent.start]
        elif part == "child":
            yield from head.children
        elif part == "appos":  # `a rencontré, par son intermédiaire, son épouse`: the object hung as an apposition
            yield from (g for c in head.children for g in c.children if g.dep_ == "appos")
        elif part == "subj":  # `ils sont convenus de ... et se retrouveront`: the subject phrase, shared or own
            yield from _subject_words(head)
        elif part == "bearer":  # `Réunis à Capri, les ministres du G7 ont ...`: the subject a participle qualifies
            yield from participle_subject_tokens(head)
        elif part == "np":  # `l'expulsion de six agents du réseau consulaire`: the noun's phrase, no clause
            yield from _noun_phrase_words(head, _NOUN_PHRASE_HOPS)
        elif part == "gov":  # `les difficultés rencontrées`: the noun a participle qualifies
            if head.head is not head:
                yield head.head
                if _hung_on_date(head):  # `ont tenu lundi des consultations`: the object hung on the day
                    yield head.head.head
        elif part == "anc":  # `les taxes, qui s'ajoutent aux droits, frapperont les constructeurs`
            yield from _governors(head, _ANCESTOR_HOPS)
        elif part == "sib":  # `a imposé des droits de 25 % sur les véhicules`: the parser hangs both on the verb
            for gov in _object_governors(head):
                yield from (s for s in gov.children if s.i > head.i and _complement_of_noun(s))
                quoted = _quoted_modifier(head, gov)
                if quoted is not None:  # `des droits « réciproques » de 34 %`: the quoted word taken for an object
                    yield from quoted.children
        elif part == "dep":
            for child in head.children:
                if is_time_anchor(child, preposition(child)):
                    continue  # `a reçu X un an après l'accord`: the event it is dated against, not its own words
                if _report_incise(child):
                    continue  # `X a appelé Y, a fait savoir l'Élysée`: the report's words, not the trigger's
                yield child
                dated = child.i in _date_roots(child.doc)
                share = fold(child.lemma_) in markers()["share"]
                for grandchild in child.children:
                    yield grandchild
                    if dated:  # `doit se rendre la semaine prochaine à Oslo`: `à Oslo` hung on the date
                        yield from grandchild.children
                    elif share:  # `a suspendu l'ensemble de ses échanges commerciaux`: the share's whole
                        yield from grandchild.children
                    if (
                        grandchild.pos_ == "VERB"
                        and grandchild.dep_ in {"acl", "xcomp"}
                        and child.dep_ != "acl:relcl"
                        and child.pos_ != "VERB"
                        and "Inf" in grandchild.morph.get("VerbForm", [])
                    ):
                        # `a appelé ses homologues à « renforcer »`: the `à` of the object's infinitive;
                        # not in a relative clause (`un appel de X, qui l'a exhorté à ...`: X's exhortation)
                        # nor in a clause of its own (`a appelé X pour l'exhorter à ...`: the call's purpose);
                        # a finite clause on the noun is a relative (`, une conversation que X a décrite`)
                        yield from (m for m in grandchild.children if m.dep_ == "mark")
            if head.head is not head:
                yield head.head
            if head.dep_ == "xcomp":  # `les ministres doivent se retrouver`: the controller's phrases
                yield from head.head.children
        elif part.isdigit():
            doc = head.doc
            start = max(span.start - int(part), head.sent.start)
            end = min(span.end + int(part), head.sent.end)
            yield from (doc[i] for i in range(start, end) if not span.start <= i < span.end)
        elif part:
            raise ValueError(
                f"unknown scope {scope!r} in triggers.csv "
                "(sent, prev, before, dep, np, child, subj, bearer, gov, anc, sib, appos, N, or a sum: dep+N)"
            )


_NOUN_PHRASE_HOPS = 3
_NOUN_PHRASE_DEPS = frozenset({"nmod", "amod", "conj", "nummod", "flat:name"})


def _noun_phrase_words(head: Token, hops: int) -> Iterable[Token]:
    """The nouns and adjectives of `head`'s phrase down to `hops` levels (`de`, adjective, `et`), not
    its clauses: `l'expulsion de six agents du réseau consulaire` reaches `consulaire`, `l'expulsion des
    squatteurs installés près du consulat` does not reach `consulat`."""
    level = [head]
    for _ in range(hops):
        level = [c for t in level for c in t.children if c.dep_ in _NOUN_PHRASE_DEPS]
        yield from level


def _date_roots(doc: Doc) -> frozenset[int]:
    """The root tokens of the doc's dates, computed once per doc: the parser hangs phrases of the
    verb on a date standing between them."""
    roots = doc.user_data.get(_DATE_ROOTS)
    if roots is None:
        roots = frozenset(span.root.i for span in doc.spans.get(DATES_KEY, []))
        doc.user_data[_DATE_ROOTS] = roots
    return roots


_DATE_ROOTS = "events.triggers.date_roots"


def _subject_words(head: Token) -> Iterable[Token]:
    """The words of the head's subject phrase, or of the verb it is coordinated with or controlled by
    (`ils sont convenus de ... et se retrouveront`: `ils` for `meet_se_retrouver`)."""
    for subject in shared_subjects(head):
        yield from subject.subtree


def _quoted_modifier(head: Token, gov: Token) -> Token | None:
    """`des droits « réciproques » de 34 %`: the parser takes a quoted word right after the noun for a
    second dependent of the noun's governor and hangs the noun's complements on it."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text not in {"«", '"', "“"}:
        return None
    word = doc[head.i + 2]
    return word if word.head.i == gov.i and word.i != gov.i else None


def _object_governors(head: Token) -> list[Token]:
    """The head's governor, and the verb above it when the parser hung the object on a day standing
    between them (`a imposé vendredi des droits de 15 %`: `droits` under `vendredi`, `%` on the verb)."""
    gov = head.head
    if head.dep_ == "nmod" and gov.dep_ == "obl:mod" and gov.head.pos_ == "VERB" and gov.i < head.i:
        return [gov, gov.head]
    return [gov]


def _complement_of_noun(token: Token) -> bool:
    """A phrase after `de`, `sur` or `à` (`de 25 %`, `sur les véhicules`, `aux voitures`): what could
    complete the noun before it, unlike `pour 20 % du prix`."""
    return any(c.dep_ == "case" and c.lower_ in _NOUN_COMPLEMENT_PREPS for c in token.children)


_NOUN_COMPLEMENT_PREPS = frozenset({"de", "d'", "d’", "des", "du", "sur", "à", "au", "aux"})


def _hung_on_date(noun: Token) -> bool:
    """`ont tenu lundi des consultations à Tokyo`: the parser hangs the verb's object on the day told
    between them; the noun's governor is then the verb above that day."""
    day = noun.head
    if noun.dep_ != "nmod" or day.dep_ not in {"obl:mod", "obj"} or day.head.pos_ not in {"VERB", "AUX"}:
        return False
    return day.i in date_tokens(noun.doc)


def _governors(head: Token, hops: int) -> Iterable[Token]:
    """The head's governor, its governor's governor ... up to `hops` steps: the noun a relative or
    participle clause hangs on, when the parser attaches the verb to the clause rather than the noun."""
    token = head
    for _ in range(hops):
        if token.head is token:
            return
        token = token.head
        yield token


def _has_any(
    tokens: Iterable[Token],
    words: tuple[str, ...],
    head: Token,
    counts: Callable[[Token], bool] | None = None,
    *,
    tails: bool = False,
) -> bool:
    """A listed word (lemma or lower-cased form) among the tokens, or a listed phrase of several
    words starting at one of them (`ligne directe`). With `counts`, only a token it accepts counts
    (asked only of the tokens that hold a listed word: most hold none). With `tails`, the last part of
    a hyphenated word counts too (`bateau-drone`), for the words a rule requires, not the ones it
    forbids (`se retrouver à la tête de` is no `tête-à-tête`)."""
    wanted, phrases = _word_sets(words)
    for tok in tokens:
        if tok.i == head.i:
            continue
        lower = tok.lower_
        listed = (
            (tok.lemma_.lower() in wanted and tok.dep_ != "cc")  # `puis`, lemma `pouvoir` for the tagger
            or lower in wanted
            or (tails and _compound_tail(tok) in wanted)
            or any(_phrase_at(tok, p) for p in phrases.get(lower, ()))
        )
        if listed and (counts is None or counts(tok)):
            return True
    return False


def _compound_tail(tok: Token) -> str:
    """The last part of a hyphenated noun (`bateau-drone`, `navire-drone`: `drone`), which names the
    weapon as the whole word would; parts of three letters or fewer (`cessez-le-feu`) are no word."""
    tail = tok.lower_.rpartition("-")[2]
    return tail if "-" in tok.lower_ and len(tail) > 3 else ""


_ELISION = re.compile(r"(\b\w['’])(?=\w)")


@lru_cache(maxsize=1024)
def _word_sets(words: tuple[str, ...]) -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """A rule's single words, and its phrases of several words by their first word (a token is
    compared only with the phrases it may start), split once per rule, not per trigger."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for w in words:
        if " " in w:
            # `appels d'offres`: the tokenizer parts an elided word from the next, as the phrase is read here
            parts = tuple(_ELISION.sub(r"\1 ", w).split())
            phrases.setdefault(parts[0], []).append(parts)
    return frozenset(w for w in words if " " not in w), {k: tuple(v) for k, v in phrases.items()}


def _phrase_at(tok: Token, words: tuple[str, ...]) -> bool:
    """The phrase's words start at `tok` (read on the doc's lower-cased words, kept once per doc)."""
    return tuple(lower_texts(tok.doc)[tok.i : tok.i + len(words)]) == words


def _calls_for(head: Token) -> bool:
    """`a appelé X et son rival Y à des négociations immédiates`: an `à` phrase of an appeal
    (`appeal_objects` in markers.csv) anywhere under `appeler`, not inside a purpose clause
    (`pour l'inviter à des négociations` is what a call was for)."""
    words = markers()["appeal_objects"]
    doc = head.doc
    for tok in head.subtree:
        if tok.lower_ not in {"à", "au", "aux"} or tok.i < head.i:
            continue
        nxt = next((t for t in doc[tok.i + 1 : tok.i + 4] if t.pos_ != "DET"), None)
        if nxt is None or fold(nxt.lemma_.lower()) not in words and fold(nxt.lower_) not in words:
            continue
        under = [a for a in tok.ancestors if a.i != head.i and head in a.ancestors]
        if not any(has_purpose_mark(a) for a in under):
            return True
    return False


_BEYOND_SENTENCE = ("prev", "before")  # the scopes that read outside the trigger's sentence


def _absent_from_sentence(head: Token, words: tuple[str, ...], scope: str) -> bool:
    """No word of the list (form, lemma, last part of a hyphenated word, first word of a phrase) in
    the trigger's sentence, for a scope that stays inside it: `_has_any` would find none. Most
    rules' forbidden words are absent from most sentences, and this tells it without a `Token`."""
    if any(part in scope for part in _BEYOND_SENTENCE):
        return False
    wanted, phrases = _word_sets(words)
    present = _sentence_words(head)
    return wanted.isdisjoint(present) and phrases.keys().isdisjoint(present)


def _sentence_words(head: Token) -> frozenset[str]:
    """The lower-cased forms and lemmas of the head's sentence, and the tails of its hyphenated words
    (kept per sentence for the doc's other triggers; read off the token arrays, no `Token` made)."""
    doc = head.doc
    known: dict[int, frozenset[str]] = per_doc(doc, "trigger_sentence_words", lambda _: {})
    sent = head.sent
    found = known.get(sent.start)
    if found is None:
        lowers = set(lower_texts(doc)[sent.start : sent.end])
        pairs = per_doc(doc, "lower_and_lemma_ids", _lower_and_lemma_ids)[sent.start : sent.end]
        # a lemma is most often the lower-cased form of a word of the sentence: only the others are looked up
        strings = doc.vocab.strings
        lemmas = [strings[x].lower() for x in set(pairs[:, 1].tolist()) - set(pairs[:, 0].tolist())]
        tails = [w.rpartition("-")[2] for w in lowers if "-" in w]
        found = known[sent.start] = frozenset([*lowers, *lemmas, *tails])
    return found


def _lower_and_lemma_ids(doc: Doc) -> numpy.ndarray:
    """The (LOWER, LEMMA) ids of every token, as one array: only the sentences holding a trigger are
    turned into Python ints, by slice (a whole long article's `tolist` cost more than the reading)."""
    return doc.to_array([LOWER, LEMMA])


def constraints_hold(rule: TriggerRule, span: Span, head: Token) -> bool:
    """True when the rule's required context is present and its forbidden context absent."""
    if rule.pattern_id == "call_appeler" and _calls_for(head):
        return False
    if rule.requires_any:  # the scope is read only for a rule that asks for context (a sentence is long)
        absent = _absent_from_sentence(head, rule.requires_any, rule.requires_scope)
        read = not absent or PEOPLE in rule.requires_any
        required = list(_scope_tokens(head, span, rule.requires_scope)) if read else []
        if not (
            (
                not absent
                and _has_any(
                    required, rule.requires_any, head, lambda t: not (_time_locution(t) or _in_date(t)), tails=True
                )
            )
            or (PEOPLE in rule.requires_any and _people_together(required, head, span))
            or (PERSON_OBJECT in rule.requires_any and _person_object(head))
            or (FOREIGN_GOODS in rule.requires_any and _foreign_goods(head, span))
            or (ACTOR_AGENT in rule.requires_any and _actor_agent(head))
            or (STATE_ADJECTIVE in rule.requires_any and _state_adjective(head))
            or (JOURNEY_PURPOSE in rule.requires_any and _journey_purpose(head))
            or (counted_partitive(head) and _has_any(_told_before(head), rule.requires_any, head))
        ):
            return False
    forbidden = _scope_tokens(head, span, rule.forbids_scope)
    if (
        rule.forbids_any
        and not _absent_from_sentence(head, rule.forbids_any, rule.forbids_scope)
        and _has_any(
            forbidden,
            rule.forbids_any,
            head,
            lambda t: (
                not _time_locution(t)
                and not _in_lifting_phrase(t)
                and not _name_word(t)
                and not _in_org_name(t)
                and not _in_purpose(t, head)
                and not _in_relative_aside(t, head)
                and not _addressee_of_report(t, head)
            ),
        )
    ):
        return False
    if rule.forbids_any and _compound_word(head) in rule.forbids_any:
        return False
    if PRIVATE_TRAVELLER in rule.forbids_any and _private_traveller(head):
        return False
    if POPULATION_OBJECT in rule.forbids_any and _population_object(head):
        return False
    if OWN_CIRCLE in rule.forbids_any and _own_circle_object(head):
        return False
    if URGED_INFINITIVE in rule.forbids_any and _urged_infinitive(head):
        return False
    if JOURNEY_PURPOSE in rule.forbids_any and _journey_purpose(head):
        return False
    if rule.event_type == "strike" and (_verbal_target(head) or _any_one(head)):
        return False
    if rule.event_type in OFFICE_TYPES and _office_of(head):
        return False
    return not (rule.forbids_dep and _forbidden_relation(head, rule.forbids_dep, rule.event_type))


def _told_before(head: Token) -> Span:
    """The two sentences before the head's: where the noun `en` stands for was told (`counted_partitive`)."""
    return head.doc[window_start(head, 2) : head.sent.start]


def counted_partitive(head: Token) -> bool:
    """`Paris en expulse quatre`, `Moscou en a renvoyé une dizaine`: the pronoun `en` stands for the noun told
    in the sentence before, counted by the verb's object; the words that noun brings count as the verb's own."""
    children = list(head.children)
    return any(c.lower_ == "en" and c.i < head.i for c in children) and any(
        c.dep_ == "obj" and (c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children)) for c in children
    )


OFFICE_TYPES = frozenset({"strike", "sanction"})


def _office_of(head: Token) -> bool:
    """`les directeurs des opérations militaires des deux armées`, `le responsable des sanctions au
    Trésor`: a strike or measure noun after `de` on a noun of office names what the office is in charge
    of, not an act."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "nmod"
        and head.head.pos_ == "NOUN"
        and head.head.i < head.i
        and any(c.dep_ == "case" and fold(c.lower_) in {"de", "des", "du", "d'"} for c in head.children)
        and is_office_noun(head.head)
    )


def _phrase_head(span: Span) -> Token:
    """`en imposant des restrictions à l'exportation`, the parser hanging `à l'exportation` on the main
    verb: a phrase whose words hang on two governors outside it is headed by its first such word (a
    French noun phrase opens with its head), not by the one nearest the sentence's root."""
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    return outside[0] if len(outside) > 1 else span.root


PEOPLE = "@people"  # in `requires_any`: named people with a plural verb (`_people_together`)
PRIVATE_TRAVELLER = "@private_traveller"  # in `forbids_any`: a journey of private life (`_private_traveller`)
POPULATION_OBJECT = "@population_object"  # in `forbids_any`: a people as the object (`_population_object`)
OWN_CIRCLE = "@own_circle"  # in `forbids_any`: the subject's own people as the object (`_own_circle_object`)
URGED_INFINITIVE = "@urged_infinitive"  # in `forbids_any`: `à` + an infinitive closing the clause (`_urged_infinitive`)
JOURNEY_PURPOSE = "@journey_purpose"  # the infinitive a journey is made for (`_journey_purpose`): a meeting, no call
PERSON_OBJECT = "@person_object"  # in `requires_any`: a person of the knowledge base as the verb's object
FOREIGN_GOODS = "@foreign_goods"  # in `requires_any`: goods named with a state's demonym after the measure
ACTOR_AGENT = "@actor_agent"  # in `requires_any`: a person or state of the knowledge base as the agent (`par X`)
STATE_ADJECTIVE = "@state_adjective"  # in `requires_any`: a state's demonym as the noun's adjective (`tirs russes`)


@lru_cache(maxsize=1)
def private_travellers(path: Path = PRIVATE_TRAVELLERS_PATH) -> frozenset[str]:
    """Nouns of private life (models/events/private_travellers.txt), folded."""
    return load_wordlist(path)


def _private_traveller(head: Token) -> bool:
    """`Le footballeur X s'est rendu à Madrid`, `L'acteur X a effectué une visite en Grèce`: the subject
    phrase of a journey (of the light verb whose object the journey noun is) holds a noun of private
    life (private_travellers.txt): a trip, not an envoy's visit. A player or a singer received by a
    head of state is told by `recevoir`, which this does not read."""
    verb = head.head if head.pos_ == "NOUN" and head.dep_ == "obj" else head
    words = private_travellers()
    return any(
        fold(t.lemma_.lower()) in words or fold(t.lower_) in words for s in shared_subjects(verb) for t in s.subtree
    )


def _population_object(head: Token) -> bool:
    """`Le président a appelé les Français dimanche soir`: a people named by its demonym after `les`
    (`les Français`, `les Ukrainiens`) as the verb's object is the nation addressed, not a party called."""
    return any(
        c.dep_ == "obj"
        and c.text[:1].isupper()
        and any(d.lower_ == "les" for d in c.children)
        and demonym_state(c.text) is not None
        for c in head.children
    )


def _urged_infinitive(head: Token) -> bool:
    """`X a dénoncé l'attaque et appelé les États-Unis et la France, garants de la trêve, à intervenir`:
    `à` and an infinitive after the verb's object and its appositions, with no other verb between, is
    what the verb urges them to do (the parser may hang it on the first verb): an appeal, not a call."""
    doc = head.doc
    for i in range(head.i + 1, head.sent.end - 1):
        t = doc[i]
        if t.pos_ in {"VERB", "AUX"} or t.lower_ in {"pour", "afin", "avant", "après", "qui", "que", "qu'", "dont"}:
            return False
        if t.lower_ in {"à", "a"} and "Inf" in doc[i + 1].morph.get("VerbForm", []):
            return True
    return False


def _journey_purpose(head: Token) -> bool:
    """`X doit se rendre samedi à Moscou pour en parler avec Y`, `est parti à Pékin pour discuter avec Y`: the
    infinitive under `pour` of a verb of journey (`journey` in markers.csv, `se rendre`) is the talk the
    traveller goes to hold there, a meeting the journey gives; not a call."""
    if "Inf" not in head.morph.get("VerbForm", []) or head.dep_ not in {"advcl", "xcomp", "obl", "acl"}:
        return False
    return has_purpose_mark(head) and journey_verb(head.head)


def _own_circle_object(head: Token) -> bool:
    """`Le Premier ministre a réuni son cabinet de sécurité`, `a réuni ses chefs militaires`: the object
    is the subject's own government, staff or forces (`own_circle` in markers.csv) behind a possessive,
    a meeting at home with no other party; `a réuni ses homologues` is one with the other side."""
    dates = _date_roots(head.doc)
    # `a réuni dimanche ses ambassadeurs`: the parser hangs the object on the day
    objects = [g for c in head.children for g in ([c] if c.i not in dates else list(c.children))]
    return any(
        c.dep_ == "obj" and has_possessive_article(c) and fold(c.lemma_.lower()) in markers()["own_circle"]
        for c in objects
    )


def _foreign_goods(head: Token, span: Span) -> bool:
    """`des taxes sur le porc et le fromage américains`: goods of another state after the measure word
    (`@foreign_goods` in `requires_any`, phrases.foreign_goods)."""
    return bool(foreign_goods(head, span.end))


def _state_adjective(head: Token) -> bool:
    """`les tirs pakistanais`, `des tirs russes`: a state's demonym as the adjective of the noun makes the
    state its author (`@state_adjective` in `requires_any`); `des tirs cadrés` names no one."""
    return any(c.dep_ == "amod" and c.i > head.i and demonym_state(c.text) is not None for c in head.children)


def _person_object(head: Token) -> bool:
    """`M. Modi doit retrouver M. Xi en juin`: a person of the actor knowledge base as the object of
    the verb is someone met (`@person_object` in `requires_any`); `retrouver la croissance` is not."""
    found = actor_index(head.doc, ACTORS_KEY)
    objects = [c for c in head.children if c.dep_ == "obj"]
    # `a réuni dimanche à Londres X et Y`: the object after a place, hung on it as an apposition
    objects += [g for c in head.children if c.dep_.startswith("obl") for g in c.children if g.dep_ == "appos"]
    names = [t for c in objects for t in (c, *c.children) if t.i == c.i or t.dep_ == "flat:name"]  # `M.` + `Xi`
    return any(_person_at(found, t.i) for t in names) or any(_person_clitic(c, found) for c in objects)


def _actor_agent(head: Token) -> bool:
    """`Joint par téléphone samedi par le président ukrainien, X a réaffirmé ...`: a person or state of the
    actor knowledge base after `par` on the participle is who made the call (`@actor_agent` in
    `requires_any`); `Joint par téléphone, X a déclaré`, with no such agent, was reached by the reporter."""
    found = actor_index(head.doc, ACTORS_KEY)
    for child in head.children:
        if not child.dep_.startswith("obl") or preposition(child) != "par":
            continue
        span = found.get(child.i)
        if span is not None and span._.actor_id.startswith(("person:", "state:")):
            return True
        # `par le chancelier allemand`: a title whose state alone was resolved (not `par le quotidien allemand`)
        titled = normalize_name(child.lemma_) in title_words()
        if titled and any(c.i in found and found[c.i]._.actor_id.startswith("state:") for c in child.children):
            return True
    return False


def _person_clitic(pronoun: Token, found: dict[int, Span]) -> bool:
    """`X ne cache plus sa proximité avec Y. Il l'a revu en juin`: an object clitic (`object_clitic` in
    markers.csv) before the verb, where its sentence and the one before name two people, stands for
    one of them; `Il a présenté son plan et l'a revu en juin`, with one person named, is a text revised."""
    plural = pronoun.lower_ == "les"  # `Y les a réunis`: the people named before, together
    if pronoun.pos_ != "PRON" or pronoun.i > pronoun.head.i:
        return False
    if not plural and fold(pronoun.lower_) not in markers()["object_clitic"]:
        return False
    start = window_start(pronoun, 1)
    people = {s._.actor_id for i, s in found.items() if start <= i < pronoun.i and is_person(s)}
    return len(people) >= 2


def _people_together(tokens: Iterable[Token], head: Token, span: Span) -> bool:
    """`Emmanuel Macron et Xi Jinping se sont de nouveau retrouvés vendredi`: a person's name in the
    scope (a person of the actor knowledge base, or a name the model tags as one), or right before
    the trigger's words when the parser loses the subject, with a plural verb names the people who
    meet each other (`@people` in `requires_any`); `X s'est retrouvé seul` is singular."""
    if not plural_verb(head):
        return False
    found = actor_index(head.doc, ACTORS_KEY)
    before = [head.doc[span.start - 1]] if span.start > head.sent.start else []
    tokens = [*tokens, *before]
    if any(_person_at(found, t.i) or t.ent_type_ == "PER" for t in tokens if t.i != head.i):
        return True
    # `les Américains et les Chinois se sont retrouvés`: two peoples named by their nouns are two sides
    peoples = {found[t.i]._.actor_id for t in tokens if t.i in found and _people_noun(t, found[t.i])}
    return len(peoples) >= 2


def _people_noun(token: Token, span: Span) -> bool:
    """`les Américains`: a plural noun of a people (a demonym the resolver gave a state)."""
    return (
        span._.mention_kind == "demonym"
        and token.pos_ in {"NOUN", "PROPN"}
        and "Plur" in token.morph.get("Number", ["Plur"])
    )


def _person_at(found: dict[int, Span], i: int) -> bool:
    return i in found and is_person(found[i])


def _any_one(head: Token) -> bool:
    """`tout projectile tiré depuis le Liban entraînerait une riposte`, `toute attaque contre un allié`:
    a strike noun, or the noun its participle qualifies, under the free-choice `tout`/`toute` (no
    article) is any strike of a kind, a rule or a threat, not one that took place; as the object of a
    verb (`Le Kremlin nie toute frappe sur des civils`) it is the strike reported and denied."""
    nouns = [head]
    if head.pos_ in {"VERB", "ADJ"}:  # the noun it qualifies, or the one the parser made its subject
        nouns = [head.head] if head.dep_ in {"acl", "amod"} else []
        nouns += [c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < head.i]
    return any(
        c.dep_ == "det" and c.lower_ in {"tout", "toute"}
        for n in nouns
        if n.pos_ == "NOUN" and n.dep_ != "obj"  # `nie toute frappe`: a denial of the strike reported
        for c in n.children
    )


def _verbal_target(head: Token) -> bool:
    """`une attaque frontale contre le plan de X`, `a attaqué la réforme`: an attack whose target is a
    plan, a policy or a text (`verbal_target` in markers.csv) is words, not arms: the object of the
    verb, or the `contre` phrase of the noun, also when the parser hangs it on the verb after the noun
    (`a lancé une attaque contre le plan`)."""
    targets = markers()["verbal_target"]
    if head.pos_ in {"VERB", "ADJ"}:
        aimed = [c for c in head.children if c.dep_ == "obj"]
    else:
        after = [c for c in head.head.children if c.i > head.i] if head.dep_ == "obj" else []
        aimed = [c for c in [*head.children, *after] if preposition(c) == "contre"]
    return any(fold(c.lemma_.lower()) in targets for c in aimed)


def _in_purpose(token: Token, head: Token) -> bool:
    """A word of the trigger's purpose clause (`a reçu X pour accélérer un accord`, `pour discuter
    de l'aide`): what the event is for, not what it is (`recevoir un accord`, `recevoir de l'aide`). The
    clause's own verb is one of them (`a appelé X pour lui faire part de ...`: not `faire appel`)."""
    if token.i != head.i and token.head.i == head.i and _purpose(token):
        return True
    clause = token.head
    return clause.head.i == head.i and _purpose(clause)


def _purpose(verb: Token) -> bool:
    """A purpose clause, also where the parser hangs it as the verb's `xcomp` (`pour l'exhorter à ...`)."""
    return is_purpose_clause(verb) or (verb.dep_ == "xcomp" and verb.pos_ == "VERB" and has_purpose_mark(verb))


# with the forms a preposition makes of `lequel` (`à qui il a remis`, `auquel`, `duquel`)
_RELATIVE_WORDS = RELATIVE_WORDS | {"auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles"}


def _relative_clause(verb: Token) -> bool:
    """A clause opened by a relative pronoun (`à qui il a remis une lettre`), whatever the label the
    parser gave it: it says something of a participant, never what the verb above it did."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    first = next((t for t in verb.subtree if t.pos_ != "PUNCT"), verb)
    if first.pos_ == "ADP" and first.i + 1 < len(verb.doc):
        first = verb.doc[first.i + 1]  # `à qui`, `avec lequel`
    return first.i < verb.i and first.lower_ in _RELATIVE_WORDS and first.pos_ in {"PRON", "ADV"}


def _addressee_of_report(token: Token, head: Token) -> bool:
    """`Trump a dit aux journalistes qu'il avait eu une conversation avec Xi`: the press that a verb of
    saying (`reporting_tail` in markers.csv) addresses, above the clause it reports, is outside the
    reported event; its words do not say what that event is."""
    phrase = token
    while phrase.head.i != phrase.i and phrase.head.pos_ not in {"VERB", "AUX"}:
        phrase = phrase.head
    verb = phrase.head
    if phrase.i == verb.i or verb.i == head.i or fold(preposition(phrase)) not in {"a", "au", "aux"}:
        return False
    if fold(verb.lemma_.lower()) not in markers()["reporting_tail"]:
        return False
    return any(a.i == verb.i for a in head.ancestors) and not any(a.i == phrase.i for a in head.ancestors)


def _in_relative_aside(token: Token, head: Token) -> bool:
    """A word inside a relative clause the parser hung on a verb trigger (`a été reçu par le sultan,
    à qui il a remis une lettre`): `lettre` is what the visitor handed over, not what he received. A
    verb takes no relative clause of its own, so the clause belongs to a participant. The clause's
    own verb still counts."""
    if head.pos_ != "VERB":
        return False
    for above in token.ancestors:
        if above.i == head.i:
            return False
        if above.head.i == head.i:
            return _relative_clause(above)
    return False


def _name_word(token: Token) -> bool:
    """A capitalised word inside a name (`son homologue australien, Don Farrell`): not the common
    noun a rule forbids (`recevoir un don`)."""
    named = token.pos_ == "PROPN" or any(c.dep_ == "flat:name" for c in token.children)
    return named and token.text[:1].isupper() and token.i > token.sent.start


def _in_org_name(token: Token) -> bool:
    """A word inside the name of an organisation the resolver found (`selon l'Observatoire syrien
    des droits de l'homme`, `l'Organisation mondiale du commerce`): part of a name, not the common
    noun a rule forbids (`droit` of `droits de douane`). The name's first word counts when it keeps
    its capital inside the sentence (`a reçu une délégation du Fonds monétaire international`), not
    when it is a common noun the recogniser swept into the name (`des fonds de la Banque mondiale`).
    The words after a person's title word name that person too (`le chef d'état-major des armées
    françaises s'est rendu à Abidjan`: no army that surrenders). A capitalised word of another actor's
    name is that name (`une visite de travail à la Maison Blanche`: no house visited)."""
    span = actor_index(token.doc, ACTORS_KEY).get(token.i)
    if span is not None and span.label_ == "TITLE":
        return span.start < token.i
    if span is None:
        return False
    capital = token.text[:1].isupper() and token.i > token.sent.start
    if span.label_ != "ORG":  # `une visite à la Maison Blanche`: a seat of power is no house visited
        return capital
    return span.start < token.i or capital


def _in_lifting_phrase(token: Token) -> bool:
    """`face` inside `face à face` (`forbid_lifting` in markers.csv): the phrase tells two sides meeting, so the
    word is no bar a rule sets (`se retrouver face à la crise`)."""
    doc, word = token.doc, fold(token.lower_)
    for phrase in markers()["forbid_lifting"]:
        words = [fold(w) for w in phrase.split()]
        for k in (k for k, w in enumerate(words) if w == word):
            start = token.i - k
            if start >= 0 and start + len(words) <= len(doc):
                if [fold(t.lower_) for t in doc[start : start + len(words)]] == words:
                    return True
    return False


def _in_date(token: Token) -> bool:
    """A word of a temporal expression (`dans les prochains jours`, `en mai`): it says when, it is not
    the preposition of a place or a partner a rule requires (`est attendu dans la capitale`)."""
    return token.i in date_tokens(token.doc)


def _time_locution(token: Token) -> bool:
    """The `à`/`au` of a time locution (`au cours de la nuit`, `au lendemain du sommet`, `à
    plusieurs reprises`; `time_locution` nouns of markers.csv): it says when, it is not the `à` of
    `appeler à` (to call for) that a rule requires or forbids."""
    noun = token.head
    if token.dep_ != "case" or fold(noun.lemma_) not in markers()["time_locution"]:
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.lower_ == "reprises" or (after is not None and after.lower_.startswith(("de", "du", "d'", "d’")))


def _compound_word(head: Token) -> str:
    """The hyphenated word the head is the end of (`libre-échange`), lower-cased; the tokenizer
    may split it in three and the parser put the pieces anywhere, even in two sentences."""
    doc, i = head.doc, head.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{head.lower_}"
    return head.lower_


def _forbidden_relation(head: Token, relations: tuple[str, ...], event_type: str = "") -> bool:
    """The head hangs on its governor by a relation the rule excludes (`un groupe appelé Wagner`:
    `appelé` as an adjective names, it does not call), or has a dependent by an excluded
    `child:` relation (`la ville s'appelle Dnipro`: `child:expl:comp`, the reflexive clitic), a day
    excepted. A participle with its agent still denotes an act (`Biden, appelé mardi par Macron`, `X a été appelé
    par Y`; without it, `child:aux:pass` voids the rule: `X a été appelé pour aider`), and so does
    a measure in an infinitive complement of a noun (`la décision de Londres de sanctionner trois banques`)."""
    # a day the parser took for an attribute (`se sont retrouvées lundi à Istanbul`, `lundi` as `xcomp`)
    # is no attribute (`se sont retrouvés isolés`)
    dates = _date_roots(head.doc)
    kids = {
        f"child:{c.dep_.lower()}"
        for c in head.children
        if not _emphatic_as_auxiliary(c)
        # `se sont retrouvés pour parler de l'Iran`: a purpose is no attribute (`se sont retrouvés isolés`)
        and not (c.dep_ == "xcomp" and (c.i in dates or _purpose(c)))
        and not _relative_as_complement(c)
        and not (c.dep_ == "expl:comp" and c.lower_ == "y")  # `il y a vu X`: the place, no reflexive `se`
    }
    agent = any(child.dep_ == "obl:agent" or _par_phrase(child, head) for child in head.children)
    if kids & set(relations) - ({"child:aux:pass"} if agent else set()):
        return True
    if head.dep_.lower() not in relations or (event_type == "sanction" and "Inf" in head.morph.get("VerbForm", [])):
        return False
    if is_gerund(head):  # `a réagi aux essais en gelant les avoirs de X`: `en` makes it an act, hung as `acl`
        return False
    if _compound_past(head) and head.dep_.lower() != "parataxis":  # `« ... », a répliqué X` stays an incise
        return False
    return not agent


def _relative_as_complement(child: Token) -> bool:
    """`Elle y a vu son homologue, avec qui elle a promis de ...`: the parser may hang a relative clause on
    the verb as its complement clause; a clause opening on a relative pronoun (after its preposition)
    is no `voir que` complement."""
    if child.dep_ != "ccomp":
        return False
    first = next((t for t in child.subtree if t.pos_ != "ADP" and not t.is_punct), child)
    return first.i < child.i and "Rel" in first.morph.get("PronType", [])


def _emphatic_as_auxiliary(child: Token) -> bool:
    """`qui avait lui-même appelé X`: the parser may take the emphatic pronoun for the passive
    auxiliary; a pronoun is no auxiliary, and the clause stays active."""
    return child.dep_.startswith("aux") and child.pos_ == "PRON"


def _par_phrase(child: Token, head: Token) -> bool:
    """`L'Inde, sanctionnée par Washington`: the parser often gives the agent of a participle set
    beside a name as a plain `nmod` or `obl` with `par`; it is still the agent (`les entreprises
    sanctionnées par l'UE`, a class of firms, stays no act), and so is that of a participle set before
    the clause (`Appelé lundi par X, Y a promis ...`)."""
    return (
        "Part" in head.morph.get("VerbForm", [])
        and (head.head.pos_ == "PROPN" or head.dep_ == "advcl")
        and child.dep_ in {"nmod", "obl", "obl:mod"}
        and any(c.dep_ == "case" and c.lower_ == "par" for c in child.children)
    )


def _compound_past(head: Token) -> bool:
    """`Washington et Londres ont gelé les avoirs`: a participle with the auxiliary `avoir` is a
    verb in the past tense, whatever relation the parser gave it (here `amod` of `avoirs`), and so
    is one whose `avoir` the parser detached (`a annoncé avoir gelé les avoirs`)."""
    if any(c.lemma_ == "avoir" and c.dep_ in {"aux:tense", "cop"} for c in head.children):
        return True
    return detached_auxiliary(head) is not None


def _qualifies_trigger_noun(trigger: Trigger, kept: list[Trigger]) -> bool:
    """`une frappe ciblée contre un chef du Hamas`, `une frappe aérienne ciblée`: a bare past
    participle right after a trigger noun of its own type (adverbs and adjectives between)
    qualifies that noun, whatever relation the parser gives it (often `xcomp` of the main verb,
    its `contre` phrase taken for an agent); it is not a second act. A participle with its own
    auxiliary (`la frappe a ciblé`) is a verb of its own."""
    head = trigger.head
    if trigger.kind != "verb" or not past_participle(head) or has_auxiliary(head):
        return False
    nouns = [t for t in kept if t.kind != "verb" and t.event_type == trigger.event_type and t.span.end <= head.i]
    for before in range(head.i - 1, head.sent.start - 1, -1):
        if any(t.span.start <= before < t.span.end for t in nouns):
            return True
        if head.doc[before].pos_ not in {"ADV", "ADJ"}:  # `une frappe aérienne ciblée`, `des frappes très ciblées`
            return False
    return False


def _riposte_manner(trigger: Trigger, kept: list[Trigger]) -> bool:
    """`L'armée a bombardé des positions russes, en riposte à des tirs sur Kramatorsk`: a strike noun after `en`
    (`en riposte`, `en représailles`) tells how another strike of its sentence, told outside its phrase, was
    made; it is not a second act (the act it answers, inside its phrase, is one)."""
    head = trigger.head
    if trigger.kind != "noun" or trigger.event_type != "strike" or fold(preposition(head)) != "en":
        return False
    return any(
        t is not trigger
        and t.event_type == "strike"
        and t.head.sent.start == head.sent.start
        and not head.is_ancestor(t.head)
        for t in kept
    )


def _names_measure_of(trigger: Trigger, kept: list[Trigger]) -> bool:
    """`a ajouté onze entités à sa liste de contrôle des exportations`, `à la liste des gels d'avoirs`: a
    measure noun hung by `de` on a word of this measure trigger says what the measure is (export
    controls, asset freezes); that noun is the one measure told, with its own kind, and this trigger
    is not a second one."""
    if trigger.event_type != "sanction":
        return False
    others = [t for t in kept if t is not trigger and t.event_type == "sanction"]
    if any(_kind_of_measure(t, trigger) for t in others):
        return True
    # `a inscrit sept personnes sur sa liste de sanctions`: a bare `sanctions` says only what the list is;
    # the verb that puts them on it tells the measure and its sides
    return not measure_of(trigger.rule_id) and any(_hung_by_de(trigger, t) for t in others)


def _kind_of_measure(noun: Trigger, measure: Trigger) -> bool:
    """`liste de contrôle des exportations`: a noun of a known kind of measure (measure_kinds.csv) that says
    what the measure is; a bare `liste de sanctions` names no kind, and the measure trigger stays."""
    return bool(measure_of(noun.rule_id)) and _hung_by_de(noun, measure)


def _hung_by_de(noun: Trigger, measure: Trigger) -> bool:
    """The noun trigger hangs by `de` on a word of the other trigger (`sa liste de sanctions`)."""
    head = noun.head
    if noun.kind == "verb" or head.dep_ != "nmod" or fold(preposition(head)) not in {"de", "d'", "d’", "du", "des"}:
        return False
    return measure.span.start <= head.head.i < measure.span.end


def _capitalised_participle(token: Token) -> bool:
    """A participle that opens its sentence (`Frappée dans la nuit par des drones, ...`, `Sanctionnée
    par Washington, ...`) is often tagged a proper noun for its capital; no name entity covers it."""
    return token.pos_ == "PROPN" and bool(token.is_sent_start) and not token.ent_type_


def load_off_domain(path: Path = OFF_DOMAIN_PATH) -> dict[str, tuple[str, ...]]:
    """Event type -> words whose presence in a sentence means the trigger is not about conflict
    or diplomacy (`frappe` in a football report, `frapper` for a tsunami)."""
    out: dict[str, list[str]] = {}
    if not Path(path).exists():
        return {}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for event_type in split_cell(row["event_types"]):
                out.setdefault(event_type, []).extend(split_cell(row["words"]))
    return {k: tuple(v) for k, v in out.items()}


def _public_figure_talk(rule: TriggerRule, head: Token) -> bool:
    """`les joueurs ont été reçus à l'Élysée par Emmanuel Macron`: a meeting or call whose subject,
    agent, object or `avec`/`entre` phrase (a noun's `de` too: `la visite de X`) is a person of the
    actor knowledge base (leaders, ministers, officials: no players) is news even among a game's
    words; the guidelines count a leader meeting sportsmen."""
    if rule.event_type not in {"meeting", "call"}:
        return False
    from pipeline.actors.kb import load_kb

    people = load_kb().actors
    roles = {"nsubj", "nsubj:pass", "obl:agent", "obj"}
    sides = {"avec", "entre", "de"} if head.pos_ in {"NOUN", "PROPN"} else {"avec", "entre"}
    taking_part = {c.i for c in head.children if c.dep_ in roles or preposition(c) in sides}
    for span in head.doc.spans.get(ACTORS_KEY, []):
        known = people.get(span._.actor_id or "")
        if known is not None and known.actor_type == "person" and span.root.i in taking_part:
            return True
    return False


TOURNAMENT_SENTENCES, TOURNAMENT_SHARE = 3, 0.25
_TEAM_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "obl:agent", "obl:arg"})


def _teams_playing(rule: TriggerRule, head: Token) -> bool:
    """`Le Pérou a rencontré le Danemark samedi à Saransk`, `la Russie a reçu l'Espagne` in an article
    on a tournament (`team_game` in markers.csv: `coupe du monde`, `match`): a meeting between states
    alone, no leader or envoy named in its clause, is a game between national teams."""
    if rule.event_type not in {"meeting", "call"}:
        return False
    sides = [c for c in head.children if c.dep_ in _TEAM_ROLES or preposition(c) == "avec"]
    sides += [g for c in sides for g in c.children if g.dep_ == "conj"]
    found = actor_index(head.doc, ACTORS_KEY)
    ids = {found[c.i]._.actor_id for c in sides if c.i in found and found[c.i]._.actor_id}
    return len(ids) >= 2 and all(i.startswith("state:") for i in ids)


class TriggerMatcher:
    """All trigger rules compiled once: single words into lookup tables, multi-word patterns into a
    token `Matcher`, phrases into a `PhraseMatcher`.

    Single-word rules are most of the lexicon; as ~200 one-token Matcher patterns (with regexes)
    they cost a fifth of the model's own time, as dictionary lookups almost nothing. The results
    are the same: a lemma or lower-case form with an allowed part of speech, or a `forms` regex.
    """

    def __init__(self, vocab: Vocab, rules: list[TriggerRule]) -> None:
        self.rules = {r.pattern_id: r for r in rules}
        self.matcher = GatedMatcher(vocab)  # each pattern tried only in the sentences holding its words
        self.phrase_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.by_word: dict[str, list[TriggerRule]] = {}
        self.by_form: list[tuple[re.Pattern, TriggerRule]] = []
        self.by_participle: dict[str, list[TriggerRule]] = {}
        self._form_cache: dict[int, list[TriggerRule]] = {}
        self.vocab = vocab
        self.off_domain_words = load_off_domain()
        self.team_game_words = tuple(sorted(markers()["team_game"]))
        for rule in rules:
            if rule.kind == "phrase" and not rule.pattern:
                docs = [Doc(vocab, words=w) for p in rule.lemmas for w in _phrase_words(p)]
                self.phrase_matcher.add(rule.pattern_id, docs)
            elif rule.pattern:
                self.matcher.add(rule.pattern_id, _token_patterns(rule))
            else:
                for word in rule.lemmas:
                    self.by_word.setdefault(word, []).append(rule)
                    if rule.kind == "verb":
                        for form in participles(word):
                            self.by_participle.setdefault(form, []).append(rule)
                if rule.forms:
                    self.by_form.append((re.compile(rule.forms), rule))
        # the regexes as one alternation: most words match none, and one search tells so
        self._any_form = re.compile("|".join(f"(?:{p.pattern})" for p, _ in self.by_form) or "(?!)")
        # lemmas are lower-case in the data; a sentence-initial lemma may keep its capital
        keys = set(self.by_word) | {w.capitalize() for w in self.by_word} | set(self.by_participle)
        self._hashes = frozenset(vocab.strings.add(w) for w in keys)

    def _candidates(self, doc: Doc) -> list[tuple[TriggerRule, Span]]:
        sentences = [(s.start, s.end) for s in doc.sents]
        found = sorted(self.matcher(doc, sentences), key=lambda m: (m[1], m[2])) + list(self.phrase_matcher(doc))
        vocab = doc.vocab
        out = [(self.rules[vocab.strings[key]], doc[start:end]) for key, start, end in found]
        for i in self._word_positions(doc):
            token = doc[i]
            for rule in self._word_rules(token):
                out.append((rule, doc[i : i + 1]))
        return out

    def _word_positions(self, doc: Doc) -> list[int]:
        """Indices of tokens that may be single-word triggers: a word or lemma of the lexicon, or a
        word one of its regexes accepts (each distinct word is tested once, then cached)."""
        if not len(doc):
            return []
        lower, lemma = doc.to_array([LOWER, LEMMA]).T
        words, inverse = numpy.unique(lower, return_inverse=True)  # each distinct word looked up once
        hashes, forms_of = self._hashes, self._forms_of
        found = [w in hashes or bool(self.by_form and forms_of(w, doc)) for w in words.tolist()]
        lemmas, lemma_inverse = numpy.unique(lemma, return_inverse=True)
        by_lemma = numpy.array([x in hashes for x in lemmas.tolist()], dtype=bool)
        keep = numpy.array(found, dtype=bool)[inverse.ravel()] | by_lemma[lemma_inverse.ravel()]
        return numpy.flatnonzero(keep).tolist()

    def _forms_of(self, lower: int, doc: Doc) -> list[TriggerRule]:
        forms = self._form_cache.get(lower)
        if forms is None:
            text = doc.vocab.strings[lower]
            forms = [r for pattern, r in self.by_form if pattern.search(text)] if self._any_form.search(text) else []
            self._form_cache[lower] = forms
        return forms

    def _word_rules(self, token: Token) -> list[TriggerRule]:
        forms = self._forms_of(token.lower, token.doc)  # regexes run once per distinct word form
        rules = [
            r
            for key in {token.lemma_.lower(), token.lower_}
            for r in self.by_word.get(key, ())
            if token.pos_ in _POS_BY_KIND[r.kind]
        ]
        if token.pos_ == "ADJ" or _capitalised_participle(token):
            # `a gelé` tagged ADJ with the lemma `gelé`, `Frappée dans la nuit par des drones, la raffinerie
            # ...` tagged PROPN for its capital: the participle is the verb's
            rules += self.by_participle.get(token.lower_, [])
        return list(dict.fromkeys(rules + forms))

    def off_domain(self, trigger_type: str, sentence_surface: str) -> bool:
        """True when the sentence (its surface, `sentence_surfaces`) is about sport or a natural disaster for this
        event type."""
        words = self.off_domain_words.get(trigger_type)
        if not words:
            return False
        return uses_any(sentence_surface, words)

    def _tournament(self, surfaces: dict[int, str]) -> bool:
        """An article on a tournament: `team_game` words in a quarter of its sentences, or in three (a
        political article that names the World Cup once is not one)."""
        using = sum(1 for text in surfaces.values() if uses_any(fold(text), self.team_game_words))
        return using >= min(TOURNAMENT_SENTENCES, TOURNAMENT_SHARE * len(surfaces))

    def find_triggers(self, doc: Doc) -> list[Trigger]:
        """Triggers of a parsed doc, one per head token, longest and most specific rule first."""
        valid = []
        candidates = list(self._candidates(doc))
        # a film review, a match report: read only when a trigger may be voided
        surfaces = sentence_surfaces(doc) if candidates else {}
        fiction_or_game = off_domain_types(doc, surfaces=surfaces) if candidates else frozenset()
        # read once, and only for a talk between states alone (every sentence is folded); never when
        # the article has none of the words of a game
        tournament: bool | None = None if may_use_folded(doc, self.team_game_words) else False
        off_sentence: dict[tuple[str, int], bool] = {}  # a sentence holds several candidates of one type
        for rule, span in candidates:
            head = _phrase_head(span) if rule.kind == "phrase" else span.root
            key = (rule.event_type, head.sent.start)
            if key not in off_sentence:
                words = self.off_domain_words.get(rule.event_type, ())
                maybe = key[1] in sentences_with_first_words(doc, words)  # most sentences: no word of the list
                off_sentence[key] = maybe and self.off_domain(rule.event_type, surfaces[key[1]])
            off = rule.event_type in fiction_or_game or off_sentence[key]
            if not off and tournament is not False and _teams_playing(rule, head):
                if tournament is None:
                    tournament = self._tournament(surfaces)
                off = tournament
            if off and not _public_figure_talk(rule, head):
                continue
            if constraints_hold(rule, span, head):
                valid.append((rule, span, head))
        # longer spans, then rules whose required context was found, then confidence
        valid.sort(key=lambda c: (-len(c[1]), -bool(c[0].requires_any), -c[0].confidence, c[1].start))
        kept: list[Trigger] = []
        taken_tokens: set[int] = set()
        for rule, span, head in valid:
            if head.i in taken_tokens or any(i in taken_tokens for i in range(span.start, span.end)):
                continue
            taken_tokens.update(range(span.start, span.end))
            kept.append(
                Trigger(
                    rule.event_type, span, head, rule.cameo, rule.plover, rule.confidence, rule.pattern_id, rule.kind
                )
            )
        kept = [
            t
            for t in kept
            if not _qualifies_trigger_noun(t, kept) and not _names_measure_of(t, kept) and not _riposte_manner(t, kept)
        ]
        # `Il vise aussi des raffineries chinoises` after a package of sanctions: the package's reach
        # `après celle de 100 % sur les voitures chinoises`: one more event of the noun the pronoun takes up
        return events_told_by_demonstrative(measures_told_by_pronoun(sorted(kept, key=lambda t: t.span.start)))
