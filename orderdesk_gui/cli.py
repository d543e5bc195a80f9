"""Command line: ``orderdesk`` opens the window; subcommands build demo data, migrate, manage users."""

from __future__ import annotations

import os
import sys

from orderdesk_gui import __version__, clock

EXIT_OK, EXIT_ERROR = 0, 1


def _add_db(parser, *, top: bool = False) -> None:
    import argparse

    parser.add_argument(
        "--db",
        metavar="URL",
        # A subcommand's own --db sets nothing when not given: argparse would otherwise write its None
        # over the one given before the subcommand ("orderdesk --db URL call NUMBER" opened the default).
        default=None if top else argparse.SUPPRESS,
        help="database URL: sqlite:///path/to/file.db or postgresql://user@host:port/db "
        "(default: $ORDERDESK_DB, then the saved setting, then a SQLite file in the user's "
        "data folder)",
    )


def build_parser():
    import argparse
    import datetime as dt

    parser = argparse.ArgumentParser(
        prog="orderdesk",
        description="OrderDesk: the telephone order desk of a wholesale food distributor. "
        "Without a subcommand, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"OrderDesk {__version__}")
    _add_db(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo database (built on first use in the data folder; sign in as operator / demo)",
    )
    parser.add_argument("--user", metavar="LOGIN", help="user name to offer at sign-in")
    parser.add_argument("--lang", choices=("en", "ru", "kk"), help="interface language")
    parser.add_argument(
        "--as-of",
        dest="clock_as_of",
        metavar="YYYY-MM-DD",
        help="run on this day instead of today (training and demo databases built for a day; "
        "default: $ORDERDESK_AS_OF, then the clock.as_of setting, then today)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="build a database filled with realistic demo data",
        description="Build a database with demo clients, products, 12+ months of orders, "
        "debts and calls. Deterministic for a given --seed and --as-of.",
    )
    _add_db(demo)
    demo.add_argument("--clients", type=int, default=1000, metavar="N", help="clients (1000)")
    demo.add_argument("--products", type=int, default=2000, metavar="N", help="products (2000)")
    demo.add_argument("--months", type=int, default=12, metavar="N", help="months of orders (12)")
    demo.add_argument("--seed", type=int, default=1, metavar="N", help="random seed (1)")
    demo.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the demo's today (default: the clock's)",
    )
    demo.add_argument("--replace", action="store_true", help="overwrite an existing SQLite demo file")

    mig = sub.add_parser(
        "migrate",
        help="show or upgrade the database schema version",
        description="Upgrade the database schema to this program's version (opening the "
        "window does this too). A database written by a newer OrderDesk is refused.",
    )
    _add_db(mig)
    mig.add_argument("--status", action="store_true", help="only show the version")

    call = sub.add_parser(
        "call",
        help="screen pop: show the caller of an incoming call in the running OrderDesk",
        description="Run by the PBX or softphone on an incoming call. Brings the running OrderDesk "
        "forward with the caller's card and opens a call record; starts OrderDesk when it is not "
        "running (the card pops after sign-in).",
    )
    call.add_argument("number", help="the caller's number in any writing, e.g. +77011234567")
    _add_db(call)

    routing = sub.add_parser(
        "routing",
        help="show or replace the call routing rules",
        description="Routing rules say who takes a call by client type, purpose and newness. "
        "'show' prints them as JSON; 'load FILE' replaces them all from such a file (validated; "
        "all or nothing).",
    )
    routing_sub = routing.add_subparsers(dest="routing_command", metavar="ACTION", required=True)
    _add_db(routing_sub.add_parser("show", help="print the rules as JSON"))
    load = routing_sub.add_parser("load", help="replace the rules from a JSON file")
    load.add_argument("file")
    _add_db(load)

    cb = sub.add_parser(
        "callback",
        help="file, import or list callback requests",
        description="Callback requests (\"call me back\"): 'add' files one (the web site's form can "
        "run it) and tells a running OrderDesk at once; 'import FILE.csv' imports a CSV (columns "
        "phone,name,from,to,note; all rows or none); 'list' prints the open queue. Times are local.",
    )
    cb_sub = cb.add_subparsers(dest="callback_command", metavar="ACTION", required=True)
    cb_add = cb_sub.add_parser("add", help="file a callback request and print its id")
    cb_add.add_argument("phone")
    cb_add.add_argument("--name", default="", help="who to ask for")
    cb_add.add_argument("--when", default="", help='time window, e.g. "14:00-16:00" or "tomorrow 10:00"')
    cb_add.add_argument("--from", dest="from_", default="", metavar="TIME", help="window start")
    cb_add.add_argument("--to", default="", metavar="TIME", help="window end")
    cb_add.add_argument("--note", default="")
    cb_add.add_argument("--source", default="cli", choices=("web", "cli", "operator", "csv"))
    _add_db(cb_add)
    cb_import = cb_sub.add_parser("import", help="import callback requests from a CSV file")
    cb_import.add_argument("file")
    _add_db(cb_import)
    _add_db(cb_sub.add_parser("list", help="print the open callback queue"))

    imp = sub.add_parser(
        "import",
        help="import accounting's files: CommerceML from 1C, CSV or XLSX tables, the debt statement",
        description="Import clients, contacts, products, price columns and prices, stock, receivables and "
        "promotions from accounting: 1C's CommerceML (import*.xml, offers*.xml), CSV or XLSX tables named "
        "for what they list (clients, products, prices, receivables, ...), or 1C's debt statement saved to "
        "Excel. Each file all or nothing; the same file twice changes nothing. --watch imports what "
        "accounting leaves in a folder, as it comes.",
    )
    imp.add_argument("files", nargs="*", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    imp.add_argument(
        "--full",
        action="store_true",
        help="the tables list everything of their kind: deactivate clients and products, close receivables "
        "they do not list (CommerceML says it itself; a debt statement always is)",
    )
    imp.add_argument(
        "--again",
        action="store_true",
        help="compare a file imported before anew (it is skipped as unchanged)",
    )
    imp.add_argument(
        "--watch",
        metavar="FOLDER",
        nargs="?",
        const="",
        default=None,
        help="import files dropped in FOLDER (default: the setting exchange.drop_folder), as they come",
    )
    imp.add_argument("--every", type=float, default=30.0, metavar="SECONDS", help="how often --watch looks")
    _add_db(imp)

    rhythm = sub.add_parser("rhythm", help="recompute the clients' ordering rhythm (sleeping clients)")
    rhythm_sub = rhythm.add_subparsers(dest="rhythm_command", metavar="ACTION", required=True)
    _add_db(rhythm_sub.add_parser("rebuild", help="recompute every client's rhythm from the orders"))

    reports = sub.add_parser("reports", help="desk report summaries of settled days (a cache)")
    reports_sub = reports.add_subparsers(dest="reports_command", metavar="ACTION", required=True)
    summ = reports_sub.add_parser(
        "sum", help="sum the settled days now (a nightly task), so the first long report opens at once"
    )
    summ.add_argument("--days", type=int, default=400, help="how many days back (default 400)")
    _add_db(summ)
    _add_db(reports_sub.add_parser("forget", help="drop every summary (the next report sums again)"))

    order = sub.add_parser("order", help="orders: mark one invoiced by accounting")
    order_sub = order.add_subparsers(dest="order_command", metavar="ACTION", required=True)
    invoiced = order_sub.add_parser(
        "invoiced",
        help="mark an accepted order invoiced (its receivable counts from now on, not the order)",
    )
    invoiced.add_argument("number", help="the order's number, e.g. B1-2026-000123")
    _add_db(invoiced)

    _add_setup_parser(sub)
    _add_exchange_parser(sub)

    user = sub.add_parser("user", help="create users and set passwords")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser(
        "add",
        help="create a user (password asked, or read from $ORDERDESK_PASSWORD)",
    )
    _add_db(add)
    add.add_argument("login")
    add.add_argument(
        "--role",
        required=True,
        choices=("operator", "manager", "sales_head", "finance", "admin", "exchange"),
    )
    add.add_argument("--name", default="", help="full name")
    passwd = user_sub.add_parser("passwd", help="set a user's password")
    _add_db(passwd)
    passwd.add_argument("login")
    unlock = user_sub.add_parser(
        "unlock", help="lift a lock-out after failed sign-ins (the last administrator locked out, say)"
    )
    _add_db(unlock)
    unlock.add_argument("login")
    return parser


# requisite -> its option in ``orderdesk setup``
SETUP_OPTIONS = {
    "name": "--name",
    "tax_id": "--bin",
    "address": "--address",
    "phone": "--phone",
    "fax": "--fax",
    "email": "--email",
    "bank": "--bank",
    "account": "--account",
    "bik": "--bik",
}


def _add_setup_parser(sub) -> None:
    setup = sub.add_parser(
        "setup",
        help="set up a new company on an empty database (instead of the demo)",
        description="Set up a new company on a database no one can sign in to yet: its requisites "
        "(printed on documents, shared by every desk), the first administrator, the departments, "
        "client types and price columns (the defaults unless a file names others). Asks for what is "
        "missing in a terminal; with --from FILE and the options it runs unattended. The password "
        "is asked, or read from the standard input or $ORDERDESK_PASSWORD, never an option.",
    )
    _add_db(setup)
    setup.add_argument("--from", dest="from_file", metavar="FILE", help="a JSON setup file (see --template)")
    setup.add_argument(
        "--template", action="store_true", help="print a setup file with the defaults and stop"
    )
    for name, option in SETUP_OPTIONS.items():
        setup.add_argument(
            option, dest=f"req_{name}", metavar="TEXT", help=f"company {name.replace('_', ' ')}"
        )
    setup.add_argument("--admin", metavar="LOGIN", help="the first administrator's user name")
    setup.add_argument("--admin-name", metavar="NAME", help="the first administrator's full name")


def _setup_failure(exc) -> str:
    """A refused setup for the terminal: the field it is about (the option, when there is one), then why."""
    field = exc.params.get("field", "")
    where = SETUP_OPTIONS.get(field) or {"login": "--admin", "full_name": "--admin-name"}.get(field, field)
    row = f" row {exc.params['row']}" if exc.params.get("row") else ""
    return f"orderdesk: setup: {where}{row}: {_english(exc)}" if where else f"orderdesk: {_english(exc)}"


def _cmd_setup(args, settings) -> int:
    import dataclasses
    import json

    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.domain import company_setup as rules
    from orderdesk_gui.services import setup

    if args.template:
        print(json.dumps(setup.template(), ensure_ascii=False, indent=2))
        return EXIT_OK
    asking = sys.stdin.isatty()
    try:
        plan = setup.load_file(args.from_file) if args.from_file else setup.CompanySetup()
        given = {k: v for k in SETUP_OPTIONS if (v := getattr(args, f"req_{k}")) is not None}
        plan = dataclasses.replace(plan, requisites=dataclasses.replace(plan.requisites, **given))
        admin = {"login": args.admin, "full_name": args.admin_name}
        admin = {k: v for k, v in admin.items() if v is not None}
        plan = dataclasses.replace(plan, administrator=dataclasses.replace(plan.administrator, **admin))
        if asking:  # everything when nothing was given; else only what is missing
            plan = _ask_setup(plan, rules, every=not (args.from_file or given or admin))
        for field, option in (("name", "--name"), ("tax_id", "--bin")):
            if not getattr(plan.requisites, field).strip():
                raise rules.SetupError("setup.not_given", field=field, option=option)
        for field, option in (("login", "--admin"), ("full_name", "--admin-name")):
            if not getattr(plan.administrator, field).strip():
                raise rules.SetupError("setup.not_given", field=field, option=option)
        rules.checked(plan)  # a bad value is refused before the password is asked
    except rules.SetupError as exc:
        print(_setup_failure(exc), file=sys.stderr)
        return EXIT_ERROR
    database = connection.open_database(config.resolve_database_url(args.db, settings))
    try:
        if not setup.needs_setup():
            raise rules.SetupError("setup.already_done")
        password = _read_password()
        plan = dataclasses.replace(
            plan, administrator=dataclasses.replace(plan.administrator, password=password)
        )
        done = setup.set_up_company(plan)
    except rules.SetupError as exc:
        print(_setup_failure(exc), file=sys.stderr)
        return EXIT_ERROR
    finally:
        database.close()
    print(
        f"{plan.requisites.name.strip()} set up: {done.departments} departments, {done.client_types} client "
        f"types, {done.price_columns} price columns. Sign in as {done.login}."
    )
    return EXIT_OK


def _ask_setup(plan, rules, every: bool):
    """In a terminal: ask for each requisite and the administrator (``every``; Enter keeps what is
    shown) or only for the required ones missing, then ask again for any value refused."""
    labels = {
        "name": "Company name",
        "tax_id": "BIN",
        "address": "Address",
        "phone": "Phone",
        "fax": "Fax",
        "email": "E-mail",
        "bank": "Bank",
        "account": "Account (IIK)",
        "bik": "Bank BIC",
        "login": "Administrator's user name",
        "full_name": "Administrator's full name",
    }
    import dataclasses

    from orderdesk_gui.services import auth

    def ask(field: str, current: str) -> str:
        typed = input(f"{labels[field]}{f' [{current}]' if current else ''}: ").strip()
        return typed or current

    def put(plan, field: str, value: str):
        if field in ("login", "full_name"):
            return dataclasses.replace(
                plan, administrator=dataclasses.replace(plan.administrator, **{field: value})
            )
        return dataclasses.replace(plan, requisites=dataclasses.replace(plan.requisites, **{field: value}))

    def value(plan, field: str) -> str:
        source = plan.administrator if field in ("login", "full_name") else plan.requisites
        return getattr(source, field)

    for field in labels:
        if every or (field in ("name", "tax_id", "login", "full_name") and not value(plan, field).strip()):
            plan = put(plan, field, ask(field, value(plan, field)))
    while True:
        try:
            rules.checked(plan)
            auth.check_login(plan.administrator.login)
            return plan
        except (rules.SetupError, auth.UserError) as exc:
            field = exc.params.get("field", "login")
            if field not in labels:
                raise
            print(f"{labels[field]}: {_english(exc)}", file=sys.stderr)
            plan = put(plan, field, ask(field, ""))


def _add_exchange_parser(sub) -> None:
    """``orderdesk exchange serve|export``: the exchange with accounting (issue 13, parts 4 and 5)."""
    import datetime as dt

    exchange = sub.add_parser(
        "exchange",
        help="exchange with accounting: 1C's HTTP endpoint, order export",
        description="'serve' runs the endpoint of 1C's standard \"exchange with a web site\" for the "
        "office (1C signs in as a user of the exchange role); 'export' writes the accepted orders not "
        "exported yet to a file for accounting (CommerceML, CSV or XLSX) and marks them exported.",
    )
    actions = exchange.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    serve = actions.add_parser("serve", help="run the 1C exchange endpoint until Ctrl+C")
    _add_db(serve)
    serve.add_argument("--host", default=None, help="address to listen on (setting exchange.host: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (setting exchange.port: 8087)")
    serve.add_argument("--folder", default=None, metavar="DIR", help="upload folder (exchange.upload_folder)")
    export = actions.add_parser("export", help="write accepted orders to a file for accounting")
    _add_db(export)
    export.add_argument("--folder", default=None, metavar="DIR", help="where (exchange.export_folder)")
    export.add_argument("--format", dest="fmt", default="commerceml", choices=("commerceml", "csv", "xlsx"))
    export.add_argument("--encoding", default=None, help="utf-8 or windows-1251 (exchange.file_encoding)")
    export.add_argument(
        "--again", action="store_true", help="export again the orders of --since/--until or --order"
    )
    export.add_argument("--since", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="accepted from")
    export.add_argument("--until", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="accepted to")
    export.add_argument("--order", action="append", default=None, metavar="NUMBER", help="an order number")


def _cmd_exchange(args, settings) -> int:
    from pathlib import Path

    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m
    from orderdesk_gui.errors import CodedError
    from orderdesk_gui.services import auth

    url = config.resolve_database_url(args.db, settings)
    database = connection.open_database(url)
    try:
        if args.exchange_command == "serve":
            from orderdesk_gui.http_exchange import app, server

            folder = Path(args.folder) if args.folder else None
            options = app.options_from_settings(settings, folder)
            host = args.host or settings.get(config.EXCHANGE_HOST)
            port = args.port if args.port is not None else settings.get(config.EXCHANGE_PORT)
            database.close()  # each of the server's threads opens its own connection
            server.serve(app.ExchangeApp(options), host, port)
            return EXIT_OK
        from orderdesk_gui.services import exporting

        ids = None
        if args.order:
            numbers = [n.strip() for n in args.order]
            ids = [o.id for o in m.Order.select(m.Order.id).where(m.Order.number.in_(numbers))]
        folder = (
            args.folder or settings.get(config.EXCHANGE_EXPORT_FOLDER) or str(config.data_dir() / "exports")
        )
        result = exporting.export_orders(
            auth.command_line(),
            folder,
            args.fmt,
            args.encoding or settings.get(config.EXCHANGE_FILE_ENCODING),
            again=args.again,
            since=args.since,
            until=args.until,
            order_ids=ids,
            currency=settings.get(config.EXCHANGE_CURRENCY),
        )
        if result.path is None:
            print("no accepted orders to export")
        else:
            print(f"{result.orders} orders, {result.lines} lines exported to {result.path}")
    except CodedError as exc:
        print(f"orderdesk: {_english(exc)}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if not database.is_closed():
            database.close()
    return EXIT_OK


def _read_password() -> str:
    import getpass

    from_env = os.environ.get("ORDERDESK_PASSWORD")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != first:
        raise ValueError("The two passwords differ.")
    return first


def _cmd_demo(args, settings) -> int:
    from orderdesk_gui import config
    from orderdesk_gui.demo import DemoOptions, build_demo_database

    url = args.db or os.environ.get(config.ENV_DB) or config.demo_database_url()
    options = DemoOptions(
        clients=args.clients,
        products=args.products,
        months=args.months,
        seed=args.seed,
        as_of=args.as_of or clock.today(),
        branch_prefix=settings.get(config.BRANCH_PREFIX),
    )

    def progress(stage: str, share: float) -> None:
        print(f"\r{stage:<12} {share * 100:5.1f}%", end="", file=sys.stderr, flush=True)

    summary = build_demo_database(url, options, replace=args.replace, progress=progress)
    print(file=sys.stderr)
    from orderdesk_gui.db.connection import parse_url

    print(f"Demo database ready: {parse_url(url).display()}")
    for key, value in summary.counts.items():
        print(f"  {key}: {value}")
    print("Users (password 'demo'): " + ", ".join(u for u, _r, _p in summary.users))
    return EXIT_OK


def _cmd_migrate(args, settings) -> int:
    from orderdesk_gui import config
    from orderdesk_gui.db import connection, schema

    url = config.resolve_database_url(args.db, settings)
    database = connection.connect(url)
    try:
        before = schema.check(database)
        if args.status:
            state = "up to date" if before.up_to_date else "needs upgrade"
            print(f"schema version {before.current} of {before.latest}: {state}")
            return EXIT_OK
        applied = schema.upgrade(database)
        print(
            f"schema version {schema.status(database).current}; applied: "
            f"{', '.join(applied) if applied else 'nothing'}"
        )
    finally:
        database.close()
    return EXIT_OK


def _cmd_routing(args, settings) -> int:
    import json

    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.services import auth, routing

    database = connection.open_database(config.resolve_database_url(args.db, settings))
    try:
        if args.routing_command == "show":
            print(json.dumps(routing.export_rules(), ensure_ascii=False, indent=2))
        else:
            count = routing.replace_rules(routing.load_file(args.file), by=auth.command_line())
            print(f"{count} routing rules loaded")
    finally:
        database.close()
    return EXIT_OK


def _cmd_user(args, settings) -> int:
    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.services import auth

    url = config.resolve_database_url(args.db, settings)
    database = connection.open_database(url)
    try:
        if args.user_command == "unlock":
            from orderdesk_gui.db import models as m
            from orderdesk_gui.services import people

            row = m.User.get_or_none(m.User.login == args.login)
            if row is None:
                raise auth.UserError("auth.no_such_login", login=args.login)
            people.unlock(auth.command_line(), row.id)
            print(f"{args.login} unlocked")
            return EXIT_OK
        password = _read_password()
        if args.user_command == "add":
            info = auth.create_user(args.login, args.name, args.role, password, by=auth.command_line())
            print(f"user {info.login} ({info.role}) created")
        else:
            auth.set_password(args.login, password, by=auth.command_line())
            print(f"password of {args.login} changed")
    finally:
        database.close()
    return EXIT_OK


def _window(args):
    from orderdesk_gui.domain import callbacks as rules

    now_local = clock.now_local()
    if args.when and (args.from_ or args.to):
        raise ValueError("Give either --when or --from/--to.")
    if args.when:
        return rules.parse_window(args.when, now_local)
    start = rules.parse_when(args.from_, now_local) if args.from_ else now_local
    end = None
    if args.to:
        end = rules.parse_when(args.to, now_local)
        if ":" in args.to and " " not in args.to.strip() and len(args.to.strip()) <= 5:
            end = end.replace(year=start.year, month=start.month, day=start.day)
    return rules.to_utc_naive(start), (rules.to_utc_naive(end) if end else None)


def _cmd_callback(args, settings) -> int:
    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.services import callback_requests, callbacks

    if args.callback_command == "add":
        start, end = _window(args)  # bad times are refused before the database is touched
    database = connection.open_database(config.resolve_database_url(args.db, settings))
    try:
        if args.callback_command == "add":
            new_id = callback_requests.add_callback(args.phone, args.name, start, end, args.note, args.source)
            print(new_id)
        elif args.callback_command == "import":
            report = callbacks.import_csv(args.file)
            print(report.text(_english), end="")
            if not report.ok:
                return EXIT_ERROR
        else:
            now = clock.now_utc()
            for item in callbacks.open_queue(now):
                due = clock.to_local(item.due_at).strftime("%Y-%m-%d %H:%M")
                mark = "DUE" if item.due_at <= now else "   "
                who = item.client_name or item.name
                print(f"{item.id:>6}  {mark} {due}  {item.phone:<14} {who}  (attempts {item.attempts})")
    finally:
        database.close()
    if args.callback_command in ("add", "import"):
        try:
            from orderdesk_gui.ui.single_instance import send

            send({"cmd": "callbacks"})  # a running window refreshes its queue; None: not running
        except Exception:  # noqa: BLE001 - the request is filed; the window polls anyway
            pass
    return EXIT_OK


def _cmd_order(args, settings) -> int:
    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.errors import CodedError
    from orderdesk_gui.services import auth, ordering

    database = connection.open_database(config.resolve_database_url(args.db, settings))
    try:
        ordering.mark_invoiced(auth.command_line(), args.number)
        print(f"{args.number.strip()} marked invoiced")
    except CodedError as exc:
        print(f"orderdesk: {_english(exc)}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        database.close()
    return EXIT_OK


def _cmd_import(args, settings) -> int:
    import time

    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.domain.states import ExchangeStatus
    from orderdesk_gui.errors import CodedError
    from orderdesk_gui.services import auth, importing

    def render(reject) -> str:
        return _english(CodedError(reject.code, **reject.params))

    if args.watch == "":
        args.watch = settings.get(config.EXCHANGE_DROP_FOLDER)
        if not args.watch:
            print("orderdesk: --watch needs a folder, or the setting exchange.drop_folder", file=sys.stderr)
            return EXIT_ERROR
    if not args.files and not args.watch:
        print("orderdesk: name the files to import, or --watch FOLDER", file=sys.stderr)
        return EXIT_ERROR
    database = connection.open_database(config.resolve_database_url(args.db, settings))
    user = auth.command_line()
    try:
        if args.watch:
            print(f"watching {args.watch} every {args.every:g} s; Ctrl+C stops", flush=True)
            while True:
                for result in importing.scan_drop_folder(args.watch, user, render):
                    print(importing.report_text(result, render), end="", flush=True)
                time.sleep(max(1.0, args.every))
        results = importing.import_files(
            args.files,
            user,
            apply=not args.dry_run,
            source="command",
            full=True if args.full else None,
            again=args.again,
        )
    except CodedError as exc:
        print(f"orderdesk: {_english(exc)}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        database.close()
    for result in results:
        print(importing.report_text(result, render), end="")
    refused = [result for result in results if result.status == ExchangeStatus.REFUSED]
    return EXIT_ERROR if refused else EXIT_OK


def _cmd_rhythm(args, settings) -> int:
    import time

    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.services import rhythm

    database = connection.open_database(config.resolve_database_url(args.db, settings))
    try:
        started = time.perf_counter()
        count = rhythm.rebuild_rhythms(
            lambda share: print(f"\rrhythm {share * 100:5.1f}%", end="", file=sys.stderr, flush=True)
        )
        print(file=sys.stderr)
        print(f"rhythm of {count} clients rebuilt in {time.perf_counter() - started:.1f} s")
    finally:
        database.close()
    return EXIT_OK


def _cmd_reports(args, settings) -> int:
    import time

    from orderdesk_gui import config
    from orderdesk_gui.db import connection
    from orderdesk_gui.services import report_days

    database = connection.open_database(config.resolve_database_url(args.db, settings))
    try:
        started = time.perf_counter()
        if args.reports_command == "forget":
            report_days.forget()
            print("every desk report summary dropped")
        else:
            days = report_days.prepare(max(1, min(int(args.days), 3660)))
            print(f"{days} settled days summed in {time.perf_counter() - started:.1f} s")
    finally:
        database.close()
    return EXIT_OK


def _cmd_call(args) -> int | None:
    """Hand the number to the running OrderDesk; None when none runs (then start one)."""
    from orderdesk_gui.ui.single_instance import send

    return EXIT_OK if send({"cmd": "call", "number": args.number}) is not None else None


def _english(error: BaseException) -> str:
    """An error's text for the terminal, in English (coded errors worded by the UI's table)."""
    from orderdesk_gui.ui import messages

    return messages.english(error)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    import logging

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "call" and _cmd_call(args) == EXIT_OK:
        return EXIT_OK
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from orderdesk_gui import config
    from orderdesk_gui.db.connection import DatabaseConfigError
    from orderdesk_gui.db.schema import SchemaError
    from orderdesk_gui.demo import DemoError
    from orderdesk_gui.services.auth import UserError
    from orderdesk_gui.services.routing import RoutingError

    settings = config.Settings()
    try:
        clock.configure(
            args.clock_as_of, settings.get(config.OFFICE_TIMEZONE), settings.get(config.CLOCK_AS_OF)
        )
    except clock.ClockError as exc:
        print(f"orderdesk: {_english(exc)}", file=sys.stderr)
        return EXIT_ERROR
    commands = {
        "demo": _cmd_demo,
        "migrate": _cmd_migrate,
        "user": _cmd_user,
        "routing": _cmd_routing,
        "callback": _cmd_callback,
        "rhythm": _cmd_rhythm,
        "reports": _cmd_reports,
        "order": _cmd_order,
        "import": _cmd_import,
        "setup": _cmd_setup,
        "exchange": _cmd_exchange,
    }
    try:
        if args.command in commands:
            return commands[args.command](args, settings)
        from orderdesk_gui.ui.app import run_gui

        return run_gui(args, settings, pending_call=args.number if args.command == "call" else None)
    except (
        DatabaseConfigError,
        SchemaError,
        DemoError,
        UserError,
        RoutingError,
        ValueError,
        OverflowError,
    ) as exc:
        print(f"orderdesk: {_english(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("orderdesk: interrupted", file=sys.stderr)
        return EXIT_ERROR
