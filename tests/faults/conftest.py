"""Fixtures of the fault suite (its helpers are plain functions in faults_helpers)."""

from faults_helpers import reproducible

__all__ = ["reproducible"]
