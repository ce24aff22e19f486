"""A page's whole view lives in the URL, so a teacher can share a link that opens the same view.

Each view parameter is declared once, as a `Param`: its URL key (also its session-state key),
its default, how a link's text is read (the parser) and the widget that shows it. Bounds that
depend on the loaded model or on the sentence (layers, heads, output length, tokens…) are given
when the widget is drawn, so they always come from the model:

    LAYER = Int("layer", "layer", low=1, widget="select")   # declared once
    layer = LAYER.show(column, high=runner.layers)          # restored, clamped, drawn, saved

`show` (1) restores the value the first time the session meets it: from the URL, replacing a bad
or out-of-range value with a visible note; (2) keeps it inside the bounds when they change (a
new model or sentence), silently; (3) draws the widget; (4) writes the value into the URL,
leaving defaults out so links stay short. URL values are ids (task names, attention kinds, tab
ids, indices), never translated labels, so a link made in Korean opens in English and back.
"""

from ui.params.base import LAST, Param, Tabs, restore
from ui.params.kinds import Choice, Flag, Float, Int, Ints, Text
from ui.params.matrix import Matrix, keep_in_link

__all__ = ["LAST", "Param", "Tabs", "restore", "Choice", "Flag", "Float", "Int", "Ints", "Text", "Matrix", "keep_in_link"]
