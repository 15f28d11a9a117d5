"""Colour arithmetic for checking that label colours stay legible (WCAG contrast ratio)."""

from __future__ import annotations


def _channel(value: int) -> float:
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of '#rrggbb'."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two '#rrggbb' colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def darker_shade(hex_colour: str, background: str = "#ffffff", needed: float = 4.5) -> str:
    """The lightest shade of the same hue and saturation with `needed` contrast on `background`."""
    import colorsys

    red, green, blue = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    for step in range(round(lightness * 100), -1, -1):
        shade = colorsys.hls_to_rgb(hue, step / 100, saturation)
        candidate = "#" + "".join(f"{round(channel * 255):02x}" for channel in shade)
        if contrast_ratio(candidate, background) >= needed:
            return candidate
    return "#000000"
