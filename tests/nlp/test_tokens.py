import pytest
import spacy

from pipeline.nlp.tokens import doc_text, remember_text, token_texts


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
