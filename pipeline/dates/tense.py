"""Direction of the clause governing a date, to resolve `lundi`, `le 3` or `mars` to the past or the
future occurrence: the tense of the verb (spaCy morphology), overridden by what the sentence says of
the date: a planning verb (`la réunion est prévue le 12 mars`) or the noun of an upcoming event with
no past verb (`le déplacement à Nantes samedi`) points ahead."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.dates.cues import is_cue
from pipeline.text import fold

# the conditional is the future stem + -ais/-ait...: espérerait, devrait, pourrait, aurait, dirait, mettrait;
# spaCy's Mood=Cnd is not trusted, it also tags imperfects of -rer verbs (espérait, entrait)
_CONDITIONAL = re.compile(r"(?:[^é]er|dr|vr|rr|aur|ttr|îtr|(?<![tmpvs])ir)(?:ais|ait|ions|iez|aient)$")
# the future's third persons on the same stems: recevra, viendront, rencontrera, sera, aura, ira
_FUTURE_THIRD = re.compile(r"^(?:\w*(?:[^é]er|dr|vr|rr|aur|ttr|îtr|(?<![tmpvs])ir)|ir)(?:a|ont)$")
_MODALS = {"devoir", "pouvoir", "aller", "vouloir", "compter", "prévoir", "espérer", "envisager"}
# inflected forms, for pipelines without a lemmatizer (`build_date_nlp` excludes it)
_MODAL_FORMS = re.compile(r"(doi|dev|doiv|peu|pourr|pouv|veu|voul|compt|prévo|prévoi|espèr|espér|envisag)\w*$")
_ALLER = {"vais", "vas", "va", "allons", "allez", "vont", "allait", "allaient"}  # futur proche
# verbs of promise or threat: what an infinitive under them tells lies ahead of them, whatever their tense
# (`a promis de dévoiler dimanche ses mesures`, `a menacé de frapper lundi`, `s'est engagé à signer mardi`)
_PROMISE_FORMS = re.compile(r"(promi|promet|engag|menac|jur|apprêt)\w*$")
_VERBAL = ("VERB", "AUX")


def clause_tense(span: Span) -> str | None:
    """past/present/future of the clause governing the span; None without a parse or a verb."""
    doc = span.doc
    if not doc.has_annotation("DEP") and not doc.has_annotation("MORPH"):
        return None
    chain = _head_chain(span)
    if len(chain) > 2 and _done_participle(chain[1]):
        return "past"  # `les droits de douane, imposés le 24 septembre`: done, whatever the main clause says
    if _answered_act(chain):
        return "past"  # `a promis de riposter aux tirs du week-end`: what a riposte answers came before it
    if _announced_holding(chain):
        return "future"  # `ont confirmé dimanche la tenue d'un sommet mardi`: the summit's Tuesday lies ahead
    completive = _completive_before(span, chain[-1])
    if completive is not None:
        # `a précisé que les taxes entreraient en vigueur le 20 mars`, the day hung on `précisé`: told
        # after the `que` clause, it is that clause's day
        told = _copular_tense(completive) if completive.pos_ not in _VERBAL else verb_tense(completive)
        if told is not None:
            return told
    for predicate in chain[1:-1]:
        # `a précisé que les taxes entreraient en vigueur le 24 septembre`: the parser made `vigueur` the
        # clause's head and its verb a copula; that clause's tense, not the reporting verb's, dates it
        copular = _copular_tense(predicate) if predicate.pos_ not in _VERBAL else None
        if copular is not None:
            return copular
    verb = chain[-1]
    # a date word the tagger took for a verb (`dimanche` read as a form of `dimancher`) is no clause
    verbal = verb.pos_ in _VERBAL and not span.start <= verb.i < span.end
    reflexive = _reflexive_past(verb) if verbal else None
    if reflexive is not None:
        return reflexive
    # the event noun the date qualifies: its head, or the head's head (`le déplacement à Nantes samedi`)
    event = any(t.pos_ in ("NOUN", "PROPN") and is_cue(t.text, "event_noun") for t in chain[1:3])
    compound = next((a for a in verb.children if a.dep_ == "aux:tense"), None)
    if not verbal and _etre_compound_past(verb):
        return "past"  # `les sanctions sont entrées en vigueur vendredi`, `entrées` tagged as a noun
    if not verbal and compound is not None:
        # a participle the tagger took for a noun (`a téléphoné jeudi`): a compound past, unless the
        # auxiliary is in the future (`aura téléphoné`)
        return "future" if "Fut" in compound.morph.get("Tense", []) else "past"
    if not verbal:
        copular = _copular_tense(verb)
        if copular is not None:
            return copular  # `Odessa a été la cible de frappes samedi`: the copula's past, not the noun's
        # a long noun phrase: the verb further up decides (`a remis sa démission à la suite des élections
        # du 30 mai` is past); a title or a phrase without a verb (`le déplacement à Nantes samedi`) is ahead
        governor = next((t for t in verb.ancestors if t.pos_ in _VERBAL), None)
        lost = _lost_main_clause(chain) if governor is None else None
        if lost is not None:
            return verb_tense(lost)
        copula = _lost_copula(chain) if governor is None else None
        if copula is not None:
            return copula
        ahead = governor is None or verb_tense(governor) in (None, "present", "future")
        if event and ahead and _relative_past(chain):
            return "past"  # `la visite de X en début de semaine, où elle s'est entretenue avec Y, marque ...`
        if event and ahead and _after_anchor(chain):
            return "past"  # `c'est leur deuxième rencontre, après la visite de X à Sotchi en mai`: before now
        if not event and governor is not None and _bare_adverbial(chain[0]):
            # `a reçu X dans sa résidence de Meseberg samedi`: a day with no preposition that the parser hung
            # on the last noun of the clause is the clause's own; its verb's tense decides
            return verb_tense(governor)
        return "future" if event and ahead else None
    tense = verb_tense(verb)
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if _postponed_to(span, verb, auxes):
        return "future"  # `a repoussé la réunion au mois de décembre`: the new day lies ahead of the decision
    if is_cue(verb.text, "planning") and not _active_past_of_plan(auxes):
        # `est prévue le 12 mars`, `a été reportée au 3 mai` lie ahead; `a ajourné son dossier samedi`
        # (active, compound past) tells when it was done; `était prévue le 3 mars` may have passed
        if any("Imp" in a.morph.get("Tense", []) for a in auxes) or _plan_told_in_past(verb, auxes):
            return None
        return "future"
    if tense in (None, "present") and _after_event(chain, verb):
        return "past"  # `ces frappes interviennent après l'attaque de samedi`: what the clause follows is behind it
    if event and tense in (None, "present"):
        return "past" if _relative_past(chain) else "future"
    if tense == "present" and _carrier(verb):
        return "future"  # `doit samedi rencontrer X`, `veulent jeudi signer`: the day of what is due
    if tense == "present" and _subjunctive_step(verb):
        return verb_tense(verb.head)  # `a riposté, avant que Washington ne porte ses droits à 104 % le 8 avril`
    return tense


def _answered_act(chain: list[Token]) -> bool:
    """The noun the date qualifies is what a riposte answers (`riposter aux frappes de samedi`, `a juré de répondre
    à la vague de tirs du week-end`; `riposte_word` in models/temporal/cues.csv): that act came before the
    riposte, whatever the tense of the promise or threat to answer it."""
    return any(
        t.pos_ == "NOUN"
        and any(c.dep_ == "case" and fold(c.lower_) in {"a", "au", "aux"} for c in t.children)
        and is_cue(t.head.lemma_, "riposte_word")
        for t in chain[1:4]
    )


def _announced_holding(chain: list[Token]) -> bool:
    """The date qualifies an event noun (`sommet`, `réunion`) that is the complement of a noun of
    holding (`la tenue d'un sommet mardi`, `l'organisation d'une réunion le 14 juillet`) which a verb
    of announcing governs, whatever its tense: an event whose holding is announced is still to come. A
    bare day the parser hung on the last name of the noun's complements (`la tenue d'une rencontre entre
    X et le Premier ministre Y vendredi`) qualifies the event noun too, and so does one hung on the noun of
    holding itself (`la tenue d'un sommet jeudi`)."""
    if len(chain) < 3:
        return False
    step = 1
    if not any(c.dep_ == "case" for c in chain[0].children):
        while (
            step < min(len(chain) - 2, 4)
            and not is_cue(chain[step].text, "event_noun")
            and chain[step].pos_ in ("NOUN", "PROPN")
            and chain[step].dep_ in ("nmod", "conj", "appos", "flat:name")
        ):
            step += 1
    holding = chain[step]  # `la tenue d'un sommet jeudi`, the day hung on `tenue` itself
    if not (
        is_cue(holding.text, "holding_noun")
        and any(c.dep_ == "nmod" and is_cue(c.text, "event_noun") for c in holding.children)
    ):
        if len(chain) < step + 2 or not is_cue(chain[step].text, "event_noun"):
            return False
        holding = chain[step + 1]
        if not is_cue(holding.text, "holding_noun"):
            return False
    governor = next((t for t in holding.ancestors if t.pos_ in _VERBAL), None)
    return governor is not None and is_cue(governor.lemma_, "announcing_verb")


def _subjunctive_step(verb: Token) -> bool:
    """An adverbial clause under `avant que` (`told_before` in cues.csv): its verb is in
    the present subjunctive whatever its time, which is that of the clause it follows from."""
    return (
        verb.dep_ == "advcl"
        and verb.head.pos_ in _VERBAL
        and any(c.dep_ == "mark" and is_cue(c.text, "told_before") for c in verb.children)
    )


def _relative_past(chain: list[Token]) -> bool:
    """The event noun the date qualifies has a relative clause in the past (`la visite de X en début de
    semaine, où elle s'est entretenue avec Y`, `le sommet de mardi, qui a réuni ...`): the event is told
    as done, whatever the present of the main clause (`marque un tournant`)."""
    return any(
        c.dep_ == "acl:relcl" and c.pos_ in _VERBAL and verb_tense(c) == "past"
        for t in chain[1:3]
        if t.pos_ in ("NOUN", "PROPN") and is_cue(t.text, "event_noun")
        for c in t.children
    )


# past participles of the verbs of motion and change of state, whose compound past takes `être`
_ETRE_PARTICIPLE = re.compile(
    r"(?:(?:r?entr|arriv|tomb|rest|retourn|d[ée]c[ée]d|n)é|(?:re)?(?:part|sort)i|(?:re|inter|sur|par|de)?venu|mort)(?:e|s|es)?"
)


def _etre_compound_past(word: Token) -> bool:
    """`sont entrées en vigueur vendredi`, `est arrivé jeudi`: a verb of motion or change of state
    with the present of `être` is a compound past, though the tagger reads its participle as a noun
    or an adjective and `sont` as a passive or a copula; not `les routes sont ouvertes vendredi`."""
    if word.pos_ not in ("NOUN", "ADJ") or _ETRE_PARTICIPLE.fullmatch(word.lower_) is None:
        return False
    return any(c.dep_.startswith(("aux", "cop")) and c.lower_ in {"est", "sont"} for c in word.children)


def _lost_main_clause(chain: list[Token]) -> Token | None:
    """The sentence's main verb when the parser hung it under the dated noun as a relative clause
    with no relative pronoun (`Lors d'un appel téléphonique mardi, M. X et M. Y ont discuté ...`
    rooted at `Lors`), or as a bare dependent of the phrase (`Plus tôt dans la journée, M. X s'était
    entretenu avec Y` rooted at `tôt`; `X et Y ont dîné ensemble mardi soir` rooted at `ensemble`, the
    compound verb before it): its tense, not the verbless phrase's, places the date."""
    for word in chain:
        for child in word.children:
            # `X et Y ont dîné ensemble mardi soir`, rooted at `ensemble`, and `X a réimposé lundi ...`, rooted
            # at `lundi` with the verb as its number: a compound verb before the root noun, whatever its label
            before = child.i < word.i and any(c.dep_ == "aux:tense" for c in child.children)
            if (
                (child.dep_ in {"acl:relcl", "dep"} or before)
                and child.pos_ in _VERBAL
                and (child.i > word.i or before)
            ):
                if not any("Rel" in c.morph.get("PronType", []) for c in child.children):
                    return child
    return None


def _lost_copula(chain: list[Token]) -> str | None:
    """The tense of the sentence's copula when the parser made the dated noun the root and hung the
    predicate on it (`Son tête-à-tête avec X, samedi, était le premier depuis deux ans`, the copula on
    `ans`, a conjunct of `tête-à-tête`): `était` tells a past Saturday. None for a present copula."""
    root = chain[-1]
    for child in root.children:
        if child.i > root.i and child.dep_ in {"conj", "dep", "appos", "parataxis"}:
            told = _copular_tense(child)
            if told is not None:
                return told
    return None


def _after_event(chain: list[Token], verb: Token) -> bool:
    """The noun the date qualifies is told under `depuis` (`depuis la rencontre de mardi`), or under
    `après` with a verb of following (`ces frappes interviennent après l'attaque de samedi`;
    `following_verb` in models/temporal/cues.csv): the clause's own time follows it, so its day is
    behind. Under `après` with another present verb the clause may tell a plan (`il s'envole après le
    sommet de samedi`), so the day is left to the other rules."""
    for t in chain[1:3]:
        prepositions = {c.lower_ for c in t.children if c.dep_ == "case"} if t.pos_ in ("NOUN", "PROPN") else set()
        if "depuis" in prepositions or ("après" in prepositions and is_cue(verb.lemma_, "following_verb")):
            return True
    return is_cue(verb.lemma_, "following_verb") and _followed_noun_participle(chain[0], verb)


def _after_anchor(chain: list[Token]) -> bool:
    """The event noun the date qualifies is told under `après` or `depuis` in a clause with no verb of its own
    (`c'est la deuxième rencontre en trois mois, après la visite de X en mai`): what the clause comes after is
    behind it."""
    return any(
        t.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in {"après", "depuis"} for c in t.children)
        for t in chain[1:3]
    )


def _followed_noun_participle(date: Token, verb: Token) -> bool:
    """`intervient après une réunion tenue samedi à Rome`: the parser hangs the day on the verb of
    following, though it stands right after the participle of the event noun under `après` (only
    adjectives and participles between): the day is that event's, behind the clause's time."""
    for noun in verb.children:
        if noun.i >= date.i or noun.pos_ not in ("NOUN", "PROPN") or not is_cue(noun.text, "event_noun"):
            continue
        if not any(c.dep_ == "case" and c.lower_ == "après" for c in noun.children):
            continue
        between = date.doc[noun.i + 1 : date.i]
        if len(between) and all(t.pos_ in ("ADJ", "VERB") and "Part" in t.morph.get("VerbForm", []) for t in between):
            return not any(is_cue(t.text, "planning") for t in between)
    return False


# the regular past participle's endings (`imposés`, `décidée`), which the tagger often reads as adjectives
_PARTICIPLE = re.compile(r"\w{3,}(?:é|ée|és|ées)$")


def _done_participle(word: Token) -> bool:
    """A past participle the tagger read as an adjective, qualifying a noun or detached, that governs the
    date (`les droits imposés le 24 septembre`, `, imposés le 12 juin`): an act done that day. Not a plan
    (`la réunion prévue samedi`), nor a participle of an event noun, which dates the event (`le sommet
    organisé samedi`)."""
    if word.dep_ not in ("acl", "amod", "advcl"):  # `, imposés le 12 juin`: a detached participle too
        return False
    if any(c.dep_.startswith("aux") for c in word.children) or is_cue(word.text, "planning"):
        return False
    if is_cue(word.head.text, "event_noun"):
        return False
    return word.pos_ == "ADJ" and _PARTICIPLE.fullmatch(word.lower_) is not None  # a VERB one is read as past


def _carrier(verb: Token) -> bool:
    """A verb of obligation, intention or plan (`devoir`, `vouloir`, `compter`, `aller`...) on which the
    parser hung the date of the infinitive it carries: in the present, that event lies ahead."""
    if verb.morph.get("VerbForm", []) != ["Fin"]:
        return False
    return verb.lemma_ in _MODALS or is_cue(verb.lemma_, "carrier_verb") or _MODAL_FORMS.match(verb.lower_) is not None


# `avoir` and `être` in the imperfect: read on the surface, a parse without lemmas knows them too
_IMPERFECT_AUXILIARIES = frozenset(
    "avais avait avions aviez avaient étais était étions étiez étaient etais etait etions etiez etaient".split()
)


def is_pluperfect(span: Span) -> bool:
    """The clause governing the span is in the pluperfect (`avait téléphoné lundi`, `s'étaient vus
    jeudi`): an act before a past moment of the story, so never the day the paper is written."""
    if not span.doc.has_annotation("DEP"):
        return False
    for word in _head_chain(span)[1:]:  # the first word up with a tense auxiliary: a participle the
        auxes = [c for c in word.children if c.dep_.startswith("aux") and _tense_auxiliary(c, word)]
        if auxes:  # tagger took for a noun (`avait téléphoné lundi`) has one too
            return any(a.lower_ in _IMPERFECT_AUXILIARIES for a in auxes)
    return False


def _active_past_of_plan(auxes: list[Token]) -> bool:
    """`a ajourné son dossier samedi`: a compound past with `avoir` tells when a plan was made. The
    planning participles are transitive, so with `être` they are passive, whatever the parser says
    (`Xi Jinping est attendu dimanche à Paris`, its `est` tagged as a tense auxiliary): ahead."""
    if any(a.dep_ == "aux:pass" for a in auxes):
        return False
    return any(a.dep_ == "aux:tense" and a.lower_ not in _ETRE for a in auxes)


def _copular_tense(predicate: Token) -> str | None:
    """past or future of a noun or adjective predicate told with a compound or future copula (`a été
    la cible de`, `avait été la cible`, `sera la cible`); None for a present copula or no copula,
    left to the rules for noun phrases (`les routes sont ouvertes vendredi`)."""
    cop = next((c for c in predicate.children if c.dep_ == "cop"), None)
    if cop is None:
        return None
    auxes = [c for c in predicate.children if c.dep_.startswith("aux")]
    for tok in auxes + [cop]:
        if tok.morph.get("VerbForm", []) != ["Fin"]:
            continue
        if tok in auxes and _conditional_past(tok):
            return "past"  # `aurait été la cible de frappes mardi`: said of a day gone by
        if _future_form(tok):
            return "future"
        if tok in auxes or set(tok.morph.get("Tense", [])) & {"Past", "Imp"}:
            return "past"
        return None
    return None


def _reflexive_past(word: Token) -> str | None:
    """`les négociations se sont ouvertes jeudi`: the tagger takes the participle of a pronominal
    verb for an adjective (`sont` as copula or auxiliary); with its reflexive clitic it is a compound tense,
    past unless the auxiliary is future or conditional. None for any other word."""
    if word.pos_ != "ADJ" or not any(c.dep_.startswith("expl") and c.lower_ in _REFLEXIVE for c in word.children):
        return None
    cop = next((c for c in word.children if c.dep_.startswith(("cop", "aux")) and c.lower_ in _ETRE), None)
    if cop is None:
        return None
    return "future" if _future_form(cop) and not _conditional_past(cop) else "past"


_REFLEXIVE = frozenset({"se", "s'", "s’"})
# `être` as the auxiliary of a pronominal verb (read on the surface: the date pipe has no lemmas)
_ETRE = frozenset({"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent"})


def _postponed_to(span: Span, verb: Token, auxes: list[Token]) -> bool:
    """The span is the new day of a postponement (`reporté au 3 mai`, `repoussé à décembre`), told
    in the present or the compound past; a pluperfect (`avait été reporté à juin`) may be over."""
    if not is_cue(verb.text, "postponed_to") or any("Imp" in a.morph.get("Tense", []) for a in auxes):
        return False
    first = next((t for t in span if not t.is_space), span.root)
    case = [c.lower_ for c in span.root.children if c.dep_ == "case"]
    return first.lower_ in _TO or any(c in _TO for c in case)


_TO = frozenset({"à", "au", "aux", "a"})


def _completive_before(span: Span, verb: Token) -> Token | None:
    """The head of a `que` clause of `verb` that ends right before the date (punctuation aside), when the
    parser hung the date on `verb` itself; None otherwise."""
    if verb.pos_ not in _VERBAL or span.root.head.i != verb.i:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not verb.i < clause.i < span.start:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in {"que", "qu'", "qu’"} for c in clause.children):
            continue
        between = span.doc[clause.right_edge.i + 1 : span.start]  # the article of the date (`le 20 mars`)
        if all(span.start <= t.head.i < span.end for t in between):
            return clause
    return None


def _bare_adverbial(day: Token) -> bool:
    """A day named with no preposition of its own (`samedi`, not `de samedi`, `du 30 mai`), hung on a
    noun as a modifier."""
    return day.dep_ in {"nmod", "obl:mod", "appos"} and not any(c.dep_ == "case" for c in day.children)


def _head_chain(span: Span) -> list[Token]:
    """The span's root and its heads, up to the first verb outside the span (at most four steps)."""
    token = span.root
    chain = [token]
    for _ in range(4):
        inside = span.start <= token.i < span.end
        if (token.pos_ in _VERBAL and not inside) or token.head is token:
            break
        token = token.head
        chain.append(token)
    return chain


def _future_form(tok: Token) -> bool:
    """A finite verb in the future (`sera`) or the conditional (`serait`, which the tagger does not mark).
    A third person of the future is read on the surface too: in a relative clause the tagger may call
    it a past (`que M. Poutine recevra samedi`)."""
    if "Fut" in tok.morph.get("Tense", []) or _CONDITIONAL.search(tok.lower_) is not None:
        return True
    return tok.pos_ in _VERBAL and _FUTURE_THIRD.search(tok.lower_) is not None


def _conditional_past(aux: Token) -> bool:
    """An auxiliary in the conditional (`auraient` été touchés, se `serait` entretenu): with a
    participle it is the conditional past, which news uses for what is reported but not confirmed
    (`des villages auraient été touchés mardi`): a day gone by, unlike the future perfect (`aura`)."""
    return "Fut" not in aux.morph.get("Tense", []) and _CONDITIONAL.search(aux.lower_) is not None


def _tense_auxiliary(aux: Token, verb: Token) -> bool:
    """The auxiliary of a compound tense: `avoir`, or `être` of a pronominal verb (`se seraient
    entretenus`, which the parser labels passive), not the passive's `être` (`serait attendu`). `avoir`
    makes no passive: labelled so (`avaient échangé`), it is the tense's."""
    if aux.dep_ == "aux:tense" or (aux.dep_ == "aux:pass" and aux.lemma_ == "avoir"):
        return True
    return aux.dep_ == "aux:pass" and any(c.dep_.startswith("expl") and c.lower_ in _REFLEXIVE for c in verb.children)


def _plan_told_in_past(participle: Token, auxes: list[Token]) -> bool:
    """`Le sommet, prévu le 12 juin, a été annulé`: a bare participle of planning on a noun whose clause
    is in the past tells a plan that may have passed, as `était prévu` does: the nearest day, not the
    coming one."""
    if auxes or participle.dep_ != "acl":
        return False
    governor = next((t for t in participle.head.ancestors if t.pos_ in _VERBAL), None)
    return governor is not None and verb_tense(governor) == "past"


def _present_read_as_simple_past(verb: Token) -> bool:
    """`les ministres se réunissent mercredi`, `ils agissent`: the tagger may read a present plural in
    `-issent` as a past (the form is also the imperfect subjunctive), but no simple past of the indicative
    ends in `-ent` other than `-rent` (`réunirent`, `rencontrèrent`); the form is the present."""
    form = verb.lower_
    return (
        "Ind" in verb.morph.get("Mood", [])
        and "Past" in verb.morph.get("Tense", [])
        and form.endswith("ent")
        and not form.endswith("rent")
    )


def verb_tense(verb: Token) -> str | None:
    """past/present/future of a verb with its auxiliaries, from spaCy morphology."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if verb.morph.get("VerbForm", []) == ["Inf"] and verb.head.lower_ in _ALLER:
        return "future"
    if verb.morph.get("VerbForm", []) == ["Inf"] and verb.dep_ == "xcomp" and is_cue(verb.head.lemma_, "causative"):
        return verb_tense(verb.head)  # `a fait savoir lundi`, `a laissé entendre mardi`: the causative's tense
    for tok in auxes + [verb]:
        if tok.morph.get("VerbForm", []) != ["Fin"]:
            continue
        if _tense_auxiliary(tok, verb) and verb.morph.get("VerbForm", []) == ["Part"] and _conditional_past(tok):
            return "past"
        if _future_form(tok):
            return "future"
        if tok in auxes and (verb.morph.get("VerbForm", []) == ["Part"] or tok.dep_ == "aux:tense"):
            # `a interdit mardi`: a compound past, though the tagger may read the participle as finite
            return "past"
        if set(tok.morph.get("Tense", [])) & {"Past", "Imp"} and not _present_read_as_simple_past(tok):
            return "past"
        return "present"
    governor = verb.head
    if (
        verb.dep_ in ("xcomp", "ccomp")
        and (governor.lemma_ in _MODALS or _MODAL_FORMS.match(governor.lower_))
        and governor.morph.get("VerbForm", []) == ["Fin"]
    ):
        # `doit être adopté en décembre`, `devrait avoir lieu mardi`: what is due is ahead;
        # `espérait gagner ... en février` (imperfect) may be over: the nearest occurrence
        tense = governor.morph.get("Tense", [])
        if _CONDITIONAL.search(governor.lower_):
            return "future"
        return "past" if "Past" in tense else None if "Imp" in tense else "future"
    if verb.morph.get("VerbForm", []) == ["Inf"] and governor.i != verb.i and _PROMISE_FORMS.match(governor.lower_):
        return "future"
    if not auxes and verb.pos_ in _VERBAL and _FUTURE_THIRD.search(verb.lower_) is not None:
        return "future"  # `rejoindra`, `reviendra` tagged as a past participle: the form is a future
    if verb.morph.get("VerbForm", []) == ["Part"] and "Past" in verb.morph.get("Tense", []):
        return "past"
    if verb.morph.get("VerbForm", []) == ["Part"] and governor.i != verb.i and governor.pos_ in _VERBAL:
        # a present participle or gerund has no tense of its own: `a riposté en expulsant samedi
        # vingt diplomates` acts at its verb's time
        return verb_tense(governor)
    return None
