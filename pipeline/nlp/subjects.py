"""Parse repairs for a coordinated subject the parser split.

`Merkel et Macron ont eu des entretiens jeudi`: the French model often takes a name opening the
sentence for a clause of its own, makes it the root and the verb its conjunct, and leaves only the
name after `et` as the verb's subject. Every rule that reads a subject then sees one side of the
pair (`ont eu des entretiens` with Macron alone). This component rewrites that tree into the one a
correct parse gives: the verb is the root, the first name its subject, the second name a conjunct
of the first with `et` as its coordinator (or leave that first name loose, `dep`, and take the last word of
the second for the verb's subject). The parser may also give the verb two subjects
(`Le roi et le président ont signé`, both `nsubj`): the second becomes the first's conjunct; a second
subject right after an active verb (`Narendra Modi a remercié Vladimir Poutine`) is its object. It
touches no sentence boundary and no other token.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import has_subject, labelled, opens_sentence, rehang_at_once

_NAMES = {"PROPN", "NOUN"}
_VERBS = {"VERB", "AUX"}
# what a bare name's own phrase holds (`le chancelier allemand Olaf Scholz`, `Merkel, chancelière,`)
_NOUN_PHRASE = {"det", "flat:name", "flat", "amod", "nmod", "appos", "punct", "nummod", "case"}


@Language.component(
    "news_coordinated_subject",
    assigns=["token.head", "token.dep"],
    requires=["token.dep", "token.pos"],
)
def repair_coordinated_subjects(doc: Doc) -> Doc:
    """Rewrite each `X(root) et Y(subject) V(conjunct of X)` into `X et Y` as the subject of V, and
    each `X(subject) et Y(subject) V` into `X et Y` (Y a conjunct of X)."""
    deps = doc.to_array(DEP)  # a few candidates per article: read the labels once, in bulk
    found = [split for i in labelled(doc, ("conj",), deps) if (split := split_subject(doc[i])) is not None]
    subjects = labelled(doc, ("nsubj", "nsubj:pass"), deps)
    doubled = [pair for i in subjects if (pair := doubled_subject(doc[i])) is not None]
    adverbs = [doc[i] for i in labelled(doc, ("advmod",), deps) if name_as_adverb(doc[i])]
    counts = [doc[i] for i in labelled(doc, ("obl:mod", "obl", "dep"), deps) if count_as_modifier(doc[i])]
    conjuncts = labelled(doc, ("appos", "conj"), deps)
    stranded = [(doc[i], verb) for i in conjuncts if (verb := stranded_subject(doc[i]))]
    clauses = labelled(doc, ("conj", "advcl", "parataxis"), deps)
    described = [(name, doc[i]) for i in clauses if (name := described_subject(doc[i])) is not None]
    modifiers = labelled(doc, ("obl:mod", "obl", "obj"), deps)
    fronted = [(doc[i], verb) for i in modifiers if (verb := participle_subject(doc[i])) is not None]
    on_auxiliary = [doc[i] for i in subjects if subject_on_auxiliary(doc[i])]
    objects = [doc[i] for i in subjects if object_taken_for_subject(doc[i])]
    loose = [pair for i in labelled(doc, ("dep",), deps) if (pair := loose_first_name(doc[i])) is not None]
    rooted = [pair for i in labelled(doc, ("parataxis", "conj"), deps) if (pair := rooted_first_name(doc[i]))]
    cut = labelled(doc, ("advcl", "obl:mod", "obl", "dep", "nmod", "appos"), deps)
    listed = [pair for i in cut if (pair := listed_first_name(doc[i])) is not None]
    pending: dict[int, tuple[int, str]] = {}  # token -> (head, label): the tree the repairs make, set at once

    def hang(token: Token, head: Token | None = None, dep: str | None = None) -> None:
        """Hang `token` on `head` with `dep`; what is not given stays as the repairs left it so far."""
        was_head, was_dep = pending.get(token.i, (token.head.i, token.dep_))
        pending[token.i] = (was_head if head is None else head.i, was_dep if dep is None else dep)

    for name in [*adverbs, *counts]:
        hang(name, dep="nsubj")
    for name, verb in stranded:
        hang(name, verb, "nsubj")
        for joined in _stranded_conjuncts(name, verb):  # `, le président X et son homologue Y ont`: Y with X
            hang(joined, name, "conj" if joined.dep_ == "conj" else "cc")
    for first, second in doubled:
        hang(second, first, "conj")
    for name, rest in listed:  # `Les États-Unis, la France et le Royaume-Uni ont lancé`: the list's first name
        hang(name, dep="nsubj")
        hang(rest, name, "conj")
    for name, tail in loose:  # `Recep Tayyip Erdogan et Vladimir Poutine ont eu`: the first name left loose
        hang(name, dep="nsubj")
        hang(tail, doc[tail.i - 1], "flat:name")  # the word before it: the conjunct's first name
    for verb, name in rooted:  # `Donald Trump et Vladimir Poutine ont tenu`: the first name made the root
        tail = next(c for c in verb.children if c.dep_ == "nsubj")
        hang(verb, verb, "ROOT")
        hang(name, verb, "nsubj")
        hang(tail, doc[tail.i - 1], "flat:name")
        for c in name.children:
            if c.i > verb.i:
                hang(c, verb)  # the final full stop goes to the verb
    for name in objects:  # `X a pressé Donald Trump de ...`, the name after the verb taken for a second subject
        hang(name, dep="obj")
    for name, verb in described:  # `X et Y, qui se sont parlé ..., se verront`: the pair is the verb's subject
        hang(verb, verb, "ROOT")
        hang(name, verb, "nsubj")
        for c in name.children:
            if c.i > verb.i:
                hang(c, verb)  # the final full stop goes to the verb
    for name in on_auxiliary:  # `Il a d'abord été reçu`: the subject hung on `a`, the verb's
        verb = name.head.head
        hang(name, verb, _subject_label(verb))
    for name, verb in fronted:  # `Arrivé mardi à Séoul, le ministre a été reçu par ...`: the verb is the root
        participle = name.head
        if participle.dep_ == "ROOT":
            hang(verb, verb, "ROOT")
        hang(participle, verb, "advcl")
        hang(name, verb, _subject_label(verb))
        for c in participle.children:
            if c.i > verb.i:
                hang(c, verb)  # the final full stop goes to the verb
    for first, joined, second, verb in found:
        # the verb takes the name's place: the root, or the clause that the aside reports
        if first.dep_ == "ROOT":
            hang(verb, verb, "ROOT")
        else:
            hang(verb, first.head, "ccomp")
        hang(first, verb, "nsubj")
        hang(second, first, "conj")
        hang(joined, second, "cc")
        # what hung on the first name past the pair (the final full stop, a later clause) goes to the verb
        for c in first.children:
            if c.i > second.i and c.i != verb.i:
                hang(c, verb)
    if pending:  # never changes where sentences are: `rehang_at_once` keeps nothing that would
        rehang_at_once(doc, [(doc[i], doc[head], dep) for i, (head, dep) in pending.items()])
    return doc


def split_subject(verb: Token) -> tuple[Token, Token, Token, Token] | None:
    """(first name, `et`, second name, verb) when `verb` is the conjunct of a root name before it (or of
    the subject of a reporting aside after it) and its own subject is a name between `et` and it; None
    otherwise."""
    first = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in _VERBS or first.pos_ not in _NAMES:
        return None
    if first.i > verb.i or not (first.dep_ == "ROOT" or reported_by_aside(first, verb)):
        return None
    joined = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "et" and first.i < c.i), None)
    second = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if joined is None or second is None or not joined.i < second.i < verb.i:
        return None
    if second.pos_ not in _NAMES and not (second.pos_ == "PRON" and second.text[:1].isupper()):
        return None  # `X et il a ...`: two clauses (a capitalised `PRON` is a name the tagger missed)
    if any(t.i > joined.i for t in first.subtree if t.i < verb.i and t.head.i == first.i):
        return None  # the first name's own phrase runs past `et`: not the pattern
    if any(c.dep_ not in _NOUN_PHRASE for c in first.children if c.i != verb.i and c.i != second.i):
        return None  # `L'enquête est en cours et la police a indiqué`: a clause of its own, not a bare name
    if not opens_sentence(first) or not first.left_edge.text[:1].isupper():
        return None  # the pair opens the sentence (not a line cut mid-sentence)
    if first.doc[joined.i - 1].is_punct:
        return None  # `l'empereur, et la conversation fut close`: two clauses
    return first, joined, second, verb


def reported_by_aside(first: Token, verb: Token) -> bool:
    """`Les États-Unis et le Royaume-Uni ont mené samedi des frappes, a annoncé le Pentagone`: with a
    reporting aside after the clause, the parser may take the name opening the sentence for the aside
    verb's subject (or leave it loose on that verb), and hang the clause's verb on that name. The name hangs
    on the aside's verb, told after the clause's verb, past a comma."""
    aside = first.head
    if first.dep_ not in {"nsubj", "dep"} or aside.pos_ not in _VERBS or aside.i < verb.right_edge.i:
        return False
    return any(t.text == "," for t in first.doc[verb.i : aside.i])


def doubled_subject(second: Token) -> tuple[Token, Token] | None:
    """(first, second) when the parser gave a verb two subjects joined by `et` (`Le roi et le
    président ont signé`: both `nsubj` of `signé`): the rules read a verb's first subject only."""
    verb = second.head
    if not second.dep_.startswith("nsubj") or second.pos_ not in _NAMES or verb.pos_ not in _VERBS:
        return None
    before = [c for c in verb.children if c.dep_ == second.dep_ and c.i < second.i and c.pos_ in _NAMES]
    if not before:
        return None
    # `Xi Jinping et Donald Trump doivent se rencontrer`: `et` may hang on the verb, between the two
    hung = any(c.dep_ == "cc" and c.lower_ == "et" and before[-1].i < c.i < second.i for c in verb.children)
    if not hung and not any(c.dep_ == "cc" and c.lower_ == "et" for c in second.children):
        return None
    return before[-1], second


def listed_first_name(name: Token) -> tuple[Token, Token] | None:
    """`Les États-Unis, la France et le Royaume-Uni ont lancé des frappes`: a name opening the sentence,
    followed by a comma and by the verb's subject, which goes on with `et`, is the first name of a listed
    subject that the parser cut off as a modifier or a clause: (that name, the subject it heads), else None."""
    verb = name.head
    if name.pos_ != "PROPN" or verb.pos_ not in _VERBS or name.i > verb.i or not opens_sentence(name):
        return None
    after = name.right_edge.i + 1
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i > after), None)
    if subject is None or after >= len(name.doc) or name.doc[after].text != ",":
        return None
    if subject.left_edge.i != after + 1 or not any(t.dep_ == "cc" and t.lower_ == "et" for t in subject.subtree):
        return None
    return name, subject


def rooted_first_name(verb: Token) -> tuple[Token, Token] | None:
    """`Donald Trump et Vladimir Poutine ont tenu lundi un sommet`: the parser may make the name opening the
    sentence its root, hang the verb on it as a clause (`parataxis`, `conj`), the first word of the name
    after `et` as the name's conjunct and the last word of that name as the verb's subject. The verb is the
    root, the opening name its subject, and that last word ends the conjunct's name: (verb, opening name),
    else None."""
    name = verb.head
    if verb.dep_ not in {"parataxis", "conj"} or verb.pos_ not in _VERBS or name.pos_ != "PROPN":
        return None
    if name.dep_ != "ROOT" or name.i > verb.i or not opens_sentence(name):
        return None
    joined = next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < verb.i), None)
    if joined is None or not any(c.dep_ == "cc" and c.lower_ == "et" for c in joined.children):
        return None
    tail = name.doc[joined.i + 1]
    if tail.pos_ != "PROPN" or tail.dep_ != "nsubj" or tail.head.i != verb.i:
        return None
    return verb, name


def loose_first_name(name: Token) -> tuple[Token, Token] | None:
    """`Recep Tayyip Erdogan et Vladimir Poutine ont eu un entretien`: the parser may leave the name opening
    the sentence loose on the verb (`dep`), with the first word of the name after `et` as its conjunct and
    the last word of that name as the verb's subject. The loose name is the subject, and that last word
    ends the conjunct's name: (name, last word), else None."""
    verb = name.head
    if name.dep_ != "dep" or name.pos_ != "PROPN" or verb.pos_ not in _VERBS or name.i > verb.i:
        return None
    if not opens_sentence(name):
        return None
    joined = next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if joined is None or not any(c.dep_ == "cc" and c.lower_ == "et" for c in joined.children):
        return None
    tail = name.doc[joined.i + 1] if joined.i + 1 < verb.i else None
    if tail is None or tail.pos_ != "PROPN" or tail.dep_ != "nsubj" or tail.head.i != verb.i:
        return None
    return name, tail


def object_taken_for_subject(second: Token) -> bool:
    """`Lors d'un appel, Emmanuel Macron a pressé Donald Trump de renoncer`, `Narendra Modi a remercié
    Vladimir Poutine`: the parser may give an active verb a second subject right after it, the name it
    takes as object, when it misreads the name before it. A verb has one subject: with one before the
    verb, a name after it with no comma between (no inverted subject of an aside) is its object."""
    verb = second.head
    if second.dep_ != "nsubj" or second.pos_ not in _NAMES or verb.pos_ not in _VERBS or second.i < verb.i:
        return False
    if any(c.dep_ == "aux:pass" for c in verb.children) or any(t.text == "," for t in second.doc[verb.i : second.i]):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def name_as_adverb(name: Token) -> bool:
    """`Xi Jinping et Emmanuel Macron doivent se voir`: the parser may hang a proper name opening the
    sentence on the verb as an adverb, and leave the verb with no subject. The first such name before
    a verb that has no subject is that subject."""
    verb = name.head
    if name.dep_ != "advmod" or name.pos_ != "PROPN" or verb.pos_ not in _VERBS or name.i > verb.i:
        return False
    if has_subject(verb):
        return False
    first = next(c for c in verb.children if c.dep_ == "advmod" and c.pos_ == "PROPN")
    return first.i == name.i and opens_sentence(name)


def count_as_modifier(count: Token) -> bool:
    """`Mardi, onze des douze présidents doivent se retrouver`, `Deux des trois ministres ont démissionné`:
    the parser may hang a count of a group (`onze des`, `plusieurs des`) on the verb as a modifier and
    leave the verb with no subject. A number or quantity pronoun with no preposition of its own, whose
    `des` phrase names the group, before a verb that has no subject, is that subject."""
    verb = count.head
    if count.pos_ not in {"NUM", "PRON"} or verb.pos_ not in _VERBS or count.i > verb.i:
        return False
    if any(c.dep_ == "case" for c in count.children) or count.lower_ in {"se", "s'", "en", "y", "qui", "que"}:
        return False
    if not any(
        c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in {"des", "d'entre"} for g in c.children)
        for c in count.children
    ):
        return False
    return not has_subject(verb)


def stranded_subject(name: Token) -> Token | None:
    """`Lors de leur entrevue au Caire, le ministre saoudien et son homologue égyptien ont évoqué ...`: after
    a fronted phrase and its comma, the parser may hang the subject on the phrase's last noun as an
    apposition or a conjunct, and leave the verb with no subject. A noun hung so, told right before the
    verb (only its auxiliaries, clitics and adverbs between), is the subject of that verb when the verb has
    none and agrees with it in number; the verb returned, else None."""
    doc = name.doc
    if name.dep_ not in {"appos", "conj"} or name.pos_ not in _NAMES or name.head.i > name.i:
        return None
    start = next((t for t in name.subtree if not t.is_punct), name).i  # the comma may hang on the noun
    if start == 0 or doc[start - 1].text != ",":
        return None
    verb = name.head
    while verb.pos_ not in _VERBS and verb.head.i != verb.i and verb.i < name.i:
        verb = verb.head
    if verb.pos_ not in _VERBS or verb.i < name.i or has_subject(verb):
        return None
    joined = _stranded_conjuncts(name, verb)
    end = max([name.right_edge.i, *(t.right_edge.i for t in joined)])
    between = doc[end + 1 : verb.i]
    if any(t.head.i != verb.i or not t.dep_.startswith(_VERB_SATELLITES) for t in between):
        return None
    finite = next((t for t in [*between, verb] if "Fin" in t.morph.get("VerbForm", [])), None)
    if finite is None:
        return None
    # `le chef de la diplomatie turque et son homologue`: the parser may hang the conjunct inside the phrase
    plural = (
        any(t.dep_ == "conj" and t.pos_ in _NAMES for t in name.subtree)
        or any(t.dep_ == "conj" for t in joined)
        or "Plur" in name.morph.get("Number", [])
    )
    number = finite.morph.get("Number", [])
    if number and ("Plur" in number) != plural:
        return None
    return verb


def described_subject(verb: Token) -> Token | None:
    """`Abe et Trump, qui se sont entretenus au téléphone, se verront en septembre`: the parser may make the
    name opening the sentence the root and the verb after the relative clause on it a conjunct of that
    name. A finite verb with no subject, told right after the comma that closes a relative clause of the
    root name, has that name (and its conjuncts) as subject: the name returned, else None. The parser may
    also hang that verb on the relative clause's own verb (`Les deux dirigeants, dont les pays se sont
    livré deux guerres, s'étaient vus en mai`: `vus` an adverbial clause of `livré`)."""
    name = verb.head
    if verb.dep_ in {"advcl", "conj", "parataxis"} and name.dep_ == "acl:relcl" and name.i < verb.i:
        name = name.head  # hung on the relative clause's verb
    elif verb.dep_ != "conj":
        return None
    if verb.pos_ not in _VERBS or name.dep_ != "ROOT" or name.pos_ not in _NAMES:
        return None
    if name.i > verb.i or has_subject(verb) or not opens_sentence(name):
        return None
    relative = [c for c in name.children if c.dep_ == "acl:relcl" and name.i < c.i < verb.i]
    if not relative:
        return None
    doc = verb.doc
    start = next((t for t in verb.subtree if not t.is_punct), verb).i  # the comma may hang on the verb
    # where the relative clause closes: not the verb's phrase nor what follows it
    closing = max((t.i for t in relative[-1].subtree if t.i < start), default=start)
    if start == 0 or doc[start - 1].text != "," or start - 1 < closing:
        return None  # the relative clause closes on a comma right before the verb's phrase
    if any(t.dep_ not in _NOUN_PHRASE | {"conj", "cc", "acl:relcl"} for t in name.children if t.i < start):
        return None
    finite = next((t for t in [*verb.children, verb] if t.i <= verb.i and "Fin" in t.morph.get("VerbForm", [])), None)
    if finite is None:
        return None
    plural = any(c.dep_ == "conj" and c.pos_ in _NAMES for c in name.children) or "Plur" in name.morph.get("Number", [])
    number = finite.morph.get("Number", [])
    if number and ("Plur" in number) != plural:
        return None
    return name


def subject_on_auxiliary(name: Token) -> bool:
    """`Il a d'abord été reçu à Doha`: the parser may hang the subject on the tense auxiliary (tagged a
    verb when an adverb follows it) rather than on the verb; the verb then has no subject of its own."""
    auxiliary = name.head
    if not name.dep_.startswith("nsubj") or not auxiliary.dep_.startswith("aux") or name.i > auxiliary.i:
        return False
    verb = auxiliary.head
    return verb.pos_ in _VERBS and verb.i > auxiliary.i and not has_subject(verb)


def participle_subject(name: Token) -> Token | None:
    """`Arrivé mardi à Séoul, le secrétaire d'État a été reçu par le président`: the parser may make a
    past participle opening the sentence the root, hang the subject after the comma on it as a modifier,
    and the finite verb as its adverbial clause with no subject (or take the participle for the verb's
    subject, with the real one hung on it). A noun so hung, told right after the comma
    and right before the verb (only its auxiliaries, clitics and adverbs between), which agrees with the
    participle and the verb in number, is the verb's subject: the verb returned, else None."""
    doc = name.doc
    participle = name.head
    if name.pos_ not in _NAMES or participle.i > name.i:
        return None
    if participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm", []):
        return None
    if any(not t.is_punct for t in doc[participle.sent.start : participle.i]):
        return None
    if any(c.dep_.startswith(("aux", "nsubj")) for c in participle.children):
        return None  # `Arrivé` alone opens the sentence: no auxiliary, no subject of its own
    start = next((t for t in name.subtree if not t.is_punct), name).i
    if doc[start - 1].text != ",":
        return None
    if participle.dep_ == "ROOT":
        verb = next((c for c in participle.children if c.dep_ in {"advcl", "conj", "parataxis"} and c.i > name.i), None)
    else:  # `Arrivé` taken for the verb's own subject, the subject after the comma hung on it
        verb = participle.head if participle.dep_.startswith("nsubj") and participle.head.i > name.i else None
    if verb is None or verb.pos_ not in _VERBS:
        return None
    if has_subject(verb, besides=participle):
        return None
    between = doc[name.right_edge.i + 1 : verb.i]
    if not between or any(t.head.i != verb.i or not t.dep_.startswith(_VERB_SATELLITES) for t in between):
        return None
    finite = next((t for t in [*between, verb] if "Fin" in t.morph.get("VerbForm", [])), None)
    if finite is None:
        return None
    number = name.morph.get("Number", [])
    for word in (finite, participle):
        told = word.morph.get("Number", [])
        if told and number and told != number:
            return None
    return verb


def _stranded_conjuncts(name: Token, verb: Token) -> list[Token]:
    """The conjuncts and `et` that the parser hung beside a stranded conjunct subject, on the same noun,
    between it and the verb (`, le président brésilien et son homologue chilien ont`)."""
    if name.dep_ != "conj":
        return []
    return [t for t in name.head.children if name.i < t.i < verb.i and t.dep_ in {"conj", "cc"}]


# what may stand between a subject and its verb: auxiliaries, clitics, `ne`, adverbs
_VERB_SATELLITES = ("aux", "expl", "advmod", "iobj", "obj")


def _subject_label(verb: Token) -> str:
    """The label of a subject moved onto `verb`: passive when the verb has its passive auxiliary."""
    return "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
