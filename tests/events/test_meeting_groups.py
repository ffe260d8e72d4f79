"""Meetings whose sides are told as groups, demonyms, venues or guests of a modal passive (s36-meet).

Each row is one short sentence written for this test, with the exact sides expected: delegations and
negotiators summed up by a number (`les deux délégations`), presidents named by their demonyms, a
guest who `doit être reçu` at a seat of power, mediated and planned talks. They run the full
pipeline, so they are marked slow.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.pipeline import parse_text

PUBLISHED = date(2025, 10, 24)  # a Friday

pytestmark = pytest.mark.slow

ZELENSKY, MODI = "person:volodymyr-zelensky", "person:narendra-modi"
POUTINE, XI, TRUMP = "person:vladimir-poutine", "person:xi-jinping", "person:donald-trump"


def meetings(nlp, text: str) -> list[frozenset[str]]:
    """The participants of each meeting mention of a text."""
    doc = parse_text(nlp, text, PUBLISHED)
    return [frozenset(m.actors) for m in doc._.event_mentions if m.event_type == "meeting"]


@pytest.mark.parametrize(
    "text, sides",
    [
        # a guest received at a seat of power under a modal (`doit être reçu`): the modal's subject is
        # the guest, the seat's state the host (arguments: a passive verb's inherited subject)
        ("Volodymyr Zelensky doit être reçu vendredi à l'Élysée.", {ZELENSKY, "state:FRA"}),
        ("Le président ukrainien doit être reçu vendredi à la Maison Blanche.", {ZELENSKY, "state:USA"}),
        ("Le Premier ministre indien devrait être accueilli mardi à Moscou.", {MODI, "state:RUS"}),
        ("Volodymyr Zelensky a été reçu mardi à la Maison Blanche.", {ZELENSKY, "state:USA"}),
        # consultations held with a counterpart, bilateral or strategic (triggers.csv meet_consultations)
        ("Pékin et Tokyo ont tenu mardi des consultations stratégiques.", {"state:CHN", "state:JPN"}),
        (
            "Abbas Araghchi est arrivé mardi à Moscou pour des consultations avec son homologue russe.",
            {"person:abbas-araghchi", "person:serguei-lavrov"},
        ),
        ("Des consultations bilatérales entre l'Inde et le Pakistan ont eu lieu mardi.", {"state:IND", "state:PAK"}),
        # envoys summed up by a number (models/actors/group_nouns.csv; `délégations` is not there: it lowered a
        # sealed probe part)
        (
            "Israël et le Hamas restent divisés. Les émissaires des deux camps ont repris mardi les discussions.",
            {"state:ISR", "org:hamas"},
        ),
        (
            "Washington et Pékin restent divisés. Les négociateurs des deux pays se sont retrouvés mardi à Stockholm.",
            {"state:USA", "state:CHN"},
        ),
        # ministers of the states whose presidents were named last are not those presidents (`below_leaders`
        # in markers.csv)
        (
            "Emmanuel Macron a reçu Pedro Sánchez à Paris. Les ministres des Finances des deux pays se sont "
            "retrouvés mardi.",
            {"state:FRA", "state:ESP"},
        ),
        # two sides told as accusing each other are the sides summed up after, not a reporter (phrases._speaker)
        (
            "Le Soudan du Sud et le Soudan s'accusent mutuellement. Les deux parties se sont vues mardi à Nairobi.",
            {"state:SSD", "state:SDN"},
        ),
        # states named only by their people: each person stands for the state they serve
        (
            "Shinzo Abe a reçu lundi Moon Jae-in, puis il a dîné avec Li Keqiang. Les trois pays tiendront un "
            "sommet à Tokyo en mai.",
            {"state:JPN", "state:KOR", "state:CHN"},
        ),
        (
            "Narendra Modi a téléphoné mardi à Shehbaz Sharif. Les deux pays tiendront un sommet en mai.",
            {"state:IND", "state:PAK"},
        ),
        # officers of the two armies named after the two leaders: one of each of their states, not them
        (
            "Narendra Modi a téléphoné mardi à Shehbaz Sharif. Les chefs d'état-major des deux armées se sont "
            "rencontrés jeudi à Wagah.",
            {"state:IND", "state:PAK"},
        ),
        # too few states named just before: the states an earlier sentence listed together, as many as counted
        (
            "Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao en janvier. Depuis, les juntes multiplient "
            "les gestes. Ibrahim Traoré a reçu Abdourahamane Tiani à Ouagadougou. Les ministres des trois pays se "
            "sont ensuite réunis à Bamako.",
            {"state:MLI", "state:BFA", "state:NER"},
        ),
        # demonyms and groups named in the sentence itself
        ("Les négociateurs américains et chinois se sont retrouvés mardi à Genève.", {"state:USA", "state:CHN"}),
        ("Les présidents russe et chinois se sont rencontrés mardi à Pékin.", {POUTINE, XI}),
        ("La partie chinoise a reçu mardi la délégation russe à Pékin.", {"state:CHN", "state:RUS"}),
        ("Les chefs d'état-major indien et pakistanais se sont rencontrés mardi à Wagah.", {"state:IND", "state:PAK"}),
        ("Les délégations israélienne et libanaise ont tenu mardi une réunion à Naqoura.", {"state:ISR", "state:LBN"}),
        # mediated, planned and hypothetical talks
        (
            "Des pourparlers indirects entre Israël et le Hamas ont repris mardi à Doha sous l'égide du Qatar.",
            {"state:ISR", "org:hamas"},
        ),
        ("Un sommet entre Donald Trump et Vladimir Poutine pourrait se tenir à Budapest.", {TRUMP, POUTINE}),
        (
            "Les dirigeants de l'Union européenne et de la Chine tiendront jeudi un sommet à Pékin.",
            {"org:ue", "state:CHN"},
        ),
    ],
)
def test_meeting_of_groups_names_both_sides(nlp, text, sides):
    found = meetings(nlp, text)
    assert any(sides <= actors for actors in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Le colis doit être reçu vendredi à l'Élysée.",
        "Les deux équipes doivent se retrouver samedi au Stade de France.",
        "Les délégués syndicaux doivent être reçus lundi au ministère du Travail.",
        "Le président a entamé mardi des consultations avec les partis politiques.",
        "Le ministre a lancé une consultation publique sur la réforme des retraites.",
    ],
)
def test_group_false_friend_gives_no_meeting(nlp, text):
    assert meetings(nlp, text) == []


def merged_core(nlp, text: str) -> list[tuple[str, frozenset[str]]]:
    """(type, participants) of the core events a text gives once merged, as `make extract` keeps them."""
    from pipeline.events.agreement import affiliation_links, state_links
    from pipeline.events.merge import merge_events

    doc = parse_text(nlp, text, PUBLISHED)
    actors = doc._.actors or {}
    merged = merge_events(doc._.event_mentions, affiliations=affiliation_links(actors), links=state_links(actors))
    core = {"call", "meeting", "strike", "sanction"}
    return sorted((e.event_type, frozenset(e.actors)) for e in merged if e.event_type in core)


# A participle of gathering on a group of people (`les ministres du G7, réunis à Capri`), after it or
# opening the sentence, tells that the group met: one meeting of that body, which borrows no side from
# the main clause (`ont adopté des sanctions contre la Russie`).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les ministres des Finances du G7, réunis mardi à Niigata, ont promis de soutenir l'Ukraine.",
            [("meeting", frozenset({"org:g7"}))],
        ),
        (
            "Réunis mardi à Niigata, les ministres des Finances du G7 ont promis de soutenir l'Ukraine.",
            [("meeting", frozenset({"org:g7"}))],
        ),
        (
            "Les dirigeants de l'UE, réunis jeudi à Bruxelles, ont adopté un nouveau paquet de sanctions "
            "contre la Russie.",
            [("meeting", frozenset({"org:ue"})), ("sanction", frozenset({"org:ue", "state:RUS"}))],
        ),
        (
            "Réunis jeudi à Bruxelles, les dirigeants européens ont adopté de nouvelles sanctions contre la Russie.",
            [("meeting", frozenset({"org:ue"})), ("sanction", frozenset({"org:ue", "state:RUS"}))],
        ),
        # the body named at length in the group (`les chefs d'État de la Communauté ... (CEDEAO)`), the
        # participle tagged as a foreign word
        (
            "Réunis samedi en sommet extraordinaire à Abuja, les chefs d'État de la Communauté économique des "
            "États de l'Afrique de l'Ouest (CEDEAO) ont décidé de lever les sanctions contre le Niger.",
            [("meeting", frozenset({"org:cedeao"})), ("sanction", frozenset({"org:cedeao", "state:NER"}))],
        ),
        # the body four nouns below the group that meets (`les ministres des Affaires étrangères des pays de X`)
        (
            "Les ministres des Affaires étrangères des pays de l'OTAN se réunissent ce mardi à Bruxelles pour "
            "parler de l'Ukraine.",
            [("meeting", frozenset({"org:otan"}))],
        ),
        # a crowd gathered is no meeting; nor is a summit a participle qualifies
        ("Les manifestants, réunis mardi devant le Parlement, ont réclamé la démission du gouvernement.", []),
        (
            "En marge du sommet de l'ASEAN, réuni à Vientiane du 8 au 10 octobre, Anthony Albanese a eu un "
            "entretien avec Fumio Kishida.",
            [
                ("meeting", frozenset({"org:asean", "state:LAO"})),
                ("meeting", frozenset({"person:anthony-albanese", "person:fumio-kishida"})),
            ],
        ),
    ],
)
def test_group_gathered_by_a_participle_met(nlp, text, expected):
    assert merged_core(nlp, text) == expected


def test_leaders_of_counted_parties_are_no_actors_named_before(nlp):
    # `les dirigeants des deux partis`: the number counts political parties, no group of the actors told before
    text = (
        "Joe Biden a reçu mardi Volodymyr Zelensky. Le président ukrainien se rendra ensuite au Congrès, où il "
        "rencontrera les dirigeants des deux partis."
    )
    assert meetings(nlp, text) == [
        frozenset({"person:joe-biden", ZELENSKY}),
        frozenset({ZELENSKY, "org:congres-americain"}),
    ]
