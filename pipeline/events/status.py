"""Factuality of an event mention: did it happen, is it planned, postponed, cancelled, hypothetical
or denied?

Lexical cues (annuler, prévu, si, ne ... pas ...) are data in `models/events/status_cues.csv`;
morphology (future tense -> planned, conditional mood -> hypothetical) is read from the parse here.
A cue counts only when it governs the trigger: it is a verb or noun above the trigger inside its
clause (`annuler la rencontre`, `l'annulation du sommet`, `devait rencontrer`), or a dependent of
the trigger or of such a governor (`la rencontre prévue`, `n'a pas eu lieu`, `si le sommet a lieu`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.tokens import Token

from pipeline import config
from pipeline.actors.patterns import load_wordlist
from pipeline.dates.cues import is_cue
from pipeline.dates.lexicon import temporal_words
from pipeline.events.clauses import compound_infinitive, infinitive_on_addressee
from pipeline.events.phrases import answered_by_riposte, date_tokens, is_rate, markers, preposition, ready_adjective
from pipeline.events.sequence import TALK_TYPES
from pipeline.nlp.syntax import QUE_WORDS, agrees_where_told, governor_chain, has_finite_verb
from pipeline.nlp.tokens import lower_texts
from pipeline.schema import EVENT_STATUSES, EventMention, EventStatus
from pipeline.text import fold, normalize_name

STATUS_CUES_PATH = config.MODELS_DIR / "events" / "status_cues.csv"
FACTIVE_GOVERNORS_PATH = config.MODELS_DIR / "events" / "factive_governors.txt"
# Highest first: a cancelled meeting that had been planned is cancelled.
STATUS_PRIORITY: tuple[EventStatus, ...] = ("cancelled", "negated", "postponed", "hypothetical", "planned", "occurred")
SCOPES = ("governor", "child", "any", "advcl", "clause")
# Relations through which a governor's tense, negation or meaning reaches its dependent: core
# arguments and open complements. Adverbial (obl:mod, advcl) and clausal (ccomp) links stop the climb.
_CLIMB_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl", "xcomp", "expl:subj"}
_NOUN_POS = {"NOUN", "PROPN"}
_CLAUSAL_DEPS = {"ccomp", "advcl", "parataxis", "conj", "acl:relcl", "csubj", "appos", "dislocated"}
_MAX_CLIMB = 4
_NEGATION_WORDS = frozenset({"pas", "plus", "jamais"})
_CONDITION_CUES = ("hypothetical:hypo_condition_after@", "hypothetical:hypo_condition_before@")
# A noun trigger that is the subject of one of these verbs takes the verb's tense and negation
# (`la réunion n'aura pas lieu`); the subject of any other verb does not (`les sanctions ne
# poseront pas de problème` says the sanctions exist).
# Besides the verbs of taking place (`takes_place`):
_OCCURRENCE_VERBS = {
    "commencer",
    "durer",
    "passer",
    "échouer",
    "aboutir",
    "reprendre",
    "continuer",
    "poursuivre",
    "être",
    "rester",
    "reste",
    "venir",
    "frapper",
    "toucher",
    "viser",
    "cibler",
    "entrer",
    "débuter",
    "terminer",
    "achever",
}
# Tenses of a reporting verb that turn a conditional in its complement clause into a future seen
# from the past (`a annoncé qu'il se rendrait à Rome`: planned, not hypothetical).
_PAST_TENSES = {"Past", "Imp"}
# Verb endings whose future/conditional stem is irregular (tenir -> tiendr-, recevoir -> recevr-).
_IRREGULAR_FUTURE_STEMS = (
    ("être", "ser"),  # `seraient prises`, the auxiliary the tagger read as a present
    ("avoir", "aur"),  # before `voir`, which `avoir` ends with
    ("tenir", "tiendr"),
    ("venir", "viendr"),
    ("cevoir", "cevr"),
    ("voir", "verr"),  # revoir: `ils se reverraient`
    ("envoyer", "enverr"),
    ("faire", "fer"),
    ("aller", "ir"),
)
# Tags of a word whose ending may tell its tense: a verb, an auxiliary, or a verb the tagger took
# for a foreign word (`Keir Starmer recevra Volodymyr Zelensky samedi`: `recevra` X, no morphology).
_VERB_TAGS = frozenset({"VERB", "AUX", "X"})
_COND_ENDINGS = ("ait", "aient", "ais", "ions", "iez")  # after the infinitive stem
_FUT_ENDINGS = ("a", "as", "ons", "ez", "ont", "ai")


@dataclass(frozen=True)
class StatusCue:
    """One row of status_cues.csv."""

    cue_id: str
    status: str
    match: str  # lemma | phrase
    values: tuple[str, ...]
    scope: str  # governor | child | any | before:N | after:N

    @cached_property
    def keyed_values(self) -> tuple[tuple[str, str], ...]:
        """Each value with the word it starts with (`décider+de` -> `décider`), split once per cue:
        the check that a cue is absent runs for every cue on every trigger."""
        return tuple((v, v.split("+")[0].split("&")[0]) for v in self.values)


@lru_cache(maxsize=4)
def load_status_cues(path: Path = STATUS_CUES_PATH) -> tuple[StatusCue, ...]:
    """Read the status cue table; errors name the file, the line and the reason."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"status cue table not found: {path}")
    cues = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            status, match, scope = row["status"].strip(), row["match"].strip(), row["scope"].strip()
            if status not in EVENT_STATUSES:
                raise ValueError(f"{path}, line {line}: status {status!r} not in {EVENT_STATUSES}")
            if match not in ("lemma", "phrase"):
                raise ValueError(f"{path}, line {line}: match must be lemma or phrase, not {match!r}")
            if scope.split(":")[0] not in SCOPES + ("before", "after"):
                raise ValueError(f"{path}, line {line}: unknown scope {scope!r}")
            values = tuple(v.strip().lower() for v in row["value"].split("|") if v.strip())
            cues.append(StatusCue(row["cue_id"].strip(), status, match, values, scope))
    return tuple(cues)


def clause_chain(head: Token) -> list[Token]:
    """The trigger's governors inside its clause, nearest first (not including the trigger)."""
    return governor_chain(head, _climbs_for_status, _MAX_CLIMB)


def _climbs_for_status(tok: Token) -> bool:
    """Whether a governor's tense, negation or meaning reaches `tok` through its link."""
    dep = tok.dep_
    if tok.i == tok.sent.start and dep in ("nmod", "acl", "amod") and tok.head.i > tok.i:
        return False  # `Réunis dimanche en sommet, les dirigeants ont suspendu ...`: a fronted participle
    if tok.head.pos_ == "VERB" and tok.head.ent_type_ == "PER":
        # `Narendra Modi s'étaient parlé`: a first name read as a verb (`Narendra`, Tense=Fut) has no tense
        return False
    noun_link = dep in ("nmod", "conj") and tok.pos_ in _NOUN_POS and tok.head.pos_ in _NOUN_POS
    if noun_link and _detached_en_phrase(tok):
        return False  # `Le ministre, en visite à Manille, a promis ...`: where the subject is, not what it promises
    if dep == "appos" and is_rate(tok.head):
        return True  # `a menacé de porter à 50 % les droits`: the measure the parser hangs on its rate
    if dep == "obl:mod" and _day_over_object(tok):
        return True  # `a reporté mercredi la visite`: the object the parser hung on the day
    if dep == "obl:mod" and _purpose_of_journey(tok):
        return True  # `est attendu jeudi à Moscou pour des entretiens`: what the visitor comes for
    if dep == "obl:mod" and _day_set_for(tok):
        return True  # `une date a été fixée pour la rencontre`: what a day is set for is planned as the setting says
    if dep == "obl:mod" and _wished_for(tok):
        return True  # `plaide pour des restrictions de visas`: what a verb of wishing argues for
    if dep == "obl:mod" and _medium_of_talks(tok):
        return True  # `tiendront une réunion en visioconférence`: the call is that meeting, held as it is
    if infinitive_on_addressee(tok, tok.head):
        return True  # `a demandé à l'UE d'imposer des sanctions`: what the one asked is asked to do
    if dep in ("advcl", "obl:mod") and _gerund(tok):
        # `pourrait riposter en imposant des droits`: a gerund acts as its verb does, also one the parser hung
        # on it as a complement behind its `en`; but what a past intention was carried out by took place
        # (`En expulsant quatre diplomates, Varsovie a voulu répondre ...`)
        return not _past_intention(tok.head)
    if dep == "conj" and _infinitive(tok) and tok.head.pos_ in ("VERB", "AUX"):
        # `doit s'entretenir avec X, puis être reçu par Y`: an infinitive conjunct stands on no tense of its
        # own, whether the parser joins it to the first infinitive or to the verb above both
        return True
    if dep not in _CLIMB_DEPS and not noun_link:
        return False
    if dep == "nsubj" and _prepositional(tok):
        return False  # `Au terme d'une rencontre avec X, Y a plaidé pour ...`: a phrase of time, no subject
    if noun_link and fold(tok.head.lemma_.lower()) in markers()["role"]:
        return False  # `a nié toute implication dans l'attaque`: the role is denied, the attack took place
    if _answered(tok) or _told_before(tok):
        return False
    return not (dep == "nsubj" and tok.pos_ in _NOUN_POS and not _occurrence_governor(tok.head))


def _provided_for(cue: Token) -> bool:
    """`a signé un décret prévoyant des sanctions`, `a adopté un paquet qui prévoit le gel des avoirs`:
    `prévoir` as a participle or relative on an instrument (`instruments` in markers.csv) says what the
    instrument an act takes provides for, no plan; the measure takes the status of that act. With the
    instrument as its subject (`Le paquet prévoit aussi une interdiction dès 2027`) it tells what is to
    come, and stays a plan word."""
    instrument = cue.head
    # `un projet de résolution prévoyant un embargo`: a draft of an instrument provides for nothing yet
    drafted = (
        fold(preposition(instrument)) in {"de", "d'"} and fold(instrument.head.lemma_.lower()) in markers()["drafts"]
    )
    return (
        fold(cue.lemma_.lower()) == "prevoir"
        and cue.dep_ in ("acl", "acl:relcl")
        and fold(instrument.lemma_.lower()) in markers()["instruments"]
        and not drafted
    )


def _detached_en_phrase(tok: Token) -> bool:
    """`en visite à Manille` set off by commas after a noun: a detached phrase telling what its noun is
    doing as the clause is told. The verb of the clause is that noun's act: its meaning (`a promis`,
    `prépare`) does not reach the visit."""
    before = tok.left_edge.i - 1
    return tok.dep_ == "nmod" and preposition(tok) == "en" and before >= tok.sent.start and tok.doc[before].text == ","


def _prepositional(tok: Token) -> bool:
    """A noun the parser made a subject though a preposition opens it (`Au terme de la rencontre`,
    `À l'issue du sommet`): an adverbial phrase of the verb, which passes none of its meaning (a wish,
    a threat, a denial) down. A partitive `de` (`Des drones ont frappé`, tagged as a preposition) is no such opening."""
    return any(c.dep_ == "case" and fold(c.lower_) not in {"de", "des", "du", "d'", "d’"} for c in tok.children)


def _medium_of_talks(tok: Token) -> bool:
    """`tiendront une réunion en visioconférence`, `se réuniront par visioconférence`: a call medium
    (`visioconférence`) behind `en`/`par` that the parser hangs on the verb holding the talks."""
    if fold(tok.lemma_.lower()) not in {"visioconference", "videoconference", "visio", "telephone"}:
        return False
    return any(c.dep_ == "case" and c.lower_ in {"en", "par"} for c in tok.children)


def _infinitive(tok: Token) -> bool:
    """An infinitive, or a participle whose auxiliary is one (`être reçu`, `avoir rencontré`)."""
    return "Inf" in tok.morph.get("VerbForm", []) or compound_infinitive(tok)


def _gerund(tok: Token) -> bool:
    """`en imposant`, `en surtaxant`: the gerund tells how its verb's act is done, with that verb's
    tense, mood and negation (`n'a pas riposté en expulsant`, `pourrait riposter en surtaxant`). The
    tagger may call the `-ant` form an infinitive (`a répliqué en suspendant`): the ending decides then."""
    participle = tok.morph.get("VerbForm", []) == ["Part"] and "Pres" in tok.morph.get("Tense", [])
    if not participle and not (tok.pos_ == "VERB" and tok.lower_.endswith("ant")):
        return False
    return any(c.dep_ in ("mark", "case") and c.lower_ == "en" for c in tok.children)


def _purpose_of_journey(tok: Token) -> bool:
    """`est attendu jeudi à Moscou pour des entretiens`: a noun under `pour` on the verb of being expected
    (`journey_status` in markers.csv) is what the visitor comes for; it is planned as the coming is."""
    if not _under_pour(tok):
        return False
    verb = tok.head
    return fold(verb.lemma_.lower()) in markers()["journey_status"] or fold(verb.lower_) in markers()["journey_status"]


def _day_set_for(tok: Token) -> bool:
    """`Une date a été fixée pour la rencontre`, `aucune date n'a été fixée pour le sommet`: a noun under
    `pour` on a verb of setting (`plan_for` in markers.csv) whose object is a day (`date`, `jour`)."""
    verb = tok.head
    if not _under_pour(tok) or fold(verb.lemma_.lower()) not in markers()["plan_for"]:
        return False
    return any(c.dep_ in {"obj", "nsubj:pass"} and fold(c.lemma_.lower()) in _DAY_NOUNS for c in verb.children)


_DAY_NOUNS = frozenset({"date", "jour", "calendrier"})


def _wished_for(tok: Token) -> bool:
    """`plaide pour des restrictions de visas`, `milite pour un sommet`: a noun behind `pour` that the
    parser hangs as a modifier of a verb of a hypothetical lemma cue is what that verb wishes for."""
    return _under_pour(tok) and tok.head.lemma_.lower() in _wish_lemmas()


def _under_pour(tok: Token) -> bool:
    """A noun phrase opened by `pour`: what a verb of coming or of wishing is for."""
    return tok.pos_ in _NOUN_POS and any(c.dep_ == "case" and c.lower_ == "pour" for c in tok.children)


@lru_cache(maxsize=1)
def _wish_lemmas() -> frozenset[str]:
    return frozenset(
        v for cue in load_status_cues() if cue.status == "hypothetical" and cue.match == "lemma" for v in cue.values
    )


def _day_over_object(day: Token) -> bool:
    """`a annulé mercredi la visite qu'il devait effectuer`, `a promis jeudi de nouvelles frappes`: a day
    right after its verb that the parser made the head of the verb's object (an `nmod` noun with its own
    article, or a partitive `de`, after the day)."""
    if day.i not in date_tokens(day.doc):
        return False
    return any(
        c.dep_ == "nmod"
        and c.i > day.i
        and (
            (c.pos_ == "NOUN" and not any(g.dep_ == "case" for g in c.children))
            or (c.pos_ in _NOUN_POS and _partitive(c))
        )
        for c in day.children
    )


def _partitive(noun: Token) -> bool:
    """`a promis jeudi de nouvelles opérations`: the `de` of a plural indefinite before its adjective (for
    `des`), no determiner, is the object's article, not a complement of the day."""
    cases = [g for g in noun.children if g.dep_ == "case"]
    return (
        len(cases) == 1
        and fold(cases[0].lower_) in {"de", "d'", "d’"}
        and not any(g.dep_ == "det" for g in noun.children)
        and any(g.dep_ == "amod" and cases[0].i < g.i < noun.i for g in noun.children)
    )


def _told_before(tok: Token) -> bool:
    """`X a suspendu les droits après un appel avec Y`: an event noun under `après`, `suite à`
    (`cause_of_coming` in markers.csv), or after `au lendemain de`, came before the act it dates; that act's
    meaning (suspended, cancelled, threatened) is not its status."""
    if tok.pos_ not in _NOUN_POS:
        return False
    if fold(preposition(tok)) in markers()["cause_of_coming"]:
        return True
    # `sa menace de nouvelles taxes, au lendemain de l'entrée en vigueur de droits`: what the morrow is of came
    # before, whatever the phrase it hangs on threatens
    return fold(tok.lemma_.lower()) in markers()["day_after"] and fold(preposition(tok)) in {"a", "au"}


def _answered(tok: Token) -> bool:
    """The event a riposte answers (`a promis de riposter aux frappes de vendredi`) happened before
    it; the riposte's own tense or mood (promised, threatened) is not its status."""
    return tok.pos_ in _NOUN_POS and answered_by_riposte(tok)


def _occurrence_governor(verb: Token) -> bool:
    if verb.lemma_.lower() == "avoir":  # `la visite n'aura pas lieu`, not `les sanctions n'auront pas d'effet`
        return _avoir_lieu(verb)
    if _taking_place(verb) or verb.lemma_.lower() in _OCCURRENCE_VERBS:
        return True
    cue_words = _lemma_cue_words()
    return verb.lemma_.lower() in cue_words or verb.lower_ in cue_words


@lru_cache(maxsize=1)
def _lemma_cue_words() -> frozenset[str]:
    """Every word of the lemma cues, built once rather than for each trigger."""
    return frozenset(v for cue in load_status_cues() if cue.match == "lemma" for v in cue.values)


def _bare_infinitive(head: Token) -> bool:
    """An infinitive trigger whose governor does not make it happen (`la volonté de négocier`); not a
    gerund the tagger took for an infinitive (`a répliqué en suspendant`)."""
    if "Inf" not in head.morph.get("VerbForm", []) or head.dep_ == "ROOT" or _gerund(head):
        return False
    governor = head.head
    return normalize_name(governor.lemma_) not in factive_governors() and not (
        _managed_to(governor) or _unhesitating(governor)
    )


def _unhesitating(verb: Token) -> bool:
    """`n'a pas hésité à sanctionner`, `n'a pas tardé à riposter`: a negated verb of holding back (`litotes` in
    markers.csv) makes the infinitive under it happen, as `a pu` does."""
    return fold(verb.lemma_.lower()) in markers()["litotes"] and any(
        c.dep_ == "advmod" and fold(c.lower_) in {"pas", "jamais", "point"} for c in verb.children
    )


def _managed_to(verb: Token) -> bool:
    """`a pu joindre X`, `avait pu s'entretenir avec Y`: `pouvoir` in a compound past (or the passé
    simple `put`) tells what someone managed to do, a fact; `peut`, `pouvait`, `pourrait` only a possibility."""
    if verb.lemma_.lower() != "pouvoir":
        return False
    if "Part" in verb.morph.get("VerbForm", []):
        return any(c.lemma_ == "avoir" and c.dep_ == "aux:tense" for c in verb.children)
    return verb.lower_ in {"put", "purent"}


@lru_cache(maxsize=2)
def factive_governors(path: Path = FACTIVE_GOVERNORS_PATH) -> frozenset[str]:
    """Verbs under which an infinitive trigger happened if they did (models/events/factive_governors.txt)."""
    return load_wordlist(path)


def _local_children(tok: Token) -> list[Token]:
    """Dependents in the same clause: a cue inside a complement clause (`a annoncé qu'il
    renonçait`) says nothing about the governing verb, nor one in a phrase that dates it by another
    event (`après la suspension des frappes, l'armée a bombardé`: the bombing took place)."""
    return [c for c in tok.children if c.dep_ not in _CLAUSAL_DEPS and not _time_of_other_event(c)]


_BEFORE_AFTER = frozenset({"après", "avant", "depuis", "dès"})


def _time_of_other_event(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in _BEFORE_AFTER for c in tok.children)


def _words(tokens: list[Token]) -> frozenset[str]:
    """Lemmas and lower-cased forms of tokens, to test cue values by membership."""
    return frozenset(w for t in tokens for w in (t.lemma_.lower(), t.lower_))


def _word_match(tok: Token, value: str) -> bool:
    return tok.lemma_.lower() == value or tok.lower_ == value


def _lemma_hit(anchor: Token, value: str, as_child: bool) -> list[Token]:
    """Tokens matching a lemma cue: the anchor itself (governor) or its children (child).
    `a+b`: a token a with a dependent b, or with a dependent introduced by the preposition b
    (`annoncer+pour`: `annoncée pour février`); `a&b`: dependents a and b of the same anchor."""
    if as_child and "&" in value:
        parts = value.split("&")
        kids = _local_children(anchor)
        hits = [next((k for k in kids if _word_match(k, p)), None) for p in parts]
        return [h for h in hits if h is not None] if all(hits) else []
    candidates = [t for t in (_local_children(anchor) if as_child else [anchor]) if not _noun_of_step(t)]
    first, _, needed = value.partition("+")
    return [
        t for t in candidates if _word_match(t, first) and (not needed or any(_depends(k, needed) for k in t.children))
    ]


def _noun_of_step(token: Token) -> bool:
    """`a emboîté le pas à X`, `un pas de plus`: `pas` (or `point`) with a determiner is the noun, no negation."""
    if token.lower_ not in {"pas", "point"}:
        return False
    # the determiner may be hung elsewhere (`a emboîté le pas jeudi`: on the day); it stands right before
    before = token.doc[token.i - 1] if token.i > 0 else None
    return any(c.dep_ == "det" for c in token.children) or (before is not None and before.pos_ == "DET")


def _depends(child: Token, value: str) -> bool:
    return _word_match(child, value) or any(c.dep_ == "case" and _word_match(c, value) for c in child.children)


def _phrase_hit(
    head: Token,
    cue: StatusCue,
    sides: tuple[list[str], list[str]] | None = None,
    windows: dict[str, str] | None = None,
) -> str | None:
    """The cue's phrase among the words before or after the trigger, in its sentence (`sides`: the
    lower-case words on each side, as `_sides` reads them, shared by the cues of one trigger; `windows`
    keeps each scope's joined words for the trigger's other cues)."""
    text = windows.get(cue.scope) if windows is not None else None
    if text is None:
        side, _, n = cue.scope.partition(":")
        width = int(n or 8)
        before, after = sides if sides is not None else _sides(head, width)
        window = before[max(0, len(before) - width) :] if side == "before" else after[:width]
        text = " " + " ".join(window) + " "
        text = text.replace("' ", "'").replace("’ ", "’") + " "  # `pas d' rencontre` -> ` pas d'rencontre `
        if windows is not None:
            windows[cue.scope] = text
    return next((v for v, needle in _needles(cue.values) if needle in text), None)


@lru_cache(maxsize=512)
def _needles(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each phrase of a cue with the spaces it is searched between (made once per cue, not per trigger)."""
    return tuple((v, f" {v}{_right_edge(v)}") for v in values)


def _right_edge(value: str) -> str:
    """A cue ending on an elided word (`à moins qu'`, `pas d'`) is glued to the next word once the
    window is joined (`à moins qu'un accord`): it needs no space after it."""
    return "" if value.endswith(("'", "’")) else " "


def _sides(head: Token, width: int) -> tuple[list[str], list[str]]:
    """The lower-case words of up to `width` tokens before and after the head, in its sentence."""
    sent, words = head.sent, lower_texts(head.doc)  # read off the doc's words: no `Token` made
    return words[max(sent.start, head.i - width) : head.i], words[head.i + 1 : min(sent.end, head.i + 1 + width)]


@lru_cache(maxsize=1)
def _phrase_width() -> int:
    """The widest window a phrase cue reads (its words are read once per trigger)."""
    return max((int(c.scope.partition(":")[2] or 8) for c in load_status_cues() if c.match == "phrase"), default=0)


def _morph_cues(tok: Token, predicate: bool = False) -> list[str]:
    """Future -> planned, conditional -> hypothetical, on a verb or its auxiliaries, or on the copula
    of the trigger told as predicate (`predicate`: `Ce sera leur première rencontre depuis un an`)."""
    found = []
    for verb in [tok] + [c for c in tok.children if c.dep_.startswith("aux") or (predicate and c.dep_ == "cop")]:
        if verb.lemma_.lower() == "devoir":
            continue  # `devrait avoir lieu`: an expectation (planned, from the cue table), not a supposition
        moods, tenses = verb.morph.get("Mood", []), verb.morph.get("Tense", [])
        guess = _guess_mood(verb) if verb.pos_ in _VERB_TAGS else None  # `recevra` tagged X: by its ending
        if not _FUTURE_FORM.search(verb.lower_):
            # every French future and conditional ends on `r` and its ending (`sera`, `accueillera`,
            # `pourrait`): a form that does not (`accueille` tagged future) is the tagger's slip
            moods, tenses = [m for m in moods if m != "Cnd"], [t for t in tenses if t != "Fut"]
        if "Cnd" in moods or guess == "Cnd":
            past = verb.dep_ == "aux:tense"  # `aurait frappé`: a claim about the past, never a plan
            found.append(f"hypothetical:Mood=Cnd{'+Past' if past else ''}@{verb.text}")
        elif "Fut" in tenses or guess == "Fut":
            found.append(f"planned:Tense=Fut@{verb.text}")
    return found


_FUTURE_FORM = re.compile(r"r(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)$")


def _future_stems(lemma: str) -> list[str]:
    """The stems French builds its future and conditional on: the infinitive (`rencontrer-ait`),
    less its final e (`prendr-ait`), an irregular one (`recevr-ait`, `s'entretiendr-ait`), or the
    infinitive of a verb that doubles its consonant or takes a grave accent (`appeller-ait`,
    `gèler-ait`, `mèner-ait`, `lèver-ait`) or turns its y into i (`emploier-ait`)."""
    for ending, stem in _IRREGULAR_FUTURE_STEMS:
        if lemma.endswith(ending):
            return [lemma[: -len(ending)] + stem]
    stems = [lemma[:-1] if lemma.endswith("re") else lemma]
    changed = re.match(r"^(.*)e([lt])er$", lemma)
    if changed:
        stems.append(f"{changed[1]}e{changed[2] * 2}er")  # appeler, jeter, renouveler
    grave = re.match(r"^(.*)[eé]([^aeéèiouy])er$", lemma)
    if grave:
        stems.append(f"{grave[1]}è{grave[2]}er")  # geler, mener, lever, peser, céder
    if lemma.endswith(("oyer", "uyer")):
        stems.append(lemma[:-3] + "ier")
    return stems


def _guess_mood(verb: Token) -> str | None:
    """Regular verbs the tagger mislabels (`rencontreraient` as present): infinitive + ending."""
    form, lemma = verb.lower_, verb.lemma_.lower()
    if not lemma.endswith(("er", "ir", "re")):
        return None
    if form == lemma:
        return None
    for stem in _future_stems(lemma):
        if not form.startswith(stem):
            continue
        rest = form[len(stem) :]
        if rest in _COND_ENDINGS:
            return "Cnd"
        if rest in _FUT_ENDINGS:
            return "Fut"
    return None


def status_cues(trigger_head: Token) -> list[str]:
    """Every cue that fires for this trigger, as `status:cue_id@word`, for evidence and debugging."""
    chain = clause_chain(trigger_head) + _passive_conjuncts(trigger_head)
    words = {a.i: (_words([a]), _words(_local_children(a))) for a in [trigger_head, *chain]}
    hits: list[_Hit] = []
    sides = _sides(trigger_head, _phrase_width())
    windows: dict[str, str] = {}
    table = load_status_cues()
    by_first = _cues_by_first_word()
    # the cues one of whose values starts with a word of the trigger's clause: the others cannot hit
    near = {k for own, below in words.values() for w in own | below for k in by_first.get(w, ())}
    for k, cue in enumerate(table):
        if cue.status == "occurred":
            continue  # markers of inheritance, read by `_inheriting_governor`
        if cue.match == "phrase":
            value = _phrase_hit(trigger_head, cue, sides, windows)
            if value:
                hits.append(_Hit(cue.status, f"{cue.status}:{cue.cue_id}@{value}", -1, "phrase"))
            continue
        if cue.scope == "advcl":
            hits.extend(
                _Hit(cue.status, f"{cue.status}:{cue.cue_id}@{tok.text}", -1, "clause")
                for tok in _clause_marks([trigger_head, *chain], cue.values)
            )
            continue
        if cue.scope == "clause":
            hits.extend(
                _Hit(cue.status, f"{cue.status}:{cue.cue_id}@{tok.text}", -1, "clause")
                for tok in _clause_governor([trigger_head, *chain], cue.values)
            )
            continue
        if k not in near:
            continue
        for anchor in [trigger_head] + chain:
            own, below = words[anchor.i]
            for value, first in cue.keyed_values:
                if first not in own and first not in below:
                    continue  # most cues are absent: skip the token walk
                if cue.scope in ("governor", "any") and anchor is not trigger_head:
                    for tok in _lemma_hit(anchor, value, as_child=False):
                        if cue.status == "hypothetical" and _how_soon(tok):
                            continue
                        if cue.status == "planned" and _plan_of_another(tok, trigger_head):
                            continue
                        if cue.status == "planned" and _provided_for(tok):
                            continue
                        text, own_negation = f"{cue.status}:{cue.cue_id}@{tok.text}", _names_negation(value)
                        hits.append(_Hit(cue.status, text, anchor.i, "gov", own_negation))
                if cue.scope in ("child", "any"):
                    for tok in _lemma_hit(anchor, value, as_child=True):
                        if tok.i == trigger_head.i:
                            continue  # `a décidé de suspendre les importations`: the trigger is no cue of itself
                        if cue.status == "planned" and (_former_plan(tok) or _provided_for(tok)):
                            continue
                        if cue.status == "planned" and _plan_of_another(tok, trigger_head):
                            continue
                        if cue.status == "hypothetical" and _how_soon(tok):
                            continue
                        if cue.status == "postponed" and _suspended_until_resumed(tok, trigger_head):
                            continue
                        where = -1 if anchor is trigger_head else anchor.i
                        hits.append(_Hit(cue.status, f"{cue.status}:{cue.cue_id}@{tok.text}", where, "child"))
    kept = _void_negated_cues(
        [
            h
            for h in hits
            if not _neither(trigger_head, h)
            and not _detail_denied(chain, h)
            and not _unconfirmed(trigger_head, h)
            and not _litotes(trigger_head, h)
        ]
    )
    found = [h.text for h in kept] + _denied_to_come(chain, kept)
    if _expected(trigger_head):  # `X est attendu à Alger`: being expected somewhere tells a coming
        found.append(f"planned:expected@{trigger_head.text}")
    if _purpose_verb(trigger_head):  # `se sont mis d'accord pour que leurs ministres se rencontrent`
        found.append(f"planned:purpose@{trigger_head.text}")
    reported = _reported_from_past([trigger_head] + chain)
    for tok in [trigger_head] + chain:
        cues = _morph_cues(tok, predicate=tok is trigger_head)
        found.extend(_future_in_past(cue) if reported else cue for cue in cues)
    for verb in _relative_occurrence(trigger_head):
        found.extend([*status_cues(verb), *(f"{c}:own@{verb.text}" for c in _own_cues(verb))])
        found.extend(_morph_cues(verb))
    return _conditions_on_plans(list(dict.fromkeys(found)))


_PURPOSE_MARKS = frozenset({"pour", "afin"})


def _purpose_verb(head: Token) -> bool:
    """`se sont mis d'accord pour que leurs ministres se rencontrent d'ici la fin du mois`: the event verb of a
    clause of purpose (`pour que`, `afin que`, in the subjunctive) is still to come when told. Only the verb
    itself: an event noun in such a clause (`pour que la rencontre débouche sur des engagements`) took place."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    marks = {fold(c.lower_) for c in head.children if c.dep_ == "mark"}
    return bool(marks & _PURPOSE_MARKS) and bool(marks & QUE_WORDS)


PLAN_NOUN_HOPS = 2  # `le projet de visite`, `le projet d'une série de rencontres`: the plan's own event


def _plan_of_another(noun: Token, head: Token) -> bool:
    """A plan noun far above the trigger (`ont paraphé un projet de traité au terme de trois jours de
    pourparlers`, the days hung on the treaty): it plans its own complement, a draft treaty, not the
    talks. A plan noun tells the event it plans within two `de` phrases (`le projet de visite`)."""
    if noun.pos_ != "NOUN":
        return False
    t, hops = head, 0
    while t.i != noun.i and t.head.i != t.i:
        t, hops = t.head, hops + 1
    return t.i == noun.i and hops > PLAN_NOUN_HOPS


def _suspended_until_resumed(cue: Token, head: Token) -> bool:
    """`Les pourparlers, suspendus depuis juin, doivent reprendre à Oman`: a participle of postponing on the event
    noun tells how the talks stood; the noun being the subject of a verb of resuming (`resume` in markers.csv),
    that verb, not the participle, says whether they take place."""
    if cue.dep_ != "acl" or cue.head.i != head.i or not head.dep_.startswith("nsubj"):
        return False
    return any(fold(v.lemma_.lower()) in markers()["resume"] for v in _with_infinitives(head.head))


def _expected(head: Token) -> bool:
    """A trigger told as a passive of expecting (`est attendu`, `sont attendues`: markers.csv `expected`) is a
    visit to come: the trigger is no cue of itself for the other cues, so it is read here."""
    # `attendre` takes `avoir`: with `être` (whatever label the parser gives it) the participle is a passive
    return fold(head.lower_) in markers()["expected"] and any(
        c.lemma_ == "être" and (c.dep_.startswith("aux") or c.dep_ == "cop") for c in head.children
    )


@lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, frozenset[int]]:
    """The word each cue value starts with -> the cues (by position in `load_status_cues()`) holding
    such a value, made once."""
    out: dict[str, set[int]] = {}
    for k, cue in enumerate(load_status_cues()):
        for _, first in cue.keyed_values:
            out.setdefault(first, set()).add(k)
    return {w: frozenset(ks) for w, ks in out.items()}


def _relative_occurrence(noun: Token) -> list[Token]:
    """`La rencontre, qui aura lieu jeudi à Genève, portera sur ...`, `le sommet, qui devait se tenir lundi`:
    a relative whose subject `qui` is the event noun and whose verb says it takes place (avoir lieu, se
    tenir, se dérouler, or a plan or modal verb over one) tells the event's status, whatever the main verb."""
    if noun.pos_ not in _NOUN_POS:
        return []
    found = [verb for verb in noun.children if _qui_taking_place(verb)]
    return found or _relative_on_complement(noun) or _detached_relative_occurrence(noun)


def _qui_taking_place(verb: Token) -> bool:
    """A relative clause whose subject is `qui` and whose verb says something takes place."""
    return (
        verb.dep_ == "acl:relcl"
        and any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children)
        and takes_place(verb)
    )


def _relative_on_complement(noun: Token) -> list[Token]:
    """`une réunion du Conseil de sécurité, qui se tiendra lundi`: the parser hangs the relative on the
    last noun of the event noun's `de` phrase; a body or a place does not take place, the event does."""
    found, layer = [], [noun]
    for _ in range(2):
        layer = [c for t in layer for c in t.children if c.dep_ == "nmod"]
        found += [verb for t in layer for verb in t.children if _qui_taking_place(verb)]
    return found


def _detached_relative_occurrence(noun: Token) -> list[Token]:
    """`a réclamé une réunion d'urgence du Conseil de sécurité, qui s'est tenue dans la journée`: the
    parser may hang the relative on the main verb; `, qui` right after the noun's phrase, on a verb of
    taking place whose participle agrees with the noun, is still the noun's relative."""
    doc, end = noun.doc, noun.right_edge.i
    if end + 2 >= noun.sent.end or doc[end + 1].text != "," or doc[end + 2].lower_ != "qui":
        return []
    verb = doc[end + 2].head
    if verb.dep_ == "acl:relcl" or verb.i <= end + 2 or not takes_place(verb):
        return []
    return [verb] if agrees_where_told(verb, noun) else []


def takes_place(verb: Token) -> bool:
    """`se tenir`, `se dérouler`, `survenir` (`occurrence_verb` in models/temporal/cues.csv) or `avoir
    lieu`, also under a modal (`devait se tenir`): the verb says when and whether an event happens."""
    return any(_taking_place(v) for v in _with_infinitives(verb))


def _with_infinitives(verb: Token) -> tuple[Token, ...]:
    """The verb and the infinitives it governs (`doivent reprendre`, `devait se tenir`): a modal's verb says the
    act."""
    return (verb, *(c for c in verb.children if c.dep_ == "xcomp"))


def _taking_place(verb: Token) -> bool:
    if verb.lemma_.lower() == "avoir":
        return _avoir_lieu(verb)
    return is_cue(verb.lemma_, "occurrence_verb")


def _avoir_lieu(verb: Token) -> bool:
    """`avoir` with its object `lieu`: to take place."""
    return any(c.lemma_.lower() == "lieu" for c in verb.children)


def _conditions_on_plans(found: list[str]) -> list[str]:
    """`se rencontreront, sous réserve de la participation de X`: a condition makes a plan
    hypothetical; an event told as done keeps its status (`a rencontré X, qui a promis une aide à
    condition que ...`: the condition is the aid's)."""
    if any(c.startswith("planned:") for c in found):
        return found
    return [c for c in found if not c.startswith(_CONDITION_CUES)]


def _former_plan(tok: Token) -> bool:
    """`Le sommet, initialement prévu mardi, s'est tenu jeudi`: a plan told as the first one
    (`former_plan` in markers.csv) is not the event's status; its main verb tells what became of it."""
    return any(c.lower_ in markers()["former_plan"] for c in tok.children)


def _how_soon(tok: Token) -> bool:
    """`organiser dès que possible un sommet`, `se rencontrer le plus tôt possible`: `possible` after
    `que` or `plus` (`how_soon` in markers.csv, within two words) says how soon, not whether."""
    if tok.lemma_.lower() != "possible":
        return False
    before = tok.doc[max(tok.sent.start, tok.i - 2) : tok.i]
    return any(t.lower_ in markers()["how_soon"] for t in before)


def _denied_to_come(chain: list[Token], hits: list[_Hit]) -> list[str]:
    """`La rencontre prévue jeudi entre X et Y n'aura pas lieu`, `ne se tiendra plus`: an occurrence
    verb denied in the future calls the event off, cancelled by the guidelines, however far the
    verb stands from the event noun (`n'a pas eu lieu`, in the past, stays negated)."""
    denied = {h.anchor for h in hits if h.status == "negated" and h.kind == "child"}
    return [
        f"cancelled:denied_future@{verb.text}"
        for verb in chain
        if verb.i in denied
        and _occurrence_governor(verb)
        and any(c.startswith("planned:Tense=Fut") for c in _morph_cues(verb))
    ]


def _passive_conjuncts(trigger_head: Token) -> list[Token]:
    """`La rencontre, initialement prévue le 20, a été reportée`, parsed with `prévue` as the root
    and `reportée` as its conjunct: a passive participle coordinated with the verb an event noun is
    the subject of, with no subject of its own, tells what befell that noun."""
    if trigger_head.pos_ not in _NOUN_POS or not trigger_head.dep_.startswith("nsubj"):
        return []
    governor = trigger_head.head
    return [
        c
        for c in governor.children
        if c.dep_ == "conj"
        and "Part" in c.morph.get("VerbForm", [])
        and any(a.dep_ == "aux:pass" for a in c.children)
        and not any(a.dep_.startswith("nsubj") for a in c.children)
    ]


def _reported_from_past(clause: list[Token]) -> bool:
    """The trigger's clause is the complement of a verb in a past tense (`a annoncé que ...`,
    `assurait que ...`): French puts the future of that past in the conditional."""
    top = clause[-1]
    # `a annoncé, à bord de X, qu'il ...` is often misparsed as a relative: the verb before `que`
    verb = top.head if top.dep_ == "ccomp" and top.head.i != top.i else _verb_before_que(top)
    if verb is None:
        return False
    while "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ == "xcomp":
        verb = verb.head  # `a fait savoir que`: the tense is on `fait`
    if "Inf" in verb.morph.get("VerbForm", []):
        # `a fait savoir que`, parsed with `fait` hung on the infinitive: the tense is still on `fait`
        verb = next((c for c in verb.children if c.i < verb.i and c.lemma_ in _CAUSATIVES), verb)
    if _present_participle(verb) and verb.head.i != verb.i:
        verb = verb.head  # `a annoncé la nouvelle, précisant que ...`: the participle tells in its verb's tense
    return _past_verb(verb) or _agreed_participle(verb)


def _present_participle(verb: Token) -> bool:
    """`précisant`, `en ajoutant`: a present participle (or gerund) has no tense of its own."""
    if "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []):
        return True
    return verb.pos_ == "VERB" and verb.lower_.endswith("ant") and "Fin" not in verb.morph.get("VerbForm", [])


def _agreed_participle(verb: Token) -> bool:
    """`Ils sont convenus que X se rendrait à Y`: the tagger takes the participle of `convenir` with its
    `être` for an adjective in the present (`agreed` in markers.csv); it is a past, and what was agreed
    is still to come."""
    if verb.pos_ != "ADJ" or not any(c.dep_ in {"cop", "aux:tense", "aux:pass"} for c in verb.children):
        return False
    return fold(verb.lemma_.lower()) in markers()["agreed"] or fold(verb.lower_) in markers()["agreed"]


_CAUSATIVES = frozenset({"faire", "laisser"})  # `a fait savoir`, `a laissé entendre`: the tense of the saying


def _verb_before_que(top: Token) -> Token | None:
    """The nearest verb before the `que` that opens the clause of `top`, when the parser did not
    see a complement clause (it often takes `qu'il` after an incise for a relative pronoun)."""
    que = next((c for c in top.children if c.lower_ in QUE_WORDS and c.i < top.i), None)
    if que is None:
        return None
    return next((t for t in reversed(top.doc[top.sent.start : que.i]) if t.pos_ == "VERB"), None)


def _past_intention(verb: Token) -> bool:
    """`a voulu répondre en expulsant`, `voulut marquer le coup en taxant`: a wish told in the indicative past
    was acted upon, and the gerund says how. A wish in the present or the conditional (`veut répondre en
    expulsant`, `aurait voulu`) still governs its means."""
    if verb.dep_ == "xcomp" and _infinitive(verb):
        verb = verb.head  # `a voulu répondre en expulsant`: the gerund on the infinitive wished for
    if verb.lemma_.lower() not in _wish_lemmas() or not _past_verb(verb):
        return False
    return all("Cnd" not in c.morph.get("Mood", []) for c in verb.children if c.dep_.startswith("aux"))


def _past_verb(verb: Token) -> bool:
    tenses = set(verb.morph.get("Tense", []))
    if "Part" in verb.morph.get("VerbForm", []):
        return any(c.dep_.startswith("aux") for c in verb.children) and "Past" in tenses
    return bool(tenses & _PAST_TENSES)


def _future_in_past(cue: str) -> str:
    """A simple conditional reported from the past is planned (`qu'il se rendrait`); a compound one
    (`qu'il aurait frappé`) stays an unconfirmed claim."""
    if not cue.startswith("hypothetical:Mood=Cnd@"):
        return cue
    return "planned:" + cue.split(":", 1)[1]


def _clause_marks(anchors: list[Token], values: tuple[str, ...]) -> list[Token]:
    """Conjunctions opening an adverbial clause of the event's verb (`Si la trêve tient, il se
    rendra à Moscou`); `même si` concedes a fact and is not a condition."""
    found = []
    clauses = [c for anchor in anchors for c in anchor.children if c.dep_ == "advcl"]
    for clause in clauses + _reported_conditions(anchors):
        if _hedge(clause):
            continue
        for mark in (m for m in clause.children if m.dep_ == "mark" and _word_match_any(m, values)):
            before = mark.doc[mark.i - 1] if mark.i > 0 else None
            if before is None or before.lower_ != "même":
                found.append(mark)
    return found


def _clause_governor(anchors: list[Token], values: tuple[str, ...]) -> list[Token]:
    """`Le Kremlin a démenti que X ait parlé avec Y`: the verb whose complement clause the event's
    clause is, when it is one of the cue's verbs and not itself denied (`n'a pas démenti que ...`)."""
    top = anchors[-1]
    if top.dep_ != "ccomp" or top.head.i == top.i:
        return []
    verb = top.head
    if not _word_match_any(verb, values) or any(c.lower_ in _NEGATION_WORDS for c in verb.children):
        return []
    return [verb]


def _reported_conditions(anchors: list[Token]) -> list[Token]:
    """`Washington a averti qu'il imposerait des droits si Tokyo ne cédait pas`: the parser hangs a
    si-clause told after a reported clause on the reporting verb; it is the reported event's condition."""
    top = anchors[-1] if anchors else None
    if top is None or top.dep_ != "ccomp" or top.head.i == top.i:
        return []
    return [c for c in top.head.children if c.dep_ == "advcl" and c.i > top.i]


def _hedge(clause: Token) -> bool:
    """`Si rien ne change, les ministres se retrouveront à Brasilia`: a condition that only says
    nothing should change (`hedge_condition` in markers.csv) leaves the plan a plan."""
    text = " " + " ".join(t.lower_ for t in clause.subtree) + " "
    return any(f" {h} " in text for h in markers()["hedge_condition"])


def _word_match_any(tok: Token, values: tuple[str, ...]) -> bool:
    return any(_word_match(tok, v) for v in values)


@dataclass(frozen=True)
class _Hit:
    status: str
    text: str
    anchor: int  # index of the governor the cue sits on; -1 for the trigger itself or a phrase
    kind: str  # gov (the governor is the cue) | child (a dependent is the cue) | phrase | clause
    own_negation: bool = False  # the cue names its negation (`exclure+pas`): no negation voids it


def _neither(trigger_head: Token, hit: _Hit) -> bool:
    """`La Maison Blanche n'a ni confirmé ni démenti l'appel`: a governor cue denied by `ni` says
    nothing of the event, as a cue denied by `pas` does not."""
    if hit.kind != "gov" or hit.anchor < 0:
        return False
    return any(c.lower_ == "ni" for c in trigger_head.doc[hit.anchor].children)


def _detail_denied(chain: list[Token], hit: _Hit) -> bool:
    """`Le Kremlin n'a pas précisé la date du sommet`, `sans en préciser le lieu de la rencontre`: a
    negation above a detail noun of the event (`detail` in markers.csv) denies that the detail was told,
    not the event; the event keeps the status the rest of its clause gives it."""
    if hit.status != "negated" or hit.anchor < 0:
        return False
    details = markers()["detail"]
    for tok in chain:
        if tok.i == hit.anchor:
            return False
        if tok.pos_ in _NOUN_POS and fold(tok.lemma_.lower()) in details:
            return True
    return False


def _unconfirmed(trigger_head: Token, hit: _Hit) -> bool:
    """`Le Pentagone n'a pas confirmé la frappe`, `aucun groupe n'a revendiqué l'attentat`: a negation on a
    verb of confirming or claiming (`unconfirmed` in markers.csv) leaves the event as reported, not denied."""
    if hit.status != "negated" or hit.kind != "child" or hit.anchor < 0:
        return False
    return fold(trigger_head.doc[hit.anchor].lemma_.lower()) in markers()["unconfirmed"]


def _names_negation(value: str) -> bool:
    """`exclure+pas`: a governor cue that holds only with a negation below it."""
    return value.partition("+")[2] in _NEGATION_WORDS


def _litotes(trigger_head: Token, hit: _Hit) -> bool:
    """`n'hésiterait pas à frapper`, `n'a pas tardé à riposter`: a negation on a verb of holding back
    (`litotes` in markers.csv) governing the event says it is done without holding back, not that it is not."""
    if hit.status != "negated" or hit.anchor < 0:
        return False
    return fold(trigger_head.doc[hit.anchor].lemma_.lower()) in markers()["litotes"]


def _void_negated_cues(hits: list[_Hit]) -> list[_Hit]:
    """`n'a pas été annulé`, `n'a pas démenti`: a negation on a governor that is itself a cue
    cancels both, and the event keeps the status the rest of the sentence gives it. A plan denied
    (`n'est pas prévue`, `ne doit pas rencontrer`) is not voided: the event is negated."""
    negated = {h.anchor for h in hits if h.status == "negated" and h.kind == "child" and h.anchor >= 0}
    cue_verbs = {h.anchor for h in hits if h.kind == "gov" and h.status != "planned"}
    voided = negated & cue_verbs
    if any(h.own_negation for h in hits):  # `n'exclut pas de sanctions`: that `pas de` is the verb's
        hits = [h for h in hits if not (h.kind == "phrase" and h.status == "negated")]
    return [h for h in hits if h.anchor not in voided or h.own_negation]


def event_status(trigger_head: Token) -> EventStatus:
    """The status of the event a trigger denotes; `occurred` when no cue fires (past or present
    narration in news reports what happened or is happening)."""
    prevented = _prevented(trigger_head)
    if prevented is not None:
        return prevented
    statuses = {cue.split(":", 1)[0] for cue in status_cues(trigger_head)}
    relative = _relative_occurrence(trigger_head)
    if relative and not statuses & {"cancelled", "postponed", "negated"}:
        # `X a réclamé une réunion du Conseil, qui s'est tenue dans la journée`: what the relative of
        # taking place tells wins over a request or a wish of the main clause, not over a calling off
        told = {cue.split(":", 1)[0] for v in relative for cue in [*status_cues(v), *_morph_cues(v), *_own_cues(v)]}
        return next(s for s in STATUS_PRIORITY if s in told or s == "occurred")
    if "hypothetical" in statuses and statuses & {"cancelled", "postponed"}:
        # `le sommet pourrait être annulé`, `risque d'être reporté`: only the calling off is a
        # possibility; the event is still scheduled
        return "planned"
    if not statuses and trigger_head.pos_ == "NOUN" and ready_adjective(trigger_head) is not None:
        return "hypothetical"  # `X s'est montré ouvert à l'idée d'une rencontre`: talks offered, not held
    headline = _headline_participle(trigger_head) if not statuses else None
    if headline is not None:
        return headline
    invitation = _invited_visit(trigger_head) if not statuses else None
    if invitation is not None:
        told = {cue.split(":", 1)[0] for cue in status_cues(invitation)} | {"planned"}
        return next(s for s in STATUS_PRIORITY if s in told)
    governor = _inheriting_governor(trigger_head) if not statuses else None
    if governor is not None and _infinitive(trigger_head):
        # `doit aller à Tokyo pour rencontrer X`: the purpose shares the status of the journey, even
        # under a verb that would make a bare infinitive happen (`aller`); so does a compound infinitive
        # (`doit s'entretenir avec X, avant d'être reçu par Y`)
        inherited = {event_status(governor), *_own_cues(governor)}
        return next(s for s in STATUS_PRIORITY if s in inherited)
    if not statuses and _bare_infinitive(trigger_head):
        if _agreed_participle(trigger_head.head):
            return "planned"  # `les deux présidents sont convenus de se retrouver`: agreed, to come
        return "hypothetical"
    return next(s for s in STATUS_PRIORITY if s in statuses or s == "occurred")


def _invited_visit(head: Token) -> Token | None:
    """`a accepté une invitation à se rendre à Pékin`: the invitation noun (`invitation` in markers.csv) an
    infinitive trigger completes; the visit is planned, unless what is said of the noun says otherwise."""
    if "Inf" not in head.morph.get("VerbForm", []) or head.dep_ not in ("acl", "nmod") or head.head.i == head.i:
        return None
    noun = head.head
    return noun if noun.pos_ == "NOUN" and fold(noun.lemma_.lower()) in markers()["invitation"] else None


def _own_cues(verb: Token) -> list[str]:
    """The statuses a governor's own word tells (`devrait se rendre à Bruxelles pour y rencontrer X`:
    the parser hangs the purpose on `devoir`, itself a plan cue, which says nothing of its own status)."""
    words = {verb.lemma_.lower(), verb.lower_}
    return [
        cue.status
        for cue in load_status_cues()
        if cue.match == "lemma" and cue.scope in ("governor", "any") and cue.status != "occurred"
        if any(v in words for v in cue.values)
    ]


def _prevented(head: Token) -> EventStatus | None:
    """`La trêve n'a pas empêché l'aviation de bombarder Douma`: an infinitive under a verb of
    preventing (`prevent` in markers.csv) happened when that verb is denied, and did not when it is told
    (`Washington a empêché Israël de frapper l'Iran`). The parser often hangs the infinitive on the
    verb's object (`l'aviation de bombarder`); an infinitive of preventing (`pour empêcher X de
    frapper`) is a purpose, left to the other cues, and so is a denial in the future."""
    if "Inf" not in head.morph.get("VerbForm", []) or head.head.i == head.i:
        return None
    verb = head.head.head if head.dep_ == "acl" and head.head.dep_ == "obj" else head.head
    if fold(verb.lemma_.lower()) not in markers()["prevent"] or "Inf" in verb.morph.get("VerbForm", []):
        return None
    if not any(c.lower_ in _NEGATION_WORDS for c in verb.children):
        return "negated"
    return None if _morph_cues(verb) else "occurred"


def _headline_participle(head: Token) -> EventStatus | None:
    """`La rencontre entre X et Y reportée`, `Sommet de Z annulé`: a headline with no finite verb that
    ends on a participle of calling off or putting back tells the status of its event noun, however
    the parser hung the participle (often on the last name)."""
    sent = head.sent
    if head.pos_ not in _NOUN_POS or has_finite_verb(sent):
        return None
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    last = words[-1] if words else None
    if last is None or last.i <= head.i or not (last.pos_ == "ADJ" or "Part" in last.morph.get("VerbForm", [])):
        return None
    lemma = last.lemma_.lower()
    told = {cue.status for cue in load_status_cues() if cue.match == "lemma" and lemma in cue.values}
    return "cancelled" if "cancelled" in told else "postponed" if "postponed" in told else None


def _inheriting_governor(head: Token) -> Token | None:
    """The verb whose status an infinitive of purpose or sequence shares (`s'est rendu à Varsovie
    pour rencontrer X` happened as the trip did; `sera reçu, avant de rejoindre Londres` is planned
    as the visit is). The markers are the `occurred` rows of status_cues.csv."""
    markers = {v for cue in load_status_cues() if cue.status == "occurred" for v in cue.values}
    afin = head.head
    if head.dep_ == "obl:arg" and afin.lower_ in markers and afin.pos_ == "ADV" and afin.head.i != afin.i:
        return afin.head  # `s'est envolé pour Pyongyang afin de rencontrer X`: the clause hung on `afin`
    if head.dep_ not in ("advcl", "xcomp") or head.head.i == head.i:
        return None  # (`a fait une halte à Ankara pour s'entretenir avec X`: the purpose parsed `xcomp`)
    marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
    return head.head if marks & markers else None


_TOLD_TENSES = frozenset({"Past", "Imp", "Fut"})


def tenseless(trigger_head: Token) -> bool:
    """An event noun whose sentence tells no time of it: a title or a question with no verb in a
    past or future tense (`Sommet Trump-Xi : que sait-on ?`, `Que sait-on du sommet entre Moscou et
    Washington ?`), or a verb in the present of a title (`Macron reçoit Meloni`). Its `occurred` is only
    the default, so it may be the planned or the held event the article then tells; merging lets the told
    status win."""
    if trigger_head.pos_ in ("VERB", "AUX") and trigger_head.sent.start == 0:
        return _headline_present(trigger_head)
    if trigger_head.pos_ not in _NOUN_POS or status_cues(trigger_head):
        return False
    sent = trigger_head.sent
    if any(t.pos_ in ("VERB", "AUX") and set(t.morph.get("Tense", [])) & _TOLD_TENSES for t in sent):
        return False
    finite = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in sent)
    return not finite or sent.text.rstrip().endswith("?") or sent.start == 0


def _headline_present(verb: Token) -> bool:
    """`Macron reçoit Meloni`, `Washington sanctionne deux banques` as a title: the present of a headline
    tells no time (the held or the planned event the body then tells), unless a cue gives one."""
    if status_cues(verb) or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return "Pres" in verb.morph.get("Tense", []) and "Ind" in verb.morph.get("Mood", ["Ind"])


# How far up the parse a plan verb may govern the talk it plans (`devaient` > `se rencontrer`;
# `une rencontre` > `devait` > `avoir lieu`).
_PLAN_HOPS = 2


def foreseen_plan(head: Token) -> bool:
    """`X et Y devaient se rencontrer lundi`, `avaient prévu de se voir`, `une rencontre devait avoir
    lieu`: the talk is planned by a verb of plan (`past_plan` in markers.csv) in the imperfect or the
    pluperfect, a plan told as it stood before the article; the article may go on to tell it held."""
    plans = markers()["past_plan"]
    t = head
    for _ in range(_PLAN_HOPS):
        if t.head.i == t.i:
            return False
        t = t.head
        if fold(t.lemma_.lower()) in plans or fold(t.lower_) in plans:
            told = [t, *(c for c in t.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
            return any("Imp" in x.morph.get("Tense", []) for x in told)
    return False


def held_as_foreseen(mentions: list[EventMention], foreseen: set[int]) -> list[EventMention]:
    """A talk planned in the past tense (`foreseen_plan`) that the same article tells held between
    the same parties is that talk: it takes the held talk's status and day. The plan's bare weekday
    may have been read as the coming one (`devaient se voir lundi`, then `lundi, ils se sont vus`):
    the same weekday a week earlier is the held talk's day. Other plans stay planned."""
    held = [m for m in mentions if m.status == "occurred" and m.date is not None and m.event_type in TALK_TYPES]
    out = []
    for m in mentions:
        if m.trigger_start in foreseen and m.status == "planned" and m.event_type in TALK_TYPES:
            match = next((h for h in held if _same_talk(m, h)), None)
            if match is not None:
                m = replace(m, status="occurred", date=match.date)
        out.append(m)
    return out


def _same_talk(plan: EventMention, held: EventMention) -> bool:
    """The held talk names every party of the plan, and its day is the plan's, or the plan names none,
    or the plan's day is the same weekday one week later."""
    if len(plan.actors) < 2 or not set(plan.actors) <= set(held.actors) or held.date is None:
        return False
    if plan.date is None or plan.date.start is None:
        return True
    if held.date.start is None:
        return False
    if plan.date.start == held.date.start:
        return True
    words = fold(plan.date.text.lower()).split()
    return bool(words) and words[0] in temporal_words().weekday and (plan.date.start - held.date.start).days == 7
