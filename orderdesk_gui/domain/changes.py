"""What an operation changed (compare Anki's OpChanges): each panel decides from it whether to reload."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    calls: bool = False  # the call journal, the call in progress
    orders: bool = False  # orders and drafts (the card's last orders, the grid)
    clients: bool = False  # client cards, contacts, debt
    callbacks: bool = False  # the callback queue
    tasks: bool = False  # outbound tasks and the sleeping-client worklist
    complaints: bool = False
    drafts: bool = False  # which desk holds a draft (one draft at one desk)
    presence: bool = False  # who is signed in where, away or back (the heads' live board)
    settings: bool = False  # the office-wide settings (every desk reads them again)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})
