import pytest
import spacy

from pipeline.nlp.tokens import token_texts


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
