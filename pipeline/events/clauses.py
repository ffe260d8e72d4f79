"""What the clause around an event trigger says about its participants.

When the trigger's own phrases name too few participants, French puts them elsewhere in the
clause: the subject shared by a controlling verb (`Lavrov doit être reçu par Xi`: Lavrov is
received), the subject a possessive stands for (`sa rencontre avec Wang Yi`), the subject and
object of the verb an event is the occasion of (`X a prévenu Y lors d'un échange`), the members a
group names (`avec vingt-cinq dirigeants, dont X et Y`), or simply the named actors on each side of
the trigger when the parse fails.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from spacy.tokens import Span, Token

from pipeline.events.phrases import (
    SUBJECT_PRONOUNS,
    body_antecedent,
    group_antecedents,
    group_nouns,
    in_reporter_phrase,
    inside_venue,
    is_demonstrative,
    is_locative,
    is_mediator,
    is_person,
    is_subject,
    is_time_anchor,
    judges,
    markers,
    phrase_actors,
    preposition,
    pronoun_antecedent,
    role_antecedent,
    unique,
)
from pipeline.nlp.syntax import finite_clause_root, has_auxiliary, window_start
from pipeline.text import fold

SUBJECT = {"nsubj", "obl:agent"}
PASSIVE_SUBJECT = {"nsubj:pass"}
OBJECT = {"obj", "iobj"}
# Verbs whose object, not subject, does what the infinitive says (`pousser X à appeler Y`).
OBJECT_CONTROL = {
    "conduire",
    "pousser",
    "amener",
    "forcer",
    "contraindre",
    "obliger",
    "inviter",
    "encourager",
    "autoriser",
    "aider",
    "inciter",
    "exhorter",
    "charger",
    "appeler",
    "recommander",
    "demander",
    "conseiller",
    "ordonner",
    "permettre",
    "proposer",
    "suggérer",
    "interdire",
    "empêcher",
    "convaincre",
    "persuader",
    "accuser",  # `Moscou accuse Kiev d'avoir frappé un dépôt`: Kiev struck (allegedly)
    "soupçonner",
}
CONTROLLER_DEPS = {"obj", "iobj", "obl:arg"}


def infinitive_on_addressee(verb: Token, addressee: Token) -> bool:
    """`X a demandé à l'UE d'imposer des sanctions`: an infinitive the parser hangs (`acl`) on the one a
    verb of ordering or asking (`OBJECT_CONTROL`) addresses, its complement all the same."""
    return (
        verb.dep_ == "acl"
        and ("Inf" in verb.morph.get("VerbForm", []) or compound_infinitive(verb))
        and addressee.dep_ in CONTROLLER_DEPS
        and addressee.head.lemma_ in OBJECT_CONTROL
    )


def named_members(head: Token, actors: dict[int, Span]) -> list[str]:
    """`avec vingt-cinq dirigeants, dont X, Y et Z`: the members a group of participants names,
    read on the surface (the parser often makes `dont X` the subject of the next verb)."""
    doc, end = head.doc, head.sent.end
    for i in range(head.i + 1, min(end - 1, head.i + 14)):
        if doc[i].lower_ == "dont" and doc[i - 1].text == "," and fold(doc[i - 2].lower_) in group_nouns():
            found: list[str] = []
            for tok in doc[i + 1 : min(end, i + 30)]:
                if tok.pos_ in {"VERB", "AUX"} or tok.text in {".", ";", ":", "«"}:
                    break
                span = actors.get(tok.i)
                if span is not None and span._.actor_id:
                    found.append(span._.actor_id)
            return unique(found)
        if doc[i].pos_ in {"VERB", "AUX"} and doc[i].dep_ not in {"acl"}:
            return []
    return []


_MODALS = frozenset({"devoir", "pouvoir", "aller", "venir"})


def named_members_before(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`onze présidents, dont X, Y et Z, doivent se retrouver mardi`: the members a group subject names
    between `, dont` and the verb, read on the surface (the parser makes `dont X` a relative clause)."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i > start and (doc[i].pos_ == "AUX" or doc[i].lower_ in {"se", "s'", "s’"} or doc[i].lemma_ in _MODALS):
        i -= 1
    for j in range(i, start + 1, -1):
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].text in {".", ";", ":"}:
            return []
        if doc[j].lower_ == "dont" and doc[j - 1].text == "," and _group_before(doc[j - 1]):
            spans = {id(s): s for t in doc[j + 1 : i + 1] if (s := actors.get(t.i)) is not None and s._.actor_id}
            return unique([s._.actor_id for s in sorted(spans.values(), key=lambda s: s.start)])
    return []


def _group_before(comma: Token, reach: int = 6) -> bool:
    """A group noun (`présidents`, `dirigeants`) in the few words before a comma, no comma or verb between
    (`onze des douze présidents de la région, dont ...`)."""
    doc = comma.doc
    for i in range(comma.i - 1, max(comma.sent.start, comma.i - reach) - 1, -1):
        if doc[i].text == "," or doc[i].pos_ in {"VERB", "AUX"}:
            return False
        if fold(doc[i].lower_) in group_nouns():
            return True
    return False


# Conjunctions of purpose: `se rendre à Pékin pour y rencontrer X` is one visit, one meeting.
PURPOSE_MARKS = frozenset({"pour", "afin"})


def is_purpose_clause(verb: Token) -> bool:
    """The verb heads an infinitive of purpose (`pour rencontrer`, `afin de s'entretenir`)."""
    return verb.dep_ == "advcl" and has_purpose_mark(verb)


def has_purpose_mark(verb: Token) -> bool:
    """`pour`, `afin` marks the verb, whatever relation the parser gives it (it may hang `pour
    l'inviter` as `xcomp`)."""
    return any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children)


def has_reflexive_clitic(word: Token) -> bool:
    """`se` or `s'` hangs on the word as an expletive, whatever the parser's sub-label: a reflexive verb."""
    return any(c.dep_.startswith("expl") and fold(c.lower_) in {"se", "s'"} for c in word.children)


def journey_verb(verb: Token) -> bool:
    """A verb of a journey (`journey` in markers.csv: `arriver`, `voyager`), or `se rendre` (`se rend mardi à
    Paris`)."""
    lemma = fold(verb.lemma_.lower())
    return lemma in markers()["journey"] or (lemma == "rendre" and has_reflexive_clitic(verb))


def under_afin(verb: Token) -> bool:
    """`X s'est envolé pour Y afin de rencontrer Z`: the infinitive hung on `afin`, which the parser hangs on
    the main verb; the adverb stands for the purpose clause."""
    return verb.dep_ == "obl:arg" and verb.head.lower_ == "afin" and verb.head.head.i != verb.head.i


def fronted_participle_subject(head: Token, actors: dict[int, Span]) -> list[str]:
    """`Réunis jeudi à Bruxelles en présence de X, les dirigeants européens ont approuvé ...`: a
    participle opening the sentence tells what the main clause's subject did, so that subject met.
    Read on the surface, as the parser often hangs the participle on the subject, makes it the
    subject, or roots the sentence in a later clause: the names after the participle's first comma,
    up to the main clause's verb."""
    found = [actors[t.i]._.actor_id for t in fronted_subject_tokens(head) if t.i in actors and actors[t.i]._.actor_id]
    return unique(found)


def fronted_subject_tokens(head: Token) -> list[Token]:
    """The words of the main clause's subject after a participle that opens the sentence (`Frappée
    dans la nuit par des drones, la raffinerie de Saratov a pris feu`: `la raffinerie de Saratov`),
    read on the surface from the participle's first comma to the main clause's verb; none when the
    sentence does not open with a participle or no finite verb follows."""
    sent, doc = head.sent, head.doc
    forms = head.morph.get("VerbForm", [])
    opening = head.i == sent.start and "Fin" not in forms and "Inf" not in forms and not head.lower_.endswith("r")
    if not (opening or _fronted_infinitive(head)):
        return []
    comma = next((t.i for t in doc[head.i : sent.end] if t.text == ","), None)
    if comma is None:
        return []
    for tok in doc[comma + 1 : sent.end]:
        if tok.pos_ in {"VERB", "AUX"}:
            finite = tok.pos_ == "AUX" or "Fin" in tok.morph.get("VerbForm", [])
            return list(doc[comma + 1 : tok.i]) if finite else []
    return []


# the words that may open a sentence before an infinitive clause whose subject is the main clause's:
# `Après s'être entretenu avec X, Y a ...`, `Avant de rencontrer X, Y ...`, `Après l'avoir reçu, ...`
_INFINITIVE_OPENERS = frozenset(
    "après avant de d' d’ pour afin sans s' s’ se l' l’ le la les lui leur y être avoir".split()
)


def _fronted_infinitive(head: Token) -> bool:
    """An infinitive (or the participle of a past infinitive) opening the sentence behind its
    preposition (`Après s'être entretenu avec X, le président a ...`): the parser often makes it the
    root, with the main clause hung on its object; its subject is the main clause's."""
    sent = head.sent
    before = [t.lower_ for t in head.doc[sent.start : head.i]]
    if not before or before[0] not in {"après", "avant", "pour", "afin", "sans"}:
        return False
    past = "Part" in head.morph.get("VerbForm", []) and any(w in {"être", "avoir"} for w in before)
    return all(w in _INFINITIVE_OPENERS for w in before) and (past or "Inf" in head.morph.get("VerbForm", []))


def participle_aside(head: Token) -> bool:
    """`Le chancelier, reçu lundi par Y, doit se rendre à Moscou`: a participle set off by a comma after
    the noun it qualifies tells something of its own about that actor, not the clause's event (a talk
    that is the same one merges later, by its participants and date)."""
    if head.dep_ != "acl" or "Part" not in head.morph.get("VerbForm", []) or "Pres" in head.morph.get("Tense", []):
        return False  # `..., visant des dépôts`: a present participle tells the clause's own event
    start = head.left_edge.i
    return start > head.sent.start and head.doc[start - 1].text == ","


def aside_of(token: Token) -> int | None:
    """The participle aside (`participle_aside`) whose clause holds the token (the nearest verb at or
    above it: `X, frappé de droits par Y,`), if any; a verb further up is another clause's."""
    t = token
    for _ in range(6):
        if t.pos_ in {"VERB", "AUX"}:
            return t.i if participle_aside(t) else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def shared_subjects(verb: Token, hops: int = 3) -> list[Token]:
    """The subject phrases of `verb`, else of the verb it is coordinated with or controlled by, up to
    `hops` verbs up (`ils sont convenus de ... et se retrouveront`, `X, reçu par Y, doit se rendre`)."""
    for _ in range(hops + 1):
        found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if found or verb.dep_ not in {"xcomp", "conj"} or verb.head is verb:
            return found
        verb = verb.head
    return []


def _infinitive_on_time_phrase(verb: Token) -> bool:
    """`X a annoncé dans la nuit avoir détruit deux radars`: a perfect infinitive the parser hangs as a
    modifier on the time phrase between it and the verb of saying that governs it."""
    perfect = any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)
    phrase = verb.head
    return (
        perfect
        and verb.dep_ == "acl"
        and phrase.dep_ in {"obl:mod", "obl"}
        and phrase.i < verb.i
        and phrase.head.pos_ == "VERB"
        and phrase.head.i < phrase.i
    )


def aside_actors(subject: Iterable[Token], triggers: Set[int], actors: dict[int, Span]) -> set[str]:
    """The actors named inside a participle aside that is another event's trigger (`X, reçu par Y,
    doit se rendre à Z`: Y receives X, Y does not travel): they are not the subject's."""
    found: set[str] = set()
    for t in subject:
        if t.i in triggers and participle_aside(t):
            found |= {s._.actor_id for d in t.subtree if (s := actors.get(d.i)) is not None and s._.actor_id}
    return found


def participle_bearer(head: Token, actors: dict[int, Span]) -> list[str]:
    """`X, arrivé la veille et reçu par Y`, `X, accueilli lundi par Y`: a past participle (or one
    coordinated with it) set off by a comma right after a person's name tells what that person did
    or underwent, so the person took part. Read on the surface: the parser hangs such a participle
    on the name, on the main verb or on nothing in particular."""
    if "Part" not in head.morph.get("VerbForm", []) or any(c.dep_.startswith(("aux", "nsubj")) for c in head.children):
        return []
    participle = head
    while participle.dep_ == "conj" and participle.head.i < participle.i:
        participle = participle.head
        finite = any(c.dep_.startswith("aux") for c in participle.children)
        if finite or "Part" not in participle.morph.get("VerbForm", []):
            return []
    doc = head.doc
    if participle.i < 2 or doc[participle.i - 1].text != ",":
        return []
    named = actors.get(participle.i - 2)
    if named is None or not is_person(named):
        return []
    return [named._.actor_id]


def gathered_group(head: Token, actors: dict[int, Span]) -> list[str]:
    """`Les dirigeants de l'UE, réunis jeudi à Bruxelles, ont adopté ...`, `Réunis mardi à Capri, les
    ministres du G7 ont ...`: a participle of gathering set on a plural noun of people, the main clause's
    subject (`participle_subject_tokens`), tells that the group met; the actors of that noun's phrase are
    its members' side. A subject of names of their own is no group. A group named by a number
    (`les ministres des trois pays`) is the ones the text named last (phrases.group_antecedents); the
    members of a body told again by a common noun (`les dirigeants de l'organisation régionale`) are
    that body (phrases.body_antecedent)."""
    tokens = participle_subject_tokens(head)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside and not t.is_punct]
    if len(roots) != 1 or roots[0].pos_ != "NOUN" or "Plur" not in roots[0].morph.get("Number", []):
        return []
    spans = {id(s): s for t in tokens if (s := actors.get(t.i)) is not None}
    named = unique([s._.actor_id for s in sorted(spans.values(), key=lambda s: s.start) if s._.actor_id])
    # `les ministres des trois pays, réunis à Bamako`: a counted group stands for the ones named before it
    return named or group_antecedents(roots[0], actors) or subject_bodies(head, actors)[:1]


def subject_bodies(head: Token, actors: dict[int, Span]) -> list[str]:
    """`Réunis à Abuja, les dirigeants de l'organisation régionale ont ...`: the bodies a common noun tells
    again (phrases.body_antecedent) in the `de` phrases of the subject a participle qualifies
    (`participle_subject_tokens`), in the order told."""
    return [b[0] for t in participle_subject_tokens(head) if t.dep_ == "nmod" and (b := body_antecedent(t, actors))]


def _subject_before_aside(participle: Token) -> Token | None:
    """The main verb's subject that ends right before the comma opening a participle hung on that verb
    (`Les ministres du G7, réunis à Capri, ont promis ...`), else None."""
    doc, verb = participle.doc, participle.head
    if participle.i < 2 or doc[participle.i - 1].text != "," or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < participle.i), None)
    return subject if subject is not None and subject.right_edge.i == participle.i - 2 else None


def participle_subject_tokens(head: Token) -> list[Token]:
    """The words of the main clause's subject that a participle qualifies: opening the sentence
    (`fronted_subject_tokens`), or set off by commas right after that subject."""
    fronted = fronted_subject_tokens(head)
    group = None if fronted else _gathered_noun(head)
    if group is None:
        return fronted
    own = {t.i for t in head.subtree}
    return [t for t in group.subtree if t.i not in own]


def _gathered_noun(participle: Token) -> Token | None:
    """The plural noun subject of the main clause a participle is set on, right after it (`Les
    ministres du G7, réunis à Capri, ont ...`); None for a participle on any other noun (`en marge du
    sommet, réuni à Kazan`)."""
    if "Part" not in participle.morph.get("VerbForm", []) or participle.doc[participle.i - 1].text != ",":
        return None  # `les dirigeants réunis à X se sont retrouvés`: a restrictive participle names the group
    group = participle.head if participle.dep_ == "acl" else _subject_before_aside(participle)
    if group is None or group.i > participle.i or group.dep_ not in {"nsubj", "nsubj:pass"}:
        return None
    return group if group.pos_ == "NOUN" and "Plur" in group.morph.get("Number", []) else None


def possessed(phrase: Token) -> bool:
    """`ses drones`, `un de leurs missiles`: the phrase belongs to someone named elsewhere."""
    nouns = [phrase] + [c for c in phrase.children if c.dep_ == "nmod"]
    return any(has_possessive_article(n) for n in nouns)


def impersonal(verb: Token) -> bool:
    """A verb whose `il` is impersonal (`impersonal` in markers.csv: `il faut`, `il s'agit`): it stands for no one."""
    return fold(verb.lemma_.lower()) in markers()["impersonal"]


def has_possessive_article(noun: Token) -> bool:
    """`son homologue`, `ses installations`: the noun's own article is a possessive."""
    return any(d.dep_ == "det" and "Yes" in d.morph.get("Poss", []) for d in noun.children)


def visited_host(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`X est arrivé mardi à Pyongyang. Il a rencontré ses interlocuteurs`: a bare possessive
    counterpart (`counterpart` in markers.csv: `ses interlocuteurs`, `son hôte`), object or `avec`
    phrase of a talk verb, is of the state whose seat the last journey told before it, in its sentence
    or the one before, went to (`journey` in markers.csv, or `se rendre`)."""
    words = markers()["counterpart"]
    bare = [
        c
        for c in verb.children
        if c.dep_ in {"obj", "obl:arg", "obl:mod"}
        and (fold(c.lower_) in words or fold(c.lemma_.lower()) in words)
        and has_possessive_article(c)
        and not phrase_actors(c, actors).core
    ]
    if not bare:
        return []
    doc, journeys = verb.doc, markers()["journey"] | {"rendre"}
    for i in range(verb.i - 1, window_start(verb, 1) - 1, -1):
        if fold(doc[i].lemma_.lower()) not in journeys or doc[i].pos_ != "VERB":
            continue
        for c in doc[i].children:
            span = actors.get(c.i)
            if c.dep_.startswith("obl") and span is not None and (span._.actor_id or "").startswith("state:"):
                return [span._.actor_id]
    return []


def arrived_traveller(noun: Token, actors: dict[int, Span]) -> list[str]:
    """`X est arrivé mardi à Washington. Lors de la rencontre, Y a promis ...`, `La rencontre a eu lieu
    avec Y`: a talk noun naming one side, told in the sentence of a journey to a place (`journey` in
    markers.csv: `arriver`, `atterrir`) or the one after, is the traveller's talk with that side."""
    doc, journeys = noun.doc, markers()["journey"]
    for i in range(noun.i - 1, window_start(noun, 1) - 1, -1):
        t = doc[i]
        if _present_at(t):  # `Les négociateurs de X et de Y sont à Doha depuis dimanche`: being there
            return [a for c in t.children if c.dep_ in SUBJECT for a in phrase_actors(c, actors).core]
        if t.pos_ != "VERB" or fold(t.lemma_.lower()) not in journeys:
            continue
        if any(c.dep_.startswith("obl") and fold(preposition(c)) in {"a", "au", "aux", "en"} for c in t.children):
            return [a for c in t.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT for a in phrase_actors(c, actors).core]
        return []
    return []


def _present_at(place: Token) -> bool:
    """`sont à Doha`: a place name that is the predicate of `être` after `à`, `au`, `aux` or `en`."""
    return (
        place.pos_ == "PROPN"
        and any(c.dep_ == "cop" and c.lemma_ == "être" for c in place.children)
        and fold(preposition(place)) in {"a", "au", "aux", "en"}
    )


def clause_participants(token: Token, actors: dict[int, Span]) -> list[str]:
    """Subject, agent and object of the nearest verb above `token`."""
    t = token
    for _ in range(5):
        if t.head.i == t.i:
            return []
        t = t.head
        # `se sont téléphoné`, the participle tagged a noun: its auxiliary still makes it the clause's verb
        if t.pos_ in {"VERB", "AUX"} or any(c.dep_ == "aux:tense" for c in t.children):
            found: list[str] = []
            roles = SUBJECT | PASSIVE_SUBJECT | (set() if is_discussing(t) else OBJECT)
            for c in t.children:
                if c.dep_ in roles:
                    found += named_by(c, actors)
            return unique(found) if len(unique(found)) >= 2 else []
    return []


def is_discussing(verb: Token) -> bool:
    """`ils avaient évoqué le Mercosur` (`discussing` in markers.csv): the verb's object is the topic
    of the talks, not a party to them."""
    return fold(verb.lemma_.lower()) in markers()["discussing"]


def clause_subject(token: Token, actors: dict[int, Span], *, passive_first: bool = False) -> list[str]:
    """The subject of the nearest verb above `token` that has one, not a verb whose subject holds the
    token itself (`que ses droits sur les produits américains s'appliqueraient`: the droits are not
    their own owner; the one who warned is). With `passive_first`, for a possessive: the one a passive
    clause is about, not its agent (`Au lendemain de sa rencontre avec X, Y a été reçu par Z`: Y's)."""
    t = token
    for _ in range(4):
        if t.head.i == t.i:
            return []
        came_by, t = t.dep_, t.head
        if came_by in SUBJECT:
            continue
        if t.pos_ not in {"VERB", "AUX"}:
            continue
        passive = next((c for c in t.children if c.dep_ in PASSIVE_SUBJECT), None) if passive_first else None
        if passive is not None:
            return named_by(passive, actors)
        if any(c.dep_ in SUBJECT for c in t.children):
            return subject_of(t, actors)
    return []


def clause_sides(head: Token, actors: dict[int, Span], *, talk: bool = False) -> list[str]:
    """When the parse gives no participant: the named actor nearest the trigger on each side of it,
    inside its clause (`X ... trigger ... Y`). Both sides are needed; for talks, a subject of two
    names joined by `et` holds both (`X et Y ont conclu un accord au terme de négociations`)."""
    root = finite_clause_root(head)
    before = after = None
    for i in range(head.sent.start, head.sent.end):
        span = actors.get(i)
        if span is None or not span._.actor_id or i != span.start or finite_clause_root(span.root).i != root.i:
            continue
        if span.start > 0 and is_locative(head.doc[span.start - 1].lower_):
            continue  # `en Ukraine`: a place
        if judges(span.root, head):
            continue  # `une rencontre jugée « utile » par X`: X judges
        if in_reporter_phrase(span.root):
            continue  # `..., selon la Maison Blanche`: who tells the news
        if is_mediator(span.root):
            continue  # `au terme de négociations menées sous l'égide de X`: X hosts the talks, no side
        if i < head.i and is_subject(span.root):
            before = span._.actor_id
        elif i > head.i and after is None:
            after = span._.actor_id
    # not at a venue (`ont parlé en marge du sommet`) nor at a time anchor (`se sont parlé à la veille du sommet`)
    aside = (
        inside_venue(head)
        or is_time_anchor(head, preposition(head))
        or is_time_anchor(head.head, preposition(head.head))
    )
    if talk and before and after is None and not aside:
        # `X et Y ont conclu un accord au terme de négociations`: the subject's pair holds both sides
        subject = next((c for c in root.children if c.dep_ in SUBJECT), None)
        pair = subject_of(root, actors)
        joined = subject is not None and any(c.dep_ == "conj" for c in subject.children)
        return pair if joined and len(pair) == 2 else []
    return [before, after] if before and after and before != after else []


def _name_read_as_verb(token: Token, actors: dict[int, Span]) -> list[str]:
    """The person whose name the tagger read as a verb (`Narendra` tagged VERB, the clause's real verb
    hung on it as a dependent), else nothing."""
    span = actors.get(token.i)
    if token.pos_ != "VERB" or span is None or not is_person(span):
        return []
    return [span._.actor_id]


def _subject_before_name(name: Token, actors: dict[int, Span]) -> list[str]:
    """The actors of the subject the parser hung on a name it read as a verb (`X et son homologue
    indien` in `X et son homologue indien Narendra Modi se sont rencontrés`), less the name's own
    title: the phrase right before the name, after the last `et` or comma (`son homologue indien`,
    also `le président Y, le Premier ministre indien` where the parser hangs it on Y), not another
    person."""
    out: list[str] = []
    for c in name.children:
        if c.dep_ not in SUBJECT or c.i > name.i:
            continue
        title = _title_before(c, name)
        if title is not None and title.i == c.i:
            continue  # `Le Premier ministre indien Narendra Modi`: the whole subject is the title
        stop = frozenset({title.i}) if title is not None else frozenset()
        out += [a for a in phrase_actors(c, actors, stop).core if a not in out]
    return out


def _title_before(subject: Token, name: Token) -> Token | None:
    """The head of the phrase of `subject` that runs from its last `et` or comma to right before the
    name, None when no phrase of it ends there."""
    if subject.right_edge.i != name.i - 1:
        return None
    doc = name.doc
    cut = max((t.i for t in doc[subject.left_edge.i : name.i] if t.lower_ in {"et", ","}), default=-1)
    starts = {cut, cut + 1} if cut >= 0 else {subject.left_edge.i}  # the `et` may hang on the conjunct
    return next((t for t in subject.subtree if t.left_edge.i in starts and t.right_edge.i == name.i - 1), None)


def _owned_intent(verb: Token, noun: Token) -> bool:
    """`a annoncé son intention de taxer`, `a confirmé sa décision de sanctionner` (`intent_nouns` in
    markers.csv): an infinitive completing a noun of intent owned by a possessive, or a noun of option with
    no owner named (`étudie la possibilité de restreindre`, `option_nouns`), the object of a verb, tells
    what that verb's subject means to do."""
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.dep_ not in OBJECT:
        return False
    lemma = fold(noun.lemma_)
    if lemma in markers()["option_nouns"]:
        # `étudie la possibilité de restreindre X`: the subject's own option, unless the noun names another
        # owner (`la possibilité pour l'UE de taxer`)
        return not any(c.dep_ == "nmod" and c.i < verb.i for c in noun.children)
    return lemma in markers()["intent_nouns"] and any("Yes" in c.morph.get("Poss", []) for c in noun.children)


INTENT_REACH = 6  # words between a noun of intent and the `de` of its infinitive (its own phrase)


def intent_noun_before(verb: Token) -> Token | None:
    """`la décision de Washington d'imposer`, the infinitive hung elsewhere: the noun of intent
    (`intent_nouns`) whose own phrase fills every word between it and the infinitive's `de`."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and fold(c.lower_) in {"de", "d'"}), None)
    if mark is None or mark.i != verb.i - 1:
        return None
    doc = verb.doc
    for k in range(mark.i - 1, max(verb.sent.start, mark.i - INTENT_REACH) - 1, -1):
        noun = doc[k]
        if noun.pos_ == "NOUN" and fold(noun.lemma_) in markers()["intent_nouns"]:
            inside = {t.i for t in noun.subtree}
            return noun if all(i in inside or doc[i].ent_type_ for i in range(k + 1, mark.i)) else None
    return None


def _intent_owner(verb: Token, noun: Token, actors: dict[int, Span]) -> list[str]:
    """`la décision de Washington de taxer X`, `la décision américaine d'imposer des droits`: an
    infinitive completing a noun of intent (`intent_nouns` in markers.csv) is the act of the one the
    noun names before it, by a `de` phrase or an adjective of nationality. The parser often hangs the
    infinitive on the clause's verb instead (`Pékin a dénoncé la décision de Washington d'imposer X`):
    the intent noun whose phrase ends right before its `de` is then read on the surface."""
    if verb.dep_ != "acl":
        noun = intent_noun_before(verb) or noun
    elif noun.pos_ != "NOUN":
        return []
    if noun.pos_ != "NOUN" or fold(noun.lemma_) not in markers()["intent_nouns"]:
        return []
    owners: list[str] = []
    for c in noun.children:
        if c.i > verb.i or c.i == verb.i:
            continue
        if (c.dep_ == "nmod" and fold(preposition(c)) in {"de", "du", "des", "d'", "d’"}) or c.dep_ == "amod":
            owners += phrase_actors(c, actors).core
    return unique(owners)


_SEQUENCE_MARKS = frozenset({"avant", "après", "pour", "afin"})  # an infinitive that goes on with the subject


def inherited_subject(verb: Token, actors: dict[int, Span]) -> list[str]:
    """The subject a verb shares with the verb it is coordinated with or controlled by."""
    for _ in range(3):
        if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children):  # an agent is no subject
            return []
        governor = verb.head
        if governor.i == verb.i:
            return []
        if verb.dep_ == "xcomp" and fold(governor.lemma_.lower()) in markers()["showing"]:
            # `une photo montre X serrant la main de Y`: the one shown is the subject of what is shown
            shown = [c for c in governor.children if c.dep_ in OBJECT and c.i < verb.i]
            if shown:
                return named_by(shown[0], actors)
        name_verb = _name_read_as_verb(governor, actors)
        if name_verb and verb.i > governor.i and verb.dep_ in {"advcl", "conj", "parataxis", "xcomp"}:
            # `Narendra Modi s'est entretenu`: the parser took the first name for the verb; in `X et son
            # homologue indien Narendra Modi se sont rencontrés` it made `X et son homologue` that name's
            # subject, the first part of the real verb's
            before = _subject_before_name(governor, actors)
            # `... Narendra Modi et son homologue australien Y se sont réunis`: the name's conjuncts too
            after = [
                a
                for c in governor.children
                if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i < verb.i
                for a in phrase_actors(c, actors).core
            ]
            return unique([*before, *name_verb, *after])
        ago = _ago(governor) and governor.head.i != governor.i
        if ago:  # `après avoir reçu X il y a une semaine, Y a ...`: hung on that `a`, with any relation
            governor = governor.head
        infinitive = "Inf" in verb.morph.get("VerbForm", []) or compound_infinitive(verb)
        if infinitive and _owned_intent(verb, governor):
            return subject_of(governor.head, actors)  # `a annoncé son intention de taxer X`: the announcer taxes
        owners = _intent_owner(verb, governor, actors) if infinitive else []
        if owners:
            return (
                owners  # `la décision de Washington de taxer X`, `la décision américaine d'imposer`: Washington taxes
            )
        if infinitive_on_addressee(verb, governor):
            # `X a ordonné à son administration de préparer des droits`: the one addressed acts; one's own
            # staff (`son administration`) acts for the one ordering
            addressee = phrase_actors(governor, actors, frozenset({verb.i})).core
            return addressee or (subject_of(governor.head, actors) if has_possessive_article(governor) else [])
        if _companion_participle(verb) and governor.dep_ == "nsubj:pass" and governor.head.i != governor.i:
            # `Un décret assorti de sanctions a été signé par X`: the agent of the passive verb
            agents = [c for c in governor.head.children if c.dep_ == "obl:agent" or preposition(c) == "par"]
            return [a for c in agents for a in phrase_actors(c, actors).core]
        if _adverbial_participle(verb, governor):
            # `Moscou a riposté lundi, expulsant dix diplomates`: a present participle set off after the
            # clause tells what its subject did next
            return subject_of(governor, actors)
        # `a présenté un projet de résolution prévoyant X`: the participle on the `de` noun of the object
        carried = governor.head if fold(preposition(governor)) in {"de", "d'"} else governor
        if (
            (_active_participle(verb) or _companion_participle(verb))
            and carried.dep_ in OBJECT
            and not _judged(carried.head)
            and not is_gerund(verb)
        ):
            # `a signé un décret imposant X`: the signer imposes, also one who shares a coordinated
            # verb's subject (`X a annoncé son retrait et a signé un décret rétablissant les sanctions`)
            signer = carried.head
            return subject_of(signer, actors) or (inherited_subject(signer, actors) if signer.dep_ == "conj" else [])
        listed = _object_under(governor) if verb.dep_ == "conj" and _has_object(verb) else governor
        if _participle_on_object(verb, listed):
            # `X avait suspendu le traité ... et expulsé des attachés`: the parser hangs the second
            # participle on the first verb's object (or on a complement of it: `fermé le poste de Wagah et
            # expulsé des diplomates`); it shares that verb's subject
            governor = listed.head
        if under_afin(verb):
            governor = governor.head  # `X s'est envolé pour Y afin de rencontrer Z`: the clause hung on `afin`
        timed = _infinitive_on_time_phrase(verb)
        if timed:  # `X a affirmé dans la soirée avoir frappé Y`: hung on the time phrase, told by X
            governor = governor.head
        gerund = is_gerund(verb)
        if gerund and (_closed_subordinate(verb, governor) or (governor.dep_ == "acl" and governor.pos_ == "VERB")):
            # ... or on a participle of a noun (`a réagi à l'attaque attribuée à l'Iran en ajoutant X à sa liste`)
            governor = verb_above(governor.head)
        if gerund and governor.pos_ not in {"VERB", "AUX"}:
            # `Pékin a riposté mercredi ... en frappant de taxes X`: a gerund the parser hangs on a
            # noun of the clause (the day, a complement) still tells the act of that clause's subject
            governor = verb_above(governor)
            while _subjectless_infinitive(governor) and governor.head.i != governor.i:
                # `a réagi à la décision de Pékin de limiter ses exportations en imposant des droits`: the
                # gerund hung under an infinitive's object tells the act of the finite clause's subject
                governor = verb_above(governor.head)
        # `X s'est dit prêt à rencontrer Y`, `s'est montré disposé à recevoir Y`: the adjective or participle
        # predicated of the subject passes it on to the infinitive it governs
        predicate = verb.dep_ == "xcomp" and (verb.pos_ == "ADJ" or "Part" in verb.morph.get("VerbForm", []))
        if (
            verb.dep_ == "conj"
            or _elided_auxiliary(verb, governor)
            or gerund
            or predicate
            or timed
            or (infinitive and (ago or verb.dep_ in {"xcomp", "advcl", "obl:arg", "ccomp"}))
        ):
            # an adverbial clause (`après avoir reçu X, Y a appelé Z`) is the subject's, whatever the verb
            controlled = (
                governor.lemma_ in OBJECT_CONTROL and verb.dep_ not in {"conj", "advcl"} and not gerund and not ago
            )
            controllers = CONTROLLER_DEPS if controlled else SUBJECT
            if controllers is SUBJECT and is_passive(governor):
                # `il sera reçu par X, avant de rejoindre Londres`: the one received goes on, not X (the
                # agent); the parser may tag that subject `nsubj` beside the passive auxiliary after a word of
                # sequence (`avant de`, not `sans préciser`, which often tells of the reporter)
                sequence = any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in verb.children)
                controllers = SUBJECT | PASSIVE_SUBJECT if sequence else PASSIVE_SUBJECT
            elif controllers is SUBJECT:
                # `X est arrivé à Delhi, après s'être rendu au Pakistan`: the subject of a verb
                # conjugated with `être` (no passive auxiliary) that the parser tags as passive
                controllers = SUBJECT | PASSIVE_SUBJECT
            for c in sorted(governor.children, key=lambda c: c.dep_ not in PASSIVE_SUBJECT):
                # `a appelé Israël et le Hamas à reprendre les négociations`: the parser may take the
                # object for a second complement (`xcomp`) of the control verb
                misread = controlled and c.dep_ == "xcomp" and c.pos_ in {"PROPN", "NOUN"} and c.i < verb.i
                # `Il doit rencontrer samedi X`: the parser takes the subject of a modal for an expletive
                personal = c.dep_ == "expl:subj" and c.lower_ in SUBJECT_PRONOUNS and not impersonal(governor)
                # `Ce dernier devrait être reçu par X`: the parser may take the fronted demonstrative for a modifier
                latter = c.dep_ == "amod" and c.i < verb.i and not controlled and is_demonstrative(c)
                if c.dep_ in controllers or misread or latter or (personal and not controlled):
                    ids = phrase_actors(c, actors).core
                    # `Ce dernier doit être reçu par X`: the demonstrative (tagged ADJ) stands for the one named last
                    if (c.pos_ == "PRON" or is_demonstrative(c)) and (
                        c.dep_ in SUBJECT | PASSIVE_SUBJECT or personal or latter
                    ):
                        ids = pronoun_antecedent(c, actors)
                    if not ids and c.dep_ in SUBJECT | PASSIVE_SUBJECT:
                        ids = role_antecedent(c, actors)  # `Le prince héritier doit rencontrer X`: the one so titled
                    if not ids and controlled and c.dep_ in CONTROLLER_DEPS and has_possessive_article(c):
                        ids = subject_of(governor, actors)  # `a ordonné à son gouvernement de taxer X`: his own staff
                    if ids:
                        return ids
            aside = subject_taken_by_aside(governor)
            ids = phrase_actors(aside, actors).core if aside is not None else []
            if ids:
                return ids
            verb = governor
            continue
        return []
    return []


def _subjectless_infinitive(verb: Token) -> bool:
    return "Inf" in verb.morph.get("VerbForm", []) and not any(c.dep_ in SUBJECT for c in verb.children)


def verb_above(token: Token, hops: int = 5) -> Token:
    """The nearest clause verb above `token` (at most `hops` up), else `token` itself. A participle
    on a noun (`les surtaxes imposées par X`) belongs to that noun's phrase, not to the clause."""
    t = token
    for _ in range(hops):
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "acl:relcl", "amod"}:
            return t
        if t.head.i == t.i:
            break
        t = t.head
    return t if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "acl:relcl", "amod"} else token


def _ago(verb: Token) -> bool:
    """`il y a une semaine`: the `a` of a time expression, no clause of its own."""
    return verb.lemma_ == "avoir" and {"il", "y"} <= {c.lower_ for c in verb.children if c.dep_.startswith("expl")}


def _elided_auxiliary(verb: Token, governor: Token) -> bool:
    """`X avait suspendu le traité, fermé le poste-frontière et expulsé des diplomates`: a bare past
    participle after a comma, following a verb in a compound tense, is the next item of a list that
    shares that verb's auxiliary and subject, whatever relation the parser gave it (`ccomp`, `parataxis`)."""
    return (
        verb.dep_ in {"ccomp", "parataxis", "advcl", "xcomp", "dep"}
        and verb.i > governor.i
        and governor.pos_ in {"VERB", "AUX"}
        and "Part" in verb.morph.get("VerbForm", [])
        and "Past" in verb.morph.get("Tense", [])
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_.startswith("aux") or c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children)
        and any(c.dep_ == "aux:tense" for c in governor.children)
    )


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "obj" for c in verb.children)


def _object_under(noun: Token) -> Token:
    """The object noun a `de` complement (`le poste-frontière de Wagah`) stands under, two levels up at most."""
    for _ in range(2):
        if noun.dep_ != "nmod" or noun.head.pos_ not in {"NOUN", "PROPN"}:
            break
        noun = noun.head
    return noun


def _participle_on_object(verb: Token, governor: Token) -> bool:
    """A past participle joined by `et` to the object noun of a verb (`avait suspendu le traité et
    expulsé des attachés`): a conjunct of that verb misread as one of its object (which the parser may
    call `obl:arg` after a day: `a suspendu mardi le traité`), or on the noun of its last complement
    when the participle has an object of its own, which no modifier of that noun has (`a fermé son
    espace aérien aux compagnies indiennes et suspendu ses échanges`)."""
    has_object = _has_object(verb)
    return (
        verb.dep_ == "conj"
        and "Part" in verb.morph.get("VerbForm", [])
        and governor.pos_ in {"NOUN", "PROPN"}
        and (
            governor.dep_ in OBJECT
            or (governor.dep_ == "obl:arg" and not any(c.dep_ == "case" for c in governor.children))
            or (governor.dep_ in {"obl:arg", "obl:mod", "obl"} and has_object)
        )
        and governor.head.pos_ == "VERB"
        and any(c.dep_ == "cc" and c.lower_ == "et" for c in verb.children)
    )


def _active_participle(verb: Token) -> bool:
    """A participle on a noun that acts (`un décret imposant X`): a present one the parser calls
    `acl` or `amod`; a past one is passive (`les sanctions imposées`, `des drones lancés depuis le
    Yémen`: the clause's subject did not launch them)."""
    forms = verb.morph.get("VerbForm", [])
    if verb.dep_ == "acl" and "Past" not in verb.morph.get("Tense", []):
        return "Part" in forms
    return verb.dep_ == "amod" and "Part" in forms and "Pres" in verb.morph.get("Tense", [])


def _adverbial_participle(verb: Token, governor: Token) -> bool:
    """`X a riposté, expulsant dix diplomates`: a present participle without `en`, hung on the finite verb
    before it as an adverbial clause, after a comma."""
    return (
        verb.dep_ in {"advcl", "conj", "parataxis", "obl:mod"}
        # the participle tells how the subject did a verb with no object of its own (`a riposté`, `a
        # répliqué`); after an act with an object (`a frappé X, tuant ...`) it tells the act's effect
        and not any(c.dep_ in OBJECT and c.i < verb.i for c in governor.children)
        and "Part" in verb.morph.get("VerbForm", [])
        and "Pres" in verb.morph.get("Tense", [])
        and governor.pos_ == "VERB"
        and governor.i < verb.i
        and verb.doc[verb.i - 1].text == ","
        and not is_gerund(verb)
    )


def _companion_participle(verb: Token) -> bool:
    """`a signé un décret assorti de sanctions`: a past participle of accompaniment (`accompanying` in
    markers.csv) on the object of a verb: what it comes with is the act of that verb's subject."""
    return verb.dep_ == "acl" and fold(verb.lemma_.lower()) in markers()["accompanying"]


def is_gerund(verb: Token) -> bool:
    """`Tallinn a riposté en renvoyant l'ambassadeur`: a present participle after `en` shares the
    subject of the verb it modifies (the parser hangs `en` on the participle as case, mark or iobj).
    A participle the tagger took for a noun (`a répliqué en bombardant le port`) is one too, and so
    is a participle the parser hangs on a noun of the clause as its modifier (`a riposté dans la
    soirée en expulsant X`: `expulsant` an `nmod` of `soirée`; `a réagi aux essais en gelant les avoirs
    de X`: `gelant` an `acl` of `essais`, which `en` rules out)."""
    participle = "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])
    if not participle and not (verb.pos_ == "NOUN" and verb.lower_.endswith("ant")):
        return False
    hung = {"advcl", "obl", "obl:mod", "obl:arg", "xcomp"} | ({"nmod", "acl"} if participle else set())
    if verb.dep_ == "nmod" and not participle:  # `a répondu aux sanctions en sanctionnant X`, tagged a noun
        return any(c.lower_ == "en" and c.i == verb.i - 1 for c in verb.children)
    if verb.dep_ == "conj" and participle:  # `en suspendant le traité et en expulsant X`, joined to a noun
        return verb.head.pos_ in {"NOUN", "PROPN"} and any(
            c.lower_ == "en" and c.i == verb.i - 1 for c in verb.children
        )
    return verb.dep_ in hung and any(c.lower_ == "en" and c.i < verb.i for c in verb.children)


def _closed_subordinate(gerund: Token, governor: Token) -> bool:
    """`La Chine a riposté, après que les États-Unis ont relevé leurs droits, en sanctionnant X`: a gerund
    after the comma that closes a subordinate clause (`après que`, `alors que`) is not that clause's act;
    the parser hangs it on the subordinate verb all the same."""
    subordinate = governor.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"que", "qu'", "qu’", "lorsque", "lorsqu'", "puisque", "quand"}
        for c in governor.children
    )
    comma = gerund.doc[gerund.left_edge.i - 1] if gerund.left_edge.i > 0 else None
    return subordinate and comma is not None and comma.lower_ == "," and comma.head.i == governor.i


def _judged(verb: Token) -> bool:
    """`Le porte-parole a qualifié l'opération d'action légitime visant des rebelles`: the subject of
    a verb of judging (`judgement` in markers.csv) speaks of the act its object names; he did not do it.
    A verb that judges only with `comme` (`judging_as`: `a présenté l'opération comme une riposte`) puts
    forward what it has no `comme` for (`a présenté un plan prévoyant des sanctions`): the plan is its own."""
    lemma = fold(verb.lemma_.lower())
    if lemma in markers()["judging_as"]:
        # `comme` hung on the verb, or on its object (`a présenté l'opération comme une riposte`)
        near = [g for c in verb.children for g in (c, *c.children)]
        return any(fold(preposition(t)) == "comme" for t in near)
    return lemma in markers()["judgement"]


def adjacent_subject(verb: Token, actors: dict[int, Span]) -> list[str]:
    """A subjectless active verb whose verbal group follows a name directly: the name is its
    subject, hung elsewhere by the parser (`Dans un communiqué, Moscou a ordonné ...`, with `Moscou`
    taken as a complement of `communiqué`). Only auxiliaries, adverbs and `ne` may stand between."""
    if is_passive(verb) or any(c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} for c in verb.children):
        return []
    if "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", []) and not has_auxiliary(verb):
        # `un cargo battant pavillon du Belize touché par deux missiles`: a bare past participle is passive in
        # meaning, the name before it undergoes it if anything
        return []
    group = {c.i for c in verb.children if c.dep_.startswith("aux") or c.pos_ == "ADV" or c.lower_ in {"ne", "n'"}}
    i = verb.i - 1
    while i >= verb.sent.start and i in group:
        i -= 1
    span = actors.get(i) if i >= verb.sent.start else None
    if span is None or not span._.actor_id or span.end - 1 != i or span.root.dep_ in SUBJECT | PASSIVE_SUBJECT:
        return []
    if span.start > 0 and is_locative(verb.doc[span.start - 1].lower_):
        return []  # `à Moscou a été ...`: a place
    return [span._.actor_id]


def subject_of(verb: Token, actors: dict[int, Span]) -> list[str]:
    """The actors of a verb's subject, a subject pronoun standing for the last named subject."""
    for c in verb.children:
        if c.dep_ in SUBJECT or (c.dep_ in PASSIVE_SUBJECT and active_with_etre(verb)):
            return name_end_as_subject(c, actors) or named_by(c, actors)
    aside = subject_taken_by_aside(verb)
    return phrase_actors(aside, actors).core if aside is not None else []


def named_by(phrase: Token, actors: dict[int, Span]) -> list[str]:
    """The actors a subject or object phrase names: those of its words, or for a pronoun those it stands for."""
    return pronoun_antecedent(phrase, actors) if phrase.pos_ == "PRON" else phrase_actors(phrase, actors).core


def name_end_as_subject(subject: Token, actors: dict[int, Span]) -> list[str]:
    """`que Donald Trump et Kim Jong Un se retrouveraient`: the parser may take the last word of a name
    (`Un`, tagged a pronoun) for the subject and hang the name's first words elsewhere, coordinated with
    the name before `et`. The subject is the whole name, with the name it is coordinated with."""
    span = actors.get(subject.i)
    if span is None or not span._.actor_id or span.start == subject.i:
        return []
    first = span.doc[span.start]
    ids = [span._.actor_id]
    partner = actors.get(first.head.i) if first.dep_ == "conj" and first.head.i < first.i else None
    if partner is not None and partner._.actor_id:
        ids.insert(0, partner._.actor_id)
    return unique(ids)


def active_with_etre(verb: Token) -> bool:
    """`Trump et Xi sont convenus de ...`: a verb whose active past takes `être` (`etre_active` in
    markers.csv), which the parser reads as a passive. Without `été` and an agent it is active, and
    its `nsubj:pass` is its doer."""
    if fold(verb.lemma_.lower()) not in markers()["etre_active"]:
        return False
    return not any(c.dep_ == "obl:agent" or c.lower_ == "été" for c in verb.children)


def name_taken_for_verb(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Le Premier ministre indien Narendra Modi et le président chinois Xi Jinping ont achevé samedi un
    sommet`: the tagger may take a first name it does not know for a verb (`Narendra`, lemma
    `narendrer`), make it the root and the real verb its conjunct, whose subject is then only the
    name after `et`. A person of the actor knowledge base read as that verb, before `et` and the
    verb, is a subject too."""
    head = verb.head
    named = _name_read_as_verb(head, actors) if verb.dep_ in {"conj", "dep"} and head.i < verb.i else []
    if not named and verb.dep_ == "parataxis" and head.i < verb.i:
        named = _root_name_of_pair(verb, actors)
    if not named or not any(t.lower_ == "et" for t in verb.doc[actors[head.i].end : verb.i]):
        return []
    return named


def _root_name_of_pair(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Donald Trump et Vladimir Poutine ont eu dimanche une conversation`: the parser may make the first
    name the root, the second its conjunct, and hang the verb on it as a parataxis whose subject is only
    the second name's last word. The first name is a subject too."""
    head = verb.head
    first = actors.get(head.i)
    if first is None or head.pos_ != "PROPN" or not is_person(first):
        return []
    second = [actors.get(c.i) for c in head.children if c.dep_ == "conj"]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT and c.i < verb.i]
    if any(s is not None and any(s.start <= c.i < s.end for c in subjects) for s in second):
        return [first._.actor_id]
    return []


def subject_taken_by_aside(verb: Token) -> Token | None:
    """`Le chancelier X, reçu lundi par Y, doit se rendre à Moscou`: the parser may make the name the
    subject of the participle set off by commas and leave the finite verb without one. A participle
    with no auxiliary has no subject of its own: the name before its comma is the verb's."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i > verb.i or "Part" not in c.morph.get("VerbForm", []):
            continue
        if any(a.dep_.startswith("aux") for a in c.children) or verb.doc[c.i - 1].text != ",":
            continue
        subject = next((a for a in c.children if a.dep_ in SUBJECT and a.i < c.i), None)
        if subject is not None:
            return subject
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def passive_voice(verb: Token) -> bool:
    """A passive auxiliary or a passive subject (`les aciers brésiliens seront taxés`, where the parser
    may take `seront` for a tense auxiliary)."""
    return is_passive(verb) or any(c.dep_ == "nsubj:pass" for c in verb.children)


def compound_infinitive(verb: Token) -> bool:
    """`doit être reçu`, `d'avoir frappé`: a participle whose passive or tense auxiliary is an infinitive."""
    return any(c.dep_ in {"aux:pass", "aux:tense"} and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)


def detached_auxiliary(participle: Token) -> Token | None:
    """`a annoncé avoir gelé les avoirs`: the parser makes `avoir` a verb of its own and the
    participle its object or an adjective of the noun after it; the `avoir` right before a
    participle that hangs on it or precedes its governor (a French adjective does not precede
    `les avoirs`) is its auxiliary. So is one hung on the participle that took the subject for
    itself (`Washington avait déjà gelé les avoirs`: `Washington` hangs on `avait`), adverbs between,
    or that the parser made the verb, the participle an adjective of its object (`le Trésor avait déjà
    gelé les avoirs`, `avait` the root and `gelé` an `amod` of `avoirs`)."""
    if participle.i <= participle.sent.start:
        return None
    i = participle.i - 1
    while i > participle.sent.start and participle.doc[i].pos_ == "ADV" and participle.doc[i].head.i == participle.i:
        i -= 1  # `avait déjà gelé`, `a aussi gelé`
    before = participle.doc[i]
    qualifies_object = participle.head.head.i == before.i and participle.i < participle.head.i
    if before.lemma_ != "avoir" or (before.pos_ != "AUX" and not (before.pos_ == "VERB" and qualifies_object)):
        return None
    if before.head.i == participle.i:
        return before if any(c.dep_ == "nsubj" for c in before.children) else None
    if i != participle.i - 1 and not qualifies_object:
        return None  # adverbs between: only when the participle qualifies the auxiliary's own object
    return before if participle.head.i == before.i or participle.i < participle.head.i else None


def office_state(actor_id: str, actors: dict[int, Span]) -> list[str]:
    """`Donald Trump a signé un décret imposant ...`: a person who holds a state office at the
    article's date strikes or sanctions for that state, which takes part too; so does the state of
    a body that acts for it (`le Trésor américain a sanctionné ...`, `l'armée israélienne a frappé
    ...`: the guidelines accept the state and the body), when the article names that state."""
    if not actors:
        return []
    registry = next(iter(actors.values())).doc._.actors or {}
    if actor_id.startswith("org:") and actor_id in registry:
        from pipeline.events.agreement import state_links  # agreement reads the knowledge base

        state = state_links({actor_id: registry[actor_id]}).get(actor_id)
        return [state] if state is not None and state.startswith("state:") and state in registry else []
    if not actor_id.startswith("person:"):
        return []
    person = registry.get(actor_id)
    if person is None or not person.role or not person.country:
        return []
    state = f"state:{person.country}"
    return [state] if state in registry else []


def prepared_by_infinitive(noun: Token) -> bool:
    """`pour préparer un sommet entre X et Y`: a talk noun, object of an infinitive of preparing (`preparing`
    in markers.csv), is a later meeting than the clause that prepares it: its own sides, its own day."""
    verb = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in OBJECT
        and "Inf" in verb.morph.get("VerbForm", [])
        and fold(verb.lemma_.lower()) in markers()["preparing"]
    )
