"""corridorkit.analysis."""
