"""A project's own drawings (pictograms, avatars) are published: only plain shapes get through.

The allow-list keeps what a line drawing needs (shapes, paths, groups, gradients, transforms,
colours) and refuses everything else: scripts, event attributes, foreign objects, external or
`javascript:` references, embedded images, entities. Refused, not silently cleaned: the editor
learns which element to remove, and the published file is exactly what they drew.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from ..errors import Location, Problem
from ..i18n.console import N_, Msg

SVG_NS = "http://www.w3.org/2000/svg"
MAX_SVG_BYTES = 256 * 1024
ELEMENTS = {
    "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect",
    "title", "desc", "defs", "linearGradient", "radialGradient", "stop", "clipPath", "use",
}  # fmt: skip
ATTRIBUTES = {
    "id", "class", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
    "r", "rx", "ry", "d", "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke",
    "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
    "stroke-dashoffset", "stroke-opacity", "opacity", "color", "clip-path", "clip-rule",
    "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform",
    "preserveAspectRatio", "href", "version", "role", "aria-hidden", "aria-label",
    "vector-effect", "xmlns",
}  # fmt: skip
_LOCAL_REFERENCE = re.compile(r"^#[A-Za-z][\w.-]*$")
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)")


def _local_name(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def svg_problem(text: str, shown_as: str) -> Problem | None:
    """Why this SVG cannot be published, or None when it is a plain drawing."""
    where = Location(shown_as)

    def refuse(message: str, **values: str) -> Problem:
        return Problem(
            where,
            Msg(message, **values),
            Msg(
                N_(
                    "keep the drawing to plain shapes (path, circle, rect, g …) with no scripts, "
                    "links, images, styles or event attributes; save it as plain SVG"
                )
            ),
        )

    if len(text.encode("utf-8")) > MAX_SVG_BYTES:
        return refuse(N_("the drawing is larger than {size} KB"), size=str(MAX_SVG_BYTES // 1024))
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        return refuse(N_("the drawing declares a DOCTYPE or entities"))
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        return refuse(N_("the drawing is not well-formed XML ({error})"), error=str(error))
    if _local_name(root.tag) != (SVG_NS, "svg"):
        return refuse(N_("the file's outer element is not <svg> in the SVG namespace"))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions carry nothing that runs
        namespace, name = _local_name(element.tag)
        if namespace != SVG_NS or name not in ELEMENTS:
            return refuse(N_("the element <{name}> is not allowed in a drawing"), name=name)
        for raw_name, value in element.attrib.items():
            _, attribute = _local_name(raw_name)
            if attribute not in ATTRIBUTES:
                return refuse(
                    N_("the attribute '{attribute}' on <{name}> is not allowed"),
                    attribute=attribute,
                    name=name,
                )
            if attribute == "href" and not _LOCAL_REFERENCE.match(value.strip()):
                return refuse(
                    N_("<{name}> links to '{value}'; only #ids inside the drawing are allowed"),
                    name=name,
                    value=value,
                )
            for match in _URL.finditer(value):
                if not _LOCAL_REFERENCE.match(match.group(2).strip()):
                    return refuse(
                        N_("'{attribute}' on <{name}> refers outside the drawing"),
                        attribute=attribute,
                        name=name,
                    )
    return None
