"""The causative incise repair: `, a fait savoir lundi la présidence` closing a sentence is a report hung on
the clause it tells, headed by its participle; the infinitive is that participle's complement."""

from __future__ import annotations

import pytest

from tests.nlp.heads import head_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the model hangs `fait` under `savoir` and `savoir` under the verb reported
        (
            "Le président turc s'est entretenu au téléphone avec son homologue russe, a fait savoir lundi la "
            "présidence turque.",
            "fait",
            ("entretenu", "parataxis"),
        ),
        (
            "Le président turc s'est entretenu au téléphone avec son homologue russe, a fait savoir lundi la "
            "présidence turque.",
            "savoir",
            ("fait", "xcomp"),
        ),
        (
            "Le président turc s'est entretenu au téléphone avec son homologue russe, a fait savoir lundi la "
            "présidence turque.",
            "présidence",
            ("fait", "nsubj"),
        ),
        # the auxiliary the model hung on the infinitive goes to the participle
        ("Le président recevra son homologue brésilien, a fait savoir lundi l'Élysée.", "a", ("fait", "aux:tense")),
        # a sentence the model reads well keeps its tree
        (
            "La présidence turque a fait savoir lundi que le président avait parlé à son homologue.",
            "savoir",
            ("fait", "xcomp"),
        ),
    ],
)
def test_causative_incise_in_the_pipeline(nlp, text, word, expected):
    assert head_of(nlp(text), word) == expected
