"""Coverage-guided fuzzing of newsclean.clean, explain and normalize with atheris.

Not a pytest module (its name does not start with ``test_``) and not a test
dependency: atheris is installed and this file run by hand, see README.md here.

    python tests/fuzz/fuzz_clean.py --seed-corpus CORPUS_DIR   # write the seed inputs
    python tests/fuzz/fuzz_clean.py -max_total_time=600 CORPUS_DIR

Each input is turned into a ``str`` in one of three ways chosen by its first
byte (UTF-8 with lone surrogates from ``surrogateescape``, Latin-1, or
atheris' own unicode generator, which covers the astral planes), and then:

- ``clean(x)``, ``normalize(x)`` and ``explain(x).text`` are ``str`` that
  encode as UTF-8 (no lone surrogate survives);
- ``explain(x).text == clean(x)``;
- ``clean(clean(x)) == clean(x)`` and ``normalize(normalize(x)) == normalize(x)``;
- nothing raises.

A failure raises ``FuzzFinding`` with the input's ``repr``; libFuzzer saves
the input as ``crash-<sha1>`` (see ``-artifact_prefix``) and stops. With
``FUZZ_KEEP_GOING=DIR`` in the environment the run goes on instead: each
failing input is saved in DIR (``<kind>-<sha1>.txt``: the reason, the
traceback and the input's ``repr``), the first of each kind is printed, and
the fuzzer keeps looking for other kinds of failure until its time is up.
"""

from __future__ import annotations

import hashlib
import os
import sys
import traceback

MAX_CHARS = 1 << 16

SEEDS = [
    "",
    "Home\nWorld\nShare\nCouncil approves bike network expansion\nBy Jane Doe | Updated: March 3, 2024\n"
    "The city council voted on Tuesday to expand the bike network by 40 kilometres, officials said.\n"
    "The plan will be paid for by a new parking levy, the mayor told reporters at city hall.\n"
    "Related Stories\nLeave a Reply\nMost Read\n",
    "Startseite\nTeilen\nDer Rat der Stadt hat am Montag den Haushalt für das kommende Jahr beschlossen, "
    "sagte der Bürgermeister.\nWeitere Artikel\nImpressum\n",
    "Accueil\nPartager\nLe conseil municipal a voté lundi le budget de la ville, a déclaré le maire.\n"
    "À lire aussi\nMentions légales\n",
    "Inicio\nCompartir\nEl consejo de la ciudad aprobó el lunes el presupuesto, dijo el alcalde.\n"
    "Noticias relacionadas\n",
    "东京电力公司周一表示，福岛核电站的处理水排放工作将于本月底开始。\n分享\n相关新闻\n",
    "Москва\nПоделиться\nГородской совет в понедельник утвердил бюджет на следующий год, "
    "сообщили официальные лица.\nЧитайте также\n",
    "الرئيسية\nشارك\nقال المسؤولون يوم الاثنين إن المحادثات انتهت بعد الاجتماع في الرياض.\n"
    "\u202eevil\u202c\n",
    "Don&#8217;t&nbsp;panic&amp;&lt;b&gt; Ã© â€™ Ã¼ber cafÃ©\r\n\r\n\t\u00a0\u200b\u2028\u2029\x85",
    "a\x00b\x01\x1b[31mred\x1b[0m\x7f\ufeff\ufffe\uffff",
    "e" + "\u0301" * 40 + " Z̷̢̛a̶l̴g̸o̵ ﬁne ＡＢＣ ①",
    "👨\u200d👩\u200d👧\u200d👦 🇫🇷 🏳️\u200d🌈 \U0001f600" * 3,
    "https://example.com/a/b?c=d&e=f%20 " * 5,
    "(" * 50 + "[" * 20 + "]" * 20 + ")" * 50,
    "." * 200 + "\n" + "Ã©" * 100,
    "By \n" * 30,
    "1." * 100,
]


def seed_corpus(directory: str) -> int:
    """Write the seed inputs as files of ``directory``; return how many."""
    os.makedirs(directory, exist_ok=True)
    n = 0
    for i, text in enumerate(SEEDS):
        # byte 0 picks the UTF-8 reading (see to_text), the rest is the text
        data = b"\x00" + text.encode("utf-8", "surrogatepass")
        with open(os.path.join(directory, f"seed-{i:03}"), "wb") as fh:
            fh.write(data)
        n += 1
    # a Latin-1 reading and lone surrogates from surrogateescape
    with open(os.path.join(directory, "seed-latin1"), "wb") as fh:
        fh.write(b"\x01" + "Café Ãœber – “quoted”\n".encode("latin-1", "replace"))
    with open(os.path.join(directory, "seed-surrogateescape"), "wb") as fh:
        fh.write(b"\x00caf\xe9 \xff\xfe\xed\xa0\x80 The talks ended on Monday.\n")
    return n + 2


def to_text(data: bytes) -> str:
    """The ``str`` a fuzz input stands for."""
    if not data:
        return ""
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        return rest.decode("utf-8", "surrogateescape")[:MAX_CHARS]
    if mode == 1:
        return rest.decode("latin-1")[:MAX_CHARS]
    import atheris

    fdp = atheris.FuzzedDataProvider(rest)
    return str(fdp.ConsumeUnicode(MAX_CHARS))


class FuzzFinding(AssertionError):
    """A property of clean/explain/normalize does not hold for an input."""


def check(text: str) -> None:
    """Raise FuzzFinding (or the library's own exception) if a property fails."""
    from newsclean import clean, explain, normalize

    def fail(what: str) -> None:
        raise FuzzFinding(f"{what}\ninput: {text!r}")

    out = clean(text)
    if not isinstance(out, str):
        fail(f"clean returned {type(out).__name__}")
    try:
        out.encode("utf-8")
    except UnicodeEncodeError as exc:
        fail(f"clean output does not encode as UTF-8: {exc}")
    norm = normalize(text)
    try:
        norm.encode("utf-8")
    except UnicodeEncodeError as exc:
        fail(f"normalize output does not encode as UTF-8: {exc}")
    ex = explain(text)
    if ex.text != out:
        fail(f"explain(x).text != clean(x): {ex.text!r} != {out!r}")
    again = clean(out)
    if again != out:
        fail(f"clean is not idempotent: clean(x) = {out!r}, clean(clean(x)) = {again!r}")
    norm2 = normalize(norm)
    if norm2 != norm:
        fail(f"normalize is not idempotent: normalize(x) = {norm!r}, normalize(normalize(x)) = {norm2!r}")


_seen: dict[str, int] = {}


def _kind(exc: BaseException) -> str:
    if isinstance(exc, FuzzFinding):
        what = str(exc).split(":", 1)[0]
        return "property-" + "".join(c if c.isalnum() else "_" for c in what).strip("_")
    return "crash-" + type(exc).__name__


def test_one_input(data: bytes) -> None:
    text = to_text(data)
    keep_going = os.environ.get("FUZZ_KEEP_GOING")
    if not keep_going:
        check(text)
        return
    try:
        check(text)
    except Exception as exc:
        kind = _kind(exc)
        _seen[kind] = _seen.get(kind, 0) + 1
        digest = hashlib.sha1(data).hexdigest()
        report = "".join(traceback.format_exception(exc)) + f"\ninput repr: {text!r}\n"
        os.makedirs(keep_going, exist_ok=True)
        with open(os.path.join(keep_going, f"{kind}-{digest}.txt"), "w", encoding="utf-8") as fh:
            fh.write(report.encode("utf-8", "backslashreplace").decode("utf-8"))
        if _seen[kind] == 1:
            sys.stderr.write(f"\n== new finding: {kind} ==\n{report}\n")


def main(argv: list[str]) -> None:
    if len(argv) == 3 and argv[1] == "--seed-corpus":
        print(f"wrote {seed_corpus(argv[2])} seed inputs to {argv[2]}")
        return
    import atheris

    with atheris.instrument_imports(include=["newsclean"]):
        import newsclean
        import newsclean.cleaners
        import newsclean.normalize
        import newsclean.pipeline  # noqa: F401

    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
