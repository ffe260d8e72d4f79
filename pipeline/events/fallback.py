"""Participants read from the trigger's clause when its own phrases name none (s39-fallback).

A long wire sentence often buries the event noun under another noun, and the parse then links no
name to it: `Les dirigeants français et allemand ont confirmé lundi, dans un communiqué ..., la tenue
d'un sommet bilatéral jeudi`, `À l'issue d'un cycle de discussions à Genève, les négociateurs
américain et iranien ont salué des progrès`. The sides are then those the clause names as its
subject, when the noun is what that subject arranges or the occasion it acts at. A strike whose
attacker is told but whose target the parser hung elsewhere (`Nouvelle série de bombardements
israéliens visant, dans la nuit, des positions du Hezbollah dans l'est du Liban`) takes the nearest
state or armed group named after it in its clause. These events keep `from_parse` False: their
confidence says they were read from the clause, not from the trigger's phrases.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.events.phrases import (
    in_distance_phrase,
    in_offshore_phrase,
    in_reporter_phrase,
    judges,
    markers,
    phrase_actors,
    preposition,
)
from pipeline.nlp.syntax import finite_clause_root
from pipeline.text import fold

PARTY_PREFIXES = ("state:", "person:")
CLAUSE_OPENERS = frozenset({"où", "qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle"})


def arranged_talk_sides(head: Token, actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The states and people the subject of the clause's verb names, when the talk noun at `head`
    hangs under that verb through nouns alone and is what the verb arranges (`ont confirmé la tenue
    d'un sommet`, `ont arrêté le calendrier des réunions`, however the parser hung the late object) or
    the occasion it acts at (`à l'issue d'un cycle de discussions`). Two sides at least, or none: one
    name is no evidence of who met."""
    path = _noun_path(head)
    if not path:
        return []
    occasion = any(fold(t.lemma_) in markers()["held_during"] for t in path[1:])
    verb = path[-1].head if path[-1].head.i != path[-1].i else _lost_main_verb(path[-1]) if occasion else None
    if verb is None:
        return []
    arranged = fold(verb.lemma_) in markers()["arranging"] and head.i > verb.i
    if not arranged and not occasion:
        return []  # `ont salué la tenue d'un sommet`: who judges a meeting took no part in it
    subject = _clause_subject(verb)
    ids = (
        []
        if subject is None
        else [a for a in phrase_actors(subject, actors, stop).core if a.startswith(PARTY_PREFIXES)]
    )
    ids = [a for a in dict.fromkeys(ids) if subject is None or not _told_aside(a, subject, actors)]
    if len(ids) == 1:  # `X a proposé à son homologue chinois l'organisation d'une rencontre`
        ids += [a for a in _addressees(verb, path, actors, stop) if a not in ids]
    if len(ids) < 2 and occasion:  # the parser took a word of an incise for the subject, or lost it
        ids += [a for a in _phrase_before_verb(verb, actors) if a not in ids]
    return ids if len(ids) >= 2 else []


BREAKS = frozenset({",", "–", "—", ";", ":", "(", ")"})


def _phrase_before_verb(verb: Token, actors: dict[int, Span]) -> list[str]:
    """`Au terme d'un entretien – le troisième depuis janvier – consacré à X, le chef de l'État français et
    son homologue sénégalais (qui préside l'UA) ont plaidé`: the states and people of the phrase right
    before the verb and its auxiliaries, past a parenthesis, back to the comma or dash that opens it."""
    doc, start = verb.doc, verb.sent.start
    i = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "expl:comp"]) - 1
    if i > start and doc[i].text == ")":
        while i > start and doc[i].text != "(":
            i -= 1
        i -= 1
    end = i
    while i >= start and doc[i].text not in BREAKS:
        i -= 1
    phrase = range(i + 1, end + 1)
    if not 0 < len(phrase) <= 12 or doc[i + 1].pos_ not in {"DET", "PROPN"}:
        return []
    ids = [s._.actor_id for j in phrase if (s := actors.get(j)) is not None and s.start == j and s._.actor_id]
    return [a for a in dict.fromkeys(ids) if a.startswith(PARTY_PREFIXES)]


def _clause_subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb it shares it with (`ont décidé de fixer`, `ont annoncé
    et confirmé`), two verbs up at most."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is not None:
            return subject
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.pos_ != "VERB":
            break
        verb = verb.head
    root = finite_clause_root(verb)  # `ont convenu, au terme de X, de préparer`: the infinitive hung on X
    if root.i == verb.i or "Inf" not in verb.morph.get("VerbForm", []):
        return None
    return next((c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)


def _addressees(verb: Token, path: list[Token], actors: dict[int, Span], stop: frozenset[int]) -> list[str]:
    """The states and people the verb's `à` or `avec` phrase names (`a proposé à son homologue
    chinois`, `est convenu avec X`), off the talk noun's own path."""
    on_path = {t.i for t in path}
    found: list[str] = []
    for child in verb.children:
        if child.i in on_path or child.dep_ not in {"iobj", "obl:arg", "obl", "obl:mod"}:
            continue
        if fold(preposition(child)) not in {"a", "au", "aux", "avec"} or in_reporter_phrase(child):
            continue
        found += [a for a in phrase_actors(child, actors, stop).core if a.startswith(PARTY_PREFIXES)]
    return found


def _lost_main_verb(root: Token) -> Token | None:
    """`Au terme d'un entretien – le troisième depuis janvier – ..., X et Y ont plaidé`, parsed with
    `terme` as the root and the main verb as a relative clause of a word of the incise: the first
    verb after the root that has a subject of its own and no relative pronoun."""
    for token in root.sent:
        if token.i <= root.i or token.pos_ != "VERB" or token.dep_ not in {"acl:relcl", "dep", "parataxis", "acl"}:
            continue
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if subjects and not any("Rel" in c.morph.get("PronType", []) for c in subjects):
            return token
    return None


def _noun_path(head: Token) -> list[Token]:
    """The tokens from `head` up to the verb governing it, when only nouns, adjectives and
    punctuation stand between (a long object the parser hung on a comma or an apposition), else []."""
    path = [head]
    t = head
    while t.head.i != t.i and t.head.pos_ in {"NOUN", "PROPN", "ADJ", "PUNCT", "NUM", "ADV"}:
        t = t.head
        path.append(t)
    if t.head.i == t.i:
        return path  # a verbless root (`Au terme de ...` when the parser lost the main verb)
    return path if t.head.pos_ == "VERB" and t.dep_ not in {"nsubj", "nsubj:pass"} else []


def _told_aside(actor_id: str, subject: Token, actors: dict[int, Span]) -> bool:
    """The actor is named only in a clause on the subject (`les dirigeants, qui ont reçu X, ...`)."""
    inside = range(subject.left_edge.i, subject.right_edge.i + 1)
    spans = [s for i, s in actors.items() if s._.actor_id == actor_id and i in inside]
    return all(any(a.dep_.startswith("acl") for a in _ancestors_below(s.root, subject)) for s in spans)


def _ancestors_below(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to, not including, `top`."""
    out = []
    t = token
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


def clause_strike_target(head: Token, actors: dict[int, Span], sides: set[str]) -> list[str]:
    """In a nominal sentence (`Nouvelle vague de frappes russes visant ...`, a title-like lead), the
    nearest state or armed group named after the strike at `head` in its clause, not one of
    `sides` (the attacker and its states), nor a place it was launched from, nor the one who tells
    the news (`..., a indiqué le ministère libanais de la Santé`), nor a coast off which it fell."""
    if finite_clause_root(head).pos_ in {"VERB", "AUX"}:
        # a verb's clause has its own object slots: only a nominal sentence is read loosely; in a verb's
        # clause, only the `contre` phrase right after the noun (`l'attaque du Hamas contre Israël`)
        return _against_after(head, actors, sides) if head.pos_ == "NOUN" else []
    doc = head.doc
    for i in range(head.i + 1, head.sent.end):
        finite = doc[i].pos_ in {"VERB", "AUX"} and "Fin" in doc[i].morph.get("VerbForm", [])
        if finite and doc[i - 1].pos_ == "DET":
            finite = False  # `dans l'est de l'Ukraine`, `est` tagged a verb
        if doc[i].lower_ in CLAUSE_OPENERS or finite:
            break  # `..., où des coupures étaient signalées`: another clause, read on the surface
        span = actors.get(i)
        if span is None or i != span.start or not span._.actor_id or span._.actor_id in sides:
            continue
        if not span._.actor_id.startswith("state:") and not _armed_group(span._.actor_id):
            continue
        token = span.root
        if in_reporter_phrase(token) or judges(token, head) or in_offshore_phrase(token) or in_distance_phrase(token):
            continue
        if fold(preposition(token)) in {"depuis", "par"}:
            continue  # `lancée depuis le territoire ukrainien`, `revendiquée par X`: not what was hit
        return [span._.actor_id]
    return []


AGAINST_REACH = 6  # words after a strike noun where its `contre` phrase is read on the surface


def _against_after(head: Token, actors: dict[int, Span], sides: set[str]) -> list[str]:
    """`l'attaque du Hamas contre Israël le 7 octobre`, the parser hanging `contre Israël` on another
    word: the state or armed group right after a `contre` that follows the strike noun, its `de`
    phrase and adjectives (no verb, no comma between), is what it struck."""
    doc = head.doc
    for i in range(head.i + 1, min(head.sent.end - 1, head.i + AGAINST_REACH + 1)):
        if doc[i].pos_ in {"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"}:
            return []
        if doc[i].lower_ != "contre":
            continue
        for j in range(i + 1, min(head.sent.end, i + 4)):
            span = actors.get(j)
            if span is not None and span.start == j and span._.actor_id and span._.actor_id not in sides:
                named = span._.actor_id
                return [named] if named.startswith("state:") or _armed_group(named) else []
        return []
    return []


def _armed_group(actor_id: str) -> bool:
    """An armed group or party with fighters (`org_type` military or party in organizations.csv)."""
    from pipeline.actors.kb import load_kb

    return load_kb().org_types.get(actor_id) in {"military", "party"}


TALK_NOUNS = frozenset({"discussion", "negociation", "pourparler", "entretien", "consultation", "tractation"})


def topic_of_talks(head: Token) -> bool:
    """`un cycle de discussions sur le programme nucléaire et la levée des sanctions`: an event noun in
    the `sur` phrase of a talk noun is what the talks were about; the names around it are the talks'
    parties, and none of them is borrowed for it when its own phrases name no side."""
    t = head
    for _ in range(4):
        if fold(preposition(t)) in {"sur", "concernant"}:
            return _talk_noun(t.head) or any(c.dep_ == "nmod" and _talk_noun(c) for c in t.head.children)
        if t.dep_ not in {"nmod", "conj"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _talk_noun(token: Token) -> bool:
    """`discussions`, `négociations`, `pourparlers`: a noun of talks (`un cycle de discussions` is one
    through its `de` phrase)."""
    return token.pos_ == "NOUN" and fold(token.lemma_).rstrip("s") in TALK_NOUNS
