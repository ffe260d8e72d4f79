"""Tag repair for a past participle the tagger took for a noun or an adjective.

`Washington a réimposé des sanctions contre l'Iran`: a verb the French model has rarely seen
(`réimposer`, `resanctionner`) may come out as a noun, with `a` as its tense auxiliary and its object
as a noun modifier behind `des` taken for a preposition. Every rule that looks for the verb of a
clause then finds none, and the sanction loses who imposed it. A word of the first group's
participle form (`-é`, `-ée`, `-és`, `-ées`) that has the auxiliary `avoir` of a compound tense is a
verb: this component tags it so (a past participle, its lemma the infinitive), and when it has no
object, the phrase after it behind the partitive `des` or `du` is its object. It touches no other
token and no sentence boundary.

The parser may also read `a` as the verb `avoir` and the participle as its bare object (`où il a
déjeuné avec X`): the clause's subject and phrases then hang on `a`, and the event word has none. A
bare word of that form right after `avoir` (adverbs aside), with no article, is the participle: it
takes `avoir`'s place in the clause (as its root when `avoir` was the root) and `avoir` becomes its
auxiliary. The parser may as well hang the participle on `avoir` as a complement (`xcomp`), or hang `avoir`
on the participle as its copula (`Londres avait déjà gelé au printemps ...`): `avoir` is never a copula,
it is the tense auxiliary. The few nouns French takes bare after `avoir` (`avoir priorité`,
models/nlp/avoir_nouns.txt) are left alone.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token

from pipeline import config
from pipeline.nlp.syntax import PARTICIPLE_ENDINGS, labelled, rehang_at_once
from pipeline.text import list_entries

AVOIR_NOUNS_PATH = config.MODELS_DIR / "nlp" / "avoir_nouns.txt"

_PARTITIVES = frozenset({"des", "du"})
_TAGGED_AS = frozenset({"NOUN", "ADJ", "PROPN"})
# how the parser hangs a participle it took for a bare word after `avoir`: its object or its complement
_BARE_OBJECT = ("obj", "xcomp")


@Language.component(
    "news_noun_participle",
    assigns=["token.pos", "token.morph", "token.lemma", "token.dep"],
    requires=["token.dep", "token.pos"],
)
def repair_noun_participles(doc: Doc) -> Doc:
    """Tag as a verb each participle with the auxiliary `avoir` that the tagger made a noun or adjective."""
    for i in labelled(doc, _BARE_OBJECT):
        auxiliary = avoir_over_participle(doc[i])
        if auxiliary is not None:
            _take_the_clause(doc[i], auxiliary)
    # a few candidates per article: the tense auxiliaries found in bulk, not token by token
    participles = {doc[i].head.i for i in labelled(doc, ("aux:tense", "cop")) if is_noun_participle(doc[i].head)}
    for i in sorted(participles):
        token = doc[i]
        token.pos_ = "VERB"
        for child in token.children:
            if child.dep_ == "cop":
                child.dep_ = "aux:tense"  # `avoir` is no copula: the tense auxiliary taken for one
        stem = token.lower_.removesuffix("s")
        feminine = stem.endswith("ée")
        number = "Plur" if token.lower_.endswith("s") else "Sing"
        features = {"Gender": "Fem" if feminine else "Masc", "Number": number, "Tense": "Past", "VerbForm": "Part"}
        token.morph = MorphAnalysis(doc.vocab, features)
        token.lemma_ = stem.removesuffix("e")[:-1] + "er"  # `réimposées` -> `réimposer`
        if not any(c.dep_ == "obj" for c in token.children):
            for child in token.children:
                article = _partitive(child)
                if child.dep_ == "nmod" and child.i > token.i and article is not None:
                    child.dep_ = "obj"  # `a réimposé des sanctions`: `des` is the article of the object
                    article.dep_, article.pos_ = "det", "DET"
                    break
    return doc


def is_noun_participle(token: Token) -> bool:
    """A word tagged noun or adjective, of a first-group participle form, whose tense auxiliary is `avoir`
    (`a réimposé`): a verb. `a été victime` (a copula), `a priorité` and a noun with no such auxiliary
    are not."""
    if not _shaped_as_participle(token) or any(c.dep_ == "cop" and c.lemma_ != "avoir" for c in token.children):
        return False
    return any(c.dep_ in {"aux:tense", "cop"} and c.lemma_ == "avoir" and c.i < token.i for c in token.children)


def _shaped_as_participle(token: Token) -> bool:
    """A word tagged noun, adjective or name, of a first-group participle's form (`réimposé`, `déjeuné`),
    that is none of the nouns French takes bare after `avoir` (`priorité`)."""
    if token.pos_ not in _TAGGED_AS or not token.lower_.endswith(PARTICIPLE_ENDINGS) or len(token) < 4:
        return False
    return token.lower_ not in avoir_nouns()


@lru_cache(maxsize=2)
def avoir_nouns(path: Path = AVOIR_NOUNS_PATH) -> frozenset[str]:
    """Lower-cased nouns of models/nlp/avoir_nouns.txt."""
    return frozenset(x.lower() for x in list_entries(path))


def avoir_over_participle(token: Token) -> Token | None:
    """The verb `avoir` the parser made the head of a participle it read as a bare object (`a déjeuné`,
    tagged a noun), or None: the word has a participle's form, no article, and follows `avoir` with
    nothing but adverbs between. `a été`, `avoir priorité` and a noun with its article are not."""
    verb = token.head
    if (
        token.dep_ not in _BARE_OBJECT
        or verb.lemma_ != "avoir"
        or verb.pos_ not in {"VERB", "AUX"}
        or verb.i >= token.i
    ):
        return None
    if not _shaped_as_participle(token) or token.lower_ == "été":
        return None
    if any(c.dep_ in {"det", "case", "nummod"} and c.i < token.i for c in token.children):
        return None
    if any(t.pos_ != "ADV" for t in token.doc[verb.i + 1 : token.i]):
        return None
    return verb


def _take_the_clause(participle: Token, auxiliary: Token) -> None:
    """Make `participle` the head of `auxiliary`'s clause (its root when `auxiliary` was the sentence's),
    with `auxiliary` its tense auxiliary; all in one step, so the sentence never has two roots."""
    governor = auxiliary.head
    root = governor.i == auxiliary.i
    moves = [(participle, participle if root else governor, auxiliary.dep_)]
    moves += [(c, participle, c.dep_) for c in auxiliary.children if c.i != participle.i]
    moves.append((auxiliary, participle, "aux:tense"))
    if rehang_at_once(participle.doc, moves):
        auxiliary.pos_ = "AUX"


def _partitive(child: Token) -> Token | None:
    """The partitive article (`des`, `du`) opening a phrase, tagged as its preposition."""
    first = child.doc[child.left_edge.i]
    return first if first.dep_ == "case" and first.lower_ in _PARTITIVES and first.head.i == child.i else None
