"""A story as a phone shows it or a messenger carries it: the marks and lines the app writes
around the article, read past.

A messenger's forward ("Forwarded many times", WhatsApp's *bold* and _italic_ marks around a
whole line, an emoji before a channel's headline, "via @channel" under a Telegram post, its view
count "👁 12.3K 14:02"), a social network's post around a shared link ("NAME • 2nd", "3d •
Edited • 🌐", the link's card "BBC.CO.UK / <title>"), a news app's or an AMP page's own lines
("Shared from Apple News", "Go to the full site", "Open in News") and a screen reader's
transcript of a page ("Heading level 1, <title>", "Link, By ...", "Button, Share") are no
words the story printed. Each is recognised on its own shape (an app's line whole, a mark
around or before the line's words, two of a screen reader's role names opening lines), and
only changes how the lines are read: the marks are taken off the line's text, the app's own
lines are flagged as the wrapper's.
"""

from __future__ import annotations

import re

# Pictographs, dingbats, arrows and symbols a phone's keyboard writes as emoji, with the
# joiners and selectors that build them (a flag is two regional indicators, in the first range).
_EMOJI_CHARS = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2190-\u21ff"
    "\u25a0-\u25ff\ufe0f\u200d\u20e3"
)
_LEADING_EMOJI = re.compile(rf"^[{_EMOJI_CHARS}]+\s*(?=[^\s{_EMOJI_CHARS}])")
_TRAILING_EMOJI = re.compile(rf"(?<=[^\s{_EMOJI_CHARS}])\s*[{_EMOJI_CHARS}]+$")
# A line of reactions and their count ("👍😢 2.4K"): an emoji at least, no word.
_ONLY_EMOJI = re.compile(rf"^(?=.*[{_EMOJI_CHARS}])[{_EMOJI_CHARS}\s\d.,KkMm]*$")
# WhatsApp's marks around a whole line: *bold*, _italic_, ~struck~ (a line in one of them is
# the forward's own styling, never the story's punctuation).
# (doubled, "**bold**", as Telegram's and Discord's Markdown writes it)
_WHOLE_MARK = re.compile(r"^(\*\*|__|[*_~])(?=[^\s*_~])(.+?)(?<=[^\s*_~])\1$")
# The same marks around a run of words inside a line: "_New Delhi, Feb 29 (PTI)_ The Union
# Cabinet ...", read only where whole lines show the messenger's styling.
_INLINE_MARK = re.compile(r"(?<![\w*_~])([*_~])(?=[^\s*_~])([^*_~]+?)(?<=[^\s*_~])\1(?![\w*_~])")
# A line any of the marks above could be taken off: a mark or an emoji at its start, an emoji
# at its end (each pattern above is anchored there). A line with neither is as it stands, so
# the per-line patterns are skipped for it (most of a forward's lines, every line of a story).
_MARK_AT_START = re.compile(rf"^[*_~{_EMOJI_CHARS}]")
_MARK_AT_EDGE = re.compile(rf"^[*_~{_EMOJI_CHARS}]|[{_EMOJI_CHARS}]$")
# Any of those marks or emoji anywhere: asked once of a capture's whole text, a text with none
# has no line the per-line tests above could take a mark off (each needs one of them), so
# they are skipped for every line (read_capture reads a long page again for each trial join
# of its head: thousands of lines, each asked a pattern that found nothing).
_ANY_MARK = re.compile(rf"[*_~{_EMOJI_CHARS}]")

# A post's header time under the poster's name ("2h · 🌍", "3d • Edited • 🌐").
_POST_TIME_TEXT = rf"\d{{1,2}}\s?[smhdw]\s*[•·](?:\s*edited\s*[•·])?\s*[{_EMOJI_CHARS}]+"
# A channel's pinned post or its count of followers: "12 340 subscribers", "Pinned message".
_CHANNEL_TEXT = r"pinned message|[\d.,\s]+[kKmM]?\s+(?:subscribers|members|followers)"

# An app's or a messenger's own line, whole.
_APP_LINE = re.compile(
    r"^(?:forwarded(?: many times)?|"
    # Telegram's header over a post forwarded from a channel: "Forwarded from Times of Malta"
    r"forwarded from [^:\s]+(?:\s+[^:\s]+){0,5}|"
    # a phone's share sheet, a news app's, a gift link's: "Shared from Apple News", "Shared
    # from the BBC News App", "Shared by Priya Nair"
    r"shared (?:from|via|by) .{2,60}|"
    # an AMP page's or a news app's bar: "Go to the full site", "Open in News", "Get Apple News"
    r"go to (?:the )?full (?:site|article|story)|open in (?:the )?(?:app|news|browser)|"
    r"get apple news|view (?:the )?full (?:site|article)|"
    # a read-later app's link back to the page it saved (Pocket's, Instapaper's)
    r"view original(?: article| page| story)?|"
    # a gift link's note to its reader: "This article is free to read for you."
    r"this (?:article|story) is free (?:to read )?for you\.?|"
    # a channel's pinned post and its count of followers: "12 340 subscribers"
    rf"{_CHANNEL_TEXT}|"
    # Telegram Desktop's header over each message it copies, the sender's or the channel's
    # name and the time in brackets: "Arctic Shipping Monitor, [11.07.2024 14:05]"
    r".{1,60},\s\[\d{1,2}\.\d{1,2}\.\d{4}\s\d{1,2}:\d{2}(?::\d{2})?\]|"
    # a post's credit to the channel it came from: "via @worldwirelive"
    r"(?:via|from|source:?)\s+@\w{2,40}|"
    # a Telegram post's view count and time: "👁 12.3K  edited 14:02"
    r"👁\s*[\d.,]+[kKmM]?(?:\s+(?:edited\s+)?\d{1,2}:\d{2})?|"
    # a social network's post header: "NAME • 2nd", "3d • Edited • 🌐", "2h · 🌍"
    r".{2,60}\s[•·]\s(?:1st|2nd|3rd\+?)|"
    rf"{_POST_TIME_TEXT}|"
    # a social network's line over a shared link: "Gwen Pryce-Morgan shared a link."
    r".{2,60}\sshared an? (?:link|post|article|story)\.?|"
    # hashtags alone: "#BREAKING", "#trade #EU #China"
    r"(?:#\w+\s*)+|"
    # a post's counts under it: "612 comments 389 shares", "23 comments"
    r"[\d.,]+[kKmM]?\s+comments?(?:\s*[·•]?\s*[\d.,]+[kKmM]?\s+(?:shares?|reposts?))?|"
    # a curating app's note on who saved the story where ("Flipped into Urban Futures by
    # Jane Roe", Flipboard's) and its link to the publisher's page ("Read on example.com")
    r"flipped into .{2,80}|read (?:it |more |the full (?:article|story) )?on (?:[\w-]+\.)+[a-z]{2,6}|"
    # the row of a post's buttons under it: "Like · Comment · Flip", "Like Comment Share"
    r"like\s*[·•]?\s*comment(?:\s*[·•]?\s*(?:share|flip|repost|send))*|"
    # a feed reader's board over a saved item and its links under it (Feedly's "Feedly —
    # Saved for later", "Visit Website", "Read more from <feed>")
    r"feedly(?:\s*[—–|-]\s*.{2,40})?|saved for later|visit website|read more from .{2,60}|"
    # the copy-link button's words and its toast
    r"copy link|link copied|copied)$",
    re.IGNORECASE,
)
# A message's header in a chat WhatsApp exports or copies, before the message's words:
# "[09:41, 22/08/2022] Ramesh Uncle: " (a copy), "[22/08/2022, 09:41:12] Ramesh: " (iOS's
# export), "22/08/2022, 09:41 - Ramesh: " (Android's export); the time may be "7:58 am".
_CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
_CHAT_DAY = r"\d{1,2}/\d{1,2}/\d{2,4}"
_CHAT_EXPORT = re.compile(
    rf"^(?:\[(?:{_CHAT_TIME},\s*{_CHAT_DAY}|{_CHAT_DAY},\s*{_CHAT_TIME})\]\s*"
    rf"|{_CHAT_DAY},\s*{_CHAT_TIME}\s+-\s+)(?P<sender>[^:\n]{{1,40}}):\s+",
    re.IGNORECASE,
)
# A message's time under it, alone on the chat's last line: "9:47 pm", "18:04".
_MESSAGE_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?$", re.IGNORECASE)
# A sender's line pointing at the story under it: "Worth a read for anyone ... 👇"
_POINTS_DOWN = re.compile(r"(?:👇|⬇️?|🔽)\s*$")
# The header a social post's card prints over the linked story's title: its site's address in
# capitals, "BBC.CO.UK", "ALJAZEERA.COM".
_CARD_SITE = re.compile(r"^(?:[A-Z0-9-]+\.)+[A-Z]{2,6}$")
# A bare site address on its own line: "hindustantimes.com", "timesofindia.indiatimes.com".
_SITE = re.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:\s+[•·]\s+\d+\s+min read)?$")
_LINK = re.compile(r"^<?https?://\S+>?$")
_POST_TIME = re.compile(rf"^{_POST_TIME_TEXT}$", re.IGNORECASE)
# A channel's name over its count or its pinned post: the line over such a line.
_CHANNEL_MARK = re.compile(rf"^(?:{_CHANNEL_TEXT})$", re.IGNORECASE)
# A share line: the publisher's name an app prints over the title may follow it.
_SHARED = re.compile(r"^shared (?:from|via) ", re.IGNORECASE)
# A feed reader's header over a saved item: the feed's name follows it, over the title.
_FEED_READER = re.compile(r"^feedly(?:\s*[—–|-]\s*.{2,40})?$", re.IGNORECASE)
# A feed's name: a few words, no sentence.
_FEED_NAME_WORDS = 6
# A feed's name in the reader's capitals may carry its channel's whole tagline ("AL JAZEERA –
# BREAKING NEWS, WORLD NEWS AND VIDEO FROM AL JAZEERA"): this many words at most.
_FEED_CAPS_WORDS = 14
# A feed reader's view over the items, alone on its line ("Today", "All articles", "Saved").
_READER_VIEW = re.compile(
    r"^(?:today|all(?:\s+(?:articles|items))?|saved|read later|unread)$", re.I
)


def _reader_feed_name(line: str, caps: bool = False) -> bool:
    """A feed's name as a reader prints it over an item: a few words, no sentence's end; with
    `caps`, a longer one wholly in capitals (its channel's title and tagline)."""
    if line.rstrip().endswith((".", "!", "?")):
        return False
    words = len(line.split())
    return words <= _FEED_NAME_WORDS or (caps and line.isupper() and words <= _FEED_CAPS_WORDS)


# An AMP page's first line.
_AMP = re.compile(r"^amp$", re.IGNORECASE)

# A screen reader's role names opening a line: "Heading level 1, ", "Link, ", "Button, ".
_ROLE = re.compile(
    r"^(?:heading level [1-6]|heading|link|visited link|button|image|graphic|list item|"
    r"banner|navigation|region|landmark)\s*,\s+",
    re.IGNORECASE,
)
_H1 = re.compile(r"^heading level 1\s*,\s+", re.IGNORECASE)
# A screen reader's lines that are its own, whole: "List, 3 items", "End of list", "Button, Share".
_ROLE_LINE = re.compile(
    r"^(?:list, \d+ items?|end of list|button, .{1,60}|navigation|banner|main|"
    r"end of (?:navigation|banner|region|main))$",
    re.IGNORECASE,
)
# Two role names at least, in the head: a screen reader's transcript.
_ROLES_MIN = 2
_HEAD = 30
_PROSE_WORDS = 20
# How far down the app's header lines are looked for (its footer: the last lines).
_TOP = 12
_TAIL = 6


# A work chat's message header, as a copy of the channel keeps it: Slack's sender and time
# ("Jane Roe  10:42 AM"), Teams' time in brackets and the sender after it ("[Tuesday 9:18 AM]
# Roe, Jane", "[3/4 9:18 AM] Jane Roe").
_CHAT_CLOCK = r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?"
_SLACK_HEADER = re.compile(
    rf"^(?!(?i:by|from|updated|posted|published)\s)"
    rf"[A-Z][\w'’.-]+(?:,? [A-Z][\w'’.-]+){{0,3}}\s+\[?{_CHAT_CLOCK}\]?$"
)
_TEAMS_HEADER = re.compile(
    rf"^\[(?:(?:[A-Z][a-z]+day|Yesterday|Today|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?),? )?{_CHAT_CLOCK}\]"
    r"\s+[A-Z][\w'’.-]+(?:,? [A-Z][\w'’.-]+){0,3}$"
)
# A thread's count of replies under its first message ("3 replies  Last reply today at 10:51
# AM"), a chat's own line.
_THREAD_LINE = re.compile(
    r"^\d{1,4} repl(?:y|ies)(?:\s+(?:Last reply|View thread)\b.{0,40})?$", re.IGNORECASE
)
# A sender's own words over the text they paste: a short line that ends in a colon or opens
# in lower case ("pasting the full text here for the archive:", "text below for the file").
_NOTE_WORDS = 16
# The replies after the pasted story: short messages, no paragraph of prose.
_REPLY_WORDS = 12


def _chat_header(line: str) -> bool:
    return bool(_SLACK_HEADER.match(line) or _TEAMS_HEADER.match(line))


def _chat_lines(lines: list[str], wrapper: list[bool], why: dict[int, str]) -> bool:
    """A story pasted into a work chat (Slack, Teams): the copy opens on a message's header
    (the sender and the time) and a second header or a link follows it. The headers, the
    link's preview the chat unfurled under it (the site, the page's title, its summary), the
    thread's count of replies, the sender's note over the pasted text and the short replies
    after it are the chat's, not the story's; the story is the pasted text."""
    rows = _text_rows(lines)
    if not rows or not _chat_header(lines[rows[0]]):
        return False
    headers = [i for i in rows if _chat_header(lines[i])]
    if len(headers) < 2 and not (len(rows) > 1 and _LINK.match(lines[rows[1]])):
        return False

    def flag(i: int, reason: str) -> None:
        wrapper[i] = True
        why[i] = reason

    prose = [i for i in rows if len(lines[i].split()) > _PROSE_WORDS]
    for n, h in enumerate(headers):
        flag(h, "a work chat's message header (its sender and time)")
        end = headers[n + 1] if n + 1 < len(headers) else len(lines)
        message = [i for i in rows if h < i < end]
        if not message:
            continue
        first = message[0]
        if _LINK.match(lines[first]):
            # the link and the preview the chat unfurled under it, to the first blank line
            k = first
            while k < end and lines[k]:
                flag(k, "a work chat's link and the preview it unfurled")
                k += 1
        elif len(lines[first].split()) <= _NOTE_WORDS and (
            lines[first].endswith(":") or lines[first][:1].islower()
        ):
            flag(first, "the sender's note over the text they pasted")
        if prose and h > prose[-1] and all(len(lines[i].split()) <= _REPLY_WORDS for i in message):
            for i in message:
                flag(i, "a reply in the chat after the pasted story")
    for i in rows:
        if _THREAD_LINE.match(lines[i]):
            flag(i, "a chat thread's count of replies")
    return True


def _has_marks(text: str) -> bool:
    """_ANY_MARK is in `text` (every emoji it lists is past ASCII: an ASCII text holds a mark
    only as one of the three ASCII marks, looked for as such)."""
    if text.isascii():
        return "*" in text or "_" in text or "~" in text
    return _ANY_MARK.search(text) is not None


def _strip_marks(line: str) -> str:
    """A line's words with a messenger's marks taken off: emoji before or after them, and a
    *bold* or _italic_ pair around them all."""
    if not line or _MARK_AT_EDGE.search(line) is None:
        return line
    if m := _WHOLE_MARK.match(line):
        line = m.group(2).strip()
    line = _LEADING_EMOJI.sub("", line)
    line = _TRAILING_EMOJI.sub("", line)
    if m := _WHOLE_MARK.match(line):  # "🇦🇷 *Argentina's ...*": the emoji outside the mark
        line = m.group(2).strip()
    return line


def strip_emoji(text: str) -> str:
    """The text without the emoji before or after its words ("☕ Rates on hold")."""
    return _TRAILING_EMOJI.sub("", _LEADING_EMOJI.sub("", text.strip()))


def _outlet(line: str) -> bool:
    from archiver.extract.roles import _is_outlet

    return len(line.split()) <= 5 and _is_outlet(line)


def _text_rows(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line]


def read_app_lines(
    lines: list[str],
) -> tuple[list[str], list[bool], dict[int, str], str | None] | None:
    """The lines with an app's and a messenger's marks taken off, which lines are its own,
    why, and the headline its link card gives; None when nothing of the kind is there."""
    rows = _text_rows(lines)
    if not rows:
        return None
    out = list(lines)
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    found = False
    # the page's header, over its first paragraph of prose: a screen reader's role names stand
    # there (in the story, "Link, the mascot, ..." is a sentence's own word)
    # (looked for in the first _HEAD rows only: a paragraph further down leaves the head at
    # _HEAD rows, as none at all does)
    prose = next(
        (n for n, i in enumerate(rows[:_HEAD]) if len(lines[i].split()) > _PROSE_WORDS), None
    )
    head = rows[: min(_HEAD, prose if prose is not None else _HEAD)]
    # a screen reader's transcript: role names off the lines, its own lines flagged
    headline = None
    if sum(1 for i in head if _ROLE.match(lines[i])) >= _ROLES_MIN:
        found = True
        for i in rows:
            if _ROLE_LINE.match(lines[i]):
                wrapper[i] = True
                why[i] = "a screen reader's own line (a button, a list's count or end)"
                continue
            out[i] = _ROLE.sub("", lines[i])
        # the page's one top-level heading, as the reader announces it, is its headline:
        # what the reader read before it is the page's header (its links, its menu button)
        h1 = [i for i in head if _H1.match(lines[i])]
        if len(h1) == 1:
            for k in rows:
                if k >= h1[0]:
                    break
                # read as blank: a page's header over the headline would make the lines a
                # whole page's paste, which the reader's transcript is not
                out[k] = ""
    if _CHAT_EXPORT.match(lines[rows[0]]):
        # a chat exported or copied from WhatsApp: each message's time, date and sender
        # before its words ("[09:41, 22/08/2022] Ramesh: *Forwarded*") are the chat's
        found = True
        # each line's sender: a message's lines under its first are the same sender's
        sender_of: dict[int, str] = {}
        sender = None
        for i in rows:
            if m := _CHAT_EXPORT.match(lines[i]):
                sender = m["sender"]
            if sender is not None:
                sender_of[i] = sender
        for i in rows:
            out[i] = _CHAT_EXPORT.sub("", out[i], count=1)
        # the story is its poster's, the sender of the most words in all; other senders'
        # messages over the poster's first ("Selamat pagi semua. Happy new year" over the
        # colleague's pasted story) is the chat's talk, no headline of it; a reply under the
        # story, however long, stays the story's reader's (the story's lines are read as ever),
        # and one sender's messages all stay: a headline sent apart is theirs
        words: dict[str, int] = {}
        for i, sender in sender_of.items():
            words[sender] = words.get(sender, 0) + len(out[i].split())
        # (talk over the story has no paragraph of prose: when the most words are a long
        # reply's under a story sent line by line, the story's prose stands over them)
        if len(words) > 1:
            poster = max(words, key=lambda name: words[name])
            first = min(i for i, sender in sender_of.items() if sender == poster)
            above = [i for i in sender_of if i < first]
            if not any(len(out[i].split()) > _PROSE_WORDS for i in above):
                for i in above:
                    wrapper[i] = True
                    why[i] = "a chat's message from another sender, over the story's poster's"
    edge = set(rows[:_TOP]) | set(rows[-_TAIL:])
    # (the role names taken off above only took text away: no mark is in `out` but in `lines`)
    marks = _has_marks("\n".join(lines))
    if marks and any(
        _MARK_AT_START.match(lines[i]) and _WHOLE_MARK.match(_LEADING_EMOJI.sub("", lines[i]))
        for i in rows
    ):
        # a messenger's styling: its marks inside lines too (a dateline set in italics)
        for i in rows:
            out[i] = _INLINE_MARK.sub(r"\2", out[i])
    for i in rows:
        marked = _strip_marks(out[i]) if marks else out[i]
        if marked != out[i]:
            found = True
            out[i] = marked
        if i not in edge or not out[i]:
            continue
        if (
            (_MESSAGE_TIME.match(out[i]) and i in rows[-_TAIL:])
            or _APP_LINE.match(out[i])
            or _APP_LINE.match(lines[i])
            or (_ONLY_EMOJI.match(lines[i]) and not out[i].isdigit())
        ):
            found = True
            wrapper[i] = True
            why[i] = "an app's or a messenger's own line"
    if _chat_lines(out, wrapper, why):
        found = True
    if not found:
        return None
    for n, i in enumerate(rows):
        below = rows[n + 1] if n + 1 < len(rows) else None
        if _CHANNEL_MARK.match(out[i]) or _POST_TIME.match(lines[i]):
            # the channel's or the poster's name over its count, its pinned post or the time
            if n > 0 and i in edge:
                wrapper[rows[n - 1]] = True
                why[rows[n - 1]] = "a channel's or a poster's name over its post"
        elif _SHARED.match(out[i]) and below is not None and _outlet(out[below]):
            # "Shared from Apple News" over "Reuters": the app's chip naming the publisher
            wrapper[below] = True
            why[below] = "the publisher's name a news app prints over the story's title"
        elif (
            _FEED_READER.match(out[i])
            and below is not None
            and _READER_VIEW.match(out[below])
            and n + 2 < len(rows)
            and _reader_feed_name(out[rows[n + 2]], caps=True)
        ):
            # "Feedly" / "Today" / "AL JAZEERA – BREAKING NEWS, WORLD NEWS AND VIDEO ...": the
            # reader's view, then the feed's name (its channel's title, tagline and all, in
            # the reader's capitals) over the item's title
            for k, said in (
                (below, "the feed reader's view over its items"),
                (rows[n + 2], "the feed's name a feed reader prints over the item's title"),
            ):
                wrapper[k] = True
                why[k] = said
        elif _FEED_READER.match(out[i]) and below is not None and _reader_feed_name(out[below]):
            # "Feedly — Saved for later" / "Hong Kong Free Press HKFP" / the title: the feed's
            # name the reader prints over each saved item's title
            wrapper[below] = True
            why[below] = "the feed's name a feed reader prints over the item's title"
        elif i in edge and _AMP.match(out[i]) and below is not None and _SITE.match(out[below]):
            wrapper[i] = wrapper[below] = True
            why[i] = why[below] = "an AMP page's bar (its site over 'Go to the full site')"
        elif _POINTS_DOWN.search(lines[i]) and i in rows[:_TOP]:
            wrapper[i] = True
            why[i] = "the sender's note pointing at the story under it"
        elif _LINK.match(out[i]) and below is not None:
            # a messenger's preview of the link: its title and its site under the address
            after = rows[n + 2] if n + 2 < len(rows) else None
            if after is not None and _SITE.match(out[after]):
                for k in (below, after):
                    wrapper[k] = True
                    why[k] = "a messenger's preview of the link (its page's title and site)"
        elif _CARD_SITE.match(out[i]) and below is not None and headline is None:
            # a social post's card: the linked story's title under its site's address
            if any(_POST_TIME.match(lines[k]) for k in rows[:_TOP]):
                headline = out[below]
                wrapper[i] = True
                why[i] = "a social post's card: the linked story's site over its title"
    return out, wrapper, why, headline
