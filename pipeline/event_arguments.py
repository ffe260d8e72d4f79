"""Who, where and when for one event trigger, read from the dependency parse around it.

French news puts participants in a few syntactic slots: the subject and object of the verb
(`X a rencontré Y`), prepositional phrases (`avec Y`, `entre X et Y`, `contre Y`, `à l'encontre
de Y`, passive `par X`), the complement of an event noun (`l'échange Rubio-Lavrov`, `l'attaque
de X contre Y`), the subject of a light verb governing an event noun (`X a lancé une attaque`,
`X impose des sanctions`) and demonym adjectives (`des drones ukrainiens`). We read those slots
first and fall back to the mentions of the same clause only when the parse gives nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

# Dependencies that open a new clause: an argument phrase does not extend into them.
CLAUSAL = {"acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "punct", "cop", "mark"}
SUBJECT = {"nsubj", "obl:agent"}
PASSIVE_SUBJECT = {"nsubj:pass"}
OBJECT = {"obj", "iobj"}
# Prepositions (first word of the `case` child) and the role their phrase plays.
COMITATIVE = {"avec", "entre", "auprès"}
AGAINST = {"contre", "sur", "visant", "encontre", "vers"}
AGENT_PREPS = {"par"}
LOCATIVE = {"à", "au", "aux", "en", "dans", "près", "vers", "depuis"}
POSSESSIVE = {"de", "du", "des", "d'", "d’"}
# Event types whose participants have a direction (source acts on target).
DIRECTED = {"strike", "sanction", "statement"}


@dataclass(frozen=True)
class Arguments:
    """The participants, direction and place of one event mention."""

    actors: tuple[str, ...]
    source: str | None
    target: str | None
    location: str | None
    from_parse: bool  # False when we fell back to the clause's mentions


def actor_index(doc: Doc, key: str = "actors") -> dict[int, Span]:
    """Token index -> the actor (or place) span covering it."""
    index: dict[int, Span] = {}
    for span in doc.spans.get(key, []):
        for i in range(span.start, span.end):
            index[i] = span
    return index


def phrase_tokens(token: Token) -> list[Token]:
    """The tokens of the phrase headed by `token`, without entering subordinate clauses."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSAL and not _is_clause_head(c))
    return sorted(out, key=lambda t: t.i)


def phrase_actors(token: Token, actors: dict[int, Span]) -> list[Span]:
    """Actor spans inside the phrase headed by `token`, in text order, each once."""
    seen: dict[int, Span] = {}
    for t in phrase_tokens(token):
        span = actors.get(t.i)
        if span is not None:
            seen.setdefault(span.start, span)
    return [seen[k] for k in sorted(seen)]


def preposition(token: Token) -> str:
    """The preposition introducing `token`'s phrase (`à l'encontre de` -> `encontre`), lowercased."""
    cases = [c for c in token.children if c.dep_ in {"case", "mark"} or (c.dep_ == "fixed")]
    words = [c.lower_ for c in cases] + [f.lower_ for c in cases for f in c.children if f.dep_ == "fixed"]
    for w in words:
        if w in COMITATIVE | AGAINST | AGENT_PREPS:
            return w
    return words[0] if words else ""


def governing_verb(head: Token) -> Token | None:
    """For an event noun, the verb it depends on (`lancé` in `a lancé une attaque`)."""
    t = head
    for _ in range(3):
        if t.dep_ == "ROOT" and t.pos_ not in {"VERB", "AUX"}:
            return None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
        if t.i == t.head.i:
            return None
    return None


def _is_clause_head(token: Token) -> bool:
    return token.pos_ == "VERB" and token.dep_ not in {"amod", "conj", "nmod", "obl", "obj", "nsubj"}


def _conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.children if c.dep_ == "conj"]]


def event_arguments(head: Token, event_type: str, cameo: str, actors: dict[int, Span],
                    places: dict[int, Span]) -> Arguments:
    """Participants (actor ids), direction and place of the event triggered at `head`."""
    slots = _Slots()
    if head.pos_ == "ADP":  # `selon le Kremlin`: the preposition's object is the speaker
        slots.sources += [s._.actor_id for s in phrase_actors(head.head, actors) if s._.actor_id]
        return _assemble(slots, event_type, cameo, bool(slots.sources))
    _read_slots(head, slots, actors, places, noun=head.pos_ not in {"VERB", "AUX"})
    verb = _verb_for_arguments(head)
    if verb is not None and verb is not head:
        # `X a lancé une attaque`, `X impose des sanctions`, `l'échange ... a eu lieu le ...`
        _read_slots(verb, slots, actors, places, noun=False, via_noun=head)
    from_parse = bool(slots.sources or slots.targets or slots.others)
    if len(slots.all_ids()) < 2:
        _fallback_clause(head, slots, actors)
    return _assemble(slots, event_type, cameo, from_parse)


@dataclass
class _Slots:
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    located: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    def all_ids(self) -> list[str]:
        return _unique(self.sources + self.targets + self.others + self.located)


def _read_slots(head: Token, slots: _Slots, actors: dict[int, Span], places: dict[int, Span],
                *, noun: bool, via_noun: Token | None = None) -> None:
    for child in head.children:
        if via_noun is not None and child.i == via_noun.i:
            continue
        dep, prep = child.dep_, preposition(child)
        ids = [s._.actor_id for s in phrase_actors(child, actors) if s._.actor_id]
        if prep in LOCATIVE or dep == "obl:mod":
            slots.places += [p.text for p in phrase_actors(child, places)]
        if not ids:
            continue
        if dep in PASSIVE_SUBJECT:
            slots.targets += ids
        elif dep in SUBJECT or prep in AGENT_PREPS:
            slots.sources += ids
        elif dep in OBJECT:
            slots.targets += ids
        elif prep in COMITATIVE:
            slots.others += ids
        elif prep in AGAINST:
            slots.targets += ids
        elif prep in LOCATIVE:
            slots.located += ids
        elif noun and prep in POSSESSIVE | {""} and dep in {"nmod", "appos", "flat:name", "amod", "compound"}:
            slots.others += ids
        elif noun and dep == "amod":
            slots.sources += ids


def _verb_for_arguments(head: Token) -> Token | None:
    """The verb whose other slots also describe the event: light verb of a noun, control verb of an infinitive."""
    if head.pos_ in {"VERB", "AUX"}:
        if head.dep_ == "xcomp" and not any(c.dep_ in SUBJECT for c in head.children):
            return head.head  # `La Russie continue d'attaquer ...`
        return None
    if head.dep_ in {"obj", "nsubj", "nsubj:pass", "obl", "obl:arg"}:
        return head.head if head.head.pos_ in {"VERB", "AUX"} else None
    return None


def _fallback_clause(head: Token, slots: _Slots, actors: dict[int, Span]) -> None:
    """Mentions of the trigger's own clause, nearest first, when the parse gave fewer than two."""
    root = head
    while root.dep_ not in {"ROOT", "acl:relcl", "advcl", "ccomp", "parataxis"} and root.head.i != root.i:
        root = root.head
    present = set(slots.all_ids())
    clause = sorted(phrase_actors(root, actors), key=lambda s: abs(s.start - head.i))
    for span in clause:
        if len(present) >= 2:
            break
        if span._.actor_id and span._.actor_id not in present:
            slots.others.append(span._.actor_id)
            present.add(span._.actor_id)


def _assemble(slots: _Slots, event_type: str, cameo: str, from_parse: bool) -> Arguments:
    sources, targets = _unique(slots.sources), _unique(slots.targets)
    located = [a for a in _unique(slots.located) if a not in sources + targets]
    if event_type == "strike" and not targets and located:
        targets = located[:1]  # `frappé ... en Russie`: the territory struck
    if event_type == "meeting" and cameo.startswith("042") and not targets and located:
        targets = located[:1]  # a visit: `s'est rendu à Washington` -> host
    ordered = _unique(sources + targets + slots.others + located)
    directed = event_type in DIRECTED or cameo.startswith(("042", "043"))
    source = sources[0] if directed and sources else None
    target = next((t for t in targets if t != source), None) if directed else None
    location = slots.places[0] if slots.places else None
    return Arguments(tuple(ordered), source, target, location, from_parse)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
