"""Site files made when they are written, and a second process that writes them beside MkDocs.

MkDocs builds the pages on one core. The files the plugin adds that no page depends on (the entity
pages, the calendar, the Atom feed and briefings.json) are independent of that work. As soon as the
navigation exists (on_nav), a forked child process creates their folders and writes the calendar and
feeds while MkDocs reads and converts the pages; once the theme has rendered the entity pages' frame in
the build's own process (on_env), the frame is sent to the child, which writes the entity pages while
MkDocs renders the pages. The plugin waits for it before any other plugin's on_post_build.

Where forking is not safe or brings nothing, the files are written in the build's own process, when
MkDocs copies its static files, exactly as any other file:

- no `os.fork` (Windows), or macOS, where system libraries are not fork-safe;
- one core only;
- other threads running (`mkdocs serve`'s web server): a child forked from a threaded process can
  deadlock on a lock another thread held.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

from mkdocs.structure.files import File

from generator.lifeline import die_with_parent


class LazyFile(File):
    """A generated site file whose content is made when it is written: thousands hold nothing in memory.

    `render` is set by the plugin before MkDocs writes the file; `elsewhere` is set when a BackgroundWriter
    has taken the file, and MkDocs' own copy then skips it.
    """

    render: Callable[[], str | bytes] | None = None
    elsewhere: bool = False

    @property  # type: ignore[misc]  # MkDocs' File has a setter; a made-on-write file needs none
    def content_bytes(self) -> bytes:  # type: ignore[override]
        content = self._made()
        return content.encode("utf-8") if isinstance(content, str) else content

    @property  # type: ignore[misc]
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
    """Writes LazyFiles in a forked child process, in two steps.

    The child starts early (`start`): it creates the files' folders and writes the files it can already
    make. What the other files need but only exists later in the build (the entity pages' frame, which
    the theme renders in on_env) is handed over with `send`, passed to `receive` in the child, and the
    child writes the rest. `wait` reports the child's failure, if any.
    """

    def __init__(self) -> None:
        self._pid: int | None = None
        self._errors: int | None = None  # read end of a pipe: the child's error message, if any
        self._later: int | None = None  # write end of a pipe: what `send` hands over

    def start(self, files: Iterable[LazyFile], receive: Callable[[Any], None]) -> bool:
        """Fork the child that writes `files`; False, and nothing taken, where that is unsafe or useless."""
        if not can_fork():
            return False
        files = list(files)
        errors, later = os.pipe(), os.pipe()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:  # no process to spare: the build writes the files itself
            for fd in (*errors, *later):
                os.close(fd)
            return False
        if pid == 0:  # the child never returns from here
            os.close(errors[0])
            os.close(later[1])
            _write_and_exit(files, errors[1], later[0], receive, parent)
        os.close(errors[1])
        os.close(later[0])
        for file in files:
            file.elsewhere = True
        self._pid, self._errors, self._later = pid, errors[0], later[1]
        return True

    def send(self, value: Any) -> None:
        """Hand `value` to the child's `receive`; it then writes the files that needed it."""
        if self._later is None:
            return
        later, self._later = self._later, None
        with os.fdopen(later, "wb") as pipe:
            pickle.dump(value, pipe)

    def wait(self) -> None:
        """Wait until every file is written; RuntimeError with the child's message if it failed."""
        if self._pid is None or self._errors is None:
            return
        if self._later is not None:  # never sent: the child would wait for ever
            self.cancel()
            raise RuntimeError("the process writing the files was never given the entity pages' frame")
        pid, errors = self._pid, self._errors
        self._pid = self._errors = None
        with os.fdopen(errors, "rb") as pipe:
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
        if self._later is not None:
            os.close(self._later)
            self._later = None
        with contextlib.suppress(OSError, RuntimeError):
            self.wait()


def can_fork() -> bool:
    """Whether a child process can write files beside this one, safely and on a core of its own.

    Not on macOS, where system libraries are not safe to use in a forked child (Python itself stopped
    forking by default there).
    """
    return (hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1
            and _cores() > 1)  # fmt: skip


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _write_and_exit(
    files: list[LazyFile], errors: int, later: int, receive: Callable[[Any], None], parent: int
) -> None:
    """The child: write what it can, then the rest once the parent has sent what it needs; report the first
    failure on `errors`; exit without running the parent's cleanup. It ends with the build: a build killed
    (kill -9) while the child writes leaves no process behind."""
    status = 0
    current = "the folders"
    try:
        die_with_parent(parent)
        for folder in dict.fromkeys(os.path.dirname(file.abs_dest_path) for file in files):
            os.makedirs(folder, exist_ok=True)
        ready = {id(file) for file in files if file.render is not None}
        for file in files:
            if id(file) in ready:
                current = file.src_uri
                file.write()
        current = "the entity pages' frame"
        with os.fdopen(later, "rb") as pipe:
            data = pipe.read()
        if data:  # empty: the build was given up before on_env; nothing more to write
            receive(pickle.loads(data))
            for file in files:
                if id(file) not in ready:
                    current = file.src_uri
                    file.write()
    except BaseException as exc:  # noqa: BLE001 - everything must be reported, and the child must end here
        os.write(errors, f"{current}: {type(exc).__name__}: {exc}"[:4000].encode("utf-8", errors="replace"))
        status = 1
    finally:
        os._exit(status)  # no atexit handlers, no flushing of the parent's buffered output
