#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 The Tessera developers
"""Generates Tessera's embedded demo mesh: FoodCo, a fictional food-delivery company.

Writes, next to this script:

* ``contracts/<domain>/<contract-id>.odcs.yaml`` -- ODCS v3.1.0 data contracts (an older version kept
  side by side is ``<contract-id>.v<version>.odcs.yaml``),
* ``products/<domain>/<product-id>.odps.yaml`` -- ODPS v1.0.0 data products,
* ``lineage/<domain>.ndjson`` -- OpenLineage run events with dataset and column lineage,
* ``measurements/sla.ndjson`` and ``measurements/quality.ndjson`` -- 90 days of SLA and quality history.

Deterministic: every random choice comes from ``random.Random`` seeded with a fixed string, so two runs
write byte-identical files. Python 3 standard library only. Run ``python3 generate.py`` (``--check``
regenerates into a temporary folder and fails if the committed files differ).
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import json
import os
import random
import re
import shutil
import sys
import tempfile
import uuid
from dataclasses import dataclass, field

SEED = "tessera-demo-mesh-2026"
TENANT = "FoodCo"
END_DAY = dt.date(2026, 11, 24)  # last day of the measurement history
DAYS = 90
PRODUCER = "https://git.example.com/foodco/data-platform/tree/v2026.11.3"
OL_SCHEMA_URL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"
TESSERA_FACET_URL = "https://tessera.example.com/spec/facets/1-0-0/TesseraDatasetFacet.json#/$defs/TesseraDatasetFacet"
UUID_NAMESPACE = uuid.UUID("6f1c2d4e-8a3b-5c7d-9e0f-112233445566")

DOMAINS = ["orders", "delivery", "restaurants", "customers", "payments", "marketing", "finance", "customer-care"]


def rng_for(*parts: object) -> random.Random:
    """A random generator of its own for one series, so adding a series never shifts another one."""
    return random.Random("/".join([SEED, *map(str, parts)]))


# ---------------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------------


@dataclass
class Col:
    """One column (ODCS property) of a schema object, and where its values come from."""

    name: str
    kind: str
    description: str
    flags: set[str] = field(default_factory=set)  # pk req uniq pii cde part gen
    cls: str | None = None  # classification
    examples: list | None = None
    values: list[str] | None = None  # enumerated values (for invalidValues rules and examples)
    fk: str | None = None  # relationship target "object.property"
    src: str | None = None  # lineage spec, see Job.column_inputs
    business: str | None = None  # business name


@dataclass
class Obj:
    """A schema object: a table, view, topic or set of files."""

    name: str
    description: str
    cols: list[Col]
    physical: str | None = None
    ptype: str = "table"
    business: str | None = None
    granularity: str | None = None
    inputs: list[str] = field(default_factory=list)  # "contract[@version]/object[ as alias]"
    joins: list[str] = field(default_factory=list)  # "a.col=b.col"
    group_by: list[str] = field(default_factory=list)  # "alias.col"
    filters: list[str] = field(default_factory=list)  # "alias.col"
    rows: int = 10_000  # typical rows per load, drives rowCount rules and measurements
    sql: list[tuple] = field(default_factory=list)  # extra sql rules: (name, description, dimension, query, op, value)
    checks: list[tuple] = field(default_factory=list)  # extra library rules: (col, metric, op, value, args)
    tags: list[str] = field(default_factory=list)


@dataclass
class Contract:
    """An ODCS contract (one version of it)."""

    id: str
    domain: str
    product: str
    version: str
    status: str
    name: str
    purpose: str
    usage: str
    limitations: str
    servers: list[str]
    objects: list[Obj]
    sla: dict
    tags: list[str] = field(default_factory=list)
    created: str = "2025-03-01T09:00:00Z"
    cadence: str = "daily"  # daily | weekly | streaming
    file_suffix: str = ""  # "" for the current version, ".v1.3.0" for an older one kept beside it


@dataclass
class Product:
    """An ODPS data product; its ports are derived from its contracts' lineage inputs."""

    id: str
    domain: str
    name: str
    layer: str  # source-aligned | aggregate | consumer-aligned
    status: str
    version: str
    purpose: str
    usage: str
    limitations: str
    tags: list[str]
    created: str
    source_system: str | None = None
    contracts: list[Contract] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------
# Types per dialect
# ---------------------------------------------------------------------------------------------------

LOGICAL = {
    "id": "string", "str": "string", "text": "string", "currency": "string", "country": "string",
    "email": "string", "phone": "string", "hash": "string", "lang": "string",
    "int": "integer", "bigint": "integer", "rating": "integer",
    "money": "number", "dec": "number", "float": "number", "pct": "number", "lat": "number", "lon": "number",
    "bool": "boolean", "ts": "timestamp", "date": "date", "array": "array",
}

PHYSICAL = {
    "postgres": {"id": "uuid", "text": "text", "int": "integer", "bigint": "bigint", "float": "double precision",
                 "bool": "boolean", "ts": "timestamptz", "date": "date", "array": "text[]", "str": "varchar({n})",
                 "dec": "numeric({n})", "currency": "char(3)", "country": "char(2)", "email": "varchar(320)",
                 "phone": "varchar(20)", "hash": "char(64)", "lang": "varchar(5)", "money": "numeric(12,2)",
                 "pct": "numeric(6,4)", "lat": "numeric(9,6)", "lon": "numeric(9,6)"},
    "snowflake": {"id": "VARCHAR(36)", "text": "VARCHAR", "int": "NUMBER(10,0)", "bigint": "NUMBER(19,0)",
                  "float": "FLOAT", "bool": "BOOLEAN", "ts": "TIMESTAMP_TZ", "date": "DATE", "array": "ARRAY",
                  "str": "VARCHAR({n})", "dec": "NUMBER({n})", "currency": "VARCHAR(3)", "country": "VARCHAR(2)",
                  "email": "VARCHAR(320)", "phone": "VARCHAR(20)", "hash": "VARCHAR(64)", "lang": "VARCHAR(5)",
                  "money": "NUMBER(14,2)", "pct": "NUMBER(6,4)", "lat": "NUMBER(9,6)", "lon": "NUMBER(9,6)"},
    "bigquery": {"id": "STRING", "text": "STRING", "int": "INT64", "bigint": "INT64", "float": "FLOAT64",
                 "bool": "BOOL", "ts": "TIMESTAMP", "date": "DATE", "array": "ARRAY<STRING>", "str": "STRING",
                 "dec": "NUMERIC", "currency": "STRING", "country": "STRING", "email": "STRING", "phone": "STRING",
                 "hash": "STRING", "lang": "STRING", "money": "NUMERIC", "pct": "NUMERIC", "lat": "FLOAT64",
                 "lon": "FLOAT64"},
    "kafka": {"id": "string (uuid)", "text": "string", "int": "int", "bigint": "long", "float": "double",
              "bool": "boolean", "ts": "long (timestamp-millis)", "date": "int (date)", "array": "array<string>",
              "str": "string", "dec": "bytes (decimal({n}))", "currency": "string", "country": "string",
              "email": "string", "phone": "string", "hash": "string", "lang": "string",
              "money": "bytes (decimal(12,2))", "pct": "double", "lat": "double", "lon": "double"},
    "s3": {"id": "STRING", "text": "STRING", "int": "INT32", "bigint": "INT64", "float": "DOUBLE", "bool": "BOOLEAN",
           "ts": "TIMESTAMP(MICROS,true)", "date": "DATE", "array": "LIST<STRING>", "str": "STRING",
           "dec": "DECIMAL({n})", "currency": "STRING", "country": "STRING", "email": "STRING", "phone": "STRING",
           "hash": "STRING", "lang": "STRING", "money": "DECIMAL(12,2)", "pct": "DECIMAL(6,4)",
           "lat": "DECIMAL(9,6)", "lon": "DECIMAL(9,6)"},
}

ITEM_PHYSICAL = {"postgres": "text", "snowflake": "VARCHAR", "bigquery": "STRING", "kafka": "string", "s3": "STRING"}


def logical_type(kind: str) -> str:
    return LOGICAL[kind.partition(":")[0]]


def physical_type(kind: str, dialect: str) -> str:
    base, _, arg = kind.partition(":")
    if base == "rating":
        base = "int"
    return PHYSICAL[dialect][base].format(n=arg)


def logical_options(col: Col) -> dict | None:
    base, _, arg = col.kind.partition(":")
    if base == "id":
        return {"format": "uuid"}
    if base == "rating":
        return {"minimum": 1, "maximum": 5}
    if base == "email":
        return {"format": "email"}
    if base == "currency":
        return {"pattern": "^[A-Z]{3}$"}
    if base == "country":
        return {"pattern": "^[A-Z]{2}$"}
    if base == "lang":
        return {"pattern": "^[a-z]{2}(-[A-Z]{2})?$"}
    if base == "hash":
        return {"pattern": "^[0-9a-f]{64}$"}
    if base == "str" and arg:
        return {"maxLength": int(arg)}
    if base == "pct":
        return {"minimum": 0, "maximum": 1}
    if base == "lat":
        return {"minimum": -90, "maximum": 90}
    if base == "lon":
        return {"minimum": -180, "maximum": 180}
    if base == "money" and "signed" not in col.flags:
        return {"minimum": 0}
    if base == "ts":
        return {"timezone": True, "defaultTimezone": "Etc/UTC"}
    return None


# ---------------------------------------------------------------------------------------------------
# Columns shared across the mesh
# ---------------------------------------------------------------------------------------------------

COMMON: dict[str, dict] = {
    "order_id": dict(kind="id", description="Identifier of the order (UUID v4), assigned by the order service when "
                     "the customer places the order.", fk="orders.order_id", flags={"cde"},
                     examples=["5b1f3c9e-7d2a-4e8b-9f10-2c3d4e5f6a7b"]),
    "customer_id": dict(kind="id", description="Identifier of the customer account. Pseudonymous: it does not "
                        "identify a person without the customer profile.", fk="customers.customer_id",
                        examples=["0d9c8b7a-6f5e-4d3c-2b1a-998877665544"]),
    "restaurant_id": dict(kind="id", description="Identifier of the restaurant (one partner outlet).",
                          fk="restaurants.restaurant_id", examples=["7e6d5c4b-3a29-4188-8776-655443322110"]),
    "rider_id": dict(kind="id", description="Identifier of the rider (courier) who delivers orders.",
                     fk="riders.rider_id", examples=["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"]),
    "delivery_id": dict(kind="id", description="Identifier of the delivery job that takes one order from the "
                        "restaurant to the customer.", fk="deliveries.delivery_id"),
    "menu_item_id": dict(kind="id", description="Identifier of the menu item (a dish or drink on a restaurant's "
                         "menu).", fk="menu_items.menu_item_id"),
    "campaign_id": dict(kind="id", description="Identifier of the marketing campaign.", fk="campaigns.campaign_id"),
    "voucher_id": dict(kind="id", description="Identifier of the voucher definition.", fk="vouchers.voucher_id"),
    "transaction_id": dict(kind="id", description="Identifier of the payment transaction at FoodCo (not the PSP "
                           "reference).", fk="payment_transactions.transaction_id", flags={"cde"}),
    "ticket_id": dict(kind="id", description="Identifier of the customer-care ticket.", fk="tickets.ticket_id"),
    "zone_id": dict(kind="str:16", description="Code of the delivery zone: city code and district.",
                    fk="zones.zone_id", examples=["BER-MITTE", "AMS-CENTRUM", "WAW-MOKOTOW"]),
    "city_code": dict(kind="str:3", description="Three-letter code of the city FoodCo operates in.",
                      fk="cities.city_code", examples=["BER", "AMS", "WAW", "LIS"]),
    "country_code": dict(kind="country", description="ISO 3166-1 alpha-2 country code.",
                         examples=["DE", "NL", "PL", "PT"]),
    "currency": dict(kind="currency", description="ISO 4217 code of the currency of every amount in the row.",
                     examples=["EUR", "PLN"]),
    "created_at": dict(kind="ts", description="When the row was created in the source system (UTC)."),
    "updated_at": dict(kind="ts", description="When the row was last changed in the source system (UTC)."),
    "loaded_at": dict(kind="ts", description="When the pipeline wrote this row (UTC).", flags={"gen"}),
    "event_id": dict(kind="id", description="Unique identifier of the event; consumers de-duplicate on it."),
    "placed_at": dict(kind="ts", description="When the customer placed the order (UTC).", flags={"cde"}),
    "payment_method": dict(kind="str:16", description="How the customer paid.",
                           values=["card", "apple_pay", "google_pay", "paypal", "cash", "blik"]),
    "vehicle_type": dict(kind="str:12", description="Vehicle the rider uses.",
                         values=["bicycle", "e_bike", "scooter", "car"]),
    "email": dict(kind="email", description="E-mail address of the person.", flags={"pii"}, cls="restricted",
                  examples=["jane.doe@example.com"]),
    "phone_number": dict(kind="phone", description="Mobile phone number in E.164 format.", flags={"pii"},
                         cls="restricted", examples=["+4915112345678"]),
    "week_start": dict(kind="date", description="Monday of the ISO week the row aggregates.", flags={"part"}),
    "month_start": dict(kind="date", description="First day of the month the row aggregates.", flags={"part"}),
    "language_code": dict(kind="lang", description="IETF language tag of the text.", examples=["de", "nl", "pl"]),
    "segment_code": dict(kind="str:24", description="Customer segment from the RFM model.",
                         values=["champions", "loyal", "promising", "new", "at_risk", "hibernating", "lost"]),
    "gmv_amount": dict(kind="money", description="Gross merchandise value: what customers paid for food, fees and "
                       "tips, before refunds and discounts funded by FoodCo.", flags={"cde"}, business="GMV"),
}


def c(name: str, kind: str | None = None, description: str | None = None, f: str = "", **opts) -> Col:
    """A column; fields not given come from COMMON, `f` is a space-separated list of flags."""
    base = dict(COMMON.get(name, {}))
    if kind is None and "kind" not in base:
        raise ValueError(f"column {name}: no kind and not in COMMON")
    flags = set(base.pop("flags", set())) | set(f.split())
    merged = {**base, **opts}
    return Col(name=name, kind=kind or merged.pop("kind"), description=description or merged.pop("description"),
               flags=flags, **{k: v for k, v in merged.items() if k not in ("kind", "description")})



# ---------------------------------------------------------------------------------------------------
# Servers: one registry, referenced by key from the contracts
# ---------------------------------------------------------------------------------------------------


def _servers() -> dict[str, dict]:
    """Every server of the mesh, keyed "<type>:<domain>[:<env>]"."""
    out: dict[str, dict] = {}
    for domain in DOMAINS:
        short = domain.replace("customer-care", "care")
        db = short.replace("-", "_")
        out[f"postgres:{domain}"] = dict(
            server=f"{short}-db-prod", type="postgres", environment="prod",
            description=f"Primary PostgreSQL database of the {domain} services (read replica for analytics).",
            host=f"{short}-db.example.com", port=5432, database=db, schema="public")
        out[f"postgres:{domain}:staging"] = dict(
            server=f"{short}-db-staging", type="postgres", environment="staging",
            description=f"Staging PostgreSQL database of the {domain} services.",
            host=f"{short}-db.staging.example.com", port=5432, database=db, schema="public")
        out[f"kafka:{domain}"] = dict(
            server=f"{short}-kafka-prod", type="kafka", environment="prod",
            description=f"Kafka cluster of the {domain} domain; Avro values, schemas in the schema registry.",
            host=f"kafka-{short}.example.com:9092", format="avro")
        out[f"s3:{domain}"] = dict(
            server=f"{short}-lake-prod", type="s3", environment="prod",
            description=f"Data lake bucket of the {domain} domain (Parquet, partitioned by day).",
            location=f"s3://foodco-lake-{short}/curated/", format="parquet")
        out[f"snowflake:{domain}"] = dict(
            server=f"{short}-snowflake-prod", type="snowflake", environment="prod",
            description=f"Snowflake mart of the {domain} domain.",
            account="foodco-eu1", host="foodco-eu1.snowflakecomputing.com", port=443,
            database=f"{db}_mart", schema="curated", warehouse=f"{db}_wh")
        out[f"snowflake:{domain}:dev"] = dict(
            server=f"{short}-snowflake-dev", type="snowflake", environment="dev",
            description=f"Development copy of the {domain} Snowflake mart.",
            account="foodco-eu1", host="foodco-eu1.snowflakecomputing.com", port=443,
            database=f"{db}_mart_dev", schema="curated", warehouse=f"{db}_dev_wh")
        out[f"bigquery:{domain}"] = dict(
            server=f"{short}-bigquery-prod", type="bigquery", environment="prod",
            description=f"BigQuery dataset of the {domain} domain.",
            project=f"foodco-{short}-analytics", dataset=f"{db}_analytics")
        out[f"bigquery:{domain}:sandbox"] = dict(
            server=f"{short}-bigquery-sandbox", type="bigquery", environment="sandbox",
            description=f"Sandbox BigQuery dataset of the {domain} domain for experiments.",
            project=f"foodco-{short}-sandbox", dataset=f"{db}_sandbox")
    return out


SERVERS = _servers()


def lineage_dataset(server: dict, physical: str) -> tuple[str, str]:
    """OpenLineage (namespace, name) of a schema object on its contract's first server.

    postgres: postgres://host:port + database.physicalName; snowflake: snowflake://account +
    database.physicalName; bigquery: bigquery + dataset.physicalName; kafka: kafka://host:port + topic
    (physicalName); s3: s3://bucket + key prefix of `location` followed by physicalName.
    """
    kind = server["type"]
    if kind == "postgres":
        return f"postgres://{server['host']}:{server['port']}", f"{server['database']}.{physical}"
    if kind == "snowflake":
        return f"snowflake://{server['account']}", f"{server['database']}.{physical}"
    if kind == "bigquery":
        return "bigquery", f"{server['dataset']}.{physical}"
    if kind == "kafka":
        return f"kafka://{server['host']}", physical
    if kind == "s3":
        bucket, _, prefix = server["location"][len("s3://"):].partition("/")
        return f"s3://{bucket}", f"{prefix}{physical}"
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------------
# Teams and support channels
# ---------------------------------------------------------------------------------------------------

TEAMS: dict[str, dict] = {
    "orders": dict(name="Order Platform Data", key="ORD", description="Owns the data of the order service: "
                   "carts, checkout, orders and their lifecycle.", members=[
                       ("ana.souza", "Ana Souza", "Data Product Owner", "2023-02-01"),
                       ("tobias.keller", "Tobias Keller", "Data Engineer", "2023-04-17"),
                       ("mei.lin", "Mei Lin", "Analytics Engineer", "2025-07-01"),
                       ("jonas.becker", "Jonas Becker", "Analytics Engineer", "2023-02-01", "2025-06-30", "mei.lin")]),
    "delivery": dict(name="Logistics Data", key="LOG", description="Owns rider, dispatch and delivery data and "
                     "the ETA features used by dispatch.", members=[
                         ("priya.nair", "Priya Nair", "Data Product Owner", "2022-11-14"),
                         ("lukas.wojcik", "Lukas Wojcik", "Data Engineer", "2023-01-09"),
                         ("fatima.elamrani", "Fatima El Amrani", "Data Scientist", "2024-03-04"),
                         ("sven.olsen", "Sven Olsen", "Analytics Engineer", "2024-09-02")]),
    "restaurants": dict(name="Partner Data", key="PRT", description="Owns restaurant, menu and partner "
                        "performance data.", members=[
                            ("chiara.romano", "Chiara Romano", "Data Product Owner", "2023-05-02"),
                            ("david.mensah", "David Mensah", "Data Engineer", "2023-06-12"),
                            ("elena.petrova", "Elena Petrova", "Data Steward", "2024-01-15")]),
    "customers": dict(name="Customer Data", key="CUS", description="Owns customer identity, consent and "
                      "behaviour data; guardian of customer PII.", members=[
                          ("sophie.martin", "Sophie Martin", "Data Product Owner", "2022-09-01"),
                          ("arjun.mehta", "Arjun Mehta", "Data Engineer", "2023-03-20"),
                          ("hanna.virtanen", "Hanna Virtanen", "Data Steward (Privacy)", "2023-08-07"),
                          ("marek.nowak", "Marek Nowak", "Analytics Engineer", "2024-05-13")]),
    "payments": dict(name="Payments Data", key="PAY", description="Owns payment, refund, chargeback, payout and "
                     "fraud data.", members=[
                         ("oliver.grant", "Oliver Grant", "Data Product Owner", "2022-10-03"),
                         ("ines.carvalho", "Ines Carvalho", "Data Engineer", "2023-02-27"),
                         ("kenji.watanabe", "Kenji Watanabe", "Fraud Data Scientist", "2024-02-05"),
                         ("laura.fischer", "Laura Fischer", "Data Steward", "2023-11-20")]),
    "marketing": dict(name="Growth and CRM Analytics", key="GRO", description="Owns campaign, voucher, "
                      "attribution and audience data.", members=[
                          ("maria.garcia", "Maria Garcia", "Data Product Owner", "2023-01-16"),
                          ("tom.baker", "Tom Baker", "Analytics Engineer", "2023-04-03"),
                          ("zoe.dubois", "Zoe Dubois", "Marketing Analyst", "2024-06-10"),
                          ("ahmed.hassan", "Ahmed Hassan", "Data Engineer", "2025-01-07")]),
    "finance": dict(name="Finance Data", key="FIN", description="Owns revenue, unit economics, P&L and "
                    "regulatory reporting data.", members=[
                        ("katarzyna.zielinska", "Katarzyna Zielinska", "Data Product Owner", "2022-08-22"),
                        ("peter.holm", "Peter Holm", "Analytics Engineer", "2023-03-06"),
                        ("nora.jensen", "Nora Jensen", "Financial Controller (Data Steward)", "2023-09-11"),
                        ("rui.santos", "Rui Santos", "Data Engineer", "2024-04-22")]),
    "customer-care": dict(name="Care Insights", key="CARE", description="Owns support ticket and order issue "
                          "data and the care quality KPIs.", members=[
                              ("emma.wilson", "Emma Wilson", "Data Product Owner", "2023-10-02"),
                              ("lucas.moreau", "Lucas Moreau", "Analytics Engineer", "2024-01-08"),
                              ("aisha.khan", "Aisha Khan", "Data Analyst", "2024-07-15")]),
}


def team_of(domain: str) -> dict:
    """The ODCS/ODPS team object of a domain."""
    t = TEAMS[domain]
    members = []
    for m in t["members"]:
        member = {"username": m[0], "name": m[1], "role": m[2], "dateIn": m[3]}
        if len(m) > 4:
            member["dateOut"] = m[4]
            member["replacedByUsername"] = m[5]
        members.append(member)
    return {"name": t["name"], "description": t["description"], "members": members}


def owner_of(domain: str) -> str:
    return TEAMS[domain]["members"][0][0]


def support_of(domain: str) -> list[dict]:
    """Slack, e-mail and issue tracker channels of a domain team."""
    short = domain.replace("customer-care", "care")
    key = TEAMS[domain]["key"]
    return [
        {"channel": f"#data-{short}", "url": f"https://foodco.slack.example.com/archives/C0{key}DATA",
         "description": "Questions about the data, answered by the owning team during business hours (CET).",
         "tool": "slack", "scope": "interactive"},
        {"channel": f"data-{short}@example.com", "url": f"mailto:data-{short}@example.com",
         "description": "Announcements of changes, deprecations and incidents.", "tool": "email",
         "scope": "announcements"},
        {"channel": f"{key} data issues", "url": f"https://jira.example.com/projects/{key}DATA/issues",
         "description": "Report data quality problems and request changes.", "tool": "ticket", "scope": "issues"},
    ]


# ---------------------------------------------------------------------------------------------------
# SLA profiles
# ---------------------------------------------------------------------------------------------------


def sla(profile: str, element: str, retention: tuple | None = None, driver: str | None = None) -> list[dict]:
    """The slaProperties of a contract, by kind of data product.

    `element` is the "object.column" the latency and freshness are measured on.
    """
    if profile == "oltp":
        props = [
            dict(property="latency", value=15, unit="m", element=element, driver=driver or "operational",
                 description="Rows reach the analytics replica at most 15 minutes after they were written."),
            dict(property="availability", value=99.9, unit="%", driver=driver or "operational",
                 description="The replica answers queries 99.9% of each calendar month."),
            dict(property="retention", value=(retention or (2, "y"))[0], unit=(retention or (2, "y"))[1],
                 element=element, driver="regulatory", description="How long rows are kept before deletion."),
        ]
    elif profile == "stream":
        props = [
            dict(property="latency", value=2, unit="m", element=element, driver=driver or "operational",
                 description="Events are on the topic at most 2 minutes after they happened (p99)."),
            dict(property="availability", value=99.95, unit="%", driver=driver or "operational",
                 description="Producers and consumers can reach the cluster 99.95% of the month."),
            dict(property="retention", value=(retention or (7, "d"))[0], unit=(retention or (7, "d"))[1],
                 description="Events stay on the topic this long; the lake copy keeps them longer."),
        ]
    elif profile == "lake":
        props = [
            dict(property="latency", value=6, unit="h", element=element, driver=driver or "analytics",
                 description="Yesterday's files land within 6 hours after midnight UTC."),
            dict(property="frequency", value=1, unit="d", element=element, driver=driver or "analytics",
                 description="One new partition per day."),
            dict(property="availability", value=99.5, unit="%", driver=driver or "analytics",
                 description="Readable 99.5% of the month."),
            dict(property="retention", value=(retention or (2, "y"))[0], unit=(retention or (2, "y"))[1],
                 description="Partitions older than this are deleted."),
        ]
    elif profile == "daily":
        props = [
            dict(property="latency", value=6, unit="h", element=element, driver=driver or "analytics",
                 description="Yesterday's data is complete at most 6 hours after midnight UTC."),
            dict(property="frequency", value=1, unit="d", element=element, driver=driver or "analytics",
                 description="Rebuilt once a day."),
            dict(property="timeOfAvailability", value="06:00Z", element=element, driver=driver or "analytics",
                 description="Yesterday's data is ready by 06:00 UTC."),
            dict(property="availability", value=99.5, unit="%", driver=driver or "analytics",
                 description="Queryable 99.5% of the month."),
            dict(property="retention", value=(retention or (3, "y"))[0], unit=(retention or (3, "y"))[1],
                 description="History is kept this long."),
        ]
    elif profile == "weekly":
        props = [
            dict(property="latency", value=1, unit="d", element=element, driver=driver or "analytics",
                 description="Last week's data is complete within one day after the week ends."),
            dict(property="frequency", value=7, unit="d", element=element, driver=driver or "analytics",
                 description="Rebuilt every Monday."),
            dict(property="timeOfAvailability", value="08:00Z", element=element, driver=driver or "analytics",
                 description="Last week's data is ready on Monday by 08:00 UTC."),
            dict(property="availability", value=99.0, unit="%", driver=driver or "analytics",
                 description="Queryable 99% of the month."),
            dict(property="retention", value=(retention or (5, "y"))[0], unit=(retention or (5, "y"))[1],
                 description="History is kept this long."),
        ]
    else:
        raise ValueError(profile)
    return props


# ---------------------------------------------------------------------------------------------------
# The mesh, one function per domain
# ---------------------------------------------------------------------------------------------------

ORDER_STATUSES = ["placed", "accepted", "preparing", "ready_for_pickup", "picked_up", "delivered", "cancelled"]
PLATFORMS = ["ios", "android", "web"]


def mk(cid: str, domain: str, product: str, version: str, status: str, name: str, purpose: str, usage: str,
       limitations: str, servers: list[str], objects: list[Obj], sla_props: list[dict], tags: list[str],
       created: str, cadence: str = "daily", file_suffix: str = "") -> Contract:
    """Builds a contract."""
    return Contract(id=cid, domain=domain, product=product, version=version, status=status, name=name,
                    purpose=purpose, usage=usage, limitations=limitations, servers=servers, objects=objects,
                    sla=sla_props, tags=tags, created=created, cadence=cadence, file_suffix=file_suffix)


def orders_domain() -> tuple[list[Product], list[Contract]]:
    """Orders: the order service's orders, status events, checkout sessions, and daily order aggregates."""
    d = "orders"

    def v2_orders() -> Obj:
        return Obj("orders", "One row per order placed by a customer, from checkout to its final status.", [
            c("order_id", f="pk req uniq"),
            c("order_number", "str:16", "Short order number shown to the customer, the restaurant and the rider.",
              f="req uniq", examples=["BER-4F7K2Q"]),
            c("customer_id", f="req"),
            c("restaurant_id", f="req"),
            c("delivery_address_id", "id", "Delivery address chosen at checkout.", fk="addresses.address_id"),
            c("city_code", f="req"),
            c("channel", "str:8", "Where the order was placed.", values=PLATFORMS),
            c("placed_at", f="req"),
            c("scheduled_for", "ts", "Requested delivery time of a scheduled order; empty for as-soon-as-possible "
              "orders."),
            c("order_status", "str:16", "Current status of the order.", f="req", values=ORDER_STATUSES),
            c("item_count", "int", "Number of items in the order (sum of quantities)."),
            c("subtotal_amount", "money", "Price of the items before fees and discounts.", f="req"),
            c("delivery_fee", "money", "Delivery fee charged to the customer."),
            c("service_fee", "money", "Service fee charged to the customer."),
            c("small_order_fee", "money", "Surcharge for baskets below the restaurant's minimum order value. "
              "New in 2.0.0."),
            c("tip_amount", "money", "Tip for the rider; passed on in full."),
            c("discount_amount", "money", "Discount from vouchers and promotions."),
            c("voucher_code", "str:32", "Voucher code redeemed with the order, if any.", examples=["WELCOME10"]),
            c("total_amount", "money", "Amount charged to the customer: subtotal, fees and tip minus discount.",
              f="req cde"),
            c("currency", f="req"),
            c("payment_method", f="req"),
            c("is_first_order", "bool", "True for the customer's first order that was delivered."),
            c("updated_at", f="req"),
        ], rows=180_000, business="Placed orders",
            sql=[("total_amount_reconciles", "The total equals subtotal plus fees and tip minus discount.",
                  "accuracy", "SELECT COUNT(*) FROM public.orders WHERE total_amount <> subtotal_amount + "
                  "delivery_fee + service_fee + small_order_fee + tip_amount - discount_amount", "mustBe", 0)])

    def v2_items() -> Obj:
        return Obj("order_items", "One row per line of an order: a menu item, its quantity and price.", [
            c("order_item_id", "id", "Identifier of the order line.", f="pk req uniq"),
            c("order_id", f="req", fk="orders.order_id"),
            c("menu_item_id", f="req"),
            c("item_name", "str:120", "Name of the menu item when the order was placed.",
              examples=["Margherita 32cm"]),
            c("quantity", "int", "Number of units ordered.", f="req"),
            c("unit_price", "money", "Price of one unit including modifiers."),
            c("modifiers_amount", "money", "Extra charge for modifiers (extra cheese, large size)."),
            c("line_total", "money", "quantity times unit price.", f="req"),
            c("special_instructions", "text", "Free-text note for the kitchen; may contain personal data.",
              cls="confidential", f="pii"),
            c("created_at"),
        ], rows=520_000, business="Order lines",
            sql=[("order_items_have_orders", "Every order line belongs to an existing order.", "consistency",
                  "SELECT COUNT(*) FROM public.order_items i LEFT JOIN public.orders o ON o.order_id = i.order_id "
                  "WHERE o.order_id IS NULL", "mustBe", 0)])

    placed_v2 = mk(
        "placed-orders", d, "order-management", "2.0.0", "active", "Placed orders",
        "All orders customers placed, with amounts, fees and the current status; the system of record for what "
        "was ordered.", "Join on order_id. Use order_status for the current state; the full history is in "
        "order-status-events.", "Amounts are in the order's local currency. Test orders are excluded.",
        ["postgres:orders", "postgres:orders:staging", "s3:orders"], [v2_orders(), v2_items()],
        sla("oltp", "orders.updated_at", retention=(10, "y")), ["orders", "source-aligned", "gdpr"],
        "2024-02-12T10:00:00Z")

    legacy_orders = Obj("orders", "Compatibility view with the 1.x layout, built on the 2.0.0 tables.", [
        c("order_id", f="pk req uniq"),
        c("order_number", "str:16", "Short order number shown to the customer.", f="req uniq"),
        c("customer_id", f="req"),
        c("restaurant_id", f="req"),
        c("city_code", f="req"),
        c("channel", "str:8", "Where the order was placed.", values=PLATFORMS),
        c("placed_at", f="req"),
        c("status", "str:16", "Status of the order, 1.x values (ready_for_pickup reads as preparing).",
          src="orders.order_status", values=["placed", "accepted", "preparing", "picked_up", "delivered",
                                              "cancelled"]),
        c("item_count", "int", "Number of items in the order."),
        c("subtotal", "money", "Price of the items before fees and discounts.", src="orders.subtotal_amount"),
        c("fees_amount", "money", "Delivery, service and small-order fees together.",
          src="orders.delivery_fee, orders.service_fee, orders.small_order_fee"),
        c("tip_amount", "money", "Tip for the rider."),
        c("discount_amount", "money", "Discount from vouchers and promotions."),
        c("voucher_code", "str:32", "Voucher code redeemed with the order, if any."),
        c("total", "money", "Amount charged to the customer.", f="cde", src="orders.total_amount"),
        c("currency", f="req"),
        c("payment_method"),
        c("updated_at"),
    ], physical="orders_v1", ptype="view", rows=180_000, inputs=["placed-orders/orders"])
    legacy_items = Obj("order_items", "Compatibility view of order lines in the 1.x layout.", [
        c("order_item_id", "id", "Identifier of the order line.", f="pk req uniq"),
        c("order_id", f="req", fk="orders.order_id"),
        c("menu_item_id", f="req"),
        c("item_name", "str:120", "Name of the menu item when the order was placed."),
        c("quantity", "int", "Number of units ordered."),
        c("unit_price", "money", "Price of one unit including modifiers."),
        c("line_total", "money", "quantity times unit price."),
    ], physical="order_items_v1", ptype="view", rows=520_000, inputs=["placed-orders/order_items"])
    placed_v1 = mk(
        "placed-orders", d, "order-management", "1.3.0", "deprecated", "Placed orders (1.x layout)",
        "The 1.x layout of placed orders, kept as views for consumers that have not migrated yet.",
        "Migrate to 2.0.0: total is total_amount, fees_amount is split into delivery_fee, service_fee and "
        "small_order_fee, status is order_status.", "Deprecated since 2026-06-01; removed on 2027-01-31.",
        ["postgres:orders", "postgres:orders:staging"], [legacy_orders, legacy_items],
        sla("oltp", "orders.updated_at", retention=(10, "y")), ["orders", "source-aligned", "deprecated"],
        "2023-03-01T09:00:00Z", file_suffix=".v1.3.0")

    cancellations = mk(
        "order-cancellations", d, "order-management", "1.0.0", "active", "Order cancellations",
        "Why and when orders were cancelled, and whether the customer is owed a refund.",
        "Join to placed-orders on order_id; reason_code is the analytical dimension.",
        "reason_text is free text from agents and is not translated.",
        ["postgres:orders", "s3:orders"], [Obj("cancellations", "One row per cancelled order.", [
            c("cancellation_id", "id", "Identifier of the cancellation.", f="pk req uniq"),
            c("order_id", f="req uniq"),
            c("cancelled_at", "ts", "When the order was cancelled (UTC).", f="req"),
            c("cancelled_by", "str:12", "Who cancelled the order.",
              values=["customer", "restaurant", "rider", "platform", "agent"]),
            c("reason_code", "str:32", "Why the order was cancelled.", f="req",
              values=["restaurant_closed", "item_unavailable", "no_rider_available", "customer_request",
                      "payment_failed", "fraud_suspected", "address_unreachable"]),
            c("reason_text", "text", "Free-text explanation entered by the agent or restaurant.", cls="confidential"),
            c("refund_due", "bool", "True when the customer is owed a refund."),
            c("refund_amount", "money", "Refund owed to the customer, if any."),
            c("currency"),
            c("minutes_after_placement", "int", "Minutes between placing and cancelling the order."),
        ], rows=6_000)], sla("oltp", "cancellations.cancelled_at", retention=(10, "y")),
        ["orders", "source-aligned"], "2024-05-06T08:30:00Z")

    status_events = mk(
        "order-status-events", d, "order-events", "1.2.0", "active", "Order status events",
        "Every change of an order's status and estimated arrival time, as events.",
        "Consume from Kafka for real-time use cases; read the lake copy for history.",
        "At-least-once delivery: de-duplicate on event_id. Ordering is guaranteed per order_id only.",
        ["kafka:orders", "s3:orders"], [
            Obj("order_status_changed", "Emitted when an order changes status.", [
                c("event_id", f="pk req uniq"),
                c("order_id", f="req"),
                c("previous_status", "str:16", "Status before the change; empty for the first event.",
                  values=ORDER_STATUSES),
                c("new_status", "str:16", "Status after the change.", f="req", values=ORDER_STATUSES),
                c("changed_at", "ts", "When the status changed (UTC).", f="req"),
                c("actor_type", "str:12", "Who changed the status.",
                  values=["customer", "restaurant", "rider", "system", "agent"]),
                c("actor_id", "str:64", "Identifier of the customer, restaurant, rider or agent who made the change."),
                c("reason_code", "str:32", "Reason given with the change, if any."),
                c("source_service", "str:32", "Service that emitted the event.",
                  examples=["order-service", "dispatch-service"]),
                c("schema_version", "int", "Version of the event schema."),
            ], physical="orders.order-status-changed.v1", ptype="topic", rows=1_100_000),
            Obj("order_eta_updated", "Emitted when the promised arrival time of an order changes.", [
                c("event_id", f="pk req uniq"),
                c("order_id", f="req"),
                c("eta_at", "ts", "Estimated arrival time at the customer (UTC).", f="req"),
                c("eta_minutes", "int", "Minutes from now until the estimated arrival."),
                c("eta_source", "str:12", "What produced the estimate.", values=["model", "restaurant", "rider"]),
                c("model_version", "str:16", "Version of the ETA model, when the source is the model."),
                c("emitted_at", "ts", "When the estimate was published (UTC).", f="req"),
            ], physical="orders.order-eta-updated.v1", ptype="topic", rows=2_400_000),
        ], sla("stream", "order_status_changed.changed_at"), ["orders", "events", "source-aligned", "real-time"],
        "2024-03-18T12:00:00Z", cadence="streaming")

    cart = mk(
        "cart-sessions", d, "checkout-funnel", "1.0.1", "active", "Checkout sessions",
        "Carts and checkout sessions, converted or abandoned, with the step where customers drop out.",
        "Funnel analysis; join converted sessions to placed-orders on order_id.",
        "Web sessions without login have no customer_id. Sessions idle for 30 minutes are closed.",
        ["s3:orders", "snowflake:orders"], [
            Obj("checkout_sessions", "One row per checkout session.", [
                c("session_id", "id", "Identifier of the checkout session.", f="pk req uniq"),
                c("customer_id"),
                c("device_id", "str:64", "Pseudonymous identifier of the app installation or browser.",
                  cls="confidential"),
                c("platform", "str:8", "Client platform.", values=PLATFORMS),
                c("city_code"),
                c("restaurant_id"),
                c("started_at", "ts", "When the first item was added (UTC).", f="req part"),
                c("ended_at", "ts", "When the session converted or timed out (UTC)."),
                c("cart_value_amount", "money", "Value of the cart when the session ended."),
                c("currency"),
                c("item_count", "int", "Items in the cart when the session ended."),
                c("converted", "bool", "True when the session ended with a placed order.", f="req"),
                c("order_id", description="The order placed in this session, if it converted."),
                c("abandonment_step", "str:16", "Last checkout step reached by an abandoned session.",
                  values=["menu", "cart", "address", "payment", "confirmation"]),
            ], physical="checkout/checkout_sessions", ptype="file", rows=650_000),
            Obj("cart_events", "Every change to a cart during a checkout session.", [
                c("event_id", f="pk req uniq"),
                c("session_id", "id", "The checkout session.", f="req", fk="checkout_sessions.session_id"),
                c("event_type", "str:24", "What happened.", f="req",
                  values=["item_added", "item_removed", "voucher_applied", "address_selected", "checkout_started",
                          "payment_submitted"]),
                c("menu_item_id"),
                c("quantity", "int", "Quantity added or removed."),
                c("cart_value_after_amount", "money", "Cart value after the event."),
                c("event_at", "ts", "When it happened (UTC).", f="req part"),
            ], physical="checkout/cart_events", ptype="file", rows=3_100_000),
        ], sla("lake", "checkout_sessions.ended_at"), ["orders", "funnel", "source-aligned"],
        "2025-01-20T09:00:00Z")

    daily = mk(
        "orders-daily-summary", d, "order-analytics", "1.4.0", "active", "Daily order summary",
        "Orders, GMV, fees and cancellations per day, city and restaurant: the agreed numbers for daily "
        "reporting.", "Use for dashboards and as input to finance; do not re-aggregate placed-orders yourself.",
        "Days are UTC days. Late cancellations (after 6 hours) are counted on the order's day on the next rebuild.",
        ["snowflake:orders", "snowflake:orders:dev"], [
            Obj("orders_daily_by_city", "Order KPIs per day and city.", [
                c("order_date", "date", "Day the orders were placed (UTC).", f="pk req part", src="orders.placed_at"),
                c("city_code", f="pk req"),
                c("orders_placed", "bigint", "Orders placed.", src="agg: orders.order_id"),
                c("orders_delivered", "bigint", "Orders delivered.",
                  src="agg: orders.order_id | cond: orders.order_status"),
                c("orders_cancelled", "bigint", "Orders cancelled.", src="agg: cancellations.cancellation_id"),
                c("cancellation_rate", "pct", "Cancelled orders divided by placed orders.",
                  src="agg: cancellations.cancellation_id, orders.order_id"),
                c("gmv_amount", src="agg: orders.total_amount"),
                c("avg_order_value_amount", "money", "Average total amount per order.",
                  src="agg: orders.total_amount, orders.order_id"),
                c("delivery_fee_amount", "money", "Delivery fees charged.", src="agg: orders.delivery_fee"),
                c("service_fee_amount", "money", "Service and small-order fees charged.",
                  src="agg: orders.service_fee, orders.small_order_fee"),
                c("discount_amount", "money", "Discounts granted.", src="agg: orders.discount_amount"),
                c("tip_amount", "money", "Tips for riders.", src="agg: orders.tip_amount"),
                c("new_customer_orders", "bigint", "First orders of new customers.",
                  src="agg: orders.order_id | cond: orders.is_first_order"),
                c("active_customers", "bigint", "Distinct customers who ordered.", src="agg: orders.customer_id"),
                c("currency"),
                c("loaded_at"),
            ], inputs=["placed-orders/orders", "order-cancellations/cancellations"],
                joins=["orders.order_id=cancellations.order_id"], group_by=["orders.placed_at", "orders.city_code"],
                rows=60, granularity="One row per UTC day and city."),
            Obj("orders_daily_by_restaurant", "Order KPIs per day and restaurant.", [
                c("order_date", "date", "Day the orders were placed (UTC).", f="pk req part", src="orders.placed_at"),
                c("restaurant_id", f="pk req"),
                c("city_code"),
                c("orders_placed", "bigint", "Orders placed.", src="agg: orders.order_id"),
                c("orders_cancelled", "bigint", "Orders cancelled.", src="agg: cancellations.cancellation_id"),
                c("gmv_amount", src="agg: orders.total_amount"),
                c("avg_order_value_amount", "money", "Average total amount per order.",
                  src="agg: orders.total_amount, orders.order_id"),
                c("items_sold", "bigint", "Units sold.", src="agg: order_items.quantity"),
                c("distinct_customers", "bigint", "Distinct customers who ordered.", src="agg: orders.customer_id"),
                c("currency"),
                c("loaded_at"),
            ], inputs=["placed-orders/orders", "placed-orders/order_items", "order-cancellations/cancellations"],
                joins=["orders.order_id=order_items.order_id", "orders.order_id=cancellations.order_id"],
                group_by=["orders.placed_at", "orders.restaurant_id"], rows=21_000,
                granularity="One row per UTC day and restaurant with at least one order."),
        ], sla("daily", "orders_daily_by_city.order_date"), ["orders", "aggregate", "kpi"], "2024-06-03T07:00:00Z")

    basket = mk(
        "basket-affinity", d, "basket-insights", "0.3.0", "proposed", "Basket affinity",
        "Which menu items are ordered together, per restaurant: input for upselling and menu design.",
        "Experimental: for the menu recommendations pilot only.",
        "Items with fewer than 20 co-occurrences in the window are left out.",
        ["bigquery:orders", "bigquery:orders:sandbox"], [
            Obj("item_pair_affinity", "Association rules between pairs of menu items of one restaurant.", [
                c("restaurant_id", f="pk req", src="menu_items.restaurant_id"),
                c("item_a_id", "id", "First item of the pair.", f="pk req", src="order_items.menu_item_id"),
                c("item_b_id", "id", "Second item of the pair.", f="pk req", src="order_items.menu_item_id"),
                c("item_a_name", "str:120", "Name of the first item.", src="menu_items.item_name"),
                c("item_b_name", "str:120", "Name of the second item.", src="menu_items.item_name"),
                c("co_occurrence_count", "bigint", "Orders containing both items.", src="agg: order_items.order_id"),
                c("support", "pct", "Share of the restaurant's orders containing both items.",
                  src="agg: order_items.order_id"),
                c("confidence", "pct", "Share of orders with item A that also contain item B.",
                  src="agg: order_items.order_id"),
                c("lift", "float", "Confidence divided by the share of orders containing item B.",
                  src="agg: order_items.order_id"),
                c("window_start", "date", "First day of the 28-day window.", src="order_items.created_at"),
                c("window_end", "date", "Last day of the 28-day window.", src="order_items.created_at"),
            ], inputs=["placed-orders/order_items", "menu-items/menu_items"],
                joins=["order_items.menu_item_id=menu_items.menu_item_id"], rows=400_000)],
        sla("weekly", "item_pair_affinity.window_end"), ["orders", "recommendations", "experimental"],
        "2026-09-14T10:00:00Z", cadence="weekly")

    products = [
        Product("order-management", d, "Order Management", "source-aligned", "active", "2.0.0",
                "The orders customers place and cancel, straight from the order service.",
                "The system of record for orders; build aggregates on top of it rather than on the service's APIs.",
                "Only orders from the production apps; test and internal orders are removed.",
                ["orders", "source-aligned", "core"], "2023-03-01T09:00:00Z", source_system="order-service",
                contracts=[placed_v2, placed_v1, cancellations]),
        Product("order-events", d, "Order Events", "source-aligned", "active", "1.2.0",
                "Real-time events for every status and ETA change of an order.",
                "For real-time monitoring, customer notifications and delivery time analysis.",
                "Seven days on Kafka; the lake copy keeps two years.",
                ["orders", "events", "real-time"], "2024-03-18T12:00:00Z", source_system="order-service",
                contracts=[status_events]),
        Product("checkout-funnel", d, "Checkout Funnel", "source-aligned", "active", "1.0.1",
                "Checkout sessions and cart events, converted or abandoned.",
                "Conversion funnel analysis and experiments on the checkout.",
                "Sessions of logged-out web users have no customer.",
                ["orders", "funnel"], "2025-01-20T09:00:00Z", source_system="checkout-service",
                contracts=[cart]),
        Product("order-analytics", d, "Order Analytics", "aggregate", "active", "1.4.0",
                "The agreed daily order numbers per city and restaurant.",
                "Daily reporting, finance inputs, restaurant performance.",
                "UTC days; see the contract for late cancellations.",
                ["orders", "aggregate", "kpi"], "2024-06-03T07:00:00Z", contracts=[daily]),
        Product("basket-insights", d, "Basket Insights", "consumer-aligned", "draft", "0.3.0",
                "Menu items that are ordered together, per restaurant.",
                "Upselling recommendations and menu design (pilot).",
                "Experimental; the model and the schema may change without notice.",
                ["orders", "recommendations", "experimental"], "2026-09-14T10:00:00Z", contracts=[basket]),
    ]
    return products, [placed_v2, placed_v1, cancellations, status_events, cart, daily, basket]


def delivery_domain() -> tuple[list[Product], list[Contract]]:
    """Delivery: riders, delivery jobs, GPS pings, shifts, zones, and delivery performance aggregates."""
    d = "delivery"
    riders = mk(
        "riders", d, "rider-roster", "2.1.0", "active", "Riders",
        "Every rider (courier) who has signed up, with vehicle, contract type and status.",
        "Join on rider_id. Personal data is restricted: request the rider_pii_reader role.",
        "Offboarded riders are anonymised 2 years after offboarding.",
        ["postgres:delivery", "s3:delivery"], [
            Obj("riders", "One row per rider.", [
                c("rider_id", f="pk req uniq"),
                c("full_name", "str:120", "Full name of the rider.", f="pii req", cls="restricted"),
                c("email", f="req"),
                c("phone_number", f="req"),
                c("date_of_birth", "date", "Date of birth, for the minimum age check.", f="pii", cls="restricted"),
                c("vehicle_type", f="req"),
                c("city_code", f="req"),
                c("home_zone_id", "str:16", "Zone the rider usually starts shifts in.", fk="zones.zone_id"),
                c("contract_type", "str:12", "Employment relationship.",
                  values=["employee", "freelancer", "agency"]),
                c("onboarded_at", "ts", "When the rider completed onboarding (UTC)."),
                c("rider_status", "str:12", "Current status.", f="req", values=["active", "paused", "offboarded"]),
                c("rating_avg", "dec:3,2", "Average customer rating over the last 90 days (1 to 5)."),
                c("payout_iban_hash", "hash", "SHA-256 of the rider's IBAN; the IBAN itself is only in the "
                  "payout system.", f="pii", cls="restricted"),
                c("created_at"),
                c("updated_at"),
            ], rows=42_000),
            Obj("rider_documents", "Identity and work documents a rider submitted.", [
                c("document_id", "id", "Identifier of the document.", f="pk req uniq"),
                c("rider_id", f="req", fk="riders.rider_id"),
                c("document_type", "str:24", "Kind of document.",
                  values=["id_card", "driving_licence", "work_permit", "vehicle_insurance"]),
                c("verified", "bool", "True once an agent verified the document."),
                c("verified_at", "ts", "When it was verified (UTC)."),
                c("expires_on", "date", "Expiry date printed on the document."),
            ], rows=96_000),
        ], sla("oltp", "riders.updated_at"), ["delivery", "riders", "pii", "source-aligned"], "2023-06-05T09:00:00Z")

    jobs = mk(
        "delivery-jobs", d, "delivery-operations", "3.0.0", "active", "Delivery jobs",
        "Every delivery job: which rider took which order from the restaurant to the customer, with all "
        "timestamps and distances.", "The base for delivery time, rider cost and on-time analysis.",
        "Reassigned jobs keep the last rider only; the history of assignments is in dispatch logs.",
        ["postgres:delivery", "kafka:delivery", "s3:delivery"], [
            Obj("deliveries", "One row per delivery job.", [
                c("delivery_id", f="pk req uniq"),
                c("order_id", f="req uniq"),
                c("rider_id"),
                c("restaurant_id", f="req"),
                c("zone_id", f="req"),
                c("city_code", f="req"),
                c("assigned_at", "ts", "When dispatch offered the job to the rider (UTC)."),
                c("accepted_at", "ts", "When the rider accepted (UTC)."),
                c("arrived_at_restaurant_at", "ts", "When the rider arrived at the restaurant (UTC)."),
                c("pickup_at", "ts", "When the rider picked up the food (UTC)."),
                c("dropoff_at", "ts", "When the order was handed to the customer (UTC).", f="cde"),
                c("promised_at", "ts", "Arrival time promised to the customer at checkout (UTC).", f="cde"),
                c("distance_km", "dec:6,2", "Route distance from restaurant to customer."),
                c("pickup_distance_km", "dec:6,2", "Route distance from the rider's position to the restaurant."),
                c("delivery_status", "str:16", "Current status.", f="req",
                  values=["assigned", "accepted", "at_restaurant", "picked_up", "delivered", "failed",
                          "reassigned"]),
                c("vehicle_type"),
                c("batched", "bool", "True when the rider carried several orders on this trip."),
                c("batch_id", "id", "Identifier of the batch, for batched deliveries."),
                c("rider_pay_amount", "money", "What the rider earns for this job, before tips."),
                c("currency"),
                c("created_at"),
                c("updated_at"),
            ], rows=170_000, sql=[
                ("dropoff_after_pickup", "A delivery is never handed over before it was picked up.",
                 "consistency", "SELECT COUNT(*) FROM public.deliveries WHERE dropoff_at < pickup_at", "mustBe", 0),
                ("distance_plausible", "Share of deliveries longer than 15 km stays below 0.5%.", "accuracy",
                 "SELECT 100.0 * AVG(CASE WHEN distance_km > 15 THEN 1 ELSE 0 END) FROM public.deliveries",
                 "mustBeLessThan", 0.5)]),
            Obj("delivery_incidents", "Problems reported during a delivery.", [
                c("incident_id", "id", "Identifier of the incident.", f="pk req uniq"),
                c("delivery_id", f="req", fk="deliveries.delivery_id"),
                c("incident_type", "str:24", "What went wrong.",
                  values=["late", "damaged", "missing_items", "rider_accident", "customer_unreachable",
                          "wrong_address"]),
                c("reported_at", "ts", "When it was reported (UTC)."),
                c("reported_by", "str:12", "Who reported it.", values=["rider", "customer", "restaurant", "agent"]),
                c("resolved", "bool", "True once handled."),
                c("notes", "text", "Notes of the agent; may contain personal data.", cls="confidential", f="pii"),
            ], rows=2_500),
        ], sla("oltp", "deliveries.updated_at"), ["delivery", "source-aligned", "core"], "2023-02-13T09:00:00Z")

    pings = mk(
        "rider-location-pings", d, "rider-telemetry", "1.1.0", "active", "Rider location pings",
        "GPS positions the rider app sends every 10 seconds while a rider is on shift.",
        "Route and speed analysis, ETA features. Aggregate before sharing: positions are personal data.",
        "Pings with accuracy worse than 100 m are dropped at the source.",
        ["kafka:delivery", "s3:delivery"], [
            Obj("rider_location_pings", "One event per GPS fix.", [
                c("ping_id", "id", "Identifier of the ping.", f="pk req uniq"),
                c("rider_id", f="req"),
                c("delivery_id", description="The delivery the rider was on, if any."),
                c("recorded_at", "ts", "When the device recorded the position (UTC).", f="req"),
                c("latitude", "lat", "Latitude (WGS 84).", f="req pii", cls="restricted"),
                c("longitude", "lon", "Longitude (WGS 84).", f="req pii", cls="restricted"),
                c("accuracy_m", "float", "Horizontal accuracy reported by the device, in metres."),
                c("speed_kmh", "float", "Speed over ground."),
                c("heading_deg", "int", "Direction of travel in degrees from north."),
                c("battery_pct", "int", "Battery level of the phone."),
                c("app_version", "str:16", "Version of the rider app.", examples=["5.41.0"]),
            ], physical="delivery.rider-location.v1", ptype="topic", rows=38_000_000)],
        sla("stream", "rider_location_pings.recorded_at", retention=(3, "d")),
        ["delivery", "telemetry", "pii", "real-time"], "2024-08-19T09:00:00Z", cadence="streaming")

    shifts = mk(
        "rider-shifts", d, "rider-scheduling", "1.0.0", "active", "Rider shifts",
        "Planned and worked shifts of riders, with breaks.", "Capacity planning and rider cost.",
        "Shifts of agency riders are reported by the agency a day late.",
        ["postgres:delivery", "s3:delivery"], [
            Obj("shifts", "One row per shift booked by a rider.", [
                c("shift_id", "id", "Identifier of the shift.", f="pk req uniq"),
                c("rider_id", f="req"),
                c("zone_id", f="req"),
                c("city_code"),
                c("shift_start_at", "ts", "Planned start (UTC).", f="req"),
                c("shift_end_at", "ts", "Planned end (UTC).", f="req"),
                c("checked_in_at", "ts", "When the rider checked in (UTC)."),
                c("checked_out_at", "ts", "When the rider checked out (UTC)."),
                c("planned_hours", "dec:4,2", "Planned length in hours."),
                c("worked_hours", "dec:4,2", "Worked hours, breaks excluded."),
                c("no_show", "bool", "True when the rider did not check in."),
                c("created_at"),
            ], rows=31_000),
            Obj("shift_breaks", "Breaks taken during a shift.", [
                c("break_id", "id", "Identifier of the break.", f="pk req uniq"),
                c("shift_id", "id", "The shift.", f="req", fk="shifts.shift_id"),
                c("break_start_at", "ts", "Start (UTC)."),
                c("break_end_at", "ts", "End (UTC)."),
                c("break_type", "str:16", "Kind of break.", values=["meal", "rest", "vehicle_issue"]),
            ], rows=40_000),
        ], sla("oltp", "shifts.shift_end_at"), ["delivery", "riders", "source-aligned"], "2024-01-22T09:00:00Z")

    zones = mk(
        "delivery-zones", d, "zone-reference", "1.3.0", "active", "Delivery zones and cities",
        "The cities FoodCo operates in and the delivery zones within them.",
        "Reference data: join on zone_id or city_code.", "Zone boundaries change a few times a year.",
        ["postgres:delivery", "s3:delivery"], [
            Obj("zones", "One row per delivery zone.", [
                c("zone_id", f="pk req uniq", cls="public"),
                c("zone_name", "str:80", "Display name of the zone.", cls="public", examples=["Berlin Mitte"]),
                c("city_code", f="req", fk="cities.city_code", cls="public"),
                c("country_code", cls="public"),
                c("boundary_wkt", "text", "Zone boundary as a WKT polygon (WGS 84).", cls="public"),
                c("area_km2", "dec:8,2", "Area of the zone.", cls="public"),
                c("max_delivery_radius_km", "dec:5,2", "Largest distance between restaurant and customer."),
                c("launched_on", "date", "Day the zone went live."),
                c("active", "bool", "False for zones that were merged or closed."),
            ], rows=480),
            Obj("cities", "One row per city.", [
                c("city_code", f="pk req uniq", cls="public"),
                c("city_name", "str:80", "Name of the city.", cls="public", examples=["Berlin", "Amsterdam"]),
                c("country_code", f="req", cls="public"),
                c("currency", f="req", cls="public"),
                c("timezone", "str:40", "IANA time zone.", cls="public", examples=["Europe/Berlin"]),
                c("launched_on", "date", "Day FoodCo launched in the city."),
                c("market_tier", "str:8", "Size tier of the market.", values=["tier_1", "tier_2", "tier_3"]),
            ], rows=60),
        ], sla("oltp", "zones.launched_on"), ["delivery", "reference-data", "source-aligned"],
        "2023-01-09T09:00:00Z")

    perf = mk(
        "delivery-performance-daily", d, "delivery-performance", "2.0.0", "active", "Delivery performance",
        "On-time rate, delivery times, rider utilisation and incidents per day and zone, and per rider and week.",
        "Operations dashboards, unit economics, rider coaching.",
        "Delivery time is measured from order placement to drop-off.",
        ["snowflake:delivery", "snowflake:delivery:dev"], [
            Obj("delivery_performance_daily", "Delivery KPIs per day and zone.", [
                c("delivery_date", "date", "Day of the drop-off (UTC).", f="pk req part", src="deliveries.dropoff_at"),
                c("zone_id", f="pk req"),
                c("city_code", src="zones.city_code"),
                c("deliveries_completed", "bigint", "Delivered orders.", src="agg: deliveries.delivery_id"),
                c("on_time_deliveries", "bigint", "Deliveries dropped off before the promised time.",
                  src="agg: deliveries.delivery_id | cond: deliveries.dropoff_at, deliveries.promised_at"),
                c("on_time_rate", "pct", "On-time deliveries divided by completed deliveries.", f="cde",
                  src="agg: deliveries.delivery_id | cond: deliveries.dropoff_at, deliveries.promised_at"),
                c("avg_delivery_minutes", "dec:6,2", "Average minutes from order placement to drop-off.",
                  src="agg: orders.placed_at, deliveries.dropoff_at"),
                c("p90_delivery_minutes", "dec:6,2", "90th percentile of the delivery time.",
                  src="agg: orders.placed_at, deliveries.dropoff_at"),
                c("avg_pickup_wait_minutes", "dec:6,2", "Average minutes riders waited at restaurants.",
                  src="agg: deliveries.arrived_at_restaurant_at, deliveries.pickup_at"),
                c("avg_distance_km", "dec:6,2", "Average delivery distance.", src="agg: deliveries.distance_km"),
                c("batched_share", "pct", "Share of batched deliveries.", src="agg: deliveries.batched"),
                c("incidents_count", "bigint", "Reported incidents.", src="agg: delivery_incidents.incident_id"),
                c("late_deliveries", "bigint", "Deliveries more than 10 minutes late.",
                  src="agg: deliveries.delivery_id | cond: deliveries.dropoff_at, deliveries.promised_at"),
                c("rider_hours", "dec:8,2", "Hours worked by riders in the zone.", src="agg: shifts.worked_hours"),
                c("deliveries_per_rider_hour", "dec:6,2", "Completed deliveries per worked rider hour.",
                  src="agg: deliveries.delivery_id, shifts.worked_hours"),
                c("loaded_at"),
            ], inputs=["delivery-jobs/deliveries", "delivery-jobs/delivery_incidents", "rider-shifts/shifts",
                       "delivery-zones/zones", "placed-orders/orders"],
                joins=["deliveries.delivery_id=delivery_incidents.delivery_id", "deliveries.zone_id=zones.zone_id",
                       "deliveries.zone_id=shifts.zone_id", "deliveries.order_id=orders.order_id"],
                group_by=["deliveries.dropoff_at", "deliveries.zone_id"], filters=["deliveries.delivery_status"],
                rows=480, granularity="One row per UTC day and zone."),
            Obj("rider_performance_weekly", "Delivery KPIs per rider and week.", [
                c("week_start", f="pk req", src="deliveries.dropoff_at"),
                c("rider_id", f="pk req"),
                c("city_code"),
                c("deliveries_completed", "bigint", "Delivered orders.", src="agg: deliveries.delivery_id"),
                c("on_time_rate", "pct", "On-time deliveries divided by completed deliveries.",
                  src="agg: deliveries.delivery_id | cond: deliveries.dropoff_at, deliveries.promised_at"),
                c("avg_delivery_minutes", "dec:6,2", "Average minutes from order placement to drop-off.",
                  src="agg: orders.placed_at, deliveries.dropoff_at"),
                c("acceptance_rate", "pct", "Accepted offers divided by offers.",
                  src="agg: deliveries.assigned_at, deliveries.accepted_at"),
                c("worked_hours", "dec:6,2", "Hours worked.", src="agg: shifts.worked_hours"),
                c("incidents_count", "bigint", "Reported incidents.", src="agg: delivery_incidents.incident_id"),
                c("loaded_at"),
            ], inputs=["delivery-jobs/deliveries", "delivery-jobs/delivery_incidents", "rider-shifts/shifts",
                       "placed-orders/orders"],
                joins=["deliveries.delivery_id=delivery_incidents.delivery_id", "deliveries.rider_id=shifts.rider_id",
                       "deliveries.order_id=orders.order_id"],
                group_by=["deliveries.dropoff_at", "deliveries.rider_id"], rows=38_000),
        ], sla("daily", "delivery_performance_daily.delivery_date"), ["delivery", "aggregate", "kpi"],
        "2024-04-08T09:00:00Z")

    eta = mk(
        "eta-features", d, "eta-prediction-features", "1.2.0", "active", "ETA training features",
        "One training example per delivered order for the delivery-time (ETA) model.",
        "Training and evaluating the ETA model; not for reporting.",
        "Examples are snapshotted daily; features are computed as of order placement.",
        ["bigquery:delivery", "s3:delivery"], [
            Obj("eta_training_examples", "Features and label of one delivered order.", [
                c("delivery_id", f="pk req uniq"),
                c("order_id", f="req"),
                c("zone_id", src="deliveries.zone_id"),
                c("restaurant_id", src="deliveries.restaurant_id"),
                c("placed_hour", "int", "Local hour of day the order was placed.", src="orders.placed_at"),
                c("weekday", "int", "ISO weekday the order was placed (1 is Monday).", src="orders.placed_at"),
                c("basket_item_count", "int", "Items in the order.", src="orders.item_count"),
                c("restaurant_prep_minutes_avg", "dec:6,2", "Average preparation time of the restaurant last week.",
                  src="restaurant_performance_weekly.avg_prep_time_minutes"),
                c("pickup_distance_km", "dec:6,2", "Distance from the rider to the restaurant."),
                c("distance_km", "dec:6,2", "Distance from the restaurant to the customer."),
                c("rider_speed_kmh_avg", "dec:5,2", "Average speed of the rider on this trip.",
                  src="agg: rider_location_pings.speed_kmh"),
                c("vehicle_type"),
                c("zone_area_km2", "dec:8,2", "Area of the zone.", src="zones.area_km2"),
                c("promised_minutes", "int", "Minutes promised at checkout.",
                  src="orders.placed_at, deliveries.promised_at"),
                c("actual_delivery_minutes", "int", "Label: minutes from placement to drop-off.",
                  src="orders.placed_at, deliveries.dropoff_at"),
                c("snapshot_date", "date", "Day of the snapshot.", f="part", src="deliveries.dropoff_at"),
            ], inputs=["delivery-jobs/deliveries", "placed-orders/orders",
                       "rider-location-pings/rider_location_pings",
                       "restaurant-performance-weekly/restaurant_performance_weekly", "delivery-zones/zones"],
                joins=["deliveries.order_id=orders.order_id", "deliveries.delivery_id=rider_location_pings.delivery_id",
                       "deliveries.restaurant_id=restaurant_performance_weekly.restaurant_id",
                       "deliveries.zone_id=zones.zone_id"],
                filters=["deliveries.delivery_status"], rows=170_000)],
        sla("daily", "eta_training_examples.snapshot_date", retention=(1, "y")),
        ["delivery", "machine-learning", "features"], "2025-03-10T09:00:00Z")

    earnings = mk(
        "rider-earnings", d, "rider-compensation", "1.1.0", "active", "Rider earnings",
        "What each rider earned per week: base pay, distance pay, tips and incentives.",
        "Input to rider payouts and to unit economics (rider cost per order).",
        "Incentives of the current week are provisional until Tuesday.",
        ["snowflake:delivery", "s3:delivery"], [
            Obj("rider_earnings_weekly", "Earnings of one rider in one week.", [
                c("week_start", f="pk req", src="deliveries.dropoff_at"),
                c("rider_id", f="pk req"),
                c("city_code", src="riders.city_code"),
                c("contract_type", "str:12", "Employment relationship.", src="riders.contract_type"),
                c("deliveries_completed", "bigint", "Delivered orders.", src="agg: deliveries.delivery_id"),
                c("base_pay_amount", "money", "Pay per delivery.", src="agg: deliveries.rider_pay_amount"),
                c("distance_pay_amount", "money", "Pay for distance.", src="agg: deliveries.distance_km"),
                c("tips_amount", "money", "Tips from customers.", src="agg: orders.tip_amount"),
                c("incentives_amount", "money", "Peak-hour and rain incentives.",
                  src="agg: deliveries.delivery_id, shifts.worked_hours"),
                c("total_earnings_amount", "money", "Everything the rider earned in the week.", f="cde",
                  src="agg: deliveries.rider_pay_amount, deliveries.distance_km, orders.tip_amount"),
                c("worked_hours", "dec:6,2", "Hours worked.", src="agg: shifts.worked_hours"),
                c("earnings_per_hour_amount", "money", "Earnings divided by worked hours.",
                  src="agg: deliveries.rider_pay_amount, orders.tip_amount, shifts.worked_hours"),
                c("currency", src="deliveries.currency"),
                c("loaded_at"),
            ], inputs=["delivery-jobs/deliveries", "rider-shifts/shifts", "riders/riders", "placed-orders/orders"],
                joins=["deliveries.rider_id=riders.rider_id", "deliveries.order_id=orders.order_id",
                       "shifts.rider_id=riders.rider_id"],
                group_by=["deliveries.dropoff_at", "deliveries.rider_id"], rows=38_000)],
        sla("weekly", "rider_earnings_weekly.week_start", retention=(10, "y"), driver="regulatory"),
        ["delivery", "riders", "aggregate", "compensation"], "2024-10-07T09:00:00Z", cadence="weekly")

    products = [
        Product("rider-roster", d, "Rider Roster", "source-aligned", "active", "2.1.0",
                "Who rides for FoodCo: riders and their documents.", "Join rider facts to rider attributes.",
                "Personal data: restricted access.", ["delivery", "riders", "pii"], "2023-06-05T09:00:00Z",
                source_system="rider-service", contracts=[riders]),
        Product("delivery-operations", d, "Delivery Operations", "source-aligned", "active", "3.0.0",
                "Delivery jobs and incidents from the dispatch system.", "Delivery time, cost and quality analysis.",
                "Reassignment history is not included.", ["delivery", "core"], "2023-02-13T09:00:00Z",
                source_system="dispatch-service", contracts=[jobs]),
        Product("rider-telemetry", d, "Rider Telemetry", "source-aligned", "active", "1.1.0",
                "GPS pings from the rider app.", "Routing, speed and ETA features.",
                "Personal data; keep aggregates only.", ["delivery", "telemetry", "real-time"],
                "2024-08-19T09:00:00Z", source_system="rider-app", contracts=[pings]),
        Product("rider-scheduling", d, "Rider Scheduling", "source-aligned", "active", "1.0.0",
                "Rider shifts and breaks.", "Capacity planning and rider cost.", "Agency shifts arrive a day late.",
                ["delivery", "riders"], "2024-01-22T09:00:00Z", source_system="shift-planner", contracts=[shifts]),
        Product("zone-reference", d, "Zone Reference", "source-aligned", "active", "1.3.0",
                "Cities and delivery zones.", "Reference data for every domain.", "Boundaries change a few times "
                "a year.", ["delivery", "reference-data"], "2023-01-09T09:00:00Z", source_system="zone-service",
                contracts=[zones]),
        Product("delivery-performance", d, "Delivery Performance", "aggregate", "active", "2.0.0",
                "Daily and weekly delivery KPIs.", "Operations dashboards and unit economics.",
                "Measured from order placement to drop-off.", ["delivery", "kpi", "aggregate"],
                "2024-04-08T09:00:00Z", contracts=[perf]),
        Product("eta-prediction-features", d, "ETA Prediction Features", "consumer-aligned", "active", "1.2.0",
                "Training data for the delivery-time model.", "Model training and evaluation.",
                "Not for reporting.", ["delivery", "machine-learning"], "2025-03-10T09:00:00Z", contracts=[eta]),
        Product("rider-compensation", d, "Rider Compensation", "aggregate", "active", "1.1.0",
                "Weekly rider earnings.", "Rider payouts and rider cost per order.",
                "Incentives provisional until Tuesday.", ["delivery", "riders", "compensation"],
                "2024-10-07T09:00:00Z", contracts=[earnings]),
    ]
    return products, [riders, jobs, pings, shifts, zones, perf, eta, earnings]


def restaurants_domain() -> tuple[list[Product], list[Contract]]:
    """Restaurants: partner directory, menus, availability, reviews, onboarding and weekly performance."""
    d = "restaurants"
    directory = mk(
        "restaurants", d, "restaurant-directory", "2.2.0", "active", "Restaurants and brands",
        "Every partner restaurant (outlet) and the brand it belongs to, with location, tier and commission.",
        "Join on restaurant_id. commission_rate is confidential: finance and partner management only.",
        "Churned restaurants stay in the table with restaurant_status churned.",
        ["postgres:restaurants", "s3:restaurants"], [
            Obj("restaurants", "One row per restaurant outlet.", [
                c("restaurant_id", f="pk req uniq"),
                c("restaurant_name", "str:120", "Name shown in the app.", f="req", cls="public",
                  examples=["Pizzeria Napoli Kreuzberg"]),
                c("brand_id", "id", "Brand of the restaurant.", fk="brands.brand_id"),
                c("legal_entity_name", "str:160", "Legal entity FoodCo contracts with.", cls="confidential"),
                c("cuisine_types", "array", "Cuisines the restaurant serves.", examples=[["pizza", "italian"]]),
                c("city_code", f="req"),
                c("zone_id"),
                c("street_address", "str:200", "Street address of the outlet.", cls="public"),
                c("postal_code", "str:10", "Postal code.", cls="public"),
                c("latitude", "lat", "Latitude of the outlet (WGS 84).", cls="public"),
                c("longitude", "lon", "Longitude of the outlet (WGS 84).", cls="public"),
                c("contact_email", "email", "E-mail of the restaurant's contact person.", f="pii",
                  cls="restricted"),
                c("contact_phone", "phone", "Phone number of the restaurant's contact person.", f="pii",
                  cls="restricted"),
                c("commission_rate", "pct", "Share of the food subtotal FoodCo keeps as commission.", f="cde",
                  cls="confidential"),
                c("partner_tier", "str:12", "Commercial tier.", values=["standard", "plus", "key_account"]),
                c("is_chain", "bool", "True when the brand has more than five outlets."),
                c("onboarded_at", "ts", "When the restaurant went live (UTC)."),
                c("restaurant_status", "str:12", "Current status.", f="req",
                  values=["onboarding", "live", "paused", "churned"]),
                c("updated_at"),
            ], rows=26_000),
            Obj("brands", "One row per restaurant brand.", [
                c("brand_id", "id", "Identifier of the brand.", f="pk req uniq"),
                c("brand_name", "str:120", "Name of the brand.", f="req", cls="public"),
                c("parent_company", "str:160", "Company that owns the brand.", cls="confidential"),
                c("is_key_account", "bool", "True for brands managed by key account managers."),
                c("created_at"),
            ], rows=3_400),
        ], sla("oltp", "restaurants.updated_at"), ["restaurants", "partners", "source-aligned"],
        "2023-01-16T09:00:00Z")

    menus = mk(
        "menu-items", d, "menu-catalog", "1.5.0", "active", "Menus",
        "The menus of all restaurants: categories, items, prices, dietary flags and modifiers.",
        "Join order lines to menu items on menu_item_id.",
        "Prices are current prices; historic prices are on the order lines.",
        ["postgres:restaurants", "s3:restaurants"], [
            Obj("menu_items", "One row per item on a menu.", [
                c("menu_item_id", f="pk req uniq"),
                c("restaurant_id", f="req"),
                c("category_id", "id", "Menu category.", fk="menu_categories.category_id"),
                c("item_name", "str:120", "Name of the item.", f="req", cls="public", examples=["Pad Thai"]),
                c("item_description", "text", "Description shown in the app.", cls="public"),
                c("base_price_amount", "money", "Price without modifiers.", f="req"),
                c("currency"),
                c("is_available", "bool", "False while the item is sold out."),
                c("is_vegetarian", "bool", "Vegetarian."),
                c("is_vegan", "bool", "Vegan."),
                c("contains_alcohol", "bool", "Needs an age check at drop-off."),
                c("allergens", "array", "EU allergens the item contains.", examples=[["gluten", "milk"]]),
                c("calories_kcal", "int", "Energy per serving."),
                c("image_url", "str:500", "Image of the item on the CDN.", cls="public"),
                c("created_at"),
                c("updated_at"),
            ], rows=2_100_000, checks=[("base_price_amount", "missingValues", "mustBeLessThan", 0.1,
                                        {"missingValues": [None, 0]})]),
            Obj("menu_categories", "Sections of a menu.", [
                c("category_id", "id", "Identifier of the category.", f="pk req uniq"),
                c("restaurant_id", f="req"),
                c("category_name", "str:80", "Name shown in the app.", examples=["Starters"]),
                c("sort_order", "int", "Position on the menu."),
                c("active", "bool", "False for hidden categories."),
            ], rows=240_000),
            Obj("menu_modifiers", "Options of an item (size, extras).", [
                c("modifier_id", "id", "Identifier of the modifier.", f="pk req uniq"),
                c("menu_item_id", f="req", fk="menu_items.menu_item_id"),
                c("modifier_name", "str:80", "Name shown in the app.", examples=["Extra cheese"]),
                c("price_delta_amount", "money", "Price change when chosen; may be negative.", f="signed"),
                c("currency"),
                c("is_required", "bool", "True when the customer must choose an option."),
            ], rows=3_900_000),
        ], sla("oltp", "menu_items.updated_at"), ["restaurants", "menus", "source-aligned"], "2023-04-03T09:00:00Z")

    availability = mk(
        "restaurant-availability", d, "restaurant-operations", "1.0.0", "active", "Restaurant availability events",
        "When restaurants go online, get busy, pause or close, and their current preparation time.",
        "Offline time and preparation time analysis; real-time availability in the app.",
        "Events from old tablets (before app 3.0) have no reason.",
        ["kafka:restaurants", "s3:restaurants"], [
            Obj("restaurant_status_changed", "Emitted when a restaurant's availability changes.", [
                c("event_id", f="pk req uniq"),
                c("restaurant_id", f="req"),
                c("previous_status", "str:12", "Status before.", values=["online", "busy", "paused", "closed"]),
                c("new_status", "str:12", "Status after.", f="req", values=["online", "busy", "paused", "closed"]),
                c("reason", "str:24", "Why.", values=["opening_hours", "too_busy", "out_of_stock",
                                                       "technical_issue", "manual"]),
                c("changed_by", "str:16", "Where the change came from.",
                  values=["tablet", "partner_portal", "system", "agent"]),
                c("changed_at", "ts", "When (UTC).", f="req"),
                c("expected_back_at", "ts", "When the restaurant expects to be online again (UTC)."),
            ], physical="restaurants.status-changed.v1", ptype="topic", rows=900_000),
            Obj("prep_time_updated", "Emitted when a restaurant's preparation time estimate changes.", [
                c("event_id", f="pk req uniq"),
                c("restaurant_id", f="req"),
                c("prep_time_minutes", "int", "Current preparation time estimate.", f="req"),
                c("prep_time_source", "str:12", "Who set it.", values=["tablet", "model", "default"]),
                c("updated_at", "ts", "When (UTC).", f="req"),
            ], physical="restaurants.prep-time-updated.v1", ptype="topic", rows=1_300_000),
        ], sla("stream", "restaurant_status_changed.changed_at"), ["restaurants", "events", "real-time"],
        "2024-07-01T09:00:00Z", cadence="streaming")

    reviews = mk(
        "restaurant-reviews", d, "ratings-and-reviews", "1.2.0", "active", "Restaurant reviews",
        "Ratings and reviews customers leave after an order.", "Restaurant quality, search ranking.",
        "Only about 20% of orders get a rating. Review texts are moderated before publication.",
        ["postgres:restaurants", "s3:restaurants"], [
            Obj("reviews", "One row per review of an order.", [
                c("review_id", "id", "Identifier of the review.", f="pk req uniq"),
                c("order_id", f="req uniq"),
                c("restaurant_id", f="req"),
                c("customer_id", f="req"),
                c("rating_food", "rating", "Rating of the food, 1 to 5."),
                c("rating_packaging", "rating", "Rating of the packaging, 1 to 5."),
                c("rating_overall", "rating", "Overall rating, 1 to 5.", f="req cde"),
                c("review_text", "text", "Text of the review; may contain personal data.", f="pii",
                  cls="confidential"),
                c("language_code"),
                c("submitted_at", "ts", "When it was submitted (UTC).", f="req"),
                c("moderation_status", "str:12", "Result of moderation.", values=["pending", "approved", "rejected"]),
                c("published", "bool", "True when shown in the app."),
            ], rows=41_000)],
        sla("oltp", "reviews.submitted_at"), ["restaurants", "reviews", "source-aligned"], "2024-02-19T09:00:00Z")

    perf = mk(
        "restaurant-performance-weekly", d, "restaurant-performance", "1.3.0", "active", "Restaurant performance",
        "How each restaurant performed in a week: acceptance, preparation time, rider wait, offline time, ratings "
        "and sales.", "Account management, partner scorecards, ETA features.",
        "Restaurants with no orders in a week have no row.",
        ["snowflake:restaurants", "snowflake:restaurants:dev"], [
            Obj("restaurant_performance_weekly", "KPIs of one restaurant in one week.", [
                c("week_start", f="pk req", src="orders.placed_at"),
                c("restaurant_id", f="pk req"),
                c("city_code", src="restaurants.city_code"),
                c("partner_tier", "str:12", "Commercial tier.", src="restaurants.partner_tier"),
                c("orders_received", "bigint", "Orders sent to the restaurant.", src="agg: orders.order_id"),
                c("orders_accepted", "bigint", "Orders the restaurant accepted.",
                  src="agg: orders.order_id | cond: orders.order_status"),
                c("acceptance_rate", "pct", "Accepted divided by received orders.",
                  src="agg: orders.order_id | cond: orders.order_status"),
                c("avg_prep_time_minutes", "dec:6,2", "Average preparation time.",
                  src="agg: prep_time_updated.prep_time_minutes"),
                c("avg_rider_wait_minutes", "dec:6,2", "Average time riders waited for the food.",
                  src="agg: deliveries.arrived_at_restaurant_at, deliveries.pickup_at"),
                c("offline_minutes", "int", "Minutes paused or busy during opening hours.",
                  src="agg: restaurant_status_changed.changed_at | cond: restaurant_status_changed.new_status"),
                c("avg_rating_overall", "dec:3,2", "Average overall rating.", src="agg: reviews.rating_overall"),
                c("reviews_count", "bigint", "Reviews received.", src="agg: reviews.review_id"),
                c("gmv_amount", src="agg: orders.total_amount"),
                c("commission_amount", "money", "Commission earned by FoodCo.", cls="confidential",
                  src="agg: orders.subtotal_amount, restaurants.commission_rate"),
                c("currency", src="orders.currency"),
                c("loaded_at"),
            ], inputs=["placed-orders/orders", "delivery-jobs/deliveries", "restaurant-availability/prep_time_updated",
                       "restaurant-availability/restaurant_status_changed", "restaurant-reviews/reviews",
                       "restaurants/restaurants"],
                joins=["orders.order_id=deliveries.order_id", "orders.restaurant_id=restaurants.restaurant_id",
                       "reviews.order_id=orders.order_id", "prep_time_updated.restaurant_id=restaurants.restaurant_id",
                       "restaurant_status_changed.restaurant_id=restaurants.restaurant_id"],
                group_by=["orders.placed_at", "orders.restaurant_id"], rows=25_000)],
        sla("weekly", "restaurant_performance_weekly.week_start"), ["restaurants", "aggregate", "kpi"],
        "2024-09-02T09:00:00Z", cadence="weekly")

    onboarding = mk(
        "partner-onboarding", d, "partner-onboarding-pipeline", "0.2.0", "draft", "Partner onboarding",
        "Applications of restaurants that want to join FoodCo and how far they got.",
        "Sales funnel of new partners (proposal under review).", "Draft: columns may still change.",
        ["postgres:restaurants", "s3:restaurants"], [
            Obj("onboarding_applications", "One row per application.", [
                c("application_id", "id", "Identifier of the application.", f="pk req uniq"),
                c("restaurant_name", "str:120", "Name of the restaurant applying.", f="req"),
                c("city_code"),
                c("applicant_name", "str:120", "Name of the person applying.", f="pii", cls="restricted"),
                c("applicant_email", "email", "E-mail of the person applying.", f="pii", cls="restricted"),
                c("applicant_phone", "phone", "Phone of the person applying.", f="pii", cls="restricted"),
                c("cuisine_type", "str:40", "Main cuisine.", examples=["vietnamese"]),
                c("submitted_at", "ts", "When the application came in (UTC).", f="req"),
                c("onboarding_stage", "str:24", "Current stage.",
                  values=["submitted", "documents_pending", "menu_setup", "tablet_shipped", "live", "rejected"]),
                c("sales_rep_username", "str:64", "Sales representative in charge."),
                c("contract_signed_at", "ts", "When the contract was signed (UTC)."),
                c("went_live_at", "ts", "When the restaurant went live (UTC)."),
                c("restaurant_id", description="The restaurant created when the application went live."),
                c("rejection_reason", "str:120", "Why the application was rejected."),
            ], rows=900)],
        sla("oltp", "onboarding_applications.submitted_at"), ["restaurants", "sales", "draft"],
        "2026-10-05T09:00:00Z")

    products = [
        Product("restaurant-directory", d, "Restaurant Directory", "source-aligned", "active", "2.2.0",
                "All partner restaurants and brands.", "Restaurant attributes for every analysis.",
                "Commission rates are confidential.", ["restaurants", "partners"], "2023-01-16T09:00:00Z",
                source_system="partner-service", contracts=[directory]),
        Product("menu-catalog", d, "Menu Catalog", "source-aligned", "active", "1.5.0",
                "Menus, items, prices and dietary information.", "Menu analysis, search, recommendations.",
                "Current prices only.", ["restaurants", "menus"], "2023-04-03T09:00:00Z",
                source_system="menu-service", contracts=[menus]),
        Product("restaurant-operations", d, "Restaurant Operations", "source-aligned", "active", "1.0.0",
                "Real-time restaurant availability and preparation times.", "Offline time, preparation time.",
                "Old tablets send no reason.", ["restaurants", "real-time"], "2024-07-01T09:00:00Z",
                source_system="restaurant-tablet-app", contracts=[availability]),
        Product("ratings-and-reviews", d, "Ratings and Reviews", "source-aligned", "active", "1.2.0",
                "Customer ratings and reviews of orders.", "Restaurant quality and ranking.",
                "About 20% of orders are rated.", ["restaurants", "reviews"], "2024-02-19T09:00:00Z",
                source_system="review-service", contracts=[reviews]),
        Product("restaurant-performance", d, "Restaurant Performance", "aggregate", "active", "1.3.0",
                "Weekly restaurant scorecards.", "Account management and partner scorecards.",
                "Only weeks with orders.", ["restaurants", "kpi", "aggregate"], "2024-09-02T09:00:00Z",
                contracts=[perf]),
        Product("partner-onboarding-pipeline", d, "Partner Onboarding Pipeline", "source-aligned", "draft", "0.2.0",
                "Applications of new partner restaurants.", "Sales funnel analysis.", "Draft.",
                ["restaurants", "sales"], "2026-10-05T09:00:00Z", source_system="partner-crm",
                contracts=[onboarding]),
    ]
    return products, [directory, menus, availability, reviews, perf, onboarding]


def customers_domain() -> tuple[list[Product], list[Contract]]:
    """Customers: identity, addresses, app events, consents, and the customer 360, segments and LTV."""
    d = "customers"

    def v3_customers() -> Obj:
        return Obj("customers", "One row per customer account.", [
            c("customer_id", f="pk req uniq"),
            c("email", f="req uniq"),
            c("email_verified", "bool", "True once the customer confirmed the e-mail address."),
            c("phone_number"),
            c("first_name", "str:80", "First name.", f="pii", cls="restricted"),
            c("last_name", "str:80", "Last name.", f="pii", cls="restricted"),
            c("date_of_birth", "date", "Date of birth, for age-restricted items; optional.", f="pii",
              cls="restricted"),
            c("preferred_language", "lang", "Language of the app and of messages.", examples=["de", "en"]),
            c("home_city_code", "str:3", "City the customer orders in most.", fk="cities.city_code"),
            c("signup_at", "ts", "When the account was created (UTC).", f="req"),
            c("signup_channel", "str:12", "Where the customer signed up.",
              values=["ios", "android", "web", "referral", "partner"]),
            c("referred_by_customer_id", "id", "Customer who referred this one.", fk="customers.customer_id"),
            c("is_plus_member", "bool", "True for subscribers of FoodCo Plus (free delivery)."),
            c("plus_member_since", "date", "Start of the current Plus subscription."),
            c("account_status", "str:12", "Status of the account.", f="req",
              values=["active", "suspended", "deleted"]),
            c("deleted_at", "ts", "When the account was deleted; personal data is erased then (UTC)."),
            c("updated_at", f="req"),
        ], rows=9_800_000, checks=[("email", "missingValues", "mustBeLessThan", 0.5, {"missingValues": [None, ""]})])

    profiles = mk(
        "customer-profiles", d, "customer-identity", "3.0.0", "active", "Customer profiles",
        "Customer accounts and the devices they use.",
        "Join on customer_id. Personal data is restricted: request the customer_pii_reader role.",
        "Deleted accounts keep their customer_id; personal data is erased within 30 days.",
        ["postgres:customers", "s3:customers"], [
            v3_customers(),
            Obj("customer_devices", "App installations and browsers of customers.", [
                c("device_id", "str:64", "Pseudonymous identifier of the app installation.", f="pk req uniq",
                  cls="confidential"),
                c("customer_id", f="req", fk="customers.customer_id"),
                c("platform", "str:8", "Platform.", values=PLATFORMS),
                c("os_version", "str:16", "Operating system version.", examples=["iOS 19.1"]),
                c("app_version", "str:16", "App version.", examples=["26.11.0"]),
                c("push_enabled", "bool", "True when push notifications are allowed."),
                c("first_seen_at", "ts", "First activity (UTC)."),
                c("last_seen_at", "ts", "Last activity (UTC)."),
            ], rows=14_000_000),
        ], sla("oltp", "customers.updated_at"), ["customers", "pii", "gdpr", "source-aligned"],
        "2025-09-01T09:00:00Z")

    profiles_v2 = mk(
        "customer-profiles", d, "customer-identity", "2.4.1", "deprecated", "Customer profiles (2.x layout)",
        "The 2.x layout of customer profiles, kept as a view for consumers that have not migrated yet.",
        "Migrate to 3.0.0: full_name is split into first_name and last_name.",
        "Deprecated since 2026-09-01; removed on 2027-03-01.",
        ["postgres:customers"], [
            Obj("customers", "Compatibility view in the 2.x layout.", [
                c("customer_id", f="pk req uniq"),
                c("email", f="req uniq"),
                c("phone_number"),
                c("full_name", "str:160", "First and last name.", f="pii", cls="restricted",
                  src="customers.first_name, customers.last_name"),
                c("date_of_birth", "date", "Date of birth.", f="pii", cls="restricted"),
                c("preferred_language", "lang", "Language of the app and of messages."),
                c("home_city_code", "str:3", "City the customer orders in most."),
                c("signup_at", "ts", "When the account was created (UTC)."),
                c("signup_channel", "str:12", "Where the customer signed up."),
                c("account_status", "str:12", "Status of the account."),
                c("updated_at"),
            ], physical="customers_v2", ptype="view", rows=9_800_000, inputs=["customer-profiles/customers"])],
        sla("oltp", "customers.updated_at"), ["customers", "pii", "deprecated"], "2023-05-15T09:00:00Z",
        file_suffix=".v2.4.1")

    addresses = mk(
        "customer-addresses", d, "address-book", "1.1.0", "active", "Customer addresses",
        "Delivery addresses customers saved.", "Geo analysis of demand (aggregate to postal code first).",
        "Addresses are personal data; only the address-book and care teams see them unaggregated.",
        ["postgres:customers", "s3:customers"], [
            Obj("addresses", "One row per saved address.", [
                c("address_id", "id", "Identifier of the address.", f="pk req uniq"),
                c("customer_id", f="req"),
                c("address_label", "str:8", "Label chosen by the customer.", values=["home", "work", "other"]),
                c("street_line", "str:200", "Street and house number.", f="pii req", cls="restricted"),
                c("house_number", "str:16", "House number.", f="pii", cls="restricted"),
                c("postal_code", "str:10", "Postal code.", f="pii", cls="restricted"),
                c("city_code", f="req"),
                c("country_code", f="req"),
                c("latitude", "lat", "Latitude (WGS 84).", f="pii", cls="restricted"),
                c("longitude", "lon", "Longitude (WGS 84).", f="pii", cls="restricted"),
                c("delivery_instructions", "text", "Instructions for the rider.", f="pii", cls="restricted"),
                c("is_default", "bool", "True for the default address."),
                c("created_at"),
                c("updated_at"),
            ], rows=16_000_000)],
        sla("oltp", "addresses.updated_at"), ["customers", "pii", "gdpr", "source-aligned"], "2024-03-11T09:00:00Z")

    app_events = mk(
        "app-events", d, "app-clickstream", "2.0.0", "active", "App events",
        "What customers do in the apps and on the web: screens, searches, carts, notifications.",
        "Funnel and attribution analysis. Use the lake copy for history.",
        "Events of users who declined tracking are not collected.",
        ["kafka:customers", "s3:customers"], [
            Obj("app_events", "One event per interaction.", [
                c("event_id", f="pk req uniq"),
                c("anonymous_id", "str:64", "Pseudonymous identifier of the installation or browser.", f="req",
                  cls="confidential"),
                c("customer_id", description="The logged-in customer, if any."),
                c("session_id", "id", "App session."),
                c("event_name", "str:40", "What happened.", f="req",
                  values=["app_opened", "search_performed", "restaurant_viewed", "item_added", "checkout_started",
                          "order_placed", "push_opened"]),
                c("screen_name", "str:60", "Screen the event happened on."),
                c("restaurant_id"),
                c("campaign_id", description="Campaign the session came from, if any."),
                c("utm_source", "str:60", "utm_source of the deep link.", examples=["facebook"]),
                c("utm_medium", "str:60", "utm_medium of the deep link.", examples=["paid_social"]),
                c("platform", "str:8", "Platform.", values=PLATFORMS),
                c("app_version", "str:16", "App version."),
                c("city_code"),
                c("event_at", "ts", "When it happened on the device (UTC).", f="req"),
                c("received_at", "ts", "When the collector received it (UTC).", f="req"),
            ], physical="customers.app-events.v2", ptype="topic", rows=95_000_000),
            Obj("push_notifications", "Notifications sent to customers.", [
                c("notification_id", "id", "Identifier of the notification.", f="pk req uniq"),
                c("customer_id", f="req"),
                c("campaign_id"),
                c("channel", "str:8", "Channel.", values=["push", "email", "sms", "in_app"]),
                c("sent_at", "ts", "When it was sent (UTC).", f="req"),
                c("delivered", "bool", "True when the provider confirmed delivery."),
                c("opened_at", "ts", "When it was opened (UTC)."),
            ], physical="customers.push-notifications.v1", ptype="topic", rows=4_200_000),
        ], sla("stream", "app_events.received_at", retention=(14, "d")),
        ["customers", "clickstream", "events", "real-time"], "2025-04-14T09:00:00Z", cadence="streaming")

    consents = mk(
        "marketing-consents", d, "consent-registry", "1.0.2", "active", "Marketing consents",
        "Every consent a customer gave or withdrew, per purpose.",
        "Check before any marketing use: only the latest row per customer and purpose counts.",
        "Consents are append-only; a withdrawal is a row with granted false.",
        ["postgres:customers", "s3:customers"], [
            Obj("consents", "One row per consent decision.", [
                c("consent_id", "id", "Identifier of the decision.", f="pk req uniq"),
                c("customer_id", f="req"),
                c("purpose", "str:32", "What the consent is for.", f="req",
                  values=["marketing_email", "marketing_push", "marketing_sms", "personalisation", "third_party_ads"]),
                c("granted", "bool", "True when given, false when withdrawn.", f="req cde"),
                c("consent_source", "str:16", "Where the decision was made.",
                  values=["signup", "settings", "cookie_banner", "care_agent"]),
                c("legal_basis", "str:24", "Legal basis under GDPR.", values=["consent", "legitimate_interest"]),
                c("recorded_at", "ts", "When it was recorded (UTC).", f="req"),
                c("expires_at", "ts", "When it expires, if it does (UTC)."),
                c("policy_version", "str:16", "Privacy policy version the customer saw.", examples=["2026-03"]),
            ], rows=31_000_000)],
        sla("oltp", "consents.recorded_at", retention=(6, "y"), driver="regulatory"),
        ["customers", "gdpr", "consent", "source-aligned"], "2024-01-29T09:00:00Z")

    c360 = mk(
        "customer-360", d, "customer-360-view", "1.6.0", "active", "Customer 360",
        "One row per customer with everything the company knows about their relationship with FoodCo.",
        "CRM, care, segmentation, fraud. No direct identifiers: use email_sha256 for audience matching.",
        "Rebuilt nightly; deleted customers are removed on the next rebuild.",
        ["snowflake:customers", "snowflake:customers:dev"], [
            Obj("customer_profile_360", "Profile and order history of a customer.", [
                c("customer_id", f="pk req uniq"),
                c("email_sha256", "hash", "SHA-256 of the lower-cased e-mail address.", cls="confidential",
                  src="mask: customers.email"),
                c("home_city_code", "str:3", "City the customer orders in most.", src="customers.home_city_code"),
                c("signup_at", "ts", "When the account was created (UTC).", src="customers.signup_at"),
                c("is_plus_member", "bool", "FoodCo Plus subscriber.", src="customers.is_plus_member"),
                c("account_status", "str:12", "Status of the account.", src="customers.account_status"),
                c("first_order_at", "ts", "First order (UTC).", src="agg: orders.placed_at"),
                c("last_order_at", "ts", "Last order (UTC).", src="agg: orders.placed_at"),
                c("lifetime_orders", "bigint", "Orders placed since signup.", src="agg: orders.order_id"),
                c("lifetime_gmv_amount", "money", "GMV since signup.", src="agg: orders.total_amount"),
                c("avg_order_value_amount", "money", "Average total amount per order.",
                  src="agg: orders.total_amount, orders.order_id"),
                c("orders_last_30d", "int", "Orders in the last 30 days.",
                  src="agg: orders.order_id | cond: orders.placed_at"),
                c("favourite_cuisine", "str:40", "Cuisine ordered most.",
                  src="agg: restaurants.cuisine_types, orders.restaurant_id"),
                c("favourite_restaurant_id", "id", "Restaurant ordered from most.", src="agg: orders.restaurant_id"),
                c("avg_rating_given", "dec:3,2", "Average overall rating given.", src="agg: reviews.rating_overall"),
                c("support_tickets_90d", "int", "Care tickets in the last 90 days.",
                  src="agg: tickets.ticket_id | cond: tickets.created_at"),
                c("refunds_90d_amount", "money", "Refunds in the last 90 days.",
                  src="agg: refunds.refund_amount | cond: refunds.processed_at"),
                c("preferred_payment_method", "str:16", "Payment method used most.", src="agg: orders.payment_method"),
                c("currency", src="orders.currency"),
                c("loaded_at"),
            ], inputs=["customer-profiles/customers", "placed-orders/orders", "restaurant-reviews/reviews",
                       "support-tickets/tickets", "refunds/refunds", "restaurants/restaurants"],
                joins=["customers.customer_id=orders.customer_id", "customers.customer_id=reviews.customer_id",
                       "customers.customer_id=tickets.customer_id", "customers.customer_id=refunds.customer_id",
                       "orders.restaurant_id=restaurants.restaurant_id"],
                group_by=["customers.customer_id"], rows=9_800_000),
            Obj("customer_daily_activity", "What a customer did on a day.", [
                c("activity_date", "date", "Day (UTC).", f="pk req part", src="app_events.event_at"),
                c("customer_id", f="pk req", src="app_events.customer_id"),
                c("sessions", "int", "App sessions.", src="agg: app_events.session_id"),
                c("app_events_count", "int", "Events.", src="agg: app_events.event_id"),
                c("orders_placed", "int", "Orders placed.", src="agg: orders.order_id"),
                c("gmv_amount", src="agg: orders.total_amount"),
                c("currency", src="orders.currency"),
                c("loaded_at"),
            ], inputs=["app-events/app_events", "placed-orders/orders"],
                joins=["app_events.customer_id=orders.customer_id"],
                group_by=["app_events.event_at", "app_events.customer_id"], rows=1_400_000),
        ], sla("daily", "customer_profile_360.loaded_at"), ["customers", "aggregate", "crm"],
        "2024-05-20T09:00:00Z")

    segments = mk(
        "customer-segments", d, "customer-segmentation", "1.2.0", "active", "Customer segments",
        "RFM segment, churn risk and marketability of every customer.",
        "Audience building and reporting by segment.", "Segments are recomputed nightly; the model changes "
        "quarterly (see model_version).",
        ["bigquery:customers", "bigquery:customers:sandbox"], [
            Obj("customer_segments", "Current segment of a customer.", [
                c("customer_id", f="pk req uniq"),
                c("segment_code", f="req",
                  src="customer_profile_360.last_order_at, customer_profile_360.lifetime_orders, "
                      "customer_profile_360.lifetime_gmv_amount"),
                c("rfm_recency_score", "int", "Recency score, 1 to 5.", src="customer_profile_360.last_order_at"),
                c("rfm_frequency_score", "int", "Frequency score, 1 to 5.", src="customer_profile_360.lifetime_orders"),
                c("rfm_monetary_score", "int", "Monetary score, 1 to 5.",
                  src="customer_profile_360.lifetime_gmv_amount"),
                c("churn_risk_band", "str:8", "Risk that the customer stops ordering.",
                  values=["low", "medium", "high"],
                  src="customer_profile_360.last_order_at, customer_profile_360.orders_last_30d"),
                c("marketable_email", "bool", "True when the customer consented to marketing e-mails.",
                  src="consents.granted | cond: consents.purpose"),
                c("marketable_push", "bool", "True when the customer consented to marketing push messages.",
                  src="consents.granted | cond: consents.purpose"),
                c("home_city_code", "str:3", "City the customer orders in most."),
                c("segment_assigned_at", "ts", "When the segment was computed (UTC).", f="gen"),
                c("model_version", "str:16", "Version of the segmentation model.", f="gen", examples=["rfm-2026q4"]),
            ], inputs=["customer-360/customer_profile_360", "marketing-consents/consents"],
                joins=["customer_profile_360.customer_id=consents.customer_id"], rows=9_800_000)],
        sla("daily", "customer_segments.segment_assigned_at"), ["customers", "segmentation", "aggregate"],
        "2024-11-04T09:00:00Z")

    ltv = mk(
        "customer-ltv", d, "customer-lifetime-value", "0.8.0", "draft", "Customer lifetime value",
        "Predicted value and churn probability of every customer over the next 12 months.",
        "Bidding and budget allocation (proposal).", "Draft: the model is still being validated.",
        ["bigquery:customers", "bigquery:customers:sandbox"], [
            Obj("customer_ltv_predictions", "Latest prediction per customer.", [
                c("customer_id", f="pk req uniq"),
                c("predicted_ltv_12m_amount", "money", "Predicted GMV in the next 12 months.",
                  src="customer_profile_360.lifetime_gmv_amount, customer_profile_360.avg_order_value_amount, "
                      "customer_segments.segment_code"),
                c("predicted_orders_12m", "dec:6,2", "Predicted orders in the next 12 months.",
                  src="customer_profile_360.lifetime_orders, customer_segments.rfm_frequency_score"),
                c("churn_probability", "pct", "Probability of no order in the next 90 days.",
                  src="customer_segments.churn_risk_band, customer_profile_360.last_order_at"),
                c("currency", src="customer_profile_360.currency"),
                c("model_version", "str:16", "Version of the model.", f="gen"),
                c("scored_at", "ts", "When the prediction was made (UTC).", f="gen"),
            ], inputs=["customer-360/customer_profile_360", "customer-segments/customer_segments"],
                joins=["customer_profile_360.customer_id=customer_segments.customer_id"], rows=9_800_000)],
        sla("daily", "customer_ltv_predictions.scored_at"), ["customers", "machine-learning", "draft"],
        "2026-08-17T09:00:00Z")

    products = [
        Product("customer-identity", d, "Customer Identity", "source-aligned", "active", "3.0.0",
                "Customer accounts and devices.", "Customer attributes for every analysis.",
                "Personal data: restricted access.", ["customers", "pii"], "2023-05-15T09:00:00Z",
                source_system="account-service", contracts=[profiles, profiles_v2]),
        Product("address-book", d, "Address Book", "source-aligned", "active", "1.1.0",
                "Saved delivery addresses.", "Geo analysis of demand.", "Personal data.",
                ["customers", "pii", "geo"], "2024-03-11T09:00:00Z", source_system="account-service",
                contracts=[addresses]),
        Product("app-clickstream", d, "App Clickstream", "source-aligned", "active", "2.0.0",
                "Interaction events from the apps and the web.", "Funnels and attribution.",
                "Only users who accepted tracking.", ["customers", "clickstream", "real-time"],
                "2025-04-14T09:00:00Z", source_system="event-collector", contracts=[app_events]),
        Product("consent-registry", d, "Consent Registry", "source-aligned", "active", "1.0.2",
                "Marketing and personalisation consents.", "Check consent before any marketing use.",
                "Append-only log.", ["customers", "gdpr", "consent"], "2024-01-29T09:00:00Z",
                source_system="consent-service", contracts=[consents]),
        Product("customer-360-view", d, "Customer 360", "aggregate", "active", "1.6.0",
                "Everything about a customer's relationship with FoodCo, in one row.",
                "CRM, care, segmentation and fraud.", "No direct identifiers.", ["customers", "crm", "aggregate"],
                "2024-05-20T09:00:00Z", contracts=[c360]),
        Product("customer-segmentation", d, "Customer Segmentation", "aggregate", "active", "1.2.0",
                "RFM segments, churn risk and marketability.", "Audiences and reporting by segment.",
                "Model changes quarterly.", ["customers", "segmentation"], "2024-11-04T09:00:00Z",
                contracts=[segments]),
        Product("customer-lifetime-value", d, "Customer Lifetime Value", "consumer-aligned", "draft", "0.8.0",
                "Predicted 12-month value and churn probability.", "Bidding and budgets (proposal).",
                "Model under validation.", ["customers", "machine-learning"], "2026-08-17T09:00:00Z",
                contracts=[ltv]),
    ]
    return products, [profiles, profiles_v2, addresses, app_events, consents, c360, segments, ltv]


def payments_domain() -> tuple[list[Product], list[Contract]]:
    """Payments: transactions, refunds, chargebacks, payouts, fraud scores and the payment method mix."""
    d = "payments"

    def transactions(draft: bool) -> Obj:
        cols = [
            c("transaction_id", f="pk req uniq"),
            c("order_id", f="req"),
            c("customer_id", f="req"),
            c("psp_name", "str:16", "Payment service provider.", values=["adyen", "stripe", "paypal", "payu"]),
            c("psp_reference", "str:64", "Reference of the transaction at the PSP.", f="uniq"),
            c("payment_method", f="req"),
            c("card_brand", "str:16", "Card scheme, for card payments.",
              values=["visa", "mastercard", "amex", "maestro"]),
            c("card_bin", "str:8", "First digits of the card number (PCI: restricted).", cls="restricted"),
            c("card_last4", "str:4", "Last four digits of the card number.", cls="restricted"),
            c("amount", "money", "Amount authorised, captured or voided.", f="req cde"),
            c("currency", f="req"),
            c("transaction_type", "str:16", "Kind of transaction.", f="req",
              values=["authorisation", "capture", "void"]),
            c("transaction_status", "str:12", "Outcome.", f="req",
              values=["pending", "authorised", "captured", "failed", "voided"]),
            c("failure_code", "str:32", "PSP failure code of failed transactions.", examples=["insufficient_funds"]),
            c("three_ds_result", "str:16", "Result of 3-D Secure.",
              values=["authenticated", "attempted", "not_enrolled", "failed", "exempt"]),
            c("created_at", f="req"),
            c("settled_at", "ts", "When the PSP settled the funds (UTC)."),
        ]
        if draft:
            cols.insert(7, c("wallet_provider", "str:16", "Wallet used for wallet payments. New in 1.1.0.",
                             values=["apple_pay", "google_pay", "paypal"]))
            cols.insert(-2, c("risk_score", "pct", "Risk score the PSP returned. New in 1.1.0."))
        return Obj("payment_transactions", "One row per transaction with the payment service provider.", cols,
                   rows=410_000, sql=[("captured_not_above_authorised",
                                       "No order captures more than was authorised.", "accuracy",
                                       "SELECT COUNT(*) FROM (SELECT order_id FROM public.payment_transactions "
                                       "GROUP BY order_id HAVING SUM(CASE WHEN transaction_type = 'capture' THEN "
                                       "amount END) > SUM(CASE WHEN transaction_type = 'authorisation' THEN amount "
                                       "END)) x", "mustBe", 0)])

    def attempts() -> Obj:
        return Obj("payment_attempts", "Every call to the PSP for a transaction, including retries.", [
            c("attempt_id", "id", "Identifier of the attempt.", f="pk req uniq"),
            c("transaction_id", f="req", fk="payment_transactions.transaction_id"),
            c("attempt_number", "int", "1 for the first attempt, 2 for the first retry, ...", f="req"),
            c("psp_response_code", "str:16", "Response code of the PSP.", examples=["00", "05", "51"]),
            c("psp_latency_ms", "int", "Response time of the PSP."),
            c("attempted_at", "ts", "When (UTC).", f="req"),
        ], rows=520_000)

    tx = mk(
        "payment-transactions", d, "payment-processing", "1.0.0", "active", "Payment transactions",
        "Every payment transaction with the payment service providers, and every attempt behind it.",
        "Payment success rates, payment costs, reconciliation with PSP settlement reports.",
        "Card data is limited to BIN and last four digits (PCI DSS).",
        ["postgres:payments", "kafka:payments", "s3:payments"], [transactions(False), attempts()],
        sla("oltp", "payment_transactions.created_at", retention=(10, "y"), driver="regulatory"),
        ["payments", "pci", "source-aligned"], "2023-02-06T09:00:00Z")
    tx_next = mk(
        "payment-transactions", d, "payment-processing", "1.1.0", "proposed", "Payment transactions",
        "Every payment transaction with the payment service providers, and every attempt behind it. Adds the "
        "wallet provider and the PSP risk score.", "Payment success rates, payment costs, reconciliation.",
        "Proposed for review, tested on staging. Card data is limited to BIN and last four digits (PCI DSS).",
        ["postgres:payments:staging", "postgres:payments", "kafka:payments"], [transactions(True), attempts()],
        sla("oltp", "payment_transactions.created_at", retention=(10, "y"), driver="regulatory"),
        ["payments", "pci", "source-aligned", "proposed"], "2026-10-26T09:00:00Z", file_suffix=".v1.1.0")

    refunds = mk(
        "refunds", d, "refunds-and-disputes", "1.3.0", "active", "Refunds",
        "Every refund to a customer: why, who initiated it, how it was paid back.",
        "Refund cost, care quality, restaurant payouts.", "Wallet credits expire after 12 months.",
        ["postgres:payments", "s3:payments"], [
            Obj("refunds", "One row per refund.", [
                c("refund_id", "id", "Identifier of the refund.", f="pk req uniq"),
                c("order_id", f="req"),
                c("transaction_id"),
                c("customer_id", f="req"),
                c("issue_id", "id", "The order issue that caused the refund, if any.", fk="order_issues.issue_id"),
                c("refund_amount", "money", "Amount refunded.", f="req cde"),
                c("currency", f="req"),
                c("refund_reason", "str:32", "Why.", f="req",
                  values=["missing_item", "wrong_item", "late_delivery", "quality_issue", "cancelled_order",
                          "goodwill"]),
                c("initiated_by", "str:24", "Who initiated it.",
                  values=["care_agent", "automation", "restaurant", "customer_self_service"]),
                c("refund_method", "str:16", "How it was paid back.",
                  values=["original_payment", "wallet_credit", "voucher"]),
                c("requested_at", "ts", "When it was requested (UTC).", f="req"),
                c("processed_at", "ts", "When it was paid out (UTC)."),
                c("refund_status", "str:12", "Status.", values=["requested", "approved", "processed", "rejected"]),
            ], rows=9_500)],
        sla("oltp", "refunds.requested_at", retention=(10, "y"), driver="regulatory"),
        ["payments", "refunds", "source-aligned"], "2023-07-10T09:00:00Z")

    chargebacks = mk(
        "chargebacks", d, "refunds-and-disputes", "1.0.0", "active", "Chargebacks",
        "Disputes customers raised with their card issuer, and their outcome.",
        "Fraud and dispute analysis, revenue reconciliation.", "Outcomes can take up to 120 days.",
        ["postgres:payments", "s3:payments"], [
            Obj("chargebacks", "One row per chargeback.", [
                c("chargeback_id", "id", "Identifier of the chargeback.", f="pk req uniq"),
                c("transaction_id", f="req"),
                c("order_id", f="req"),
                c("psp_reference", "str:64", "Reference at the PSP."),
                c("reason_code", "str:16", "Scheme reason code.", examples=["10.4", "13.1"]),
                c("chargeback_amount", "money", "Disputed amount.", f="req cde"),
                c("currency", f="req"),
                c("opened_at", "ts", "When the dispute was opened (UTC).", f="req"),
                c("evidence_due_at", "ts", "Deadline for evidence (UTC)."),
                c("outcome", "str:12", "Outcome.", values=["pending", "won", "lost", "accepted"]),
                c("closed_at", "ts", "When it was closed (UTC)."),
            ], rows=300)],
        sla("oltp", "chargebacks.opened_at", retention=(10, "y"), driver="regulatory"),
        ["payments", "disputes", "source-aligned"], "2024-06-24T09:00:00Z")

    payouts = mk(
        "payouts", d, "partner-payouts", "2.0.0", "active", "Partner payouts",
        "What FoodCo pays restaurants and riders each week, and how it was computed.",
        "Payout reconciliation, finance reporting.", "Adjustments of past weeks are booked in the current week.",
        ["snowflake:payments", "s3:payments"], [
            Obj("restaurant_payouts", "Weekly payout of one restaurant.", [
                c("payout_id", "id", "Identifier of the payout line.", f="pk req uniq",
                  src="orders.restaurant_id, orders.placed_at"),
                c("restaurant_id", f="req"),
                c("period_start", "date", "First day of the payout week.", src="orders.placed_at"),
                c("period_end", "date", "Last day of the payout week.", src="orders.placed_at"),
                c("gross_sales_amount", "money", "Food sales of the restaurant.", src="agg: orders.subtotal_amount"),
                c("commission_amount", "money", "Commission kept by FoodCo.", f="cde", cls="confidential",
                  src="agg: orders.subtotal_amount, restaurants.commission_rate"),
                c("refunds_deducted_amount", "money", "Refunds charged back to the restaurant.",
                  src="agg: refunds.refund_amount | cond: order_issues.responsible_party"),
                c("adjustments_amount", "money", "Manual adjustments; may be negative.", f="signed",
                  src="agg: order_issues.compensation_amount"),
                c("net_payout_amount", "money", "Amount transferred.", f="req cde",
                  src="agg: orders.subtotal_amount, restaurants.commission_rate, refunds.refund_amount"),
                c("currency", src="orders.currency"),
                c("payout_status", "str:12", "Status of the transfer.", f="gen",
                  values=["scheduled", "sent", "paid", "failed"]),
                c("paid_at", "ts", "When the bank confirmed the transfer (UTC).", f="gen"),
            ], inputs=["placed-orders/orders", "refunds/refunds", "restaurants/restaurants", "order-issues/order_issues"],
                joins=["orders.restaurant_id=restaurants.restaurant_id", "refunds.order_id=orders.order_id",
                       "order_issues.order_id=orders.order_id"],
                group_by=["orders.restaurant_id", "orders.placed_at"], filters=["orders.order_status"], rows=26_000),
            Obj("rider_payouts", "Weekly payout of one rider.", [
                c("payout_id", "id", "Identifier of the payout line.", f="pk req uniq",
                  src="rider_earnings_weekly.rider_id, rider_earnings_weekly.week_start"),
                c("rider_id", f="req"),
                c("period_start", "date", "First day of the payout week.", src="rider_earnings_weekly.week_start"),
                c("earnings_amount", "money", "Earnings of the week.",
                  src="rider_earnings_weekly.total_earnings_amount"),
                c("tips_amount", "money", "Tips of the week."),
                c("deductions_amount", "money", "Deductions (equipment, agency fees).",
                  src="rider_earnings_weekly.contract_type"),
                c("net_payout_amount", "money", "Amount transferred.", f="req cde",
                  src="rider_earnings_weekly.total_earnings_amount, rider_earnings_weekly.contract_type"),
                c("currency"),
                c("paid_at", "ts", "When the bank confirmed the transfer (UTC).", f="gen"),
            ], inputs=["rider-earnings/rider_earnings_weekly"], filters=["rider_earnings_weekly.contract_type"],
                rows=38_000),
        ], sla("weekly", "restaurant_payouts.period_end", retention=(10, "y"), driver="regulatory"),
        ["payments", "payouts", "aggregate"], "2024-02-26T09:00:00Z", cadence="weekly")

    fraud = mk(
        "fraud-scores", d, "fraud-detection", "1.4.0", "active", "Order fraud scores",
        "A fraud score and decision for every order, with the signals behind it.",
        "Fraud operations, review queues, model monitoring.", "Scores of orders placed in the last hour may change.",
        ["bigquery:payments", "s3:payments"], [
            Obj("order_fraud_scores", "Fraud score of one order.", [
                c("order_id", f="pk req uniq", src="payment_transactions.order_id"),
                c("transaction_id"),
                c("customer_id", src="payment_transactions.customer_id"),
                c("fraud_score", "pct", "Probability that the order is fraudulent.", f="cde",
                  src="payment_transactions.card_bin, payment_attempts.attempt_number, chargebacks.chargeback_id, "
                      "customers.signup_at, app_events.anonymous_id"),
                c("risk_band", "str:8", "Band of the score.", values=["low", "medium", "high"],
                  src="payment_transactions.card_bin, chargebacks.chargeback_id, customers.signup_at"),
                c("account_age_days", "int", "Days since signup.", src="customers.signup_at"),
                c("failed_attempts_24h", "int", "Failed payment attempts of the customer in 24 hours.",
                  src="agg: payment_attempts.attempt_id | cond: payment_attempts.psp_response_code"),
                c("chargebacks_lifetime", "int", "Chargebacks of the customer so far.",
                  src="agg: chargebacks.chargeback_id"),
                c("devices_7d", "int", "Devices the customer used in 7 days.", src="agg: app_events.anonymous_id"),
                c("decision", "str:8", "What happened to the order.", values=["approve", "review", "block"],
                  src="payment_transactions.card_bin, payment_attempts.attempt_number, chargebacks.chargeback_id"),
                c("scored_at", "ts", "When the order was scored (UTC).", f="gen"),
                c("model_version", "str:16", "Version of the model.", f="gen", examples=["gbm-2026-10"]),
            ], inputs=["payment-transactions/payment_transactions", "payment-transactions/payment_attempts",
                       "chargebacks/chargebacks", "customer-profiles/customers", "app-events/app_events"],
                joins=["payment_transactions.transaction_id=payment_attempts.transaction_id",
                       "payment_transactions.customer_id=customers.customer_id",
                       "payment_transactions.order_id=chargebacks.order_id",
                       "customers.customer_id=app_events.customer_id"], rows=410_000)],
        sla("daily", "order_fraud_scores.scored_at", retention=(5, "y")), ["payments", "fraud", "machine-learning"],
        "2024-08-05T09:00:00Z")

    mix = mk(
        "payment-method-mix", d, "payment-method-analytics", "1.0.0", "deprecated", "Payment method mix",
        "Share of payment methods per month and city.", "Superseded by the payments dashboard; do not build on it.",
        "Still reads the 1.x layout of placed orders; frozen until it is retired on 2027-01-31.",
        ["snowflake:payments"], [
            Obj("payment_method_mix_monthly", "Payment methods per month and city.", [
                c("month_start", f="pk req", src="orders.placed_at"),
                c("city_code", f="pk req"),
                c("payment_method", f="pk req"),
                c("orders_count", "bigint", "Orders paid with the method.", src="agg: orders.order_id"),
                c("share_of_orders", "pct", "Share of the city's orders.", src="agg: orders.order_id"),
                c("gmv_amount", src="agg: orders.total"),
                c("failed_payment_rate", "pct", "Share of failed transactions.",
                  src="agg: payment_transactions.transaction_id | cond: payment_transactions.transaction_status"),
                c("currency"),
                c("loaded_at"),
            ], inputs=["placed-orders@1.3.0/orders", "payment-transactions/payment_transactions"],
                joins=["orders.order_id=payment_transactions.order_id"],
                group_by=["orders.placed_at", "orders.city_code", "orders.payment_method"], rows=600)],
        sla("daily", "payment_method_mix_monthly.loaded_at"), ["payments", "deprecated"], "2023-09-04T09:00:00Z")

    products = [
        Product("payment-processing", d, "Payment Processing", "source-aligned", "active", "1.0.0",
                "Payment transactions and attempts with the PSPs.", "Payment success, costs, reconciliation.",
                "PCI: card data limited to BIN and last four digits.", ["payments", "pci"], "2023-02-06T09:00:00Z",
                source_system="payment-service", contracts=[tx, tx_next]),
        Product("refunds-and-disputes", d, "Refunds and Disputes", "source-aligned", "active", "1.3.0",
                "Refunds and chargebacks.", "Refund cost and dispute analysis.", "Chargeback outcomes take months.",
                ["payments", "refunds", "disputes"], "2023-07-10T09:00:00Z", source_system="payment-service",
                contracts=[refunds, chargebacks]),
        Product("partner-payouts", d, "Partner Payouts", "aggregate", "active", "2.0.0",
                "Weekly payouts to restaurants and riders.", "Reconciliation and finance reporting.",
                "Adjustments are booked in the current week.", ["payments", "payouts"], "2024-02-26T09:00:00Z",
                contracts=[payouts]),
        Product("fraud-detection", d, "Fraud Detection", "consumer-aligned", "active", "1.4.0",
                "Fraud scores and decisions per order.", "Fraud operations and model monitoring.",
                "Recent scores may change.", ["payments", "fraud", "machine-learning"], "2024-08-05T09:00:00Z",
                contracts=[fraud]),
        Product("payment-method-analytics", d, "Payment Method Analytics", "consumer-aligned", "deprecated", "1.0.0",
                "Payment method mix per month and city.", "Superseded by the payments dashboard.",
                "Deprecated; retired on 2027-01-31.", ["payments", "deprecated"], "2023-09-04T09:00:00Z",
                contracts=[mix]),
    ]
    return products, [tx, tx_next, refunds, chargebacks, payouts, fraud, mix]


def marketing_domain() -> tuple[list[Product], list[Contract]]:
    """Marketing: campaigns, vouchers, ad spend, attribution, CRM audiences and promotion effectiveness."""
    d = "marketing"
    campaigns = mk(
        "campaigns", d, "campaign-management", "1.1.0", "active", "Campaigns",
        "Marketing campaigns and their creatives, as planned in the campaign tool.",
        "Join spend, attribution and vouchers on campaign_id.", "Budgets are planned budgets, not spend.",
        ["bigquery:marketing", "s3:marketing"], [
            Obj("campaigns", "One row per campaign.", [
                c("campaign_id", f="pk req uniq"),
                c("campaign_name", "str:120", "Name of the campaign.", f="req", examples=["BER Winter Comfort Food"]),
                c("campaign_type", "str:16", "Goal.", values=["acquisition", "retention", "reactivation", "brand"]),
                c("channel", "str:16", "Main channel.",
                  values=["paid_social", "paid_search", "push", "email", "affiliate", "out_of_home"]),
                c("city_code", description="Target city; empty for national campaigns."),
                c("start_date", "date", "First day.", f="req"),
                c("end_date", "date", "Last day."),
                c("budget_amount", "money", "Planned budget.", cls="confidential"),
                c("currency"),
                c("owner_username", "str:64", "Marketing manager in charge."),
                c("target_segment_code", "str:24", "Customer segment targeted, if any."),
                c("campaign_status", "str:12", "Status.", values=["planned", "live", "paused", "finished"]),
                c("created_at"),
            ], rows=1_800),
            Obj("campaign_creatives", "Ads, push texts and e-mails of a campaign.", [
                c("creative_id", "id", "Identifier of the creative.", f="pk req uniq"),
                c("campaign_id", f="req", fk="campaigns.campaign_id"),
                c("creative_format", "str:16", "Format.", values=["banner", "video", "push_text", "email_html"]),
                c("headline", "str:120", "Headline or subject line.", cls="public"),
                c("landing_url", "str:500", "Deep link or landing page.", cls="public"),
                c("created_at"),
            ], rows=9_000),
        ], sla("lake", "campaigns.created_at"), ["marketing", "campaigns", "source-aligned"], "2024-01-08T09:00:00Z")

    vouchers = mk(
        "voucher-redemptions", d, "vouchers-and-promotions", "1.2.0", "active", "Vouchers and redemptions",
        "Voucher definitions and every redemption with an order.", "Promotion cost and effectiveness.",
        "Restaurant-funded vouchers are paid by the restaurant; see funded_by.",
        ["postgres:marketing", "bigquery:marketing"], [
            Obj("vouchers", "One row per voucher definition.", [
                c("voucher_id", f="pk req uniq"),
                c("voucher_code", "str:32", "Code the customer enters.", f="req uniq", examples=["WELCOME10"]),
                c("campaign_id"),
                c("discount_type", "str:16", "Kind of discount.", values=["percent", "fixed_amount", "free_delivery"]),
                c("discount_value", "dec:8,2", "Percent or amount, depending on discount_type."),
                c("min_order_value_amount", "money", "Minimum basket value."),
                c("max_redemptions", "int", "Redemption limit over all customers."),
                c("valid_from", "ts", "Start of validity (UTC)."),
                c("valid_until", "ts", "End of validity (UTC)."),
                c("currency"),
                c("funded_by", "str:12", "Who pays the discount.", values=["foodco", "restaurant", "shared"]),
                c("created_at"),
            ], rows=52_000),
            Obj("voucher_redemptions", "One row per voucher used in an order.", [
                c("redemption_id", "id", "Identifier of the redemption.", f="pk req uniq"),
                c("voucher_id", f="req", fk="vouchers.voucher_id"),
                c("order_id", f="req"),
                c("customer_id", f="req"),
                c("discount_amount", "money", "Discount granted.", f="req cde"),
                c("currency", f="req"),
                c("redeemed_at", "ts", "When (UTC).", f="req"),
            ], rows=38_000),
        ], sla("oltp", "voucher_redemptions.redeemed_at"), ["marketing", "promotions", "source-aligned"],
        "2023-10-16T09:00:00Z")

    spend = mk(
        "ad-spend", d, "paid-media-spend", "1.0.0", "active", "Ad spend",
        "Daily spend, impressions, clicks and installs from the advertising platforms.",
        "Campaign ROI and marketing cost per order.", "Platforms restate the last 3 days; figures settle after "
        "72 hours.", ["s3:marketing", "bigquery:marketing"], [
            Obj("ad_spend_daily", "Spend of one platform campaign on one day.", [
                c("spend_date", "date", "Day (account time zone).", f="pk req part"),
                c("ad_platform", "str:24", "Advertising platform.", f="pk req",
                  values=["meta", "google_ads", "tiktok", "apple_search_ads"]),
                c("external_campaign_id", "str:64", "Campaign id on the platform.", f="pk req"),
                c("ad_account_id", "str:32", "Advertising account."),
                c("campaign_id", description="FoodCo campaign the platform campaign belongs to."),
                c("city_code"),
                c("impressions", "bigint", "Impressions."),
                c("clicks", "bigint", "Clicks."),
                c("installs", "bigint", "App installs attributed by the platform."),
                c("spend_amount", "money", "Spend.", f="req cde", cls="confidential"),
                c("currency", f="req"),
            ], physical="ad-platform-exports/ad_spend_daily", ptype="file", rows=4_200)],
        sla("lake", "ad_spend_daily.spend_date"), ["marketing", "paid-media", "source-aligned"],
        "2024-03-25T09:00:00Z")

    attribution = mk(
        "campaign-attribution", d, "marketing-attribution", "2.1.0", "active", "Campaign attribution",
        "Which campaign gets credit for each order, and the return on ad spend per campaign and day.",
        "Marketing performance reporting and budget allocation.",
        "Touchpoints older than 7 days are not considered.", ["bigquery:marketing", "bigquery:marketing:sandbox"], [
            Obj("order_attribution", "Credit of one order to a campaign under one attribution model.", [
                c("order_id", f="pk req"),
                c("attribution_model", "str:16", "Attribution model.", f="pk req gen",
                  values=["last_touch", "first_touch", "linear"]),
                c("customer_id", src="orders.customer_id"),
                c("campaign_id", src="app_events.campaign_id"),
                c("touchpoint_channel", "str:16", "Channel of the touchpoint.", src="campaigns.channel"),
                c("touchpoint_at", "ts", "When the touchpoint happened (UTC).", src="app_events.event_at"),
                c("utm_source", "str:60", "utm_source of the touchpoint."),
                c("utm_medium", "str:60", "utm_medium of the touchpoint."),
                c("attributed_gmv_amount", "money", "Share of the order's total credited to the campaign.",
                  src="orders.total_amount | cond: app_events.event_at"),
                c("voucher_discount_amount", "money", "Voucher discount of the order.",
                  src="voucher_redemptions.discount_amount"),
                c("is_new_customer", "bool", "First order of the customer.", src="orders.is_first_order"),
                c("currency", src="orders.currency"),
                c("order_placed_at", "ts", "When the order was placed (UTC).", src="orders.placed_at"),
            ], inputs=["placed-orders/orders", "app-events/app_events", "voucher-redemptions/voucher_redemptions",
                       "campaigns/campaigns"],
                joins=["orders.customer_id=app_events.customer_id", "orders.order_id=voucher_redemptions.order_id",
                       "app_events.campaign_id=campaigns.campaign_id"], filters=["app_events.event_at"],
                rows=330_000),
            Obj("campaign_roi_daily", "Spend and attributed results per campaign and day.", [
                c("report_date", "date", "Day (UTC).", f="pk req part", src="order_attribution.order_placed_at"),
                c("campaign_id", f="pk req"),
                c("channel", "str:16", "Main channel of the campaign.", src="campaigns.channel"),
                c("city_code", src="campaigns.city_code"),
                c("spend_amount", "money", "Spend.", cls="confidential", src="agg: ad_spend_daily.spend_amount"),
                c("attributed_orders", "bigint", "Orders credited.", src="agg: order_attribution.order_id"),
                c("attributed_gmv_amount", "money", "GMV credited.", src="agg: order_attribution.attributed_gmv_amount"),
                c("new_customers", "bigint", "New customers credited.",
                  src="agg: order_attribution.customer_id | cond: order_attribution.is_new_customer"),
                c("cac_amount", "money", "Spend per new customer.",
                  src="agg: ad_spend_daily.spend_amount, order_attribution.is_new_customer"),
                c("roas", "dec:8,4", "Attributed GMV divided by spend.", f="cde",
                  src="agg: order_attribution.attributed_gmv_amount, ad_spend_daily.spend_amount"),
                c("currency", src="ad_spend_daily.currency"),
                c("loaded_at"),
            ], inputs=["campaign-attribution/order_attribution", "ad-spend/ad_spend_daily", "campaigns/campaigns"],
                joins=["order_attribution.campaign_id=campaigns.campaign_id",
                       "ad_spend_daily.campaign_id=campaigns.campaign_id"],
                group_by=["order_attribution.order_placed_at", "order_attribution.campaign_id"],
                filters=["order_attribution.attribution_model"], rows=1_800),
        ], sla("daily", "campaign_roi_daily.report_date"), ["marketing", "attribution", "consumer-aligned"],
        "2024-04-22T09:00:00Z")

    audiences = mk(
        "crm-audiences", d, "crm-audience-builder", "1.3.0", "active", "CRM audiences",
        "Customers in each CRM audience, ready for e-mail, push and SMS campaigns, consent checked.",
        "Upload to the CRM tool; match on email_sha256 for paid social audiences.",
        "Only customers with a valid consent for the channel are included.",
        ["bigquery:marketing", "bigquery:marketing:sandbox"], [
            Obj("audience_members", "A customer in an audience for one channel.", [
                c("audience_id", "str:48", "Identifier of the audience.", f="pk req",
                  examples=["reactivation_at_risk_email"], src="customer_segments.segment_code"),
                c("customer_id", f="pk req"),
                c("channel", "str:8", "Channel.", f="pk req", values=["email", "push", "sms"],
                  src="consents.purpose"),
                c("segment_code", src="customer_segments.segment_code"),
                c("home_city_code", "str:3", "City the customer orders in most.",
                  src="customer_segments.home_city_code"),
                c("preferred_language", "lang", "Language for the message.", src="customers.preferred_language"),
                c("email_sha256", "hash", "SHA-256 of the e-mail address.", cls="confidential",
                  src="customer_profile_360.email_sha256"),
                c("added_at", "ts", "When the customer entered the audience (UTC).", f="gen"),
                c("expires_at", "ts", "When the membership ends unless refreshed (UTC).", f="gen"),
            ], inputs=["customer-segments/customer_segments", "customer-360/customer_profile_360",
                       "marketing-consents/consents", "customer-profiles/customers"],
                joins=["customer_segments.customer_id=customer_profile_360.customer_id",
                       "customer_segments.customer_id=consents.customer_id",
                       "customer_segments.customer_id=customers.customer_id"],
                filters=["consents.granted", "customer_segments.marketable_email"], rows=5_200_000),
            Obj("audience_sizes_daily", "Size of each audience per day.", [
                c("report_date", "date", "Day (UTC).", f="pk req part", src="audience_members.added_at"),
                c("audience_id", "str:48", "Identifier of the audience.", f="pk req"),
                c("channel", "str:8", "Channel.", f="pk req"),
                c("member_count", "bigint", "Members.", src="agg: audience_members.customer_id"),
                c("new_members", "bigint", "Members who joined that day.",
                  src="agg: audience_members.customer_id | cond: audience_members.added_at"),
                c("loaded_at"),
            ], inputs=["crm-audiences/audience_members"],
                group_by=["audience_members.audience_id", "audience_members.channel"], rows=160),
        ], sla("daily", "audience_members.added_at"), ["marketing", "crm", "consumer-aligned"], "2024-12-02T09:00:00Z")

    promo = mk(
        "promo-effectiveness", d, "promotions-dashboard", "1.0.0", "active", "Promotion effectiveness",
        "Cost and incremental orders of every voucher per week.", "The promotions dashboard.",
        "Incrementality is estimated against the city's baseline; treat small vouchers with care.",
        ["bigquery:marketing"], [
            Obj("promo_effectiveness_weekly", "Results of one voucher in one week.", [
                c("week_start", f="pk req", src="voucher_redemptions.redeemed_at"),
                c("voucher_id", f="pk req"),
                c("campaign_id", src="vouchers.campaign_id"),
                c("city_code", src="orders_daily_by_city.city_code"),
                c("redemptions", "bigint", "Redemptions.", src="agg: voucher_redemptions.redemption_id"),
                c("discount_cost_amount", "money", "Discount paid by FoodCo.",
                  src="agg: voucher_redemptions.discount_amount | cond: vouchers.funded_by"),
                c("incremental_orders", "dec:10,2", "Orders above the city baseline.",
                  src="agg: order_attribution.order_id, orders_daily_by_city.orders_placed"),
                c("incremental_gmv_amount", "money", "GMV above the city baseline.",
                  src="agg: order_attribution.attributed_gmv_amount, orders_daily_by_city.gmv_amount"),
                c("redemption_rate", "pct", "Redemptions divided by the redemption limit.",
                  src="agg: voucher_redemptions.redemption_id, vouchers.max_redemptions"),
                c("cost_per_incremental_order_amount", "money", "Discount cost per incremental order.",
                  src="agg: voucher_redemptions.discount_amount, order_attribution.order_id"),
                c("currency", src="vouchers.currency"),
                c("loaded_at"),
            ], inputs=["voucher-redemptions/voucher_redemptions", "voucher-redemptions/vouchers",
                       "campaign-attribution/order_attribution", "orders-daily-summary/orders_daily_by_city"],
                joins=["voucher_redemptions.voucher_id=vouchers.voucher_id",
                       "voucher_redemptions.order_id=order_attribution.order_id"],
                group_by=["voucher_redemptions.redeemed_at", "voucher_redemptions.voucher_id"], rows=9_000)],
        sla("weekly", "promo_effectiveness_weekly.week_start"), ["marketing", "promotions", "dashboard"],
        "2025-02-03T09:00:00Z", cadence="weekly")

    products = [
        Product("campaign-management", d, "Campaign Management", "source-aligned", "active", "1.1.0",
                "Campaigns and creatives from the campaign tool.", "Join spend, attribution and vouchers.",
                "Planned budgets, not spend.", ["marketing", "campaigns"], "2024-01-08T09:00:00Z",
                source_system="campaign-tool", contracts=[campaigns]),
        Product("vouchers-and-promotions", d, "Vouchers and Promotions", "source-aligned", "active", "1.2.0",
                "Vouchers and their redemptions.", "Promotion cost and effectiveness.",
                "Restaurant-funded vouchers are marked.", ["marketing", "promotions"], "2023-10-16T09:00:00Z",
                source_system="promotion-service", contracts=[vouchers]),
        Product("paid-media-spend", d, "Paid Media Spend", "source-aligned", "active", "1.0.0",
                "Daily spend from the advertising platforms.", "ROI and marketing cost per order.",
                "Settles after 72 hours.", ["marketing", "paid-media"], "2024-03-25T09:00:00Z",
                source_system="ad-platform-connectors", contracts=[spend]),
        Product("marketing-attribution", d, "Marketing Attribution", "consumer-aligned", "active", "2.1.0",
                "Order attribution and campaign ROI.", "Marketing performance and budget allocation.",
                "Seven-day lookback.", ["marketing", "attribution"], "2024-04-22T09:00:00Z",
                contracts=[attribution]),
        Product("crm-audience-builder", d, "CRM Audience Builder", "consumer-aligned", "active", "1.3.0",
                "Consent-checked CRM audiences.", "E-mail, push and SMS campaigns.", "Consent required.",
                ["marketing", "crm"], "2024-12-02T09:00:00Z", contracts=[audiences]),
        Product("promotions-dashboard", d, "Promotions Dashboard", "consumer-aligned", "active", "1.0.0",
                "Weekly effectiveness of every voucher.", "The promotions dashboard.",
                "Incrementality is an estimate.", ["marketing", "promotions", "dashboard"], "2025-02-03T09:00:00Z",
                contracts=[promo]),
    ]
    return products, [campaigns, vouchers, spend, attribution, audiences, promo]


def finance_domain() -> tuple[list[Product], list[Contract]]:
    """Finance: revenue ledger, unit economics, P&L, VAT, executive KPIs and a retired GMV report."""
    d = "finance"
    net_revenue_src = ("restaurant_payouts.commission_amount, orders_daily_by_city.delivery_fee_amount, "
                       "orders_daily_by_city.service_fee_amount, refunds.refund_amount, "
                       "voucher_redemptions.discount_amount")
    ledger = mk(
        "revenue-ledger", d, "revenue-accounting", "2.3.0", "active", "Revenue ledger",
        "FoodCo's revenue per day and city, and per restaurant and month: commissions, fees, refunds, "
        "chargebacks and vouchers.", "The source for P&L, VAT and unit economics. Amounts in local currency "
        "plus EUR.", "Chargebacks are booked when they are lost, not when they are opened.",
        ["snowflake:finance", "s3:finance"], [
            Obj("revenue_daily", "Revenue of one city on one day.", [
                c("revenue_date", "date", "Day (UTC).", f="pk req part", src="orders_daily_by_city.order_date"),
                c("city_code", f="pk req"),
                c("country_code", src="cities.country_code"),
                c("gmv_amount"),
                c("commission_revenue_amount", "money", "Commission from restaurants.", cls="confidential",
                  src="agg: restaurant_payouts.commission_amount"),
                c("delivery_fee_revenue_amount", "money", "Delivery fees.",
                  src="orders_daily_by_city.delivery_fee_amount"),
                c("service_fee_revenue_amount", "money", "Service and small-order fees.",
                  src="orders_daily_by_city.service_fee_amount"),
                c("voucher_cost_amount", "money", "Vouchers funded by FoodCo.",
                  src="agg: voucher_redemptions.discount_amount | cond: vouchers.funded_by"),
                c("refunds_amount", "money", "Refunds to customers.", src="agg: refunds.refund_amount"),
                c("chargebacks_amount", "money", "Lost chargebacks.",
                  src="agg: chargebacks.chargeback_amount | cond: chargebacks.outcome"),
                c("net_revenue_amount", "money", "Commission and fees minus refunds, lost chargebacks and "
                  "FoodCo-funded vouchers.", f="cde signed", src=net_revenue_src),
                c("currency"),
                c("fx_rate_to_eur", "dec:12,6", "ECB reference rate of the day to EUR.", f="gen"),
                c("net_revenue_eur", "money", "Net revenue in EUR.", f="signed", src=net_revenue_src),
                c("loaded_at"),
            ], inputs=["orders-daily-summary/orders_daily_by_city", "payouts/restaurant_payouts", "refunds/refunds",
                       "chargebacks/chargebacks", "voucher-redemptions/vouchers",
                       "voucher-redemptions/voucher_redemptions", "delivery-zones/cities", "placed-orders/orders"],
                joins=["refunds.order_id=orders.order_id", "chargebacks.order_id=orders.order_id",
                       "voucher_redemptions.order_id=orders.order_id", "orders.city_code=orders_daily_by_city.city_code",
                       "orders_daily_by_city.city_code=cities.city_code",
                       "voucher_redemptions.voucher_id=vouchers.voucher_id"],
                group_by=["orders_daily_by_city.order_date", "orders_daily_by_city.city_code"], rows=60,
                sql=[("net_revenue_matches_components", "Net revenue equals its components.", "accuracy",
                      "SELECT COUNT(*) FROM curated.revenue_daily WHERE ABS(net_revenue_amount - "
                      "(commission_revenue_amount + delivery_fee_revenue_amount + service_fee_revenue_amount - "
                      "refunds_amount - chargebacks_amount - voucher_cost_amount)) > 0.01", "mustBe", 0)]),
            Obj("revenue_by_restaurant_monthly", "Revenue from one restaurant in one month.", [
                c("month_start", f="pk req", src="orders_daily_by_restaurant.order_date"),
                c("restaurant_id", f="pk req"),
                c("city_code"),
                c("gmv_amount", src="agg: orders_daily_by_restaurant.gmv_amount"),
                c("commission_revenue_amount", "money", "Commission from the restaurant.", cls="confidential",
                  src="agg: restaurant_payouts.commission_amount"),
                c("refunds_amount", "money", "Refunds on the restaurant's orders.", src="agg: refunds.refund_amount"),
                c("net_revenue_amount", "money", "Commission minus refunds.", f="signed",
                  src="agg: restaurant_payouts.commission_amount, refunds.refund_amount"),
                c("currency"),
                c("loaded_at"),
            ], inputs=["orders-daily-summary/orders_daily_by_restaurant", "payouts/restaurant_payouts",
                       "refunds/refunds", "placed-orders/orders"],
                joins=["orders_daily_by_restaurant.restaurant_id=restaurant_payouts.restaurant_id",
                       "refunds.order_id=orders.order_id"],
                group_by=["orders_daily_by_restaurant.order_date", "orders_daily_by_restaurant.restaurant_id"],
                rows=26_000),
        ], sla("daily", "revenue_daily.revenue_date", retention=(10, "y"), driver="regulatory"),
        ["finance", "revenue", "aggregate"], "2023-04-17T09:00:00Z")

    unit = mk(
        "unit-economics", d, "unit-economics-model", "1.2.0", "active", "Unit economics",
        "Revenue and cost per delivered order, per day and city: the contribution margin.",
        "Steering of cities, pricing and incentives.", "Rider cost is allocated from weekly earnings by deliveries.",
        ["snowflake:finance", "snowflake:finance:dev"], [
            Obj("unit_economics_daily", "Unit economics of one city on one day.", [
                c("report_date", "date", "Day (UTC).", f="pk req part", src="revenue_daily.revenue_date"),
                c("city_code", f="pk req"),
                c("orders_delivered", "bigint", "Delivered orders.",
                  src="agg: delivery_performance_daily.deliveries_completed"),
                c("net_revenue_per_order_amount", "money", "Net revenue per order.", f="signed",
                  src="revenue_daily.net_revenue_amount, delivery_performance_daily.deliveries_completed"),
                c("rider_cost_per_order_amount", "money", "Rider earnings per order.",
                  src="rider_earnings_weekly.total_earnings_amount, delivery_performance_daily.deliveries_completed"),
                c("payment_cost_per_order_amount", "money", "PSP fees per order.",
                  src="agg: payment_transactions.amount, payment_transactions.psp_name"),
                c("marketing_cost_per_order_amount", "money", "Ad spend and vouchers per order.",
                  src="agg: ad_spend_daily.spend_amount, revenue_daily.voucher_cost_amount"),
                c("care_cost_per_order_amount", "money", "Care compensation per order.",
                  src="agg: order_issues.compensation_amount"),
                c("contribution_margin_per_order_amount", "money", "Net revenue minus variable costs, per order.",
                  f="signed cde",
                  src="revenue_daily.net_revenue_amount, rider_earnings_weekly.total_earnings_amount, "
                      "payment_transactions.amount, ad_spend_daily.spend_amount, order_issues.compensation_amount"),
                c("contribution_margin_amount", "money", "Contribution margin of the day.", f="signed",
                  src="revenue_daily.net_revenue_amount, rider_earnings_weekly.total_earnings_amount, "
                      "payment_transactions.amount, ad_spend_daily.spend_amount, order_issues.compensation_amount"),
                c("currency", src="revenue_daily.currency"),
                c("loaded_at"),
            ], inputs=["revenue-ledger/revenue_daily", "delivery-performance-daily/delivery_performance_daily",
                       "rider-earnings/rider_earnings_weekly", "payment-transactions/payment_transactions",
                       "ad-spend/ad_spend_daily", "order-issues/order_issues"],
                joins=["revenue_daily.city_code=delivery_performance_daily.city_code",
                       "revenue_daily.city_code=rider_earnings_weekly.city_code",
                       "revenue_daily.city_code=ad_spend_daily.city_code"],
                group_by=["revenue_daily.revenue_date", "revenue_daily.city_code"], rows=60),
        ], sla("daily", "unit_economics_daily.report_date"), ["finance", "unit-economics", "aggregate"],
        "2024-07-15T09:00:00Z")

    pnl = mk(
        "monthly-pnl", d, "finance-reporting", "1.0.0", "active", "Monthly P&L",
        "Profit and loss per month, country and city, down to contribution margin.",
        "Management reporting and the monthly close.", "The current month is provisional until closed.",
        ["snowflake:finance", "s3:finance"], [
            Obj("pnl_monthly", "P&L of one city in one month.", [
                c("month_start", f="pk req", src="revenue_daily.revenue_date"),
                c("country_code", f="pk req", src="revenue_daily.country_code"),
                c("city_code", f="pk req"),
                c("gmv_amount", src="agg: revenue_daily.gmv_amount"),
                c("net_revenue_amount", "money", "Net revenue.", f="signed", src="agg: revenue_daily.net_revenue_amount"),
                c("rider_costs_amount", "money", "Rider payouts.", src="agg: rider_payouts.net_payout_amount"),
                c("payment_costs_amount", "money", "PSP fees.",
                  src="agg: unit_economics_daily.payment_cost_per_order_amount, unit_economics_daily.orders_delivered"),
                c("marketing_costs_amount", "money", "Ad spend and FoodCo-funded vouchers.",
                  src="agg: ad_spend_daily.spend_amount, revenue_daily.voucher_cost_amount"),
                c("care_costs_amount", "money", "Care compensation.",
                  src="agg: unit_economics_daily.care_cost_per_order_amount, unit_economics_daily.orders_delivered"),
                c("contribution_margin_amount", "money", "Contribution margin.", f="signed cde",
                  src="agg: unit_economics_daily.contribution_margin_amount"),
                c("contribution_margin_pct", "dec:6,4", "Contribution margin divided by net revenue.",
                  src="agg: unit_economics_daily.contribution_margin_amount, revenue_daily.net_revenue_amount"),
                c("currency"),
                c("fx_rate_to_eur", "dec:12,6", "Average rate of the month to EUR.",
                  src="agg: revenue_daily.fx_rate_to_eur"),
                c("period_closed", "bool", "True once the month is closed.", f="gen"),
                c("closed_at", "ts", "When the month was closed (UTC).", f="gen"),
            ], inputs=["revenue-ledger/revenue_daily", "unit-economics/unit_economics_daily", "payouts/rider_payouts",
                       "ad-spend/ad_spend_daily"],
                joins=["revenue_daily.city_code=unit_economics_daily.city_code",
                       "revenue_daily.revenue_date=unit_economics_daily.report_date"],
                group_by=["revenue_daily.revenue_date", "revenue_daily.city_code"], rows=60),
        ], sla("daily", "pnl_monthly.month_start", retention=(10, "y"), driver="regulatory"),
        ["finance", "reporting", "consumer-aligned"], "2024-09-30T09:00:00Z")

    vat = mk(
        "vat-report", d, "tax-reporting", "1.1.0", "active", "VAT report",
        "VAT due on commissions and fees per country and month.", "VAT returns; audited.",
        "Only FoodCo's own supplies; VAT on food is the restaurants' matter.",
        ["snowflake:finance", "s3:finance"], [
            Obj("vat_returns_monthly", "VAT of one country in one month.", [
                c("month_start", f="pk req", src="revenue_daily.revenue_date"),
                c("country_code", f="pk req", src="revenue_daily.country_code"),
                c("legal_entity", "str:80", "FoodCo entity filing the return.", src="cities.country_code",
                  examples=["FoodCo Deutschland GmbH"]),
                c("taxable_commission_amount", "money", "Taxable commission.",
                  src="agg: revenue_daily.commission_revenue_amount"),
                c("taxable_fees_amount", "money", "Taxable delivery and service fees.",
                  src="agg: revenue_daily.delivery_fee_revenue_amount, revenue_daily.service_fee_revenue_amount"),
                c("vat_rate", "pct", "Standard VAT rate.", src="cities.country_code"),
                c("vat_due_amount", "money", "VAT due.", f="cde",
                  src="agg: revenue_daily.commission_revenue_amount, revenue_daily.delivery_fee_revenue_amount, "
                      "revenue_daily.service_fee_revenue_amount"),
                c("currency", src="cities.currency"),
                c("filed", "bool", "True once filed.", f="gen"),
                c("filed_at", "ts", "When it was filed (UTC).", f="gen"),
                c("filing_reference", "str:40", "Reference of the tax authority.", f="gen"),
            ], inputs=["revenue-ledger/revenue_daily", "delivery-zones/cities"],
                joins=["revenue_daily.city_code=cities.city_code"],
                group_by=["revenue_daily.revenue_date", "revenue_daily.country_code"], rows=8)],
        sla("daily", "vat_returns_monthly.month_start", retention=(10, "y"), driver="regulatory"),
        ["finance", "tax", "regulatory"], "2024-11-18T09:00:00Z")

    kpis = mk(
        "executive-kpis", d, "executive-dashboard", "1.4.0", "active", "Executive KPIs",
        "The company's headline numbers per day and city, and per month and country.",
        "The executive dashboard and the weekly business review.",
        "Figures of the last 3 days are provisional (ad spend restatements, late refunds).",
        ["snowflake:finance", "snowflake:finance:dev"], [
            Obj("kpi_daily", "Headline KPIs of one city on one day.", [
                c("kpi_date", "date", "Day (UTC).", f="pk req part", src="unit_economics_daily.report_date"),
                c("city_code", f="pk req"),
                c("country_code", src="revenue_daily.country_code"),
                c("orders_delivered", "bigint", "Delivered orders."),
                c("gmv_eur", "money", "GMV in EUR.", src="revenue_daily.gmv_amount, revenue_daily.fx_rate_to_eur"),
                c("net_revenue_eur", "money", "Net revenue in EUR.", f="signed"),
                c("contribution_margin_per_order_amount", "money", "Contribution margin per order.", f="signed"),
                c("on_time_rate", "pct", "On-time deliveries.", src="agg: delivery_performance_daily.on_time_rate"),
                c("avg_delivery_minutes", "dec:6,2", "Average delivery time.",
                  src="agg: delivery_performance_daily.avg_delivery_minutes"),
                c("active_customers", "bigint", "Customers who ordered.",
                  src="agg: customer_daily_activity.customer_id"),
                c("csat_score", "dec:3,2", "Customer satisfaction with care (1 to 5).", src="care_kpis_daily.csat_score"),
                c("marketing_roas", "dec:8,4", "Return on ad spend.", src="agg: campaign_roi_daily.roas"),
                c("currency", src="unit_economics_daily.currency"),
                c("loaded_at"),
            ], inputs=["unit-economics/unit_economics_daily", "revenue-ledger/revenue_daily",
                       "delivery-performance-daily/delivery_performance_daily", "customer-360/customer_daily_activity",
                       "care-kpis/care_kpis_daily", "campaign-attribution/campaign_roi_daily"],
                joins=["unit_economics_daily.city_code=revenue_daily.city_code",
                       "unit_economics_daily.city_code=delivery_performance_daily.city_code",
                       "unit_economics_daily.city_code=care_kpis_daily.city_code",
                       "unit_economics_daily.city_code=campaign_roi_daily.city_code"],
                group_by=["unit_economics_daily.report_date", "unit_economics_daily.city_code"], rows=60),
            Obj("kpi_monthly", "Headline KPIs of one country in one month.", [
                c("month_start", f="pk req"),
                c("country_code", f="pk req"),
                c("gmv_eur", "money", "GMV in EUR.", src="agg: pnl_monthly.gmv_amount, pnl_monthly.fx_rate_to_eur"),
                c("net_revenue_eur", "money", "Net revenue in EUR.", f="signed",
                  src="agg: pnl_monthly.net_revenue_amount, pnl_monthly.fx_rate_to_eur"),
                c("contribution_margin_eur", "money", "Contribution margin in EUR.", f="signed",
                  src="agg: pnl_monthly.contribution_margin_amount, pnl_monthly.fx_rate_to_eur"),
                c("contribution_margin_pct", "dec:6,4", "Contribution margin divided by net revenue.",
                  src="agg: pnl_monthly.contribution_margin_amount, pnl_monthly.net_revenue_amount"),
                c("loaded_at"),
            ], inputs=["monthly-pnl/pnl_monthly"], group_by=["pnl_monthly.month_start", "pnl_monthly.country_code"],
                rows=8),
        ], sla("daily", "kpi_daily.kpi_date"), ["finance", "dashboard", "executive", "consumer-aligned"],
        "2024-10-14T09:00:00Z")

    legacy = mk(
        "legacy-gmv-report", d, "legacy-gmv-reporting", "1.9.0", "retired", "Legacy GMV report",
        "Weekly GMV per city from before the revenue ledger existed.", "None: replaced by revenue-ledger.",
        "Retired on 2026-06-30; the table is read-only and will be dropped.",
        ["snowflake:finance"], [
            Obj("gmv_weekly", "GMV of one city in one week.", [
                c("week_start", f="pk req", src="orders.placed_at"),
                c("city_code", f="pk req"),
                c("gmv_amount", src="agg: orders.total"),
                c("orders_count", "bigint", "Orders.", src="agg: orders.order_id"),
                c("currency"),
                c("loaded_at"),
            ], inputs=["placed-orders@1.3.0/orders"], group_by=["orders.placed_at", "orders.city_code"], rows=60)],
        sla("weekly", "gmv_weekly.week_start"), ["finance", "retired"], "2022-06-13T09:00:00Z", cadence="weekly")

    products = [
        Product("revenue-accounting", d, "Revenue Accounting", "aggregate", "active", "2.3.0",
                "The revenue ledger per day, city and restaurant.", "Source for P&L, VAT and unit economics.",
                "Chargebacks booked when lost.", ["finance", "revenue"], "2023-04-17T09:00:00Z", contracts=[ledger]),
        Product("unit-economics-model", d, "Unit Economics", "aggregate", "active", "1.2.0",
                "Contribution margin per order, day and city.", "Steering cities, pricing and incentives.",
                "Rider cost is allocated.", ["finance", "unit-economics"], "2024-07-15T09:00:00Z", contracts=[unit]),
        Product("finance-reporting", d, "Finance Reporting", "consumer-aligned", "active", "1.0.0",
                "Monthly P&L per country and city.", "Management reporting and the monthly close.",
                "Current month provisional.", ["finance", "reporting"], "2024-09-30T09:00:00Z", contracts=[pnl]),
        Product("tax-reporting", d, "Tax Reporting", "consumer-aligned", "active", "1.1.0",
                "VAT returns per country and month.", "Filing VAT returns.", "Audited: changes need the "
                "controller's approval.", ["finance", "tax", "regulatory"], "2024-11-18T09:00:00Z", contracts=[vat]),
        Product("executive-dashboard", d, "Executive Dashboard", "consumer-aligned", "active", "1.4.0",
                "The company's headline KPIs.", "Executive dashboard and weekly business review.",
                "Last 3 days provisional.", ["finance", "dashboard", "executive"], "2024-10-14T09:00:00Z",
                contracts=[kpis]),
        Product("legacy-gmv-reporting", d, "Legacy GMV Reporting", "consumer-aligned", "retired", "1.9.0",
                "Weekly GMV per city (retired).", "None.", "Retired on 2026-06-30.", ["finance", "retired"],
                "2022-06-13T09:00:00Z", contracts=[legacy]),
    ]
    return products, [ledger, unit, pnl, vat, kpis, legacy]


def care_domain() -> tuple[list[Product], list[Contract]]:
    """Customer care: support tickets, order issues and the care quality KPIs."""
    d = "customer-care"
    tickets = mk(
        "support-tickets", d, "support-desk", "1.2.0", "active", "Support tickets",
        "Every customer contact with care, across chat, e-mail, phone and in-app help.",
        "Care workload, response times, satisfaction.", "Message bodies are personal data: restricted.",
        ["postgres:customer-care", "s3:customer-care"], [
            Obj("tickets", "One row per ticket.", [
                c("ticket_id", f="pk req uniq"),
                c("customer_id"),
                c("order_id", description="The order the ticket is about, if any."),
                c("contact_channel", "str:12", "How the customer got in touch.",
                  values=["chat", "email", "phone", "in_app"]),
                c("ticket_category", "str:32", "Topic.", f="req",
                  values=["order_issue", "payment", "account", "rider_feedback", "restaurant_feedback", "other"]),
                c("priority", "str:8", "Priority.", values=["low", "normal", "high", "urgent"]),
                c("ticket_status", "str:12", "Status.", f="req", values=["new", "open", "pending", "solved", "closed"]),
                c("created_at", f="req"),
                c("first_response_at", "ts", "First answer by an agent or bot (UTC)."),
                c("solved_at", "ts", "When it was solved (UTC)."),
                c("agent_username", "str:64", "Care agent who solved the ticket."),
                c("csat_score", "rating", "Satisfaction rating the customer gave, 1 to 5."),
                c("language_code"),
                c("subject", "str:200", "Subject line; may contain personal data.", f="pii", cls="confidential"),
            ], rows=48_000),
            Obj("ticket_messages", "Messages within a ticket.", [
                c("message_id", "id", "Identifier of the message.", f="pk req uniq"),
                c("ticket_id", f="req", fk="tickets.ticket_id"),
                c("author_type", "str:8", "Who wrote it.", values=["customer", "agent", "bot"]),
                c("body_text", "text", "Text of the message.", f="pii", cls="restricted"),
                c("sent_at", "ts", "When (UTC).", f="req"),
            ], rows=210_000),
        ], sla("oltp", "tickets.created_at", retention=(3, "y")), ["customer-care", "pii", "source-aligned"],
        "2023-11-06T09:00:00Z")

    issues = mk(
        "order-issues", d, "order-issue-resolution", "1.1.0", "active", "Order issues",
        "Problems with orders that customers reported, who was responsible and how they were compensated.",
        "Restaurant and rider quality, refund drivers, payouts.", "One ticket can report several issues.",
        ["postgres:customer-care", "s3:customer-care"], [
            Obj("order_issues", "One row per reported issue.", [
                c("issue_id", "id", "Identifier of the issue.", f="pk req uniq"),
                c("ticket_id", f="req"),
                c("order_id", f="req"),
                c("restaurant_id"),
                c("rider_id"),
                c("issue_type", "str:24", "What went wrong.", f="req",
                  values=["missing_item", "wrong_item", "late_delivery", "cold_food", "damaged_packaging",
                          "never_arrived"]),
                c("reported_at", "ts", "When (UTC).", f="req"),
                c("responsible_party", "str:12", "Who caused it.",
                  values=["restaurant", "rider", "platform", "customer", "unknown"]),
                c("compensation_type", "str:12", "How the customer was compensated.",
                  values=["refund", "voucher", "credit", "none"]),
                c("compensation_amount", "money", "Value of the compensation.", f="cde"),
                c("currency"),
                c("resolved_at", "ts", "When it was resolved (UTC)."),
            ], rows=16_000)],
        sla("oltp", "order_issues.reported_at", retention=(3, "y")), ["customer-care", "quality", "source-aligned"],
        "2024-04-29T09:00:00Z")

    care = mk(
        "care-kpis", d, "care-quality", "1.0.0", "active", "Care KPIs",
        "Contact rate, response and resolution times, satisfaction and compensation per day and city.",
        "Care operations and the executive dashboard.", "Tickets without an order are counted in the "
        "customer's home city.", ["snowflake:customer-care", "snowflake:customer-care:dev"], [
            Obj("care_kpis_daily", "Care KPIs of one city on one day.", [
                c("report_date", "date", "Day (UTC).", f="pk req part", src="tickets.created_at"),
                c("city_code", f="pk req", src="orders.city_code"),
                c("tickets_created", "bigint", "Tickets created.", src="agg: tickets.ticket_id"),
                c("tickets_per_100_orders", "dec:6,2", "Contact rate.",
                  src="agg: tickets.ticket_id, orders_daily_by_city.orders_placed"),
                c("avg_first_response_minutes", "dec:8,2", "Average time to first response.",
                  src="agg: tickets.created_at, tickets.first_response_at"),
                c("avg_resolution_hours", "dec:8,2", "Average time to resolution.",
                  src="agg: tickets.created_at, tickets.solved_at"),
                c("csat_score", "dec:3,2", "Average satisfaction rating (1 to 5).", f="cde",
                  src="agg: tickets.csat_score"),
                c("issues_missing_item", "bigint", "Missing item issues.",
                  src="agg: order_issues.issue_id | cond: order_issues.issue_type"),
                c("issues_late_delivery", "bigint", "Late delivery issues.",
                  src="agg: order_issues.issue_id | cond: order_issues.issue_type"),
                c("compensation_amount", "money", "Compensation granted.", src="agg: order_issues.compensation_amount"),
                c("currency", src="order_issues.currency"),
                c("loaded_at"),
            ], inputs=["support-tickets/tickets", "order-issues/order_issues", "orders-daily-summary/orders_daily_by_city",
                       "placed-orders/orders"],
                joins=["tickets.order_id=orders.order_id", "order_issues.ticket_id=tickets.ticket_id",
                       "orders.city_code=orders_daily_by_city.city_code"],
                group_by=["tickets.created_at", "orders.city_code"], rows=60)],
        sla("daily", "care_kpis_daily.report_date"), ["customer-care", "kpi", "aggregate"], "2025-05-12T09:00:00Z")

    products = [
        Product("support-desk", d, "Support Desk", "source-aligned", "active", "1.2.0",
                "Care tickets and messages.", "Care workload and satisfaction.", "Messages are restricted.",
                ["customer-care", "pii"], "2023-11-06T09:00:00Z", source_system="helpdesk", contracts=[tickets]),
        Product("order-issue-resolution", d, "Order Issue Resolution", "source-aligned", "active", "1.1.0",
                "Reported order issues and compensation.", "Quality of restaurants and riders, refunds.",
                "Several issues per ticket possible.", ["customer-care", "quality"], "2024-04-29T09:00:00Z",
                source_system="helpdesk", contracts=[issues]),
        Product("care-quality", d, "Care Quality", "aggregate", "active", "1.0.0",
                "Daily care KPIs per city.", "Care operations and the executive dashboard.",
                "Tickets without order use the home city.", ["customer-care", "kpi"], "2025-05-12T09:00:00Z",
                contracts=[care]),
    ]
    return products, [tickets, issues, care]


# ---------------------------------------------------------------------------------------------------
# Resolution: versions, inputs, column lineage
# ---------------------------------------------------------------------------------------------------


class Mesh:
    """All products and contracts, with lookups and the lineage derived from the objects' inputs."""

    def __init__(self) -> None:
        self.products: list[Product] = []
        self.contracts: list[Contract] = []
        for build in (orders_domain, delivery_domain, restaurants_domain, customers_domain, payments_domain,
                      marketing_domain, finance_domain, care_domain):
            products, contracts = build()
            self.products += products
            self.contracts += contracts
        self.product_by_id = {p.id: p for p in self.products}
        self.by_key = {(k.id, k.version): k for k in self.contracts}
        self.current = {k.id: k for k in self.contracts if not k.file_suffix}
        for k in self.contracts:
            assert k.product in self.product_by_id, k.id
            assert k in self.product_by_id[k.product].contracts, (k.id, k.version)
        assert len(self.by_key) == len(self.contracts), "duplicate contract id and version"
        assert not set(self.product_by_id) & set(self.current), "product ids and contract ids must differ"

    def layer(self, contract: Contract) -> str:
        return self.product_by_id[contract.product].layer

    def resolve_input(self, spec: str) -> tuple[Contract, Obj, str]:
        """"contract[@version]/object[ as alias]" -> (contract, object, alias)."""
        ref, _, alias = spec.partition(" as ")
        cref, _, oname = ref.partition("/")
        cid, _, version = cref.partition("@")
        contract = self.by_key[(cid, version)] if version else self.current[cid]
        obj = next((o for o in contract.objects if o.name == oname), None)
        if obj is None:
            raise KeyError(f"{spec}: no object {oname} in {cid} {contract.version}")
        return contract, obj, alias or oname

    def inputs_of(self, obj: Obj) -> list[tuple[Contract, Obj, str]]:
        resolved = [self.resolve_input(s) for s in obj.inputs]
        aliases = [a for _, _, a in resolved]
        assert len(aliases) == len(set(aliases)), f"{obj.name}: ambiguous input aliases {aliases}"
        return resolved

    def upstream_contracts(self, contract: Contract) -> list[Contract]:
        """Contracts (other than this one) whose objects feed this contract's objects, in first-use order."""
        out: list[Contract] = []
        for obj in contract.objects:
            for k, _, _ in self.inputs_of(obj):
                if k is not contract and k not in out:
                    out.append(k)
        return out


SUBTYPES = {
    "agg": ("DIRECT", "AGGREGATION", False),
    "tf": ("DIRECT", "TRANSFORMATION", False),
    "id": ("DIRECT", "IDENTITY", False),
    "mask": ("DIRECT", "TRANSFORMATION", True),
    "cond": ("INDIRECT", "CONDITIONAL", False),
}


def column_inputs(mesh: Mesh, obj: Obj, col: Col) -> list[tuple[Contract, Obj, str, tuple]]:
    """Where one output column comes from: [(contract, object, column, (type, subtype, masking))].

    `col.src` is "segment | segment", a segment is "[agg|tf|id|mask|cond:] ref, ref", a ref is
    "alias.column" or "column" (looked up in the inputs, in order). Without `src` the column comes unchanged
    from the first input with a column of the same name.
    """
    inputs = mesh.inputs_of(obj)

    def find(ref: str) -> tuple[Contract, Obj, str]:
        if "." in ref:
            alias, cname = ref.split(".", 1)
            for k, o, a in inputs:
                if a == alias:
                    if not any(x.name == cname for x in o.cols):
                        raise KeyError(f"{obj.name}.{col.name}: {alias} has no column {cname}")
                    return k, o, cname
            raise KeyError(f"{obj.name}.{col.name}: no input {alias}")
        for k, o, _ in inputs:
            if any(x.name == ref for x in o.cols):
                return k, o, ref
        raise KeyError(f"{obj.name}.{col.name}: no input has a column {ref}")

    if not col.src:
        k, o, cname = find(col.name)
        return [(k, o, cname, SUBTYPES["id"])]
    out = []
    for segment in col.src.split("|"):
        segment = segment.strip()
        prefix, sep, rest = segment.partition(":")
        if sep and prefix.strip() in SUBTYPES:
            kind, refs = SUBTYPES[prefix.strip()], rest
        else:
            kind, refs = None, segment
        refs_list = [r.strip() for r in refs.split(",") if r.strip()]
        for ref in refs_list:
            k, o, cname = find(ref)
            t = kind
            if t is None:
                t = SUBTYPES["id"] if (len(refs_list) == 1 and cname == col.name) else SUBTYPES["tf"]
            out.append((k, o, cname, t))
    return out


def dataset_inputs(mesh: Mesh, obj: Obj) -> list[tuple[Contract, Obj, str, tuple, str]]:
    """Columns that affect the whole output (joins, grouping, filters): [(contract, object, column, type, desc)]."""
    inputs = {a: (k, o) for k, o, a in mesh.inputs_of(obj)}

    def ref(r: str) -> tuple[Contract, Obj, str]:
        alias, cname = r.split(".", 1)
        k, o = inputs[alias]
        if not any(x.name == cname for x in o.cols):
            raise KeyError(f"{obj.name}: {alias} has no column {cname}")
        return k, o, cname

    out = []
    for j in obj.joins:
        left, right = j.split("=")
        for side in (left, right):
            k, o, cname = ref(side)
            out.append((k, o, cname, ("INDIRECT", "JOIN", False), f"ON {left} = {right}"))
    for g in obj.group_by:
        k, o, cname = ref(g)
        out.append((k, o, cname, ("INDIRECT", "GROUP_BY", False), f"GROUP BY {g}"))
    for f_ in obj.filters:
        k, o, cname = ref(f_)
        out.append((k, o, cname, ("INDIRECT", "FILTER", False), f"WHERE on {f_}"))
    return out


# ---------------------------------------------------------------------------------------------------
# Quality rules
# ---------------------------------------------------------------------------------------------------


@dataclass
class Rule:
    """A quality rule as written into the contract, plus what a healthy measurement looks like."""

    obj: str
    prop: str | None
    body: dict
    op: str
    threshold: object
    baseline: float


def nice(n: float) -> int:
    """Rounds a row count threshold to two significant digits."""
    if n < 10:
        return max(1, int(n))
    digits = len(str(int(n))) - 2
    return int(round(n / 10 ** digits) * 10 ** digits)


def sql_table(contract: Contract, obj: Obj) -> str | None:
    server = SERVERS[contract.servers[0]]
    physical = obj.physical or obj.name
    if server["type"] in ("postgres", "snowflake"):
        return f"{server['schema']}.{physical}"
    if server["type"] == "bigquery":
        return f"{server['dataset']}.{physical}"
    return None


def quality_rules(contract: Contract, index: int, obj: Obj) -> list[Rule]:
    """The quality rules of one schema object: row count, keys, valid values, and the object's own extras."""
    rules: list[Rule] = []
    schedule = "0 */1 * * *" if contract.cadence == "streaming" else ("0 7 * * 1" if contract.cadence == "weekly"
                                                                         else "30 6 * * *")

    def add(prop, name, description, dimension, metric, op, value, severity="error", baseline=0.0, args=None,
            unit=None, query=None):
        body = {"name": name, "description": description}
        if query:
            body["type"] = "sql"
            body["query"] = query
        else:
            body["type"] = "library"
        body["dimension"] = dimension
        if metric:
            body["metric"] = metric
        if args:
            body["arguments"] = args
        body[op] = value
        if unit:
            body["unit"] = unit
        body["severity"] = severity
        if severity == "error":
            body["businessImpact"] = "operational"
        body["schedule"] = schedule
        body["scheduler"] = "cron"
        rules.append(Rule(obj.name, prop, body, op, value, baseline))

    threshold = nice(obj.rows * 0.5)
    add(None, f"{obj.name}_row_count", f"The latest load holds more than {threshold:,} rows.", "completeness",
        "rowCount", "mustBeGreaterThan", threshold, severity="warning", baseline=obj.rows)
    pk = [col for col in obj.cols if "pk" in col.flags]
    if len(pk) == 1:
        key = pk[0].name
        if index == 0:
            add(key, f"{obj.name}_{key}_not_null", f"Every row has a {key}.", "completeness", "nullValues",
                "mustBe", 0)
        add(key, f"{obj.name}_{key}_unique", f"{key} identifies a row.", "uniqueness", "duplicateValues", "mustBe", 0)
    elif len(pk) > 1:
        names = [col.name for col in pk]
        add(None, f"{obj.name}_key_unique", f"({', '.join(names)}) identifies a row.", "uniqueness",
            "duplicateValues", "mustBe", 0, args={"properties": names})
    if index == 0:
        enums = [col for col in obj.cols if col.values and "pk" not in col.flags]
        enum_col = next((col for col in enums if "req" in col.flags), enums[0] if enums else None)
        if enum_col is not None:
            add(enum_col.name, f"{obj.name}_{enum_col.name}_valid", f"{enum_col.name} holds a known value.",
                "conformity", "invalidValues", "mustBe", 0, severity="warning",
                args={"validValues": list(enum_col.values)})
    for col_name, metric, op, value, args in obj.checks:
        add(col_name, f"{obj.name}_{col_name}_{metric[:-6].lower()}", f"Share of missing {col_name} stays below "
            f"{value}%.", "completeness", metric, op, value, severity="warning", baseline=value * 0.3, args=args,
            unit="percent")
    table = sql_table(contract, obj)
    for name, description, dimension, query, op, value in obj.sql:
        if table is None:
            continue
        add(None, f"{obj.name}_{name}", description, dimension, None, op, value, severity="error",
            baseline=(value * 0.3 if op == "mustBeLessThan" else 0.0), query=query)
    return rules


def contract_rules(contract: Contract) -> list[Rule]:
    rules = [r for i, o in enumerate(contract.objects) for r in quality_rules(contract, i, o)]
    names = [r.body["name"] for r in rules]
    assert len(names) == len(set(names)), f"{contract.id}: duplicate rule names"
    return rules


# ---------------------------------------------------------------------------------------------------
# YAML
# ---------------------------------------------------------------------------------------------------

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 _.,;/()'%&+@=<>*-]*$")
_FLOW_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_./@-]*$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def yaml_scalar(value: object, flow: bool = False) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    s = str(value)
    pattern = _FLOW_PLAIN if flow else _PLAIN
    if (pattern.match(s) or _SEMVER.match(s)) and s.lower() not in _RESERVED and not s.endswith((" ", ":")) \
            and ": " not in s and " #" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def yaml_lines(value: object, indent: int = 0) -> list[str]:
    """Block-style YAML for dicts and lists; lists of scalars go in flow style."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, v in value.items():
            if isinstance(v, dict) and v:
                lines.append(f"{pad}{key}:")
                lines += yaml_lines(v, indent + 2)
            elif isinstance(v, list) and v and any(isinstance(x, (dict, list)) for x in v):
                lines.append(f"{pad}{key}:")
                lines += yaml_lines(v, indent)
            elif isinstance(v, list):
                lines.append(f"{pad}{key}: [{', '.join(yaml_scalar(x, flow=True) for x in v)}]")
            elif isinstance(v, dict):
                lines.append(f"{pad}{key}: {{}}")
            else:
                lines.append(f"{pad}{key}: {yaml_scalar(v)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                sub = yaml_lines(item, indent + 2)
                sub[0] = f"{pad}- {sub[0][indent + 2:]}"
                lines += sub
            elif isinstance(item, list):
                lines.append(f"{pad}- [{', '.join(yaml_scalar(x, flow=True) for x in item)}]")
            else:
                lines.append(f"{pad}- {yaml_scalar(item)}")
    else:
        raise TypeError(type(value))
    return lines


def to_yaml(document: dict, header: str) -> str:
    return header + "\n".join(yaml_lines(document)) + "\n"


# ---------------------------------------------------------------------------------------------------
# ODCS contracts
# ---------------------------------------------------------------------------------------------------

HEADER = ("# Generated by resources/demo-mesh/generate.py; edit the generator, not this file.\n"
          "# SPDX-License-Identifier: Apache-2.0\n")


def contract_path(contract: Contract) -> str:
    return f"contracts/{contract.domain}/{contract.id}{contract.file_suffix}.odcs.yaml"


def property_doc(mesh: Mesh, contract: Contract, obj: Obj, col: Col, dialect: str, pk_pos: dict) -> dict:
    """One ODCS property."""
    p: dict = {"name": col.name, "physicalType": physical_type(col.kind, dialect)}
    if col.business:
        p["businessName"] = col.business
    p["description"] = col.description
    p["logicalType"] = logical_type(col.kind)
    options = logical_options(col)
    if options:
        p["logicalTypeOptions"] = options
    if "req" in col.flags or "pk" in col.flags:
        p["required"] = True
    if "uniq" in col.flags:
        p["unique"] = True
    if col.name in pk_pos:
        p["primaryKey"] = True
        p["primaryKeyPosition"] = pk_pos[col.name]
    if "part" in col.flags and dialect in ("snowflake", "bigquery", "s3"):
        p["partitioned"] = True
        p["partitionKeyPosition"] = 1
    p["classification"] = col.cls or ("restricted" if "pii" in col.flags else "internal")
    if "cde" in col.flags:
        p["criticalDataElement"] = True
    if obj.inputs and "gen" not in col.flags:
        sources = []
        for k, o, _, _ in column_inputs(mesh, obj, col):
            name = f"{k.id}.{o.name}"
            if name not in sources:
                sources.append(name)
        p["transformSourceObjects"] = sources
    examples = col.examples or (col.values[:3] if col.values else None)
    if examples:
        p["examples"] = examples
    if "pii" in col.flags:
        p["tags"] = ["pii"]
    if logical_type(col.kind) == "array":
        p["items"] = {"logicalType": "string", "physicalType": ITEM_PHYSICAL[dialect]}
    if col.fk:
        target_obj, _, target_prop = col.fk.partition(".")
        local = next((o for o in contract.objects if o.name == target_obj), None)
        if local is not None and f"{obj.name}.{col.name}" != col.fk:
            assert any(x.name == target_prop for x in local.cols), f"{contract.id}: {col.fk}"
            p["relationships"] = [{"type": "foreignKey", "to": col.fk}]
        elif local is None and mesh.layer(contract) == "source-aligned" and "pk" not in col.flags:
            assert any(o.name == target_obj and any(x.name == target_prop for x in o.cols)
                       for k in mesh.contracts for o in k.objects), f"{contract.id}: dangling {col.fk}"
            p["relationships"] = [{"type": "foreignKey", "to": col.fk}]
    return p


def contract_doc(mesh: Mesh, contract: Contract) -> dict:
    """The ODCS v3.1.0 document of a contract, keys in Tessera's canonical order."""
    dialect = SERVERS[contract.servers[0]]["type"]
    rules = contract_rules(contract)
    schema = []
    for obj in contract.objects:
        assert 5 <= len(obj.cols) <= 30, f"{contract.id}/{obj.name}: {len(obj.cols)} columns"
        names = [col.name for col in obj.cols]
        assert len(names) == len(set(names)), f"{contract.id}/{obj.name}: duplicate column"
        pk_pos = {col.name: i + 1 for i, col in enumerate(x for x in obj.cols if "pk" in x.flags)}
        props = [property_doc(mesh, contract, obj, col, dialect, pk_pos) for col in obj.cols]
        for rule in rules:
            if rule.obj == obj.name and rule.prop:
                prop = next(p for p in props if p["name"] == rule.prop)
                prop.setdefault("quality", []).append(rule.body)
        o: dict = {"name": obj.name, "physicalName": obj.physical or obj.name, "physicalType": obj.ptype}
        if obj.business:
            o["businessName"] = obj.business
        o["description"] = obj.description
        o["logicalType"] = "object"
        if obj.granularity:
            o["dataGranularityDescription"] = obj.granularity
        if obj.tags:
            o["tags"] = obj.tags
        o["properties"] = props
        object_rules = [r.body for r in rules if r.obj == obj.name and not r.prop]
        if object_rules:
            o["quality"] = object_rules
        schema.append(o)
    product = mesh.product_by_id[contract.product]
    has_pii = any("pii" in col.flags for o in contract.objects for col in o.cols)
    owner = owner_of(contract.domain)
    db = contract.domain.replace("-", "_")
    roles = [{"role": f"{db}_{contract.id.replace('-', '_')}_reader", "description": "Read access to all "
              "columns except restricted ones.", "access": "read", "firstLevelApprovers": owner,
              "secondLevelApprovers": "data-governance"}]
    if has_pii:
        roles.append({"role": f"{db}_pii_reader", "description": "Read access to restricted personal data.",
                      "access": "read", "firstLevelApprovers": owner, "secondLevelApprovers": "privacy-office"})
    servers = []
    for key in contract.servers:
        server = dict(SERVERS[key])
        servers.append(server)
    doc = {
        "apiVersion": "v3.1.0",
        "kind": "DataContract",
        "id": contract.id,
        "name": contract.name,
        "version": contract.version,
        "status": contract.status,
        "tenant": TENANT,
        "domain": contract.domain,
        "dataProduct": contract.product,
        "description": {"purpose": contract.purpose, "limitations": contract.limitations, "usage": contract.usage},
        "tags": contract.tags,
        "authoritativeDefinitions": [{
            "type": "canonical",
            "url": f"https://git.example.com/foodco/data-contracts/-/blob/main/{contract_path(contract)}",
            "description": "Source of this contract in the contracts repository."}],
        "schema": schema,
        "support": support_of(contract.domain),
        "team": team_of(contract.domain),
        "roles": roles,
        "slaProperties": contract.sla,
        "servers": servers,
        "customProperties": [
            {"property": "meshLayer", "value": product.layer},
            {"property": "refreshCadence", "value": contract.cadence},
        ],
        "contractCreatedTs": contract.created,
    }
    return doc


# ---------------------------------------------------------------------------------------------------
# ODPS products
# ---------------------------------------------------------------------------------------------------

PORT_TYPE = {"postgres": "tables", "snowflake": "tables", "bigquery": "tables", "kafka": "topic", "s3": "files"}


def product_doc(mesh: Mesh, product: Product) -> dict:
    """The ODPS v1.0.0 document of a product: output ports are its contracts, input ports their upstreams."""
    outputs = []
    inputs: list[Contract] = []
    for k in product.contracts:
        upstream = mesh.upstream_contracts(k)
        port = {
            "name": k.id,
            "description": f"{k.name} ({k.status}).",
            "type": PORT_TYPE[SERVERS[k.servers[0]]["type"]],
            "version": k.version,
            "contractId": k.id,
        }
        external = [u for u in upstream if u.product != product.id]
        if external:
            port["inputContracts"] = [{"id": u.id, "version": u.version} for u in external]
        port["tags"] = [k.status] if k.status != "active" else ["current"]
        outputs.append(port)
        for u in external:
            if u not in inputs:
                inputs.append(u)
    doc: dict = {
        "apiVersion": "v1.0.0",
        "kind": "DataProduct",
        "id": product.id,
        "name": product.name,
        "version": product.version,
        "status": product.status,
        "domain": product.domain,
        "tenant": TENANT,
        "description": {"purpose": product.purpose, "limitations": product.limitations, "usage": product.usage},
        "tags": product.tags,
    }
    if inputs:
        doc["inputPorts"] = [{"name": u.id, "version": u.version, "contractId": u.id} for u in inputs]
    doc["outputPorts"] = outputs
    doc["managementPorts"] = [{
        "name": "observability", "content": "observability", "type": "rest",
        "url": f"https://observability.example.com/data-products/{product.id}",
        "description": "Freshness, quality and SLA dashboards of the product."}]
    doc["support"] = support_of(product.domain)
    doc["team"] = team_of(product.domain)
    custom = [{"property": "meshLayer", "value": product.layer,
               "description": "source-aligned, aggregate or consumer-aligned."}]
    if product.source_system:
        custom.append({"property": "sourceSystem", "value": product.source_system,
                       "description": "Operational system the data comes from."})
    doc["customProperties"] = custom
    doc["productCreatedTs"] = product.created
    return doc


# ---------------------------------------------------------------------------------------------------
# Incidents: breach streaks shared by the measurements and the lineage (failed runs)
# ---------------------------------------------------------------------------------------------------

INCIDENTS = [
    dict(id="psp-retry-duplicates", start="2026-09-08", end="2026-09-12",
         title="A PSP client retry bug wrote duplicate transactions",
         sla={}, quality={"payment-transactions": ["payment_transactions_transaction_id_unique",
                                                   "payment_transactions_captured_not_above_authorised"],
                          "fraud-scores": ["order_fraud_scores_order_id_unique"]}, jobs=[]),
    dict(id="customer-360-partial-rebuild", start="2026-09-22", end="2026-09-23",
         title="Customer 360 rebuilt from a partial snapshot",
         sla={"customer-segments": ["latency", "timeOfAvailability"]},
         quality={"customer-360": ["customer_profile_360_row_count"]}, jobs=["customer-360-view.customer_profile_360"]),
    dict(id="helpdesk-migration", start="2026-09-29", end="2026-10-01", title="Helpdesk database migration",
         sla={"support-tickets": ["availability", "latency"], "care-kpis": ["latency", "timeOfAvailability"]},
         quality={"care-kpis": ["care_kpis_daily_row_count"]}, jobs=["care-quality.care_kpis_daily"]),
    dict(id="orders-kafka-outage", start="2026-10-14", end="2026-10-16",
         title="Broker outage on the orders Kafka cluster",
         sla={"order-status-events": ["latency", "availability"],
              "orders-daily-summary": ["latency", "timeOfAvailability"],
              "revenue-ledger": ["latency", "timeOfAvailability"], "executive-kpis": ["timeOfAvailability"]},
         quality={"orders-daily-summary": ["orders_daily_by_city_row_count"]},
         jobs=["order-analytics.orders_daily_by_city"]),
    dict(id="tablet-release-statuses", start="2026-10-27", end="2026-10-29",
         title="Tablet app 7.2 sent an unknown restaurant status",
         sla={"restaurant-availability": ["latency"]},
         quality={"restaurant-availability": ["restaurant_status_changed_new_status_valid"]}, jobs=[]),
    dict(id="telemetry-backlog", start="2026-11-02", end="2026-11-05", title="Rider telemetry ingestion backlog",
         sla={"rider-location-pings": ["latency", "availability"], "eta-features": ["latency", "timeOfAvailability"]},
         quality={"eta-features": ["eta_training_examples_row_count"]},
         jobs=["eta-prediction-features.eta_training_examples"]),
    dict(id="bigquery-quota", start="2026-11-18", end="2026-11-21", title="BigQuery slot quota exhausted",
         sla={"campaign-attribution": ["latency", "timeOfAvailability", "frequency"]},
         quality={"ad-spend": ["ad_spend_daily_row_count"]}, jobs=["marketing-attribution.campaign_roi_daily"]),
    dict(id="dispatch-db-failover", start="2026-11-22", end="2026-11-24", ongoing=True,
         title="Dispatch database failover; delivery performance still late",
         sla={"delivery-jobs": ["latency"], "delivery-performance-daily": ["latency", "timeOfAvailability"],
              "unit-economics": ["timeOfAvailability"]},
         quality={"delivery-jobs": ["deliveries_dropoff_after_pickup"]},
         jobs=["delivery-performance.delivery_performance_daily"]),
]


def day_range(start: str, end: str) -> list[dt.date]:
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def incident_days(kind: str, contract_id: str, name: str) -> set[dt.date]:
    """Days on which the SLA property or quality rule `name` of a contract is breached by an incident."""
    out: set[dt.date] = set()
    for inc in INCIDENTS:
        if name in inc[kind].get(contract_id, []):
            out |= set(day_range(inc["start"], inc["end"]))
    return out


# ---------------------------------------------------------------------------------------------------
# OpenLineage
# ---------------------------------------------------------------------------------------------------


def facet(url: str, **fields) -> dict:
    return {"_producer": PRODUCER, "_schemaURL": url, **fields}


@dataclass
class Job:
    """A job producing some schema objects of one contract."""

    namespace: str
    name: str
    product: Product
    contract: Contract
    outputs: list[Obj]
    streaming: bool
    integration: str
    job_type: str
    depth: int


def object_depth(mesh: Mesh, contract: Contract, obj: Obj, seen: tuple = ()) -> int:
    """Hops from a source object; raises on cycles."""
    key = (contract.id, contract.version, obj.name)
    assert key not in seen, f"lineage cycle through {key}"
    if not obj.inputs:
        return 0
    return 1 + max(object_depth(mesh, k, o, seen + (key,)) for k, o, _ in mesh.inputs_of(obj))


def lineage_jobs(mesh: Mesh) -> list[Job]:
    """Every job: one per derived object, one publisher per source contract. Retired and staging-only contracts
    have none."""
    jobs = []
    ml = {"eta-features", "fraud-scores", "customer-segments", "customer-ltv"}
    for product in mesh.products:
        for k in product.contracts:
            if k.status == "retired" or SERVERS[k.servers[0]]["environment"] != "prod":
                continue
            dialect = SERVERS[k.servers[0]]["type"]
            ns = f"foodco.{k.domain}"
            sources = [o for o in k.objects if not o.inputs]
            if sources:
                streaming = dialect == "kafka"
                jobs.append(Job(ns, f"{product.id}.publish_{k.id.replace('-', '_')}", product, k, sources, streaming,
                                "FLINK" if streaming else "AIRFLOW", "JOB" if streaming else "TASK", 0))
            for o in k.objects:
                if not o.inputs:
                    continue
                suffix = f"_v{k.version.split('.')[0]}" if k.file_suffix else ""
                integration = "SPARK" if k.id in ml else "DBT"
                jobs.append(Job(ns, f"{product.id}.{o.name}{suffix}", product, k, [o], False, integration,
                                "JOB" if integration == "SPARK" else "MODEL", object_depth(mesh, k, o)))
    names = [(j.namespace, j.name) for j in jobs]
    assert len(names) == len(set(names)), "duplicate job names"
    return jobs


def dataset_ref(k: Contract, o: Obj, full: bool, mesh: Mesh, rows: int | None = None) -> dict:
    """An OpenLineage dataset for a schema object; `full` adds schema, column lineage and statistics."""
    server = SERVERS[k.servers[0]]
    namespace, name = lineage_dataset(server, o.physical or o.name)
    facets = {
        "tessera": facet(TESSERA_FACET_URL, contractId=k.id, contractVersion=k.version, schemaObject=o.name),
        "dataSource": facet("https://openlineage.io/spec/facets/1-0-1/DatasourceDatasetFacet.json"
                            "#/$defs/DatasourceDatasetFacet", name=server["server"], uri=namespace),
    }
    ds: dict = {"namespace": namespace, "name": name, "facets": facets}
    if not full:
        return ds
    dialect = server["type"]
    facets["schema"] = facet("https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json"
                             "#/$defs/SchemaDatasetFacet",
                             fields=[{"name": col.name, "type": physical_type(col.kind, dialect)} for col in o.cols])
    if o.inputs:
        fields = {}
        for col in o.cols:
            if "gen" in col.flags:
                continue
            entries = []
            for uk, uo, ucol, (ttype, subtype, masking) in column_inputs(mesh, o, col):
                uns, uname = lineage_dataset(SERVERS[uk.servers[0]], uo.physical or uo.name)
                t = {"type": ttype, "subtype": subtype}
                if ttype == "DIRECT":
                    t["masking"] = masking
                entries.append({"namespace": uns, "name": uname, "field": ucol, "transformations": [t]})
            fields[col.name] = {"inputFields": entries}
        dataset_level = []
        for uk, uo, ucol, (ttype, subtype, _), description in dataset_inputs(mesh, o):
            uns, uname = lineage_dataset(SERVERS[uk.servers[0]], uo.physical or uo.name)
            dataset_level.append({"namespace": uns, "name": uname, "field": ucol,
                                  "transformations": [{"type": ttype, "subtype": subtype,
                                                       "description": description}]})
        facets["columnLineage"] = facet("https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json"
                                        "#/$defs/ColumnLineageDatasetFacet", fields=fields, dataset=dataset_level)
    if rows is not None:
        ds["outputFacets"] = {"outputStatistics": facet(
            "https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json"
            "#/$defs/OutputStatisticsOutputDatasetFacet", rowCount=rows, size=rows * 180)}
    return ds


def iso_ms(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def run_events(mesh: Mesh, job: Job, start: dt.datetime, outcome: str, attempt: int) -> list[dict]:
    """START plus COMPLETE or FAIL of one batch run; outcome RUNNING gives the START event only."""
    rng = rng_for("run", job.name, start.isoformat(), attempt)
    run_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    nominal = start.replace(minute=0 if job.depth == 0 else start.minute, second=0, microsecond=0)
    run_facets = {"nominalTime": facet("https://openlineage.io/spec/facets/1-0-1/NominalTimeRunFacet.json"
                                       "#/$defs/NominalTimeRunFacet", nominalStartTime=iso_ms(nominal))}
    team = TEAMS[job.contract.domain]["name"]
    job_doc = {"namespace": job.namespace, "name": job.name, "facets": {
        "jobType": facet("https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json#/$defs/JobTypeJobFacet",
                         processingType="STREAMING" if job.streaming else "BATCH", integration=job.integration,
                         jobType=job.job_type),
        "documentation": facet("https://openlineage.io/spec/facets/1-1-0/DocumentationJobFacet.json"
                               "#/$defs/DocumentationJobFacet",
                               description=f"Writes {', '.join(o.name for o in job.outputs)} of {job.contract.id} "
                                           f"{job.contract.version} for the {job.product.name} data product."),
        "ownership": facet("https://openlineage.io/spec/facets/1-0-1/OwnershipJobFacet.json#/$defs/OwnershipJobFacet",
                           owners=[{"name": f"team:{team}", "type": "TEAM"}]),
    }}
    inputs = []
    for o in job.outputs:
        for k, io, _ in mesh.inputs_of(o):
            ref = dataset_ref(k, io, False, mesh)
            if all((x["namespace"], x["name"]) != (ref["namespace"], ref["name"]) for x in inputs):
                inputs.append(ref)

    def event(event_type: str, when: dt.datetime, full: bool, extra_run: dict | None = None) -> dict:
        outputs = [dataset_ref(job.contract, o, full, mesh,
                               rows=int(o.rows * rng.uniform(0.9, 1.1)) if full and not job.streaming else None)
                   for o in job.outputs]
        rf = dict(run_facets)
        if extra_run:
            rf.update(extra_run)
        return {"eventTime": iso_ms(when), "eventType": event_type, "producer": PRODUCER, "schemaURL": OL_SCHEMA_URL,
                "run": {"runId": run_id, "facets": rf}, "job": job_doc, "inputs": inputs, "outputs": outputs}

    start_time = start + dt.timedelta(seconds=rng.randint(5, 90), milliseconds=rng.randint(0, 999))
    events = [event("START", start_time, False)]
    duration = dt.timedelta(minutes=rng.randint(3, 28), seconds=rng.randint(0, 59), milliseconds=rng.randint(0, 999))
    if outcome == "RUNNING":
        return events
    if outcome == "FAIL":
        message = {"AIRFLOW": "Task exited with return code 1: source export timed out",
                   "DBT": "Database Error in model: upstream source is stale (freshness check failed)",
                   "SPARK": "Job aborted due to stage failure: upstream partition missing"}[job.integration]
        err = facet("https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet",
                    message=message, programmingLanguage="SQL" if job.integration == "DBT" else "PYTHON")
        events.append(event("FAIL", start_time + duration, False, {"errorMessage": err}))
    else:
        events.append(event("COMPLETE", start_time + duration, True))
    return events


def lineage_events(mesh: Mesh) -> dict[str, list[dict]]:
    """Run events per domain: the last two scheduled runs of every job, failed runs during incidents, and the
    streaming jobs' current runs."""
    per_domain: dict[str, list[dict]] = {d: [] for d in DOMAINS}
    jobs = lineage_jobs(mesh)
    last_days = [END_DAY - dt.timedelta(days=1), END_DAY]
    mondays = [d for d in (END_DAY - dt.timedelta(days=i) for i in range(14)) if d.weekday() == 0][:2]
    for job in jobs:
        events: list[dict] = []
        start_of_day = dt.time(0, 15) if job.depth == 0 else dt.time(1 + (job.depth * 35) // 60, (job.depth * 35) % 60)
        if job.streaming:
            deployed = dt.datetime.combine(dt.date(2026, 11, 9), dt.time(10, 0))
            start = run_events(mesh, job, deployed, "RUNNING", 0)[0]
            events.append(start)
            for day in last_days:  # heartbeats of the same run, with the full output facets
                running = dict(start, eventType="RUNNING",
                               eventTime=iso_ms(dt.datetime.combine(day, dt.time(12, 0))))
                running["outputs"] = [dataset_ref(job.contract, o, True, mesh) for o in job.outputs]
                events.append(running)
        else:
            days = sorted(mondays) if job.contract.cadence == "weekly" else last_days
            failing = {}
            for inc in INCIDENTS:
                if job.name in inc["jobs"]:
                    for day in day_range(inc["start"], inc["end"]):
                        failing[day] = inc.get("ongoing", False) and day in last_days
            for day in sorted(set(days) | set(failing)):
                start = dt.datetime.combine(day, start_of_day)
                if day in failing:
                    events += run_events(mesh, job, start, "FAIL", 0)
                    if not failing[day]:
                        retry = start + dt.timedelta(hours=5, minutes=20)
                        events += run_events(mesh, job, retry, "COMPLETE", 1)
                else:
                    events += run_events(mesh, job, start, "COMPLETE", 0)
        per_domain[job.contract.domain] += events
    for domain in per_domain:
        per_domain[domain].sort(key=lambda e: (e["eventTime"], e["job"]["name"]))
    return per_domain


# ---------------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------------


def measured_contracts(mesh: Mesh) -> list[Contract]:
    """The version of each contract id that is monitored: the active one, else a deprecated one."""
    out = []
    for cid in sorted(mesh.current):
        versions = [k for k in mesh.contracts if k.id == cid]
        pick = next((k for k in versions if k.status == "active"), None) or \
            next((k for k in versions if k.status == "deprecated"), None)
        if pick is not None:
            out.append(pick)
    return out


def measurement_days(contract: Contract) -> list[dt.date]:
    days = [END_DAY - dt.timedelta(days=i) for i in range(DAYS - 1, -1, -1)]
    if contract.cadence == "weekly":
        days = [d for d in days if d.weekday() == 0]
    return days


def sla_measurements(mesh: Mesh) -> list[dict]:
    """One point per contract SLA property per day (per Monday for weekly contracts)."""
    out = []
    for k in measured_contracts(mesh):
        check = rng_for("check-time", k.id).choice(["05:45", "06:00", "06:15", "06:30", "07:00"])
        for prop in k.sla:
            name = prop["property"]
            breaches = incident_days("sla", k.id, name)
            rng = rng_for("sla", k.id, name)
            for day in measurement_days(k):
                sporadic = name != "retention" and rng.random() < 0.006
                breach = day in breaches or sporadic
                if name == "availability":
                    target = float(prop["value"])
                    value = target - rng.uniform(0.05, 1.5) if breach else \
                        rng.uniform(target + (100 - target) * 0.3, 100.0)
                    value, unit = round(min(value, 100.0), 3), "%"
                    met = value >= target
                elif name == "timeOfAvailability":
                    hh, mm = prop["value"][:5].split(":")
                    target = int(hh) + int(mm) / 60
                    value = target + rng.uniform(0.3, 4.0) if breach else target - rng.uniform(0.2, 1.6)
                    value, unit = round(value, 2), "h"
                    met = value <= target
                elif name == "retention":
                    target, unit = float(prop["value"]), prop["unit"]
                    value, met = target, True
                else:  # latency, frequency
                    target, unit = float(prop["value"]), prop["unit"]
                    if name == "frequency":
                        value = target * rng.uniform(1.3, 2.0) if breach else target * rng.uniform(0.97, 1.0)
                    else:
                        value = target * rng.uniform(1.15, 2.5) if breach else target * rng.uniform(0.25, 0.85)
                    value = round(value, 2)
                    met = value <= target
                out.append({"contractId": k.id, "property": name, "time": f"{day.isoformat()}T{check}:00Z",
                            "value": float(value), "unit": unit, "target": target, "met": met})
    out.sort(key=lambda m: (m["time"], m["contractId"], m["property"]))
    return out


def passes(op: str, threshold, value: float) -> bool:
    return {"mustBe": lambda: value == threshold, "mustBeGreaterThan": lambda: value > threshold,
            "mustBeLessThan": lambda: value < threshold}[op]()


def quality_measurements(mesh: Mesh) -> list[dict]:
    """One result per quality rule per day (per Monday for weekly contracts)."""
    out = []
    for k in measured_contracts(mesh):
        for rule in contract_rules(k):
            name = rule.body["name"]
            failures = incident_days("quality", k.id, name)
            rng = rng_for("quality", k.id, name)
            for day in measurement_days(k):
                fail = day in failures or rng.random() < 0.003
                if rule.op == "mustBe":
                    value = float(rng.randint(3, 900) if fail else rule.threshold)
                elif rule.op == "mustBeGreaterThan":
                    weekday = [0.9, 0.92, 0.95, 1.0, 1.12, 1.18, 1.1][day.weekday()]
                    value = float(int(rule.threshold * rng.uniform(0.1, 0.8)) if fail else
                                  int(rule.baseline * weekday * rng.uniform(0.93, 1.07)))
                else:  # mustBeLessThan
                    value = round(rule.threshold * rng.uniform(1.2, 3.0) if fail else
                                  rule.threshold * rng.uniform(0.0, 0.6), 4)
                row = {"contractId": k.id, "schemaObject": rule.obj}
                if rule.prop:
                    row["property"] = rule.prop
                time = "07:00" if k.cadence == "weekly" else "06:30"
                row.update({"rule": name, "time": f"{day.isoformat()}T{time}:00Z", "value": value,
                            "passed": passes(rule.op, rule.threshold, value)})
                out.append(row)
    out.sort(key=lambda m: (m["time"], m["contractId"], m["schemaObject"], m.get("property", ""), m["rule"]))
    return out


# ---------------------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------------------


def check_mesh(mesh: Mesh) -> dict:
    """Invariants the demo relies on; returns a few numbers for the summary."""
    datasets: dict[tuple, tuple] = {}
    for k in mesh.contracts:
        server = SERVERS[k.servers[0]]
        assert 1 <= len(k.objects) <= 4, k.id
        assert len(k.servers) == len({SERVERS[s]["server"] for s in k.servers}), k.id
        for o in k.objects:
            key = lineage_dataset(server, o.physical or o.name)
            assert key not in datasets, f"{key} used by {datasets[key]} and {k.id}/{o.name}"
            datasets[key] = (k.id, k.version, o.name)
            for col in o.cols:
                if o.inputs and "gen" not in col.flags:
                    column_inputs(mesh, o, col)
            dataset_inputs(mesh, o)
    for inc in INCIDENTS:
        for cid, props in inc["sla"].items():
            k = mesh.current[cid]
            assert all(any(p["property"] == name for p in k.sla) for name in props), (inc["id"], cid)
        for cid, names in inc["quality"].items():
            rule_names = {r.body["name"] for r in contract_rules(mesh.current[cid])}
            assert set(names) <= rule_names, (inc["id"], cid, set(names) - rule_names)
    depth = max(object_depth(mesh, k, o) for k in mesh.contracts for o in k.objects)
    assert 3 <= depth <= 6, depth
    domains_crossed = {(k.domain, u.domain) for k in mesh.contracts for u in mesh.upstream_contracts(k)
                       if k.domain != u.domain}
    assert len(domains_crossed) >= 10
    return {"datasets": len(datasets), "depth": depth, "domain_edges": len(domains_crossed)}


def write(root: str, relative: str, text: str) -> None:
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def ndjson(rows: list[dict]) -> str:
    return "".join(json.dumps(r, separators=(",", ":"), ensure_ascii=False) + "\n" for r in rows)


def generate(root: str) -> dict:
    """Writes the whole mesh below `root` and returns counts."""
    mesh = Mesh()
    stats = check_mesh(mesh)
    for sub in ("contracts", "products", "lineage", "measurements"):
        shutil.rmtree(os.path.join(root, sub), ignore_errors=True)
    for k in mesh.contracts:
        write(root, contract_path(k), to_yaml(contract_doc(mesh, k), HEADER))
    for p in mesh.products:
        write(root, f"products/{p.domain}/{p.id}.odps.yaml", to_yaml(product_doc(mesh, p), HEADER))
    events = lineage_events(mesh)
    edges = 0
    for domain, rows in events.items():
        write(root, f"lineage/{domain}.ndjson", ndjson(rows))
    for job in lineage_jobs(mesh):
        for o in job.outputs:
            if o.inputs:
                edges += sum(len(column_inputs(mesh, o, col)) for col in o.cols if "gen" not in col.flags)
    sla_rows = sla_measurements(mesh)
    quality_rows = quality_measurements(mesh)
    write(root, "measurements/sla.ndjson", ndjson(sla_rows))
    write(root, "measurements/quality.ndjson", ndjson(quality_rows))
    stats.update({
        "products": len(mesh.products), "contract_files": len(mesh.contracts), "contract_ids": len(mesh.current),
        "domains": len({p.domain for p in mesh.products}), "jobs": len(lineage_jobs(mesh)),
        "lineage_events": sum(len(v) for v in events.values()), "column_edges": edges,
        "sla_points": len(sla_rows), "sla_breaches": sum(not r["met"] for r in sla_rows),
        "quality_points": len(quality_rows), "quality_failures": sum(not r["passed"] for r in quality_rows),
    })
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed files are not up to date")
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(tmp)
            for sub in ("contracts", "products", "lineage", "measurements"):
                cmp = filecmp.dircmp(os.path.join(tmp, sub), os.path.join(here, sub))
                stack = [cmp]
                while stack:
                    c_ = stack.pop()
                    diff = c_.left_only + c_.right_only + c_.diff_files
                    if diff:
                        print(f"out of date in {sub}: {diff}", file=sys.stderr)
                        return 1
                    stack += c_.subdirs.values()
        print("demo mesh is up to date")
        return 0
    stats = generate(here)
    for key, value in stats.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
