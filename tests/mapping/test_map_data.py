"""The map's data without Qt: projection, outlines, incidents per point with the list's filters and
figures, places without coordinates drawn at their ancestors, clustering, the PNG picture."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import select

from casualtydb.demo import demo_id
from casualtydb.mapping import style
from casualtydb.mapping.boundaries import Bounds, country_bounds, map_bounds, outlines
from casualtydb.mapping.points import map_data, marker_radius, point_incidents
from casualtydb.mapping.projection import Projection
from casualtydb.mapping.render import LegendText, render_png
from casualtydb.models import (
    Category,
    ConflictStatus,
    Grade,
    Incident,
    IncidentFigure,
    IncidentPlace,
    Place,
    VictimGroup,
)
from casualtydb.queries.incidents import IncidentFilters

HAMIDIYA = demo_id("incident:strike-hamidiya")
SOUSA = demo_id("incident:strike-sousa")
SIEGE = demo_id("incident:siege-deir-ez-zor")
HOSPITAL = demo_id("incident:strike-sousa-hospital")


def test_projection_is_north_up_west_left_and_round_trips():
    proj = Projection.fit(Bounds(35.0, 32.0, 43.0, 37.5), 800, 600)
    west, east = proj.to_xy(35.5, 34.0), proj.to_xy(42.0, 34.0)
    north, south = proj.to_xy(38.0, 37.0), proj.to_xy(38.0, 33.0)
    assert west[0] < east[0] and north[1] < south[1]
    for lon, lat in ((35.0, 32.0), (43.0, 37.5), (39.98, 35.28)):
        x, y = proj.to_xy(lon, lat)
        assert 0 <= x <= 800 and 0 <= y <= 600
        assert proj.to_lonlat(x, y) == pytest.approx((lon, lat))
    # a degree of longitude is cos(latitude) of a degree of latitude on the map
    dx = proj.to_xy(36.0, 34.75)[0] - proj.to_xy(35.0, 34.75)[0]
    dy = proj.to_xy(35.0, 33.75)[1] - proj.to_xy(35.0, 34.75)[1]
    assert dx / dy == pytest.approx(0.821, abs=0.002)
    with pytest.raises(ValueError):
        Projection.fit(Bounds(35, 32, 43, 37), 0, 10)


def test_outlines_are_syria_s_fourteen_governorates_with_gazetteer_p_codes(db):
    shipped = outlines()
    codes = [o.pcode for o in shipped if o.pcode]
    assert codes == [f"SY{i:02d}" for i in range(1, 15)]
    with db.session() as s:
        names = dict(s.execute(select(Place.pcode, Place.name_ar).where(Place.level == "governorate")).all())
    assert {o.pcode: o.name_ar for o in shipped if o.pcode} == names
    b = country_bounds()
    assert 35.5 < b.west < 36.0 and 42.0 < b.east < 42.5 and 32.2 < b.south < 32.5 and 37.2 < b.north < 37.5
    m = map_bounds()
    assert m.west < b.west and m.north > b.north


def test_demo_incidents_aggregated_per_point(demo_db):
    with demo_db.session() as s:
        data = map_data(s, lang="en")
        susat = s.scalars(select(Place).where(Place.pcode == "SY090203")).one()
    assert data.incidents == 4 and data.unplaced == 0
    by_name = {p.name: p for p in data.points}
    # As-Susah village has no coordinates: its two strikes are drawn at its sub-district, Susat
    sousa = by_name["Susat"]
    assert (sousa.lon, sousa.lat) == (susat.longitude, susat.latitude)
    assert sousa.incidents == 2 and sousa.incident_id is None
    # killed: the list's figure per incident (largest claimed until figures are derived), summed
    assert sousa.killed == 6 + 4
    assert data.max_killed == 10
    assert data.points[0] is sousa  # largest first


def test_derived_best_replaces_the_claimed_figure_and_status_is_the_most_urgent(demo_db):
    with demo_db.transaction() as s:
        figures = {(f.incident_id, f.category, f.victim_group): f for f in s.scalars(select(IncidentFigure))}
        figures[(SOUSA, Category.KILLED, VictimGroup.CIVILIANS)].best = 3  # an auditor's lower best
        for (iid, _cat, _group), f in figures.items():
            if iid == HOSPITAL:
                f.status = ConflictStatus.CORROBORATED
    with demo_db.session() as s:
        point = next(p for p in map_data(s, lang="en").points if p.name == "Susat")
    assert point.killed == 3 + 4  # the children's 3 is no larger than the civilians' 3
    assert point.status == ConflictStatus.CONFLICTING
    assert point.statuses == {ConflictStatus.CONFLICTING: 1, ConflictStatus.CORROBORATED: 1}


def test_the_list_s_filters_decide_which_incidents_are_drawn(demo_db):
    with demo_db.session() as s:
        only_30th = map_data(s, IncidentFilters(date_from=date(2017, 10, 30)), lang="en")
        siege = map_data(s, IncidentFilters(event_type="siege"), lang="en")
        nothing = map_data(s, IncidentFilters(grade=Grade.CONFIRMED), lang="en")
    assert only_30th.incidents == 3
    assert {p.name: p.incidents for p in only_30th.points} == {"Susat": 2, "Deir-ez-Zor": 1}
    single = next(p for p in only_30th.points if p.incidents == 1)
    assert single.incident_id == HAMIDIYA and single.event_type is not None
    assert [(p.incident_id, p.killed) for p in siege.points] == [(SIEGE, 0)]
    assert nothing.points == [] and nothing.max_killed == 0


def test_places_without_coordinates_anywhere_are_counted_not_drawn(demo_db):
    with demo_db.transaction() as s:
        for p in s.scalars(select(Place)):
            p.latitude = p.longitude = None
    with demo_db.session() as s:
        data = map_data(s)
    assert data.points == [] and data.unplaced == 4


def test_same_point_places_are_one_marker_and_grade_ties_go_to_the_weaker(demo_db):
    with demo_db.transaction() as s:
        susat = s.scalars(select(Place).where(Place.pcode == "SY090203")).one()
        # a second village without coordinates under Susat, with an incident of its own
        village = Place(id=uuid.uuid4(), parent_id=susat.id, level="community", name_ar="قرية تجريبية",
                        name_en="Test village", path="")
        s.add(village)
        s.flush()
        village.path = f"{susat.path}{village.id.hex}/"
        inc = Incident(id=uuid.uuid4(), start_date=date(2017, 11, 2), date_precision="day", event_type="shelling",
                       grade=Grade.CONFIRMED)
        s.add(inc)
        s.flush()
        s.add(IncidentPlace(incident_id=inc.id, place_id=village.id, precision="town", is_primary=True))
        s.get(Incident, SOUSA).grade = Grade.WEAK
    with demo_db.session() as s:
        data = map_data(s, lang="en")
        point = next(p for p in data.points if p.name == "Susat")
        listed, total = point_incidents(s, point, lang="en")
    assert point.incidents == 3 and len(point.place_ids) == 2
    # one confirmed, one weak, one ungraded: no majority, the weakest evidence shows
    assert point.grade == Grade.WEAK
    assert total == 3 and [i.start_date for i in listed] == sorted((i.start_date for i in listed), reverse=True)
    assert {i.place for i in listed} == {"As-Susah", "Test village"}
    assert point.last_date == date(2017, 11, 2)


def test_marker_radius_grows_with_the_square_root():
    assert marker_radius(0, 100) == marker_radius(5, 0) == 4.0
    assert marker_radius(100, 100) == 26.0
    quarter = marker_radius(25, 100)
    assert quarter == pytest.approx(4.0 + 22.0 * 0.5)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_png_picture_draws_markers_in_their_colour_with_the_legend_mirrored(demo_db, lang):
    with demo_db.session() as s:
        data = map_data(s, lang=lang)
    text = LegendText(title="T", entries=[("a", "#123456")], size_note="size", footer="footer")
    png = render_png(data, text, lang=lang, width=600, height=400)
    img = Image.open(io.BytesIO(png))
    assert img.format == "PNG" and img.size == (600, 400)
    legend_side = img.crop((0, 0, 150, 400)) if lang == "ar" else img.crop((450, 0, 600, 400))
    assert legend_side.getpixel((140 if lang == "ar" else 10, 390)) == (255, 255, 255)  # the white panel
    red = tuple(int(style.STATUS_COLOURS[ConflictStatus.CONFLICTING][i:i + 2], 16) for i in (1, 3, 5))
    assert sum(1 for px in img.get_flattened_data() if px == red) > 50  # the demo's conflicting incidents
    by_grade = Image.open(io.BytesIO(render_png(data, text, lang=lang, colour_by="grade", width=600, height=400)))
    assert red not in set(by_grade.get_flattened_data())


def test_an_incident_with_two_primary_places_or_none_is_drawn_once(demo_db):
    with demo_db.transaction() as s:
        links = s.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == SIEGE)).all()
        for link in links:
            link.is_primary = False  # none: its first place is used
        susat = s.scalars(select(Place).where(Place.pcode == "SY090203")).one()
        s.add(IncidentPlace(incident_id=HAMIDIYA, place_id=susat.id, precision="town", is_primary=True))
        assert sum(1 for link in s.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == HAMIDIYA))
                   if link.is_primary) == 2
    with demo_db.session() as s:
        data = map_data(s, lang="en")
    assert data.incidents == 4 and data.unplaced == 0
