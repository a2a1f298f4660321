"""The extractor's first-use cost, paid before the first real document and from the regex disk cache.

The extractor builds most of its tables lazily: the registry's alias patterns, the window patterns and the
shared-scan automata (about 4.6 CPU s in the first document, most of it ``re`` compiling ≈ 8,400 patterns).
Every process that extracts pays it: the stage pool's fork server, and each ``python -m etl extract`` and
``python -m etl.evaluate``.  ``warm_from_cache`` extracts three short reports inside
``etl.regex_cache.compiled_patterns``, so a process after the first takes those patterns' compiled code
from the disk cache.  Only the warm-up goes through the cache, not the documents: every process records
the same set of patterns, and the file does not change with what a run happened to read.
"""

from __future__ import annotations

import logging

# One short report per language: extracting them builds what the extractor builds on first use.
WARM_TEXTS = (
    "2023-жылдын 23-июнунда Бишкек шаарында ПРООН тарабынан тренинг өттү. Ага 25 киши катышты,"
    " анын ичинде 12 аял. Долбоордун бюджети 61 933 АКШ доллары.",
    "23 июня 2023 года в городе Ош при поддержке ПРООН прошёл семинар. В нём приняли участие"
    " 25 человек, из них 12 женщин. Бюджет проекта составил 2,3 млн сомов.",
    "On 23 June 2023 a training was held in Naryn, funded by UNDP. It was attended by 25 people,"
    " 12 of them women; the grant was USD 61,933.",
)


def warm_extractor() -> None:
    from etl.documents import read_bytes
    from etl.extract import extract

    try:
        for n, text in enumerate(WARM_TEXTS):
            extract(read_bytes(text.encode("utf-8"), f"warm-up-{n}.txt"))
    except Exception:  # noqa: BLE001 - only a head start: the first real document builds what is missing
        logging.getLogger(__name__).warning("extractor warm-up failed", exc_info=True)


def warm_from_cache() -> dict[str, int]:
    """Import and warm the extractor with its patterns from the disk cache; the cache's hit and miss counts."""
    from etl.regex_cache import compiled_patterns

    with compiled_patterns() as counts:
        warm_extractor()
    return counts
