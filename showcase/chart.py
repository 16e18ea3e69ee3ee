"""A horizontal bar chart drawn on the server as plain SVG geometry.

The template (components/showcase/region_chart.html) draws what ``bar_chart`` computes;
a table with the same numbers follows it for screen readers.
"""

from dataclasses import dataclass

WIDTH = 340
LABEL_HEIGHT = 18
BAR_HEIGHT = 16
ROW_GAP = 12
VALUE_SPACE = 80  # room right of the longest bar for its value label


@dataclass
class Bar:
    label: str
    value: int
    value_label: str
    count: int
    label_y: int
    bar_y: int
    width: float
    text_x: float
    text_y: int


def bar_chart(rows, value_label):
    """``rows``: [(label, value, count)]; ``value_label(value)`` formats a value.

    Returns the chart's height and its bars, the longest one filling the width.
    """
    largest = max((value for _label, value, _count in rows), default=0)
    room = WIDTH - VALUE_SPACE
    bars = []
    y = 0
    for label, value, count in rows:
        width = round(room * value / largest, 1) if largest else 0
        if value and width < 2:
            width = 2
        bar_y = y + LABEL_HEIGHT
        bars.append(
            Bar(
                label=label,
                value=value,
                value_label=value_label(value),
                count=count,
                label_y=y + 13,
                bar_y=bar_y,
                width=width,
                text_x=width + 6,
                text_y=bar_y + 12,
            )
        )
        y = bar_y + BAR_HEIGHT + ROW_GAP
    return {"width": WIDTH, "height": max(y - ROW_GAP, 1), "bars": bars}
