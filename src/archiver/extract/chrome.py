"""Page chrome: the web page's furniture around a story, which is never part of its body."""

from __future__ import annotations

import re
import warnings

from dateutil import parser as dateparser

from archiver.extract.memo import short_text_cache

# Lines that are page furniture wherever they stand.
# An e-edition service's foot under each story it prints: "Printed and distributed by
# PressReader", "PressReader.com +1 604 278 4604", "Powered by NewspaperDirect" (page chrome
# here; page.py reads it as the service's mark that a header is its e-edition's).
EDITION_FOOT = (
    r"(?:printed\s+and\s+distributed|powered|provided|delivered)\s+by\s+"
    r"(?:pressreader|newspaperdirect)\b.*|(?:www\.)?(?:pressreader|newspaperdirect)\.com\b.*"
)
_CHROME_LINES = re.compile(
    r"""^(?:
        advertisement|advertising|ad|sponsored(?:\s+content)?|story\s+continues\s+below(?:\s+advertisement)?|
        # a paper's notices section over each notice it prints ("LEGAL NOTICES" / "NOTICE OF
        # PUBLIC HEARING"): the section's name, never a notice's title
        (?:legal|public|official)\s+notices|
        # a sponsored story's sponsor over its headline ("Presented by Sentara Health", "Paid
        # for by the Ohio Soybean Council", "In partnership with Visit Norway"): the sponsor's
        # name in capitalised words, no sentence ("Presented by the mayor, the plan ...")
        (?:presented|sponsored|paid\s+for|brought\s+to\s+you|underwritten)\s+by\s+
           (?-i:(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|for|the|de)){0,7})|
        in\s+partnership\s+with\s+(?-i:(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|for|the)){0,7})|
        # a newsletter's or a page's sponsor line over the issue ("This week's local news is
        # brought to you by Hilltop Hardware, proudly serving ...", "Today's newsletter is
        # sponsored by ..."): the issue itself named as the subject, then its sponsor; a
        # story's subject is none ("This year's festival is sponsored by Marquette Bank, ...")
        (?:this|today['’]s|this\s+week['’]s)\s+(?:[\w'’-]+\s+){0,2}
           (?:newsletter|issue|edition|episode|podcast|briefing|digest|news)\s+(?:is|are)\s+
           (?:presented|sponsored|brought\s+to\s+you|made\s+possible|underwritten)\s+by\s+
           (?-i:[A-Z]).{0,160}|
        ad\s+feedback|
        license\s+photo|licence\s+photo|buy\s+photo|buy\s+now|view\s+gallery|view\s+photos?|photos?|gallery|
        # a gallery's or a slideshow's buttons, one a line once copied ("NEXT PHOTO",
        # "Previous image", "Photo gallery", "Enlarge this image", "Open gallery"): no caption,
        # and no credit, though "NEXT PHOTO" reads like an agency's capitals over its desk
        (?:next|previous|prev)(?:\s+(?:photo|image|picture|slide|item))?|
        (?:photo|image|picture|video)\s+gallery|
        (?:open|close|launch|expand)\s+(?:the\s+)?(?:gallery|image|photo|picture|slideshow)|
        enlarge\s+(?:this\s+)?(?:image|photo|picture)|(?:start|view)\s+(?:the\s+)?slideshow|
        # a press room's download button under a release's headline or picture ("Download
        # logo", "Download: High resolution image", "Download PDF")
        download\s*:?\s+(?:(?:the|this|high[-\s]resolution|high[-\s]res|hi[-\s]res|full[-\s]size)\s+)*
           (?:logo|image|photo|picture|pdf|document|release|file|video|multimedia)s?|
        share|share\s+this(?:\s+(?:article|story|page|post))?|share\s+on\s+\w+|share\s+via\s+\w+|
        # "Share this via Facebook", "Share this article on X" (Human Rights Watch, blogs)
        share\s+this(?:\s+(?:article|story|page|post))?\s+(?:via|on)\s+\w+|
        # the syndication button under a story ("License this article" on Nine's mastheads,
        # "Republish this story" on non-profit newsrooms', "Reprints & Permissions")
        (?:license|licence|republish)\s+this\s+(?:article|story)|reprints\s+(?:&|and)\s+permissions|
        # a page's stamp label set on a line of its own over the date ("Published in:",
        # "Posted on:"): the colon says a value follows on the next line
        (?:published|posted|updated|last\s+updated)(?:\s+(?:on|in|at))?\s*:|
        # the share button's note once the story's link is copied (CNN)
        link\s+copied!?|
        # a live page's or a video's button ("WATCH LIVE" under CNBC's writers)
        watch\s+(?:live|now)|
        tweet|snap(?:chat)?|email|e-mail|print|print\s+this(?:\s+(?:article|page))?|save|
        # the page's counters, a bullet left before them once the row is copied ("• 2145
        # views", "1.2K views", "• 12 comments")
        (?:[•·|]\s*)?\d[\d.,]*\s*[km]?\s+views?|(?:[•·|]\s*)?\d+\s+comments?|
        comments?|\d+\s+comments?|leave\s+a\s+comment|add\s+a\s+comment|post\s+a\s+comment|
        show\s+comments|load\s+comments|view\s+comments|join\s+the\s+(?:discussion|conversation)|
        read\s+more|continue\s+reading|click\s+here.*|back\s+to\s+top|
        # a player's or a reading list's button ("Read Now" under Hindustan Times' stamp)
        (?:read|listen|watch|play)\s+(?:now|later)|
        # a newsletter's or a blog platform's button to its app ("READ IN APP" under a
        # Substack letter's writer and date, Medium's "Open in app")
        (?:read|open|listen|continue)\s+in\s+(?:the\s+)?app|
        # a local site's banner to its own app, the outlet named ("Open in the Patch app",
        # "Download the FOX 8 News app", "Get the NBC 5 Chicago app"): the app's name in
        # capitalised words or a call sign's figures, no sentence; "app" in lower case, as a
        # button prints it (a headline in title case, "Download the Official Paris 2024 App",
        # stays)
        (?:read|open|listen|continue)\s+in\s+the\s+
           (?-i:[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3})\s+app|
        (?:download|get)\s+(?:the|our)\s+
           (?-i:[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3}\s+(?:[Nn]ews\s+)?app)|
        # Reuters' licensing button under a picture, whole or its second half on a line of its
        # own where a hard-wrapping copy broke it after "Purchase" ("Licensing Rights")
        (?:(?:purchase|acquire)\s+)?licen[cs]ing\s+rights|
        follow\s+(?:us|@\w+).*|
        # a topic's follow widget ("Follow:" / "Rail Safety" / "See all topics", CNN)
        follow|see\s+all\s+topics|
        # a site's channel promoted under its stories: "Join ST's Telegram channel and get the
        # latest breaking news", "Join our WhatsApp channel", "Follow ... on Google News"
        (?:join|follow)\s+(?:us\s+on|our|[\w.&]+['’]s|\w{2,6}\s+on)\s+
           (?:telegram|whatsapp|google\s+news)\b.*|
        like\s+us\s+on\s+facebook.*|sign\s+up\s+for\s+.*newsletter.*|
        # a newsletter's sign-up button under its name and pitch ("Sign up for The Morning",
        # "Sign up for Evening Edition"): the letter's name in capitalised words, no sentence
        # (three words at most after "The": "Sign Up for Free School Meals Before Friday" is a
        # Title Case headline's clause, no letter's name)
        sign\s+up\s+for\s+(?-i:(?:the\s+|The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,2})|
        # a newsletter's call over the story ("Subscribe to The Brief, our daily newsletter
        # that keeps readers up to speed ...": The Texas Tribune and other sites' pages)
        subscribe\s+to\s+.{0,60}\bnewsletters?\b.*|
        # a site's header buttons: its menu, its home link, its search box's label ("Menu" /
        # "Search" over the nameplate of a local paper's page)
        subscribe(?:\s+now)?|skip\s+to\s+(?:main\s+)?content|menu|home|search|
        # a story's share buttons, one a line or in a row (Telegram's among them on Indian,
        # Pakistani and Singaporean pages), the row's marks lost in the copy too ("Facebook
        # Twitter WhatsApp LinkedIn")
        (?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram)(?:(?:\s*[|/·•]\s*|\s+)(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|print))*|
        # a gallery's counter ("3 of 6", "Image 3 of 6", "Photo 3 of 6": page.is_gallery_counter)
        \d+\s+of\s+\d+|\d+\s+photos?|(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+|
        # a clipping service's or a printout's page counter at the page's foot ("Page 1 of 1")
        page\s+\d+\s+of\s+\d+|
        # an e-paper's folio in square brackets over the clipped story, its parts set apart by
        # dots or bars and its page number last ("[Deccan Herald e-Paper · Bengaluru ·
        # Wednesday, 6 March 2024 · Page 9]"): where the story was printed, no headline
        \[[^\[\]]{1,120}?[·•|]\s*(?:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}\]|
        (?:©|\(c\)|copyright)\s.*all\s+rights\s+reserved\.?|
        (?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|\(c\)).*|
        # the licence mark Australia's collecting society has media monitors print on each
        # print clip they deliver ("Copyright Agency licensed copy (www.copyright.com.au)",
        # "Licensed by Copyright Agency ..."): a notice on the clip, no headline
        copyright\s+agency\s+licensed\s+copy\b.*|licensed\s+by\s+copyright\s+agency\b.*|
        our\s+standards:.*|
        # the reading time ("4 min read"; "5 mins to read", the NZ Herald's and NZME's pages)
        (?:[—–·•|]\s*)?\d+\s+min(?:ute)?s?\s+(?:to\s+)?read|
        # a feed reader's or a portal's link to the story's own site ("Visit Website", Feedly's
        # button under the item's title; "Visit site")
        visit\s+(?:the\s+)?(?:web\s?site|site)|
        # a portal's card row under the outlet's name, the story's age and reading time
        # (MSN's "• 3h • 3 min read", "• 5h"; feed readers' "3h")
        [·•]\s*\d{1,2}\s?(?:h|hrs?|d|m)(?:\s*[·•]\s*\d+\s+min(?:ute)?s?\s+read)?|
        \d{1,2}\s?(?:h|hrs?|d)\s*[·•]\s*\d+\s+min(?:ute)?s?\s+read|
        # the reading time under its English label, perhaps with the story's length in words
        # ("Reading time: 2 min (534 words)", "Read time 4 min")
        (?:reading|read)\s+time\s*:?\s*\d{1,2}\s*min(?:ute)?s?\.?(?:\s*\(\d[\d,]*\s+words\))?|
        # a business site's tagline over its menu, telling what it gives to whom ("Exclusive
        # news, data and analytics for financial market professionals", Reuters' pages;
        # "Business news, data and analysis for investors"): a list of kinds of copy, no verb
        (?:[\w-]+\s+){0,2}news,\s+(?:data|analysis|analytics|insights?|commentary|research)
           (?:,\s+[a-z]+)*,?\s+(?:and|&)\s+[a-z]+\s+for\s+(?:[\w-]+\s+){0,4}
           (?:professionals|investors|executives|leaders|decision[-\s]makers)|
        # a site's link to its standards page: "Why you can trust Sky News"
        why\s+you\s+can\s+trust\s+(?:us|[\w.&'’]+(?:\s+[\w.&'’]+){0,2})|
        (?:temps\s+de\s+lecture|lesezeit|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|
           tempo\s+de\s+leitura|leestijd|okuma\s+süresi)\s*:?\s*\d+\s*min\.?(?:uten|utos|uti)?|
        \d+[-\s]min(?:ute)?s?\s+(?:listen|watch)|heard\s+on\s+[A-Z\w ]{1,40}|playlist|
        # a video player's running time, its spoken and its shown form often glued together
        # ("Duration: 2 minutes 31 seconds2m 31s", "Video Duration 02 minutes 31 seconds02:31")
        (?:video\s+)?duration\s*:?\s*
           (?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|[hms])\s*)+|
        # a feedback widget's heading at the top of a page ("CNN values your feedback")
        [\w.&'’]+(?:\s+[\w.&'’]+){0,2}\s+values\s+your\s+feedback|
        # the same widget at a page's foot, its buttons copied with it ("Was this page helpful?
        # Yes No", "Is this page useful? Yes No" on GOV.UK, councils' and agencies' pages): a
        # question to the reader about the page itself, which no story asks on a line alone
        (?:was|is)\s+this\s+(?:page|article|information|content)\s+(?:helpful|useful)\?
           (?:\s*(?:yes|no|maybe)\b){0,3}|
        # a government site's banner over its header ("An official website of the United
        # States government" / "Here's how you know", every U.S. .gov page; "An official
        # website of the European Union", "An official EU website"): the site's, never a story's
        an\s+official\s+(?:web)?site\s+of\s+the\s+(?:united\s+states|u\.s\.|european\s+union|
           state\s+of\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+government)?|
        an\s+official\s+(?:eu|u\.s\.\s+government)\s+(?:web)?site|here['’]s\s+how\s+you\s+know|
        # a video player's status text, scraped with the page ("LOADING ERROR LOADING",
        # "Loading...", "Loading video")
        loading(?:\.{3}|…)?(?:\s+(?:error|loading|video|player)){0,3}|
        # the story's tags as a page lists them under its byline ("In this article: gaming,
        # news, Sony", "Topics: ...")
        in\s+this\s+(?:article|story)\s*:\s.*|
        # an image viewer's button over the lead photo ("Enlarge this image", Human Rights
        # Watch's "Click to expand Image"); a picture's or a video player's toggles ("Hide
        # caption", "Show Transcript" under a broadcaster's clip, Hearst TV stations' pages):
        # a button, no writer's name
        (?:click\s+to\s+)?(?:enlarge|expand)\s+(?:this\s+)?image|toggle\s+caption|
        (?:hide|show)\s+(?:captions?|transcript|subtitles)|text\s+size|aa|
        only\s+have\s+a\s+minute\?\s+listen\s+instead|powered\s+by\s+trinity\s+audio|
        listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s+\d+\s+min(?:ute)?s?)?|
        # a page's age, rounded in words as Rails' time_ago_in_words and date-fns print it
        # ("Updated about 3 hours ago", Dawn; "less than a minute ago", "over an hour ago")
        (?:(?:updated|published|posted)\s+)?(?:(?:about|over|almost|nearly|less\s+than)\s+)?
            (?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago|
        # a stamp's label alone, its date on the next line (gov.ie's "Published on" / "21 May
        # 2025" / "Last updated on" / ...): the page's furniture, no headline
        (?:first\s+)?published\s+on|(?:last\s+)?updated\s+on|
        # an e-edition service's foot under each story it prints (EDITION_FOOT)
        """
    + EDITION_FOOT
    + r"""|
        # the service's own name alone, its logo's text over the page it prints
        # ("PressReader" over "The Namibian Sun Weekend · 24 Jun 2023 · 6"): never a headline
        pressreader|newspaperdirect|
        # its app's tabs over the page ("Catalog  For You"), copied with the logo
        catalog\s+for\s+you|
        # a syndicating site's note under a wire story ("(This story has not been edited by
        # THE WEEK and is auto-generated from PTI)", "This report is auto-generated from ANI
        # news service.", NDTV's "(Except for the headline, this story has not been edited
        # ...)") and its channels' call ("Subscribe to our channels on YouTube & Telegram")
        \(?(?:except\s+for\s+the\s+headline,\s+)?this\s+(?:story|report|article|copy)\s+
            (?:has\s+not\s+been\s+edited|is\s+auto-generated|is\s+published\s+from|
            is\s+from\s+a\s+syndicated)\b.*|
        subscribe\s+to\s+our\s+(?:channels?|youtube|telegram|whatsapp)\b.*|
        # a search box's placeholder, copied with the page's header ("Search for news,
        # symbols or companies", Yahoo Finance; "Search Canada.ca"; "Search this site"): what
        # may be searched is the site's own kinds of entry, or the site itself
        search(?:\s+for)?\s+(?:this\s+site|the\s+site|[\w-]+\.(?:com|org|net|gov|ca|co\.uk|int)|
           (?:news|articles|stories|symbols|companies|quotes|tickers|topics|keywords|people|jobs)
           (?:\s*,\s*(?:news|articles|stories|symbols|companies|quotes|tickers|topics|keywords|people|jobs))*
           (?:,?\s+(?:or|and|&)\s+(?:news|articles|stories|symbols|companies|quotes|tickers|topics|keywords|people|jobs))?)
           (?:\.{3}|…)?|
        # a finance portal's quote box ("Enter symbol(s):  Basic  Get Symbol Lookup", "Enter
        # Symbol  Get Quotes"): its label and its buttons
        enter\s+(?:an?\s+)?(?:symbol(?:\(s\)|s)?|tickers?|stock\s+symbols?)\b.{0,60}|
        get\s+quotes?\b.{0,40}|

        (?:top|world|u\.?s\.?|us|business|health|science|entertainment|sports|odd|defense|
           energy|security|technology|tech|politics|breaking|local|national|latest|all)\s+news
    )\s*[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Headings after which the page lists other stories: the story is over.
_TERMINATORS = re.compile(
    r"""^(?:
        latest\s+headlines|related(?:\s+(?:stories|articles|coverage|news|content|links|posts|reading|videos))?|
        # "Top News Today" over the site's other headlines (The Hindu's and other Indian
        # dailies' foot of the story)
        top\s+news\s+today|
        # a newsletter's heading over its other items' headlines ("ALSO TODAY", "ALSO IN THE
        # NEWS"), under the top story it leads with
        also\s+(?:today|in\s+the\s+news|in\s+this\s+(?:issue|newsletter|edition))|
        trending(?:\s+(?:stories|now|news))?|most\s+(?:popular|read|viewed|shared|emailed)|
        recommended(?:\s+(?:for\s+you|stories|reading))?|more\s+(?:stories|news|from\s+.+)|
        you\s+(?:may|might)\s+also\s+like|top\s+stories|editor'?s\s+picks|
        what\s+to\s+read\s+next|see\s+also|around\s+the\s+web|from\s+around\s+the\s+web|keywords|suggested\s+topics|
        # the topics' links under the story (The Guardian's "Explore more on these topics")
        explore\s+more\s+on\s+these\s+topics|
        les\s+plus\s+lus|à\s+lire\s+aussi|lo\s+más\s+leído|meistgelesen|più\s+letti|
        # "read also" over other stories' headlines in the Nordic, German, Dutch, Italian,
        # Portuguese and Spanish papers' pages (a box inside the story is told apart by the
        # story going on under it)
        les\s+også|læs\s+også|läs\s+(?:också|även)|lue\s+myös|lesen\s+sie\s+auch|
        lees\s+ook|leggi\s+anche|leia\s+também|le[ae]\s+también|
        # the page's footer links, which no story holds as a line of its own
        about\s+us|contact\s+us|privacy\s+policy|cookie\s+policy|code\s+of\s+ethics|
        terms\s+(?:and|&)\s+conditions|terms\s+of\s+(?:use|service)
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)


# Case matters here: "RELATED <headline>" is a link; "Related to that, ..." is a sentence.
_CHROME_CASED = re.compile(
    r"^(?:RELATED\s+\S.*|Related:\s.*|ADVERTISEMENT|[-_=*~#]{3,}|(?:\*\s*){3,}|"
    # a wire update's note to editors: "(Adds analyst comment, details)", "(Recasts, updates)"
    r"\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Fixes|Refiles|Repeats|Releads|"
    r"Writes\s+through|Combines|Removes|Inserts|Moves|UPDATE\s+\d)\b[^()]{0,150}\)|"
    # Reuters' own notes in double brackets, a line of their own over or under the story
    # ("((Corrected from 1145 GMT to fix spelling of name))", "((This story was refiled ...))",
    # "((jane.roe@thomsonreuters.com; +44 20 ...))"): no story or title is bracketed twice
    # (the trailer that names the writers before the desk's telephone, "((Reporting by Jane
    # Roe; London metals desk +44 20 ...))", is the bylines' to read)
    r"\(\((?!(?i:reporting|writing|reported|written)\s+by\s)[^()]{2,200}\)\))$"
)


# A paywall's banner over or inside the story: "Subscribers can unlock 7 articles a day",
# "You have 2 free articles left", "Already a subscriber? Log in", "Assinantes podem liberar
# 7 acessos por dia", "Réservé aux abonnés", "Nur für Abonnenten", "Solo para suscriptores".
_PAYWALL = re.compile(
    r"""^(?:
        (?:subscribers?|members?)\s+(?:can|may|only|get)\b.{0,80}?
            \b(?:articles?|stories|access|unlock|gift|free|read|log\s+in|sign\s+in)\b.*|
        (?:already\s+a\s+(?:subscriber|member)\??|this\s+(?:article|story|content)\s+is\s+
            (?:for|available\s+to|reserved\s+for)\s+(?:subscribers|members)).*|
        you\s+have\s+(?:\d+|one|two|three)\s+free\s+(?:articles?|stories)\b.*|
        subscribe\s+(?:now\s+)?to\s+(?:read|continue|unlock|get\s+full\s+access)\b.*|
        # a trial's offer ("Try unlimited access", "Only $1 for 4 weeks", "Then $75 per month.
        # Complete digital access ...", "Explore our full range of subscriptions.")
        try\s+(?:unlimited|full|digital|premium)\s+access\b.*|
        (?:only\s+|then\s+|just\s+)?[$£€]\s?\d+(?:[.,]\d\d)?\s+(?:for\s+(?:\d+|one|two|three|four|six)\s+
            (?:weeks?|months?)|(?:per|a)\s+(?:week|month|year))
            # alone, or with the offer's own terms after it ("Complete digital access ...",
            # "Cancel anytime"); a story's paragraph opening on a price goes on in words of
            # its own ("$18 a month. That is what the plan will cost, and subscribers can
            # cancel at any time, the company said.")
            (?:\s*[.!]?|[.!]\s
                (?=.*\b(?:cancel\s+any\s?time|(?:complete|unlimited|full|digital|premium)\s+
                    (?:digital\s+)?access|(?:free|your)\s+trial)\b)
                (?!.*\b(?:said|says|told|according)\b).*)|
        explore\s+our\s+(?:full\s+range\s+of\s+)?subscriptions\b.*|
        check\s+whether\s+you\s+already\s+have\s+access\b.*|
        assinantes\s+podem\b.*|exclusivo\s+para\s+assinantes\b.*|
        (?:article\s+)?réservé\s+aux\s+abonnés\b.*|
        (?:nur\s+für\s+abonnenten|exklusiv\s+für\s+abonnenten)\b.*|
        (?:solo|sólo|exclusivo)\s+para\s+suscriptores\b.*|
        (?:riservato|esclusivo)\s+(?:agli|per\s+gli)\s+abbonati\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


# A shopping site's affiliate disclosure, printed over or under the headline of every page:
# "Space.com is supported by its audience. When you purchase through links on our site, we may
# earn an affiliate commission. Here's how it works." (Future's sites), "If you buy something
# through links in our stories, we may earn a commission" (Condé Nast's, Vox Media's), "We may
# earn a commission when you buy through links on our site", "This article contains affiliate
# links". The shopper's links and the site's earning both, so a story's sentence about a
# broker's commission is never one, nor a sentence that reports what someone said.
_AFFILIATE_NOTE = re.compile(
    r"""^(?!.*\b(?:said|says|told|according)\b).{0,120}?(?:^|[.!]\s)(?:
        (?:when|if)\s+you\s+(?:buy|purchase|shop|click|subscribe)\b[^.!?]{0,70}?\blinks?\b[^.!?]{0,80}?
            \b(?:may|might|could|can)\s+(?:earn|receive|get|make)\b.*|
        (?:we|[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2})\s+(?:may|might|could|can)\s+(?:earn|receive|get|make)
            \s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commission|compensation|money|a\s+share)
            \b[^.!?]{0,60}?\blinks?\b.*|
        (?:this|the)\s+(?:article|post|page|story|guide)\s+(?:may\s+)?contains?\s+affiliate\s+links\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_affiliate_note(text: str) -> bool:
    """A shopping site's affiliate disclosure (cleaned text): page chrome, never the story."""
    return len(text) <= 400 and "ink" in text and _AFFILIATE_NOTE.match(text) is not None


# "Cet article est réservé aux abonnés", "Dieser Artikel ist nur für Abonnenten", "Este
# contenido es exclusivo para suscriptores", "Questo articolo è riservato agli abbonati",
# "Jetzt weiterlesen mit SZ Plus": a short line that says so anywhere.
_PAYWALL_ANYWHERE = re.compile(
    r"\b(?:réservée?\s+aux\s+abonnés|(?:nur\s+)?für\s+abonnenten|exclusivo\s+para\s+"
    r"(?:suscriptores|assinantes)|riservato\s+agli\s+abbonati|(?:for|to)\s+subscribers\s+only|"
    r"weiterlesen\s+mit\b|continuar\s+leyendo\s+con|pour\s+lire\s+la\s+suite)",
    re.IGNORECASE,
)
# The cheap look-ups before that search: pieces of its words, in the case they are printed.
_PAYWALL_PIECES = (
    "bonn",
    "BONN",
    "bscri",
    "BSCRI",
    "uscrip",
    "ssinant",
    "bbonat",
    "eiterlesen",
    "leyendo",
    "suite",
)
# any of the pieces in a line, in one search (a regular expression of plain strings)
_PAYWALL_PIECE = re.compile("|".join(map(re.escape, _PAYWALL_PIECES)))


def is_paywall(line: str) -> bool:
    """A paywall's banner (cleaned text): page chrome, never the headline or the story."""
    if len(line) > 300:
        return False
    if len(line) <= 30 and _PAYWALL_BADGE.fullmatch(line.strip()):
        return True
    if line[:3].lower() in _PAYWALL_STARTS and _PAYWALL.match(line):
        return True
    return (
        len(line) <= 160
        and _PAYWALL_PIECE.search(line) is not None
        and bool(_PAYWALL_ANYWHERE.search(line))
    )


# A paywalled story's badge alone on its line, by the byline or the stamp: "PREMIUM",
# "Subscribers only", "Members only" (a label, never a sentence of the story).
_PAYWALL_BADGE = re.compile(
    r"(?:premium|subscribers?[ -]only|members[ -]only|for\s+subscribers)(?:\s+(?:content|article|story))?",
    re.IGNORECASE,
)


# The first three letters a paywall banner can open with: a cheap test before the pattern,
# which every line of a story is asked.
_PAYWALL_STARTS = frozenset(
    "sub mem alr thi you ass exc art rés nur exk sol sól ris esc try onl the jus exp che".split()
    # "$1 for 4 weeks", "$75 per month": a trial's offer opening with its price
    + [f"{c}{d}{e}" for c in "$£€" for d in "0123456789" for e in "0123456789 .,"]
)


# A short line that opens with the copyright mark and then dates the rights, names a company by
# its legal form or lists the site's policies is the page's rights statement (its footer:
# "Copyright 2000 - 2005 The Paper", "© EDITIONS ACME S.L.", "Copyright Privacy Policy Terms of
# Use"), never a photo's credit ("© Jane Roe/AFP") nor a sentence ("Copyright law in 2019 ...").
_RIGHTS_STATEMENT = re.compile(
    r"^\W{0,3}(?i:©|\(c\)|copyright)\s*©?\s*(?![a-z])[^\n]{0,100}?"
    r"(?:\b(?:19|20)\d\d\b"
    r"|\b(?i:S\.\s?[LA]|Ltd|Limited|Inc|LLC|L\.L\.C|GmbH|Corp|Corporation|plc|Pvt|B\.V|N\.V|SpA)\b"
    r"|\b(?i:privacy|terms\s+of|policy|cookies?)\b"
    # "COPYRIGHT AND PROTECTED BY APPLICABLE LAW": a press-reader service's foot
    r"|\b(?i:protected\s+by\s+(?:applicable\s+)?(?:copyright\s+)?laws?)\b)"
)


# A site's account and subscription buttons, alone or side by side above the headline:
# "Subscribe Log in", "Sign in | Register", "Log in / Sign up", "Se connecter S'abonner",
# "Anmelden Abonnieren", "Iniciar sesión Suscríbete", "Accedi Abbonati", "Entrar Assine".
_ACCOUNT_ITEM = (
    r"(?:subscribe(?:\s+now)?|log\s?in|sign\s?in|sign\s?up|log\s?out|sign\s?out|register|"
    r"my\s+account|account|e-?paper|e-?edition|donate|newsletters?|"
    # "Get newsletter", "Get our newsletter" (The Conversation's button by "Donate")
    r"get\s+(?:our\s+|the\s+)?newsletters?|"
    r"se\s+connecter|s'abonner|s’abonner|connexion|abonnez-vous|mon\s+compte|"
    r"anmelden|abonnieren|registrieren|abmelden|mein\s+konto|"
    r"iniciar\s+sesión|suscríbete|suscribirse|regístrate|mi\s+cuenta|"
    r"accedi|abbonati|registrati|entrar|assine|cadastre-se|minha\s+conta)"
)
_ACCOUNT_LINE = re.compile(rf"^{_ACCOUNT_ITEM}(?:\s*[|/·•]?\s*{_ACCOUNT_ITEM})*$", re.IGNORECASE)


def is_account_line(text: str) -> bool:
    """A row of a site's account buttons (cleaned text): page chrome, never a headline."""
    return len(text) <= 80 and _ACCOUNT_LINE.match(text) is not None


# The reservation of rights alone on its line, under the copyright's ("Copyright 2024 Gazette
# Media Ltd" / "All Rights Reserved", as a database's record prints the pair): no headline.
_RIGHTS_RESERVED = re.compile(
    r"^(?i:all\s+rights\s+reserved|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten|"
    r"todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati)\.?$"
)


def is_rights_statement(text: str) -> bool:
    return len(text) <= 120 and (
        _RIGHTS_STATEMENT.match(text) is not None or _RIGHTS_RESERVED.match(text) is not None
    )


# A local paper's weather box, its forecast in sentences of their own with the day's high or
# low in degrees ("Partly cloudy. High 68F. Winds light and variable.", "Clear skies. Low
# 45F. Winds NW at 5 to 10 mph. Chance of rain 20%.": the BLOX CMS pages of hundreds of
# American regional papers print it over the headline); a headline sets no stop after its
# temperature. The box always goes on to the wind or the chance of rain ("Winds ...",
# "Chance of ..."): a caption's or a headline's "Record heat. High 114F. A man cools off ..."
# or "Low 5F. Snowplows work overnight ..." tells of no wind and no chance.
_WEATHER_FORECAST = re.compile(
    r"^(?:[A-Z][a-z][\w ,'’-]*\.\s+)?(?:Highs?|Lows?)\s+(?:(?:near|around|about)\s+)?"
    r"-?\d{1,3}\s*°?[FC]\.\s+(?:Winds?|Chance\s+of)\b(?:[^.!?]|\.\d)*\."
    r"(?:\s+[A-Z](?:[^.!?]|\.\d)*\.){0,3}$"
)
# A site's weather widget in its header: the temperature first (after the widget's icon), the
# sky's word or two, then the place it is for, after a bar or as "Town, ST" ("62° Partly Cloudy
# | Lexington, KY", "🌤 41°F Naperville, IL", "-3°C Snow · Ottawa"). A headline opening on a
# temperature goes on in words of its own ("118° and rising in Phoenix", "45°C: Delhi
# swelters"), none of them a sky's: a place after a bar is the widget's only under a sky's word
# or as "Town, ST" ("110° | Phoenix Sets Record" is a headline), and a place with no bar only
# as "Town, ST", the state in capitals ("100° Heat Grips Dallas, Fort Worth" is a headline).
_SKY_WORD = (
    r"(?:partly|mostly|clear|sunny|cloudy|overcast|fair|fog(?:gy)?|mist|haze|hazy|rain|"
    r"showers?|drizzle|snow|sleet|windy|light|heavy|thunderstorms?|storms?|breezy)"
)
_WIDGET_PLACE = r"(?-i:[A-Z][\w.'’-]*)(?:\s(?-i:[A-Z][\w.'’-]*)){0,2}"
# "Town, ST": the town and its state's or province's code in capitals ("Lexington, KY")
_WIDGET_TOWN = rf"{_WIDGET_PLACE},\s(?-i:[A-Z]{{2,3}})"
_WEATHER_WIDGET = re.compile(
    r"^(?:[^\w\s]{1,3}\s?)?-?\d{1,3}\s?°\s?[FC]?"
    rf"(?:(?:\s{_SKY_WORD}){{1,3}}(?:\s?[|·•]\s?{_WIDGET_PLACE}(?:,\s{_WIDGET_PLACE})?)?"
    rf"|(?:\s{_SKY_WORD}){{0,3}}(?:\s?[|·•]\s?|\s){_WIDGET_TOWN})?$",
    re.IGNORECASE,
)

# A local TV station's weather-alert ticker over its pages ("Wind Chill Advisory — Hamilton
# County — until 10 AM EST", "9 First Warning Weather: Winter Storm Warning until 1 PM Tuesday
# for Butler, Warren ... counties", "WRAL WeatherCenter: Heat Advisory in effect for Wake ...
# until 8 p.m."): a National Weather Service alert's name in capitalised words, and either the
# station's weather brand before it (two words or more, one of them "Weather..."), or the
# counties between dashes before its end, or its end as the ticker prints it, "until" a clock
# time in capitals with no stops. A weather story's headline keeps its newsroom's style
# ("Winter storm warning in effect until 7 p.m. for ...", "Weather: Heat Advisory extended").
_ALERT_NAME = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s(?:Warning|Watch|Advisory|Alert|Statement)"
# The ticker's end: a clock time, a day, a time zone ("10 AM EST", "1 PM Tuesday", "8 p.m."),
# no words of a sentence after it.
_ALERT_END = r"(?:[A-Z0-9][\w:]*|[ap]\.m\.)(?:\s(?:[A-Z0-9][\w:]*|[ap]\.m\.)){0,3}"
_WEATHER_ALERT = re.compile(
    # the station's weather brand, then the alert ("WRAL WeatherCenter: Heat Advisory ...");
    # the brand opens with the station's call sign, network or channel ("9 First Warning
    # Weather"), as a headline's "Houston Weather: Heat Advisory Extended ..." does not
    r"^(?=[^:]{0,40}Weather)(?:\d{1,2}|[KW][A-Z]{2,3}|ABC|NBC|CBS|FOX|CW)\b[\w&'’.-]*"
    r"(?:\s[A-Z0-9][\w&'’.-]*){0,4}:\s"
    rf"{_ALERT_NAME}\b.{{0,160}}$"
    # the alert, the counties between dashes, its end ("... — Hamilton County — until 10 AM")
    rf"|^{_ALERT_NAME}\s[—–-]\s[^—–]{{1,60}}?\s[—–-]\s(?:until|through|till)\s{_ALERT_END}$"
    # the alert and its end in the ticker's capitals ("Flood Watch until 7 PM"), perhaps the
    # counties after it in the ticker's lower case ("... for Sedgwick, Butler, Reno counties");
    # a headline's "Tornado Warning until 9:45 PM for Parts of Tulsa County" stays
    rf"|^{_ALERT_NAME}\suntil\s\d{{1,2}}(?::\d{{2}})?\s?(?:AM|PM)"
    r"(?:\s[A-Z]{1,2}[SD]?T)?(?:\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"(?:\sfor\s(?:[A-Z][\w.'’-]*,?\s|and\s){1,12}(?:counties|parishes))?$"
)


# A story's tool bar, one button a line once copied (The Wall Street Journal's "Share" /
# "Resize" / "Listen" / "(2 min)" under its date stamp): the text-size button, the audio
# player's and the player's running time in brackets. Alone, "Listen" is a feature's subhead
# as often ("Watch" / "Listen" / "Read"): such a line is chrome in a row of buttons, or beside
# another of the page's chrome lines (roles.chrome_flags).
_TOOLBAR_BUTTON = re.compile(r"^(?i:resize|listen|\(\d{1,2}\s+min(?:ute)?s?\))$")


def is_toolbar_button(text: str) -> bool:
    """ "Resize", "Listen", "(2 min)": a tool bar's button alone on its line."""
    return _TOOLBAR_BUTTON.match(text.strip()) is not None


def is_chrome(line: str) -> bool:
    return is_chrome_clean(" ".join(line.split()))


def is_chrome_clean(text: str) -> bool:
    """is_chrome for a line whose spaces are already evened out (the extractor's lines)."""
    from archiver.extract.pagetops import is_page_top

    return bool(text) and bool(
        _CHROME_LINES.match(text)
        or _CHROME_CASED.match(text)
        or is_paywall(text)
        or is_affiliate_note(text)
        or is_rights_statement(text)
        or is_account_line(text)
        or is_page_top(text)
        or _button_row(text)
        or _STAR_RATING.match(text) is not None
        or _WEATHER_FORECAST.match(text) is not None
        or (("Weather" in text or " until " in text) and _WEATHER_ALERT.match(text) is not None)
        or ("°" in text and _WEATHER_WIDGET.match(text) is not None)
        or _CORRECTION_NOTE.match(text) is not None
        or _CAPS_EDITORS_NOTE.match(text) is not None
        or _PRINT_HEADER.match(text) is not None
        or _CLIPPING_LABEL.match(text) is not None
        or _ISSUE_NUMBER.match(text) is not None
        or _EDITION_LABEL.match(text) is not None
        or _LONE_SEPARATOR.fullmatch(text) is not None
        or _SITE_TAGLINE.match(text) is not None
        or is_scores_bar(text)
    )


# A sports page's scores bar over its story: games between bars, two or more of them ended
# ("FINAL", "FINAL/OT") with the teams' scores, the others due at a clock time, perhaps after
# the league's name ("NCAAB   FINAL  Kansas 78 · Baylor 71   |   FINAL  Kansas State 64 · Iowa
# State 70   |   7:00 PM  Wichita State at Tulsa"). A recap's headline names one game, with no
# bar between games ("FINAL: Kansas 78, Baylor 71").
_SCORES_BAR_SPLIT = re.compile(r"\s*\|\s*")
_GAME_SLOT = re.compile(
    r"(?:[A-Z][A-Za-z0-9]{1,7}\s+)?"
    r"(?:(?P<final>FINAL(?:/\d?OT)?)|\d{1,2}:\d\d\s*[AP]M(?:\s+[A-Z]{2,3})?)"
    r"\s+(?P<game>\S.{0,80})"
)
_GAME_SCORE = re.compile(r"\b\d{1,3}\b")
# A game's own words: the teams' capitalised names, their scores, and what joins them ("·",
# "-", "at", "vs."); a headline's clause after a slot has lowercase words or a colon ("FINAL
# 91-88: Storm and Aces win as playoff race tightens")
_GAME_WORDS = re.compile(r"(?:[A-Z][\w.&'’-]*|\d{1,3}(?:-\d{1,3})?|[·@–-]|at|vs\.?|v\.?)")


def is_scores_bar(text: str) -> bool:
    """The line is a sports page's scores bar (_GAME_SLOT between bars): two ended games with
    their scores at least, every other slot a game or the league's name before the first."""
    if text.count("|") < 1 or "FINAL" not in text:
        return False
    slots = _SCORES_BAR_SPLIT.split(text.strip())
    if slots and len(slots[0].split()) == 1 and slots[0].isupper():
        slots = slots[1:]  # "ACC | FINAL ...": the league's name in a slot of its own
    ended = 0
    for slot in slots:
        m = _GAME_SLOT.fullmatch(slot)
        if m is None or not all(_GAME_WORDS.fullmatch(w) for w in m.group("game").split()):
            return False
        if m.group("final") and len(_GAME_SCORE.findall(m.group("game"))) >= 2:
            ended += 1
    return ended >= 2


# A news site's own title with its tagline, as a page's title bar or a copy of its home page's
# <title> prints it at the top: "FRANCE 24 - International breaking news, top stories and
# headlines", "Al Jazeera – Breaking News, World News and Video from Al Jazeera", "Reuters |
# Breaking International News & Views". The name is one to four capitalised words; the
# tagline, after a dash or a bar (a colon opens a live page's headline's second half, "Super
# Tuesday 2024: Live Updates and Breaking News"), is nothing but a news site's phrases, among them
# "breaking news", "top stories" or "headlines" (no headline's clause is made only of them),
# or news "24/7", the round-the-clock channel's promise ("FRANCE 24 - International News 24/7",
# "Euronews - Europe News 24/7"). An alert e-mail's header names its service so ("THE CANADIAN
# PRESS -- BREAKING NEWS ALERT", "Reuters - Breaking News Alert"), the dash doubled in a
# plain-text mail.
_TAGLINE_PHRASE = (
    r"(?:(?:international|world|national|local|global|latest|breaking|top|daily|live|u\.?s\.?|"
    r"uk|business|financial|sports?|europe|african?|asian?|news)\s+){0,3}"
    r"(?:news|stories|headlines|videos?|views|analysis|updates|opinion|comment|alerts?)(?:\s+24/7)?"
)
_SITE_TAGLINE = re.compile(
    r"^(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3})\s*\s(?:--|[-–—|])\s\s*"
    r"(?=.*(?:\b(?:breaking|top\s+stories|headlines)\b|\s24/7$))"
    rf"{_TAGLINE_PHRASE}(?:\s*(?:,|&|and|,\s*and)\s*{_TAGLINE_PHRASE})*"
    r"(?:\s+(?:from|on)\s+(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3}))?$"
    # and in the languages of Europe's papers, the tagline opening on the word for news,
    # which no headline after the site's name opens on: "Le Monde.fr - Actualités et Infos en
    # France et dans le monde", "ZEIT ONLINE | Nachrichten, Hintergründe und Debatten", "la
    # Repubblica - Ultime notizie di cronaca" (no figure, no stop), the site's name before it
    # a paper's own (an article and its name: "Le Figaro", "la Repubblica", "Die Zeit"), a
    # domain ("Le Monde.fr") or an "ONLINE" edition's, never a section's word ("Opinión -
    # Noticias falsas y ...", "Kolumne | Nachrichten aus ...": a section's headline)
    r"|^(?-i:(?:(?:[Ll][ea]|[Ll]es|[Ii]l|[Ee]l|[Ll]os|[Dd]ie|[Dd]er|[Dd]e|[Hh]et)\s+[A-Z][\w&'’-]*"
    r"(?:\s+[A-Z][\w&'’-]*)?(?:\.[a-z]{2,3})?|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?\.[a-z]{2,3}|"
    r"[A-Z][\w&'’-]*\s+ONLINE))\s[-–—|]\s"
    r"(?:toute\s+l['’]|(?:het\s+)?(?:últimas|ultime|aktuelle|laatste)\s+)?"
    r"(?:actualités?|actualité|infos?|informations|noticias|nachrichten|notizie|nieuws|notícias)"
    r"\b[^\d.!?:;]{0,80}$",
    re.IGNORECASE,
)


# A local or community outlet's motto, printed under its name at the top of the page
# ("Borderzine" / "Reporting Across Borders", "KYUK" / "Bethel, Alaska | Public Media for the
# Yukon-Kuskokwim Delta", "Nonprofit news for Charlottesville and Albemarle", "Asian America's
# News Source", "The Voice of UH Mānoa"): what the outlet is (news, journalism, reporting, media,
# a voice, a paper), led only by a possessive name ("Asian America's") or a motto's adjectives
# ("Local", "Nonprofit", "Independent") and followed only by whom or where it serves, in names ("for Wellington",
# "of UH Mānoa", "Across Borders", "for the Truckee-Tahoe region"). A headline has its verb
# ("Gannett closes local newspaper", "Last newspaper in Hokkaido fishing town prints final
# edition") or lower-case words after the place; a wire's headline in capitals ("BAD NEWS FOR
# LATIN AMERICA") is left out by is_news_motto.
_NEWS_MOTTO = re.compile(
    # "Bethel, Alaska | ", "Roxboro, N.C. · ": the outlet's home before a bar or a middle dot
    r"^(?:[^|·]{1,40}[|·]\s*)?"
    r"(?:(?:the|your|an?)\s+)?"
    # capitalised words only as a possessive's ("Asian America's News Source"): a headline's
    # own words before "News" or "Voice" ("Meta Blocks News in Canada", "Trump Guts Voice of
    # America") are no motto's
    r"(?:(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*['’]s\s+)?"
    # a paper's boast among them ("Scotland's Best-Selling Quality Newspaper", "The Most
    # Widely Read Newspaper in Nigeria", "Lexington's News Leader")
    r"(?:(?:local|independent|non-?profit|community|public|trusted|quality|leading|largest|"
    r"oldest|best-?selling|most\s+(?:widely\s+)?(?:read|trusted)|"
    r"student|daily|weekly|hometown|regional|award-winning|digital|online)\s+){0,3}"
    r"(?:news(?:\s+(?:source|leader))?|journalism|reporting|media|radio|voice|newspaper)"
    r"(?:\s+(?i:for|of|from|across|in|on|about|serving)"
    r"(?:\s+(?:(?i:the|and|of|&)|(?-i:[A-Z])[\w'’.-]*)){1,6}"
    # "for the Truckee-Tahoe region": the place's own common noun after its name
    r"(?:\s+(?-i:region|area|community|communities|county|valley|coast))?"
    # "Local news you can trust": the motto's promise, where a headline has its verb's object
    r"|\s+you\s+can\s+trust"
    # "Local news that matters", "Local news that makes you smarter": what the news does for
    # its readers, the motto's promise (a headline's clause names its event instead)
    r"|\s+that\s+(?:matters|makes\s+(?:a\s+difference|you\s+(?:smarter|think)))"
    # "Person County's newspaper since 1881": the year the paper was founded, its boast
    r"|\s+since\s+(?:1[6-9]|20)\d\d)?$",
    re.IGNORECASE,
)


def is_news_motto(line: str) -> bool:
    """A news outlet's motto (_NEWS_MOTTO), not in capitals (a wire's headline is)."""
    text = line.strip()
    return not text.isupper() and _NEWS_MOTTO.match(text) is not None


# A bar alone on its line, left between the spans of a byline row ("Jane Roe" / "|" / "Thu 7
# Mar 2024") when a page's row is copied out one span a line; it joins nothing. (Medium's "·"
# alone stands between its row's parts, "Published in" / "The Publication" / "·" / "9 min read",
# which its own rules read with the dot in place.)
_LONE_SEPARATOR = re.compile(r"\|{1,2}")


# A paper's name and section over an edition sent as text, the edition named in brackets at
# the end ("Gazette & Times — Obituaries and Local Notes (text-only edition)", "The Courier —
# Sport (print edition)"), or after a dash or a bar ("The Tipperary Star — digital edition",
# "Valley Courier | e-Edition", an e-paper's header): the edition's header, no headline.
_EDITION_LABEL = re.compile(
    r"^[A-Z].{2,100}(?:\((?:text-only|text|plain-text|print|e-|electronic|digital|replica|mobile)"
    # after a dash only an e-edition, or "digital"/"replica edition" in lower case: a title-case
    # headline may end so ("Council Approves Budget, Tax Hike — Print Edition")
    r"\s?edition\)|\s[—–|-]\s+(?:e-\s?edition|(?-i:digital|replica)\s?edition))$",
    re.IGNORECASE,
)


_INDEX_TERMS_LENGTH = 200


def is_index_terms(text: str) -> bool:
    """The story's index terms under their label (see above): over the headline, the page's
    or the database's, never the headline; at the story's foot the terms stay with it."""
    return len(text) <= _INDEX_TERMS_LENGTH and _INDEX_TERMS.match(text) is not None


# A newsletter's or a magazine's issue number over its stories, alone or with the issue's own
# title after a dash or a bar ("Issue 214", "Issue No. 58", "Vol. 12, No. 3", "Edition #45 —
# Spring clean-up special"): the issue's furniture, never a story's headline. A ballot's
# "Issue 2 passes" or "Issue 1: what it means" goes on with its words, no dash or bar.
_ISSUE_NUMBER = re.compile(
    r"^(?i:issue|edition|vol\.?|volume)\s*(?i:no\.?\s*|number\s+)?#?\d{1,4}"
    r"(?:,\s*(?i:no\.?|number|issue)\s*#?\d{1,4})?"
    r"(?:\s+[–—|·]\s+\S.{0,60}|\s+-\s+\S.{0,60})?$"
    # the letter's own tagline first, the number after its bar ("Weekly hyperlocal newsletter |
    # Issue #88"): the tagline names a newsletter, as a headline over a review or a list never
    # does ("Ultimate Spider-Man | Issue #9", "Michigan's best fall drives | No. 3")
    r"|^(?=[^|·•]*\b(?i:newsletter|weekly|daily|digest|briefing|round-?up|bulletin|hyperlocal)\b)"
    r"[^|·•]{2,60}\s[|·•]\s+(?i:issue|edition|vol\.?|volume)\s*(?i:no\.?\s*|number\s+)?#?\d{1,4}$"
)


# A clipping's own label naming where it was cut from, the paper, the day and the page
# ("Clipping: Evening Courier, 3 Nov 1931, p. 7", "Clipped from The Gazette, May 2, 1960, Page
# 4"): a citation a reader or an archive puts over the cut-out, no headline. The page's number
# closes it, with a year before it.
# The story's index terms as a page, a feed or a database prints them over or under the
# story ("Keywords: farming, protest, trade", "Tags: Housing; Hackney", "Subjects: Elections",
# a blog's "Categories: Community, Schools", "Filed under: Sports"):
# the label, then terms of a few words each, set apart by commas, semicolons or bars, and no
# sentence's end. A headline opens with no such label.
_TERM = r"[\w'’&()./-]+(?:\s+[\w'’&()./-]+){0,3}"
_INDEX_TERMS = re.compile(
    rf"^(?i:keywords?|tags|tagged|subjects?|index\s+terms|descriptors|categor(?:y|ies)"
    rf"|filed\s+under)\s*:\s*{_TERM}"
    rf"(?:\s*[,;|]\s*{_TERM})*$"
)


_CLIPPING_LABEL = re.compile(
    r"^(?:Clipping|Clipped from|Clipped|Cutting)\s*:?\s+[A-Z].{2,120}\b(?:1[6-9]|20)\d\d\b.{0,40}?"
    r",?\s*(?:p\.|pp\.|pg\.|page)\s?[A-Z]?\d{1,4}[A-Z]?\.?$",
    re.IGNORECASE,
)


# A browser's print header, the site's name and the page's address on one line ("Detroit
# Free Press  https://www.freep.com/story/news/..."): a printed page's top, no headline.
_PRINT_HEADER = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,5}https?://\S+$"
    # a print view's own bar over the story: "The Hindu : Print this page", "Printer-friendly
    # version", "Printable version | May 21, 2023 10:41:33 AM | https://..."
    r"|^(?:[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}\s+[:|–-]\s+)?(?i:print\s+this\s+(?:page|article|story)"
    r"|print(?:er)?[- ]friendly\s+(?:version|page)|printable\s+version(?:\s+\|\s+.*\|\s+https?://\S+)?)$"
)


# A capture tool's label and the page's address heading the capture ("Scraped text:
# https://...", "Saved from: https://...", "Source URL: https://..."): the address alone after
# the colon, or after "from" with no colon ("Scraped from https://...", "Saved from
# https://..."). Amid the story, "Read the story: https://..." is a paragraph of its own.
_CAPTURE_ADDRESS_LABEL = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}(?:\s*:|(?<=\s(?i:from)))\s*https?://\S+$"
)


def is_capture_address_label(line: str) -> bool:
    """Whether the capture's first line is its tool's label over the page's address."""
    return _CAPTURE_ADDRESS_LABEL.match(line.strip()) is not None


# The publisher's note that a story was corrected, printed over it (AP's pages): "This story
# has been corrected to show that ...", "This article was updated to correct ..."; or what the
# earlier version got wrong, in a correction box over the headline (CBC's, the Post's, the
# Guardian's): "An earlier version of this story said ...".
_CORRECTION_NOTE = re.compile(
    r"^(?:Correction:\s*)?(?:This\s+(?:story|article|report|version)\s+(?:has\s+been|was|is)\s+"
    r"(?:corrected|updated\s+to\s+correct)\b"
    r"|An?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+"
    r"(?:story|article|report|post|item|piece|headline|photo\s+caption)\s"
    r"(?:\w+\s+){0,2}?(?:said|stated|reported|gave|named|misstated|misspelled|misidentified"
    r"|misattributed|incorrectly|wrongly|mistakenly|included|referred|described)\b).{0,300}$"
)


# A nonprofit newsroom's or a partner paper's note on how the story came to be, set between
# the page's header and the story or at its foot ("This article was produced for ProPublica's
# Local Reporting Network in partnership with The Gazette.", "This story is published in
# collaboration with ...", "This report was made possible by a grant from ..."): the page's
# note about the story, never its headline, deck or paragraph. A story's own sentence does not
# speak of itself as "this article".
_PRODUCTION_NOTE = re.compile(
    r"^(?:Editor['’]s\s+note:\s*)?This\s+(?:story|article|report|piece|investigation|project)\s+"
    r"(?:was|is|has\s+been)\s+(?:(?:co-)?(?:produced|published|reported|written)\s+"
    r"(?:for|by|with|in\s+(?:partnership|collaboration)\s+with|as\s+part\s+of|through)"
    r"|made\s+possible\s+(?:by|through|with)|(?:a\s+)?(?:collaboration|partnership)\s+(?:between|with)"
    r"|(?:supported|funded)\s+by)\s.{0,300}$"
)


def is_production_note(text: str) -> bool:
    """A page's note on how its story came to be ("This article was produced for ... in
    partnership with ..."): read as no headline nor deck over the story. (At the story's foot
    it stays with the text, as the page prints it.)"""
    return _PRODUCTION_NOTE.match(text) is not None


# The agency's note to the editors in capitals over its story, as AP's desk copy and its
# clients' pages print it ("EDITOR'S NOTE: This story contains language some readers may
# find offensive."): no headline, no story paragraph. (A page's own "Editor's note:" in mixed
# case may open its story's text, and stays.)
_CAPS_EDITORS_NOTE = re.compile(r"^EDITOR['’]?S\s+NOTE\s*(?::|\s[—–-])\s*\S.{0,600}$")


# A review's star rating on a line of its own: "★★★★☆", "★★★½", "4/5 stars", "Rating: 3.5/5".
_STAR_RATING = re.compile(
    r"^(?:[★☆✩✪✫✬✭✮✯⭐½\s]{3,12}"
    r"|(?i:rating\s*:\s*)?\d(?:\.\d)?\s*(?:/|out\s+of)\s*(?:5|10)(?i:\s+stars?)?)$"
)


# A page's tools set in a row under its byline, each a button ("• Share · Comment · print ·
# T+", "Print | Email | Share", "A- A+"): the text size toggles are buttons of one or two marks.
_ROW_MARKS = re.compile(r"\s*[·•|]\s*")
_SIZE_TOGGLE = re.compile(r"^(?:[AT][+-]|[AT][+-]\s*[AT][+-])$")


def _button_row(text: str) -> bool:
    """Two or more items set apart by dots or bars, each a button's word (share, print,
    comment, a text size toggle); a row with any other item is a menu or a sentence."""
    if len(text) > 80:
        return False
    items = [x for x in _ROW_MARKS.split(text) if x]
    return len(items) >= 2 and all(
        _CHROME_LINES.match(x) or _SIZE_TOGGLE.match(x) or _TOOLBAR_BUTTON.match(x) for x in items
    )


# A page's consent banner and its skip links, which scraped copy keeps above the headline:
# "Accept all cookies", "We use cookies to personalise content ... Cookie Settings", "We value
# your privacy", "Skip to main contentSkip to navigation", "Go to Contents Go to Navigation".
_CONSENT_OR_NAV = re.compile(
    r"""^(?:
        (?:accept|reject|allow|manage|decline)\s+(?:all\s+)?cookies.*|cookie\s+(?:settings|preferences|policy).*|
        # a banner's buttons for the kind of cookies it asks about: "Accept additional cookies",
        # "Reject analytics cookies" (GOV.UK's and other public sites' banners)
        (?:accept|reject|allow|decline)\s+(?:additional|optional|analytics|non-essential|marketing)
            \s+cookies|
        # "We use some essential cookies to make this website work." (GOV.UK's banner)
        we\s+use\s+(?:some\s+)?(?:essential|necessary)\s+cookies\s+to\b.*|
        # ("We use cookies and other technologies to personalise content and ads. ...", El
        # País's and other Prisa sites' banners)
        we\s+(?:and\s+our\s+partners\s+)?use\s+cookies\s+(?:and\s+(?:similar|other)\s+technologies\s+)?to\b.*|
        .{0,300}\b(?:accept|reject|allow)\s+all(?:\s+cookies)?\s+cookie\s+(?:settings|preferences)|
        we\s+(?:value|care\s+about|respect)\s+your\s+privacy.*|your\s+privacy\s+choices|
        # a sign-up box's consent note under its e-mail field: "By signing up, I agree to the
        # Terms of Use and acknowledge the Privacy Notice", "By subscribing, you agree to ..."
        by\s+(?:signing\s+up|subscribing|registering|clicking\s+(?:["“]?[\w ]{1,20}["”]?)|
            submitting\s+(?:your|this)\s+\w+(?:\s+address)?|entering\s+your\s+e-?mail(?:\s+address)?|
            creating\s+an\s+account|continuing)\s*,?\s+(?:you|i|we)\s+(?:\w+\s+)?
            (?:agree|acknowledge|consent|accept|confirm|understand)\b.*|
        # the banner's heading and its notice: "Cookies on the BBC website", "The site has
        # updated its cookie policy. We use cookies to ensure that ..."
        cookies\s+on\s+(?:the\s+|this\s+)?(?:[\w.&'’-]+\s+){0,4}(?:website|site)|
        # the banner's heading naming the site by its address: "Cookies on GOV.UK"
        cookies\s+on\s+[a-z\d-]{1,30}(?:\.[a-z\d-]{1,30}){0,3}\.[a-z]{2,6}\s*$|
        .{0,200}?\b(?:has|have)\s+updated\s+(?:its|our)\s+(?:cookie|privacy)\s+policy\b.*|
        .{0,200}?(?:^|[.!]\s)we\s+use\s+cookies\s+to\b.*|
        # "This website uses cookies to improve your experience. Accept" (WordPress's banners):
        # a second sentence or a button says a banner; a headline of those words ("This website
        # uses cookies to track you, regulator finds") has neither; the banner's heading may
        # run into it ("The Times of Israel cookie policy: This website uses cookies. ..."), a
        # heading of a banner's words, short ("Ask Amy: Our website uses cookies, and my boss
        # ..." is a column's headline)
        (?:[^.!:]{0,50}?\b(?:cookies?|privacy|consent|data\s+protection)(?:\s+(?:policy|notice
           |settings|preferences|consent))?\s*[.!:]\s+)?(?:this|our)\s+(?:web\s*)?(?:site|website)\s+uses\s+cookies\b
           (?=.*(?:[.!]\s+\S|\b(?:accept|agree|consent|ok|okay|got\s+it|learn\s+more|read\s+more
              |more\s+info|settings|preferences|reject|decline|dismiss|opt[\s-]?out)\b)).*|
        # skip links run together with the page's other hidden links ("Content Skip to Main
        # ContentAccessibility Help"), and a search box's note for screen readers
        .{0,40}?\b(?:skip|jump)\s+to\s+(?:the\s+)?main\s+content.{0,40}|
        when\s+(?:search\s+)?(?:suggestions|results|autocomplete\s+results)\s+are\s+available
            \s+use\s+(?:the\s+)?up\s+and\s+down\s+arrows\b.*|
        (?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|contents|navigation|search|footer|
            menu|article)(?:\s*(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+|site\s+)?\w+)*
        # a section's skip link with that section's heading run into it: "Skip next section
        # DW has a new look!", "Skip previous section Related topics"
        |skip\s+(?:to\s+)?(?:the\s+)?(?:next|previous)\s+section\b.{0,80}
        |(?:passer|aller)\s+au\s+(?:contenu|menu)(?:\s+principal)?|
        (?:ir|saltar)\s+al\s+(?:contenido|menú)(?:\s+principal)?|
        (?:zum|direkt\s+zum)\s+(?:inhalt|hauptinhalt)(?:\s+springen)?|
        (?:vai|salta)\s+al\s+contenuto(?:\s+principale)?|(?:pular|ir)\s+para\s+o\s+conteúdo|
        (?:wir\s+(?:verwenden|nutzen)|nous\s+utilisons|utilizamos|utilizziamo|usamos|wij\s+gebruiken)
            \s+(?:\w+\s+){0,2}cookies\b.*|
        (?:alle\s+akzeptieren|tout\s+accepter|aceptar\s+(?:todo|todas)|accetta\s+tutti|
            aceitar\s+(?:todos|tudo)|alles\s+accepteren)
    )\s*[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)


# A site's alert or promotion bar, printed across the top of every page: its label, a colon,
# and a teaser ("Breaking: Crash closes lanes on I-40", "Sponsored: Find the best senior
# living", "BREAKING NEWS: ...", "Weather Alert: ...", "Paid Post: ..."). The label says the
# line is the site's, not the story's; whether it IS a bar over another story's headline
# (and not that story's own "Breaking:" headline) the caller tells from the headline under it.
_PAGE_BAR = re.compile(
    r"^(?i:breaking(?:\s+news)?|developing(?:\s+story)?|(?:news|weather|traffic|amber|severe\s+weather)"
    r"\s+alert|alert|just\s+in|happening\s+now|sponsored(?:\s+content)?|paid\s+(?:post|content)|"
    r"promoted|partner\s+content|advertisement|ad|deals?)\s*:\s+\S.{3,160}$"
)
# The bars whose label marks a paid promotion: never the story's own headline, wherever they stand.
_PROMO_BAR = re.compile(
    r"^(?i:sponsored(?:\s+content)?|paid\s+(?:post|content)|promoted|partner\s+content|"
    r"advertisement|ad)\s*:"
)


def is_page_bar(text: str) -> bool:
    """A site's alert or promotion bar (cleaned text): "Breaking: ...", "Sponsored: ..."."""
    return _PAGE_BAR.match(text) is not None


def is_promo_bar(text: str) -> bool:
    """A paid promotion's bar ("Sponsored: ...", "Paid Post: ..."): an advertiser's teaser."""
    return _PROMO_BAR.match(text) is not None and is_page_bar(text)


# A newsletter's or a series' own label over the post's title, as letters and magazines print
# it: the tagline that calls the letter what it is ("A newsletter about how we work", "A weekly
# column on money"), the series' part ("Part 3 of our series: The Shorter Week", "Part two of
# four"), or the issue's contents ("This week: a 24-hour library, a bench that talks, and your
# letters", "In this issue: ..."), a list that names more than the one story.
_LETTER_LABEL = re.compile(
    # ("The" with a word between, "The weekly newsletter ...": "The blog of a dying teacher
    # that moved a nation" is a headline about a blog; a letter calls itself "a" or "your")
    r"^(?:(?:A|Your)\s+(?:[\w-]+\s+){0,3}(?:newsletter|podcast|column|blog)"
    r"(?:\s+(?:about|on|for|from|of|with)\b[^.!?]{0,60})?"
    # ("The" goes on only with whose it is, a name: "The weekly newsletter from The Atlantic";
    # "The true-crime podcast about a vanished teenager", "The cooking blog for people who
    # hate cooking" are headlines about a podcast or a blog)
    r"|The\s+(?:[\w-]+\s+){1,3}(?:newsletter|podcast|column|blog)"
    r"(?:\s+(?:from|of|by)\s+(?-i:[A-Z])[^.!?]{0,60})?"
    r"|Part\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|(?:our|the|a)\b[^.!?]{0,60})"
    r"|(?:This\s+week|In\s+this\s+(?:issue|edition)|In\s+today['’]s\s+(?:issue|edition|letter)"
    # a list of three items at least: two commas, or a comma and an "and" after it ("Inside:
    # Britain's busiest A&E, where patients wait 40 hours" is a headline's clause)
    r"|Also\s+inside|Inside)\s*:\s+(?:[^.!?]*,[^.!?]*(?:,|\s(?:and|&)\s)[^.!?]*"
    # or set apart by middle dots, bullets or bars, as a letter's contents line prints its
    # topics ("In this issue: COP29 · carbon markets · adaptation"): two of them at least
    r"|[^.!?·•|]+(?:\s[·•|]\s[^.!?·•|]+){2,}))$"
    # an issue's heading alone over its first story ("HEADLINES THIS WEEK", "This week's top
    # stories", "Today's headlines"): the letter's contents heading, which names no story
    r"|(?:(?:top\s+)?(?:headlines|stories|news)\s+this\s+(?:week|issue|month)"
    r"|(?:this|last)\s+week['’]s\s+(?:top\s+)?(?:headlines|stories|news)"
    r"|today['’]s\s+(?:top\s+)?(?:headlines|stories))$",
    re.IGNORECASE,
)
# A label a page or a newsletter sets alone over the name of whoever it announces: a sponsor
# ("TOGETHER WITH" / "Tacoma Credit Union", as beehiiv's and Morning Brew's letters print it;
# "Presented by", "Today's sponsor") or a sign-up box's call over its newsletters' names
# ("Sign up for The New Statesman's newsletters ..." / "Morning Call"). The name under it is
# the sponsor's or the letter's, no photo's credit.
_NAMING_LABEL = re.compile(
    r"^(?:together\s+with|presented\s+by|sponsored\s+by|brought\s+to\s+you\s+by|supported\s+by|"
    r"in\s+(?:partnership|collaboration)\s+with|(?:today['’]s|this\s+week['’]s|our)\s+sponsors?|"
    r"(?:a\s+(?:word|message)\s+)?from\s+our\s+sponsors?)\s*:?$"
    r"|^(?:sign\s+up|subscribe)\b.{0,80}\bnewsletters?\b",
    re.IGNORECASE,
)


def is_letter_label(text: str) -> bool:
    """A newsletter's tagline, a series' part or an issue's contents line (_LETTER_LABEL),
    printed over a post's title: the letter's furniture, never the title."""
    return len(text) <= 160 and _LETTER_LABEL.match(" ".join(text.split())) is not None


def is_naming_label(text: str) -> bool:
    """A sponsor's label or a newsletter sign-up's call (cleaned text), over the name it
    announces on the next line."""
    return _NAMING_LABEL.match(text) is not None


def is_consent_or_nav(text: str) -> bool:
    """A consent banner or skip-link line (cleaned text): chrome above the headline."""
    return len(text) <= 400 and bool(_CONSENT_OR_NAV.match(text) or _BACK_LINK.match(text))


# A portal's link back to the list it opened the item from ("< Back to package", "Back to
# feed", "← Back to search results": Reuters Connect's, Signal AI's, Meltwater's item views):
# an arrow before it, or a list's name after it ("Back to school" is a headline's words).
_BACK_LINK = re.compile(
    r"^(?:[<‹«←]\s*back\s+to\b.{0,40}|back\s+to\s+(?:the\s+|all\s+|my\s+)?(?:feed|package|"
    r"search(?:\s+results)?|results|list|dashboard|inbox|overview|articles|stories|coverage|"
    r"report|folder|alerts|mentions|newsletter|top|news|newsroom|blog|posts|insights|updates|"
    # an organisation's newsroom: "Back to news", "Back to press releases", "Back to media
    # centre"
    r"(?:news|press|media)\s+(?:releases?|room|centre|center|statements)|press|media\s+centre))$",
    re.IGNORECASE,
)

# An aggregator's or an app's link to the story at the outlet that published it, under the
# text it shows ("Read full article on Community Impact", "Read on The Verge", "Continue
# reading at The Atlantic", "View original article at Star Tribune", "See the full story on
# WRAL"): the name after it is the outlet's, so a line under the headline that is only that
# name is the outlet's credit (the aggregator's source line), not a writer's byline.
_OUTLET_LINK = re.compile(
    r"^(?:read|view|see|continue\s+reading|keep\s+reading|open)"
    r"(?:\s+(?:the|this))?(?:\s+(?:full|original|whole|complete))?"
    r"(?:\s+(?:article|story|post|report))?\s+(?:on|at|in)\s+(?P<outlet>[^.!?|·•]{2,60}?)\.?$",
    re.IGNORECASE,
)


def linked_outlet(text: str) -> str | None:
    """The outlet an aggregator's "Read full article on ..." link names (cleaned text), or
    None."""
    if len(text) > 90:
        return None
    m = _OUTLET_LINK.match(" ".join(text.split()))
    return m.group("outlet").strip() if m is not None else None


# A media-monitoring service's field over the item it clipped ("Keywords: Wellington Water",
# "Topics: Ports & Shipping", "Reach: 812K", "Sentiment: Neutral", "Audience: 1,240,500",
# "ASR: NZD 11,866": Meltwater's, Cision's, Isentia's, Signal AI's headers), alone or among
# others on one row ("24 Jul 2024 · 6:15 AM · Reach: 812K · Sentiment: Neutral"): the
# service's record of the clip, never its headline nor the page's own date stamp.
_SERVICE_FIELD = re.compile(
    r"^(?:keywords?|topics|entities|reach|audience|sentiment|tone|circulation|readership|"
    r"impressions|ave|asr|uvm|(?:ad|advertising|publicity|media)\s+value)\s*:\s*\S",
    re.IGNORECASE,
)
_SERVICE_SEPARATOR = re.compile(r"\s+[·|•]\s+")


# A monitoring digest's count of what it holds, every part of its row a number and what it
# counts ("12 new articles · 3 high relevance", "48 mentions", "5 results"): no headline.
_SERVICE_COUNT = re.compile(
    r"^\d[\d,]*\s+(?:(?:new|unread|high[-\s]relevance)\s+)?"
    r"(?:articles?|mentions?|results?|items?|stories|alerts?|clips?|high[-\s]relevance)$",
    re.IGNORECASE,
)


_SERVICE_AUTHOR = re.compile(r"^(?i:author|authors|journalist|byline)\s*:\s*(?P<names>\S.*)$")


# An e-paper reader's row over a page's story ("Vancouver Sun · 2 Mar 2024 · A4 · JANE ROE
# jroe@paper.com", PressReader's): the paper, the issue's date and the page, then the writer,
# with the e-mail address some papers print after the name.
_EDITION_DATE = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}$"
)
_EDITION_PAGE = re.compile(r"^(?:[A-Z]{1,2}\d{1,3}|(?i:page|pg\.?|p\.?)\s*[A-Z]?\d{1,3}[A-Z]?)$")
_TRAILING_EMAIL = re.compile(r"\s+\S+@[\w-]+(?:\.[\w-]+)+$")


def edition_author(text: str) -> str | None:
    """The writer an e-paper's row names after the paper, the issue's date and the page
    (_EDITION_DATE), without an e-mail address after the name; None for any other row (a
    row without a page or a date is a page's meta line, read elsewhere)."""
    parts = [part.strip() for part in _SERVICE_SEPARATOR.split(text)] if len(text) <= 200 else []
    if len(parts) < 4 or not _EDITION_DATE.match(parts[-3]) or not _EDITION_PAGE.match(parts[-2]):
        return None
    return _TRAILING_EMAIL.sub("", parts[-1]).strip() or None


def service_author(text: str) -> str | None:
    """The writer a clipping service's field row names ("The Herald · 9 Oct 2024 · Reach:
    1.4M · Author: Jane Roe · Sentiment: Negative"), or an e-paper's row
    (`edition_author`), as printed, or None."""
    if (author := edition_author(text)) is not None:
        return author
    if not is_service_fields(text):
        return None
    for part in _SERVICE_SEPARATOR.split(text):
        m = _SERVICE_AUTHOR.match(part.strip())
        if m is not None:
            return m.group("names").strip()
    return None


def is_service_fields(text: str) -> bool:
    """A clipping service's field row over the clipped item, or its digest's count of items
    (see above)."""
    parts = [part.strip() for part in _SERVICE_SEPARATOR.split(text)]
    return len(text) <= 300 and (
        any(_SERVICE_FIELD.match(part) for part in parts)
        or all(_SERVICE_COUNT.match(part) for part in parts)
    )


# A skip link ("Skip to Main Content", "Jump to navigation"): the first line of a page's header.
_SKIP_LINK = re.compile(
    r"^(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|contents|navigation|menu)\b",
    re.IGNORECASE,
)
# A menu item: a word or three, each capitalised or "&", no sentence's punctuation or digits.
_MENU_ITEM = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|and|of)){0,2}$")
# A page's header menu is at least this many items.
_MIN_MENU = 3


def skip_link_menu(lines: list[str]) -> list[int]:
    """The lines of the menu a skip link opens (a text browser's dump keeps them one to a line:
    "Skip to Main Content / CBC / Menu / Search / Sign In / Quick Links / News / Canada"): the
    items that follow the skip link in its block, up to a blank line or the first line that is
    no menu item (the headline, a sentence). Only near the top, where a page prints them."""
    head = [i for i, line in enumerate(lines[:60]) if line][:8]
    start = next((i for i in head if _SKIP_LINK.match(lines[i].strip())), None)
    if start is None:
        return []
    items: list[int] = []
    for j in range(start + 1, len(lines)):
        text = lines[j].strip()
        if not text or not _MENU_ITEM.match(text):
            break
        items.append(j)
    return items if len(items) >= _MIN_MENU else []


# "Topics:", "Tags" alone over the story's tags, one a line ("PUNGGOL" / "PARKS AND GARDENS" /
# "NATIONAL PARKS BOARD (NPARKS)", The Straits Times' foot; "Tags / Keywords:" over "Palm Oil,
# Subsidies", The Star's): the story has ended, and a tag in capitals is no caption's credit.
# Soft: a crosshead may read so over sentences.
_SOFT_TERMINATORS = re.compile(
    r"^(?:(?:read|see)\s+more|topics|tags(?:\s*/\s*keywords)?)\s*:?$", re.IGNORECASE
)
# "Also In Government", "Also on Sport", "Also in Barron's": the section's other stories, the
# section named in capitals. Soft: a story's crosshead reads so too ("Also on the ballot",
# "Also in Europe" over the paragraphs they head).
_SECTION_LIST = re.compile(
    r"^[Aa](?i:lso)\s+(?i:in|on)\s+[A-Z][\w&'’-]*(?:\s+(?:&|[A-Z][\w&'’-]*)){0,2}:?$"
)


# The letters a terminator heading can start with (read from the patterns, so a new heading
# is never missed; a superset is harmless): a cheap test before the patterns themselves.
TERMINATOR_INITIALS = frozenset(
    c
    for letter in re.findall(
        r"(?:\(\?:|\|)\s*([a-z])", _TERMINATORS.pattern + _SOFT_TERMINATORS.pattern
    )
    for c in (letter, letter.upper())
) | {"a", "A"}  # _SECTION_LIST's


def is_terminator(line: str, next_line: str | None = None) -> bool:
    """A heading after which the page lists other stories. "Read more" ends the story only when
    what follows is a list of headlines, not more of the story's sentences."""
    text = " ".join(line.split())
    if _TERMINATORS.match(text):
        return True
    if _SOFT_TERMINATORS.match(text) or _SECTION_LIST.match(text):
        return next_line is None or not next_line.rstrip("”\"’'").endswith((".", "!", "?"))
    return False


_STAMP_PREFIX = re.compile(
    r"^(?:(?:first\s+|originally\s+)?published|updated|posted|last\s+updated|last\s+modified)\b"
    r"\s*(?:on|at)?\s*[:-]?\s*",
    re.IGNORECASE,
)
# A date written day, month, year with dashes ("23-04-2024"), no longer run of figures.
DAY_FIRST_DASHED = r"\b(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d\b(?!-\d)"
_HAS_DATE = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|\d{4}-\d\d-\d\d|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    # "23-04-2024 - 13:05": the day first, set apart by dashes (the European Parliament's and
    # other European and Indian sites' stamps); a day, a month and a year of this or the last
    # century, no telephone number's groups ("44-20-7946-0321")
    r"|" + DAY_FIRST_DASHED
)
# "Today at 06:30", "Yesterday 14:05": a day named by its distance, and a time.
_RELATIVE_STAMP = re.compile(
    r"^(?:today|yesterday)(?:\s+at)?,?\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE
)
# "INQUIRER.net / 04:22 PM March 05, 2024": the site's name, then the stamp.
_SITE_BEFORE_STAMP = re.compile(r"^[A-Za-z][\w-]*\.(?:com|net|org|co\.\w\w|\w\w)\s+[/|]\s+")
# "Mar 12, 2024 - Business", "... 09:12 pm IST - CHENNAI": a section or a place after the stamp.
_TRAILING_LABEL = re.compile(r"\s+[-–—|]\s+[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,2}$")
# "Thursday, 17 October 2024   Page 4", "Mar. 3, 2025, Page A6": the print page after the
# issue's date, as an e-paper's or a clipping service's header prints its folio on one line
_PRINT_PAGE_AFTER = re.compile(
    r"(?:\s*[,|·•]|\s+[-–—])?\s+(?i:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}[A-Z]?$"
)


# "... | Updated ...", "..., updated ...", "... - Updated ...", "... | Page modified ...": a
# second stamp after the first; with no mark between them, only right after the first
# stamp's time, year or zone ("Wed Nov 3, 2021 09:14 PM Last update on: Wed Nov 3, 2021 10:02
# PM", South Asian papers' "Last update on", Gulf papers' "Last updated:"), which a sentence
# that goes on after a date ("... on Nov 3, 2021 updated its rules") is not
_SECOND_STAMP = re.compile(
    r"(?:\s*(?:[|,]|\s[-–—])\s*|(?<=(?-i:\d\d|[AP]M|[ap]m|ST|[CEMP]T))\s+(?=(?i:last\s+updated?|updated)\b[^:]{0,6}:))"
    r"(?=(?:(?:page\s+)?(?:updated|modified)|last\s+update[d]?|"
    r"(?:first\s+|originally\s+)?published)\b)",
    re.IGNORECASE,
)


@short_text_cache  # asked again of the same line within an article
def is_page_timestamp(line: str) -> bool:
    """A page's publication stamp ("Nov. 19, 2014 at 3:42 PM", "Updated 5:14 PM EDT, May 23,
    2023"): a short line that is nothing but a date and a time, which is not story text."""
    text = " ".join(line.split())
    if len(text) <= 40 and _RELATIVE_STAMP.match(text):
        return True
    if len(text) > 80 or not _HAS_DATE.search(text):
        return False
    # "Published ... | Updated ...", "Posted ..., updated ...": the first stamp is enough
    text = _SECOND_STAMP.split(text, maxsplit=1)[0]
    text = _SITE_BEFORE_STAMP.sub("", _PRINT_PAGE_AFTER.sub("", text))
    core = _TRAILING_LABEL.sub("", _STAMP_PREFIX.sub("", text))
    core = re.sub(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", r"\1/\2/\3", core)  # "11.03.2024"
    core = re.sub(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", r"\1/\2/\3", core)  # "23-04-2024"
    core = re.sub(r"\s+-\s+(?=\d{1,2}[:.]\d\d\b)", " ", core)  # "23-04-2024 - 13:05": the hour
    # "January 19, 20235:00 AM ET": the year and the time run together on scraped pages
    core = re.sub(r"\b(\d{4})(\d{1,2}:\d\d)\b", r"\1 \2", core)
    core = re.sub(r"\s+[|/•·—–]\s+|\s+at\s+|,", " ", core, flags=re.IGNORECASE)
    core = re.sub(r"\b(\d{1,2})\.(\d\d)\b", r"\1:\2", core)  # "10.15 GMT": a time
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "EDT" and friends are unknown time zones to dateutil
        try:
            dateparser.parse(core, fuzzy=False)
        except (ValueError, OverflowError):
            return False
    return True
