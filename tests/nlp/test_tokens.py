import pytest
import spacy

from pipeline.nlp.tokens import (
    doc_text,
    forget_tokens,
    lower_texts,
    per_doc,
    plain_apostrophes,
    remember_text,
    token_texts,
)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre franco-allemand s'est rendu à Kyïv.",
        "  Deux  espaces, un tiret - et l'apostrophe.",
        "",
    ],
)
def test_token_texts_are_the_tokens_texts(text: str) -> None:
    doc = spacy.blank("fr")(text)
    assert token_texts(doc) == [t.text for t in doc]


@pytest.mark.parametrize("text", ["Le ministre s'est rendu à Kyïv.\n\nIl repart demain.  ", ""])
def test_doc_text_is_the_doc_text_joined_once(text: str) -> None:
    doc = spacy.blank("fr")(text)
    assert doc_text(doc) == text
    assert doc_text(doc) is doc_text(doc)


def test_doc_text_reads_the_remembered_text_without_a_join() -> None:
    text = "Le sommet a eu lieu."
    doc = spacy.blank("fr")(text)
    remember_text(doc, text)
    assert doc_text(doc) is text  # the article's own string, not a new join of the tokens


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le Sommet de l'OTAN à Vilnius.", ["le", "sommet", "de", "l'", "otan", "à", "vilnius", "."]),
        ("", []),
    ],
)
def test_lower_texts_are_the_lower_cased_texts_read_once(text: str, expected: list[str]) -> None:
    doc = spacy.blank("fr")(text)
    assert lower_texts(doc) == expected
    assert lower_texts(doc) is lower_texts(doc)


def test_token_texts_are_read_once_per_doc() -> None:
    doc = spacy.blank("fr")("La réunion de lundi est reportée.")
    assert token_texts(doc) is token_texts(doc)


@pytest.mark.parametrize(
    "text,split_at,pieces",
    [
        ("La saison 2011/12 fut longue.", 2, ["2011", "/", "12"]),
        ("Le budget 2024/2025 est voté.", 2, ["2024", "/", "2025"]),
    ],
)
def test_what_was_read_is_read_again_after_a_retokenisation(text: str, split_at: int, pieces: list[str]) -> None:
    doc = spacy.blank("fr")(text)
    before = token_texts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[split_at], pieces, heads=[(doc[split_at], 0)] * len(pieces))
    forget_tokens(doc)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_texts(doc)[split_at : split_at + 3] == pieces
    assert len(token_texts(doc)) == len(before) + 2


@pytest.mark.parametrize("name,first,second", [("a", 1, 2), ("b", "x", "y")])
def test_per_doc_builds_once_and_again_after_forget(name: str, first: object, second: object) -> None:
    doc = spacy.blank("fr")("Le sommet s'ouvre demain à Genève.")
    values = iter([first, second])
    assert per_doc(doc, name, lambda d: next(values)) == first
    assert per_doc(doc, name, lambda d: next(values)) == first  # kept
    forget_tokens(doc)
    assert per_doc(doc, name, lambda d: next(values)) == second


# Rule: typographic apostrophes are read as the plain one, character for character: offsets into the plain
# text are offsets into the article's own.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("L’émir s’est rendu à N’Djamena.", "L'émir s'est rendu à N'Djamena."),
        ("aujourdʼhui", "aujourd'hui"),
        ("« Rien » n'a changé.", "« Rien » n'a changé."),
    ],
)
def test_plain_apostrophes_keep_every_offset(text: str, expected: str) -> None:
    assert plain_apostrophes(text) == expected
    assert len(plain_apostrophes(text)) == len(text)
