"""The Metrics tab: centrality and communities of the view's actors."""

from __future__ import annotations

from functools import partial

import streamlit as st

from explorer import actor_profile as prof
from explorer.render import words
from explorer.render.export import snapshot_filename
from explorer.ui import data, review
from explorer.ui.state import view_title


def metrics_tab(*, path, version, corpus, spec, view, lang) -> None:
    w = partial(words.widget, lang=lang)  # the tab's words in the label language
    review.precision_panel(corpus, lang)
    m = data.view_metrics(version, spec, view.graph)
    if m.empty:
        st.info(w("The view is empty."))
        return
    shown = m.assign(name=prof.display_names(m, lang),
                     kind=m["kind"].map(lambda k: prof.kind_label(k, lang))).drop(columns=["name_ar"])
    st.dataframe(shown, hide_index=True, key="metrics_table", column_config=words.columns(shown.columns, lang))
    st.download_button(w("Download metrics (CSV)"), m.to_csv(index=False).encode("utf-8"),
                       file_name=snapshot_filename(view.graph, "html", title=view_title(corpus, spec, lang), lang=lang)
                       .replace(".html", "-metrics.csv"), mime="text/csv", key="dl_metrics",
                       on_click="ignore")
    st.caption(w("{n} communities (Louvain, seed 0). To see them in the graph, choose “Colour by: community” in "
                            "the Graph tab (the palette's eight colours repeat after eight).")
               .format(n=m["community"].nunique()))
