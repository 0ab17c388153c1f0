"""Unit tests: pure Python, no Qt."""
