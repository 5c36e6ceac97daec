"""Segmentation: each line's layout prefix (indentation, bullet, number)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.document import _LAYOUT_PREFIX, Document


def _layout(line: str) -> tuple[str, int, bool]:
    """A line's content, indentation and bullet as the layout pattern reads them."""
    m = _LAYOUT_PREFIX.match(line)
    prefix = m.group(0) if m else ""
    content = line[len(prefix) :].strip()
    if not content:
        return line.strip(), 0, False
    return content, len(prefix) - len(prefix.lstrip(" \t")), bool(prefix.strip())


_LINE = st.text(alphabet=st.sampled_from(" \t\u00a0*+-•–1.)aZ\u00dc"), min_size=1, max_size=12)


@given(st.lists(_LINE, max_size=8))
def test_blocks_read_the_layout_of_every_line(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    kept = [line for line in lines if line.strip()]
    assert [(b.content, b.indent, b.bullet) for b in doc.blocks] == [_layout(line) for line in kept]


def test_bullets_of_lists_in_several_languages() -> None:
    text = "\n".join(
        [
            "* Mehr Geld für Schulen",
            "  + Plus de moyens pour les écoles",
            "\t- Más dinero para las escuelas",
            "-5 Grad in der Nacht",
            "*",
            "  -  ",
            "*Note: prices may vary",
        ]
    )
    got = [(b.content, b.indent, b.bullet) for b in Document.from_text(text).blocks]
    assert got == [
        ("Mehr Geld für Schulen", 0, True),
        ("Plus de moyens pour les écoles", 2, True),
        ("Más dinero para las escuelas", 1, True),
        ("-5 Grad in der Nacht", 0, False),
        ("*", 0, False),
        ("-", 0, False),
        ("*Note: prices may vary", 0, False),
    ]
