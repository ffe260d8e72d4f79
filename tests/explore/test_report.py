"""report.html: content and escaping on hand-made tables, then rendered in a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.explore.processed import load_processed
from pipeline.explore.report import render_report, write_report
from pipeline.outputs.tables import frame
from pipeline.schema import ACTOR_COLUMNS, ARTICLE_COLUMNS, EDGE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS

# Article text is untrusted: if it reached the page unescaped, this would log to the console.
INJECTED = '<script>console.error("injected")</script><img src=x onerror="console.error(1)">'


def _event(event_id, event_type, start, status, actors, evidence):
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update(
        event_id=event_id,
        event_type=event_type,
        date_start=start,
        date_end=start,
        status=status,
        date_text=start,
        actors=actors,
        articles="a1",
        evidence=evidence,
        char_start=0,
        char_end=len(evidence),
        confidence=0.9,
        trigger="appelé",
        mentions=1,
        n_articles=1,
    )
    return row


TABLES = {
    "events": (
        [
            _event("e1", "call", "2025-03-01", "occurred", "Russie|France", "La France a appelé la Russie."),
            _event("e2", "meeting", "2025-03-05", "planned", "Russie|Ukraine", f"Une réunion {INJECTED} est prévue."),
            _event("e3", "strike", "2025-03-09", "occurred", "Russie|Ukraine", "La Russie a frappé Kiev."),
            _event("e4", "statement", None, "negated", "Ukraine", "Kiev dément."),
        ],
        EVENT_COLUMNS,
    ),
    "actors": (
        [
            {"Id": "state:RUS", "Label": "Russie", "actor_type": "state", "mentions": 3, "articles": 1},
            {"Id": "state:UKR", "Label": "Ukraine", "actor_type": "state", "mentions": 2, "articles": 1},
            {"Id": "state:FRA", "Label": "France", "actor_type": "state", "mentions": 1, "articles": 1},
            {"Id": "person:x", "Label": f"X {INJECTED}", "actor_type": "person", "mentions": 1, "articles": 1},
        ],
        ACTOR_COLUMNS,
    ),
    "edges": (
        [
            {"Source": "state:FRA", "Target": "state:RUS", "Type": "Directed", "Weight": 1, "relations": "called"},
            {"Source": "state:RUS", "Target": "state:UKR", "Type": "Directed", "Weight": 2, "relations": "struck"},
            {"Source": "person:x", "Target": "state:UKR", "Type": "Undirected", "Weight": 1, "relations": "co_occurs"},
        ],
        EDGE_COLUMNS,
    ),
    "mentions": ([], MENTION_COLUMNS),
    "articles": (
        [
            {
                "id": "a1",
                "path": "a1.txt",
                "title": f"Titre {INJECTED}",
                "published": "2025-03-10",
                "chars": 300,
                "status": "ok",
            },
            {"id": "cassé.pdf", "path": "cassé.pdf", "status": "error", "error": f"unreadable {INJECTED}"},
        ],
        ARTICLE_COLUMNS,
    ),
}


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("processed")
    for name, (rows, columns) in TABLES.items():
        frame(rows, columns, name).to_csv(folder / f"{name}.csv", index=False)
    return folder


@pytest.fixture(scope="module")
def page(processed) -> str:
    return render_report(load_processed(processed), generated=datetime(2025, 3, 11, 8, 30, tzinfo=timezone.utc))


def test_write_report_default_path(processed, tmp_path):
    assert write_report(processed) == processed / "report.html"
    assert write_report(processed, tmp_path / "sub" / "r.html").is_file()


def test_report_escapes_article_text(page):
    assert "injected" in page  # the text is shown...
    assert '<script>console.error("injected")' not in page  # ...never run
    assert "<img src=x" not in page
    assert "&lt;script&gt;console.error(&quot;injected&quot;)&lt;/script&gt;" in page


def test_report_needs_no_network(page):
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", page)
    assert not re.search(r"<link[^>]*href=", page)
    assert page.count("Plotly.newPlot") == 2  # timeline and graph, one inlined library


@pytest.mark.parametrize(
    "row",
    [
        '<tr><td>call</td><td class="num">1</td></tr>',
        '<tr><td>statement</td><td class="num">1</td></tr>',
        '<tr><td>occurred</td><td class="num">2</td></tr>',
        '<tr><td>postponed</td><td class="num">0</td></tr>',
    ],
)
def test_report_counts_events_by_type_and_status(page, row):
    assert row in page


def test_report_header_and_error_list(page):
    assert "Generated 2025-03-11 08:30 UTC" in page
    assert "2 articles (1 with errors), 4 events, 4 actors, 3 ties" in page
    errors = page.split("<h2>Articles with errors</h2>")[1].split("<h2>")[0]
    assert "<td>cassé.pdf</td>" in errors and "unreadable &lt;script&gt;" in errors


def test_report_events_table_has_every_event_with_evidence(page):
    for event_id, evidence in [
        ("e1", "La France a appelé la Russie."),
        ("e3", "La Russie a frappé Kiev."),
        ("e4", "Kiev dément."),
    ]:
        row = re.search(rf'<tr class="status-\w+" id="{event_id}">(.*?)</tr>', page).group(1)
        assert f"<td class=evidence>{evidence}</td>" in row


# --- a real browser --------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's `chromium` is not installed (apt-get install -y chromium)"
)


def run_chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    """Headless Chromium with no network at all (every host name fails to resolve)."""
    args = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=5000",
        *extra,
        url,
    ]
    return subprocess.run(args, capture_output=True, text=True, timeout=90)


def console_lines(stderr: str) -> list[str]:
    """Messages the page wrote to the console or threw; the report writes none when all is well."""
    return [line for line in stderr.splitlines() if re.search(r":CONSOLE[:(]", line)]


@pytest.fixture(scope="module")
def screenshot(processed, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    folder = tmp_path_factory.mktemp("chromium")
    report = write_report(processed, folder / "report.html")
    png = folder / "report.png"
    done = run_chromium(report.as_uri(), folder / "profile", f"--screenshot={png}", "--window-size=1400,2000")
    return png, done


@needs_chromium
def test_console_check_catches_a_broken_page(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><script>notAFunction();</script></body></html>", encoding="utf-8")
    done = run_chromium(broken.as_uri(), tmp_path / "profile", f"--screenshot={tmp_path / 'b.png'}")
    assert any("notAFunction" in line for line in console_lines(done.stderr))


@needs_chromium
def test_report_console_is_clean(screenshot):
    _, done = screenshot
    assert console_lines(done.stderr) == []


@needs_chromium
def test_report_screenshot_is_not_blank(screenshot):
    from PIL import Image

    png, _ = screenshot
    image = Image.open(png).convert("RGB")
    assert image.size == (1400, 2000)
    colours = image.getcolors(maxcolors=1_000_000)
    assert len(colours) > 200  # text, tables, coloured markers; a blank page has one colour
    white = max(count for count, colour in colours if colour == (255, 255, 255))
    assert white < 0.97 * image.size[0] * image.size[1]


@needs_chromium
def test_report_dom_holds_both_charts(processed, tmp_path):
    report = write_report(processed, tmp_path / "report.html")
    done = run_chromium(report.as_uri(), tmp_path / "profile", "--dump-dom")
    dom = done.stdout
    assert dom.count('class="main-svg"') >= 4  # Plotly draws two SVG layers per chart
    # Every marker was drawn: 6 on the timeline (3 dated events x 2 actors), 4 actor nodes.
    assert len(re.findall(r'<path class="point[ "]', dom)) == 6 + 4
    assert "&lt;script&gt;console.error" in dom
