"""A desk in its own process for the race tests: reads one JSON command per line, waits for the
moment it names (both desks fire together), runs it against the database and answers one line.

    python tests/race_worker.py DATABASE_URL LOGIN
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from orderdesk_gui import clock
    from orderdesk_gui.db import connection
    from orderdesk_gui.domain import ordering as order_rules
    from orderdesk_gui.domain.debt import DebtRules
    from orderdesk_gui.errors import CodedError
    from orderdesk_gui.services import auth, ordering
    from orderdesk_gui.services.draft_holds import HoldKey

    clock.configure()  # the test's moment and zone, from the environment it passes on
    url, login = sys.argv[1], sys.argv[2]
    connection.open_database(url)
    user = auth.authenticate(login, "demo")
    print(json.dumps({"ready": True}), flush=True)
    for raw in sys.stdin:
        cmd = json.loads(raw)
        while time.monotonic() < cmd["at"]:  # one clock for every process of this machine
            pass
        try:
            if cmd["op"] == "complete":
                done = order_rules.Completion(
                    dt.date.fromisoformat(cmd["delivery"]),
                    cmd["receiver"],
                    True,
                    "bank_transfer",
                    "Накладная",
                )
                result = ordering.complete(
                    user,
                    cmd["order"],
                    done,
                    today=dt.date.fromisoformat(cmd["today"]),
                    rules=DebtRules(),
                    min_offers=3,
                    prefix="R1",
                    expected_version=cmd["version"],
                )
            elif cmd["op"] == "hold":  # a desk opens the draft: it holds it, or learns which desk does
                key = HoldKey(user.id, cmd["token"], cmd["desk"])
                view = ordering.open_draft(cmd["order"], clock.today(), user=user, hold=key)
                result = view.holder.desk if view.holder else None
            elif cmd["op"] == "clear":  # another desk empties the same draft
                result = ordering.save_draft(cmd["order"], [], [], cmd["version"])
            else:
                raise ValueError(cmd["op"])
            print(json.dumps({"ok": True, "result": result}), flush=True)
        except CodedError as exc:
            print(json.dumps({"ok": False, "code": exc.code}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
