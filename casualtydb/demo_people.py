"""Named victims for the demo (issue 15): fictional persons, every one of them invented for the
demo, named by the demo's reports of the al-Sousa and al-Hamidiya strikes, in Arabic and in
English, with the variations real lists have (the family article, spellings, a missing father,
an age a year off), so that the People list, a person's page, matching and names against figures
have something to show. The hospital's report names five dead where it counted four: more names
than figures, a conflict of its own.

Not part of `load_demo` (the demo's figures, tests and exports stay as they were); the
screenshots and the interface's tests add it with `load_demo_people`. Loading twice adds nothing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .demo import _find_place, demo_id
from .models import AgeGroup, CivilianStatus, Fate, Mention, Person, PlaceLevel, Sex

if TYPE_CHECKING:
    from .db import Database

FICTIONAL_PERSON = "Fictional person invented for the casualtydb demo. شخص تخيّلي للعرض فقط."

DAY = date(2017, 10, 30)
SOUSA = ("السوسة", PlaceLevel.COMMUNITY)
HAMIDIYA = ("الحميدية", PlaceLevel.NEIGHBOURHOOD)

# key, report, incident, name as written, sex, age, fate, place
MENTIONS: list[tuple[str, str, str, str, Sex | None, int | None, Fate, tuple[str, PlaceLevel]]] = [
    # The Horriya report of the al-Sousa strike (Arabic)
    ("h-khaled", "horriya-2017-10-30", "strike-sousa", "خالد حسين العبدالله", Sex.MALE, 44, Fate.KILLED, SOUSA),
    ("h-fatima", "horriya-2017-10-30", "strike-sousa", "فاطمة علي الحمد", Sex.FEMALE, 38, Fate.KILLED, SOUSA),
    ("h-omar", "horriya-2017-10-30", "strike-sousa", "الطفل عمر خالد العبد الله (9 أعوام)", Sex.MALE, 9, Fate.KILLED,
     SOUSA),
    # The monitor's English list of the same strike
    ("m-khaled", "monitor-2017-10-31", "strike-sousa", "Khaled Hussein al-Abdullah", Sex.MALE, 45, Fate.KILLED, SOUSA),
    ("m-fatima", "monitor-2017-10-31", "strike-sousa", "Fatima Ali Al-Hamad", Sex.FEMALE, None, Fate.KILLED, SOUSA),
    ("m-omar", "monitor-2017-10-31", "strike-sousa", "Omar Khaled al-Abdullah", Sex.MALE, 9, Fate.KILLED, SOUSA),
    ("m-maryam", "monitor-2017-10-31", "strike-sousa", "Maryam Khaled al-Abdullah", Sex.FEMALE, 7, Fate.KILLED,
     SOUSA),
    # The field hospital's names (the strike entered a second time): five names, four dead counted
    ("p-khaled", "hospital-2017-10-31", "strike-sousa-hospital", "خالد العبدالله", Sex.MALE, 44, Fate.KILLED, SOUSA),
    ("p-fatima", "hospital-2017-10-31", "strike-sousa-hospital", "فاطمه علي الحمد", Sex.FEMALE, 38, Fate.KILLED,
     SOUSA),
    ("p-omar", "hospital-2017-10-31", "strike-sousa-hospital", "عمر خالد عبدالله", Sex.MALE, 10, Fate.KILLED, SOUSA),
    ("p-maryam", "hospital-2017-10-31", "strike-sousa-hospital", "الطفلة مريم خالد العبدالله", Sex.FEMALE, 7,
     Fate.KILLED, SOUSA),
    ("p-suad", "hospital-2017-10-31", "strike-sousa-hospital", "سعاد حسين العبدالله", Sex.FEMALE, 51, Fate.KILLED,
     SOUSA),
    # al-Hamidiya: the network's two children, the page's named dead, the monitor's injured
    ("n-yusuf", "network-2017-10-30", "strike-hamidiya", "الطفل يوسف محمود الدرويش (11 عاماً)", Sex.MALE, 11,
     Fate.KILLED, HAMIDIYA),
    ("n-rahaf", "network-2017-10-30", "strike-hamidiya", "الطفلة رهف محمود الدرويش", Sex.FEMALE, 6, Fate.KILLED,
     HAMIDIYA),
    ("g-ahmad", "page-2017-10-30", "strike-hamidiya", "الشهيد أحمد عبد الرحمن السالم", Sex.MALE, 33, Fate.KILLED,
     HAMIDIYA),
    ("g-yusuf", "page-2017-10-30", "strike-hamidiya", "يوسف محمود درويش", Sex.MALE, 12, Fate.KILLED, HAMIDIYA),
    ("m-ahmad", "monitor-2017-10-31", "strike-hamidiya", "Ahmad Abdulrahman al-Salem", Sex.MALE, 33, Fate.KILLED,
     HAMIDIYA),
    ("m-yasser", "monitor-2017-10-31", "strike-hamidiya", "Yasser Saleh al-Omar", Sex.MALE, 27, Fate.INJURED,
     HAMIDIYA),
]

REPORT_SOURCES = {"horriya-2017-10-30": "horriya", "monitor-2017-10-31": "demo-monitor",
                  "hospital-2017-10-31": "demo-hospital", "network-2017-10-30": "demo-network",
                  "page-2017-10-30": "demo-page"}


def load_demo_people(database: Database) -> int:
    """Add the demo's fictional named victims (each mention its own person, as after an import);
    returns how many mentions were added. Needs the demo (`load_demo`) first."""
    added = 0
    with database.transaction(context="demo people") as s:
        places: dict[tuple[str, PlaceLevel], Any] = {}
        for key, report, incident, name, sex, age, fate, where in MENTIONS:
            if s.get(Mention, demo_id(f"mention:{key}")) is not None:
                continue
            if where not in places:
                places[where] = _find_place(s, *where).id
            person = Person(id=demo_id(f"person:{key}"), display_name=name, notes=FICTIONAL_PERSON)
            s.add(person)
            s.flush()
            s.add(Mention(
                id=demo_id(f"mention:{key}"), person_id=person.id, name=name, sex=sex, age=age,
                age_group=None if age is None else AgeGroup.CHILD if age < 18 else AgeGroup.ADULT,
                status=CivilianStatus.CIVILIAN, fate=fate, fate_date=DAY, place_id=places[where],
                place_text=where[0], incident_id=demo_id(f"incident:{incident}"), report_id=demo_id(f"report:{report}"),
                source_id=demo_id(f"source:{REPORT_SOURCES[report]}"), external_id=f"demo-{key}",
                notes=FICTIONAL_PERSON))
            added += 1
    return added
