"""GUI tests: pytest-qt on the offscreen platform."""
