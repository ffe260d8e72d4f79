"""Who, where and when for one event trigger, read from the dependency parse around it.

French news puts participants in a few syntactic slots: the subject and object of the verb
(`X a rencontré Y`), prepositional phrases (`avec Y`, `entre X et Y`, `contre Y`, `à l'encontre
de Y`, passive `par X`), the complement of an event noun (`l'échange Rubio-Lavrov`, `l'attaque
de X contre Y`), a participle modifying the noun (`les sanctions imposées par X à Y`), the subject
of a light verb governing an event noun (`X a lancé une attaque`, `X impose des sanctions`), the
subject shared by coordinated or controlled verbs (`X s'est retiré ... et a imposé`, `conduit X à
appeler Y`) and demonym adjectives (`des drones ukrainiens`). We read those slots first and fall
back to the nearest mentions of the sentence only when the parse gives fewer than two.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

# Dependencies that open a new clause: an argument phrase does not extend into them.
CLAUSAL = {"acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "punct", "cop", "mark",
           "dislocated"}
SUBJECT = {"nsubj", "obl:agent"}
PASSIVE_SUBJECT = {"nsubj:pass"}
OBJECT = {"obj", "iobj"}
COMITATIVE = {"avec", "entre", "auprès"}
AGAINST = {"contre", "sur", "visant", "encontre", "vers"}
AGENT_PREPS = {"par"}
LOCATIVE = {"à", "au", "aux", "en", "dans", "près", "depuis"}
POSSESSIVE = {"de", "du", "des", "d'", "d’"}
# For talks and statements `sur X` is the topic, not a participant (`discussions sur l'Ukraine`).
TOPIC_TYPES = {"call", "meeting", "statement"}
# Event types whose participants have a direction (source acts on target).
DIRECTED = {"strike", "sanction", "statement"}
# Verbs whose object, not subject, does what the infinitive says (`pousser X à appeler Y`).
OBJECT_CONTROL = {"conduire", "pousser", "amener", "forcer", "contraindre", "obliger", "inviter",
                  "encourager", "autoriser", "aider", "inciter", "exhorter", "charger", "appeler",
                  "recommander", "demander", "conseiller", "ordonner", "permettre", "proposer",
                  "suggérer", "interdire", "empêcher", "convaincre", "persuader"}
CONTROLLER_DEPS = {"obj", "iobj", "obl:arg"}
FALLBACK_WINDOW = 12  # tokens around the trigger searched when the parse gives too little


@dataclass(frozen=True)
class Arguments:
    """The participants, direction and place of one event mention."""

    actors: tuple[str, ...]
    source: str | None
    target: str | None
    location: str | None
    from_parse: bool  # False when we fell back to the sentence's nearest mentions
    targets: tuple[str, ...] = ()  # every target, for plural triggers that stand for several events


@dataclass
class _Slots:
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    located: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    stop: frozenset[int] = frozenset()

    def all_ids(self) -> list[str]:
        return _unique(self.sources + self.targets + self.others + self.located)


def actor_index(doc: Doc, key: str = "actors") -> dict[int, Span]:
    """Token index -> the actor (or place) span covering it."""
    index: dict[int, Span] = {}
    for span in doc.spans.get(key, []):
        for i in range(span.start, span.end):
            index[i] = span
    return index


def phrase_actors(token: Token, actors: dict[int, Span],
                  stop: frozenset[int] = frozenset()) -> tuple[list[str], list[str]]:
    """Actor ids in the phrase headed by `token`: (core, located under a locative preposition).

    A named person in a phrase makes the demonyms of that phrase redundant: in `le ministre russe
    Sergueï Lavrov` the participant is Lavrov, not Russia as well.
    """
    core: list[Span] = []
    located: list[Span] = []
    stack: list[tuple[Token, bool]] = [(token, False)]
    while stack:
        t, nested_locative = stack.pop()
        span = actors.get(t.i)
        if span is not None and span._.actor_id:
            (located if nested_locative else core).append(span)
        for c in t.children:
            if c.dep_ in CLAUSAL or _is_clause_head(c) or c.i in stop:
                continue  # another trigger's phrase is another event
            stack.append((c, nested_locative or (c is not token and preposition(c) in LOCATIVE)))
    core = _drop_redundant_demonyms(core)
    core_ids = _ids(core) + _title_states(core)
    return _unique(core_ids), [i for i in _ids(located) if i not in core_ids]


def _title_states(spans: list[Span]) -> list[str]:
    """`le ministre hongrois des Affaires étrangères` acts for Hungary: its state takes part too."""
    out = []
    for span in spans:
        registry = span.doc._.actors or {}
        actor = registry.get(span._.actor_id)
        if span._.mention_kind == "title" and actor is not None and actor.country:
            state = f"state:{actor.country}"
            if state in registry:
                out.append(state)
    return out


def phrase_places(token: Token, places: dict[int, Span], *, locative: bool) -> list[str]:
    """Place names inside the phrase headed by `token` that stand after a locative preposition
    (`à Budapest`, `la raffinerie de Rosneft à Riazan`), in text order. `locative` says whether
    `token` itself is introduced by one."""
    found: dict[int, Span] = {}
    stack = [(token, locative)]
    while stack:
        t, under_locative = stack.pop()
        if t.i in places and under_locative:
            found.setdefault(places[t.i].start, places[t.i])
        stack.extend((c, under_locative or preposition(c) in LOCATIVE) for c in t.children
                     if c.dep_ not in CLAUSAL)
    return [found[k].text for k in sorted(found)]


def preposition(token: Token) -> str:
    """The preposition introducing `token`'s phrase (`à l'encontre de` -> `encontre`), lowercased."""
    if token.lower_ in {"encontre", "égard", "endroit"}:
        return "encontre"  # `à l'encontre de`, `à l'égard de`: the phrase names a target
    cases = [c for c in token.children if c.dep_ in {"case", "mark", "fixed"}]
    words = [c.lower_ for c in cases] + [f.lower_ for c in cases for f in c.children if f.dep_ == "fixed"]
    for w in words:
        if w in COMITATIVE | AGAINST | AGENT_PREPS:
            return w
    return words[0] if words else ""


def governing_verb(head: Token) -> Token | None:
    """For an event noun, the verb it depends on (`lancé` in `a lancé une attaque`)."""
    t = head
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def event_arguments(head: Token, event_type: str, cameo: str, actors: dict[int, Span],
                    places: dict[int, Span], other_triggers: frozenset[int] = frozenset()) -> Arguments:
    """Participants (actor ids), direction and place of the event triggered at `head`.

    `other_triggers` are the heads of the sentence's other triggers: their phrases belong to
    their own events (`l'appel entre X et Y et l'appel Z-W`).
    """
    slots = _Slots(stop=other_triggers)
    if head.pos_ == "ADP":  # `selon le Kremlin`: the preposition's object is the speaker
        slots.sources += phrase_actors(head.head, actors)[0]
        return _assemble(slots, event_type, cameo, bool(slots.sources))
    is_noun = head.pos_ not in {"VERB", "AUX"}
    _read_slots(head, slots, actors, places, event_type, noun=is_noun)
    for participle in _participles(head) if is_noun else []:
        _read_slots(participle, slots, actors, places, event_type, noun=False)
    verb = _light_verb(head) if is_noun else head
    if verb is not None and verb is not head:
        _read_slots(verb, slots, actors, places, event_type, noun=False, skip=head)
    if verb is not None and not slots.sources:
        slots.sources += _inherited_subject(verb, actors)
    from_parse = bool(slots.all_ids())
    if len(slots.all_ids()) < 2 and not (is_noun and is_anaphoric(head)):
        _fallback_window(head, slots, actors)
        if not from_parse and len(slots.all_ids()) < 2:
            slots.others.clear()  # one name near a trigger is no evidence that it took part
    return _assemble(slots, event_type, cameo, from_parse)


def _read_slots(head: Token, slots: _Slots, actors: dict[int, Span], places: dict[int, Span],
                event_type: str, *, noun: bool, skip: Token | None = None) -> None:
    for child in head.children:
        if child.dep_ in {"conj", "cc", "punct"} or (skip is not None and child.i == skip.i):
            continue  # a coordinated trigger is another event
        dep, prep = child.dep_, preposition(child)
        if child.i in slots.stop:
            continue
        core, located = phrase_actors(child, actors, slots.stop)
        slots.places += phrase_places(child, places, locative=prep in LOCATIVE or dep == "obl:mod")
        slots.located += located
        if not core or (prep == "sur" and event_type in TOPIC_TYPES):
            continue
        if dep in PASSIVE_SUBJECT:
            slots.targets += core
        elif dep in SUBJECT or prep in AGENT_PREPS:
            slots.sources += core
        elif dep in OBJECT:
            slots.targets += core
        elif prep in COMITATIVE:
            slots.others += core
        elif prep in AGAINST:
            slots.targets += core
        elif prep in LOCATIVE:
            slots.located += core
        elif noun and dep == "amod":
            slots.sources += core  # `frappes ukrainiennes`
        elif noun and (prep in POSSESSIVE or prep == "") and dep in {"nmod", "appos", "flat:name", "compound"}:
            slots.others += core


def is_anaphoric(noun: Token) -> bool:
    """`l'appel`, `cette réunion`, `les attentats`: a definite event noun refers back to an event
    the text has already told; its participants are that event's, not the sentence's neighbours."""
    return any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
               for c in noun.children)


def _participles(noun: Token) -> list[Token]:
    """Participles modifying an event noun: `les sanctions imposées par X à l'encontre de Y`."""
    return [c for c in noun.children if c.dep_ in {"acl", "amod"} and c.pos_ in {"VERB", "ADJ"}
            and "Part" in c.morph.get("VerbForm")]


def _light_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object or subject of: `a lancé une attaque`, `l'échange a eu lieu`."""
    if noun.dep_ in {"obj", "nsubj", "nsubj:pass", "obl", "obl:arg"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def _inherited_subject(verb: Token, actors: dict[int, Span]) -> list[str]:
    """The subject a verb shares with the verb it is coordinated with or controlled by."""
    for _ in range(3):
        if any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in verb.children):
            return []
        governor = verb.head
        if governor.i == verb.i:
            return []
        infinitive = "Inf" in verb.morph.get("VerbForm")
        if verb.dep_ == "conj" or (infinitive and verb.dep_ in {"xcomp", "advcl", "obl:arg", "ccomp"}):
            controller_deps = CONTROLLER_DEPS if governor.lemma_ in OBJECT_CONTROL and verb.dep_ != "conj" else SUBJECT
            for c in governor.children:
                if c.dep_ in controller_deps:
                    ids = phrase_actors(c, actors)[0]
                    if ids:
                        return ids
            verb = governor
            continue
        return []
    return []


def _fallback_window(head: Token, slots: _Slots, actors: dict[int, Span]) -> None:
    """The nearest mentions in the trigger's sentence when the parse gave fewer than two."""
    sent = head.sent
    present = set(slots.all_ids())
    own = {head.i, head.head.i}
    spans = {s.start: s for i, s in actors.items() if sent.start <= i < sent.end
             and abs(i - head.i) <= FALLBACK_WINDOW and s._.actor_id and not _argument_of_other(s, own)}
    for span in sorted(spans.values(), key=lambda s: abs(s.start - head.i)):
        if len(present) >= 2:
            break
        if span._.actor_id not in present:
            slots.others.append(span._.actor_id)
            present.add(span._.actor_id)


def _argument_of_other(span: Span, own: set[int]) -> bool:
    """A subject or object of another verb (`Washington accepte le plan visant à frapper ...`)."""
    root = span.root
    return root.dep_ in SUBJECT | PASSIVE_SUBJECT | OBJECT and root.head.i not in own


def _assemble(slots: _Slots, event_type: str, cameo: str, from_parse: bool) -> Arguments:
    sources, targets = _unique(slots.sources), _unique(slots.targets)
    located = [a for a in _unique(slots.located) if a not in sources + targets]
    visit = event_type == "meeting" and cameo.startswith("042")
    if event_type == "strike" and not targets and located:
        targets = located[:1]  # `frappé ... en Russie`: the territory struck
    if visit and not targets and located:
        targets = located[:1]  # `s'est rendu à Washington`: the host
    if event_type not in {"strike"} and not visit:
        located = []  # `une réunion à Budapest`: the city is the place, not a participant
    ordered = _unique(sources + targets + slots.others + located)
    directed = event_type in DIRECTED or cameo.startswith(("042", "043"))
    source = sources[0] if directed and sources else None
    target = next((t for t in targets if t != source), None) if directed else None
    location = slots.places[0] if slots.places else None
    return Arguments(tuple(ordered), source, target, location, from_parse,
                     tuple(t for t in targets if t != source) if directed else ())


def _drop_redundant_demonyms(spans: list[Span]) -> list[Span]:
    named = {"name", "surname", "new"}
    if not any((s._.actor_id or "").startswith("person:") and s._.mention_kind in named for s in spans):
        return spans
    return [s for s in spans if s._.mention_kind != "demonym"]


def _is_clause_head(token: Token) -> bool:
    if token.pos_ != "VERB":
        return False
    if token.dep_ == "conj":
        return token.head.pos_ == "VERB"  # `X a frappé et a détruit`: another clause
    return token.dep_ not in {"amod", "nmod", "obl", "obj", "nsubj", "acl"}


def _ids(spans: list[Span]) -> list[str]:
    return _unique([s._.actor_id for s in sorted(spans, key=lambda s: s.start)])


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
