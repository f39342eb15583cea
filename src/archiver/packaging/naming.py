"""Bag names: readable (agency, date, headline slug) and unique (a digest prefix)."""

from __future__ import annotations

import re
import unicodedata

from archiver.model import Article

_MAX_SLUG = 60
MAX_NAME = 100  # a bag name fits in any file system's name limit with room to spare


def slugify(text: str, limit: int = _MAX_SLUG) -> str:
    """ASCII, lower case, hyphen-separated, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug


def bag_name(article: Article) -> str:
    """`<agency>-<date>-<headline-slug>-<sha256[:12]>`, each part only where the article has it.

    The digest prefix makes two different sources never share a name, and the same source
    always get the same one, which is what lets a rerun find the bags it already made.
    """
    parts: list[str] = []
    dl = article.dateline
    if dl and dl.source:
        parts.append(slugify(dl.source, 20))
    if dl and dl.date:
        parts.append(dl.date)
    digest = article.source.sha256[:12]
    if article.headline:
        # the headline gets what the other parts leave of MAX_NAME
        room = MAX_NAME - sum(len(p) + 1 for p in parts if p) - len(digest) - 1
        parts.append(slugify(article.headline, min(_MAX_SLUG, room)))
    parts = _without_repeats([p for p in parts if p])
    if not parts:
        parts.append("article")
    parts.append(digest)
    return "-".join(parts)


def _without_repeats(parts: list[str]) -> list[str]:
    """Each word once: an agency that opens its own headline ("AP Photos: ...") is not named
    twice (ap-ap-photos-...). A date stays whole."""
    seen: set[str] = set()
    out = []
    for part in parts:
        words = [part] if re.fullmatch(r"\d{4}(-\d{2}){0,2}", part) else part.split("-")
        kept = []
        for word in words:
            if word not in seen:
                seen.add(word)
                kept.append(word)
        if kept:
            out.append("-".join(kept))
    return out
