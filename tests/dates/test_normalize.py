"""Pure normalisation of French date expressions against a publication date (`normalize_date`)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates.normalize import normalize_date

THU = date(2025, 10, 23)  # a Thursday: the reference publication date of most rows
FRI = date(2025, 10, 24)
D = date


def _iso(d):
    return d.isoformat() if d else None


# (expression, published, tense, start, end, precision, kind)
NORMALIZE_CASES = [
    # absolute dates
    ("le 3 mai 2023", THU, None, D(2023, 5, 3), D(2023, 5, 3), "day", "date"),
    ("3 mai 2023", None, None, D(2023, 5, 3), D(2023, 5, 3), "day", "date"),
    ("3/05/2023", THU, None, D(2023, 5, 3), D(2023, 5, 3), "day", "date"),
    ("03/05/23", THU, None, D(2023, 5, 3), D(2023, 5, 3), "day", "date"),
    ("3.5.2023", THU, None, D(2023, 5, 3), D(2023, 5, 3), "day", "date"),
    ("2023-05-03", None, None, D(2023, 5, 3), D(2023, 5, 3), "day", "date"),
    ("1er novembre 2024", THU, None, D(2024, 11, 1), D(2024, 11, 1), "day", "date"),
    ("le premier juin 1990", THU, None, D(1990, 6, 1), D(1990, 6, 1), "day", "date"),
    ("mardi 3 mai 2022", THU, None, D(2022, 5, 3), D(2022, 5, 3), "day", "date"),
    ("dimanche, 7 septembre 2025", THU, None, D(2025, 9, 7), D(2025, 9, 7), "day", "date"),
    ("le 14 juillet 1789", None, None, D(1789, 7, 14), D(1789, 7, 14), "day", "date"),
    ("11 sept. 2001", THU, None, D(2001, 9, 11), D(2001, 9, 11), "day", "date"),
    ("le 8 déc. 2019", THU, None, D(2019, 12, 8), D(2019, 12, 8), "day", "date"),
    ("vingt-et-un octobre 2025", THU, None, D(2025, 10, 21), D(2025, 10, 21), "day", "date"),
    ("le trente et un décembre 2024", THU, None, D(2024, 12, 31), D(2024, 12, 31), "day", "date"),
    ("le 5 avril 2024 à 14h30", THU, None, D(2024, 5 - 1, 5), D(2024, 4, 5), "day", "date"),
    ("12 mars 2020 vers 9 h 15", THU, None, D(2020, 3, 12), D(2020, 3, 12), "day", "date"),
    ("le 2 février 98", THU, None, D(1998, 2, 2), D(1998, 2, 2), "day", "date"),
    ("31 février 2024", THU, None, None, None, None, None),
    # day-month without year: tense and nearest
    ("le 3 juin", THU, "past", D(2025, 6, 3), D(2025, 6, 3), "day", "date"),
    ("le 3 juin", THU, "future", D(2026, 6, 3), D(2026, 6, 3), "day", "date"),
    ("le 3 juin", THU, None, D(2025, 6, 3), D(2025, 6, 3), "day", "date"),
    ("le 2 janvier", THU, None, D(2026, 1, 2), D(2026, 1, 2), "day", "date"),
    ("le 2 janvier", THU, "past", D(2025, 1, 2), D(2025, 1, 2), "day", "date"),
    ("1er novembre", THU, None, D(2025, 11, 1), D(2025, 11, 1), "day", "date"),
    ("le 10 octobre", THU, "future", D(2026, 10, 10), D(2026, 10, 10), "day", "date"),
    # a future day a few days back (reported speech, a dateline written the day before) is that day,
    # not the same day a year later
    ("le 20 octobre", THU, "future", D(2025, 10, 20), D(2025, 10, 20), "day", "date"),
    ("le 16 octobre", THU, "future", D(2025, 10, 16), D(2025, 10, 16), "day", "date"),
    ("le 15 octobre", THU, "future", D(2026, 10, 15), D(2026, 10, 15), "day", "date"),
    ("le 23 octobre", THU, "future", D(2025, 10, 23), D(2025, 10, 23), "day", "date"),
    ("le 15/11", THU, None, D(2025, 11, 15), D(2025, 11, 15), "day", "date"),
    ("3 mai", None, None, None, None, "day", "date"),
    # weekday checked against the day number
    ("lundi 20 octobre", THU, None, D(2025, 10, 20), D(2025, 10, 20), "day", "date"),
    ("lundi 20 octobre", THU, "future", D(2025, 10, 20), D(2025, 10, 20), "day", "date"),
    ("vendredi 24 octobre", THU, "past", D(2025, 10, 24), D(2025, 10, 24), "day", "date"),
    ("jeudi 24 octobre", THU, None, D(2024, 10, 24), D(2024, 10, 24), "day", "date"),
    ("mardi 3 mai", THU, None, D(2025, 5, 3), D(2025, 5, 3), "day", "date"),
    ("mercredi 15", THU, None, D(2025, 10, 15), D(2025, 10, 15), "day", "date"),
    ("samedi 1er novembre", THU, None, D(2025, 11, 1), D(2025, 11, 1), "day", "date"),
    # weekdays
    ("vendredi dernier", THU, None, D(2025, 10, 17), D(2025, 10, 17), "day", "date"),
    ("mardi prochain", THU, None, D(2025, 10, 28), D(2025, 10, 28), "day", "date"),
    ("jeudi prochain", THU, None, D(2025, 10, 30), D(2025, 10, 30), "day", "date"),
    ("jeudi dernier", THU, None, D(2025, 10, 16), D(2025, 10, 16), "day", "date"),
    ("lundi", THU, "past", D(2025, 10, 20), D(2025, 10, 20), "day", "date"),
    ("lundi", THU, "future", D(2025, 10, 27), D(2025, 10, 27), "day", "date"),
    ("lundi", THU, None, D(2025, 10, 20), D(2025, 10, 20), "day", "date"),
    ("samedi", THU, None, D(2025, 10, 25), D(2025, 10, 25), "day", "date"),
    ("jeudi", THU, None, D(2025, 10, 23), D(2025, 10, 23), "day", "date"),
    ("ce jeudi", THU, "future", D(2025, 10, 23), D(2025, 10, 23), "day", "date"),
    ("ce mardi", THU, "past", D(2025, 10, 21), D(2025, 10, 21), "day", "date"),
    ("mercredi de la semaine prochaine", THU, None, D(2025, 10, 29), D(2025, 10, 29), "day", "date"),
    ("lundi de la semaine dernière", THU, None, D(2025, 10, 13), D(2025, 10, 13), "day", "date"),
    ("lundi en huit", THU, None, D(2025, 11, 3), D(2025, 11, 3), "day", "date"),
    ("vendredi soir", THU, "past", D(2025, 10, 17), D(2025, 10, 17), "day", "date"),
    ("lundi", None, None, None, None, "day", "date"),
    # deictic and anaphoric days
    ("hier", THU, None, D(2025, 10, 22), D(2025, 10, 22), "day", "date"),
    ("avant-hier", THU, None, D(2025, 10, 21), D(2025, 10, 21), "day", "date"),
    ("demain", THU, None, D(2025, 10, 24), D(2025, 10, 24), "day", "date"),
    ("après-demain", THU, None, D(2025, 10, 25), D(2025, 10, 25), "day", "date"),
    ("aujourd'hui", THU, None, THU, THU, "day", "date"),
    ("Aujourd’hui", THU, None, THU, THU, "day", "date"),
    ("ce matin", THU, None, THU, THU, "day", "date"),
    ("ce soir", THU, None, THU, THU, "day", "date"),
    ("cette nuit", THU, None, THU, THU, "day", "date"),
    ("hier soir", THU, None, D(2025, 10, 22), D(2025, 10, 22), "day", "date"),
    ("demain à 15h", THU, None, D(2025, 10, 24), D(2025, 10, 24), "day", "date"),
    ("demain matin vers 8 heures", THU, None, D(2025, 10, 24), D(2025, 10, 24), "day", "date"),
    ("la veille", THU, None, D(2025, 10, 22), D(2025, 10, 22), "day", "date"),
    ("le lendemain", THU, None, D(2025, 10, 24), D(2025, 10, 24), "day", "date"),
    ("le surlendemain", THU, None, D(2025, 10, 25), D(2025, 10, 25), "day", "date"),
    ("hier", None, None, None, None, "day", "date"),
    ("le lendemain du 13 février 2024", THU, None, D(2024, 2, 14), D(2024, 2, 14), "day", "date"),
    ("la veille du 1er janvier 2000", None, None, D(1999, 12, 31), D(1999, 12, 31), "day", "date"),
    # counted offsets
    ("il y a trois mois", THU, None, D(2025, 7, 23), D(2025, 7, 23), "day", "date"),
    ("il y a 10 jours", THU, None, D(2025, 10, 13), D(2025, 10, 13), "day", "date"),
    ("il y a une semaine", THU, None, D(2025, 10, 16), D(2025, 10, 16), "day", "date"),
    ("il y a deux ans", THU, None, D(2023, 10, 1), D(2023, 10, 31), "month", "date"),
    ("il y a environ quinze jours", THU, None, D(2025, 10, 8), D(2025, 10, 8), "day", "date"),
    ("dans deux semaines", THU, None, D(2025, 11, 6), D(2025, 11, 6), "day", "date"),
    ("dans un mois", THU, None, D(2025, 11, 23), D(2025, 11, 23), "day", "date"),
    ("dans trois jours", THU, None, D(2025, 10, 26), D(2025, 10, 26), "day", "date"),
    ("d'ici deux semaines", THU, None, THU, D(2025, 11, 6), "day", "interval"),
    ("deux jours plus tard", THU, None, D(2025, 10, 25), D(2025, 10, 25), "day", "date"),
    ("trois jours auparavant", THU, None, D(2025, 10, 20), D(2025, 10, 20), "day", "date"),
    ("il y a trois mois", None, None, None, None, "day", "date"),
    # calendar units
    ("la semaine dernière", THU, None, D(2025, 10, 13), D(2025, 10, 19), "week", "date"),
    ("cette semaine", THU, None, D(2025, 10, 20), D(2025, 10, 26), "week", "date"),
    # told on a Sunday, a week to come is the one that starts the next day; a past one is the week ending
    ("cette semaine", D(2025, 10, 26), "future", D(2025, 10, 27), D(2025, 11, 2), "week", "date"),
    ("cette semaine", D(2025, 10, 26), "past", D(2025, 10, 20), D(2025, 10, 26), "week", "date"),
    ("cette semaine", THU, "future", D(2025, 10, 20), D(2025, 10, 26), "week", "date"),
    ("la semaine prochaine", THU, None, D(2025, 10, 27), D(2025, 11, 2), "week", "date"),
    ("le mois prochain", THU, None, D(2025, 11, 1), D(2025, 11, 30), "month", "date"),
    ("le mois dernier", THU, None, D(2025, 9, 1), D(2025, 9, 30), "month", "date"),
    ("ce mois-ci", THU, None, D(2025, 10, 1), D(2025, 10, 31), "month", "date"),
    ("l'an dernier", THU, None, D(2024, 1, 1), D(2024, 12, 31), "year", "date"),
    ("l'an passé", THU, None, D(2024, 1, 1), D(2024, 12, 31), "year", "date"),
    ("l'année prochaine", THU, None, D(2026, 1, 1), D(2026, 12, 31), "year", "date"),
    ("cette année", THU, None, D(2025, 1, 1), D(2025, 12, 31), "year", "date"),
    ("le trimestre dernier", THU, None, D(2025, 7, 1), D(2025, 9, 30), "quarter", "date"),
    ("ce week-end", THU, None, D(2025, 10, 25), D(2025, 10, 26), "week", "date"),
    ("la semaine", THU, None, None, None, None, None),
    ("les trois derniers mois", THU, None, D(2025, 7, 1), D(2025, 9, 30), "month", "interval"),
    ("les 2 prochaines semaines", THU, None, D(2025, 10, 27), D(2025, 11, 9), "week", "interval"),
    ("ces dernières années", THU, None, None, None, "year", "vague"),
    # months, years, decades, quarters, seasons
    ("en octobre 2025", THU, None, D(2025, 10, 1), D(2025, 10, 31), "month", "date"),
    ("octobre 2025", None, None, D(2025, 10, 1), D(2025, 10, 31), "month", "date"),
    ("en octobre", THU, None, D(2025, 10, 1), D(2025, 10, 31), "month", "date"),
    ("en mars", THU, "past", D(2025, 3, 1), D(2025, 3, 31), "month", "date"),
    ("en mars", THU, "future", D(2026, 3, 1), D(2026, 3, 31), "month", "date"),
    ("au mois d'août", THU, "past", D(2025, 8, 1), D(2025, 8, 31), "month", "date"),
    ("en janvier", None, None, None, None, "month", "date"),
    ("en 1982", THU, None, D(1982, 1, 1), D(1982, 12, 31), "year", "date"),
    ("en 2023", None, None, D(2023, 1, 1), D(2023, 12, 31), "year", "date"),
    ("l'année 2019", THU, None, D(2019, 1, 1), D(2019, 12, 31), "year", "date"),
    ("les années 1990", THU, None, D(1990, 1, 1), D(1999, 12, 31), "decade", "date"),
    ("les années 80", THU, None, D(1980, 1, 1), D(1989, 12, 31), "decade", "date"),
    ("au premier trimestre 2024", THU, None, D(2024, 1, 1), D(2024, 3, 31), "quarter", "date"),
    ("T3 2025", THU, None, D(2025, 7, 1), D(2025, 9, 30), "quarter", "date"),
    ("au printemps", THU, "past", D(2025, 3, 21), D(2025, 6, 20), "season", "date"),
    ("au printemps", THU, "future", D(2026, 3, 21), D(2026, 6, 20), "season", "date"),
    ("cet été", THU, None, D(2025, 6, 21), D(2025, 9, 23), "season", "date"),
    ("l'hiver prochain", THU, None, D(2025, 12, 21), D(2026, 3, 20), "season", "date"),
    ("l'automne dernier", THU, None, D(2024, 9, 24), D(2024, 12, 20), "season", "date"),
    ("à l'été 2024", THU, None, D(2024, 6, 21), D(2024, 9, 23), "season", "date"),
    ("Noël", THU, None, D(2025, 12, 25), D(2025, 12, 25), "day", "date"),
    ("la Toussaint", THU, "past", D(2024, 11, 1), D(2024, 11, 1), "day", "date"),
    # parts of months and years
    ("début octobre", THU, None, D(2025, 10, 1), D(2025, 10, 10), "month", "interval"),
    ("mi-octobre", THU, None, D(2025, 10, 11), D(2025, 10, 20), "month", "interval"),
    ("fin octobre", THU, None, D(2025, 10, 21), D(2025, 10, 31), "month", "interval"),
    ("fin février 2024", THU, None, D(2024, 2, 21), D(2024, 2, 29), "month", "interval"),
    ("à la mi-mars 2026", THU, None, D(2026, 3, 11), D(2026, 3, 20), "month", "interval"),
    ("fin 2025", THU, None, D(2025, 10, 1), D(2025, 12, 31), "quarter", "interval"),
    ("début 2024", None, None, D(2024, 1, 1), D(2024, 3, 31), "quarter", "interval"),
    ("en fin d'année", THU, None, D(2025, 10, 1), D(2025, 12, 31), "quarter", "interval"),
    ("à la fin du mois", THU, None, D(2025, 10, 21), D(2025, 10, 31), "month", "interval"),
    ("la première quinzaine de mai 2025", THU, None, D(2025, 5, 1), D(2025, 5, 15), "month", "interval"),
    ("la seconde quinzaine d'août 2025", THU, None, D(2025, 8, 16), D(2025, 8, 31), "month", "interval"),
    ("le premier lundi de novembre 2025", THU, None, D(2025, 11, 3), D(2025, 11, 3), "day", "date"),
    ("le dernier jour de février 2024", THU, None, D(2024, 2, 29), D(2024, 2, 29), "day", "date"),
    ("la semaine du 13 octobre 2025", THU, None, D(2025, 10, 13), D(2025, 10, 19), "week", "date"),
    # intervals
    ("du 20 au 22 octobre", THU, None, D(2025, 10, 20), D(2025, 10, 22), "day", "interval"),
    ("du 20 au 21 octobre", THU, None, D(2025, 10, 20), D(2025, 10, 21), "day", "interval"),
    ("dans la nuit du 20 au 21 octobre 2025", THU, None, D(2025, 10, 20), D(2025, 10, 21), "day", "interval"),
    ("20-21 octobre", THU, None, D(2025, 10, 20), D(2025, 10, 21), "day", "interval"),
    ("entre le 3 et le 5 mai 2024", THU, None, D(2024, 5, 3), D(2024, 5, 5), "day", "interval"),
    ("du 28 février au 2 mars 2024", THU, None, D(2024, 2, 28), D(2024, 3, 2), "day", "interval"),
    ("du 30 décembre 2024 au 2 janvier 2025", None, None, D(2024, 12, 30), D(2025, 1, 2), "day", "interval"),
    ("du 30 décembre au 2 janvier 2025", None, None, D(2024, 12, 30), D(2025, 1, 2), "day", "interval"),
    ("de 2014 à 2022", THU, None, D(2014, 1, 1), D(2022, 12, 31), "year", "interval"),
    ("entre 1914 et 1918", None, None, D(1914, 1, 1), D(1918, 12, 31), "year", "interval"),
    ("2014-2022", THU, None, D(2014, 1, 1), D(2022, 12, 31), "year", "interval"),
    ("de janvier à mars 2025", THU, None, D(2025, 1, 1), D(2025, 3, 31), "month", "interval"),
    ("du lundi 6 au mercredi 8 octobre 2025", THU, None, D(2025, 10, 6), D(2025, 10, 8), "day", "interval"),
    ("de lundi à mercredi", THU, "past", D(2025, 10, 20), D(2025, 10, 22), "day", "interval"),
    ("depuis le 3 mai 2024", THU, None, D(2024, 5, 3), THU, "day", "interval"),
    ("depuis 2014", THU, None, D(2014, 1, 1), THU, "year", "interval"),
    ("à partir du 1er décembre 2025", THU, None, D(2025, 12, 1), None, "day", "interval"),
    ("jusqu'au 15 novembre 2025", THU, None, None, D(2025, 11, 15), "day", "interval"),
    # durations and non-dates
    ("pendant deux heures", THU, None, None, None, None, "duration"),
    ("deux heures", THU, None, None, None, None, "duration"),
    ("en moins de trois mois", THU, None, None, None, "month", "duration"),
    ("en un mois", THU, None, None, None, "month", "duration"),
    ("depuis trois ans", THU, None, None, None, "year", "duration"),
    ("pendant 48 heures", THU, None, None, None, None, "duration"),
    ("durant plusieurs semaines", THU, None, None, None, "week", "duration"),
    ("au bout de dix jours", THU, None, None, None, "day", "duration"),
    ("sa", THU, None, None, None, None, None),
    ("42", THU, None, None, None, None, None),
    ("à 15h", THU, None, None, None, None, None),
    ("la réunion", THU, None, None, None, None, None),
]


NORMALIZE_CASES += [
    # ranges and periods written in other ways
    ("la semaine du 5 octobre", THU, None, D(2025, 10, 6), D(2025, 10, 12), "week", "date"),  # a Sunday: next week
    ("la semaine du 3 novembre", THU, None, D(2025, 11, 3), D(2025, 11, 9), "week", "date"),
    ("à partir de demain jusqu'à vendredi", FRI, None, D(2025, 10, 25), D(2025, 10, 31), "day", "interval"),
    ("du lundi au vendredi", FRI, None, D(2025, 10, 20), D(2025, 10, 24), "day", "interval"),
    ("les 3 et 4 mai", FRI, None, D(2025, 5, 3), D(2025, 5, 4), "day", "interval"),
    ("du 4 au 23 du mois prochain", THU, None, D(2025, 11, 4), D(2025, 11, 23), "day", "interval"),
    ("le 23 du mois prochain", THU, None, D(2025, 11, 23), D(2025, 11, 23), "day", "date"),
    ("le 5 de ce mois", THU, None, D(2025, 10, 5), D(2025, 10, 5), "day", "date"),
    ("d'ici la fin de l'année", THU, None, D(2025, 10, 23), D(2025, 12, 31), "quarter", "interval"),
    ("le week-end", THU, None, D(2025, 10, 25), D(2025, 10, 26), "week", "date"),
    ("le weekend", THU, "past", D(2025, 10, 18), D(2025, 10, 19), "week", "date"),
    # `dans le courant du mois`, `au cours de la semaine`: the unit the report is written in
    ("courant du mois", THU, None, D(2025, 10, 1), D(2025, 10, 31), "month", "date"),
    ("cours de la semaine prochaine", THU, None, D(2025, 10, 27), D(2025, 11, 2), "week", "date"),
    ("cours de l'année", THU, None, D(2025, 1, 1), D(2025, 12, 31), "year", "date"),
    # `ce week-end` in a past clause of a weekday: the weekend just gone, in a future one this week's
    ("ce week-end", THU, "past", D(2025, 10, 18), D(2025, 10, 19), "week", "date"),
    ("ce week-end", THU, "future", D(2025, 10, 25), D(2025, 10, 26), "week", "date"),
    ("avant hier", THU, None, D(2025, 10, 21), D(2025, 10, 21), "day", "date"),
    ("en semaine", THU, None, None, None, "day", "set"),
    ("au début du mois", THU, "future", D(2025, 11, 1), D(2025, 11, 10), "month", "interval"),
    ("en fin de mois", D(2025, 10, 5), "past", D(2025, 9, 21), D(2025, 9, 30), "month", "interval"),
    ("en fin de mois", THU, None, D(2025, 10, 21), D(2025, 10, 31), "month", "interval"),
    ("le jour des morts", THU, "future", D(2025, 11, 2), D(2025, 11, 2), "day", "date"),
    # the weekday wins over the tense, unless it points months away (a typo)
    ("lundi 14 juillet", THU, None, D(2025, 7, 14), D(2025, 7, 14), "day", "date"),
    ("lundi 14 juillet", THU, "future", D(2026, 7, 14), D(2026, 7, 14), "day", "date"),
    # quantities
    ("en moins de trois mois", THU, None, None, None, "month", "duration"),
    ("deux heures", THU, None, None, None, None, "duration"),
    ("la loi de 1905", THU, None, None, None, None, None),
]


@pytest.mark.parametrize(
    "text,published,tense,start,end,precision,kind",
    NORMALIZE_CASES,
    ids=[f"{c[0]}|{c[1]}|{c[2]}" for c in NORMALIZE_CASES],
)
def test_normalize_date(text, published, tense, start, end, precision, kind):
    value = normalize_date(text, published, tense=tense)
    if kind is None:
        assert value is None
        return
    assert value is not None
    assert (value.start, value.end, value.precision, value.kind) == (start, end, precision, kind)
    assert (value.text, value.char_start, value.char_end) == (text, 0, len(text))


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        ("la veille", D(2025, 10, 10), D(2025, 10, 9)),
        ("le lendemain", D(2025, 10, 10), D(2025, 10, 11)),
        ("deux jours plus tard", D(2025, 10, 10), D(2025, 10, 12)),
        ("le lendemain", None, D(2025, 10, 24)),
        # hours counted in whole days are days, whatever hour the anchor had
        ("48 heures plus tard", D(2025, 10, 10), D(2025, 10, 12)),
        ("24 heures après", D(2025, 10, 10), D(2025, 10, 11)),
        ("72 heures avant", D(2025, 10, 10), D(2025, 10, 7)),
    ],
)
def test_dates_anaphora_use_the_anchor(text, anchor, expected):
    value = normalize_date(text, THU, anchor=anchor)
    assert value.start == value.end == expected


# Rule: a bare day of the month (`le 10`) in a chronicle is of the month last told, or of the next one
# when that day is already past (`Le 28 février ...; le 3, ...`); never after the day of a past report.
@pytest.mark.parametrize(
    "text, anchor, tense, expected",
    [
        ("le 10", D(2025, 3, 4), "past", D(2025, 3, 10)),  # `Le 4 mars, ...; le 10, Pékin a répliqué`
        ("Le 3", D(2025, 2, 28), "past", D(2025, 3, 3)),
        ("le 12", D(2025, 10, 2), None, D(2025, 10, 12)),
        ("le 10", D(2025, 10, 22), "past", D(2025, 10, 10)),  # 10 November is not yet: this month's
        ("le 30", D(2025, 10, 20), "past", D(2025, 9, 30)),  # 30 October is not yet either
        ("le 10", None, "past", D(2025, 10, 10)),
    ],
)
def test_dates_bare_day_is_of_the_month_told(text, anchor, tense, expected):
    value = normalize_date(text, THU, anchor=anchor, tense=tense)
    assert value.start == value.end == expected


def test_dates_hours_not_whole_days_count_no_day():
    """`Deux heures après` may cross midnight from an anchor whose hour is unknown: not a counted day."""
    assert normalize_date("2 heures après", THU, anchor=D(2025, 10, 10)) is None


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("3 avril", None, (None, None)),
        ("3 avril", date(2021, 9, 20), (None, None)),  # the anchor says nothing of which April
        ("jeudi", date(2021, 9, 20), (None, None)),
        ("l'été", date(2021, 9, 20), (None, None)),
        ("le lendemain", date(2021, 9, 20), (date(2021, 9, 21), date(2021, 9, 21))),  # counts from the anchor
        ("3 avril 2019", None, (date(2019, 4, 3), date(2019, 4, 3))),
        ("en mai 08", None, (date(2008, 5, 1), date(2008, 5, 31))),  # fixed pivot, not today's year
        ("en mai 57", None, (date(1957, 5, 1), date(1957, 5, 31))),
    ],
)
def test_normalize_without_publication_date_never_guesses_a_year(text, anchor, expected):
    value = normalize_date(text, None, anchor=anchor)
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        ("dans la nuit", "past", (date(2025, 10, 23), date(2025, 10, 24))),  # the night that ends on publication
        ("au cours de la nuit", None, (date(2025, 10, 23), date(2025, 10, 24))),
        ("pendant la nuit", "present", (date(2025, 10, 23), date(2025, 10, 24))),
        ("durant la nuit dernière", "past", (date(2025, 10, 23), date(2025, 10, 24))),
        ("la nuit dernière", "past", (date(2025, 10, 23), date(2025, 10, 24))),
        ("la nuit dernière", None, (date(2025, 10, 23), date(2025, 10, 24))),
        ("dans la nuit", "future", (date(2025, 10, 24), date(2025, 10, 25))),  # the coming night
        ("dans la nuit du 3 au 4 mai", "past", (date(2025, 5, 3), date(2025, 5, 4))),
    ],
)
def test_normalize_the_night_of_wire_copy_spans_two_days(text, tense, expected):
    value = normalize_date(text, FRI, tense=tense)
    assert (value.start, value.end, value.kind) == (*expected, "interval")


@pytest.mark.parametrize(
    "text",
    [
        "pour l'instant",
        "maintenant",
        "jusqu'à présent",
        "à l'avance",
        "au départ",
        "ensuite",
        "Quelques heures plus tôt",
        "1 000 livres",
        "700 000 soldats",
        "EA-37B",
        "G7",
        "COVID-19",
        "2 %",
        "en ce moment",
    ],
)
def test_normalize_never_dates_vague_words_and_numbers(text):
    value = normalize_date(text, FRI)
    assert value is None or (value.start, value.end) == (None, None)
