"""Regenerate the outputs the docs show from the code as it is now.

    python tools/refresh_docs.py

Rewrites the worked example's `explain` output at the end of
docs/how-it-works.md; tests/test_docs.py fails when it is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsclean import explain

REPO = Path(__file__).resolve().parents[1]


def worked_example() -> str:
    ex = explain((REPO / "examples" / "page.txt").read_text(encoding="utf-8"))
    return "\n".join(("+" if b.kept else "-") + " " + f"{b.cleaner:<11}" + " " + b.reason for b in ex.blocks)


def main() -> int:
    path = REPO / "docs" / "how-it-works.md"
    text = path.read_text(encoding="utf-8")
    head, tail = text.rsplit("```text\n", 1)
    rest = tail.split("```", 1)[1]
    path.write_text(head + "```text\n" + worked_example() + "\n```" + rest, encoding="utf-8")
    print(f"rewrote the worked example in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
