"""Benchmarks: one script per figure, each printing its figure and ratio to a baseline."""
