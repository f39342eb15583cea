"""Hypothesis strategies for wire-article texts: a headline, maybe a byline, photo lines and a
dateline, around random Unicode paragraphs, with random line ends."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters a line of prose may hold: no controls (the reader refuses them as binary), no
# lone surrogates (not encodable).
prose_char = st.characters(blacklist_categories=("Cs", "Cc"))
words = st.text(alphabet=prose_char, min_size=1, max_size=12)
sentence = st.lists(words, min_size=1, max_size=20).map(" ".join)
dateline = st.builds(
    lambda place, date, agency, dash: f"{place}{date}{agency} {dash} ",
    st.sampled_from(
        ["SEOUL", "NEW YORK", "RIO DE JANEIRO", "OTTAWA, Ontario", "BUFFALO, N.Y.", "SÃO PAULO"]
    ),
    st.sampled_from(["", ", Nov. 19", ", March 3", ", 19 November", ", Feb. 30", ", Oct 20, 2009"]),
    st.sampled_from(["", " (UPI)", " (AP)", " (Reuters)", " (AFP)"]),
    st.sampled_from(["--", "-", "—", "–"]),
)
byline = st.one_of(
    st.just(""),
    st.builds(lambda a, b: f"By {a} {b}\n", st.sampled_from(["Ann", "José", "Kim", "李"]), words),
)
photo = st.one_of(
    st.just(""),
    st.builds(lambda c: f"{c} Photo by Jane Roe/UPI\n", sentence),
    st.builds(lambda c: f"1 of 3 | {c} (AP Photo/Jo Lee) | License Photo\n", sentence),
)
article = st.builds(
    lambda head, by, ph, dl, paras, nl: (f"{head}\n\n{by}{ph}\n{dl}" + "\n\n".join(paras)).replace(
        "\n", nl
    ),
    sentence,
    byline,
    photo,
    st.one_of(st.just(""), dateline),
    st.lists(sentence, min_size=0, max_size=6),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
