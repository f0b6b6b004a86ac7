"""Whatever a user types prints as written: markup characters, Nordic letters, emoji, endless
words and very long notes."""

from __future__ import annotations

from ledarplan.domain.entities import Agreement, PrepAnswer
from tests.pdf.pdftext import normalise, page_bodies, pdf_text, reader, render

MARKUP = "Mål <b>fed</b> &amp; <para <i>kursiv & AT&T </para> <br/> ]]> <!-- x"
NORDIC = "æøå ÆØÅ äöü ÄÖÜ ð þ"
EMOJI = "Godt gået 😀👍🏽 – fortsæt ❤️ sådan"
LONG_WORD = "x" * 10_000
URL = "https://intranet.example.org/" + "/".join(f"afsnit-{n}" for n in range(60))
NOTE_WORDS = [f"ord{n}" for n in range(5_000)]


def hostile_plan(demo):
    bundle = demo("holstebro", "chef")
    bundle.person.name = f"Mette <Sørensen> & Co {NORDIC}"
    goal = bundle.goals[0]
    goal.title = MARKUP
    goal.description = f"{EMOJI}\nAnden linje\n\nNyt afsnit {URL}"
    goal.success_criterion = LONG_WORD
    goal.actions[0].how = " ".join(NOTE_WORDS)  # a cell that must split between pages
    bundle.rounds[0].ratings[0].comment = f"{MARKUP} {NORDIC}"
    session = bundle.sessions[0]
    session.notes_private = False
    session.notes = "\n".join(" ".join(NOTE_WORDS[i : i + 50]) for i in range(0, 5_000, 50))
    session.agreements.append(Agreement(f"Aftale {MARKUP}", owner=LONG_WORD[:300]))
    bundle.talks[0].summary = f"Resumé\r\nmed <script>alert(1)</script>\x00\x07 og {EMOJI}"
    bundle.talks[0].leader_prep.append(PrepAnswer(f"Spørgsmål {MARKUP}", " ".join(NOTE_WORDS)))
    return bundle


def test_hostile_text_renders_literally(holstebro, demo):
    bundle = hostile_plan(demo)
    data = render(bundle, holstebro, include_private=True, organisation="<Kommune & Co>")
    text = pdf_text(data)
    assert normalise(MARKUP) in text
    assert "<b>fed</b> &amp; <para" in text
    assert NORDIC in text
    assert "Mette <Sørensen> & Co" in text
    assert "<Kommune & Co>" in text
    assert "<script>alert(1)</script>" in text
    # emoji are beyond the font: they must not break the export, the words around them stay
    assert "Godt gået" in text and "fortsæt" in text and "sådan" in text
    assert "Anden linje" in text and "Nyt afsnit" in text
    bodies = page_bodies(data, bundle.person.name[:12])
    squeezed = "".join("".join(bodies).split())
    assert LONG_WORD in squeezed  # split over lines at the column's edge, but all there
    assert "".join(URL.split()) in squeezed
    for word in ("ord0", "ord2500", "ord4999"):
        assert word in text


def test_long_texts_flow_over_pages_instead_of_running_off_them(holstebro, demo):
    bundle = hostile_plan(demo)
    data = render(bundle, holstebro, include_private=True)
    plain = render(demo("holstebro", "chef"), holstebro, include_private=True)
    pdf = reader(data)
    assert len(pdf.pages) > len(reader(plain).pages) + 10
    width = float(pdf.pages[0].mediabox.width)
    positions: list[float] = []

    def visit(text, cm, tm, *_):
        if text.strip():
            positions.append(tm[4] * cm[0] + cm[4])

    for page in pdf.pages:  # nothing is drawn outside the page: no text beyond its width
        page.extract_text(visitor_text=visit)
    assert positions
    assert all(-1 <= x <= width for x in positions)


def test_a_newline_in_user_text_is_a_line_break(holstebro, demo):
    bundle = demo("holstebro", "chef")
    bundle.goals[0].description = "Første linje\nAnden linje"
    data = render(bundle, holstebro, sections=frozenset({"goals"}))
    raw = "\n".join(page.extract_text() for page in reader(data).pages)
    assert "Første linje\nAnden linje" in raw


def test_emoji_only_texts_and_empty_texts_do_not_fail(holstebro, demo):
    bundle = demo("holstebro", "chef")
    bundle.goals[0].title = "😀"
    bundle.goals[1].title = ""
    bundle.person.job_title = ""
    bundle.person.unit = ""
    bundle.plan.title = ""
    data = render(bundle, holstebro)
    assert "Leader development plan" in pdf_text(data)


def test_a_heading_longer_than_a_page_is_split_not_fatal(holstebro, demo):
    bundle = demo("holstebro", "chef")
    bundle.goals[0].title = " ".join(NOTE_WORDS[:1500])
    bundle.goals[1].title = LONG_WORD
    data = render(bundle, holstebro, sections=frozenset({"goals"}))
    text = pdf_text(data)
    assert "ord0" in text and "ord1499" in text
    assert "Goal 3:" in text


def test_endless_names_fit_on_the_cover_the_header_and_the_signatures(holstebro, demo):
    bundle = demo("holstebro", "chef")
    bundle.person.name = " ".join(NOTE_WORDS[:2000])
    bundle.plan.title = LONG_WORD
    bundle.rounds[1].assessor_name = " ".join(NOTE_WORDS[:2000])
    organisation = " ".join(NOTE_WORDS[:2000])
    data = render(bundle, holstebro, organisation=organisation)
    meta = reader(data).metadata
    assert meta.author.startswith("ord0 ord1 ") and len(meta.author) <= 300
    assert "Signatures" in pdf_text(data)
