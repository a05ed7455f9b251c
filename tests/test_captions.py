"""Caption lines: where the credit sits, and lines that have none."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from mediakit import split_caption


@dataclass
class Example:
    line: str
    caption: str | None
    credit: str | None


SEED = [  # the two caption lines of the article the project started from
    Example("Des exercices de tir de missiles dans un lieu non divulgué en Corée du Nord. 朝鮮通信社/KCNA via KNS",
            "Des exercices de tir de missiles dans un lieu non divulgué en Corée du Nord.", "朝鮮通信社/KCNA via KNS"),
    Example("Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un à Pyongyang le 19 juin "
            "Gavriil Grigorov/Sputnik",
            "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un à Pyongyang le 19 juin",
            "Gavriil Grigorov/Sputnik"),
]

NO_SEPARATOR = [
    Example("Firefighters at the scene of the blaze in Marseille NICOLAS TUCAT/AFP",
            "Firefighters at the scene of the blaze in Marseille", "NICOLAS TUCAT/AFP"),
    Example("Der Minister beim Treffen in Brüssel Julia Steinbach/dpa",
            "Der Minister beim Treffen in Brüssel", "Julia Steinbach/dpa"),
    Example("Des manifestants à Rennes Karim Benali/AFP", "Des manifestants à Rennes", "Karim Benali/AFP"),
]

LABELLED = [
    Example("A man walks past a shop. Photograph: Jane Doe/Reuters", "A man walks past a shop.", "Jane Doe/Reuters"),
    Example("Fans cheer as the bus arrives.Photo: Luis Herrera/AP", "Fans cheer as the bus arrives.", "Luis Herrera/AP"),
    Example("Nurses at work in the ward during treatmentCredit: EPA", "Nurses at work in the ward during treatment", "EPA"),
    Example("Demonstranten vor dem Reichstag (Foto: dpa)", "Demonstranten vor dem Reichstag", "dpa"),
    Example("Vue du port de Marseille. Photo : Jean Dupont / Hans Lucas", "Vue du port de Marseille.",
            "Jean Dupont / Hans Lucas"),
    Example("Rescue workers in Antakya. (Photo: Emre Kaya/AFP via Getty Images)", "Rescue workers in Antakya.",
            "Emre Kaya/AFP via Getty Images"),
    Example("Das neue Schulhaus in Wädenswil. Bild: zvg", "Das neue Schulhaus in Wädenswil.", "zvg"),
    Example("Храм на Красной площади. Фото: Иван Петров/ТАСС", "Храм на Красной площади.", "Иван Петров/ТАСС"),
    # Words between an open bracket and the label belong to the credit.
    Example("(All photos: Atlas staff)", None, "Atlas staff"),
    Example("Rescue workers in Kyiv (All photos: Jane Doe/AFP)", "Rescue workers in Kyiv", "Jane Doe/AFP"),
    # A line that is one labelled credit has no caption.
    Example("Photo: Jane Doe", None, "Jane Doe"),
    Example("коллаж: Андрей Калистратенко", None, "Андрей Калистратенко"),
    Example("Foto: dpa", None, "dpa"),
    # ... but a label before a sentence is a caption label.
    Example("Photo: Protesters gather in Kyiv on Monday", "Protesters gather in Kyiv on Monday", None),
    Example("FILE PHOTO: Traders work on the floor of the exchange, November 18, 2019. REUTERS/Jane Roe",
            "FILE PHOTO: Traders work on the floor of the exchange, November 18, 2019.", "REUTERS/Jane Roe"),
    Example("资料图：上海陆家嘴金融区。图片来源：视觉中国", "资料图：上海陆家嘴金融区。", "视觉中国"),
    # After a label with its colon, an office named in lower-case words is the credit
    # (Bulgarian and Russian offices are written so), but not after "File photo:".
    Example("Министърът на земеделието на брифинг в сряда Снимка: Пресцентър на Министерството на земеделието "
            "и храните", "Министърът на земеделието на брифинг в сряда",
            "Пресцентър на Министерството на земеделието и храните"),
    Example("Министр на брифинге в среду Фото: пресс-служба министерства", "Министр на брифинге в среду",
            "пресс-служба министерства"),
    Example("Traders on the floor. FILE PHOTO: Police officers stand guard near the ministry",
            "Traders on the floor. FILE PHOTO: Police officers stand guard near the ministry", None),
    # A reporter of the paper signs the picture after the caption's last sentence; a
    # title alone names no one.
    Example("24일 오후 군산시 갯벌에서 도요새 무리가 날아오르고 있다. 김봉규 선임기자 bong9@hani.co.kr",
            "24일 오후 군산시 갯벌에서 도요새 무리가 날아오르고 있다.", "김봉규 선임기자 bong9@hani.co.kr"),
    Example("평양 시내 모습. /김민지 기자", "평양 시내 모습.", "김민지 기자"),
    Example("Die Stadt am Abend. Unser Korrespondent", "Die Stadt am Abend. Unser Korrespondent", None),
    # Role sentences in a closing bracket, in a script without capitals.
    Example("얼어붙은 강원 철원군 한탄강 [독자 제공. 재판매 및 DB 금지]", "얼어붙은 강원 철원군 한탄강",
            "독자 제공. 재판매 및 DB 금지"),
    # "＝" then whoever provided the picture, with the word for it: the credit (a date and
    # a place after "＝" are the caption's own).
    Example("全固体電池の生産ラインのイメージ＝トヨタ自動車提供", "全固体電池の生産ラインのイメージ", "トヨタ自動車提供"),
    Example("降灰予報を説明する担当者＝24日、鹿児島市", "降灰予報を説明する担当者＝24日、鹿児島市", None),
    # A photographer after a dash (ABC), or after the outlet's initials and a slash
    # (Le Parisien); a name that goes on into a sentence is none.
    Example("Andén de la estación de Plaza Elíptica, donde conectará la nueva línea 11 - Ignacio Gil",
            "Andén de la estación de Plaza Elíptica, donde conectará la nueva línea 11", "Ignacio Gil"),
    Example("Der Sieger im Ziel - Martin Schulz sagte", "Der Sieger im Ziel - Martin Schulz sagte", None),
    Example("Créteil, lundi 24 novembre. Les pompiers sur place. LP/Arnaud Journois",
            "Créteil, lundi 24 novembre. Les pompiers sur place.", "LP/Arnaud Journois"),
    # The Japanese photographer's credit follows "＝", after the bracket of when and where.
    Example("噴煙を上げる中岳第一火口（24日午前、阿蘇市で、読売ヘリから）＝佐藤雄一撮影",
            "噴煙を上げる中岳第一火口（24日午前、阿蘇市で、読売ヘリから）", "佐藤雄一撮影"),
    # A label left closing the caption once the credit is split off goes with it, in a
    # script without capitals; a lower-case word goes on with the sentence.
    Example("ประชาชนรอรับถุงยังชีพที่ศูนย์พักพิง ภาพจาก AFP", "ประชาชนรอรับถุงยังชีพที่ศูนย์พักพิง", "AFP"),
    Example("A man takes a photo Jane Doe/AFP", "A man takes a photo", "Jane Doe/AFP"),
    # Antara's credit after a dated sentence, the desk's initials closing it with a stop.
    Example("Petugas memeriksa pintu air di Muara Baru, Selasa (24/11/2026). ANTARA FOTO/Dedi Saputra/foc",
            "Petugas memeriksa pintu air di Muara Baru, Selasa (24/11/2026).", "ANTARA FOTO/Dedi Saputra/foc"),
    Example("Bus melintas di kawasan Sudirman, Rabu (11/3/2026). ANTARA FOTO/Aditya Putra/rwa.",
            "Bus melintas di kawasan Sudirman, Rabu (11/3/2026).", "ANTARA FOTO/Aditya Putra/rwa"),
    # A caption slot holding "/" and a name: the credit alone (Chosun prints "caption /credit").
    Example("/기상청", None, "기상청"),
    Example("/usr/local/bin is a path", "/usr/local/bin is a path", None),
    # The Armenian label mark "՝" separates as a colon does.
    Example("Նոր հիվանդանոցի շինհրապարակը Դավթաշենում։ Լուսանկարը՝ Արմենպրես",
            "Նոր հիվանդանոցի շինհրապարակը Դավթաշենում։", "Արմենպրես"),
    Example("Լուսանկարը՝ Photolure", None, "Photolure"),
    # A gallery's counter opening the caption is no part of it.
    Example("1 di 4 I vigili del fuoco al lavoro a Sestri Levante ANSA",
            "I vigili del fuoco al lavoro a Sestri Levante", "ANSA"),
    Example("[1/3]People walk past a bank branch in Singapore. REUTERS/Edgar Roe",
            "People walk past a bank branch in Singapore.", "REUTERS/Edgar Roe"),
    Example("3 of the 5 victims were children", "3 of the 5 victims were children", None),
    # A Japanese role credit set apart by a space ("provided by a viewer").
    Example("倒木で道路がふさがれた様子　視聴者提供", "倒木で道路がふさがれた様子", "視聴者提供"),
    # A known agency after the date and place of "＝", behind "、" (Mainichi).
    Example("質問に答える代表＝国会内で2026年11月24日、共同", "質問に答える代表＝国会内で2026年11月24日", "共同"),
    # The outlet by its initials, printed in capitals only (NOS; "nos" is a word).
    Example("Het bord met opgeheven treinen op Utrecht Centraal NOS",
            "Het bord met opgeheven treinen op Utrecht Centraal", "NOS"),
    Example("Work on an elevated station near Balewadi (TOI photo)", "Work on an elevated station near Balewadi",
            "TOI photo"),
    # Hungarian sites label the lead picture's caption "Címlapkép:" (cover picture).
    Example("Címlapkép: Villamos a Nyugati téren. Fotó: Ajpek Orsi / Index", "Villamos a Nyugati téren.",
            "Ajpek Orsi / Index"),
]

# A credit chain in capitals opening the line, the caption after it (Austrian and Swiss
# papers print "APA/NAME" first).
LEADING_CHAIN = [
    Example("APA/HANS MUSTER Der Bundeskanzler bei der Pressekonferenz in Wien",
            "Der Bundeskanzler bei der Pressekonferenz in Wien", "APA/HANS MUSTER"),
    Example("Bild: SN/APA/KEYSTONE/ANNA MUSTER Nationaler Trauertag für die Opfer am Freitag",
            "Nationaler Trauertag für die Opfer am Freitag", "SN/APA/KEYSTONE/ANNA MUSTER"),
    # capitals and slashes without a known agency are not a credit
    Example("AB/CD Something happened here today", "AB/CD Something happened here today", None),
]

SEPARATORS = [
    Example("Un agente en el puerto de Algeciras | Europa Press", "Un agente en el puerto de Algeciras", "Europa Press"),
    Example("EFE | Los Reyes presiden el desfile en Madrid", "Los Reyes presiden el desfile en Madrid", "EFE"),
    Example("I soccorritori al lavoro a Ischia - Ansa", "I soccorritori al lavoro a Ischia", "Ansa"),
    Example("© AFP Des soldats à Kiev", "Des soldats à Kiev", "AFP"),
]

EAST_ASIAN = [
    Example("ミサイル発射実験の様子（朝鮮中央通信＝共同）", "ミサイル発射実験の様子", "朝鮮中央通信＝共同"),
    Example("国会で答弁する首相（共同）", "国会で答弁する首相", "共同"),
    Example("平壤举行阅兵式 [평양 조선중앙통신=연합뉴스]", "平壤举行阅兵式", "평양 조선중앙통신=연합뉴스"),
    Example("这是在杭州拍摄的西湖夜景。新华社记者 周晓 摄", "这是在杭州拍摄的西湖夜景。", "新华社记者 周晓 摄"),
    Example("서울 도심 야경 (사진=연합뉴스)", "서울 도심 야경", "연합뉴스"),
    Example("جانب من الدمار في غزة (أ ف ب)", "جانب من الدمار في غزة", "أ ف ب"),
    # After a CJK label a slash or a middle dot closes the label as a colon does.
    Example("西湖边的游客。图/视觉中国", "西湖边的游客。", "视觉中国"),
    Example("改修が進む動物舎の内部　撮影・山田太郎", "改修が進む動物舎の内部", "山田太郎"),
    # A name with a role word in brackets says who supplied the picture; in a script
    # without capitals a role word alone there fills the credit's place too ("file
    # picture", "from our helicopter", "from the source"); in Latin script it stays.
    Example("正殿に飾られた扁額（架空県提供）", "正殿に飾られた扁額", "架空県提供"),
    Example("事故現場の様子（資料写真）", "事故現場の様子", "資料写真"),
    Example("2018年颱風襲港時，街道嚴重水浸。（資料圖片）", "2018年颱風襲港時，街道嚴重水浸。", "資料圖片"),
    Example("الألواح الشمسية الملحقة بالمحطة (من المصدر)", "الألواح الشمسية الملحقة بالمحطة", "من المصدر"),
    Example("Eine Kundgebung in Berlin. (Archivbild)", "Eine Kundgebung in Berlin. (Archivbild)", None),
    Example("수험생이 고사장으로 들어가고 있다. [공동취재]", "수험생이 고사장으로 들어가고 있다.", "공동취재"),
    # Closed by a stop, the bracket belongs to the sentence: "（无人机照片）。" describes it.
    Example("这是在江苏南京拍摄的玄武湖（无人机照片）。", "这是在江苏南京拍摄的玄武湖（无人机照片）。", None),
    # The photographer's signature after the agency's bracket, closed by "=", is the credit's.
    Example("(서울=연합뉴스) 김철수 기자 = 19일 오전 한 고등학교 앞에서 후배들이 응원하고 있다. 2026.11.19",
            "19일 오전 한 고등학교 앞에서 후배들이 응원하고 있다. 2026.11.19", "(서울=연합뉴스) 김철수 기자"),
]

# After a Latin label the slash belongs to the credit ("AP Photo/Jane Doe").
LATIN_SLASH = [
    Example("Supporters cheer in the hall. AP Photo/Jane Doe", "Supporters cheer in the hall.", "AP Photo/Jane Doe"),
]

# Screen-reader text copied with the page: an ellipsis glued to the name closes the label.
GLUED_ELLIPSIS = [
    Example("Volunteers searched the creek on Sunday.Credit...Jane Doe for The Example Times",
            "Volunteers searched the creek on Sunday.", "Jane Doe for The Example Times"),
    Example("Credit...Jon Roe/Getty Images", None, "Jon Roe/Getty Images"),
    Example("He paused... Photo... it was great", "He paused... Photo... it was great", None),
    # With no ellipsis at all: the hidden label glued between the last stop and the name.
    Example("Crews repaired the cables in Queens.CreditJane M. Doe/The Example Times",
            "Crews repaired the cables in Queens.", "Jane M. Doe/The Example Times"),
    Example("The pipes were laid in 1890.CreditJon Roe for The Example Times",
            "The pipes were laid in 1890.", "Jon Roe for The Example Times"),
    Example("It rained all day.Credits roll at the end.", "It rained all day.Credits roll at the end.", None),
]

# Names in brackets after the caption's last sentence (Spanish and Australian sites).
NAMES_IN_BRACKETS = [
    Example("Un jugador intenta marcharse de un defensor rival. (Edu Luque)",
            "Un jugador intenta marcharse de un defensor rival.", "Edu Luque"),
    Example("The island estate has been listed for sale. (Christie's)",
            "The island estate has been listed for sale.", "Christie's"),
    Example("The island estate has been listed for sale. (Bespoke Real Estate)",
            "The island estate has been listed for sale.", "Bespoke Real Estate"),
    # Without a closed sentence, a photographer known by a given name; a team is an aside.
    Example("Glass cloche terrariums (Lucy Akins)", "Glass cloche terrariums", "Lucy Akins"),
    Example("Andrew Robertson (FC Liverpool)", "Andrew Robertson (FC Liverpool)", None),
    # A role word or an editorial note there names nobody; inside the sentence it is an aside.
    Example("Der Hafen von Kiel im Winter. (Archivbild)", "Der Hafen von Kiel im Winter. (Archivbild)", None),
    Example("The council approved the plan. (Updated)", "The council approved the plan. (Updated)", None),
    Example("Ben Osborn (Sheffield United) im Zweikampf", "Ben Osborn (Sheffield United) im Zweikampf", None),
]

# A label closing the credit in a script with spaces (Lithuanian "nuotr."): the credit
# runs from a spaced slash or a sentence's end, names only; the caption stays.
CLOSING_LABEL = [
    Example("Povilas Aleksandravičius / J. Stacevičiaus / LRT nuotr.", "Povilas Aleksandravičius",
            "J. Stacevičiaus / LRT"),
    Example("Kryžius, asociatyvi nuotr. / J. Stacevičiaus / LRT nuotr.", "Kryžius, asociatyvi nuotr.",
            "J. Stacevičiaus / LRT"),
    Example("Premjeras kalba Seime. J. Stacevičiaus / LRT nuotr.", "Premjeras kalba Seime.", "J. Stacevičiaus / LRT"),
    Example("Vilniaus senamiestis / Organizatorių nuotr.", "Vilniaus senamiestis / Organizatorių nuotr.", None),
]

# A spaced slash, then a photographer's name alone (when it opens with a given name).
SLASH_BEFORE_NAME = [
    Example("Polizisten beim Einsatz am Montag in La Soledat / Lorenzo Marina",
            "Polizisten beim Einsatz am Montag in La Soledat", "Lorenzo Marina"),
    Example("Der Direktflug Hamburg / New York", "Der Direktflug Hamburg / New York", None),
    Example("Die Strecke zwischen Köln / Bonn Flughafen", "Die Strecke zwischen Köln / Bonn Flughafen", None),
]

# Credits glued on in the ways agencies print them.
GLUED_AGENCY_STYLES = [
    # The agency before its "PHOTO" label opens the credit.
    Example("Des voyageurs sur un quai, lundi soir. BELGA PHOTO JEAN DUPONT",
            "Des voyageurs sur un quai, lundi soir.", "BELGA PHOTO JEAN DUPONT"),
    # A spaced slash after the photographer's name; one word before it may be a place.
    Example("Le ministre à la Chambre, jeudi dernier JEAN-LUC MARTIN / BELGA",
            "Le ministre à la Chambre, jeudi dernier", "JEAN-LUC MARTIN / BELGA"),
    Example("Une manifestation à Liège / Belga", "Une manifestation à Liège", "Belga"),
    # The caption's date, then the agency after the slash (News1 style).
    Example("시민들이 해안 산책로를 걷고 있다. 2026.11.3/뉴스1", "시민들이 해안 산책로를 걷고 있다. 2026.11.3", "뉴스1"),
    # Reporters listed with "、" after the reporter word.
    Example("这是航站楼外景（无人机照片）。新华社记者 王小明、李大华 摄", "这是航站楼外景（无人机照片）。", "新华社记者 王小明、李大华 摄"),
    # A handle and its distributor before the spaced slash.
    Example("Un bombero en el incendio de Almería @Plan_Ejemplo via X / Reuters",
            "Un bombero en el incendio de Almería", "@Plan_Ejemplo via X / Reuters"),
    # One bracket group is no caption and credit.
    Example("(With inputs from PTI)", "(With inputs from PTI)", None),
]

# The photographer's name in capitals closing the caption (Spanish and Portuguese papers).
NAME_IN_CAPITALS = [
    # A photographer in capitals working for a publication in capitals (Le Monde's style).
    Example("Des marins-pêcheurs sur le quai, le 5 mars. JEAN-FRANÇOIS ROUX POUR « LE MONDE »",
            "Des marins-pêcheurs sur le quai, le 5 mars.", "JEAN-FRANÇOIS ROUX POUR « LE MONDE »"),
    # An agency name of two or three words, in capitals, closing the caption.
    Example("Dos arqueólogas limpian las teselas del borde norte EUROPA PRESS",
            "Dos arqueólogas limpian las teselas del borde norte", "EUROPA PRESS"),
    Example("Un agricultor revisa un canal seco en Lebrija (Sevilla), este martes. PACO ROMERO",
            "Un agricultor revisa un canal seco en Lebrija (Sevilla), este martes.", "PACO ROMERO"),
    Example("Bombeiros combatem as chamas na serra, esta terça-feira NUNO COSTA SANTOS",
            "Bombeiros combatem as chamas na serra, esta terça-feira", "NUNO COSTA SANTOS"),
    # Capitals that are no one's name: an acronym, a place.
    Example("Delegates arrive at the UN HEADQUARTERS", "Delegates arrive at the UN HEADQUARTERS", None),
    Example("Fans celebrate the title in MADRID", "Fans celebrate the title in MADRID", None),
]

NO_CREDIT = [  # names and places at the end are not credits
    # An agency named as the sentence's source, after a reporting phrase of the language files.
    Example("Het kabinet presenteerde de plannen in Den Haag, meldt het ANP.",
            "Het kabinet presenteerde de plannen in Den Haag, meldt het ANP.", None),
    Example("Premiér po rokovaní vlády, informovala agentúra TASR.",
            "Premiér po rokovaní vlády, informovala agentúra TASR.", None),
    Example("Пожар на складе в Подмосковье, сообщает ТАСС", "Пожар на складе в Подмосковье, сообщает ТАСС", None),
    Example("Минфин подготовил поправки. Документ есть в распоряжении РБК",
            "Минфин подготовил поправки. Документ есть в распоряжении РБК", None),  # (the paper has the document)
    Example("Chủ tịch nước dự lễ kỷ niệm, theo TTXVN", "Chủ tịch nước dự lễ kỷ niệm, theo TTXVN", None),
    # "신화" is Xinhua, and "myth": two bare characters closing a line are a word.
    Example("‘흙수저’ 소년공이 쏘아올린 정치 신화", "‘흙수저’ 소년공이 쏘아올린 정치 신화", None),
    Example("Chancellor Olaf Scholz arrives for a summit in Brussels",
            "Chancellor Olaf Scholz arrives for a summit in Brussels", None),
    Example("Oscar winner Emma Stone with co-star Mark Ruffalo", "Oscar winner Emma Stone with co-star Mark Ruffalo", None),
    Example("Journalists in the newsroom of the Associated Press in New York",
            "Journalists in the newsroom of the Associated Press in New York", None),
    Example("Tourists photograph the blossoms along the river", "Tourists photograph the blossoms along the river", None),
    Example("The report is online at https://example.org/report/2024", "The report is online at https://example.org/report/2024", None),
    Example("Input/output ratios of the plant, 2019-2024", "Input/output ratios of the plant, 2019-2024", None),
    Example("Kim Jong-un and Vladimir Putin in Pyongyang - the visit lasted two days",
            "Kim Jong-un and Vladimir Putin in Pyongyang - the visit lasted two days", None),
]

GALLERY_COUNTERS = [  # a gallery's title and its counter: the counter is neither caption nor credit
    Example("Gallery: Xbox One X screenshots | 9 Photos", "Xbox One X screenshots", None),
    Example("Die schönsten Bilder vom Stadtfest – 24 Bilder", "Die schönsten Bilder vom Stadtfest", None),
    Example("Der Bundeskanzler in Wien | Foto: APA", "Der Bundeskanzler in Wien", "APA"),
    Example("Fans celebrate in the square | 24 Hours/AFP", "Fans celebrate in the square", "24 Hours/AFP"),
    # The count in brackets (Index): a label word counted, not a clause ("12 Tote", twelve dead).
    Example("Így néz ki a felújított rakpart (12 kép)", "Így néz ki a felújított rakpart", None),
    Example("Der Anschlag forderte viele Opfer (12 Tote)", "Der Anschlag forderte viele Opfer (12 Tote)", None),
]

PHOTOGRAPHER_BEFORE_BRACKET = [
    Example("Der neue Platz vor dem Rathaus. Foto: Lena Brunner (Getty)", "Der neue Platz vor dem Rathaus.",
            "Lena Brunner (Getty)"),
    Example("Migrantes en el puerto, el 1 de agosto. Marta Soler (dpa/picture alliance via Getty)",
            "Migrantes en el puerto, el 1 de agosto.", "Marta Soler (dpa/picture alliance via Getty)"),
    Example("Bomberos en el incendio de Ávila, este domingo. JAVIER MONTES (EFE)",
            "Bomberos en el incendio de Ávila, este domingo.", "JAVIER MONTES (EFE)"),
]

TRAILING_RIGHTS_WORD = [  # a role word closing the caption: in capitals, or after its last sentence
    Example("Le ministre à Paris, lundi 3 mars. DR", "Le ministre à Paris, lundi 3 mars.", "DR"),
    Example("Der Minister mit seiner Familie in Berlin. Privat", "Der Minister mit seiner Familie in Berlin.", "Privat"),
    Example("Kinder spielen im Pool", "Kinder spielen im Pool", None),  # a plain word ending the caption
    # A file-picture mark in brackets belongs to the caption.
    Example("Ein Mitglied der Brigade bei einer Kundgebung. (Archivbild)",
            "Ein Mitglied der Brigade bei einer Kundgebung. (Archivbild)", None),
]

LABEL_IN_BRACKETS = [  # a label of two words right after the opening bracket
    Example("시민들이 열차에 탑승하고 있다 [사진 출처 = 연합뉴스]", "시민들이 열차에 탑승하고 있다", "연합뉴스"),
    Example("A man walks past a shop (Photo: Jane Doe/Reuters)", "A man walks past a shop", "Jane Doe/Reuters"),
    # A labelled credit alone in brackets: no caption, and no bracket left on the credit.
    Example("(Photo: Jane Doe/Reuters)", None, "Jane Doe/Reuters"),
    # The outlet and its photographer in the closing bracket of a caption without a stop.
    Example("Ein Imker kontrolliert eine Wabe in seinem Garten in Potsdam (Deutschlandradio / Anja Roe)",
            "Ein Imker kontrolliert eine Wabe in seinem Garten in Potsdam", "Deutschlandradio / Anja Roe"),
    # Interia: each part of the credit opens with a slash glued to it.
    Example("Smog nad Krakowem, zdjęcie ilustracyjne /Jacek Roe /PAP", "Smog nad Krakowem, zdjęcie ilustracyjne",
            "Jacek Roe /PAP"),
    # NOS: a photo agency's name run on after the caption's last word; after a function
    # word it is part of the sentence.
    Example("Brian Roe kopt Ajax op voorsprong Pro Shots", "Brian Roe kopt Ajax op voorsprong", "Pro Shots"),
    Example("Fans gather outside the offices of Getty Images", "Fans gather outside the offices of Getty Images", None),
    # French and Belgian regional papers: the paper's initials, a dash, the photographer.
    Example("Les arrêts provisoires resteront en place jusqu'en 2027. ÉdA - Philippe Roe",
            "Les arrêts provisoires resteront en place jusqu'en 2027.", "ÉdA - Philippe Roe"),
    Example("Le maire a parlé. Il - Jean Roe", "Le maire a parlé. Il", "Jean Roe"),  # ("Il" is a word)
    # Focus: the registered names, joined by a slash, run together with the caption under them.
    Example("Imago/Future Image Ein Monteur installiert die Außeneinheit einer Wärmepumpe an einem Haus.",
            "Ein Monteur installiert die Außeneinheit einer Wärmepumpe an einem Haus.", "Imago/Future Image"),
    Example("Reuters/AFP said on Tuesday that the talks would resume next week in Geneva.",
            "Reuters/AFP said on Tuesday that the talks would resume next week in Geneva.", None),
    # NPR: the photographer on assignment "for" the outlet, after the caption's stop.
    Example("A technician installs a heat pump at a home in Bangor, Maine, in January. Sophie Roe for NPR",
            "A technician installs a heat pump at a home in Bangor, Maine, in January.", "Sophie Roe for NPR"),
    # El Mundo glues the photographer and the agency's acronym to the caption's stop.
    Example("La ministra, en la rueda de prensa posterior al Consejo de Ministros.Chema Roe EFE",
            "La ministra, en la rueda de prensa posterior al Consejo de Ministros.", "Chema Roe EFE"),
    # Caption and credit in one pair of brackets, as Index prints its cover picture's at the end.
    Example("(Borítókép: A villamos a felújított rakparton szeptember 12-én. Fotó: Kiss Anna / Index)",
            "A villamos a felújított rakparton szeptember 12-én.", "Kiss Anna / Index"),
]

JAPANESE_EQUALS = [  # "＝" hands the picture to the agency at the very end of the line
    Example("テレビで演説を見る市民（ソウルで、３日）＝ＡＰ", "テレビで演説を見る市民（ソウルで、３日）", "ＡＰ"),
    Example("雪に覆われた交差点＝ロイター", "雪に覆われた交差点", "ロイター"),
    Example("記者会見する首相＝首相官邸で（代表撮影）", "記者会見する首相＝首相官邸で", "代表撮影"),
    # Mainichi: "＝where, when、" and the pool's shot, with no bracket.
    Example("記者会見する担当者＝東京都千代田区で2026年11月25日、代表撮影", "記者会見する担当者＝東京都千代田区で2026年11月25日",
            "代表撮影"),
    # A role run on after the caption's CJK stop: the reader provided it; a file picture.
    Example("消防人員在路口協助受困機車騎士。讀者提供", "消防人員在路口協助受困機車騎士。", "讀者提供"),
    Example("民眾撐傘冒雨通勤。資料照片", "民眾撐傘冒雨通勤。", "資料照片"),
    # "＝" before the date and place belongs to the caption.
    Example("運休を知らせる電光掲示板＝20日午前、金沢駅", "運休を知らせる電光掲示板＝20日午前、金沢駅", None),
]

AFTER_THE_LAST_SENTENCE = [
    # A photographer's middle initial ends no sentence.
    Example("Wade Ross stands on the deck of his boat. Ellen M. Banner / The Seattle Times",
            "Wade Ross stands on the deck of his boat.", "Ellen M. Banner / The Seattle Times"),
    Example("Der Minister in Berlin. Jana P. Roth/dpa", "Der Minister in Berlin.", "Jana P. Roth/dpa"),
    Example("Protesters outside the party offices in Seoul on Friday. Jane Doe / Getty Images",
            "Protesters outside the party offices in Seoul on Friday.", "Jane Doe / Getty Images"),
    Example("Eine Kundgebung nach dem Tod der Studentin Mina Rahimi. Uncredited/AP/dpa",
            "Eine Kundgebung nach dem Tod der Studentin Mina Rahimi.", "Uncredited/AP/dpa"),
    Example("시민들이 열차에 탑승하고 있다. 뉴시스", "시민들이 열차에 탑승하고 있다.", "뉴시스"),
    Example("代表の（左から）西田、石川 共同通信社", "代表の（左から）西田、石川", "共同通信社"),
    # A photographer known by a given name, a slash and an outlet the registry does not know.
    Example("The team programmed the computer in 1963. Olena Petrenko/Quanta Example Magazine",
            "The team programmed the computer in 1963.", "Olena Petrenko/Quanta Example Magazine"),
    Example("The team met in Kyiv. Dmytro Bondar/Example Weekly", "The team met in Kyiv.",
            "Dmytro Bondar/Example Weekly"),
    Example("The route runs along the coast. Paris/Berlin", "The route runs along the coast. Paris/Berlin", None),
    # A photographer and an outlet in brackets after the last sentence; places are no credit.
    Example("Residents line up to vote on Tuesday. (Kyle Brandt/The Valley Ledger)",
            "Residents line up to vote on Tuesday.", "Kyle Brandt/The Valley Ledger"),
    Example("The route runs along the coast. (Paris/Berlin)", "The route runs along the coast. (Paris/Berlin)", None),
    # Folha's style: dashes, the photographer, a date with its month in letters, the agency.
    Example("Moradores retiram móveis de casa alagada no Jardim Helena - Bruno Santos - 19.fev.25/Folhapress",
            "Moradores retiram móveis de casa alagada no Jardim Helena", "Bruno Santos - 19.fev.25/Folhapress"),
    Example("Equipes resgatam família no Itaim Paulista - Divulgação/Corpo de Bombeiros",
            "Equipes resgatam família no Itaim Paulista", "Divulgação/Corpo de Bombeiros"),
    # An abbreviated label ends with its stop: what follows may open in lower case.
    Example("Pęknięcia zauważone podczas przeglądu Fot. materiały prasowe GDDKiA",
            "Pęknięcia zauważone podczas przeglądu", "materiały prasowe GDDKiA"),
    # A role word after a dash ("droits réservés"); agencies the registry knows by short names.
    Example("Marc Exemple, président des commerçants. - D.R.", "Marc Exemple, président des commerçants.", "D.R"),
    Example("Une foule place Saint-Lambert. - Photo News", "Une foule place Saint-Lambert.", "Photo News"),
    Example("Una pinya durant la inauguració oficial. / ACN", "Una pinya durant la inauguració oficial.", "ACN"),
    # A slash left between caption and a labelled credit goes with the credit.
    Example("참석자들이 기념 촬영을 하고 있다. /사진=뉴시스", "참석자들이 기념 촬영을 하고 있다.", "뉴시스"),
    # A name closed by a role word ("provided") after the last sentence, in Korean.
    Example("해녀들이 소라를 작업장에서 선별하고 있다. 예시군 제공", "해녀들이 소라를 작업장에서 선별하고 있다.", "예시군 제공"),
    Example("Der Ablauf der Phasen zum Ende der Koalition. Bild: Screenshot: partei.de",
            "Der Ablauf der Phasen zum Ende der Koalition.", "partei.de"),
]

COURTESY_AFTER_THE_LAST_SENTENCE = [  # a courtesy phrase opens the credit, as a label would
    Example("Students at the new library in Leeds. Courtesy of Leeds City Council",
            "Students at the new library in Leeds.", "Courtesy of Leeds City Council"),
    Example("Un baño portátil en la pradera, en la edición de 2025. Cedida por la 'Plataforma por unas Fiestas "
            "de Barrio Respetuosas'", "Un baño portátil en la pradera, en la edición de 2025.",
            "Cedida por la 'Plataforma por unas Fiestas de Barrio Respetuosas'"),
    Example("Alunos na nova biblioteca. Cedida pela Universidade do Porto", "Alunos na nova biblioteca.",
            "Cedida pela Universidade do Porto"),
    # A credit just before the phrase is one credit with it.
    Example("Judges sit in The Hague on Monday. UN Photo / Jane Roe. Courtesy of the ICJ",
            "Judges sit in The Hague on Monday.", "UN Photo / Jane Roe. Courtesy of the ICJ"),
    # Running words after the phrase are a sentence, not a name.
    Example("The rescued dog. Courtesy of the owners who asked not to be named because they fear the neighbours",
            "The rescued dog. Courtesy of the owners who asked not to be named because they fear the neighbours",
            None),
    Example("The museum reopened. Supplied by the council", "The museum reopened. Supplied by the council", None),
]

LABEL_RANKS = [  # a © or a label with a colon outranks words inside the credit
    Example("Rauch über dem Werk im Einsatz.© DPA Images | Carla Ost", "Rauch über dem Werk im Einsatz.",
            "DPA Images | Carla Ost"),
    Example("Panzer auf dem Übungsplatz. Foto: picture alliance / SZ Photo | Paul Ried",
            "Panzer auf dem Übungsplatz.", "picture alliance / SZ Photo | Paul Ried"),
    Example("Die Karte zeigt die Rauchwolke.© Stadtanzeiger Infografik/OSM | K. Lenz",
            "Die Karte zeigt die Rauchwolke.", "Stadtanzeiger Infografik/OSM | K. Lenz"),
    Example("代表の（左から）西田、石川（Ｃ）共同通信社", "代表の（左から）西田、石川", "共同通信社"),
]

# Photographers named without an agency, in the shapes Iberian and Latin American papers
# print them, and the outlets they work for when the registry does not know them.
PHOTOGRAPHER_WITHOUT_AGENCY = [
    # A bare name after the caption's one sentence (Milenio).
    Example("Marta Ruiz, alcaldesa de Tlalpan. Pedro Luna", "Marta Ruiz, alcaldesa de Tlalpan.", "Pedro Luna"),
    # A name in capitals after a spaced slash and the closed sentence, whatever its given name.
    Example("Un tren a l'estació de Sants. / ZEBEDEU PUIGVERD", "Un tren a l'estació de Sants.", "ZEBEDEU PUIGVERD"),
    Example("Les ministres PARIS / BERLIN", "Les ministres PARIS / BERLIN", None),  # no closed sentence
    # A name in capitals and an outlet the registry does not know, after the sentence or glued.
    Example("Obrak Bilbon, atzo. ZEBEDEU ARANA / FOKU", "Obrak Bilbon, atzo.", "ZEBEDEU ARANA / FOKU"),
    Example("Hospital de São João, no Porto, esta quarta-feira ANDRÉ SOUSA/OBSERVADOR",
            "Hospital de São João, no Porto, esta quarta-feira", "ANDRÉ SOUSA/OBSERVADOR"),
    # Initials stand for the given name after a dash ("J. M. SERRANO", ABC Sevilla).
    Example("Interior del mercado, con la cubierta restaurada - J. M. PRATS", "Interior del mercado, con la cubierta restaurada",
            "J. M. PRATS"),
    # A photographer and an outlet in the closing bracket, split by a pipe (Naiz).
    Example("Kursaal jauregia, iazko edizioan. (Jon ARRIETA | FOKU)", "Kursaal jauregia, iazko edizioan.",
            "Jon ARRIETA | FOKU"),
    # The photographer in a pipe segment of their own, before the agency's (BioBioChile).
    Example("Vecinos en la plaza tras el sismo | Carlos Fuentes | Agencia Uno", "Vecinos en la plaza tras el sismo",
            "Carlos Fuentes | Agencia Uno"),
    # An organisation named alone after the caption's last sentence, by one of its words.
    Example("Ein Felsblock liegt auf der Kantonsstrasse. Kantonspolizei Musterland",
            "Ein Felsblock liegt auf der Kantonsstrasse.", "Kantonspolizei Musterland"),
    Example("Floodwaters surround homes on Wednesday. Citrus County Sheriff's Office",
            "Floodwaters surround homes on Wednesday.", "Citrus County Sheriff's Office"),
    Example("Un louveteau dans le parc, en 2024. PARC NATIONAL DES CÉVENNES", "Un louveteau dans le parc, en 2024.",
            "PARC NATIONAL DES CÉVENNES"),
    Example("Die Bohrungen sollen den Hang trockenlegen. PD", "Die Bohrungen sollen den Hang trockenlegen.", "PD"),
    Example("Petugas mengoperasikan pompa di kawasan Pluit. Dok. BPBD DKI Jakarta",  # the role word's stop
            "Petugas mengoperasikan pompa di kawasan Pluit.", "Dok. BPBD DKI Jakarta"),
    Example("VOLKSWAGEN ID. SPACE VIZZION CONCEPT", "VOLKSWAGEN ID. SPACE VIZZION CONCEPT", None),  # a name, no caption
    Example("Written by Asha Rao | New Delhi | Updated: March 3, 2026 09:10 IST",  # a place, no given name
            "Written by Asha Rao | New Delhi", "Updated: March 3, 2026 09:10 IST"),
]

# Shapes of other scripts and presses.
OTHER_PRESSES = [
    # A known agency glued before the closing label (Lithuanian "nuotr.").
    Example("Kariai pratybose Rukloje BNS nuotr.", "Kariai pratybose Rukloje", "BNS"),
    # A known agency glued to the caption's closing stop (a copy that lost the space).
    Example("Paketflut aus China: Lieferungen sind beliebt, können aber Risiken bergen.dpa",
            "Paketflut aus China: Lieferungen sind beliebt, können aber Risiken bergen.", "dpa"),
    # A registered name of several words over the caption, the two lines run together; a
    # name that goes on with a company word is the sentence's subject.
    Example("The Yomiuri Shimbun The leaders of seven parties take part in a debate in Tokyo.",
            "The leaders of seven parties take part in a debate in Tokyo.", "The Yomiuri Shimbun"),
    Example("The New York Times Company reported higher profits on Monday for the quarter.",
            "The New York Times Company reported higher profits on Monday for the quarter.", None),
    # Who provided it, after "＝" (a Japanese caption's credit).
    Example("床版の取り換え工事の様子＝首都高速道路会社提供", "床版の取り換え工事の様子", "首都高速道路会社提供"),
    # A network named by its number word, in brackets after the sentence (Nine's own credit).
    Example("A former president was named among the associates. (Nine)",
            "A former president was named among the associates.", "Nine"),
    Example("The team won Nine of their last ten games", "The team won Nine of their last ten games", None),
    Example("Mehr Infos gibt es auf der Seite des Herstellers unter welt.de",
            "Mehr Infos gibt es auf der Seite des Herstellers unter welt.de", None),
    # Daily Monitor's label joined by a slash after the sentence; Dawn's dash and label.
    Example("Traders wade through floodwater in Kampala on Monday. PHOTO/JANE DOE",
            "Traders wade through floodwater in Kampala on Monday.", "JANE DOE"),
    Example("A view of the pumping station. — Photo by author", "A view of the pumping station.", "author"),
    Example("The mayor - Photo session ended early", "The mayor - Photo session ended early", None),
    # A label glued to a dash (Bengali papers), and after a spaced slash in Georgian.
    Example("সংসদ ভবন, ঢাকা —ছবি: বাসস", "সংসদ ভবন, ঢাকা", "বাসস"),
    Example("თბილისის ქუჩები / ფოტო: ნინო ბერიძე, Netgazeti", "თბილისის ქუჩები", "ნინო ბერიძე, Netgazeti"),
    # A file label opening a sentence is the caption's; the credit follows the sentence.
    Example("资料图：长江大桥。中新社记者 王强 摄", "资料图：长江大桥。", "中新社记者 王强 摄"),
    # A credit glued to a closing bracket.
    Example("Hochwasser bei Frankfurt (Oder)Jana Weigel/dpa", "Hochwasser bei Frankfurt (Oder)", "Jana Weigel/dpa"),
    # An outlet by its web address after the caption's sentence; ERR's "Autor/allikas:" label.
    Example("Hraunið rann yfir veginn í nótt. mbl.is/Jón Pétursson", "Hraunið rann yfir veginn í nótt.",
            "mbl.is/Jón Pétursson"),
    Example("Vanalinna tänav õhtul. Autor/allikas: Mari Tamm/ERR", "Vanalinna tänav õhtul.", "Mari Tamm/ERR"),
    # Labels after a Devanagari or Bengali stop, glued; the Ethiopic and Khmer colons; Burmese
    # "photo - source" in brackets; Tagalog "Kuha ng" (taken by).
    Example("ভাঙ্গা জংশন স্টেশনে পণ্য ওঠানো হচ্ছে।ছবি: বাসস", "ভাঙ্গা জংশন স্টেশনে পণ্য ওঠানো হচ্ছে।", "বাসস"),
    Example("ប្រជាពលរដ្ឋទស្សនាការប្រណាំងទូក។ រូបភាព៖ អ.ក.ព", "ប្រជាពលរដ្ឋទស្សនាការប្រណាំងទូក។", "អ.ក.ព"),
    Example("ငလျင်ကြောင့် ပျက်စီးခဲ့သော တံတားဟောင်း (ဓာတ်ပုံ - AFP)", "ငလျင်ကြောင့် ပျက်စီးခဲ့သော တံတားဟောင်း", "AFP"),
    Example("Mga pasaherong stranded sa pantalan. Kuha ng Philippine Coast Guard", "Mga pasaherong stranded sa pantalan.",
            "Philippine Coast Guard"),
    # A Japanese caption's when and where after "＝", the photographer in the closing bracket.
    Example("記者団の取材に応じる官房長官＝25日午前、首相官邸（山田一郎撮影）", "記者団の取材に応じる官房長官＝25日午前、首相官邸",
            "山田一郎撮影"),
    # After a Devanagari or Bengali stop: the paper's name, or a role of two words, dash glued or not.
    Example("घाट पर दीये सजाते स्वयंसेवक। जागरण", "घाट पर दीये सजाते स्वयंसेवक।", "जागरण"),
    Example("गंगा में नौका विहार करते पर्यटक। फाइल फोटो", "गंगा में नौका विहार करते पर्यटक।", "फाइल फोटो"),
    Example("মশা মারার তেল স্প্রে করছেন পুরকর্মী। —ফাইল চিত্র।", "মশা মারার তেল স্প্রে করছেন পুরকর্মী।", "ফাইল চিত্র"),
    # Sorani Kurdish's label after a dash (Rudaw).
    Example("پڕۆژەی ئاوی دەباگە لە ڕۆژی یەکەمی کارکردن - وێنە: ڕووداو", "پڕۆژەی ئاوی دەباگە لە ڕۆژی یەکەمی کارکردن", "ڕووداو"),
    # A CJK agency and its role word written as one run after the caption's stop.
    Example("球場に湧入滿場觀眾。聯合報系資料照", "球場に湧入滿場觀眾。", "聯合報系資料照"),
    Example("图为滑雪度假区雪道。  人民视觉", "图为滑雪度假区雪道。", "人民视觉"),
    Example("서울광장에서 열린 김장 나눔 행사 모습. 중앙포토", "서울광장에서 열린 김장 나눔 행사 모습.", "중앙포토"),
    # A label inside a word in capitals is none ("NURPHOTO"): the patterns ignore case.
    Example("Pâturages desséchés sur le mont Lozère. ALAIN ROUX / NURPHOTO VIA AFP", "Pâturages desséchés sur le mont Lozère.",
            "ALAIN ROUX / NURPHOTO VIA AFP"),
    Example("Sie trägt einen Look von VALENTINOFoto: Nikolai Berg", "Sie trägt einen Look von VALENTINO", "Nikolai Berg"),
    # A word that may close a label ("Camera") stays in the caption when the credit is in brackets.
    Example("La premier durante il question time alla Camera (Imagoeconomica)",
            "La premier durante il question time alla Camera", "Imagoeconomica"),
]

ALL = {"photographer-without-agency": PHOTOGRAPHER_WITHOUT_AGENCY, "other-presses": OTHER_PRESSES,
       "closing-label": CLOSING_LABEL, "names-in-brackets": NAMES_IN_BRACKETS, "slash-before-name": SLASH_BEFORE_NAME,
       "rights-word": TRAILING_RIGHTS_WORD, "label-in-brackets": LABEL_IN_BRACKETS, "japanese-equals": JAPANESE_EQUALS, "gallery-counters": GALLERY_COUNTERS, "seed": SEED, "label-ranks": LABEL_RANKS, "before-bracket": PHOTOGRAPHER_BEFORE_BRACKET, "last-sentence": AFTER_THE_LAST_SENTENCE,
       "courtesy": COURTESY_AFTER_THE_LAST_SENTENCE, "no-separator": NO_SEPARATOR, "labelled": LABELLED, "leading-chain": LEADING_CHAIN, "separators": SEPARATORS,
       "east-asian": EAST_ASIAN, "latin-slash": LATIN_SLASH, "glued-ellipsis": GLUED_ELLIPSIS, "glued-agency-styles": GLUED_AGENCY_STYLES,
       "name-in-capitals": NAME_IN_CAPITALS, "no-credit": NO_CREDIT}
CASES = [pytest.param(ex, id=f"{group}:{ex.line[:50]}") for group, rows in ALL.items() for ex in rows]


@pytest.mark.parametrize("example", CASES)
def test_caption_examples(example: Example):
    result = split_caption(example.line)
    assert result.caption == example.caption
    assert (result.credit.credit if result.credit else None) == example.credit


def test_seed_caption_credit_is_parsed():
    result = split_caption(SEED[1].line)
    assert result.creators == ("Gavriil Grigorov",)
    assert [a.id for a in result.agencies] == ["sputnik"]
    d = result.to_dict()
    assert d["credit"] == "Gavriil Grigorov/Sputnik" and d["creators"] == ["Gavriil Grigorov"]


def test_empty_line():
    result = split_caption("")
    assert result.caption is None and result.credit is None
