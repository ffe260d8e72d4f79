"""Parse repair for a person's name the parser read as words of the sentence.

`Le président a reçu Narendra Modi jeudi`, `Nasser Bourita a rencontré son homologue`, `Andrzej Duda a
reçu le chancelier`: the French model knows few foreign given names, and may read one as a verb (`Narendra`
-> `narendrer`, `Munir` -> `munir`), an adjective or an adverb. The name then hangs as a clause of the verb
before it (`xcomp`), or heads the sentence with the true verb under it (`parataxis`), or modifies that verb
(`advmod`); and the words told after it (`jeudi`, `à Paris`) hang on the name read as a verb. The event
then loses its partner, and its day is read in the tense of that verb (a present: the coming Thursday,
planned) instead of the true verb's.

The named-entity recognizer, which runs after the parser, finds the name. When a person's name of two
words or more holds a word tagged verb, auxiliary, adjective or adverb, or heads the sentence although a
verb follows it right away, the name becomes one phrase again (its first word the head, the others
`flat:name`, each tagged a proper noun), and that phrase takes its place in the clause:
- the subject of the verb told right after it (`Nasser Bourita a rencontré`), when that verb has none;
- else the object of the verb told right before it (`a reçu Narendra Modi`);
- else the place its words hung from.
The words the name had taken as its own dependents (`jeudi`, `à Paris`) go back to that verb; its
conjuncts, appositions and relatives stay with it. It touches no sentence boundary.

The particles that stand inside names (`da`, `von`, `ben`) are data: models/nlp/name_particles.txt.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline import config
from pipeline.nlp.partners import talk_words
from pipeline.nlp.syntax import SUBJECT_DEPS, past_clitics, rehang_at_once
from pipeline.text import fold, folded_entries

NAME_PARTICLES_PATH = config.MODELS_DIR / "nlp" / "name_particles.txt"

# the parts of speech a word of a name never has: the parser read it as a word of the sentence
_MISREAD_POS = frozenset({"VERB", "AUX", "ADJ", "ADV"})
# what the verb told before a name or after it may be: the verb itself, or an auxiliary hung on it
_AUXILIARY_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "cop"})
# dependents of a name that belong to the name, not to the clause (`Narendra Modi et son épouse`,
# `Nasser Bourita, le ministre marocain`, `Asim Munir, qui ...`)
_NAME_DEPS = frozenset({"conj", "cc", "appos", "acl", "acl:relcl", "amod", "det", "case"})
_NOMINALS = frozenset({"NOUN", "PROPN", "NUM"})
# how the words of a title hang on its noun (`Premier ministre indien`, `chef de la diplomatie`)
_TITLE_DEPS = frozenset({"amod", "nmod", "flat:name", "fixed"})


@lru_cache(maxsize=2)
def name_particles(path: Path = NAME_PARTICLES_PATH) -> frozenset[str]:
    """Folded words of models/nlp/name_particles.txt."""
    return folded_entries(path)


@Language.component(
    "news_misread_name",
    assigns=["token.head", "token.dep", "token.pos", "token.lemma"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def repair_misread_names(doc: Doc) -> Doc:
    """Make each person's name the parser read as a verb, an adjective or a clause's head one phrase of
    its clause again."""
    for ent in doc.ents:
        if ent.label_ != "PER" or len(ent) < 2:
            continue
        name = name_words(ent)
        if len(name) < 2 or not misread(name):
            continue
        moves = name_moves(name)
        if moves and rehang_at_once(doc, moves):
            for token in name:
                if token.pos_ in _MISREAD_POS or token.pos_ == "NOUN":
                    token.pos_ = "PROPN"
                    token.tag_ = "PROPN"
                    token.lemma_ = token.text
    return doc


def name_words(ent: Span) -> Span:
    """The person's name in a PER entity: its words from the first one while each is capitalised or a
    particle of names or a hyphen (`al-Kazimi` split in three); a weekday the recognizer took in (`Emmanuel
    Macron mercredi`) is not the name's."""
    end = ent.start
    for token in ent:
        if not (token.text[:1].isupper() or token.text == "-" or fold(token.lower_) in name_particles()):
            break
        end = token.i + 1
    return ent.doc[ent.start : end]


def misread(name: Span) -> bool:
    """Whether the parser read a word of `name` as a verb, an adjective or an adverb, or made the name the
    head of its sentence while the verb told right after it hangs under the name."""
    if any(token.pos_ in _MISREAD_POS for token in name):
        return True
    verb = verb_after(name)
    return verb is not None and any(token.is_ancestor(verb) for token in name)


def verb_after(name: Span) -> Token | None:
    """The verb whose auxiliary (`a rencontré`) or finite form (`rencontre`) is told right after `name`, past
    the clitics (`s'est entretenu`)."""
    doc = name.doc
    end = past_clitics(doc, name.end, name.sent.end)  # `Narendra Modi s'est entretenu`, `ne s'est pas rendu`
    if end >= name.sent.end:
        return None
    word = doc[end]
    if word.pos_ == "AUX" and word.dep_ in _AUXILIARY_DEPS and word.head.pos_ == "VERB" and word.head.i > word.i:
        return word.head
    if word.pos_ == "VERB" and "Fin" in word.morph.get("VerbForm", []):
        return word
    return None


def verb_before(name: Span) -> Token | None:
    """The verb told right before `name` (`a reçu Narendra Modi`), a past participle or a finite verb."""
    if name.start == name.sent.start:
        return None
    word = name.doc[name.start - 1]
    return word if word.pos_ == "VERB" else None


def title_before(name: Span) -> Token | None:
    """The title told right before `name` (`le Premier ministre indien Narendra Modi`, `le chef de la
    diplomatie indienne X`): the noun of people (a person noun or a title of the actor knowledge base) that
    heads the words right before the name. The name is that title's apposition, as the parser reads names
    it knows."""
    if name.start == name.sent.start:
        return None
    title = name.doc[name.start - 1]
    while title.head.i < title.i and not (name.start <= title.head.i < name.end):
        if title.dep_ not in _TITLE_DEPS or title.head.pos_ not in _NOMINALS:
            break
        title = title.head
    if title.pos_ != "NOUN" or fold(title.lemma_.lower()) not in talk_words()[1]:
        return None
    return title


def _coordination_head(title: Token, name: Span) -> Token:
    """The first conjunct of the coordination `title` closes (`le président X et son homologue indien
    Narendra Modi`: `président`), which stands for the whole list in the clause; `title` itself when it
    is no conjunct."""
    phrase = title
    while phrase.dep_ == "conj" and phrase.head.i < phrase.i and not (name.start <= phrase.head.i < name.end):
        phrase = phrase.head
    return phrase


def _outer(name: Span) -> Token:
    """The word of `name` whose head stands outside it (the first one, when the parser split the name), or
    the name's first word."""
    return next((t for t in name if t.head.i < name.start or t.head.i >= name.end or t.head.i == t.i), name[0])


def name_moves(name: Span) -> list[tuple[Token, Token, str]]:
    """The moves that make `name` one phrase of its clause (see the module's docstring); none when the name
    has no clear place. A name after its title is the title's apposition, and the title takes the place."""
    head = name[0]
    title = title_before(name)
    phrase = head if title is None else _coordination_head(title, name)
    outer = _outer(name)
    after = verb_after(name)
    before = verb_before(name) if title is None else None
    inside = set(range(name.start, name.end)) | ({title.i, phrase.i} if title is not None else set())
    verb: Token | None = None
    moves: list[tuple[Token, Token, str]] = []
    under_name = after is not None and any(token.is_ancestor(after) for token in name)
    title_placed = title is not None and not any(name.start <= t.i < name.end for t in phrase.ancestors)
    if title_placed and under_name and after is not None and phrase.head.i != after.i:
        # `Le ministre X a téléphoné ..., a indiqué Y`: the verb after the name hung under it, its title
        # the reporting verb's subject; the title is the verb's subject, the verb has the title's place
        verb = after
        moves = [(phrase, after, "nsubj"), _placed_as(after, phrase)]
    elif title_placed:
        verb = phrase.head if phrase.head.pos_ == "VERB" else None  # the title's own place was read well
    elif after is not None and not any(c.dep_ in SUBJECT_DEPS and c.i not in inside for c in after.children):
        verb = after
        passive = any(c.dep_ == "aux:pass" for c in after.children)
        moves = [(phrase, after, "nsubj:pass" if passive else "nsubj")]
    elif before is not None and (before.is_ancestor(outer) or outer.head.i == before.i):
        verb = before
        moves = [(phrase, before, "obj")]
    elif outer.head.i != outer.i and outer.head.i not in inside:
        moves = [(phrase, outer.head, outer.dep_)]
    else:
        return []
    if title is not None:
        moves.append((head, title, "appos"))
    moves += [(token, head, "flat:name") for token in name if token.i != head.i]
    if verb is not None and any(token.is_ancestor(verb) for token in name) and verb.i not in {m[0].i for m in moves}:
        # the verb hung under the name: it takes the place the name had in the sentence
        moves.append((verb, verb, "ROOT") if outer.head.i == outer.i else (verb, outer.head, outer.dep_))
    for token in name:
        for child in token.children:
            if child.i in inside or (verb is not None and child.i == verb.i):
                continue
            if verb is None or child.dep_ in _NAME_DEPS:
                moves.append((child, head, child.dep_))
            else:
                moves.append((child, verb, _label_on_verb(child)))
    return moves


def _placed_as(verb: Token, phrase: Token) -> tuple[Token, Token, str]:
    """The move giving `verb` the place `phrase` had: the root, or the clause said by the verb `phrase` was
    the subject of (`ccomp`), or `phrase`'s own label."""
    if phrase.head.i == phrase.i:
        return (verb, verb, "ROOT")
    return (verb, phrase.head, "ccomp" if phrase.dep_ in SUBJECT_DEPS else phrase.dep_)


def _label_on_verb(child: Token) -> str:
    """A word the name had taken as its own, now the verb's: a noun phrase is the verb's complement (`jeudi`,
    `à Paris`); anything else keeps its label."""
    return "obl:mod" if child.pos_ in _NOMINALS else child.dep_
