"""Lemma repair for a verb in the present whose form is also a noun.

`Le ministre rencontre son homologue`, `Moscou bombarde Kharkiv`, `Kiev cible une raffinerie`: the French
model tags these words as verbs, but its rule lemmatizer has no rule for the present of the first group
(`-e`, `-es`) and falls back to its lookup table, whose entry for the form is the noun's
(`rencontre`, `bombarde`, `cible`). Every rule keyed on the verb's lemma (`rencontrer`, `bombarder`,
`cibler`) then misses the present tense, which wire copy and headlines use for the day's news. A word
tagged verb whose lemma is the word itself, not an infinitive, and that ends as a present of the first
group takes that group's infinitive (`rencontre` -> `rencontrer`, `règle` -> `régler`); verbs in `-vrir`,
`-frir` and `-illir` (`ouvre`, `offre`, `cueille`) take theirs. Nothing else is touched.
"""

from __future__ import annotations

import numpy
from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc

from pipeline.nlp.displaced import time_word
from pipeline.nlp.lemma_index import indexed_words

# the endings of an infinitive: a lemma ending so was lemmatized, not left as the form
_INFINITIVE_ENDINGS = ("er", "ir", "ïr")
# the singular present endings of the first group (`rencontres`, `rencontre`); the lemmatizer has rules for
# the plural, and `-ent` ends other tenses too (`reverraient`)
_PRESENT_ENDINGS = ("es", "e")
# stems of the few verbs in `-ir` conjugated in the present like the first group: `ouvre`, `offre`, `cueille`
_IR_STEMS = ("vr", "fr", "ill")


@Language.factory("news_verb_lemma", assigns=["token.lemma"], requires=["token.pos", "token.lemma"])
def make_verb_lemma_repair(nlp: Language, name: str) -> VerbLemmaRepair:
    """The repair, with the verbs the model's lemmatizer knows (its `lemma_index`), which tell `cède`
    (`céder`) from `gèle` (`geler`)."""
    return VerbLemmaRepair(indexed_words(nlp, "verb"))


class VerbLemmaRepair:
    """Give each present-tense verb the lemmatizer left as its own form the infinitive of its group."""

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known

    def __call__(self, doc: Doc) -> Doc:
        for i in numpy.flatnonzero(doc.to_array(POS) == VERB):  # a few verbs per sentence: found in bulk
            token = doc[int(i)]
            if token.lemma_.lower() != token.lower_ or time_word(token):
                continue  # a lemma found, or a day the tagger took for a verb (`dimanche`)
            infinitive = present_infinitive(token.lower_, self.known)
            if infinitive is not None:
                token.lemma_ = infinitive
        return doc


def present_infinitive(form: str, known: frozenset[str] = frozenset()) -> str | None:
    """The infinitive of a first-group present form (`bombarde` -> `bombarder`, `cibles` -> `cibler`),
    or of an `-ir` verb conjugated like one (`ouvre` -> `ouvrir`); None for a word that is already an
    infinitive or ends as no such present. A form in `-re` (`rencontre`, `montre`, but `prendre`) is a
    present only when its first-group infinitive is one of the `known` verbs. A grave accent on the stem
    (`règle`, `lève`) is an acute or no accent in the infinitive: the one of the `known` verbs, else none
    (`lever`)."""
    if form.endswith(_INFINITIVE_ENDINGS) or not form.isalpha():
        return None
    ending = next((e for e in _PRESENT_ENDINGS if form.endswith(e)), None)
    if ending is None:
        return None
    stem = form[: -len(ending)]
    if len(stem) < 2:
        return None
    if stem.endswith(_IR_STEMS) and not stem.endswith("aill"):  # `travaille` is of the first group
        return stem + "ir"
    if form.endswith("re"):  # `rencontre` or `prendre`: a present only when the model knows its verb
        return form + "r" if form + "r" in known else None
    last = stem.rfind("è")
    if last < 0:
        return stem + "er"
    acute = stem[:last] + "é" + stem[last + 1 :] + "er"
    return acute if acute in known else stem[:last] + "e" + stem[last + 1 :] + "er"
