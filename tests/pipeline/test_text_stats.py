"""The prose test and the page's language, in the languages the stoplists cover."""

from __future__ import annotations

import pytest

from azpk_corpus.pipeline.stoplists import STOPLISTS
from azpk_corpus.pipeline.text_stats import guess_language, is_prose, page_stoplist, word_count

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
    assert guess_language(page[0]) is None
    assert is_prose("one two three four five six seven eight nine.", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks will continue.", 4),
        (
            "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕された。",
            1 + 34 // 2,
        ),  # 'iPhone' and 34 kana and kanji
        ("서울에서 회담이 열렸다", 5),
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
