"""Error texts of the calls area (see orderdesk_gui/ui/messages/__init__.py): code -> English source.

Calls, callbacks and their CSV import, outbound tasks with surveys, complaints and shift reports,
and the coded lines the program writes into stored notes (``call.note_*``, ``callback.note_*``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # --- the call record ---------------------------------------------------------------------
    "call.unknown_purpose": QT_TRANSLATE_NOOP("Messages", "Unknown call purpose: {purpose}."),
    "call.unknown_outcome": QT_TRANSLATE_NOOP("Messages", "Unknown call outcome: {outcome}."),
    "call.unknown_source": QT_TRANSLATE_NOOP("Messages", "Unknown call source: {source}."),
    "call.record_gone": QT_TRANSLATE_NOOP("Messages", "The call record no longer exists."),
    "call.client_gone": QT_TRANSLATE_NOOP("Messages", "The client no longer exists."),
    "call.consulted_person_gone": QT_TRANSLATE_NOOP("Messages", "The person consulted does not exist."),
    "call.closed_already": QT_TRANSLATE_NOOP("Messages", "This call is closed already."),
    "call.outcome_missing": QT_TRANSLATE_NOOP("Messages", "Choose the outcome of the call."),
    "call.refusal_reason_missing": QT_TRANSLATE_NOOP("Messages", "Say why the client refused."),
    "call.no_order_completed": QT_TRANSLATE_NOOP(
        "Messages", "No order was completed on this call: complete the order first."
    ),
    "call.transfer_target_missing": QT_TRANSLATE_NOOP(
        "Messages", "Choose the person the call was transferred to."
    ),
    "call.transfer_target_gone": QT_TRANSLATE_NOOP("Messages", "The person to transfer to does not exist."),
    "call.callback_time_missing": QT_TRANSLATE_NOOP("Messages", "Say when to call back."),
    "call.callback_time_past": QT_TRANSLATE_NOOP("Messages", "The callback time is in the past."),
    "call.no_number_to_call_back": QT_TRANSLATE_NOOP("Messages", "The call has no number to call back."),
    # lines the program writes into a call's notes
    "call.no_head_to_consult": QT_TRANSLATE_NOOP("Messages", "No head of sales is available to consult."),
    "call.note_consulted": QT_TRANSLATE_NOOP("Messages", "Consulted {name}"),
    "call.note_consulted_with_note": QT_TRANSLATE_NOOP("Messages", "Consulted {name}: {note}"),
    "call.note_callback_scheduled": QT_TRANSLATE_NOOP("Messages", "Callback scheduled for {at}"),
    "call.note_callback_scheduled_with_note": QT_TRANSLATE_NOOP(
        "Messages", "Callback scheduled for {at}: {note}"
    ),
    "call.note_complaint_registered": QT_TRANSLATE_NOOP("Messages", "Complaint no. {number} registered"),
    "call.note_claim_registered": QT_TRANSLATE_NOOP("Messages", "Claim no. {number} registered"),
    "call.note_wish_registered": QT_TRANSLATE_NOOP("Messages", "Wish no. {number} registered"),
    # --- times typed for a callback ----------------------------------------------------------
    "callback.time_empty": QT_TRANSLATE_NOOP("Messages", "The time is empty."),
    "callback.time_out_of_range": QT_TRANSLATE_NOOP("Messages", "The time “{text}” is out of range."),
    "callback.time_too_far_ahead": QT_TRANSLATE_NOOP(
        "Messages", "The time “{text}” is more than {days} days ahead."
    ),
    "callback.time_too_far_back": QT_TRANSLATE_NOOP(
        "Messages", "The time “{text}” is more than {days} days ago."
    ),
    "callback.not_a_time_of_day": QT_TRANSLATE_NOOP("Messages", "“{text}” is not a time of day."),
    "callback.time_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot read the time “{text}”: write e.g. 14:30, 2026-11-23 14:30, tomorrow 10:00 or +2h.",
    ),
    "callback.window_day_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read the day “{day}” of the window “{text}”."
    ),
    "callback.window_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The window “{text}” ends before it starts."
    ),
    "callback.window_reversed": QT_TRANSLATE_NOOP("Messages", "The time window ends before it starts."),
    "callback.row_time_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read the time “{text}”."),
    # --- callback requests -------------------------------------------------------------------
    "callback.phone_empty": QT_TRANSLATE_NOOP("Messages", "The phone number is empty."),
    "callback.phone_not_a_number": QT_TRANSLATE_NOOP("Messages", "“{text}” is not a phone number."),
    "callback.name_too_long": QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
    "callback.note_too_long": QT_TRANSLATE_NOOP("Messages", "The note is longer than {limit} characters."),
    "callback.unknown_source": QT_TRANSLATE_NOOP("Messages", "Unknown source {source}; one of: {choices}."),
    "callback.request_gone": QT_TRANSLATE_NOOP("Messages", "The callback request no longer exists."),
    "callback.finished_already": QT_TRANSLATE_NOOP("Messages", "This callback is finished already."),
    "callback.being_called": QT_TRANSLATE_NOOP("Messages", "{name} is calling this number now."),
    "callback.cancel_reason_missing": QT_TRANSLATE_NOOP("Messages", "Say why the callback is cancelled."),
    "callback.note_cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled by {name}: {reason}"),
    # --- importing a CSV of callback requests ------------------------------------------------
    "callback.csv_not_text": QT_TRANSLATE_NOOP(
        "Messages", "The file is neither UTF-8 nor Windows-1251 text."
    ),
    "callback.csv_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "callback.csv_utf16": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is saved as UTF-16: save it as CSV in UTF-8 or Windows-1251 and import it again.",
    ),
    "callback.csv_bad_field": QT_TRANSLATE_NOOP(
        "Messages", "A field is longer than {longest} characters or its quotes are broken: check the file."
    ),
    "callback.csv_no_phone_column": QT_TRANSLATE_NOOP(
        "Messages", "The first row must name the columns; a “phone” column is missing."
    ),
    "callback.csv_too_many_rows": QT_TRANSLATE_NOOP("Messages", "More than {limit} rows: split the file."),
    "callback.csv_no_requests": QT_TRANSLATE_NOOP("Messages", "The file has a header but no requests."),
    "callback.csv_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read the file: {reason}"),
    "callback.csv_import_failed": QT_TRANSLATE_NOOP("Messages", "The file could not be imported: {reason}"),
    "callback.report_file": QT_TRANSLATE_NOOP("Messages", "File: {file}"),
    "callback.report_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This file was imported before; nothing was imported again."
    ),
    "callback.report_imported": QT_TRANSLATE_NOOP(
        "Messages", "Imported: {added} new callback requests, {updated} updated."
    ),
    "callback.report_rejected": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was imported: the file has errors. Fix them and drop the file again."
    ),
    "callback.report_line": QT_TRANSLATE_NOOP("Messages", "line {line}: {message}"),
    # --- outbound tasks and surveys ----------------------------------------------------------
    "task.too_many_questions": QT_TRANSLATE_NOOP("Messages", "A survey has at most {limit} questions."),
    "task.question_without_text": QT_TRANSLATE_NOOP("Messages", "Question {number} has no text."),
    "task.question_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Question {number} is longer than {limit} characters."
    ),
    "task.question_key_twice": QT_TRANSLATE_NOOP("Messages", "Two questions share the key {key}."),
    "task.question_unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "Question {number} has an unknown answer type {kind}."
    ),
    "task.question_needs_choices": QT_TRANSLATE_NOOP(
        "Messages", "Question {number} needs at least two choices."
    ),
    "task.title_length": QT_TRANSLATE_NOOP("Messages", "A task title is {shortest} to {longest} characters."),
    "task.instruction_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The instruction is longer than {limit} characters."
    ),
    "task.due_date_past": QT_TRANSLATE_NOOP("Messages", "The due date {day} is in the past."),
    "task.client_limit_below_one": QT_TRANSLATE_NOOP(
        "Messages", "The task needs at least one client: raise the limit."
    ),
    "task.no_client_matches": QT_TRANSLATE_NOOP("Messages", "No client matches the filter."),
    "task.gone": QT_TRANSLATE_NOOP("Messages", "The task no longer exists."),
    "task.item_gone": QT_TRANSLATE_NOOP("Messages", "The task item no longer exists."),
    "task.closed": QT_TRANSLATE_NOOP("Messages", "This task is closed."),
    "task.client_called_already": QT_TRANSLATE_NOOP(
        "Messages", "This client has been called for the task already."
    ),
    "task.being_called": QT_TRANSLATE_NOOP("Messages", "{name} is calling this client for the task now."),
    "task.just_started_by_another": QT_TRANSLATE_NOOP(
        "Messages", "Another operator has just started calling this client for the task."
    ),
    "task.item_finished_already": QT_TRANSLATE_NOOP("Messages", "This task item is finished already."),
    "task.call_with_another_client": QT_TRANSLATE_NOOP(
        "Messages", "This call is not with the task's client."
    ),
    "task.call_closed_with_another_outcome": QT_TRANSLATE_NOOP(
        "Messages", "This call was closed already with another outcome; call the client again."
    ),
    "task.unknown_question": QT_TRANSLATE_NOOP("Messages", "Unknown question {key}."),
    "task.answer_required": QT_TRANSLATE_NOOP("Messages", "Question {number} needs an answer: {question}"),
    "task.answer_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The answer to question {number} is longer than {limit} characters."
    ),
    "task.answer_yes_or_no": QT_TRANSLATE_NOOP("Messages", "Question {number} is answered yes or no."),
    "task.answer_a_number": QT_TRANSLATE_NOOP("Messages", "Question {number} is answered with a number."),
    "task.answer_one_of": QT_TRANSLATE_NOOP(
        "Messages", "Question {number} is answered with one of: {choices}."
    ),
    # --- complaints, claims and wishes -------------------------------------------------------
    "complaint.no_such_department": QT_TRANSLATE_NOOP("Messages", "There is no department {department}."),
    "complaint.lines_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Order lines are line numbers separated by commas, e.g. 1, 4."
    ),
    "complaint.order_has_no_line": QT_TRANSLATE_NOOP("Messages", "The order has no line {line}."),
    "complaint.unknown_kind": QT_TRANSLATE_NOOP("Messages", "Unknown kind {kind}; one of: {choices}."),
    "complaint.unknown_category": QT_TRANSLATE_NOOP("Messages", "Unknown category {category}."),
    "complaint.text_missing": QT_TRANSLATE_NOOP("Messages", "Write what the client said."),
    "complaint.text_too_long": QT_TRANSLATE_NOOP("Messages", "The text is longer than {limit} characters."),
    "complaint.order_gone": QT_TRANSLATE_NOOP("Messages", "The order no longer exists."),
    "complaint.order_of_another_client": QT_TRANSLATE_NOOP(
        "Messages", "The order belongs to another client."
    ),
    "complaint.order_missing_for_lines": QT_TRANSLATE_NOOP(
        "Messages", "Choose the order the lines belong to."
    ),
    "complaint.gone": QT_TRANSLATE_NOOP("Messages", "The complaint no longer exists."),
    "complaint.not_your_department": QT_TRANSLATE_NOOP(
        "Messages", "{name} does not head the department this complaint was passed to."
    ),
    "complaint.resolved_already": QT_TRANSLATE_NOOP("Messages", "This complaint is resolved already."),
    "complaint.resolution_missing": QT_TRANSLATE_NOOP("Messages", "Write how the complaint was resolved."),
    "complaint.resolution_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The resolution is longer than {limit} characters."
    ),
    # --- shift reports -----------------------------------------------------------------------
    "report.period_reversed": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts."),
    "report.period_too_long": QT_TRANSLATE_NOOP("Messages", "A report covers at most {days} days."),
    "report.own_figures_only": QT_TRANSLATE_NOOP("Messages", "{name} may only see their own figures."),
}
