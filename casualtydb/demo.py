"""The demo dataset: the seed article (Horriya Press, 30 Oct 2017, Deir ez-Zor) as a report with
its incidents and claims, plus clearly labelled fictional reports that disagree with it, relay
it, revise their own figures, or describe one strike as a second incident.

Every record has a fixed UUID, so loading twice adds nothing."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from . import paths
from .crossref import refresh_incidents
from .errors import CasualtyDBError
from .models import (
    Actor,
    ActorRole,
    Category,
    Claim,
    DatePrecision,
    EventType,
    Incident,
    IncidentActor,
    IncidentPlace,
    LocationPrecision,
    Place,
    PlaceLevel,
    Reliability,
    Report,
    Source,
    SourceKind,
    VictimGroup,
)

if TYPE_CHECKING:
    from .db import Database

DEMO_NS = uuid.UUID("0f6a5d2e-3c1b-4f7a-9e8d-7c6b5a4f3e2d")
FICTIONAL = "Fictional source written for the casualtydb demo; its figures are not facts. مصدر تخيّلي للعرض فقط."
SEED_FILE = "horriya-press-2017-10-30-deir-ez-zor.txt"



def demo_id(key: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NS, key)


def _actor_key(slug: str) -> uuid.UUID:
    # Same namespace as resources/actors.csv.
    return uuid.uuid5(uuid.UUID("5b1d3c1e-6a44-4c38-9a55-2f1b7c0e9d11"), slug)


def _ts(y: int, mo: int, d: int, h: int = 12, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


SOURCES: list[dict[str, Any]] = [
    dict(key="horriya", name_ar="حرية برس", name_en="Horriya Press", kind=SourceKind.NEWS_OUTLET,
         reliability=Reliability.C, url="https://horrya.net", aliases=["حريه برس", "Horrya Press", "Hurriya Press"],
         notes="Syrian news site. The seed article of this project is one of its reports."),
    dict(key="dez-council", name_ar="المجلس المحلي لمحافظة دير الزور", name_en="Deir ez-Zor Local Council",
         kind=SourceKind.OFFICIAL, reliability=Reliability.C, aliases=["مجلس دير الزور المحلي", "المجلس المحلي في محافظة دير الزور"],
         notes="Its head, Anas Fteih (أنس فتيح), is quoted in the seed article; its appeal of 29 Oct 2017 is relayed there."),
    dict(key="demo-network", name_ar="شبكة الفرات الإخبارية (تجريبي)", name_en="Euphrates News Network (fictional, demo)",
         kind=SourceKind.WITNESS_NETWORK, reliability=Reliability.D, notes=FICTIONAL),
    dict(key="demo-monitor", name_ar="مرصد الشاهد لحقوق الإنسان (تجريبي)", name_en="Witness Human Rights Monitor (fictional, demo)",
         kind=SourceKind.NGO, reliability=Reliability.B, notes=FICTIONAL),
    dict(key="demo-hospital", name_ar="مشفى البوكمال الميداني (تجريبي)", name_en="Albukamal Field Hospital (fictional, demo)",
         kind=SourceKind.MEDICAL, reliability=Reliability.B, notes=FICTIONAL, contact="+000 0000 0000 (fictional)"),
    dict(key="demo-page", name_ar="صفحة دير الزور الآن (تجريبي)", name_en="Deir ez-Zor Now page (fictional, demo)",
         kind=SourceKind.SOCIAL_MEDIA, reliability=Reliability.E, notes=FICTIONAL),
]

NEIGHBOURHOODS_BESIEGED = ["المطار القديم", "علي بك", "الشيخ ياسين", "الحميدية", "الجبيلة", "العمال",
                           "الموظفين", "الرشدية", "الحويقة", "أبو عايد"]

# places: (name_ar, level, precision, primary)
INCIDENTS: list[dict[str, Any]] = [
    dict(key="strike-hamidiya", start=date(2017, 10, 30), type=EventType.AIRSTRIKE,
         places=[("الحميدية", PlaceLevel.NEIGHBOURHOOD, LocationPrecision.NEIGHBOURHOOD, True),
                 ("الشيخ ياسين", PlaceLevel.NEIGHBOURHOOD, LocationPrecision.NEIGHBOURHOOD, False)],
         actors=[("syrian-government", ActorRole.ALLEGED), ("russian-forces", ActorRole.ALLEGED)],
         description_ar="قصف جوي لطائرات النظام وروسيا على حيّي الحميدية والشيخ ياسين في مدينة دير الزور.",
         description_en="Regime and Russian airstrikes on al-Hamidiya and al-Sheikh Yassin, Deir ez-Zor city."),
    dict(key="strike-sousa", start=date(2017, 10, 30), type=EventType.AIRSTRIKE,
         places=[("السوسة", PlaceLevel.COMMUNITY, LocationPrecision.TOWN, True)],
         actors=[("russian-forces", ActorRole.ALLEGED)],
         description_ar="قصف جوي روسي على قرية السوسة بريف البوكمال أودى بحياة أفراد عائلة نازحة.",
         description_en="Russian airstrike on al-Sousa village, Albukamal countryside, killing members of a displaced family."),
    dict(key="siege-deir-ez-zor", start=date(2017, 10, 29), type=EventType.SIEGE,
         places=[(name, PlaceLevel.NEIGHBOURHOOD, LocationPrecision.NEIGHBOURHOOD, name == "الحميدية")
                 for name in NEIGHBOURHOODS_BESIEGED],
         actors=[("syrian-government", ActorRole.ALLEGED), ("iran-backed-militias", ActorRole.ALLEGED),
                 ("isis", ActorRole.CONTROLS)],
         description_ar="مدنيون محاصرون في عشرة أحياء من مدينة دير الزور الخاضعة لسيطرة تنظيم الدولة، وفق نداء المجلس المحلي.",
         description_en="Civilians trapped in ten ISIS-held neighbourhoods of Deir ez-Zor city, per the Local Council's appeal."),
    # The fictional hospital's report of the al-Sousa strike, entered as its own incident: a duplicate candidate.
    dict(key="strike-sousa-hospital", start=date(2017, 10, 30), type=EventType.AIRSTRIKE,
         places=[("السوسة", PlaceLevel.COMMUNITY, LocationPrecision.TOWN, True)],
         actors=[("unknown", ActorRole.ALLEGED)],
         description_ar="(تجريبي) مشفى ميداني يستقبل ضحايا قصف على السوسة.",
         description_en="(fictional) A field hospital receives casualties of a strike on al-Sousa."),
]

NETWORK_TEXT = (
    "عاجل | مقتل خمسة مدنيين جراء غارات جوية على حي الحميدية في مدينة دير الزور ظهر اليوم الإثنين.\n\n"
    "تحديث: ارتفعت حصيلة ضحايا القصف على حيي الحميدية والشيخ ياسين إلى تسعة مدنيين بينهم طفلان."
)
MONITOR_TEXT = (
    "Deir ez-Zor, 31 October 2017. Seven civilians were killed and at least 12 injured on Monday 30 October "
    "in airstrikes on the al-Hamidiya and al-Sheikh Yassin neighbourhoods of Deir ez-Zor city. "
    "On the same day six members of a displaced family, including three children, were killed in a Russian "
    "airstrike on the village of al-Sousa in the Albukamal countryside. "
    "Nearly 1,000 civilians remain trapped in the ISIS-held neighbourhoods of the city."
)
HOSPITAL_TEXT = (
    "استقبل مشفى البوكمال الميداني أمس الإثنين جثامين أربعة مدنيين و8 جرحى وصلوا من قرية السوسة بعد غارة جوية."
)
PAGE_TEXT = (
    "استشهد سبعة مدنيين في مدينة دير الزور اليوم الإثنين جراء قصف طائرات نظام الأسد وروسيا على حيي الحميدية "
    "والشيخ ياسين التي لجأ إليها معظم المدنيين المحاصرين في مدينة دير الزور."
)

# claims: (incident, category, group, min, max, approximate, quote, credibility, stated_at, part_of_key)
REPORTS: list[dict[str, Any]] = [
    dict(key="horriya-2017-10-30", source="horriya", title="ماذا تبقى لتنظيم “داعش” داخل أحياء دير الزور؟",
         author="زينة صبري", published=date(2017, 10, 30), language="ar", text=None,
         claims=[
             dict(key="h-killed-hamidiya", incident="strike-hamidiya", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=7, max=7, quote="استشهد سبعة مدنيين في مدينة دير الزور ، اليوم الإثنين، جرّاء قصف طائرات نظام الأسد وروسيا على حيّي الحميدية والشيخ ياسين",
                  credibility=3),
             dict(key="h-killed-sousa", incident="strike-sousa", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=5, max=5, quote="كما استشهد خمسة مدنيين من عائلة واحدة “نازحة” جرّاء قصف جوّي روسي طال قرية السوسة بريف مدينة البوكمال شرق دير الزور",
                  credibility=3),
             dict(key="h-besieged", incident="siege-deir-ez-zor", category=Category.BESIEGED, group=VictimGroup.CIVILIANS,
                  min=700, max=700, approximate=True,
                  quote="لإنقاذ حياة ما يقارب 700 مدني محاصرين في أحياء “المطار القديم ،علي بك، الشيخ ياسين، الحميدية، الجبيلة، العمال، الموظفين، الرشدية، الحويقة، أبو عايد” الخاضعة لسيطرة داعش",
                  credibility=3),
         ]),
    dict(key="network-2017-10-30", source="demo-network", title="(تجريبي) قصف على حي الحميدية",
         published=date(2017, 10, 30), language="ar", text=NETWORK_TEXT,
         claims=[
             dict(key="n-killed-first", incident="strike-hamidiya", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=5, max=5, quote="مقتل خمسة مدنيين جراء غارات جوية على حي الحميدية", credibility=4,
                  stated_at=_ts(2017, 10, 30, 11, 0)),
             dict(key="n-killed-revised", incident="strike-hamidiya", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=9, max=9, quote="ارتفعت حصيلة ضحايا القصف على حيي الحميدية والشيخ ياسين إلى تسعة مدنيين بينهم طفلان",
                  credibility=4, stated_at=_ts(2017, 10, 30, 18, 30)),
             dict(key="n-killed-children", incident="strike-hamidiya", category=Category.KILLED, group=VictimGroup.CHILDREN,
                  min=2, max=2, quote="بينهم طفلان", credibility=4, stated_at=_ts(2017, 10, 30, 18, 30),
                  part_of="n-killed-revised"),
         ]),
    dict(key="monitor-2017-10-31", source="demo-monitor", title="(fictional) Civilian deaths in Deir ez-Zor governorate, 30 October",
         published=date(2017, 10, 31), language="en", text=MONITOR_TEXT,
         claims=[
             dict(key="m-killed-hamidiya", incident="strike-hamidiya", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=7, max=7, quote="Seven civilians were killed", credibility=2),
             dict(key="m-injured-hamidiya", incident="strike-hamidiya", category=Category.INJURED, group=VictimGroup.CIVILIANS,
                  min=12, max=None, quote="at least 12 injured", credibility=2),
             dict(key="m-killed-sousa", incident="strike-sousa", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=6, max=6, quote="six members of a displaced family, including three children, were killed", credibility=2),
             dict(key="m-killed-sousa-children", incident="strike-sousa", category=Category.KILLED, group=VictimGroup.CHILDREN,
                  min=3, max=3, quote="including three children", credibility=2, part_of="m-killed-sousa"),
             dict(key="m-besieged", incident="siege-deir-ez-zor", category=Category.BESIEGED, group=VictimGroup.CIVILIANS,
                  min=1000, max=1000, approximate=True, quote="Nearly 1,000 civilians remain trapped", credibility=3),
         ]),
    dict(key="hospital-2017-10-31", source="demo-hospital", title="(تجريبي) بيان مشفى البوكمال الميداني",
         published=date(2017, 10, 31), language="ar", text=HOSPITAL_TEXT,
         claims=[
             dict(key="hosp-killed", incident="strike-sousa-hospital", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=4, max=4, quote="جثامين أربعة مدنيين", credibility=2),
             dict(key="hosp-injured", incident="strike-sousa-hospital", category=Category.INJURED, group=VictimGroup.UNKNOWN,
                  min=8, max=8, quote="و8 جرحى", credibility=2),
         ]),
    dict(key="page-2017-10-30", source="demo-page", title="(تجريبي) منشور: سبعة شهداء في دير الزور",
         published=date(2017, 10, 30), language="ar", text=PAGE_TEXT, relays_report="horriya-2017-10-30",
         claims=[
             dict(key="p-killed-hamidiya", incident="strike-hamidiya", category=Category.KILLED, group=VictimGroup.CIVILIANS,
                  min=7, max=7, quote="استشهد سبعة مدنيين في مدينة دير الزور", credibility=6),
         ]),
]


def seed_text() -> str:
    return paths.resource("demo", SEED_FILE).read_text(encoding="utf-8")


def _find_place(session, name_ar: str, level: PlaceLevel) -> Place:
    place = session.scalars(select(Place).where(Place.name_ar == name_ar, Place.level == level)).first()
    if place is None:
        raise CasualtyDBError(f"the demo needs the place «{name_ar}» ({level}); the gazetteer lacks it")
    return place


def load_demo(database: Database) -> int:
    """Add the demo records this database lacks; returns how many records were added."""
    added = 0
    with database.transaction(context="demo data") as s:
        def new(model, key: str, **values) -> bool:
            nonlocal added
            if s.get(model, demo_id(key)) is not None:
                return False
            s.add(model(id=demo_id(key), **values))
            added += 1
            return True

        for src in SOURCES:
            values = {k: v for k, v in src.items() if k != "key"}
            new(Source, f"source:{src['key']}", **values)
        s.flush()
        for inc in INCIDENTS:
            iid = demo_id(f"incident:{inc['key']}")
            if new(Incident, f"incident:{inc['key']}", start_date=inc["start"], end_date=inc["start"],
                   date_precision=DatePrecision.DAY, event_type=inc["type"],
                   description_ar=inc["description_ar"], description_en=inc["description_en"]):
                for name, level, precision, primary in inc["places"]:
                    place = _find_place(s, name, level)
                    new(IncidentPlace, f"incident-place:{inc['key']}:{name}", incident_id=iid, place_id=place.id,
                        precision=precision, is_primary=primary)
                for slug, role in inc["actors"]:
                    if s.get(Actor, _actor_key(slug)) is not None:
                        new(IncidentActor, f"incident-actor:{inc['key']}:{slug}", incident_id=iid,
                            actor_id=_actor_key(slug), role=role)
        s.flush()
        for rep in REPORTS:
            text = rep["text"] if rep["text"] is not None else seed_text()
            rid = demo_id(f"report:{rep['key']}")
            new(Report, f"report:{rep['key']}", source_id=demo_id(f"source:{rep['source']}"), title=rep["title"],
                author=rep.get("author"), published_date=rep["published"], language=rep["language"], text=text,
                retrieved_at=_ts(2017, 10, 31),
                relays_report_id=demo_id(f"report:{rep['relays_report']}") if rep.get("relays_report") else None,
                notes=None if rep["source"] in ("horriya",) else FICTIONAL)
            s.flush()
            for c in rep["claims"]:
                start = text.find(c["quote"])
                new(Claim, f"claim:{c['key']}", report_id=rid, incident_id=demo_id(f"incident:{c['incident']}"),
                    category=c["category"], victim_group=c["group"], min=c["min"], max=c["max"],
                    approximate=c.get("approximate", False), quote=c["quote"],
                    span_start=start if start >= 0 else None, span_end=start + len(c["quote"]) if start >= 0 else None,
                    credibility=c["credibility"], stated_at=c.get("stated_at") or _ts(*rep["published"].timetuple()[:3]),
                    part_of_id=demo_id(f"claim:{c['part_of']}") if c.get("part_of") else None)
                s.flush()
        if added:  # the derived figures and conflict status the app and exports show
            refresh_incidents(session=s, incident_ids=[demo_id(f"incident:{inc['key']}") for inc in INCIDENTS])
    return added
