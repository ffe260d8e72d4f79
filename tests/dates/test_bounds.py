"""The written bounds of an interval, reported on their own by the `dates` command (TimeML's way)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.dates.tagger import iter_date_records

PUBLISHED = "2003-02-23"  # a Sunday


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("news_temporal_tagger", name="temporal_tagger")
    return nlp


# our own sentences -> (bound text, first day, last day, the interval it bounds) for each bound
CASES = [
    ("Le musée est fermé depuis vendredi.", [("vendredi", "2003-02-21", "2003-02-21", "depuis vendredi")]),
    ("Le club joue en ligue 2 depuis 1997.", [("1997", "1997-01-01", "1997-12-31", "depuis 1997")]),
    ("Les travaux dureront jusqu'au 4 juin.", [("4 juin", "2003-06-04", "2003-06-04", "jusqu'au 4 juin")]),
    ("Le tarif change dès novembre 95.", [("novembre 95", "1995-11-01", "1995-11-30", "dès novembre 95")]),
    (
        "Un nouveau plan entrera en vigueur dès l'année 2005.",
        [("année 2005", "2005-01-01", "2005-12-31", "dès l'année 2005")],
    ),
    ("Le bureau ouvre à compter du 10 mars.", [("10 mars", "2003-03-10", "2003-03-10", "à compter du 10 mars")]),
    (
        "La piscine sera fermée du lundi 7 avril au jeudi 10 avril.",
        [
            ("lundi 7 avril", "2003-04-07", "2003-04-07", "du lundi 7 avril au jeudi 10 avril"),
            ("jeudi 10 avril", "2003-04-10", "2003-04-10", "du lundi 7 avril au jeudi 10 avril"),
        ],
    ),
    (
        "Il a dirigé la ville de 1983 à 1995.",
        [
            ("1983", "1983-01-01", "1983-12-31", "de 1983 à 1995"),
            ("1995", "1995-01-01", "1995-12-31", "de 1983 à 1995"),
        ],
    ),
    (
        "Le festival aura lieu entre le 12 et le 14 juillet.",
        [
            ("12", "2003-07-12", "2003-07-12", "entre le 12 et le 14 juillet"),
            ("14 juillet", "2003-07-14", "2003-07-14", "entre le 12 et le 14 juillet"),
        ],
    ),
    (
        "Les soldes vont de janvier à mars 2004.",
        [
            ("janvier", "2004-01-01", "2004-01-31", "de janvier à mars 2004"),
            ("mars 2004", "2004-03-01", "2004-03-31", "de janvier à mars 2004"),
        ],
    ),
    # not bounds: a week named by a day, a list (each day is a date of its own), a range that ends now
    ("La semaine du 3 mars sera chargée.", []),
    ("Les 9 et 23 juin, il votera.", []),
    ("Il vit à Metz depuis 1999-2000.", []),
    ("Le 3 mars, rien.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates_interval_bounds_reported_on_their_own(nlp, text, expected):
    records = list(iter_date_records([{"text": text, "published": PUBLISHED}], nlp))
    bounds = [(r["text"], r["start"], r["end"], r["bound_of"]) for r in records if "bound_of" in r]
    assert bounds == expected
    for r in records:
        if "bound_of" in r:
            assert text[r["char_start"] : r["char_end"]] == r["text"]
            assert r["kind"] == "date"
