"""The ``azpk-corpus`` command. Errors become one line on stderr and an exit code, here only.

Exit codes: 0 every article built (validate: the folder is valid), 1 some files rejected
(see rejects.jsonl; validate: problems found), 2 usage or fatal error (nothing written).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._version import __version__
from .errors import AzpkError, OutputFileError, UsageError

EXIT_OK, EXIT_REJECTS, EXIT_ERROR = 0, 1, 2


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="azpk-corpus",
        description="Build and inspect the azpk-corpus dataset of articles on Azerbaijan-Pakistan relations.",
        epilog="Exit codes: 0 all built, 1 some files rejected, 2 usage or fatal error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = sub.add_parser(
        "build",
        help="build a corpus folder from a folder of raw .txt (or saved .html) articles",
        description="Read every *.txt and *.html in SOURCE_DIR (and SOURCE_DIR/catalog.json if present) and write "
        "OUT_DIR: one Parquet file per config (articles, facts, authors, claims), a README.md dataset card and "
        "rejects.jsonl. OUT_DIR is replaced only once the new build is complete. SOURCE_DIR may also be a text "
        "file listing the raw files, one path per line (relative to its folder, where catalog.json is looked for).",
    )
    build.add_argument(
        "source_dir",
        type=Path,
        metavar="SOURCE_DIR",
        help="folder of raw .txt or .html articles, or a file listing them",
    )
    build.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder to write (created or replaced)")
    build.add_argument("--force", action="store_true", help="replace OUT_DIR even if it is not a corpus folder")
    build.add_argument("--strict", action="store_true", help="exit 1 and write nothing if any file is rejected")
    build.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="reject raw files larger than N bytes without reading them (default: 5000000)",
    )
    build.add_argument(
        "-j",
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="processes building articles (default: every core); the output is the same for any N",
    )
    build.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="who builds the articles: local processes (default), or Ray Data, on a local Ray or the cluster "
        "RAY_ADDRESS names (needs: pip install 'azpk-corpus[ray]'); the output is the same",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    evaluate = sub.add_parser(
        "evaluate",
        help="score a built corpus folder against a gold file",
        description="Score the articles of a built folder against a gold file (the format of "
        "tests/gold_seeds.json): body P/R/F1, title exact match, author and bio F1, boilerplate "
        "leaks, fact recall/values/precision, and, when the gold lists cross_article groups, which were found "
        "with the right label and every conflict the build reports. Prints JSON; --details adds per-page misses.",
    )
    evaluate.add_argument("corpus_dir", type=Path, metavar="DIR", help="a folder written by 'azpk-corpus build'")
    evaluate.add_argument("gold", type=Path, metavar="GOLD_JSON", help='gold file: {"articles": [...]}')
    evaluate.add_argument("--details", action="store_true", help="also list missed, wrong and unsupported facts")
    validate = sub.add_parser(
        "validate",
        help="check a built folder fully: checksums, row counts, schemas, every record",
        description="Check every file of DIR against its manifest.json (present, size, sha256, row count, nothing "
        "unlisted), each Parquet file's Arrow schema, every record against its config's JSON Schema, the dataset "
        "card's YAML header and croissant.json's checksums. Exit 0 when valid, 1 when problems are found (one line "
        "each), 2 when DIR has no manifest.",
    )
    validate.add_argument("corpus_dir", type=Path, metavar="DIR", help="a folder written by 'azpk-corpus build'")
    diff = sub.add_parser(
        "diff",
        help="list the records two built folders add, remove and change",
        description="Compare the records of OLD_DIR and NEW_DIR by id (articles, facts), name (authors) and "
        "matter (claims): added, removed and changed records with the changed fields, and the version bump the "
        "versioning rule asks for. With one folder, OLD_DIR is the corpus shipped in this package. --markdown "
        "prints the CHANGELOG data section.",
    )
    diff.add_argument("dirs", type=Path, nargs="+", metavar="[OLD_DIR] NEW_DIR", help="built folders")
    fmt = diff.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON instead of text")
    fmt.add_argument("--markdown", action="store_true", help="print the CHANGELOG data section")
    explore = sub.add_parser(
        "explore",
        help="write a self-contained HTML page to look at a corpus",
        description="Render DIR (default: the corpus shipped in the package) as one HTML file with no network "
        "access: corpus stats, a timeline of every dated fact (one lane per article), the claims where articles "
        "agree or conflict, and a card per article with its facts highlighted and its removed lines.",
    )
    explore.add_argument(
        "corpus_dir", type=Path, nargs="?", metavar="DIR", help="a folder written by 'azpk-corpus build'"
    )
    explore.add_argument("-o", "--output", type=Path, default=Path("report.html"), metavar="FILE",
                         help="HTML file to write (default: report.html)")  # fmt: skip
    return parser


def _explore(args: argparse.Namespace) -> int:
    from .explore import render_report
    from .loader import load_corpus

    corpus = load_corpus(args.corpus_dir)
    page = render_report(corpus)
    tmp = args.output.with_name(f".{args.output.name}.tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        tmp.replace(args.output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputFileError(f"{args.output}: cannot be written ({exc.strerror}); choose another -o FILE") from exc
    print(f"wrote {args.output} ({len(page.encode()):,} bytes, {len(corpus)} articles)")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from .validate import validate_folder

    report = validate_folder(args.corpus_dir)
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    state = "valid" if report.ok else f"INVALID, {len(report.problems)} problem(s)"
    print(f"{report.folder}: {state}; {report.files} files and {report.records} records checked")
    return EXIT_OK if report.ok else EXIT_REJECTS


def _diff(args: argparse.Namespace) -> int:
    import json

    from .diff import diff_folders, render_markdown, render_text
    from .loader import dataset_dir

    if len(args.dirs) > 2:
        raise UsageError("diff takes one or two folders: [OLD_DIR] NEW_DIR")
    old, new = args.dirs if len(args.dirs) == 2 else (dataset_dir(), args.dirs[0])
    result = diff_folders(old, new)
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        print(render_markdown(result) if args.markdown else render_text(result), end="" if args.markdown else "\n")
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    import json

    from .errors import DataFormatError
    from .evaluate import score_article, score_claims, summary
    from .loader import load_corpus

    try:
        data = json.loads(args.gold.read_text(encoding="utf-8"))
        gold, cross = data["articles"], data.get("cross_article", [])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFormatError(f"{args.gold}: not a readable gold file with an 'articles' list ({exc})") from exc
    corpus = load_corpus(args.corpus_dir)
    built = {a.source_file: a for a in corpus}
    scores = [score_article(built.get(g["source_file"]), g) for g in gold]
    result: dict[str, object] = {"summary": summary(scores)}
    if cross:
        found = score_claims(corpus.claims, list(corpus), cross)
        result["cross_article"] = {
            "groups_right": f"{sum(s.right for s in found)}/{len(found)}",
            "groups": [{"topic": s.topic, "gold": s.gold_label, "built": s.found, "label": s.label} for s in found],
            "conflicts_reported": [
                {"id": g.id, "kind": g.kind, "reason": g.reason} for g in corpus.claims if g.label == "conflict"
            ],
        }
    if args.details:
        result["pages"] = [
            {"file": s.source_file, "body_f1": s.body[2], "title_ok": s.title_ok, "author_f1": s.author_f1,
             "leaks": s.leaks, "missed_facts": s.missed_facts, "wrong_values": s.wrong_values,
             "unsupported_facts": s.unsupported_facts}
            for s in scores
        ]  # fmt: skip
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from .runner import build

    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(desc="building", unit="article", file=sys.stderr, mininterval=0.5)

    def progress(done: int, total: int, name: str) -> None:
        if bar is not None:
            bar.total = total
            bar.update(1)

    try:
        limit = {} if args.max_bytes is None else {"max_bytes": args.max_bytes}
        report = build(
            args.source_dir,
            args.out_dir,
            force=args.force,
            progress=progress,
            strict=args.strict,
            workers=args.workers,
            engine=args.engine,
            **limit,
        )
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        for note in report.notes:
            print(f"note: {note}", file=sys.stderr)
        for reject in report.rejects:
            print(f"rejected: {reject.message} [{reject.reason}]", file=sys.stderr)
        written = "nothing written (--strict)" if report.rejects and args.strict else f"wrote {report.out_dir}"
        by_reason = ", ".join(f"{reason} {n}" for reason, n in sorted(report.reasons.items()))
        rejected = f"rejected {len(report.rejects)}" + (f" ({by_reason})" if by_reason else "")
        print(f"built {report.built} article(s), {rejected}; {written}")
    return EXIT_REJECTS if report.rejects else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``azpk-corpus`` command."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "explore":
            return _explore(args)
    except AzpkError as exc:
        print(f"azpk-corpus: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("azpk-corpus: interrupted; OUT_DIR was left as it was", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_ERROR  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
