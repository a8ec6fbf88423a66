"""Typed settings registry and IT policy."""
