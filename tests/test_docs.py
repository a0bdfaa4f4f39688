"""The README stays complete: every CLI command and relation type is named, and CI runs its test command."""

import re
from pathlib import Path

from explorer import ontology
from explorer.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_in_the_readme():
    parser_commands = set(build_parser()._subparsers._group_actions[0].choices)
    assert parser_commands == set(COMMANDS)
    for cmd in COMMANDS:
        assert f"python -m explorer {cmd}" in README, cmd


def test_every_relation_type_and_kind_is_in_the_readme():
    for t in ontology.relation_types():
        assert f"`{t}`" in README, t
    for k in ontology.kinds():
        assert k in README


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one():
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.+?)\n```", setup, flags=re.S)
    assert len(commands) == 2
    assert "explorer app" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1].strip() in ci


def test_screenshot_linked_from_readme_exists():
    for path in re.findall(r"\]\((docs/screenshots/[^)]+\.png)\)", README):
        assert (ROOT / path).exists(), path
