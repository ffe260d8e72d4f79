"""An event told by a demonstrative pronoun standing for an event noun told just before.

`Une surtaxe de 25 % s'appliquera dès le 22 octobre, après celle de 100 % sur les voitures chinoises entrée
en vigueur mardi`, `une frappe sur le port, deux jours après celle qui a visé la gare`: `celle`, `celui`,
`celles`, `ceux` with a phrase of their own (`de 100 %`, `de juin`, `qui a visé ...`) take up the noun of an
event told before them and tell another event of that kind, the one their phrase names. The antecedent is
the nearest noun before the pronoun, in its sentence or the one before, that agrees with it in gender and
number; when that noun is the head of a trigger, the pronoun is one more trigger of the same rule, unless
a trigger of that type in its own phrase tells the event already (`celle qui a visé la gare`). A pronoun
with `-ci` or `-là` (`celle-ci`) takes up the event itself, not another one, and is left alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.nlp.syntax import nouns_agreeing_before
from pipeline.schema import CORE_EVENT_TYPES
from pipeline.text import DEMONSTRATIVE_PRONOUNS

if TYPE_CHECKING:  # triggers.py calls this module on what it found
    from pipeline.events.triggers import Trigger

# what the pronoun's own phrase may be: a complement (`celle de juin`), a relative or a participle
_OWN_PHRASES = frozenset({"nmod", "acl", "acl:relcl", "amod"})


def events_told_by_demonstrative(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers, each demonstrative pronoun standing for the noun of one of them added as a trigger of
    that noun's rule, in text order."""
    nouns = {t.head.i: t for t in triggers if t.event_type in CORE_EVENT_TYPES and t.head.pos_ == "NOUN"}
    if not nouns:
        return triggers
    doc = triggers[0].head.doc
    taken = {i for t in triggers for i in range(t.span.start, t.span.end)}
    added = []
    for pronoun in _demonstratives(doc, min(nouns)):
        if pronoun.i in taken:
            continue
        antecedent = _antecedent(pronoun)
        trigger = nouns.get(antecedent.i) if antecedent is not None else None
        if trigger is not None and not _told_in_own_clause(pronoun, trigger.event_type, triggers):
            added.append(replace(trigger, span=doc[pronoun.i : pronoun.i + 1], head=pronoun, kind="noun"))
    if not added:
        return triggers
    return sorted([*triggers, *added], key=lambda t: t.span.start)


def told_by_demonstrative(head: Token) -> bool:
    """The head of a trigger is a demonstrative pronoun (`celle de 100 %`): another event than its antecedent's."""
    return head.pos_ == "PRON" and head.lower_ in DEMONSTRATIVE_PRONOUNS


def _demonstratives(doc: Doc, start: int) -> list[Token]:
    """The bare demonstrative pronouns after `start` with a phrase of their own (`celle de 100 %`)."""
    return [
        t
        for t in doc[start + 1 :]
        if t.lower_ in DEMONSTRATIVE_PRONOUNS
        and t.pos_ == "PRON"
        and not _suffixed(t)
        and any(c.dep_ in _OWN_PHRASES for c in t.children)
    ]


def _told_in_own_clause(pronoun: Token, event_type: str, triggers: list[Trigger]) -> bool:
    """`trois jours après celle qui avait visé la gare`: a trigger of the same type in the pronoun's own phrase
    tells that event already."""
    inside = {t.i for t in pronoun.subtree if t.i != pronoun.i}
    return any(t.event_type == event_type and t.head.i in inside for t in triggers)


def _suffixed(pronoun: Token) -> bool:
    """`celle-ci`, `celui-là`: the event itself told again, no other one."""
    doc = pronoun.doc
    following = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
    return following is not None and following.lower_.lstrip("-") in {"ci", "là"} and not pronoun.whitespace_


def _antecedent(pronoun: Token) -> Token | None:
    """The nearest common noun before the pronoun, in its sentence or the one before, of its gender and number
    (a name is no event: `importés de Chine, après celle de 100 %`)."""
    return next(nouns_agreeing_before(pronoun, frozenset({"NOUN"})), None)
