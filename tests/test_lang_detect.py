"""Tests for mediakit.lang.detect.guess_language: script first, then function words."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediakit.lang import languages
from mediakit.lang.detect import guess_language, reads_as
from mediakit.text import extract_text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@dataclass(frozen=True)
class Example:
    text: str
    expected: str | None
    note: str = ""


# Sentences written for these tests, in the register of news text.
LATIN_SCRIPT = [
    Example("The mayor said on Monday that the new bridge would be open to traffic by the end of the year.", "en"),
    Example("Le maire a annoncé lundi que le nouveau pont sera ouvert à la circulation avant la fin de l'année.", "fr"),
    Example("Der Bürgermeister sagte am Montag, dass die neue Brücke bis Ende des Jahres für den Verkehr "
            "freigegeben wird.", "de"),
    Example("El alcalde dijo el lunes que el nuevo puente estará abierto al tráfico antes de que termine el año.", "es"),
    Example("Il sindaco ha detto lunedì che il nuovo ponte sarà aperto al traffico entro la fine dell'anno "
            "e che non ci sono ritardi.", "it"),
    Example("O prefeito disse na segunda-feira que a nova ponte será aberta ao tráfego até o fim do ano, "
            "mas não deu mais detalhes.", "pt"),
    Example("De burgemeester zei maandag dat de nieuwe brug voor het einde van het jaar open is voor het "
            "verkeer.", "nl"),
    Example("L'alcalde va dir dilluns que el nou pont estarà obert al trànsit abans que acabi l'any, però "
            "no va donar més detalls.", "ca"),
    Example("Primarul a declarat luni că noul pod va fi deschis traficului până la sfârșitul anului și că nu "
            "sunt întârzieri.", "ro"),
    Example("Burmistrz powiedział w poniedziałek, że nowy most zostanie otwarty dla ruchu do końca roku i nie "
            "ma opóźnień.", "pl"),
    Example("Starosta v pondělí řekl, že nový most bude otevřen pro dopravu do konce roku a že se podle něj "
            "nic nezdrží.", "cs"),
    Example("A polgármester hétfőn azt mondta, hogy az új hidat az év végéig megnyitják a forgalom előtt, és "
            "nem lesz késés.", "hu"),
    Example("Belediye başkanı pazartesi günü yaptığı açıklamada yeni köprünün yıl sonuna kadar trafiğe "
            "açılacağını ve bu konuda bir gecikme olmadığını söyledi.", "tr"),
    Example("Borgmästaren sade på måndagen att den nya bron ska öppnas för trafik före årets slut och att "
            "det inte finns några förseningar.", "sv"),
    Example("Pormestari sanoi maanantaina, että uusi silta avataan liikenteelle vuoden loppuun mennessä ja "
            "että työ on myös aikataulussa.", "fi"),
    Example("Wali kota mengatakan pada hari Senin bahwa jembatan yang baru akan dibuka untuk lalu lintas "
            "sebelum akhir tahun dan tidak ada penundaan.", "id"),
    Example("Umeya uthe ibhuloho elisha lizovulwa ngaphambi kokuphela konyaka, futhi kodwa abantu bathi "
            "kuzothatha isikhathi ukuthi umsebenzi uphele.", "zu"),
    Example("Thị trưởng cho biết vào thứ Hai rằng cây cầu mới sẽ được thông xe trước cuối năm và không có "
            "sự chậm trễ nào của dự án.", "vi"),
]

OTHER_SCRIPTS = [
    Example("Мэр заявил в понедельник, что новый мост будет открыт для движения до конца года, и никаких "
            "задержек не ожидается.", "ru"),
    Example("Мер заявив у понеділок, що новий міст буде відкрито для руху до кінця року, і жодних затримок "
            "не очікується.", "uk", "і є ї mark Ukrainian"),
    Example("Кметът заяви в понеделник, че новият мост ще бъде отворен за движение до края на годината и "
            "че няма забавяне.", "bg"),
    Example("Градоначелник је у понедељак рекао да ће нови мост бити отворен за саобраћај до краја године.", "sr",
            "ђ ћ џ ј љ њ mark Serbian"),
    Example("Ο δήμαρχος δήλωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει για την κυκλοφορία μέχρι το τέλος "
            "του έτους.", "el"),
    Example("قال رئيس البلدية يوم الاثنين إن الجسر الجديد سيفتح أمام حركة المرور قبل نهاية العام.", "ar"),
    Example("شهردار روز دوشنبه گفت که پل جدید تا پایان سال برای ترافیک باز خواهد شد.", "fa",
            "گ and ی are Persian letters"),
    Example("پارێزگاری هەولێر ڕۆژی دووشەممە ڕایگەیاند کە پردە نوێیەکە تا کۆتایی ساڵ بۆ هاتوچۆ دەکرێتەوە.", "ckb",
            "ڕ ڵ ێ ۆ are Sorani Kurdish letters"),
    Example("ראש העירייה אמר ביום שני כי הגשר החדש ייפתח לתנועה עד סוף השנה.", "he"),
    Example("महापौर ने सोमवार को कहा कि नया पुल साल के अंत तक यातायात के लिए खोल दिया जाएगा।", "hi"),
    Example("นายกเทศมนตรีกล่าวเมื่อวันจันทร์ว่าสะพานใหม่จะเปิดให้สัญจรได้ภายในสิ้นปีนี้", "th"),
    Example("시장은 월요일 새 다리가 연말까지 개통될 것이라고 밝혔다.", "ko"),
    Example("市長は月曜日、新しい橋を年末までに開通させると述べた。", "ja", "kana among the Han characters"),
    Example("市长星期一说，新桥将在年底前通车，目前没有延误。", "zh-Hans", "长 说 桥 将 are simplified"),
    Example("市長星期一說，新橋將在年底前通車，目前沒有延誤。", "zh-Hant", "長 說 橋 將 are traditional"),
]

UNSURE = [
    Example("", None, "nothing"),
    Example("OK", None, "too few letters"),
    Example("12:30 — 45 %", None, "no letters"),
    Example("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.", None,
            "no language of ours"),
    Example("Perezida yavuze ko igihugu kizakomeza gukorana n'ibindi bihugu mu mwaka utaha.", None,
            "Kinyarwanda has no file: not guessed as another language"),
]


@pytest.mark.parametrize("row", LATIN_SCRIPT + OTHER_SCRIPTS + UNSURE, ids=lambda r: f"{r.expected}:{r.text[:20]}")
def test_guess_language(row):
    assert guess_language(row.text) == row.expected, row.note


def test_at_least_twenty_languages_are_covered():
    assert len({row.expected for row in LATIN_SCRIPT + OTHER_SCRIPTS}) >= 20


def test_non_text_input_is_unsure():
    assert guess_language(None) is None  # type: ignore[arg-type]


def test_a_long_text_is_read_from_its_start_only():
    text = "Le maire a annoncé lundi que le pont sera ouvert avant la fin de l'année. " * 2000
    assert guess_language(text) == "fr"


def test_a_russian_quote_in_ukrainian_text_stays_ukrainian():
    text = ("Мер заявив у понеділок, що новий міст буде відкрито до кінця року. "
            "«Всё будет хорошо», — сказав він журналістам.")
    assert guess_language(text) == "uk"


def test_every_language_file_lists_stopwords():
    for code, lang in languages().items():
        assert lang.text["stopwords"], f"{code}.toml has no stopwords"


def test_extract_text_fills_lang():
    article = extract_text("Le pont sera ouvert\n\nLe maire a annoncé lundi que le nouveau pont sera ouvert "
                           "à la circulation avant la fin de l'année.\n")
    assert article.lang == "fr"
    article = extract_text("시장, 새 다리 개통 발표\n\n시장은 월요일 새 다리가 연말까지 개통될 것이라고 밝혔다.\n")
    assert article.lang == "ko"


def _text_gold() -> list[tuple[str, Path, str]]:
    if not (CORPUS / "gold").is_dir():
        return []
    rows = []
    for gold_file in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        page = CORPUS.parent / str(gold.get("input") or "")
        if gold.get("kind") == "text" and gold.get("lang") and page.is_file():
            rows.append((gold_file.stem, page, gold["lang"]))
    return rows


@pytest.mark.skipif(not _text_gold(), reason="development corpus not present")
def test_dev_text_pages_get_their_gold_language_or_none():
    """On the development text pages a guess is either right or withheld, never wrong."""
    aliases = {"zh-TW": "zh-Hant", "zh-CN": "zh-Hans"}
    wrong = []
    for name, page, gold_lang in _text_gold():
        guess = guess_language(page.read_bytes().decode("utf-8", "replace"))
        if guess is not None and aliases.get(gold_lang, gold_lang) != guess:
            wrong.append((name, gold_lang, guess))
    assert not wrong


@pytest.mark.parametrize("text, code, expected", [
    ("The council said on Monday that the new line would open in the spring, and that the "
     "work on the bridge was going well. It is the first new line in the city for twenty years.", "en", True),
    ("The council said on Monday that the new line would open in the spring.", "de", False),
    ("Die Stadt hat am Montag beschlossen, dass die Straßenbahn bis zum Hafen verlängert wird, "
     "und der Bau soll im Frühjahr beginnen.", "de", True),
    ("", "en", False),
])
def test_reads_as_confirms_a_declared_language_quickly(text: str, code: str, expected: bool) -> None:
    assert reads_as(text, code) is expected
