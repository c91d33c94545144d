"""Personal names: Arabic normalisation, Latin transliterations, and the chain of a name
(given, father, grandfather, family) that matching compares. No Qt, no database."""

from .parse import ParsedName, Token, from_parts, parse_name
from .skeleton import skeleton

__all__ = ["ParsedName", "Token", "from_parts", "parse_name", "skeleton"]
