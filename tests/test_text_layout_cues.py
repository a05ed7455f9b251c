"""Layout cues of plain-text articles, one table per cue: a short sentence over the
text is the lead picture's caption, labels and dates are no title, a credit said
before its caption ("Lego Lego feiert …"), a sentence about "this photo" between
paragraphs. Each table mixes the cue with the lines that must not be taken for it."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from mediakit import split_caption
from mediakit.text import read_text_layout
from mediakit.text.features import sentence_count

PARAGRAPH_EN = ("The company said on Tuesday that the new headset would reach shops in the spring, "
                "after a year of delays. Its price has not been announced.")
PARAGRAPH_EN_2 = ("Analysts expect the device to sell slowly at first. Developers have been given early "
                  "units to write software for it, and several studios showed their work this week.")
PARAGRAPH_DE = ("Der Konzern kündigte am Dienstag an, das neue Set werde im Frühjahr in die Läden kommen. "
                "Einen Preis nannte er noch nicht.")
PARAGRAPH_KO = ("제주도는 15일 해녀 실태조사 결과를 발표했다. 현직 해녀는 지난해보다 줄었고 평균 연령은 처음으로 "
                "70세를 넘어섰다.")
PARAGRAPH_KO_2 = "도는 내년부터 신규 해녀 정착지원금을 올리고 어촌계 가입 절차를 간소화하기로 했다."
PARAGRAPH_AR = ("غمرت السيول أحياء واسعة في مدينة كسلا شرقي السودان بعد أمطار غزيرة استمرت يومين. "
                "وقالت السلطات المحلية إن آلاف الأسر نزحت من منازلها.")
PARAGRAPH_AR_2 = ("وأعلنت لجنة الطوارئ فتح ثلاثة مراكز إيواء مؤقتة في المدارس الحكومية. "
                  "ودعت المنظمات الدولية إلى تقديم مساعدات عاجلة.")
PARAGRAPH_ZH_HANT = "修復完工的糖廠煙囪昨晚首度點燈，吸引不少民眾前往拍照。台糖表示，園區將延長開放時間至晚間九點。"
PARAGRAPH_ZH_HANT_2 = "地方文史工作者指出，糖廠見證了當地百年產業發展，希望未來能規劃更多導覽活動。"
PARAGRAPH_EN_3 = ("Residents were told to keep their windows shut. The fire service said the smoke "
                  "was not toxic, but advised people with asthma to stay indoors.")
PARAGRAPH_BN = ("স্বাস্থ্য দফতরের এক কর্তা জানান, জ্বরে আক্রান্ত রোগীর সংখ্যা গত সপ্তাহে বেড়েছে। "
                "পুরসভা প্রতিটি ওয়ার্ডে বাড়ি বাড়ি গিয়ে সমীক্ষা চালাচ্ছে এবং নাগরিকদের সতর্ক থাকতে বলছে।")
PARAGRAPH_DE_2 = ("Händler rechnen mit einer großen Nachfrage. Bereits im Vorjahr waren ähnliche Sets "
                  "nach wenigen Tagen ausverkauft, wie ein Sprecher sagte.")


@dataclass(frozen=True)
class Example:
    id: str
    lines: tuple[str, ...]
    title: str | None
    captions: tuple[tuple[str | None, str | None], ...]  # (caption, credit) of each image


def _article(example: Example):
    return read_text_layout("\n\n".join(example.lines) + "\n")


def _read_as_expected(example: Example):
    """The article's reading, once its title and its pictures are the example's."""
    article = _article(example)
    assert article.title == example.title
    assert tuple((i.caption, i.credit) for i in article.images) == example.captions
    return article


# -- the top of the text ----------------------------------------------------------------

TOP_OF_TEXT = [
    # A hero picture's caption printed over the title or over the first paragraph.
    Example("lead-caption-over-title", ("Words need defenders.", "On Behalf of Plain Speech", PARAGRAPH_EN),
            "On Behalf of Plain Speech", (("Words need defenders.", None),)),
    Example("lead-caption-over-paragraph", ("The new headset.", PARAGRAPH_EN, PARAGRAPH_EN_2),
            None, (("The new headset.", None),)),
    # Not a caption: a title, a first paragraph, a question, a dateline, a byline.
    Example("title-then-paragraph", ("Headset delayed until spring", PARAGRAPH_EN),
            "Headset delayed until spring", ()),
    Example("first-paragraph", (PARAGRAPH_EN, PARAGRAPH_EN_2), None, ()),
    Example("short-question", ("Is this the end?", PARAGRAPH_EN), "Is this the end?", ()),
    Example("dateline-sentence", ("Published May 4, 2026.", PARAGRAPH_EN), None, ()),
    Example("byline-sentence", ("By Jane Doe.", PARAGRAPH_EN), None, ()),
    Example("two-short-sentences", ("It is over. They won.", PARAGRAPH_EN), None, ()),
    # A headline that ends with a full stop, over its standfirst: not a picture's caption.
    Example("headline-with-full-stop", ("The old harbour closes for good.", PARAGRAPH_EN), None, ()),
    # Labels, UI words and dates over the title are skipped, not taken as the title.
    Example("bare-label-over-title", ("Photo", "Headset delayed until spring", PARAGRAPH_EN),
            "Headset delayed until spring", ()),
    Example("date-over-title", ("Last updated September 14, 2026", "Headset delayed until spring", PARAGRAPH_EN),
            "Headset delayed until spring", ()),
    Example("ui-word-over-title", ("Save", "Headset delayed until spring", PARAGRAPH_EN),
            "Headset delayed until spring", ()),
    Example("all-photos-credit-over-title", ("(All photos: Atlas staff)", "Headset delayed until spring",
                                             PARAGRAPH_EN), "Headset delayed until spring", ((None, "Atlas staff"),)),
    # The author in capitals above the text, though the given name is an agency's initials
    # (ANA), and a photographer in capitals glued to the caption's full stop.
    Example("author-in-capitals-named-like-an-agency",
            ("La huelga de médicos deja sin consulta a miles de pacientes", "ANA MARÍA ORTIZ", PARAGRAPH_EN,
             "Médicos de Atención Primaria ante la sede de la Consejería, en Madrid.JAVIER BARBANCHO",
             PARAGRAPH_EN_2),
            "La huelga de médicos deja sin consulta a miles de pacientes",
            (("Médicos de Atención Primaria ante la sede de la Consejería, en Madrid.", "JAVIER BARBANCHO"),)),
]


@pytest.mark.parametrize("example", TOP_OF_TEXT, ids=lambda e: e.id)
def test_top_of_text(example: Example) -> None:
    article = _read_as_expected(example)
    taken = {text for pair in example.captions for text in pair if text}
    for line in example.lines:
        if line not in taken and line != example.title and line not in ("Photo", "Save") \
                and not line.startswith(("(All photos", "Médicos")) and line not in article.bylines:
            assert line in article.body, line


# The site's name and menu copied over the article with the whole page: neither title,
# credit nor text. (Invented mastheads, modelled on page copies.)
SITE_MENUS = [
    Example("fr-name-and-sections", ("Le Quotidien\nActualité\nSociété", "Grève des contrôleurs aériens jeudi",
                                     PARAGRAPH_EN), "Grève des contrôleurs aériens jeudi", ()),
    Example("da-menu", ("Dagsposten\nIndland\nUdland\nDebat\nKultur", "Regeringen vil halvere ventetiden",
                        PARAGRAPH_EN), "Regeringen vil halvere ventetiden", ()),
    Example("ja-menu", ("NHK\nNEWS WEB\nトップ\n新着\n天気", "北陸新幹線 大雪で一部区間運転見合わせ", PARAGRAPH_EN),
            "北陸新幹線 大雪で一部区間運転見合わせ", ()),
    # The section's name printed again over the headline goes with the menu.
    Example("it-section-again", ("Il Giornale\nCronaca\nPolitica\nSport", "Cronaca", "Allerta rossa in Liguria",
                                 PARAGRAPH_EN), "Allerta rossa in Liguria", ()),
]


@pytest.mark.parametrize("example", SITE_MENUS, ids=lambda e: e.id)
def test_the_sites_menu_over_the_article_is_dropped(example: Example) -> None:
    article = _read_as_expected(example)
    menu = example.lines[0].split("\n")
    assert not any(block in menu for block in article.body)
    assert PARAGRAPH_EN in article.body


@pytest.mark.parametrize("lines", [
    # Two short lines are a kicker and a section: not a menu.
    ("Sport\nFootball", "Headset delayed until spring", PARAGRAPH_EN),
    # Short lines in separate blocks are the title and its kicker lines.
    ("Ukraine", "War", "Day 1000", "Headset delayed until spring", PARAGRAPH_EN),
])
def test_short_lines_that_are_no_menu(lines: tuple[str, ...]) -> None:
    article = read_text_layout("\n\n".join(lines) + "\n")
    assert article.title == lines[0].split("\n")[0]


# -- a credit said before its caption ----------------------------------------------------

@dataclass(frozen=True)
class Split:
    id: str
    line: str
    caption: str | None
    credit: str | None


ECHOED_CREDIT = [
    # Focus layout: the supplier's name, then a caption that opens with the same name.
    Split("company-handout-de", "Lego Lego feiert vom 1. bis 8. Mai den Star-Wars-Tag mit Angeboten.",
          "Lego feiert vom 1. bis 8. Mai den Star-Wars-Tag mit Angeboten.", "Lego"),
    Split("agency-en", "Reuters Reuters photographers cover the summit in Geneva",
          "Reuters photographers cover the summit in Geneva", "Reuters"),
    # Names that are said twice are no credit.
    Split("place-name", "Bora Bora ist eine Insel im Pazifik", "Bora Bora ist eine Insel im Pazifik", None),
    Split("band-name", "Duran Duran performs at the Hollywood Bowl in Los Angeles",
          "Duran Duran performs at the Hollywood Bowl in Los Angeles", None),
    Split("too-short-after", "Lego Lego Star Wars", "Lego Lego Star Wars", None),
]


@pytest.mark.parametrize("example", ECHOED_CREDIT, ids=lambda e: e.id)
def test_echoed_leading_credit(example: Split) -> None:
    found = split_caption(example.line)
    assert (found.caption, found.credit.credit if found.credit else None) == (example.caption, example.credit)


LEADING_CREDIT_IN_TEXT = [
    Example("echoed-credit-line",
            ("Lego feiert den Star-Wars-Tag", PARAGRAPH_DE,
             "Lego Lego feiert vom 1. bis 8. Mai den Star-Wars-Tag mit Angeboten für Groß und Klein.", PARAGRAPH_DE_2),
            "Lego feiert den Star-Wars-Tag",
            (("Lego feiert vom 1. bis 8. Mai den Star-Wars-Tag mit Angeboten für Groß und Klein.", "Lego"),)),
    # A credit chain before a caption that ends with a full stop: the stop is the caption's.
    Example("chain-before-sentence",
            ("Regierung stellt Budget vor", PARAGRAPH_DE,
             "Bild: APA/HELMUT FOHRINGER Der Bundeskanzler bei der Pressekonferenz in Wien.", PARAGRAPH_DE_2),
            "Regierung stellt Budget vor",
            (("Der Bundeskanzler bei der Pressekonferenz in Wien.", "APA/HELMUT FOHRINGER"),)),
    # A dateline in brackets opens a paragraph: no caption, whatever follows it.
    Example("bracketed-dateline",
            ("Regierung stellt Budget vor",
             "(APA) - Der Bundeskanzler hat am Dienstag das Budget vorgestellt. Die Opposition kritisierte es.",
             PARAGRAPH_DE_2),
            "Regierung stellt Budget vor", ()),
]


@pytest.mark.parametrize("example", LEADING_CREDIT_IN_TEXT, ids=lambda e: e.id)
def test_leading_credit_in_text(example: Example) -> None:
    article = _read_as_expected(example)
    assert PARAGRAPH_DE_2 in article.body


# -- a sentence about the picture between paragraphs ----------------------------------

PICTURE_SENTENCES = [
    Example("this-photo-between-paragraphs",
            ("Hands on with the new headset", PARAGRAPH_EN,
             "I was not allowed to film the demo, so this photo from the maker will have to do.", PARAGRAPH_EN_2),
            "Hands on with the new headset",
            (("I was not allowed to film the demo, so this photo from the maker will have to do.", None),)),
    # A name alone, with a full stop, between paragraphs: a portrait's caption.
    Example("portrait-name",
            ("Council rejects the plan", PARAGRAPH_EN, "Mayor Jane Doe.", PARAGRAPH_EN_2),
            "Council rejects the plan", (("Mayor Jane Doe.", None),)),
    Example("portrait-name-zulu",
            ("Umkhandlu uyenqaba uhlelo", PARAGRAPH_EN, "NGUMNU Sipho Dlamini.", PARAGRAPH_EN_2),
            "Umkhandlu uyenqaba uhlelo", (("NGUMNU Sipho Dlamini.", None),)),
    # A name as a subheading has no full stop; a signature ends the text.
    Example("name-subheading", ("Council rejects the plan", PARAGRAPH_EN, "Jane Doe", PARAGRAPH_EN_2),
            "Council rejects the plan", ()),
    Example("signature", ("Council rejects the plan", PARAGRAPH_EN, PARAGRAPH_EN_2, "Jane Doe."),
            "Council rejects the plan", ()),
    # Tabloid style: every paragraph is one sentence, and "pictured" is said in passing.
    Example("one-sentence-paragraphs",
            ("Man arrested after chase",
             "A man was arrested on Monday after a police chase through the town centre.",
             "John Smith, pictured, was stopped by officers near the station at about 6pm.",
             "Police said he would appear in court on Wednesday morning."),
            "Man arrested after chase", ()),
]


@pytest.mark.parametrize("example", PICTURE_SENTENCES, ids=lambda e: e.id)
def test_picture_sentence_between_paragraphs(example: Example) -> None:
    article = _article(example)
    assert tuple((i.caption, i.credit) for i in article.images) == example.captions
    captions = {i.caption for i in article.images}
    assert [line for line in example.lines[1:] if line not in captions] == article.body


@pytest.mark.parametrize("text, count", [
    ("Lego feiert vom 1. bis 8. Mai den Star-Wars-Tag.", 1),  # ordinals in a German date
    ("Der 1. FC Köln gewinnt.", 1),
    ("It rained. Then it stopped.", 2),
    ("The vote came in 2022. Then nothing happened.", 2),  # a year is no ordinal
    ("Wow! Great news.", 2),
    # Abbreviations from the language files ([text] abbreviations) end no sentence.
    ("Trump greets Rep. Tulsi Gabbard, Thursday, Aug. 29, 2024, in La Crosse, Wis.", 1),
    ("Dr. Jane Doe spoke first. Then the mayor.", 2),
    ("La Sra. García y el Dr. Pérez, en Madrid.", 1),
])
def test_sentence_count_reads_ordinals_as_numbers(text: str, count: int) -> None:
    assert sentence_count(text) == count


# -- a line that declares its picture, and lines shaped like credits that are not -------

PARAGRAPH_ZH = "冰雪节于周五晚间正式开幕，首日接待游客超过四万人次。当地气温降至零下二十五摄氏度，景区延长了开放时间。"
PARAGRAPH_ZH_2 = "气象部门预计，未来一周最低气温还将继续下降。主办方提醒游客注意防寒保暖，合理安排出行时间。"
PARAGRAPH_ES = ("El Gobierno regional anunció el lunes un plan para reducir las listas de espera. "
                "La medida entrará en vigor en enero.")
PARAGRAPH_ES_2 = ("Los sindicatos consideran insuficiente la propuesta. Exigen más personal en los "
                  "centros de salud de la periferia.")
PARAGRAPH_IT = ("Il nuovo tram entra in servizio domani mattina. Le prime corse partiranno alle sei "
                "dal capolinea della stazione.")

DECLARED_PICTURES = [
    # A picture word opening the line declares a caption, even a short one.
    Example("tu-wei-opens", ("冰雪节开幕", PARAGRAPH_ZH, "图为冰雪大世界夜景。", PARAGRAPH_ZH_2),
            "冰雪节开幕", (("图为冰雪大世界夜景。", None),)),
    Example("map-showing", ("Flood defences raised", PARAGRAPH_EN,
                            "Map showing the main flood paths around the old town", PARAGRAPH_EN_2),
            "Flood defences raised", (("Map showing the main flood paths around the old town", None),)),
    # "Imagen de archivo" is a credit label as well: followed by running words it opens a
    # caption, whose credit is at the end of the line.
    Example("file-picture-caption", ("Listas de espera", PARAGRAPH_ES,
                                     "Imagen de archivo de una protesta por la sanidad pública en Madrid. EFE/Archivo",
                                     PARAGRAPH_ES_2),
            "Listas de espera",
            (("Imagen de archivo de una protesta por la sanidad pública en Madrid.", "EFE/Archivo"),)),
    # A rights notice names nobody: no credit, and no body text either.
    Example("rights-notice", ("Il tram 7 in servizio", PARAGRAPH_IT, "© Riproduzione riservata"),
            "Il tram 7 in servizio", ()),
]


@pytest.mark.parametrize("example", DECLARED_PICTURES, ids=lambda e: e.id)
def test_declared_pictures_and_credit_lookalikes(example: Example) -> None:
    article = _read_as_expected(example)
    assert not any("Riproduzione" in line for line in article.body)


# A quote's speaker or a link beside a caption is not a list the caption is part of.
NOT_LIST_NEIGHBOURS = [
    "— Maria Lopez, resident of the old town",
    "Read more: flood maps for every district https://www.example.org/floods/",
]


@pytest.mark.parametrize("neighbour", NOT_LIST_NEIGHBOURS)
def test_credit_speaker_and_link_lines_are_no_list_items(neighbour: str) -> None:
    from mediakit.text.features import judge_bare_caption
    from mediakit.text.words import text_words
    caption = "Volunteers fill sandbags in front of the harbour wall in Porthcawl"
    judgement = judge_bare_caption(caption, text_words(), neighbour, PARAGRAPH_EN)
    assert "list_item_neighbour" not in judgement.features
    listed = judge_bare_caption(caption, text_words(), "Sandbags and pumps for every street", PARAGRAPH_EN)
    assert "list_item_neighbour" in listed.features


def test_a_credit_line_above_is_no_list_item() -> None:
    """The credit line of the picture above stands right over an uncredited caption."""
    caption = "Volunteers fill sandbags in front of the harbour wall in Porthcawl, Tuesday"
    text = "\n\n".join([
        "Storm closes roads across the coast", PARAGRAPH_EN,
        "Waves crash over the harbour wall.\nPhoto: Jane Doe/AFP", caption, PARAGRAPH_EN_2,
    ]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Waves crash over the harbour wall.", "Jane Doe/AFP"), (caption, None)]


PARAGRAPH_JA = "動物園は24日、新しい飼育舎の改修を年内に終えると発表した。来年春の公開を目指し、職員が準備を進めている。"
PARAGRAPH_JA_2 = "担当者は「動物が新しい環境に早く慣れるよう、万全の態勢を整えたい」と話している。公開の時期は後日決める。"


def test_japanese_photographer_after_a_middle_dot_label() -> None:
    """"撮影・山田太郎" closes the caption line: the middle dot ends the label as "：" does."""
    article = read_text_layout("\n\n".join([
        "動物園、飼育舎を改修へ", PARAGRAPH_JA, "改修が進む飼育舎の内部　撮影・山田太郎", PARAGRAPH_JA_2]) + "\n")
    assert [(i.caption, i.credit, i.creators) for i in article.images] == [
        ("改修が進む飼育舎の内部", "山田太郎", ["山田太郎"])]
    assert article.body == [PARAGRAPH_JA, PARAGRAPH_JA_2]


# -- lines a copy of a page picks up: UI words, dates, the agencies' sign-off ----------

COPY_DEBRIS = [
    # A caption's UI word alone on its line is dropped, not read as text or as a caption.
    Example("ui-words", ("Flood defences raised", PARAGRAPH_EN, "Open image in gallery",
                         "Waves crash over the harbour wall in Porthcawl. Photograph: Jane Doe/AFP",
                         "Enlarge this image", PARAGRAPH_EN_2),
            "Flood defences raised", (("Waves crash over the harbour wall in Porthcawl.", "Jane Doe/AFP"),)),
    # A publication date line is no caption, even with its comma and dates.
    Example("posted-updated", ("Flood defences raised", PARAGRAPH_EN,
                               "Posted 10 Jan 2026, updated 10 Jan 2026", PARAGRAPH_EN_2),
            "Flood defences raised", ()),
    # The agencies an article closes with are its sources, not a picture's credit.
    Example("agency-sign-off", ("Hochwasser in Passau", PARAGRAPH_DE, PARAGRAPH_DE_2, "wit/dpa/AFP"),
            "Hochwasser in Passau", ()),
    Example("source-line", ("Hochwasser in Passau", PARAGRAPH_DE, PARAGRAPH_DE_2, "Quelle: dpa, AFP"),
            "Hochwasser in Passau", ()),
    # A photographer's name in capitals after the caption's last sentence is its credit.
    Example("name-in-capitals", ("Sequía en el sur", PARAGRAPH_ES,
                                 "Un agricultor revisa un canal seco en Lebrija, este martes. PACO ROMERO",
                                 PARAGRAPH_ES_2),
            "Sequía en el sur", (("Un agricultor revisa un canal seco en Lebrija, este martes.", "PACO ROMERO"),)),
    # A publication stamp names the outlet beside its date and time: no credit.
    Example("outlet-and-stamp", ("Banjir rob di Jakarta Utara", PARAGRAPH_EN, "Kompas.com - 25/11/2026, 08:45 WIB",
                                 PARAGRAPH_EN_2),
            "Banjir rob di Jakarta Utara", ()),
    # A Korean agency's rights notice in angle brackets, under its tip-off line.
    Example("rights-notice-in-angle-brackets", ("Flood defences raised", PARAGRAPH_EN, PARAGRAPH_EN_2,
                                                "제보는 카카오톡 okjebo\n<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
            "Flood defences raised", ()),
    # "記者X／台北報導": the reporter and where they report from, though the paper is named.
    Example("byline-closing-with-report", ("糖廠煙囪點燈", "聯合報／ 記者林佳慧／台北即時報導", PARAGRAPH_ZH_HANT,
                                           PARAGRAPH_ZH_HANT_2),
            "糖廠煙囪點燈", ()),
    # "صورة جوية تظهر …" (an aerial picture shows …): a label word opening a sentence, in a
    # script without capitals, opens a caption; "المصدر: الجزيرة + وكالات" closing the text
    # names the article's sources, though a one-sentence paragraph stands above it.
    Example("arabic-picture-word-and-source-line",
            ("فيضانات في كسلا", PARAGRAPH_AR, "صورة جوية تظهر أحياء غمرتها المياه شرقي المدينة (الأناضول)",
             PARAGRAPH_AR_2, "ويعاني السكان في الأحياء الشرقية من نقص حاد في مياه الشرب النظيفة والغذاء والدواء منذ بداية الأسبوع الماضي بحسب الأمم المتحدة.",
             "المصدر: الجزيرة + وكالات"),
            "فيضانات في كسلا", (("صورة جوية تظهر أحياء غمرتها المياه شرقي المدينة", "الأناضول"),)),
    # The same after a last paragraph of one short sentence; the credit in brackets on
    # the line under its caption spells Getty Images as Al Jazeera does.
    Example("arabic-short-last-paragraph",
            ("فيضانات في كسلا", PARAGRAPH_AR, "أسر نازحة تقيم في مدرسة تحولت إلى مركز إيواء مؤقت\n(غيتي إيميجز)",
             PARAGRAPH_AR_2, "ودعت الحكومة المحلية المنظمات الدولية إلى تقديم مساعدات عاجلة تشمل الخيام والأغذية.",
             "المصدر: الجزيرة + وكالات"),
            "فيضانات في كسلا", (("أسر نازحة تقيم في مدرسة تحولت إلى مركز إيواء مؤقت", "غيتي إيميجز"),)),
    # A visualisation's credit under its caption.
    Example("visualisation-credit", ("Hallenbad kommt", PARAGRAPH_DE,
                                     "So soll das neue Hallenbad aussehen: Der Entwurf sieht eine Fassade aus Holz "
                                     "und Glas vor.\nVisualisierung: Planbüro Muster",
                                     PARAGRAPH_DE_2),
            "Hallenbad kommt", (("So soll das neue Hallenbad aussehen: Der Entwurf sieht eine Fassade aus Holz und "
                                 "Glas vor.", "Planbüro Muster"),)),
    # A dated agency tag closing the last paragraph signs the article off (APA, Der Standard).
    Example("dated-sign-off", ("Inflation sinkt", PARAGRAPH_DE,
                               "Die endgültigen Zahlen will Statistik Austria Mitte Dezember veröffentlichen. "
                               "(APA, red, 24.11.2026)"),
            "Inflation sinkt", ()),
    # The writer's name over the desk, above the text (BBC), is no portrait and credit.
    Example("author-over-desk", ("Storm Bert floods Pontypridd", "Sarah Keane\nBBC News, Cardiff", PARAGRAPH_EN,
                                 PARAGRAPH_EN_2),
            "Storm Bert floods Pontypridd", ()),
    # With its full stop, the name is a portrait's caption.
    Example("portrait-over-its-credit", ("Storm Bert floods Pontypridd", "Rejoice Ndlovu.\nSithunyelwe/AFP", PARAGRAPH_EN,
                                         PARAGRAPH_EN_2),
            "Storm Bert floods Pontypridd", (("Rejoice Ndlovu.", "Sithunyelwe/AFP"),)),
    # A photographer in capitals and an outlet the registry does not know, on the line
    # under the caption.
    Example("capitals-photographer-and-outlet", ("Greve dos médicos", PARAGRAPH_EN,
                                                 "Doentes aguardam atendimento nas urgências do hospital\n"
                                                 "TOMÁS SILVA/OBSERVADOR", PARAGRAPH_EN_2),
            "Greve dos médicos", (("Doentes aguardam atendimento nas urgências do hospital", "TOMÁS SILVA/OBSERVADOR"),)),
    # A bracketed credit with its role label closing the last paragraph is a picture's,
    # not a wire sign-off; a photographer after " / " and the caption's last sentence.
    Example("supplied-credit-at-the-end", ("Floods hit the coast", PARAGRAPH_EN, PARAGRAPH_EN_2,
                                           "A helicopter winches a man from the roof of his car near Kyogle on Tuesday. "
                                           "(Pool: AFP)"),
            "Floods hit the coast", (("A helicopter winches a man from the roof of his car near Kyogle on Tuesday.",
                                      "Pool: AFP"),)),
    Example("photographer-after-slash", ("Pisos turísticos", PARAGRAPH_ES,
                                         "Una inspectora revisa un anuncio en el portal de un edificio del Eixample. "
                                         "/ Jordi Otix", PARAGRAPH_ES_2),
            "Pisos turísticos", (("Una inspectora revisa un anuncio en el portal de un edificio del Eixample.",
                                  "Jordi Otix"),)),
    # USA Today signs off with its contributors.
    Example("contributing-sign-off", ("Storm hits Texas", PARAGRAPH_EN, PARAGRAPH_EN_2,
                                      "Contributing: The Associated Press", "Storm damage in pictures"),
            "Storm hits Texas", ()),
    # "Illustrative picture" alone over its credit is that picture's caption.
    Example("illustrative-picture", ("Smog nad Krakowem", PARAGRAPH_EN, "Zdjęcie ilustracyjne\nFot. Shutterstock",
                                     PARAGRAPH_EN_2),
            "Smog nad Krakowem", (("Zdjęcie ilustracyjne", "Shutterstock"),)),
    # The author's box with the article's sources (TVN24), at the top and at the end.
    Example("author-and-sources-box", ("Sejm przyjął ustawę", PARAGRAPH_EN,
                                       "Autorka/Autor: Justyna Kowalczyk\nŹródło: tvn24.pl, PAP", PARAGRAPH_EN_2,
                                       "Autorka/Autor: Justyna Kowalczyk", "Źródło: tvn24.pl, PAP"),
            "Sejm przyjął ustawę", ()),
    # BBC copies put the caption label on a line of its own, the caption under it.
    Example("caption-label-alone", ("Landslip closes the line", PARAGRAPH_EN,
                                    "Image source, Getty Images\nImage caption,\nEngineers inspect the embankment near Shap",
                                    PARAGRAPH_EN_2, "Image caption,\nReplacement buses queued outside the station",
                                    PARAGRAPH_EN_3),
            "Landslip closes the line", (("Engineers inspect the embankment near Shap", "Getty Images"),
                                         ("Replacement buses queued outside the station", None))),
    # A pull quote's speaker with a title ("Dr", not the role "DR") is no credit.
    Example("pull-quote-speaker-with-title", ("Glaciers shrink", PARAGRAPH_EN,
                                              "It is like watching a library burn. Every metre of ice we lose is gone for ever",
                                              "Dr Matthias Huss", PARAGRAPH_EN_2),
            "Glaciers shrink", ()),
    # A Korean ministry's courtesy credit in brackets, with the no-resale notice.
    Example("korean-provided-in-brackets", ("광역급행철도 이용객 증가", PARAGRAPH_KO,
                                           "GTX-A 열차 내부 모습\n[국토교통부 제공. 재판매 및 DB 금지]", PARAGRAPH_KO_2),
            "광역급행철도 이용객 증가", (("GTX-A 열차 내부 모습", "국토교통부 제공. 재판매 및 DB 금지"),)),
    # The desk's initials before the agencies sign the text off, though a discussion
    # prompt follows; so does the paper's source line before its rights offer.
    Example("desk-sign-off", ("Streik am Flughafen", PARAGRAPH_DE, PARAGRAPH_DE_2, "mgo/dpa/Reuters",
                              "Diskutieren Sie mit"),
            "Streik am Flughafen", ()),
    Example("source-line-before-rights-offer", ("EZB senkt Zinsen", PARAGRAPH_DE, PARAGRAPH_DE_2, "Quelle: F.A.Z.",
                                                "Artikelrechte erwerben", "Zur Startseite"),
            "EZB senkt Zinsen", ()),
    # Tags listed under "Tópicos": "TAP" is a tag there, not the agency.
    Example("tags-under-their-label", ("Privatização avança", PARAGRAPH_EN, PARAGRAPH_EN_2,
                                       "Tópicos\nEconomia\nTAP\nAviação"),
            "Privatização avança", ()),
    # A reporter of the paper signs the picture after the caption's last sentence.
    Example("korean-reporter-after-the-caption", ("해녀 실태조사", PARAGRAPH_KO,
                                                 "갯벌에서 도요새 무리가 날아오르고 있다. 김봉규 선임기자 bong9@hani.co.kr",
                                                 PARAGRAPH_KO_2),
            "해녀 실태조사", (("갯벌에서 도요새 무리가 날아오르고 있다.", "김봉규 선임기자 bong9@hani.co.kr"),)),
    # Yonhap's tip-off line and rights notice on one line; the outlet beside its date.
    Example("tip-off-and-notice-on-one-line", ("해녀 실태조사", PARAGRAPH_KO, PARAGRAPH_KO_2,
                                               "제보는 카카오톡 okjebo <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
            "해녀 실태조사", ()),
    Example("outlet-over-its-date", ("Seimas priėmė biudžetą", "LRT.lt\n2026-11-24 18:47", PARAGRAPH_EN,
                                     PARAGRAPH_EN_2),
            "Seimas priėmė biudžetą", ()),
    # An illustration's label word, then its credit with a label of its own.
    Example("illustration-then-labelled-credit", ("Bura u Senju", PARAGRAPH_EN, "Ilustracija Foto: Pixsell",
                                                  PARAGRAPH_EN_2),
            "Bura u Senju", (("Ilustracija", "Pixsell"),)),
    # CNN copies: the place, the outlet and a dash, each on its own line, open the text.
    Example("cnn-dateline", ("Typhoon nears the Philippines", "Hong Kong\nCNN\n—", PARAGRAPH_EN, PARAGRAPH_EN_2),
            "Typhoon nears the Philippines", ()),
    # The print edition's note is no caption.
    Example("print-edition-note", ("Storm hits the coast", PARAGRAPH_EN, PARAGRAPH_EN_2,
                                   "A version of this article appears in print on Nov. 25, 2026, Section A, Page 8"),
            "Storm hits the coast", ()),
    # "File photo of …" opens a caption, whose credit follows its label.
    Example("file-photo-of", ("Chennai braces for rain", PARAGRAPH_EN,
                              "File photo of the Chembarambakkam reservoir. | Photo Credit: The Hindu", PARAGRAPH_EN_2),
            "Chennai braces for rain", (("File photo of the Chembarambakkam reservoir.", "The Hindu"),)),
]


PARAGRAPH_CS = ("Bouřky v noci na středu poškodily střechy v několika obcích na Přerovsku. Hasiči vyjížděli "
                "k desítkám zásahů a odstraňovali spadlé stromy ze silnic.")
PARAGRAPH_ZH_STAMP = "2026-11-03 10:25:31　来源：新华网"

COPY_DEBRIS += [
    # Wire copy signs off its last paragraph with the agency's tag: no picture.
    Example("agency-tag-closing-the-text", ("Bouřky na Přerovsku", PARAGRAPH_CS,
                                            "Meteorologové na čtvrtek vydali další výstrahu před silnými bouřkami, "
                                            "tentokrát pro jižní Čechy a Vysočinu. (ČTK)"),
            "Bouřky na Přerovsku", ()),
    # A publication stamp and its source; a share bar; a video block's title and running time.
    Example("stamp-share-bar-video", ("航站楼今起启用", PARAGRAPH_ZH_STAMP, "微信", PARAGRAPH_ZH,
                                      "视频：航站楼今起启用", "时长 01:26", PARAGRAPH_ZH_2),
            "航站楼今起启用", ()),
    Example("video-block-latin", ("Hochwasser in Passau", PARAGRAPH_DE, "Video: Hochwasser in Passau – Bilder aus der Altstadt",
                                  "02:31", PARAGRAPH_DE_2, "Facebook", "WhatsApp"),
            "Hochwasser in Passau", ()),
    # The article's rights notice at its end is no picture's credit.
    Example("rights-notice-footer", ("Storm closes roads", PARAGRAPH_EN, PARAGRAPH_EN_2,
                                     "© 2026 Reuters. All rights reserved."),
            "Storm closes roads", ()),
    # After "Фото:" an institution may be written in lower case.
    Example("lower-case-institution", ("Мост открыт", PARAGRAPH_EN,
                                       "Рабочие укладывают асфальт на мосту за неделю до открытия\n"
                                       "Фото: пресс-служба правительства Энской области", PARAGRAPH_EN_2),
            "Мост открыт", (("Рабочие укладывают асфальт на мосту за неделю до открытия",
                             "пресс-служба правительства Энской области"),)),
]


COPY_DEBRIS += [
    # A gallery copied with its counters: each counter stands over its slide's caption,
    # credited or not; the gallery's title over the first counter is none; counters drop.
    Example("gallery-counters", ("Crue de la Loire", PARAGRAPH_EN, "Les images de la crue (1/3)", "1 / 3",
                                 "Des familles sur la digue, samedi. | Marc Dupont / Ouest-France", "2 / 3",
                                 "Des pompiers sur le quai", "3 / 3", "Une rue inondée à Orléans", PARAGRAPH_EN_2),
            "Crue de la Loire", (("Des familles sur la digue, samedi.", "Marc Dupont / Ouest-France"),
                                 ("Des pompiers sur le quai", None), ("Une rue inondée à Orléans", None))),
]


@pytest.mark.parametrize("example", COPY_DEBRIS, ids=lambda e: e.id)
def test_copy_debris(example: Example) -> None:
    article = _read_as_expected(example)
    debris = ("Open image in gallery", "Enlarge this image", "1 / 3", "2 / 3")
    assert not any(line.startswith(debris) for line in article.body)


def test_bylines_stay_in_the_body_and_are_listed_apart() -> None:
    from mediakit.text import extract_text
    article = extract_text("\n\n".join([
        "Crue historique de la Loire", "Par Claire Martin, correspondante à Orléans",
        PARAGRAPH_EN, PARAGRAPH_EN_2]) + "\n")
    assert article.body[0] == "Par Claire Martin, correspondante à Orléans"
    assert article.extra["bylines"] == ["Par Claire Martin, correspondante à Orléans"]
    assert article.images == []


# Lines that sign the text, not a picture: the writers, the desk, the agencies the text was
# written from, the date. (id, the text's blocks under its title, the byline expected, or
# None when the line is only no picture's.)
SIGNED_TEXTS = [
    ("desk-slash-byline", ["ABC North Queensland / By Chloe Roe and Baz Lee\nPosted Tue 25 Nov 2025 at 4:12pm",
                           PARAGRAPH_EN, PARAGRAPH_EN_2], "ABC North Queensland / By Chloe Roe and Baz Lee"),
    ("wire-bar-byline", ["Reuters | By Jane Roe\nPosted Tue 25 Nov 2025 at 4:12pm", PARAGRAPH_EN, PARAGRAPH_EN_2],
     "Reuters | By Jane Roe"),
    ("outlet-beside-short-date", ["25.11.2026 • 08:47\nΚΑΘΗΜΕΡΙΝΗ", PARAGRAPH_EN, PARAGRAPH_EN_2], "ΚΑΘΗΜΕΡΙΝΗ"),
    ("sources-beside-dated-stamp", ["Aktualisiert am 12. Februar 2026, 15:21 Uhr\nQuelle: ZEIT ONLINE, dpa, AFP, mja",
                                    PARAGRAPH_EN, PARAGRAPH_EN_2], "Quelle: ZEIT ONLINE, dpa, AFP, mja"),
    # CBC: the writer, the desk and the times in one bar, over the share buttons.
    ("facts-bar", ["Rachel Roe · CBC News · Posted: Nov 20, 2025 4:00 AM CST | Last Updated: November 20",
                   "Social Sharing", PARAGRAPH_EN, PARAGRAPH_EN_2], None),
    # Ouest-France: the writer, the paper, the date, in one block under the standfirst.
    ("outlet-over-its-date", [PARAGRAPH_EN, "Thomas Roe.\nOuest-France\nPublié le 18/11/2025 à 06h45",
                              PARAGRAPH_EN_2], "Ouest-France"),
    # German sites sign with the agencies and the editor's initials; the sentence over the
    # sign-off is no caption.
    *[(f"agencies-and-initials-{n}", [PARAGRAPH_EN, f"Das Ministerium will die Ergebnisse im Herbst auswerten.\n{sign_off}",
                                      "Mehr zum Thema", "Streik bei der Bahn: Was Pendler jetzt wissen müssen",
                                      PARAGRAPH_EN_2], sign_off)
      for n, sign_off in enumerate(["RND/dpa/scs", "dpa · AFP · tkr", "Quelle: ntv.de, mau/dpa/rts"])],
    # RND: the author signs after a last paragraph that ends with an address and no stop.
    ("author-after-a-link", [PARAGRAPH_EN, "Fahrgäste haben Anspruch auf 25 Prozent Erstattung. Das Formular gibt "
                             "es unter www.example.de/fahrgastrechte", "Markus Roe, RND"], "Markus Roe, RND"),
    ("newsroom", ["La rédaction de RTL", PARAGRAPH_EN, PARAGRAPH_EN_2], "La rédaction de RTL"),
    ("byline-bar-date", ["Par Claire Roe | Publié le 25/11/2026", PARAGRAPH_EN, PARAGRAPH_EN_2], None),
    # Two writers over their paper (USA TODAY), and Jiemian's reporter and editor after a bar.
    ("two-writers-over-their-paper", ["Doyle Roe and Emily Roe\nUSA TODAY", PARAGRAPH_EN, PARAGRAPH_EN_2],
     "USA TODAY"),
    ("reporter-and-editor-after-a-bar", ["界面新闻记者 | 陈晓\n界面新闻编辑 | 刘洋", PARAGRAPH_EN, PARAGRAPH_EN_2], None),
    # A "read also" phrase closed by its stop, then the link.
    ("read-also-with-a-stop", [PARAGRAPH_EN, "LIRE AUSSI. Grève nationale le 31 mars: voici les perturbations attendues",
                               PARAGRAPH_EN_2], None),
]


@pytest.mark.parametrize("blocks, byline", [pytest.param(b, y, id=i) for i, b, y in SIGNED_TEXTS])
def test_lines_that_sign_the_text(blocks: list[str], byline: str | None) -> None:
    from mediakit.text import extract_text
    article = extract_text("\n\n".join(["Bahn kündigt Ersatzverkehr an", *blocks]) + "\n")
    assert article.images == []
    if byline is not None:
        assert byline in article.extra["bylines"]


def test_a_caption_that_gives_its_hour_is_no_publication_stamp() -> None:
    from mediakit.text import extract_text
    caption = "Part of the pier's deck fell into the sea shortly after 06:00 GMT on Tuesday"
    article = extract_text("\n\n".join([
        "Pier collapses in storm", f"Image source, Getty Images\nImage caption, {caption}",
        PARAGRAPH_EN, PARAGRAPH_EN_2]) + "\n")
    assert [(im.caption, im.credit) for im in article.images] == [(caption, "Getty Images")]


def test_a_caption_ending_in_a_paper_named_like_a_byline_keeps_its_credit() -> None:
    from mediakit.text import extract_text
    caption = "Een melkveehouder op zijn erf bij Barneveld."
    article = extract_text("\n\n".join([
        "Provincies trekken aan de bel", PARAGRAPH_EN, f"{caption} Beeld Marcel Roe / de Volkskrant",
        PARAGRAPH_EN_2]) + "\n")
    assert [(im.caption, im.credit) for im in article.images] == [(caption, "Marcel Roe / de Volkskrant")]


# -- how pages print a caption, as a copy of them keeps it -------------------------------

PARAGRAPH_JA = ("１３日午後９時１９分ごろ、宮崎県で震度５弱の地震があった。気象庁によると、震源地は日向灘で、"
                "震源の深さは約３６キロ。")
PARAGRAPH_JA_2 = "気象庁は記者会見で「日頃からの備えを確実に実施しておくようお願いしたい」と呼びかけた。"

PRINTED_CAPTIONS = [
    # A label in the middle of the line: the short sentence before it is the caption,
    # even one of capitalised words only.
    Example("label-after-short-sentence", ("Headset hands-on", "The Vision Headset. Photograph: Jane Doe / The Example",
                                           PARAGRAPH_EN, PARAGRAPH_EN_2),
            "Headset hands-on", (("The Vision Headset.", "Jane Doe / The Example"),)),
    # "Foto de" then running lower-case words is a sentence about a photo, not a label.
    Example("foto-de-familia", ("Cumbre en Madrid", PARAGRAPH_ES,
                                "Foto de familia de la cumbre de ministros en Madrid EFE/ J.J. Guillén", PARAGRAPH_ES_2),
            "Cumbre en Madrid", (("Foto de familia de la cumbre de ministros en Madrid", "EFE/ J.J. Guillén"),)),
    # A credit that ends with its rights notice ends with the notice's own stop.
    Example("rights-notice-in-credit", ("Sicherheitsrat tagt", PARAGRAPH_DE,
                                        "Der Sicherheitsrat tagt am Montag im UN-Hauptquartier "
                                        "Jane Doe/Copyright 2026 The AP. All rights reserved.", PARAGRAPH_DE_2),
            "Sicherheitsrat tagt", (("Der Sicherheitsrat tagt am Montag im UN-Hauptquartier",
                                     "Jane Doe/Copyright 2026 The AP. All rights reserved"),)),
    # A spaced slash before a photographer's name; a labelled credit closed by a stop;
    # an outlet named by its web address over the photographer.
    Example("slash-before-name", ("Razzia in Palma", PARAGRAPH_DE,
                                  "Polizisten beim Einsatz am Montag in La Soledat / Lorenzo Marina", PARAGRAPH_DE_2),
            "Razzia in Palma", (("Polizisten beim Einsatz am Montag in La Soledat", "Lorenzo Marina"),)),
    Example("labelled-credit-with-stop", ("Nyt bistro", PARAGRAPH_EN,
                                          "The owners opened the bistro in June. It seats forty. Foto: Jane Doe.",
                                          PARAGRAPH_EN_2),
            "Nyt bistro", (("The owners opened the bistro in June. It seats forty.", "Jane Doe"),)),
    Example("outlet-domain", ("Vitni í Osló", PARAGRAPH_EN, "Four supporters of the witnesses outside the court.\n"
                              "example.is/Jane Doe", PARAGRAPH_EN_2),
            "Vitni í Osló", (("Four supporters of the witnesses outside the court.", "example.is/Jane Doe"),)),
    # After a label, "said" before the credit is the caption's, not a source phrase.
    Example("said-then-label", ("Water mains", PARAGRAPH_EN,
                                "There are about 500 breaks each year, an official said.CreditJane Doe for The Example",
                                PARAGRAPH_EN_2),
            "Water mains", (("There are about 500 breaks each year, an official said.", "Jane Doe for The Example"),)),
    # A label closing the credit (Lithuanian "nuotr."), right under the title.
    Example("closing-label", ("Kodėl Judas išdavė Jėzų?", "Povilas Aleksandravičius / J. Stacevičiaus / LRT nuotr.",
                              PARAGRAPH_EN, PARAGRAPH_EN_2),
            "Kodėl Judas išdavė Jėzų?", (("Povilas Aleksandravičius", "J. Stacevičiaus / LRT"),)),
    # A role word alone on its line says who supplied the picture over the text.
    Example("role-word-alone", ("Norge rundt på ski", "Privat", PARAGRAPH_EN, PARAGRAPH_EN_2),
            "Norge rundt på ski", ((None, "Privat"),)),
    # Names in brackets after the last sentence.
    Example("names-in-brackets", ("Sequía en el sur", PARAGRAPH_ES,
                                  "Un agricultor revisa un canal seco en Lebrija. (Edu Luque)", PARAGRAPH_ES_2),
            "Sequía en el sur", (("Un agricultor revisa un canal seco en Lebrija.", "Edu Luque"),)),
    # Who stands where, in brackets: a short sentence between paragraphs is a caption.
    Example("position-in-brackets", ("Preis für Kiel", PARAGRAPH_DE,
                                      "Die Bürgermeisterin (links) mit dem Preisträger.", PARAGRAPH_DE_2),
            "Preis für Kiel", (("Die Bürgermeisterin (links) mit dem Preisträger.", None),)),
    Example("position-between-commas", ("Spurs appoint new manager", PARAGRAPH_EN,
                                        "Image: Jane Doe, left, has replaced John Roe as manager", PARAGRAPH_EN_2),
            "Spurs appoint new manager", (("Jane Doe, left, has replaced John Roe as manager", None),)),
    # Japanese papers close a caption with "＝" and when it was taken, even above the text.
    Example("japanese-equals-when", ("南海トラフ、一時調査", "評価検討会の会場＝１３日午後１０時３１分（代表撮影）",
                                     PARAGRAPH_JA, PARAGRAPH_JA_2),
            "南海トラフ、一時調査", (("評価検討会の会場＝１３日午後１０時３１分", "代表撮影"),)),
    Example("japanese-equals-first-line", ("イスラエルの国旗＝同国で2019年5月", "停戦案に双方同意か", PARAGRAPH_JA),
            "停戦案に双方同意か", (("イスラエルの国旗＝同国で2019年5月", None),)),
    # An embedded post and its signature are quoted text, not a picture and its caption.
    Example("embedded-post", ("Campaign raises eyebrows", PARAGRAPH_EN,
                              "Yes this is real and the state spent nearly half a million dollars on it",
                              "— Jane Roe (@janeroe) November 18, 2019", PARAGRAPH_EN_2),
            "Campaign raises eyebrows", ()),
    # A product with its price has a slash and names, but it is no credit.
    Example("product-price", ("Neue Sets im Mai", PARAGRAPH_DE, "Lego 75361 / Spinnenpanzer: 52,99 Euro",
                              "Lego 75356 / Executor: 69,99 Euro", PARAGRAPH_DE_2),
            "Neue Sets im Mai", ()),
    Example("instagram-post", ("Sommer auf Kreta", PARAGRAPH_DE,
                               "A post shared by Jane Roe (@janeroe) on Jun 16, 2019 at 7:30am PDT", PARAGRAPH_DE_2),
            "Sommer auf Kreta", ()),
    # Chosun's caption, then "/name 기자" after its sentence: no byline, the photographer.
    Example("ko-slash-reporter", ("해녀 실태조사 발표", PARAGRAPH_KO, "기자회견하는 해양수산국장. /김지호 기자", PARAGRAPH_KO_2),
            "해녀 실태조사 발표", (("기자회견하는 해양수산국장.", "김지호 기자"),)),
    # A broadcaster's desk, a colon, then its photographer (ABC).
    Example("desk-colon-photographer", ("Stadium vote", PARAGRAPH_EN,
                                        "Construction fencing at the point in Hobart.\nABC News: Jane Doe", PARAGRAPH_EN_2),
            "Stadium vote", (("Construction fencing at the point in Hobart.", "ABC News: Jane Doe"),)),
    # A name alone closing a block of two lines under one sentence: who took the picture.
    Example("photographer-under-its-sentence", ("Plan sanitario", PARAGRAPH_ES,
                                                "Pistas de esquí sin nieve este martes.\nOliver Duch", PARAGRAPH_ES_2),
            "Plan sanitario", (("Pistas de esquí sin nieve este martes.", "Oliver Duch"),)),
    # Daily Monitor's "PHOTO/NAME" after the caption's sentence; Dawn's "— Photo by author".
    Example("label-slash-name", ("Floods in Kampala", PARAGRAPH_EN,
                                 "Traders wade through floodwater on Monday. PHOTO/JANE DOE", PARAGRAPH_EN_2),
            "Floods in Kampala", (("Traders wade through floodwater on Monday.", "JANE DOE"),)),
    Example("dash-label-role", ("Water shortage", PARAGRAPH_EN,
                                "A view of the pumping station. — Photo by author", PARAGRAPH_EN_2),
            "Water shortage", (("A view of the pumping station.", "author"),)),
    # "צילום:" (Photo:) under a short line: a picture's credit, never a writer over a desk.
    Example("he-labelled-credit-is-no-author-box", ("הפגנה מול הכנסת", "שוטרים מפנים מפגינים מהכביש\nצילום: רויטרס",
                                                    PARAGRAPH_AR, PARAGRAPH_AR_2),
            "הפגנה מול הכנסת", (("שוטרים מפנים מפגינים מהכביש", "רויטרס"),)),
]

def test_file_picture_label_opens_a_caption_with_its_credit() -> None:
    """"资料图：" (file picture:) opens a closed sentence, then the credit: a caption line,
    not a labelled credit line that would take the paragraph over it for its caption."""
    text = "\n\n".join(["冰雪节开幕", PARAGRAPH_ZH, "资料图：上海地铁五角场站。 新华社记者 刘颖 摄", PARAGRAPH_ZH_2]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.credit) for i in article.images] == [("资料图：上海地铁五角场站。", "新华社记者 刘颖 摄")]


# A photographer's name, a spaced dash and the outlet (La Voix du Nord, La Nación), on
# the line over or under the caption; a label and a role word before the name.
NAME_DASH_OUTLET = [
    ("Photo Jane Doe - VDNPQR\nL'entrepôt de la rue, désaffecté depuis quinze ans, s'étend sur 4 000 m².",
     "L'entrepôt de la rue, désaffecté depuis quinze ans, s'étend sur 4 000 m².", "Jane Doe - VDNPQR"),
    ("La línea D, una de las más utilizadas de la red, en la estación Catedral\nJane Doe - LA NACION",
     "La línea D, una de las más utilizadas de la red, en la estación Catedral", "Jane Doe - LA NACION"),
    ("Les pompiers étaient toujours à pied d'œuvre mardi matin.\nPhoto archives Jane Doe - VDNPQR",
     "Les pompiers étaient toujours à pied d'œuvre mardi matin.", "archives Jane Doe - VDNPQR"),
]


# A photographer, a slash and a paper the registry does not know, closing a block of
# two lines under one sentence (Le Soir, Sud Ouest, Stuff); a Markdown image may head it.
NAME_SLASH_PAPER = [
    # (block between two paragraphs, the caption, the credit)
    ("Embouteillage à l'entrée du tunnel, à l'heure de pointe.\nPierre Roe / Le Soir",
     "Embouteillage à l'entrée du tunnel, à l'heure de pointe.", "Pierre Roe / Le Soir"),
    ("Le président du comité lors de la réunion de crise à la mairie\nArchives Guillaume Roe / SUD OUEST",
     "Le président du comité lors de la réunion de crise à la mairie", "Archives Guillaume Roe / SUD OUEST"),
    ("![kiwi](https://img.example/kiwi.jpg)\nA young kiwi is released into native bush.\nDenise Roe/Stuff",
     "A young kiwi is released into native bush.", "Denise Roe/Stuff"),
    ("Paraguas en la Puerta del Sol, este martes por la mañana.\nJorge Roe / 20minutos",
     "Paraguas en la Puerta del Sol, este martes por la mañana.", "Jorge Roe / 20minutos"),
    # French and Belgian regional papers: the paper's initials, a dash, the photographer.
    ("Le viaduc, emprunté chaque jour par plus de 90 000 véhicules. DDM - Michel Roe",
     "Le viaduc, emprunté chaque jour par plus de 90 000 véhicules.", "DDM - Michel Roe"),
    ("Le chantier de la gare des bus, vu depuis la place de la Station.\nÉdA - Jacques Roe",
     "Le chantier de la gare des bus, vu depuis la place de la Station.", "ÉdA - Jacques Roe"),
    # The paper and its photographer in capitals, a dash between (Midi Libre).
    ("Les conchyliculteurs constatent les dégâts sur leurs tables, ce jeudi matin.\nMIDI LIBRE - VINCENT ROE",
     "Les conchyliculteurs constatent les dégâts sur leurs tables, ce jeudi matin.", "MIDI LIBRE - VINCENT ROE"),
    # A reporter in square brackets after the caption's sentence (Maeil Business).
    ("경기 평택시 삼성전자 평택캠퍼스 전경. [이충우 기자]", "경기 평택시 삼성전자 평택캠퍼스 전경.", "이충우 기자"),
    # A bar or an opening bracket, then a labelled credit, closes a caption: the person
    # before the bracket is pictured, not the photographer.
    ("הכנרת, השבוע | צילום: מיכאל רו / פלאש 90", "הכנרת, השבוע", "מיכאל רו / פלאש 90"),
    ("Volodymyr Roe (Photo: EPA/UPG)", "Volodymyr Roe", "EPA/UPG"),
]


@pytest.mark.parametrize("block, caption, credit", NAME_SLASH_PAPER)
def test_photographer_and_paper_beside_the_caption(block: str, caption: str, credit: str) -> None:
    article = read_text_layout("\n\n".join(["Incendie à Roubaix", PARAGRAPH_ES, block, PARAGRAPH_ES_2]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit)]


@pytest.mark.parametrize("block, caption, credit", NAME_DASH_OUTLET)
def test_photographer_dash_outlet_line(block: str, caption: str, credit: str) -> None:
    article = read_text_layout("\n\n".join(["Incendie à Roubaix", PARAGRAPH_ES, block, PARAGRAPH_ES_2]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit)]


# Lines that stay text: a name closing a longer block (the author signs a paragraph);
# a phrase after a dash and a label word.
NOT_PHOTOGRAPHERS = [
    ("Pistas de esquí sin nieve este martes. Aramón retrasa la apertura.\nOliver Duch", "Oliver Duch"),
    ("El consejero visitó Panticosa.\nOliver Duch\nRedacción Huesca", "Oliver Duch"),
    ("The mayor spoke to reporters. - Photo session ended early", "Photo session ended early"),
    # The person pictured, then the labelled credit in brackets: a caption line.
    ("Volodymyr Roe (Photo: EPA/UPG)", "Volodymyr Roe (Photo: EPA/UPG)"),
    # A writer and their beat, a person and a person: no photographer and paper.
    ("The mayor spoke to reporters.\nJane Roe / Northland reporter", "Jane Roe / Northland reporter"),
    ("The mayor spoke to reporters.\nJane Roe / Maria Lopez", "Jane Roe / Maria Lopez"),
]


@pytest.mark.parametrize("block, line", NOT_PHOTOGRAPHERS)
def test_lines_that_are_no_photographer(block: str, line: str) -> None:
    article = read_text_layout("\n\n".join(["Plan sanitario", PARAGRAPH_ES, block, PARAGRAPH_ES_2]) + "\n")
    assert not any(line in (image.credit or "") for image in article.images)


@pytest.mark.parametrize("example", PRINTED_CAPTIONS, ids=lambda e: e.id)
def test_printed_caption_conventions(example: Example) -> None:
    article = _read_as_expected(example)
    for caption, _ in example.captions:
        assert not any(caption and caption in line for line in article.body)


# -- caption and credit printed as blocks of their own --------------------------------------


BLOCKS_APART = [
    # Every credit of the page stands alone under a one-sentence line: each is a caption.
    Example("captions-over-credits", ("Warehouse fire", PARAGRAPH_EN,
                                      "Firefighters at the scene of the blaze in Leeds, on Tuesday.", "Photo: Jane Doe/AFP",
                                      PARAGRAPH_EN_2, "Smoke over the ring road.", "Photo: John Roe/Reuters",
                                      PARAGRAPH_EN_3),
            "Warehouse fire", (("Firefighters at the scene of the blaze in Leeds, on Tuesday.", "Jane Doe/AFP"),
                               ("Smoke over the ring road.", "John Roe/Reuters"))),
    # Every credit over a sentence that ends with its full stop: the caption is under it.
    Example("credits-over-captions", ("Warehouse fire", PARAGRAPH_EN, "Photo: Jane Doe/AFP",
                                      "Firefighters at the scene of the blaze in Leeds, on Tuesday.",
                                      PARAGRAPH_EN_2, "Photo: John Roe/Reuters", "Smoke over the ring road.",
                                      PARAGRAPH_EN_3),
            "Warehouse fire", (("Firefighters at the scene of the blaze in Leeds, on Tuesday.", "Jane Doe/AFP"),
                               ("Smoke over the ring road.", "John Roe/Reuters"))),
    # One credit alone: a one-sentence paragraph above it stays text (pictures with a
    # credit and no caption are as common).
    Example("one-credit-alone", ("Warehouse fire", PARAGRAPH_EN, "Firefighters were called at six in the morning.",
                                 "Photo: Jane Doe/AFP", PARAGRAPH_EN_2),
            "Warehouse fire", ((None, "Jane Doe/AFP"),)),
    # Credits of which one has no sentence beside it: none takes a paragraph.
    Example("mixed-credits", ("Warehouse fire", PARAGRAPH_EN, "Firefighters were called at six in the morning.",
                              "Photo: Jane Doe/AFP", "What the council said", "Photo: John Roe/Reuters", PARAGRAPH_EN_2),
            "Warehouse fire", ((None, "Jane Doe/AFP"), (None, "John Roe/Reuters"))),
    # The headline printed again over the text is no caption for the credit beside it.
    Example("title-repeated", ("Warehouse fire in Leeds", "Photo: Jane Doe/AFP", "Warehouse fire in Leeds",
                               PARAGRAPH_EN, PARAGRAPH_EN_2),
            "Warehouse fire in Leeds", ((None, "Jane Doe/AFP"),)),
]


@pytest.mark.parametrize("example", BLOCKS_APART, ids=lambda e: e.id)
def test_caption_and_credit_as_blocks_apart(example: Example) -> None:
    article = _read_as_expected(example)
    assert PARAGRAPH_EN_2 in article.body


# -- a line's company in the text: repetition, signatures, lines cut short -------------------

UNKNOWN_OUTLET_CREDIT = "Priya Raman/Cablewire"  # a photographer and an outlet the registry does not know

LINE_COMPANY = [
    # Once, a name and an unknown outlet may be anything; under each picture, it is the
    # photographer's credit: body text does not repeat itself.
    Example("credit-once", ("Console review", PARAGRAPH_EN, UNKNOWN_OUTLET_CREDIT, PARAGRAPH_EN_2),
            "Console review", ()),
    Example("credit-repeated", ("Console review", PARAGRAPH_EN, UNKNOWN_OUTLET_CREDIT, PARAGRAPH_EN_2,
                                UNKNOWN_OUTLET_CREDIT, PARAGRAPH_EN_3),
            "Console review", ((None, UNKNOWN_OUTLET_CREDIT), (None, UNKNOWN_OUTLET_CREDIT))),
    # A table's "N/A" repeats too, and names nobody.
    Example("table-cells-repeated", ("Task states", PARAGRAPH_EN, "N/A", PARAGRAPH_EN_2, "N/A", PARAGRAPH_EN_3),
            "Task states", ()),
    # A paragraph signed with its author's tag after the last full stop is text, not a
    # caption without a stop.
    Example("signed-paragraph", ("Passwort-Manager im Test", PARAGRAPH_DE,
                                 "Die App kostet seit Montag knapp 50 Euro und setzt mindestens macOS 13 voraus. (bsc)",
                                 PARAGRAPH_DE_2),
            "Passwort-Manager im Test", ()),
    # A courtesy phrase after the caption's last sentence opens its credit.
    Example("courtesy-after-the-caption", ("Sequía en el sur", PARAGRAPH_ES,
                                           "Un baño portátil en la pradera, en la edición de 2025. Cedida por la "
                                           "'Plataforma Vecinal de Villaejemplo'", PARAGRAPH_EN_2),
            "Sequía en el sur", (("Un baño portátil en la pradera, en la edición de 2025.",
                                  "Cedida por la 'Plataforma Vecinal de Villaejemplo'"),)),
    # A short line between a paragraph and a subheading heads nothing: a picture's caption.
    Example("caption-over-a-subheading", ("Museum plans a new wing", PARAGRAPH_EN,
                                          "Visitors look at the ship's carved stern on a busy afternoon in late February", "A decision in autumn",
                                          PARAGRAPH_EN_2),
            "Museum plans a new wing", (("Visitors look at the ship's carved stern on a busy afternoon in late February", None),)),
    # Two sentences there are a teaser or a note, and three short lines are a list.
    Example("teaser-over-a-subheading", ("Museum plans a new wing", PARAGRAPH_EN,
                                         "Old ships draw crowds every summer. Curators want far more room for them and their visitors",
                                         "A decision in autumn",
                                         PARAGRAPH_EN_2),
            "Museum plans a new wing", ()),
    Example("list-of-short-lines", ("Museum plans a new wing", PARAGRAPH_EN, "A new entrance on the water side",
                                    "A larger shop and a cafe", "Two more exhibition halls", PARAGRAPH_EN_2),
            "Museum plans a new wing", ()),
    # A line that closes with who said it is a headline or a teaser, not a caption.
    Example("attributed-teaser", ("Council rejects the plan", PARAGRAPH_EN,
                                  "The harbour bridge will close for repairs in the spring of next year, says mayor",
                                  PARAGRAPH_EN_2),
            "Council rejects the plan", ()),
    # A line that stops on a comma was cut in mid-sentence.
    Example("cut-at-a-comma", ("Council rejects the plan", PARAGRAPH_EN,
                               "Write to the council before Friday, and bring your neighbours along,",
                               PARAGRAPH_EN_2),
            "Council rejects the plan", ()),
    # Three pictures in a row under the same caption: a gallery. The same words printed
    # as a heading-like line elsewhere are that caption again.
    Example("same-caption-in-a-run", ("Harbour festival", PARAGRAPH_EN, "Boats on the quay",
                                      "Lanterns along the quay at night", PARAGRAPH_EN_2,
                                      "Lanterns along the quay at night", "Lanterns along the quay at night",
                                      "Lanterns along the quay at night", PARAGRAPH_EN_3),
            "Harbour festival", (("Lanterns along the quay at night", None),) * 4),
    # Printed twice, once per screen size, a teaser is not a gallery; nor is a button's
    # help text of two sentences under each of four buttons.
    Example("teaser-printed-twice", ("Harbour festival", PARAGRAPH_EN, PARAGRAPH_EN_2,
                                     "More on boats from the Harbour Desk", "More on boats from the Harbour Desk",
                                     PARAGRAPH_EN_3),
            "Harbour festival", ()),
    Example("help-text-under-each-button", ("Harbour festival", PARAGRAPH_EN, PARAGRAPH_EN_2)
            + ("Sign in to react. Reactions are for members only.",) * 4 + (PARAGRAPH_EN_3,),
            "Harbour festival", ()),
]


@pytest.mark.parametrize("example", LINE_COMPANY, ids=lambda e: e.id)
def test_a_line_read_with_its_company(example: Example) -> None:
    article = _read_as_expected(example)
    assert PARAGRAPH_EN_2 in article.body or PARAGRAPH_DE_2 in article.body


# -- credit lines by their words: courtesy, roles, Chinese and Korean closings, debris -------


CREDIT_LINE_WORDS = [
    # A courtesy phrase opens the credit line under the caption.
    Example("courtesy-line", ("Listas de espera", PARAGRAPH_ES, "Imagen aérea de la laguna en septiembre, casi seca\n"
                              "Cortesía de la Estación Ornitológica de Villaejemplo", PARAGRAPH_ES_2),
            "Listas de espera", (("Imagen aérea de la laguna en septiembre, casi seca",
                                  "Cortesía de la Estación Ornitológica de Villaejemplo"),)),
    # A role word in the slash chain ("DR": rights reserved; "Divulgação": handout).
    Example("role-in-chain", ("Listas de espera", PARAGRAPH_ES, "Una moneda de bronce hallada en la galería\n"
                              "Instituto Ejemplo / DR", PARAGRAPH_ES_2),
            "Listas de espera", (("Una moneda de bronce hallada en la galería", "Instituto Ejemplo / DR"),)),
    # A role word alone under the caption ("Gentileza", courtesy), and a photographer,
    # a comma and the paper (ABC Color, the AP's "Damian Dovarganes, AP").
    Example("courtesy-word-alone", ("Crecida del río", PARAGRAPH_ES,
                                    "Familias trasladan sus pertenencias a un albergue en Pilar.\nGentileza",
                                    PARAGRAPH_ES_2),
            "Crecida del río", (("Familias trasladan sus pertenencias a un albergue en Pilar.", "Gentileza"),)),
    Example("photographer-comma-paper", ("Crecida del río", PARAGRAPH_ES,
                                         "Albergue instalado en el predio del regimiento.\nJorge Roe, ABC Color",
                                         PARAGRAPH_ES_2),
            "Crecida del río", (("Albergue instalado en el predio del regimiento.", "Jorge Roe, ABC Color"),)),
    # An organisation in brackets under the caption: who supplied the picture.
    Example("organisation-in-brackets", ("Crecida del río", PARAGRAPH_ES,
                                         "El ministro durante la visita al albergue de Pilar\n(Ministerio de Salud)",
                                         PARAGRAPH_ES_2),
            "Crecida del río", (("El ministro durante la visita al albergue de Pilar", "Ministerio de Salud"),)),
    # "Rights reserved" over the caption (RTBF): the picture's credit, naming no one.
    Example("rights-reserved-over-caption", ("Grève nationale", PARAGRAPH_EN,
                                             "© Tous droits réservés\nUn piquet de grève devant le dépôt à Robermont.",
                                             PARAGRAPH_EN_2),
            "Grève nationale", (("Un piquet de grève devant le dépôt à Robermont.", "Tous droits réservés"),)),
    # Who released the picture "via" the agency that passed it on (AP's handouts).
    Example("source-via-agency", ("Ridge Fire grows", PARAGRAPH_EN,
                                  "An air tanker drops retardant over the fire.\nLos Angeles County Fire Department via AP",
                                  PARAGRAPH_EN_2),
            "Ridge Fire grows", (("An air tanker drops retardant over the fire.",
                                  "Los Angeles County Fire Department via AP"),)),
    # An outlet spelling itself in lower case after a picture label (watson.ch).
    Example("label-then-lowercase-outlet", ("Stau vor dem Gotthard", PARAGRAPH_EN,
                                            "Unsere Reporterin hat sich unter die Wartenden gemischt.\nbild: watson",
                                            PARAGRAPH_EN_2),
            "Stau vor dem Gotthard", (("Unsere Reporterin hat sich unter die Wartenden gemischt.", "watson"),)),
    # A lower-case role after a label, then the name ("materiały prasowe": press material).
    Example("role-after-label", ("Rusza budowa terminalu", PARAGRAPH_EN,
                                 "Wizualizacja terminalu pasażerskiego lotniska\nfot. materiały prasowe CPK",
                                 PARAGRAPH_EN_2),
            "Rusza budowa terminalu", (("Wizualizacja terminalu pasażerskiego lotniska", "materiały prasowe CPK"),)),
    # ABC (Australia) sets the credit in brackets on the line under the caption: a role
    # word and a colon ("Supplied:"), or an agency, a colon and its photographer.
    Example("bracketed-role-colon-name", ("Flash flooding in the north", PARAGRAPH_EN,
                                          "Crews rescued a man from the roof of his car.\n"
                                          "(Supplied: Northern Fire Department)", PARAGRAPH_EN_2),
            "Flash flooding in the north", (("Crews rescued a man from the roof of his car.",
                                             "Supplied: Northern Fire Department"),)),
    Example("bracketed-agency-colon-photographer", ("Flash flooding in the north", PARAGRAPH_EN,
                                                    "The forecaster says more rain is on the way.\n"
                                                    "(AAP: Bianca Roe)", PARAGRAPH_EN_2),
            "Flash flooding in the north", (("The forecaster says more rain is on the way.", "AAP: Bianca Roe"),)),
    # The photographer on assignment "for" the paper, in capitals under the caption (The Times).
    Example("photographer-for-paper", ("Water bills to rise", PARAGRAPH_EN,
                                       "Sewage treatment works at Beckton, east London\nJEFF ROE FOR THE TIMES",
                                       PARAGRAPH_EN_2),
            "Water bills to rise", (("Sewage treatment works at Beckton, east London", "JEFF ROE FOR THE TIMES"),)),
    # A role word, then only a name: a file picture from that office.
    Example("role-then-name", ("Listas de espera", PARAGRAPH_ES, "Voluntarios trasladan huevos de tortuga a la playa\n"
                               "Archivo Museo Naval Villaejemplo", PARAGRAPH_ES_2),
            "Listas de espera", (("Voluntarios trasladan huevos de tortuga a la playa",
                                  "Archivo Museo Naval Villaejemplo"),)),
    # "圖／X提供" over its caption; "記者X／攝影" (who took it) under one.
    Example("zh-hant-label-and-photographer", ("糖廠煙囪點燈", PARAGRAPH_ZH_HANT, "圖／示範糖業公司提供\n"
                                               "1960年代糖廠運作時的歷史照片", PARAGRAPH_ZH_HANT_2,
                                               "民眾搭乘五分車欣賞夜景\n記者林雅琪／攝影", PARAGRAPH_ZH_HANT),
            "糖廠煙囪點燈", (("1960年代糖廠運作時的歷史照片", "示範糖業公司提供"),
                             ("民眾搭乘五分車欣賞夜景", "記者林雅琪／攝影"))),
    # "… 있다. 제주도 제공": a name and "provided" after the caption's last sentence.
    Example("ko-provided-by", ("해녀 평균 나이 70세 넘어", PARAGRAPH_KO, "해녀들이 소라를 작업장에서 선별하고 있다. 예시군 제공",
                               PARAGRAPH_KO_2),
            "해녀 평균 나이 70세 넘어", (("해녀들이 소라를 작업장에서 선별하고 있다.", "예시군 제공"),)),
    # A photographer and the agency in brackets, on the line under the caption.
    Example("name-then-bracketed-agency", ("Listas de espera", PARAGRAPH_ES,
                                           "Un agricultor revisa un aguacate seco en su finca.\nDaniel Ejemplo (EFE)",
                                           PARAGRAPH_ES_2),
            "Listas de espera", (("Un agricultor revisa un aguacate seco en su finca.", "Daniel Ejemplo (EFE)"),)),
    # A photographer's name in capitals under the caption is its credit; opening its block
    # under the headline it is the author's byline.
    Example("name-in-capitals-line", ("Aldeia volta a ter luz", "Carla Exemplo\n3 de Março de 2026, 7:15",
                                      "A rua principal da aldeia, agora com candeeiros solares\nADRIANO EXEMPLO",
                                      PARAGRAPH_ES, PARAGRAPH_ES_2),
            "Aldeia volta a ter luz", (("A rua principal da aldeia, agora com candeeiros solares", "ADRIANO EXEMPLO"),)),
    Example("author-in-capitals", ("Las lluvias vuelven a la laguna", "MARTA EJEMPLO OLMEDO\nCórdoba - 22 abr 2026 - 09:30 CEST",
                                   PARAGRAPH_ES, PARAGRAPH_ES_2),
            "Las lluvias vuelven a la laguna", ()),
    # HTML character references left in an export are read as the characters they stand for.
    Example("character-references", ("Tram à l&rsquo;arrêt", PARAGRAPH_EN,
                                      "Un bus de remplacement au Pont d&rsquo;Avroy.&nbsp;- Belga", PARAGRAPH_EN_2),
            "Tram à l’arrêt", (("Un bus de remplacement au Pont d’Avroy.", "Belga"),)),
    # A role written with its stops closes the caption after a dash ("droits réservés").
    Example("role-with-stops", ("Tram à l'arrêt", PARAGRAPH_EN, "Marc Exemple, président des commerçants. - D.R.",
                                PARAGRAPH_EN_2),
            "Tram à l'arrêt", (("Marc Exemple, président des commerçants.", "D.R"),)),
    # In a script without capitals, a label and a few words are a credit line.
    Example("thai-label-line", ("สะพานไม้ไผ่", PARAGRAPH_ZH, "ชาวบ้านช่วยกันมัดไม้ไผ่ระหว่างการก่อสร้าง\nภาพจาก เพจเฟซบุ๊ก บ้านตัวอย่าง",
                                PARAGRAPH_ZH_2),
            "สะพานไม้ไผ่", (("ชาวบ้านช่วยกันมัดไม้ไผ่ระหว่างการก่อสร้าง", "เพจเฟซบุ๊ก บ้านตัวอย่าง"),)),
    # Three sentences that lost their last stop are a paragraph, not a caption.
    Example("paragraph-without-last-stop", ("Council rejects the plan", PARAGRAPH_EN,
                                            "The council met on Monday. It rejected the plan by nine votes to four. "
                                            "A new vote is expected in the spring, after the elections",
                                            PARAGRAPH_EN_2),
            "Council rejects the plan", ()),
    # A tags line naming an agency, and a list item, are neither caption nor credit.
    Example("tags-and-list-items", ("Crise sanitaire", PARAGRAPH_EN, "Mots-clés : Santé, Vaccination | UNICEF",
                                    PARAGRAPH_EN_2, "- an extension of the rent rebate to the end of next year, says the board",
                                    "- a review of stall fees in every market, with the first results due in March",
                                    PARAGRAPH_EN_3),
            "Crise sanitaire", ()),
    # A caption opening with the Portuguese/Romanian byline word "De" is no byline when
    # it holds a year.
    Example("de-caption-with-a-year", ("Nieuwe brug", PARAGRAPH_EN, "De IJsselbrug bij Voorbeeld in 1965.\n"
                                       "Archieffoto: Collectie Voorbeeld", PARAGRAPH_EN_2),
            "Nieuwe brug", (("De IJsselbrug bij Voorbeeld in 1965.", "Collectie Voorbeeld"),)),
    # "Le Monde avec AFP": the paper's sign-off with its source, no picture's credit.
    Example("sign-off-with-agency", ("Crise de la pêche", PARAGRAPH_EN, PARAGRAPH_EN_2, "Le Monde avec AFP"),
            "Crise de la pêche", ()),
    # A bar of page controls, and a "read more" link, are neither caption nor credit.
    Example("control-bar-and-read-more", ("Council rejects the plan", PARAGRAPH_EN, "Share  |  Comments (12)",
                                          "Read more: The bridge that nobody wanted", "Photo: Jane Roe/AFP",
                                          PARAGRAPH_EN_2),
            "Council rejects the plan", ((None, "Jane Roe/AFP"),)),
    # The article's rights notice: no caption, no credit.
    Example("rights-notice-line", ("해녀 평균 나이 70세 넘어", PARAGRAPH_KO, PARAGRAPH_KO_2,
                                   "Copyright ⓒ 예시일보. All rights reserved. 무단 전재 및 재배포 금지"),
            "해녀 평균 나이 70세 넘어", ()),
    Example("rights-notice-holder-word", ("해녀 평균 나이 70세 넘어", PARAGRAPH_KO, "버스 준공영제 20년, 남은 과제는",
                                          "저작권자 © 무단전재 및 재배포 금지", PARAGRAPH_KO_2),
            "해녀 평균 나이 70세 넘어", ()),
    Example("newsletter-prompt", ("Council rejects the plan", PARAGRAPH_EN,
                                  "Sign up for our newsletter, the day's news every morning\nPhoto: Jane Roe/AFP",
                                  PARAGRAPH_EN_2),
            "Council rejects the plan", ((None, "Jane Roe/AFP"),)),
    # A photographer alone under the caption: in brackets, or in capitals after initials,
    # the caption's dash leading to the line below (it is no part of the caption).
    Example("person-in-brackets", ("Listas de espera", PARAGRAPH_ES,
                                   "Un gol en el estadio esta temporada\n(Àlex Prats)", PARAGRAPH_ES_2),
            "Listas de espera", (("Un gol en el estadio esta temporada", "Àlex Prats"),)),
    Example("initials-in-capitals", ("Listas de espera", PARAGRAPH_ES,
                                     "Interior del mercado, con la cubierta restaurada -\nJ. M. PRATS", PARAGRAPH_ES_2),
            "Listas de espera", (("Interior del mercado, con la cubierta restaurada", "J. M. PRATS"),)),
    # A bare name after the caption's one sentence (Milenio); a paragraph goes on after
    # its sentences and names no one alone at its end.
    # Sky: "Image:" names the picture, its caption follows, then "Pic:" and the credit.
    Example("image-label-then-pic-label", ("Rail strike", PARAGRAPH_EN,
                                           "Image: Passengers wait at the station as boards show cancellations. Pic: PA",
                                           PARAGRAPH_EN_2),
            "Rail strike", (("Passengers wait at the station as boards show cancellations.", "PA"),)),
    # "Image:" before running words names the picture: a caption without a credit.
    Example("image-label-before-running-words", ("Rail strike", PARAGRAPH_EN,
                                                 "Image: An empty platform at New Street on Wednesday morning",
                                                 PARAGRAPH_EN_2),
            "Rail strike", (("An empty platform at New Street on Wednesday morning", None),)),
    # The text-size button "AA" among the page's buttons is no Anadolu credit.
    Example("text-size-button", ("Rail strike", "Share", "AA", "Follow us", PARAGRAPH_EN, PARAGRAPH_EN_2),
            "Rail strike", ()),
    # Hard-wrapped: the caption's dash and the photographer's initials joined on one line.
    Example("dash-then-initials-wrapped", ("Listas de espera", PARAGRAPH_ES,
                                           "Interior del mercado, con la cubierta restaurada -\nJ. M. PRATS",
                                           PARAGRAPH_ES_2),
            "Listas de espera", (("Interior del mercado, con la cubierta restaurada", "J. M. PRATS"),)),
    # A pipe is no credit's mark alone: breadcrumbs and menus; a time after one names no one.
    Example("breadcrumb-with-a-pipe", ("Listas de espera", "Nyheter | Inrikes", PARAGRAPH_ES, PARAGRAPH_ES_2),
            "Listas de espera", ()),
    Example("pipe-before-a-time", ("Listas de espera", "Publicado el martes 24 noviembre de 2026 | 06:12", PARAGRAPH_ES,
                                   PARAGRAPH_ES_2),
            "Listas de espera", ()),
    # A paper's initials and its photographer on the line under the caption (Le Parisien).
    Example("paper-initials-and-photographer", ("Rail strike", PARAGRAPH_EN,
                                                "Passengers walk along the tracks in the tunnel on Thursday.\nLP/Arnaud Leroy",
                                                PARAGRAPH_EN_2),
            "Rail strike", (("Passengers walk along the tracks in the tunnel on Thursday.", "LP/Arnaud Leroy"),)),
    # Montsame wraps its name in slashes: no path or address.
    Example("agency-wrapped-in-slashes", ("Агаарын бохирдол", PARAGRAPH_EN,
                                          "Улаанбаатар хотын агаарын бохирдол\nФото: Б.Бат /МОНЦАМЭ/", PARAGRAPH_EN_2),
            "Агаарын бохирдол", (("Улаанбаатар хотын агаарын бохирдол", "Б.Бат /МОНЦАМЭ"),)),
    # The desk and the date of the text opening it are no picture's caption and credit.
    Example("desk-then-date", ("大學城規劃公布", "【明報專訊】 2026年11月25日 星期三", PARAGRAPH_ZH_HANT, PARAGRAPH_ZH_HANT_2),
            "大學城規劃公布", ()),
    # An organisation alone after the caption's sentence supplied the picture.
    Example("organisation-after-the-sentence", ("Rail strike", PARAGRAPH_EN,
                                                "Floodwaters surround homes on Wednesday. Citrus County Sheriff's Office",
                                                PARAGRAPH_EN_2),
            "Rail strike", (("Floodwaters surround homes on Wednesday.", "Citrus County Sheriff's Office"),)),
    Example("name-after-one-sentence", ("Listas de espera", PARAGRAPH_ES,
                                        "Marta Ruiz, alcaldesa de Tlalpan. Pedro Luna", PARAGRAPH_ES_2),
            "Listas de espera", (("Marta Ruiz, alcaldesa de Tlalpan.", "Pedro Luna"),)),
]


@pytest.mark.parametrize("example", CREDIT_LINE_WORDS, ids=lambda e: e.id)
def test_credit_lines_by_their_words(example: Example) -> None:
    article = _read_as_expected(example)
    assert not any(line.startswith(("Share", "Cortesía", "圖／", "記者林")) for line in article.body)


def test_without_blank_lines_a_credit_takes_the_one_sentence_over_it() -> None:
    # A text with no blank lines: the one-sentence line over each credit is its caption,
    # not the paragraph of two sentences under it.
    text = "\n".join([
        "Tramvajus išvažiavo į bandomąjį ruožą",
        "Sostinėje pradėti pirmieji bandomieji važiavimai. Keleivius tramvajus turėtų vežti nuo 2029 metų.",
        "Bandomasis važiavimas Geležinkelio gatvėje.",
        "Jonas Petraitis/BNS nuotr.",
        "Pirmadienį išvyko pirmasis vagonas. Jis nuvažiavo maždaug 1,5 kilometro atkarpą iki Naujininkų.",
        "Savivaldybė žada, kad ribojimai baigsis iki vasaros, pranešė BNS.",
        "Statybos darbai Naugarduko gatvėje.",
        "© DELFI / Rasa Jonaitė",
        "Projektą kritikuoja dalis opozicijos politikų, teigiančių, kad pinigai geriau būtų skirti autobusams.",
        "Bandomieji važiavimai vyks naktimis iki gruodžio vidurio.",
    ]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Bandomasis važiavimas Geležinkelio gatvėje.", "Jonas Petraitis/BNS"),
        ("Statybos darbai Naugarduko gatvėje.", "DELFI / Rasa Jonaitė"),
    ]


def test_thai_paragraphs_end_without_a_stop_and_stay_text() -> None:
    # Thai ends its sentences with a space: long lines are the text, so the credit under
    # the short caption is a picture's (not an author box above the first paragraph), and
    # no paragraph reads as an uncredited caption for lack of a full stop.
    paragraph = ("สถานการณ์น้ำท่วมในพื้นที่อำเภอหาดใหญ่ยังน่าเป็นห่วง หลังฝนตกหนักต่อเนื่องมาตั้งแต่เมื่อคืน "
                 "ทำให้ระดับน้ำในหลายชุมชนสูงกว่าหนึ่งเมตร เจ้าหน้าที่เร่งอพยพประชาชนออกจากพื้นที่เสี่ยง")
    paragraph_2 = ("ผู้ว่าราชการจังหวัดสงขลาประกาศให้อำเภอหาดใหญ่เป็นพื้นที่ประสบสาธารณภัย "
                   "และสั่งการให้ทุกหน่วยงานเตรียมพร้อมรับมือฝนที่จะตกต่อเนื่องอีกสองถึงสามวัน")
    text = "\n\n".join([
        "น้ำท่วมหาดใหญ่ระดับน้ำสูงกว่า 1 เมตร",
        paragraph,
        "น้ำท่วมในรัฐกลันตัน ประเทศมาเลเซีย\nภาพ : รอยเตอร์",
        paragraph_2,
    ]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.credit) for i in article.images] == [("น้ำท่วมในรัฐกลันตัน ประเทศมาเลเซีย", "รอยเตอร์")]
    assert paragraph in article.body and paragraph_2 in article.body


def test_without_blank_lines_a_short_caption_under_its_credit_beats_the_paragraph_over_it() -> None:
    # No blank lines: "File photo: Reuters" between a paragraph of two sentences and a
    # short line is the short line's credit (Urdu, whose stop "۔" ends the sentences).
    text = "\n".join([
        "کراچی میں گیس کا بحران",
        "شہر کے کئی علاقوں میں گیس کی لوڈشیڈنگ نے شہریوں کی مشکلات میں اضافہ کر دیا ہے، گلشنِ اقبال، لانڈھی "
        "اور نارتھ کراچی کے مکینوں نے بتایا کہ صبح کے اوقات میں چولہے جلانا مشکل ہو گیا ہے۔ شکایات بڑھ رہی ہیں۔",
        "فائل فوٹو: رائٹرز",
        "گیس کمپنی کا دفتر",
        "کمپنی کے ترجمان نے کہا کہ صورتحال جلد بہتر ہو جائے گی اور متاثرہ علاقوں میں مرمت کا کام جاری ہے۔",
    ]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.credit) for i in article.images] == [("گیس کمپنی کا دفتر", "رائٹرز")]


def test_a_labelled_credit_line_may_close_with_a_danda() -> None:
    # "ছবি: সুদীপ্ত ভৌমিক।" (Bengali papers end the credit line with their stop): a
    # photographer's credit under the caption, the danda no part of the name.
    text = "\n\n".join([
        "রক্তদান শিবির", PARAGRAPH_BN, "রক্তদান শিবিরে দাতারা।\nছবি: সুদীপ্ত ভৌমিক।", PARAGRAPH_BN,
    ]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.creators) for i in article.images] == [("রক্তদান শিবিরে দাতারা।", ["সুদীপ্ত ভৌমিক"])]


def test_without_blank_lines_a_short_closed_sentence_beats_a_long_one_beside_the_credit() -> None:
    # Both neighbours are one sentence: the one at most half as long is the caption.
    text = "\n".join([
        "Schleuse erneut gesperrt",
        "Nach einem Defekt an einem Tor ist die große Schleuse erneut gesperrt. Schiffe müssen warten.",
        "Ein Containerschiff wartet vor der Schleuse.",
        "Bild: picture alliance / dpa | Jane Doe",
        "Am Donnerstagabend war an einem der Tore ein Hydraulikschaden festgestellt worden, wie das Amt mitteilte.",
        "Bis zu 40 Schiffe warteten am Freitagmorgen in der Förde. Das Amt rechnet mit drei Tagen.",
    ]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Ein Containerschiff wartet vor der Schleuse.", "picture alliance / dpa | Jane Doe")]


def test_an_audio_title_is_no_caption_and_the_paragraph_past_it_none_either() -> None:
    text = "\n\n".join([
        "Schleuse erneut gesperrt", PARAGRAPH_DE, "Bild: NDR", "Audio: Warten vor der Schleuse (2 Min)",
        "Das Ministerium kündigte an, die Mittel für die Instandhaltung aufzustocken.", PARAGRAPH_DE_2,
    ]) + "\n"
    article = read_text_layout(text)
    assert [(i.caption, i.credit) for i in article.images] == [(None, "NDR")]
    assert not any("Audio" in paragraph for paragraph in article.body)


@pytest.mark.parametrize("credit", ["dpa/Sven Roe", "Foto: dpa", "ap/dpa", "ANTARA FOTO/Aditya Roe/nym"])
def test_lower_case_agencies_are_no_editors_initials(credit: str) -> None:
    caption = "Ein Ersatzbus wartet am Bahnhof in Rostock."
    article = read_text_layout("\n\n".join(["Bahn kündigt Ersatzverkehr an", PARAGRAPH_EN,
                                            f"{caption}\n{credit}", PARAGRAPH_EN_2]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit.removeprefix("Foto: "))]


def test_a_dutch_caption_opening_with_de_is_no_byline() -> None:
    """"De" is a byline prefix in Portuguese and Romanian ("De Ana Roe") and the Dutch article."""
    article = read_text_layout("\n\n".join([
        "Gent beperkt terrassen", "![Graslei](https://img.example/graslei.jpg)",
        "De Graslei op een rustige lentedag.© Fred Roe", PARAGRAPH_EN, PARAGRAPH_EN_2]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [("De Graslei op een rustige lentedag.", "Fred Roe")]


def test_a_credit_printed_again_under_the_caption_toggles_is_one_picture() -> None:
    """NPR: caption, credit, "hide caption", "toggle caption", the credit again."""
    caption = "A technician installs a heat pump at a home in Bangor, Maine, in January."
    article = read_text_layout("\n\n".join([
        "Heat pumps held up in a brutal winter",
        f"{caption}\nSophie Roe for NPR\nhide caption\ntoggle caption\nSophie Roe for NPR",
        PARAGRAPH_EN, PARAGRAPH_EN_2]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Sophie Roe for NPR")]


def test_the_same_credit_under_each_gallery_slide_is_each_slides() -> None:
    article = read_text_layout("\n\n".join([
        "Heat pumps held up in a brutal winter", PARAGRAPH_EN, "1 / 2\nFoto: dpa", "2 / 2\nFoto: dpa",
        PARAGRAPH_EN_2]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [(None, "dpa"), (None, "dpa")]


def test_photographer_and_paper_in_capitals_without_blank_lines() -> None:
    """Sud Ouest copied with no blank lines: the caption, then "Name / SUD OUEST"."""
    caption = "Le pont Chaban-Delmas, ici lors d'une levée en 2024."
    article = read_text_layout("\n".join([
        "Le pont Chaban-Delmas fermé la nuit", PARAGRAPH_EN, caption, "Guillaume Roe / SUD OUEST",
        PARAGRAPH_EN_2, PARAGRAPH_EN]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Guillaume Roe / SUD OUEST")]
