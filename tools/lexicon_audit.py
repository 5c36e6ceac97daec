"""How many dev sites each chrome pattern of the lexicons matches on.

    python tools/lexicon_audit.py            # the count of patterns by sites matched
    python tools/lexicon_audit.py --one      # and each pattern that matches one site only
    python tools/lexicon_audit.py --truth    # each pattern that matches a line of article text

The lexicons must hold families of chrome, not the phrases of one site. A
pattern that matches lines of a single dev site is the one to read again:
is it written for the family (a copyright line in any wording, a cookie
notice in the words many consent tools use), or for that site's sentence?
A pattern that matches no dev site is normal: most are written from the
family's known forms in each language, and the dev pages hold a few
hundred sites. Every line of every input (the two dumps and the
extractor's output) of both dev sets is tried, not only the lines the
cleaner drops. Reads $NEWSCLEAN_SHARED or ../shared; prints dev lines to
the terminal only.

``--truth`` turns the audit round: it tries every pattern on the text known
to be article, the true text of the article pages split into lines and the
segments of the other pages that must stay, and lists each pattern that
matches one, with the lines (where in the line: the whole line, its start,
or inside it). A line the cleaner would drop is either chrome that the
truth keeps (a copyright line, a caption's credit: leave the pattern) or
prose that only opens as chrome does: tighten the pattern to end where the
chrome ends (a count's heading ends with the post's title, not with a
sentence's full stop).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import load, site

from newsclean.lexicon import Lexicon, load_lexicon

DATASETS = ("articles", "segments")
MAX_CHARS = 600


def site_lines() -> dict[str, set[str]]:
    """Each dev site's distinct stripped lines (3 to ``MAX_CHARS`` characters), every input."""
    lines: dict[str, set[str]] = defaultdict(set)
    for dataset in DATASETS:
        for row in load(dataset):
            for text in row["inputs"].values():
                lines[site(row)].update(
                    s for line in text.splitlines() if 3 <= len(s := line.strip()) <= MAX_CHARS
                )
    return lines


def truth_lines() -> list[tuple[str, str]]:
    """(page id, line) of every line known to be article text, up to ``MAX_CHARS``
    characters (the boilerplate cleaner's limit)."""
    out = []
    for row in load("articles"):
        out += [
            (row["id"][:8], s)
            for line in row["truth"].splitlines()
            if 0 < len(s := " ".join(line.split())) <= MAX_CHARS
        ]
    for row in load("segments"):
        out += [(row["id"][:8], s) for seg in row["with"] if 0 < len(s := " ".join(seg.split())) <= MAX_CHARS]
    return out


def audit_truth(lex: Lexicon, shown: int = 8) -> int:
    """Print each pattern that matches a line of article text, with the lines."""
    lines = truth_lines()
    hit = 0
    for i, (family, rx) in enumerate(lex.each):
        found = [(page, m, line) for page, line in lines if (m := rx.search(line)) is not None]
        if not found:
            continue
        hit += 1
        print(f"{i:4} {family:11} {lex.sources[i][1][:100]}")
        for page, m, line in found[:shown]:
            where = "whole" if m.span() == (0, len(line)) else "start" if m.start() == 0 else "inside"
            print(f"     {page} {where:6} {line[:120]}")
        if len(found) > shown:
            print(f"     ... {len(found)} lines")
    print(f"{len(lex.sources)} patterns, {len(lines)} lines of article text, {hit} patterns match one")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--one", action="store_true", help="list the patterns that match one site only")
    ap.add_argument(
        "--truth", action="store_true", help="list the patterns that match a line of article text"
    )
    args = ap.parse_args(argv)
    lex = load_lexicon()
    if args.truth:
        return audit_truth(lex)
    lines = site_lines()
    counts: Counter[int] = Counter()
    for i, (family, rx) in enumerate(lex.each):
        hits = {}
        for name, ls in lines.items():
            example = next((line for line in ls if rx.search(line)), None)
            if example is not None:
                hits[name] = example
        counts[min(len(hits), 3)] += 1
        if args.one and len(hits) == 1:
            ((name, example),) = hits.items()
            print(f"{i:4} {family:11} {lex.sources[i][1][:100]}\n     {name}: {example[:120]}")
    print(f"{len(lex.sources)} patterns, {len(lines)} dev sites")
    for n, label in ((0, "no site"), (1, "one site"), (2, "two sites"), (3, "three or more")):
        print(f"  {label:14} {counts[n]:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
