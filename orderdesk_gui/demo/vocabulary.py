"""Vocabulary for the demo data: Russian and Kazakh names, shop names, places, products, notes.

The words live in ``data/*.json`` (shipped inside the package); this module reads them once, on
import, into the tuples the generator draws from. The shapes and the order of every tuple are what
the generator's random choices depend on: change a word and the demo changes, change nothing and
the same seed gives the same database.
"""

from __future__ import annotations

import json
from importlib import resources
from itertools import chain
from typing import Any


def _load(name: str) -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8"))


def _strings(items: list[str]) -> tuple[str, ...]:
    return tuple(items)


def _groups(groups: dict[str, list[str]]) -> tuple[str, ...]:
    """A list kept in labelled parts in the file ("Kazakh", "Russian", ...), in file order."""
    return tuple(chain.from_iterable(groups.values()))


def _pairs(items: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in items)


# -- personal names -----------------------------------------------------------
_names = _load("names.json")
RU_MALE_FIRST = _strings(_names["ru_male_first"])
RU_FEMALE_FIRST = _strings(_names["ru_female_first"])
RU_SURNAMES_MALE = _strings(_names["ru_surnames_male"])
RU_PATRONYMIC_MALE = _strings(_names["ru_patronymic_male"])
KZ_MALE_FIRST = _strings(_names["kz_male_first"])
KZ_FEMALE_FIRST = _strings(_names["kz_female_first"])
KZ_SURNAMES_MALE = _strings(_names["kz_surnames_male"])
KZ_PATRONYMIC_MALE = _strings(_names["kz_patronymic_male"])

# -- businesses ---------------------------------------------------------------
_businesses = _load("businesses.json")
# (legal form, weight)
BUSINESS_FORMS: tuple[tuple[str, int], ...] = tuple(_businesses["business_forms"].items())
SHOP_WORDS = _groups(_businesses["shop_words"])
# client type code -> name patterns ({w}: a shop word, {n}: a number)
SHOP_KINDS_BY_TYPE: dict[str, tuple[str, ...]] = {
    code: _strings(kinds) for code, kinds in _businesses["shop_kinds_by_type"].items()
}

# -- geography ----------------------------------------------------------------
_geography = _load("geography.json")
HOME_CITY: tuple[str, str] = tuple(_geography["home_city"])  # (city, region)
HOME_DISTRICTS = _strings(_geography["home_districts"])
REGIONAL_CITIES = _pairs(_geography["regional_cities"])  # (city, region)
STREETS = _strings(_geography["streets"])
CARRIERS = _strings(_geography["carriers"])

# -- catalogue ----------------------------------------------------------------
_catalogue = _load("catalogue.json")
# Each group: (group_code, group_name, vat_percent, bases)
# Each base:  (base_name, unit, pack_sizes, unit_weight_kg, shelf_life_days)
Base = tuple[str, str, tuple[int, ...], str, int]
PRODUCT_GROUPS: tuple[tuple[str, str, str, tuple[Base, ...]], ...] = tuple(
    (
        group["code"],
        group["name"],
        group["vat_percent"],
        tuple(
            (p["name"], p["unit"], tuple(p["packs"]), p["unit_weight_kg"], p["shelf_life_days"])
            for p in group["products"]
        ),
    )
    for group in _catalogue["product_groups"]
)
BRANDS = _groups(_catalogue["brands"])
VARIANTS = _groups(_catalogue["variants"])  # packages / volumes, then qualities / flavours

# -- free-text notes and follow-ups -------------------------------------------
_notes = _load("notes.json")
CALL_NOTES = _strings(_notes["call_notes"])
PROMO_NOTES = _strings(_notes["promo_notes"])
REFUSAL_REASONS = _strings(_notes["refusal_reasons"])
TRANSFER_REASONS = _strings(_notes["transfer_reasons"])
# (kind, category, text)
COMPLAINT_TEXTS: tuple[tuple[str, str, str], ...] = tuple(
    (c["kind"], c["category"], c["text"]) for c in _notes["complaint_texts"]
)
RESOLUTIONS = _strings(_notes["resolutions"])

del _names, _businesses, _geography, _catalogue, _notes
