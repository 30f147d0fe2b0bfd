"""Site files made when they are written, and a second process that writes them beside MkDocs.

MkDocs builds the pages on one core. The files the plugin adds that no page depends on (the entity
pages, the calendar, the Atom feed and briefings.json) are independent of that work: as soon as the
navigation exists (on_nav), a forked child process makes and writes them while MkDocs converts and
renders the pages, and the plugin waits for it at the end of the build. Where forking is not safe or brings nothing, they are
written in the build's own process, when MkDocs copies its static files, exactly as any other file:

- no `os.fork` (Windows);
- one core only;
- other threads running (`mkdocs serve`'s web server): a child forked from a threaded process can
  deadlock on a lock another thread held.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterable

from mkdocs.structure.files import File


class LazyFile(File):
    """A generated site file whose content is made when it is written: thousands hold nothing in memory.

    `render` is set by the plugin before MkDocs writes the file; `elsewhere` is set when a BackgroundWriter
    has taken the file, and MkDocs' own copy then skips it.
    """

    render: Callable[[], str | bytes] | None = None
    elsewhere: bool = False

    @property
    def content_bytes(self) -> bytes:  # type: ignore[override]
        content = self._made()
        return content.encode("utf-8") if isinstance(content, str) else content

    @property
    def content_string(self) -> str:  # type: ignore[override]
        content = self._made()
        return content if isinstance(content, str) else content.decode("utf-8")

    def copy_file(self, dirty: bool = False) -> None:
        """Write the file (MkDocs calls this for every non-Markdown file), unless a writer process does."""
        if not self.elsewhere:
            self.write()

    def write(self) -> None:
        """Make the content and write it to the site."""
        os.makedirs(os.path.dirname(self.abs_dest_path), exist_ok=True)
        content = self._made()
        mode, encoding = ("w", "utf-8") if isinstance(content, str) else ("wb", None)
        with open(self.abs_dest_path, mode, encoding=encoding) as out:
            out.write(content)

    def _made(self) -> str | bytes:
        if self.render is None:
            raise ValueError(f"{self.src_uri}: the file's content was never set")
        return self.render()


class BackgroundWriter:
    """Writes LazyFiles in a forked child process; `wait` reports the child's failure, if any."""

    def __init__(self) -> None:
        self._pid: int | None = None
        self._messages: int | None = None  # read end of a pipe: the child's error message, if any
        self._in_child = False

    @property
    def running(self) -> bool:
        """Whether a child process has taken the files (in the child itself: False)."""
        return self._pid is not None

    def start(self, files: Iterable[LazyFile], prepare: Callable[[], None] | None = None) -> bool:
        """Write `files` in a child process, which first calls `prepare` (to set what makes the files).

        False, and nothing taken, where that is not safe or useless, or from the child itself.
        """
        if self._in_child or not can_fork():
            return False
        files = list(files)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            self._in_child = True
            os.close(read)
            _write_and_exit(files, write, prepare)
        os.close(write)
        for file in files:
            file.elsewhere = True
        self._pid, self._messages = pid, read
        return True

    def wait(self) -> None:
        """Wait until every file is written; RuntimeError with the child's message if it failed."""
        if self._pid is None or self._messages is None:
            return
        pid, messages = self._pid, self._messages
        self._pid = self._messages = None
        with os.fdopen(messages, "rb") as pipe:
            message = pipe.read().decode("utf-8", errors="replace")  # ends when the child exits
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise RuntimeError(message or f"the process writing the files ended with status {code}")

    def cancel(self) -> None:
        """Stop the child (the build failed elsewhere) and reap it."""
        if self._pid is None:
            return
        with contextlib.suppress(OSError):  # already gone
            os.kill(self._pid, signal.SIGKILL)
        with contextlib.suppress(OSError, RuntimeError):
            self.wait()


def can_fork() -> bool:
    """Whether a child process can write files beside this one, safely and on a core of its own."""
    return hasattr(os, "fork") and threading.active_count() == 1 and _cores() > 1


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _write_and_exit(files: list[LazyFile], pipe: int, prepare: Callable[[], None] | None) -> None:
    """The child: prepare, write every file, report the first failure on `pipe`, exit without the parent's cleanup."""
    status = 0
    current = "before writing"
    try:
        if prepare is not None:
            prepare()
        for file in files:
            current = file.src_uri
            file.write()
    except BaseException as exc:  # noqa: BLE001 - everything must be reported, and the child must end here
        os.write(pipe, f"{current}: {type(exc).__name__}: {exc}"[:4000].encode("utf-8", errors="replace"))
        status = 1
    finally:
        os._exit(status)  # no atexit handlers, no flushing of the parent's buffered output
