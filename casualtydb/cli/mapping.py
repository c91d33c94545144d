"""`map OUT.png`: the incident map as a picture (the one the workbook's Summary sheet carries),
for the same filters as `export`, or the incident list's type, status and grade."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ValidationError
from .common import open_db
from .exchange import parse_period


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("map", help="draw the incidents on the map of the governorates as a PNG picture")
    p.add_argument("out", metavar="OUT.png", help="the picture to write")
    p.add_argument("--lang", choices=["ar", "en"], default="ar", help="language of names and legend (default ar)")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=lambda s: parse_period(s, end=False),
                   help="incidents ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=lambda s: parse_period(s, end=True),
                   help="incidents starting on or before DATE")
    p.add_argument("--place", metavar="PCODE_OR_NAME", help="only incidents inside this place (P-code or name)")
    p.add_argument("--colour", choices=["status", "grade"], default="status",
                   help="what the markers' colours show (default status)")
    p.add_argument("--size", metavar="WxH", default="1000x640", help="pixels (default 1000x640)")
    p.set_defaults(func=cmd_map)


def cmd_map(args: argparse.Namespace) -> int:
    from ..io.gazetteer import PlaceIndex, place_error  # noqa: PLC0415
    from ..io.xlsx_map import map_picture  # noqa: PLC0415
    from ..queries.incidents import IncidentFilters  # noqa: PLC0415

    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise ValidationError(f"the picture must end in .png: {out.name}", field="out")
    if not out.parent.is_dir():
        raise ValidationError(f"folder does not exist: {out.parent}", field="out")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise ValidationError(f"--size {args.size!r}: give pixels as WIDTHxHEIGHT, e.g. 1000x640",
                              field="size") from None
    if not (400 <= width <= 6000 and 300 <= height <= 6000):
        raise ValidationError(f"--size {args.size}: between 400x300 and 6000x6000 pixels", field="size")
    db = open_db(args)
    with db.session() as s:
        place_id = None
        if args.place:
            try:
                place_id = PlaceIndex.load(s).resolve(args.place, coarsest=True).id
            except ValueError as exc:
                raise ValidationError(place_error(exc), field="place") from None
        filters = IncidentFilters(date_from=args.date_from, date_to=args.date_to, place_id=place_id)
        png, data = map_picture(s, args.lang, filters, colour_by=args.colour, width=width, height=height)
    out.write_bytes(png)
    def count(n: int, what: str) -> str:
        return f"{n:,} {what}{'' if n == 1 else 's'}"

    print(f"wrote {out}: {count(data.incidents, 'incident')} at {count(len(data.points), 'point')}"
          + (f", {data.unplaced:,} more without a place that has coordinates" if data.unplaced else ""))
    return 0
