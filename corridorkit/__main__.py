"""``python -m corridorkit`` runs the CLI."""

from corridorkit.cli.main import run

run()
