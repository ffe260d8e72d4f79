"""Mentions that name a person through a role and a demonym: `son homologue turc`, `les présidents
français et brésilien`.

`son homologue turc` is whoever holds, in Turkey, the role of the person the sentence is about
(`Joe Biden ... avec son homologue turc` -> Turkey's president at the article's date); when the
knowledge base has no such holder, the last person of that state the article named. A plural
title before coordinated demonyms (`les présidents russe et ukrainien`) names each state's holder
of that role. The demonym mention keeps its place in the text and becomes the person.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.actors.kb.model import KnowledgeBase
from pipeline.actors.patterns import by_first_word, load_titles, match_pattern, plural_head
from pipeline.actors.resolution import Resolved
from pipeline.nlp.syntax import window_start
from pipeline.nlp.tokens import doc_text
from pipeline.schema import Actor
from pipeline.text import word_key

COUNTERPART_NOUNS = frozenset({"homologue", "homologues"})
_LINKS = frozenset({"et", ",", "ou"})


@lru_cache(maxsize=1)
def plural_titles() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words of a plural title, role): `présidents` -> président, `chefs de la diplomatie`."""
    out = {}
    for p in load_titles():
        out[plural_head(p.head) + p.rest] = p.target
    return tuple(sorted(out.items(), key=lambda item: -len(item[0])))


def resolve_counterparts(
    doc: Doc, mentions: list[Resolved], kb: KnowledgeBase, published: date | None
) -> list[Resolved]:
    """The mentions, with demonyms after `homologue` or a plural title replaced by the person meant."""
    if published is None or not any(r.kind == "demonym" for r in mentions):
        return mentions
    starts = {id(r): span.start for r in mentions if r.kind == "demonym" and (span := doc.char_span(r.start, r.end))}
    demonyms = {starts[id(r)]: r for r in mentions if id(r) in starts}
    out = []
    for r in mentions:
        if r.kind == "demonym" and r.actor is not None and id(r) in starts:
            person = _person_meant(doc, starts[id(r)], r, mentions, demonyms, kb, published)
            if person is not None:
                r = replace(r, actor=person, kind="title")
        out.append(r)
    return out


def _person_meant(
    doc: Doc,
    i: int,
    r: Resolved,
    mentions: list[Resolved],
    demonyms: dict[int, Resolved],
    kb: KnowledgeBase,
    published: date,
) -> Actor | None:
    before = _word_before_list(doc, i, demonyms)
    if before is None:
        return None
    state = r.actor
    if state is None:
        return None
    if before.lower_ in COUNTERPART_NOUNS:
        named = _named_after(doc, i, mentions, demonyms, state)
        if named is not None:
            return named
        roles = _roles_of_subject(doc, before, mentions, kb, published)
        # `le secrétaire d'État américain ... son homologue chinois`: the first of the subject's roles held abroad
        holder = next((h for role in roles if (h := kb.holder(role, state.id, published)) is not None), None)
        meant = holder or _last_person_of(state, before.idx, mentions, kb, roles, published)
        named_next = _person_named_next(doc, i, mentions, demonyms)
        if meant is not None and named_next is not None and meant.id != named_next.id:
            return named_next  # `son homologue indien Narendra Modi` after a president: the name says who
        return meant
    words = [word_key(t.text) for t in doc[max(0, before.i - 5) : before.i + 1]]
    for title, role in plural_titles():
        if tuple(words[-len(title) :]) == title:
            return _named_after(doc, i, mentions, demonyms, state) or kb.holder(role, state.id, published)
    return None


def _named_after(
    doc: Doc, i: int, mentions: list[Resolved], demonyms: dict[int, Resolved], state: Actor
) -> Actor | None:
    """`ses homologues chinois et sud-coréen, Wang Yi et Cho Tae-yul`: the names in apposition say
    who is meant (the n-th demonym is the n-th name); the knowledge base's holder may be out of date.
    A name the knowledge base does not place in a state takes the demonym's."""
    first = i
    while first - 1 >= 0 and (first - 1 in demonyms or (doc[first - 1].lower_ in _LINKS and first - 2 in demonyms)):
        first -= 1
    rank = sum(1 for k in range(first, i) if k in demonyms)
    j = _list_end(doc, i, demonyms)
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    people = [m for m in mentions if m.start >= doc[j + 1].idx and m.actor is not None]
    names: list[Actor] = []
    cursor, text = doc[j + 1].idx, doc_text(doc)
    for m in people:
        if text[cursor : m.start].strip() not in {"", "et", ","} or m.actor is None:
            break
        if m.actor.actor_type != "person":
            break
        names.append(m.actor)
        cursor = m.end
    if rank >= len(names):
        return None
    named = names[rank]
    return named if named.country else replace(named, country=state.country)


def _person_named_next(doc: Doc, i: int, mentions: list[Resolved], demonyms: dict[int, Resolved]) -> Actor | None:
    """The person whose name follows the demonyms right away, with no comma (`son homologue américain Joe
    Biden`): the counterpart, whoever the knowledge base says holds the office at the article's date."""
    j = _list_end(doc, i, demonyms)
    if j >= len(doc):
        return None
    return next(
        (m.actor for m in mentions if m.start == doc[j].idx and m.actor is not None and m.actor.actor_type == "person"),
        None,
    )


def _list_end(doc: Doc, i: int, demonyms: dict[int, Resolved]) -> int:
    """The index right after the list of demonyms that `i` opens (`chinois et sud-coréen`)."""
    j = i + 1
    while j < len(doc) and (j in demonyms or (doc[j].lower_ in _LINKS and j + 1 in demonyms)):
        j += 1
    return j


def _word_before_list(doc: Doc, i: int, demonyms: dict[int, Resolved]) -> Token | None:
    """The word before a list of demonyms (`présidents` in `présidents russe et ukrainien`)."""
    j = i - 1
    while j >= 0 and (doc[j].lower_ in _LINKS or j in demonyms):
        j -= 1
    return doc[j] if j >= 0 else None


def _roles_of_subject(
    doc: Doc, noun: Token, mentions: list[Resolved], kb: KnowledgeBase, published: date
) -> tuple[str, ...]:
    """The roles, at the article's date, of the nearest person named before `homologue`, in its sentence or
    the one before. A sentence that names, before it, a state by its adjective and no person (`le directeur
    des opérations militaires pakistanais a appelé son homologue indien`) tells an office holder it does not
    name: no person named the sentence before is that subject, and the role is unknown."""
    subject_roles = _roles_of_clause_subject(noun, mentions, kb, published)
    if subject_roles is not None:
        return subject_roles
    own = doc[noun.sent.start].idx
    before = [m for m in mentions if own <= m.start < noun.idx and m.actor is not None]
    named = any(m.actor is not None and m.actor.actor_type == "person" for m in before)
    if not named and any(m.kind == "demonym" for m in before):
        return _unheld_title_roles(doc, noun, kb)
    lower = doc[window_start(noun, 1)].idx
    people = [m.actor for m in mentions if lower <= m.start < noun.idx and m.actor is not None]
    for person in reversed(people):
        roles = kb.roles_of(person.id, published) if person.actor_type == "person" else ()
        if roles:
            return roles
    return ()


def _unheld_title_roles(doc: Doc, noun: Token, kb: KnowledgeBase) -> tuple[str, ...]:
    """`le chef de la diplomatie colombienne a reçu son homologue vénézuélien`: an office holder the knowledge base
    does not know, told by a title and a state's adjective, still says the role meant (titles.csv): the last
    title of a state told before `homologue` in its sentence. With none, the role is unknown."""
    start = doc[noun.i].sent.start
    words = [word_key(t.text) for t in doc[start : noun.i]]
    last: str | None = None
    for i, word in enumerate(words):
        for p in by_first_word(load_titles()).get(word, ()):
            found = match_pattern(p, words, i, kb)
            if found is not None and found[0] is not None and found[0].actor_type == "state":
                last = p.target
                break
    return (last,) if last is not None else ()


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
# words climbed from `homologue` to the verb with a subject (`a rencontré X, avant de se rendre à Y pour y voir
# son homologue`: infinitives, their markers and the words the parser hangs between)
_SUBJECT_REACH = 8


def _roles_of_clause_subject(
    noun: Token, mentions: list[Resolved], kb: KnowledgeBase, published: date
) -> tuple[str, ...] | None:
    """`Le ministre allemand ... a rencontré le président ukrainien, avant de se rendre à Moscou pour y voir son
    homologue russe`: the possessive points to the subject of the clause, shared down its infinitives,
    not to the last person named (here its object). The roles of the person that subject names, if any."""
    if not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in noun.children):
        return None
    for verb in list(noun.ancestors)[:_SUBJECT_REACH]:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if verb.pos_ not in {"VERB", "AUX"} or subject is None:
            continue
        first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        for m in mentions:
            if m.actor is not None and m.actor.actor_type == "person" and first <= m.start < last:
                return kb.roles_of(m.actor.id, published) or None
        return None
    return None


def _last_person_of(
    state: Actor, before: int, mentions: list[Resolved], kb: KnowledgeBase, roles: tuple[str, ...], published: date
) -> Actor | None:
    """The last person of that state named before, unless the knowledge base gives them another
    role than the one meant (`ses homologues britannique` of a foreign minister is not the Prime
    Minister named a sentence earlier) or holds none at the article's date (a former president named
    earlier is no minister's counterpart)."""
    for m in reversed([m for m in mentions if m.start < before]):
        if m.actor and m.actor.actor_type == "person" and m.actor.country and m.actor.country == state.country:
            held = kb.roles_of(m.actor.id, published) if roles else ()
            if held and not set(held) & set(roles):
                continue
            if roles and not held and kb.first_office(m.actor.id) is not None:
                continue  # an office holder the knowledge base knows, out of office at the article's date
            return m.actor
    return None
