"""Config: defaults, derived copies, TOML files good and bad."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsclean import Config, ConfigError, clean, explain

from .conftest import REPO


def test_every_field_has_a_documented_default() -> None:
    doc = Config.__doc__ or ""
    for f in dataclasses.fields(Config):
        assert f"``{f.name}``" in doc or f.name in doc, f.name
    table = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    for f in dataclasses.fields(Config):
        assert f"`{f.name}`" in table, f.name


def test_toml_round_trip(tmp_path: Path) -> None:
    cfg = Config(
        language="de",
        keep_bylines=True,
        drop_contains=("Jetzt abonnieren",),
        keep_regex=(r"^Foto:",),
        skip=("teasers",),
    )
    lines = []
    for f in dataclasses.fields(Config):
        value = getattr(cfg, f.name)
        if value != f.default:
            if isinstance(value, tuple):
                lines.append(f"{f.name} = [" + ", ".join(f'"{v}"' for v in value) + "]")
            elif isinstance(value, bool):
                lines.append(f"{f.name} = {str(value).lower()}")
            else:
                lines.append(f'{f.name} = "{value}"')
    path = tmp_path / "site.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert Config.from_toml(path) == cfg


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('drop_lines = ["x"]\n', "unknown key 'drop_lines'"),
        ("keep_bylines = 1\n", "keep_bylines must be true or false"),
        ('drop_contains = "x"\n', "drop_contains must be a list of strings"),
        ('drop_regex = ["("]\n', "drop_regex: invalid regular expression"),
        ('unicode_form = "NFD"\n', "unicode_form must be 'NFC' or 'NFKC'"),
        ("language = \n", "not valid TOML"),
    ],
)
def test_bad_files_name_the_key_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Config.from_toml(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        Config.from_toml(tmp_path / "nope.toml")


def test_the_worked_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    text = Path("examples/site-page.txt").read_text(encoding="utf-8")
    assert "support local journalism" in clean(text)
    assert "Photo: Harbour Gazette archive" not in clean(text)
    cfg = Config.from_toml("examples/site.toml")
    out = clean(text, cfg)
    assert "support local journalism" not in out
    assert "Photo: Harbour Gazette archive" in out.splitlines()
    (pitch,) = [b for b in explain(text, cfg).blocks if "local journalism" in b.text]
    assert pitch.cleaner == "rules"
    assert pitch.reason == 'dropped: matches the drop rule "support local journalism"'


def test_keep_headline_off_drops_the_headline() -> None:
    text = (
        "Home\nShare\nCouncil approves the harbour budget\n"
        "The town council approved the budget on Monday after a long debate about the schools.\n"
        "Members said the plan would pay for repairs to three bridges and a new library."
    )
    assert "Council approves the harbour budget" in clean(text).splitlines()
    out = clean(text, Config(keep_headline=False))
    assert "Council approves the harbour budget" not in out
    assert out.startswith("The town council approved")
