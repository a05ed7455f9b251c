"""Plain-text articles in many languages: captions and credits found, hard negatives left
in the body. Every fixture is written for these tests (no third-party text)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from mediakit.text import extract_text
from mediakit.text.features import closes_with_when_where


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    # (caption, credit) for every image expected, in order; None for "no caption"/"no credit".
    images: list[tuple[str | None, str | None]]
    agencies: list[list[str]] = field(default_factory=list)  # agency names per image (subset)
    in_body: list[str] = field(default_factory=list)  # lines that must stay in the body
    not_in_body: list[str] = field(default_factory=list)  # snippets that must not be in the body


def paragraphs(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# A long ordinary paragraph, so that captions sit between paragraphs as in real articles.
FILLER = {
    "fr": "Les autorités ont précisé que la circulation resterait perturbée pendant plusieurs jours, le temps de dégager les voies et de vérifier les ouvrages.",
    "en": "Officials said traffic would remain disrupted for several days while crews cleared the roads and inspected the bridges along the route.",
    "de": "Die Behörden teilten mit, dass der Verkehr noch mehrere Tage beeinträchtigt bleibe, bis die Straßen geräumt und die Brücken geprüft seien.",
    "es": "Las autoridades precisaron que el tráfico seguirá alterado durante varios días mientras los equipos despejan las carreteras y revisan los puentes.",
    "it": "Le autorità hanno precisato che la circolazione resterà difficile per diversi giorni, il tempo di liberare le strade e controllare i ponti.",
    "pt": "As autoridades informaram que o trânsito continuará complicado por vários dias, enquanto as equipes liberam as estradas e vistoriam as pontes.",
    "nl": "De autoriteiten zeiden dat het verkeer nog enkele dagen hinder zal ondervinden, terwijl ploegen de wegen vrijmaken en de bruggen controleren.",
    "ru": "Власти уточнили, что движение будет затруднено ещё несколько дней, пока дорожные службы расчищают трассы и проверяют мосты.",
    "uk": "Влада уточнила, що рух буде ускладнений ще кілька днів, поки дорожні служби розчищають траси та перевіряють мости.",
    "pl": "Władze poinformowały, że utrudnienia w ruchu potrwają jeszcze kilka dni, dopóki służby nie oczyszczą dróg i nie sprawdzą mostów.",
    "tr": "Yetkililer, ekipler yolları temizleyip köprüleri kontrol edene kadar trafiğin birkaç gün daha aksayacağını açıkladı.",
    "ar": "وأوضحت السلطات أن حركة المرور ستبقى مضطربة لعدة أيام ريثما تنتهي الفرق من تنظيف الطرق وفحص الجسور في المنطقة.",
    "he": "הרשויות מסרו כי התנועה תמשיך להיות משובשת במשך כמה ימים, עד שהצוותים יפנו את הכבישים ויבדקו את הגשרים באזור.",
    "ja": "当局によると、道路の除雪と橋の点検が終わるまで、交通の混乱は数日続く見通しだ。",
    "zh-Hans": "有关部门表示，在道路清理和桥梁检查完成之前，交通将持续受到影响。",
    "zh-Hant": "有關部門表示，在道路清理和橋樑檢查完成之前，交通將持續受到影響。",
    "ko": "당국은 도로 정비와 교량 점검이 끝날 때까지 교통 혼잡이 며칠간 이어질 것이라고 밝혔다.",
}

# Captions with their credit, per language convention.
CAPTIONS = [
    Example("fr-glued", paragraphs(
        "Crue historique de la Loire à Orléans",
        FILLER["fr"],
        "Des pompiers évacuent une habitante à Orléans, le 12 mars 2026 Jean Dupont/AFP",
        FILLER["fr"]),
        images=[("Des pompiers évacuent une habitante à Orléans, le 12 mars 2026", "Jean Dupont/AFP")],
        agencies=[["Agence France-Presse"]]),
    Example("fr-credit-below", paragraphs(
        "Crue historique de la Loire à Orléans",
        FILLER["fr"],
        "La Loire est sortie de son lit dans la nuit de lundi à mardi.\n© Marie Leroy / Hans Lucas",
        FILLER["fr"]),
        images=[("La Loire est sortie de son lit dans la nuit de lundi à mardi.", "Marie Leroy / Hans Lucas")],
        not_in_body=["Marie Leroy", "La Loire est sortie de son lit"]),
    Example("en-photograph-label", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "A fallen tree blocks a street in Perth on Thursday. Photograph: Anna Reid/Reuters",
        FILLER["en"]),
        images=[("A fallen tree blocks a street in Perth on Thursday.", "Anna Reid/Reuters")],
        agencies=[["Reuters"]]),
    Example("en-credit-below-via", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "Smoke rises behind houses in Boulder, Colorado, on Sunday.\nPhoto by Jane Doe/AFP via Getty Images",
        FILLER["en"]),
        images=[("Smoke rises behind houses in Boulder, Colorado, on Sunday.", "Jane Doe/AFP via Getty Images")],
        agencies=[["Agence France-Presse", "Getty Images"]]),
    Example("de-foto-below", paragraphs(
        "Hochwasser an der Donau",
        FILLER["de"],
        "Blick auf die überflutete Uferpromenade am Dienstagmorgen.\nFoto: Lukas Brandt/dpa",
        FILLER["de"]),
        images=[("Blick auf die überflutete Uferpromenade am Dienstagmorgen.", "Lukas Brandt/dpa")],
        agencies=[["Deutsche Presse-Agentur"]]),
    Example("de-glued-name-agency", paragraphs(
        "Hochwasser an der Donau",
        FILLER["de"],
        "Helfer füllen Sandsäcke in der Altstadt von Passau Peter Kneffel/dpa",
        FILLER["de"]),
        images=[("Helfer füllen Sandsäcke in der Altstadt von Passau", "Peter Kneffel/dpa")]),
    Example("es-foto-label", paragraphs(
        "Incendio forestal en la sierra de Gredos",
        FILLER["es"],
        "Vecinos observan la columna de humo desde una carretera. Foto: EFE/Mariano Cuesta",
        FILLER["es"]),
        images=[("Vecinos observan la columna de humo desde una carretera.", "EFE/Mariano Cuesta")],
        agencies=[["Agencia EFE"]]),
    Example("it-credit-below", paragraphs(
        "L'Etna torna a farsi sentire",
        FILLER["it"],
        "Volontari puliscono una strada di Giarre dalla sabbia vulcanica.\nFoto: ANSA/Giulio Morandini",
        FILLER["it"]),
        images=[("Volontari puliscono una strada di Giarre dalla sabbia vulcanica.", "ANSA/Giulio Morandini")]),
    Example("pt-foto-below", paragraphs(
        "Chuva forte atinge o litoral norte de São Paulo",
        FILLER["pt"],
        "Equipe da Defesa Civil vistoria encosta em São Sebastião.\nFoto: Joana Lima/Agência Brasil",
        FILLER["pt"]),
        images=[("Equipe da Defesa Civil vistoria encosta em São Sebastião.", "Joana Lima/Agência Brasil")]),
    Example("nl-foto-below", paragraphs(
        "Storm legt treinverkeer in Brabant stil",
        FILLER["nl"],
        "Reizigers wachten op het perron in Eindhoven op een vervangende bus.\nFoto: Rob Engelaar/ANP",
        FILLER["nl"]),
        images=[("Reizigers wachten op het perron in Eindhoven op een vervangende bus.", "Rob Engelaar/ANP")]),
    Example("ru-copyright-below", paragraphs(
        "Снегопад парализовал Владивосток",
        FILLER["ru"],
        "Пассажиры в аэропорту Владивостока ожидают вылета задержанных рейсов\n© РИА Новости / Дарья Смирнова",
        FILLER["ru"]),
        images=[("Пассажиры в аэропорту Владивостока ожидают вылета задержанных рейсов",
                 "РИА Новости / Дарья Смирнова")]),
    Example("uk-foto-below", paragraphs(
        "Снігопад у Львові",
        FILLER["uk"],
        "Комунальники розчищають вулицю в центрі Львова.\nФото: Укрінформ",
        FILLER["uk"]),
        images=[("Комунальники розчищають вулицю в центрі Львова.", "Укрінформ")]),
    Example("pl-fot-below", paragraphs(
        "Wichura nad Pomorzem",
        FILLER["pl"],
        "Strażacy usuwają powalone drzewo z drogi pod Gdańskiem.\nFot. Adam Warżawa/PAP",
        FILLER["pl"]),
        images=[("Strażacy usuwają powalone drzewo z drogi pod Gdańskiem.", "Adam Warżawa/PAP")]),
    Example("tr-foto-below", paragraphs(
        "İzmir'de sağanak yağış",
        FILLER["tr"],
        "Sel suları Bornova'da bir caddeyi kapladı.\nFotoğraf: AA",
        FILLER["tr"]),
        images=[("Sel suları Bornova'da bir caddeyi kapladı.", "AA")]),
    Example("ar-label-below", paragraphs(
        "عاصفة رملية تضرب الكويت",
        FILLER["ar"],
        "عاصفة رملية تغطي أبراج مدينة الكويت صباح الثلاثاء\nالصورة: رويترز",
        FILLER["ar"]),
        images=[("عاصفة رملية تغطي أبراج مدينة الكويت صباح الثلاثاء", "رويترز")],
        agencies=[["Reuters"]]),
    Example("he-label-below", paragraphs(
        "סערה בצפון הארץ",
        FILLER["he"],
        "עץ שקרס על כביש בחיפה ביום שלישי\nצילום: רויטרס",
        FILLER["he"]),
        images=[("עץ שקרס על כביש בחיפה ביום שלישי", "רויטרס")]),
    Example("ja-kyodo-bracket", paragraphs(
        "北陸で記録的な大雪",
        FILLER["ja"],
        "運休を知らせる電光掲示板＝20日午前、JR金沢駅（共同）",
        FILLER["ja"]),
        images=[("運休を知らせる電光掲示板＝20日午前、JR金沢駅", "共同")],
        agencies=[["共同"]]),  # a national agency by the registered name its credit printed
    # Closing the text, the caption is still a picture's: it says when and where ("＝").
    Example("ja-kyodo-caption-closing-the-text", paragraphs(
        "北陸で記録的な大雪",
        FILLER["ja"],
        FILLER["ja"],
        "記者会見する石川、富山両県の担当者＝24日午後、金沢市（共同）"),
        images=[("記者会見する石川、富山両県の担当者＝24日午後、金沢市", "共同")],
        agencies=[["共同"]]),
    Example("ja-label-fullwidth-space", paragraphs(
        "北陸で記録的な大雪",
        FILLER["ja"],
        "雪に覆われた金沢市中心部の交差点　写真：ロイター/アフロ",
        FILLER["ja"]),
        images=[("雪に覆われた金沢市中心部の交差点", "ロイター/アフロ")]),
    Example("zh-hans-xinhua", paragraphs(
        "城际铁路南延线开通",
        FILLER["zh-Hans"],
        "3月28日，首发列车从武汉站驶出。新华社记者 罗乐涛 摄",
        FILLER["zh-Hans"]),
        images=[("3月28日，首发列车从武汉站驶出。", "新华社记者 罗乐涛 摄")]),
    Example("zh-hant-cna", paragraphs(
        "花蓮近海地震",
        FILLER["zh-Hant"],
        "花蓮縣消防局人員28日在新城鄉檢查受損民宅外牆。（中央社記者林書萱攝）",
        FILLER["zh-Hant"]),
        images=[("花蓮縣消防局人員28日在新城鄉檢查受損民宅外牆。", "中央社記者林書萱攝")]),
    Example("ko-copyright-below", paragraphs(
        "지하철 9호선 연장구간 개통",
        FILLER["ko"],
        "28일 오전 노량진역 승강장이 출근하는 시민들로 붐비고 있다.\nⓒ News1 김민지 기자",
        FILLER["ko"]),
        images=[("28일 오전 노량진역 승강장이 출근하는 시민들로 붐비고 있다.", "News1 김민지 기자")]),
]

# Layouts: credit first, credit with no caption, Markdown, bare caption.
LAYOUTS = [
    Example("bbc-image-source-then-caption", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "Image source, Getty Images\nImage caption, Waves crash over the sea wall at Ardrossan",
        FILLER["en"]),
        images=[("Waves crash over the sea wall at Ardrossan", "Getty Images")],
        not_in_body=["Image source", "Image caption"]),
    Example("credit-above-caption-same-block", paragraphs(
        "Proteste in Nairobi",
        FILLER["de"],
        "Foto: Deja Gaston\nKenianische Aktivisten protestieren gemeinsam in Nairobi",
        FILLER["de"]),
        images=[("Kenianische Aktivisten protestieren gemeinsam in Nairobi", "Deja Gaston")]),
    Example("credit-only", paragraphs(
        "Crue historique de la Loire à Orléans",
        FILLER["fr"],
        "PHOTO: AFP",
        FILLER["fr"]),
        images=[(None, "AFP")],
        not_in_body=["PHOTO: AFP"]),
    Example("credit-between-paragraphs-stays-alone", paragraphs(
        "How to fight climate change without the US",
        FILLER["en"],
        "Source: Repeat Project",
        "In September, the government announced plans to reduce emissions by 7–10% from peak levels by 2035, and officials said the target was achievable.",
        FILLER["en"]),
        images=[(None, "Repeat Project")],
        in_body=["In September, the government announced plans"]),
    Example("markdown-image-then-caption", "# Storm in Wales\n\n" + FILLER["en"] + "\n\n"
        "![A flooded street](https://example.org/flood.jpg)\n"
        "Residents wade along Taff Street in Pontypridd. Photograph: Owen Price/PA\n\n" + FILLER["en"] + "\n",
        images=[("Residents wade along Taff Street in Pontypridd.", "Owen Price/PA")]),
    Example("bare-caption-with-date", paragraphs(
        "Crue historique de la Loire à Orléans",
        FILLER["fr"],
        "Le préfet du Loiret lors d'un point presse à Orléans, mardi après-midi",
        FILLER["fr"]),
        images=[("Le préfet du Loiret lors d'un point presse à Orléans, mardi après-midi", None)]),
    Example("de-credit-chain-before-caption", paragraphs(
        "Hochwasser in Passau",
        FILLER["de"],
        "Bild: APA/HANS MUSTER Helfer füllen am Dienstag Sandsäcke in der Altstadt",
        FILLER["de"]),
        images=[("Helfer füllen am Dienstag Sandsäcke in der Altstadt", "APA/HANS MUSTER")]),
    Example("credit-line-below-across-blank-line", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "Waves crash over the harbour wall in Porthcawl on Tuesday",
        "Photo: Jane Doe/AFP",
        FILLER["en"]),
        images=[("Waves crash over the harbour wall in Porthcawl on Tuesday", "Jane Doe/AFP")]),
    Example("de-foto-label-after-comma", paragraphs(
        "Superbike-Saison vor dem Start",
        FILLER["de"],
        "Der Fahrer in der ersten Kurve des Rennens 2024, Foto: Muster Images",
        FILLER["de"]),
        images=[("Der Fahrer in der ersten Kurve des Rennens 2024", "Muster Images")]),
]

# Lines that must NOT become captions: they stay in the body.
HARD_NEGATIVES = [
    Example("sentence-opening-with-a-byline-word", paragraphs(
        "Festival del cinema a Venezia",
        FILLER["it"],
        "Autori e registi hanno protestato ieri",
        FILLER["it"]),
        images=[],
        in_body=["Autori e registi hanno protestato ieri"]),
    Example("code-lines", paragraphs(
        "Finding anomalies with SQL",
        FILLER["en"],
        "SELECT status_code, count(*) AS entries",
        "FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n",
        "(entries - mean_entries) / NULLIF(stddev_entries::float, 0) as zscore",
        FILLER["en"]),
        images=[],
        in_body=["FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n"]),
    Example("fr-agency-as-source", paragraphs(
        "Crue historique de la Loire à Orléans",
        FILLER["fr"],
        "Deux personnes restaient portées disparues mardi soir, a indiqué l'AFP.",
        "Selon une source proche des secours citée par l'AFP, les recherches reprendront à l'aube.",
        FILLER["fr"]),
        images=[],
        in_body=["a indiqué l'AFP.", "citée par l'AFP"]),
    Example("en-agency-as-source", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "More than 300 trees fell on the lines, the company said in a statement to PA Media.",
        FILLER["en"]),
        images=[],
        in_body=["in a statement to PA Media."]),
    Example("subheading-ending-with-place-or-name", paragraphs(
        "Crue historique de la Loire à Orléans",
        FILLER["fr"],
        "Le cri d'alarme des élus de la Vaunage",
        FILLER["fr"],
        "Travel chaos from Glasgow to Aberdeen",
        FILLER["en"],
        "Ein Gespräch mit Angela Merkel",
        FILLER["de"]),
        images=[],
        in_body=["Le cri d'alarme des élus de la Vaunage", "Travel chaos from Glasgow to Aberdeen",
                 "Ein Gespräch mit Angela Merkel"]),
    Example("line-ending-with-slash-or-url", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "Read the council's advice on flooding at https://example.org/flood-advice/",
        "Timetables are published on the operator's site under travel/",
        FILLER["en"]),
        images=[],
        in_body=["https://example.org/flood-advice/"]),
    Example("link-under-a-read-also-line", paragraphs(
        "Sciopero dei mezzi a Milano",
        FILLER["it"],
        "LEGGI ANCHE\nMetro M4, le nuove fermate in centro: ecco quando apriranno",
        "Le proteste dei pendolari di Cologno",
        FILLER["it"]),
        images=[],
        in_body=["Metro M4, le nuove fermate in centro: ecco quando apriranno"]),
    Example("line-ending-with-an-email-address", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "Follow Example Radio Highlands on Facebook, X and Instagram. Send your story ideas to: highlands@example.org",
        FILLER["en"]),
        images=[],
        in_body=["Send your story ideas to: highlands@example.org"]),
    Example("pull-quote-with-speaker", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "\u201cWe moved everything upstairs at midnight\u201d \u2014 Carys Lewis",
        FILLER["en"]),
        images=[],
        in_body=["We moved everything upstairs at midnight"]),
    Example("pull-quote-then-speaker-line", paragraphs(
        "Crue historique de la Loire à Orléans",
        FILLER["fr"],
        "« On nous parle de bassins de rétention depuis vingt ans »\nJosiane Bertrand, maire de Quissac",
        FILLER["fr"]),
        images=[],
        in_body=["On nous parle de bassins de rétention", "Josiane Bertrand, maire de Quissac"]),
    Example("bylines-with-agency", paragraphs(
        "Crue historique de la Loire à Orléans",
        "Par Jean Dupont, AFP",
        FILLER["fr"],
        "By Megan Rhys, Reuters",
        FILLER["en"]),
        images=[],
        in_body=["Par Jean Dupont", "By Megan Rhys"]),  # the article's own words, not credits
    Example("ru-agency-as-source", paragraphs(
        "Снегопад парализовал Владивосток",
        FILLER["ru"],
        "Без электричества остались около 35 тысяч жителей, сообщает ТАСС.",
        FILLER["ru"]),
        images=[],
        in_body=["сообщает ТАСС."]),
    Example("es-agency-as-source-and-dateline", paragraphs(
        "Incendio forestal en la sierra de Gredos",
        "Ávila, 10 ago (EFE).- Un incendio forestal ha obligado a desalojar dos municipios de la comarca.",
        "Los investigadores no descartan que el fuego fuera provocado, informó EFE.",
        FILLER["es"]),
        images=[],
        in_body=["Ávila, 10 ago (EFE).- Un incendio", "informó EFE."]),
    Example("it-agency-then-person-name", paragraphs(
        "L'Etna torna a farsi sentire",
        FILLER["it"],
        "\"È un fenomeno che conosciamo bene\", ha spiegato all'ANSA la vulcanologa Alessandra Ferlito.",
        FILLER["it"]),
        images=[],
        in_body=["ha spiegato all'ANSA la vulcanologa Alessandra Ferlito."]),
    Example("pt-agency-as-source", paragraphs(
        "Chuva forte atinge o litoral norte de São Paulo",
        FILLER["pt"],
        "Os moradores foram levados para abrigos, segundo informou a Defesa Civil à Agência Brasil.",
        FILLER["pt"]),
        images=[],
        in_body=["à Agência Brasil."]),
    Example("nl-pl-tr-uk-agency-as-source", paragraphs(
        "Storm legt treinverkeer stil",
        FILLER["nl"],
        "Het treinverkeer ligt nog de hele dag stil, meldt het ANP.",
        "Ruch pociągów został wstrzymany do odwołania, podała PAP.",
        "Seferler akşam saatlerine kadar iptal edildi, AA muhabirine konuştu.",
        "Рух потягів відновлять лише ввечері, повідомляє Укрінформ.",
        FILLER["uk"]),
        images=[],
        in_body=["meldt het ANP.", "podała PAP.", "повідомляє Укрінформ."]),
    Example("he-agency-as-source", paragraphs(
        "סערה בצפון",
        FILLER["he"],
        "התנועה בכביש החוף תחודש רק בערב, כך דיווחה רויטרס.",
        FILLER["he"]),
        images=[],
        in_body=["כך דיווחה רויטרס."]),
    Example("ja-subheading-naming-a-place", paragraphs(
        "北陸で記録的な大雪",
        FILLER["ja"],
        "交通網の混乱、福井にも",
        FILLER["ja"]),
        images=[],
        in_body=["交通網の混乱、福井にも"]),
    Example("zh-dateline-and-editor-trailer", paragraphs(
        "城际铁路南延线开通",
        "新华社武汉3月28日电（记者 王贺 李思远）3月28日上午，武汉至咸宁城际铁路南延线正式开通运营。",
        FILLER["zh-Hans"],
        "（編輯：陳怡文）1140328"),
        images=[],
        in_body=["新华社武汉3月28日电（记者 王贺 李思远）"]),
    Example("ko-agency-in-running-text", paragraphs(
        "지하철 9호선 연장구간 개통",
        FILLER["ko"],
        "서울시 관계자는 \"신규 차량이 모두 투입되면 혼잡도가 낮아질 것\"이라고 뉴시스에 밝혔다.",
        FILLER["ko"]),
        images=[],
        in_body=["뉴시스에 밝혔다."]),
    Example("ar-agency-bracket-with-full-stop", paragraphs(
        "عاصفة رملية تضرب الكويت",
        FILLER["ar"],
        "ونصحت وزارة الصحة المصابين بأمراض الجهاز التنفسي بعدم مغادرة منازلهم (كونا).",
        FILLER["ar"]),
        images=[],
        in_body=["(كونا)."]),
    Example("datelines-and-bylines", paragraphs(
        "Hochwasser an der Donau",
        "Regensburg (dpa) - Nach tagelangem Regen hat die Stadt den Katastrophenfall ausgerufen.",
        FILLER["de"],
        "(서울=연합뉴스) 서울 지하철 9호선 연장구간이 28일 운행을 시작했다.",
        "By Megan Rhys"),
        images=[],
        in_body=["Regensburg (dpa) - Nach tagelangem Regen", "(서울=연합뉴스) 서울 지하철", "By Megan Rhys"]),
    Example("label-words-opening-ordinary-lines", paragraphs(
        "How the sync engine was rebuilt",
        FILLER["en"],
        "Data model",
        FILLER["en"],
        "Sources & links",
        "Picture-in-Picture",
        FILLER["en"]),
        images=[],
        in_body=["Data model", "Sources & links", "Picture-in-Picture"]),
    Example("agency-name-inside-a-phrase", paragraphs(
        "Disziplinarstrafen nach der Massenschlägerei",
        FILLER["de"],
        "Disqualifizierende Fouls gegen mehr als 20 Spieler",
        FILLER["de"]),
        images=[],
        in_body=["Disqualifizierende Fouls gegen mehr als 20 Spieler"]),
    Example("he-title-containing-a-newspaper-name", paragraphs(
        "סערה בצפון הארץ",
        FILLER["he"]),
        images=[],
        in_body=[FILLER["he"]]),
]

# Captions without credit told from subheadings by general cues (second round):
# who-is-who brackets, words that name a picture, a line too long for a heading.
CAPTION_CUES = [
    Example("de-names-with-teams-in-brackets", paragraphs(
        "Derby in Manchester",
        FILLER["de"],
        "Lena Vogt (FC Köln) im Zweikampf mit Mara Stein (VfL Bochum)",
        FILLER["de"]),
        images=[("Lena Vogt (FC Köln) im Zweikampf mit Mara Stein (VfL Bochum)", None)]),
    Example("de-file-picture-word-in-brackets", paragraphs(
        "Tanker unter neuer Flagge",
        FILLER["de"],
        '"Nordlicht", früher "Aurora 2" (Archivbild): Das Schiff lag wochenlang vor der Küste.',
        FILLER["de"]),
        images=[('"Nordlicht", früher "Aurora 2" (Archivbild): Das Schiff lag wochenlang vor der Küste.', None)]),
    Example("de-who-stands-where-first-line", paragraphs(
        "Jubiläum im Sportverein",
        "Der neue Vorstand (von links nach rechts): Anna Berger, Paul Huber, Eva Stadler, Jonas Maier, "
        "Lisa Egger, Tobias Gruber, Sarah Wolf, Martin Pichler, Julia Brunner, Felix Lang",
        FILLER["de"]),
        images=[("Der neue Vorstand (von links nach rechts): Anna Berger, Paul Huber, Eva Stadler, Jonas Maier, "
                 "Lisa Egger, Tobias Gruber, Sarah Wolf, Martin Pichler, Julia Brunner, Felix Lang", None)]),
    Example("en-video-caption", paragraphs(
        "Fire in apartment block",
        FILLER["en"],
        "Firefighters carry residents down the stairs of a burning tower in Leeds – video",
        FILLER["en"]),
        images=[("Firefighters carry residents down the stairs of a burning tower in Leeds – video", None)]),
    Example("en-long-unpunctuated-scene", paragraphs(
        "The keepers of the coast",
        FILLER["en"],
        "Mere Tane at her family farm near the harbour, the place where she learned to fish as a child",
        FILLER["en"]),
        images=[("Mere Tane at her family farm near the harbour, the place where she learned to fish as a child", None)]),
    Example("ja-fullwidth-copyright-sign", paragraphs(
        "代表チームが合宿を開始",
        FILLER["ja"],
        "合宿初日に練習する日本代表の（左から）田中、佐藤、鈴木（Ｃ）共同通信社",
        FILLER["ja"]),
        images=[("合宿初日に練習する日本代表の（左から）田中、佐藤、鈴木", "共同通信社")],
        agencies=[["共同通信社"]]),
    Example("es-credit-opening-with-a-handle", paragraphs(
        "Incendio en la sierra",
        FILLER["es"],
        "Una bombera trabaja en la extinción de las llamas en el incendio de Ávila @Bomberos_CyL via X / Reuters",
        FILLER["es"]),
        images=[("Una bombera trabaja en la extinción de las llamas en el incendio de Ávila",
                 "@Bomberos_CyL via X / Reuters")],
        agencies=[["Reuters"]]),
    Example("de-label-after-a-full-stop", paragraphs(
        "Großbrand in Spandau",
        FILLER["de"],
        "Eine dunkle Rauchwolke zieht über die Dächer. © DPA Images | Jana Roth",
        "Die Einsatzkräfte sind seit dem Morgen vor Ort. Foto: picture alliance / SZ Photo | Tom Kranz",
        FILLER["de"]),
        images=[("Eine dunkle Rauchwolke zieht über die Dächer.", "DPA Images | Jana Roth"),
                ("Die Einsatzkräfte sind seit dem Morgen vor Ort.", "picture alliance / SZ Photo | Tom Kranz")]),
]

# Lines the new cues must leave in the body.
HEADING_NEGATIVES = [
    Example("standfirst-without-final-stop", paragraphs(
        "Al menos 12 fallecidos en el incendio de la sierra",
        "La Junta eleva a 4.000 el número de hectáreas afectadas, mientras el ministro destaca el "
        "trabajo conjunto de las administraciones",
        FILLER["es"]),
        images=[], in_body=["La Junta eleva a 4.000"]),
    Example("picture-word-inside-a-compound", paragraphs(
        "Election night in the north",
        FILLER["en"],
        "Support from left-wing voters in the north",
        FILLER["en"]),
        images=[], in_body=["Support from left-wing voters in the north"]),
    Example("handle-in-a-sentence-is-not-a-credit", paragraphs(
        "Incendio en la sierra",
        FILLER["es"],
        "Los vecinos pueden enviar sus fotos del incendio a la cuenta de la redacción @diario_local",
        FILLER["es"]),
        images=[], in_body=["a la cuenta de la redacción @diario_local"]),
    Example("headline-with-a-question", paragraphs(
        "Climate policy after the election",
        FILLER["en"],
        "Drill, baby, drill? New policies will slow the transition ― but cities keep building",
        FILLER["en"]),
        images=[], in_body=["Drill, baby, drill?"]),
    Example("offer-box-with-decimal-comma", paragraphs(
        "Günstiger Tarif im Netz",
        FILLER["de"],
        "Zum Tarif bei Beispielmobil 20 GB + 200 Minuten für 7,99 Euro Zum Angebot",
        FILLER["de"]),
        images=[], in_body=["Zum Tarif bei Beispielmobil"]),
    Example("long-heading-with-kicker", paragraphs(
        "Funde im Regenwald",
        FILLER["de"],
        "Sensation in Peru: Unbekannte Städte werfen neues Licht auf die frühe Geschichte der Region",
        FILLER["de"]),
        images=[], in_body=["Sensation in Peru:"]),
    Example("pull-quote-stays-a-quote", paragraphs(
        "Storm closes roads across the Highlands",
        FILLER["en"],
        "“We have never seen the water rise this fast, not in forty years”, says a farmer",
        FILLER["en"]),
        images=[], in_body=["We have never seen the water rise"]),
    Example("short-subheadings-in-a-row", paragraphs(
        "Feuerwehr protestiert",
        FILLER["de"],
        "Belastung im Schichtdienst",
        "Nachwuchs fehlt überall",
        FILLER["de"]),
        images=[], in_body=["Belastung im Schichtdienst", "Nachwuchs fehlt überall"]),
]


def _body(article) -> str:
    return "\n".join(article.body)


@pytest.mark.parametrize("example", CAPTIONS + LAYOUTS + HARD_NEGATIVES + CAPTION_CUES + HEADING_NEGATIVES,
                         ids=lambda e: e.id)
def test_text_examples(example: Example) -> None:
    article = extract_text(example.text)
    got = [(image.caption, image.credit) for image in article.images]
    assert got == example.images
    for image, names in zip(article.images, example.agencies):
        assert set(names) <= {agency.name for agency in image.agencies}
    assert all(image.src is None for image in article.images)  # the contract: null for text
    assert all(image.found_in == ["text"] for image in article.images)
    body = _body(article)
    for snippet in example.in_body:
        assert snippet in body
    for snippet in example.not_in_body:
        assert snippet not in body
    for caption, credit in example.images:
        if caption:
            assert caption not in body
        if credit:
            assert credit not in body


@pytest.mark.parametrize("caption, closes", [
    ("記者会見する担当者＝13日午後、気象庁", True),
    # Yomiuri: the day and the place ("で", at) in the closing bracket.
    ("規制区域を示す看板の前で説明する市職員（24日午後、熊本県阿蘇市で）", True),
    ("熊本県の担当者（左）", False),
    ("해녀들이 작업하고 있다（24日午後、제주시で）", False),  # (Korean is written otherwise)
])
def test_japanese_captions_say_when_and_where(caption: str, closes: bool) -> None:
    assert closes_with_when_where(caption) is closes
