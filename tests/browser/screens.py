"""The two screens the browser tests read pages on, as browser-context options: a
laptop's, and a phone's (touch, mobile viewport)."""

DESKTOP = {"viewport": {"width": 1366, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
SIZES = {"desktop": DESKTOP, "phone": PHONE}


def width(options: dict) -> int:
    """The viewport width of a screen's options: what a page must fit in."""
    return options["viewport"]["width"]
