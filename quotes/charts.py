"""The speaker page's pictures, drawn on the server as SVG: the numbers and positions
the templates write out. Pure Python (no queries): counts in, geometry out."""

import datetime
from dataclasses import dataclass

from django.utils.dates import MONTHS

WIDTH, HEIGHT = 720, 160  # the timeline's viewBox; it scales to the page's width
TOP, BOTTOM, LEFT = 16, 24, 32  # room for the peak's label, the years, the scale


@dataclass
class Bar:
    x: float
    width: float
    y: float
    height: float
    checked_y: float
    checked_height: float
    title: str  # "March 2025: 4 quotes, 1 checked"


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Timeline:
    bars: list[Bar]
    ticks: list[Tick]  # a year's label under its January (or the first month shown)
    peak: int
    summary: str  # the chart in words, for screen readers
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    baseline: int = HEIGHT - BOTTOM


def month_name(day: datetime.date) -> str:
    return f"{MONTHS[day.month]} {day.year}"


def timeline(months: dict[datetime.date, tuple[int, int]]) -> Timeline | None:
    """Bars for every month from the first to the last with quotes (empty months too,
    so time runs evenly); `months` maps a month's first day to (quotes, checked)."""
    if not months:
        return None
    first, last = min(months), max(months)
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    peak = max(n for n, _ in months.values())
    slot = (WIDTH - LEFT) / span
    scale = (HEIGHT - TOP - BOTTOM) / peak
    bars, ticks = [], []
    for i in range(span):
        year, month = divmod(first.month - 1 + i, 12)
        day = datetime.date(first.year + year, month + 1, 1)
        n, checked = months.get(day, (0, 0))
        x = LEFT + i * slot
        if day.month == 1 or i == 0:
            ticks.append(Tick(round(x, 1), str(day.year)))
        height, checked_height = n * scale, checked * scale
        words = f"{month_name(day)}: {n} quote{'s' if n != 1 else ''}"
        bars.append(
            Bar(
                x=round(x + slot * 0.1, 1),
                width=round(max(slot * 0.8, 1), 1),
                y=round(HEIGHT - BOTTOM - height, 1),
                height=round(height, 1),
                checked_y=round(HEIGHT - BOTTOM - checked_height, 1),
                checked_height=round(checked_height, 1),
                title=words + (f", {checked} checked" if checked else ""),
            )
        )
    busiest = max(months, key=lambda day: (months[day][0], day))
    total = sum(n for n, _ in months.values())
    summary = (
        f"{total} quote{'s' if total != 1 else ''} from {month_name(first)} to "
        f"{month_name(last)}; the most in {month_name(busiest)} ({peak})."
    )
    # Ticks closer than a label's width would overlap: keep every k-th year.
    step = max(1, round(36 / (slot * 12))) if span > 12 else 1
    ticks = [tick for n, tick in enumerate(ticks) if n % step == 0]
    return Timeline(bars, ticks, peak, summary)


@dataclass
class Share:
    x: float
    width: float
    colour: str
    title: str


def verdict_bar(rows: list[dict], width: int = 100) -> list[Share]:
    """The verdict rows (selectors.speakers.verdict_rows) as segments of one bar of
    `width` units, in the rows' order (best rating first)."""
    total = sum(row["n"] for row in rows)
    shares, x = [], 0.0
    for row in rows:
        part = width * row["n"] / total if total else 0
        title = f"{row['rating']}: {row['n']} of {total} ({row['share']}%)"
        shares.append(Share(round(x, 2), round(part, 2), row["colour"], title))
        x += part
    return shares
