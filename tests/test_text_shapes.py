"""Input shapes: CRLF, hard wrapping, no blank lines, bytes and BOM, full-width text,
right-to-left scripts, Markdown; plus the ``explain`` evidence and bad input."""
from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from mediakit.cli.main import main
from mediakit.text import extract_text
from mediakit.text.blocks import normalise, split_units
from mediakit.text.explain import format_explain

CAPTION = "Des pompiers évacuent une habitante à Orléans, le 12 mars 2026"
CREDIT = "Jean Dupont/AFP"

ARTICLE = [
    "Crue historique de la Loire à Orléans",
    "Les autorités ont précisé que la circulation resterait perturbée pendant plusieurs jours, le temps de dégager les voies.",
    f"{CAPTION} {CREDIT}",
    "Le cri d'alarme des élus de la Vaunage",
    "Deux personnes restaient portées disparues mardi soir, a indiqué l'AFP.",
]


@dataclass(frozen=True)
class Example:
    id: str
    data: str | bytes


SHAPES = [
    Example("blank-lines-lf", "\n\n".join(ARTICLE) + "\n"),
    Example("crlf", "\r\n\r\n".join(ARTICLE) + "\r\n"),
    Example("no-blank-lines", "\n".join(ARTICLE) + "\n"),
    Example("bytes-utf8-bom", ("\ufeff" + "\n\n".join(ARTICLE)).encode("utf-8")),
    Example("bytes-crlf", "\r\n".join(ARTICLE).encode("utf-8")),
    Example("bytes-cp1252", "\n\n".join(ARTICLE).encode("cp1252")),
    Example("bytes-utf16", "\n\n".join(ARTICLE).encode("utf-16")),
    Example("invisible-characters", "\n\n".join(ARTICLE).replace("Orléans", "Orl\u200béans\u200e")),
]


@pytest.mark.parametrize("example", SHAPES, ids=lambda e: e.id)
def test_input_shapes_give_the_same_reading(example: Example) -> None:
    article = extract_text(example.data)
    assert article.title == ARTICLE[0]
    assert [(i.caption, i.credit) for i in article.images] == [(CAPTION, CREDIT)]
    assert article.body == [ARTICLE[1], ARTICLE[3], ARTICLE[4]]


HARD_WRAPPED = """Crue historique de la Loire à Orléans

Les autorités ont précisé que la circulation resterait perturbée pendant
plusieurs jours, le temps de dégager les voies et de vérifier les ouvrages
d'art, a précisé la préfecture dans un communiqué publié mardi soir.

Des pompiers évacuent une habitante à Orléans, le 12 mars 2026 Jean
Dupont/AFP

Les riverains du quartier ont été relogés dans des gymnases et des salles
communales, où la Croix-Rouge distribue des repas chauds depuis lundi.
Beaucoup d'habitants attendent de pouvoir rentrer chez eux pour évaluer les
dégâts causés par l'eau dans leurs maisons.
"""


def test_hard_wrapped_paragraphs_are_joined() -> None:
    article = extract_text(HARD_WRAPPED)
    assert [(i.caption, i.credit) for i in article.images] == [(CAPTION, CREDIT)]
    assert len(article.body) == 2
    assert article.body[0].startswith("Les autorités") and article.body[0].endswith("mardi soir.")
    assert "Beaucoup d'habitants attendent de pouvoir rentrer chez eux" in article.body[1]


def test_credit_lines_in_a_text_without_blank_lines() -> None:
    text = "\n".join([
        "Crue historique de la Loire à Orléans",
        "Les autorités ont précisé que la circulation resterait perturbée pendant plusieurs jours, le temps de "
        "dégager les voies et de vérifier les ouvrages. Les riverains ont été relogés dans des gymnases.",
        "La Loire est sortie de son lit dans la nuit de lundi à mardi.",
        "© Marie Leroy / Hans Lucas",
        "Beaucoup d'habitants attendent de pouvoir rentrer chez eux pour évaluer les dégâts causés par l'eau. "
        "La préfecture a promis des aides d'urgence dès la fin de la semaine prochaine.",
        "Photo: Jean Dupont/AFP",
        "Un pompier dans une rue inondée d'Orléans, mardi matin",
        "Le préfet a annoncé que la procédure de catastrophe naturelle serait engagée dans les prochains jours. "
        "Le ministre de l'Intérieur est attendu sur place mercredi matin.",
    ])
    article = extract_text(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("La Loire est sortie de son lit dans la nuit de lundi à mardi.", "Marie Leroy / Hans Lucas"),
        ("Un pompier dans une rue inondée d'Orléans, mardi matin", "Jean Dupont/AFP"),
    ]
    assert len(article.body) == 3


def test_dense_credit_goes_to_the_caption_above_not_the_paragraph_below() -> None:
    text = "\n".join([
        "Storm closes roads across the Highlands",
        "Officials said traffic would remain disrupted for several days while crews cleared the roads.",
        "Waves crash over the harbour wall in Porthcawl on Tuesday.",
        "Jane Doe/AFP",
        "Residents of the valley were told to boil water until further notice, and schools stayed closed on Wednesday.",
        "The weather service said more rain was expected over the weekend along the exposed coast.",
    ])
    article = extract_text(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Waves crash over the harbour wall in Porthcawl on Tuesday.", "Jane Doe/AFP")]
    assert any(b.startswith("Residents of the valley") for b in article.body)


def test_zero_width_non_joiner_is_part_of_the_word() -> None:
    """Persian spells "می‌خواهم" with U+200C: removing it (or making it a space) changes the word."""
    paragraph = "من می\u200cخواهم که این متن طولانی باشد تا به عنوان یک پاراگراف خوانده شود و در متن بماند."
    article = extract_text("عنوان خبر\n\n" + paragraph + "\n")
    assert article.body == [paragraph]


def test_soft_hyphen_stays_where_the_article_put_it() -> None:
    """A soft hyphen is the source's hyphenation point: the HTML reader keeps it, and a body
    quoted from the source ("Netan\u00adyahu") must still be found in ours."""
    paragraph = ("Over the longer term, analysts say that Obama and Netan\u00adyahu will seek to "
                 "play down the friction between them and point to areas of cooperation.")
    caption = "Benjamin Netan\u00adyahu visits the Western Wall in Jerusalem on March 18."
    article = extract_text(f"Netanyahu wins\n\n{paragraph}\n\n{caption} Thomas Coex/AFP\n")
    assert article.body == [paragraph]
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Thomas Coex/AFP")]


def test_unwrapped_lines_stay_separate() -> None:
    units = split_units(normalise("Titre\n\nUne ligne.\nUne autre ligne.\n"))
    assert [u.text for u in units] == ["Titre", "Une ligne.", "Une autre ligne."]
    assert units[1].block == units[2].block != units[0].block


def test_full_width_japanese() -> None:
    text = ("北陸で記録的な大雪\n\n気象庁によると、石川県の平野部でも局地的に強い雪が降った。\n\n"
            "運休を知らせる電光掲示板＝２０日午前、ＪＲ金沢駅（共同）\n\n"
            "ＪＲ西日本は北陸新幹線の一部区間を終日運休とした。\n")
    article = extract_text(text)
    assert [(i.caption, i.credit) for i in article.images] == [("運休を知らせる電光掲示板＝２０日午前、ＪＲ金沢駅", "共同")]
    assert article.body[-1] == "ＪＲ西日本は北陸新幹線の一部区間を終日運休とした。"


def test_right_to_left_with_bidi_marks() -> None:
    text = ("\u200fعاصفة رملية تضرب الكويت\n\n"
            "غطت عاصفة رملية كثيفة سماء الكويت صباح الثلاثاء، ما أدى إلى انعدام الرؤية.\n\n"
            "\u200fعاصفة رملية تغطي أبراج مدينة الكويت صباح الثلاثاء\n\u200fالصورة: رويترز\n\n"
            "وأوضحت السلطات أن حركة المرور ستبقى مضطربة لعدة أيام.\n")
    article = extract_text(text)
    assert article.title == "عاصفة رملية تضرب الكويت"
    assert [(i.caption, i.credit) for i in article.images] == [("عاصفة رملية تغطي أبراج مدينة الكويت صباح الثلاثاء", "رويترز")]
    assert len(article.body) == 2


def test_markdown_title_subheading_and_image() -> None:
    text = ("# Storm in Wales\n\nRivers burst their banks overnight across the valleys of south Wales.\n\n"
            "![A flooded street](https://example.org/flood.jpg)\n"
            "Residents wade along Taff Street in Pontypridd. Photograph: Owen Price/PA\n\n"
            "## Trains cancelled\n\nThe line will stay closed until engineers inspect two bridges.\n")
    article = extract_text(text)
    assert article.title == "Storm in Wales"
    assert "Trains cancelled" in article.body
    (image,) = article.images
    assert (image.src, image.alt, image.caption, image.credit) == (
        None, "A flooded street", "Residents wade along Taff Street in Pontypridd.", "Owen Price/PA")
    assert image.to_dict()["markdown_src"] == "https://example.org/flood.jpg"


def test_markdown_image_address_may_hold_brackets() -> None:
    """Resizing services write filters in brackets into the address."""
    src = "https://img.example.org/resizer/992x558/filters:format(webp):quality(85)/news/7QGMS.jpg"
    text = ("# Bus fares rise\n\nFares rise by a fifth from Monday, the transport office said on Friday.\n\n"
            f"![Passengers at a stop]({src})\n"
            "Passengers wait for a bus at Constitución station. (REUTERS/Jane Roe)\n\n"
            "The office said the rise would pay for new buses on three lines.\n")
    (image,) = extract_text(text).images
    assert image.to_dict()["markdown_src"] == src
    assert (image.caption, image.credit) == ("Passengers wait for a bus at Constitución station.", "REUTERS/Jane Roe")


def test_markdown_emphasis_and_links_are_read_as_text() -> None:
    text = ("# Storm in Wales\n\nRivers burst their banks, as [the agency](https://example.org/nrw) had "
            "warned on **Monday** evening.\n\n![Flood](flood.jpg)\n*Residents wade along Taff Street. "
            "Photograph: Owen Price/PA*\n\nThe line will stay closed until engineers inspect two bridges.\n")
    article = extract_text(text)
    assert article.body[0] == "Rivers burst their banks, as the agency had warned on Monday evening."
    assert [(i.caption, i.credit) for i in article.images] == [("Residents wade along Taff Street.", "Owen Price/PA")]


def test_markdown_underscore_emphasis_and_image_title() -> None:
    text = ("# Storm in Wales\n\nRivers burst their banks overnight across the valleys of south Wales.\n\n"
            "![Flood](flood.jpg)\n_Residents wade along Taff Street. Photograph: Owen Price/PA_\n\n"
            "The line will stay closed until engineers inspect two bridges, the snake_case_name says.\n\n"
            '![Bridge](bridge.jpg "The old bridge at Pontypridd. Photo: Ann Hale/Reuters")\n\n'
            "Engineers will inspect the bridges on Monday, the rail company said in a statement.\n")
    article = extract_text(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Residents wade along Taff Street.", "Owen Price/PA"), ("The old bridge at Pontypridd.", "Ann Hale/Reuters")]
    assert "snake_case_name" in article.body[1]


def test_markdown_image_without_caption_keeps_alt() -> None:
    article = extract_text("# T\n\nA first paragraph of the article, long enough to be body text here.\n\n"
                           "![Map of the route](map.png)\n\n## Next part\n\nMore text follows in the article.\n")
    assert [(i.src, i.extra["markdown_src"], i.alt, i.caption) for i in article.images] == [
        (None, "map.png", "Map of the route", None)]
    assert "Next part" in article.body


@pytest.mark.parametrize("data", ["", "   \n\n  ", b"", b"\xff\xfe\x00"], ids=["empty", "blank", "no-bytes", "junk-bytes"])
def test_empty_or_bad_input_gives_a_record_with_a_warning(data) -> None:
    article = extract_text(data, source="x.txt")
    assert article.source == "x.txt" and article.kind == "text"
    assert article.images == []
    assert article.warnings


def test_explain_lists_evidence_for_captions_credits_and_near_misses() -> None:
    article = extract_text("\n\n".join(ARTICLE), explain=True)
    entries = article.to_dict()["explain"]
    assert [e["line"] for e in entries] == sorted(e["line"] for e in entries)
    taken = next(e for e in entries if e["decision"] == "caption+credit")
    assert taken["caption"] == CAPTION and taken["credit"] == CREDIT
    assert taken["score"] > 0 and "known_agency" in taken["features"]
    near = next(e for e in entries if e["decision"] == "near-miss" and "a indiqué" in e["text"])
    assert near["features"]["agency_at_end"] == "afp"
    assert near["features"]["reporting_verb_before"] is True
    assert "line 5: caption+credit" in format_explain(entries)
    assert "explain" not in extract_text("\n\n".join(ARTICLE)).to_dict()


def test_cli_explain_flag(tmp_path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("\n\n".join(ARTICLE), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["extract", "--explain", "-j", "1", "-q", "-o", str(out), str(path)])
    assert status == 0
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["images"][0]["credit"] == CREDIT
    assert any(e["decision"] == "caption+credit" for e in record["explain"])


# -- hard wrapping: where a wrapped paragraph ends ----------------------------------------

def _wrapped(*paragraphs: str, width: int = 60) -> str:
    import textwrap
    return "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                       for p in paragraphs) + "\n"


WRAP_BODY = [
    "Officials said on Tuesday that traffic would remain disrupted for several days while crews "
    "cleared the fallen trees from the mountain roads and checked the bridges.",
    "Residents of the valley were told to boil their water until further notice, and the schools of "
    "the district stayed closed on Wednesday as a precaution.",
    "The weather service said that more rain was expected over the weekend along the exposed coast, "
    "with strong winds in the afternoon.",
]


@dataclass(frozen=True)
class Wrap:
    id: str
    caption_line: str
    caption: str
    credit: str


WRAPPED_CAPTIONS = [
    # The year opens the last line of a wrapped caption: no numbered list item.
    Wrap("year-opens-a-line",
         "Waves crash over the harbour wall of the old port town in Porthcawl, Monday, Sept. 2, 2024. "
         "(AP Photo/Jane Doe)",
         "Waves crash over the harbour wall of the old port town in Porthcawl, Monday, Sept. 2, 2024.",
         "AP Photo/Jane Doe"),
    # A long word that did not fit leaves the line short, yet the caption goes on.
    Wrap("long-word-after-a-short-line",
         "Feuerwehrleute kämpfen am Dienstagmorgen gegen den Brand in der Lagerhalle am "
         "Bundesverfassungsgerichtsplatz in Karlsruhe Jane Doe/dpa",
         "Feuerwehrleute kämpfen am Dienstagmorgen gegen den Brand in der Lagerhalle am "
         "Bundesverfassungsgerichtsplatz in Karlsruhe", "Jane Doe/dpa"),
    # The credit's bracket opens on one line and closes on the next, whose desk and colon
    # only look like a label opening a line of its own (ABC, Australia).
    Wrap("bracket-closed-on-the-next-line",
         "Floodwaters cover the river road in Townsville on Tuesday as the rain keeps falling over the "
         "whole old city. (ABC North Queensland: Chloe Roe)",
         "Floodwaters cover the river road in Townsville on Tuesday as the rain keeps falling over the "
         "whole old city.",
         "ABC North Queensland: Chloe Roe"),
]


@pytest.mark.parametrize("example", WRAPPED_CAPTIONS, ids=lambda e: e.id)
def test_wrapped_caption_is_one_unit(example: Wrap) -> None:
    article = extract_text(_wrapped("Storm closes roads across the Highlands", WRAP_BODY[0], WRAP_BODY[1],
                                    example.caption_line, WRAP_BODY[2]))
    assert [(i.caption, i.credit) for i in article.images] == [(example.caption, example.credit)]
    assert article.body == WRAP_BODY


def test_a_line_the_next_word_would_have_fitted_on_ends_its_paragraph() -> None:
    """Wrapped at 60 with no blank lines: "checked the bridges." is long, but "Schools"
    would have fitted after it, so the paragraph ended there."""
    first = ["Officials said on Tuesday that traffic would remain disrupted",
             "for several days while crews cleared the fallen trees from",
             "the mountain roads and checked all of the bridges."]
    second = ["Residents of the valley were told to boil their water until",
              "further notice, and the schools of the district stayed closed",
              "on Wednesday as a precaution, the council said in a statement."]
    units = split_units(normalise("\n".join([*first, "Schools stay closed", *second])))
    assert [u.text for u in units] == [" ".join(first), "Schools stay closed", " ".join(second)]


def test_sentences_one_per_line_are_not_wrapping() -> None:
    """Lines of similar length that each end a sentence (common in CJK copies) stay apart."""
    lines = [
        "新华社武汉3月28日电，武汉至咸宁城际铁路南延线正式开通运营，首发列车于9时整从武汉站驶出，经过28分钟抵达咸宁北站。",
        "3月28日，首发列车从武汉站驶出。新华社记者 张三 摄",
        "湖北省发展和改革委员会有关负责人介绍，南延线的开通将进一步缩短武汉与咸宁之间的时空距离，带动沿线产业园区的发展。",
        "咸宁高新区已有多家光电子和生物医药企业表示，将利用城际铁路吸引武汉的技术人才，并在沿线建设新的研发中心和工厂。",
        "铁路部门表示，南延线开通初期每天开行动车组列车12对，今后将根据客流情况适时增加车次，方便沿线群众出行和通勤。",
        "据了解，南延线全长约30公里，设计时速160公里，沿线共设5座车站，工程历时三年建成，总投资约46亿元人民币。",
    ]
    units = split_units(normalise("\n".join(lines)))
    assert [u.text for u in units] == lines


def test_dense_credits_follow_the_side_the_page_shows() -> None:
    """No blank lines; the page puts credits under captions (its clear cases show it), so a
    credit between a caption and a subheading goes up, not to the subheading."""
    text = "\n".join([
        "Pig farming in decline",
        "Officials said the number of pigs slaughtered in the region has fallen for the fifth year in a row, "
        "and several plants have closed.",
        "Pigs wait in a pen at the plant in Schmalkalden on Monday.",
        "Photo: Jane Doe/ABC",
        "The plant's manager walked along the production line, past men with saws and knives, explaining "
        "how each station works and why it costs more now. Vets must check every animal, and the waste "
        "must be taken away by a licensed firm, he said. Both have doubled in price in three years.",
        "The manager Joe Bloggs in the slaughter hall of the plant in Schmalkalden.",
        "Photo: Jane Doe/ABC",
        "A family business with 340 employees sells in the region",
        "He took over the business from his father in 2018 and has led it through years in which fewer "
        "farmers keep pigs, he said.",
    ])
    article = extract_text(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Pigs wait in a pen at the plant in Schmalkalden on Monday.", "Jane Doe/ABC"),
        ("The manager Joe Bloggs in the slaughter hall of the plant in Schmalkalden.", "Jane Doe/ABC"),
    ]
    assert "A family business with 340 employees sells in the region" in article.body


def test_a_year_opening_a_wrapped_line_is_no_list_number() -> None:
    lines = ["Democratic nominee Jane Roe speaks at a campaign event at the",
             "high school in Detroit, on a sunny and warm Monday, Sept. 2,",
             "2024. (AP Photo/Jane Doe)"]
    body = ["Officials said on Tuesday that traffic would remain disrupted",
            "for several days while crews cleared the fallen trees from",
            "the mountain roads and checked all of the old bridges again",
            "on Wednesday, the council said in a statement to reporters."]
    units = split_units(normalise("\n".join(body) + "\n\n" + "\n".join(lines) + "\n\n1. First point of a list\n"))
    assert [u.text for u in units] == [" ".join(body), " ".join(lines), "1. First point of a list"]


@pytest.mark.parametrize("neighbour", [
    "What is behind the VIP programme?",  # a question heading
    "The programme in detail:",  # a heading that opens a list
    "Last updated September 14, 2026",  # a date line
    "Related searches",  # boilerplate
])
def test_dense_credit_alone_does_not_take_a_heading_date_or_boilerplate(neighbour: str) -> None:
    """No blank lines: a credit between a paragraph and a line that is no caption stands
    for a picture with a credit only."""
    text = "\n".join([
        "Lego opens its members' shop",
        "The company said on Tuesday that members would get early access to new sets, and points on "
        "every order. The scheme starts in May across Europe, and it will reach other markets later.",
        "Photo: Jane Doe/ABC",
        neighbour,
        "Members collect points with each purchase and can trade them for rewards, a spokeswoman said. "
        "She added that the scheme was free to join for every customer of the online shop.",
    ])
    article = extract_text(text)
    assert [(i.caption, i.credit) for i in article.images] == [(None, "Jane Doe/ABC")]


def test_japanese_photographer_in_brackets_after_the_caption() -> None:
    """"（山田太郎撮影）": the photo-taken word names the photographer, no label needed."""
    text = ("大雪で交通が乱れる\n\n気象庁によると、石川県の平野部でも局地的に強い雪が降り、各地で交通が乱れた。\n\n"
            "移送のため警察署を出る容疑者＝13日、東京都内で（山田太郎撮影）\n\n"
            "ＪＲ西日本は北陸新幹線の一部区間を終日運休とした。\n")
    article = extract_text(text)
    assert [(i.caption, i.credit, i.creators) for i in article.images] == [
        ("移送のため警察署を出る容疑者＝13日、東京都内で", "山田太郎撮影", ["山田太郎"])]


def test_rights_word_closing_a_caption_line_is_its_credit() -> None:
    text = ("Le festival s'ouvre à Cannes\n\nLe jury a été présenté mardi, et les films en compétition ont été "
            "annoncés dans la soirée par la direction du festival.\n\n"
            "L'affiche de l'édition 2026, dévoilée lundi. DR\n\n"
            "La sélection compte vingt-deux films venus de quinze pays, selon les organisateurs.\n")
    article = extract_text(text)
    assert [(i.caption, i.credit) for i in article.images] == [("L'affiche de l'édition 2026, dévoilée lundi.", "DR")]


@pytest.mark.parametrize("line, caption, credit", [
    # A capital label glued to the caption's last word (Bild), after a stop, and in Hebrew.
    ("Ein Radfahrer auf der neuen Brücke am Rhein bei FahrerFoto: Max Roe/dpa",
     "Ein Radfahrer auf der neuen Brücke am Rhein bei Fahrer", "Max Roe/dpa"),
    ("Wolken über dem Dom am frühen Morgen.Foto: Max Roe/dpa", "Wolken über dem Dom am frühen Morgen.", "Max Roe/dpa"),
    ("פרויקט מגורים בבנייה בתל אביבצילום: שאטרסטוק", "פרויקט מגורים בבנייה בתל אביב", "שאטרסטוק"),
])
def test_a_label_glued_to_the_caption(line: str, caption: str, credit: str) -> None:
    article = extract_text("\n\n".join(["Storm closes roads across the Highlands", WRAP_BODY[0], line,
                                        WRAP_BODY[1]]) + "\n")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit)]


def test_a_label_inside_a_word_is_no_glue() -> None:
    """"Telephoto:" ends with a label's letters; "الصورة:" opens with the Arabic article."""
    from mediakit.text import _unglue_credits
    from mediakit.text.words import text_words
    words = text_words()
    for line in ("Der Telephoto: ein Objektiv", "الصورة: رويترز", "וצילום: רויטרס"):
        assert _unglue_credits(line, words) == line
