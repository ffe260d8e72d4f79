"""Sentence boundaries set before the parser (`pipeline/nlp/pipeline.py`)."""

from __future__ import annotations

import pytest

from pipeline.nlp.hyphenated import keep_hyphenated_words
from pipeline.nlp.pipeline import (
    compound_norms,
    keep_compound_demonyms,
    keep_hyphenated_places,
    line_sentencizer,
    place_pos,
)


@pytest.mark.parametrize(
    "text, first_sentence",
    [
        # a wire dateline with its agency, text on the same line: the dateline is a sentence of its own
        ("LISBONNE, 3 avril (AFP) - Les ministres se sont retrouvés mardi.", "LISBONNE, 3 avril (AFP) -"),
        ("Rabat, 12 juin 2025 (dépêche) – Le roi a reçu lundi le président.", "Rabat, 12 juin 2025 (dépêche) –"),
        # a dateline on a line of its own is already a sentence
        ("Rabat, 12 juin 2025 (dépêche) –\n\nLe roi a reçu lundi le président.", "Rabat, 12 juin 2025 (dépêche) –"),
        # no dateline: a comma after a place does not split the sentence
        (
            "Lisbonne, capitale du Portugal, accueille le sommet.",
            "Lisbonne, capitale du Portugal, accueille le sommet.",
        ),
    ],
)
def test_line_sentencizer_splits_a_wire_dateline(fr_model, text, first_sentence):
    doc = line_sentencizer(fr_model.make_doc(text))
    assert next(iter(doc.sents)).text.strip() == first_sentence


def test_line_sentencizer_splits_a_dateline_after_a_headline(fr_model):
    text = "Accord à Lisbonne\n\nLISBONNE, 3 avril (Reuters) - Les ministres se sont retrouvés mardi."
    doc = line_sentencizer(fr_model.make_doc(text))
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Accord à Lisbonne",
        "LISBONNE, 3 avril (Reuters) -",
        "Les ministres se sont retrouvés mardi.",
    ]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # sentence-final punctuation, repeated or not, ends a sentence at the next word
        ("Le sommet est fini. Les ministres partent.", ["Le sommet est fini.", "Les ministres partent."]),
        ("Un accord ?! Personne n'y croit.", ["Un accord ?!", "Personne n'y croit."]),
        # a closing quote after the full stop stays with its sentence
        ("Il a dit « non. » Puis il est parti.", ["Il a dit « non. »", "Puis il est parti."]),
        # an opening quote after a full stop belongs to the next sentence
        ("Le ministre avance. « Il faut négocier », dit-il.", ["Le ministre avance.", "« Il faut négocier », dit-il."]),
        # a line break ends a sentence even without punctuation (a heading)
        ("Visite à Rome\nLe président arrive lundi.", ["Visite à Rome", "Le président arrive lundi."]),
        # ... but not a line of text wrapped at a fixed width, or broken by an HTML `<br>`: the next line opens
        # on a lower-case word, or this one ends on a word that needs one after it
        (
            "Le ministre s'est entretenu par téléphone\navec son homologue, a indiqué\nla présidence.",
            ["Le ministre s'est entretenu par téléphone\navec son homologue, a indiqué\nla présidence."],
        ),
        ("Le ministre a reçu lundi le\nPremier ministre.", ["Le ministre a reçu lundi le\nPremier ministre."]),
        # a byline under the title stays a line of its own
        ("Visite à Rome\npar Jean Martin 3 mars 2025", ["Visite à Rome", "par Jean Martin 3 mars 2025"]),
        # an abbreviation's point is not sentence-final when the tokenizer keeps it in the word
        ("M. Dupont est arrivé.", ["M. Dupont est arrivé."]),
        # nor is a point followed by a lower-case word: no French sentence opens so (`Jr.`, `etc.`)
        (
            "Le président Bongbong Marcos Jr. s'est rendu à Tokyo. Il repart demain.",
            ["Le président Bongbong Marcos Jr. s'est rendu à Tokyo.", "Il repart demain."],
        ),
        ("Il a cité le blé, le maïs, etc. et les engrais.", ["Il a cité le blé, le maïs, etc. et les engrais."]),
    ],
)
def test_line_sentencizer_sentences(fr_model, text, sentences):
    doc = line_sentencizer(fr_model.make_doc(text))
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences


# Rule: a hyphenated word whose first parts are combining forms of the actor KB
# (models/actors/combining_forms.csv) stays one token, as spaCy keeps `franco-britannique`.
@pytest.mark.parametrize(
    "text, word",
    [
        ("Le sommet congolo-rwandais a eu lieu mardi.", "congolo-rwandais"),
        ("Les pourparlers saoudo-iraniens, annoncés hier, reprennent.", "saoudo-iraniens"),
        ("La guerre éthiopo-érythréenne est finie.", "éthiopo-érythréenne"),
        ("Le dialogue germano-russo-chinois s'ouvre.", "germano-russo-chinois"),
    ],
)
def test_compound_demonym_stays_one_token(text, word):
    import spacy

    nlp = spacy.blank("fr")
    keep_compound_demonyms(nlp)
    assert word in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text", ["Il est arrivé à Port-au-Prince, peut-être lundi.", "Un vote anti-américain."])
def test_other_hyphenated_words_tokenize_as_before(text):
    import spacy

    plain, kept = spacy.blank("fr"), spacy.blank("fr")
    keep_compound_demonyms(kept)
    assert [t.text for t in kept.make_doc(text)] == [t.text for t in plain.make_doc(text)]


# Rule: a hyphenated place of the knowledge base (a capital of states.csv, a place of place_states.csv)
# stays one token, as spaCy keeps `Saint-Pétersbourg`; other hyphenated words split as before.
@pytest.mark.parametrize(
    "text, word",
    [
        ("Le Hamas a tiré des roquettes sur Tel-Aviv jeudi.", "Tel-Aviv"),
        ("Les paramilitaires ont bombardé El-Facher, selon l'ONU.", "El-Facher"),
        ("Une raffinerie de Nijni-Novgorod a été touchée.", "Nijni-Novgorod"),
        ("Des drones ont visé Rostov-sur-le-Don.", "Rostov-sur-le-Don"),
        # a state's name or alias (spaCy keeps `États-Unis` whole, not these)
        ("Le Royaume-Uni, le Canada et l'Australie ont protesté.", "Royaume-Uni"),
        ("La Guinée-Bissau a rappelé son ambassadeur.", "Guinée-Bissau"),
        ("Les pêcheurs de Grande-Bretagne manifestent.", "Grande-Bretagne"),
    ],
)
def test_hyphenated_place_stays_one_token(text, word):
    import spacy

    nlp = spacy.blank("fr")
    keep_hyphenated_places(nlp)
    assert word in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text", ["Allez-y, a-t-il dit à Bandar-Abbas.", "Un vote anti-américain à Tel-Avivien."])
def test_other_hyphenated_names_tokenize_as_before(text):
    import spacy

    plain, kept = spacy.blank("fr"), spacy.blank("fr")
    keep_hyphenated_places(kept)
    assert [t.text for t in kept.make_doc(text)] == [t.text for t in plain.make_doc(text)]


# Rule: the hyphenated common words of models/nlp/hyphenated_words.txt stay one token whatever their
# case (`état-major`, `Proche-Orient`), so the demonym after them hangs on the phrase's noun.
@pytest.mark.parametrize(
    "text, word",
    [
        ("Le chef d'état-major ivoirien est arrivé.", "état-major"),
        ("Les États-majors ont été consultés.", "États-majors"),
        ("Une tournée au Proche-Orient commence lundi.", "Proche-Orient"),
        ("Un lance-roquettes a été détruit.", "lance-roquettes"),
        ("Le poste-frontière de Wagah a été fermé.", "poste-frontière"),
        ("Deux attentats-suicides ont frappé la ville.", "attentats-suicides"),
    ],
)
def test_hyphenated_word_stays_one_token(text, word):
    import spacy

    nlp = spacy.blank("fr")
    keep_hyphenated_words(nlp)
    assert word in [t.text for t in nlp.make_doc(text)]


# Rule: a hyphenated place kept one word is a proper noun, whatever the tagger made of it (`El-Facher`: NUM)
@pytest.mark.parametrize(
    "text, word",
    [
        ("Les FSR ont bombardé la ville d'El-Facher samedi.", "El-Facher"),
        ("Le Hamas a tiré des roquettes sur Tel-Aviv jeudi.", "Tel-Aviv"),
    ],
)
def test_hyphenated_place_is_a_proper_noun(nlp, text, word):
    doc = place_pos(nlp(text))
    assert next(t.pos_ for t in doc if t.text == word) == "PROPN"


# Rule: a compound kept whole without a vector reads as its last part (`germano-polonais` -> `polonais`),
# so the tagger sees the demonym it ends with; other words keep their norm.
@pytest.mark.parametrize(
    "text, word, norm",
    [
        ("Un entretien germano-polonais a eu lieu.", "germano-polonais", "polonais"),
        ("Le sommet Congolo-Rwandais a eu lieu.", "Congolo-Rwandais", "rwandais"),
        ("Il est arrivé à Port-au-Prince lundi.", "lundi", "lundi"),
    ],
)
def test_compound_demonym_reads_as_its_last_part(text, word, norm):
    import spacy

    nlp = spacy.blank("fr")
    keep_compound_demonyms(nlp)
    doc = compound_norms(nlp.make_doc(text))
    assert next(t.norm_ for t in doc if t.text == word) == norm
