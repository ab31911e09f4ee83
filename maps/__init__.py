"""corridorkit.maps."""
