"""Resolve the mentions of one document to actors: the pure part of the actor resolver.

Order of evidence for one mention: knowledge-base alias (this corrects the NER label: a KB person
tagged LOC is a person), metonym (`Kremlin` -> Russia), demonym (`russes` -> Russia), surname of a
full name seen in the document, KB surname, transliteration key (`Zelenski`), then the junk filter,
then a new actor with a deterministic id. Unknown LOC mentions are places, never actors.

Places: a KB state or capital after a locative word (à, vers, depuis, de, d', en, au, aux, dans,
optionally followed by an article: `à la Maison Blanche`) is both an actor mention (the state is
involved) and a place (the event's location); any other state or capital mention is an actor only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Literal

from pipeline.actors.filters import (
    family_name_first,
    gazetteer_places,
    is_junk,
    is_org_name,
    is_person_name,
    is_weapon,
    movement_nouns,
    person_nouns,
    portfolio_words,
    residence_words,
    thing_nouns,
    title_words,
    venue_nouns,
)
from pipeline.actors.kb.model import KnowledgeBase
from pipeline.actors.names import phonetic_key, slugify, surname_key
from pipeline.schema import Actor
from pipeline.text import LOCATIVE_PREPOSITIONS, fold, normalize_name

# A name right after one of these is a place, not an actor (`à Paris`, `vers Kyiv`, `de Moscou`).
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"vers", "de", "d'"}
_RANK = {"title": 3, "body": 3, "name": 3, "acronym": 3, "metonym": 3, "surname": 3, "new": 2, "demonym": 1}


# How a mention was recognised: its full name, a surname, an acronym, a metonym (`le Kremlin`), a
# demonym (`les Russes`), a title (`le président français`), a government body, or a new actor.
MentionKind = Literal["name", "surname", "acronym", "metonym", "demonym", "title", "body", "new"]


@dataclass(frozen=True)
class Candidate:
    """A span of text that may name an actor: an NER entity, a KB phrase match or a pattern hit."""

    start: int  # character offsets in the document
    end: int
    text: str
    ner_label: str | None = None  # PER/LOC/ORG/MISC, None for KB phrase matches
    pos: str | None = None  # POS of the first token
    sent_start: bool = False
    locative: bool = False  # preceded by a locative preposition
    actor: Actor | None = None  # already resolved (government body or title pattern)
    kind: MentionKind | None = None
    honorific: bool = False  # `M. Mueller`: the name is a surname, and a person's
    common_word: bool = False  # one token that the model knows as an ordinary French word
    in_longer_name: bool = False  # glued to another capitalised word: `Real Madrid`, `New Bern`
    in_venue: bool = False  # after a venue noun: `le stade olympique de Kiev`
    names_thing: bool = False  # a place after a noun of a thing: `la base aérienne d'Al-Asad`
    surname_of_person: bool = False  # the last word of a person's name the NER read: `Richard Wagner`


@dataclass(frozen=True)
class Resolved:
    """A candidate with its outcome: an actor mention, a place, or both."""

    start: int
    end: int
    text: str
    actor: Actor | None
    kind: MentionKind | None
    place: bool = False


def resolve_known(
    text: str,
    kb: KnowledgeBase,
    seen: dict[str, list[tuple[int, str]]] | None = None,
    at: int = 0,
    ner_label: str | None = None,
    published: date | None = None,
    names_thing: bool = False,
) -> tuple[Actor, MentionKind] | None:
    """(actor, mention kind) from the KB or the document's own full names, without creating anything.

    A lone surname links to the full name seen earlier in the document, else to the KB, else to a
    full name that comes later in the document. A word the NER calls an organisation (`selon
    Nielsen`) or a place (`une fusillade à Austin, au Texas`) is not guessed to be a KB person from a
    surname the KB does not list as an alias, nor is a surname in an article `published` years
    before that person's first known office (`Nielsen` in 2018 is not a head of government of 2025).
    """
    key = normalize_name(text)
    if not key:
        return None
    single = " " not in key
    earlier, later = _doc_person(key, seen, at) if single else (None, None)
    actor = kb.by_alias(text)
    if earlier and (actor is None or actor.actor_type == "person"):
        return kb.actors.get(earlier) or _new_person(earlier), "surname"
    if actor is not None:
        if key in kb.acronyms:
            return actor, "acronym"
        return actor, "surname" if single and actor.actor_type == "person" else "name"
    lookups: list[tuple[Callable[[str], Actor | None], MentionKind]]
    lookups = [(kb.by_metonym, "metonym"), (kb.by_adjective, "demonym")]
    lookups += [(kb.by_surname, "surname")] if ner_label not in {"ORG", "LOC"} else []
    for lookup, kind in lookups:
        actor = lookup(text)
        if actor is not None and not (kind == "surname" and _before_office(actor, kb, published)):
            return actor, kind
    if later:
        return kb.actors.get(later) or _new_person(later), "surname"
    actor = kb.by_phonetic(text) if not (single and is_weapon(text)) else None  # `Shahed` is no `Chahed`
    if actor is not None and actor.actor_type == "person" and (ner_label == "MISC" or names_thing):
        return None  # `la base aérienne d'Al-Asad`: the name of a thing sounds like a person's, it is not one
    if actor is not None:
        return actor, "surname" if single and actor.actor_type == "person" else "name"
    return None


# A person is named by bare surname only once known: years before their first known office, a KB
# surname that is no alias of theirs names someone else.
OFFICE_LEAD_DAYS = 3 * 365


def _before_office(actor: Actor, kb: KnowledgeBase, published: date | None) -> bool:
    first = kb.first_office(actor.id) if published is not None else None
    return first is not None and published is not None and (first - published).days > OFFICE_LEAD_DAYS


def _doc_person(key: str, seen: dict[str, list[tuple[int, str]]] | None, at: int) -> tuple[str | None, str | None]:
    """(last full name before `at`, first full name after) among the document's people with this surname."""
    entries = (seen or {}).get(key, [])
    before = [actor_id for start, actor_id in entries if start < at]
    after = [actor_id for start, actor_id in entries if start >= at]
    return (before[-1] if before else None), (after[0] if after else None)


def _new_person(actor_id: str, label: str = "") -> Actor:
    return Actor(actor_id, label or actor_id.split(":", 1)[1].replace("-", " ").title(), "person")


def new_actor(
    text: str,
    ner_label: str | None,
    kb: KnowledgeBase,
    *,
    pos: str | None = None,
    sent_start: bool = False,
    honorific: bool = False,
    common_word: bool = False,
) -> Actor | None:
    """An actor for a plausible unknown person or organisation name; None for places and junk.

    A lone unknown word tagged PER (`Brett`, `Collaborez`, `Ayr`) names nobody the analyst can
    identify and is often a tagging error; it becomes a person only after an honorific
    (`M. Mueller`) or when the article also gives the full name (linked before we get here).
    """
    text = text.strip()
    if ner_label not in ("PER", "ORG") or is_junk(text, pos=pos, sent_start=sent_start, common_word=common_word):
        return None
    if normalize_name(text) in gazetteer_places():
        return None  # `Khan Younès` tagged as a person: a city of the gazetteer
    if ner_label == "PER" and is_person_name(text) and (" " in text or honorific):
        return Actor(f"person:{slugify(text)}", text, "person")
    if ner_label == "ORG" and is_org_name(text):
        return Actor(f"org:{slugify(text)}", text, "organization", _country_inside(text, kb))
    return None


def _country_inside(text: str, kb: KnowledgeBase) -> str | None:
    """Home state of a new organisation from a demonym or state name in it (`Banque centrale russe`)."""
    for word in normalize_name(text).split():
        state = kb.by_adjective(word) or kb.by_alias(word)
        if state is not None and state.actor_type == "state":
            return state.country
    return None


HONORIFIC = re.compile(
    r"^(?:M\.|MM\.?|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle|Dr\.?|Pr\.?|Me|Mgr|Sir|Lord|Lady)\s+(?=[^\W\d_])"
)


def strip_honorific(c: Candidate) -> Candidate:
    """`M. Farage`, `Mme Sumbung`: the honorific is not part of the name, but says it is a person."""
    m = HONORIFIC.match(c.text)
    if m is None and c.ner_label == "PER" and _titled(c.text):
        m = re.match(r"\S+\s+", c.text)  # `Sénatrice Dupuis`: a title works as an honorific
    if m is None or c.actor is not None or not c.text[m.end() :][:1].isupper():
        return c
    return replace(c, start=c.start + m.end(), text=c.text[m.end() :], ner_label="PER", honorific=True)


_MINISTER_BEFORE = re.compile(
    r"\b(?:secrétaire|secrétaires|ministre|ministres)\s+(?:d'|d’|de l'|de l’|de la|du|des|au|aux|à l'|à l’|à la)\s*$",
    re.IGNORECASE,
)


# `ministre turc de la`, `secrétaire d'État américain à la`: a title, perhaps its demonym, then the preposition
_MINISTER_DEMONYM_BEFORE = re.compile(
    r"\b(?:secrétaire|secrétaires|ministre|ministres)(?:\s+d'[ÉéEe]tat)?\s+[a-zéèêëàâîïôöûüç-]+\s+"
    r"(?:d'|d’|de l'|de l’|de la|du|des|au|aux|à l'|à l’|à la)\s*$",
    re.IGNORECASE,
)


def portfolio_alone(c: Candidate, text: str = "") -> bool:
    """`le ministre turc de la Justice`, `la ministre de l'Intérieur`: an entity that is only the portfolio
    of a title told right before it names no organisation, whatever the NER called it."""
    if c.actor is not None or c.ner_label not in ("ORG", "MISC", "LOC"):
        return False
    before = text[max(0, c.start - 50) : c.start]
    if not (_MINISTER_BEFORE.search(before) or _MINISTER_DEMONYM_BEFORE.search(before)):
        return False
    words = [w for w in c.text.split(" ") if w]
    if not words or normalize_name(words[0]) not in portfolio_words():
        return False
    return all(w[:1].islower() or normalize_name(w) in portfolio_words() for w in words[1:])


def strip_portfolio(c: Candidate, text: str = "") -> Candidate:
    """`le secrétaire au Commerce Wilbur Ross`: the NER glues the end of the title to the name (as a
    person, or as an organisation after `secrétaire à la`); the portfolio (`Commerce`, `Affaires
    étrangères`) is dropped when a full name of two words or more remains."""
    titled = bool(_MINISTER_BEFORE.search(text[max(0, c.start - 40) : c.start]))
    if c.actor is not None or not (c.ner_label == "PER" or (titled and c.ner_label in ("ORG", "LOC", "MISC"))):
        return c
    words = c.text.split(" ")
    i = 0
    while i < len(words) and normalize_name(words[i]) in portfolio_words():
        i += 1
        while i < len(words) and words[i][:1].islower():
            i += 1  # `Affaires étrangères`, `Sécurité intérieure`
    rest = " ".join(words[i:])
    if i == 0 or len(words) - i < 2 or not is_person_name(rest):
        return c
    return replace(c, start=c.end - len(rest), text=rest, ner_label="PER")


@lru_cache(maxsize=1)
def _title_before_apposition() -> re.Pattern[str]:
    """A title noun (title_words.txt, person_nouns.txt), its complements, then the comma of an apposition."""
    nouns = sorted(title_words() | person_nouns(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"\b(?:vice-|sous-)?(?:{alternatives})\b[^,.;:()«»\n]{{0,60}},\s*$", re.IGNORECASE)


def appositive_person(c: Candidate, text: str = "") -> Candidate:
    """`Le vice-ministre russe de la Défense, Iounous-Bek Evkourov, s'est rendu à Bamako`: a name set
    off by commas right after a title is a person, whatever the NER called it (MISC, ORG)."""
    if c.actor is not None or c.ner_label not in ("MISC", "ORG") or not text or " " not in c.text.strip():
        return c
    if not is_person_name(c.text.strip()) or text[c.end : c.end + 1] not in {",", ")", ""}:
        return c
    if not _title_before_apposition().search(fold(text[max(0, c.start - 90) : c.start].lower())):
        return c
    return replace(c, ner_label="PER")


def split_source_and_person(c: Candidate, kb: KnowledgeBase) -> list[Candidate]:
    """`a déclaré à CNBC Ross Gerber`: a known organisation, by its acronym or its label, glued to
    the full name after it is two actors (the NER makes one entity of them); a name the KB knows
    whole stays one, and a mere alias (`Fox` in `Fox Business Network`) starts no split."""
    words = c.text.split(" ")
    if c.actor is not None or c.ner_label not in ("ORG", "MISC", "PER") or len(words) < 3 or kb.by_alias(c.text):
        return [c]
    for n in (1, 2, 3):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if len(words) - n < 2:
            break
        org = kb.by_alias(head)
        named = org is not None and (head.isupper() or normalize_name(head) == normalize_name(org.label))
        if named and org is not None and org.actor_type == "organization" and is_person_name(rest):
            return [
                replace(c, end=c.start + len(head), text=head, ner_label="ORG"),
                replace(c, start=c.end - len(rest), text=rest, ner_label="PER"),
            ]
    return [c]


def split_compound(c: Candidate, kb: KnowledgeBase, seen: dict[str, list[tuple[int, str]]]) -> list[Candidate]:
    """`Rubio-Lavrov` -> two candidates, only when every part is a known or seen person."""
    parts = c.text.split("-")
    if len(parts) < 2 or any(not p.strip() for p in parts):
        return [c]
    out, offset = [], c.start
    for part in parts:
        found = resolve_known(part, kb, seen, c.start)
        if found is None or found[0].actor_type != "person":
            return [c]
        out.append(replace(c, start=offset, end=offset + len(part), text=part, ner_label="PER"))
        offset += len(part) + 1
    return out


def document_people(candidates: list[Candidate], kb: KnowledgeBase) -> dict[str, list[tuple[int, str]]]:
    """Surname -> [(offset, person id)] for every full name in the document, KB or new."""
    seen: dict[str, list[tuple[int, str]]] = {}
    for c in candidates:
        surname = surname_key(c.text)
        if c.ner_label not in ("PER", "LOC", "ORG", None) or surname is None or " " not in c.text.strip():
            continue
        if c.in_venue:
            continue  # `la place Kim Il Sung` names a square: `M. Kim` after it is someone else
        found = resolve_known(c.text, kb)
        if found and found[0].actor_type == "person":
            seen.setdefault(surname, []).append((c.start, found[0].id))
            if (found[0].country or "") in family_name_first():  # `Kim Jong Un`, then `M. Kim`
                first = normalize_name(c.text.split()[0])
                if first != surname and len(first) >= 2:
                    seen.setdefault(first, []).append((c.start, found[0].id))
        elif c.ner_label == "PER" and found is None and is_person_name(c.text.strip()) and not _titled(c.text):
            person = _same_given_name(c.text, seen.get(surname, [])) or f"person:{slugify(c.text)}"
            seen.setdefault(surname, []).append((c.start, person))
    return {k: sorted(v) for k, v in seen.items()}


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


def titled_alias(c: Candidate, kb: KnowledgeBase, text: str) -> Candidate:
    """`le roi Salmane` told after `le prince héritier Mohammed ben Salmane`: a lone name after a title
    word (title_words.txt) that makes with it a KB alias (`Roi Salmane`) is that person, not the person
    of the document last named with this surname."""
    if c.actor is not None or " " in c.text.strip() or not text:
        return c
    before = _LAST_WORD.search(text[max(0, c.start - 40) : c.start])
    if before is None or normalize_name(before.group(1)) not in title_words():
        return c
    actor = kb.by_alias(f"{before.group(1)} {c.text.strip()}")
    if actor is None or actor.actor_type != "person":
        return c
    return replace(c, actor=actor, kind="surname")


def _titled(text: str) -> bool:
    """`Président Trump`, `Sénatrice Dupont`: the first word is a title, not a given name."""
    return normalize_name(text.strip().split(" ", 1)[0]) in title_words()


def _given_name_of(word: str, seen: dict[str, list[tuple[int, str]]]) -> str | None:
    """The one person of the document whose given name is this lone word."""
    if " " in word.strip():
        return None
    prefix = slugify(word) + "-"
    people = {p for entries in seen.values() for _, p in entries if p.split(":", 1)[1].startswith(prefix)}
    return next(iter(people)) if len(people) == 1 else None


def _same_given_name(text: str, entries: list[tuple[int, str]]) -> str | None:
    """`Christine Ford` after `Christine Blasey Ford`: same given name and surname, one person with a
    middle name written or not (the shorter form has two words)."""
    words = text.split()
    given = slugify(words[0]) + "-"
    for _, person in entries:
        slug = person.split(":", 1)[1]
        n, m = len(words), slug.count("-") + 1
        if slug.startswith(given) and (n == m or min(n, m) == 2):
            return person
    return None


def _variant_in_document(c: Candidate, seen: dict[str, list[tuple[int, str]]]) -> str | None:
    """The document's person whose full name differs from this one only by a middle name."""
    surname = surname_key(c.text)
    if c.ner_label != "PER" or surname is None or not is_person_name(c.text.strip()):
        return None
    own = f"person:{slugify(c.text)}"
    found = _same_given_name(c.text, seen.get(surname, []))
    return found if found != own else None


def _names_a_venue(c: Candidate, actor: Actor, kind: str) -> bool:
    """`le stade de Kiev`, `l'aéroport Ben Gourion`, `la place Kim Il Sung`: a name after a venue
    noun (venue_nouns.txt) says where, not who; a state by its name stays the state (`un village du
    Liban` was struck in Lebanon)."""
    return (
        c.in_venue and kind in ("name", "metonym", "acronym") and not (kind == "name" and actor.actor_type == "state")
    )


def resolve_candidate(
    c: Candidate, kb: KnowledgeBase, seen: dict[str, list[tuple[int, str]]], published: date | None = None
) -> Resolved:
    """Outcome of one candidate given the document's full names and its publication date."""
    if c.actor is not None:
        if c.kind is not None and _names_a_venue(c, c.actor, c.kind):
            return Resolved(c.start, c.end, c.text, None, None, place=True)  # `la place Kim Il Sung`
        return Resolved(c.start, c.end, c.text, c.actor, c.kind)
    found = resolve_known(c.text, kb, seen, c.start, c.ner_label, published, c.names_thing)
    if c.ner_label == "PER" and (found is None or found[0].actor_type != "person"):
        given = _given_name_of(c.text, seen)
        if given is not None:  # `explique Chad` after `Chad Hammel`: the person, not the state
            return Resolved(c.start, c.end, c.text, kb.actors.get(given) or _new_person(given), "surname")
    if found is not None:
        actor, kind = found
        if c.in_longer_name and actor.actor_type == "state" and kind in ("name", "metonym"):
            # `le Real Madrid`, `New Bern`, `le Washington Post`: a club, a town, a paper, not the state
            return Resolved(c.start, c.end, c.text, None, None)
        if c.surname_of_person and actor.actor_type != "person":
            # `la ministre Thérèse Kayikwamba Wagner`, `Richard Wagner`: a surname spelled like a group or a
            # state is the person's; the whole name the NER read is the actor
            return Resolved(c.start, c.end, c.text, None, None)
        if _names_a_venue(c, actor, kind):
            return Resolved(c.start, c.end, c.text, None, None, place=True)
        place = c.locative and actor.actor_type == "state" and kind in ("name", "metonym")
        return Resolved(c.start, c.end, c.text, actor, kind, place)
    if " " in c.text.strip() and normalize_name(c.text) in gazetteer_places():
        return Resolved(c.start, c.end, c.text, None, None, place=True)  # `Aïn al-Assad`: a base, not Bachar al-Assad
    tail = _person_at_end(c, kb, seen)
    if tail is not None:
        return tail
    variant = _variant_in_document(c, seen)
    if variant is not None:
        return Resolved(c.start, c.end, c.text, kb.actors.get(variant) or _new_person(variant), "name")
    if c.in_venue and c.ner_label in ("PER", "LOC"):
        return Resolved(c.start, c.end, c.text, None, None, place=True)  # `la place Kim Il Sung`, `la rue X`
    if _venue_named(c.text):
        return Resolved(c.start, c.end, c.text, None, None, place=True)  # `la Tony Macaroni Arena`
    created = new_actor(
        c.text, c.ner_label, kb, pos=c.pos, sent_start=c.sent_start, honorific=c.honorific, common_word=c.common_word
    )
    if created is not None:
        return Resolved(c.start, c.end, c.text, created, "new")
    # `sur la Galilée` tagged as a person: a place of the gazetteer is a place whatever the NER says
    known = normalize_name(c.text) in gazetteer_places()
    # a capitalised name of the gazetteer is a place whatever the tagger made of it (`pilonné Bakhmout`: ADV)
    place = (known and c.text[:1].isupper()) or (
        c.ner_label == "LOC" and not is_junk(c.text, pos=c.pos, sent_start=c.sent_start)
    )
    return Resolved(c.start, c.end, c.text, None, None, place)


def _person_at_end(c: Candidate, kb: KnowledgeBase, seen: dict[str, list[tuple[int, str]]]) -> Resolved | None:
    """`État Rubio` (LOC), `président Trump` (PER): an entity that ends with a known surname is that person.

    Not for a plausible full name (`Ivanka Trump` is someone else than `Trump`).
    """
    text = c.text.rstrip()
    if " " not in text or (c.ner_label == "PER" and is_person_name(text) and not _titled(text)):
        return None
    if c.ner_label == "LOC" and _thing_first(text):
        return None  # `la base d'Aïn al-Asad`, `l'aéroport Ben Gourion`: a place named after someone
    last = text.rsplit(" ", 1)[1]
    found = resolve_known(last, kb, seen, c.start)
    if found is None or found[0].actor_type != "person":
        return None
    if _other_given_name(text.rsplit(" ", 1)[0], found[0], kb):
        return None  # `près de Mohamed Ali` (tagged LOC): another person than the KB's `Abiy Ahmed Ali`
    start = c.start + len(text) - len(last)
    return Resolved(start, start + len(last), last, found[0], "surname")


def _other_given_name(before: str, person: Actor, kb: KnowledgeBase) -> bool:
    """The word before a surname is the given name of some person the knowledge base knows, and none of
    the words of this person's own names: a full name of someone else bearing that surname."""
    word = normalize_name(before.split()[-1]) if before.split() else ""
    own = {w for name in [person.label, *person.aliases] for w in normalize_name(name).split()}
    return word not in own and word in kb.given_names


def _venue_named(text: str) -> bool:
    """An unknown name of two words or more that ends, in English word order, on a venue noun (`la Tony
    Macaroni Arena`, venue_nouns.txt) names a place, not an actor. (A French name opening on one, `École
    nationale d'administration`, may be an organisation: `in_venue` and `_thing_first` decide those.)"""
    words = text.split()
    return len(words) > 1 and normalize_name(words[-1]) in venue_nouns()


def _thing_first(text: str) -> bool:
    """The entity opens on a noun of a thing or a place (thing_nouns.txt, venue_nouns.txt): the
    name at its end names that base, airport or street, not the person it honours."""
    first = normalize_name(text.split()[0].replace("’", "'").rpartition("'")[2])
    return first in thing_nouns() or first in venue_nouns()


def resolve_candidates(
    candidates: list[Candidate], kb: KnowledgeBase, text: str = "", published: date | None = None
) -> tuple[list[Resolved], list[Resolved]]:
    """(actor mentions, places) of a document; actor mentions never overlap (KB-backed, then longest, win)."""
    candidates = [c for c in candidates if not portfolio_alone(c, text)]  # `le ministre turc de la Justice`
    stripped = [appositive_person(strip_portfolio(strip_honorific(c), text), text) for c in candidates]
    candidates = _without_name_pieces([part for c in stripped for part in split_source_and_person(c, kb)], kb)
    seen = document_people(candidates, kb)
    split = [titled_alias(part, kb, text) for c in candidates for part in split_compound(c, kb, seen)]
    resolved = _link_short_forms(split, [resolve_candidate(c, kb, seen, published) for c in split], text)
    resolved = [_namesake_or_seat(r, c, kb, text) for c, r in zip(split, resolved, strict=True)]
    actors = _select([r for r in resolved if r.actor is not None], text)
    chosen = {(a.start, a.end) for a in actors}
    places = _greedy(
        [r for r in resolved if r.place and ((r.start, r.end) in chosen if r.actor else not _hidden_by(r, actors))],
        by_rank=False,
    )
    return _countries_from_titles(_merge_variants(actors), text), places


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_SEATED_TYPES = frozenset({"international", "government"})  # bodies a city of their seat may name
_AT_BEFORE = re.compile(r"(?:^|\s)(?:à|a)\s+$", re.IGNORECASE)
_WORD_BEFORE_PREPOSITION = re.compile(r"([^\W\d_]+)\s+(?:à|a|au|aux|en|dans)\s+(?:la\s+|le\s+|l'|l’)?$", re.IGNORECASE)


def _namesake_or_seat(r: Resolved, c: Candidate, kb: KnowledgeBase, text: str) -> Resolved:
    """An organisation of one state followed by another state's demonym (`l'Assemblée nationale
    mauritanienne`) is that state's namesake body, not the one the KB knows; a city that stands for
    an organisation after a participle of residence (`un chercheur basé à Bruxelles`) is a place, and
    after a bare `à` (`se sont réunis à Bruxelles`) both the organisation and the place."""
    actor = r.actor
    if actor is None or actor.actor_type != "organization" or r.kind not in ("name", "metonym", "acronym"):
        return r
    after = _WORD_AFTER.match(text, r.end)
    if after and kb.is_foreign_namesake(actor, after.group(1)):
        return Resolved(r.start, r.end, r.text, None, None)
    before = _WORD_BEFORE_PREPOSITION.search(text[max(0, r.start - 40) : r.start])
    if c.locative and before and normalize_name(before.group(1)) in residence_words():
        return Resolved(r.start, r.end, r.text, None, None, place=True)
    if (
        r.kind == "name"
        and normalize_name(r.text) in gazetteer_places()
        and not _DETERMINER_BEFORE.search(text[max(0, r.start - 8) : r.start])
    ):
        # A body named like a town of the gazetteer takes an article (`la Douma`, `à la Douma`); the
        # bare name is the town (`une attaque chimique à Douma`, `l'attaque de Douma`).
        return Resolved(r.start, r.end, r.text, None, None, place=True)
    seated = kb.org_types.get(actor.id) in _SEATED_TYPES and c.ner_label == "LOC"
    if c.locative and seated and _AT_BEFORE.search(text[max(0, r.start - 4) : r.start]):
        # `à Bruxelles`: a public body named by the city of its seat, which the model reads as a place, is
        # where the event happened as well as the body (not `de Lukoil`: whose the site is; nor `lié à
        # Al-Qaïda`: a group has no seat)
        return replace(r, place=True)
    return r


_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:la|le|les|l'|l’|du|au|aux|des|cette|ce|sa|son|leur)\s*$", re.IGNORECASE)


# Between a demonym and the name it describes: nothing, a comma (`son homologue libanais, X`) or a
# portfolio (`le ministre turc des Affaires étrangères, X`, `le conseiller indien à la sécurité
# nationale, X`, `la ministre chargée du commerce, X`).
_PORTFOLIO = r"(?:de la |de l'|de l’|du |des |d'|d’|à la |à l'|à l’|au |aux |chargée? (?:de |du |des |d'|d’))"
_TITLE_GAP = re.compile(r"\s*,?\s*|\s+" + _PORTFOLIO + r"[^,.;:!?()«»]{1,80}?,?\s+")


def _countries_from_titles(actors: list[Resolved], text: str) -> list[Resolved]:
    """A person the knowledge base does not know, named right after a role or a noun and a demonym
    (`le président colombien Gustavo Petro`, `son homologue libanais, Youssef Raggi`), is of that
    state: their meetings then agree with reports that name the state instead."""
    found: dict[str, str] = {}
    for before, r in zip(actors, actors[1:], strict=False):
        person, state = r.actor, before.actor
        if person is None or person.actor_type != "person" or person.country or state is None:
            continue
        if before.kind != "demonym" or state.actor_type != "state" or not state.country:
            continue
        if _TITLE_GAP.fullmatch(text[before.end : r.start]) and _ends_with_person_noun(text[: before.start]):
            found.setdefault(person.id, state.country)
    if not found:
        return actors
    return [
        replace(r, actor=replace(r.actor, country=found[r.actor.id])) if r.actor and r.actor.id in found else r
        for r in actors
    ]


def _ends_with_person_noun(text: str) -> bool:
    words = normalize_name(text[-60:]).split()
    nouns = person_nouns()
    return any(" ".join(words[-n:]) in nouns for n in (1, 2, 3, 4) if len(words) >= n)


def _without_name_pieces(candidates: list[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """`Chad Hammel`, `Jordan Spieth`: a KB state or organisation name that is the first word of an
    unknown person's full name is that person's given name, not a mention of the state."""
    people = [
        c
        for c in candidates
        if c.ner_label == "PER"
        and " " in c.text.strip()
        and is_person_name(c.text.strip())
        and not resolve_known(c.text, kb)
    ]
    if not people:
        return candidates

    given = {normalize_name(p.text.split()[0]) for p in people}

    def piece(c: Candidate) -> bool:
        if c.ner_label is not None or c.actor is not None:
            return False
        found = resolve_known(c.text, kb)
        if found is None or found[0].actor_type == "person":
            return False
        return any(p.start == c.start and c.end < p.end for p in people) or normalize_name(c.text) in given

    return [c for c in candidates if not piece(c)]


def _link_short_forms(candidates: list[Candidate], resolved: list[Resolved], text: str) -> list[Resolved]:
    """A lone capitalised word or an acronym that names no known actor stands for an organisation the
    article names in full: `la Commission` after `la Commission européenne`, `(BDI)` right after
    `la Fédération des industries allemandes`, `NSF` for `National Science Foundation`."""
    orgs = [
        r for r in resolved if r.actor is not None and r.actor.actor_type == "organization" and " " in r.text.strip()
    ]
    known = {
        r.actor.id: r.actor for r in resolved if r.actor and r.actor.actor_type == "organization" and r.kind != "new"
    }
    if not orgs and not known:
        return resolved
    out: list[Resolved] = []
    defined: dict[str, Actor] = {}
    for c, r in zip(candidates, resolved, strict=True):
        word = c.text.strip()
        if r.kind == "new" and r.actor is not None and r.actor.actor_type == "organization" and " " in word:
            # `le Parti conservateur` beside `les Tories` (KB: Parti conservateur britannique): the KB
            # organisation of the article whose label this name begins
            starts = [a for a in known.values() if normalize_name(a.label).startswith(normalize_name(word) + " ")]
            if len(starts) == 1:
                r = Resolved(c.start, c.end, c.text, starts[0], "name")
        elif (r.actor is None or r.kind == "new") and " " not in word and word[:1].isupper():
            full = _expansion(word, c, orgs, text) if word.isupper() else _longer_name(word, c, orgs)
            actor = full.actor if full is not None else defined.get(word)
            if actor is not None:
                defined.setdefault(word, actor)
                r = Resolved(c.start, c.end, c.text, actor, "acronym" if word.isupper() else "name")
        out.append(r)
    return out


_ACRONYM_SKIP = frozenset({"de", "des", "du", "d", "la", "le", "les", "l", "of", "the", "and", "for", "et"})


def _expansion(word: str, c: Candidate, orgs: list[Resolved], text: str) -> Resolved | None:
    for org in orgs:
        if org.end <= c.start and re.fullmatch(r"\s*\(\s*", text[org.end : c.start]):
            return org  # `la Fédération des industries allemandes (BDI)`
    for org in orgs:
        initials = "".join(w[0] for w in normalize_name(org.text).split() if w not in _ACRONYM_SKIP)
        if len(word) >= 2 and initials == word.lower():
            return org
    return None


# `l'État`, `la République`: the common noun of a state, never the short form of a name it opens
# (`les avoirs de l'État` beside `l'État islamique`)
_STATE_WORDS = frozenset({"etat", "republique", "royaume"})


def _longer_name(word: str, c: Candidate, orgs: list[Resolved]) -> Resolved | None:
    key = normalize_name(word)
    if fold(key) in _STATE_WORDS:
        return None
    matches = [o for o in orgs if normalize_name(o.text).split()[0] == key]
    earlier = [o for o in matches if o.end <= c.start]
    return earlier[-1] if earlier else (matches[0] if matches else None)


def _merge_variants(actors: list[Resolved]) -> list[Resolved]:
    """New actors spelled two ways in one article (`Navalny`, `Navalni`) become the first one seen; so do
    an organisation's name and its plural (`l'organisation Global Citizen`, `des Global Citizens`)."""
    first: dict[tuple[str, str], Actor] = {}
    out = []
    for r in actors:
        if r.kind == "new" and r.actor is not None:
            key = (r.actor.actor_type, phonetic_key(_singular_name(r.actor.label, r.actor.actor_type)))
            r = replace(r, actor=first.setdefault(key, r.actor))
        out.append(r)
    return out


def _singular_name(label: str, actor_type: str) -> str:
    """An organisation's name without the plural `s` of its last word (`Global Citizens`)."""
    if actor_type != "organization":
        return label
    head, _, last = label.rpartition(" ")
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def _hidden_by(place: Resolved, actors: list[Resolved]) -> bool:
    """A place inside an actor mention, or overlapping a person or organisation, is not a place.

    `ministère russe des Affaires étrangères` tagged LOC is a body; `Ukraine orientale` stays a place
    beside the state mention `Ukraine`.
    """
    return any(
        a.start < place.end
        and place.start < a.end
        and (a.actor is None or a.actor.actor_type != "state" or (a.start <= place.start and place.end <= a.end))
        for a in actors
    )


def _select(items: list[Resolved], text: str) -> list[Resolved]:
    """Greedy non-overlapping choice; a title right before a person's name gives way to the name."""
    taken = _greedy(items)
    before = [r for i, r in enumerate(taken) if _title_before_name(r, taken[i + 1 : i + 2], text)]
    if not before:
        return taken
    # `le Secrétaire d'État américain, Antony Blinken`: the NER's own entity over the capitalised
    # title gives way with it, not in its place
    return _greedy([r for r in items if not any(_covers(t, r) for t in before)])


def _covers(title: Resolved, r: Resolved) -> bool:
    """The title itself, or a new actor made of the title's own words."""
    return r is title or (r.kind == "new" and title.start <= r.start and r.end <= title.end)


def _greedy(items: list[Resolved], by_rank: bool = True) -> list[Resolved]:
    """Best-ranked first (KB-backed, then longest), skipping anything that overlaps a choice."""
    ranked = sorted(items, key=lambda r: (-_rank(r) * by_rank, -(r.end - r.start), r.start))
    occupied = bytearray(max((r.end for r in items), default=0))
    taken: list[Resolved] = []
    for r in ranked:
        if 1 not in occupied[r.start : r.end]:
            occupied[r.start : r.end] = b"\x01" * (r.end - r.start)
            taken.append(r)
    return sorted(taken, key=lambda r: r.start)


def _rank(r: Resolved) -> int:
    """`le Parti démocratique du Kurdistan d'Iran`, `le Front populaire de libération de la Palestine`: a new
    organisation named by a movement noun (models/actors/movement_nouns.txt) holds the state its name
    ends with; that state is no mention of its own, so the name ranks with the knowledge base's."""
    if r.kind == "new" and r.actor is not None and r.actor.actor_type == "organization":
        first = fold(r.text.split()[0]) if r.text.split() else ""
        if first in movement_nouns() and " " in r.text:
            return _RANK["name"]
    return _RANK.get(r.kind or "", 0)


def _title_before_name(r: Resolved, following: list[Resolved], text: str) -> bool:
    if r.kind != "title" or not following or following[0].actor is None:
        return False
    nxt = following[0]
    gap = text[r.end : nxt.start].strip(" ,")
    return nxt.actor is not None and nxt.actor.actor_type == "person" and (not gap or bool(_STANDING.fullmatch(gap)))


# Words between a title and its holder's name that qualify the holding (`le Premier ministre thaïlandais
# par intérim Phumtham Wechayachai`): the name still says who holds it, whoever the roles list gives.
_STANDING = re.compile(
    r"(?:par intérim|intérimaire|sortante?|en exercice|désignée?|élue?|nouvelle?|nouvel)", re.IGNORECASE
)


def document_actors(resolved: list[Resolved], kb: KnowledgeBase, published: date | None) -> dict[str, Actor]:
    """Id -> Actor for every actor mentioned; new actors carry the surface forms seen as aliases."""
    actors: dict[str, Actor] = {}
    surfaces: dict[str, list[str]] = {}
    for r in resolved:
        if r.actor is None:
            continue
        actor = actors.setdefault(r.actor.id, r.actor)
        if actor.id not in kb.actors and r.text not in surfaces.setdefault(actor.id, []):
            surfaces[actor.id].append(r.text)
    for actor_id, forms in surfaces.items():
        actor = actors[actor_id]
        label = max(forms, key=len) if actor.actor_type == "person" else actor.label
        actors[actor_id] = replace(actor, label=label, aliases=tuple(f for f in forms if f != label))
    if published is not None:
        for actor_id, actor in actors.items():
            if actor.actor_type == "person" and actor_id in kb.actors:
                actors[actor_id] = replace(actor, role=kb.role_of(actor_id, published))
    return actors
