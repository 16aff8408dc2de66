"""The summary's light markup: paragraphs and bulleted lists in plain text.

- A blank line starts a new paragraph.
- A line starting with "- ", "* " or "• " starts a bullet; the lines after it, up to the
  next bullet or blank line, continue it.
- Other consecutive lines are joined into one paragraph.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

BULLETS = ("- ", "• ", "* ")


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


Block = Paragraph | Bullets


def _bullet_text(line: str) -> str | None:
    stripped = line.lstrip()
    for marker in BULLETS:
        if stripped.startswith(marker):
            return stripped[len(marker):].strip()
    if stripped in ("-", "•", "*"):
        return ""
    return None


def parse(text: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[list[str]] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Paragraph(" ".join(paragraph)))
            paragraph.clear()

    def flush_items() -> None:
        if items:
            blocks.append(Bullets(tuple(" ".join(i).strip() for i in items)))
            items.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush_paragraph()
            flush_items()
            continue
        bullet = _bullet_text(raw)
        if bullet is not None:
            flush_paragraph()
            items.append([bullet] if bullet else [])
        elif items:
            items[-1].append(line)
        else:
            paragraph.append(line)
    flush_paragraph()
    flush_items()
    return blocks


def to_html(blocks: list[Block]) -> str:
    """Escaped HTML for a preview: <p> per paragraph, <ul> per list."""
    parts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(f"<p>{html.escape(block.text)}</p>")
        else:
            items = "".join(f"<li>{html.escape(item)}</li>" for item in block.items)
            parts.append(f"<ul>{items}</ul>")
    return "".join(parts)
