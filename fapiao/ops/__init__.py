"""Operator tools: backup and restore, and their siblings (health, metrics, audit checks)."""
