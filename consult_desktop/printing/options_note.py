"""The options note for the governing body, shaped like a secretariat note: title,
"Note by the secretariat", numbered paragraphs (background and mandate, then each
option with its cost, resources needed, benefits and risks), timing, and the
guidance sought."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, Paragraph

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import date_range
from consult_desktop.domain.documents import printed_title
from consult_desktop.domain.money import format_amount
from consult_desktop.domain.printed import Milestone, OptionNote, OptionsNote
from consult_desktop.printing.page import Part, build_pdf, title_block
from consult_desktop.printing.styles import Styles, paragraphs, stylesheet, text


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
    return f"{figure} {noun if number == 1 else plural or noun + 's'}"


def span(start: object, end: object) -> str:
    return date_range(start or None, end or None)  # type: ignore[arg-type]


def option_paragraphs(option: OptionNote, currency: str, styles: Styles) -> Iterator[Flowable]:
    yield Paragraph(f"<b>({text(option.label)}) {text(option.title)}</b>", styles.subheading)
    for part in paragraphs(option.description):
        yield Paragraph(part, styles.note_body)
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
        yield Paragraph(f"<i>Format, dates and venue:</i> {text('; '.join(facts))}.",
                        styles.note_body)
    if option.total is not None:
        cost = format_amount(option.total, currency, whole=True)
        if option.psc:
            cost += (f", including programme support costs of "
                     f"{format_amount(option.psc, currency, whole=True)}")
        yield Paragraph(f"<i>Cost:</i> {text(cost)}.", styles.note_body)
    for heading, value in (("Resources needed", option.resources_needed),
                           ("Benefits", option.benefits), ("Risks", option.risks)):
        parts = paragraphs(value)
        for number, part in enumerate(parts):
            lead = f"<i>{heading}:</i> " if number == 0 else ""
            yield Paragraph(lead + part, styles.note_body)


def timing(milestones: list[Milestone]) -> str:
    lines = [f"{text(span(m.date, m.end_date))}: {text(m.title)}" for m in milestones]
    return "<br/>".join(lines)


def story(note: OptionsNote, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    meeting = note.meeting
    body = meeting.governing_body.strip()
    # "the Executive Committee"; a name typed with its article keeps it ("The Bureau").
    the_body = text(body) if body.casefold().startswith("the ") else f"the {text(body)}"
    the_body = the_body if body else "the governing body"
    number = Numbering(styles)
    flow = title_block(meeting, printed_title("options_note", meeting.title),
                       "Note by the secretariat",
                       show_meeting=False)
    flow.append(Paragraph("I. Background and mandate", styles.heading))
    flow.append(number(
        f"The present note sets out the options for organizing the meeting and what each "
        f"would cost, and seeks the guidance of {the_body}."
    ))
    flow += [number(part) for part in paragraphs(meeting.mandate)]
    flow.append(Paragraph("II. Options", styles.heading))
    if note.options:
        flow.append(number(f"The secretariat has explored "
                           f"{count(len(note.options), 'option')}:"))
        for option in note.options:
            flow += option_paragraphs(option, meeting.currency, styles)
    else:
        flow.append(number("The secretariat has not yet set out any option."))
    if note.milestones:
        flow.append(Paragraph("III. Timing", styles.heading))
        flow.append(number("The timing is as follows:"))
        flow.append(Paragraph(timing(note.milestones), styles.note_body))
    last = "IV" if note.milestones else "III"
    chosen = [option for option in note.options if option.status == "chosen"]
    if len(chosen) == 1:
        # The body has chosen: the note records it rather than invite guidance again.
        option = chosen[0]
        flow.append(Paragraph(f"{last}. Decision", styles.heading))
        flow.append(number(f"{the_body[0].upper()}{the_body[1:]} chose option "
                           f"({text(option.label)}), {text(option.title)}. The secretariat "
                           f"is organizing the meeting accordingly."))
        return flow
    flow.append(Paragraph(f"{last}. Guidance sought", styles.heading))
    noun = "option" if len(note.options) == 1 else "options"
    options = f" on {noun} {text(labels(note.options))}" if note.options else ""
    flow.append(number(f"{the_body[0].upper()}{the_body[1:]} is invited to provide guidance "
                       f"to the secretariat{options} for the organization of the meeting."))
    return flow


def part(note: OptionsNote) -> Part:
    return Part(note.document, story(note))


def build(note: OptionsNote) -> bytes:
    return build_pdf(note.meeting, [part(note)])
