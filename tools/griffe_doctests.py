"""A Griffe extension for the docs site: docstrings as the code writes them.

The package's docstrings hold doctest examples (``>>>`` lines with their
output), reST roles (:func:`newsclean.clean`) and reST definition lists
(a ````name```` line, its description indented below). Markdown would read a
``>>>`` line as a quote and ``['a', 'b']`` as a link, so each doctest block
(from a ``>>>`` line to the next blank line) becomes a ``pycon`` code block,
each role becomes inline code, and each definition becomes a list item. Used
by mkdocs.yml; changes nothing in the package.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|mod|attr|data|exc|obj):`~?([^`]+)`")
_TERM = re.compile(r"^( *)(``[^`]+``(?: */ *``[^`]+``)*) *$")


def fence_doctests(text: str) -> str:
    """Wrap each doctest block of ``text`` in a ``pycon`` fence.

    >>> fence_doctests("Intro.\\n\\n>>> 1 + 1\\n2\\n\\nMore.").split("\\n")
    ['Intro.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
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


def definition_lists(text: str) -> str:
    """Turn reST definitions (a ````name```` line, its text indented below)
    into Markdown list items.

    >>> print(definition_lists("Settings:\\n\\n``a``\\n    The first.\\n``b`` / ``c``\\n    Two\\n    lines."))
    Settings:
    <BLANKLINE>
    - ``a``: The first.
    - ``b`` / ``c``: Two lines.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _TERM.match(lines[i])
        indent = m.group(1) if m else ""
        body: list[str] = []
        j = i + 1
        while m and j < len(lines) and lines[j].startswith(indent + " ") and lines[j].strip():
            body.append(lines[j].strip())
            j += 1
        if m and body:
            out.append(f"{indent}- {m.group(2)}: {' '.join(body)}")
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Rewrite every docstring as Markdown the docs site can render.

    Also puts back a package's function that shares its name with a
    submodule (the function ``newsclean.normalize`` beside the module
    ``newsclean/normalize.py``): Griffe lets the submodule win, so the
    function is recorded here and set again once the package is loaded. The
    API page documents the function, not the module.
    """

    def __init__(self) -> None:
        super().__init__()
        self._shadowed: dict[str, griffe.Function] = {}

    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        parent = func.parent
        if parent is not None and parent.is_package:
            self._shadowed[func.path] = func

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for path, func in self._shadowed.items():
            name = path.rsplit(".", 1)[1]
            if func.parent is pkg and name in pkg.members and pkg.members[name].is_module:
                pkg.set_member(name, func)

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(definition_lists(fence_doctests(obj.docstring.value)))
