"""The seed article: title, body with its subheading, and exactly two credited images.

The assertions run on a fixture written in the seed's shape (so they run everywhere),
and on the real seed in ``../shared/seed`` when that folder exists.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import mediakit
from mediakit.extraction import extract
from mediakit.text import extract_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "article-fr.txt"

# Written for this test in the seed's shape: title line, paragraphs separated by blank
# lines, a subheading, and two captions with the credit glued at the end.
SEED_SHAPED = """Le président russe est arrivé ce mercredi à Pyongyang, pour une visite officielle

Il a été accueilli à l'aéroport par le dirigeant nord-coréen Kim Jong-un en personne.

Les deux dirigeants s'étaient déjà vus en 2019 dans l'est de la Russie.

Des relations qui se renforcent de jour en jour

Les liens entre les deux États se sont resserrés ces dernières années. Moscou manque d'armes et Pyongyang de devises.

Des exercices de tir de missiles dans un lieu non divulgué en Corée du Nord. 朝鮮通信社/KCNA via KNS

Washington et Séoul accusent Pyongyang de fournir à Moscou de l'artillerie. Les deux pays démentent tout marché d'armes.

Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un à Pyongyang le 19 juin Gavriil Grigorov/Sputnik

"Nous ne sommes pas préoccupés par ce voyage", a déclaré un porte-parole à la presse ce lundi.
"""

CAPTION_1 = "Des exercices de tir de missiles dans un lieu non divulgué en Corée du Nord."
CAPTION_2 = "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un à Pyongyang le 19 juin"
SUBHEADING = "Des relations qui se renforcent de jour en jour"


def _check_seed(article: mediakit.Article, title_start: str) -> None:
    assert article.kind == "text"
    assert article.title and article.title.startswith(title_start)
    assert SUBHEADING in article.body
    assert article.body[0].startswith("Il a été accueilli à l'aéroport")
    body = "\n".join(article.body)
    for leaked in (CAPTION_1, CAPTION_2, "KCNA", "Gavriil Grigorov", "Sputnik"):
        assert leaked not in body

    assert len(article.images) == 2
    first, second = article.images
    assert (first.src, first.caption, first.credit) == (None, CAPTION_1, "朝鮮通信社/KCNA via KNS")
    assert first.creators == []
    assert [(a.id, a.name, a.role) for a in first.agencies] == [
        ("kcna", "Korean Central News Agency", "source"),
        ("kns", "Korea News Service", "distributor"),
    ]
    assert (second.src, second.caption, second.credit) == (None, CAPTION_2, "Gavriil Grigorov/Sputnik")
    assert second.creators == ["Gavriil Grigorov"]
    assert [(a.name, a.role) for a in second.agencies] == [("Sputnik", "source")]
    assert first.found_in == second.found_in == ["text"]


def test_seed_shaped_fixture() -> None:
    _check_seed(extract_text(SEED_SHAPED), "Le président russe est arrivé")


def test_seed_shaped_fixture_through_public_api() -> None:
    record = extract(SEED_SHAPED, kind="text").to_dict()
    assert record["images"][1]["credit"] == "Gavriil Grigorov/Sputnik"
    assert record["images"][0]["agencies"][1]["role"] == "distributor"


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not available")
def test_real_seed() -> None:
    article = extract(SEED, kind="auto")
    assert article.source == str(SEED)
    _check_seed(article, "Le président russe est arrivé ce mercredi à Pyongyang")
