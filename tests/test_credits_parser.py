"""Credit lines as newsrooms print them, grouped by convention and language.

Each row: the credit as printed, the credit without labels, the persons, and the
agencies as (registry id or printed name, role). Written in the manner of
scrapinghub/price-parser's example tables.
"""
from __future__ import annotations

import pytest
from credit_examples import D, S, Example, ids

from mediakit import parse_credit



SLASH_CONVENTIONS = [
    Example("Gavriil Grigorov/Sputnik", ["Gavriil Grigorov"], [("sputnik", S)]),
    Example("LUDOVIC MARIN / AFP", ["LUDOVIC MARIN"], [("afp", S)]),
    Example("Reuters/Yael Mizrahi", ["Yael Mizrahi"], [("reuters", S)]),
    Example("ANSA/GIULIO MORANDINI", ["GIULIO MORANDINI"], [("ansa", S)]),
    Example("EFE/Mariano Cuesta/File Photo", ["Mariano Cuesta"], [("efe", S)]),
    Example("REUTERS/Leah Millis/File Photo", ["Leah Millis"], [("reuters", S)]),
    Example("Handout/Reuters", [], [("reuters", S)]),
    Example("Pool/AFP", [], [("afp", S)]),
    Example("STR/AFP", [], [("afp", S)]),
    Example("AP Photo/Jacquelyn Martin", ["Jacquelyn Martin"], [("ap", S)]),
    Example("AP Photo/Alan Diaz, File", ["Alan Diaz"], [("ap", S)]),
    Example("Thomas Coex/AFP/Getty Images", ["Thomas Coex"], [("afp", S), ("getty-images", S)]),
    Example("Maria Lopez and John Smith/AP", ["Maria Lopez", "John Smith"], [("ap", S)]),
    Example("Maria Lopez, John Smith / Reuters", ["Maria Lopez", "John Smith"], [("reuters", S)]),
    Example("Damian Dovarganes, AP", ["Damian Dovarganes"], [("ap", S)]),
    # El Mundo: the photographer, a space and the agency's acronym in capitals.
    Example("Chema Moya EFE", ["Chema Moya"], [("efe", S)]),
    Example("Sputnik/Ilya Voronin/Pool via REUTERS", ["Ilya Voronin"], [("sputnik", S), ("reuters", D)]),
]

VIA_CONVENTIONS = [
    Example("Photo by Jane Doe/AFP via Getty Images", ["Jane Doe"], [("afp", S), ("getty-images", D)],
            credit="Jane Doe/AFP via Getty Images"),
    Example("(KCNA via Reuters)", [], [("kcna", S), ("reuters", D)], credit="KCNA via Reuters"),
    Example("KCNA/via REUTERS", [], [("kcna", S), ("reuters", D)]),
    Example("朝鮮通信社/KCNA via KNS", [], [("kcna", S), ("kns", D)]),
    Example("AFP PHOTO / KCNA VIA KNS", [], [("afp", S), ("kcna", S), ("kns", D)]),
    Example("Handout via Reuters", [], [("reuters", D)]),
    Example("Ashraf Shazly/Agence France-Presse — Getty Images", ["Ashraf Shazly"], [("afp", S), ("getty-images", D)]),
    # Two agencies and only a space between: the second passed the picture on.
    Example("사진=AP 연합뉴스", [], [("ap", S), ("yonhap", D)], credit="AP 연합뉴스"),
    Example("AFP Getty Images", [], [("afp", S), ("getty-images", D)]),
    # A run of more names is a list of sources, not a chain.
    Example("Infografik OSM Datawrapper", [], [("openstreetmap", S), ("datawrapper", S)]),
]

LABELLED = [
    Example("Photo: Pat Person/AFP", ["Pat Person"], [("afp", S)], credit="Pat Person/AFP"),
    Example("Photograph: Amelia Grant for The Guardian", ["Amelia Grant"], [("the-guardian", S)],
            credit="Amelia Grant for The Guardian"),
    Example("Crédit photo : AFP", [], [("afp", S)], credit="AFP"),
    Example("Foto: picture alliance/dpa/Jana Roth", ["Jana Roth"], [("picture-alliance", S), ("dpa", S)]),
    Example("Fotografía: EFE/Ana Ruiz", ["Ana Ruiz"], [("efe", S)], credit="EFE/Ana Ruiz"),
    Example("Courtesy of NASA", [], [("nasa", S)]),
    Example("Фото: ТАСС/Иван Иванов", ["Иван Иванов"], [("tass", S)], credit="ТАСС/Иван Иванов"),
    Example("الصورة: رويترز", [], [("reuters", S)], credit="رويترز"),
    Example("Bild: Oskar Holm/TT", ["Oskar Holm"], [("tt", S)]),
]

COPYRIGHT = [
    Example("© Jane Doe 2024", ["Jane Doe"], [], copyright="Jane Doe"),
    Example("© Bestimage", [], [("bestimage", S)], copyright="Bestimage"),
]

EAST_ASIAN = [
    Example("写真＝ロイター", [], [("reuters", S)], credit="ロイター"),
    Example("（共同）", [], [("kyodo", S)], credit="共同"),
    Example("AFP＝時事", [], [("afp", S), ("jiji", D)]),
    Example("（新華社＝共同）", [], [("xinhua", S), ("kyodo", D)]),
    Example("新华社记者 张三 摄", ["张三"], [("xinhua", S)]),
    Example("新华社发（李四 摄）", ["李四"], [("xinhua", S)]),
    Example("（中央社記者王小明攝）", ["王小明"], [("cna", S)]),
    Example("中新社记者 王磊 摄", ["王磊"], [("china-news-service", S)]),
    Example("新华社记者 赵强、孙丽 摄", ["赵强", "孙丽"], [("xinhua", S)]),
    Example("사진=연합뉴스", [], [("yonhap", S)], credit="연합뉴스"),
    Example("(서울=연합뉴스) 홍길동 기자", ["홍길동"], [("yonhap", S)]),
    Example("[신화=연합뉴스]", [], [("xinhua", S), ("yonhap", D)]),
    Example("[연합뉴스 자료사진]", [], [("yonhap", S)]),
    Example("撮影・山田太郎", ["山田太郎"], []),
    # "Provided by" stays in the credit as printed, and is no part of the organisation's name.
    Example("架空県提供", [], [("架空県", S)], credit="架空県提供"),
    Example("사진=가상시청 제공", [], [("가상시청", S)], credit="가상시청 제공"),
    Example("뉴시스 제공", [], [("newsis", S)], credit="뉴시스 제공"),
    Example("[가상시 제공. 재판매 및 DB 금지]", [], [("가상시", S)], credit="가상시 제공. 재판매 및 DB 금지"),
    # Each agency's name in the other's language: Yonhap in Japanese, Kyodo in Korean.
    Example("（聯合＝共同）", [], [("yonhap", S), ("kyodo", D)]),
    Example("[교도=연합뉴스]", [], [("kyodo", S), ("yonhap", D)]),
    # Han characters the registry does not know, beside a photo agency: the photographer.
    Example("写真：架空太郎/アフロ", ["架空太郎"], [("aflo", S)], credit="架空太郎/アフロ"),
    Example("图片来源：视觉中国 摄影：张三", ["张三"], [("vcg", S)], credit="视觉中国 摄影：张三"),
    Example("受访者供图", [], [], credit="受访者"),
]

# The publication a photographer works for keeps a capitalised article of its name.
FOR_A_PUBLICATION = [
    Example("Photo : Marie Dubois pour Le Monde", ["Marie Dubois"], [("le-monde", S)], credit="Marie Dubois pour Le Monde"),
    Example("Foto: Hans Meier für Die Zeit", ["Hans Meier"], [("die-zeit", S)], credit="Hans Meier für Die Zeit"),
    Example("Foto: Ana Ruiz para El País", ["Ana Ruiz"], [("el-pais", S)], credit="Ana Ruiz para El País"),
    # A role word as a label joined by "by", a slash or a space is shown as printed.
    Example("Pool photo by Hiroshi Tanaka via AP", ["Hiroshi Tanaka"], [("ap", D)],
            credit="Pool photo by Hiroshi Tanaka via AP"),
    Example("(أ ب)", [], [("ap", S)], credit="أ ب"),
    # A paper's short camel-cased initials are no stock photographer's user name.
    Example("Foto: Anna-Karin Sjöberg/SvD/TT", ["Anna-Karin Sjöberg"], [("SvD", S), ("tt", S)],
            credit="Anna-Karin Sjöberg/SvD/TT"),
]

ROLE_WORDS_ARE_NOT_AGENCIES = [
    Example("Pool", [], []),
    Example("Handout", [], []),
    Example("Staff", [], []),
    Example("File", [], []),
    Example("DR", [], []),
    Example("zvg", [], []),
    Example("Uncredited/AP/dpa", [], [("ap", S), ("dpa", S)]),
    Example("本社ヘリから", [], []),  # "from our helicopter": the paper's own aerial picture
    # A role word in lower case opening the name: press material of the office after it.
    Example("Fot. materiały prasowe GDDKiA", [], [("GDDKiA", S)], credit="materiały prasowe GDDKiA"),
    # A title-case abbreviation of two letters ends no sentence: "Ag. Fotogramma".
    Example("Enrico Esempio/Ag. Fotogramma", ["Enrico Esempio"], [("fotogramma", S)]),
    # A title opens with an article no person's name opens with; "&" inside an
    # organisation's name joins no two names.
    Example("Kyle Roe/The Mountain Courier via AP", ["Kyle Roe"], [("The Mountain Courier", S), ("ap", D)]),
    Example("Courtesy of Lake Example Fish & Game Club", [], [("Lake Example Fish & Game Club", S)]),
    Example("Jane Doe & John Roe/AFP", ["Jane Doe", "John Roe"], [("afp", S)]),
    Example("Foto: Stad Voorbeeld", [], [("Stad Voorbeeld", S)]),
    Example("Fot. UG Przykładowo", [], [("UG Przykładowo", S)]),
    # A capitalised role word before a title that opens with its article; a press office
    # stays part of the name.
    Example("Archivo El Heraldo de Ejemplo", [], [("El Heraldo de Ejemplo", S)]),
    Example("Foto: Ufficio stampa Comune di Esempio", [], [("Ufficio stampa Comune di Esempio", S)]),
    # "Statens …" (the state's) opens an agency's name; a role label may hold an apostrophe.
    Example("STATENS EKSEMPELVESEN", [], [("STATENS EKSEMPELVESEN", S)]),
    Example("Photo d’archive : Agence Exemple", [], [("Agence Exemple", S)], credit="Photo d’archive : Agence Exemple"),
    # A Japanese honorific marks a person: "provided by Mr Honda".
    Example("本田さん提供", ["本田"], []),
    # Viewers and readers supplied the picture; a Korean "no resale" notice is no name.
    Example("視聴者撮影", [], []),
    Example("Fot. mat. pras.", [], [], credit="mat. pras"),  # press material: a role
    Example("독자 제공. 재판매 및 DB 금지", [], []),
    # A reporter's e-mail address after the name is no organisation.
    Example("김봉규 선임기자 bong9@hani.co.kr", ["김봉규"], []),
    # The © between the photographer and the agency.
    Example("Bo Amstrup © Ritzau Scanpix", ["Bo Amstrup"], [("ritzau", S)], copyright="Ritzau Scanpix"),
    # After "写真・" (photo:) two to four Han characters are the photographer.
    Example("写真・宮坂健太", ["宮坂健太"], []),
    # A date with its month in letters is no agency (Folha: "19.fev.25").
    Example("Bruno Santos - 19.fev.25/Folhapress", ["Bruno Santos"], [("folhapress", S)]),
    # A typographic apostrophe matches the data's straight one.
    Example("Photo d’archives Le Courrier d’Exemple/Anne Roe", ["Anne Roe"], [("Le Courrier d’Exemple", S)],
            credit="Photo d’archives Le Courrier d’Exemple/Anne Roe"),
    # A role word used as a label stays shown when a slash or a space joins it to the
    # names (a link of the chain); after a colon or a stop it is only a label.
    Example("Skjermdump / Way Back Machine", [], [("internet-archive", S)], credit="Skjermdump / Way Back Machine"),
    Example("Screenshots Instagram/TikTok", [], [("instagram", S), ("tiktok", S)],
            credit="Screenshots Instagram/TikTok"),
    Example("Archieffoto: Collectie Voorbeeld", [], [("Collectie Voorbeeld", S)], credit="Collectie Voorbeeld"),
    Example("Zdjęcie ilustracyjne. Fot. Shutterstock", [], [("shutterstock", S)], credit="Shutterstock"),
]

UNKNOWN_ORGANISATIONS = [
    # Organisations the registry does not know: reported by their printed names.
    Example("Foto: Landesamt Musterland/Jana Roth", ["Jana Roth"], [("Landesamt Musterland", S)]),
    Example("Courtesy of Northfield State University", [], [("Northfield State University", S)]),
    Example("Photo : Ministère des Collectivités rurales", [], [("Ministère des Collectivités rurales", S)]),
    Example("Фото: пресс-служба администрации Энска", [], [("пресс-служба администрации Энска", S)]),
    Example("Foto: Musterwerke/Max Muster", ["Max Muster"], [("Musterwerke", S)]),
    # A company's closing word, with its stop or as the end of a hyphenated name; a
    # photographer whose given name is unknown before a paper's name.
    Example("Walt Example Co.", [], [("Walt Example Co", S)]),
    Example("Bespoke Real Estate", [], [("Bespoke Real Estate", S)]),
    Example("IMAGO / Example Collection / i-Images", [], [("imago", S), ("Example Collection", S), ("i-Images", S)]),
    Example("Phando Jikelo/Independent Newspapers", ["Phando Jikelo"], [("Independent Newspapers", S)]),
    # "Marina" is a given name as well as a navy: alone after a given name it is a person.
    Example("Lorenzo Marina", ["Lorenzo Marina"], []),
    Example("Foto: Marina de Guerra del Perú", [], [("Marina de Guerra del Perú", S)]),
    Example("Courtesy of the family", [], []),  # a lowercase word alone is no user name
    # A lower-case article after a courtesy phrase belongs to no name (the language
    # files' `articles`); a capitalised one is part of a title.
    Example("Cedida por la Universidad de Musterburgo", [], [("Universidad de Musterburgo", S)]),
    Example("Cortesía del Ayuntamiento de Villaejemplo", [], [("Ayuntamiento de Villaejemplo", S)]),
    Example("Avec l'aimable autorisation de la mairie de Lyon", [], [("mairie de Lyon", S)]),
    Example("Per gentile concessione del Comune di Esempio", [], [("Comune di Esempio", S)]),
    Example("Mit freundlicher Genehmigung der Stadt Musterstadt", [], [("Stadt Musterstadt", S)]),
    Example("met dank aan de gemeente Voorbeeld", [], [("gemeente Voorbeeld", S)]),
    # An org word closing a compound, as German, Dutch and Swedish write them.
    Example("Zeehondencentrum Voorbeeldburen", [], [("Zeehondencentrum Voorbeeldburen", S)]),
    Example("Stadtarchiv Musterstadt", [], [("Stadtarchiv Musterstadt", S)]),
    Example("Universitetssjukhuset Exempelby", [], [("Universitetssjukhuset Exempelby", S)]),
    Example("Foto: Hans Zimmermann", ["Hans Zimmermann"], []),  # ("-mann" is no org word)
    # Institutions by their words in Greek, Hindi and Indonesian; a closing role word in
    # lower case ("provided") is no part of the name.
    Example("Εφορεία Αρχαιοτήτων Πόλης Παραδείγματος", [], [("Εφορεία Αρχαιοτήτων Πόλης Παραδείγματος", S)]),
    Example("उदाहरण राज्य अभिलेखागार", [], [("उदाहरण राज्य अभिलेखागार", S)]),
    Example("Dok. Balai TN Contoh Raya", [], [("Balai TN Contoh Raya", S)]),
    Example("Ảnh: UBND TP Ví Dụ cung cấp", [], [("UBND TP Ví Dụ", S)]),
    # "Rights reserved" under a picture: a role (the paper does not say whose it is), though
    # the same words make a copyright notice.
    Example("Foto: Direitos Reservados", [], [], credit="Direitos Reservados"),
    # A name never runs across the label's colon: "Ảnh: A" folds like ANHA's key.
    Example("Ảnh: A LỘC", [], [("A LỘC", S)], credit="A LỘC"),
    # A press office after a known institution is part of it, not a person.
    Example("Fotoğraf: Cumhurbaşkanlığı Basın Ofisi/Ayşe Demir", ["Ayşe Demir"], [("tccb", S)]),
    Example("Courtesy of The Musterstadt News", [], [("The Musterstadt News", S)]),
    Example("VS Tristach", [], [("VS Tristach", S)]),  # a school ("Volksschule"), not a person
    Example("Grundschule Musterdorf/Jana Roth", ["Jana Roth"], [("Grundschule Musterdorf", S)]),
    Example("X1 Studio/Q/R via Z", [], [("X1 Studio", S), ("Q", S), ("R", S), ("Z", D)]),  # order kept
    Example("evgenyb/iStock/Getty Images", ["evgenyb"], [("istock", S), ("getty-images", S)]),
    # Right of "for" stands the publication that commissioned the picture, never a person.
    Example("Photo: Emily Navarro for The Texas Ledger", ["Emily Navarro"], [("The Texas Ledger", S)],
            credit="Emily Navarro for The Texas Ledger"),
    Example("Jane Doe for Musterstadt Ledger", ["Jane Doe"], [("Musterstadt Ledger", S)]),
    # Three capitals or more and a city: an operator's initials, not a person; two may be
    # a person's ("AJ Smith").
    Example("Foto: VAG Freiburg", [], [("VAG Freiburg", S)]),
    Example("Photo: AJ Smith", ["AJ Smith"], []),
    Example("Foto: Consorzio Laguna Nuova", [], [("Consorzio Laguna Nuova", S)]),
    Example("FOTO: NORRGÅRDS ARKITEKTER", [], [("NORRGÅRDS ARKITEKTER", S)]),
    # The Observer is a paper of its own, not The Guardian.
    Example("Jane Doe/The Observer", ["Jane Doe"], [("the-observer", S)]),
    # Capitals without a vowel are initials, where a name in capitals has its vowels.
    Example("Supplied: NSW RFS", [], [("NSW RFS", S)], credit="Supplied: NSW RFS"),
    Example("NG HAN GUAN/AP", ["NG HAN GUAN"], [("ap", S)]),
    # A web address under any country's two letters is a site, not a person.
    Example("mbl.is/Eggert Jónsson", ["Eggert Jónsson"], [("mbl.is", S)]),
    # A CJK courtesy phrase written onto the name ("taken from … website"); a role word
    # that opens with one stays whole ("提供写真", a provided picture).
    Example("取自台北市都市更新處網站", [], [("台北市都市更新處", S)]),
    Example("由市府提供", [], [("市府", S)]),
    Example("提供写真", [], []),
]

# A photographer beside the outlet or desk that printed the picture, where the shape of
# each name has to say which is which.
OUTLET_BESIDE_PHOTOGRAPHER = [
    # Neither name opens with a known given name: a title opens with its article.
    Example("Eddy Vallat / Le Temps", ["Eddy Vallat"], [("Le Temps", S)]),
    Example("Le Temps / Eddy Vallat", ["Eddy Vallat"], [("Le Temps", S)]),
    # An archive's role word before a person's name, in capitals too.
    Example("ARCHIVES MARC KERBRAT, OUEST-FRANCE", ["MARC KERBRAT"], [("ouest-france", S)]),
    Example("Ufficio stampa Quirinale", [], [("Ufficio stampa Quirinale", S)]),  # no person follows
    # A broadcaster's regional desk, then its photographer.
    Example("ABC Riverina: Jane Doe", ["Jane Doe"], [("abc-news", S)]),
    Example("Суспільне Херсон/Олена Коваль", ["Олена Коваль"], [("suspilne", S)]),
    Example("Petra Lenz", ["Petra Lenz"], []),  # a given name that is also an agency's alias
    # Georgian letters count as lower case in Unicode, but no word is capitalised: a
    # person's two words beside an outlet's one, as in Arabic or Hebrew credits.
    Example("გიორგი ბერიძე / ნეტგაზეთი", ["გიორგი ბერიძე"], [("ნეტგაზეთი", S)]),
    # A camel-cased word alone is a company; beside a stock site, its uploader.
    Example("© ProRail", [], [("ProRail", S)], credit="ProRail"),
    Example("TebNad/iStock", ["TebNad"], [("istock", S)]),
    Example("Atlanta Fire Rescue", [], [("Atlanta Fire Rescue", S)]),
    # "by" after an agency's picture desk names its photographer.
    Example("AFP Photo by Jane Roe", ["Jane Roe"], [("afp", S)]),
    # A title in capitals opening with its article keeps its second word (no role cut).
    Example("LA PRENSA/Melvin Cubas", ["Melvin Cubas"], [("LA PRENSA", S)]),
    # A Portuguese title opens with its one-letter article; Balinese "I Nyoman" is a name.
    Example("O País", [], [("O País", S)]),
    Example("ANTARA FOTO/I Nyoman Budhiana", ["I Nyoman Budhiana"], [("antara", S)]),
    Example("Kindala Manuel | Edições Novembro", ["Kindala Manuel"], [("Edições Novembro", S)]),
]

# Shapes met on news pages where printed text other than names sits inside the credit.
PRINTED_NOISE = [
    # A screen-reader "Credit" glued to the name (printed once or twice).
    Example("CreditJane Roe for The New York Times", ["Jane Roe"], [("the-new-york-times", S)],
            credit="Jane Roe for The New York Times"),
    Example("CreditCreditKim Min-su/EPA, via Shutterstock", ["Kim Min-su"], [("epa", S), ("shutterstock", D)]),
    # Copyright boilerplate after the photographer.
    Example("Ana Ruiz/Copyright 2026 The AP. All rights reserved", ["Ana Ruiz"], [("ap", S)]),
    # After a comma, a lone word beside a known agency is a place, not a photographer.
    Example("Natl Inst. for Space Research (INPE), Brazil", [], [("inpe", S)]),
    # A registry name that holds a separator is read whole.
    Example("Jane Doe/RFE/RL", ["Jane Doe"], [("rfe-rl", S)]),
    Example("CBC/Radio-Canada", [], [("cbc", S)]),
    # Scripts without capitals: a few plain words beside a known agency are a name.
    Example("عدسة: سامي حداد / رويترز", ["سامي حداد"], [("reuters", S)]),
    Example("צילום: דנה לוי / רויטרס", ["דנה לוי"], [("reuters", S)]),
    Example("फोटो: राहुल शर्मा / पीटीआई", ["राहुल शर्मा"], [("pti", S)]),
    # Photographers' agencies printed after the name.
    Example("Foto: Jana Roth / laif", ["Jana Roth"], [("laif", S)]),
    # A licence is no agency.
    Example("Jane Doe | flickr | CC BY 2.0", ["Jane Doe"], [("flickr", S)]),
    # A bare label word before "via".
    Example("Image via Getty Images", [], [("getty-images", D)]),
    # Where people stand, and the list's "and" after a comma.
    Example("Ana Ruiz, left, and Ben Holt/Invision/AP", ["Ana Ruiz", "Ben Holt"], [("invision", S), ("ap", S)]),
    # "&" inside a registry name joins no two names.
    Example("© imago/United Archives International/imago stock&people", [],
            [("imago", S), ("united-archives", S)]),
    # One photographer printed twice, once with an initial's full stop and once without.
    Example("Jana P. Roth/dpa/Jana P Roth", ["Jana P. Roth"], [("dpa", S)]),
    # A company's legal form after a comma is part of its name.
    Example("Jane Doe/CQ-Roll Call, Inc via Getty Images", ["Jane Doe"],
            [("cq-roll-call", S), ("getty-images", D)]),
    Example("Acme Widgets, Inc.", [], [("Acme Widgets, Inc", S)]),
    # "Dan" is the Indonesian "and", but in capitals it opens a name.
    Example("Dan Petrov/AP", ["Dan Petrov"], [("ap", S)]),
]

# Magazine and studio credits: who styled, did the hair or modelled is neither the
# picture's author nor its supplier (the credit keeps them as printed; roles say so).
PRODUCTION_ROLES = [
    Example("Nina Weiss. Styling: Kate Roe. Haare: Syd Maier. Make-up: Lucy Brandt", ["Nina Weiss"], []),
    Example("Photo: Jane Doe; Styling: Ann Roe; Hair & make-up: Bo Li", ["Jane Doe"], []),
    Example("Photographe : Jean Dupont. Stylisme : Marie Martin", ["Jean Dupont"], []),
    Example("Foto: Ana Ruiz / Modelo: Clara Gil / EFE", ["Ana Ruiz"], [("efe", S)]),
    # A role label that is a credit role stays one ("File: X/Reuters").
    Example("File: Jane Doe/Reuters", ["Jane Doe"], [("reuters", S)]),
]

# Sites whose pictures are uploaded by their authors: a lone name beside them is a person.
UPLOADERS = [
    Example("Timur | flickr | CC BY 2.0", ["Timur"], [("flickr", S)]),
    Example("Marek / Unsplash", ["Marek"], [("unsplash", S)]),
    Example("Instagram/Yuki", ["Yuki"], [("instagram", S)]),
    # Beside an agency or a data tool, a lone name is still an organisation.
    Example("Musterwerke/dpa", [], [("Musterwerke", S), ("dpa", S)]),
    Example("Statista / Datawrapper", [], [("Statista", S), ("datawrapper", S)]),
]

# A web archive's copy of a page is credited to the archive, an organisation.
ARCHIVES = [
    Example("Way Back Machine", [], [("internet-archive", S)]),
    # A publication after "Photo montage by" is no photographer.
    Example("AP/Ana Ruiz/Photo montage by Salon", ["Ana Ruiz"], [("ap", S), ("salon", S)]),
    Example("Screenshot: web.archive.org", [], [("internet-archive", S)]),
]

# A gallery's counter is printed where a credit could be; it names nobody.
GALLERY_COUNTERS = [
    Example("9 Photos", [], []),
    Example("12 Bilder", [], []),
    Example("24 Hours/AFP", [], [("24 Hours", S), ("afp", S)]),  # a title with a number is a name
]

ALL = {
    "production-roles": PRODUCTION_ROLES, "uploaders": UPLOADERS, "gallery-counters": GALLERY_COUNTERS,
    "archives": ARCHIVES, "for-a-publication": FOR_A_PUBLICATION,
    "printed-noise": PRINTED_NOISE, "outlet-beside-photographer": OUTLET_BESIDE_PHOTOGRAPHER,
    "slash": SLASH_CONVENTIONS, "via": VIA_CONVENTIONS, "labelled": LABELLED, "copyright": COPYRIGHT,
    "east-asian": EAST_ASIAN, "role-words": ROLE_WORDS_ARE_NOT_AGENCIES, "unknown": UNKNOWN_ORGANISATIONS,
}
CASES = [pytest.param(ex, id=f"{group}:{ex.text}") for group, rows in ALL.items() for ex in rows]


@pytest.mark.parametrize("example", CASES)
def test_credit_examples(example: Example):
    credit = parse_credit(example.text)
    assert credit.creators == tuple(example.creators)
    assert ids(credit) == example.agencies
    if example.credit is not None:
        assert credit.credit == example.credit
    if example.copyright is not None:
        assert credit.copyright == example.copyright


def test_seed_credit_names_kns_once_as_distributor():
    credit = parse_credit("朝鮮通信社/KCNA via KNS")
    assert [(a.id, a.name, a.role) for a in credit.agencies] == [
        ("kcna", "Korean Central News Agency", "source"),
        ("kns", "Korea News Service", "distributor"),
    ]


def test_raw_keeps_the_text_as_printed():
    credit = parse_credit("Photo: ＡＦＰ＝時事")
    assert [a.raw for a in credit.agencies] == ["ＡＦＰ", "時事"]
    assert [a.raw for a in parse_credit("Jane Doe for The New York Times").agencies] == ["The New York Times"]


def test_undecodable_bytes_are_no_credit():
    assert parse_credit("\x00\ufffd\ufffd").credit is None


def test_unknown_agency_has_null_id_and_printed_name():
    credit = parse_credit("Photo: Acme Widgets Corporation")
    assert [(a.id, a.name) for a in credit.agencies] == [(None, "Acme Widgets Corporation")]


def test_empty_and_label_only_credits():
    assert parse_credit("").credit is None
    assert parse_credit("   ").agencies == ()
    assert parse_credit("Photo:").credit is None


def test_non_string_input_is_a_clear_error():
    with pytest.raises(TypeError):
        parse_credit(None)  # type: ignore[arg-type]


def test_to_dict_has_the_contract_keys():
    out = parse_credit("Gavriil Grigorov/Sputnik").to_dict()
    assert set(out) == {"input", "credit", "creators", "agencies", "copyright"}
    assert out["agencies"][0] == {"id": "sputnik", "name": "Sputnik", "role": "source", "raw": "Sputnik"}


def test_zero_width_non_joiner_stays_in_a_persian_name():
    """U+200C spells Persian words ("می‌خواهم"); it is not a control character to remove."""
    credit = parse_credit("عکس: علی\u200cرضا احمدی/ایرنا")
    assert credit.creators == ("علی\u200cرضا احمدی",)


@pytest.mark.parametrize("text, roles", [
    ("Foto: Direitos Reservados", ("direitos reservados",)),  # a role word that is also a copyright phrase
    ("Gentileza", ("gentileza",)),                             # courtesy, naming no one (Paraguay, Argentina)
    ("All rights reserved", ()),                               # a copyright notice only
])
def test_role_words_that_read_like_notices(text: str, roles: tuple) -> None:
    assert parse_credit(text).roles == roles
