"""Why core events of the dev set are missed, in counts only (`python scripts/eval_misses.py [PART]`).

For every missed core event of one part of the dev set (`checking` by default), the article is parsed
again and the sentence of the gold evidence is looked at: was a trigger of the gold type found there,
a mention kept, and how many gold participant slots does that mention fill? The answer is one class
per miss, printed as counts per event type, never the text: the checking part tells whether rules
generalise only as long as nobody reads it. The classes point to the step to work on:

- `no trigger`: the lexicon (models/events/triggers.csv);
- `trigger, no mention`: the trigger was voided, or it found no participant;
- `mention, one side`: the arguments or the sides inherited from the article (events/chains.py);
- `mention, both sides, merged away`: merging inside the article (events/merge.py).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import eval_dev  # noqa: E402
from eval_across import load_scorer  # noqa: E402
from eval_probes import extract  # noqa: E402

from pipeline.articles.formats import read_file  # noqa: E402
from pipeline.events import extractor as x  # noqa: E402
from pipeline.events.arguments import event_arguments, governing_verb  # noqa: E402
from pipeline.events.phrases import preposition  # noqa: E402
from pipeline.nlp.extensions import ACTORS_KEY, PLACES_KEY  # noqa: E402
from pipeline.nlp.pipeline import build_nlp, parse_long_article  # noqa: E402


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _missed(out: Path, gold: Path) -> list[str]:
    """Ids of the core (not optional) gold events the shared scorer reports missed."""
    listing = subprocess.run(
        [sys.executable, str(eval_dev.SCORER), str(out), str(gold)], capture_output=True, text=True, check=True
    ).stdout
    return [m[0] for m in re.findall(r"MISS (e\d+) \w+( \(optional\))?", listing) if not m[1]]


def _filled(scorer: ModuleType, names: list[str], event: dict) -> int:
    """How many of the gold event's participant slots these names fill, as the shared scorer counts."""
    return sum(1 for slot in event["actors"] if any(scorer.name_matches(n, slot) for n in names))


def classify(out: Path, golds: list[Path]) -> collections.Counter[tuple[str, str]]:
    """(event type, class) -> how many missed core events of these gold files fall in it."""
    scorer, nlp = load_scorer(), build_nlp()
    matcher = nlp.get_pipe(next(n for n in nlp.pipe_names if "event" in n)).matcher
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in golds:
        missed = _missed(out, path)
        if not missed:
            continue
        gold = {e["id"]: e for e in json.loads(path.read_text(encoding="utf-8"))["events"]}
        stem = path.name.removesuffix(".gold.json")
        source = next(
            p for p in eval_dev.DEV.iterdir() if p.name.startswith(stem) and not p.name.endswith((".gold.json", ".md"))
        )
        doc = parse_long_article(nlp, next(iter(read_file(source, source.name))))
        known = doc._.actors or {}
        triggers = matcher.find_triggers(doc)
        for eid in missed:
            event = gold[eid]
            evidence = _words(event["evidence"])
            sent = next((s for s in doc.sents if evidence[:40] in _words(s.text) or _words(s.text) in evidence), None)
            if sent is None:
                counts[event["type"], "evidence sentence not found"] += 1
                continue
            mentions = [
                m
                for m in doc._.event_mentions or []
                if m.event_type == event["type"] and sent.start_char <= m.trigger_start < sent.end_char
            ]
            if mentions:
                named = [[known[a].label if a in known else a for a in m.actors] for m in mentions]
                best = max(_filled(scorer, names, event) for names in named)
                need = min(2, len(event["actors"]))
                kind = "mention, both sides, merged away" if best >= need else f"mention, {best} of {need} sides"
                if best >= need:
                    kind += _merged_how(mentions, event)
                elif best == 1:
                    in_sentence = [s.label for s in (known.get(x._.actor_id) for x in _actor_spans(doc, sent)) if s]
                    top = max(named, key=lambda names: _filled(scorer, names, event))
                    kind += side_missing(scorer, top, in_sentence, event)
                    if "named in its sentence" in kind:
                        kind += " " + shape(min(mentions, key=lambda m: m.trigger_start), doc)
            elif any(t.event_type == event["type"] and sent.start <= t.head.i < sent.end for t in triggers):
                heads = [
                    t.head for t in triggers if t.event_type == event["type"] and sent.start <= t.head.i < sent.end
                ]
                named = {x._.actor_id for x in _actor_spans(doc, sent)}
                kind = f"trigger, no mention ({heads[0].pos_}, {min(len(named), 2)} actors in its sentence"
                first = next(t for t in triggers if t.event_type == event["type"] and t.head.i == heads[0].i)
                kind += f"; {why_dropped(doc, first, triggers)})"
            elif any(sent.start <= t.head.i < sent.end for t in triggers):
                kind = "only triggers of another type"
            else:
                kind = "no trigger"
            counts[event["type"], kind] += 1
    return counts


def shape(mention, doc) -> str:
    """The parse around a mention's trigger, in labels and function words: its part of speech, relation,
    preposition, the part of speech and relation of the word it hangs on, and its governing verb's lemma."""
    head = next((t for t in doc if t.idx == mention.trigger_start), None)
    if head is None:
        return "[?]"
    verb = governing_verb(head) if head.pos_ == "NOUN" else head
    return (
        f"[{head.pos_} {head.dep_} under {preposition(head) or '-'}, on {head.head.pos_} {head.head.dep_}, "
        f"verb {verb.lemma_ if verb is not None else '-'}]"
    )


def why_dropped(doc, trigger, triggers) -> str:
    """The name of the extractor's rule that set a trigger aside before its mention was built, or how many
    participants its arguments found when none did: a rule's name, never the text."""
    head, kind = trigger.head, trigger.event_type
    calls = {t.head.i for t in triggers if t.event_type == "call"}
    same = [t for t in triggers if t.head.sent.start == head.sent.start]
    others = frozenset(t.head.i for t in same if t.head.i != head.i)
    rule = x.set_aside_by(trigger, calls, others, same)
    if rule is not None:
        return f"set aside by {rule}"
    actors, places = x.actor_index(doc, ACTORS_KEY), x.actor_index(doc, PLACES_KEY)
    args = event_arguments(head, kind, trigger.cameo, actors, places, others, verb_trigger=x._lexicon_verb(trigger))
    if args.actors:
        return f"arguments found {min(len(args.actors), 2)} participants"
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), "-")
    verb = governing_verb(head) if head.pos_ == "NOUN" else head
    phrase = {t.i for t in verb.subtree} if verb is not None else set()
    in_clause = sum(1 for i in actors if i in phrase)
    return (
        f"arguments found 0; {head.dep_} under {preposition(head) or '-'}, det {det}, "
        f"verb {verb.lemma_ if verb is not None else '-'}, {min(in_clause, 2)} actors in the verb's phrase"
    )


def _actor_spans(doc, sent) -> list:
    """The actor mentions the resolver found in one sentence."""
    return [x for x in doc.spans.get("actors", []) if sent.start <= x.start < sent.end and x._.actor_id]


def side_missing(scorer: ModuleType, names: list[str], in_sentence: list[str], event: dict) -> str:
    """Which of the two first gold sides a one-sided mention (`names`) lacks, the initiator (imposer,
    attacker, caller, host) or the other side, and whether an actor of the event's sentence
    (`in_sentence`) would fill it: the side was found in the text but not given to the event, or it
    must come from elsewhere in the article."""
    slots = event["actors"][:2]
    missing = [i for i, slot in enumerate(slots) if not any(scorer.name_matches(n, slot) for n in names)]
    if not missing:
        return ""
    which = "initiator missing" if missing[0] == 0 else "other side missing"
    slot = slots[missing[0]]
    where = "named in its sentence" if any(scorer.name_matches(n, slot) for n in in_sentence) else "not in its sentence"
    return f" ({which}, {where})"


def _merged_how(mentions: list, event: dict) -> str:
    """How the mentions of a merged-away event were told, in words that name no text: dated as the
    gold event, dated otherwise or undated, and the merge flags they carry."""
    gold = event.get("date")
    start, end = (gold, gold) if isinstance(gold, str) else (tuple(gold) if gold else (None, None))
    dated = [m for m in mentions if m.date is not None and m.date.start is not None]
    if not dated:
        when = "undated"
    elif start is None:
        when = "dated, gold undated"
    else:
        fits = any(str(m.date.start) <= end and start <= str(m.date.end or m.date.start) for m in dated)
        when = "dated as gold" if fits else "dated otherwise"
    names = ("another", "refers_back", "pair", "earlier", "counted")
    flags = sorted({f for m in mentions for f in names if getattr(m, f)})
    return f" ({when}{'; ' + ', '.join(flags) if flags else ''})"


def _spurious(out: Path, gold: Path) -> list[tuple[str, str]]:
    """(type, evidence) of the predicted events the shared scorer reports as spurious for one gold file."""
    listing = subprocess.run(
        [sys.executable, str(eval_dev.SCORER), str(out), str(gold)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"SPURIOUS (\w+) .*? :: (.*)", listing)


def classify_spurious(out: Path, golds: list[Path]) -> collections.Counter[tuple[str, str]]:
    """(event type, class) -> how many predicted events of these gold files' articles match no gold event.

    The class says whether a gold event shares the evidence sentence (the right sentence told with
    wrong participants, a duplicate, or the wrong type) or none does (a trigger that should not fire),
    with the trigger's lemma and relation: words of the lexicon, never the text."""
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    nlp = None
    for path in golds:
        spurious = _spurious(out, path)
        if not spurious:
            continue
        nlp = nlp or build_nlp()
        gold = json.loads(path.read_text(encoding="utf-8"))["events"]
        stem = path.name.removesuffix(".gold.json")
        source = next(
            p for p in eval_dev.DEV.iterdir() if p.name.startswith(stem) and not p.name.endswith((".gold.json", ".md"))
        )
        doc = parse_long_article(nlp, next(iter(read_file(source, source.name))))
        for event_type, evidence in spurious:
            words = _words(evidence)
            sent = next((s for s in doc.sents if words[:40] in _words(s.text) or _words(s.text) in words), None)
            if sent is None:
                counts[event_type, "evidence sentence not found"] += 1
                continue
            near = sorted(
                {
                    e["type"]
                    for e in gold
                    if _words(e["evidence"])[:40] in _words(sent.text) or _words(sent.text) in _words(e["evidence"])
                }
            )
            mention = next(
                (
                    m
                    for m in doc._.event_mentions or []
                    if m.event_type == event_type and sent.start_char <= m.trigger_start < sent.end_char
                ),
                None,
            )
            head = next((t for t in doc if mention is not None and t.idx == mention.trigger_start), None)
            lemma = f"{head.lemma_} {head.pos_} {head.dep_}" if head is not None else "?"
            where = f"gold {'/'.join(near)} in its sentence" if near else "no gold event in its sentence"
            counts[event_type, f"{where} [trigger {lemma}]"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", nargs="?", default="checking", choices=("checking", "tuning"))
    parser.add_argument("--spurious", action="store_true", help="classify the false positives instead of the misses")
    args = parser.parse_args(argv)
    golds = eval_dev.split_parts(sorted(eval_dev.DEV.glob("*.gold.json")))[args.part]
    with tempfile.TemporaryDirectory(prefix="eval-misses-") as tmp:
        out = Path(tmp) / "out"
        extract(eval_dev.DEV, out, Path(tmp) / "raw")
        counts = classify_spurious(out, golds) if args.spurious else classify(out, golds)
    for (event_type, kind), n in sorted(counts.items()):
        print(f"  {n:>3}  {event_type:<9} {kind}")
    what = "spurious events" if args.spurious else "missed core events"
    print(f"  {sum(counts.values()):>3}  {what} of the {args.part} part")
    return 0


if __name__ == "__main__":
    sys.exit(main())
