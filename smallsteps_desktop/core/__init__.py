"""The method of small steps as plain Python: no Qt, no SQL, no wall clock."""
