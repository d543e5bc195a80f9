"""Demo data: a tool that fills an empty database with deterministic people, catalogue, clients,
orders and calls (``orderdesk --demo``, ``orderdesk demo``, the benchmarks' data sets).

Not a use case of the desk: it writes through the models directly, in bulk. ``generator`` holds the
generator; ``vocabulary`` reads the words it draws from out of ``data/*.json``.
"""

from orderdesk_gui.demo.generator import (
    CLIENT_TYPES,
    DEMO_PASSWORD,
    DemoError,
    DemoOptions,
    DemoSummary,
    Progress,
    build_demo_database,
    database_is_empty,
    generate,
)

__all__ = [
    "CLIENT_TYPES",
    "DEMO_PASSWORD",
    "DemoError",
    "DemoOptions",
    "DemoSummary",
    "Progress",
    "build_demo_database",
    "database_is_empty",
    "generate",
]
