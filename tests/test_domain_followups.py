"""Pinned rules of issue 5: callback due logic in a real time zone, retries and escalation, reading
typed times and windows; the usual reorder interval, the sleeping margin, value lost, reactivation."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from orderdesk_gui.clock import Clock
from orderdesk_gui.domain import callbacks as cb
from orderdesk_gui.domain import journal as j
from orderdesk_gui.domain import sleeping
from orderdesk_gui.errors import Notice

ALMATY = ZoneInfo("Asia/Almaty")  # UTC+5 all year (since 2024)
NOW_LOCAL = dt.datetime(2026, 11, 23, 13, 0, tzinfo=ALMATY)  # a Monday, 08:00 UTC
NOW_UTC = dt.datetime(2026, 11, 23, 8, 0)
D = dt.date


# --- callbacks ---------------------------------------------------------------------------


def test_due_at_is_the_later_of_window_and_retry():
    start = dt.datetime(2026, 11, 23, 9, 0)
    assert cb.due_at(start, None) == start
    assert cb.due_at(start, start + dt.timedelta(minutes=30)) == start + dt.timedelta(minutes=30)
    assert cb.due_at(start, start - dt.timedelta(hours=1)) == start


def test_a_window_typed_in_almaty_is_due_at_its_utc_moment():
    start, end = cb.parse_window("14:00-16:00", NOW_LOCAL)
    assert (start, end) == (dt.datetime(2026, 11, 23, 9, 0), dt.datetime(2026, 11, 23, 11, 0))
    item = {"status": "open", "window_start": start, "next_attempt_at": None}
    # 13:59 local is 08:59 UTC: not yet; 14:00 local is due
    assert not cb.is_due(item, dt.datetime(2026, 11, 23, 8, 59))
    assert cb.is_due(item, dt.datetime(2026, 11, 23, 9, 0))


def test_is_due_respects_status_and_retry_time():
    start = dt.datetime(2026, 11, 23, 7, 0)
    assert cb.is_due({"status": "open", "window_start": start, "next_attempt_at": None}, NOW_UTC)
    retry = {"status": "open", "window_start": start, "next_attempt_at": NOW_UTC + dt.timedelta(minutes=1)}
    assert not cb.is_due(retry, NOW_UTC)
    for status in ("done", "escalated", "cancelled"):
        assert not cb.is_due({"status": status, "window_start": start, "next_attempt_at": None}, NOW_UTC)


def test_failed_attempts_retry_then_escalate_at_the_limit():
    policy = cb.CallbackPolicy(max_attempts=3, retry_minutes=30)
    assert cb.after_failed_attempt(0, policy, NOW_UTC) == ("open", NOW_UTC + dt.timedelta(minutes=30))
    assert cb.after_failed_attempt(1, policy, NOW_UTC) == ("open", NOW_UTC + dt.timedelta(minutes=30))
    assert cb.after_failed_attempt(2, policy, NOW_UTC) == ("escalated", None)
    assert cb.after_failed_attempt(0, cb.CallbackPolicy(max_attempts=1), NOW_UTC) == ("escalated", None)
    with pytest.raises(ValueError):
        cb.CallbackPolicy(max_attempts=0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:30", dt.datetime(2026, 11, 23, 14, 30)),
        ("9.15", dt.datetime(2026, 11, 23, 9, 15)),
        ("2026-11-25 14:30", dt.datetime(2026, 11, 25, 14, 30)),
        ("25.11.2026 10:00", dt.datetime(2026, 11, 25, 10, 0)),
        ("завтра 10:00", dt.datetime(2026, 11, 24, 10, 0)),
        ("Tomorrow 10:00", dt.datetime(2026, 11, 24, 10, 0)),
        ("ертең 11:00", dt.datetime(2026, 11, 24, 11, 0)),
        ("+2h", dt.datetime(2026, 11, 23, 15, 0)),
        ("+30 min", dt.datetime(2026, 11, 23, 13, 30)),
        ("+1ч", dt.datetime(2026, 11, 23, 14, 0)),
        ("+1d", dt.datetime(2026, 11, 24, 13, 0)),
        # ISO with another offset: converted into the local zone
        ("2026-11-23T14:30:00+03:00", dt.datetime(2026, 11, 23, 16, 30)),
        ("2026-11-23T09:00:00Z", dt.datetime(2026, 11, 23, 14, 0)),
    ],
)
def test_parse_when_reads_what_people_type(text, expected):
    got = cb.parse_when(text, NOW_LOCAL)
    assert got.tzinfo is not None
    assert got.replace(tzinfo=None) == expected and got.utcoffset() == dt.timedelta(hours=5)


@pytest.mark.parametrize("text", ["", "завтра", "25:00", "14:75", "вчера вечером", "+h", "2026-13-01 10:00"])
def test_parse_when_refuses_nonsense_with_a_message(text):
    if text == "завтра":  # a day alone is fine: 09:00 that day
        assert cb.parse_when(text, NOW_LOCAL).hour == 9
        return
    with pytest.raises(cb.CallbackTimeError):
        cb.parse_when(text, NOW_LOCAL)


@contextmanager
def refused(code: str, /, **params):
    """The block raises ``CallbackTimeError`` with ``code`` (and these parameters)."""
    with pytest.raises(cb.CallbackTimeError) as excinfo:
        yield excinfo
    assert excinfo.value.code == code, excinfo.value
    assert {key: excinfo.value.params.get(key) for key in params} == params


def test_a_time_out_of_range_or_beyond_a_year_is_refused_with_a_message():
    for text, code in [
        ("0001-01-01T00:00+05:00", "callback.time_out_of_range"),
        ("+9999d", "callback.time_too_far_ahead"),
        ("+367d", "callback.time_too_far_ahead"),
        ("01.01.2099 10:00", "callback.time_too_far_ahead"),
        ("01.01.2020 10:00", "callback.time_too_far_back"),
    ]:
        with refused(code, text=text):
            cb.parse_when(text, NOW_LOCAL)
    assert cb.parse_when("+366d", NOW_LOCAL) == NOW_LOCAL + dt.timedelta(days=366)
    with refused("callback.time_out_of_range"):
        cb.parse_window("01.01.0001 00:00-01:00", NOW_LOCAL)
    with refused("callback.time_too_far_ahead", days=366):
        cb.parse_window("01.01.2099 10:00-12:00", NOW_LOCAL)
    with refused("callback.time_out_of_range"):
        cb.to_utc_naive(dt.datetime(1, 1, 1, tzinfo=ALMATY))


def test_unreadable_times_name_what_was_typed():
    with refused("callback.time_empty"):
        cb.parse_when("  ", NOW_LOCAL)
    with refused("callback.not_a_time_of_day", text="25:00"):
        cb.parse_when("25:00", NOW_LOCAL)
    with refused("callback.time_unreadable", text="вчера вечером"):
        cb.parse_when("вчера вечером", NOW_LOCAL)
    with refused("callback.window_day_unreadable", day="вчера", text="вчера 14-16"):
        cb.parse_window("вчера 14-16", NOW_LOCAL)


def test_parse_window_forms():
    assert cb.parse_window("завтра 14:00-16:00", NOW_LOCAL) == (
        dt.datetime(2026, 11, 24, 9, 0),
        dt.datetime(2026, 11, 24, 11, 0),
    )
    assert cb.parse_window("2026-11-25 14-16", NOW_LOCAL)[0] == dt.datetime(2026, 11, 25, 9, 0)
    assert cb.parse_window("с 10 до 12", NOW_LOCAL) == (  # at 13:00 today's window is over: tomorrow
        dt.datetime(2026, 11, 24, 5, 0),
        dt.datetime(2026, 11, 24, 7, 0),
    )
    assert cb.parse_window("tomorrow 10:00", NOW_LOCAL) == (dt.datetime(2026, 11, 24, 5, 0), None)
    assert cb.parse_window("", NOW_LOCAL) == (NOW_UTC, None)
    with refused("callback.window_ends_before_start", text="16:00-14:00"):
        cb.parse_window("16:00-14:00", NOW_LOCAL)


def test_a_window_over_for_today_means_tomorrow_unless_a_day_is_named():
    evening = NOW_LOCAL.replace(hour=17, minute=0)
    assert cb.parse_window("14:00-16:00", evening) == (
        dt.datetime(2026, 11, 24, 9, 0),
        dt.datetime(2026, 11, 24, 11, 0),
    )
    # a window still running today stays today; a named day is taken as said
    assert cb.parse_window("16:00-18:00", evening)[0] == dt.datetime(2026, 11, 23, 11, 0)
    assert cb.parse_window("2026-11-23 14-16", evening)[0] == dt.datetime(2026, 11, 23, 9, 0)


def test_times_across_a_dst_change_use_the_zone_of_that_day():
    berlin = ZoneInfo("Europe/Berlin")
    now = dt.datetime(2026, 3, 28, 12, 0, tzinfo=berlin)  # the day before summer time
    start, _end = cb.parse_window("tomorrow 10:00-11:00", now)
    assert start == dt.datetime(2026, 3, 29, 8, 0)  # 10:00 CEST is 08:00 UTC
    assert Clock(berlin).to_local(start).hour == 10


# --- sleeping clients ----------------------------------------------------------------------


def every(start: dt.date, days: int, n: int) -> list[dt.date]:
    return [start + dt.timedelta(days=days * i) for i in range(n)]


def test_usual_interval_is_the_median_gap():
    assert sleeping.usual_interval(every(D(2026, 1, 5), 7, 10)) == 7
    assert sleeping.usual_interval([D(2026, 1, 1), D(2026, 1, 11), D(2026, 1, 31)]) == 15  # gaps 10, 20
    assert sleeping.usual_interval([D(2026, 1, 1), D(2026, 1, 8)]) is None  # fewer than min_orders
    assert sleeping.usual_interval([D(2026, 1, 1), D(2026, 1, 8)], min_orders=2) == 7
    # several orders on one day count as one order day
    assert sleeping.usual_interval([D(2026, 1, 1)] * 5) is None


def test_usual_interval_ignores_a_one_off_order_and_a_seasonal_pause():
    weekly = every(D(2026, 1, 5), 7, 20)
    one_off = sorted(weekly + [D(2026, 1, 7)])  # an urgent extra order two days after a usual one
    assert sleeping.usual_interval(one_off) == 7
    summer_pause = every(D(2026, 1, 5), 7, 10) + every(D(2026, 5, 4), 7, 10)  # 8 weeks closed
    assert sleeping.usual_interval(summer_pause) == 7
    # a seasonal client: busy fortnightly in season, one long winter gap
    seasonal = every(D(2025, 4, 1), 14, 14) + every(D(2026, 4, 1), 14, 14)
    assert sleeping.usual_interval(seasonal) == 14


def test_sleeping_margin_and_floor():
    policy = sleeping.SleepingPolicy(margin=Decimal("0.5"), min_days=14)
    last = D(2026, 11, 1)
    # weekly client: sleeping after max(14, 10.5) = 14 days
    assert sleeping.overdue_days(last, 7, D(2026, 11, 15), policy) is None
    assert sleeping.overdue_days(last, 7, D(2026, 11, 16), policy) == 1
    # monthly client: 30 * 1.5 = 45 days
    assert sleeping.overdue_days(last, 30, last + dt.timedelta(days=45), policy) is None
    assert sleeping.overdue_days(last, 30, last + dt.timedelta(days=50), policy) == 5
    # no margin: just past the interval (but never before min_days)
    strict = sleeping.SleepingPolicy(margin=Decimal(0), min_days=0)
    assert sleeping.overdue_days(last, 30, last + dt.timedelta(days=31), strict) == 1
    assert sleeping.overdue_days(None, 30, D(2026, 11, 20), policy) is None
    assert sleeping.overdue_days(last, None, D(2026, 12, 20), policy) is None


def test_value_lost_counts_the_missed_orders():
    last = D(2026, 10, 1)
    assert sleeping.value_lost(Decimal("100000.00"), 14, last, last + dt.timedelta(days=45)) == Decimal(
        "300000.00"
    )
    assert sleeping.value_lost(Decimal("1000.50"), 30, last, last + dt.timedelta(days=29)) == Decimal("0.00")
    assert sleeping.value_lost(Decimal("1000.50"), 30, last, last + dt.timedelta(days=61)) == Decimal(
        "2001.00"
    )


def test_reactivation_window():
    policy = sleeping.SleepingPolicy(reactivation_days=14)
    call = D(2026, 11, 2)
    assert sleeping.is_reactivated(call, D(2026, 11, 2), policy)  # ordered the same day
    assert sleeping.is_reactivated(call, D(2026, 11, 16), policy)  # the 14th day still counts
    assert not sleeping.is_reactivated(call, D(2026, 11, 17), policy)
    assert not sleeping.is_reactivated(call, None, policy)
    assert not sleeping.is_reactivated(call, D(2026, 11, 1), policy)  # an order before the call


def test_policies_come_from_the_settings_and_bad_values_fall_back(tmp_path):
    from orderdesk_gui import config
    from orderdesk_gui.services import callbacks
    from orderdesk_gui.services import sleeping as worklist

    settings = config.Settings(tmp_path / "settings.json")
    assert callbacks.policy_from(settings) == cb.CallbackPolicy(3, 30)
    assert worklist.policy_from(settings) == sleeping.SleepingPolicy()
    settings.set(config.CALLBACK_MAX_ATTEMPTS, 5)
    settings.set(config.SLEEPING_MARGIN, "0.25")
    assert callbacks.policy_from(settings).max_attempts == 5
    assert worklist.policy_from(settings).margin == Decimal("0.25")
    settings.set(config.CALLBACK_RETRY_MINUTES, 0)
    settings.set(config.SLEEPING_MARGIN, "half")
    assert callbacks.policy_from(settings) == cb.CallbackPolicy()
    assert worklist.policy_from(settings) == sleeping.SleepingPolicy()


def test_coded_note_lines_keep_code_and_values_and_typed_lines_stay_as_typed():
    at = dt.datetime(2026, 11, 24, 5, 30)
    line = j.note_line(Notice("call.note_callback_scheduled_with_note", at=at, note="про доставку"))
    assert "\n" not in line and "про доставку" in line  # stored as typed, no escapes
    typed, coded, day = j.note_parts(
        "клиент перезвонит сам\n" + line + "\n" + j.note_line(Notice("x.day", day=dt.date(2026, 11, 24)))
    )
    assert typed == "клиент перезвонит сам"
    assert coded.code == "call.note_callback_scheduled_with_note"
    assert coded.params == {"at": at, "note": "про доставку"}
    assert day.params == {"day": dt.date(2026, 11, 24)}
    assert j.note_parts("") == [""]
    # a damaged coded line (cut by the notes limit) is shown as text, never a traceback
    assert j.note_parts(line[:20]) == [line[len(j.NOTE_MARK) : 20]]
