"""Languages added by data files alone (mediakit/lang/data/<code>.toml): each one works end to
end in the credit parser, the caption splitter, the plain-text extractor and the language
guesser. Every sentence here is written for these tests (no third-party text)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

import mediakit
from mediakit.lang import languages
from mediakit.lang.detect import guess_language

NEW_LANGUAGES = ("lt lv et sl is af xh sw tl bn ur ta ka hy az kk sq mk gl eu cy ga uz be mt ne mr ml te kn gu pa "
                 "mn am ha so ky tg ku km my").split()


@dataclass(frozen=True)
class CreditExample:
    text: str
    creators: tuple[str, ...]
    agencies: tuple[str, ...] = ()  # registry ids
    roles: tuple[str, ...] = ()  # folded role words the parser must report


@dataclass(frozen=True)
class CaptionExample:
    text: str
    caption: str
    credit: str


@dataclass(frozen=True)
class ArticleExample:
    title: str
    first: str  # a long paragraph
    caption_line: str  # caption and credit, between the paragraphs
    second: str  # another long paragraph
    negative: str  # a body sentence quoting an agency as source: stays in the body
    caption: str
    credit: str


# ---------------------------------------------------------------------------
# Credits: "<label>: Name Surname/AGENCY", and a role word that is not an agency
# ---------------------------------------------------------------------------

CREDITS: dict[str, list[CreditExample]] = {
    "lt": [
        CreditExample("Nuotr. Jonas Petraitis/ELTA", ("Jonas Petraitis",), ("elta",)),
        CreditExample("Roko Medonio / BNS nuotr.", ("Roko Medonio",), ("bns",)),
        CreditExample("Foto: Rūta Kazlauskienė/AFP", ("Rūta Kazlauskienė",), ("afp",)),
        CreditExample("Nuotr. Tomas Vaitkus / asmeninis archyvas", ("Tomas Vaitkus",), (),
                      ("asmeninis archyvas",)),
    ],
    "lv": [
        CreditExample("Foto: Ieva Bērziņa/LETA", ("Ieva Bērziņa",), ("leta",)),
        CreditExample("Foto: Jānis Ozols/Reuters", ("Jānis Ozols",), ("reuters",)),
        CreditExample("Foto: Anna Kalniņa/ekrānuzņēmums", ("Anna Kalniņa",), (), ("ekrānuzņēmums",)),
    ],
    "et": [
        CreditExample("Foto: Mart Tamm/AFP", ("Mart Tamm",), ("afp",)),
        CreditExample("Pilt: Kadri Kask/Reuters", ("Kadri Kask",), ("reuters",)),
        CreditExample("Foto: Liis Saar/erakogu", ("Liis Saar",), (), ("erakogu",)),
    ],
    "sl": [
        CreditExample("Foto: Jure Novak/STA", ("Jure Novak",), ("sta",)),
        CreditExample("Fotografija: Maja Kovač/Reuters", ("Maja Kovač",), ("reuters",)),
        CreditExample("Foto: Tina Zupan/osebni arhiv", ("Tina Zupan",), (), ("osebni arhiv",)),
    ],
    "is": [
        CreditExample("Mynd: Guðrún Jónsdóttir/AFP", ("Guðrún Jónsdóttir",), ("afp",)),
        CreditExample("Ljósmynd: Sigurður Ólafsson/Reuters", ("Sigurður Ólafsson",), ("reuters",)),
        CreditExample("Mynd: Aðsend", (), (), ("aðsend",)),
        CreditExample("Skjáskot: Einar Magnússon/AP", ("Einar Magnússon",), ("ap",)),
    ],
    "af": [
        CreditExample("Foto: Pieter van der Merwe/Gallo Images", ("Pieter van der Merwe",), ("gallo-images",)),
        CreditExample("Foto: Annelie Botha/AFP", ("Annelie Botha",), ("afp",)),
        CreditExample("Foto: Verskaf", (), (), ("verskaf",)),
    ],
    "xh": [
        CreditExample("Umfanekiso: Sipho Mthembu/Gallo Images", ("Sipho Mthembu",), ("gallo-images",)),
        CreditExample("Ifoto: Nomsa Dlamini/AFP", ("Nomsa Dlamini",), ("afp",)),
    ],
    "sw": [
        CreditExample("Picha: Juma Mwakyusa/AFP", ("Juma Mwakyusa",), ("afp",)),
        CreditExample("Picha: Maktaba", (), (), ("maktaba",)),
        CreditExample("Picha: Amina Hassan/Reuters", ("Amina Hassan",), ("reuters",)),
    ],
    "tl": [
        CreditExample("Larawan: Maria Santos/PNA", ("Maria Santos",), ("pna",)),
        CreditExample("Kuha ni Jose Reyes/AFP", ("Jose Reyes",), ("afp",)),
    ],
    "bn": [
        CreditExample("ছবি: Rafiq Ahmed/AFP", ("Rafiq Ahmed",), ("afp",)),
        CreditExample("ছবি: সংগৃহীত", (), (), ("সংগৃহীত",)),
        CreditExample("ছবি: BSS", (), ("bss",)),
        CreditExample("ছবি: বাসস", (), ("bss",)),
        CreditExample("ছবি: এএফপি", (), ("afp",)),
    ],
    "ur": [
        CreditExample("تصویر: Ali Raza/AFP", ("Ali Raza",), ("afp",)),
        CreditExample("فوٹو: فائل", (), (), ("فائل",)),
        CreditExample("فوٹو: APP", (), ("app",)),
        CreditExample("تصویر: اے ایف پی", (), ("afp",)),
    ],
    "ta": [
        CreditExample("படம்: Ravi Kumar/AFP", ("Ravi Kumar",), ("afp",)),
        CreditExample("படம்: PTI", (), ("pti",)),
    ],
    "ka": [
        CreditExample("ფოტო: Giorgi Beridze/Reuters", ("Giorgi Beridze",), ("reuters",)),
        CreditExample("ფოტო: არქივი", (), (), ("არქივი",)),
    ],
    "hy": [
        CreditExample("Լուսանկարը: Armenpress", (), ("armenpress",)),
        CreditExample("Լուսանկար: Aram Petrosyan/AFP", ("Aram Petrosyan",), ("afp",)),
    ],
    "az": [
        CreditExample("Foto: Elvin Məmmədov/AZERTAC", ("Elvin Məmmədov",), ("azertac",)),
        CreditExample("Şəkil: Leyla Əliyeva/Reuters", ("Leyla Əliyeva",), ("reuters",)),
        CreditExample("Foto: arxiv", (), (), ("arxiv",)),
    ],
    "kk": [
        CreditExample("Сурет: Kazinform", (), ("kazinform",)),
        CreditExample("Фото: Қазақпарат", (), ("kazinform",)),
        CreditExample("Фото: Айгүл Сейітова/AFP", ("Айгүл Сейітова",), ("afp",)),
    ],
    "sq": [
        CreditExample("Foto: Arben Hoxha/AFP", ("Arben Hoxha",), ("afp",)),
        CreditExample("Burimi: Reuters", (), ("reuters",)),
        CreditExample("Foto: Elira Krasniqi/arkivi", ("Elira Krasniqi",), (), ("arkivi",)),
    ],
    "mk": [
        CreditExample("Фото: Ана Стојанова/Reuters", ("Ана Стојанова",), ("reuters",)),
        CreditExample("Фотографија: Марко Петровски/AFP", ("Марко Петровски",), ("afp",)),
        CreditExample("Фото: архива", (), (), ("архива",)),
        CreditExample("Фото: МИА", (), ("mia",)),
    ],
    "gl": [
        CreditExample("Foto: Xoán Pereira/Europa Press", ("Xoán Pereira",), ("europa-press",)),
        CreditExample("Imaxe: Uxía Castro/EFE", ("Uxía Castro",), ("efe",)),
        CreditExample("Foto: Cedida", (), (), ("cedida",)),
    ],
    "eu": [
        CreditExample("Argazkia: Iñaki Etxeberria/EFE", ("Iñaki Etxeberria",), ("efe",)),
        CreditExample("Irudia: Ane Goikoetxea/Europa Press", ("Ane Goikoetxea",), ("europa-press",)),
        CreditExample("Argazkia: Artxiboa", (), (), ("artxiboa",)),
    ],
    "cy": [
        CreditExample("Llun: Rhys Jones/PA", ("Rhys Jones",), ("pa",)),
        CreditExample("Ffynhonnell y llun, Getty Images", (), ("getty-images",)),
        CreditExample("Llun: Archif", (), (), ("archif",)),
    ],
    "uz": [
        CreditExample("Foto: Dilshod Karimov/UzA", ("Dilshod Karimov",), ("uza",)),
        CreditExample("Surat: arxiv", (), (), ("arxiv",)),
    ],
    "be": [
        CreditExample("Фота: Алесь Петрыкевіч/БелТА", ("Алесь Петрыкевіч",), ("belta",)),
        CreditExample("Фота: асабісты архіў", (), (), ("асабісты архіў",)),
    ],
    "mt": [
        CreditExample("Ritratt: Ġorġ Camilleri/Reuters", ("Ġorġ Camilleri",), ("reuters",)),
    ],
    "ne": [
        CreditExample("तस्बिर: Ram Thapa/AFP", ("Ram Thapa",), ("afp",)),
    ],
    "mr": [
        CreditExample("छायाचित्र: PTI", (), ("pti",)),
        CreditExample("फोटो: संग्रहित छायाचित्र", (), (), ("संग्रहित छायाचित्र",)),
    ],
    "ml": [
        CreditExample("ചിത്രം: Anil Kumar/PTI", ("Anil Kumar",), ("pti",)),
        CreditExample("ചിത്രം: ഫയൽ ചിത്രം", (), (), ("ഫയൽ ചിത്രം",)),
    ],
    "te": [
        CreditExample("ఫోటో: Srinivas Rao/ANI", ("Srinivas Rao",), ("ani",)),
        CreditExample("ఫోటో: ఫైల్ ఫోటో", (), (), ("ఫైల్ ఫోటో",)),
    ],
    "kn": [
        CreditExample("ಚಿತ್ರ: Manjunath Gowda/PTI", ("Manjunath Gowda",), ("pti",)),
        CreditExample("ಚಿತ್ರ: ಸಂಗ್ರಹ ಚಿತ್ರ", (), (), ("ಸಂಗ್ರಹ ಚಿತ್ರ",)),
    ],
    "gu": [
        CreditExample("તસવીર: Hitesh Patel/PTI", ("Hitesh Patel",), ("pti",)),
        CreditExample("તસવીર: ફાઇલ ફોટો", (), (), ("ફાઇલ ફોટો",)),
    ],
    "pa": [
        CreditExample("ਤਸਵੀਰ: Gurpreet Singh/PTI", ("Gurpreet Singh",), ("pti",)),
        CreditExample("ਤਸਵੀਰ: ਫਾਈਲ ਫੋਟੋ", (), (), ("ਫਾਈਲ ਫੋਟੋ",)),
    ],
    "mn": [
        CreditExample("Гэрэл зураг: МОНЦАМЭ", (), ("montsame",)),
        CreditExample("Гэрэл зураг: Бат-Эрдэнэ Болд/Reuters", ("Бат-Эрдэнэ Болд",), ("reuters",)),
    ],
    "am": [
        CreditExample("ፎቶ: Dawit Bekele/AFP", ("Dawit Bekele",), ("afp",)),
        CreditExample("ምስል: Reuters", (), ("reuters",)),
    ],
    "ha": [
        CreditExample("Asalin hoton, Getty Images", (), ("getty-images",)),
        CreditExample("Asalin hoton: Musa Abdullahi/AFP", ("Musa Abdullahi",), ("afp",)),
    ],
    "so": [
        CreditExample("Sawirka: Cabdi Maxamed/AFP", ("Cabdi Maxamed",), ("afp",)),
        CreditExample("Sawir: SONNA", (), ("sonna",)),
    ],
    "ky": [
        CreditExample("Сүрөт: Кабар", (), ("kabar",)),
        CreditExample("Сүрөт: Айбек Токтогулов/AFP", ("Айбек Токтогулов",), ("afp",)),
    ],
    "tg": [
        CreditExample("Акс: Ховар", (), ("khovar",)),
        CreditExample("Акс: Фирдавс Раҳимов/AFP", ("Фирдавс Раҳимов",), ("afp",)),
    ],
    "ku": [
        CreditExample("Wêne: Rudaw", (), ("rudaw",)),
        CreditExample("Wêne: Azad Şêxo/AFP", ("Azad Şêxo",), ("afp",)),
    ],
    # Greek was bundled already: checked here end to end with the new ones.
    "el": [
        CreditExample("Φωτογραφία: Γιώργος Παπαδόπουλος/ΑΠΕ-ΜΠΕ", ("Γιώργος Παπαδόπουλος",), ("ana-mpa",)),
        CreditExample("Φωτογραφία: Νίκος Αλεξίου/Reuters", ("Νίκος Αλεξίου",), ("reuters",)),
        CreditExample("Φωτογραφία: αρχείου", (), (), ("αρχείου",)),
    ],
    "ga": [
        CreditExample("Grianghraf: Seán Ó Briain/Sportsfile", ("Seán Ó Briain",), ("sportsfile",)),
        CreditExample("Pictiúr: Reuters", (), ("reuters",)),
    ],
    "km": [  # the label closed by the Khmer colon
        CreditExample("រូបថត៖ Sok Dara/AFP", ("Sok Dara",), ("afp",)),
        CreditExample("រូបភាព៖ Reuters", (), ("reuters",)),
    ],
    "my": [  # "photo - source"
        CreditExample("ဓာတ်ပုံ - Aung Kyaw/AFP", ("Aung Kyaw",), ("afp",)),
        CreditExample("ဓာတ်ပုံ - Reuters", (), ("reuters",)),
    ],
}


@pytest.mark.parametrize(
    "row", [pytest.param(row, id=f"{code}:{row.text[:28]}") for code, rows in CREDITS.items() for row in rows]
)
def test_credit_parses_creator_agency_and_role(row: CreditExample) -> None:
    credit = mediakit.parse_credit(row.text)
    assert tuple(credit.creators) == row.creators
    assert tuple(agency.id for agency in credit.agencies) == row.agencies
    for role in row.roles:
        assert role.casefold() in {r.casefold() for r in credit.roles}
    # The label word is stripped (contract: credit "without label words").
    assert credit.credit == _without_label(row.text)


# Credits whose label is not "<label>: ": what is left once it is stripped.
LABEL_WITHOUT_COLON = {
    "Nuotr. Jonas Petraitis/ELTA": "Jonas Petraitis/ELTA",
    "Roko Medonio / BNS nuotr.": "Roko Medonio / BNS",
    "Nuotr. Tomas Vaitkus / asmeninis archyvas": "Tomas Vaitkus / asmeninis archyvas",
    "Kuha ni Jose Reyes/AFP": "Jose Reyes/AFP",
    "Ffynhonnell y llun, Getty Images": "Getty Images",
    "Asalin hoton, Getty Images": "Getty Images",
    "រូបថត៖ Sok Dara/AFP": "Sok Dara/AFP",
    "រូបភាព៖ Reuters": "Reuters",
    "ဓာတ်ပုံ - Aung Kyaw/AFP": "Aung Kyaw/AFP",
    "ဓာတ်ပုံ - Reuters": "Reuters",
}


def _without_label(text: str) -> str:
    return LABEL_WITHOUT_COLON.get(text) or text.split(":", 1)[1].strip()


# ---------------------------------------------------------------------------
# Caption lines: "<caption sentence>. <label>: Name/AGENCY"
# ---------------------------------------------------------------------------

CAPTIONS: dict[str, list[CaptionExample]] = {
    "lt": [CaptionExample("Ugniagesiai gesina gaisrą Vilniaus senamiestyje. Nuotr. Jonas Petraitis/AFP",
                          "Ugniagesiai gesina gaisrą Vilniaus senamiestyje.", "Jonas Petraitis/AFP")],
    "lv": [CaptionExample("Glābēji izceļ laivu no upes pie Jelgavas. Foto: Ieva Bērziņa/LETA",
                          "Glābēji izceļ laivu no upes pie Jelgavas.", "Ieva Bērziņa/LETA")],
    "et": [CaptionExample("Päästjad kontrollivad tormis kahjustatud katust Tartus. Foto: Mart Tamm/AFP",
                          "Päästjad kontrollivad tormis kahjustatud katust Tartus.", "Mart Tamm/AFP")],
    "sl": [CaptionExample("Gasilci črpajo vodo iz zalite kleti v Celju. Foto: Jure Novak/STA",
                          "Gasilci črpajo vodo iz zalite kleti v Celju.", "Jure Novak/STA")],
    "is": [CaptionExample("Hraun rennur yfir veginn við Grindavík. Ljósmynd: Sigurður Ólafsson/AFP",
                          "Hraun rennur yfir veginn við Grindavík.", "Sigurður Ólafsson/AFP")],
    "af": [CaptionExample("Brandweermanne blus 'n veldbrand naby Stellenbosch. Foto: Annelie Botha/AFP",
                          "Brandweermanne blus 'n veldbrand naby Stellenbosch.", "Annelie Botha/AFP")],
    "xh": [CaptionExample("Abafundi bahamba besiya esikolweni eGqeberha. Umfanekiso: Sipho Mthembu/AFP",
                          "Abafundi bahamba besiya esikolweni eGqeberha.", "Sipho Mthembu/AFP")],
    "sw": [CaptionExample("Wakazi wakivuka mto uliofurika karibu na Morogoro. Picha: Juma Mwakyusa/AFP",
                          "Wakazi wakivuka mto uliofurika karibu na Morogoro.", "Juma Mwakyusa/AFP")],
    "tl": [CaptionExample("Lumilikas ang mga residente mula sa binahang barangay sa Marikina. Larawan: Maria Santos/PNA",
                          "Lumilikas ang mga residente mula sa binahang barangay sa Marikina.", "Maria Santos/PNA")],
    "bn": [CaptionExample("ঢাকার একটি সড়কে জমে থাকা পানি পার হচ্ছেন পথচারীরা। ছবি: Rafiq Ahmed/AFP",
                          "ঢাকার একটি সড়কে জমে থাকা পানি পার হচ্ছেন পথচারীরা।", "Rafiq Ahmed/AFP")],
    "ur": [CaptionExample("لاہور میں بارش کے بعد سڑک پر کھڑا پانی۔ تصویر: Ali Raza/AFP",
                          "لاہور میں بارش کے بعد سڑک پر کھڑا پانی۔", "Ali Raza/AFP")],
    "ta": [CaptionExample("சென்னையில் மழைநீர் தேங்கிய சாலையில் செல்லும் வாகனங்கள். படம்: Ravi Kumar/AFP",
                          "சென்னையில் மழைநீர் தேங்கிய சாலையில் செல்லும் வாகனங்கள்.", "Ravi Kumar/AFP")],
    "ka": [CaptionExample("მაშველები თბილისში დაზიანებულ შენობას ათვალიერებენ. ფოტო: Giorgi Beridze/Reuters",
                          "მაშველები თბილისში დაზიანებულ შენობას ათვალიერებენ.", "Giorgi Beridze/Reuters")],
    "hy": [CaptionExample("Փրկարարները Երևանում մաքրում են ձյունը։ Լուսանկարը: Armenpress",
                          "Փրկարարները Երևանում մաքրում են ձյունը։", "Armenpress")],
    "az": [CaptionExample("Bakıda güclü külək ağacları aşırıb. Foto: Elvin Məmmədov/AZERTAC",
                          "Bakıda güclü külək ağacları aşırıb.", "Elvin Məmmədov/AZERTAC")],
    "kk": [CaptionExample("Астанада қар тазалау жұмыстары жүріп жатыр. Сурет: Kazinform",
                          "Астанада қар тазалау жұмыстары жүріп жатыр.", "Kazinform")],
    "sq": [CaptionExample("Zjarrfikësit shuajnë një zjarr pranë Vlorës. Foto: Arben Hoxha/AFP",
                          "Zjarrfikësit shuajnë një zjarr pranë Vlorës.", "Arben Hoxha/AFP")],
    "mk": [CaptionExample("Пожарникари гаснат пожар во близина на Охрид. Фото: Марко Петровски/AFP",
                          "Пожарникари гаснат пожар во близина на Охрид.", "Марко Петровски/AFP")],
    "gl": [CaptionExample("Os bombeiros traballan na extinción do lume en Ourense. Foto: Xoán Pereira/Europa Press",
                          "Os bombeiros traballan na extinción do lume en Ourense.", "Xoán Pereira/Europa Press")],
    "eu": [CaptionExample("Suhiltzaileak sutea itzaltzen Bilboko auzo batean. Argazkia: Iñaki Etxeberria/EFE",
                          "Suhiltzaileak sutea itzaltzen Bilboko auzo batean.", "Iñaki Etxeberria/EFE")],
    "cy": [CaptionExample("Dŵr yn llifo dros y ffordd ger Pontypridd fore Sul. Llun: Rhys Jones/PA",
                          "Dŵr yn llifo dros y ffordd ger Pontypridd fore Sul.", "Rhys Jones/PA")],
    "uz": [CaptionExample("Qutqaruvchilar Toshkentda qulagan daraxtni olib tashlamoqda. Foto: Dilshod Karimov/UzA",
                          "Qutqaruvchilar Toshkentda qulagan daraxtni olib tashlamoqda.", "Dilshod Karimov/UzA")],
    "be": [CaptionExample("Ратавальнікі прыбіраюць паваленае дрэва ў Мінску. Фота: Алесь Петрыкевіч/БелТА",
                          "Ратавальнікі прыбіраюць паваленае дрэва ў Мінску.", "Алесь Петрыкевіч/БелТА")],
    "mt": [CaptionExample("Il-pompiera jneħħu siġra li waqgħet f'Ħal Qormi. Ritratt: Ġorġ Camilleri/Reuters",
                          "Il-pompiera jneħħu siġra li waqgħet f'Ħal Qormi.", "Ġorġ Camilleri/Reuters")],
    "ne": [CaptionExample("काठमाडौंमा ढलेको रुख हटाउँदै प्रहरी। तस्बिर: Ram Thapa/AFP",
                          "काठमाडौंमा ढलेको रुख हटाउँदै प्रहरी।", "Ram Thapa/AFP")],
    "mr": [CaptionExample("पुण्यात कोसळलेले झाड हटवताना अग्निशमन दलाचे जवान. छायाचित्र: Sachin Patil/PTI",
                          "पुण्यात कोसळलेले झाड हटवताना अग्निशमन दलाचे जवान.", "Sachin Patil/PTI")],
    "ml": [CaptionExample("കൊച്ചിയിൽ കടപുഴകിയ മരം നീക്കം ചെയ്യുന്ന അഗ്നിശമന സേനാംഗങ്ങൾ. ചിത്രം: Anil Kumar/PTI",
                          "കൊച്ചിയിൽ കടപുഴകിയ മരം നീക്കം ചെയ്യുന്ന അഗ്നിശമന സേനാംഗങ്ങൾ.", "Anil Kumar/PTI")],
    "te": [CaptionExample("విజయవాడలో కూలిన చెట్టును తొలగిస్తున్న అగ్నిమాపక సిబ్బంది. ఫోటో: Srinivas Rao/PTI",
                          "విజయవాడలో కూలిన చెట్టును తొలగిస్తున్న అగ్నిమాపక సిబ్బంది.", "Srinivas Rao/PTI")],
    "kn": [CaptionExample("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಉರುಳಿದ ಮರವನ್ನು ತೆರವುಗೊಳಿಸುತ್ತಿರುವ ಸಿಬ್ಬಂದಿ. ಚಿತ್ರ: Manjunath Gowda/PTI",
                          "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಉರುಳಿದ ಮರವನ್ನು ತೆರವುಗೊಳಿಸುತ್ತಿರುವ ಸಿಬ್ಬಂದಿ.", "Manjunath Gowda/PTI")],
    "gu": [CaptionExample("અમદાવાદમાં ધરાશાયી થયેલું વૃક્ષ હટાવતા ફાયર બ્રિગેડના જવાનો. તસવીર: Hitesh Patel/PTI",
                          "અમદાવાદમાં ધરાશાયી થયેલું વૃક્ષ હટાવતા ફાયર બ્રિગેડના જવાનો.", "Hitesh Patel/PTI")],
    "pa": [CaptionExample("ਲੁਧਿਆਣਾ ਵਿੱਚ ਡਿੱਗੇ ਦਰੱਖਤ ਨੂੰ ਹਟਾਉਂਦੇ ਹੋਏ ਕਰਮਚਾਰੀ। ਤਸਵੀਰ: Gurpreet Singh/PTI",
                          "ਲੁਧਿਆਣਾ ਵਿੱਚ ਡਿੱਗੇ ਦਰੱਖਤ ਨੂੰ ਹਟਾਉਂਦੇ ਹੋਏ ਕਰਮਚਾਰੀ।", "Gurpreet Singh/PTI")],
    "mn": [CaptionExample("Аврагчид Улаанбаатарт унасан модыг огтолж байна. Гэрэл зураг: Бат-Эрдэнэ Болд/Reuters",
                          "Аврагчид Улаанбаатарт унасан модыг огтолж байна.", "Бат-Эрдэнэ Болд/Reuters")],
    "am": [CaptionExample("በአዲስ አበባ የወደቀን ዛፍ የሚያነሱ የእሳት አደጋ ሠራተኞች። ፎቶ: Dawit Bekele/AFP",
                          "በአዲስ አበባ የወደቀን ዛፍ የሚያነሱ የእሳት አደጋ ሠራተኞች።", "Dawit Bekele/AFP")],
    "ha": [CaptionExample("Ma'aikatan kashe gobara suna cire bishiyar da ta faɗi a Kano. Asalin hoton: Musa Abdullahi/AFP",
                          "Ma'aikatan kashe gobara suna cire bishiyar da ta faɗi a Kano.", "Musa Abdullahi/AFP")],
    "so": [CaptionExample("Shaqaalaha gurmadka oo ka saaraya geed dhacay Muqdisho. Sawirka: Cabdi Maxamed/AFP",
                          "Shaqaalaha gurmadka oo ka saaraya geed dhacay Muqdisho.", "Cabdi Maxamed/AFP")],
    "ky": [CaptionExample("Куткаруучулар Бишкекте кулаган бакты кесип жатышат. Сүрөт: Кабар",
                          "Куткаруучулар Бишкекте кулаган бакты кесип жатышат.", "Кабар")],
    "tg": [CaptionExample("Наҷотдиҳандагон дарахти афтодаро дар Душанбе мебуранд. Акс: Фирдавс Раҳимов/AFP",
                          "Наҷотдиҳандагон дарахти афтодаро дар Душанбе мебуранд.", "Фирдавс Раҳимов/AFP")],
    "ku": [CaptionExample("Karkerên rizgariyê dara ku li Amedê ketiye jê dikin. Wêne: Azad Şêxo/AFP",
                          "Karkerên rizgariyê dara ku li Amedê ketiye jê dikin.", "Azad Şêxo/AFP")],
    "el": [CaptionExample("Πυροσβέστες σβήνουν φωτιά κοντά στην Αθήνα. Φωτογραφία: Νίκος Αλεξίου/Reuters",
                          "Πυροσβέστες σβήνουν φωτιά κοντά στην Αθήνα.", "Νίκος Αλεξίου/Reuters")],
    "ga": [CaptionExample("Imreoirí na Gaillimhe ag ceiliúradh i bPáirc an Chrócaigh. Grianghraf: Seán Ó Briain/Sportsfile",
                          "Imreoirí na Gaillimhe ag ceiliúradh i bPáirc an Chrócaigh.", "Seán Ó Briain/Sportsfile")],
    "km": [CaptionExample("ក្រុមសង្គ្រោះកាត់ដើមឈើដែលរលំនៅភ្នំពេញ។ រូបថត៖ Sok Dara/AFP",
                          "ក្រុមសង្គ្រោះកាត់ដើមឈើដែលរលំនៅភ្នំពេញ។", "Sok Dara/AFP")],
    "my": [CaptionExample("ရန်ကုန်တွင် လဲကျနေသော သစ်ပင်ကို ဖယ်ရှားနေသော ကယ်ဆယ်ရေးသမားများ (ဓာတ်ပုံ - Aung Kyaw/AFP)",
                          "ရန်ကုန်တွင် လဲကျနေသော သစ်ပင်ကို ဖယ်ရှားနေသော ကယ်ဆယ်ရေးသမားများ", "Aung Kyaw/AFP")],
}


@pytest.mark.parametrize(
    "row", [pytest.param(row, id=f"{code}") for code, rows in CAPTIONS.items() for row in rows]
)
def test_caption_line_splits_caption_and_credit(row: CaptionExample) -> None:
    split = mediakit.split_caption(row.text)
    assert split.caption == row.caption
    assert split.credit is not None and split.credit.credit == row.credit


# ---------------------------------------------------------------------------
# Plain-text articles: one captioned picture between two paragraphs, and an agency
# quoted as a source in the body (the hard negative) that must stay in the body.
# ---------------------------------------------------------------------------

ARTICLES: dict[str, ArticleExample] = {
    "lt": ArticleExample(
        "Vilniuje per audrą nuvirto dešimtys medžių",
        "Stiprus vėjas antradienio vakarą išvertė daugiau kaip trisdešimt medžių, o kai kuriose gatvėse "
        "kelias valandas nebuvo elektros. Ugniagesiai dirbo visą naktį, kad atlaisvintų kelius.",
        "Ugniagesiai pjausto nuvirtusį medį Žirmūnuose. Nuotr. Jonas Petraitis/ELTA",
        "Savivaldybė ragina gyventojus nestatyti automobilių po senais medžiais, kol nepraeis audra. "
        "Sinoptikai prognozuoja, kad vėjas nurims tik ketvirtadienį, tačiau lietus dar tęsis.",
        "Nukentėjusių žmonių nėra, pranešė ELTA.",
        "Ugniagesiai pjausto nuvirtusį medį Žirmūnuose.", "Jonas Petraitis/ELTA"),
    "lv": ArticleExample(
        "Rīgā vētra nogāza desmitiem koku",
        "Spēcīgs vējš otrdienas vakarā nogāza vairāk nekā trīsdesmit kokus, un vairākās ielās dažas "
        "stundas nebija elektrības. Ugunsdzēsēji strādāja visu nakti, lai atbrīvotu ceļus.",
        "Ugunsdzēsēji zāģē nokritušu koku Teikā. Foto: Ieva Bērziņa/LETA",
        "Pašvaldība aicina iedzīvotājus neatstāt automašīnas zem veciem kokiem, kamēr vētra nav beigusies. "
        "Sinoptiķi prognozē, ka vējš pierims tikai ceturtdien, bet lietus vēl turpināsies.",
        "Cietušo nav, vēsta LETA.",
        "Ugunsdzēsēji zāģē nokritušu koku Teikā.", "Ieva Bērziņa/LETA"),
    "et": ArticleExample(
        "Torm murdis Tallinnas kümneid puid",
        "Tugev tuul murdis teisipäeva õhtul üle kolmekümne puu ning mitmel tänaval polnud mitu tundi "
        "elektrit. Päästjad töötasid terve öö, et teed uuesti sõidetavaks teha.",
        "Päästjad saagivad Kadriorus murdunud puud. Foto: Mart Tamm/AFP",
        "Linnavalitsus palub elanikel mitte jätta autosid vanade puude alla seni, kuni torm pole "
        "vaibunud. Ilmateenistuse sõnul rahuneb tuul alles neljapäeval, kuid vihma sajab edasi.",
        "Kannatanuid ei ole, teatas BNS.",
        "Päästjad saagivad Kadriorus murdunud puud.", "Mart Tamm/AFP"),
    "sl": ArticleExample(
        "Neurje v Ljubljani podrlo več deset dreves",
        "Močan veter je v torek zvečer podrl več kot trideset dreves, v nekaterih ulicah pa več ur ni "
        "bilo elektrike. Gasilci so vso noč delali, da bi sprostili ceste.",
        "Gasilci žagajo podrto drevo v Šiški. Foto: Jure Novak/STA",
        "Občina prebivalce poziva, naj avtomobilov ne puščajo pod starimi drevesi, dokler neurje ne "
        "mine. Vremenoslovci napovedujejo, da se bo veter umiril šele v četrtek, dež pa bo še padal.",
        "Poškodovanih ni, poroča STA.",
        "Gasilci žagajo podrto drevo v Šiški.", "Jure Novak/STA"),
    "is": ArticleExample(
        "Óveður felldi tugi trjáa í Reykjavík",
        "Hvassviðri felldi meira en þrjátíu tré á þriðjudagskvöld og rafmagnslaust var í nokkrum götum "
        "í marga klukkutíma. Björgunarsveitir unnu alla nóttina við að ryðja vegi.",
        "Björgunarsveitarmenn saga niður fallið tré í Vesturbæ. Mynd: Guðrún Jónsdóttir/AFP",
        "Borgin biður íbúa um að leggja ekki bílum undir gömlum trjám á meðan óveðrið gengur yfir. "
        "Veðurfræðingar spá því að vindinn lægi ekki fyrr en á fimmtudag en að áfram rigni.",
        "Enginn slasaðist, að sögn AFP.",
        "Björgunarsveitarmenn saga niður fallið tré í Vesturbæ.", "Guðrún Jónsdóttir/AFP"),
    "af": ArticleExample(
        "Storm ruk dosyne bome in Kaapstad uit",
        "'n Sterk wind het Dinsdagaand meer as dertig bome uitgeruk en in verskeie strate was daar "
        "vir ure geen krag nie. Brandweerspanne het die hele nag gewerk om die paaie oop te maak.",
        "Brandweermanne saag 'n omgevalle boom in Rondebosch. Foto: Annelie Botha/AFP",
        "Die stadsraad vra inwoners om nie hul motors onder ou bome te parkeer totdat die storm verby is "
        "nie. Weervoorspellers verwag dat die wind eers Donderdag sal bedaar, maar dit sal aanhou reën.",
        "Niemand is beseer nie, berig News24.",
        "Brandweermanne saag 'n omgevalle boom in Rondebosch.", "Annelie Botha/AFP"),
    "xh": ArticleExample(
        "Isiphango sidiliza imithi eKapa",
        "Umoya onamandla uwise imithi engaphezu kwamashumi amathathu ngoLwesibini kwaye abantu abaninzi "
        "bebengenawo umbane iiyure ezininzi. Abacimi-mlilo basebenze ubusuku bonke ukuze bavule iindlela.",
        "Abacimi-mlilo basusa umthi owileyo eLanga. Umfanekiso: Sipho Mthembu/AFP",
        "Umasipala ucela abantu ukuba bangazipaki iimoto phantsi kwemithi emidala kude kudlule isiphango. "
        "Ngokutsho kweengcali zemozulu, umoya uza kuthoba ngoLwesine kodwa imvula iza kuqhubeka.",
        "Akukho mntu wenzakeleyo, ngokutsho kwe AFP.",
        "Abacimi-mlilo basusa umthi owileyo eLanga.", "Sipho Mthembu/AFP"),
    "sw": ArticleExample(
        "Dhoruba yaangusha miti Dar es Salaam",
        "Upepo mkali uliangusha zaidi ya miti thelathini Jumanne jioni na mitaa kadhaa ilikosa umeme kwa "
        "saa nyingi. Wazimamoto walifanya kazi usiku kucha ili kufungua barabara.",
        "Wazimamoto wakiondoa mti ulioanguka Kinondoni. Picha: Juma Mwakyusa/AFP",
        "Halmashauri imewaomba wakazi wasiegeshe magari chini ya miti mizee hadi dhoruba itakapopita. "
        "Wataalamu wa hali ya hewa wanasema upepo utapungua Alhamisi lakini mvua itaendelea kunyesha.",
        "Hakuna aliyejeruhiwa, kwa mujibu wa AFP.",
        "Wazimamoto wakiondoa mti ulioanguka Kinondoni.", "Juma Mwakyusa/AFP"),
    "tl": ArticleExample(
        "Bagyo, nagpatumba ng mga puno sa Maynila",
        "Malakas na hangin ang nagpatumba sa mahigit tatlumpung puno noong Martes ng gabi at ilang kalye "
        "ang nawalan ng kuryente nang ilang oras. Buong gabing nagtrabaho ang mga bumbero upang buksan ang daan.",
        "Pinuputol ng mga bumbero ang natumbang puno sa Sampaloc. Larawan: Maria Santos/PNA",
        "Nanawagan ang pamahalaang lungsod sa mga residente na huwag iparada ang kanilang sasakyan sa "
        "ilalim ng matatandang puno hanggang lumipas ang bagyo. Inaasahang hihina ang hangin sa Huwebes.",
        "Walang nasaktan sa insidente, ayon sa PNA.",
        "Pinuputol ng mga bumbero ang natumbang puno sa Sampaloc.", "Maria Santos/PNA"),
    "bn": ArticleExample(
        "ঝড়ে ঢাকায় কয়েক ডজন গাছ উপড়ে পড়েছে",
        "মঙ্গলবার সন্ধ্যায় প্রবল বাতাসে ত্রিশটিরও বেশি গাছ উপড়ে পড়ে এবং কয়েকটি সড়কে কয়েক ঘণ্টা বিদ্যুৎ ছিল না। "
        "রাস্তা পরিষ্কার করতে ফায়ার সার্ভিসের কর্মীরা সারা রাত কাজ করেছেন।",
        "ধানমন্ডিতে উপড়ে পড়া গাছ কাটছেন ফায়ার সার্ভিসের কর্মীরা। ছবি: Rafiq Ahmed/AFP",
        "ঝড় না থামা পর্যন্ত পুরোনো গাছের নিচে গাড়ি না রাখতে বাসিন্দাদের অনুরোধ করেছে সিটি করপোরেশন। "
        "আবহাওয়াবিদেরা বলছেন, বৃহস্পতিবার বাতাস কমবে, তবে বৃষ্টি চলতে থাকবে।",
        "এ ঘটনায় কেউ আহত হননি বলে জানিয়েছে BSS।",
        "ধানমন্ডিতে উপড়ে পড়া গাছ কাটছেন ফায়ার সার্ভিসের কর্মীরা।", "Rafiq Ahmed/AFP"),
    "ur": ArticleExample(
        "طوفان سے لاہور میں درجنوں درخت گر گئے",
        "منگل کی شام تیز ہوا سے تیس سے زیادہ درخت گر گئے اور کئی سڑکوں پر کئی گھنٹے بجلی نہیں رہی۔ "
        "امدادی کارکن رات بھر راستے صاف کرنے میں مصروف رہے۔",
        "گلبرگ میں گرے ہوئے درخت کو کاٹا جا رہا ہے۔ تصویر: Ali Raza/AFP",
        "انتظامیہ نے شہریوں سے کہا ہے کہ طوفان گزرنے تک پرانے درختوں کے نیچے گاڑیاں کھڑی نہ کریں۔ "
        "محکمہ موسمیات کے مطابق جمعرات کو ہوا کم ہو جائے گی لیکن بارش جاری رہے گی۔",
        "کوئی شخص زخمی نہیں ہوا، بحوالہ APP۔",
        "گلبرگ میں گرے ہوئے درخت کو کاٹا جا رہا ہے۔", "Ali Raza/AFP"),
    "ta": ArticleExample(
        "புயலால் சென்னையில் பல மரங்கள் சாய்ந்தன",
        "செவ்வாய்க்கிழமை மாலை வீசிய பலத்த காற்றில் முப்பதுக்கும் மேற்பட்ட மரங்கள் சாய்ந்தன, பல தெருக்களில் "
        "பல மணி நேரம் மின்சாரம் இல்லை. சாலைகளைச் சரிசெய்ய தீயணைப்பு வீரர்கள் இரவு முழுவதும் பணியாற்றினர்.",
        "அடையாறில் சாய்ந்த மரத்தை அகற்றும் தீயணைப்பு வீரர்கள். படம்: Ravi Kumar/AFP",
        "புயல் கடந்து செல்லும் வரை பழைய மரங்களின் கீழ் வாகனங்களை நிறுத்த வேண்டாம் என்று மாநகராட்சி "
        "கேட்டுக்கொண்டுள்ளது. வியாழக்கிழமை காற்று குறையும், ஆனால் மழை தொடரும் என்று வானிலை மையம் கூறியது.",
        "இதில் யாரும் காயமடையவில்லை என PTI தெரிவித்துள்ளது.",
        "அடையாறில் சாய்ந்த மரத்தை அகற்றும் தீயணைப்பு வீரர்கள்.", "Ravi Kumar/AFP"),
    "ka": ArticleExample(
        "ქარიშხალმა თბილისში ათობით ხე წააქცია",
        "სამშაბათ საღამოს ძლიერმა ქარმა ოცდაათზე მეტი ხე წააქცია და რამდენიმე ქუჩაში რამდენიმე საათის "
        "განმავლობაში დენი არ იყო. მაშველები მთელი ღამე მუშაობდნენ გზების გასათავისუფლებლად.",
        "მაშველები ვაკეში წაქცეულ ხეს ჭრიან. ფოტო: Giorgi Beridze/Reuters",
        "მერია მოსახლეობას სთხოვს, ქარიშხლის დასრულებამდე მანქანები ძველი ხეების ქვეშ არ გააჩერონ. "
        "სინოპტიკოსების თქმით, ქარი მხოლოდ ხუთშაბათს ჩადგება, წვიმა კი გაგრძელდება.",
        "დაშავებული არავინაა, იტყობინება Interpressnews.",
        "მაშველები ვაკეში წაქცეულ ხეს ჭრიან.", "Giorgi Beridze/Reuters"),
    "hy": ArticleExample(
        "Փոթորիկը Երևանում տասնյակ ծառեր է տապալել",
        "Երեքշաբթի երեկոյան ուժեղ քամին տապալել է ավելի քան երեսուն ծառ, և մի քանի փողոցներում մի քանի "
        "ժամ հոսանք չի եղել։ Փրկարարները ամբողջ գիշեր աշխատել են ճանապարհները մաքրելու համար։",
        "Փրկարարները կտրում են տապալված ծառը Կենտրոնում։ Լուսանկարը: Armenpress",
        "Քաղաքապետարանը բնակիչներին խնդրում է մինչև փոթորկի ավարտը մեքենաները չկայանել հին ծառերի տակ։ "
        "Օդերևութաբանների խոսքով՝ քամին կթուլանա միայն հինգշաբթի, իսկ անձրևը կշարունակվի։",
        "Տուժածներ չկան, հաղորդում է Armenpress։",
        "Փրկարարները կտրում են տապալված ծառը Կենտրոնում։", "Armenpress"),
    "az": ArticleExample(
        "Bakıda güclü külək onlarla ağacı aşırıb",
        "Çərşənbə axşamı güclü külək otuzdan çox ağacı aşırıb və bir neçə küçədə saatlarla elektrik "
        "olmayıb. Xilasedicilər yolları təmizləmək üçün bütün gecə işləyiblər.",
        "Xilasedicilər Nəsimi rayonunda aşan ağacı kəsirlər. Foto: Elvin Məmmədov/AZERTAC",
        "Bələdiyyə sakinlərdən xahiş edir ki, fırtına keçənə qədər avtomobilləri köhnə ağacların altında "
        "saxlamasınlar. Sinoptiklərin sözlərinə görə, külək yalnız cümə axşamı səngiyəcək, yağış isə davam edəcək.",
        "Xəsarət alan yoxdur, AZERTAC xəbər verir.",
        "Xilasedicilər Nəsimi rayonunda aşan ağacı kəsirlər.", "Elvin Məmmədov/AZERTAC"),
    "kk": ArticleExample(
        "Дауыл Алматыда ондаған ағашты құлатты",
        "Сейсенбі күні кешке қатты жел отыздан астам ағашты құлатып, бірнеше көшеде бірнеше сағат бойы "
        "электр болмады. Құтқарушылар жолдарды тазарту үшін түні бойы жұмыс істеді.",
        "Құтқарушылар Медеу ауданында құлаған ағашты кесіп жатыр. Сурет: Kazinform",
        "Әкімдік тұрғындардан дауыл басылғанша көліктерін ескі ағаштардың астына қоймауды сұрады. "
        "Синоптиктердің айтуынша, жел тек бейсенбіде басылады, ал жаңбыр жалғасады.",
        "Зардап шеккендер жоқ, деп хабарлайды Kazinform.",
        "Құтқарушылар Медеу ауданында құлаған ағашты кесіп жатыр.", "Kazinform"),
    "sq": ArticleExample(
        "Stuhia rrëzon dhjetëra pemë në Tiranë",
        "Era e fortë rrëzoi të martën në mbrëmje më shumë se tridhjetë pemë dhe në disa rrugë nuk pati "
        "energji elektrike për disa orë. Zjarrfikësit punuan gjithë natën për të hapur rrugët.",
        "Zjarrfikësit presin një pemë të rrëzuar në Bllok. Foto: Arben Hoxha/AFP",
        "Bashkia u kërkon banorëve të mos parkojnë makinat nën pemët e vjetra derisa të kalojë stuhia. "
        "Meteorologët parashikojnë se era do të qetësohet vetëm të enjten, ndërsa shiu do të vazhdojë.",
        "Nuk ka të plagosur, njofton Reuters.",
        "Zjarrfikësit presin një pemë të rrëzuar në Bllok.", "Arben Hoxha/AFP"),
    "mk": ArticleExample(
        "Невреме сруши десетици дрвја во Скопје",
        "Силниот ветер во вторникот навечер сруши повеќе од триесет дрвја, а во неколку улици со часови "
        "немаше струја. Пожарникарите работеа цела ноќ за да ги ослободат патиштата.",
        "Пожарникари сечат срушено дрво во Карпош. Фото: Марко Петровски/AFP",
        "Општината ги повикува граѓаните да не паркираат автомобили под старите дрвја додека не помине "
        "невремето. Метеоролозите предвидуваат дека ветерот ќе стивне дури во четврток, а дождот ќе продолжи.",
        "Нема повредени, јавува Reuters.",
        "Пожарникари сечат срушено дрво во Карпош.", "Марко Петровски/AFP"),
    "gl": ArticleExample(
        "O temporal derruba ducias de árbores en Vigo",
        "O vento forte derrubou o martes pola noite máis de trinta árbores e en varias rúas non houbo luz "
        "durante horas. Os bombeiros traballaron toda a noite para abrir de novo as estradas.",
        "Os bombeiros cortan unha árbore caída no Calvario. Foto: Xoán Pereira/Europa Press",
        "O Concello pide á veciñanza que non deixe os coches debaixo das árbores vellas mentres dure o "
        "temporal. Os meteorólogos agardan que o vento amaine o xoves, pero a chuvia continuará.",
        "Non houbo feridos, segundo informou Europa Press.",
        "Os bombeiros cortan unha árbore caída no Calvario.", "Xoán Pereira/Europa Press"),
    "eu": ArticleExample(
        "Ekaitzak dozenaka zuhaitz bota ditu Bilbon",
        "Haize indartsuak hogeita hamar zuhaitz baino gehiago bota zituen asteartean iluntzean, eta hainbat "
        "kaletan ez zegoen argindarrik ordu askotan. Suhiltzaileek gau osoa eman zuten errepideak garbitzen.",
        "Suhiltzaileak eroritako zuhaitz bat mozten Deustun. Argazkia: Iñaki Etxeberria/EFE",
        "Udalak herritarrei eskatu die autoak zuhaitz zaharren azpian ez uzteko ekaitza amaitu arte. "
        "Meteorologoen arabera, haizea ostegunean baretuko da, baina euriak jarraituko du.",
        "Ez dago zauriturik, EFE agentziak jakinarazi duenez.",
        "Suhiltzaileak eroritako zuhaitz bat mozten Deustun.", "Iñaki Etxeberria/EFE"),
    "cy": ArticleExample(
        "Storm yn chwythu dwsinau o goed i lawr yng Nghaerdydd",
        "Mae gwyntoedd cryfion wedi chwythu mwy na deg ar hugain o goed i lawr nos Fawrth, ac roedd sawl "
        "stryd heb drydan am oriau. Roedd diffoddwyr tân wedi gweithio drwy'r nos i glirio'r ffyrdd.",
        "Diffoddwyr tân yn torri coeden a syrthiodd yn Nhreganna. Llun: Rhys Jones/PA",
        "Mae'r cyngor wedi gofyn i drigolion beidio â pharcio eu ceir o dan hen goed nes bydd y storm wedi "
        "mynd heibio. Mae disgwyl i'r gwynt ostegu ddydd Iau, ond bydd hi'n dal i fwrw glaw.",
        "Does neb wedi cael ei anafu, yn ôl PA.",
        "Diffoddwyr tân yn torri coeden a syrthiodd yn Nhreganna.", "Rhys Jones/PA"),
    "uz": ArticleExample(
        "Toshkentda kuchli shamol o'nlab daraxtlarni qulatdi",
        "Seshanba kuni kechqurun kuchli shamol o'ttizdan ortiq daraxtni qulatdi va bir nechta ko'chada "
        "soatlab elektr bo'lmadi. Qutqaruvchilar yo'llarni tozalash uchun tun bo'yi ishladi.",
        "Qutqaruvchilar Chilonzorda qulagan daraxtni kesmoqda. Foto: Dilshod Karimov/UzA",
        "Hokimlik aholidan bo'ron tugaguncha mashinalarni eski daraxtlar ostida qoldirmaslikni so'radi. "
        "Sinoptiklar shamol faqat payshanba kuni pasayishini, yomg'ir esa davom etishini aytmoqda.",
        "Jabrlanganlar yo'q, deb xabar bermoqda UzA.",
        "Qutqaruvchilar Chilonzorda qulagan daraxtni kesmoqda.", "Dilshod Karimov/UzA"),
    "be": ArticleExample(
        "Навальніца ў Мінску паваліла дзясяткі дрэў",
        "Моцны вецер у аўторак увечары паваліў больш за трыццаць дрэў, і на некалькіх вуліцах некалькі "
        "гадзін не было электрычнасці. Ратавальнікі працавалі ўсю ноч, каб расчысціць дарогі.",
        "Ратавальнікі распілоўваюць паваленае дрэва ў Кастрычніцкім раёне. Фота: Алесь Петрыкевіч/БелТА",
        "Гарвыканкам просіць жыхароў не пакідаць машыны пад старымі дрэвамі, пакуль не скончыцца "
        "навальніца. Сінаптыкі чакаюць, што вецер сціхне толькі ў чацвер, а дождж будзе ісці далей.",
        "Пацярпелых няма, паведамляе БелТА.",
        "Ратавальнікі распілоўваюць паваленае дрэва ў Кастрычніцкім раёне.", "Алесь Петрыкевіч/БелТА"),
    "mt": ArticleExample(
        "Maltempata twaqqa' għexieren ta' siġar f'Malta",
        "Riħ qawwi waqqa' aktar minn tletin siġra nhar it-Tlieta filgħaxija u f'diversi toroq ma kienx "
        "hemm dawl għal bosta sigħat. Il-pompiera ħadmu l-lejl kollu biex jiftħu t-toroq mill-ġdid.",
        "Il-pompiera jaqtgħu siġra li waqgħet f'Birkirkara. Ritratt: Ġorġ Camilleri/Reuters",
        "Il-Kunsill qed jitlob lir-residenti biex ma jipparkjawx taħt siġar qodma sakemm tgħaddi "
        "l-maltempata. Il-meteoroloġi jistennew li r-riħ jonqos il-Ħamis, iżda x-xita se tkompli.",
        "Ħadd ma weġġa', skont Reuters.",
        "Il-pompiera jaqtgħu siġra li waqgħet f'Birkirkara.", "Ġorġ Camilleri/Reuters"),
    "ne": ArticleExample(
        "आँधीले काठमाडौंमा दर्जनौं रुख ढाल्यो",
        "मंगलबार साँझ चलेको तीव्र हावाले तीसभन्दा बढी रुख ढालेको छ र केही सडकमा घण्टौंसम्म बिजुली थिएन। "
        "बाटो खुलाउन प्रहरी र दमकलकर्मीले रातभर काम गरेका थिए।",
        "बानेश्वरमा ढलेको रुख काट्दै दमकलकर्मी। तस्बिर: Ram Thapa/AFP",
        "आँधी नसकिउन्जेल पुराना रुखमुनि गाडी नराख्न महानगरपालिकाले बासिन्दालाई आग्रह गरेको छ। "
        "मौसमविद्का अनुसार बिहीबार हावा कम हुनेछ तर पानी परिरहनेछ।",
        "कोही घाइते भएका छैनन्, AFP अनुसार।",
        "बानेश्वरमा ढलेको रुख काट्दै दमकलकर्मी।", "Ram Thapa/AFP"),
    "mr": ArticleExample(
        "वादळामुळे पुण्यात अनेक झाडे कोसळली",
        "मंगळवारी सायंकाळी आलेल्या जोरदार वाऱ्यामुळे तीसहून अधिक झाडे कोसळली आणि अनेक रस्त्यांवर काही तास "
        "वीज नव्हती. रस्ते मोकळे करण्यासाठी अग्निशमन दलाचे जवान रात्रभर काम करत होते.",
        "कोथरूडमध्ये कोसळलेले झाड हटवताना जवान. छायाचित्र: Sachin Patil/PTI",
        "वादळ संपेपर्यंत जुन्या झाडांखाली वाहने उभी करू नयेत, असे आवाहन महापालिकेने नागरिकांना केले आहे. "
        "गुरुवारी वाऱ्याचा जोर कमी होईल, मात्र पाऊस सुरूच राहील, असे हवामान विभागाने सांगितले.",
        "या घटनेत कोणीही जखमी झाले नाही, असे PTI ने सांगितले.",
        "कोथरूडमध्ये कोसळलेले झाड हटवताना जवान.", "Sachin Patil/PTI"),
    "ml": ArticleExample(
        "കൊടുങ്കാറ്റിൽ കൊച്ചിയിൽ നിരവധി മരങ്ങൾ കടപുഴകി",
        "ചൊവ്വാഴ്ച വൈകുന്നേരം വീശിയ ശക്തമായ കാറ്റിൽ മുപ്പതിലധികം മരങ്ങൾ കടപുഴകി വീണു, പല റോഡുകളിലും "
        "മണിക്കൂറുകളോളം വൈദ്യുതി ഉണ്ടായിരുന്നില്ല. റോഡുകൾ തുറക്കാൻ അഗ്നിശമന സേന രാത്രി മുഴുവൻ പ്രവർത്തിച്ചു.",
        "എറണാകുളത്ത് വീണ മരം മുറിച്ചുമാറ്റുന്ന അഗ്നിശമന സേനാംഗങ്ങൾ. ചിത്രം: Anil Kumar/PTI",
        "കാറ്റ് ശമിക്കുന്നതുവരെ പഴയ മരങ്ങൾക്കടിയിൽ വാഹനങ്ങൾ നിർത്തിയിടരുതെന്ന് കോർപ്പറേഷൻ നിർദേശിച്ചു. "
        "വ്യാഴാഴ്ചയോടെ കാറ്റ് കുറയുമെന്നും എന്നാൽ മഴ തുടരുമെന്നും കാലാവസ്ഥാ വകുപ്പ് അറിയിച്ചു.",
        "ആർക്കും പരിക്കില്ലെന്ന് PTI റിപ്പോർട്ട് ചെയ്തു.",
        "എറണാകുളത്ത് വീണ മരം മുറിച്ചുമാറ്റുന്ന അഗ്നിശമന സേനാംഗങ്ങൾ.", "Anil Kumar/PTI"),
    "te": ArticleExample(
        "తుఫానుకు విజయవాడలో పలు చెట్లు కూలాయి",
        "మంగళవారం సాయంత్రం వీచిన బలమైన గాలులకు ముప్పైకి పైగా చెట్లు కూలిపోయాయి, పలు వీధుల్లో గంటల తరబడి "
        "విద్యుత్ సరఫరా నిలిచిపోయింది. రోడ్లను తెరవడానికి అగ్నిమాపక సిబ్బంది రాత్రంతా పనిచేశారు.",
        "బెంజ్ సర్కిల్ వద్ద కూలిన చెట్టును తొలగిస్తున్న సిబ్బంది. ఫోటో: Srinivas Rao/PTI",
        "తుఫాను తగ్గే వరకు పాత చెట్ల కింద వాహనాలను నిలపవద్దని నగరపాలక సంస్థ ప్రజలను కోరింది. "
        "గురువారం నాటికి గాలులు తగ్గుతాయని, అయితే వర్షాలు కొనసాగుతాయని వాతావరణ శాఖ తెలిపింది.",
        "ఎవరికీ గాయాలు కాలేదని PTI తెలిపింది.",
        "బెంజ్ సర్కిల్ వద్ద కూలిన చెట్టును తొలగిస్తున్న సిబ్బంది.", "Srinivas Rao/PTI"),
    "kn": ArticleExample(
        "ಬಿರುಗಾಳಿಗೆ ಬೆಂಗಳೂರಿನಲ್ಲಿ ಹಲವು ಮರಗಳು ಧರೆಗುರುಳಿದವು",
        "ಮಂಗಳವಾರ ಸಂಜೆ ಬೀಸಿದ ಭಾರಿ ಗಾಳಿಗೆ ಮೂವತ್ತಕ್ಕೂ ಹೆಚ್ಚು ಮರಗಳು ಉರುಳಿದವು ಮತ್ತು ಹಲವು ರಸ್ತೆಗಳಲ್ಲಿ ಗಂಟೆಗಟ್ಟಲೆ "
        "ವಿದ್ಯುತ್ ಇರಲಿಲ್ಲ. ರಸ್ತೆಗಳನ್ನು ತೆರವುಗೊಳಿಸಲು ಅಗ್ನಿಶಾಮಕ ಸಿಬ್ಬಂದಿ ರಾತ್ರಿಯಿಡೀ ಕೆಲಸ ಮಾಡಿದರು.",
        "ಜಯನಗರದಲ್ಲಿ ಉರುಳಿದ ಮರವನ್ನು ತೆರವುಗೊಳಿಸುತ್ತಿರುವ ಸಿಬ್ಬಂದಿ. ಚಿತ್ರ: Manjunath Gowda/PTI",
        "ಬಿರುಗಾಳಿ ಮುಗಿಯುವವರೆಗೆ ಹಳೆಯ ಮರಗಳ ಕೆಳಗೆ ವಾಹನಗಳನ್ನು ನಿಲ್ಲಿಸಬಾರದು ಎಂದು ಪಾಲಿಕೆ ನಾಗರಿಕರಿಗೆ ಮನವಿ ಮಾಡಿದೆ. "
        "ಗುರುವಾರದ ವೇಳೆಗೆ ಗಾಳಿ ಕಡಿಮೆಯಾಗಲಿದೆ, ಆದರೆ ಮಳೆ ಮುಂದುವರಿಯಲಿದೆ ಎಂದು ಹವಾಮಾನ ಇಲಾಖೆ ತಿಳಿಸಿದೆ.",
        "ಯಾರಿಗೂ ಗಾಯಗಳಾಗಿಲ್ಲ ಎಂದು PTI ವರದಿ ಮಾಡಿದೆ.",
        "ಜಯನಗರದಲ್ಲಿ ಉರುಳಿದ ಮರವನ್ನು ತೆರವುಗೊಳಿಸುತ್ತಿರುವ ಸಿಬ್ಬಂದಿ.", "Manjunath Gowda/PTI"),
    "gu": ArticleExample(
        "વાવાઝોડાથી અમદાવાદમાં અનેક વૃક્ષો ધરાશાયી",
        "મંગળવારે સાંજે ફૂંકાયેલા ભારે પવનથી ત્રીસથી વધુ વૃક્ષો ધરાશાયી થયા અને અનેક રસ્તાઓ પર કલાકો સુધી "
        "વીજળી ન હતી. રસ્તાઓ ખુલ્લા કરવા માટે ફાયર બ્રિગેડના જવાનોએ આખી રાત કામ કર્યું.",
        "નવરંગપુરામાં ધરાશાયી થયેલું વૃક્ષ હટાવતા જવાનો. તસવીર: Hitesh Patel/PTI",
        "વાવાઝોડું પસાર ન થાય ત્યાં સુધી જૂના વૃક્ષો નીચે વાહનો પાર્ક ન કરવા મહાનગરપાલિકાએ નાગરિકોને અપીલ કરી છે. "
        "ગુરુવાર સુધીમાં પવન ઘટશે, પરંતુ વરસાદ ચાલુ રહેશે તેમ હવામાન વિભાગે જણાવ્યું.",
        "કોઈને ઈજા થઈ નથી, PTI ના અહેવાલ મુજબ.",
        "નવરંગપુરામાં ધરાશાયી થયેલું વૃક્ષ હટાવતા જવાનો.", "Hitesh Patel/PTI"),
    "pa": ArticleExample(
        "ਤੂਫ਼ਾਨ ਕਾਰਨ ਲੁਧਿਆਣਾ ਵਿੱਚ ਕਈ ਦਰੱਖਤ ਡਿੱਗੇ",
        "ਮੰਗਲਵਾਰ ਸ਼ਾਮ ਨੂੰ ਚੱਲੀ ਤੇਜ਼ ਹਵਾ ਕਾਰਨ ਤੀਹ ਤੋਂ ਵੱਧ ਦਰੱਖਤ ਡਿੱਗ ਗਏ ਅਤੇ ਕਈ ਸੜਕਾਂ ਉੱਤੇ ਘੰਟਿਆਂ ਤੱਕ ਬਿਜਲੀ "
        "ਨਹੀਂ ਰਹੀ। ਸੜਕਾਂ ਖੋਲ੍ਹਣ ਲਈ ਫਾਇਰ ਬ੍ਰਿਗੇਡ ਦੇ ਮੁਲਾਜ਼ਮਾਂ ਨੇ ਸਾਰੀ ਰਾਤ ਕੰਮ ਕੀਤਾ।",
        "ਸਰਾਭਾ ਨਗਰ ਵਿੱਚ ਡਿੱਗੇ ਦਰੱਖਤ ਨੂੰ ਹਟਾਉਂਦੇ ਹੋਏ ਮੁਲਾਜ਼ਮ। ਤਸਵੀਰ: Gurpreet Singh/PTI",
        "ਨਗਰ ਨਿਗਮ ਨੇ ਲੋਕਾਂ ਨੂੰ ਅਪੀਲ ਕੀਤੀ ਹੈ ਕਿ ਤੂਫ਼ਾਨ ਲੰਘਣ ਤੱਕ ਪੁਰਾਣੇ ਦਰੱਖਤਾਂ ਹੇਠ ਗੱਡੀਆਂ ਨਾ ਖੜ੍ਹੀਆਂ ਕਰਨ। "
        "ਮੌਸਮ ਵਿਭਾਗ ਅਨੁਸਾਰ ਵੀਰਵਾਰ ਤੱਕ ਹਵਾ ਘਟੇਗੀ ਪਰ ਮੀਂਹ ਜਾਰੀ ਰਹੇਗਾ।",
        "ਕੋਈ ਜ਼ਖ਼ਮੀ ਨਹੀਂ ਹੋਇਆ, PTI ਅਨੁਸਾਰ।",
        "ਸਰਾਭਾ ਨਗਰ ਵਿੱਚ ਡਿੱਗੇ ਦਰੱਖਤ ਨੂੰ ਹਟਾਉਂਦੇ ਹੋਏ ਮੁਲਾਜ਼ਮ।", "Gurpreet Singh/PTI"),
    "mn": ArticleExample(
        "Шуурга Улаанбаатарт олон арван модыг унагав",
        "Мягмар гарагийн орой хүчтэй салхи гучаас илүү модыг унагаж, хэд хэдэн гудамжинд хэдэн цагийн турш "
        "цахилгаангүй байв. Аврагчид замыг чөлөөлөхийн тулд шөнөжин ажилласан байна.",
        "Аврагчид Сүхбаатар дүүрэгт унасан модыг огтолж байна. Гэрэл зураг: Бат-Эрдэнэ Болд/Reuters",
        "Шуурга дуустал хуучин модны доор машинаа бүү байршуулаарай гэж нийслэлийн захиргаа иргэдэд "
        "анхааруулав. Цаг уурчдын мэдээллээр салхи Пүрэв гарагт намдах ч бороо үргэлжилнэ.",
        "Гэмтсэн хүн байхгүй гэж МОНЦАМЭ мэдээлэв.",
        "Аврагчид Сүхбаатар дүүрэгт унасан модыг огтолж байна.", "Бат-Эрдэнэ Болд/Reuters"),
    "am": ArticleExample(
        "ኃይለኛ ነፋስ በአዲስ አበባ በርካታ ዛፎችን ገነደሰ",
        "ማክሰኞ ምሽት የነፈሰው ኃይለኛ ነፋስ ከሰላሳ በላይ ዛፎችን የገነደሰ ሲሆን በበርካታ መንገዶች ላይ ለሰዓታት "
        "የኤሌክትሪክ አገልግሎት ተቋርጦ ነበር። የእሳት አደጋ ሠራተኞች መንገዶቹን ለመክፈት ሌሊቱን ሙሉ ሠርተዋል።",
        "በቦሌ የወደቀን ዛፍ የሚያነሱ የእሳት አደጋ ሠራተኞች። ፎቶ: Dawit Bekele/AFP",
        "የከተማ አስተዳደሩ ነዋሪዎች ነፋሱ እስኪያልፍ ድረስ ተሽከርካሪዎቻቸውን ከአሮጌ ዛፎች ሥር እንዳያቆሙ ጠይቋል። "
        "የሚቲዎሮሎጂ ባለሙያዎች ነፋሱ ሐሙስ እንደሚቀንስ ነገር ግን ዝናቡ እንደሚቀጥል ገልጸዋል።",
        "ጉዳት የደረሰበት ሰው እንደሌለ AFP ዘግቧል።",
        "በቦሌ የወደቀን ዛፍ የሚያነሱ የእሳት አደጋ ሠራተኞች።", "Dawit Bekele/AFP"),
    "ha": ArticleExample(
        "Iska mai ƙarfi ta kaɗa bishiyoyi da dama a Kano",
        "Iska mai ƙarfi ta kaɗa bishiyoyi fiye da talatin a yammacin ranar Talata, kuma wasu unguwanni sun "
        "kasance babu wutar lantarki na tsawon sa'o'i. Ma'aikatan kashe gobara sun yi aiki dukan dare domin buɗe hanyoyi.",
        "Asalin hoton, Getty Images\nBayanan hoto, Ma'aikatan kashe gobara suna cire bishiyar da ta faɗi a Kano",
        "Hukumar birnin ta roƙi jama'a da kada su ajiye motocinsu a ƙarƙashin tsofaffin bishiyoyi har sai "
        "iskar ta wuce. Masana yanayi sun ce iskar za ta lafa ranar Alhamis amma ruwan sama zai ci gaba.",
        "Babu wanda ya ji rauni, in ji AFP.",
        "Ma'aikatan kashe gobara suna cire bishiyar da ta faɗi a Kano", "Getty Images"),
    "so": ArticleExample(
        "Duufaan ayaa geedo badan ku riday Muqdisho",
        "Dabayl xooggan ayaa fiidkii Talaadada ridday in ka badan soddon geed, waxaana dhowr waddo oo ku "
        "yaalla magaalada ka go'ay korontada muddo saacado ah. Shaqaalaha gurmadka ayaa habeenkii oo dhan shaqeynayay.",
        "Shaqaalaha gurmadka oo ka saaraya geed dhacay degmada Hodan. Sawirka: Cabdi Maxamed/AFP",
        "Dowladda hoose ayaa dadka ka codsatay in aysan baabuurta dhigin geedaha duugga ah hoostooda ilaa "
        "duufaanku ka dhammaanayo. Khubarada cimilada ayaa sheegay in dabayshu ay yaraan doonto Khamiista.",
        "Cidna kuma dhaawacmin, sida ay ku warantay SONNA.",
        "Shaqaalaha gurmadka oo ka saaraya geed dhacay degmada Hodan.", "Cabdi Maxamed/AFP"),
    "ky": ArticleExample(
        "Бороон Бишкекте ондогон бакты кулатты",
        "Шейшемби күнү кечинде катуу шамал отуздан ашык бакты кулатып, бир нече көчөдө бир нече саат бою "
        "жарык болгон жок. Куткаруучулар жолдорду тазалоо үчүн түнү бою иштешти.",
        "Куткаруучулар Свердлов районунда кулаган бакты кесип жатышат. Сүрөт: Кабар",
        "Мэрия тургундардан бороон басылганга чейин унааларын эски дарактардын астына токтотпоону суранды. "
        "Синоптиктердин маалыматы боюнча шамал бейшембиде басаңдайт, бирок жамгыр жаай берет.",
        "Жабыркагандар жок, деп кабарлады Кабар.",
        "Куткаруучулар Свердлов районунда кулаган бакты кесип жатышат.", "Кабар"),
    "tg": ArticleExample(
        "Тӯфон дар Душанбе даҳҳо дарахтро афтонд",
        "Шоми сешанбе шамоли сахт зиёда аз сӣ дарахтро афтонд ва дар чанд кӯча чанд соат барқ набуд. "
        "Наҷотдиҳандагон барои кушодани роҳҳо тамоми шаб кор карданд.",
        "Наҷотдиҳандагон дарахти афтодаро дар ноҳияи Сино мебуранд. Акс: Фирдавс Раҳимов/AFP",
        "Мақомоти шаҳр аз сокинон хоҳиш кард, ки то гузаштани тӯфон мошинҳоро зери дарахтони кӯҳна нагузоранд. "
        "Ба гуфтаи обуҳавошиносон, шамол рӯзи панҷшанбе ором мешавад, аммо борон идома меёбад.",
        "Осебдида нест, хабар медиҳад Ховар.",
        "Наҷотдиҳандагон дарахти афтодаро дар ноҳияи Сино мебуранд.", "Фирдавс Раҳимов/AFP"),
    "ku": ArticleExample(
        "Bahoza xurt li Amedê bi dehan dar hilweşandin",
        "Êvara Sêşemê bayekî xurt ji sî daran zêdetir hilweşandin û li çend kolanan bi saetan elektrîk "
        "tune bû. Karkerên rizgariyê heta sibehê xebitîn da ku rê ji nû ve werin vekirin.",
        "Karkerên rizgariyê dara ku li Sûrê ketiye jê dikin. Wêne: Azad Şêxo/AFP",
        "Şaredariyê ji welatiyan xwest ku heta bahoz derbas bibe, wesayîtên xwe di bin darên kevn de "
        "nehêlin. Li gorî pisporên hewayê, ba dê roja Pêncşemê kêm bibe lê baran dê berdewam bike.",
        "Kes birîndar nebûye, li gorî Rudaw.",
        "Karkerên rizgariyê dara ku li Sûrê ketiye jê dikin.", "Azad Şêxo/AFP"),
    "el": ArticleExample(
        "Η κακοκαιρία έριξε δεκάδες δέντρα στην Αθήνα",
        "Ο ισχυρός άνεμος έριξε την Τρίτη το βράδυ περισσότερα από τριάντα δέντρα και σε αρκετούς δρόμους "
        "δεν υπήρχε ρεύμα για ώρες. Οι πυροσβέστες εργάστηκαν όλη τη νύχτα για να ανοίξουν τους δρόμους.",
        "Πυροσβέστες κόβουν πεσμένο δέντρο στο Παγκράτι. Φωτογραφία: Νίκος Αλεξίου/Reuters",
        "Ο δήμος ζητά από τους κατοίκους να μην σταθμεύουν τα αυτοκίνητά τους κάτω από παλιά δέντρα μέχρι "
        "να περάσει η κακοκαιρία. Οι μετεωρολόγοι αναμένουν ότι ο άνεμος θα εξασθενήσει την Πέμπτη.",
        "Δεν υπάρχουν τραυματίες, σύμφωνα με το ΑΠΕ-ΜΠΕ.",
        "Πυροσβέστες κόβουν πεσμένο δέντρο στο Παγκράτι.", "Νίκος Αλεξίου/Reuters"),
    "ga": ArticleExample(
        "Stoirm ag leagan crann i gCorcaigh",
        "Leag gaoth láidir níos mó ná tríocha crann oíche Dé Máirt agus bhí roinnt sráideanna gan leictreachas "
        "ar feadh uaireanta. Bhí an bhriogáid dóiteáin ag obair ar feadh na hoíche chun na bóithre a ghlanadh.",
        "Fir dóiteáin ag gearradh crainn a thit ar an gCeantar Thuaidh. Grianghraf: Seán Ó Briain/Sportsfile",
        "Tá an chomhairle ag iarraidh ar dhaoine gan a gcarranna a pháirceáil faoi sheanchrainn go dtí go "
        "mbeidh an stoirm thart. Tá súil go maolóidh an ghaoth Déardaoin, ach leanfaidh an bháisteach.",
        "Níor gortaíodh aon duine, de réir Reuters.",
        "Fir dóiteáin ag gearradh crainn a thit ar an gCeantar Thuaidh.", "Seán Ó Briain/Sportsfile"),
}


ARTICLES["km"] = ArticleExample(
    "ខ្យល់កន្ត្រាក់បោកបក់ដើមឈើរលំជាច្រើននៅភ្នំពេញ",
    "ខ្យល់កន្ត្រាក់ខ្លាំងកាលពីល្ងាចថ្ងៃអង្គារបានបោកបក់ដើមឈើជាងសាមសិបដើមឱ្យរលំ ហើយផ្លូវជាច្រើនបានដាច់ភ្លើងអស់ជាច្រើនម៉ោង។ "
    "ក្រុមពន្លត់អគ្គិភ័យបានធ្វើការពេញមួយយប់ដើម្បីបើកផ្លូវឡើងវិញ។",
    "ក្រុមសង្គ្រោះកាត់ដើមឈើដែលរលំនៅមុខផ្សារធំថ្មី។ រូបថត៖ Sok Dara/AFP",
    "សាលារាជធានីបានស្នើឱ្យប្រជាពលរដ្ឋកុំចតរថយន្តនៅក្រោមដើមឈើចាស់ៗ រហូតដល់ខ្យល់ស្ងប់។ "
    "អ្នកឧតុនិយមបាននិយាយថា ខ្យល់នឹងស្រាកស្រាន្តនៅថ្ងៃព្រហស្បតិ៍ ប៉ុន្តែភ្លៀងនឹងបន្តធ្លាក់។",
    "មិនមានអ្នករងរបួសទេ នេះបើយោងតាម AFP។",
    "ក្រុមសង្គ្រោះកាត់ដើមឈើដែលរលំនៅមុខផ្សារធំថ្មី។", "Sok Dara/AFP")
ARTICLES["my"] = ArticleExample(
    "ရန်ကုန်တွင် လေပြင်းကြောင့် သစ်ပင်များစွာ လဲကျ",
    "အင်္ဂါနေ့ ညနေက တိုက်ခတ်ခဲ့သော လေပြင်းကြောင့် သစ်ပင် သုံးဆယ်ကျော် လဲကျခဲ့ပြီး လမ်းများစွာတွင် နာရီပေါင်းများစွာ "
    "မီးပြတ်ခဲ့သည်။ မီးသတ်သမားများသည် လမ်းများကို ပြန်ဖွင့်ရန် တစ်ညလုံး အလုပ်လုပ်ခဲ့ကြသည်။",
    "ဗိုလ်ချုပ်လမ်းတွင် လဲကျနေသော သစ်ပင်ကို ဖယ်ရှားနေသော ကယ်ဆယ်ရေးသမားများ (ဓာတ်ပုံ - Aung Kyaw/AFP)",
    "လေပြင်း မငြိမ်မချင်း သစ်ပင်အိုများအောက်တွင် ကားမရပ်ရန် မြို့တော်စည်ပင်က ပြည်သူများကို တောင်းဆိုခဲ့သည်။ "
    "မိုးလေဝသ ပညာရှင်များက လေသည် ကြာသပတေးနေ့တွင် ငြိမ်သွားမည်ဖြစ်သော်လည်း မိုးဆက်ရွာမည်ဟု ဆိုသည်။",
    "ထိခိုက်ဒဏ်ရာရသူ မရှိကြောင်း AFP က သတင်းဖော်ပြသည်။",
    "ဗိုလ်ချုပ်လမ်းတွင် လဲကျနေသော သစ်ပင်ကို ဖယ်ရှားနေသော ကယ်ဆယ်ရေးသမားများ", "Aung Kyaw/AFP")


def _article_text(row: ArticleExample) -> str:
    return "\n\n".join([row.title, row.first, row.caption_line, row.second, row.negative]) + "\n"


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_text_article_gives_one_image_and_keeps_the_source_sentence(code: str) -> None:
    row = ARTICLES[code]
    article = mediakit.extract(_article_text(row), kind="text")
    assert [(image.caption, image.credit) for image in article.images] == [(row.caption, row.credit)]
    body = "\n".join(article.body)
    assert row.negative in body
    assert row.first in body and row.second in body
    assert row.caption not in body


# ---------------------------------------------------------------------------
# Language guess on running text
# ---------------------------------------------------------------------------

DETECT: dict[str, str] = {
    "lt": "Vyriausybė antradienį pranešė, kad naujas tiltas per upę bus atidarytas iki metų pabaigos, "
          "tačiau darbai dar nebaigti ir kelias kol kas yra uždarytas.",
    "lv": "Valdība otrdien paziņoja, ka jaunais tilts pār upi tiks atklāts līdz gada beigām, bet darbi vēl "
          "nav pabeigti un ceļš pagaidām ir slēgts, kā arī tiek meklēts jauns būvnieks.",
    "et": "Valitsus teatas teisipäeval, et uus sild üle jõe avatakse aasta lõpuks, kuid tööd ei ole veel "
          "lõpetatud ning tee on seni suletud, sest ehitaja otsib alles uusi töölisi.",
    "sl": "Vlada je v torek sporočila, da bo novi most čez reko odprt do konca leta, vendar dela še niso "
          "končana in cesta je zato še vedno zaprta, kar je tudi razlog za zamude.",
    "is": "Ríkisstjórnin tilkynnti á þriðjudag að nýja brúin yfir ána yrði opnuð fyrir lok ársins, en "
          "framkvæmdum er ekki lokið og vegurinn er enn lokaður, að því er fram kom.",
    "af": "Die regering het Dinsdag aangekondig dat die nuwe brug oor die rivier voor die einde van die jaar "
          "oopgemaak sal word, maar die werk is nog nie klaar nie en die pad is steeds gesluit.",
    "xh": "Urhulumente uthe ibhulorho entsha iza kuvulwa ngaphambi kokuphela konyaka, kwaye abantu bathi "
          "kodwa umsebenzi awukagqitywa ngoko ke indlela isavaliwe ukuze kulungiswe.",
    "sw": "Serikali ilisema Jumanne kwamba daraja jipya la mto litafunguliwa kabla ya mwisho wa mwaka, lakini "
          "kazi bado haijakamilika na barabara hiyo imefungwa kwa sasa.",
    "tl": "Sinabi ng pamahalaan noong Martes na bubuksan ang bagong tulay sa ilog bago matapos ang taon, "
          "ngunit hindi pa tapos ang mga gawain at sarado pa rin ang kalsada ayon sa mga opisyal.",
    "az": "Hökumət çərşənbə axşamı bildirib ki, çay üzərindəki yeni körpü ilin sonuna qədər açılacaq, lakin "
          "işlər hələ başa çatmayıb və yol hələ də bağlıdır, bu barədə məlumat verilib.",
    "sq": "Qeveria njoftoi të martën se ura e re mbi lumë do të hapet deri në fund të vitit, por punimet "
          "nuk kanë përfunduar ende dhe rruga është ende e mbyllur për qarkullim.",
    "gl": "O Goberno anunciou o martes que a nova ponte sobre o río abrirá antes de que remate o ano, pero "
          "as obras aínda non acabaron e a estrada segue pechada ata novo aviso, xa que tamén falta persoal.",
    "eu": "Gobernuak asteartean jakinarazi zuen ibaiaren gaineko zubi berria urtea amaitu baino lehen "
          "irekiko dela, baina lanak ez dira oraindik amaitu eta errepidea itxita dago.",
    "cy": "Mae'r llywodraeth wedi dweud y bydd y bont newydd dros yr afon ar agor cyn diwedd y flwyddyn, "
          "ond mae'r gwaith heb ei orffen ac mae'r ffordd yn dal ar gau, a hefyd roedd oedi.",
    "uz": "Hukumat seshanba kuni daryo ustidagi yangi ko'prik yil oxirigacha ochilishini ma'lum qildi, "
          "biroq ishlar hali tugamagan va yo'l hozircha yopiq, bu haqida vazirlik ham xabar berdi.",
    "mt": "Il-Gvern qal nhar it-Tlieta li l-pont il-ġdid fuq ix-xmara se jinfetaħ qabel tmiem is-sena, "
          "iżda x-xogħlijiet għadhom ma spiċċawx u t-triq għadha magħluqa wkoll.",
    "be": "Урад у аўторак паведаміў, што новы мост праз раку адкрыюць да канца года, але працы яшчэ не "
          "скончаны і дарога пакуль зачыненая.",
    "ne": "सरकारले मंगलबार नदीमाथिको नयाँ पुल वर्षको अन्त्यसम्म खुला गरिने जनाएको छ, तर काम अझै सकिएको "
          "छैन र सडक बन्द छ।",
    "mr": "नदीवरील नवा पूल वर्षअखेरीपर्यंत खुला केला जाईल, असे सरकारने मंगळवारी सांगितले, मात्र काम अद्याप "
          "पूर्ण झालेले नाही आणि रस्ता बंद आहे.",
    "ml": "നദിക്ക് കുറുകെയുള്ള പുതിയ പാലം ഈ വർഷം അവസാനത്തോടെ തുറക്കുമെന്ന് സർക്കാർ ചൊവ്വാഴ്ച അറിയിച്ചു, "
          "എന്നാൽ പണി ഇനിയും പൂർത്തിയായിട്ടില്ല.",
    "te": "నదిపై కొత్త వంతెనను ఈ ఏడాది చివరి నాటికి తెరుస్తామని ప్రభుత్వం మంగళవారం తెలిపింది, కానీ పనులు "
          "ఇంకా పూర్తి కాలేదు.",
    "kn": "ನದಿಗೆ ಅಡ್ಡಲಾಗಿ ನಿರ್ಮಿಸಿರುವ ಹೊಸ ಸೇತುವೆ ವರ್ಷಾಂತ್ಯದೊಳಗೆ ತೆರೆಯಲಿದೆ ಎಂದು ಸರ್ಕಾರ ಮಂಗಳವಾರ ತಿಳಿಸಿದೆ, "
          "ಆದರೆ ಕಾಮಗಾರಿ ಇನ್ನೂ ಮುಗಿದಿಲ್ಲ.",
    "gu": "નદી પરનો નવો પુલ વર્ષના અંત સુધીમાં ખુલ્લો મુકાશે એમ સરકારે મંગળવારે જણાવ્યું હતું, પરંતુ કામ હજી "
          "પૂરું થયું નથી.",
    "pa": "ਸਰਕਾਰ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਦੱਸਿਆ ਕਿ ਦਰਿਆ ਉੱਤੇ ਬਣਿਆ ਨਵਾਂ ਪੁਲ ਸਾਲ ਦੇ ਅੰਤ ਤੱਕ ਖੋਲ੍ਹ ਦਿੱਤਾ ਜਾਵੇਗਾ, ਪਰ ਕੰਮ "
          "ਅਜੇ ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ।",
    "ha": "Gwamnatin jihar ta ce sabuwar gadar da ke kan kogin za a buɗe ta kafin ƙarshen shekara, amma "
          "aikin bai kammala ba kuma hanyar tana rufe a yanzu, in ji jami'ai.",
    "so": "Dowladda ayaa sheegtay in buundada cusub ee webiga la furi doono ka hor dhammaadka sanadka, balse "
          "shaqada weli ma dhammaan oo waddada waa xiran tahay.",
    "mn": "Засгийн газар шинэ гүүрийг оны эцэс гэхэд ашиглалтад оруулна гэж мэдэгдсэн боловч ажил хараахан "
          "дуусаагүй байгаа бөгөөд зам хаалттай хэвээр байна.",
    "am": "መንግሥት በወንዙ ላይ ያለው አዲሱ ድልድይ እስከ ዓመቱ መጨረሻ ድረስ እንደሚከፈት ገልጿል፣ ነገር ግን ሥራው ገና "
          "አልተጠናቀቀም።",
    "ky": "Өкмөт дарыянын үстүндөгү жаңы көпүрө жыл аягына чейин ачыларын билдирди, бирок иштер али бүтө элек "
          "жана жол жабык бойдон турат.",
    "tg": "Ҳукумат рӯзи сешанбе гуфт, ки пули нав дар болои дарё то охири сол кушода мешавад, аммо корҳо ҳанӯз "
          "ба анҷом нарасидаанд ва роҳ баста аст.",
    "ku": "Hikûmetê roja Sêşemê ragihand ku pira nû ya li ser çem dê heta dawiya salê were vekirin, lê kar "
          "hîn jî neqediyaye û rê girtî ye.",
    "el": "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι η νέα γέφυρα πάνω από τον ποταμό θα ανοίξει μέχρι το τέλος "
          "του έτους, αλλά οι εργασίες δεν έχουν τελειώσει ακόμη και ο δρόμος παραμένει κλειστός.",
    "ga": "Dúirt an rialtas Dé Máirt go n-osclófar an droichead nua thar an abhainn roimh dheireadh na "
          "bliana, ach níl an obair críochnaithe fós agus tá an bóthar dúnta freisin.",
    # Scripts that name their language, and shared scripts told apart by marker letters.
    "bn": "সরকার মঙ্গলবার জানিয়েছে যে নদীর ওপর নতুন সেতুটি বছরের শেষের আগেই খুলে দেওয়া হবে, "
          "কিন্তু কাজ এখনো শেষ হয়নি এবং সড়কটি বন্ধ রয়েছে।",
    "ta": "ஆற்றின் மீது கட்டப்பட்டுள்ள புதிய பாலம் ஆண்டு இறுதிக்குள் திறக்கப்படும் என்று அரசு "
          "செவ்வாய்க்கிழமை தெரிவித்தது, ஆனால் பணிகள் இன்னும் முடியவில்லை.",
    "ka": "მთავრობამ სამშაბათს განაცხადა, რომ მდინარეზე ახალი ხიდი წლის ბოლომდე გაიხსნება, მაგრამ "
          "სამუშაოები ჯერ არ დასრულებულა და გზა ჯერ კიდევ დაკეტილია.",
    "hy": "Կառավարությունը երեքշաբթի հայտնել է, որ գետի վրայով նոր կամուրջը կբացվի մինչև տարեվերջ, "
          "բայց աշխատանքները դեռ չեն ավարտվել, և ճանապարհը փակ է։",
    "ur": "حکومت نے منگل کو بتایا کہ دریا پر نیا پل سال کے آخر تک کھول دیا جائے گا، لیکن کام ابھی مکمل "
          "نہیں ہوا اور سڑک بند ہے۔",
    "kk": "Үкімет сейсенбі күні өзен үстіндегі жаңа көпір жыл соңына дейін ашылатынын хабарлады, бірақ "
          "жұмыстар әлі аяқталған жоқ және жол жабық тұр.",
    "mk": "Владата во вторникот соопшти дека новиот мост преку реката ќе биде отворен до крајот на годината, "
          "но работите сѐ уште не се завршени и патот е затворен.",
}

DETECT["km"] = ("រដ្ឋាភិបាលបានប្រកាសកាលពីថ្ងៃអង្គារថា ស្ពានថ្មីឆ្លងកាត់ទន្លេនឹងត្រូវបើកនៅចុងឆ្នាំនេះ "
                "ប៉ុន្តែការងារនៅមិនទាន់រួចរាល់ទេ ហើយផ្លូវនៅតែបិទ។")
DETECT["my"] = ("မြစ်ကို ဖြတ်ကျော်သော တံတားအသစ်ကို နှစ်ကုန်တွင် ဖွင့်လှစ်မည်ဟု အစိုးရက အင်္ဂါနေ့တွင် ကြေညာခဲ့သော်လည်း "
                "လုပ်ငန်းများ မပြီးသေးဘဲ လမ်းမှာ ပိတ်ထားဆဲ ဖြစ်သည်။")


@pytest.mark.parametrize(
    "code",
    DETECT,
)
def test_guess_language_of_running_text(code: str) -> None:
    assert guess_language(DETECT[code]) == code


def test_articles_of_the_new_languages_are_not_guessed_as_another_language() -> None:
    """Adding a language must not make the guesser claim its text for a neighbour."""
    for code, row in ARTICLES.items():
        assert guess_language(_article_text(row)) in (code, None), code


# ---------------------------------------------------------------------------
# The files themselves
# ---------------------------------------------------------------------------


# BBC language services print the picture source as "<image source>, Getty Images".
BBC_IMAGE_SOURCE = {
    "cy": "Ffynhonnell y llun", "ha": "Asalin hoton", "sw": "Chanzo cha picha", "so": "Xigashada sawirka",
    "uz": "Surat manbasi", "az": "Şəklin mənbəyi", "ky": "Сүрөттүн булагы", "bn": "ছবির উৎস",
    "ta": "பட மூலாதாரம்", "mr": "फोटो स्रोत", "gu": "ઇમેજ સ્રોત", "te": "ఫొటో సోర్స్", "pa": "ਤਸਵੀਰ ਸਰੋਤ",
    "ne": "तस्बिरको स्रोत", "ur": "تصویر کا ذریعہ",
}


@pytest.mark.parametrize("code", sorted(BBC_IMAGE_SOURCE))
def test_bbc_image_source_label_is_stripped(code: str) -> None:
    credit = mediakit.parse_credit(f"{BBC_IMAGE_SOURCE[code]}, Getty Images")
    assert credit.credit == "Getty Images"
    assert [agency.id for agency in credit.agencies] == ["getty-images"]


def test_arabic_comma_after_an_urdu_label_is_a_separator() -> None:
    assert mediakit.parse_credit("تصویر کا ذریعہ، Getty Images").credit == "Getty Images"


def test_bbc_welsh_source_then_caption_layout() -> None:
    filler = DETECT["cy"]
    text = "\n\n".join(["Storm yn chwythu coed i lawr", filler,
                        "Ffynhonnell y llun, Getty Images\nDisgrifiad o'r llun, Diffoddwyr tân yn torri coeden yn Nhreganna",
                        filler]) + "\n"
    article = mediakit.extract(text, kind="text")
    assert [(image.caption, image.credit) for image in article.images] == [
        ("Diffoddwyr tân yn torri coeden yn Nhreganna", "Getty Images")]
    assert "Ffynhonnell" not in "\n".join(article.body)


def test_filipino_tag_resolves_to_the_tagalog_file() -> None:
    from mediakit.lang import language

    found = language("fil")
    assert found is not None and found.code == "tl"


def test_armenian_comma_after_the_label_is_a_separator() -> None:
    credit = mediakit.parse_credit("Լուսանկարը՝ Armenpress")
    assert [agency.id for agency in credit.agencies] == ["armenpress"]


def test_armenian_comma_label_is_stripped() -> None:
    assert mediakit.parse_credit("Լուսանկարը՝ Aram Petrosyan/AFP").credit == "Aram Petrosyan/AFP"


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_new_language_is_bundled_with_labels_and_stopwords(code: str) -> None:
    lang = languages()[code]
    assert lang.credit["labels"]
    assert len(lang.text["stopwords"]) >= 12
    assert code in CREDITS and code in CAPTIONS and code in ARTICLES and code in DETECT


@dataclass(frozen=True)
class LabelWord:
    code: str
    field: str  # "labels", "suffix_labels", "role_words" of [credit]
    word: str


# The words each language's press prints beside pictures (the brief's examples).
LABEL_WORDS = [
    LabelWord("lt", "labels", "Nuotr."), LabelWord("lt", "suffix_labels", "nuotr."),
    LabelWord("lt", "labels", "Foto"), LabelWord("is", "labels", "Mynd"),
    LabelWord("is", "labels", "Ljósmynd"), LabelWord("is", "labels", "Skjáskot"),
    LabelWord("is", "role_words", "Aðsend"), LabelWord("xh", "labels", "Umfanekiso"),
    LabelWord("xh", "labels", "Ifoto"), LabelWord("sw", "labels", "Picha"),
    LabelWord("bn", "labels", "ছবি"), LabelWord("ur", "labels", "تصویر"), LabelWord("ur", "labels", "فوٹو"),
    LabelWord("ta", "labels", "படம்"), LabelWord("sq", "labels", "Foto"),
    LabelWord("eu", "labels", "Argazkia"), LabelWord("cy", "labels", "Llun"),
    LabelWord("af", "role_words", "Verskaf"), LabelWord("ga", "labels", "Grianghraf"),
]


@pytest.mark.parametrize("row", LABEL_WORDS, ids=lambda r: f"{r.code}:{r.word}")
def test_label_word_is_in_its_language_file(row: LabelWord) -> None:
    assert row.word in languages()[row.code].credit[row.field]
