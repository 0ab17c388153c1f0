"""End-to-end tests: the real app in Xvfb with a real tray host."""
