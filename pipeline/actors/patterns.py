"""Government bodies and titles found by pattern over folded words, not by list.

`ministère russe des Affaires étrangères`, `ministère des Affaires étrangères de la Hongrie` and
`département du Trésor américain` are one pattern each (models/actors/gov_bodies.jsonl) combined with
the KB's demonyms and state names; `le ministre russe des Affaires étrangères` is a title
(models/actors/titles.csv) resolved to the role holder at the article's date. Both work on a list
of folded words (one per spaCy token), so strings and Docs share one implementation.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pipeline import config
from pipeline.actors.kb.model import KnowledgeBase
from pipeline.nlp.hyphenated import keep_hyphenated_words
from pipeline.schema import Actor
from pipeline.text import FRENCH_ARTICLES, list_entries, normalize_name, word_key

ACTORS_DIR = config.MODELS_DIR / "actors"
_OF = {"de", "du", "des", "d'"}


@lru_cache(maxsize=1)
def french_tokenizer():
    """spaCy's French tokenizer, keeping whole the hyphenated words the pipeline keeps (`état-major`),
    so a title's words (`chef d'état-major`) are the words of a parsed doc."""
    import spacy

    nlp = spacy.blank("fr")
    keep_hyphenated_words(nlp)
    return nlp.tokenizer


def words_of(text: str) -> list[str]:
    """Folded words of a phrase, one per token of spaCy's French tokenizer (as in a Doc)."""
    return [word_key(t.text) for t in french_tokenizer()(text)]


@dataclass(frozen=True)
class Pattern:
    """One body or title: head words, optional rest, and what it denotes."""

    head: tuple[str, ...]
    rest: tuple[str, ...]
    target: str  # body slug, or role name for titles
    label: str = ""  # body label template with {adj}
    default: str | None = None  # default ISO3 (bodies) or organization id (titles)
    needs_country: bool = False
    capitalised: bool = False  # the head must be capitalised in the text (`le Trésor`)
    stands_for_state: bool = False  # `le gouvernement israélien` is Israel itself, not a body of its own
    by_context: bool = False  # a bare title (`le prince héritier`) names the one holder among the states the text names


@dataclass(frozen=True)
class Hit:
    """A pattern found at words[start:end], with the actor it denotes."""

    start: int
    end: int
    actor: Actor
    kind: Literal["body", "title", "metonym"]


@lru_cache(maxsize=4)
def load_bodies(path: Path = ACTORS_DIR / "gov_bodies.jsonl") -> tuple[Pattern, ...]:
    """Government-body patterns, longest head+rest first."""
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            patterns.append(
                Pattern(
                    tuple(words_of(d["head"])),
                    tuple(words_of(d["rest"])),
                    d["slug"],
                    d["label"],
                    d.get("default_country"),
                    d.get("needs_country", False),
                    d.get("capitalised", False),
                    d.get("stands_for_state", False),
                )
            )
    return tuple(sorted(patterns, key=lambda p: -len(p.head) - len(p.rest)))


@lru_cache(maxsize=4)
def load_titles(path: Path = ACTORS_DIR / "titles.csv") -> tuple[Pattern, ...]:
    """Title patterns (role vocabulary of roles.csv), longest first."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    patterns = [
        Pattern(
            tuple(words_of(r["head"])),
            tuple(words_of(r["rest"])),
            r["role"],
            default=r["default_organization"] or None,
            by_context=r.get("bare") == "context",
        )
        for r in rows
    ]
    return tuple(sorted(patterns, key=lambda p: -len(p.head) - len(p.rest)))


def _state_after(words: list[str], j: int, kb: KnowledgeBase) -> tuple[Actor, int] | None:
    """A demonym at j (`russe`) or a complement `de la Russie` / `de l'OTAN` starting at j."""
    if j < len(words):
        state = kb.by_adjective(words[j])
        if state is not None:
            return state, j + 1
    if j >= len(words) or words[j] not in _OF:
        return None
    k = j + 1 + (j + 1 < len(words) and words[j + 1] in FRENCH_ARTICLES)
    for n in (3, 2, 1):
        if k + n > len(words) or not all(words[k : k + n]):  # stop at punctuation
            continue
        actor = kb.by_alias(" ".join(words[k : k + n])) or kb.by_metonym(" ".join(words[k : k + n]))
        if actor is not None:
            return actor, k + n
    return None


def match_pattern(p: Pattern, words: list[str], i: int, kb: KnowledgeBase) -> tuple[Actor | None, int] | None:
    """(owner found or None, end) when pattern p (a body or a title) starts at word i."""
    j = i + len(p.head)
    if tuple(words[i:j]) != p.head:
        return None
    owner = None
    if p.rest and j < len(words):
        owner = kb.by_adjective(words[j])  # ministère *russe* des Affaires étrangères
        j += owner is not None
    if tuple(words[j : j + len(p.rest)]) != p.rest:
        return None
    j += len(p.rest)
    if owner is None:
        found = _state_after(words, j, kb)
        if found:
            owner, j = found
            if j < len(words) and kb.is_foreign_namesake(owner, words[j]):
                return None  # `président de l'Assemblée nationale mauritanienne`: not the French one
    return owner, j


@lru_cache(maxsize=16)
def by_first_word(patterns: tuple[Pattern, ...]) -> dict[str, tuple[Pattern, ...]]:
    """Patterns grouped by their first word, so scanning a document is one dict lookup per word."""
    index: dict[str, list[Pattern]] = {}
    for p in patterns:
        index.setdefault(p.head[0], []).append(p)
    return {k: tuple(v) for k, v in index.items()}


def find_bodies(
    words: list[str],
    kb: KnowledgeBase,
    patterns: tuple[Pattern, ...],
    capitals: list[bool] | None = None,
    titles: tuple[Pattern, ...] = (),
) -> list[Hit]:
    """Government bodies in a word list; a bare `le Trésor` takes the country the text gave earlier.
    A body word inside a person's title (`le chef de la diplomatie omanaise`) is no body."""
    hits: list[Hit] = []
    context: dict[tuple[str, str], Actor] = {}
    index = by_first_word(patterns)
    i = 0
    while i < len(words):
        candidates = index.get(words[i], ())
        for p in candidates if candidates and not _inside_title(words, i, titles) else ():
            if p.capitalised and capitals is not None and not capitals[i]:
                continue
            found = match_pattern(p, words, i, kb)
            if found is None:
                continue
            owner, end = found
            if p.stands_for_state and owner is not None and owner.actor_type == "person" and owner.country:
                owner = kb.state(owner.country)  # `le gouvernement de Nicolas Maduro`: the leader's state
            if owner is None and p.stands_for_state and not p.capitalised:  # not `secrétaire d'État Marco Rubio`
                owner, end = _leader_after(words, end, kb, capitals) or (owner, end)
            actor = _body_actor(p, words[i:end], owner, context.get((p.target, p.label)), kb)
            if actor is not None:
                context[(p.target, p.label)] = actor
                hits.append(Hit(i, end, actor, "metonym" if actor.actor_type == "state" else "body"))
                i = end - 1
                break
        i += 1
    return hits


def _leader_after(words: list[str], j: int, kb: KnowledgeBase, capitals: list[bool] | None) -> tuple[Actor, int] | None:
    """`l'administration Trump`, `le gouvernement Netanyahou`: a government named after its leader
    (a KB person with a country, capitalised when capitals are known) is that person's state."""
    for n in (2, 1):
        run = words[j : j + n]
        if len(run) < n or not all(run) or (capitals is not None and not all(capitals[j : j + n])):
            continue
        text = " ".join(run)
        person = kb.by_alias(text) or (kb.by_surname(text) if n == 1 else None)
        if person is not None and person.actor_type == "person" and person.country:
            state = kb.state(person.country)
            if state is not None:
                return state, j + n
    return None


def _inside_title(words: list[str], i: int, titles: tuple[Pattern, ...]) -> bool:
    """True when a title that starts before word i covers it (`chef de la` + `diplomatie`), in the
    singular or the plural (`les chefs de la diplomatie américaine et russe`)."""
    for full in title_runs(titles):
        for j in range(max(0, i - len(full) + 1), i):
            if tuple(words[j : j + len(full)]) == full:
                return True
    return False


@lru_cache(maxsize=4)
def title_runs(titles: tuple[Pattern, ...]) -> tuple[tuple[str, ...], ...]:
    """The words of each title, in the singular and in the plural (`chef de la diplomatie`, `chefs
    de la diplomatie`)."""
    runs = {t.head + t.rest for t in titles} | {plural_head(t.head) + t.rest for t in titles}
    return tuple(sorted(runs))


def plural_head(head: tuple[str, ...]) -> tuple[str, ...]:
    """`chef` -> `chefs`, `premier ministre` -> `premiers ministres`: each word takes `s` unless it
    ends in `s` or `x`."""
    return tuple(w if w.endswith(("s", "x")) else w + "s" for w in head)


def _body_actor(
    p: Pattern, words: list[str], owner: Actor | None, seen: Actor | None, kb: KnowledgeBase
) -> Actor | None:
    """KB row first (`OFAC`, `Département du Trésor des États-Unis`), then the pattern's own actor."""
    if owner is None and seen is not None:
        return seen
    if p.stands_for_state:
        return owner if owner is not None and owner.actor_type == "state" else None
    named = kb.by_alias(" ".join(words))
    if named is not None and named.actor_type == "organization":
        return named
    if owner is None or owner.actor_type != "state":
        if owner is not None or p.needs_country:
            return None
        owner = kb.state(p.default) if p.default else None
        if owner is None:
            return None
    adjective, feminine = kb.adjective(owner.id), kb.feminine_adjective(owner.id)
    label = p.label.format(adj=adjective, adj_f=feminine).replace("  ", " ")
    base = label.replace(f" {adjective}", "").replace(f" {feminine}", "")
    for variant in [label] + [f"{base} {of} {owner.label}" for of in ("de", "de la", "du", "des", "de l'")]:
        named = kb.by_alias(variant)
        if named is not None and named.actor_type == "organization":
            return named
    return Actor(
        f"org:{(owner.country or '').lower()}-{p.target}",
        label[0].upper() + label[1:],
        "organization",
        owner.country,
        (),
    )


PLURAL_DETERMINERS = frozenset(
    {
        "les",
        "des",
        "aux",
        "ces",
        "deux",
        "trois",
        "plusieurs",
        "certains",
        "quelques",
        "leurs",
        "nos",
        "vos",
        "ses",
        "mes",
        "tes",
    }
)


def find_titles(
    words: list[str],
    kb: KnowledgeBase,
    patterns: tuple[Pattern, ...],
    published: date | None,
    capitals: list[bool] | None = None,
) -> list[Hit]:
    """Titles whose holder at `published` is in roles.csv; no date, no person."""
    if published is None:
        return []
    hits: list[Hit] = []
    index = by_first_word(patterns)
    named: list[frozenset[str]] = []  # the states the text names, read once when a bare title needs them
    i = 0
    while i < len(words):
        if i > 0 and words[i - 1] in PLURAL_DETERMINERS or _indefinite(words, i):
            i += 1  # `les porte-parole du Kremlin`, `un haut dirigeant du Hamas`: not the role's holder
            continue
        for p in index.get(words[i], ()):
            found = match_pattern(p, words, i, kb)
            if found is None:
                continue
            owner, end = found
            if _former(words, i, end):
                i = end - 1  # `l'ancien président américain`: not today's holder
                break
            if owner is None and p.default is None:
                owner = _shared_owner(words, end, kb, index)
            organization = owner.id if owner is not None else p.default
            person = kb.title_holder(p.target, organization, published) if organization else None
            told = any(h.actor.role == p.target for h in hits)  # a repeat refers back (events.phrases)
            if organization is None and p.by_context and not told and _bare(words, end, capitals):
                named = named or [named_states(words, kb)]
                person = _context_holder(p.target, named[0], kb, published)
            if person is not None:
                hits.append(Hit(i, end, person, "title"))
                i = end - 1
                break
        i += 1
    return hits


def _bare(words: list[str], end: int, capitals: list[bool] | None) -> bool:
    """Nothing after the title says whose it is: no complement (`le roi des Belges`), no name
    (`le roi Salmane`, a capitalised word when capitals are known)."""
    if end < len(words) and words[end] in _OF:
        return False
    return not (capitals is not None and end < len(capitals) and capitals[end])


def named_states(words: list[str], kb: KnowledgeBase) -> frozenset[str]:
    """Ids of the states a text names by demonym (`saoudiens`), name (`Arabie saoudite`) or seat
    (`Riyad`), over runs of up to three words."""
    found = set()
    for i in range(len(words)):
        for n in (1, 2, 3):
            run = words[i : i + n]
            if len(run) < n or not all(run):
                break
            text = " ".join(run)
            actor = (kb.by_adjective(text) if n == 1 else None) or kb.by_alias(text) or kb.by_metonym(text)
            if actor is not None and actor.actor_type == "state":
                found.add(actor.id)
    return frozenset(found)


def _context_holder(role: str, states: frozenset[str], kb: KnowledgeBase, published: date) -> Actor | None:
    """`Theresa May a reçu le prince héritier` in a text on Saudi Arabia: the holder of a title that
    few states have (a monarch's, `bare` in titles.csv), when exactly one state the text names has one."""
    holders = [h for h in (kb.holder(role, s, published) for s in sorted(states)) if h is not None]
    return holders[0] if len(holders) == 1 else None


# `un dirigeant du Hamas`, `un haut dirigeant du Hamas`: an indefinite article, right before the title
# or before one adjective, names one of several people, not the holder of the role.
INDEFINITE_DETERMINERS = frozenset({"un", "une"})


def _indefinite(words: list[str], i: int) -> bool:
    """The title at word i follows `un`/`une`, directly or through one adjective (`un haut`)."""
    if i > 0 and words[i - 1] in INDEFINITE_DETERMINERS:
        return True
    return i > 1 and words[i - 2] in INDEFINITE_DETERMINERS and words[i - 1].isalpha()


@lru_cache(maxsize=2)
def former_words(path: Path = ACTORS_DIR / "former_words.txt") -> tuple[tuple[str, ...], ...]:
    """Folded word runs that put a title in the past (`ancien`, `d'alors`, `de l'époque`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(tuple(words_of(x.strip())) for x in lines if x.strip() and not x.startswith("#"))


def _former(words: list[str], start: int, end: int) -> bool:
    """`l'ancien président américain`, `le président français d'alors`: a title of the past, whose
    holder at the article's date is someone else."""
    return any(
        tuple(words[max(0, start - len(run)) : start]) == run or tuple(words[end : end + len(run)]) == run
        for run in former_words()
    )


def _shared_owner(words: list[str], end: int, kb: KnowledgeBase, index: dict[str, tuple[Pattern, ...]]) -> Actor | None:
    """The demonym of a second title joined by `et` serves both: `le Premier ministre et le président
    polonais` names the Polish Prime Minister and the Polish President."""
    if end + 1 >= len(words) or words[end] != "et":
        return None
    k = end + 1 + (words[end + 1] in FRENCH_ARTICLES)
    for q in index.get(words[k], ()) if k < len(words) else ():
        found = match_pattern(q, words, k, kb)
        if found is not None and found[0] is not None and q.default is None:
            return found[0]
    return None


def load_wordlist(path: Path) -> frozenset[str]:
    """Normalised entries of a one-per-line list (`#` starts a comment line)."""
    return frozenset(normalize_name(x) for x in list_entries(path))
