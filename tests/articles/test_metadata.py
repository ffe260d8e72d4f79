"""Metadata written in the text itself: bylines (authors are metadata, not actors) and wire datelines."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.articles.metadata import byline_spans, dateline_date, dateline_length, dateline_spans, text_metadata


@pytest.mark.parametrize(
    "text, author, expected",
    [
        ("Sommet à Rome\npar Lucien Fabre 12 mai 2025\nLe texte commence ici.", None, ["par Lucien Fabre 12 mai 2025"]),
        ("Sommet\nPar Jean Dupont et Marie Curie\nLe texte.", None, ["Par Jean Dupont et Marie Curie"]),
        ("Sommet\nLe texte de l'article.\nNadia Benali", "Nadia Benali", ["Nadia Benali"]),  # a signature line
        ("Sommet\nPar Washington cette décision a été prise.\nLe texte.", None, []),  # a sentence, not a byline
        ("Sommet\nNadia Benali a rencontré le ministre.", "Nadia Benali", []),  # named in the news
    ],
)
def test_byline_lines(text, author, expected):
    assert [text[s:e] for s, e in byline_spans(text, author)] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Lyon, 4 février 2024 (dépêche) –", date(2024, 2, 4)),
        ("BRUXELLES, 9 mai 2023 (AFP) - Les ministres se retrouvent ce matin.", date(2023, 5, 9)),
        ("Le Cap, 1er juin 2022 – Le président sud-africain a reçu son homologue.", date(2022, 6, 1)),
        ("Saint-Denis, le mardi 14 octobre 2025 — La préfecture a confirmé l'incident.", date(2025, 10, 14)),
        ("Tokyo (Japon), 3 mars 2021 - Un séisme a secoué l'archipel.", date(2021, 3, 3)),
        ("Rio de Janeiro, 30 novembre 2019 (Reuters) – Des milliers de manifestants.", date(2019, 11, 30)),
    ],
)
def test_dateline_gives_the_publication_date(line: str, expected: date) -> None:
    assert dateline_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Le 4 février 2024, les deux ministres se sont rencontrés à Lyon.",  # a date inside a sentence
        "Lyon, en février 2024 – rien de précis",  # no full date
        "Les ministres, 4 février 2024 et après, ont parlé.",  # no dash after the date
        "Paris (AFP) – Le gouvernement a annoncé un plan.",  # a dateline without a date
    ],
)
def test_dateline_needs_place_full_date_and_dash(line: str) -> None:
    assert dateline_date(line) is None


# Wire copy without the year, or without a date but with its agency, is still a dateline: its place
# and agency head the dispatch (no actors), though it gives no publication date.
@pytest.mark.parametrize(
    "line, heading",
    [
        ("ANKARA, 14 janvier (Reuters) - Le ministre turc a reçu son homologue.", "ANKARA, 14 janvier (Reuters) -"),
        ("Le Caire, 2 juin (AFP) – Les médiateurs égyptiens attendent.", "Le Caire, 2 juin (AFP) –"),
        ("Nairobi (AFP) — Des tirs ont été entendus.", "Nairobi (AFP) —"),
        ("Séoul, le lundi 3 février (Yonhap) - Pyongyang a tiré un missile.", "Séoul, le lundi 3 février (Yonhap) -"),
        ("Le Hezbollah (mouvement chiite) - une force politique.", ""),  # a gloss is no agency
        ("Berlin, 5 mai - sans agence ni année.", "Berlin, 5 mai -"),
        ("Les délégués (ONU) ont parlé - longtemps.", ""),
    ],
)
def test_wire_dateline_without_year_is_a_heading(line: str, heading: str) -> None:
    assert line[: dateline_length(line)] == heading
    assert dateline_date(line) is None


@pytest.mark.parametrize(
    "line, dateline",
    [
        ("OTTAWA, 3 avril (Reuters) - Le gouvernement a tranché.", "OTTAWA, 3 avril (Reuters) -"),
        ("SAINT-JEAN (Terre-Neuve), 1er août (AP) – Les pêcheurs.", "SAINT-JEAN (Terre-Neuve), 1er août (AP) –"),
        ("Nairobi, 17 janvier (AFP) — Le scrutin est reporté.", "Nairobi, 17 janvier (AFP) —"),
    ],
)
def test_wire_dateline_without_year_is_a_dateline_but_no_date(line: str, dateline: str) -> None:
    assert line[: dateline_length(line)] == dateline
    assert dateline_date(line) is None


def test_dateline_with_text_on_the_same_line_dates_the_article() -> None:
    text = (
        "Les médiateurs reprennent les discussions\n\n"
        "Genève, 12 septembre 2024 – Les délégations se sont retrouvées jeudi dans un hôtel de la ville, "
        "après trois semaines d'interruption, pour une nouvelle série d'entretiens sous l'égide de l'ONU.\n\n"
        "Un deuxième paragraphe suit."
    )
    assert text_metadata(text).published == date(2024, 9, 12)


# One reading of wire datelines for the sentencizer and the actor resolver, indented lines included.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("BAKOU, 3 juin (AFP) - Les pourparlers ont repris.", ["BAKOU, 3 juin (AFP) -"]),
        ("Titre\n  Lima (Reuters) – Le Pérou a rappelé son ambassadeur.", ["  Lima (Reuters) –"]),
        ("Le Pérou a rappelé son ambassadeur, 3 juin - selon Lima.", []),
        # the city alone, in capitals, before a dash and a sentence
        ("LA HAVANE - Les ministres se sont réunis.", ["LA HAVANE -"]),
        ("Titre\nNAIROBI – Le scrutin est reporté.", ["NAIROBI –"]),
        ("OTAN - les alliés divisés", []),
        ("La Havane - Les ministres se sont réunis.", []),
    ],
)
def test_dateline_spans_open_a_line(text, expected):
    assert [text[a:b] for a, b in dateline_spans(text)] == expected
