"""Progress of a long run: a bar redrawn in place on a terminal, plain lines in a log."""

import time

from django.utils.translation import gettext as _


class Progress:
    """``step()`` after each item. On a terminal (``stream.isatty()``) one bar redrawn in
    place; otherwise a line at each tenth of the run, so a log stays short."""

    width = 30

    def __init__(self, total, stream, label, tty=None):
        self.total, self.stream, self.label = total, stream, label
        self.tty = stream.isatty() if tty is None else tty
        self.done = 0
        self.started = time.monotonic()
        self.every = max(1, total // 10)

    def step(self, n=1):
        self.done += n
        if self.tty:
            filled = self.width * self.done // max(self.total, 1)
            bar = "█" * filled + "·" * (self.width - filled)
            self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
            if self.done >= self.total:
                self.stream.write("\n")
            self.stream.flush()
        elif self.done % self.every == 0 or self.done >= self.total:
            self.stream.write(
                _("%(label)s: %(done)s/%(total)s (%(seconds).1f giây)\n")
                % {
                    "label": self.label,
                    "done": self.done,
                    "total": self.total,
                    "seconds": time.monotonic() - self.started,
                }
            )
            self.stream.flush()

    @property
    def seconds(self):
        return time.monotonic() - self.started
