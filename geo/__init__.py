"""corridorkit.geo."""
