"""Error texts of the clients area (see orderdesk_gui/ui/messages/__init__.py): code -> English source.

Clients and phones, sign-in and users, routing rules and their reasons, documents and their
dispatch (e-mail, fax), the database and the demo generator.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # phone numbers (domain/phones.py)
    "phone.empty": QT_TRANSLATE_NOOP("Messages", "Type the phone number."),
    "phone.not_a_number": QT_TRANSLATE_NOOP("Messages", "“{number}” is not a phone number."),
    "phone.digits": QT_TRANSLATE_NOOP(
        "Messages", "“{number}” has the wrong number of digits for a phone number."
    ),
    # BIN/IIN (domain/taxid.py)
    "taxid.digits": QT_TRANSLATE_NOOP("Messages", "A BIN/IIN has exactly 12 digits."),
    "taxid.check_digit": QT_TRANSLATE_NOOP(
        "Messages", "This BIN/IIN fails its check digit: a digit is probably mistyped."
    ),
    # clients (services/clients.py)
    "client.gone": QT_TRANSLATE_NOOP("Messages", "The client no longer exists."),
    "client.name_empty": QT_TRANSLATE_NOOP("Messages", "Type the client's name."),
    "client.name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The client's name is too long: at most {limit} characters ({given} given)."
    ),
    "client.city_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The city is too long: at most {limit} characters ({given} given)."
    ),
    "client.region_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The region is too long: at most {limit} characters ({given} given)."
    ),
    "client.delivery_address_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The delivery address is too long: at most {limit} characters ({given} given)."
    ),
    "client.shipping_details_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The shipping details are too long: at most {limit} characters ({given} given)."
    ),
    "client.notes_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The notes are too long: at most {limit} characters ({given} given)."
    ),
    "client.contact_name_empty": QT_TRANSLATE_NOOP("Messages", "Type the contact's name."),
    "client.contact_name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A contact's name is too long: at most {limit} characters ({given} given)."
    ),
    "client.contact_role_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A contact's role is too long: at most {limit} characters ({given} given)."
    ),
    "client.email_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The e-mail is too long: at most {limit} characters ({given} given)."
    ),
    "client.phone_taken": QT_TRANSLATE_NOOP(
        "Messages", "The phone {phone} belongs to another client: {client}"
    ),
    "client.tax_id_taken": QT_TRANSLATE_NOOP(
        "Messages", "BIN/IIN {tax_id} is already the client {code} {client}"
    ),
    "client.unknown_type": QT_TRANSLATE_NOOP("Messages", "Unknown client type “{type}”."),
    "client.no_price_column": QT_TRANSLATE_NOOP(
        "Messages", "There is no price column yet: import the price list first."
    ),
    "client.unknown_status": QT_TRANSLATE_NOOP("Messages", "Unknown client status “{status}”."),
    "client.credit_limit_not_amount": QT_TRANSLATE_NOOP(
        "Messages", "The credit limit must be an amount, e.g. 500000."
    ),
    "client.credit_limit_range": QT_TRANSLATE_NOOP(
        "Messages", "The credit limit must be between 0 and {highest}."
    ),
    "client.payment_delay_range": QT_TRANSLATE_NOOP(
        "Messages", "The payment delay must be between 0 and {highest} days."
    ),
    "client.phone_twice": QT_TRANSLATE_NOOP("Messages", "The same phone number is given twice."),
    "client.stale": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this client meanwhile: reopen the card and edit again."
    ),
    "client.manager_gone": QT_TRANSLATE_NOOP("Messages", "That manager does not exist or has left."),
    # sign-in and users (services/auth.py)
    "auth.wrong_login": QT_TRANSLATE_NOOP("Messages", "Wrong user name or password."),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "This account is locked after repeated failed sign-ins: try again in {minutes} min, "
        "or ask an administrator to unlock it.",
    ),
    "auth.password_is_login": QT_TRANSLATE_NOOP("Messages", "A password cannot be the user name."),
    "auth.password_only_digits": QT_TRANSLATE_NOOP(
        "Messages", "A password cannot be digits only: add letters or signs."
    ),
    # people and rights (services/people.py)
    "people.bad_text": QT_TRANSLATE_NOOP(
        "Messages", "“{field}” must be at most {most} characters, without control characters."
    ),
    "people.no_such_department": QT_TRANSLATE_NOOP("Messages", "That department does not exist."),
    "people.head_taken": QT_TRANSLATE_NOOP("Messages", "{name} heads that department already."),
    "people.no_such_user": QT_TRANSLATE_NOOP("Messages", "That user does not exist."),
    "people.last_admin": QT_TRANSLATE_NOOP(
        "Messages", "This is the last active administrator: make another administrator first."
    ),
    "people.not_yourself": QT_TRANSLATE_NOOP("Messages", "You cannot deactivate yourself."),
    "people.unknown_right": QT_TRANSLATE_NOOP("Messages", "Unknown right."),
    "people.fixed_right": QT_TRANSLATE_NOOP(
        "Messages", "The right “{right}” of the role “{role}” cannot be changed."
    ),
    "client.credit_terms_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "{user} may not change the credit limit, payment delay or status: ask finance or the head of sales.",
    ),
    "auth.not_signed_in": QT_TRANSLATE_NOOP(
        "Messages", "You are not signed in (or your account was switched off): sign in again."
    ),
    "auth.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "{user} may not do this: the role does not include the permission “{permission}”."
    ),
    "auth.password_too_short": QT_TRANSLATE_NOOP("Messages", "A password needs at least {least} characters."),
    "auth.bad_login": QT_TRANSLATE_NOOP("Messages", "A user name is 1 to {most} characters without spaces."),
    "auth.unknown_role": QT_TRANSLATE_NOOP("Messages", "Unknown role “{role}”; choose one of: {roles}."),
    "auth.login_taken": QT_TRANSLATE_NOOP("Messages", "A user named “{login}” exists already."),
    "auth.no_such_login": QT_TRANSLATE_NOOP("Messages", "There is no user named “{login}”."),
    # routing rule files (services/routing.py)
    "routing.not_a_list": QT_TRANSLATE_NOOP(
        "Messages", "The rules must be a non-empty JSON list of objects."
    ),
    "routing.rule_not_object": QT_TRANSLATE_NOOP("Messages", "Rule {rule} is not an object."),
    "routing.not_text": QT_TRANSLATE_NOOP("Messages", "Rule {rule}: “{field}” must be a text in quotes."),
    "routing.unknown_fields": QT_TRANSLATE_NOOP("Messages", "Rule {rule}: unknown fields {fields}."),
    "routing.priority_not_whole": QT_TRANSLATE_NOOP(
        "Messages", "Rule {rule}: the priority must be a whole number."
    ),
    "routing.priority_twice": QT_TRANSLATE_NOOP(
        "Messages", "Rule {rule}: priority {priority} is used twice."
    ),
    "routing.bad_action": QT_TRANSLATE_NOOP("Messages", "Rule {rule}: the action must be one of {actions}."),
    "routing.unknown_client_type": QT_TRANSLATE_NOOP(
        "Messages", "Rule {rule}: unknown client type “{type}”."
    ),
    "routing.bad_purpose": QT_TRANSLATE_NOOP(
        "Messages", "Rule {rule}: the purpose must be one of {purposes} or empty."
    ),
    "routing.bad_client_is_new": QT_TRANSLATE_NOOP(
        "Messages", "Rule {rule}: client_is_new must be true, false or null."
    ),
    "routing.transfer_without_chain": QT_TRANSLATE_NOOP(
        "Messages", "Rule {rule}: a transfer needs a chain of steps."
    ),
    "routing.reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Rule {rule}: the reason is longer than {most} characters."
    ),
    "routing.unknown_step": QT_TRANSLATE_NOOP(
        "Messages",
        "Rule {rule}: unknown step “{step}”; use {steps} or head:department code ({departments}).",
    ),
    "routing.file_not_utf8": QT_TRANSLATE_NOOP("Messages", "{path} is not UTF-8 text."),
    "routing.file_not_json": QT_TRANSLATE_NOOP("Messages", "{path} is not valid JSON: {problem}."),
    "routing.file_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {problem}."),
    # the Routing window (services/routing.py)
    "routing.no_such_department": QT_TRANSLATE_NOOP("Messages", "There is no department “{department}”."),
    "routing.no_such_person": QT_TRANSLATE_NOOP("Messages", "This person is not an active user."),
    "routing.heads_another": QT_TRANSLATE_NOOP(
        "Messages", "{person} already heads “{department}”: choose another head there first."
    ),
    "routing.no_such_client": QT_TRANSLATE_NOOP("Messages", "This client is not in the database."),
    "routing.preview_purpose": QT_TRANSLATE_NOOP(
        "Messages", "The purpose of the call must be one of {purposes}."
    ),
    "routing.preview_debt": QT_TRANSLATE_NOOP(
        "Messages", "Choose the client's debt: as booked, red or none."
    ),
    # routing reasons, stored as codes in routing_rule.reason and call.transfer_reason (domain/routing.py)
    "routing.key_account_manager": QT_TRANSLATE_NOOP(
        "Messages", "Key account: their manager takes the order"
    ),
    "routing.not_an_order": QT_TRANSLATE_NOOP(
        "Messages", "Not an order: to the client's manager or the head of sales"
    ),
    "routing.new_client": QT_TRANSLATE_NOOP(
        "Messages", "New client: take the order here, then the head assigns a manager"
    ),
    "routing.ordinary_client": QT_TRANSLATE_NOOP("Messages", "Ordinary client: take the order here"),
    "routing.no_rule": QT_TRANSLATE_NOOP("Messages", "no routing rule matched"),
    "routing.debt": QT_TRANSLATE_NOOP("Messages", "Debt: overdue or over the limit"),
    "client.language_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Documents can be in Russian, Kazakh or English, not {language}."
    ),
    "routing.chosen_at_desk": QT_TRANSLATE_NOOP("Messages", "chosen at the desk"),
    # documents (services/documents.py, printing/)
    "document.order_gone": QT_TRANSLATE_NOOP("Messages", "The order no longer exists."),
    "document.order_draft": QT_TRANSLATE_NOOP(
        "Messages", "The order is still a draft: complete it (F10) before printing or sending it."
    ),
    "document.order_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Order {number} is cancelled: only accepted orders have a confirmation."
    ),
    "document.order_not_printable": QT_TRANSLATE_NOOP(
        "Messages", "Order {number} is “{status}”: only accepted orders have a confirmation."
    ),
    "document.order_no_lines": QT_TRANSLATE_NOOP(
        "Messages", "Order {number} has no lines: there is nothing to confirm."
    ),
    "document.no_lines": QT_TRANSLATE_NOOP("Messages", "The order has no lines: there is nothing to print."),
    "document.no_fax_number": QT_TRANSLATE_NOOP(
        "Messages", "The recipient's fax number is missing: type one."
    ),
    "document.client_gone": QT_TRANSLATE_NOOP("Messages", "The client no longer exists."),
    "document.no_such_price_column": QT_TRANSLATE_NOOP("Messages", "There is no price column “{column}”."),
    "document.no_base_price_column": QT_TRANSLATE_NOOP(
        "Messages", "No base price column is set: choose a client or a price column."
    ),
    "document.price_list_empty": QT_TRANSLATE_NOOP(
        "Messages", "No product matches the chosen groups and filters: the price list would be empty."
    ),
    "document.reference_empty": QT_TRANSLATE_NOOP(
        "Messages", "No active product matches: choose products or groups for the reference sheet."
    ),
    "document.empty": QT_TRANSLATE_NOOP("Messages", "The document has no rows: check the selection."),
    "document.paper": QT_TRANSLATE_NOOP("Messages", "Unknown paper size “{paper}”: choose A4 or Letter."),
    "document.language": QT_TRANSLATE_NOOP(
        "Messages", "Unknown document language “{language}”: use one of {languages}."
    ),
    "document.too_long": QT_TRANSLATE_NOOP(
        "Messages", "A text of the document does not fit a page: shorten the overlong fields."
    ),
    # sending documents (services/dispatch.py)
    "dispatch.unknown_channel": QT_TRANSLATE_NOOP(
        "Messages", "Unknown channel “{channel}” for a printed document."
    ),
    "dispatch.unknown_kind": QT_TRANSLATE_NOOP("Messages", "Unknown document kind “{kind}”."),
    "dispatch.no_address": QT_TRANSLATE_NOOP("Messages", "Type the recipient's e-mail address."),
    "dispatch.bad_address": QT_TRANSLATE_NOOP("Messages", "Not an e-mail address: {addresses}."),
    "dispatch.attachments_too_big": QT_TRANSLATE_NOOP(
        "Messages", "The attachments are {size} MB; most mail servers refuse more than {most} MB."
    ),
    "dispatch.login_not_latin": QT_TRANSLATE_NOOP(
        "Messages",
        "The SMTP user name “{user}” contains characters the server login cannot carry; "
        "use the Latin user name of the mailbox (mail.smtp_user).",
    ),
    "dispatch.password_not_latin": QT_TRANSLATE_NOOP(
        "Messages",
        "The SMTP password contains characters the server login cannot carry; only Latin letters, "
        "digits and punctuation can be sent: check the keyboard layout or change the mailbox "
        "password (mail.smtp_password).",
    ),
    "dispatch.smtp_slow": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} did not answer within {seconds} s."
    ),
    "dispatch.smtp_closed_at_once": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} closed the connection at once."
    ),
    "dispatch.smtp_unknown_host": QT_TRANSLATE_NOOP(
        "Messages", "The mail server name “{host}” is unknown: check mail.smtp_host."
    ),
    "dispatch.smtp_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} cannot be reached ({reply})."
    ),
    "dispatch.smtp_no_starttls": QT_TRANSLATE_NOOP(
        "Messages",
        "The mail server {server} does not offer STARTTLS; turn mail.smtp_tls off only if "
        "the server is on a trusted network.",
    ),
    "dispatch.smtp_login_refused": QT_TRANSLATE_NOOP(
        "Messages", "The mail server refused the login “{user}” ({reply}): check the user and password."
    ),
    "dispatch.smtp_no_login": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} does not support logging in here."
    ),
    "dispatch.smtp_recipient_refused": QT_TRANSLATE_NOOP(
        "Messages", "The mail server refused the recipient ({reply})."
    ),
    "dispatch.smtp_sender_refused": QT_TRANSLATE_NOOP(
        "Messages", "The mail server refused the sender address “{sender}” ({reply}): check mail.from."
    ),
    "dispatch.smtp_refused": QT_TRANSLATE_NOOP("Messages", "The mail server refused the message ({reply})."),
    "dispatch.smtp_closed": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} closed the connection before the message was sent."
    ),
    "dispatch.smtp_tls_failed": QT_TRANSLATE_NOOP(
        "Messages", "A secure connection to {server} failed ({reply})."
    ),
    "dispatch.smtp_stopped": QT_TRANSLATE_NOOP(
        "Messages", "The mail server {server} stopped answering (over {seconds} s)."
    ),
    "dispatch.smtp_failed": QT_TRANSLATE_NOOP("Messages", "Sending through {server} failed ({reply})."),
    "dispatch.no_mail_server": QT_TRANSLATE_NOOP(
        "Messages", "No mail server is set: fill in the SMTP server in the settings (mail.smtp_host)."
    ),
    "dispatch.bad_sender": QT_TRANSLATE_NOOP(
        "Messages", "The sender address (mail.from) is not set or not an e-mail address."
    ),
    "dispatch.partly_refused": QT_TRANSLATE_NOOP(
        "Messages", "Sent to {sent}, but the mail server refused {refused} ({reply})."
    ),
    "dispatch.no_fax_number": QT_TRANSLATE_NOOP("Messages", "Type the fax number."),
    "dispatch.not_a_fax_number": QT_TRANSLATE_NOOP("Messages", "“{number}” is not a fax number."),
    "dispatch.fax_number_incomplete": QT_TRANSLATE_NOOP(
        "Messages",
        "“{number}” is not a complete fax number: type it with the city or operator code, "
        "e.g. 8 727 250 11 22 or +7 727 250 11 22.",
    ),
    "dispatch.fax_command_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The fax command setting cannot be read ({problem}): check fax.command."
    ),
    "dispatch.fax_command_empty": QT_TRANSLATE_NOOP(
        "Messages", "The fax command is empty: check fax.command."
    ),
    "dispatch.fax_command_no_file": QT_TRANSLATE_NOOP(
        "Messages", "The fax command must contain {token} where the TIFF file goes: check fax.command."
    ),
    "dispatch.fax_command_no_number": QT_TRANSLATE_NOOP(
        "Messages", "The fax command must contain {token} where the fax number goes: check fax.command."
    ),
    "dispatch.fax_command_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The fax command “{command}” was not found: check fax.command."
    ),
    "dispatch.fax_command_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "The fax command “{command}” may not be run here: check fax.command."
    ),
    "dispatch.fax_command_slow": QT_TRANSLATE_NOOP(
        "Messages", "The fax command did not finish within {seconds} s."
    ),
    "dispatch.fax_command_no_start": QT_TRANSLATE_NOOP(
        "Messages", "The fax command could not start ({problem})."
    ),
    "dispatch.fax_command_failed": QT_TRANSLATE_NOOP(
        "Messages", "The fax command failed (exit code {exit_code}): {output}"
    ),
    "dispatch.fax_no_pages": QT_TRANSLATE_NOOP("Messages", "The fax has no pages."),
    "dispatch.fax_gateway_no_number": QT_TRANSLATE_NOOP(
        "Messages", "The fax gateway address must contain {token}: check fax.gateway_email."
    ),
    "dispatch.no_fax_way": QT_TRANSLATE_NOOP(
        "Messages",
        "No way to send a fax is set: fill in the fax command (fax.command) or the e-mail-to-fax "
        "gateway (fax.gateway_email) in the settings.",
    ),
    # the database (db/connection.py, db/schema.py)
    "database.connection_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the database was lost: this was not saved. What you typed is still here; "
        "try again when the connection is back.",
    ),
    "database.url_malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "Malformed database URL “{url}”: use sqlite:///path/to/file.db or postgresql://user@host:port/database.",
    ),
    "database.sqlite_url_malformed": QT_TRANSLATE_NOOP(
        "Messages", "Malformed SQLite URL “{url}”: use sqlite:///path/to/file.db."
    ),
    "database.sqlite_url_no_file": QT_TRANSLATE_NOOP(
        "Messages", "The SQLite URL “{url}” names no file: use sqlite:///path/to/file.db."
    ),
    "database.postgresql_url_incomplete": QT_TRANSLATE_NOOP(
        "Messages",
        "The PostgreSQL URL “{url}” needs a host and a database name: use postgresql://user@host:port/database.",
    ),
    "database.unsupported_type": QT_TRANSLATE_NOOP(
        "Messages",
        "Unsupported database type “{type}” in “{url}”: use sqlite:///path/to/file.db "
        "or postgresql://user@host:port/database.",
    ),
    "database.folder_not_created": QT_TRANSLATE_NOOP(
        "Messages", "Cannot create the folder for the database file {path}: {problem}."
    ),
    "database.path_is_folder": QT_TRANSLATE_NOOP(
        "Messages", "The database path {path} is a folder, not a file."
    ),
    "database.sqlite_unwritable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot open the SQLite database {path} for writing: {problem}. "
        "Check that the folder is writable and the file is an OrderDesk database.",
    ),
    "database.postgresql_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot reach the PostgreSQL server at {server} (database “{database}”): {problem}. "
        "Check that the server runs and the URL is right.",
    ),
    "schema.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database has schema version {version}, written by a newer OrderDesk; this program knows "
        "versions up to {latest}. Install the newer OrderDesk to open it (nothing was changed).",
    ),
    "schema.no_such_version": QT_TRANSLATE_NOOP("Messages", "There is no schema version {version}."),
    # demo data (demo/generator.py)
    "demo.database_not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "This database already holds data; demo data only goes into an empty database. "
        "Name a new file with --db, or use --replace for a SQLite demo file.",
    ),
    "demo.too_small": QT_TRANSLATE_NOOP(
        "Messages", "Demo sizes: at least {clients} client, {products} products and {months} month."
    ),
    "demo.needs_file": QT_TRANSLATE_NOOP("Messages", "A demo database needs a file, not :memory:."),
    "demo.file_exists": QT_TRANSLATE_NOOP(
        "Messages", "{path} exists already; add --replace to overwrite it with demo data."
    ),
}
