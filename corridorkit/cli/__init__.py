"""Command-line interface of corridorkit."""
