"""The structural checks' ids, kept in :mod:`ropa.structural` (importing them from here loads the whole rule
pack, which a command that only needs to know whether a problem is structural does not)."""

from __future__ import annotations

from ..structural import STRUCTURAL, is_structural

__all__ = ["STRUCTURAL", "is_structural"]
