"""A boilerplate lexicon: line patterns that are site chrome on any news site.

In the spirit of C4's line rules and jusText's stop phrases: each pattern names a
stable reason code written to ``Article.removed``. Patterns that match long lines
are phrased tightly, since a long line is more likely prose than chrome.
"""

from __future__ import annotations

import re

from .markup import SOCIAL_EMBED, unmarked
from .names import parse_byline
from .text_stats import has_unspaced, word_count

_SOCIAL = (
    r"(?:facebook|twitter|x\.com|instagram|youtube|linkedin|whatsapp|telegram|pinterest|reddit|tiktok|e-?mail|"
    r"google\+|flipboard|tumblr|messenger|snapchat|threads|bluesky|mastodon|copy link)"
)

OTHER_STORIES_ELSEWHERE = (
    r"^(mehr zum thema|das könnte sie auch interessieren|ähnliche artikel|sur le même sujet|articles similaires|"
    r"te puede interesar|artículos relacionados|noticias relacionadas|articoli correlati|potrebbe interessarti|"
    r"notícias relacionadas|gerelateerde artikelen|ilgili haberler|bunlar da ilginizi|oxşar xəbərlər|"
    r"digər xəbərlər|похожие (статьи|новости|материалы)|другие новости|схожі новини|"
    r"meistgelesen|am meisten gelesen|les plus (lus|populaires|partagés)|lo más (leído|visto|popular)|"
    r"(las )?(noticias )?más leídas|(as )?mais (lidas|vistas|populares)|(i )?più (letti|popolari|visti)|"
    r"meest gelezen|en çok okunan(lar)?|ən çox oxunan(lar)?|самые (популярные|читаемые)|самое (популярное|читаемое)|"
    r"(популярное|найпопулярніше|найчитаніше)\s*:?$)(?=\W|$)"
)
"""The heading of a box of other stories in the stoplists' other languages ('Mehr zum Thema', 'Les plus lus',
'Самые популярные'), as the English ones in ``teasers._BOX_HEADING``. Not 'Read also' ('Leggi anche',
'Читайте также'): that prompt stands inside articles there."""

RECOMMENDED_STORIES = (
    r"^((more( stories| articles| posts)? )?you (may|might) (also )?(like|enjoy)|(stories|articles|posts) you (may|might) "
    r"have missed|(promoted|sponsored|partner) (stories|links|posts)|(around|from) the web|more from (our|the) "
    r"(network|web|partners)|read (these|this) next|what to read next|more to (read|explore)|"
    r"popular on [\w.]+)\s*:?$"
)
"""A recommendation widget's heading over other stories, a site's or an ad network's ('More you might like',
'Promoted Stories', 'Around the Web'): navigation, and a box of teasers' heading in ``teasers._BOX_HEADING``."""

# (reason, pattern, longest line in words the pattern may remove)
_RULES: tuple[tuple[str, str, int], ...] = (
    ("comment_form", r"^please (enter|fill in|type) your (comment|name|e-?mail|message)", 12),
    ("comment_form", r"^(leave|post|add|submit) (a|your) (reply|comment|response)", 8),
    ("comment_form", r"your e-?mail address will not be published|required fields are marked", 30),
    ("comment_form", r"^save my name,? e-?mail|^notify me of (new|follow-up)", 30),
    ("comment_form", r"^you must be logged in to post|^(\d+ )?(comments?|responses?|replies)( \(\d+\))?:?$", 10),
    ("comment_form", r"^(name|e-?mail|website|comment)\s*\*?:?$", 2),
    ("comment_form", r"^be the first to (comment|review|reply)\b", 10),
    # WordPress's title over the comments: '59 Comments on “Title”', 'One thought on “Title”'.
    ("comment_form", r"^(\d+|one|two|three) (comments?|thoughts?|responses?|replies) (on|to) [“\"‘'«]", 40),
    (
        "comment_form",
        r"\bcomments? (are|is|will be|may be) (moderated|reviewed|held for moderation)|"
        r"\bcoment[aá]rios?\b.{0,80}\b(moderad[oa]s?|ser[aã]o aprovados|no ser[aá]n? aprobados|moderador)\b|"
        r"\bkommentare werden moderiert\b|\bles commentaires sont mod[ée]r[ée]s\b|\bi commenti sono moderati\b",
        30,
    ),
    (
        "comment_form",
        r"^(lascia(re)? un commento|deixe (um|seu|o seu) coment[aá]rio|deja (un|tu) comentario|"
        r"laisser un commentaire|laissez un commentaire|schreibe einen kommentar|kommentar (schreiben|hinterlassen)|"
        r"plaats een reactie|geef een reactie|lämna en kommentar|zostaw komentarz|yorum yap|оставить комментарий)\b",
        8,
    ),
    (
        "comment_form",
        r"\b(devi essere connesso per|você precisa (estar logado|fazer login) para|debes (estar registrado|iniciar "
        r"sesión) para|vous devez (être connecté|vous connecter) pour|du musst angemeldet sein)\b",
        25,
    ),
    # A press release's contact box ('Media Contact:', 'Press inquiries', 'For more information, contact:'): the
    # name under it is whom to call, not who wrote the text.
    (
        "contact_info",
        r"^((media|press|investor|news ?room|public) (relations )?)?(contacts?|inquiries|enquiries)\s*:?$|"
        r"^(media|press|investor|public) relations\s*:?$|"
        r"^for (further|more|additional) (information|details),? (please )?contact\s*:?$",
        5,
    ),
    ("follow_prompt", r"^follow (us|@)", 45),
    ("follow_prompt", r"^follow \S+( \S+)? on\b", 6),
    ("follow_prompt", r"^(e-?mail|contact|reach) [\w .'’-]{1,40}\bat \S+@\S+", 30),
    ("follow_prompt", rf"^(follow|like|join) (us |our [\w ]+)?on {_SOCIAL}", 15),
    ("share_prompt", rf"^(share|tweet|pin|email|print)( (this|the) (article|story|post|page))?( on {_SOCIAL})?:?$", 6),
    ("share_prompt", rf"^(share|spread the word)\b.*{_SOCIAL}", 10),
    ("share_prompt", rf"^({_SOCIAL}[\s,|/]*){{2,}}$", 12),
    ("share_prompt", rf"^{_SOCIAL}$", 2),
    # WordPress's share buttons printed with their screen-reader text ('Click to share on LinkedIn (Opens in
    # new window) LinkedIn', 'Click to email a link to a friend (Opens in new window)').
    ("share_prompt", r"^click to (share|email|print|tweet|pin)\b.*\(opens in new window\)", 15),
    # WordPress's share and like bars ('Share this:', 'Like this:'), and 'Share Article:'
    ("share_prompt", r"^(share|like) (this|(this |the )?(article|story|post|page|recipe))\s*:?$", 4),
    (
        "call_for_submissions",
        r"send us your (article|story|opinion|op-?ed|piece)|^become an? (analyst|contributor|author|writer)",
        25,
    ),
    ("newsletter", r"^(sign up|subscribe)\b|\bnewsletter\b", 25),
    # A paywall's prompt under the article's first paragraphs ('You have reached your limit of free articles').
    (
        "paywall",
        r"\byou('ve| have) (reached|read|used) (your|all|the)( \w+)? (limit|maximum|free (articles?|stories))|"
        r"\b(subscribe|sign up|register)( today| now)? (for|to (get|enjoy|continue)) (unlimited|full|complete|digital) "
        r"access\b|^already (a subscriber|have an account)\??( (log|sign) in\.?)?$|"
        r"\bto continue reading,? (please )?(subscribe|log in|sign in|register)\b|"
        r"\bthis (article|story|content) is (only )?(for|available (only )?to|reserved for|exclusive to) "
        r"(subscribers|members|premium)",
        60,
    ),
    ("newsletter", r"\bsubscribe to (our|the)\b|\bunsubscribe at any time\b|^no spam\b", 30),
    # Substack's box under every post, and a plural 'Sign up for our newsletters' in a site's blurb.
    ("newsletter", r"\bis a reader-supported publication\b|\bsign up for (our|the) (free )?newsletters\b", 40),
    # A membership pitch under the article ('If you enjoyed this article, we have a proposition for you: Join …')
    # and a newsletter's promise ('Get our analysis delivered right to your inbox').
    (
        "newsletter",
        r"^if you (enjoyed|liked|found value in|appreciate[d]?) this (article|story|post|piece)\b|"
        r"\bdelivered (right |straight |directly )?to (you|your inbox)\b",
        40,
    ),
    ("disclaimer", r"views (and opinions )?expressed (in|by|here)|opinions expressed (in|by|here)", 80),
    (
        "disclaimer",
        r"(do|does) not (necessarily )?(reflect|represent) the (official )?(views?|position|policy|opinions?)",
        80,
    ),
    ("disclaimer", r"solely (those )?of the (author|writer)s?", 80),
    # The fine print a short article can lose its run to: a form's consent, a quote feed's credit,
    # a results disclaimer ('By submitting this form you agree …', 'Quote data provided by …').
    (
        "disclaimer",
        r"^by (submitting|registering|signing up|subscribing|creating an account|clicking)\b.{0,300}"
        r"\b(you )?(agree|consent|accept|acknowledge|become a member)|"
        r"\b(market|quote|stock quote|price) data (is |are )?(provided|powered|supplied|delayed)\b|"
        r"\bquotes? (are |is )?delayed (by )?(at least )?\d+ min|^[+*†‡]?\s*results (may )?vary\b",
        80,
    ),
    (
        "disclaimer",
        r"not been evaluated by the food and drug administration|(are|is an?) (registered )?trademarks? of\b",
        80,
    ),
    (
        "disclaimer",
        r"^the (information|content) (provided|contained|published) (on|in) this (web ?site|site|page)\b",
        80,
    ),
    ("copyright", r"^(©|\(c\)|copyright\b)|all rights reserved", 30),
    # A site's legal fine print, however long ('Most stock quote data provided by BATS. … All Rights Reserved. …
    # registered trademarks of …', 150 words at a news page's foot, denser than a two-paragraph story).
    (
        "copyright",
        r"^(?=.*\ball rights reserved\b)(?=.*\b(trademarks?|licensors?|proprietary|terms of (use|service))\b)",
        400,
    ),
    ("cookie_notice", r"\b(we|this (web)?site) uses? cookies\b|\bcookie (policy|settings|preferences)\b", 40),
    # A consent banner runs longer than a notice ('We and our partners store and/or access information on a
    # device, …', 80-150 words), and its buttons stand alone ('Accept all', 'Manage preferences').
    (
        "cookie_notice",
        r"\b(we|this (web)?site) uses? cookies\b.*\b(by (clicking|continuing|using|browsing)|"
        r"you (agree|consent) to (our|the) use)",
        150,
    ),
    ("cookie_notice", r"\bwe and our (\d+ )?(partners|vendors) (store|use|process|access)\b", 150),
    # A consent manager's description of each kind of cookie ('Necessary cookies are absolutely essential …').
    (
        "cookie_notice",
        r"^(strictly )?(necessary|essential|functional|performance|analytics?|analytical|advertising|advertisement|"
        r"marketing|targeting|preference|statistics?) cookies (are|is|help|allow|enable|collect|track|may|used)\b|"
        r"^this category (only )?includes cookies\b",
        80,
    ),
    (
        "cookie_notice",
        r"^(accept|reject|allow|refuse|decline) (all|all cookies|cookies|optional cookies)$|"
        r"^(manage|customi[sz]e) (preferences|cookies|consent|options|settings)$",
        3,
    ),
    (
        "cookie_notice",
        r"\b(utilizziamo|usiamo|questo sito (utilizza|usa)) (i )?cookie|\b(utilizamos|usamos|este sitio (web )?"
        r"utiliza|este site (utiliza|usa)) cookies|\bnous utilisons des cookies|\bce site utilise des cookies|"
        r"\bwir (verwenden|nutzen) cookies|\bdiese (web)?seite (verwendet|nutzt) cookies|\bwe care about your privacy\b",
        40,
    ),
    (
        "site_notice",
        # one scan for the rare words first: the phrases below cost 2.5 ms a page when searched on every line
        r"^(?=.*?(browser|javascript|explorer))(.*?\byou are using (an? (outdated|old|unsupported|older) (web )?browser|"
        r"internet explorer)\b|.*?\b(upgrad|updat|switch)\w* (to )?(a|an|your) (newer|modern|different|alternative|"
        r"supported|up-to-date) (web )?browser\b|.*?\b(javascript is (disabled|not enabled|required)|enable javascript)\b)|"
        r"^(this (slideshow|video|content|page|site|form) requires javascript\b|an official website of the\b|here['’]s how you know$|official websites use \.gov\b|"
        r"secure \.gov websites use https\b)",
        40,
    ),
    ("navigation", r"^(tags?|topics?|categories|keywords|filed under|posted in)\b:?", 12),
    (
        "navigation",
        r"^(related|more|latest|recent|popular|trending|top|editor'?s?'? (picks?|choice))"
        r"( (articles?|posts?|news|stories|reads?|videos?|now|in \w+))?:?$",
        5,
    ),
    ("navigation", r"^most (popular|read|viewed|shared|commented|recent)\b", 6),
    (  # a teaser block's heading ('Recommended Posts', 'Other articles you may find interesting')
        "navigation",
        r"^(related|recommended|similar|other|featured|more) (articles?|posts?|stories|reads|videos|content|links|"
        r"topics|resources|guides|products|searches|companies|podcasts|reading)( (you|for you|by|from|like|on|in)\b.*)?:?$|"
        r"^more like this$|^view all\b|^explore (more|other|all|our)\b|^recently by\b",
        8,
    ),
    ("navigation", r"^(previous|prev|next|older|newer) (article|post|story|page)$|^we recommend$", 3),
    # A box's heading: 'Next Up In Science & Health', 'More in White House' (not 'Next up: the Q2 review.').
    ("navigation", r"^(next up|up next)( in [\w&,' -]{1,40})?\s*:?$|^more in [\w&,' -]{1,40}$", 6),
    ("navigation", r"^[<←‹«]?\s*back to (all |the )?(articles?|posts?|blog|news|stories|list|overview|results)\b", 6),
    ("navigation", r"^(did you )?(like|enjoy) this (article|post|story)\b", 10),
    ("navigation", r"^(read|see) (more|also)\s*:|^related\s*:\s*\S|^also on \S+\.[a-z]{2,}\b|^don['’]?t miss:?$", 25),
    ("navigation", r"\bclick(ing)? here\b", 12),
    # A form's drop-down printed as text: its first option, then every other ('- Any - Culture Health …').
    ("navigation", r"^-\s?(any|all|none|select|choose|toutes?|tous|todos?|todas|alle)\s?-(\s|$)", 100_000),
    (  # 'click …' opening a line in pt, fr, es, de, nl: a promo box's prompt however long
        "navigation",
        r"^(clique|clica) (aqui|na|no|nas|nos|em|e|para|abaixo|acima|sobre)\b|^(cliquez|haga clic|klicken sie|klik op)\b",
        50,
    ),
    ("navigation", r"^((image|photo|slide|picture) )?\d+ (of|/) \d+$|^back to (the )?gallery$|^caption$", 4),
    (
        "navigation",
        r"^(read|see|watch) (more|next|also|full)\b|^you (may|might) (also )?(like|enjoy)|^recommended( for you)?:?$",
        10,
    ),
    (
        "navigation",
        r"^(home|menu|search|skip to (main )?content|back to top|load more|next|previous|close|log ?in|sign in|register)$",
        4,
    ),
    (
        "timestamp",
        r"^(updated |posted )?(\d+\s*(s|m|h|d|w|mins?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|just now)\b",
        6,
    ),
    ("credit", r"^(edited|reviewed|fact[- ]checked|medically reviewed|illustrated|photographed) by\b", 10),
    (
        "reading_time",
        r"^(\d+\s*(min(ute)?s?|mins?)\.?( read(ing)?( time)?)?|(estimated )?reading time:?.*|\d+ (shares|views|comments))$",
        6,
    ),
    (
        "navigation",
        r"^(table of contents|contents|in this (article|post|guide)|jump to( section)?|on this page|skip to \w+):?$",
        5,
    ),
    (
        "advertisement",
        r"^((advertisement|advertising|sponsored( content)?|ad|ads by \w+)(\s*[-–—:]\s*continue reading below)?|"
        r"continue reading below)$",
        6,
    ),
    # What an ad slot prints around the advert: 'Story continues below advertisement', 'Advertisement - Scroll
    # to continue with content', 'Skip advert'. None of these is in the gold body of the bench's tune half.
    (
        "advertisement",
        r"^((the |this )?(story|article|text|content|post) continues (below|after (the |this )?(advertisement|ad|advert))"
        r"( (the )?(advertisement|ad|advert))?|((advertisement|advertising|ad)\s*[-–—:|]?\s*)?scroll (down )?to "
        r"(continue|keep reading|read more)( with (the )?(content|article|story)| reading)?|skip (this )?(advert|ad)|"
        r"continue reading after (the |this )?(advertisement|ad|advert))[.:]?$",
        8,
    ),
    # A media player's controls and labels: its progress ('0:00 / 3:12'), 'Listen to this article', 'Watch
    # video', 'Watch: <clip title>'. Not a bare '02:15': a live blog stamps its posts so. ('Video: 4K/30p' heads
    # a spec line in tune-half bodies.)
    (
        "media_player",
        r"^(\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|(play|watch) (the )?video|listen( now)?|\d(\.\d{1,2})?x|"
        r"listen to (this|the) (article|story|episode|podcast|audio( version)?)|now playing|watch:\s.+)$",
        14,
    ),
    # A social post embedded in an article: a tweet's signature ('— Jane Doe (@janedoe) November 19, 2019'),
    # Instagram's ('A post shared by Jane Doe (@janedoe) on Nov 19, 2019 at 10:02am PST', 'View this post
    # on Instagram'), a bare picture link. Its date is the post's, and three posts in a row are no teaser list.
    ("social_embed", SOCIAL_EMBED.pattern, 30),
    # A button printed as text: what a sales page asks, never a sentence of an article.
    (
        "call_to_action",
        r"^(start (your |a )?free trial|try (it )?(for )?free( today| now)?|sign[- ]?up( for free| now| today| free)?|"
        r"book (now|a (demo|call|consultation))|request a (free )?(quote|demo|call|consultation)|"
        r"schedule a (free )?(call|demo|consultation)|get in touch|contact us( today| now)?|get a (free )?quote|"
        r"(buy|shop|order) now|get started( (now|today|for free))?)[.!]?$",
        6,
    ),
    # The same chrome in the stoplists' other languages: share, related, comments, adverts. ('Read also'
    # prompts, 'Leggi anche', 'Читайте также', stand inside articles there: cutting them would split the body.)
    (
        "share_prompt",
        r"^(teilen|artikel teilen|partager|partagez|compartir|compartilhar|condividi|delen|dela|paylaş|"
        r"paylaş(ı|)n|bölüş|поделиться|поділитися)( (this|cet|este|esta|questo|dit|bu|в|у) ?\w*)?\s*:?$",
        4,
    ),
    ("navigation", OTHER_STORIES_ELSEWHERE, 8),
    ("navigation", RECOMMENDED_STORIES, 8),
    (
        "comment_form",
        r"^(\d+ )?(kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties|kommentarer|"
        r"yorumlar|şərhlər|комментарии|коментарі)( \(\d+\))?\s*:?$",
        3,
    ),
    (
        "advertisement",
        r"^(anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|annons|reklam|реклама)$",
        1,
    ),
)
_SCRIPT_RULES: tuple[tuple[str, str, int], ...] = (
    # Chinese, Japanese and Korean chrome (line lengths in ``word_count`` words: two characters a word).
    # None matches ASCII text, so a line of ASCII is not searched for them.
    (
        "copyright",
        r"^[<(（【]?\s*(版权所有|版權所有|版权声明|著作権)|无权转载|未经授权.{0,12}(转载|使用)|無断(転載|複製|転用)|무단\s?(전재|배포)",
        40,
    ),
    (
        "navigation",
        r"^[【\[]?(相关|相關|关联|推荐|推薦|延伸|热门|熱門|热点|最新|更多)(新闻|新聞|文章|阅读|閱讀|报道|報導|资讯|推荐)[】\]]?[:：]?$|"
        r"^(関連|人気|注目|おすすめ|最新)(記事|ニュース|情報)|^(관련|인기|주요|많이 본|최신)\s?(기사|뉴스)",
        8,
    ),
    ("share_prompt", r"^(分享(到|至|给|本文)?|转发|轉發|シェア(する)?|ツイート|공유(하기)?)[:：]?$", 4),
    ("credit", r"^[(（【]?\s*(责任编辑|責任編輯|编辑|編輯|校对|审核|審核|編集|기자\s?수정)\s*[:：]", 12),
)

_COMPILED = tuple((reason, re.compile(pattern, re.IGNORECASE), limit) for reason, pattern, limit in _RULES)
_ALL_COMPILED = _COMPILED + tuple((reason, re.compile(pattern), limit) for reason, pattern, limit in _SCRIPT_RULES)


KEYWORD_SEGMENTS, KEYWORD_SEGMENT_WORDS, MENU_WORDS, MENU_CAPITALS = 8, 4, 20, 0.8
"""A tag cloud or category menu printed as one line, in any language: no sentence punctuation and either
8+ comma-separated items of 4 words or fewer ('stock car brasil, stock car cascavel, …') or 20+ words of
which 80% are capitalised ('Selecione Administração Agricultura Campanha …'). Headlines that long are rare;
set by hand from the bench's tune half, where non-English pages lost their body to such lines."""


def keyword_list(text: str) -> bool:
    """The line is a list of keywords or categories, not prose (see the constants above)."""
    if re.search(r"[.!?…。]", text):
        return False
    segments = [s for s in text.split(",") if s.strip()]
    if len(segments) >= KEYWORD_SEGMENTS and all(len(s.split()) <= KEYWORD_SEGMENT_WORDS for s in segments):
        return parse_byline(text) is None  # 'Jane Roe, MD, FACC; John Doe, DVM, …' is a byline
    words = [w for w in text.split() if w[0].isalpha()]
    return len(words) >= MENU_WORDS and sum(w[0].isupper() for w in words) >= MENU_CAPITALS * len(words)


MENU_ITEM_WORDS = 8
"""Longest list item ('* Share this:') read without its mark (``markup.unmarked``): a menu item is
short; a longer '* …' line may be a footnote the article keeps ('* Clique no link para ver o
calendário completo …', tune half)."""


def comment_heading(text: str, reason: str | None) -> bool:
    """A comment form's heading or prompt ('2 Comments', 'Leave a Reply'): lexicon ``comment_form`` of more
    than one word. A lone field name ('Email') may be a share button."""
    return reason == "comment_form" and " " in text


def boilerplate_reason(text: str) -> str | None:
    """The reason code of the first lexicon rule matching ``text``, or the same line without a list mark."""
    reason = _reason(text)
    if reason is None and (item := unmarked(text)) != text and len(item.split()) <= MENU_ITEM_WORDS:
        return _reason(item)
    return reason


def _reason(text: str) -> str | None:
    ascii_only = text.isascii()
    n_words = len(text.split()) if ascii_only or not has_unspaced(text) else word_count(text)
    for reason, pattern, limit in _COMPILED if ascii_only else _ALL_COMPILED:
        if n_words <= limit and pattern.search(text):
            return reason
    return "navigation" if keyword_list(text) else None


CAPTION = re.compile(
    r"^(photo|image|picture|file photo|illustration|video)\b\s*[:|/-]|"
    r"(\b(photo|image|picture)s? (by|credit|courtesy)\b|\((photo|image|file)\b[^)]*\)$|"
    r"\b(getty images|shutterstock|afp|reuters|ap photo|anadolu|epa)$)",
    re.IGNORECASE,
)
"""Image captions and credits."""

CAPTION_CREDIT = re.compile(
    r"\b(credits?|photo|image|picture|pic)\s*:\s*[A-Z][^.!?:]{1,60}$|^\d{1,3} of \d{1,3}\s|"
    r"^(photo|image|picture|file photo|illustration)\s*[:|]\s|"
    r"\(((ap|afp|epa|reuters|getty|xinhua|anadolu|file|staff|courtesy) ){0,2}(photo|image|file photo|pictured)\b[^()]*\)$",
    re.IGNORECASE,
)
"""A caption that ends by crediting its image ('… ate a rabbit Credit: Getty - Contributor', '… on
Tuesday. (Photo: Jane Doe/Reuters)'), opens by naming it ('Photo: A man walks past …') or numbers a
gallery's slides ('2 of 4 A shopper looks at …'): a caption even when it reads as a sentence."""

PUBLISHER_BLURB = re.compile(
    r"^(?!.*(\b(said|says|told)\b|[“”\"]))(the )?[A-Z][\w.&'’-]*( [A-Z][\w.&'’-]*){0,5} (is an? ([\w-]+ ){0,6}?"
    r"(magazine|newspaper|news (agency|portal|site|website|outlet|platform|channel)|publication|"
    r"media (company|outlet|platform|group)|web ?site|portal|think[- ]tank|broadcaster|tv channel|journal|"
    r"company|corporation|provider|manufacturer|supplier|developer|firm|organi[sz]ation|leader|maker)\b|"
    r"is headquartered in\b|(is|was) founded in\b|employs (around |about |over |more than |some )?\d)"
)
"""A publisher or a company describing itself at the foot of a page ('The X is a digital and print
magazine ...', a press release's 'X is a global solutions provider ...', 'X is headquartered in ...').
Not a line that reports or quotes someone: 'WeWork is headquartered in New York City. A spokesperson said
…' closes a news story."""
