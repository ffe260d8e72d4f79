"""Actor resolution: one node per real-world actor, correctly typed, with no junk.

`resolve(mention, kb)` resolves one string; the `actor_resolver` component (after `ner` and the
parser) gathers the document's candidates (NER entities, a PhraseMatcher over the KB's names,
metonyms and demonyms, government-body and title patterns) and hands them to
`actor_resolution.resolve_candidates`. It writes `doc.spans["actors"]` (with `span._.actor_id`,
`span._.mention_kind`), `doc.spans["places"]`, `doc.spans["compounds"]` and `doc._.actors`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.actors.compounds import compound_spans
from pipeline.actors.counterparts import resolve_counterparts
from pipeline.actors.filters import (
    owned_nouns,
    place_locutions,
    ship_flags,
    ship_name_pattern,
    stopnames,
    thing_nouns,
    title_words,
    venue_nouns,
)
from pipeline.actors.kb import DEFAULT_DIR, KnowledgeBase, load_kb
from pipeline.actors.patterns import (
    Hit,
    find_bodies,
    find_titles,
    french_tokenizer,
    load_bodies,
    load_titles,
)
from pipeline.actors.places import place_spellings
from pipeline.actors.resolution import (
    PLACE_PREPOSITIONS,
    Candidate,
    Resolved,
    document_actors,
    new_actor,
    resolve_candidates,
    resolve_known,
)
from pipeline.articles.metadata import dateline_spans
from pipeline.dates.lexicon import temporal_words
from pipeline.nlp.extensions import ACTORS_KEY, COMPOUNDS_KEY, DATES_KEY, PLACES_KEY, register_extensions
from pipeline.nlp.gating import Words
from pipeline.nlp.syntax import index_sentences
from pipeline.nlp.tokens import doc_text
from pipeline.schema import Actor
from pipeline.text import FRENCH_ARTICLES, fold, normalize_name, word_key


def resolve(
    mention: str, kb: KnowledgeBase, *, published: date | None = None, ner_label: str | None = None
) -> Actor | None:
    """The actor one mention string denotes, or None for places, junk and unknown MISC."""
    found = resolve_known(mention, kb)
    if found is not None:
        return found[0]
    tokens = french_tokenizer()(mention.strip(" \t\n,;:.!?"))
    words = [word_key(t.text) for t in tokens]
    capitals = [t.text[:1].isupper() for t in tokens]
    first = 1 if words and words[0] in FRENCH_ARTICLES else 0
    hits = find_titles(words, kb, load_titles(), published)
    hits += find_bodies(words, kb, load_bodies(), capitals, load_titles())
    for hit in hits:
        if hit.start == first and hit.end == len(words):
            return hit.actor
    return new_actor(mention, ner_label, kb)


@Language.factory(
    "news_actor_resolver",
    default_config={"kb_dir": None},
    assigns=["doc.spans", "doc._.actors", "span._.actor_id", "span._.mention_kind", "span._.state_ids"],
    requires=["doc.ents", "token.pos", "token.is_sent_start"],
)
def make_actor_resolver(nlp: Language, name: str, kb_dir: str | None) -> ActorResolver:
    """spaCy factory: the KB (models/actors by default) is loaded once, the matchers built once."""
    return ActorResolver(nlp, load_kb(Path(kb_dir) if kb_dir else DEFAULT_DIR))


class ActorResolver:
    """Thin wrapper: candidates from the Doc, resolution by pure functions, spans on the Doc."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        register_extensions()
        self.kb = kb
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.demonyms = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.names.add("KB", [nlp.make_doc(s) for s in sorted(_spellings(kb))])
        forms = {f for fs in kb.adjective_forms.values() for f in fs}
        self.demonyms.add("DEMONYM", [nlp.make_doc(f) for f in sorted(forms)])
        self.bodies, self.titles = load_bodies(), load_titles()
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places.add("PLACE", [nlp.make_doc(s) for s in place_spellings()])

    def __call__(self, doc: Doc) -> Doc:
        index_sentences(doc)
        text = doc_text(doc)
        candidates = self.candidates(doc)
        actors, places = resolve_candidates(candidates, self.kb, text, doc._.published)
        actors = resolve_counterparts(doc, actors, self.kb, doc._.published)
        self.set_annotations(doc, actors, places)
        return doc

    def candidates(self, doc: Doc) -> list[Candidate]:
        """NER entities, KB phrase matches and pattern hits, in document order. Bylines
        (`Par Claire Dumas`) name the author, who is not an actor."""
        glossed = {ent.text for ent in doc.ents if _is_acronym_gloss(doc, ent)}
        demonyms = self.demonyms(doc, as_spans=True)
        people = {(s.start, s.end) for s in demonyms if _demonym_for_people(doc, s)}
        out = [
            self._candidate(
                doc,
                _before_listed_people(
                    _before_inner_article(
                        _without_closing_function_word(_without_trailing_day(_without_article(_extended(doc, ent))))
                    )
                ),
                "MISC" if ent.text in glossed else ent.label_,
            )
            for ent in doc.ents
            if not _is_byline(doc, ent) and (ent.start, ent.end) not in people and not _is_date(doc, ent)
        ]
        out.extend(self._candidate(doc, span, "PER") for span in _honorific_names(doc))
        seen = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        gazetteer = self.places(doc, as_spans=True)
        # a place of the gazetteer the NER missed (`un dépôt de la région de Briansk`)
        out.extend(
            self._candidate(doc, span, "LOC")
            for span in gazetteer
            if not any(i in seen for i in range(span.start, span.end))
        )
        # `la base d'Aïn al-Assad`: a name of the knowledge base inside a longer place of the gazetteer is that place
        longer = [(s.start, s.end) for s in gazetteer if len(s) > 1]
        persons = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PER"]
        out.extend(
            replace(self._candidate(doc, span, None), surname_of_person=_ends_person(span, persons))
            for span in self.names(doc, as_spans=True)
            if not any(a <= span.start and span.end <= b and b - a > len(span) for a, b in longer)
        )
        out.extend(self._candidate(doc, span, None) for span in demonyms if (span.start, span.end) not in people)
        text = doc_text(doc)
        words, capitals = _word_keys(doc)
        hits = find_titles(words, self.kb, self.titles, doc._.published, capitals)
        hits += find_bodies(words, self.kb, self.bodies, capitals, self.titles)
        out.extend(self._hit(doc, hit) for hit in hits)
        datelines = dateline_spans(text)  # the city and agency of a wire dateline are no actors
        if datelines:
            out = [c for c in out if not _inside(c, datelines)]
        ships = list(ship_name_pattern().finditer(text))
        if ships:  # `le destroyer USS Carney`: a ship, even when a KB person bears the name
            spans = [m.span() for m in ships]
            out = [c for c in out if not _inside(c, spans)]
            out.extend(c for m in ships if (c := self._flag_state(m)) is not None)
        return sorted(out, key=lambda c: (c.start, -c.end))

    def _flag_state(self, ship: re.Match[str]) -> Candidate | None:
        """`l'USS Carney`: the state whose navy flies the ship (ship_prefixes.csv), told as by its
        adjective (`un destroyer américain`): a strike on the ship is one on that state."""
        flag = ship_flags().get(ship.group().split()[0])
        actor = self.kb.state(flag) if flag else None
        if actor is None:
            return None
        return Candidate(ship.start(), ship.end(), ship.group(), actor=actor, kind="demonym")

    def _candidate(self, doc: Doc, span: Span, label: str | None) -> Candidate:
        after_thing = label is not None and _names_a_thing(doc, span)  # read once, whatever the label becomes
        thing = label in ("PER", "ORG") and (after_thing or _apposed_thing(doc, span))
        if label is not None and (_is_gloss(doc, span) or thing):
            label = "MISC"  # a translation in brackets, a ship or a building names no actor
        if label in ("PER", "ORG") and _imperative(doc, span):
            label = "MISC"  # `Allez-y à fond`: a verb with its pronoun, no name
        if label in ("PER", "ORG", "MISC") and _after_place_locution(doc, span):
            # `des positions près de Tinzaouatène` (ORG), `des obus près de Beit Hanoun` (PER): where, not
            # who; a name of the knowledge base is still read as its actor
            label = "LOC"
        first = span[0]
        pos = first.pos_
        return Candidate(
            span.start_char,
            span.end_char,
            span.text,
            label,
            pos,
            bool(first.is_sent_start),
            _locative(doc, span.start),
            common_word=label is not None and pos == "NOUN" and len(span) == 1 and doc.vocab[first.lower_].has_vector,
            in_longer_name=_in_longer_name(doc, span),
            in_venue=_names_a_thing(doc, span, venue_nouns()),
            names_thing=label == "LOC" and after_thing,
            honorific=label == "PER" and _after_lower_title(doc, span),
        )

    def _hit(self, doc: Doc, hit: Hit) -> Candidate:
        span = doc[hit.start : hit.end]
        return Candidate(
            span.start_char,
            span.end_char,
            span.text,
            actor=hit.actor,
            kind=hit.kind,
            in_venue=_names_a_thing(doc, span, venue_nouns()),
        )

    def set_annotations(self, doc: Doc, actors: list[Resolved], places: list[Resolved]) -> None:
        """Write the span groups and `doc._.actors`."""
        spans = []
        ner = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}
        for r in actors:
            span = doc.char_span(r.start, r.end, kb_id=r.actor.id) if r.actor is not None else None
            if span is None or r.actor is None:
                continue
            # the label says how the mention was found: the model's entity label when the model
            # saw it (PER, LOC, ORG, MISC), else our rule (KB, DEMONYM, TITLE, BODY, METONYM)
            found = next((ner[i] for i in range(span.start, span.end) if i in ner), None)
            span = Span(
                doc, span.start, span.end, label=found or _RULE_LABELS.get(r.kind or "", "KB"), kb_id=r.actor.id
            )
            span._.actor_id, span._.mention_kind = r.actor.id, r.kind
            spans.append(span)
        doc.spans[ACTORS_KEY] = spans
        doc.spans[PLACES_KEY] = [
            _without_preposition(s) for r in places if (s := doc.char_span(r.start, r.end, label="LOC"))
        ]
        doc.spans[COMPOUNDS_KEY] = compound_spans(doc, self.kb)
        doc._.actors = document_actors(actors, self.kb, doc._.published)


_RULE_LABELS = {"demonym": "DEMONYM", "title": "TITLE", "body": "BODY", "metonym": "METONYM"}


def _without_preposition(span: Span) -> Span:
    """`au Caire`, `aux Émirats`: the model may take the preposition into the place's entity; the place
    is the name after it (a table's location column reads `Caire`, not `au Caire`)."""
    start = span.start
    while start < span.end - 1 and span.doc[start].pos_ == "ADP":
        start += 1
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def _spellings(kb: KnowledgeBase) -> set[str]:
    """Every KB spelling and its hyphen/space and capitalised variants, for the ORTH matcher."""
    out = set()
    for forms in kb.surfaces.values():
        for form in forms:
            for variant in (form, form.replace("-", " "), form.replace(" ", "-")):
                out.add(variant)
                out.add(variant[:1].upper() + variant[1:])
    return {s for s in out if len(s) > 1}


def _after_place_locution(doc: Doc, span: Span) -> bool:
    """The span follows a locution of place (`près de`, `au large de`: place_locutions.txt), through
    an article (`au large de la Somalie`)."""
    end = span.start - (span.start > 0 and word_key(doc[span.start - 1].text) in FRENCH_ARTICLES)
    locutions = place_locutions()  # longest first
    if not locutions or end <= 0:
        return False
    before = tuple(word_key(t.text) for t in doc[max(0, end - len(locutions[0])) : end])  # read once
    return any(len(locution) <= len(before) and before[-len(locution) :] == locution for locution in locutions)


def _word_keys(doc: Doc) -> tuple[list[str], list[bool]]:
    """Each token's folded form (`word_key`) and whether it is capitalised, computed once per
    distinct word of the doc."""
    distinct, strings = Words.of(doc), doc.vocab.strings
    texts = [strings[i] for i in distinct.ids]
    keys = numpy.array([word_key(t) for t in texts] or [""], dtype=object)[distinct.inverse]
    capitals = numpy.array([t[:1].isupper() for t in texts] or [False], dtype=bool)[distinct.inverse]
    return keys.tolist(), capitals.tolist()


_HONORIFIC_NAME = re.compile(r"\b(?:M\.|Mme|Mlle)\s+[A-ZÀ-Ý][\w’'-]*(?:[ -][A-ZÀ-Ý][\w’'-]*){0,2}")


def _honorific_names(doc: Doc) -> list[Span]:
    """`a appelé vendredi M. Moon, qui l'a informé ...`: an honorific and the capitalised words after it
    name a person even where the tagger saw no entity (it often misses one before a relative clause)."""
    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    spans = []
    for m in _HONORIFIC_NAME.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) > 1 and not any(t.i in tagged for t in span):
            spans.append(span)
    return spans


def _is_date(doc: Doc, ent: Span) -> bool:
    """`Avant-hier, l'armée a bombardé ...`: an entity the temporal tagger read as a date, whole, is that
    date (the NER takes a capitalised day word opening a text for a place), neither actor nor place."""
    return any(d.start <= ent.start and ent.end <= d.end for d in doc.spans.get(DATES_KEY, []))


def _after_lower_title(doc: Doc, span: Span) -> bool:
    """`le patriarche Kirill`, `le général Tiani`: a title written in lower case just before a lone
    name says the name is a person's, as `M.` does (models/actors/title_words.txt)."""
    if len(span) != 1 or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.is_lower and normalize_name(before.text) in title_words()


def _inside(c: Candidate, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= c.start and c.end <= b for a, b in ranges)


def _without_article(span: Span) -> Span:
    """`le Trésor` -> `Trésor`: the article is not part of the actor's name, unless it is
    capitalised inside a sentence, where it belongs to the name (`à La Haye`, `Le Caire`)."""
    first = span[0]
    if len(span) > 1 and word_key(first.text) in FRENCH_ARTICLES:
        if first.text[:1].isupper() and not first.is_sent_start:
            return span
        return span[1:]
    return span


_DAY_OPENERS = frozenset({"du", "le", "au", "dès", "depuis"})
_LOWER_ARTICLES = frozenset({"le", "la", "les"})


def _before_inner_article(span: Span) -> Span:
    """`au siège de l'Alliance le ministre géorgien`: the NER may run a name into the noun phrase after it.
    Inside a name, a lower-case article follows a preposition (`Union pour la Méditerranée`, `Conseil de
    l'Europe`), never a capitalised word: there the name ends."""
    for k in range(1, len(span)):
        token, before = span[k], span[k - 1]
        if token.text in _LOWER_ARTICLES and before.text[:1].isupper() and before.pos_ not in {"ADP", "DET"}:
            return span[:k]
    return span


def _before_listed_people(span: Span) -> Span:
    """`de membres du Conseil national électoral et de responsables militaires`: the NER may run a name into
    the next item of a list. Inside a name, `et de` opens a complement with its article (`Office de
    l'immigration et de l'intégration`) or a capitalised one (`de l'Europe et des Affaires étrangères`);
    `et de` before a bare lower-case noun (`et de responsables`) opens another item: there the name ends."""
    for k in range(1, len(span) - 2):
        if span[k].lower_ == "et" and span[k + 1].lower_ in {"de", "d'", "d’"}:
            noun = span[k + 2]
            if noun.is_lower and noun.pos_ == "NOUN":
                return span[:k]
    return span


_CLOSING_FUNCTION_WORDS = frozenset({"ADP", "DET", "CCONJ"})


def _without_trailing_day(span: Span) -> Span:
    """`le Conseil de coopération turco-serbe du 3 au 5 décembre`: the NER may run an organisation's
    name into the day that follows it (`... turco-serbe du 3`); a closing number after `du`, `le` or
    `au` is a date, not part of the name; so is a lower-case weekday closing it."""
    if len(span) > 2 and span[-1].like_num and span[-2].lower_ in _DAY_OPENERS:
        return span[:-2]
    # `avec Mme May jeudi`: a lower-case weekday closing a name is the day the sentence tells
    if len(span) > 1 and span[-1].is_lower and len(span[-1]) > 4 and fold(span[-1].text) in temporal_words().weekday:
        return span[:-1]
    return span


def _without_closing_function_word(span: Span) -> Span:
    """`la visite à Washington de Liu He`: the NER may run a place into the `de` of the visitor that
    follows it (`Washington de`); no name closes on a lower-case preposition, article or conjunction."""
    while len(span) > 1 and span[-1].is_lower and span[-1].pos_ in _CLOSING_FUNCTION_WORDS:
        span = span[:-1]
    return span


def _ends_person(span: Span, people: list[tuple[int, int]]) -> bool:
    """`Richard Wagner`, `Thérèse Kayikwamba Wagner`: a name of the knowledge base that ends a longer person's
    name the NER read, after the given names."""
    return any(start < span.start and span.end == end for start, end in people)


def _in_longer_name(doc: Doc, span: Span) -> bool:
    """`le Real Madrid`, `à New Bern`, `le Washington Post`: a capitalised word glued before the
    mention (not a title, an article or a sentence opener), or after it when no preposition makes the
    mention a place (`à Moscou Ali Larijani` is two names), makes it part of a longer name.
    A hyphenated pair (`le Sommet Russie-Afrique`) names the state itself."""
    if span.end < len(doc) and doc[span.end].text in {"-", "–"}:
        return False
    if span.start > 0 and _name_word(doc[span.start - 1]) and not doc[span.start - 1].is_sent_start:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and _name_word(after) and not _locative(doc, span.start)


def _name_word(token: Token) -> bool:
    """A capitalised word that can belong to a proper name (not `Président`, `Le`, `Selon`, `Lundi`)."""
    key = word_key(token.text)
    return (
        token.is_alpha
        and token.is_title
        and key not in FRENCH_ARTICLES
        and normalize_name(token.text) not in title_words()
        and normalize_name(token.text) not in stopnames()
    )


def _locative(doc: Doc, start: int) -> bool:
    """Preceded by à/vers/depuis/de/en/au/aux/dans, possibly through an article (`à la Maison Blanche`).
    Not after `au pouvoir` (`la junte au pouvoir au Niger`, `les militaires au pouvoir à Bamako`):
    the state is who governs there."""
    i = start - 1
    if i >= 0 and word_key(doc[i].text) in FRENCH_ARTICLES:
        i -= 1
    if i >= 1 and doc[i - 1].lower_ == "pouvoir":
        return False
    return i >= 0 and word_key(doc[i].text) in PLACE_PREPOSITIONS


_SINGULAR_DETERMINERS = frozenset({"le", "la", "l'", "l’", "du", "au", "un", "une"})


_OPPOSITION_NOUNS = frozenset({"opposition", "opposant", "opposante", "dissident", "dissidente"})


def _demonym_for_people(doc: Doc, span: Span) -> bool:
    """`du Colombien` (one player), `40 000 Palestiniens` (people counted), `des opposants iraniens`:
    nationals, not the state."""
    head = doc[span.start].head
    if doc[span.start].dep_ == "amod" and fold(head.lemma_) in _OPPOSITION_NOUNS:
        return True  # `un parti d'opposition kurde iranien`, `des dissidents russes`: the state's opponents
    if span.start == 0 or not span.text[:1].isupper():
        return False
    before = doc[span.start - 1]
    return before.lower_ in _SINGULAR_DETERMINERS or before.like_num


# Words at which the NER stops inside a long organisation name (`Union américaine pour les libertés
# civiles (ACLU)`, `Bureau philippin des pêches et des ressources aquatiques (BFAR)`).
_NAME_LINKS = frozenset({"et", "pour", "de", "des", "du", "d'", "d’", "sur", "contre"})
_OPEN_ENDS = frozenset({"de", "des", "du", "d'", "d’"})  # a name never ends on these


def _extended(doc: Doc, ent: Span) -> Span:
    """`Bureau philippin des pêches et des ressources aquatiques (BFAR)`, `Union américaine pour les
    libertés civiles (ACLU)`: the NER stops at `et` or `pour`; lowercase words after it up to an
    acronym in brackets still belong to the name. A name the NER ends on `du` or `de` goes on to the
    proper nouns after it."""
    if ent.label_ in {"ORG", "MISC"} and ent.end < len(doc) and ent[-1].lower_ in _OPEN_ENDS:
        # `Parti pour l'indépendance du` + `Royaume-Uni`: a name cut after its last `du` takes the proper
        # nouns that follow it
        end = ent.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        return doc[ent.start : end] if end > ent.end else ent
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].lower_ not in _NAME_LINKS:
        return ent
    for i in range(ent.end + 1, min(len(doc) - 2, ent.end + 9)):
        token = doc[i]
        if token.text == "(":
            after, close = doc[i + 1], doc[i + 2]
            return doc[ent.start : i] if after.text.isupper() and after.is_alpha and close.text == ")" else ent
        if not (token.is_lower or token.text in {"l'", "l’", "d'", "d’"}) or token.is_punct:
            return ent
    return ent


def _is_byline(doc: Doc, span: Span) -> bool:
    """`Par Élise Marceau – 20 mai`: a name right after a sentence-initial `Par` is the author's."""
    return span.start > 0 and doc[span.start - 1].text == "Par" and bool(doc[span.start - 1].is_sent_start)


def _is_acronym_gloss(doc: Doc, span: Span) -> bool:
    """`gaz naturel liquéfié (GNL)`: an acronym spelling the lowercase words before its bracket
    abbreviates a common noun, not a name; it is no actor anywhere in the article."""
    text = span.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6) or span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    words = [t for t in doc[max(0, span.start - 1 - len(text)) : span.start - 1] if t.is_alpha]
    words = words[-len(text) :]
    return all(t.is_lower for t in words) and "".join(t.text[0] for t in words).upper() == text


_OPENING_QUOTES = frozenset({"«", '"', "“"})


_IMPERATIVE_CLITICS = frozenset({"-y", "-en", "-le", "-la", "-les", "-moi", "-toi", "-lui", "-nous", "-vous", "-leur"})


def _imperative(doc: Doc, span: Span) -> bool:
    """A lone word followed by a hyphenated object pronoun (`Allez-y`, `Écoutez-moi`, `Faites-le`) is an
    imperative verb, whatever the NER made of it."""
    if len(span) != 1 or span.end >= len(doc):
        return False
    after = doc[span.end].lower_
    if after == "-" and span.end + 1 < len(doc):  # the tokenizer may split `Allez-y` as `Allez`, `-`, `y`
        after = "-" + doc[span.end + 1].lower_
    return after in _IMPERATIVE_CLITICS


def _names_a_thing(doc: Doc, span: Span, nouns: frozenset[str] | None = None) -> bool:
    """`la frégate italienne Caio Duilio`, `la base de Nour Khan`: a name after a noun of
    thing_nouns.txt (adjectives, `de` and other names in between) is the name of that thing.
    With `nouns`, another list (`le stade olympique de Kiev`: venue_nouns.txt)."""
    nouns = thing_nouns() if nouns is None else nouns
    i = span.start - 1
    while i >= max(0, span.start - 4):
        token = doc[i]
        if token.pos_ == "NOUN" and (word_key(token.text) in nouns or word_key(token.lemma_) in nouns):
            return not _owned_thing(doc, i)
        compound = token.pos_ == "NOUN" and i > 0 and doc[i - 1].lower_ in {"de", "d'", "d’"}
        if token.text in _OPENING_QUOTES and i == span.start - 1:
            i -= 1  # `l'opération « Bunyan al-Marsous »`: the name between quotation marks
            continue
        if token.is_punct or not (token.pos_ in {"ADJ", "ADP", "PROPN", "DET"} or compound):
            return False  # `le navire de débarquement X`: a compound noun is crossed
        i -= 1
    return False


_APPOSITION_ARTICLES = frozenset({"un", "une", "le", "la", "l'", "l’"})


def _apposed_thing(doc: Doc, span: Span) -> bool:
    """`le Rubymar, un cargo battant pavillon du Belize`: a name followed by a comma and an apposed noun
    of thing_nouns.txt (an article and adjectives before it) is the name of that thing."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "," or word_key(doc[i + 1].text) not in _APPOSITION_ARTICLES:
        return False
    # the noun, after adjectives (`un ancien pétrolier`); the tagger may call the noun itself an adjective
    for token in doc[i + 2 : min(i + 5, span.sent.end)]:
        if word_key(token.text) in thing_nouns() or word_key(token.lemma_) in thing_nouns():
            return True
        if token.pos_ != "ADJ":
            return False
    return False


def _owned_thing(doc: Doc, i: int) -> bool:
    """`le quartier général du Hezbollah`: the noun at i and the next word are a thing an actor owns
    (owned_nouns.txt), so the name after them is its owner, not the name of a place."""
    return i + 1 < len(doc) and f"{word_key(doc[i].text)} {word_key(doc[i + 1].text)}" in owned_nouns()


def _is_gloss(doc: Doc, span: Span) -> bool:
    """`une arme miracle (Wunderwaffe)`: one capitalised word in brackets after a common noun or
    adjective is a gloss of that word, not a name. Acronyms (`(KPRF)`) stay candidates."""
    if len(span) != 1 or span.text.isupper() or span.start < 2 or span.end >= len(doc):
        return False
    before, opening, closing = doc[span.start - 2], doc[span.start - 1], doc[span.end]
    return opening.text == "(" and closing.text == ")" and before.text.islower() and before.is_alpha
