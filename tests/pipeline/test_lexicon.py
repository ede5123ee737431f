from __future__ import annotations

import pytest

from azpk_corpus.pipeline.lexicon import CAPTION, CAPTION_CREDIT, PUBLISHER_BLURB, boilerplate_reason, keyword_list


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Please enter your comment!", "comment_form"),
        ("Leave a Reply", "comment_form"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Follow us", "follow_prompt"),
        # a press release's contact box; 'Contact us' asks the reader to act
        ("Media Contact:", "contact_info"),
        ("Press inquiries", "contact_info"),
        ("For more information, please contact:", "contact_info"),
        ("Investor Relations", "contact_info"),
        ("International Relations", None),
        ("Contact us", "call_to_action"),
        ("Follow us on Twitter and Facebook", "follow_prompt"),
        ("Share this article", "share_prompt"),
        ("Facebook Twitter WhatsApp", "share_prompt"),
        ("Become an analyst. Send us your article.", "call_for_submissions"),
        ("Subscribe to our newsletter", "newsletter"),
        ("The views expressed are solely those of the author.", "disclaimer"),
        ("© 2024 Example News. All rights reserved.", "copyright"),
        ("This website uses cookies to improve your experience.", "cookie_notice"),
        ("Tags", "navigation"),
        ("Tags: Azerbaijan, Pakistan", "navigation"),
        ("Most Popular", "navigation"),
        ("Related Articles", "navigation"),
        # recommendation widgets, a site's or an ad network's
        ("More you might like", "navigation"),
        ("Stories you may have missed", "navigation"),
        ("Promoted Stories", "navigation"),
        ("Around the Web", "navigation"),
        ("More from our network", "navigation"),
        ("Read these next", "navigation"),
        ("Popular on Example.com", "navigation"),
        ("Top Picks", None),
        # legal fine print at a page's foot, however long
        (
            "Market data is shown with a delay of fifteen minutes, except where stated otherwise. "
            + "Index data is the property of its licensors and is used under licence. " * 8
            + "Example Media: Copyright 2019 Example Media, Inc. All Rights Reserved. Example and Sample are "
            "registered trademarks of Example Holdings LLC.",
            "copyright",
        ),
        (
            "The court ruled on Tuesday that the company had infringed the rival's registered trademarks and "
            "ordered it to pay damages, the first such ruling in the country since the law was changed.",
            None,
        ),  # a review's own section heading (tune half: wcxb_4030, wcxb_4078)
        ("Read more", "navigation"),
        ("Advertisement", "advertisement"),
        ("Pinterest", "share_prompt"),
        ("Lascia un commento Annulla risposta", "comment_form"),
        ("Devi essere connesso per inviare un commento.", "comment_form"),
        ("Deixe um comentário", "comment_form"),
        ("Comments are moderated and may take a day to appear.", "comment_form"),
        (
            "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão "
            "aprovados pelo moderador.",
            "comment_form",
        ),
        ("Los comentarios ofensivos no serán aprobados.", "comment_form"),
        (
            "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.",
            "cookie_notice",
        ),
        ("Wir verwenden Cookies, um Inhalte zu personalisieren.", "cookie_notice"),
        ("We Care About Your Privacy", "cookie_notice"),
        (
            "We noticed that you are using Internet Explorer 11 or older that is not support any longer. Please "
            "consider using an alternative browser such as Google Chrome.",
            "site_notice",
        ),
        ("Your browser is out of date. Please upgrade to a modern browser to view this site.", "site_notice"),
        ("You need to enable JavaScript to run this app.", "site_notice"),
        ("An official website of the United States government", "site_notice"),
        ("Here's how you know", "site_notice"),
        ("Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada da F1.", "navigation"),
        ("Cliquez ici pour lire la suite de notre dossier.", "navigation"),
        ("Clique culture in schools is older than the schools themselves, historians say.", None),
        ("- Any - Culture & Society Digital education Digital history Energy " * 60, "navigation"),
        ("- Select - Quantum algorithms Computer architecture", "navigation"),
        ("- Anyone who has tried this knows the answer, she said.", None),
        ("The new browser war is a fight over who controls how people upgrade their phones.", None),
        ("Facebook Twitter Google+ Whatsapp", "share_prompt"),
        ("Previous Article", "navigation"),
        ("We Recommend", "navigation"),
        ("Like this article?", "navigation"),
        ("*These statements have not been evaluated by the Food and Drug Administration.", "disclaimer"),
        ("Apple logo, App Store and iPhone are registered trademarks of Apple Inc.", "disclaimer"),
        ("The information provided on this website is for general purposes only.", "disclaimer"),
        ("Follow RT on", "follow_prompt"),
        ("Email Jane Roe at jroe@example.com or follow her @janeroe.", "follow_prompt"),
        ("Need more news? Subscribe to our sister title for the latest.", "newsletter"),
        ("No spam, we promise. You can unsubscribe at any time.", "newsletter"),
        ("Like this story? Share it with a friend!", "navigation"),
        (
            "READ MORE: Plague outbreak confirmed as two are diagnosed with the disease in the capital city",
            "navigation",
        ),
        ("Also on example.com Journalists threatened with arrest", "navigation"),
        ("DON'T MISS", "navigation"),
        ("GET THE APP ON THE GO BY CLICKING HERE", "navigation"),
        ("Image 2 of 5", "navigation"),
        ("1 / 1", "navigation"),
        ("Back to Gallery", "navigation"),
        ("< Back to All Articles", "navigation"),
        ("Follow the money on every deal, the auditors said on Monday.", None),
        ("Threads of cooperation run through the new agreement signed in Baku.", None),
        ("Pakistan was among the first countries to recognize Azerbaijan.", None),
        ("Share prices fell sharply on Monday after the central bank raised its rate.", None),
        ("Follow-up talks are planned for next year in Baku.", None),
        ("Share this:", "share_prompt"),
        ("Like this:", "share_prompt"),
        ("Share Article:", "share_prompt"),
        ("Like this, the talks moved on to energy.", None),
        ("Be the first to comment", "comment_form"),
        ("Recommended Posts", "navigation"),
        ("Other articles you may find interesting", "navigation"),
        ("Related Searches", "navigation"),
        ("More Like This", "navigation"),
        ("View All Podcasts", "navigation"),
        ("Explore more Blog Posts by category", "navigation"),
        ("Recently by Jane Doe", "navigation"),
        ("Other stories of the war were never told.", None),
        ("Explore the islands of the Caspian by boat", None),
        ("Advertisement - Continue Reading Below", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Article Continues Below", "advertisement"),
        ("Advertisement - Scroll to continue with content", "advertisement"),
        ("Skip advert", "advertisement"),
        ("10:32", None),  # a live blog's stamp as much as a clip's length
        ("0:00 / 3:12", "media_player"),
        ("Listen to this article", "media_player"),
        ("Listen to the audio version", "media_player"),
        ("1.5x", "media_player"),  # playback speed
        ("Watch Video", "media_player"),
        ("Watch: The pipeline deal explained in two minutes", "media_player"),
        ("Video: 4K/30p, Full HD 120p", None),  # a camera's spec line
        ("Watch the skies over Baku tonight for the meteor shower.", None),
        ("The story continues below, with the figures for each region.", None),
        ("Scroll to continue the tour of the old city walls and their towers.", None),
        (
            "We use cookies and similar technologies to improve your experience on our website, to personalise "
            "content and ads, and to analyse our traffic. By clicking Accept all, you agree to our use of cookies "
            "as described in our Cookie Policy. You can change your choices at any time.",
            "cookie_notice",
        ),
        (
            "We and our partners store and/or access information on a device, such as cookies, and process "
            "personal data, such as unique identifiers and standard information sent by a device, for "
            "personalised advertising and content, advertising and content measurement, audience research and "
            "services development.",
            "cookie_notice",
        ),
        ("Accept all", "cookie_notice"),
        ("Manage preferences", "cookie_notice"),
        (
            "Researchers found that when a site says we use cookies, most readers click accept without reading "
            "what they agree to, and few of them ever open the settings to change anything at all later on, "
            "which the authors of the study say should worry regulators.",  # past the short notice's 40 words
            None,
        ),
        (
            "You have reached your limit of free articles this month. Subscribe today for unlimited access to our "
            "journalism, from just one dollar a week.",
            "paywall",
        ),
        ("Already a subscriber? Log in", "paywall"),
        ("To continue reading, please subscribe or log in.", "paywall"),
        ("This article is available only to subscribers.", "paywall"),
        ("The paper has reached a limit on what it can say about the case, its lawyers said.", None),
        ("Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures", "navigation"),
        ("Related stories were never told.", None),
        ("59 Comments on “The December Comfort Watches 2025, Day Eighteen”", "comment_form"),
        ("One thought on “How to Adopt an Online Leader Success Mindset”", "comment_form"),
        ("Two thoughts on the matter came up in the debate.", None),
        ("Click to share on LinkedIn (Opens in new window) LinkedIn", "share_prompt"),
        ("Click to email a link to a friend (Opens in new window) Email", "share_prompt"),
        (
            'Jane Doe - "Back of Mind" is a reader-supported publication. To receive new posts and support my work, '
            "consider becoming a free or paid subscriber.",
            "newsletter",
        ),
        (
            "The Report covers one topic: education. Sign up for our newsletters to have stories delivered.",
            "newsletter",
        ),
        (
            "By submitting this form you agree to Example Magazine using your data for the purposes of publishing.",
            "disclaimer",
        ),
        ("By registering you become a member of the Example family of sites.", "disclaimer"),
        ("Most stock quote data provided by BATS. Market indices are shown in real time.", "disclaimer"),
        ("+Results vary depending on starting point, goals and effort.", "disclaimer"),
        ("By registering early, delegates saved nearly half the fee, organisers said.", None),
        ("Necessary cookies are absolutely essential for the website to function properly.", "cookie_notice"),
        ("Analytics cookies help us understand how visitors interact with the website.", "cookie_notice"),
        ("Cookies are small files that a browser keeps, and most sites set dozens of them.", None),
        ("Next Up In Science & Health", "navigation"),
        ("More in White House", "navigation"),
        ("Next up: check out the affordable K530 keyboard.", None),  # a review's own transition
        ("If you enjoyed this article, we have a proposition for you: Join our members' club.", "newsletter"),
        ("Get our analysis delivered right to your inbox. No charge.", "newsletter"),
        ("If you enjoyed this film, the sequel will not disappoint.", None),
        ("Notice: JavaScript is required for this content.", "site_notice"),
        ("Самые популярные диеты", "navigation"),  # 'most popular diets': a box of other stories
        ("Les plus lus", "navigation"),
        ("Meistgelesen", "navigation"),
        ("Mais lidas", "navigation"),
        ("Популярное", "navigation"),
        ("Популярное мнение о диетах было неверным, говорят врачи.", None),  # 'popular opinion on diets …'
        ("— Jane Doe (@janedoe) November 19, 2019", "social_embed"),  # a tweet's signature
        ("— Jane Doe (@jane_doe) 19 November 2019", "social_embed"),
        ("A post shared by Jane Doe (@janedoe) on Nov 19, 2019 at 10:02am PST", "social_embed"),
        ("View this post on Instagram", "social_embed"),
        ("pic.twitter.com/Ab12Cd34Ef", "social_embed"),
        ("— Jane Doe, 2019", None),  # a quotation's source
        ("- Jane Doe (born 1980) said the talks went well in 2019", None),
        ("Start free trial", "call_to_action"),
        ("Sign-Up for Free", "call_to_action"),
        ("Request a Quote", "call_to_action"),
        ("Schedule a Free Call", "call_to_action"),
        ("Contact Us", "call_to_action"),
        ("Book Now", "call_to_action"),
        ("Get started with the new tariff rules in ten minutes", None),  # a headline, not a button
        ("Contact us at the embassy if your visa is delayed, the ministry said.", None),
        ("This slideshow requires JavaScript.", "site_notice"),
        ("Teilen", "share_prompt"),
        ("Partager cet article", "share_prompt"),
        ("Поделиться", "share_prompt"),
        ("Articoli correlati", "navigation"),
        ("Похожие статьи", "navigation"),
        ("12 commentaires", "comment_form"),
        ("Комментарии (3)", "comment_form"),
        ("Anzeige", "advertisement"),
        ("Leggi anche", None),  # inside the article on Italian pages: cutting it would split the body
        ("Partager le pouvoir est difficile, dit-il.", None),
        ("Comentarios del ministro sobre el acuerdo.", None),
        ("版权所有 © 2024 示例新闻网", "copyright"),
        ("<저작권자 © 연합뉴스, 무단 전재-재배포 금지>", "copyright"),
        ("本記事の無断転載を禁じます", "copyright"),
        ("相关新闻", "navigation"),
        ("【相关阅读】", "navigation"),
        ("関連記事", "navigation"),
        ("관련기사", "navigation"),
        ("分享到：", "share_prompt"),
        ("シェア", "share_prompt"),
        ("（责任编辑：张三）", "credit"),
        ("阿塞拜疆总统阿利耶夫和巴基斯坦总理谢里夫19日在巴库举行会谈，双方同意扩大在国防工业和能源领域的合作。", None),
        ("相关部门表示，双方将在未来三年内把双边贸易额提高到十亿美元。", None),  # 'related departments': prose
        # a long paragraph naming copyright is prose: lengths count two characters a word
        ("专家指出，" + "这项协议涉及知识产权和版权所有者的利益，" * 4 + "各方仍需进一步协商无权转载的问题。", None),
        # a menu printed as a list by a Markdown or text-browser dump reads as its items
        ("* Share this:", "share_prompt"),
        ("- Related posts:", "navigation"),
        ("• Leave a Reply", "comment_form"),
        ("* Tags Geekworm, pcie, Raspberry Pi, usb", "navigation"),
        ("- Any - Culture & Society Digital education Energy", "navigation"),  # a rule that reads the mark itself
        ("* Officials met in Baku", None),
        # a longer marked line may be a footnote the article keeps
        ("* Clique no link para ver o calendário completo da temporada e das corridas", None),
    ],
)
def test_boilerplate_reason(text: str, reason: str | None) -> None:
    assert boilerplate_reason(text) == reason


def test_caption_and_blurb() -> None:
    assert CAPTION.search("Photo: Reuters")
    assert CAPTION.search("Leaders meet in Baku (Photo by Jane Doe)")
    assert not CAPTION.search("Leaders meet in Baku")
    assert PUBLISHER_BLURB.match("The Example Times is a digital and print magazine focusing on diplomacy.")
    assert not PUBLISHER_BLURB.match("Jane Doe is a senior fellow at the Example Institute.")


@pytest.mark.parametrize(
    ("text", "blurb"),
    [
        ("Examplecom is a global solutions provider focused on healthcare ICT.", True),
        ("Examplecom is headquartered in Baar (Switzerland) and employs around 1,300 people.", True),
        ("Example Industries, Inc. employs 4,000 people in 12 countries.", False),  # 'Inc.' breaks the name shape
        ("The ministry is headquartered in Baku.", False),  # lower-case subject: the article's own prose
        ("Jane Doe is a senior fellow at the Example Institute.", False),
        # a news story's closing paragraph reports or quotes someone; a blurb does neither
        ("Examplecom is headquartered in New York. A spokesperson said the firm would cooperate.", False),
        ("Examplecom is headquartered in New York. “We will cooperate,” the firm wrote in an email.", False),
    ],
)
def test_company_blurb(text: str, blurb: bool) -> None:
    assert bool(PUBLISHER_BLURB.match(text)) is blurb


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("The latest case was reported after a hunter ate a rabbit Credit: Getty - Contributor", True),
        ("Officials in Mongolia try to stop the spread Photo: The Siberian Times", True),
        ("2 of 4 A shopper looks at extension cords at a hardware store on Tuesday.", True),
        ("2 of the 4 ministers resigned on Tuesday.", False),
        ("The credit: it goes to the team.", False),
        ("Credit: a story of debt and repayment in three acts.", False),
        # a caption opening by naming its image, or ending with the image's credit in brackets
        ("FILE PHOTO: Traders work on the floor at the New York Stock Exchange in New York, November 18, 2019.", True),
        ("Photo: A man walks past the central bank building in the capital on Tuesday.", True),
        ("Two men pose for a photo at a private residence on June 28, 2019. (Photo by Jane Doe/Getty Images)", True),
        ("Crowds gathered outside the court on Monday morning. (Pictured: the court's steps)", True),
        (
            "A worker loads garage door trims into his truck outside a store in Hialeah. (AP Photo/Alan Diaz, File)",
            True,
        ),
        ("Mineral Spirits (not pictured)", False),  # a list of supplies
        ("(The photo above is just part of our book collection)", False),
        ("The photo: a man walks past the bank, and nobody looks at him.", False),
        ("Photographers waited outside the court (photos were banned inside).", False),
        ("The minister said the photo was taken in 2019 (though others disagree).", False),
    ],
)
def test_caption_credit(text: str, credit: bool) -> None:
    assert bool(CAPTION_CREDIT.search(text)) is credit


@pytest.mark.parametrize(
    ("line", "is_list"),
    [
        (
            "calendario stock car 2018, stock car brasil, stock car cascavel, stock car corrida, stock car interlagos, "
            "stock car santa cruz, stock car velopark, stock car londrina",
            True,
        ),
        (
            "Selecione Administração Agricultura Campanha Capacitação Combustíveis Comunicado Concurso Conselhos Cultura "
            "Defesa Civil Economia Educação Esportes Eventos Fazenda Gabinete Geral Habitação",
            True,
        ),
        ("We bought apples, pears, plums, figs, dates, grapes, melons, kiwis and limes at the market.", False),
        ("The 10 Best Car Rental Companies in 2025 [Rates, Service, Locations]", False),
        # names with their credentials are a byline, however many commas
        ("Jane Roe, MD, FACC, FAHA; Omar Khan, DVM, DACVB, CVA & Li Wei, BA, LVT", False),
        (
            "Pakistan, Turkey and Azerbaijan signed the Islamabad Declaration in 2017, pledging closer ties in trade, "
            "defence, energy and culture over the following decade",
            False,
        ),
    ],
)
def test_keyword_list(line: str, is_list: bool) -> None:
    assert keyword_list(line) is is_list
    assert (boilerplate_reason(line) == "navigation") is is_list
