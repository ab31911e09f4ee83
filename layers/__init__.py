"""corridorkit.layers."""
