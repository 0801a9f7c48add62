"""The documentation cannot drift from the code: the codebook is generated, every command is documented."""
import re
from pathlib import Path

import pytest

from partymine.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_codebook_file_is_what_the_pattern_data_generates():
    from partymine.extract.codebook import render_codebook

    on_disk = (ROOT / "docs" / "codebook.md").read_text("utf-8")
    assert on_disk == render_codebook(), "run: partymine codebook -o docs/codebook.md"


def test_every_indicator_code_of_the_schema_is_in_the_codebook():
    schema = (ROOT / "docs" / "SCHEMA.md").read_text("utf-8")
    codes = re.findall(r"^\| ([a-z_]+) \| ", schema.split("### Indicator vocabulary")[1].split("## 3.")[0], re.M)
    book = (ROOT / "docs" / "codebook.md").read_text("utf-8")
    missing = [c for c in codes if c != "code" and f"`{c}`" not in book]
    assert not missing


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command):
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"partymine {command}" in readme
