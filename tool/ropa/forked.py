"""Work shared with a forked process, where the work is large and the machine has a second core.

Forked only from a process with no other thread (`ropa serve` has several): a fork copies locks that
another thread may hold, and the child waits on them for ever. Where no process can be had (no
``fork``, a limit on processes, a child that dies), the work is done in this process instead, so the
result never depends on whether it was shared.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")

# From this many files parsing is worth a second process (a fork and the results sent back cost about
# what parsing a few hundred files does).
PARALLEL_FROM = 400


def can_fork(size: int, scale: float = 1) -> bool:
    """Whether work over ``size`` files is shared with a forked process here; ``scale`` times as many
    files are needed where the work per file is that much lighter than parsing it."""
    return (
        size >= PARALLEL_FROM * scale
        and (os.cpu_count() or 1) > 1
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and not _daemonic()
    )


def _daemonic() -> bool:
    """Whether this is a daemonic process of multiprocessing (a pool's worker, say), which may not have
    children of its own."""
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def both(here: Callable[[], A], there: Callable[[], B]) -> tuple[A, B]:
    """``(here(), there())``, with ``there()`` run by a forked copy of this process while this one runs
    ``here()``. Its result comes back pickled; if it cannot (no process, the child failed or died),
    ``there()`` is run here, where an exception it raises is raised as it would be without a fork."""
    import multiprocessing

    try:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(there, send), daemon=True)
        child.start()
    except (OSError, RuntimeError, ValueError):
        return here(), there()
    send.close()  # the child's end: once it is gone, a read here ends instead of waiting
    try:
        mine = here()
        try:
            status, theirs = receive.recv()
        except (EOFError, OSError):
            status, theirs = "failed", None
    finally:
        receive.close()
        child.join()
    return mine, (theirs if status == "done" else there())


def quiet_collector() -> None:
    """In a forked worker, which ends when its work is done: the objects it inherited are never collected
    (they stay the parent's), and the cyclic collector runs a hundredth as often, where the work makes
    millions of short-lived objects and few cycles (parsing: 0.35 s of 4.6 s at 10,000 files)."""
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 50, 1000)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The cyclic collector runs a hundredth as often while a large piece of work makes millions of
    short-lived objects (the rules over 10,000 files: each collection of the oldest generation walks every
    object the register holds); as before afterwards."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(50_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _child(work: Callable[[], Any], send: Any) -> None:
    quiet_collector()
    try:
        result = ("done", work())
    except BaseException:  # told as a failure; the parent runs the work itself and shows what went wrong
        result = ("failed", None)
    try:
        message = pickle.dumps(result)
    except Exception:  # a result that cannot be pickled: the parent does the work
        message = pickle.dumps(("failed", None))
    try:
        send.send_bytes(message)  # what Connection.recv reads back
    except OSError:
        pass  # the parent stopped listening (it failed, or was interrupted): nothing to tell
    finally:
        send.close()
