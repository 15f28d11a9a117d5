"""Drive a command in a pseudo-terminal the way a person types at it (POSIX only)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path


class PtySession:
    """A running command with a terminal: wait for a prompt, type a line, read everything."""

    def __init__(self, argv: list[str], env: Mapping[str, str], cwd: Path) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=dict(env), cwd=cwd, close_fds=True
        )
        os.close(slave)
        self.output = b""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # the command ended and closed the terminal
            return False
        self.output += chunk
        return bool(chunk)

    def text(self) -> str:
        return self.output.decode("utf-8", errors="replace").replace("\r\n", "\n")

    def wait_for_prompt(self, seen: int, timeout: float = 20.0) -> int:
        """Wait until new output ends in ': ' (a question); returns the new output length."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.output[seen:].rstrip(b" ").endswith(b":") and self.output.endswith(b" "):
                return len(self.output)
            if not self._read(0.2) and self.process.poll() is not None:
                break
        return len(self.output)

    def type(self, line: str) -> None:
        os.write(self.master, line.encode("utf-8") + b"\r")

    def end_input(self) -> None:
        """Ctrl-D: the person stops typing."""
        os.write(self.master, b"\x04")

    def finish(self, timeout: float = 60.0) -> int:
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read(0.2)
        while self._read(0.1):
            pass
        os.close(self.master)
        return self.process.wait(timeout=5)
