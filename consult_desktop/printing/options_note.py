"""The options note for the governing body, shaped like a secretariat note: title,
"Note by the secretariat", numbered paragraphs (background and mandate, then each
option with its cost, resources needed, benefits and risks), timing, and the
guidance sought."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import date_range
from consult_desktop.domain.money import AmountStyle, format_amount
from consult_desktop.domain.printed import Milestone, OptionNote, OptionsNote
from consult_desktop.printing.page import Part, build_pdf, title_block
from consult_desktop.printing.styles import Styles, stylesheet, text
from consult_desktop.printing.words import N_, ntr, tr


class Numbering:
    """Paragraph numbers that run through the whole note."""

    def __init__(self, styles: Styles) -> None:
        self.styles, self.number = styles, 0

    def __call__(self, markup: str) -> Paragraph:
        self.number += 1
        return Paragraph(markup, self.styles.numbered, bulletText=f"{self.number}.")


def letter(label: str, lang: str = "en") -> str:
    """"(a)" in English, "a)" in French and Russian."""
    return f"({label})" if lang == "en" else f"{label})"


def labels(options: list[OptionNote], lang: str = "en") -> str:
    names = [letter(o.label, lang) for o in options]
    if len(names) == 1:
        return names[0]
    return tr(lang, "{first} and {last}", first=", ".join(names[:-1]), last=names[-1])


WORDS = (N_("no"), N_("one"), N_("two"), N_("three"), N_("four"), N_("five"), N_("six"),
         N_("seven"), N_("eight"), N_("nine"))
# A noun counted in running text: its singular and plural (the catalog's plural forms).
NOUNS = {"option": ("{count} option", "{count} options"),
         "day": ("{count} day", "{count} days"),
         "participant": ("{count} participant", "{count} participants")}


def count(number: int, noun: str, lang: str = "en") -> str:
    """A number of things in running text, UN style: under ten in words ("two
    options"), 10 and over in figures; the noun agrees."""
    singular, plural = NOUNS[noun]
    phrase = ntr(lang, singular, plural, number)
    if 0 <= number < len(WORDS):
        words = tr(lang, WORDS[number])
        if lang == "fr" and number == 1 and noun == "option":
            words = "une"
        return phrase.replace(str(number), words, 1)
    return phrase.replace(str(number), format_amount(Decimal(number), "", lang, "figure"), 1)


def span(start: object, end: object, lang: str = "en") -> str:
    return date_range(start or None, end or None, lang)  # type: ignore[arg-type]


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


def option_blocks(option: OptionNote, currency: str, lang: str = "en") -> Iterator[Block]:
    yield Block("option", f"{letter(option.label, lang)} {option.title}")
    for part in parts(option.description):
        yield Block("body", part)
    facts = []
    if option.format:
        facts.append(tr(lang, vocab.label(vocab.OPTION_FORMATS, option.format)))
    when = span(option.proposed_start, option.proposed_end, lang)
    if when:
        facts.append(when)
    if option.days:
        facts.append(count(option.days, "day", lang))
    if option.venue:
        facts.append(option.venue)
    if option.expected_participants:
        facts.append(tr(lang, "about {number}",
                        number=count(option.expected_participants, "participant", lang)))
    if facts:
        yield Block("body", f"{tr(lang, '; ').join(facts)}.",
                    tr(lang, "Format, dates and venue:").removesuffix(":").rstrip("\u00a0"))
    if option.total is not None:
        # In whole units, as the budget's table: "$157,974", "157 974 dollars".
        style: AmountStyle = "words"
        cost = format_amount(option.total, currency, lang, style=style, whole=True)
        if option.psc:
            cost = tr(lang, "{cost}, including programme support costs of {psc}", cost=cost,
                      psc=format_amount(option.psc, currency, lang, style=style,
                                             whole=True))
        yield Block("body", f"{cost}.", tr(lang, "Cost:").removesuffix(":").rstrip("\u00a0"))
    for heading, value in ((N_("Resources needed:"), option.resources_needed),
                           (N_("Benefits:"), option.benefits), (N_("Risks:"), option.risks)):
        lead = tr(lang, heading).removesuffix(":").rstrip("\u00a0")
        for number, part in enumerate(parts(value)):
            yield Block("body", part, lead if number == 0 else "")


def timing(milestones: list[Milestone], lang: str = "en") -> str:
    return "\n".join(f"{span(m.date, m.end_date, lang)}: {m.title}" for m in milestones)


def title(note: OptionsNote) -> str:
    return tr(note.document.lang, "{title}: options", title=note.meeting.title)


SUBTITLE = N_("Note by the secretariat")


def blocks(note: OptionsNote) -> list[Block]:
    """The note below its title, paragraph by paragraph, in the note's language."""
    meeting = note.meeting
    lang = note.document.lang
    body = meeting.governing_body.strip()
    if lang == "en":
        # "the Executive Committee"; a name typed with its article keeps it ("The Bureau").
        the_body = body if body.casefold().startswith("the ") else f"the {body}"
        the_body = the_body if body else "the governing body"
    else:
        the_body = body or tr(lang, "the governing body")
    The_body = f"{the_body[0].upper()}{the_body[1:]}"
    flow = [Block("heading", tr(lang, "I. Background and mandate")), Block(
        "numbered", tr(lang, "The present note sets out the options for organizing the "
                       "meeting and what each would cost, and seeks the guidance of {body}.",
                       body=the_body))]
    flow += [Block("numbered", part) for part in parts(meeting.mandate)]
    flow.append(Block("heading", tr(lang, "II. Options")))
    if note.options:
        flow.append(Block("numbered", tr(lang, "The secretariat has explored {options}:",
                                         options=count(len(note.options), "option", lang))))
        for option in note.options:
            flow += option_blocks(option, meeting.currency, lang)
    else:
        flow.append(Block("numbered",
                          tr(lang, "The secretariat has not yet set out any option.")))
    if note.milestones:
        flow += [Block("heading", tr(lang, "III. Timing")),
                 Block("numbered", tr(lang, "The timing is as follows:")),
                 Block("lines", timing(note.milestones, lang))]
    last = "IV" if note.milestones else "III"
    chosen = [option for option in note.options if option.status == "chosen"]
    if len(chosen) == 1:
        # The body has chosen: the note records it rather than invite guidance again.
        option = chosen[0]
        return [*flow, Block("heading", f"{last}. {tr(lang, 'Decision')}"), Block(
            "numbered", tr(lang, "{body} chose option {label}, {title}. The secretariat is "
                           "organizing the meeting accordingly.", body=The_body,
                           label=letter(option.label, lang), title=option.title))]
    if note.options:
        guidance = ntr(
            lang, "{body} is invited to provide guidance to the secretariat on option "
            "{labels} for the organization of the meeting.",
            "{body} is invited to provide guidance to the secretariat on options "
            "{labels} for the organization of the meeting.", len(note.options),
            body=The_body, labels=labels(note.options, lang))
    else:
        guidance = tr(lang, "{body} is invited to provide guidance to the secretariat for "
                      "the organization of the meeting.", body=The_body)
    return [*flow, Block("heading", f"{last}. {tr(lang, 'Guidance sought')}"),
            Block("numbered", guidance)]


def story(note: OptionsNote, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    number = Numbering(styles)
    lang = note.document.lang
    flow = title_block(note.meeting, title(note), tr(lang, SUBTITLE), show_meeting=False)
    for block in blocks(note):
        if block.kind == "heading":
            flow.append(Paragraph(text(block.text), styles.heading))
        elif block.kind == "numbered":
            flow.append(number(text(block.text)))
        elif block.kind == "option":
            flow.append(Paragraph(f"<b>{text(block.text)}</b>", styles.subheading))
        else:
            lead = f"<i>{text(tr(lang, '{lead}:', lead=block.lead))}</i> " \
                if block.lead else ""
            lines = block.text.split("\n") if block.kind == "lines" else [block.text]
            flow.append(Paragraph(lead + "<br/>".join(text(line) for line in lines),
                                  styles.note_body))
    return flow


def part(note: OptionsNote) -> Part:
    return Part(note.document, story(note))


def build(note: OptionsNote) -> bytes:
    return build_pdf(note.meeting, [part(note)], lang=note.document.lang)
