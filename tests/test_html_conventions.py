"""Captions and credits by convention: each row is a snippet in the shape of a real
newsroom convention, with the caption and credit a reader sees."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from mediakit.html import extract_html


@dataclass(frozen=True)
class Example:
    html: str
    caption: str | None
    credit: str | None
    src: str | None = None  # substring of the expected image URL
    note: str = ""
    creators: tuple[str, ...] = field(default=())


def page(fragment: str, head: str = "") -> str:
    prose = "<p>" + "This is the article text, long enough to read as prose in a paragraph. " * 3 + "</p>"
    return (f"<html lang='en'><head><title>T</title>{head}</head><body><article>"
            f"{prose}{fragment}{prose}</article></body></html>")


FIGURES = [
    Example('<figure><img src="/a.jpg"><figcaption>Boats at dawn.<span class="credit">Photo: Jane Roe/AFP</span></figcaption></figure>',
            "Boats at dawn.", "Jane Roe/AFP", "a.jpg", "credit span inside figcaption"),
    Example('<figure><img src="/a.jpg"><figcaption class="caption">Boats at dawn.</figcaption><cite>Jane Roe / Reuters</cite></figure>',
            "Boats at dawn.", "Jane Roe / Reuters", note="cite after figcaption (Chorus)"),
    Example('<figure><img src="/a.jpg"><figcaption><p class="article__mm-image-credit">Alex Wong | Getty Images</p>'
            '<p class="article__mm-image-caption-text">A governor at the White House.</p></figcaption></figure>',
            "A governor at the White House.", "Alex Wong | Getty Images", note="credit before caption"),
    Example('<figure><img src="/a.jpg"><figcaption class="caption">Duck feathers drying.</figcaption>'
            '<figcaption class="below-caption">Photo: Getty Images</figcaption></figure>',
            "Duck feathers drying.", "Getty Images", note="second figcaption is the credit (Kinja)"),
    Example('<figure><img src="/a.jpg"><figcaption>Police outside the court.<small>John Doe/AFP</small></figcaption></figure>',
            "Police outside the court.", "John Doe/AFP", note="small inside figcaption"),
    Example('<figure><img src="/a.jpg"><figcaption><span>Rauch über der Stadt.</span><span>© DPA Images | Christoph Soeder</span></figcaption></figure>',
            "Rauch über der Stadt.", "DPA Images | Christoph Soeder", note="unmarked © span inside caption"),
    Example('<figure><img src="/a.jpg"><figcaption class="Xc7"> Ein Blick über den Hafen. </figcaption>'
            '<p class="Xc5"> © imago/Zoonar/Phil Bird </p></figure>',
            "Ein Blick über den Hafen.", "imago/Zoonar/Phil Bird", note="unmarked © paragraph beside the figcaption"),
    Example('<figure><img src="/a.jpg"><figcaption>Die Karte des Atlantiks.</figcaption>'
            '<p>© climatereanalyzer.org</p></figure>',
            "Die Karte des Atlantiks.", "climatereanalyzer.org", note="© before a lower-case name"),
    Example('<div class="wrap"><figure><picture><img src="/a.jpg"></picture><figcaption> Demo in Hamburg. </figcaption>'
            '<footer>Imago/Blaulicht-News.de</footer></figure></div>',
            "Demo in Hamburg.", "Imago/Blaulicht-News.de", note="the figure's footer after the figcaption"),
    Example('<figure><img src="/a.jpg"><figcaption>Demo in Hamburg.</figcaption><footer>Teilen</footer></figure>',
            "Demo in Hamburg.", None, note="a footer that names no agency is no credit"),
    Example('<div class="imgboxa"><div data-fancybox><img src="/a.jpg"></div><h1>Marines of both countries '
            'take part in the opening ceremony of the annual joint exercises at the officers\' club at the fort '
            'outside the capital, yesterday, as the drills begin in the north of the main island.</h1>'
            '<p>Photo: AFP</p></div>',
            "Marines of both countries take part in the opening ceremony of the annual joint exercises at the "
            "officers' club at the fort outside the capital, yesterday, as the drills begin in the north of the "
            "main island.", "AFP", note="a caption set in a heading tag, of a caption's length"),
    Example(
        '<figure class="StyledFigure"><div class="Wrapper"><div class="StyledFigureContainer"><span><img src="/a.jpg">'
        '</span><span class="Copyright"><span class="VisuallyHidden">Image source, </span>Lakeland Rescue Team</span>'
        '</div><figcaption class="Caption"><span class="VisuallyHidden">Image caption, </span>The steamer came to rest '
        'on rocks near the pier</figcaption></div></figure>',
        "The steamer came to rest on rocks near the pier", "Lakeland Rescue Team", "a.jpg",
        "credit in the picture's box, figcaption after it"),
]

UNMARKED = [
    Example('<figure><img src="/a.jpg"><figcaption class="a_m_p"><span>Migrants at the camp on 1 August.</span>'
            '<span class="a_m_m">Alketa Misja (dpa/picture alliance via Getty)</span></figcaption></figure>',
            "Migrants at the camp on 1 August.", "Alketa Misja (dpa/picture alliance via Getty)",
            note="unmarked last span naming an agency"),
    Example('<figure><img src="/a.jpg"><figcaption><small>"Marinera", formerly "Bella 1", at sea.</small></figcaption></figure>',
            '"Marinera", formerly "Bella 1", at sea.', None, note="small that is the whole caption"),
    Example('<figure><img src="/a.jpg"><figcaption>Spencer Platt/Getty Images News/Getty Images</figcaption></figure>',
            None, "Spencer Platt/Getty Images News/Getty Images", note="credit alone in the caption slot"),
    Example('<figure><img src="/a.jpg"><figcaption>Rejoice Ndlovu. Isithombe: Sithunyelwe</figcaption></figure>',
            "Rejoice Ndlovu.", "Sithunyelwe", note="label word of another language ends the caption"),
    Example('<div class="story-photo"><img src="/a.jpg"><div>Kenyan activists protest in Nairobi</div>'
            '<span>Foto: Deja Gaston</span></div>',
            "Kenyan activists protest in Nairobi", "Deja Gaston", note="unmarked texts beside the picture"),
]

BLOGS_AND_WIKIS = [
    Example('<table class="tr-caption-container"><tbody><tr><td><a href="/big.jpg"><img src="/blogger.jpg" width="400">'
            '</a></td></tr><tr><td class="tr-caption">Harbour at low tide</td></tr></tbody></table>',
            "Harbour at low tide", None, "blogger.jpg", "Blogger caption table"),
    Example('<div class="thumb tright"><div class="thumbinner"><a href="/wiki/File:Pier.jpg"><img src="/pier-220px.jpg" width="220" height="147">'
            '</a><div class="thumbcaption">The pier in 1905</div></div></div>',
            "The pier in 1905", None, "pier-220px.jpg", "wiki thumbcaption (one-word class)"),
    Example('<figure class="kg-card kg-image-card kg-card-hascaption"><img class="kg-image" src="/ghost.jpg">'
            '<figcaption><span>Night ferry.</span></figcaption></figure>', "Night ferry.", None, "ghost.jpg", "Ghost card"),
]

WORDPRESS = [
    Example('<div class="wp-caption alignnone"><img src="/wp-content/uploads/b-650x405.jpg" width="650">'
            '<p class="wp-caption-text">WeWork chairman at a conference</p></div>',
            "WeWork chairman at a conference", None, "b-650x405.jpg", "classic wp-caption"),
    Example('<figure class="wp-block-image"><img src="/c.jpg"><figcaption class="wp-element-caption">A bridge.</figcaption></figure>',
            "A bridge.", None, "c.jpg", "block editor"),
]

ATTRIBUTES = [
    Example('<figure><div data-testid="Image"><img src="/r.jpg"></div><figcaption data-testid="Caption">'
            '<span data-testid="Body">Smoke rises over the port.</span><span data-testid="ImageCredit">REUTERS/Jane Roe</span>'
            '</figcaption></figure>', "Smoke rises over the port.", "REUTERS/Jane Roe", "r.jpg", "data-testid names"),
    Example('<div class="media"><img src="/d.jpg" data-caption="Crowds in the square." data-credit="Photo: Ann Lee"></div>',
            "Crowds in the square.", "Ann Lee", "d.jpg", "data-caption / data-credit"),
    Example('<div itemscope itemtype="http://schema.org/ImageObject"><img src="/e.jpg">'
            '<span itemprop="caption">Harvest in the valley.</span><span itemprop="copyrightHolder">Reuters</span></div>',
            "Harvest in the valley.", "Reuters", "e.jpg", "microdata"),
    Example('<figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img src="/m.jpg">'
            '<meta itemprop="caption" content="Crowds at the fair."><meta itemprop="creditText" content="Ann Lee/AP"></figure>',
            "Crowds at the fair.", "Ann Lee/AP", "m.jpg", "microdata in meta content"),
    Example('<div class="mediaInfo"><img src="/f.jpg"><span class="mediaSubtitle">Schlachthalle in Schmalkalden.</span>'
            '<span class="mediaRights">MDR/David Straub</span></div>',
            "Schlachthalle in Schmalkalden.", "MDR/David Straub", "f.jpg", "CMS class words, camelCase"),
]

HIDDEN = [
    Example('<figure><img src="/g.jpg"><figcaption><span class="sr-only">Image caption,</span>Assange gestures.'
            '</figcaption><span class="visually-hidden">Image source, </span><span class="image-copyright">Reuters</span></figure>',
            "Assange gestures.", "Reuters", note="screen-reader labels dropped"),
    Example('<figure><img src="/g.jpg"><figcaption>A duvet on a bed.<span class="plus">[+]</span></figcaption></figure>',
            "A duvet on a bed.", None, note="expand toggle is not caption"),
    Example('<figure><img src="/g.jpg"><figcaption>Old town.<span style="display: none">secret</span></figcaption></figure>',
            "Old town.", None, note="display:none"),
    Example('<ul class="gallery"><li><figure><img src="/s1.jpg"><figcaption class="sr-only">Ruins after the strike. '
            '<cite>Foto: Ana Berg/AP</cite></figcaption></figure></li></ul>'
            '<div aria-hidden="true" class="caption"><p>Another slide shown by the script.</p></div>',
            "Ruins after the strike.", "Ana Berg/AP", "s1.jpg", "gallery slide: its sr-only figcaption is its caption"),
]

AFTER_IMAGE = [
    Example('<div class="lede-wrap"><div class="md-hidden"><figure class="lede-image"><span><img src="/v.jpg">'
            '</span></figure></div></div><div class="pt-6 font-mono"><figcaption class="inline"><em>A demo room '
            'at the launch.</em></figcaption></div>',
            "A demo room at the launch.", None, "v.jpg", "figcaption after the figure's closing wrappers"),
    Example('<figure><img src="/h.jpg"></figure><ul><li><p>Hori Parata at his farm</p></li></ul>',
            "Hori Parata at his farm", None, "h.jpg", "one-item list after the figure"),
    Example('<div><img src="/i.jpg"></div><p><em>NGUMNU Sokhela.</em></p>',
            "NGUMNU Sokhela.", None, "i.jpg", "italic paragraph after the image"),
    Example('<p style="text-align: center;"><img class="article-image" src="/t.jpg" alt=""><em>(All photos: Ana Roe)&#160;</em></p>',
            None, "Ana Roe", "t.jpg", "italic credit inline after the picture in its own paragraph (Atlas Obscura)"),
    Example('<p><img src="/t.jpg" alt=""><br><em>Photo: Ana Roe</em></p>',
            None, "Ana Roe", "t.jpg", "italic credit on the line under the picture"),
    Example('<p><img src="/t.jpg" alt=""><i>The pier at low tide.</i></p>',
            "The pier at low tide.", None, "t.jpg", "italic caption inline after the picture"),
]

IMAGES = [
    Example('<figure class="media-landscape"><div class="js-delayed-image-load" data-src="/delayed.jpg" data-alt="x"></div>'
            '<figcaption>Delayed.</figcaption></figure>', "Delayed.", None, "delayed.jpg", "empty lazy box with data-src"),
    Example('<figure><img srcset="/c.jpg?crop=10,20,300,200 300w, /c.jpg?crop=10,20,1200,800 1200w"><figcaption>Comma.</figcaption></figure>',
            "Comma.", None, "crop=10,20,1200,800", "commas inside srcset URLs"),
    Example('<figure><img src="data:image/gif;base64,R0lGOD" data-src="/lazy.jpg"><figcaption>Lazy.</figcaption></figure>',
            "Lazy.", None, "lazy.jpg", "lazy data-src"),
    Example('<figure><img src="/sc/e151e5.gif" data-src=\'{"default":{"w":"80","src":"/amp/BB1.img?h=533"},'
            '"size3column":{"src":"/amp/BB1.img?h=407"}}\'><figcaption>Json.</figcaption></figure>',
            "Json.", None, "BB1.img?h=533", "lazy data-src holding JSON renditions: the default one"),
    Example('<figure><img src="/sc/e151e5.gif" data-src=\'{"default":"/amp/BB2.img"}\'>'
            '<figcaption>Json.</figcaption></figure>', "Json.", None, "BB2.img", "lazy JSON naming one address"),
    Example('<figure><img src="/real.jpg" data-src=\'{"default": 3}\'><figcaption>Odd.</figcaption></figure>',
            "Odd.", None, "real.jpg", "lazy JSON without an address: src stands"),
    Example('<figure><picture><source srcset="/p-400.webp 400w, /p-1600.webp 1600w"><img src="/p-400.jpg"></picture>'
            '<figcaption>Picture.</figcaption></figure>', "Picture.", None, "p-1600.webp", "largest picture source"),
    Example('<figure><img srcset="/s-320.jpg 320w, /s-1280.jpg 1280w" src="/s-320.jpg"><figcaption>Set.</figcaption></figure>',
            "Set.", None, "s-1280.jpg", "largest srcset"),
    Example('<figure><amp-img src="/amp.jpg" width="800" height="600"></amp-img><figcaption>Amp.</figcaption></figure>',
            "Amp.", None, "amp.jpg", "amp-img"),
]

# Shapes of well-known newsroom and blog layouts, written for these tests.
NEWSROOMS = [
    Example('<figure><div><img src="/bbc.jpg"></div><div data-component="image-block"><p><span class="visually-hidden">'
            'Image source, </span>Getty Images</p></div><figcaption><span class="visually-hidden">Image caption, </span>'
            'Crews at work on Tuesday</figcaption></figure>',
            "Crews at work on Tuesday", "Getty Images", "bbc.jpg", "hidden 'Image source,' label marks the credit"),
    Example('<figure><img src="/m.jpg"><figcaption>Photo by <a href="https://unsplash.com/@jo">Jo Bell</a> on '
            '<a href="https://unsplash.com">Unsplash</a></figcaption></figure>',
            None, "Jo Bell on Unsplash", "m.jpg", "linked 'Photo by X on Unsplash' is a credit"),
    # NPR: the "credit-caption" box holds both, each in its own element, and a
    # "hide caption" toggle in <b> tags.
    Example('<div class="imagewrap"><img src="/npr.jpg" alt=""></div><div class="credit-caption">'
            '<div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>Barges on the river.'
            '<b class="hide-caption"><b>hide caption</b></b></p></div><b class="toggle-caption"><b>toggle caption</b></b>'
            '</div><span class="credit" aria-label="Image credit">Jane Roe/AP</span></div>',
            "Barges on the river.", "Jane Roe/AP", "npr.jpg", "credit-caption box of both (NPR)"),
    # An AMP page's <amp-img> and its <img> at another width are one picture, whose
    # figcaption is its caption.
    Example('<figure><div><amp-img src="/i/flood.jpg?width=640" layout="responsive"></amp-img>'
            '<img src="/i/flood.jpg?width=990" alt=""></div><figcaption><span>Streets under water</span> '
            '<span class="credit">(Jane Roe/PA Wire)</span></figcaption></figure>',
            "Streets under water", "Jane Roe/PA Wire", "flood.jpg", "amp-img and img of one file"),
    # VnExpress: a table its class calls a caption holds the picture in one row and the
    # caption, its credit after "Ảnh:", in the next.
    Example('<table class="tplCaption"><tbody><tr><td><div class="fig-picture"><img src="/vn.jpg" alt="">'
            '</div></td></tr><tr><td><p class="Image">Trẻ em được khám tại bệnh viện. Ảnh: <em>Quỳnh Lê</em></p>'
            '</td></tr></tbody></table>',
            "Trẻ em được khám tại bệnh viện.", "Quỳnh Lê", "vn.jpg", "caption table around the picture (VnExpress)"),
    # Thairath: the credit, marked by its class, right after the figure and its figcaption.
    Example('<figure class="css-photo"><img src="/th.webp" alt=""><figcaption class="css-1xq9">'
            'ชาวบ้านขนย้ายสิ่งของหนีน้ำ</figcaption></figure><p class="css-credit">ภาพ: ไทยรัฐออนไลน์</p>',
            "ชาวบ้านขนย้ายสิ่งของหนีน้ำ", "ไทยรัฐออนไลน์", "th.webp", "marked credit after the figure (Thairath)"),
]

# A label before running words or a sentence opens a title or a caption, not a credit.
LABEL_BEFORE_A_SENTENCE = [
    Example('<figure><img src="/hi.jpg" alt=""><figcaption>फाइल फोटो: 2015 में मेट्रो के पहले फेज के उद्घाटन का दृश्य।'
            '</figcaption></figure>',
            "फाइल फोटो: 2015 में मेट्रो के पहले फेज के उद्घाटन का दृश्य।", None, "hi.jpg", "file label, then a sentence"),
    Example('<figure><img src="/aj.jpg"><figcaption>Crews at work on Tuesday [File: Jo Bell/Reuters]</figcaption></figure>',
            "Crews at work on Tuesday", "File: Jo Bell/Reuters", "aj.jpg", "bracketed file credit",
            creators=("Jo Bell",)),
    Example('<figure><img src="/as.jpg"><figcaption>首相官邸に入る首相＝10日午前、東京・永田町、山田太郎撮影</figcaption></figure>',
            "首相官邸に入る首相＝10日午前、東京・永田町", "山田太郎撮影", "as.jpg", "Japanese photographer after a comma",
            creators=("山田太郎",)),
    # Folha wraps pictures in a box kept from screen readers ("rs_skip"), and prints a
    # dash between the caption and its credit span.
    Example('<div class="rs_skip"><figure class="widget-image"><img src="/f_3x2_rt.jpg"><figcaption class='
            '"widget-image__subtitle">Ônibus parados em garagem - <span class="widget-image__credits">'
            'Rubens Cavallari/Folhapress</span></figcaption></figure></div>',
            "Ônibus parados em garagem", "Rubens Cavallari/Folhapress", "f_3x2_rt.jpg", "rs_skip box, dash before credit"),
    # Sina's "img_descr": a caption, its credit after the sentence (a file picture's label first).
    Example('<div class="img_wrapper"><img src="/s.jpg"><span class="img_descr">资料图：上海洋山深水港集装箱码头。'
            '图片来源：视觉中国</span></div>',
            "资料图：上海洋山深水港集装箱码头。", "视觉中国", "s.jpg", "img_descr caption, file label before a sentence"),
    # El País: a span with the caption's sentence, then one with the photographer's name.
    Example('<figure><img src="/ep.jpg"><figcaption class="a_m_p"><span>Un tramo de la playa, tras el temporal.'
            '</span><span class="a_m_m">Marta Ribé</span></figcaption></figure>',
            "Un tramo de la playa, tras el temporal.", "Marta Ribé", "ep.jpg", "photographer's name after the sentence",
            creators=("Marta Ribé",)),
    # Reuters prints its licensing link in the caption.
    Example('<figure><img src="/r.jpg"><figcaption>Workers at the mine, November 20, 2026. REUTERS/Pablo Roe '
            '<a href="#">Purchase Licensing Rights</a></figcaption></figure>',
            "Workers at the mine, November 20, 2026.", "REUTERS/Pablo Roe", "r.jpg", "licensing link after the credit"),
]

# A credit box that also holds the caption: split like a caption line, unless what
# stands before the credit is a row of names rather than prose.
CREDIT_BOXES = [
    Example('<figure><img src="/a.jpg"><span class="credit">FILE PHOTO: Traders work on the floor of the exchange in '
            'New York, U.S., November 18, 2019. REUTERS/Jane Roe</span></figure>',
            "FILE PHOTO: Traders work on the floor of the exchange in New York, U.S., November 18, 2019.",
            "REUTERS/Jane Roe", "a.jpg", "caption sentence then credit"),
    Example('<figure><img src="/b.jpg"><span class="image-credit">The old cabaret in Paris Jean Marc/Reuters</span></figure>',
            "The old cabaret in Paris", "Jean Marc/Reuters", "b.jpg", "caption clause glued to the credit"),
    Example('<figure><img src="/c.jpg"><figcaption>Die Karte zeigt die Rauchwolke.</figcaption><span class="credit">'
            'Muster Zeitung Infografik/OSM | C. Schlippes /Muster Zeitung Infografik OSM Datawrapper</span></figure>',
            "Die Karte zeigt die Rauchwolke.",
            "Muster Zeitung Infografik/OSM | C. Schlippes /Muster Zeitung Infografik OSM Datawrapper", "c.jpg",
            "a long credit of names stays whole"),
]

# A video's poster picture is an image of the article when a photo credit names it.
VIDEOS = [
    Example('<figure><div class="videoTop"><a href="#" role="button" aria-label="Play"><img src="/poster.jpg" width="414"></a></div>'
            '<figcaption>Tents at the camp.<span class="credit"><span>Photo:</span> Ana Ruiz (REUTERS) | <span>Video:</span> EPV</span>'
            '</figcaption></figure>', "Tents at the camp.", "Ana Ruiz (REUTERS) | Video: EPV", "poster.jpg",
            "credited poster in a player box"),
    Example('<figure><div data-component="youtube-atom"><button aria-label="Play video" type="button"><picture>'
            '<img src="/yt-poster.jpg" width="460" height="259"></picture></button></div>'
            '<figcaption>Crews search the block.<span class="credit">Photograph: Jo Bell/AFP</span></figcaption></figure>',
            "Crews search the block.", "Jo Bell/AFP", "yt-poster.jpg", "credited poster under a play button"),
]

TABLES = {"figures": FIGURES, "unmarked": UNMARKED, "blogs-wikis": BLOGS_AND_WIKIS, "wordpress": WORDPRESS, "attributes": ATTRIBUTES,
          "hidden": HIDDEN, "after-image": AFTER_IMAGE, "images": IMAGES, "videos": VIDEOS,
          "credit-boxes": CREDIT_BOXES, "newsrooms": NEWSROOMS, "label-before-a-sentence": LABEL_BEFORE_A_SENTENCE}
ROWS = [pytest.param(ex, id=f"{group}-{i}-{ex.note}") for group, rows in TABLES.items() for i, ex in enumerate(rows)]


@pytest.mark.parametrize("example", ROWS)
def test_caption_and_credit(example: Example) -> None:
    article = extract_html(page(example.html), url="https://news.example.com/a/story")
    captioned = [im for im in article.images if im.caption or im.credit]
    assert len(captioned) == 1, [im.to_dict() for im in article.images]
    image = captioned[0]
    assert image.caption == example.caption
    assert image.credit == example.credit
    if example.creators:
        assert tuple(image.creators) == example.creators
    if example.src:
        assert image.src and example.src in image.src
        assert image.src.startswith("https://news.example.com/")
    body = " ".join(article.body)
    for text in (example.caption, example.credit):
        if text:
            assert text not in body, "picture text leaked into the body"


def test_short_heading_beside_a_picture_is_a_teaser_headline() -> None:
    html = page('<div class="card"><img src="/a.jpg"><h2>Drills begin in the north</h2><p>Photo: AFP</p></div>')
    article = extract_html(html, url="https://news.example.com/a/story")
    assert not any(im.caption for im in article.images)


def test_uncredited_video_poster_is_not_a_picture() -> None:
    """"Media caption Who is …": the caption of a video, with no photo behind it."""
    for player in ('<div class="media-player"><img src="/v.jpg" width="640"></div>',
                   '<button type="button" aria-label="Play video"><img src="/v.jpg" width="640"></button>'):
        article = extract_html(page(f"<figure>{player}<figcaption>Who is the man in the van?</figcaption></figure>"))
        assert [im.src for im in article.images] == []


def test_teaser_card_with_a_linked_headline_gives_no_caption() -> None:
    """A related-video card: picture, a headline that links elsewhere, a duration. The
    headline is the teaser's, not a caption; the article's own picture keeps its caption."""
    card = ('<div class="card"><div><picture><img src="/teaser.jpg" width="640"></picture></div>'
            '<div><h3><span>News | Europe today :</span><a href="/video/theatre-against-trauma.html">'
            'Theatre against trauma</a></h3><div><span>2:15 min</span></div></div></div>')
    own = ('<div class="media"><img src="/own.jpg" width="640"><div>Firefighters at the scene on Monday.'
           '</div></div>')
    article = extract_html(page(own + card))
    described = {im.src.rsplit("/", 1)[-1]: (im.caption, im.credit) for im in article.images}
    assert described["own.jpg"] == ("Firefighters at the scene on Monday.", None)
    assert described.get("teaser.jpg", (None, None)) == (None, None)


@pytest.mark.parametrize("promo", [
    "Subscribe to The Daily Example and stay informed.",
    "Speichern Sie Ihre Lieblingsartikel in der persönlichen Merkliste.",
    "Vous êtes abonné(e) à la Lettre",
    "로그인하고 매일경제를 경험해보세요",
])
def test_promotion_box_text_is_no_caption(promo: str) -> None:
    article = extract_html(page(f'<figure><img src="/promo.png" width="300"><figcaption>{promo}</figcaption></figure>'))
    assert all(im.caption is None for im in article.images)


@pytest.mark.parametrize("text, is_caption", [
    ("Von Paula Muster, Online-Redakteurin 05.11.2025, 18:00 Uhr", False),  # a writer's portrait
    ("By Jane Doe, updated 12:30", False),
    ("By the river at dawn, 06:30, fishermen prepare their nets.", True),  # a phrase, not a name
    ("Der Marktplatz am Dienstag um 18:00 Uhr", True),  # a time, but no byline
])
def test_byline_with_its_time_under_a_portrait_is_no_caption(text: str, is_caption: bool) -> None:
    article = extract_html(page(f'<figure><img src="/p.jpg" width="200"><figcaption>{text}</figcaption></figure>'))
    assert [im.caption for im in article.images] == [text if is_caption else None]


def test_figcaption_switched_off_outright_stays_unread() -> None:
    for attrs in ("hidden", 'style="display:none"'):
        article = extract_html(page(f'<figure><img src="/g.jpg"><figcaption {attrs}>Switched off.</figcaption></figure>'))
        assert all(im.caption is None for im in article.images), attrs
        assert "Switched off." not in " ".join(article.body)


def test_caption_hidden_from_screen_readers_only_is_on_the_screen() -> None:
    """Le Monde and ORF mark their visible captions and credits aria-hidden (the alt text
    says the same to screen readers): they are the picture's caption and credit."""
    article = extract_html(page(
        '<figure><img src="/g.jpg" alt="La ministre à Paris, le 12 juillet."><figcaption class="article__legend" '
        'aria-hidden="true">La ministre à Paris, le 12 juillet. <span class="article__credit" aria-hidden="true">'
        'JEAN DUPONT / AFP</span></figcaption></figure>'
        '<div aria-hidden="true">Decorative text</div>'))
    image = next(im for im in article.images if im.src and im.src.endswith("/g.jpg"))
    assert (image.caption, image.credit) == ("La ministre à Paris, le 12 juillet.", "JEAN DUPONT / AFP")
    body = " ".join(article.body)
    assert "La ministre" not in body and "Decorative text" not in body


def test_credit_is_parsed_into_creators_and_agencies() -> None:
    html = page('<figure><img src="/a.jpg"><figcaption>Boats.<span class="credit">Photo: Jane Roe/AFP via Getty Images</span></figcaption></figure>')
    image = next(im for im in extract_html(html).images if im.caption)
    assert image.creators == ["Jane Roe"]
    assert [a.role for a in image.agencies] == ["source", "distributor"]
    assert "Getty Images" in image.agencies[1].name
    assert "credit-element" in image.found_in


def test_credit_glued_to_caption_is_split() -> None:
    html = page('<figure><img src="/a.jpg"><figcaption>Whale expert Hori Parata. Photograph: Adrian Malloch/Reuters</figcaption></figure>')
    image = next(im for im in extract_html(html).images if im.caption)
    assert image.caption == "Whale expert Hori Parata."
    assert image.credit == "Adrian Malloch/Reuters"


STRUCTURED = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Story","author":{"@type":"Person","name":"Kim Writer"},
"image":{"@type":"ImageObject","url":"https://cdn.example.com/img/harbour-lead-1200x800.jpg","caption":"Kim Writer",
"creditText":"Ann Lee/AP","creator":{"@type":"Person","name":"Ann Lee"}}}</script>
<meta property="og:image" content="https://cdn.example.com/img/harbour-lead-1200x800.jpg">
<meta property="og:image:alt" content="A lead picture">"""


@pytest.mark.parametrize("label, sentence, caption", [
    ("Фото", "Разве этой красотке дашь 53 года?", "Разве этой красотке дашь 53 года?"),
    ("Photo", "Fans cheer as the bus arrives.", "Fans cheer as the bus arrives."),
    # A sentence that goes on with the word keeps it.
    ("photo", "A man takes a", "A man takes a photo"),
])
def test_label_of_a_credit_element_is_not_left_in_the_caption(label: str, sentence: str, caption: str) -> None:
    figure = (f'<figure><img src="/fans-cheer-bus.jpg" width="800"><figcaption>{sentence} '
              f'<dl><dt>{label}</dt><dd itemprop="copyrightHolder">@janedoe</dd></dl></figcaption></figure>')
    [image] = extract_html(page(figure)).images
    assert (image.caption, image.credit) == (caption, "@janedoe")


def test_article_header_around_the_lead_picture_is_no_caption() -> None:
    """Kicker, title and byline printed in the same box as the lead picture."""
    header = ('<header><div><h2><span>Online shopping</span><div>How risky cheap imports really are</div></h2>'
              '<div><span>By Jane Doe</span> <time>15.04.2026</time></div>'
              '<div><picture><img src="/lead-parcels-photo.jpg" width="1200"></picture></div>'
              '<p>Products from online shops are often criticised. A test gives surprising answers.</p></div></header>')
    article = extract_html(page(header))
    assert [im.caption for im in article.images if im.caption] == []


def test_icon_of_a_control_is_no_captioned_picture() -> None:
    """A mood vote: each icon in a link that runs a script, with its label under it."""
    votes = "".join(f'<li><a onclick="vote({n});"><img src="/moods/m{n}.gif"><p>{word}</p></a></li>'
                    for n, word in enumerate(("Happy", "Sad", "Bored"), 1))
    article = extract_html(page(f"<ul>{votes}</ul>"))
    assert [im.caption for im in article.images if im.caption] == []


@pytest.mark.parametrize("badge", ["Liveblog", "Video", "Bildergalerie", "Advertisement", "En direct"])
def test_teaser_badge_is_no_caption(badge: str) -> None:
    article = extract_html(page(f'<div class="card"><img src="/teaser-picture.jpg" width="640"><div>{badge}</div></div>'))
    assert all(im.caption is None for im in article.images)


def test_short_cjk_sentence_closing_the_text_is_body() -> None:
    """A CJK sentence says as much in fewer characters: the last one is no trailing debris."""
    html = ("<html lang='ja'><head><title>T</title></head><body><article>"
            "<p>政府は21日に関係閣僚会議を開き、警察官によるライフル銃での駆除の拡大や、自治体へのハンター派遣の仕組みづくりを急ぐ方針を確認した。</p>"
            "<p>自衛隊の支援は当面、12月上旬まで続ける予定だという。</p></article></body></html>")
    assert extract_html(html).body[-1] == "自衛隊の支援は当面、12月上旬まで続ける予定だという。"


def test_portrait_beside_the_time_of_the_text_is_no_captioned_picture() -> None:
    header = ('<header data-area="intro"><h2>Strecke Hamburg–Berlin bleibt länger gesperrt</h2>'
              '<div class="RichText"><strong>Die Sanierung dauert länger als geplant. Pendler müssen Ersatzbusse '
              'nehmen.</strong></div><div class="font-sansUI"><div data-area="author_bio" class="flex">'
              '<img src="https://cdn.example.de/images/f6ca3d6f_w120_r1_fpx50_fpy50.jpg" alt="Katrin Elsner" class="rounded-full" width="60"><span>Von '
              '<a href="/autor">Katrin Elsner</a></span></div><time datetime="2026-11-24 07:12:00">24.11.2026, '
              '07.12 Uhr</time></div></header>')
    assert all(im.caption is None for im in extract_html(page(header)).images)


def test_reporter_box_with_portrait_is_no_captioned_picture() -> None:
    box = ('<div class="ArticleDetailReporter_reporter__wdeC0"><img src="/reporter/choi.png" alt="">'
           '<span class="ArticleDetailReporter_name__5ZqOa">최민영 기자</span> <a href="mailto:m@x.kr">m@x.kr</a></div>')
    assert all(im.caption is None for im in extract_html(page(box)).images)


def test_app_promotion_by_its_qr_code_is_no_picture_text() -> None:
    """"…，尽在新浪财经APP" under a QR code: a promotion naming the site, no credit."""
    promo = ('<div class="appendQr_wrap"><div class="appendQr_normal"><img src="/finance/qr-app.png">'
             '<p>海量资讯、精准解读，尽在新浪财经APP</p></div></div>')
    article = extract_html(page(promo))
    assert all(im.caption is None and im.credit is None for im in article.images)


def test_the_lead_picture_named_with_size_codes_is_one_entry() -> None:
    """Folha names one picture's sizes "…_3x2_md.jpg", "…_3x2_rt.jpg": og:image and the figure merge."""
    head = '<meta property="og:image" content="https://f.example.br/foto/1764012538_3x2_md.jpg">'
    figure = ('<figure><img src="https://f.example.br/foto/1764012538_3x2_rt.jpg" width="1200">'
              '<figcaption>Ônibus parados em garagem - <span class="credits">Rubens Roe/Folhapress</span>'
              '</figcaption></figure>')
    images = extract_html(page(figure, head)).images
    assert len(images) == 1 and images[0].credit == "Rubens Roe/Folhapress"


def test_caption_slot_holding_photographer_slash_organisation_is_the_credit() -> None:
    article = extract_html(page('<figure><img src="/console-front.jpg" width="800">'
                                '<figcaption>Devi Harland/AOL</figcaption></figure>'))
    assert [(im.caption, im.credit, im.creators) for im in article.images] == [(None, "Devi Harland/AOL", ["Devi Harland"])]


def test_pictures_behind_one_resizing_service_are_told_apart_by_the_picture_they_name() -> None:
    def resized(name: str, width: int) -> str:
        return f"https://cdn.example/images/dims?resize={width}&amp;image_uri=https%3A%2F%2Fstore.example%2F{name}.jpg"

    figures = "".join(f'<figure><img src="{resized(name, 980)}"><figcaption>Jane Roe/AFP</figcaption></figure>'
                      for name in ("front-view-001", "back-view-002"))
    copy = f'<div><img src="{resized("front-view-001", 300)}"></div>'  # a small copy of the first
    article = extract_html(page(figures + copy))
    assert sorted(im.src.rsplit("%2F", 1)[-1] for im in article.images) == ["back-view-002.jpg", "front-view-001.jpg"]


def test_one_picture_printed_twice_is_one_entry() -> None:
    """A mobile and a desktop copy of the lead picture, only one of them captioned, and a
    list of figures that shows one picture twice on purpose, with a caption each."""
    bare = '<div class="md:hidden"><figure><img src="https://cdn.example/thumbor/600x400/lead-headset-photo.jpg"></figure></div>'
    described = ('<div class="hidden md:block"><figure><img src="https://cdn.example/thumbor/1200x800/lead-headset-photo.jpg">'
                 '<figcaption>The new headset on display.</figcaption></figure></div>')
    article = extract_html(page(bare + described))
    assert [(im.caption, len(im.found_in) > 0) for im in article.images] == [("The new headset on display.", True)]
    listed = ''.join(f'<figure><img src="/chart.png"><figcaption>{c}</figcaption></figure>'
                     for c in ("Sales in 2024", "Sales in 2025"))
    assert [im.caption for im in extract_html(page(listed)).images] == ["Sales in 2024", "Sales in 2025"]


def test_json_ld_and_og_merge_with_the_page_image() -> None:
    html = page('<figure><img src="https://cdn.example.com/img/harbour-lead-640x480.jpg"><figcaption>Lead caption.</figcaption></figure>', STRUCTURED)
    article = extract_html(html)
    leads = [im for im in article.images if "lead" in (im.src or "")]
    assert len(leads) == 1, [im.to_dict() for im in article.images]
    lead = leads[0]
    assert lead.caption == "Lead caption."
    assert lead.credit == "Ann Lee/AP"
    assert {"figcaption", "json-ld", "og"} <= set(lead.found_in)


def test_json_ld_in_cdata_wrapper_with_escaped_text() -> None:
    head = ("<script type='application/ld+json'>//<![CDATA[\n{\"@type\": \"NewsArticle\", \"image\": "
            "{\"@type\": \"ImageObject\", \"url\": \"https://cdn.example.com/a/strike-poster-2048.jpg\", "
            "\"caption\": \"A &quot;Warnstreik&quot; poster\"}}\n//]]></script>")
    article = extract_html(page("", head))
    (image,) = [im for im in article.images if im.caption]
    assert image.caption == 'A "Warnstreik" poster'
    assert image.found_in == ["json-ld"]
    assert not article.warnings


def test_author_name_in_json_ld_caption_is_not_a_caption() -> None:
    article = extract_html(page("", STRUCTURED))
    (lead,) = [im for im in article.images if im.src and "lead" in im.src]
    assert lead.caption is None
    assert lead.alt == "A lead picture"


def test_standfirst_above_the_text_is_body() -> None:
    html = ("<html><body><article><header><h1>T</h1><p class='article-teaser'>A short standfirst "
            "that sums up the story in one sentence.</p></header><div class='article-body'>"
            + "<p>" + "Body text of the article that runs on for a while. " * 4 + "</p>" * 1
            + "<p>" + "More body text of the article, a second paragraph. " * 4 + "</p></div></article></body></html>")
    body = extract_html(html).body
    assert body[0].startswith("A short standfirst")


def test_declarative_shadow_dom_is_read_and_inert_templates_are_not() -> None:
    html = page('<my-figure><template shadowrootmode="open"><figure><img src="/shadow.jpg">'
                '<figcaption>Shown caption.</figcaption></figure></template></my-figure>'
                '<template><figure><img src="/inert.jpg"><figcaption>Lightbox copy.</figcaption></figure></template>')
    captions = [im.caption for im in extract_html(html).images if im.caption]
    assert captions == ["Shown caption."]


def test_paragraph_beside_an_unmarked_picture_stays_body() -> None:
    paragraph = "The council met on Tuesday to decide the future of the old pier. " * 5
    article = extract_html(page(f'<div><img src="/pier.jpg"><p>{paragraph}</p></div>'))
    assert not [im for im in article.images if im.caption]
    assert any(b.startswith("The council met on Tuesday") for b in article.body)


def test_menu_lines_and_trailing_links_are_trimmed() -> None:
    para = "<p>" + "A sentence of the article body that runs long enough to be prose. " * 2 + "</p>"
    html = ("<html><body><div><span>Français</span><span>À la une</span><div>Catégories</div>"
            f"{para}<h2>A subheading</h2>{para}<div>À découvrir également</div><div>15:45 •</div></div></body></html>")
    body = extract_html(html).body
    assert body[0].startswith("A sentence") and "A subheading" in body
    assert not {"Français", "À la une", "Catégories", "À découvrir également", "15:45 •"} & set(body)


def test_layout_box_named_like_boilerplate_keeps_its_parts() -> None:
    para = "<p>" + "A sentence of the article body that runs long enough to be prose. " * 2 + "</p>"
    html = ("<html><body><div class='sidebar-grid'><header class='sidebar-grid__header'><h1>Title</h1></header>"
            f"<div class='sidebar-grid__container'>{para}</div><div class='sidebar-grid__container'>{para}</div>"
            f"<div class='sidebar-grid__container'>{para}</div><aside class='sidebar'><p>Most read: other stories "
            "of the day that we list here for you.</p></aside></div></body></html>")
    body = extract_html(html).body
    assert len([b for b in body if b.startswith("A sentence")]) == 3
    assert not any("Most read" in b for b in body)


def test_small_square_thumbnails_and_author_boxes_are_not_pictures() -> None:
    html = page('<div class="sig-line"><img src="/mug.jpg" width="180" height="180">'
                '<p class="caption">Kim Writer covers energy.</p></div>')
    assert not [im for im in extract_html(html).images if im.caption]


@pytest.mark.parametrize("query, kept", [
    ("h=76&w=138", False),   # a teaser's thumbnail (MSN)
    ("h=40&w=138", False),   # a logo strip
    ("h=533&w=799", True),   # the article's picture
    ("w=120&h=600", True),   # a tall picture asked at a narrow width
])
def test_renditions_small_either_way_are_thumbnails(query: str, kept: bool) -> None:
    html = page(f'<p><img src="/tenant/amp/entityid/BB1.img?{query}" alt="x"></p>')
    assert bool(extract_html(html).images) is kept


BOILERPLATE = [
    ("<nav><figure><img src='/n.jpg'><figcaption>Menu teaser</figcaption></figure></nav>", "Menu teaser"),
    ("<aside class='related-articles'><figure><img src='/r.jpg'><figcaption>Related story</figcaption></figure></aside>", "Related story"),
    ("<div class='author-box'><img src='/me.jpg'><span class='credit'>Kim Writer</span></div>", "Kim Writer"),
    ("<div class='newsletter-signup'><p>Sign up for our newsletter and never miss a story again, every morning.</p></div>", "Sign up"),
    ("<div class='cookie-consent'><p>We use cookies to improve your experience on this site, accept them all.</p></div>", "cookies"),
    ("<div class='aside-slot'><figure><img src='/ad.jpg'><figcaption>Learn English online</figcaption></figure></div>",
     "Learn English online"),
    ("<div class='article-crosslinking'><figure><img src='/x.jpg'><figcaption>Read our other story</figcaption></figure></div>",
     "Read our other story"),
]


@pytest.mark.parametrize("fragment,text", BOILERPLATE)
def test_boilerplate_is_neither_body_nor_picture(fragment: str, text: str) -> None:
    article = extract_html(page(fragment))
    assert not any(text in (im.caption or "") + (im.credit or "") for im in article.images)
    assert text not in " ".join(article.body)


def test_body_keeps_subheadings_lists_and_quotes() -> None:
    html = page("<h2>What happened next</h2><ul><li>First point of the list, told at some length here.</li></ul>"
                "<blockquote><p>A quoted sentence that the article reports.</p></blockquote>")
    body = extract_html(html).body
    assert "What happened next" in body
    assert any("First point of the list" in b for b in body)
    assert any("A quoted sentence" in b for b in body)


@pytest.mark.parametrize("heading", ['<h2 class="subtitle-article">Obras atrasadas</h2>',
                                     '<h3 class="story__subtitle">Obras atrasadas</h3>'])
def test_subheading_with_a_caption_class_word_is_body(heading: str) -> None:
    """"subtitle" names captions in some templates (Folha's "widget-image__subtitle") and
    subheadings in others: a heading outside a figure is the text's."""
    assert "Obras atrasadas" in extract_html(page(heading + "<p>" + "Os moradores cobram obras. " * 4 + "</p>")).body


PAGE_FACTS = [
    ("<html lang='de-at'><head><title>Titel</title></head><body><p>x</p></body></html>", "de-AT", "Titel"),
    ("<html><head><meta property='og:locale' content='fr_FR'><meta property='og:title' content='Titre'></head><body></body></html>", "fr-FR", "Titre"),
    ("<html><head><meta http-equiv='content-language' content='ja'></head><body><h1>見出し</h1></body></html>", "ja", "見出し"),
]


@pytest.mark.parametrize("html,lang,title", PAGE_FACTS)
def test_lang_and_title(html: str, lang: str, title: str) -> None:
    article = extract_html(html)
    assert (article.lang, article.title) == (lang, title)


def test_base_href_and_canonical_resolve_images() -> None:
    html = ("<html><head><link rel='canonical' href='https://site.example/news/x'><base href='https://img.example/media/'>"
            "</head><body><article><figure><img src='pic.jpg'><figcaption>Cap.</figcaption></figure></article></body></html>")
    article = extract_html(html)
    assert article.url == "https://site.example/news/x"
    assert article.images[0].src == "https://img.example/media/pic.jpg"


def test_json_ld_aspect_ratio_crops_are_one_picture() -> None:
    """Structured data lists the lead picture in 1x1, 4x3 and 16x9 crops: one image."""
    crops = ", ".join(f'"https://cdn.example.com/storm-harbour-{r}.jpg"' for r in ("1x1", "4x3", "16x9"))
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm", '
            f'"image": [{crops}]}}</script>')
    article = extract_html(page("", head=head), url="https://news.example.com/a/story")
    # (the 1x1 address reads as a tracking pixel and is skipped; the other crops merge)
    assert [im.src for im in article.images] == ["https://cdn.example.com/storm-harbour-4x3.jpg"]


GERMAN_PROSE = ("<p>Die Stadt hat am Montag beschlossen, dass die Straßenbahn bis zum Hafen verlängert wird. "
                "Der Bau soll im Frühjahr beginnen und nach drei Jahren abgeschlossen sein, wie ein Sprecher sagte.</p>"
                "<p>Die Anwohner hatten sich lange für die neue Linie eingesetzt, weil der Bus oft im Stau steht "
                "und die Fahrt zur Arbeit für viele mehr als eine Stunde dauert. Auch der Handel begrüßt den Plan.</p>"
                "<p>Kritik kommt dagegen von den Grünen, die mehr Radwege und eine bessere Anbindung der Vororte "
                "fordern. Über die Kosten wird im Herbst im Rat noch einmal beraten.</p>")


@pytest.mark.parametrize("declared, body, expected", [
    ("en-US", GERMAN_PROSE, "de"),  # a template's default, the text in another language
    ("de-AT", GERMAN_PROSE, "de-AT"),  # the declaration agrees: kept, region and all
    ("en", "<p>Die Stadt baut.</p>", "en"),  # too little text to overrule the page
])
def test_text_in_another_language_overrules_the_template(declared: str, body: str, expected: str) -> None:
    html = f"<html lang='{declared}'><head><title>T</title></head><body><article>{body}</article></body></html>"
    assert extract_html(html).lang == expected


def test_media_viewer_attributes_carry_caption_and_credit() -> None:
    """Older NYT markup gives the picture's credit only to its media viewer."""
    article = extract_html(page(
        '<figure data-mediaviewer-credit="Jane Roe for The Example Times" data-mediaviewer-caption="A guesthouse by the lake.">'
        '<img src="/h.jpg"></figure>'))
    image = next(im for im in article.images if im.src and im.src.endswith("/h.jpg"))
    assert (image.caption, image.credit) == ("A guesthouse by the lake.", "Jane Roe for The Example Times")



def test_lazy_loader_slots_do_not_make_a_figure_a_gallery() -> None:
    """Medium's figure: a blurred preview, an empty slot a script fills and a noscript copy
    of one picture; its figcaption is that picture's."""
    article = extract_html(page(
        '<figure class="paragraph-image"><div><div><img src="https://cdn.example/max/60/1*5o3M5niyi911.png?q=20" width="1894" '
        'height="970"></div><img width="1894" height="970" role="presentation"><noscript><img '
        'src="https://cdn.example/max/3788/1*5o3M5niyi911.png" width="1894" height="970"></noscript></div>'
        '<figcaption>Memory leak in action</figcaption></figure>'))
    assert [im.caption for im in article.images if im.src and "1*5o3M5niyi911.png" in im.src] == ["Memory leak in action"]


def test_image_object_figure_without_img_stands_for_its_picture() -> None:
    """The NYT's lazy figures: schema.org ImageObject with the address in itemid, the
    <img> added by a script, caption and credit in the figcaption."""
    article = extract_html(page(
        '<figure itemscope itemtype="http://schema.org/ImageObject" '
        'itemid="https://static.example/images/2019/02/15/water-main-break-articleLarge.jpg">'
        '<div data-testid="lazyimage-container"></div><figcaption itemprop="caption description">'
        '<span>A water main break in Manhattan in 2014.</span><span itemprop="copyrightHolder">'
        '<span class="visually-hidden">Credit</span><span>Jane Roe for The Example Times</span></span>'
        '</figcaption></figure>'))
    image = next(im for im in article.images if im.src and "water-main-break" in im.src)
    assert (image.caption, image.credit) == ("A water main break in Manhattan in 2014.", "Jane Roe for The Example Times")


def test_short_cjk_caption_before_its_credit_is_a_caption() -> None:
    """"韓国の国旗＝ＡＰ": five characters are a caption of their own, not a name's stub."""
    article = extract_html(page('<figure><img src="/flag.jpg"><figcaption>韓国の国旗＝ＡＰ</figcaption></figure>'))
    image = next(im for im in article.images if im.src and im.src.endswith("/flag.jpg"))
    assert (image.caption, image.credit) == ("韓国の国旗", "ＡＰ")


def test_enlarge_button_around_a_picture_is_no_play_button() -> None:
    """A lightbox button wraps the picture (Luxemburger Wort): its caption is read; a play
    button makes the picture a video's poster, whose caption describes the video."""
    caption = ('<div class="ImageCaption_captionWrapper"><span>Sieger Max Muster im Ziel. '
               '</span>Foto: Anna Roe</div>')
    enlarge = extract_html(page(f'<figure><button class="image-element_buttonWrapper"><img src="/win.jpg" '
                                f'width="800" height="450"></button>{caption}</figure>'))
    image = next(im for im in enlarge.images if im.src and im.src.endswith("/win.jpg"))
    assert (image.caption, image.credit) == ("Sieger Max Muster im Ziel.", "Anna Roe")
    play = extract_html(page('<figure><button aria-label="Video abspielen"><img src="/clip.jpg" width="800" '
                             'height="450"></button><div class="ImageCaption_captionWrapper">Das Rennen im Video</div>'
                             '</figure>'))
    assert not [im for im in play.images if im.src and im.src.endswith("/clip.jpg") and im.caption]


def test_rights_word_alone_in_the_caption_is_the_credit() -> None:
    """VG prints "<figcaption>Privat</figcaption>": a private picture, no caption."""
    article = extract_html(page('<figure><img src="/p.jpg"><figcaption>Privat</figcaption></figure>'))
    image = next(im for im in article.images if im.src and im.src.endswith("/p.jpg"))
    assert (image.caption, image.credit) == (None, "Privat")


def test_article_masthead_is_the_articles_header_not_the_sites() -> None:
    """VentureBeat's lead picture sits in "#article-masthead" ("masthead" alone is the site's)."""
    html = ("<html lang='en'><head><title>T</title></head><body><div id='article-masthead'>"
            "<div class='article-media-header'><img src='/wework-sf.jpg'><div class='wp-caption'>"
            "<p class='wp-caption-text'>Above: A coworking space in San Francisco.</p>"
            "<div class='vb_image_source'>Image Credit: WeWork</div></div></div></div><article><p>"
            + "The company said on Tuesday that it would cut costs across its offices. " * 3 + "</p></article></body></html>")
    image = next(im for im in extract_html(html).images if im.src and im.src.endswith("/wework-sf.jpg"))
    assert (image.caption, image.credit) == ("A coworking space in San Francisco.", "WeWork")


def test_custom_element_with_a_lazy_address_is_a_picture() -> None:
    """Nettavisen's <brick-image-v3 data-src=…>: a custom element a script fills."""
    article = extract_html(page(
        '<div class="article-img"><brick-image-v3 data-src="https://img.example/nett/besok.jpeg" data-width="1600">'
        '</brick-image-v3><div class="article-img-caption-wrap"><span>BESØK: Tone besøker manageren sin.</span> '
        '<span class="image-photographer">Foto: Anna Roe (Nettavisen)</span></div></div>'))
    image = next(im for im in article.images if im.src and im.src.endswith("besok.jpeg"))
    assert (image.caption, image.credit) == ("BESØK: Tone besøker manageren sin.", "Anna Roe (Nettavisen)")


def test_caption_folded_behind_a_button_is_read_as_shown() -> None:
    """FAZ folds the lead picture's caption away (display:none) behind a "show caption"
    button beside the picture; the box opens with the picture's alt text. It is that
    picture's caption and credit, not body text. A hidden box that does not repeat the
    alt text, or has no button beside the picture, stays hidden."""
    alt = "Pakete aus Fernost: Lieferungen sind beliebt, bergen aber Risiken."

    def lead(button: str, folded_text: str) -> str:
        return page(f'<div class="lead-image"><div><picture><img src="/lead.jpg" alt="{alt}" width="1200" '
                    f'height="800"></picture></div>{button}</div>'
                    f'<div class="meta2" style="display:none;"><span>{folded_text}</span><small>dpa</small></div>')

    shown = extract_html(lead("<button>Bildbeschreibung ausklappen</button>", alt))
    image = next(im for im in shown.images if im.src and im.src.endswith("/lead.jpg"))
    assert (image.caption, image.credit) == (alt, "dpa")
    assert not any(alt in paragraph for paragraph in shown.body)
    for button, text in (("", alt), ("<button>Mehr</button>", "Ein ganz anderer, versteckter Text über etwas.")):
        hidden = extract_html(lead(button, text))
        assert not [im for im in hidden.images if im.caption or im.credit]


def test_unsized_lead_picture_and_credit_laid_over_it() -> None:
    """NTV's lead picture: width="0" height="0" (a script sizes it; its address says
    375×211), a credit laid over the picture in its own box, the headline's box marked
    "info-text" around an <h2> standfirst after it. The picture is kept, the agency over
    it is its credit, the standfirst is no caption."""
    html = page('<div class="story-media"><div class="col"><div class="relative">'
                '<picture><img src="/lead.jpg?width=375&amp;height=211" width="0" height="0" alt="x"></picture>'
                '<div class="absolute bottom">Anadolu Ajansı</div></div></div>'
                '<div class="meta"><p>AA</p></div>'
                '<div class="w-full"><div class="info-text-card"><h2>Polis dört şüpheliyi tutukladı, '
                'soruşturma sürüyor.</h2></div></div></div>')
    image = next(im for im in extract_html(html).images if im.src and "/lead.jpg" in im.src)
    assert (image.caption, image.credit) == (None, "Anadolu Ajansı")


def test_zero_sized_pixel_without_a_size_in_its_address_is_decoration() -> None:
    html = page('<p>Text around a counter.<img src="/p.gif?d=4&amp;i=1" width="0" height="0"></p>')
    assert not [im for im in extract_html(html).images if im.src and "/p.gif" in im.src]


def test_lead_picture_credit_beside_the_headline_box() -> None:
    """Tagesspiegel: the lead figure with its © paragraph, then the headline's box. The
    headline's words are not the picture's, but the figure's own credit is."""
    html = page('<div><figure class="Xc3"><div class="Xc4"><picture><img src="/lead.jpeg" alt="Eine Welle" '
                'width="1000" height="430"></picture></div><p class="Xc5"> © dpa/Zuma Wire/Kim Roe </p></figure>'
                '<div class="Hay"><h1>Eskalation im Nordatlantik</h1><p>Von Jana Muster</p></div></div>')
    image = next(im for im in extract_html(html).images if im.src and im.src.endswith("/lead.jpeg"))
    assert (image.caption, image.credit) == (None, "dpa/Zuma Wire/Kim Roe")


def test_caption_ui_words_are_not_caption_text() -> None:
    """A "photo list" link inside a Japanese caption (写真一覧) is a button's text."""
    html = page('<figure><img src="/castle.jpg" width="800" height="500"><figcaption>膨らみが見つかった石垣＝'
                '長野県松本市で2025年5月15日、田中美咲撮影<span class="count">写真一覧</span></figcaption></figure>')
    image = next(im for im in extract_html(html).images if im.src and im.src.endswith("/castle.jpg"))
    assert (image.caption, image.credit) == ("膨らみが見つかった石垣＝長野県松本市で2025年5月15日", "田中美咲撮影")


def test_credit_spans_without_a_telling_class() -> None:
    """El País-style figures: a caption span and a credit span with no telling class. A
    photographer's name in capitals is the credit; a box holding a chain of names and a
    known agency, and nothing else, is a credit with no caption."""
    html = page('<figure class="a_m"><img src="/one.jpg" width="800" height="500"><figcaption class="a_m_p">'
                '<span>Cartel de protesta en un balcón del barrio.</span><span class="a_m_m">MÒNICA TORRES</span>'
                '</figcaption></figure><p>Texto del artículo, lo bastante largo para leerse como prosa.</p>'
                '<figure class="a_m"><img src="/two.jpg" width="800" height="500"><figcaption class="a_m_p">'
                '<span class="a_m_m">Rober Ejemplo / Europa Press vía Getty Images</span></figcaption></figure>')
    found = {im.src.rsplit("/", 1)[-1]: (im.caption, im.credit) for im in extract_html(html).images if im.src}
    assert found["one.jpg"] == ("Cartel de protesta en un balcón del barrio.", "MÒNICA TORRES")
    assert found["two.jpg"] == (None, "Rober Ejemplo / Europa Press vía Getty Images")


def test_a_video_title_after_its_label_is_no_credit() -> None:
    # VnExpress's embedded video: "Video: <title>" beside the poster names no one.
    html = page('<div class="box_embed_video_parent" data-vid="1"><div class="box_img_video">'
                '<img src="/poster.jpg" alt="Video"><span class="title_video">Video: Bác sĩ hướng dẫn chăm sóc '
                'trẻ mắc cúm tại nhà</span></div></div>')
    article = extract_html(html, url="https://news.example.com/a/story")
    assert not any(image.credit for image in article.images)


@pytest.mark.parametrize("byline", [
    '<p class="author"><a href="https://www.example.es/autores/ana-ruiz/">Ana Ruiz</a></p>',
    '<p class="author"><a href="/autores/ana-ruiz/">Ana Ruiz</a> / <a href="/autores/luis-gil/">Luis Gil</a></p>',
    '<p class="byline" itemprop="author"><span>Von </span>Ana Ruiz</p>',
])
def test_writer_of_a_teaser_card_is_no_picture_credit(byline: str) -> None:
    """Related-article cards name their writers in a box classed "author" or "byline":
    no picture's credit (a link to a writer's page, or a byline word and a name)."""
    card = (f'<li class="recirculation-item"><figure><img src="/teaser-x.jpg" width="640"></figure>'
            f'<p class="title"><a href="/politica/other-story.html">Another story</a></p>{byline}</li>')
    article = extract_html(page(f"<ul>{card}</ul>"))
    assert not any(im.credit for im in article.images)


@pytest.mark.parametrize("meta_src, figure_src", [
    # A resizing service that writes the original address into its path.
    ("https://static.example.be/Assets/2025/02/02/9c36b38b-2b0b-4738.jpg",
     "https://img.example.be/LW6KV9=/960x640/smart/https%3A%2F%2Fstatic.example.be%2FAssets%2F2025%2F02%2F02"
     "%2F9c36b38b-2b0b-4738.jpg"),
    # A CDN's hash of each rendition after the file's name.
    ("https://cdn.example.de/imgs/18/A192528_large_Audi-3-700-86e317e6b44fd5cf.jpeg",
     "https://cdn.example.de/imgs/18/A192528_large_Audi-3-700-ae8b2233f0b52e59.jpeg"),
])
def test_open_graph_copy_of_the_figure_is_one_picture(meta_src: str, figure_src: str) -> None:
    head = f'<meta property="og:image" content="{meta_src}">'
    figure = f'<figure><img src="{figure_src}"><figcaption><span class="credit">Jane Roe</span></figcaption></figure>'
    article = extract_html(page(figure, head=head))
    assert [(im.caption, im.credit) for im in article.images] == [(None, "Jane Roe")]


def test_writers_box_after_the_caption_is_no_credit() -> None:
    """The article's byline, classed "byline", right after the lead figure: an <address>
    or a byline word and names is the writer, not part of the picture's credit."""
    figure = ('<div class="lead"><figure><img src="/lead.jpg"></figure><div class="caption">'
              '<figcaption>The premier noted the poll results.</figcaption>'
              '<figcaption itemprop="author">Foto: Jane Roe</figcaption></div>'
              '<div class="meta"><div class="byline"><address><span>Ann Doe og Bo Lund</span></address></div>'
              '<p class="byline">By Ann Doe and Bo Lund / Example Times Staff Writers</p></div></div>')
    article = extract_html(page(figure))
    assert [(im.caption, im.credit) for im in article.images] == [("The premier noted the poll results.", "Jane Roe")]


def test_credit_on_its_own_line_over_the_caption() -> None:
    figure = ('<figure><img src="/debate.jpg"><figcaption><span>The Yomiuri Shimbun</span><br>'
              'The leaders of seven parties take part in a debate in Tokyo on Saturday.</figcaption></figure>')
    article = extract_html(page(figure))
    assert [(im.caption, im.credit) for im in article.images] == [
        ("The leaders of seven parties take part in a debate in Tokyo on Saturday.", "The Yomiuri Shimbun")]


def test_italics_inside_a_paragraph_of_text_are_no_caption() -> None:
    """An inline picture in a paragraph that goes on: its italics are the writer's emphasis."""
    fragment = ('<p><img src="/t.jpg" alt=""><em>The harbour at dawn.</em> And the paragraph goes on '
                'to tell the story of the harbour at length.</p>')
    assert [(im.caption, im.credit) for im in extract_html(page(fragment)).images] == [(None, None)]


def test_lead_picture_whose_address_a_script_sets_takes_the_open_graph_address() -> None:
    """ScienceAlert prints `<img src="/">` and sets the address by script: the site's home
    page is no picture, and the page's og:image is the one described picture's address."""
    head = '<meta property="og:image" content="https://news.example.com/images/titan_false_colour_1024.jpg">'
    lead = ('<div class="article-image"><img id="article_img" src="/" alt="main article image"></div>'
            '<div class="article-image-photographer">Titan in false colour, 2004. (NASA/JPL/Space Science Institute)</div>'
            '<figure><img src="/images/titan_map.jpg"><figcaption>The first map of Titan.</figcaption></figure>')
    article = extract_html(page(lead, head=head))
    assert [(im.src, im.caption, im.credit) for im in article.images] == [
        ("https://news.example.com/images/titan_false_colour_1024.jpg", "Titan in false colour, 2004.",
         "NASA/JPL/Space Science Institute"),
        ("/images/titan_map.jpg", "The first map of Titan.", None)]


def test_two_pictures_without_addresses_do_not_guess_which_is_the_open_graph_one() -> None:
    head = '<meta property="og:image" content="https://news.example.com/images/lead.jpg">'
    body = ''.join(f'<figure><img src="/" alt="Photo {n}"><figcaption>Picture {n} of the day.</figcaption></figure>' for n in (1, 2))
    article = extract_html(page(body, head=head))
    assert sorted((im.src or "", im.caption or "") for im in article.images) == [
        ("", "Picture 1 of the day."), ("", "Picture 2 of the day."), ("https://news.example.com/images/lead.jpg", "")]


LEAD_CREDITS = [
    # (where the lead picture's credit is printed, the lead's credit, the other picture's texts)
    ('<figure><img src="/b.jpg"></figure><p class="graf--p"><em>Top photo by Joan Roe</em></p>',
     "Joan Roe", (None, None)),
    ('<figure><img src="/b.jpg"><figcaption>The lab at night.</figcaption></figure>'
     '<p><em>Header image: Jane Doe/Unsplash</em></p>', "Jane Doe/Unsplash", ("The lab at night.", None)),
    ('<figure><img src="/b.jpg"><figcaption>Der Hafen.</figcaption></figure><p>Titelbild: Max Roe/dpa</p>',
     "Max Roe/dpa", ("Der Hafen.", None)),
    ('<figure><img src="/b.jpg"><figcaption>El puerto.</figcaption></figure><p>Foto de portada: EFE</p>',
     "EFE", ("El puerto.", None)),
]


@pytest.mark.parametrize("after, lead_credit, other", LEAD_CREDITS)
def test_the_lead_pictures_credit_printed_apart_credits_the_lead(after: str, lead_credit: str,
                                                                  other: tuple) -> None:
    fragment = f'<figure><img src="/lead.jpg"></figure>{page_prose()}{after}'
    article = extract_html(page(fragment))
    assert [(im.caption, im.credit) for im in article.images] == [(None, lead_credit), other]
    assert not any(lead_credit in block for block in article.body)


def page_prose() -> str:
    return "<p>" + "The post goes on about the trip and the people met on the way. " * 3 + "</p>"


@pytest.mark.parametrize("after", [
    "<p>Top photo: protesters gather in the square on Monday. Police watched them.</p>",
    "<p>Cover photo of the magazine shows the singer in a red coat.</p>",
])
def test_a_lead_label_before_a_sentence_is_no_credit(after: str) -> None:
    article = extract_html(page(f'<figure><img src="/lead.jpg"></figure>{page_prose()}{after}'))
    assert article.images[0].credit is None
    assert any(block.startswith(("Top photo", "Cover photo")) for block in article.body)


def test_a_lead_picture_with_its_own_credit_keeps_it() -> None:
    fragment = ('<figure><img src="/lead.jpg"><figcaption><span class="credit">Ann Lee/AP</span></figcaption></figure>'
                f'{page_prose()}<figure><img src="/b.jpg"></figure><p><em>Top photo by Joan Roe</em></p>')
    assert extract_html(page(fragment)).images[0].credit == "Ann Lee/AP"
