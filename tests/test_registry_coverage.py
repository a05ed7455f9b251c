"""Coverage of the agency registry: news, photo and sport agencies, newspapers and
broadcasters that news pages credit for pictures, in the way each region prints them.

Each row: the credit as printed, the photographers (creators) and the registry ids of
the organisations found, left to right. Written in the manner of scrapinghub/price-parser's
example tables, grouped by region. The samples are made up in the style of the outlets
that print such credits; no credit is copied from a page.

The negative tables hold ordinary words and sentences that share a key with a short
name of the registry: they must find nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from mediakit import parse_credit
from mediakit.credits.fold import key
from mediakit.credits.registry import default_registry


@dataclass
class Example:
    text: str
    agencies: list[str]  # registry ids, left to right
    creators: list[str] = field(default_factory=list)


LATIN_AMERICA = [
    Example("Foto: Marcelo Camargo/Agência Brasil", ["agencia-brasil"], ["Marcelo Camargo"]),
    Example("Jane Doe/Folhapress", ["folhapress"], ["Jane Doe"]),
    Example("Foto: Wilton Junior/Estadão Conteúdo", ["estadao-conteudo"], ["Wilton Junior"]),
    Example("Foto: Marcos Oliveira/Agência Senado", ["agencia-senado"], ["Marcos Oliveira"]),
    Example("Foto: Bruno Spada/Agência Câmara", ["agencia-camara"], ["Bruno Spada"]),
    Example("Foto: Renato Alves/Agência Brasília", ["agencia-brasilia"], ["Renato Alves"]),
    Example("Foto: Ana Lima/Futura Press", ["futura-press"], ["Ana Lima"]),
    Example("Foto: Pedro Souza/Gazeta Press", ["gazeta-press"], ["Pedro Souza"]),
    Example("Foto: Télam", ["telam"]),
    Example("Foto: Noticias Argentinas", ["noticias-argentinas"]),
    Example("Foto: ANDINA/Difusión", ["andina"]),
    Example("Foto: ABI", ["abi-bolivia"]),
    Example("Foto: AGN", ["agn-guatemala"]),
    Example("Foto: El Universo", ["el-universo"]),
    Example("Foto: LA JORNADA", ["la-jornada"]),
    Example("Foto: AVN", ["avn"]),
    Example("Foto: Colprensa", ["colprensa"]),
    Example("Foto: César Melgarejo / EL TIEMPO", ["el-tiempo-co"], ["César Melgarejo"]),
    Example("Foto: Cuartoscuro", ["cuartoscuro"]),
    Example("Foto: Mexsport", ["mexsport"]),
    Example("Foto: Imago7", ["imago7"]),
    Example("Foto: Agencia Uno", ["agencia-uno"]),
    Example("Foto: Prensa Latina", ["prensa-latina"]),
    Example("Foto: Infobae", ["infobae"]),
    Example("Foto: Agência France-Presse", ["afp"]),
    Example("Foto: Agencia Xinhua", ["xinhua"]),
    Example("Foto: Caracol TV", ["caracol"]),
    Example("Foto: SBT", ["sbt"]),
]

NORTH_AMERICA = [
    Example("Tom Williams/CQ-Roll Call via Getty Images", ["cq-roll-call", "getty-images"], ["Tom Williams"]),
    Example("Jane Doe/MediaNews Group/Orange County Register via Getty Images",
            ["medianews-group", "orange-county-register", "getty-images"], ["Jane Doe"]),
    Example("Jane Doe/Star Tribune via Getty Images", ["star-tribune", "getty-images"], ["Jane Doe"]),
    Example("Jane Doe/Cal Sport Media via AP", ["cal-sport-media", "ap"], ["Jane Doe"]),
    Example("Jane Doe/NBAE via Getty Images", ["nbae", "getty-images"], ["Jane Doe"]),
    Example("Jane Doe/NHLI via Getty Images", ["nhli", "getty-images"], ["Jane Doe"]),
    Example("Jane Doe/Four Seam Images via AP", ["four-seam-images", "ap"], ["Jane Doe"]),
    Example("Jane Doe/GC Images", ["gc-images"], ["Jane Doe"]),
    Example("Photo: Newscom", ["newscom"]),
    Example("Photo: Bauer-Griffin/GC Images", ["bauer-griffin", "gc-images"]),
    Example("Photo: CNBC", ["cnbc"]),
    Example("Photo: C-SPAN", ["c-span"]),
    Example("Jane Doe/The Philadelphia Inquirer via AP", ["philadelphia-inquirer", "ap"], ["Jane Doe"]),
]

BRITAIN_AND_IRELAND = [
    Example("Photo: Sportsfile", ["sportsfile"]),
    Example("Jane Doe/INPHO", ["inpho"], ["Jane Doe"]),
    Example("Photo: RollingNews.ie", ["rollingnews"]),
    Example("Jane Doe/Backpage Images", ["backpage-images"], ["Jane Doe"]),
    Example("Photo: Colorsport/Shutterstock", ["colorsport", "shutterstock"]),
    Example("Jane Doe/CameraSport via Getty Images", ["camerasport", "getty-images"], ["Jane Doe"]),
    Example("Jane Doe/Sportimage", ["sportimage"], ["Jane Doe"]),
    Example("Jane Doe/Action Plus via Getty Images", ["action-plus", "getty-images"], ["Jane Doe"]),
    Example("Jane Doe/Huw Evans Agency", ["huw-evans"], ["Jane Doe"]),
    Example("Jane Doe/SNS Group", ["sns-group"], ["Jane Doe"]),
    Example("Jane Doe/REX/Shutterstock", ["rex-features", "shutterstock"], ["Jane Doe"]),
    Example("Photo: SWNS", ["swns"]),
    Example("Photo: Mirrorpix", ["mirrorpix"]),
    Example("Photo: Solent News", ["solent-news"]),
    Example("Photo: Jam Press", ["jam-press"]),
    Example("Photo: Kennedy News and Media", ["kennedy-news"]),
    Example("Photo: Cover Images", ["cover-images"]),
    Example("Jane Doe/Barcroft Media via Getty Images", ["barcroft-media", "getty-images"], ["Jane Doe"]),
    Example("Photo: LAT Images", ["motorsport-images"]),
    Example("Jane Doe/Motorsport Images", ["motorsport-images"], ["Jane Doe"]),
    Example("Photo: Sky Sports", ["sky-sports"]),
    Example("Jane Doe/The Irish Times", ["irish-times"], ["Jane Doe"]),
]

WESTERN_EUROPE = [
    Example("© ABACA", ["abaca"]),
    Example("© Jane Doe/Bestimage", ["bestimage"], ["Jane Doe"]),
    Example("© PANORAMIC", ["panoramic"]),
    Example("Photo: Icon Sport", ["icon-sport"]),
    Example("© Presse Sports", ["presse-sports"]),
    Example("Photo: Jane Doe/DPPI", ["dppi"], ["Jane Doe"]),
    Example("© Jane Doe/Hans Lucas", ["hans-lucas"], ["Jane Doe"]),
    Example("© Jane Doe/Divergence", ["divergence"], ["Jane Doe"]),
    Example("© Jane Doe/Hemis", ["hemis"], ["Jane Doe"]),
    Example("© Jane Doe/Le Pictorium", ["le-pictorium"], ["Jane Doe"]),
    Example("Photo: KMSP", ["kmsp"]),
    Example("© Roger-Viollet", ["roger-viollet"]),
    Example("© Leemage", ["leemage"]),
    Example("© Rue des Archives", ["rue-des-archives"]),
    Example("Foto: Witters", ["witters"]),
    Example("Foto: Lichtgut/Jane Doe", ["lichtgut"], ["Jane Doe"]),
    Example("Foto: action press", ["action-press"]),
    Example("Foto: IMAGO/United Archives", ["imago", "united-archives"]),
    Example("Foto: IMAGO/Cinema Publishers Collection", ["imago", "cinema-publishers-collection"]),
    Example("Foto: Pixathlon", ["pixathlon"]),
    Example("Foto: nordphoto/Jane Doe", ["nordphoto"], ["Jane Doe"]),
    Example("Foto: IMAGO/Beautiful Sports", ["imago", "beautiful-sports"]),
    Example("Foto: foto2press", ["foto2press"]),
    Example("Foto: Jane Doe/photothek.net", ["photothek"], ["Jane Doe"]),
    Example("Foto: Geisler-Fotopress", ["geisler-fotopress"]),
    Example("Foto: Bongarts/Getty Images", ["bongarts", "getty-images"]),
    Example("Foto: Sven Simon", ["sven-simon"]),
    Example("Foto: Eibner-Pressefoto", ["eibner"]),
    Example("Foto: GEPA pictures", ["gepa"]),
    Example("Foto: EXPA Pictures", ["expa-pictures"]),
    Example("Foto: Keystone-SDA", ["keystone"]),
    Example("Foto: Freshfocus", ["freshfocus"]),
    Example("Foto: Pro Shots", ["proshots"]),
    Example("Foto: Orange Pictures", ["orange-pictures"]),
    Example("Foto: BSR Agency", ["bsr-agency"]),
    Example("Foto: Soccrates Images", ["soccrates-images"]),
    Example("Foto: Isosport", ["isosport"]),
    Example("Foto: Ciamillo-Castoria", ["ciamillo-castoria"]),
    Example("Foto: Italpress", ["italpress"]),
    Example("Foto: Agenzia Nova", ["agenzia-nova"]),
    Example("Foto: AFP7 via ZUMA Wire", ["afp7", "zuma-press"]),
    Example("Foto: Alterphotos", ["alterphotos"]),
    Example("Foto: Pressinphoto", ["pressinphoto"]),
    Example("Foto: Gtres", ["gtres"]),
    Example("Foto: Colpisa", ["colpisa"]),
    Example("Foto: Global Imagens", ["global-imagens"]),
    Example("Foto: SOOC", ["sooc"]),
]

NORTHERN_AND_EASTERN_EUROPE = [
    Example("Foto: Bildbyrån", ["bildbyran"]),
    Example("Foto: Jane Doe/Aftonbladet", ["aftonbladet"], ["Jane Doe"]),
    Example("Foto: Jane Doe/Expressen", ["expressen"], ["Jane Doe"]),
    Example("Foto: Jane Doe / Politiken", ["politiken"], ["Jane Doe"]),
    Example("Kuva: Jane Doe / Ilta-Sanomat", ["ilta-sanomat"], ["Jane Doe"]),
    Example("Fot. Newspix.pl", ["newspix-pl"]),
    Example("Fot. PressFocus", ["pressfocus"]),
    Example("Foto: MEDIAFAX FOTO", ["mediafax"]),
    Example("Снимка: БГНЕС", ["bgnes"]),
    Example("Foto: FoNet", ["fonet"]),
    Example("Foto: BETA", ["beta-serbia"]),
    Example("Foto: SRNA", ["srna"]),
    Example("Foto: CROPIX", ["cropix"]),
    Example("Foto: MAFRA", ["mafra"]),
    Example("Фото: Photoxpress", ["photoxpress"]),
    Example("Фото: Новая газета", ["novaya-gazeta"]),
    Example("Фото: Комсомольская правда", ["komsomolskaya-pravda"]),
    Example("Фото: РБК-Україна", ["rbc-ukraine"]),
    Example("Фото: Наша Ніва", ["nasha-niva"]),
    Example("ფოტო: Interpressnews", ["interpressnews"]),
    Example("Լուսանկարը՝ Photolure", ["photolure"]),
    Example("Foto: Depo Photos", ["depo-photos"]),
]

MIDDLE_EAST_AND_AFRICA = [
    Example("Photo: ENA", ["ena"]),
    Example("Photo: GNA", ["gna"]),
    Example("Photo: APAnews", ["apa-news"]),
    Example("Foto: Inforpress", ["inforpress"]),
    Example("Photo: SLENA", ["slena"]),
    Example("Photo: ANHA", ["anha"]),
    Example("صورة: وكالة أنباء هاوار", ["anha"]),
    Example("Photo: Shafaq News", ["shafaq-news"]),
    Example("عکس: ایلنا", ["ilna"]),
    Example("تصوير: المصري اليوم", ["al-masry-al-youm"]),
    Example("Photo: Youm7", ["youm7"]),
    Example("صورة: هسبريس", ["hespress"]),
    Example("Photo: Middle East Images via AFP", ["middle-east-images", "afp"]),
    Example("Photo: SABC News", ["sabc"]),
    Example("Photo: Citizen TV", ["citizen-tv"]),
    Example("Photo: Channels TV", ["channels-tv"]),
    Example("Photo © RFI", ["rfi"]),
]

ASIA_PACIFIC = [
    Example("Photo: UNB", ["unb"]),
    Example("Photo: BSS", ["bss"]),
    Example("Photo: NNI", ["nni"]),
    Example("Photo: INP", ["inp-pakistan"]),
    Example("Foto: Tatoli", ["tatoli"]),
    Example("Photo: AKIpress", ["akipress"]),
    Example("Photo: Trend.az", ["trend-az"]),
    Example("Photo: Report.az", ["report-az"]),
    Example("Photo: VietnamPlus", ["vna"]),
    Example("ภาพ: มติชน", ["matichon"]),
    Example("ภาพ: ไทยรัฐ", ["thairath"]),
    Example("Photo: Thai PBS", ["thai-pbs"]),
    Example("Photo: Philstar", ["philstar"]),
    Example("Photo: GMA News", ["gma-news"]),
    Example("Foto: detikcom", ["detik"]),
    Example("Photo: Costfoto/NurPhoto via Getty Images", ["costfoto", "nurphoto", "getty-images"]),
    Example("Photo: CFOTO/Future Publishing via Getty Images", ["cfoto", "future-publishing", "getty-images"]),
    Example("Photo: Xinhua/ZUMA Wire", ["xinhua", "zuma-press"]),
    Example("Credit: Jane Doe/Xinhua/ZUMA", ["xinhua", "zuma-press"], ["Jane Doe"]),
    Example("图片来源：新京报", ["beijing-news"]),
    Example("圖：中國時報", ["china-times"]),
    Example("圖／三立新聞", ["set-news"]),
    Example("写真：アフロ", ["aflo"]),
    Example("写真：日刊スポーツ", ["nikkan-sports"]),
    Example("写真：スポニチ", ["sponichi"]),
    Example("사진=OSEN DB", ["osen"]),
    Example("사진=스포츠조선", ["sports-chosun"]),
    Example("사진=한국일보", ["hankook-ilbo"]),
    Example("Photo: Photosport", ["photosport-nz"]),
    Example("Picture: Newspix", ["newspix"]),
    Example("Photo: RNZ", ["rnz"]),
    Example("Ảnh: VTV", ["vtv-vietnam"]),
    Example("Ảnh: TTXVN", ["vna"]),
    Example("Foto: TVRI", ["tvri"]),
    Example("Photo: Times Now", ["times-now"]),
    Example("图/白俄通社", ["belta"]),
    Example("图/马来西亚国家新闻社", ["bernama"]),
]


# Names that hold a label or a joining word: a trailing "foto" is part of a one-word name
# ("Procesofoto"), and "on" inside a registry name is no via word ("Focus on Sport").
NAMES_HOLDING_LABEL_OR_JOINING_WORDS = [
    Example("Foto: Juan Pérez/Procesofoto", ["procesofoto"], ["Juan Pérez"]),
    Example("Foto: Revierfoto", ["revierfoto"]),
    Example("Foto: Insidefoto", ["insidefoto"]),
    Example("Photo: Focus on Sport/Getty Images", ["focus-on-sport", "getty-images"]),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.text) for r in NAMES_HOLDING_LABEL_OR_JOINING_WORDS])
def test_registry_finds_names_the_parser_cuts(row: Example):
    assert [m.agency.id for m in default_registry().find_all(row.text)] == row.agencies


@pytest.mark.parametrize("row", [pytest.param(r, id=r.text) for r in NAMES_HOLDING_LABEL_OR_JOINING_WORDS])
def test_parser_keeps_names_whole(row: Example):
    credit = parse_credit(row.text)
    assert [a.id for a in credit.agencies] == row.agencies
    assert list(credit.creators) == row.creators


def _rows(*tables: list[Example]):
    return [pytest.param(row, id=row.text) for table in tables for row in table]


# Stock agencies printed by their address.
STOCK_BY_ADDRESS = [
    Example("colorbox.com", ["colourbox"]),
    Example("Foto: Colourbox.de", ["colourbox"]),
    Example("צילום: שאטרסטוק", ["shutterstock"]),  # Shutterstock in Hebrew script
]


# National weather services: their maps and radar pictures illustrate storm news.
WEATHER_SERVICES = [
    Example("Image: Met Office", ["met-office"]),
    Example("Radar image: BoM", ["bureau-of-meteorology"]),
    Example("Carte de vigilance Météo-France", ["meteo-france"]),
    Example("Grafik: DWD", ["dwd"]),
    Example("Foto: AEMET", ["aemet"]),
    Example("気象庁提供", ["jma"]),
    Example("기상청 제공", ["kma"]),
    Example("Фото: Гидрометцентр России", ["roshydromet"]),
]


@pytest.mark.parametrize("row", _rows(LATIN_AMERICA, NORTH_AMERICA, BRITAIN_AND_IRELAND, WESTERN_EUROPE,
                                      NORTHERN_AND_EASTERN_EUROPE, MIDDLE_EAST_AND_AFRICA, ASIA_PACIFIC,
                                      STOCK_BY_ADDRESS, WEATHER_SERVICES))
def test_credit_finds_the_organisations(row: Example):
    credit = parse_credit(row.text)
    assert [a.id for a in credit.agencies] == row.agencies
    assert list(credit.creators) == row.creators


# Ordinary words and sentences that share a key with a short name: nothing is found.
ORDINARY_TEXT = [
    "Download the app, then open the map.",
    "Die Band spielt heute im Park.",          # Band (TV Bandeirantes): not a name here
    "Es la Comunidad Andina y el tiempo es malo.",
    "The trend is clear and the beta version shipped.",
    "Abi, geliyor musun?",                      # Turkish "abi": not the Bolivian ABI
    "Adi and Rex are friends of Zuma.",
    "Srna scored twice for Croatia.",
    "Offside was called; the striker had 25 pts.",
    "Panoramic views from the top of the tower.",
    "with a focus on sport and new cover images",
    "India today is a different country.",
    "my daily routine and money today",
    "Kennedy news conference at noon",
    "Rolling news channels carried the speech.",
    "Photo 12 of 20",
    "Credit: N/A",
    "Great TV. I agree.",
    "Caracol significa caracol.",
    "Ele chegou à zero hora.",
    "Vi diskuterar politiken och expressen till Malmö.",
    "a la sexta vuelta",
    "the Beijing news conference",
    "wies das VG Frankfurt den Antrag zurück",
    "Ảnh: CTV Nguyễn Văn An",                  # Vietnamese "cộng tác viên", not CTV News
    "At times now it rains.",
    "i gna go home",
    "Bom dia, tudo bem?",                       # Portuguese "bom": not the Bureau of Meteorology
    "El universo se expande.",
]


@pytest.mark.parametrize("text", ORDINARY_TEXT)
def test_ordinary_text_finds_no_organisation(text: str):
    assert [m.agency.id for m in default_registry().find_all(text)] == []


# Names claimed by two organisations stay marked, so no new silent collision.
def test_new_names_add_no_unmarked_collision():
    registry = default_registry()
    for folded, claimants in registry.collisions().items():
        plain = [i for i in claimants if folded not in {key(n) for n in registry.get(i).ambiguous}]
        assert len(plain) <= 1, (folded, claimants)


@pytest.mark.parametrize("name, agency_id", [
    ("Newspix", "newspix"),                 # News Corp Australia's library claims it plainly
    ("Newspix.pl", "newspix-pl"),
    ("News.com.au", "news-com-au"),          # not Newscom
    ("Interpressnews", "interpressnews"),     # not the state agency Sakinform
    ("Trend News Agency", "trend-az"),
    ("Azeri-Press Agency", "apa-azerbaijan"),  # not Austria's APA
    ("APA", "apa"),
])
def test_lookup_of_names_near_others(name: str, agency_id: str):
    assert default_registry().lookup(name).id == agency_id
