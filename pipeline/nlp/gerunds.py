"""Parse repair for a gerund, or an infinitive of time or manner, hung on a noun.

`La Chine a riposté aux sanctions américaines en imposant des restrictions`: the French model often
hangs the gerund (`en` + present participle) on the last noun before it, as if it qualified that noun
(`les sanctions ... en imposant`). A gerund tells how or when the clause's action was done: it belongs
to the verb. Read on the noun, the restrictions become part of the American sanctions and the Chinese
riposte is lost. This component hangs such a gerund on the verb the noun depends on, as an adverbial
clause. It touches no sentence boundary.

An infinitive opened by `avant de`, `afin de` or `sans` (`s'est entretenu par téléphone avec X, avant de
recevoir Y`) is hung on the verb the same way when the parser put it on a noun (`téléphone`): read on
the noun, the one received is nobody's guest.

The parser may also hang a gerund on the verb of a subordinate clause told after it (`Moscou a riposté
en expulsant vingt diplomates, une semaine après que Londres eut renvoyé ...`): read so, London expels
the diplomates. A gerund stands outside a clause whose conjunction comes after it; it belongs to the
verb that clause depends on, told before the gerund.

The tagger may also take the participle of a gerund for a noun when a day follows it (`Moscou a répondu
en expulsant lundi deux diplomates`: `expulsant`, NOUN, lemma `expulsant`). A word in `-ant` right after
`en`, that the lemmatizer did not know and whose `-er` infinitive the model's vocabulary has, is that
verb's present participle: it is retagged as one, with the infinitive as its lemma.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import labelled, rehang
from pipeline.nlp.tokens import lower_texts

_NOUNS = frozenset({"NOUN", "PROPN"})
_GERUND_MARKS = frozenset({"en"})
# the first word of an infinitive clause of time or manner (`avant de`, `afin de`, `sans`), never a noun's
_ADVERBIAL_MARKS = frozenset({"avant", "afin", "sans"})
_HOPS = 3  # nouns climbed from the gerund's noun to the verb (`aux sanctions de Washington contre X`)


@Language.component(
    "news_gerund_clause",
    assigns=["token.head", "token.dep", "token.pos", "token.lemma", "token.morph"],
    requires=["token.dep", "token.morph"],
)
def repair_gerund_clauses(doc: Doc) -> Doc:
    """Hang on its clause's verb each gerund, or infinitive of time or manner, the parser hung on a noun or
    on the verb of a later clause."""
    # a few candidates per article: the `acl` labels found in bulk, not token by token
    words = lower_texts(doc)  # the words after `en` only, read without a `Token` for every word
    gerunds = [i + 1 for i, w in enumerate(words[:-1]) if w in _GERUND_MARKS and words[i + 1].endswith("ant")]
    for i in gerunds:
        token = doc[i]
        if (infinitive := gerund_taken_for_noun(token)) is not None:
            token.pos_, token.lemma_ = "VERB", infinitive
            token.set_morph("Tense=Pres|VerbForm=Part")  # type: ignore[attr-defined]
    moves = [
        (doc[i], verb)
        for i in labelled(doc, ("acl", "acl:relcl"))
        if (verb := gerund_on_noun(doc[i]) or adverbial_infinitive_on_noun(doc[i])) is not None
    ]
    moves += [(doc[i], verb) for i in gerunds if (verb := gerund_before_clause(doc[i])) is not None]
    if moves:
        rehang(doc, moves, "advcl")
    return doc


def gerund_taken_for_noun(token: Token) -> str | None:
    """The infinitive of a first-group verb whose gerund participle (`en expulsant`) the tagger took for
    an unknown noun; None for any other token."""
    word = token.lower_
    if token.pos_ != "NOUN" or not word.endswith("ant") or len(word) < 6 or token.lemma_.lower() != word:
        return None
    if token.i == 0 or token.doc[token.i - 1].lower_ not in _GERUND_MARKS:
        return None
    infinitive = word[:-3] + "er"
    return infinitive if token.vocab.has_vector(infinitive) else None


def adverbial_infinitive_on_noun(token: Token) -> Token | None:
    """The verb an infinitive of time or manner (`avant de recevoir X`, `sans consulter Y`) hung on a noun
    before it belongs to; None for any other token. Such an infinitive never qualifies a noun: it tells
    when or how the clause's action was done, by the clause's subject."""
    if token.dep_ != "acl" or token.pos_ != "VERB" or "Inf" not in token.morph.get("VerbForm", []):
        return None
    if token.head.pos_ not in _NOUNS or token.head.i > token.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS and c.i < token.i for c in token.children):
        return None
    return _verb_over(token.head)


def _verb_over(noun: Token) -> Token | None:
    """The verb a noun depends on, through at most `_HOPS` nouns (`aux sanctions de Washington contre X`)."""
    for _ in range(_HOPS):
        governor = noun.head
        if governor.i == noun.i:
            return None
        if governor.pos_ in {"VERB", "AUX"}:
            return governor
        if governor.pos_ not in _NOUNS:
            return None
        noun = governor
    return None


def gerund_on_noun(token: Token) -> Token | None:
    """The verb a gerund (`en imposant`) hung on a noun before it belongs to; None for any other token. The
    parser may also read the gerund as a relative clause of a day told before it (`Islamabad répliquait le
    24 en fermant son espace aérien`: `le 24` the object, `en` a complement of the participle)."""
    day = token.head.pos_ == "NUM" or (token.head.like_num and token.head.i < token.i)
    if token.dep_ not in ({"acl", "acl:relcl"} if day else {"acl"}) or token.pos_ not in {"VERB", "AUX"}:
        return None
    if token.head.pos_ not in _NOUNS and not day:
        return None
    if "Part" not in token.morph.get("VerbForm", []) or "Pres" not in token.morph.get("Tense", ["Pres"]):
        return None
    marks = {"mark", "iobj", "case"} if day else {"mark"}
    if not any(c.dep_ in marks and c.lower_ in _GERUND_MARKS and c.i == token.i - 1 for c in token.children):
        return None
    noun = token.head
    if noun.i > token.i:
        return None
    return _verb_over(noun)


def gerund_before_clause(token: Token) -> Token | None:
    """The verb told before a gerund (`a riposté en expulsant`) that the parser hung on the verb of a
    later subordinate clause (`après que Londres eut renvoyé`); None for any other token.

    The clause's conjunction lies between the gerund and its verb, so the gerund is not in that clause;
    the clause hangs on the earlier verb, which is the gerund's."""
    if token.pos_ not in {"VERB", "AUX"} or "Part" not in token.morph.get("VerbForm", []):
        return None
    if token.morph.get("Tense", ["Pres"]) != ["Pres"] or token.doc[token.i - 1].lower_ not in _GERUND_MARKS:
        return None
    later = token.head
    if later.i <= token.i or later.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ == "mark" and token.i < c.i < later.i for c in later.children):
        return None
    earlier = later.head
    if earlier.i >= token.i or earlier.pos_ not in {"VERB", "AUX"} or earlier.i == later.i:
        return None
    return earlier
