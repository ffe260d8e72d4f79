"""Parse repair for a verb in the present read as a word of its subject's noun phrase.

Headlines and ledes tell the day's news in the present, and the French model, which has seen few such
sentences, may read the verb right after its subject's name as part of that name's phrase:

- `Téhéran expulse deux diplomates français`, `Washington sanctionne Caracas`: the verb tagged an auxiliary,
  a noun or an adjective and made the head of a noun phrase, the name its determiner or modifier and the
  object its noun modifier. The verb then heads the sentence as a verb: the name is its subject, and the
  first bare phrase after it (or one opened by the article `des` read as a preposition) its object.
- `Pékin riposte par des taxes`: the verb tagged an adjective or a noun and hung on the name that opens the
  sentence, made its root. The verb heads the sentence, as the hung verb repair does for a word tagged verb.
- `Kiev frappe une raffinerie russe, Moscou pilonne Kharkiv`, `Israël bombarde Beyrouth, le Hezbollah
  riposte`: two clauses set side by side with a comma, the second clause's subject read as one more object
  or conjunct of the first and its verb as that name's adjective. The verb hangs on the first clause's verb
  (`parataxis`), the name is its subject, and the name or bare noun phrase told right after it, hung
  elsewhere, is its object.

- `Paris en expulse quatre`: the pronoun `en` (what the sentence before told, counted by the number after
  the verb) between the name that opens the sentence and its verb; the parser reads the verb as a noun or
  hangs the name and the number outside it. The verb heads the sentence, the name is its subject, `en` its
  pronoun and the number its object.

Either way the word's form is the present of a verb the model knows (`expulse` -> `expulser`, `pilonne` ->
`pilonner`), and it has no determiner of its own. It touches no sentence boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.hung_verbs import rooted_on_subject
from pipeline.nlp.lemma_index import indexed_words
from pipeline.nlp.syntax import after_comma, labelled, rehang_at_once
from pipeline.nlp.tokens import lower_texts
from pipeline.nlp.verb_lemmas import present_infinitive

_HUNG_AS = ("amod", "acl", "nmod")
_TAGGED_AS = frozenset({"ADJ", "NOUN", "VERB"})
_ROOT_TAGGED_AS = frozenset({"ADJ", "NOUN", "AUX"})
_AUXILIARIES = frozenset({"être", "avoir"})
_PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


@Language.factory(
    "news_misread_present",
    assigns=["token.head", "token.dep", "token.pos", "token.lemma", "token.morph"],
    requires=["token.dep", "token.pos"],
)
def make_misread_present_repair(nlp: Language, name: str) -> MisreadPresentRepair:
    """The repair, with the verbs the model's lemmatizer knows (its `lemma_index`)."""
    return MisreadPresentRepair(indexed_words(nlp, "verb"))


class MisreadPresentRepair:
    """Make each present verb read as a word of its subject's noun phrase the verb of its clause."""

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known

    def __call__(self, doc: Doc) -> Doc:
        for i in labelled(doc, ("ROOT",)):
            verb = doc[i]
            infinitive = self.verb_heading_name(verb)
            if infinitive is None:
                continue
            moves = _object_moves(verb)
            if rehang_at_once(doc, [(doc[verb.i - 1], verb, "nsubj"), *moves]):
                _make_verb(verb, infinitive)
                _object_article(moves)
        lowers = lower_texts(doc)  # `en` is rare: the labels of its readings found in bulk, the word by text
        for i in (i for i in labelled(doc, ("case", "iobj", "obj", "expl:comp", "obl:mod")) if lowers[i] == "en"):
            moves_and_verb = self.verb_after_partitive(doc[i])
            if moves_and_verb is not None and rehang_at_once(doc, moves_and_verb[0]):
                _make_verb(*moves_and_verb[1])
        for i in labelled(doc, _HUNG_AS):  # a few candidates per article: the labels found in bulk
            verb = doc[i]
            infinitive = self.verb_on_root_name(verb)
            if infinitive is not None:
                # `Pékin riposte par des taxes`: the verb heads the sentence, the name's phrases after it its own
                if rehang_at_once(doc, rooted_on_subject(verb)):
                    _make_verb(verb, infinitive)
                    moves = _object_moves(verb)
                    if rehang_at_once(doc, moves):
                        _object_article(moves)
                continue
            infinitive = self.verb_after_name(verb)
            if infinitive is None:
                continue
            subject, root = verb.head, verb.sent.root
            moves = [(verb, root, "parataxis"), (subject, verb, "nsubj")]
            following = _object_after(verb)
            if following is not None:
                moves.append((following, verb, "obj"))
            if rehang_at_once(doc, moves):
                _make_verb(verb, infinitive)
        for i in labelled(doc, ("conj",)):
            verb = doc[i]
            infinitive = self.noun_with_own_subject(verb)
            if infinitive is None:
                continue
            following = _object_after(verb)
            if rehang_at_once(doc, [(following, verb, "obj")] if following is not None else []):
                _make_verb(verb, infinitive)
        return doc

    def noun_with_own_subject(self, word: Token) -> str | None:
        """The infinitive of `word` when it is the present verb of a second clause after a comma, tagged a noun
        or an adjective and joined to the first clause's verb, with the name right before it as its subject
        (`les Houthis revendiquent une attaque, Washington frappe Hodeïda`); None for any other word."""
        if word.pos_ not in {"ADJ", "NOUN"} or word.dep_ != "conj" or word.head.pos_ not in {"VERB", "AUX"}:
            return None
        name = word.doc[word.i - 1]
        if name.pos_ != "PROPN" or name.head.i != word.i or name.dep_ != "nsubj" or not after_comma(name):
            return None
        if any(c.dep_ == "det" for c in word.children):
            return None
        return self.known_present(word)

    def verb_on_root_name(self, word: Token) -> str | None:
        """The infinitive of `word` when it is a present verb tagged an adjective or a noun and hung on the name
        that opens the sentence as its root (`Pékin riposte par des taxes`); None for any other word (a verb
        tagged so is the hung verb repair's)."""
        if word.pos_ not in {"ADJ", "NOUN"} or word.dep_ not in _HUNG_AS:
            return None
        name = word.head
        if name.i != word.i - 1 or name.pos_ != "PROPN" or name.dep_ != "ROOT" or name.left_edge.i != word.sent.start:
            return None
        if any(c.dep_ == "det" for c in word.children):
            return None
        return self.known_present(word)

    def verb_heading_name(self, word: Token) -> str | None:
        """The infinitive of `word` when it is a present verb the parser made the root of a noun phrase whose
        first word is its subject's name (`Téhéran expulse deux diplomates`); None for any other word."""
        if word.pos_ not in _ROOT_TAGGED_AS or word.i == word.sent.start or word.lemma_ in _AUXILIARIES:
            return None
        name = word.doc[word.i - 1]
        if name.pos_ != "PROPN" or name.head.i != word.i or name.left_edge.i != word.sent.start:
            return None
        if any(c.pos_ == "DET" and c.i > name.i for c in word.children):
            return None  # `Paris Match publie`: no article of its own
        return self.known_present(word)

    def verb_after_name(self, word: Token) -> str | None:
        """The infinitive of `word` when it is the present verb of a clause set after a comma, hung on the name
        right before it (`, Moscou pilonne`); None for any other word."""
        if word.pos_ not in _TAGGED_AS or word.dep_ not in _HUNG_AS:
            return None
        name = word.head
        if name.i != word.i - 1 or name.pos_ != "PROPN" or name.dep_ in {"nsubj", "ROOT"} or not after_comma(name):
            return None
        if word.sent.root.i > name.i or any(c.dep_ == "det" for c in word.children):
            return None
        return self.known_present(word)

    def verb_after_partitive(self, clitic: Token) -> tuple[list[tuple[Token, Token, str]], tuple[Token, str]] | None:
        """`Paris en expulse quatre`: the name that opens the sentence, the pronoun `en` standing for what was
        told before, then a present verb the parser read as a noun, and the number it counts. The moves that
        make the verb the root, the name its subject, `en` its pronoun and the number its object, with the
        verb and its infinitive; None for any other word."""
        doc = clitic.doc
        if clitic.lower_ != "en" or clitic.i == 0 or clitic.i + 1 >= len(doc):
            return None
        name, word = doc[clitic.i - 1], doc[clitic.i + 1]
        if not (name.pos_ == "PROPN" or (name.pos_ == "NOUN" and name.text[:1].isupper())):
            return None
        if name.i != name.sent.start or word.sent.start != name.i:
            return None
        if name.head.i == word.i and name.dep_ == "nsubj" and word.pos_ == "VERB":
            return None  # read right already
        infinitive = word.lemma_ if word.pos_ == "VERB" else self.known_present(word)
        if infinitive is None:
            return None
        number = doc[word.i + 1] if word.i + 1 < word.sent.end else None
        if number is None or number.pos_ != "NUM":
            return None
        moves = [(word, word, "ROOT"), (name, word, "nsubj"), (clitic, word, "iobj"), (number, word, "obj")]
        moved = {t.i for t, _, _ in moves}
        for t in doc[word.sent.start : word.sent.end]:
            if t.i not in moved and t.head.i in moved and t.head.i != t.i and t.head.i != word.i:
                moves.append((t, word, t.dep_))  # what hung on the name or the number, now the clause's
            elif t.i not in moved and t.head.i == t.i:
                moves.append((t, word, "parataxis"))  # the root the parser chose, after the verb
        return moves, (word, infinitive)

    def known_present(self, word: Token) -> str | None:
        """The infinitive of a present form whose verb the model knows (`pilonne` -> `pilonner`), else None."""
        infinitive = present_infinitive(word.lower_, self.known)
        return infinitive if infinitive in self.known else None


def _make_verb(word: Token, infinitive: str) -> None:
    word.pos_ = "VERB"
    word.lemma_ = infinitive
    word.set_morph(_PRESENT)  # type: ignore[attr-defined]


def _object_moves(verb: Token) -> list[tuple[Token, Token, str]]:
    """The verb's object among its noun modifiers (`_object_below`) and the names joined to it by `et` that
    the parser hung on the verb (`sanctionne Rosneft et Lukoil`)."""
    if any(c.dep_ == "obj" for c in verb.children):
        return []
    found = _object_below(verb)
    if found is None:
        return []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i > found.i and c.pos_ in {"PROPN", "NOUN"}]
    return [(found, verb, "obj"), *((c, found, "conj") for c in joined)]


def _object_article(moves: list[tuple[Token, Token, str]]) -> None:
    """`expulse des diplomates`: the article `des` read as the object's preposition is its article."""
    for token, _, dep in moves:
        article = next((c for c in token.children if c.dep_ == "case"), None) if dep == "obj" else None
        if article is not None:
            article.dep_, article.pos_ = "det", "DET"


def _object_below(verb: Token) -> Token | None:
    """The first noun modifier after the verb read as a noun, opened by no preposition or by the article `des`
    read as one (`expulse deux diplomates`, `sanctionne des banques`), or None."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in {"nmod", "obl:arg", "obl:mod", "flat:name", "appos"}:
            continue
        cases = [c for c in child.children if c.dep_ == "case"]
        if not cases or (len(cases) == 1 and cases[0].lower_ == "des" and cases[0].i == child.left_edge.i):
            return child
        return None
    return None


def _object_after(verb: Token) -> Token | None:
    """The head of a name or a noun phrase with no preposition that opens right after the verb and that the
    parser hung outside the verb's phrase, or None."""
    doc = verb.doc
    if verb.i + 1 >= verb.sent.end:
        return None
    first = doc[verb.i + 1]
    head = first if first.pos_ in {"PROPN", "NOUN"} else first.head
    if head.pos_ not in {"PROPN", "NOUN"} or head.left_edge.i != first.i or first.pos_ == "ADP":
        return None
    if any(c.dep_ == "case" for c in head.children) or verb.is_ancestor(head):
        return None
    return head
