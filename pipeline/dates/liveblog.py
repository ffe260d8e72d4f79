"""The day of a live blog's entry: `10h15 – Le Trésor annonce ...` under `Mardi 12 août 2025`.

A live blog (`EN DIRECT`) stamps each entry with a clock time and groups the entries of one day
under a header; what an entry tells in the present or the compound past without a date of its own
happened that day. The day is the latest header line above the entry (a line that is a date and
little else), else the publication day. A text with fewer than `MIN_ENTRIES` stamped lines is no
live blog: one paragraph opening on `10h30 :` in a report says nothing of the others.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from pipeline.nlp.tokens import doc_text
from pipeline.schema import DateValue

# `10h15 –`, `07h05.`, `22h40` alone on its line, `10:15 -`
_STAMP = re.compile(r"[ \t]*(\d{1,2} ?[hH:] ?\d{2})(?![\d%])[ \t]*(?:[–—-]|\.(?!\d)|:)?")
_DASH = re.compile(r"[ \t]*[–—-]")
MIN_ENTRIES = 3
# words a header line may hold beside its date (`Mardi 12 août 2025`, `Publié le 14 juin`)
_HEADER_EXTRA_WORDS = 2


@dataclass(frozen=True)
class LiveBlog:
    """Each line's start offset, and for the lines of an entry the entry's day and time stamp."""

    line_starts: list[int]
    entries: dict[int, DateValue]  # line number -> the entry's day, as a date found at its stamp

    def day_at(self, char: int) -> DateValue | None:
        """The entry day of the line holding that character, None off an entry."""
        return self.entries.get(bisect_right(self.line_starts, char) - 1)


def live_blog(doc: Doc, date_spans: list[Span], published: date | None) -> LiveBlog | None:
    """The entries of a live blog and their days, or None when the text is no live blog."""
    text = doc_text(doc)
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    stamps = _stamped_lines(lines, starts)
    if len(set(stamps.values())) < MIN_ENTRIES:
        return None
    headers = _header_days(lines, starts, date_spans)
    entries: dict[int, DateValue] = {}
    day = published
    for n in range(len(lines)):
        day = headers.get(n, day)
        if n in stamps and day is not None:
            s, e = stamps[n]
            entries[n] = DateValue(text[s:e], s, e, day, day, "day", "date")
    return LiveBlog(starts, entries)


def _stamped_lines(lines: list[str], starts: list[int]) -> dict[int, tuple[int, int]]:
    """Line number -> offsets of the stamp of its entry: a line opening on a stamp, or a dash line
    right under a stamp alone on its line (`22h40` / `– Donald Trump a annoncé ...`)."""
    out: dict[int, tuple[int, int]] = {}
    bare: tuple[int, int] | None = None  # the stamp alone on the last non-empty line
    for n, line in enumerate(lines):
        m = _STAMP.match(line)
        stamp = (starts[n] + m.start(1), starts[n] + m.end(1)) if m else None
        told = line[m.end() :].strip() if m else line.strip()  # the entry's text after its stamp
        if stamp and told:
            out[n] = stamp
        elif bare is not None and _DASH.match(line):
            out[n] = bare
        if line.strip():
            bare = stamp if stamp and not told else None
    return out


def _header_days(lines: list[str], starts: list[int], date_spans: list[Span]) -> dict[int, date]:
    """Line number -> day, for the lines that are a date and little else (`Dimanche 11 mai`)."""
    out: dict[int, date] = {}
    for span in date_spans:
        value = span._.date_value
        if value is None or value.precision != "day" or value.start is None or value.end not in (None, value.start):
            continue  # one day, not the night of Saturday to Sunday
        n = bisect_right(starts, span.start_char) - 1
        rest = lines[n].replace(span.text, " ", 1)
        if len(re.findall(r"[^\W\d_]+", rest)) <= _HEADER_EXTRA_WORDS:
            out[n] = value.start
    return out
