"""The options note for the governing body, shaped like a secretariat note: title,
"Note by the secretariat", numbered paragraphs (background and mandate, then each
option with its cost, resources needed, benefits and risks), timing, and the
guidance sought."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import date_range
from consult_desktop.domain.documents import printed_title
from consult_desktop.domain.money import format_amount
from consult_desktop.domain.plural import noun as plural_noun
from consult_desktop.domain.printed import Milestone, OptionNote, OptionsNote
from consult_desktop.printing.page import Part, build_pdf, title_block
from consult_desktop.printing.styles import Styles, stylesheet, text


class Numbering:
    """Paragraph numbers that run through the whole note."""

    def __init__(self, styles: Styles) -> None:
        self.styles, self.number = styles, 0

    def __call__(self, markup: str) -> Paragraph:
        self.number += 1
        return Paragraph(markup, self.styles.numbered, bulletText=f"{self.number}.")


def labels(options: list[OptionNote]) -> str:
    names = [f"({o.label})" for o in options]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count(number: int, noun: str, plural: str = "") -> str:
    """A number of things in running text, UN style: under ten in words ("two
    options"), 10 and over in figures; the noun agrees."""
    figure = WORDS[number] if 0 <= number < len(WORDS) else f"{number:,}"
    return f"{figure} {plural_noun(number, noun, plural)}"


def span(start: object, end: object) -> str:
    return date_range(start or None, end or None)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Block:
    """A paragraph of the note, in plain text: the PDF and the Word file draw the same
    blocks. `kind`: "heading" (I. Background...), "numbered" (a numbered paragraph),
    "option" (an option's heading), "body", or "lines" (one line each, "\n" between);
    `lead` the italic words before a body paragraph ("Cost")."""

    kind: str
    text: str
    lead: str = ""


def parts(value: str) -> list[str]:
    """A long text cut at its blank lines (plain text)."""
    return [part.strip() for part in value.replace("\r\n", "\n").split("\n\n")
            if part.strip()]


def option_blocks(option: OptionNote, currency: str) -> Iterator[Block]:
    yield Block("option", f"({option.label}) {option.title}")
    for part in parts(option.description):
        yield Block("body", part)
    facts = []
    if option.format:
        facts.append(vocab.label(vocab.OPTION_FORMATS, option.format))
    when = span(option.proposed_start, option.proposed_end)
    if when:
        facts.append(when)
    if option.days:
        facts.append(count(option.days, "day"))
    if option.venue:
        facts.append(option.venue)
    if option.expected_participants:
        facts.append(f"about {count(option.expected_participants, 'participant')}")
    if facts:
        yield Block("body", f"{'; '.join(facts)}.", "Format, dates and venue")
    if option.total is not None:
        cost = format_amount(option.total, currency, whole=True)
        if option.psc:
            cost += (f", including programme support costs of "
                     f"{format_amount(option.psc, currency, whole=True)}")
        yield Block("body", f"{cost}.", "Cost")
    for heading, value in (("Resources needed", option.resources_needed),
                           ("Benefits", option.benefits), ("Risks", option.risks)):
        for number, part in enumerate(parts(value)):
            yield Block("body", part, heading if number == 0 else "")


def timing(milestones: list[Milestone]) -> str:
    return "\n".join(f"{span(m.date, m.end_date)}: {m.title}" for m in milestones)


def title(note: OptionsNote) -> str:
    return printed_title("options_note", note.meeting.title)


SUBTITLE = "Note by the secretariat"


def blocks(note: OptionsNote) -> list[Block]:
    """The note below its title, paragraph by paragraph."""
    meeting = note.meeting
    body = meeting.governing_body.strip()
    # "the Executive Committee"; a name typed with its article keeps it ("The Bureau").
    the_body = body if body.casefold().startswith("the ") else f"the {body}"
    the_body = the_body if body else "the governing body"
    The_body = f"{the_body[0].upper()}{the_body[1:]}"
    flow = [Block("heading", "I. Background and mandate"), Block(
        "numbered", "The present note sets out the options for organizing the meeting and "
        f"what each would cost, and seeks the guidance of {the_body}.")]
    flow += [Block("numbered", part) for part in parts(meeting.mandate)]
    flow.append(Block("heading", "II. Options"))
    if note.options:
        flow.append(Block("numbered", "The secretariat has explored "
                                      f"{count(len(note.options), 'option')}:"))
        for option in note.options:
            flow += option_blocks(option, meeting.currency)
    else:
        flow.append(Block("numbered", "The secretariat has not yet set out any option."))
    if note.milestones:
        flow += [Block("heading", "III. Timing"),
                 Block("numbered", "The timing is as follows:"),
                 Block("lines", timing(note.milestones))]
    last = "IV" if note.milestones else "III"
    chosen = [option for option in note.options if option.status == "chosen"]
    if len(chosen) == 1:
        # The body has chosen: the note records it rather than invite guidance again.
        option = chosen[0]
        return [*flow, Block("heading", f"{last}. Decision"), Block(
            "numbered", f"{The_body} chose option ({option.label}), {option.title}. The "
            "secretariat is organizing the meeting accordingly.")]
    noun = "option" if len(note.options) == 1 else "options"
    options = f" on {noun} {labels(note.options)}" if note.options else ""
    return [*flow, Block("heading", f"{last}. Guidance sought"), Block(
        "numbered", f"{The_body} is invited to provide guidance to the secretariat{options} "
        "for the organization of the meeting.")]


def story(note: OptionsNote, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    number = Numbering(styles)
    flow = title_block(note.meeting, title(note), SUBTITLE, show_meeting=False)
    for block in blocks(note):
        if block.kind == "heading":
            flow.append(Paragraph(text(block.text), styles.heading))
        elif block.kind == "numbered":
            flow.append(number(text(block.text)))
        elif block.kind == "option":
            flow.append(Paragraph(f"<b>{text(block.text)}</b>", styles.subheading))
        else:
            lead = f"<i>{text(block.lead)}:</i> " if block.lead else ""
            lines = block.text.split("\n") if block.kind == "lines" else [block.text]
            flow.append(Paragraph(lead + "<br/>".join(text(line) for line in lines),
                                  styles.note_body))
    return flow


def part(note: OptionsNote) -> Part:
    return Part(note.document, story(note))


def build(note: OptionsNote) -> bytes:
    return build_pdf(note.meeting, [part(note)])
