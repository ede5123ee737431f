"""The prose test and the page's language, in the languages the stoplists cover."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from azpk_corpus.pipeline.stoplists import STOPLISTS
from azpk_corpus.pipeline.text_stats import (
    _WORD,
    _best_language,
    caseless,
    content_words,
    guess_language,
    is_prose,
    page_stoplist,
    word_count,
    words,
)

SENTENCES = {
    "en": "The minister said on Monday that the talks with the delegation would continue until the end of the year.",
    "de": "Der Minister sagte am Montag, dass die Gespräche mit der Delegation bis zum Ende des Jahres weitergehen.",
    "fr": "Le ministre a dit lundi que les discussions avec la délégation se poursuivront jusqu'à la fin de l'année.",
    "es": "El ministro dijo el lunes que las conversaciones con la delegación continuarán hasta el final del año.",
    "it": "Il ministro ha detto lunedì che i colloqui con la delegazione continueranno fino alla fine dell'anno.",
    "pt": "O ministro disse na segunda-feira que as conversas com a delegação vão continuar até o fim do ano.",
    "nl": "De minister zei maandag dat de gesprekken met de delegatie tot het einde van het jaar doorgaan.",
    "sv": "Ministern sade på måndagen att samtalen med delegationen ska fortsätta till slutet av året.",
    "pl": "Minister powiedział w poniedziałek, że rozmowy z delegacją będą trwały do końca roku.",
    "tr": "Bakan pazartesi günü yaptığı açıklamada heyet ile görüşmelerin yıl sonuna kadar devam edeceğini söyledi ve bu konuda daha çok bilgi vermedi.",
    "ru": "Министр сказал в понедельник, что переговоры с делегацией будут продолжаться до конца года.",
    "uk": "Міністр заявив у понеділок, що переговори з делегацією триватимуть до кінця року, і він не бачить причин.",
    "az": "Nazir bazar ertəsi bildirdi ki, nümayəndə heyəti ilə danışıqlar ilin sonuna qədər davam edəcək və bu barədə "
    "daha çox məlumat verilməyib.",
    "ar": "قال الوزير يوم الاثنين إن المحادثات مع الوفد ستستمر حتى نهاية العام، وإنه لا يرى سببا لوقفها في هذه المرحلة.",
    "fa": "وزیر روز دوشنبه گفت که مذاکرات با هیئت تا پایان سال ادامه خواهد داشت و او دلیلی برای توقف آن نمی بیند.",
    # ends with the Urdu full stop (U+06D4), and the Hindi sentence with the danda (U+0964)
    "ur": "وزیر نے پیر کے روز کہا کہ وفد کے ساتھ بات چیت سال کے آخر تک جاری رہے گی اور انہیں اس کو روکنے کی کوئی وجہ نظر نہیں آتی۔",
    "hi": "मंत्री ने सोमवार को कहा कि प्रतिनिधिमंडल के साथ बातचीत साल के अंत तक जारी रहेगी और उन्हें इसे रोकने का कोई कारण नहीं दिखता।",
    "da": "Ministeren sagde mandag, at samtalerne med delegationen vil fortsætte til slutningen af året, og at han ikke ser nogen grund til at stoppe dem.",
    "no": "Ministeren sa mandag at samtalene med delegasjonen skal fortsette til slutten av året, og at han ikke ser noen grunn til å stoppe dem.",
    "cs": "Ministr v pondělí řekl, že jednání s delegací budou pokračovat až do konce roku a že nevidí žádný důvod je přerušit.",
    "sk": "Minister v pondelok povedal, že rokovania s delegáciou budú pokračovať až do konca roka a že nevidí žiadny dôvod ich prerušiť.",
    "hr": "Ministar je u ponedjeljak rekao da će se razgovori s izaslanstvom nastaviti do kraja godine i da ne vidi razlog da se prekinu.",
    "hu": "A miniszter hétfőn azt mondta, hogy a tárgyalások a küldöttséggel az év végéig folytatódnak, és nem látja okát, hogy megszakítsák azokat.",
    "ro": "Ministrul a spus luni că discuțiile cu delegația vor continua până la sfârșitul anului și că nu vede niciun motiv să fie oprite.",
    "ca": "El ministre va dir dilluns que les converses amb la delegació continuaran fins al final de l'any i que no veu cap motiu per aturar-les.",
    "id": "Menteri mengatakan pada hari Senin bahwa pembicaraan dengan delegasi akan terus berlanjut hingga akhir tahun dan dia tidak melihat alasan untuk menghentikannya.",
    "bg": "Министърът каза в понеделник, че разговорите с делегацията ще продължат до края на годината и че не вижда причина да бъдат прекъснати.",
    "el": "Ο υπουργός είπε τη Δευτέρα ότι οι συνομιλίες με την αντιπροσωπεία θα συνεχιστούν μέχρι το τέλος του έτους και ότι δεν βλέπει λόγο να σταματήσουν.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_language_is_recognised_and_its_prose_is_prose(lang: str) -> None:
    sentence = SENTENCES[lang]
    assert guess_language(sentence) == lang
    assert page_stoplist(["Home", "News", sentence, sentence]) == STOPLISTS[lang]
    assert is_prose(sentence, STOPLISTS[lang])


@pytest.mark.parametrize(
    "line",
    [
        # 26 words without a full stop would pass for prose on length alone; few are function words
        "adote um amigo agua alerta ambiente amizade atendimento atirador caminhada campanha capacitação cultura "
        "defesa civil economia educação esportes eventos fazenda gabinete geral habitação inauguração lazer obras",
        "Home News Politics Business Sport Culture Opinion Weather Travel Video",
        "Short line.",
    ],
)
def test_tag_clouds_menus_and_short_lines_are_not_prose(line: str) -> None:
    assert not is_prose(line, STOPLISTS["pt"])
    assert not is_prose(line)


def test_a_language_without_a_list_drops_the_function_word_test() -> None:
    page = ["東京で会議が開かれ、両国の代表が新しい協定に署名した。", "この協定は来年から発効する予定だと発表された。"]
    assert page_stoplist(page) is None
    assert guess_language(page[0]) == "ja"  # by its script, not by a word list
    assert is_prose("one two three four five six seven eight nine.", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks will continue.", 4),
        (
            "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕された。",
            1 + 1 + 4 + 4 + 9,
        ),  # 'iPhone', and runs of 2, 7, 8 and 17 kana and kanji, two characters a word
        ("서울에서 회담이 열렸다", 3),  # Korean puts spaces between words
        ("東京", 1),
        ("東京都", 2),
        ("", 0),
    ],
)
def test_word_count_in_scripts_with_and_without_spaces(text: str, expected: int) -> None:
    assert word_count(text) == expected


def test_a_japanese_page_has_a_body() -> None:
    from tests.pipeline.pages import build

    sentence = "先日、不正に改造した携帯電話を販売したとして、商標法違反の疑いで二十代の男性が逮捕されたというニュースを耳にしました。"
    article = build(
        "メニュー", "ホーム", "商品の改造が商標法違反に", *(f"{sentence}（{n}）" for n in range(5)), "関連記事"
    )
    assert article.text.count("逮捕") == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baku and Islamabad", ["baku", "and", "islamabad"]),
        ("东京都的会议", ["东京", "都的", "会议"]),  # two characters a word, whatever the real word breaks
        ("签署了iPhone协议", ["签署", "了", "iphone", "协议"]),  # Latin inside stays whole
        ("ニュース、2024年", ["ニュ", "ース", "2024", "年"]),
        ("서울에서 회담이", ["서울에서", "회담이"]),  # Korean is spaced
        ("की हिंदी", ["की", "हिंदी"]),  # vowel signs belong to their word
        ("مِن الوزير", ["مِن", "الوزير"]),  # so do Arabic vowel marks
        ("कहा। फिर", ["कहा", "फिर"]),  # the danda ends a sentence, not a word's letter
    ],
)
def test_words_cut_unspaced_scripts_into_pieces(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@given(st.text())
def test_words_of_any_text(text: str) -> None:
    tokens = words(text)
    assert word_count(text) == len(tokens)
    assert all(tokens)
    # the same word characters in the same order: cutting unspaced runs only splits tokens
    joined = re.sub(r"['’]", "", "".join(tokens))
    assert joined == re.sub(r"['’]", "", "".join(_WORD.findall(text.casefold())))
    if text.isascii():
        assert tokens == re.findall(r"\w+(?:['’]\w+)?", text.casefold())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("阿塞拜疆总统和巴基斯坦总理在巴库举行会谈，双方同意扩大合作。", "zh"),
        ("アゼルバイジャンとパキスタンは、防衛協力の拡大で合意した。", "ja"),
        ("아제르바이잔과 파키스탄은 방위 협력을 확대하기로 합의했다.", "ko"),
        ("อาเซอร์ไบจานและปากีสถานตกลงขยายความร่วมมือด้านการป้องกัน", "th"),
        # Azerbaijani and Turkish news: suffixes, not function words (0.13 and 0.22 on their lists)
        (
            "Azərbaycan ilə Pakistan arasında ticarət dövriyyəsi ötən il 40 faiz artıb. Nazirlər Bakıda keçirilən "
            "görüşdə nəqliyyat dəhlizi ilə bağlı yeni sazişi imzalayıblar.",
            "az",
        ),
        (
            "Azerbaycan ile Pakistan arasındaki ticaret hacmi geçen yıl yüzde 40 arttı ve bu, iki ülke arasındaki "
            "ilişkilerin gelişimini gösteriyor. Bakanlar Bakü’de yapılan görüşmede ulaşım koridoru ile ilgili yeni "
            "bir anlaşma imzaladı ve ortak bir komisyon kurulmasını kararlaştırdı.",
            "tr",
        ),
        ("Aysel Məmmədova said on Monday that the talks with the delegation would go on.", "en"),  # a name
        ("Baku 2024: 会谈", None),  # too few letters in one script
        ("12345 --- !!!", None),
    ],
)
def test_language_by_script(text: str, lang: str | None) -> None:
    assert guess_language(text) == lang


ZH = (
    "阿塞拜疆总统阿利耶夫和巴基斯坦总理谢里夫19日在巴库举行会谈，双方同意扩大在国防工业和能源领域的合作。",
    "两国领导人在联合声明中表示，将力争在未来三年内把双边贸易额提高到10亿美元。巴方还表示有意长期采购液化天然气。",
    "会谈期间，双方还讨论了巴基斯坦企业参与卡拉巴赫地区重建项目的问题。据知情人士透露，双方预计将签署多项谅解备忘录。",
    "谢里夫在记者会上说：“两国友好关系进入了新阶段。”",
)
JA = (
    "アゼルバイジャンのアリエフ大統領とパキスタンのシャリフ首相は19日、首都バクーで会談し、防衛産業やエネルギー分野での協力を拡大することで合意した。",
    "両首脳は共同声明で、両国の貿易額を今後3年間で10億ドルに引き上げる目標を掲げた。パキスタン側は液化天然ガスの長期調達にも関心を示した。",
    "専門家は、今回の合意が地域の力学に影響を与える可能性があると指摘している。",
)
UR = (
    "آذربائیجان اور پاکستان نے پیر کے روز دفاعی تعاون کو بڑھانے کے ایک معاہدے پر دستخط کیے ہیں۔",
    "دونوں ممالک کے وزرائے خارجہ نے کہا کہ اگلے تین سال میں تجارت کو ایک ارب ڈالر تک لے جایا جائے گا۔",
    "ماہرین کا کہنا ہے کہ اس معاہدے سے خطے میں توانائی کے منصوبوں کو بھی فائدہ ہوگا۔",
)


@pytest.mark.parametrize(
    ("lang", "above", "title", "dateline", "paragraphs", "below", "date"),
    [
        (
            "zh",
            "首页 新闻 财经 体育 登录 注册",
            "阿塞拜疆与巴基斯坦签署能源合作协议",
            "发布时间：2024-03-19 14:05 来源：新华网",
            ZH,
            (
                "（责任编辑：张三）",
                "相关新闻",
                "土耳其与阿塞拜疆举行联合军演",
                "巴基斯坦通胀率回落",
                "分享到",
                "版权所有 © 2024 示例新闻网",
            ),
            "2024-03-19",
        ),
        (
            "ja",
            "ホーム ニュース 経済 政治 国際 ログイン",
            "アゼルバイジャンとパキスタン、防衛協力の拡大で合意",
            "2024年3月19日 14:05",
            JA,
            ("関連記事", "トルコ、アゼルバイジャンと合同演習を実施", "シェア"),
            "2024-03-19",
        ),
        ("ur", "ہوم پاکستان دنیا کھیل", "آذربائیجان اور پاکستان کا دفاعی معاہدہ", None, UR, ("مزید پڑھیں",), None),
    ],
)
def test_a_page_in_another_script(
    lang: str,
    above: str,
    title: str,
    dateline: str | None,
    paragraphs: tuple[str, ...],
    below: tuple[str, ...],
    date: str | None,
) -> None:
    """Chinese and Japanese (no spaces between words) and Urdu (its own full stop) pages: headline, date,
    language and body, with the site's menu above and its chrome below."""
    from tests.pipeline.pages import build

    article = build(*above.split(), title, *([dateline] if dateline else []), *paragraphs, *below)
    assert (article.title, article.published_date, article.language) == (title, date, lang)
    assert article.text == "\n\n".join(paragraphs)


def test_a_japanese_headline_under_its_dateline_beats_the_menu() -> None:
    """A Japanese site prints the date above the headline, and a headline with '5G' in it is not in capitals,
    nor does it start in lower case: its script has no case. The menu's last item stood above the date."""
    from tests.pipeline.pages import build

    title = "アゼルバイジャンとパキスタン、5G網で協力　防衛協力も拡大"
    menu = ["ITメディア", "トップ", "速報", "セキュリティ", "製品動向", "ニュース"]
    below = ["[山田太郎，ITメディア]", "印刷", "通知", "Share", "Tweet"]  # its byline and share bar
    article = build(*menu, "2024年3月19日 14時05分 公開", title, *below, *JA, "関連記事", "Copyright © Example")
    assert (article.title, article.published_date) == (title.replace("\u3000", " "), "2024-03-19")
    assert article.text == "\n\n".join(JA)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks in Baku", ["talks", "baku"]),  # 'the', 'in' are function words
        ("It is 25 km of road", ["road"]),  # two-letter words say nothing of a topic
        ("东京都的会议", ["东京", "都的", "会议"]),  # ... but two characters of Chinese do
        ("ニュース、2024年", ["ニュ", "ース", "2024", "年"]),
    ],
)
def test_content_words(text: str, expected: list[str]) -> None:
    assert content_words(text) == expected


def test_cjk_chrome_is_cut_with_its_reason() -> None:
    from tests.pipeline.pages import build

    article = build(
        "阿塞拜疆与巴基斯坦签署能源合作协议", *ZH, "（责任编辑：张三）", "分享到", "版权所有 © 2024 示例新闻网"
    )
    reasons = {r.text: r.reason for r in article.removed}
    assert [reasons[t] for t in ("（责任编辑：张三）", "分享到", "版权所有 © 2024 示例新闻网")] == [
        "credit",
        "share_prompt",
        "copyright",
    ]


def test_words_are_cached_but_each_call_gets_its_own_list() -> None:
    first = words("The minister said on Monday")
    first.append("changed")
    assert words("The minister said on Monday") == ["the", "minister", "said", "on", "monday"]
    assert word_count("The minister said on Monday") == 5


def test_finnish_has_no_list_and_reads_by_length_and_punctuation() -> None:
    # its function words are suffixes: a list would cover 0.18 of its prose, under the prose test's bar
    sentence = "Ministeri sanoi maanantaina, että neuvottelut valtuuskunnan kanssa jatkuvat vuoden loppuun asti."
    assert guess_language(sentence) is None
    assert page_stoplist(["Etusivu", sentence, sentence]) is None
    assert is_prose(sentence, None)


_SOME_WORDS = sorted({w for stoplist in STOPLISTS.values() for w in sorted(stoplist)[:15]} | {"baku", "islamabad"})


@given(st.lists(st.sampled_from(_SOME_WORDS), min_size=1, max_size=60))
def test_best_language_counts_as_each_list_would(tokens: list[str]) -> None:
    # the page's words are looked up once in a word -> lists index; the shares are those of each list alone
    shares = {lang: sum(t in stoplist for t in tokens) / len(tokens) for lang, stoplist in STOPLISTS.items()}
    best = max(shares, key=lambda k: (shares[k], k == "en"))
    assert _best_language(tokens) == (best, shares[best])
    assert _best_language([]) == ("en", 0.0)


@pytest.mark.parametrize(
    ("ch", "expected"),
    [
        ("a", False),
        ("A", False),
        ("é", False),
        ("东", True),
        ("ス", True),
        ("한", True),
        ("ب", True),
        ("5", False),
        ("-", False),
    ],
)
def test_caseless_letters(ch: str, expected: bool) -> None:
    assert caseless(ch) is expected
