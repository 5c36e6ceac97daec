"""A Griffe extension for the docs site: docstrings as the code writes them.

The package's docstrings hold doctest examples (``>>>`` lines with their
output) and reST roles (:func:`newsclean.clean`). Markdown would read a
``>>>`` line as a quote and ``['a', 'b']`` as a link, so each doctest block
(from a ``>>>`` line to the next blank line) becomes a ``pycon`` code block,
and each role becomes inline code. Used by mkdocs.yml; changes nothing in
the package.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|mod|attr|data|exc|obj):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """Wrap each doctest block of ``text`` in a ``pycon`` fence.

    >>> print(fence_doctests("Intro.\\n\\n>>> 1 + 1\\n2\\n\\nMore."))
    Intro.
    <BLANKLINE>
    ```pycon
    >>> 1 + 1
    2
    ```
    <BLANKLINE>
    More.
    """
    out: list[str] = []
    in_block = False
    indent = ""
    for line in text.split("\n"):
        if not in_block and line.lstrip().startswith(">>>"):
            in_block = True
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}```pycon")
        elif in_block and not line.strip():
            out.append(f"{indent}```")
            in_block = False
        out.append(line)
    if in_block:
        out.append(f"{indent}```")
    return "\n".join(out)


def plain_roles(text: str) -> str:
    """Turn reST roles into inline code: :func:`x` becomes `x`."""
    return _ROLE.sub(r"`\1`", text)


class DoctestFences(griffe.Extension):
    """Rewrite every docstring as Markdown the docs site can render."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(fence_doctests(obj.docstring.value))
