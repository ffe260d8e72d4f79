"""The verb lemma repair: a present of the first group whose form is also a noun (`rencontre`, `bombarde`,
`cible`) takes its infinitive, which the rules keyed on the verb's lemma look for."""

from __future__ import annotations

import pytest

from pipeline.nlp.verb_lemmas import present_infinitive

_KNOWN = frozenset({"rencontrer", "céder", "montrer"})


@pytest.mark.parametrize(
    "form, expected",
    [
        ("bombarde", "bombarder"),
        ("cibles", "cibler"),
        ("sanctionnes", "sanctionner"),
        # a form in `-re` is a present only when its first-group verb is known: `prendre` stays
        ("rencontre", "rencontrer"),
        ("montre", "montrer"),
        ("prendre", None),
        ("cadre", None),
        # the grave accent of the stem: acute when the verb is known so, else none
        ("cède", "céder"),
        ("lève", "lever"),
        # `-ir` verbs conjugated like the first group, but `travaille`
        ("ouvre", "ouvrir"),
        ("offres", "offrir"),
        ("accueille", "accueillir"),
        ("travaille", "travailler"),
        # an infinitive, or a form ending as no present of the group
        ("frapper", None),
        ("frappait", None),
        ("reverraient", None),
        ("a", None),
    ],
)
def test_present_infinitive(form, expected):
    assert present_infinitive(form, _KNOWN) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Le ministre rencontre son homologue à Rome.", "rencontre", "rencontrer"),
        ("L'armée bombarde la ville depuis l'aube.", "bombarde", "bombarder"),
        ("Le gouvernement cible les exportations de gaz.", "cible", "cibler"),
        # a lemma the lemmatizer found is kept
        ("Les deux pays renforcent leur coopération.", "renforcent", "renforcer"),
    ],
)
def test_present_verb_takes_its_infinitive(nlp, text, word, expected):
    doc = nlp(text)
    assert next(t for t in doc if t.text == word).lemma_ == expected
