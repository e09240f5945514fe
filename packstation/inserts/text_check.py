"""A shop's own insert text, checked the way it will be printed: drawn for every kind of parcel
(first order, returning customer, gift, no packaging logged) in its language, within the render
budget every print keeps to. core/shop_files.py refuses to save a text this finds a problem in;
bootstrap.py adds this check to it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from packstation.core.settings import load_settings
from packstation.core.shop_setup import shop_brand
from packstation.inserts.sample import every_kind_of_parcel, sample_facts
from packstation.inserts.templates import InsertTemplates


def insert_text_problems(session: Session, path: str, kind: str, language: str, body: str) -> list[str]:
    """What is wrong with `body` as the `kind` insert's text in `language` (saved at `path`),
    each problem once; empty when it prints."""
    templates = InsertTemplates(saved={path: body})
    found: list[str] = []
    for facts in every_kind_of_parcel(sample_facts(language, shop_brand(session), load_settings(session))):
        problems = templates.texts(kind, language, facts.context()).problems
        for problem in problems:
            where = f"{problem.file}, line {problem.line}" if problem.line else str(problem.file)
            message = f"{where}: {problem.message}"
            if message not in found:
                found.append(message)
        if any(problem.over_budget for problem in problems):
            break  # the render budget spent once is enough to refuse it
    return found
