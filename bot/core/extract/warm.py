"""The story reader's data read once per process at start, not at the first story that needs it:
the towns and streets of all China (~0.7 s), the county index and the jieba dictionary the
factory reader cuts with (the knowledge base's, shared)."""

from __future__ import annotations

import time


def warm_up() -> float:
    """Read the data the story reader loads on first use; the seconds it took."""
    from bot.core.extract.divisions import division_index, towns
    from bot.core.extract.industry import factory_kind
    from bot.core.extract.townships import township_index

    started = time.perf_counter()
    division_index()
    towns()
    township_index()
    factory_kind("在电缆厂")  # the jieba cutter, on the dictionary read at start
    return time.perf_counter() - started
