"""Child processes that die with the process that started them.

A process pool's workers and the site build's writer process are ours to clean up: when `briefings
generate` or `mkdocs build` is killed (`kill -9`, a closed terminal, an out-of-memory kill), nothing
runs in the parent to stop them, and they would go on loading models and writing files for a run
that no longer exists. `die_with_parent` is called first thing in such a child (a pool's
`initializer`, the writer's first line):

- on Linux the kernel sends the child SIGKILL when its parent ends (`prctl(PR_SET_PDEATHSIG)`).
  The parent may have died before that call, so the child then checks that its parent is still the
  one that started it (an orphan has been handed to init or a subreaper) and ends at once otherwise;
- elsewhere, or when prctl cannot be called, a daemon thread checks twice a second that the parent
  is still there and ends the process (`os._exit`) as soon as it is not.

Linux ties the signal to the parent *thread* that created the child: the pools and the writer are
created and used by one thread for their whole life, so that thread ends with or after them.

This module imports nothing of ours, and `die_with_parent` never raises: a pool whose initializer
fails is broken.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
POLL_SECONDS = 0.5
ORPHANED = 70  # the exit status of a child whose parent was already gone (EX_SOFTWARE)


def die_with_parent(parent: int | None = None) -> None:
    """Make this process end when `parent` (the pid of the process that started it) ends.

    Pass the parent's pid as seen by the parent (`initargs=(os.getpid(),)`): read in the child, it
    would already be init's if the parent died before the child got here. Without it, the current
    parent is taken.
    """
    try:
        expected = os.getppid() if parent is None else parent
        if _kernel_kills_us_with_parent() and os.getppid() == expected:
            return  # tied to the parent, and the parent was still there after the tie: no race left
        if not _alive(expected):
            os._exit(ORPHANED)
        # Not Linux, or started through another process (a fork server): watch the parent ourselves.
        threading.Thread(target=_watch, args=(expected, os.getppid()), name="die-with-parent", daemon=True).start()
    except Exception:  # noqa: BLE001 - a failing initializer breaks the whole pool; the child just lives on
        return


def _kernel_kills_us_with_parent() -> bool:
    """prctl(PR_SET_PDEATHSIG, SIGKILL) on Linux; False where it does not exist or fails."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (ImportError, OSError, AttributeError):
        return False


def _watch(parent: int, ppid: int) -> None:
    """Poll until the parent is gone, then end the process without any cleanup (it is not ours to do)."""
    if sys.platform == "win32":
        _wait_windows(parent)
        os._exit(ORPHANED)
    while os.getppid() == ppid and _alive(parent):
        time.sleep(POLL_SECONDS)
    os._exit(ORPHANED)


def _alive(pid: int) -> bool:
    """Whether process `pid` exists (a zombie counts: its children have already been handed over)."""
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, under another user
        return True
    return True


def _wait_windows(pid: int) -> None:
    """Block until process `pid` ends (Windows: wait on its handle)."""
    if sys.platform != "win32":  # also tells mypy that _winapi's Windows-only names are not checked elsewhere
        return
    import _winapi

    synchronize = 0x00100000
    with contextlib.suppress(OSError):
        handle = _winapi.OpenProcess(synchronize, False, pid)
        try:
            _winapi.WaitForSingleObject(handle, _winapi.INFINITE)
        finally:
            _winapi.CloseHandle(handle)
