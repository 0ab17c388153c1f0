"""Helpers shared by the test tiers: fake clock and service builders."""
