"""Deterministic demo data: people, catalogue, clients with their own order rhythm, debts and calls.

The same generator fills the demo database an operator opens with
``orderdesk --demo`` and the large data sets the benchmarks run on
(``orderdesk demo --clients 100000 --products 50000 --months 24``). Given the
same options (seed, as-of date and build moment included) it writes the same rows.

Times follow the program's clock and the office's time zone (``orderdesk_gui.clock``): the
demo's "today" holds nothing after the moment it was built.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import uuid
from collections.abc import Callable
from contextlib import nullcontext as _nothing
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from peewee import Database, PostgresqlDatabase

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.bulk import CLIENT_COLUMNS, BulkWriter
from orderdesk_gui.demo import vocabulary as V
from orderdesk_gui.domain.departments import (
    CALL_CENTRE,
    DEFAULT_NAMES,
    FINANCE,
    KEY_ACCOUNTS,
    LOGISTICS,
    REGIONAL,
    SALES,
    WHOLESALE,
)
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.roles import Role
from orderdesk_gui.domain.taxid import check_digit
from orderdesk_gui.domain.text import search_text
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import rhythm

DEMO_PASSWORD = "demo"

# (code, name, share of clients, price column, credit limit range, payment delay choices,
#  median days between orders)
CLIENT_TYPES = (
    ("key_account", "Ключевой клиент", 3, "KEY", (3_000_000, 15_000_000), (14, 30), 7),
    ("retail", "Розница", 55, "BASE", (150_000, 900_000), (0, 7, 14), 18),
    ("own_outlet", "Собственная точка", 2, "OWN", (500_000, 2_000_000), (30,), 7),
    ("regional", "Региональный клиент", 15, "REGION", (400_000, 3_000_000), (7, 14, 21), 30),
    ("marketer", "Маркетер", 5, "OPT2", (300_000, 2_000_000), (7, 14), 21),
    ("horeca", "HoReCa", 20, "OPT1", (200_000, 1_200_000), (7, 14), 12),
)
# (code, name, multiplier of the base price)
PRICE_COLUMNS = (
    ("BASE", "Базовая", Decimal("1.00")),
    ("OPT1", "Опт 1 (−3%)", Decimal("0.97")),
    ("OPT2", "Опт 2 (−5%)", Decimal("0.95")),
    ("KEY", "Ключевой (−8%)", Decimal("0.92")),
    ("REGION", "Регион (−4%)", Decimal("0.96")),
    ("OWN", "Своя сеть (−10%)", Decimal("0.90")),
)
# Base price range per group (tenge per unit)
PRICE_RANGE = (250, 6500)
MOBILE_CODES = ("700", "701", "702", "705", "707", "747", "771", "775", "776", "777", "778")


@dataclass
class DemoOptions:
    clients: int = 1000
    products: int = 2000
    months: int = 12
    seed: int = 1
    as_of: dt.date = field(default_factory=clock.today)
    branch_prefix: str = "B1"
    # The moment the demo is built (naive UTC): the clock's now when as_of is the clock's today,
    # else noon of as_of in the office. Nothing in the demo happens after it.
    now: dt.datetime | None = None


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)
    users: list[tuple[str, str, str]] = field(default_factory=list)  # login, role, password


class DemoError(CodedError):
    """Demo data cannot be written here; the text is for the user."""


Progress = Callable[[str, float], None]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _money(value: Decimal | float | int) -> int:
    """Storage value of money: integer tiyn."""
    return int((Decimal(str(value)) * 100).to_integral_value())


def _qty(value: Decimal | float | int) -> int:
    return int((Decimal(str(value)) * 1000).to_integral_value())


def _female(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    return surname


def _female_patronymic(p: str) -> str:
    if p.endswith("ұлы"):
        return p[:-3] + "қызы"
    return p.replace("ович", "овна").replace("евич", "евна")


class _Gen:
    def __init__(self, database: Database, opts: DemoOptions, progress: Progress | None):
        self.db = database
        self.o = opts
        self.rng = random.Random(opts.seed)
        self.progress = progress or (lambda stage, share: None)
        self.summary = DemoSummary()
        self.used_phones: set[str] = set()
        self.used_tax: set[str] = set()
        self.start = opts.as_of - dt.timedelta(days=int(opts.months * 30.44))
        if opts.now is not None:
            self.now_utc = opts.now
        elif clock.today() == opts.as_of:
            self.now_utc = clock.now_utc().replace(microsecond=0)
        else:
            self.now_utc = clock.to_utc(dt.datetime.combine(opts.as_of, dt.time(12)))
        self.now_local = clock.to_local(self.now_utc).replace(tzinfo=None)
        self._offsets: dict[dt.date, dt.timedelta] = {}
        # A second stream for the follow-up data of issue 5, so that adding it did not change
        # the clients, orders and calls earlier seeds produce.
        self.xr = random.Random(opts.seed * 7919 + 5)

    # -- helpers -----------------------------------------------------------
    def person(self, female: bool | None = None) -> tuple[str, str, str]:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if rng.random() < 0.6:
            first = rng.choice(V.KZ_FEMALE_FIRST if female else V.KZ_MALE_FIRST)
            last = rng.choice(V.KZ_SURNAMES_MALE)
            patr = rng.choice(V.KZ_PATRONYMIC_MALE)
        else:
            first = rng.choice(V.RU_FEMALE_FIRST if female else V.RU_MALE_FIRST)
            last = rng.choice(V.RU_SURNAMES_MALE)
            patr = rng.choice(V.RU_PATRONYMIC_MALE)
        if female:
            last, patr = _female(last), _female_patronymic(patr)
        return first, last, patr

    def full_name(self, female: bool | None = None) -> str:
        first, last, patr = self.person(female)
        return f"{last} {first} {patr}"

    def phone(self, mobile: bool = True, city_code: str = "727") -> str:
        rng = self.rng
        while True:
            if mobile:
                number = "+7" + rng.choice(MOBILE_CODES) + f"{rng.randrange(10**7):07d}"
            else:
                rest = 10 - 1 - len(city_code)
                number = "+7" + city_code + str(rng.randrange(2, 10)) + f"{rng.randrange(10**rest):0{rest}d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def written(self, e164: str) -> str:
        """The number as a person would have written it in the card."""
        style = self.rng.randrange(3)
        digits = e164[2:]
        if style == 0:
            return phone_display(e164)
        if style == 1:
            return f"8 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}"
        return "8" + digits

    def tax_id(self, business: bool = True) -> str:
        rng = self.rng
        while True:
            year = rng.randrange(0, 25) if business else rng.randrange(60, 100)
            month = rng.randrange(1, 13)
            kind = rng.choice("4567") if business else rng.choice("3456")
            body = f"{year:02d}{month:02d}{kind}{rng.randrange(10**6):06d}"
            digit = check_digit(body)
            if digit is None:
                continue
            value = body + str(digit)
            if value not in self.used_tax:
                self.used_tax.add(value)
                return value

    def utc(self, local: dt.datetime) -> dt.datetime:
        """The storage form (naive UTC) of an office wall-clock time (the zone's offset per day)."""
        day = local.date()
        offset = self._offsets.get(day)
        if offset is None:
            noon = dt.datetime.combine(day, dt.time(12))
            offset = self._offsets[day] = noon - clock.to_utc(noon)
        return local - offset

    def past(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` (naive UTC), or the build moment when it would come later."""
        return min(moment, self.now_utc)

    def local_dt(self, day: dt.date, hour_from: int = 9, hour_to: int = 18) -> dt.datetime:
        """A UTC time within local working hours on ``day``; on the demo's today, before it was built."""
        lo, hi = hour_from * 60, hour_to * 60
        if day == self.now_local.date():
            built = self.now_local.hour * 60 + self.now_local.minute - 2  # a couple of minutes' margin
            hi = min(hi, built)
            if hi <= lo:  # built before the working hours: the early hours before it
                lo = max(0, hi - 180)
                hi = max(hi, lo + 1)
        minutes = self.rng.randrange(lo, hi)
        local = dt.datetime.combine(day, dt.time()) + dt.timedelta(
            minutes=minutes, seconds=self.rng.randrange(60)
        )
        return self.past(self.utc(local))

    def writer(self, model, columns, batch: int = 20000, after=()) -> BulkWriter:
        return BulkWriter(self.db, model, columns, batch, after)

    # -- stages ------------------------------------------------------------
    def run(self) -> DemoSummary:
        stages = (
            ("people", self.people),
            ("catalogue", self.catalogue),
            ("clients", self.clients),
            ("orders", self.orders),
            ("calls", self.calls),
            ("desks", self.desks),
            ("follow-ups", self.follow_ups),
        )
        # PostgreSQL: all or nothing in one transaction. SQLite: the file is built
        # under a temporary name and renamed when complete (build_demo_database).
        with self.db.atomic() if isinstance(self.db, PostgresqlDatabase) else _nothing():
            for i, (name, stage) in enumerate(stages):
                self.progress(name, i / len(stages))
                with self.db.atomic():
                    stage()
        self.progress("done", 1.0)
        return self.summary

    def people(self) -> None:
        from argon2 import PasswordHasher

        rng = self.rng
        hasher = PasswordHasher()
        self.dept = {}
        # Migration 0008 put the required departments there, numbered in this order as the demo always
        # numbered them; one missing is created.
        for code, name in DEFAULT_NAMES.items():
            dept = m.Department.get_or_none(m.Department.code == code)
            self.dept[code] = dept if dept is not None else m.Department.create(code=code, name=name)

        def user(login, role, dept, head_of=None, password=True, **kw):
            pw_hash = hasher.hash(DEMO_PASSWORD, salt=rng.randbytes(16)) if password else ""
            u = m.User.create(
                login=login,
                full_name=kw.pop("full_name", None) or self.full_name(),
                role=role,
                password_hash=pw_hash,
                department=self.dept[dept],
                head_of=self.dept[head_of] if head_of else None,
                created_at=dt.datetime.combine(self.start, dt.time(3)),
                extension=str(100 + m.User.select().count()),
                **kw,
            )
            if password:
                self.summary.users.append((login, role, DEMO_PASSWORD))
            return u

        user("admin", Role.ADMIN, CALL_CENTRE)
        self.operators = [user("operator", Role.OPERATOR, CALL_CENTRE, head_of=CALL_CENTRE)]
        for i in range(2, 7):
            self.operators.append(user(f"operator{i}", Role.OPERATOR, CALL_CENTRE))
        # operator5 is on leave; operator2 covers
        m.User.update(
            presence="absent",
            absent_until=self.o.as_of + dt.timedelta(days=9),
            substitute=self.operators[1],
        ).where(m.User.id == self.operators[4].id).execute()
        self.sales_head = user("head", Role.SALES_HEAD, SALES, head_of=SALES)
        user("wholesale", Role.SALES_HEAD, WHOLESALE, head_of=WHOLESALE)
        user("finance", Role.FINANCE, FINANCE, head_of=FINANCE)
        user(
            "keyhead",
            Role.MANAGER,
            KEY_ACCOUNTS,
            head_of=KEY_ACCOUNTS,
            password=False,
            is_key_account_manager=True,
        )
        user("reghead", Role.MANAGER, REGIONAL, head_of=REGIONAL, password=False)
        user("logistics", Role.MANAGER, LOGISTICS, head_of=LOGISTICS, password=False)
        self.key_managers = [
            user(
                f"kam{i}",
                Role.MANAGER,
                KEY_ACCOUNTS,
                password=(i == 1),
                is_key_account_manager=True,
            )
            for i in range(1, 5)
        ]
        n_sales = max(6, min(60, self.o.clients // 1500))
        self.sales_managers = [
            user(
                f"manager{i}",
                Role.MANAGER,
                REGIONAL if i % 4 == 0 else WHOLESALE,
                password=(i == 1),
            )
            for i in range(1, n_sales + 1)
        ]
        # Presence: one key-account manager away, one absent with a substitute.
        m.User.update(presence="away").where(m.User.id == self.key_managers[0].id).execute()
        m.User.update(
            presence="absent",
            absent_until=self.o.as_of + dt.timedelta(days=12),
            substitute=self.key_managers[2],
        ).where(m.User.id == self.key_managers[1].id).execute()
        for sm in rng.sample(self.sales_managers, k=max(1, len(self.sales_managers) // 6)):
            m.User.update(
                presence="absent",
                absent_until=self.o.as_of + dt.timedelta(days=rng.randrange(2, 20)),
            ).where(m.User.id == sm.id).execute()
        self.summary.counts["users"] = m.User.select().count()

    def catalogue(self) -> None:
        rng = self.rng
        o = self.o
        self.columns = {}
        for i, (code, name, _mult) in enumerate(PRICE_COLUMNS):
            self.columns[code] = m.PriceColumn.create(
                code=code, name=name, is_base=(code == "BASE"), sort_order=i
            )
        groups = []
        for i, (gcode, gname, vat, bases) in enumerate(V.PRODUCT_GROUPS):
            g = m.ProductGroup.create(code=gcode, name=gname, sort_order=i)
            groups.append((g, int(vat), bases))
        qualities = [v for v in V.VARIANTS if not any(ch.isdigit() for ch in v)]
        # Distinct names: every base with every brand, then a quality word.
        combos = [(gi, bi) for gi, (_g, _v, bases) in enumerate(groups) for bi in range(len(bases))]
        brands = list(V.BRANDS)
        pw = self.writer(
            m.Product,
            [
                "code",
                "name",
                "search_text",
                "group",
                "unit",
                "pack_size",
                "pack_rule",
                "barcode",
                "weight_kg",
                "vat_rate",
                "new_since",
                "certificate_ref",
                "shelf_life_days",
                "active",
                "stock",
            ],
        )
        prices = self.writer(m.Price, ["product", "price_column", "price"], after=[pw])
        self.products = []  # (id, group index, base price storage, pack storage)
        names: set[str] = set()
        pid = 0
        attempt = 0
        while pid < o.products:
            gi, bi = combos[attempt % len(combos)]
            brand = brands[(attempt // len(combos) + gi * 7 + bi) % len(brands)]
            round_ = attempt // (len(combos) * len(brands))
            attempt += 1
            g, vat, bases = groups[gi]
            base_name, unit, packs, weight, shelf = bases[bi]
            name = f"{base_name} «{brand}»"
            if round_:
                name += " " + qualities[(round_ - 1 + bi) % len(qualities)]
            if name in names:
                continue
            names.add(name)
            pid += 1
            code = f"P{pid:06d}"
            body = f"487{rng.randrange(10**9):09d}"
            odd = sum(int(c) for c in body[0::2])
            even = sum(int(c) for c in body[1::2])
            barcode = body + str((10 - (odd + 3 * even) % 10) % 10)
            pack = rng.choice(packs)
            new_since = None
            if rng.random() < 0.03:
                new_since = o.as_of - dt.timedelta(days=rng.randrange(1, 60))
            stock = 0 if rng.random() < 0.04 else pack * rng.randrange(2, 400)
            cert = f"ЕАЭС KZ {rng.randrange(10**7):07d}" if rng.random() < 0.8 else ""
            pw.add(
                (
                    code,
                    name,
                    search_text(name, code, barcode),
                    g.id,
                    unit,
                    _qty(pack),
                    "refuse" if rng.random() < 0.1 else "round_up",
                    barcode,
                    _qty(Decimal(weight)),
                    vat,
                    new_since,
                    cert,
                    shelf,
                    rng.random() > 0.01,
                    _qty(stock),
                )
            )
            lo, hi = PRICE_RANGE
            base = Decimal(int(math.exp(rng.uniform(math.log(lo), math.log(hi)))))
            for _code, _name, mult in PRICE_COLUMNS:
                col = self.columns[_code]
                price = (base * mult).quantize(Decimal("1"))
                prices.add((pid, col.id, _money(price)))
            self.products.append((pid, gi, _money(base), _qty(pack)))
        pw.flush()
        prices.flush()
        self.base_price = {p[0]: p[2] for p in self.products}
        self.col_mult = {self.columns[c].id: mult for c, _n, mult in PRICE_COLUMNS}
        self.by_group: dict[int, list[int]] = {}
        for p in self.products:
            self.by_group.setdefault(p[1], []).append(p[0])
        self.new_products = [
            r.id for r in m.Product.select(m.Product.id).where(m.Product.new_since.is_null(False))
        ]
        # Promotions: current ones, special items of management, and past ones.
        promo_items = self.writer(m.PromotionItem, ["promotion", "product", "special_price", "note"])
        for i in range(12):
            current = i < 7
            starts = o.as_of - dt.timedelta(days=rng.randrange(1, 20) if current else rng.randrange(60, 300))
            ends = starts + dt.timedelta(days=rng.randrange(25, 45) if current else 30)
            kind = "special" if i in (0, 7) else "price"
            promo = m.Promotion.create(
                name=("Спецпредложение руководства" if kind == "special" else rng.choice(V.PROMO_NOTES)),
                kind=kind,
                starts=starts,
                ends=ends,
                note=rng.choice(V.PROMO_NOTES),
            )
            for pid_ in rng.sample(
                [p[0] for p in self.products], k=min(len(self.products), rng.randrange(5, 25))
            ):
                special = None
                if kind == "price":
                    special = _money(
                        (Decimal(self.base_price[pid_]) / 100 * Decimal("0.85")).quantize(Decimal("1"))
                    )
                promo_items.add((promo.id, pid_, special, ""))
        promo_items.flush()
        self.summary.counts["products"] = len(self.products)

    def clients(self) -> None:
        rng = self.rng
        o = self.o
        self.types = {}
        for i, (code, name, *_rest) in enumerate(CLIENT_TYPES):
            self.types[code] = m.ClientType.create(code=code, name=name, sort_order=i)
        # Products traditional for each client type (D7)
        trad = self.writer(m.ClientTypeProduct, ["client_type", "product", "sort_order"])
        self.traditional: dict[str, list[int]] = {}
        for code, *_ in CLIENT_TYPES:
            picks = rng.sample([p[0] for p in self.products], k=min(len(self.products), 10))
            self.traditional[code] = picks
            trad.extend((self.types[code].id, pid, j) for j, pid in enumerate(picks))
        trad.flush()

        weights = [t[2] for t in CLIENT_TYPES]
        cw = self.writer(m.Client, CLIENT_COLUMNS)
        contacts = self.writer(
            m.Contact,
            ["client", "name", "role", "email", "fax", "can_receive_goods", "is_primary", "notes"],
            after=[cw],
        )
        phones = self.writer(m.Phone, ["client", "contact", "number", "e164", "kind"], after=[cw, contacts])
        self.clients_info = []  # (id, type code, price col id, credit limit, delay, profile, rhythm)
        contact_id = 0
        sm = self.sales_managers
        for cid in range(1, o.clients + 1):
            ctype = rng.choices(CLIENT_TYPES, weights=weights)[0]
            code, _name, _share, col, (lo, hi), delays, median = ctype
            kinds = V.SHOP_KINDS_BY_TYPE.get(code, V.SHOP_KINDS_BY_TYPE["retail"])
            pattern = rng.choice(kinds)
            word = rng.choice(V.SHOP_WORDS)
            if code == "retail" and rng.random() < 0.35:
                first, last, patr = self.person()
                name = f"ИП {last} {first[0]}.{patr[0]}."
                shop = pattern.format(w=word, n=cid)
                notes = f"Торговая точка: {shop}"
                tax = self.tax_id(business=False)
            else:
                form = rng.choices([f for f, _ in V.BUSINESS_FORMS], [w for _, w in V.BUSINESS_FORMS])[0]
                name = f"{form} {pattern.format(w=word, n=cid)}"
                notes = ""
                tax = self.tax_id()
            if code == "regional":
                city, region = rng.choice(V.REGIONAL_CITIES)
                city_code = "7" + str(rng.randrange(10, 29))
                carrier = rng.choice(V.CARRIERS)
                shipping = f"Перевозчик: {carrier}; грузополучатель: {name}, БИН {tax}"
            else:
                city, region = V.HOME_CITY
                city_code = "727"
                shipping = ""
            street = rng.choice(V.STREETS)
            address = f"{city}, {street}, {rng.randrange(1, 250)}"
            status = "active"
            roll = rng.random()
            if roll < 0.04:
                status = "potential"
            elif roll < 0.05 or cid % 97 == 50:  # at least one blocked client in any demo
                status = "blocked"
            if code == "key_account":
                manager = rng.choice(self.key_managers).id
            elif status == "potential" and rng.random() < 0.6:
                manager = None
            else:
                manager = rng.choice(sm).id
            limit = _money(rng.randrange(lo // 10000, hi // 10000 + 1) * 10000)
            delay = rng.choice(delays)
            weekdays = ",".join(str(d) for d in sorted(rng.sample(range(1, 6), k=rng.choice((1, 2, 3, 5)))))
            created = dt.datetime.combine(self.start - dt.timedelta(days=rng.randrange(0, 900)), dt.time(5))
            cw.add(
                (
                    _uuid(rng),
                    f"C{cid:06d}",
                    name,
                    search_text(name, f"C{cid:06d}", tax, city),
                    tax,
                    self.types[code].id,
                    manager,
                    self.columns[col].id,
                    limit,
                    delay,
                    region,
                    city,
                    address,
                    address,
                    weekdays,
                    shipping,
                    notes,
                    status,
                    created,
                    created,
                    1,
                )
            )
            # Landline of the business and 1-3 contacts with mobiles
            landline = self.phone(mobile=False, city_code=city_code)
            phones.add((cid, None, self.written(landline), landline, "work"))
            for k in range(rng.choice((1, 1, 2, 2, 3))):
                contact_id += 1
                female = rng.random() < 0.55
                first, last, patr = self.person(female)
                role = ("Директор", "Закупщик", "Бухгалтер", "Кладовщик", "Товаровед")[
                    0 if k == 0 else rng.randrange(1, 5)
                ]
                contacts.add(
                    (
                        cid,
                        f"{last} {first} {patr}",
                        role,
                        f"c{cid}.{k}@example.kz" if rng.random() < 0.6 else "",
                        self.phone(mobile=False, city_code=city_code) if rng.random() < 0.25 else "",
                        role in ("Директор", "Кладовщик", "Товаровед") or rng.random() < 0.3,
                        k == 0,
                        "",
                    )
                )
                mobile = self.phone()
                phones.add((cid, contact_id, self.written(mobile), mobile, "mobile"))
            # Debt profile and order rhythm
            profile = rng.choices(("good", "late", "overlimit", "slow"), (80, 9, 5, 6))[0]
            interval = max(2.0, rng.lognormvariate(math.log(median), 0.45))
            sleeping = status == "active" and rng.random() < 0.12
            self.clients_info.append(
                (cid, code, self.columns[col].id, limit, delay, profile, interval, sleeping, status)
            )
        for w in (cw, contacts, phones):
            w.flush()
        self.summary.counts["clients"] = o.clients

    def orders(self) -> None:
        rng = self.rng
        o = self.o
        ow = self.writer(
            m.Order,
            [
                "uuid",
                "number",
                "client",
                "operator",
                "call",
                "status",
                "created_at",
                "updated_at",
                "accepted_at",
                "invoiced_at",
                "delivery_date",
                "delivery_address",
                "receiver",
                "receiver_confirmed",
                "payment_form",
                "documents",
                "pickup_date",
                "shipping_details",
                "comment",
                "cancel_reason",
                "total_amount",
                "total_discount",
                "total_weight",
                "line_count",
                "debt_override_by",
                "debt_override_reason",
                "version",
            ],
        )
        lw = self.writer(
            m.OrderLine,
            [
                "order",
                "line_no",
                "product",
                "quantity",
                "base_price",
                "unit_price",
                "amount",
                "source",
                "promotion",
                "manual_price_reason",
            ],
            batch=50000,
            after=[ow],
        )
        rw = self.writer(
            m.Receivable,
            ["client", "document_no", "doc_date", "amount", "paid_amount", "due_date", "paid"],
        )
        weight = {p[0]: 0 for p in self.products}
        for r in m.Product.select(m.Product.id, m.Product.weight_kg).tuples():
            weight[r[0]] = int(r[1] * 1000)
        pack = {p[0]: p[3] for p in self.products}
        operators = [u.id for u in self.operators]
        group_count = len(self.by_group)
        counters: dict[int, int] = {}
        order_id = 0
        self.recent_orders = []  # (order id, client id, created_at, number, total) last 30 days
        recent_from = o.as_of - dt.timedelta(days=30)
        receivable_from = o.as_of - dt.timedelta(days=120)
        self.order_counts: dict[int, int] = {}
        self.sleeping_calls: list[tuple[int, dt.date, bool]] = []  # client, call day, ordered again
        xr = self.xr
        now = self.now_utc
        # Each client's ordering rhythm, from the orders made here (no second pass over the table)
        rhythm_writer = self.writer(m.ClientRhythm, rhythm.RHYTHM_COLUMNS, batch=10000)
        n_lines = 0
        for idx, (
            cid,
            code,
            col_id,
            limit,
            delay,
            profile,
            interval,
            sleeping,
            status,
        ) in enumerate(self.clients_info):
            if idx % 5000 == 0:
                self.progress("orders", 3 / 6 + idx / max(1, len(self.clients_info)) / 6)
            if status == "potential":
                continue
            mult = self.col_mult[col_id]
            # The client's usual basket: traditional items plus favourites of a few groups
            favourites = rng.sample(range(group_count), k=min(group_count, rng.randrange(2, 6)))
            basket = list(self.traditional[code][: rng.randrange(2, 6)])
            for gi in favourites:
                items = self.by_group.get(gi, [])
                if items:
                    basket.extend(rng.sample(items, k=min(len(items), rng.randrange(3, 9))))
            basket = list(dict.fromkeys(basket))
            end = o.as_of
            if sleeping:
                end = o.as_of - dt.timedelta(days=int(interval * rng.uniform(2.5, 6)) + 14)
            if status == "blocked":
                end = o.as_of - dt.timedelta(days=rng.randrange(60, 200))
            day = self.start + dt.timedelta(days=rng.uniform(0, interval))
            unpaid_total = 0
            o_days: list[dt.date] = []
            o_units: list[int] = []
            while day <= end:
                d = day
                if d.weekday() == 6:
                    d += dt.timedelta(days=1)
                if d > o.as_of:
                    break
                order_id += 1
                created = self.local_dt(d)
                k = min(len(basket), max(1, int(rng.triangular(2, 14, 4))))
                chosen = rng.sample(basket, k=k)
                if rng.random() < 0.2:
                    chosen.append(rng.choice(self.products)[0])
                chosen = list(dict.fromkeys(chosen))
                total = 0
                base_total = 0
                total_w = 0
                lines = []
                for ln, pid in enumerate(chosen, 1):
                    qty_units = pack[pid] * rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 10))
                    base = self.base_price[pid]
                    unit = int(Decimal(base) * mult / 100) * 100
                    amount = unit * qty_units // 1000
                    total += amount
                    base_total += base * qty_units // 1000
                    total_w += weight[pid] * qty_units // 1000
                    lines.append((order_id, ln, pid, qty_units, base, unit, amount, "asked", None, ""))
                n_lines += len(chosen)
                year = created.year
                counters[year] = counters.get(year, 0) + 1
                number = f"{o.branch_prefix}-{year}-{counters[year]:06d}"
                age = (o.as_of - d).days
                status_ = "delivered" if age > 2 else "accepted"
                delivery = d + dt.timedelta(days=1 if code != "regional" else 3)
                ow.add(
                    (
                        _uuid(rng),
                        number,
                        cid,
                        rng.choice(operators),
                        None,
                        status_,
                        created,
                        created,
                        created,
                        created if status_ == "delivered" else None,  # the last two days: not invoiced yet
                        delivery,
                        "",
                        None,
                        True,
                        "bank_transfer" if delay else "cash",
                        "Накладная, счёт-фактура",
                        None,
                        "",
                        "",
                        "",
                        total,
                        base_total - total,
                        total_w,
                        len(chosen),
                        None,
                        "",
                        1,
                    )
                )
                lw.extend(lines)
                o_days.append(d)
                o_units.append(total)
                self.order_counts[cid] = self.order_counts.get(cid, 0) + 1
                if d >= recent_from:
                    self.recent_orders.append((order_id, cid, created, number, total))
                if d >= receivable_from and delay:
                    due = d + dt.timedelta(days=delay)
                    paid = total
                    if profile == "late" and due < o.as_of and rng.random() < 0.5:
                        paid = 0
                    elif profile == "overlimit" and rng.random() < 0.85:
                        paid = 0
                    elif profile == "slow" and due >= o.as_of - dt.timedelta(days=3):
                        paid = 0
                    elif due >= o.as_of and rng.random() < 0.7:
                        paid = 0  # not due yet: ordinary open invoice
                    elif profile == "good" and due < o.as_of and rng.random() < 0.02:
                        paid = max(0, total - rng.randrange(1, 90))  # a rounding remainder
                    unpaid_total += total - paid
                    rw.add((cid, f"СФ-{number}", d, total, paid, due, paid >= total))
                day = d + dt.timedelta(days=max(1.0, rng.gauss(interval, interval * 0.25)))
            if sleeping and o_days and xr.random() < 0.4:
                # The desk called some sleeping clients lately; some of them ordered again (D16).
                call_day = o.as_of - dt.timedelta(days=xr.randrange(3, 20))
                woke = xr.random() < 0.35
                self.sleeping_calls.append((cid, call_day, woke))
                order_day = call_day + dt.timedelta(days=xr.randrange(0, 3))
                if woke and order_day.weekday() != 6:
                    order_id += 1
                    created = self.local_dt(order_day)
                    chosen = list(dict.fromkeys(xr.sample(basket, k=min(len(basket), xr.randrange(2, 7)))))
                    total = 0
                    for ln, pid in enumerate(chosen, 1):
                        qty_units = pack[pid] * xr.choice((1, 2, 3))
                        base = self.base_price[pid]
                        unit = int(Decimal(base) * mult / 100) * 100
                        amount = unit * qty_units // 1000
                        total += amount
                        lw.add((order_id, ln, pid, qty_units, base, unit, amount, "asked", None, ""))
                    n_lines += len(chosen)
                    counters[order_day.year] = counters.get(order_day.year, 0) + 1
                    number = f"{o.branch_prefix}-{order_day.year}-{counters[order_day.year]:06d}"
                    ow.add(
                        (
                            _uuid(xr),
                            number,
                            cid,
                            xr.choice(operators),
                            None,
                            "accepted",
                            created,
                            created,
                            created,
                            created,  # invoiced: days ago
                            order_day + dt.timedelta(days=1),
                            "",
                            None,
                            True,
                            "bank_transfer" if delay else "cash",
                            "Накладная, счёт-фактура",
                            None,
                            "",
                            "",
                            "",
                            total,
                            0,
                            0,
                            len(chosen),
                            None,
                            "",
                            1,
                        )
                    )
                    o_days.append(order_day)
                    o_units.append(total)
                    self.order_counts[cid] = self.order_counts.get(cid, 0) + 1
                    self.recent_orders.append((order_id, cid, created, number, total))
            if o_days:
                rhythm_writer.add(rhythm.rhythm_row(cid, o_days, o_units, now))
            if profile == "overlimit" and unpaid_total <= limit and unpaid_total >= 0:
                # An older unpaid balance carried over from accounting pushes over the limit.
                extra = limit - unpaid_total + _money(rng.randrange(10_000, 300_000))
                doc_date = o.as_of - dt.timedelta(days=delay + rng.randrange(1, 20))
                rw.add(
                    (
                        cid,
                        f"САЛЬДО-{cid}",
                        doc_date,
                        extra,
                        0,
                        doc_date + dt.timedelta(days=max(delay, 1) + 30),
                        False,
                    )
                )
        for w in (ow, lw, rw, rhythm_writer):
            w.flush()
        # An order accounting has invoiced has reached it: only the last days' orders wait for 1C's first
        # sale query (a year of history would go in one answer otherwise).
        self.db.execute_sql(
            'UPDATE "order" SET "exported_at" = "invoiced_at" WHERE "invoiced_at" IS NOT NULL'
        )
        for year, last in counters.items():
            m.OrderNumberCounter.create(prefix=o.branch_prefix, year=year, last=last)
        self.summary.counts["orders"] = order_id
        self.summary.counts["order_lines"] = n_lines
        self.summary.counts["receivables"] = rw.count

    def calls(self) -> None:
        rng = self.rng
        o = self.o
        cw = self.writer(
            m.Call,
            [
                "uuid",
                "direction",
                "phone",
                "client",
                "operator",
                "started_at",
                "ended_at",
                "purpose",
                "outcome",
                "outcome_detail",
                "transferred_to",
                "transfer_reason",
                "consulted",
                "notes",
                "source",
                "callback",
            ],
        )
        xr = self.xr
        phone_of = {}
        for cid, e164 in (
            m.Phone.select(m.Phone.client, m.Phone.e164).where(m.Phone.kind == "mobile").tuples()
        ):
            phone_of.setdefault(cid, e164)
        operators = [u.id for u in self.operators]
        link = []
        call_id = m.Call.select().count()
        for order_id, cid, created, number, _total in self.recent_orders:
            call_id += 1
            start = created - dt.timedelta(seconds=rng.randrange(120, 600))
            cw.add(
                (
                    _uuid(rng),
                    "in",
                    phone_of.get(cid, ""),
                    cid,
                    rng.choice(operators),
                    start,
                    self.past(created + dt.timedelta(seconds=rng.randrange(20, 90))),
                    "order",
                    "order_taken",
                    number,
                    None,
                    "",
                    None,
                    "",
                    "",
                    None,
                )
            )
            link.append((order_id, call_id))
        # Other calls of the last 30 days, today included: information, transfers, complaints
        outcomes = (
            ("info", "info_given", 50),
            ("other", "transferred", 15),
            ("complaint", "info_given", 8),
            ("order", "refused", 7),
            ("order", "callback_scheduled", 6),
            ("other", "no_answer", 8),
            ("info", "busy", 6),
        )
        ids = [c[0] for c in self.clients_info if c[8] != "potential"]
        per_day = max(10, len(ids) // 40)
        for back in range(30, -1, -1):
            day = o.as_of - dt.timedelta(days=back)
            if day.weekday() == 6 and back:
                continue  # no calls on past Sundays; the demo's today is always a working day
            count = per_day if back else max(25, per_day // 2)
            for _ in range(count):
                purpose, outcome, _w = rng.choices(outcomes, [x[2] for x in outcomes])[0]
                cid = rng.choice(ids) if rng.random() > 0.07 else None
                start = self.local_dt(day, 9, 12 if back == 0 else 18)
                direction = "out" if outcome in ("no_answer", "busy") else "in"
                transferred = (
                    rng.choice(self.sales_managers + self.key_managers).id
                    if outcome == "transferred"
                    else None
                )
                phone = phone_of.get(cid, "") if cid else self.phone()
                operator = rng.choice(operators)
                end = start + dt.timedelta(seconds=rng.randrange(15, 420))
                if outcome in ("no_answer", "busy"):
                    end = start + dt.timedelta(seconds=xr.randrange(8, 40))  # rang out / engaged
                end = self.past(end)
                detail = ""
                if outcome == "refused":
                    detail = xr.choice(V.REFUSAL_REASONS)
                elif outcome == "callback_scheduled":
                    detail = xr.choice(("после обеда", "завтра утром", "в понедельник", "после 16:00"))
                elif outcome == "transferred":
                    detail = "менеджеру клиента"
                reason = ""
                if transferred:
                    reason = xr.choice(V.TRANSFER_REASONS) if purpose != "complaint" else "Претензия клиента"
                cw.add(
                    (
                        _uuid(rng),
                        direction,
                        phone,
                        cid,
                        operator,
                        start,
                        end,
                        purpose,
                        outcome,
                        detail,
                        transferred,
                        reason,
                        None,
                        rng.choice(V.CALL_NOTES) if rng.random() < 0.5 else "",
                        "",
                        None,
                    )
                )
        # Outbound calls to sleeping clients (D16); some of them ordered again afterwards
        for cid, call_day, woke in self.sleeping_calls:
            start = self.utc(
                dt.datetime.combine(call_day, dt.time(10)) + dt.timedelta(minutes=xr.randrange(0, 420))
            )
            if woke:
                outcome, detail, seconds = "info_given", "", xr.randrange(90, 400)
                note = "Рассказали о новинках и акциях, клиент обещал заказ"
            else:
                outcome = xr.choice(("no_answer", "busy", "refused", "info_given", "refused"))
                detail = xr.choice(V.REFUSAL_REASONS) if outcome == "refused" else ""
                seconds = xr.randrange(8, 40) if outcome in ("no_answer", "busy") else xr.randrange(60, 300)
                note = "Пауза в заказах: " + detail if detail else ""
            cw.add(
                (
                    _uuid(xr),
                    "out",
                    phone_of.get(cid, ""),
                    cid,
                    xr.choice(operators),
                    start,
                    start + dt.timedelta(seconds=seconds),
                    "order",
                    outcome,
                    detail,
                    None,
                    "",
                    None,
                    note,
                    "sleeping",
                    None,
                )
            )
        cw.flush()
        if link:
            # Orders of the last 30 days link to the call that took them.
            if isinstance(self.db, PostgresqlDatabase):
                from psycopg2.extras import execute_values

                execute_values(
                    self.db.cursor(),
                    'UPDATE "order" SET call_id = v.c FROM (VALUES %s) AS v(o, c) WHERE "order".id = v.o',
                    link,
                    page_size=5000,
                )
            else:
                self.db.cursor().executemany(
                    'UPDATE "order" SET call_id = ? WHERE id = ?', [(c, oid) for oid, c in link]
                )
        self.summary.counts["calls"] = cw.count

    def desks(self) -> None:
        """The operators' sign-ins on the days they took calls (from ten minutes before the first call to
        ten after the last) and a lunch away on most days, as the desk records them: the live board's and
        the reports' operator hours."""
        import json

        from peewee import fn

        rng = random.Random(self.o.seed + 18)
        C = m.Call
        rows = (
            C.select(C.operator, fn.MIN(C.started_at), fn.MAX(fn.COALESCE(C.ended_at, C.started_at)))
            .group_by(C.operator, fn.DATE(C.started_at))
            .order_by(C.operator, fn.MIN(C.started_at))
            .tuples()
        )
        sessions = self.writer(m.DeskSession, ["user", "desk", "signed_in_at", "seen_at", "signed_out_at"])
        audits = self.writer(m.AuditEvent, ["at", "user", "action", "entity", "entity_id", "details"])
        pad = dt.timedelta(minutes=10)

        def moment(value) -> dt.datetime:
            return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))

        for operator, first, last in rows:
            start, end = moment(first) - pad, moment(last) + pad
            sessions.add((operator, f"DESK-{operator:02d}", start, end, end))
            if end - start > dt.timedelta(hours=5) and rng.random() < 0.7:
                away = start + dt.timedelta(hours=4, minutes=rng.randrange(0, 40))
                back = away + dt.timedelta(minutes=rng.randrange(20, 50))
                for at, old, new in ((away, "available", "away"), (back, "away", "available")):
                    details = json.dumps({"old": {"presence": old}, "new": {"presence": new}})
                    audits.add((at, operator, "presence_changed", "user", str(operator), details))
        sessions.flush()
        audits.flush()
        self.summary.counts["desk_sessions"] = sessions.count

    def follow_ups(self) -> None:
        rng = self.rng
        o = self.o
        morning = dt.datetime.combine(o.as_of, dt.time(9))
        # Callback requests from the web site: some due this morning, some later
        for i in range(8):
            window = self.utc(morning + dt.timedelta(minutes=45 * i))
            mobile = self.phone()
            m.CallbackRequest.create(
                uuid=_uuid(rng),
                phone=self.written(mobile),
                e164=mobile,
                name=self.full_name(),
                window_start=window,
                window_end=window + dt.timedelta(hours=1),
                note="Заявка с сайта: «перезвоните мне»",
                source="web",
                created_at=self.past(window - dt.timedelta(hours=rng.randrange(1, 14))),
            )
        self._callback_history()
        self._survey_task()
        self._complaints()
        m.AppSetting.insert(key="company.name", value="ТОО «Азық-Түлік Дистрибуция»").on_conflict(
            conflict_target=[m.AppSetting.key],
            update={m.AppSetting.value: "ТОО «Азық-Түлік Дистрибуция»"},
        ).execute()
        # the demo's debts are as fresh as the demo: "brought in from accounting" when it was built
        as_of = self.now_utc.replace(microsecond=0, tzinfo=dt.UTC).isoformat()
        m.AppSetting.insert(key="exchange.debts_as_of", value=as_of).on_conflict(
            conflict_target=[m.AppSetting.key], update={m.AppSetting.value: as_of}
        ).execute()
        self.summary.counts["sleeping_marked"] = sum(1 for c in self.clients_info if c[7])

    # -- issue 5 follow-ups (their own random stream: earlier data stays as it was) --------------
    def _call(self, client, operator, start, seconds, outcome, source, **kw) -> m.Call:
        phone = kw.pop("phone", "")
        if not phone and client:
            first = m.Phone.select(m.Phone.e164).where(m.Phone.client == client).first()
            phone = first.e164 if first else ""
        return m.Call.create(
            uuid=_uuid(self.xr),
            direction=kw.pop("direction", "out"),
            phone=phone,
            client=client,
            operator=operator,
            started_at=start,
            ended_at=self.past(start + dt.timedelta(seconds=seconds)),
            purpose=kw.pop("purpose", "order"),
            outcome=outcome,
            source=source,
            **kw,
        )

    def _callback_history(self) -> None:
        xr, o = self.xr, self.o
        head = self.sales_head
        morning = self.utc(dt.datetime.combine(o.as_of, dt.time(9)))
        web = list(m.CallbackRequest.select().order_by(m.CallbackRequest.window_start))
        if web:  # the first web request was tried once, no answer: due again half an hour later
            first = web[0]
            call = self._call(
                first.client_id,
                xr.choice(self.operators),
                min(first.window_start, self.now_utc - dt.timedelta(minutes=5)),
                25,
                "no_answer",
                "callback",
                phone=first.e164,
                callback=first.id,
            )
            first.attempts, first.last_attempt_at = 1, call.started_at
            first.next_attempt_at = call.started_at + dt.timedelta(minutes=30)
            first.save()
        clients = [c[0] for c in self.clients_info if c[8] == "active"]
        yesterday = morning - dt.timedelta(days=1)
        for i in range(6):
            cid = xr.choice(clients)
            phone = m.Phone.select(m.Phone.e164).where(m.Phone.client == cid).first()
            window = yesterday + dt.timedelta(hours=i)
            req = m.CallbackRequest.create(
                uuid=_uuid(xr),
                phone=phone.e164 if phone else self.phone(),
                e164=phone.e164 if phone else "",
                name="",
                client=cid,
                window_start=window,
                window_end=window + dt.timedelta(hours=2),
                note=xr.choice(("Уточнить цены", "Вопрос по доставке", "Хочет новый прайс")),
                source=xr.choice(("web", "operator", "csv", "cli")),
                created_at=window - dt.timedelta(hours=3),
            )
            if i < 2:  # three attempts without an answer: passed to the head of sales
                at = window
                for _ in range(3):
                    self._call(
                        cid,
                        xr.choice(self.operators),
                        at,
                        xr.randrange(10, 40),
                        xr.choice(("no_answer", "busy")),
                        "callback",
                        callback=req.id,
                    )
                    at += dt.timedelta(minutes=35)
                req.status, req.attempts, req.escalated_to = "escalated", 3, head
                req.last_attempt_at = at - dt.timedelta(minutes=35)
            elif i < 5:  # reached
                call = self._call(
                    cid,
                    xr.choice(self.operators),
                    window + dt.timedelta(minutes=10),
                    xr.randrange(60, 300),
                    "info_given",
                    "callback",
                    callback=req.id,
                )
                req.status, req.attempts, req.done_at = "done", 1, call.ended_at
                req.last_attempt_at = call.started_at
            else:
                req.status, req.done_at = "cancelled", window
                req.note += "\nCancelled: клиент позвонил сам"
            req.save()

    def _survey_task(self) -> None:
        import json

        xr, o = self.xr, self.o
        questions = [
            {
                "key": "q1",
                "text": "Почему клиент сделал паузу в заказах?",
                "kind": "choice",
                "choices": ["цена", "ассортимент", "доставка", "сезон", "другое"],
                "required": True,
            },
            {
                "key": "q2",
                "text": "Интересны ли новинки этого месяца?",
                "kind": "yesno",
                "choices": [],
                "required": True,
            },
            {
                "key": "q3",
                "text": "Сколько торговых точек у клиента?",
                "kind": "number",
                "choices": [],
                "required": False,
            },
        ]
        task = m.OutboundTask.create(
            uuid=_uuid(xr),
            title="Обзвон «спящих» клиентов",
            created_by=self.sales_head,
            instruction="Узнать причину паузы в заказах, предложить новинки и акции.",
            survey=json.dumps(questions, ensure_ascii=False),
            created_at=self.utc(dt.datetime.combine(o.as_of - dt.timedelta(days=2), dt.time(9))),
            due_date=o.as_of + dt.timedelta(days=5),
            client_filter=json.dumps({"sleeping_only": True, "limit": 40}),
        )
        sleepers = [c[0] for c in self.clients_info if c[7]][:40]
        for n, cid in enumerate(sleepers):
            item = m.OutboundTaskItem.create(task=task, client=cid)
            if n % 3 == 2:
                continue  # still to call
            op = xr.choice(self.operators)
            start = self.utc(dt.datetime.combine(o.as_of - dt.timedelta(days=1), dt.time(10))) + dt.timedelta(
                minutes=xr.randrange(0, 400)
            )
            kind = xr.random()
            if kind < 0.5:
                answers = {"q1": xr.choice(questions[0]["choices"]), "q2": xr.choice(("yes", "no"))}
                if xr.random() < 0.6:
                    answers["q3"] = str(xr.randrange(1, 6))
                call = self._call(
                    cid, op.id, start, xr.randrange(90, 400), "info_given", "task", purpose="other"
                )
                item.status, item.outcome, item.answers = (
                    "done",
                    "info_given",
                    json.dumps(answers, ensure_ascii=False),
                )
            elif kind < 0.75:
                reason = xr.choice(V.REFUSAL_REASONS)
                call = self._call(
                    cid,
                    op.id,
                    start,
                    xr.randrange(40, 200),
                    "refused",
                    "task",
                    purpose="other",
                    outcome_detail=reason,
                )
                item.status, item.outcome, item.refusal_reason = "done", "refused", reason
            else:
                call = self._call(
                    cid, op.id, start, xr.randrange(10, 40), "no_answer", "task", purpose="other"
                )
                item.outcome = "no_answer"
            item.call, item.operator, item.attempts = call.id, op.id, 1
            if item.status == "done":
                item.done_at = call.ended_at
            item.save()

    def _complaints(self) -> None:
        from orderdesk_gui.services.complaints import CATEGORY_DEPARTMENTS

        xr = self.xr
        heads = {u.head_of_id: u for u in m.User.select().where(m.User.head_of.is_null(False))}
        for i, (order_id, cid, created, _n, _t) in enumerate(self.recent_orders[:9]):
            kind, category, text = V.COMPLAINT_TEXTS[i % len(V.COMPLAINT_TEXTS)]
            dept = next(self.dept[c] for c in CATEGORY_DEPARTMENTS[category] + (SALES,) if c in self.dept)
            author = xr.choice(self.operators)
            at = self.past(created + dt.timedelta(hours=xr.randrange(20, 40)))
            state = ("resolved", "taken", "open")[i % 3]
            handler = heads.get(dept.id, self.sales_head)
            row = m.Complaint.create(
                uuid=_uuid(xr),
                kind=kind,
                category=category,
                text=text,
                client=cid,
                order=order_id,
                order_lines="1" if category in ("shortage", "quality", "price") else "",
                department=dept,
                status=state,
                created_by=author,
                created_at=at,
            )
            m.ComplaintEvent.create(complaint=row, at=at, user=author, status="open", note=f"→ {dept.name}")
            if state in ("taken", "resolved"):
                row.taken_by, row.taken_at = handler, self.past(at + dt.timedelta(hours=2))
                m.ComplaintEvent.create(complaint=row, at=row.taken_at, user=handler, status="taken")
            if state == "resolved":
                row.resolution = xr.choice(V.RESOLUTIONS)
                row.resolved_at = self.past(at + dt.timedelta(days=1))
                m.ComplaintEvent.create(
                    complaint=row, at=row.resolved_at, user=handler, status="resolved", note=row.resolution
                )
            row.save()


def database_is_empty(database: Database) -> bool:
    """True when the schema holds no business rows (no users, clients or products)."""
    return not (m.User.select().exists() or m.Client.select().exists() or m.Product.select().exists())


def generate(database: Database, options: DemoOptions, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty, migrated database with demo data; refuse one that holds data."""
    if not database_is_empty(database):
        raise DemoError("demo.database_not_empty")
    if options.clients < 1 or options.products < 20 or options.months < 1:
        raise DemoError("demo.too_small", clients=1, products=20, months=1)
    return _Gen(database, options, progress).run()


def build_demo_database(
    url: str, options: DemoOptions, *, replace: bool = False, progress: Progress | None = None
) -> DemoSummary:
    """Create a demo database at ``url``.

    SQLite: built in a temporary file beside the target with fast, unsafe pragmas,
    then switched to WAL and renamed over the target in one step, so a killed
    build never leaves a half-filled database behind. PostgreSQL: written in one
    transaction into an empty database.
    """
    from orderdesk_gui.db import connection, schema

    target = connection.parse_url(url)
    if not target.is_sqlite:
        database = connection.open_database(url)
        try:
            summary = generate(database, options, progress)
            # the planner's statistics after millions of rows written at once: an office server's
            # autovacuum may be off or late, and without them the searches fall to sequential scans
            database.execute_sql("ANALYZE")
            return summary
        finally:
            database.close()
    if target.path == ":memory:":
        raise DemoError("demo.needs_file")
    path = Path(target.path).expanduser()
    if path.exists() and not replace:
        raise DemoError("demo.file_exists", path=str(path))
    tmp = path.with_name(path.name + ".building")
    for stale in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        stale.unlink(missing_ok=True)
    database = connection.connect("sqlite:///" + tmp.as_posix())
    try:
        database.execute_sql("PRAGMA journal_mode=OFF")
        database.execute_sql("PRAGMA synchronous=OFF")
        schema.upgrade(database)
        summary = generate(database, options, progress)
        database.execute_sql("ANALYZE")
        database.execute_sql("PRAGMA journal_mode=WAL")
        database.close()
        for old in (Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            old.unlink(missing_ok=True)
        os.replace(tmp, path)
        return summary
    except BaseException:
        database.close()
        tmp.unlink(missing_ok=True)
        raise
