"""HTML pages to article records: body text, pictures, captions, credits.

``extract_html(data)`` parses the page once with lxml, removes what is never article
(hidden text, navigation, share bars, teasers ...; see ``data/conventions.toml``), finds
each picture with its caption and credit, reads the body around them, and merges what
structured data (JSON-LD, Open Graph, microdata) says about the same pictures.
Credits are taken apart by :func:`mediakit.credits.parser.parse_credit`, credits glued
to captions by :func:`mediakit.credits.captions.split_caption`.
"""
from __future__ import annotations

from lxml import etree

from mediakit.credits.captions import names_a_clause
from mediakit.credits.parser import parse_credit
from mediakit.credits.registry import Registry, default_registry
from mediakit.html.body import find_container, lead_blocks, read_blocks
from mediakit.html.cleaning import remove_unread
from mediakit.html.conventions import Conventions, conventions
from mediakit.html.document import normalise_lang, page_facts, parse
from mediakit.html.images import MAX_IMAGES, OnPageImage, page_images
from mediakit.html.merge import dedupe, merge_structured, without_picture_text
from mediakit.html.records import page_splitter, reads_as_credit, to_record
from mediakit.html.structured import read_jsonld, read_open_graph
from mediakit.lang.detect import guess_language, reads_as
from mediakit.model import Article, Image

__all__ = ["extract_html"]


def extract_html(
    data: bytes | str,
    *,
    source: str | None = None,
    url: str | None = None,
    registry: Registry | None = None,
) -> Article:
    """Read one HTML page. Never raises on bad input: problems become warnings."""
    registry = registry or default_registry()
    try:
        return _extract(data, source, url, registry, conventions())
    except Exception as exc:  # noqa: BLE001 - one bad page must never stop a batch
        return Article(source=source, kind="html", url=url,
                       warnings=[f"page could not be read: {type(exc).__name__}: {exc}"])


def _extract(data: bytes | str, source: str | None, url: str | None,
             registry: Registry, conv: Conventions) -> Article:
    parsed = parse(data)
    article = Article(source=source, kind="html", url=url, warnings=list(parsed.warnings))
    root = parsed.root
    if root is None:
        return article
    facts = page_facts(root, url, parsed.canonical)
    structured = read_jsonld(parsed.jsonld)
    article.warnings.extend(structured.warnings)
    article.url = facts.url
    article.lang = facts.lang or normalise_lang(structured.lang)
    article.title = facts.title or structured.headline
    marks = remove_unread(root, conv)
    found, claimed, unread = page_images(root, conv, facts.base, lambda text: reads_as_credit(text, registry))
    if unread:
        article.warnings.append(f"page has {unread} more pictures than the {MAX_IMAGES} read")
    container = find_container(root)
    split_text = page_splitter(registry)
    kept = [img for img in found if _keep(img, container)]
    _give_lead_credit_to_the_lead(kept, conv, registry)
    images = [to_record(img, registry, split_text) for img in kept]
    extra = [s for s in structured.images + read_open_graph(facts.meta) if s.url or s.caption]
    images = dedupe(merge_structured(images, extra, facts.base, structured.names, registry, split_text))
    article.images = images
    blocks = read_blocks(container, conv, claimed, marks)
    lead = [t for t in lead_blocks(root, container, conv, claimed) if t not in blocks]
    article.body = _without_lead_credit(without_picture_text(lead + blocks, images), images, conv, registry)
    article.lang = _article_language(article)
    return article


def _article_language(article: Article) -> str | None:
    """The page's declared language, unless its text is clearly in another one: templates
    keep a default ("en-ZA" on a Zulu paper), and the text is what the user reads."""
    if article.lang and not article.body:
        return article.lang
    text = "\n".join([article.title or "", *article.body[:20]])
    if not article.lang:
        return guess_language(text)
    text = text[:_LANGUAGE_SAMPLE]
    declared = article.lang.split("-", 1)[0].lower()
    if len(text) < _MIN_TEXT_TO_OVERRULE or reads_as(text, declared):
        return article.lang  # (most pages: their own function words confirm it at once)
    read = guess_language(text)
    if read and read.split("-", 1)[0].lower() not in (declared, *_SAME_LANGUAGE.get(declared, ())):
        return read
    return article.lang


# -- pictures -------------------------------------------------------------------------

# The text read for the guess: its opening paragraphs say it (and cost a fraction of a
# millisecond; the whole page would cost more).
_LANGUAGE_SAMPLE = 2000
# Enough text for the guess to overrule what the page declares.
_MIN_TEXT_TO_OVERRULE = 400
# Codes that name the same written language (a page declaring "no" may be read as "nb").
_SAME_LANGUAGE = {"no": ("nb", "nn"), "nb": ("no",), "nn": ("no", "nb"), "fil": ("tl",),
                  "tl": ("fil",), "sr": ("hr", "bs"), "hr": ("sr", "bs"), "bs": ("sr", "hr"), "ms": ("id",),
                  "id": ("ms",)}


def _give_lead_credit_to_the_lead(found: list[OnPageImage], conv: Conventions, registry: Registry) -> None:
    """"Top photo by Joan Bardeletti" printed under a later picture or at the end of a
    post credits the first picture, not the one it stands next to."""
    if len(found) < 2 or found[0].credit:
        return
    for image in found[1:]:
        for part in ("credit", "caption"):
            text = getattr(image, part)
            if text and conv.lead_label_re.match(text) and _credit_alone(text, registry):
                setattr(image, part, None)
                found[0].credit = text
                found[0].found_in.append("lead-credit")
                return


def _without_lead_credit(blocks: list[str], images: list[Image], conv: Conventions,
                         registry: Registry) -> list[str]:
    """The body without a paragraph that credits the lead picture ("Header image: Jane
    Doe/Unsplash" at the end of a post), which becomes that picture's credit."""
    if not images or images[0].credit:
        return blocks
    for i, block in enumerate(blocks):
        if conv.lead_label_re.match(block) and _credit_alone(block, registry):
            images[0].apply_credit(parse_credit(block, registry))
            images[0].found_in.append("lead-credit")
            return blocks[:i] + blocks[i + 1:]
    return blocks


def _credit_alone(text: str, registry: Registry) -> bool:
    """A short credit naming someone, no sentence ("Top photo: protesters in …" is the
    lead picture's caption, left where it is)."""
    if len(text) > MAX_LEAD_CREDIT_CHARS or ". " in text.rstrip(". "):
        return False
    credit = parse_credit(text, registry)
    return bool(credit.creators or credit.agencies) and not names_a_clause(credit)


# A lead picture's credit printed apart is a label and a few names.
MAX_LEAD_CREDIT_CHARS = 120


def _keep(img: OnPageImage, container: etree._Element) -> bool:
    """Captioned or credited pictures anywhere outside boilerplate; uncaptioned ones only
    inside the article container (elsewhere they are teasers and decoration). A video's
    poster counts only with a photo credit: its caption describes the video."""
    if img.poster:
        return bool(img.credit)
    if img.caption or img.credit:
        return True
    if img.src is None:
        return False
    el = img.element
    return any(anc is container for anc in el.iterancestors())
