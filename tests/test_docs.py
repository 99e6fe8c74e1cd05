"""Every command has help with a runnable example and is named in README.md."""
from pathlib import Path

import click
import pytest

from quotetrack.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


COMMANDS = dict(_commands(main))


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_command_has_help_with_an_example(path):
    help_text = COMMANDS[path].help or ""
    assert help_text.strip(), f"quotetrack {' '.join(path)} has no help"
    assert "Example" in help_text and "quotetrack " in help_text.split("Example", 1)[1]


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_command_is_in_the_readme(path):
    assert f"quotetrack {' '.join(path)}" in README


def test_readme_gives_the_two_commands():
    assert "make demo" in README and "make test" in README
