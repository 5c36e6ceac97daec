"""How many dev sites each chrome pattern of the lexicons matches on.

    python tools/lexicon_audit.py            # the count of patterns by sites matched
    python tools/lexicon_audit.py --one      # and each pattern that matches one site only

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
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import load, site

from newsclean.lexicon import load_lexicon

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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--one", action="store_true", help="list the patterns that match one site only")
    args = ap.parse_args(argv)
    lex = load_lexicon()
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
