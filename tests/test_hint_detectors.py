"""Each class of hint error seen on real news, as sentences written for
these tests: names after title chains, possessives and full stops, dated
and normalised titles, expert frames, reporting verbs in any inflection,
words that look like verbs, vague and described sources, quotes with and
without speakers, opinion in the writer's voice only, and the implied label."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from annotator.hints import Person, Registry, Role, programme_voices, sentence_hints
from annotator.hints.evaluation import implied_label
from annotator.hints.wording import WORDING_REASON

OFFICIALS = Registry(
    [
        Person(
            "Donald Trump",
            ("Donald J. Trump",),
            (
                Role("President", "United States", "2025-01-20"),
                Role("President", "United States", "2017-01-20", "2021-01-20"),
            ),
        ),
        Person("JD Vance", ("J.D. Vance",), (Role("Vice President", "United States", "2025-01-20"),)),
        Person("Marco Rubio", roles=(Role("Secretary of State", "U.S. Department of State", "2025-01-21"),)),
        Person(
            "Scott Bessent", roles=(Role("Secretary of the Treasury", "U.S. Department of the Treasury", "2025-01-28"),)
        ),
        Person("Howard Lutnick", roles=(Role("Secretary of Commerce", "U.S. Department of Commerce", "2025-02-21"),)),
        Person("Jamieson Greer", roles=(Role("United States Trade Representative", "USTR", "2025-02-27"),)),
        Person("Jerome Powell", roles=(Role("Chair of the Federal Reserve", "Federal Reserve", "2018-02-05"),)),
        Person("Janet Yellen", roles=(Role("Secretary of the Treasury", "U.S. Treasury", "2021-01-26", "2025-01-20"),)),
        Person("Xi Jinping", roles=(Role("President", "China", "2013-03-14"),)),
        Person("Sanae Takaichi", roles=(Role("Prime Minister", "Japan", "2025-10-21"),)),
        Person("Shigeru Ishiba", roles=(Role("Prime Minister", "Japan", "2024-10-01", "2025-10-21"),)),
        Person(
            "Fumio Kishida",
            roles=(
                Role("Prime Minister", "Japan", "2021-10-04", "2024-10-01"),
                Role("Foreign Minister", "Japan", "2012-12-26", "2017-08-03"),
            ),
        ),
        Person("Miriam Oduya", roles=(Role("Professor of Epidemiology", "Castlemere University", "2016-09-01"),)),
        Person("Ursula von der Leyen", roles=(Role("President", "European Commission", "2019-12-01"),)),
        Person(
            "Rafael Quinn",
            roles=(
                Role("Senior Researcher", "Northmoor Centre", "2015-01-01", "2022-01-01"),
                Role("Director", "Northmoor Centre", "2022-01-01"),
            ),
        ),
    ]
)
DAY = date(2025, 11, 3)
NAME_KINDS = {
    "name_verified",
    "name_mismatch",
    "possible_blend",
    "possible_misspelling",
    "unverified_expert",
    "role_mismatch",
}


def hints(text: str, paragraph: str | None = None, day: date | None = DAY):
    return sentence_hints(text, paragraph, registry=OFFICIALS, published=day)


def kinds(text: str, paragraph: str | None = None, day: date | None = DAY) -> set[str]:
    return {h.kind for h in hints(text, paragraph, day)}


def cue_kinds(text: str, paragraph: str | None = None) -> set[str]:
    """The kinds that cue words and patterns give: the learned wording (a
    guess, judged on whole labelled sets by the bench and in
    test_hint_wording.py) is left out."""
    return {h.kind for h in hints(text, paragraph) if h.reason != WORDING_REASON}


def name_kinds_in(registry: Registry, text: str) -> set[str]:
    """The name-check kinds a sentence draws against ``registry``."""
    return {h.kind for h in sentence_hints(text, registry=registry, published=DAY)} & NAME_KINDS


def names(text: str, day: date | None = DAY) -> list[tuple[str, str]]:
    return [(h.kind, h.cue) for h in hints(text, day=day) if h.kind in NAME_KINDS]


# --- names after title chains ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "But Commerce Secretary Howard Lutnick said the deal was done.",
        "Fed Chair Jerome Powell said rates would hold.",
        "Federal Reserve Chairman Jerome Powell said rates would hold.",
        "Vice President JD Vance told the crowd it was a win.",
        "Chinese President Xi Jinping said talks were constructive.",
        "U.S. Trade Representative Jamieson Greer said the tariffs stay.",
        "Secretary of State Marco Rubio said on Tuesday that talks would resume.",
        "Treasury Sec. Scott Bessent urged calm.",
        "The plan was unveiled by Japanese Prime Minister Sanae Takaichi.",
        "Investors cheered Donald Trump's remarks on Monday.",
        "Lutnick met Howard Lutnick’s counterpart, said Commerce Secretary Howard Lutnick.",
        "“We are ready,” said Professor Miriam Oduya of Castlemere University.",
    ],
)
def test_correctly_named_and_titled_officials_are_verified_and_never_flagged(text: str) -> None:
    found = names(text)
    assert found and {k for k, _ in found} == {"name_verified"}, found


def test_the_name_is_found_past_the_title_chain_and_without_punctuation() -> None:
    assert names("Secretary of State Marco Rubio said so.") == [("name_verified", "Marco Rubio")]
    assert names("Tokyo was represented by Prime Minister Sanae Takaichi.") == [("name_verified", "Sanae Takaichi")]
    assert names("It was Donald Trump's idea.") == [("name_verified", "Donald Trump")]


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("But Commerce Secretary Marco Lutnick said the deal was done.", "possible_blend", "Marco Lutnick"),
        ("Fed Chair Jerome Powel said rates would hold.", "possible_misspelling", "Jerome Powel"),
        ("U.S. Trade Representative Jamie Greer said the tariffs stay.", "name_mismatch", "Jamie Greer"),
        ("Marco Lutnick's plan was leaked to reporters.", "possible_blend", "Marco Lutnick"),
        ("Vice President JD Vence spoke first.", "possible_misspelling", "JD Vence"),
        ("The summit was hosted by Prime Minister Sanae Takaichii.", "possible_misspelling", "Sanae Takaichii"),
        ("Scot Besent’s office declined to comment.", "possible_misspelling", "Scot Besent"),
    ],
)
def test_blended_misspelt_and_wrong_names_are_caught_after_titles_and_in_possessives(text, kind, cue) -> None:
    assert (kind, cue) in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "One Trump official said the talks were stuck.",
        "The Trump administration said it would appeal.",
        "The United States and Japan signed the pact.",
        "Gulf states have pledged $2 trillion.",
        "Councillor Maria Gomez said it was wrong.",
    ],
)
def test_phrases_that_are_not_registry_people_get_no_name_flag(text: str) -> None:
    assert names(text) == []


# --- roles on the article's date ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Commerce Secretary Scott Bessent said so.", DAY),  # another cabinet post
        ("Foreign Minister Sanae Takaichi said so.", DAY),  # minister, not prime minister
        ("Prime Minister Shigeru Ishiba said so.", DAY),  # left office before the date
        ("Treasury Secretary Janet Yellen said so.", DAY),  # a post held until January
        ("Foreign Minister Fumio Kishida said so.", DAY),  # held years earlier
        ("Secretary of State Howard Lutnick said so.", DAY),
        ("Marco Rubio, the commerce secretary, said so.", DAY),
    ],
)
def test_a_title_that_is_not_the_persons_on_the_date_is_a_role_mismatch(text: str, day: date) -> None:
    assert "role_mismatch" in kinds(text, day=day) and "name_verified" not in kinds(text, day=day)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Shigeru Ishiba said so.",
    ],
)
def test_the_same_title_fits_while_the_role_was_held(text: str) -> None:
    assert names(text, day=date(2025, 3, 1)) == [("name_verified", "Shigeru Ishiba")]


@pytest.mark.parametrize(
    "text",
    [
        "Former Treasury Secretary Janet Yellen said so.",
        "Janet Yellen, the former treasury secretary, said so.",
        "Former Prime Minister Fumio Kishida said so.",
    ],
)
def test_former_titles_match_roles_that_had_ended(text: str) -> None:
    assert {k for k, _ in names(text)} == {"name_verified"}


def test_title_words_are_normalised() -> None:
    for title in ("Fed Chair", "Fed Chairman", "Federal Reserve Chairwoman", "Chair of the Federal Reserve"):
        assert names(f"{title} Jerome Powell said so.") == [("name_verified", "Jerome Powell")], title
    for title in ("Treasury Secretary", "Secretary of the Treasury", "U.S. Treasury Secretary", "Treasury Sec."):
        assert names(f"{title} Scott Bessent said so.") == [("name_verified", "Scott Bessent")], title


def test_minister_does_not_match_prime_minister() -> None:
    assert "role_mismatch" in kinds("Minister Sanae Takaichi said so.")


# --- authority frames ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“It is a trap,” said Charles Chang of Fudan University.",
        "“It is a trap,” said Lena Ortiz, an analyst at Harwell Capital.",
        "Lena Ortiz, an epidemiologist at the Harbour Institute, said cases were rising.",
        "Lena Ortiz, a professor in Kyoto, said the figures were wrong.",
        "Lena Ortiz, director of research at the Harbour Institute, said so.",
        "Lena Ortiz, a veteran economics professor and expert on trade, said so.",
        "Dr. Lena Ortiz said the water was safe.",
    ],
)
def test_unknown_experts_in_authority_frames_are_flagged(text: str) -> None:
    found = kinds(text)
    assert {"authority_frame", "unverified_expert"} <= found, found


def test_a_registered_expert_in_a_frame_is_verified() -> None:
    found = kinds("Miriam Oduya, a professor of epidemiology at Castlemere University, said so.")
    assert "name_verified" in found and "unverified_expert" not in found


def test_without_a_registry_frames_are_shown_but_names_are_not_checked() -> None:
    found = {h.kind for h in sentence_hints("Dr. Lena Ortiz said the water was safe.")}
    assert "authority_frame" in found and not found & NAME_KINDS


# --- attribution --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States imported 40 per cent more steel.",
        "Gulf states pledged $2 trillion in investment.",
        "The member states agreed on a budget.",
        "Nobody wants to say so, but the plant cost $3 billion.",
        "Ardent posted a loss of $12 million.",
        "The economy added 2,000 jobs in March.",
    ],
)
def test_words_that_only_look_like_attribution_are_not(text: str) -> None:
    assert "attribution" not in kinds(text)


def test_a_false_attribution_no_longer_hides_an_unsourced_figure() -> None:
    assert "unsourced_figure" in kinds("The United States imported 40 per cent more steel.")


@pytest.mark.parametrize(
    "text",
    [
        "“No,” the mayor replied.",
        "He compared the pact to a treaty.",
        "She accused Tokyo of stalling.",
        "The minister cautioned that prices could rise.",
        "He noted that exports fell.",
        "Exports fell, she said, noting the strong yen.",
        "The council met on Monday, saying it had no choice.",
        "The ministry is announcing new rules, its spokesperson said.",
        "The study finds that nights are warmer.",
        "The report found that 40% of homes were damp.",
        "She wrote in a column that the plan would fail.",
        "“We are ready,” he added.",
        "Powell insisted that rates were right.",
        "Trump tweeted that the deal was done.",
        "Lutnick posted on X that the deal was done.",
        "The ministry estimated that 2,000 jobs were lost.",
        "He warned that tariffs would rise.",
        "The agency warns that supplies are short.",
    ],
)
def test_reporting_verbs_in_any_inflection_attribute(text: str) -> None:
    assert "attribution" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In Bessent’s words, “the guesswork is gone for good.”",
        "In his words, “we will not be a quarry for anyone.”",
        "Reuters: “The deal is off for now, officials say.”",
    ],
)
def test_quotes_introduced_by_a_speaker_phrase_have_a_speaker(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found


def test_a_noun_phrase_next_to_a_quote_is_not_its_speaker() -> None:
    text = "“This changes everything for the whole region,” the U.S. engineering firm."
    assert "quote_without_speaker" in kinds(text)


def test_a_quote_whose_speaker_is_named_elsewhere_in_the_paragraph_is_fine() -> None:
    paragraph = "Mayor Priya Natarajan told reporters the vote was close. “We will not be rationing water again.”"
    assert "quote_without_speaker" not in kinds("“We will not be rationing water again.”", paragraph)


# --- vague sourcing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials told reporters the talks had stalled.",
        "The plant will close, according to officials.",
        "Prices will rise, people familiar with the matter said.",
        "The ministry is preparing cuts, citing government sources.",
        "Some officials have voiced concerns about the cost.",
        "Experts estimate the bill at $4 billion.",
        "My sources tell me the deal is dead.",
        "The minister reportedly resigned on Friday.",
        "The prince is said to be furious.",
        "It is understood that the talks will resume.",
        "Analysts note that prices have fallen.",
        "Critics of the plan say it will cost too much.",
    ],
)
def test_vague_sourcing_is_flagged(text: str) -> None:
    assert "vague_attribution" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Two officials with knowledge of the talks said the deal would close.",
        "A senior official, who spoke on condition of anonymity, said the plan was dead.",
        "People familiar with the matter said the deal would close in March.",
    ],
)
def test_described_anonymous_sources_get_both_hints(text: str) -> None:
    found = kinds(text)
    assert {"attribution", "vague_attribution"} <= found, found


def test_a_vague_source_does_not_source_a_figure() -> None:
    found = kinds("Analysts estimate the deal is worth $5 billion.")
    assert {"vague_attribution", "unsourced_figure"} <= found and "attribution" not in found
    assert implied_label(hints("Analysts estimate the deal is worth $5 billion.")) == "unsourced"


# --- opinion ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The decision is shocking.",
        "It was a pivotal moment for the port.",
        "The subsidy is indispensable.",
        "The policy is misguided and unfair.",
        "This is a reckless gamble.",
        "The plan will probably fail.",
        "The deal might collapse by spring.",
        "Prices could double.",
        "The council is likely to back down.",
        "I was there when it happened.",
        "My view has not changed.",
        "We should ask why.",
    ],
)
def test_opinion_markers_in_the_writers_voice(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


def test_a_question_inside_a_paragraph_is_rhetorical_one_standing_alone_heads_an_answer() -> None:
    question = "Who decided that pipes were boring?"
    assert "opinion_marker" in kinds(question, f"The council spent nothing on pipes. {question}")
    assert "opinion_marker" not in cue_kinds(question, question)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the country should act quickly.",
        "Lutnick said tariffs could rise next year.",
        "“We must act,” the mayor said.",
        "Q: What should residents do?",
    ],
)
def test_reported_speech_and_faq_questions_are_not_the_writers_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), text


def test_a_name_is_not_a_source() -> None:
    text = "Donald Trump and Sanae Takaichi signed the agreement on Tuesday."
    assert "name_verified" in kinds(text)
    assert implied_label(hints(text)) == "unsourced"


def test_implied_labels_follow_the_decision_order() -> None:
    assert implied_label(hints("“It works,” said Dr. Lena Ortiz, an expert at a university.")) == "suspicious"
    assert implied_label(hints("Secretary of State Marco Rubio said so.")) == "sourced"
    assert implied_label(hints("The decision is shocking.")) == "opinion"
    assert implied_label(hints("China mines about 70 per cent of the world's rare earths.")) == "unsourced"


def test_a_fact_with_an_evaluative_word_is_labelled_by_its_core() -> None:
    text = "The disastrous plan cut 3,000 jobs."
    assert {"opinion_marker", "unsourced_figure"} <= kinds(text)
    assert implied_label(hints(text), text=text) == "unsourced"


def test_support_from_an_untraceable_expert_named_earlier_is_suspicious() -> None:
    first = "“The water is safe,” said Dr. Lena Ortiz, an expert at the Harbour Institute."
    second = "“Nobody should worry about the outflow,” she added."
    paragraph = f"{first} {second}"
    assert implied_label(hints(second, paragraph), hints(first, paragraph), second) == "suspicious"


# --- machine text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "As an AI language model, I cannot verify these figures.",
        "I hope this helps!",
        "Certainly! Here is a rewritten version of the article.",
        "The deal is worth $5 billion, according to [insert source].",
        "Demand will triple by 2030 (Harlow et al., 2031).",
    ],
)
def test_machine_generation_leftovers_are_suspicious(text: str) -> None:
    found = hints(text)
    assert "machine_text" in {h.kind for h in found}
    assert implied_label(found) == "suspicious"


def test_offsets_point_at_the_cue() -> None:
    text = "But Commerce Secretary Marco Lutnick’s aides, citing government sources, said it was “a reckless gamble for all of us.”"
    for hint in hints(text):
        assert text[hint.start : hint.end] == hint.cue and hint.reason


def test_a_collective_after_a_conjunction_is_still_vague() -> None:
    found = kinds("The city signed the deal, and insiders say it will never be thirsty again.")
    assert "vague_attribution" in found and "attribution" not in found


def test_a_short_full_clause_quote_is_a_quote() -> None:
    assert "quote_without_speaker" in kinds("“This is a disaster.”")


def test_a_given_name_one_or_two_letters_off_is_a_misspelling_not_another_person() -> None:
    assert ("possible_misspelling", "Jamison Greer") in names("Trade Representative Jamison Greer said so.")
    assert ("name_mismatch", "Jamie Greer") in names("Trade Representative Jamie Greer said so.")


@pytest.mark.parametrize(
    "text",
    [
        "A senior Japanese official, who asked not to be named because the talks are private, said Tokyo would sign.",
        "“We are nearly there,” said one analyst familiar with the talks.",
    ],
)
def test_anonymous_sources_before_an_aside_or_after_the_verb(text: str) -> None:
    assert "vague_attribution" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The ministry’s chief medical officer advised parents to check their records.",
        "The researchers estimated that 1,300 admissions a year were linked to heat.",
        "The consultation report, published on Friday, found that 70% of respondents wanted more homes.",
    ],
)
def test_a_definite_source_points_back_to_someone_named(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, found


def test_a_quote_attributed_to_an_unnamed_insider_has_no_speaker() -> None:
    found = kinds("“We will crush them in the next round,” one insider boasted.")
    assert {"vague_attribution", "quote_without_speaker"} <= found


# --- quotes: the speaker must be next to the quote ---------------------------------------------------


def test_a_run_of_quotes_takes_its_speaker_from_the_sentence_after_it() -> None:
    paragraph = "“We were ready.” “Nobody asked us for a plan,” the harbour master, Ines Crowe, said."
    assert "quote_without_speaker" not in kinds("“We were ready.”", paragraph)


def test_a_speaker_named_for_another_quote_further_on_is_not_this_quotes_speaker() -> None:
    paragraph = (
        "“This is the end of the old way of trading.” Ports are already booking new berths. "
        "Marco Rubio said on Tuesday that the plan was “open to every trusted partner.”"
    )
    assert "quote_without_speaker" in kinds("“This is the end of the old way of trading.”", paragraph)


def test_data_cited_before_a_quote_is_not_its_speaker() -> None:
    paragraph = (
        "Heating is a fifth of household energy use, according to the Energy Information "
        "Administration. “Switching one home to a heat pump is like taking a car off the road.”"
    )
    quote = "“Switching one home to a heat pump is like taking a car off the road.”"
    assert "quote_without_speaker" in kinds(quote, paragraph)


def test_a_quote_from_a_social_media_post_has_no_speaker() -> None:
    text = "“They have lost control,” one widely shared post said of the health ministry."
    assert {"quote_without_speaker", "vague_attribution"} <= kinds(text)


def test_a_participle_after_a_named_source_is_not_a_vague_source() -> None:
    text = "Trump praised the agreement in a post on Truth Social, calling it “the best deal ever made.”"
    assert "vague_attribution" not in kinds(text)


def test_a_named_persons_supporters_are_still_unnamed() -> None:
    assert "vague_attribution" in kinds("Donald Trump’s defenders say the pain is temporary.")


# --- names, titles and frames found in the wild ----------------------------------------------------


def test_a_surname_with_a_particle_is_a_lone_surname() -> None:
    assert names("Von der Leyen noted that the loan facility was designed for that purpose.") == []


def test_a_post_given_in_a_relative_clause_is_read_as_a_title() -> None:
    assert names("Marco Rubio, who also serves as acting secretary of state, will attend.") == [
        ("name_verified", "Marco Rubio")
    ]


def test_running_a_shop_is_no_authority_frame_running_a_lab_is() -> None:
    assert "authority_frame" not in kinds("Dana Pruitt, who runs a furniture shop in Dayton, told me costs rose.")
    assert "authority_frame" not in kinds("Gil Marsh, who runs the unit next door, told us the alarms were off.")
    assert {"authority_frame", "unverified_expert"} <= kinds(
        "Ana Ruiz, who runs the vaccine research unit at Castlemere University, said so."
    )


# --- figures ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Modern units keep working at temperatures as low as -15°F.",
        "Beijing imposed export restrictions on seven rare-earth elements.",
        "It delivers three to four units of heat for every unit of electricity.",
        "At least two cases have already been detected in Austria.",
    ],
)
def test_counts_and_temperatures_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "If your furnace is more than 15 years old, replace it.",
        "A week later, most of the tariffs were paused for 90 days.",
        "The two leaders also discussed trade.",
    ],
)
def test_ages_spans_and_counts_that_point_back_are_not_figures(text: str) -> None:
    assert "unsourced_figure" not in kinds(text), text


# --- opinion ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That’s why now is the time to buy!",
        "Some utilities are planning rebates, so it’s worth checking with yours.",
        "A figure like that would have been unthinkable two years ago.",
        "The vice president’s jibe did not help matters.",
        "Share this article before it disappears.",
        "However, it is important to note that challenges remain.",
    ],
)
def test_more_ways_the_writer_shows_an_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


def test_an_exclamation_inside_a_quote_is_the_speakers() -> None:
    assert "opinion_marker" not in cue_kinds("“We won!” the mayor said.")


# --- anonymous sourcing in investigative copy, and columnists' verdicts --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One former employee described the process as a formality.",
        "Employees say the manager signed off without reading.",
        "A whistleblower alleged that invoices were inflated.",
        "Critics have long argued the system is opaque.",
        "Some within the department questioned the timing.",
        "Rumours swirled that the director would resign.",
        "It is alleged that payments were routed through a shell company.",
        "Questions have been raised about the minister's role.",
        "Several current and former staff said the culture was toxic.",
        "Colleagues described her as meticulous.",
        "Opposition councillors attacked the borrowing as reckless.",
        "Residents' groups plan a protest on Saturday, organisers said.",
    ],
)
def test_more_unnamed_sources_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), text


def test_an_anonymous_source_speaking_privately_is_described() -> None:
    assert {"attribution", "vague_attribution"} <= kinds("One official, speaking privately, said the deal was dead.")


@pytest.mark.parametrize(
    "text",
    [
        "Rubio has spent weeks reassuring allies in Asia that Washington remains a reliable partner.",
        "Single people in large houses are expected to gain the most, the water company’s own figures show.",
    ],
)
def test_a_collective_that_is_an_object_or_passive_is_no_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Brackenford's council has a poor record on big projects: its centre opened late.",
        "The republic has approved the mine, a game-changing project that could transform the industry.",
    ],
)
def test_a_noun_that_looks_like_a_reporting_verb_is_no_attribution(text: str) -> None:
    assert "attribution" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The brokerage estimated that output could cover 8 percent of demand.",
        "The fund forecast in April that the economy would grow 2.8 percent.",
        "The Veldra Medicines Agency reviewed 1.2 million doses and found no link to autism.",
        "Dunmore Water's chief executive, Gareth Pryce, has promised that nobody will be cut off.",
    ],
)
def test_organisations_still_report_with_those_verbs(text: str) -> None:
    assert "attribution" in kinds(text), text


def test_a_post_named_with_of_before_a_name_is_a_title() -> None:
    assert names("Secretary of Commerce Howard Lutnick signed the order.") == [("name_verified", "Howard Lutnick")]
    assert names("Minister of Finance Howard Lutnick signed the order.") == [("role_mismatch", "Howard Lutnick")]


@pytest.mark.parametrize(
    "text",
    [
        "The promised jobs are a mirage.",
        "It beggars belief that ministers signed off on it.",
        "The government has got this badly wrong.",
        "This is nothing short of a scandal.",
        "Private equity owners, after all, rarely stay for the long haul.",
        "Honestly, this is a win-win for everyone involved.",
    ],
)
def test_a_columnists_verdicts_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sure! Below is an SEO-optimized version of the article about the mine:",
        "I hope this article helps you understand the approval!",
    ],
)
def test_more_generator_leftovers(text: str) -> None:
    assert "machine_text" in kinds(text), text


def test_growth_words_are_figures() -> None:
    assert "unsourced_figure" in kinds("Demand for lithium will quadruple by 2030.")
    assert "unsourced_figure" not in kinds("It was a double blow for the town.")


# --- advice, measured likelihoods, and whose words an evaluative word is ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Use loose-leaf tea and a steel strainer.",
        "Never reheat tea in a plastic cup in the microwave.",
        "• Avoid plastic kettles where you can.",
    ],
)
def test_advice_in_the_imperative_is_the_writers(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The study could not measure indoor air.",
        "Mothers exposed to smoke were 19 per cent more likely to give birth early, according to the study.",
        "Critics say the plan is reckless.",
        "The plan is reckless, critics say.",
    ],
)
def test_no_writers_opinion_in_abilities_measures_or_reported_words(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), text


def test_an_evaluative_word_before_a_mid_sentence_attribution_is_the_writers() -> None:
    text = "The alarming findings were published by a team that said it had tested 24 brands."
    assert "opinion_marker" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Other scientists are far less worried.",
        "Worried midwives complain that mothers are never told.",
        "Three chains have pulled the worst brands, the Daily Courier understands.",
        "The department had, by one account, raised concerns last spring.",
        "Some hospitals have apparently started handing out purifiers.",
        "Research has found that plant-based seals shed fewer particles.",
    ],
)
def test_yet_more_unnamed_sources_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), text


def test_a_one_word_subject_that_may_be_a_surname_is_not_a_group() -> None:
    assert "vague_attribution" not in kinds("Reeves wrote in the paper that growth is slow.")


@pytest.mark.parametrize(
    "text",
    [
        "Invoices reviewed by the Ledger show the firm billed twice.",
        "Mayor Helena Okafor has asked whether the roads can cope.",
    ],
)
def test_documents_and_questions_attribute(text: str) -> None:
    assert "attribution" in kinds(text), text


def test_a_research_post_held_years_ago_is_a_wrong_title() -> None:
    assert names("Rafael Quinn, a senior researcher at the Northmoor Centre, said so.") == [
        ("role_mismatch", "Rafael Quinn")
    ]
    assert names("Rafael Quinn, the director of the Northmoor Centre, said so.") == [("name_verified", "Rafael Quinn")]


# --- a third round: hearsay, columnists, figures in any noun, offices and fields ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The talk among the dock workers is that the yard will close by spring.",
        "Tax advisers reckon the rebate will be scrapped within a year.",
        "Campaigners on the left wing of the party argue the money should go to schools.",
        "By most accounts, the chairman had already made up his mind.",
        "According to market chatter, the bank is weighing a rights issue.",
        "“Nobody asked us,” someone yelled from the back of the hall.",
        "Many drivers are less forgiving.",
    ],
)
def test_hearsay_and_unnamed_groups_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), text
    assert "attribution" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "That said, the timetable still looks ambitious to us.",
        "Please note that opening hours change in winter.",
        "Only time will tell whether the scheme works.",
        "That claim is, to put it politely, generous.",
        "She once promised 5,000 new jobs and created barely half that.",
        "The mayor is rumoured to have told officials to keep quiet.",
        "He had argued for a recount before the result was declared.",
        "A flood warning remained in place overnight.",
        "We will probably sell the house, grumbling all the way.",
    ],
)
def test_idioms_nouns_and_acts_are_no_attribution(text: str) -> None:
    assert "attribution" not in kinds(text), text


def test_a_second_verb_inside_reported_words_is_not_a_second_source() -> None:
    found = [
        h for h in hints("Insiders say she drafted the report herself and wrote most of it.") if h.kind == "attribution"
    ]
    assert found == [], found


@pytest.mark.parametrize(
    "text",
    [
        "Strategists at Halden Capital Partners said the rally had further to run.",
        "Researchers at the Institute for Coastal Studies have argued that the wall is too low.",
    ],
)
def test_a_group_at_a_named_organisation_is_a_source(text: str) -> None:
    assert "attribution" in kinds(text) and "vague_attribution" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "About 60 volunteers turned up to clear the beach.",
        "Tickets cost 45 crowns per adult.",
        "Three-quarters of tenants said they could not afford the rise.",
        "Nearly five million households will see a higher bill.",
        "Half the stalls in the market were empty by noon.",
        "The new tablet has an 11-inch screen.",
        "It was the wettest winter on record in the valley.",
        "The levy is the steepest in the region.",
        "The town will be the first in the county to ban the cars.",
    ],
)
def test_figures_counts_and_superlatives_in_any_words(text: str) -> None:
    assert "unsourced_figure" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "She grew up above the harbour, the only daughter of a fisherman.",
        "The first complaints arrived weeks after the opening.",
        "It is one of the most thankless jobs in local government.",
        "The Dow 30 index barely moved.",
    ],
)
def test_ordinals_names_and_judgements_are_no_figures(text: str) -> None:
    assert "unsourced_figure" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "It was a bruising week for a minister who had promised calm.",
        "The promised savings may yet prove illusory.",
        "Whether the plan survives the winter is anyone's guess.",
        "The council, funnily enough, has found money for its own offices.",
        "It is hard not to admire the sheer nerve of it.",
        "You could not make it up.",
        "Write to your councillor and demand a vote.",
        "Sign the petition before Friday's meeting.",
    ],
)
def test_columnists_voice_is_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


def test_a_campaign_named_like_an_order_is_no_imperative() -> None:
    assert "opinion_marker" not in cue_kinds("Save Our Pier, the residents' group, said it would appeal.")


@pytest.mark.parametrize(
    "text",
    [
        "Would you like me to add a short summary for social media?",
        "Sure! Here’s an SEO-friendly rewrite of the article with catchy headings:",
    ],
)
def test_assistant_leftovers_offering_more_are_machine_text(text: str) -> None:
    assert "machine_text" in kinds(text), text


FIELDS = Registry(
    [
        Person(
            "Nadia Ferro",
            roles=(
                Role("Chief Executive", "Ferro Freight", "2023-03-01"),
                Role("Chief Financial Officer", "Ferro Freight", "2018-06-01", "2023-02-28"),
            ),
        ),
        Person("Tomas Hale", roles=(Role("Professor of Labour Economics", "University of Brenmoor", "2015-09-01"),)),
        Person("Irene Voss", roles=(Role("Director", "National Medicines Agency", "2020-01-01"),)),
    ]
)


def field_hints(text: str) -> set[str]:
    return {h.kind for h in sentence_hints(text, registry=FIELDS, published=DAY)}


def test_a_lowercase_post_before_a_name_is_checked_against_the_date() -> None:
    assert "role_mismatch" in field_hints("The sale was led by Ferro chief financial officer Nadia Ferro.")
    assert "name_verified" in field_hints("The sale was led by Ferro chief executive Nadia Ferro.")


def test_a_description_of_someones_field_is_not_a_wrong_title() -> None:
    found = field_hints("Tomas Hale, a labour economist at the University of Brenmoor, said wages would rise.")
    assert "name_verified" in found and "role_mismatch" not in found


def test_the_director_of_an_agency_is_an_official_not_an_expert_frame() -> None:
    assert "authority_frame" not in field_hints("Irene Voss, director of the National Medicines Agency, said so.")
    assert "authority_frame" in kinds("Jon Pell, director of the Brenmoor Institute for Policy Studies, said so.")


@pytest.mark.parametrize(
    "text",
    [
        "The regulator puts the cost of the repairs at about £3 million.",
        "Treasury modelling puts the number of claimants at 250,000.",
    ],
)
def test_a_source_that_puts_a_figure_at_a_value_attributes_it(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "unsourced_figure" not in found, found


def test_an_object_put_at_a_place_is_no_estimate() -> None:
    assert "attribution" not in kinds("She put the boxes at the door.")


@pytest.mark.parametrize(
    "text",
    [
        "Tell four million people to stay at home and see what happens.",
        "Nearly two thousand people signed within a day.",
    ],
)
def test_people_counted_in_words_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), text


def test_a_time_of_day_in_words_is_no_count() -> None:
    assert "unsourced_figure" not in kinds("Anyone crossing at half past eight knows the road is busy.")


def test_routine_words_in_news_are_not_the_writers_opinion() -> None:
    assert "opinion_marker" not in cue_kinds("The dispute, as usual, is about money.")


def test_a_quote_from_an_unnamed_source_has_no_named_speaker() -> None:
    assert "quote_without_speaker" in kinds("“They have not spoken in weeks,” one insider told us.")


# --- a fourth round: what the third blind set taught ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The company declined to say how much it paid.",
        "The minister refused to comment on the leak.",
    ],
)
def test_a_named_source_declining_to_answer_is_attributed(text: str) -> None:
    assert "attribution" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I am told the agency spent £2 million on consultants.",
        "Our own analysis suggests fares could fall by a fifth.",
        "The board notified the regulator of its plans on Monday.",
        "Here is a shorter version of the article, written for younger readers:",
        "3. Give the county a formal say over timetables.",
        "The repair bill has been put at £12m.",
    ],
)
def test_the_writer_an_act_or_a_passive_is_no_attribution(text: str) -> None:
    assert "attribution" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Brenmoor's dairy farmers have long complained that supermarkets pay below cost.",
        "It's understood the two firms share a warehouse.",
        "Some on social media have claimed the fire was started deliberately.",
        "The answer, according to a growing number of nutritionists, is in your kitchen.",
        "Another claimed the pair had already separated.",
        "The striker signed for a reported £30 million.",
        "Support for the party has slipped to 21% in recent polls.",
        "The budget has overrun, a memo seen by this newspaper shows.",
    ],
)
def test_more_vague_sources(text: str) -> None:
    assert "vague_attribution" in kinds(text), text


def test_an_audience_told_something_is_not_the_source() -> None:
    found = kinds("The head teacher, Ann Price, wrote to parents on Monday that the school would stay open.")
    assert "attribution" in found and "vague_attribution" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "It is the third fire at the depot in two years.",
        "That makes her the second-highest paid player in the league.",
        "The county spends less per pupil than any other council in the region.",
        "Drivers now spend 25 minutes longer each day in traffic.",
        "The bus will run three times a week instead of daily.",
        "Visitor numbers rose by a quarter within a year.",
    ],
)
def test_ranked_and_compared_claims_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), text


def test_a_number_in_a_name_is_no_figure() -> None:
    assert "unsourced_figure" not in kinds("Viewers can follow the story on Channel 4 tonight.")


@pytest.mark.parametrize(
    "text",
    [
        "1. Delay the new trams by a year.",
        "2. Publish the inspection reports every quarter.",
        "Think about that for a moment.",
        "Order now and save a third.",
    ],
)
def test_numbered_recommendations_and_orders_are_the_writers(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "1. Heat pumps are cheaper to run than boilers.",
        "Unite, the union, said it would ballot members.",
        "[Add a quote from a local trader here.]",
    ],
)
def test_subjects_names_and_placeholders_are_no_orders(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), text


@pytest.mark.parametrize("text", ["What the evidence says", "Our verdict", "Why the experts disagree"])
def test_a_section_heading_claims_nothing(text: str) -> None:
    assert not kinds(text, text) & {"attribution", "vague_attribution", "opinion_marker"}, text


OFFICES = Registry(
    [
        Person(
            "Tedros Adhanom Ghebreyesus", roles=(Role("Director-General", "World Health Organization", "2017-07-01"),)
        ),
        Person("Cormac Fairleigh", roles=(Role("Chief Statistician", "Calder Statistics Office", "2019-01-01"),)),
        Person("Miriam Oduya", roles=(Role("Professor of Epidemiology", "Castlemere University", "2016-09-01"),)),
        Person("Rosalind Achterberg", roles=(Role("Leader", "Thornbury County Council", "2023-05-01"),)),
    ]
)


def office_hints(text: str) -> list[tuple[str, str]]:
    return [(h.kind, h.cue) for h in sentence_hints(text, registry=OFFICES, published=DAY) if h.kind in NAME_KINDS]


def test_a_title_before_a_comma_is_checked() -> None:
    assert ("role_mismatch", "Tedros Adhanom Ghebreyesus") in office_hints(
        "Even the World Health Organization's chief scientist, Tedros Adhanom Ghebreyesus, has warned of a crisis."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chief Statistician Cormac Fairleigh said imports rose.",
        "Cllr Rosalind Achterberg said the budget was balanced.",
    ],
)
def test_more_title_words_before_a_name(text: str) -> None:
    assert [k for k, _ in office_hints(text)] == ["name_verified"], office_hints(text)


def test_a_close_name_in_an_expert_frame_is_the_names_problem_and_still_untraceable_support() -> None:
    # Writers flag the wrong given name, not also the expert (six labelled cases to three).
    text = "Dr. Sarah Oduya, a professor of epidemiology at Castlemere University, said so."
    found = {k for k, _ in office_hints(text)}
    assert "name_mismatch" in found and "unverified_expert" not in found, found
    # The quote she gives in the next sentence still leans on a name nobody can trace.
    framed = sentence_hints(text, registry=OFFICES, published=DAY)
    support = "“Most of us are short of it,” she says."
    own = sentence_hints(support, registry=OFFICES, published=DAY)
    assert implied_label(own, framed, support) == "suspicious"


def test_a_managing_or_film_director_is_no_expert_frame() -> None:
    assert "authority_frame" not in kinds("Managing director Alan Reece told staff the plant would stay open.")
    assert "authority_frame" not in kinds("The actor walked off set after a row with director Piers Hollis.")


def test_a_post_written_out_before_a_name_is_a_named_source() -> None:
    found = kinds("Minister for Housing Clara Obi announced on Monday that 300 flats would be built.")
    assert "attribution" in found and "vague_attribution" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Brenmoor's shipbuilders have long complained that steel costs too much.",
        "It's understood the sites share a road that lorry drivers have long said is too narrow.",
    ],
)
def test_groups_the_lexicon_lacks_and_groups_in_relative_clauses_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "So why hasn't your doctor told you?",
        "He liked a post calling the rumours “complete nonsense,” then deleted it.",
        "Jo Reed, the director of finance, said reserves were low.",
    ],
)
def test_the_readers_doctor_the_rumours_and_an_office_are_not_hearsay_or_expertise(text: str) -> None:
    assert not kinds(text) & {"vague_attribution", "authority_frame"}, text


def test_a_word_that_is_rarely_an_order_is_no_imperative() -> None:
    assert "opinion_marker" not in cue_kinds("Even the club's own staff were surprised by the sale.")


@pytest.mark.parametrize(
    "text",
    [
        "The studio is making a 60-million-dollar war film.",
        "Journey times fell by 15 minutes.",
    ],
)
def test_sums_in_words_and_changes_in_time_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), text


# --- a fifth round: what the fourth blind set taught ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The defendant targeted at least nine victims, Harbridge Crown Court heard.",
        "The court heard that he had a previous conviction for fraud.",
        "The company expects sales to fall by a tenth next year.",
    ],
)
def test_courts_heard_and_forecasts_expected_are_attributed(text: str) -> None:
    assert "attribution" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll believe it when I see it.",
        "So here is what you can do: write to your MP and share this post.",
        "He would then show the owners photographs of damage on other roofs.",
        "Donors might reasonably wonder where the money went.",
        "He may not be the only one left wondering whether it was worth it.",
        "[insert polling figure here] of voters now say bills are their main worry.",
    ],
)
def test_the_writer_orders_acts_and_placeholders_are_no_attribution(text: str) -> None:
    assert "attribution" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Cheap deals are rare at the moment, one comparison website told us.",
        "Economists overwhelmingly expect rates to stay on hold.",
        "People are saying the minister will be moved in the spring.",
        "Critics of the scheme have been warning about this for years.",
        "Filming has overrun, according to a production memo seen by the magazine.",
        "The newsroom obtained the files from several sources.",
    ],
)
def test_still_more_unnamed_sources(text: str) -> None:
    assert "vague_attribution" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for the charity told us the audit was routine.",
        "The former aide told me the meeting was short.",
    ],
)
def test_the_newsroom_as_the_one_told_is_no_first_person_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), text


def test_a_quote_from_a_described_anonymous_source_has_a_speaker() -> None:
    text = "A source close to the couple, who asked not to be named, told us: “They are very happy together.”"
    assert "quote_without_speaker" not in kinds(text)


def test_a_recommendation_before_a_trailing_attribution_is_reported() -> None:
    assert "opinion_marker" not in cue_kinds("Councils should not wait for the review, the researchers urged.")


@pytest.mark.parametrize("text", ["Over the same period the cost doubled.", "After the vote the hall emptied."])
def test_a_preposition_first_is_no_order(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), text


CAMPUS = Registry(
    [
        Person("Gideon Marwick", roles=(Role("Vice-Chancellor", "University of Talvik", "2021-01-01"),)),
        Person("Moira Callender", roles=(Role("Detective Inspector", "Harbridge Police", "2020-01-01"),)),
        Person("Edmund Carrow", roles=(Role("Private Secretary to Princess Isolde", "Royal Household", "2019-01-01"),)),
        Person("Conrad Elphick", roles=(Role("Chair of Trustees", "Brightwater Trust", "2015-01-01", "2025-03-01"),)),
    ]
)


def campus_names(text: str) -> list[str]:
    return [h.kind for h in sentence_hints(text, registry=CAMPUS, published=DAY) if h.kind in NAME_KINDS]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vice-Chancellor Gideon Marwick said the study was excellent.", ["name_verified"]),
        ("Detective Sergeant Moira Callender said the case was closed.", ["role_mismatch"]),
        ("Detective Inspector Moira Callender said the case was closed.", ["name_verified"]),
        ("Edmund Carrow, the princess's private secretary, warned her.", ["name_verified"]),
        ("Conrad Elphick, who stepped down as chair of trustees in March, said he had declared it.", ["name_verified"]),
    ],
)
def test_hyphenated_police_and_household_titles_and_posts_left(text: str, expected: list[str]) -> None:
    assert campus_names(text) == expected, campus_names(text)


def test_professor_is_a_post_checked_against_the_roles() -> None:
    registry = Registry(
        [
            Person("Lena Morrow", roles=(Role("Postdoctoral Research Fellow", "University of Talvik", "2023-01-01"),)),
            Person("Ivo Brandt", roles=(Role("Professor of Physics", "University of Talvik", "2010-01-01"),)),
        ]
    )
    found = [
        h.kind
        for h in sentence_hints("Professor Lena Morrow said the results were clear.", registry=registry, published=DAY)
        if h.kind in NAME_KINDS
    ]
    assert found == ["role_mismatch"], found
    found = [
        h.kind
        for h in sentence_hints("Professor Ivo Brandt said so.", registry=registry, published=DAY)
        if h.kind in NAME_KINDS
    ]
    assert found == ["name_verified"], found
    found = [
        h.kind
        for h in sentence_hints("Dr Lena Morrow said so.", registry=registry, published=DAY)
        if h.kind in NAME_KINDS
    ]
    assert found == ["name_verified"], found


def test_a_police_force_that_believes_reports_its_belief() -> None:
    assert "opinion_marker" not in cue_kinds("The force believes there may be more victims.")


# --- a sixth round: what the fifth blind set taught -------------------------------------------


@pytest.mark.parametrize(
    "text", ["1. Walk the Harbour Wall", "7. Browse the Friday Market", "From our correspondent in Lisbon"]
)
def test_numbered_title_case_headings_and_bylines_claim_nothing(text: str) -> None:
    assert not kinds(text, text) & {"opinion_marker", "attribution"}, text


def test_a_readers_question_heads_its_answer() -> None:
    text = "Q. My landlord kept my £400 deposit after I moved out; can he do that?"
    assert "unsourced_figure" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Admissions with confirmed influenza rose to 126, up from 97 a week earlier.",
        "Home to more than 4,000 objects, the museum tells the story of the fleet.",
        "Six schools reported outbreaks, compared with two the week before.",
    ],
)
def test_adjectives_displays_and_comparisons_do_not_attribute_figures(text: str) -> None:
    found = kinds(text)
    assert "unsourced_figure" in found and "attribution" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Traders placed a record volume of options on the stock.",
        "The bakery has won the county prize four years running.",
    ],
)
def test_records_and_runs_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "So much for the council's pledge to put communities first.",
        "The honest answer is that nobody knows.",
        "Adults who have not been vaccinated are strongly encouraged to book.",
        "This charming harbour town is a hidden gem.",
    ],
)
def test_more_of_the_writers_voice(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Professor Ann Cole, who led the dig, has no doubt that it is genuine.",
        "The disc shows what may be a cluster of stars.",
        "Dr. Hugo Fair, an economist at the Centre for Sports Finance, reckons the club could ask £15 million.",
    ],
)
def test_a_subjects_certainty_a_description_and_a_reckoning_are_not_the_writers(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), text


# --- a seventh round: what the sixth blind set taught -----------------------------------------

CABINET = Registry(
    [
        Person("Cressida Wynn", roles=(Role("Minister of Finance", "Republic of Calder", "2022-01-01"),)),
        Person("Priya Selvam", roles=(Role("Deputy Minister for Energy", "Republic of Calder", "2023-01-01"),)),
        Person("Sigrun Halvard", roles=(Role("Chief Coastguard", "Calder Coastguard Agency", "2021-01-01"),)),
        Person("Rosalind Achterberg", roles=(Role("Leader", "Thornbury County Council", "2023-05-01"),)),
    ]
)


def cabinet_names(text: str) -> list[tuple[str, str]]:
    return [(h.kind, h.cue) for h in sentence_hints(text, registry=CABINET, published=DAY) if h.kind in NAME_KINDS]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Finance Minister Cressida Wynn said the plan was costed.", [("name_verified", "Cressida Wynn")]),
        ("Cressida Wynn, the finance minister, said so.", [("name_verified", "Cressida Wynn")]),
        ("Energy Minister Priya Selvam read out a list.", [("role_mismatch", "Priya Selvam")]),
        ("Deputy Energy Minister Priya Selvam read out a list.", [("name_verified", "Priya Selvam")]),
        ("Chief Coastguard Sigrun Halvard told reporters the sea was rough.", [("name_verified", "Sigrun Halvard")]),
        ("Deputy Chief Coastguard Sigrun Halvard said teams were ready.", [("role_mismatch", "Sigrun Halvard")]),
        (
            "Councillor Rosalind Achterberg, Leader of Thornbury County Council, welcomed it.",
            [("name_verified", "Rosalind Achterberg")],
        ),
    ],
)
def test_posts_written_in_either_order_lesser_posts_and_unknown_post_words(text: str, expected) -> None:
    assert cabinet_names(text) == expected, cabinet_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "★★★★☆",
        "Verdict: Mostly true",
        "The sound design is a masterpiece of restraint.",
        "That is a reasonable idea, badly executed.",
    ],
)
def test_reviews_verdicts_and_ratings_are_the_writers(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


# --- an eighth round: what the seventh blind set taught ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Okafor: The figures speak for themselves, and I stand by them.",
        "Mirela Okafor: No.",
        "Okafor: [smiles] More often than you would guess.",
    ],
)
def test_an_interview_answer_opened_by_its_speaker_is_attributed_and_not_the_writers_view(text: str) -> None:
    found = kinds(text, text)
    assert "attribution" in found and "opinion_marker" not in found, found


def test_the_rest_of_a_speakers_paragraph_is_judged_as_written() -> None:
    # Past its tag a line may be a presenter's or reporter's own view, which reviewers label
    # opinion: the marker shows, and the tagged line itself stays the speaker's.
    paragraph = "Okafor: We never said that. I think our critics have frankly not read the plan."
    assert "opinion_marker" in kinds("I think our critics have frankly not read the plan.", paragraph)
    assert "opinion_marker" not in cue_kinds("Okafor: We never said that.", paragraph)


@pytest.mark.parametrize(
    "text",
    [
        "Budget: 4.2 million over three years.",
        "Verdict: Misleading",
        "Editor's note: An earlier version of this story gave the wrong date.",
        "Cholera: outbreaks in 3 districts; 2 clinics remain closed.",
        "Report: “Harbours at Risk” · 36 pages",
    ],
)
def test_a_labels_colon_is_not_a_speaker(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our correspondent Ana Ferreira is at the quayside, where crowds have gathered since dawn.",
        "A reader in Lisnagh sent us this photograph of the flooded square.",
        "We have not been able to verify when the video was filmed.",
        "We contacted the ministry on Friday, and it has yet to reply.",
        "Good evening and welcome to our live coverage of the count.",
    ],
)
def test_the_newsrooms_we_at_work_is_not_an_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "We think the council has got this badly wrong.",
        "In my view the plan will not survive the winter.",
    ],
)
def test_the_writers_own_we_and_i_still_are(text: str) -> None:
    assert "opinion_marker" in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "What do the ministers say?",
        "How does the new fleet compare?",
        "How often does she tell you what to do?",
        "The drug, called zelvatrine, cut attacks by half in the trial.",
        "The fever is sometimes called “the silent thief” because it spreads so quietly.",
        "The most common side effect, reported by 12% of patients, was a mild headache.",
        "The council has spent £2m on consultants’ reports about the site.",
        "Her following on social media has doubled in a year.",
    ],
)
def test_questions_names_given_measures_and_possessives_are_not_attributions(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister, asked about the delay, said the contractor was to blame.",
        "Cole called the plan “a disgrace” in a post on Sunday.",
        "She was quoted by the Harbour Post as saying the deal was dead.",
    ],
)
def test_reports_beside_those_shapes_still_are(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "“The swell was worse than anything we’d seen,” one of the harbour pilots said.",
        "Another former volunteer said the money had gone missing in March.",
        "The hearing is expected to last three days.",
        "The bridge is now expected to reopen in spring.",
        "It is widely rumoured in the village that the pub will close.",
        "Some in the cabinet blame the treasury for the delay.",
        "Independent economists have welcomed the plan.",
        "The condition is often described as the loneliest illness.",
    ],
)
def test_unnamed_individuals_forecasts_nobody_makes_and_rumours_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to the council’s own papers, the levy is expected to raise £2m.",
        "Members on both sides applauded when the vote was read out.",
        "One of them, Priya Selvam, said the bridge was safe.",
    ],
)
def test_a_forecast_with_its_source_applause_and_a_named_one_are_not_vague(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)


def test_one_of_a_group_is_described_so_it_is_both_attributed_and_vague() -> None:
    found = kinds("“We had no warning,” one of the ferry crew said.")
    assert {"attribution", "vague_attribution"} <= found, found


def test_an_expert_named_by_title_and_surname_alone_is_checked_against_the_registry() -> None:
    untraced = {(h.kind, h.cue) for h in hints("“Tap water is poison,” Dr. Fenwick says in the video.")}
    assert {("authority_frame", "Dr."), ("unverified_expert", "Fenwick")} <= untraced, untraced
    known = {(h.kind, h.cue) for h in hints("Professor Oduya has received fees from a drug maker.")}
    assert known == {("authority_frame", "Professor")}, known
    assert not {h.kind for h in hints("Mr. Fenwick said the shop would reopen.")} & NAME_KINDS


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Professor Miriam Oduya, Dean of the Faculty of Law, called the ruling sound.",
            [("role_mismatch", "Miriam Oduya")],
        ),
        (
            "Rafael Quinn, who became director of the Northmoor Centre in 2022, said the data were sound.",
            [("name_verified", "Rafael Quinn")],
        ),
    ],
)
def test_a_post_after_the_name_in_capitals_or_begun_lately_is_checked(text: str, expected) -> None:
    assert names(text) == expected, names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please think twice before forwarding rumours like this one.",
        "For a town that has lost its bank and its library, this feels like the final straw.",
        "Whether the council has the stomach for another fight is doubtful.",
        "The timing is awkward for the mayor.",
    ],
)
def test_idioms_doubts_and_polite_orders_are_the_writers(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government promised at the last election to cut waiting lists.",
        "It is a record that ought to have made him untouchable.",
        "The scheme could help tens of thousands of families.",
    ],
)
def test_the_previous_one_a_track_record_and_a_guess_at_scale_are_not_figures(text: str) -> None:
    assert "unsourced_figure" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "She was the last minister to resign over the affair.",
        "Tens of thousands of people marched through the capital on Saturday.",
        "The club set a record attendance in March.",
    ],
)
def test_ranked_claims_and_crowds_still_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_one_commenter_after_the_quote_is_unnamed_and_marked_with_its_verb() -> None:
    # "one viewer" says nobody anyone can trace (as "One subscriber wrote in"
    # before the verb); "one of the pilots" is someone the writer can describe.
    found = {(h.kind, h.cue) for h in hints("“It changed my life,” wrote one viewer beneath the clip.")}
    assert ("vague_attribution", "wrote one viewer beneath the clip") in found, found
    assert "attribution" not in {k for k, _ in found} and "quote_without_speaker" in {k for k, _ in found}, found
    found = {h.kind for h in hints("“We were told nothing,” said one of the pilots, who asked not to be named.")}
    assert {"attribution", "vague_attribution"} <= found and "quote_without_speaker" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ferreira, the union’s secretary, rejected that account of the talks.",
        "Joel Marr, a forensic accountant at Penrose Lisle, said the books did not balance.",
    ],
)
def test_a_rejection_is_a_report_and_an_accountant_an_expert(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found, hints(text)


def test_an_accountant_at_a_firm_is_presented_as_an_authority() -> None:
    assert "authority_frame" in kinds(
        "Joel Marr, a forensic accountant at Penrose Lisle, said the books did not balance."
    )


def test_showing_no_emotion_is_no_finding() -> None:
    assert "attribution" not in kinds("Marr, who sat with his arms folded, showed no emotion as the verdict was read.")


@pytest.mark.parametrize(
    "text",
    [
        "A body-language expert studied the footage for us.",
        "The club did not respond to our requests for comment.",
        "The text message was forwarded to me by at least four readers this week.",
        "We checked each claim against official data.",
        "When I spoke to her last month, she was unapologetic.",
        "5. Take a Boat Trip to the Seal Colony",
    ],
)
def test_the_writer_at_work_and_a_numbered_heading_are_not_opinions(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The coast path is one of the most scenic walks in the region.",
        "That is not good enough, and the council knows it.",
        "None of this is necessarily illegal.",
    ],
)
def test_scenery_verdicts_and_hedges_are_the_writers(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_a_phrase_after_its_verb_is_one_attribution_to_the_subject() -> None:
    found = [(h.cue, h.reason) for h in hints("“We are ready,” Mayor Ana Ferreira told reporters after the vote.")]
    assert found == [("told", "attribution to Mayor Ana Ferreira")], found


def test_a_post_that_serves_the_person_named_is_not_their_title() -> None:
    found = {h.kind for h in hints("A spokesperson for Jerome Powell said only that the matter was closed.")}
    assert "role_mismatch" not in found and "name_verified" in found, found


def test_the_oppositions_spokesman_is_the_shadow_minister() -> None:
    shadow = Registry(
        [Person("Fen Marlow", roles=(Role("Shadow Minister for Housing", "Republic of Calder", "2024-01-01"),))]
    )

    name_kinds = partial(name_kinds_in, shadow)

    assert name_kinds("Fen Marlow, the opposition’s housing spokesman, called it a fudge.") == {"name_verified"}
    assert name_kinds("Fen Marlow, the opposition’s transport spokesman, called it a fudge.") == {"role_mismatch"}


@pytest.mark.parametrize(
    "text",
    [
        "March: The couple are seen together for the last time at a charity dinner.",
        "Tuesday: Ferry services resume after the storm.",
    ],
)
def test_a_date_opening_a_timeline_item_is_no_speaker(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "OKONKWO: We were never told the bridge was unsafe, and I think that matters.",
        "HALLORAN: Absolutely.",
    ],
)
def test_a_speaker_prefix_in_capitals_attributes_the_line(text: str) -> None:
    found = kinds(text, text)
    assert "attribution" in found and "opinion_marker" not in found, hints(text, text)


@pytest.mark.parametrize("text", ["BREAKING: The bridge is closed.", "PRESENTER: The polls closed at ten."])
def test_a_label_or_a_role_in_capitals_is_no_speaker(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Average rent: 1,450 crowns a month (Harbour Lettings Index)",
        "Jobs lost: 2,300 (union figure)",
    ],
)
def test_a_source_named_in_brackets_after_a_list_item_attributes_it(text: str) -> None:
    found = kinds(text, text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text, text)


@pytest.mark.parametrize("text", ["Jobs lost: 2,300 (estimated)", "The mayor (pictured) opened the 400-seat hall."])
def test_a_bracketed_aside_is_no_source(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in the village expects the mine to reopen.",
        "Few here believe the ceasefire will hold.",
        "Suddenly everyone cares about the old harbour.",
        "No one can say for certain what happened that night.",
    ],
)
def test_the_writers_sweeping_claim_about_what_people_think_is_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    ["Nobody was injured in the fire.", "No one answered the door when officers called."],
)
def test_a_plain_fact_about_nobody_is_not_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_a_named_subject_who_blames_reports_a_view() -> None:
    assert "attribution" in kinds("Halloran blames the council for years of neglect.")
    assert "attribution" in kinds("Speaking after the match, he blamed the referee for the late penalty.")


def test_a_noun_after_a_name_in_a_place_phrase_is_no_verb() -> None:
    text = "A ticket costs 40 crowns at the Harbour Lane box office counter, which is steep."
    assert "attribution" not in kinds(text), hints(text)


def test_it_tells_you_something_is_the_writers_point_not_a_report() -> None:
    text = "That tells you something about how little the ministry trusts its own figures."
    found = kinds(text)
    assert "attribution" not in found and "opinion_marker" in found, hints(text)


def test_a_pal_is_an_unnamed_source() -> None:
    text = "“He’s devastated,” a pal told the magazine."
    found = kinds(text)
    assert {"vague_attribution", "quote_without_speaker"} <= found, hints(text)


def test_a_parenthetical_however_does_not_make_the_next_name_the_source() -> None:
    text = "Club sources, however, claim Marsh has rejected a new contract."
    found = hints(text)
    assert not any(h.kind == "attribution" and "Marsh" in h.reason for h in found), found
    assert "vague_attribution" in {h.kind for h in found}, found


def test_a_driving_offence_is_no_evaluation() -> None:
    text = "A 40-year-old man was fined for careless driving and dangerous driving at Harbridge Crown Court."
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_geologists_believe_is_a_vague_source_and_what_they_believe_is_not_the_writers_guess() -> None:
    text = "The ridge holds what geologists believe may be the largest copper seam in the region."
    found = kinds(text)
    assert "vague_attribution" in found and "opinion_marker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore Town 3 Harlow Athletic 0",
        "Dunmore came from behind to beat Harlow Athletic 3-2 at Pell Park on Saturday.",
        "The limit falls to 170kg/ha on most farms next spring.",
        "Some gauges on the moor took more than 800mm in a week.",
        "Bookings for the ferry are up by around a third on last year.",
    ],
)
def test_scorelines_units_and_fractions_of_change_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Dunmore Weather Bureau recorded 702mm of rain over the three months.",
        "Harlow Police recorded 1,240 burglaries last year, up 9 per cent.",
    ],
)
def test_an_organisation_that_recorded_a_figure_is_its_source(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The band recorded a new album in Lisbon.",
        "The figure is the highest on record.",
        "It was a record 45 per cent.",
    ],
)
def test_a_record_or_recording_without_a_figure_reported_is_no_attribution(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_place_given_between_commas_after_the_name_keeps_the_name_as_the_source() -> None:
    text = "Sergeant Ola Brennick, of the marine unit, said many of the boats had no lights."
    found = hints(text)
    assert [(h.kind, h.reason) for h in found if h.kind == "attribution"] == [
        ("attribution", "attribution to Sergeant Ola Brennick")
    ], found
    assert "vague_attribution" not in {h.kind for h in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "We certainly hope not.",
        "I do hope the council listens this time.",
        "That would be a crushing blow for the club.",
        "It was a night the government will want to forget.",
    ],
)
def test_hopes_crushing_blows_and_what_someone_will_want_are_the_writers(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_change_of_course_is_no_opinion_adverb() -> None:
    text = "The minister said on Friday there would be no change of course."
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_a_shadow_minister_in_lower_case_before_the_name_keeps_shadow() -> None:
    shadow = Registry(
        [Person("Fen Marlow", roles=(Role("Shadow Minister for Housing", "Republic of Calder", "2024-01-01"),))]
    )
    text = "Transport officials and shadow housing minister Fen Marlow clashed on the radio."
    found = name_kinds_in(shadow, text)
    assert found == {"name_verified"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ilse Brandvik has also hinted that the cap could rise next year.",
        "Some rivals privately regarded her later work as alarmist.",
        "Why, she asked, had the council promised 500 homes and built fewer than 90?",
        "The board's chair will open the extraordinary session on Monday.",
        "The mayor's aides, I am told, have taken to calling the report “the doorstop”.",
    ],
)
def test_reported_hints_views_and_questions_and_set_terms_are_not_the_writers_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_ask_for_opens_advice() -> None:
    text = "Ask for the deposit back in writing, and keep a copy."
    assert "opinion_marker" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Premier Ada Voss will set out plans for a new port authority in a speech this afternoon.",
        "Whatever the inspectors say, parents will go on using the tables.",
    ],
)
def test_a_speech_still_to_come_and_whatever_they_say_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_speech_still_to_come_with_its_content_is_a_report() -> None:
    assert "attribution" in kinds("Ada Voss will say in a speech today that the port must grow.")


@pytest.mark.parametrize(
    "text",
    [
        "Markets expect a quarter-point cut to 3.5%.",
        "Taxi firms in Brennock say bookings for Friday have doubled.",
        "About 900 journeys had been booked, according to figures seen by this newspaper.",
        "One subscriber wrote in to say he had turned 2,000 crowns into 9,000.",
    ],
)
def test_markets_firms_in_a_place_figures_nobody_can_see_and_one_subscriber_are_vague(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            'Ada Voss, general secretary of the Brennock Dockers\' Union, said members had been "left with no choice."',
            "Ada Voss",
        ),
        ("Our chief executive, Ada Voss, says the charity is turning families away.", "Ada Voss"),
    ],
)
def test_a_name_before_its_post_between_commas_is_the_source(text: str, source: str) -> None:
    found = hints(text)
    reasons = [h.reason for h in found if h.kind == "attribution"]
    assert len(reasons) == 1 and source in reasons[0], found
    assert not {"vague_attribution", "opinion_marker", "quote_without_speaker"} & {h.kind for h in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "If you bought one of these kettles, check the base tonight.",
        "It will be a wet, windy week, so wrap up warm.",
        "Score: 4 out of 5",
        "Verdict: 8/10",
    ],
)
def test_advice_after_a_condition_and_a_score_are_the_writers(text: str) -> None:
    found = hints(text, text)
    assert implied_label(found, [], text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "If the vote passes, ministers will publish the bill in March.",
        "Final score: 3-1 to the visitors.",
    ],
)
def test_a_condition_then_a_statement_and_a_match_score_are_not_advice(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is the fourth ferry strike this year.",
        "Harlow have won five games in a row, their best run since 2011.",
        "Fourteen climbers were brought down from the ridge overnight.",
        "3. Fellside Community School, +0.38",
    ],
)
def test_ranked_claims_this_year_best_since_teen_counts_and_signed_scores_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    ["The fourth act is the best.", "It was her best performance."],
)
def test_a_plain_ordinal_or_best_is_no_ranked_claim(text: str) -> None:
    assert "unsourced_figure" not in kinds(text, text), hints(text, text)


def test_an_organisers_post_is_a_title_and_an_ended_one_is_a_mismatch() -> None:
    union = Registry(
        [
            Person(
                "Odile Fairbrass",
                roles=(
                    Role("General Secretary", "Harlow Dockers' Union", "2022-03-01"),
                    Role("Regional Organiser", "Harlow Dockers' Union", "2014-06-02", "2022-02-28"),
                ),
            )
        ]
    )

    name_kinds = partial(name_kinds_in, union)

    assert name_kinds(
        "Odile Fairbrass, the union's regional organiser, told a rally that more dates would follow."
    ) == {"role_mismatch"}
    assert name_kinds("Odile Fairbrass, the union's general secretary, told a rally that more dates would follow.") == {
        "name_verified"
    }


def test_a_post_after_a_plural_possessive_organisation_is_checked() -> None:
    miner = Registry(
        [
            Person(
                "Odile Fairbrass",
                roles=(
                    Role("Chief Executive", "Voltaris Minerals", "2024-05-01"),
                    Role("Chief Operating Officer", "Orvik Minerals", "2019-01-07", "2024-04-30"),
                ),
            )
        ]
    )
    text = "Odile Fairbrass, Orvik Minerals' chief operating officer, has called the seam a generational asset."
    found = name_kinds_in(miner, text)
    assert found == {"role_mismatch"}, found


@pytest.mark.parametrize(
    "text",
    [
        "'Whoever it was knew exactly which sheds had bikes in them.'",
        "‘Whoever it was knew exactly which sheds had bikes in them.’",
    ],
)
def test_a_quote_in_single_quotation_marks_is_a_quote(text: str) -> None:
    assert "quote_without_speaker" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The players' union said it's too early to judge the club's plans.",
        "Residents say it's the council's fault, and the mayor's office doesn't deny it.",
    ],
)
def test_apostrophes_are_no_quotation_marks(text: str) -> None:
    from annotator.hints import quoted_spans

    assert quoted_spans(text) == [], quoted_spans(text)


def test_a_post_under_a_handle_is_attributed_to_it() -> None:
    text = "@harbour_sal: 'Put a seagull on the 50 and I'll finally feel seen.'"
    found = kinds(text, text)
    assert "attribution" in found and "opinion_marker" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Harlow’s chief executive, Odile Fairbrass, told supporters on Monday that the club had “a budget, not a blank cheque”.",
            "Odile Fairbrass",
        ),
        (
            "Bexley Securities’ senior analyst, Odile Fairbrass, wrote in September that the firm was well run.",
            "Odile Fairbrass",
        ),
    ],
)
def test_an_organisations_post_then_the_holders_name_is_the_source(text: str, source: str) -> None:
    found = hints(text)
    assert [h.reason for h in found if h.kind == "attribution"] == [f"attribution to {source}"], found
    assert not {"vague_attribution", "quote_without_speaker"} & {h.kind for h in found}, found


def test_a_count_with_an_adjective_ending_in_s_is_a_figure() -> None:
    assert "unsourced_figure" in kinds("The plant had two serious injuries and three minor ones last year.")


@pytest.mark.parametrize(
    "text",
    [
        "The cheapest fix we could find this week was 4.19%.",
        "We've rounded up the funniest and strangest reactions.",
    ],
)
def test_what_we_could_find_and_the_funniest_are_no_guess_and_no_measure(text: str) -> None:
    found = hints(text)
    assert not [h for h in found if h.cue in ("could", "the funniest")], found


@pytest.mark.parametrize(
    "text",
    [
        "Now is the time to take proper advice, not to panic.",
        "Our honest advice is to price it sensibly from day one.",
        "We wouldn't bet the house on it.",
        "We are not convinced.",
        "Our brands have never been stronger.",
    ],
)
def test_advice_bets_doubts_and_boasts_are_the_writers(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_post_of_some_field_before_the_name_and_a_students_union_president_are_checked() -> None:
    people = Registry(
        [
            Person(
                "Odile Fairbrass",
                roles=(
                    Role("Director of Football", "Harlow Town Football Club", "2025-06-01"),
                    Role("Head of Recruitment", "Dunmore Athletic Football Club", "2019-07-01", "2025-05-31"),
                ),
            ),
            Person("Ines Rothwell", roles=(Role("President", "University of Harlow Students' Union", "2025-07-01"),)),
        ]
    )

    name_kinds = partial(name_kinds_in, people)

    assert name_kinds("Dunmore’s head of recruitment, Odile Fairbrass, was seen at the game.") == {"role_mismatch"}
    assert name_kinds("Harlow’s director of football, Odile Fairbrass, was seen at the game.") == {"name_verified"}
    assert name_kinds("SU President Ines Rothwell said the strike would go on.") == {"name_verified"}


def test_a_quoted_post_under_a_handle_has_its_speaker() -> None:
    text = "@tidy_files: 'Genuinely the most disappointed bird I have ever seen on a banknote.'"
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "My prediction: at least five players leave before deadline day.",
        "Next spring we'd love to add a wildflower strip along the brook.",
        "The merger, I believe, will be remembered as a mistake.",
    ],
)
def test_predictions_wishes_and_beliefs_in_the_first_person_are_opinion(text: str) -> None:
    found = hints(text, text)
    assert implied_label(found, [], text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "We strongly recommend booking a timed slot for weekends in December.",
        "We suspect many app developers have not yet realised this.",
        "We disagree: the board's record suggests it will use its powers.",
        "Expect fireworks, or at least a few sparks.",
        "The drama is gripping from its opening scene.",
    ],
)
def test_the_writers_view_in_the_first_person_and_a_reviewers_verdict_are_opinion(text: str) -> None:
    found = hints(text, text)
    assert implied_label(found, [], text) == "opinion", found


def test_one_reader_is_an_unnamed_source_and_their_full_quote_has_no_speaker() -> None:
    text = "“I’ve turned the heating off in every room except the kitchen,” one reader told us last week."
    found = kinds(text)
    assert "attribution" not in found and {"vague_attribution", "quote_without_speaker"} <= found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Charities estimate that one in five households is behind on an energy bill.",
        "The memorandum puts the cost of these “zombie subscriptions” at 610 million crowns a year.",
        "Harlow Power’s own analysis of the new rates shows the rise will be felt most by homes that heat with electricity.",
    ],
)
def test_charities_a_memo_with_a_quoted_phrase_and_an_analysis_of_rates_are_read_as_sources(text: str) -> None:
    found = kinds(text)
    assert found & {"attribution", "vague_attribution"}, hints(text)


def test_charities_at_the_start_of_a_sentence_are_vague() -> None:
    found = kinds("Charities estimate that one in five households is behind on an energy bill.")
    assert "vague_attribution" in found and "attribution" not in found, found


def test_a_thousands_comma_does_not_cut_the_subject() -> None:
    text = "A petition with 12,000 names says the ferry must keep running."
    found = hints(text)
    assert [h.reason for h in found if h.kind == "attribution"] == ["attribution to A petition with 12,000 names"], (
        found
    )


def test_a_coach_and_a_curator_are_posts_that_are_checked() -> None:
    people = Registry(
        [
            Person(
                "Odile Fairbrass",
                roles=(
                    Role("Director of Rugby", "Harlow Rugby Club", "2024-07-01"),
                    Role("Forwards Coach", "Harlow Rugby Club", "2020-07-01", "2024-06-30"),
                ),
            ),
            Person(
                "Ines Rothwell",
                roles=(
                    Role("Director", "Harlow Museum", "2022-01-10"),
                    Role("Chief Curator", "Harlow Museum", "2015-04-01", "2022-01-09"),
                ),
            ),
        ]
    )

    name_kinds = partial(name_kinds_in, people)

    assert name_kinds("Harlow forwards coach Odile Fairbrass has asked the league for a replacement.") == {
        "role_mismatch"
    }
    assert name_kinds("Chief Curator Ines Rothwell gives a late-night tour of the museum.") == {"role_mismatch"}
    assert name_kinds("Museum director Ines Rothwell gives a late-night tour of the museum.") == {"name_verified"}


@pytest.mark.parametrize(
    "text",
    [
        "He recommends walking on beds only when the soil is dry enough to crumble in the hand.",
        "It ruled that a single transfer window was proportionate.",
    ],
)
def test_a_named_subject_who_recommends_or_a_body_that_ruled_is_a_source(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


def test_recruiters_at_other_agencies_reportedly_are_vague() -> None:
    found = kinds("Recruiters at other agencies reportedly tell the same story.")
    assert "vague_attribution" in found and "attribution" not in found, found


def test_a_post_after_a_two_word_possessive_organisation_is_checked() -> None:
    people = Registry(
        [
            Person(
                "Odile Fairbrass",
                roles=(
                    Role("Director of Football", "Harlow Town Football Club", "2025-06-01"),
                    Role("Head of Recruitment", "Dunmore Athletic Football Club", "2019-07-01", "2025-05-31"),
                ),
            )
        ]
    )
    text = "Odile Fairbrass, Dunmore Athletic's head of recruitment, gave evidence that the embargo cost two signings."
    found = name_kinds_in(people, text)
    assert found == {"role_mismatch"}, found


@pytest.mark.parametrize(
    "text",
    [
        "We expect hiring to pick up in the second half of the year.",
        "We would love that to be true, but we have seen no evidence for it.",
        "I am not sure the maths works.",
        "If you enjoyed the hills this winter, please consider giving what you can.",
        "The knitwear was sublime.",
    ],
)
def test_expectations_wishes_doubts_requests_and_raves_are_the_writers(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_rules_as_a_noun_is_no_ruling() -> None:
    text = "That is double the maximum fine under the old consumer contracts rules."
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ms Ada Penrose and Mr Tobias Penrose of Ulverby are delighted to announce the birth of their son.",
        "The funeral will be held at St Mary's on Friday, the family said.",
        "Also there was Rhea Dunmore of Ulverby, who described the fair as “a triumph for the whole town.”",
        'Our Chief Executive, Marta Olsen, said the merger would be "good for every single member."',
    ],
)
def test_announcements_families_relative_speakers_and_capitalised_posts_are_sources(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)
    assert implied_label(hints(text), [], text) == "sourced"


def test_a_quote_from_one_undescribed_person_is_vague_and_speakerless() -> None:
    text = "'We waited three hours for a bus,' wrote one commuter."
    found = kinds(text)
    assert {"vague_attribution", "quote_without_speaker"} <= found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Back in ten minutes,” read a sign on the shop door.",
        "“Gone fishing, back at noon,” reads one note in a shaky hand.",
        "“Mind the gap, and mind your manners,” reads the brass plaque by the stairs.",
        "“We came for fish and found none at all,” runs a line carved into the bench.",
    ],
)
def test_words_on_a_sign_a_note_a_plaque_or_carved_into_wood_are_speakerless(text: str) -> None:
    # Words nobody signed: the speakerless quote is the flag; a sign is no unnamed group of sources.
    found = kinds(text)
    assert "quote_without_speaker" in found and not found & {"attribution", "vague_attribution"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers say the new timetable leaves no time for lunch.",
        "Plumbers warn that frozen pipes burst after a thaw.",
        "Local legend has it that the bell was cast from a ship's anchor.",
        "Village tradition holds that the well never runs dry.",
        "The mayor, we are reliably told, left before the speeches.",
    ],
)
def test_groups_at_a_sentence_start_legends_and_hearsay_are_vague(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_a_surname_at_the_start_is_still_a_named_source() -> None:
    text = "Reeves said the budget would balance by 2029."
    assert "attribution" in kinds(text) and "vague_attribution" not in kinds(text), hints(text)


def test_a_bishop_styled_the_rt_revd_is_no_wrong_title() -> None:
    people = Registry([Person("Alban Kettle", (), (Role("Bishop of Ulverby", "Church of Calder", "2021-09-01"),))])
    text = "The Bishop of Ulverby, the Rt Revd Alban Kettle, opened the fair."
    assert name_kinds_in(people, text) == {"name_verified"}


@pytest.mark.parametrize(
    "text",
    [
        "It was the loveliest wedding of the summer.",
        "This is the friendliest village in the county.",
        "Otters are, without doubt, the stars of the reserve.",
        "That sounds too good to be true, if you ask me.",
        "I am sure many readers will agree.",
    ],
)
def test_judging_superlatives_and_the_writers_certainty_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found
    assert "unsourced_figure" not in {h.kind for h in found}, found


def test_a_hedged_estimate_is_a_figure_not_a_guess() -> None:
    text = "Grey seals are protected, with perhaps 120,000 around the coast."
    found = hints(text)
    assert "opinion_marker" not in {h.kind for h in found} and implied_label(found, [], text) == "unsourced", found


def test_an_auction_estimate_is_no_report() -> None:
    text = "Lot 7: a walnut bureau, Ulverby workshop, c. 1780, estimate 2,000–3,000 crowns."
    assert "attribution" not in kinds(text), hints(text)
    assert implied_label(hints(text), [], text) == "unsourced"


def test_a_quote_left_by_nobody_has_no_speaker_even_after_a_named_source() -> None:
    paragraph = (
        "Ada Voss, who runs the inn, said the stove was relit in May. "
        "“Arrived soaked, left warm and dry,” reads one entry in the visitors’ book."
    )
    text = paragraph.split(". ", 1)[1]
    assert "quote_without_speaker" in kinds(text, paragraph), hints(text, paragraph)


@pytest.mark.parametrize(
    "text",
    [
        "Do come early: the view alone is worth the climb.",
        "Do stay for the encore; the band have a surprise for you.",
        "Please leave us a review if you enjoyed your stay.",
        "For my money, it is the finest harbour on the coast.",
        "The gardens alone are worth the journey.",
        "We would take that with a pinch of salt.",
        "I'll be honest: the second act drags.",
        "Walkers may want to bring a torch.",
        "I find it the most beautiful room in the house.",
        "Listen carefully to the second movement.",
        "We could not have put it better ourselves.",
    ],
)
def test_requests_advice_and_verdicts_in_the_writers_voice_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_indicated_that_reports() -> None:
    text = "The council has indicated that the road will reopen in May."
    assert "attribution" in kinds(text), hints(text)


def test_a_technicians_or_rangers_old_post_is_a_wrong_title() -> None:
    people = Registry(
        [
            Person(
                "Lorcan Vell",
                (),
                (
                    Role("Director", "Ulverby Observatory", "2024-04-01"),
                    Role("Chief Technician", "Ulverby Observatory", "2016-01-11", "2024-03-29"),
                ),
            ),
            Person(
                "Wenna Pell",
                (),
                (
                    Role("Chief Ranger", "Ulverby National Park Authority", "2022-05-03"),
                    Role("Area Ranger", "Ulverby National Park Authority", "2013-04-01", "2022-05-02"),
                ),
            ),
        ]
    )
    assert name_kinds_in(people, "Chief Technician Lorcan Vell said the dome was fixed.") == {"role_mismatch"}
    assert name_kinds_in(people, "Area ranger Wenna Pell said the roof was repaired.") == {"role_mismatch"}
    assert name_kinds_in(people, "Chief Ranger Wenna Pell said the roof was repaired.") == {"name_verified"}


def test_an_organisations_own_document_describing_something_is_a_source() -> None:
    text = "Heritage Ulverby’s listing entry describes it as “the finest surviving tithe barn in the county”."
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is, by any measure, the jewel of the valley.",
        "One can only hope the repair goes ahead before winter.",
        "Still, credit where it is due: the club asked its members first.",
        "Long may it continue.",
        "Pipelines, in my experience, are where good schemes go to die.",
        "Please, please return every hen fish after 30 September.",
        "So please, no licking the spoon!",
        "I could not be prouder of them.",
        "That is a tribute to every member of staff.",
        "We are confident you will feel the same.",
        "Whatever the numbers, we would gently suggest a charging point outside the bedroom.",
        "So here is my wish for the new year: fewer potholes and more trains.",
    ],
)
def test_more_of_the_writers_own_verdicts_hopes_and_pleas_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_chatbot_reply_opening_with_heres_is_machine_text() -> None:
    assert "machine_text" in kinds("Certainly! Here's a warm, engaging introduction for your recipe:")


@pytest.mark.parametrize(
    "text",
    [
        "Board 1: Brightmore (Ulverby) beat Osei (Talvik)",
        "Board 2: Paszek (Talvik) drew with Lockyer (Ulverby)",
    ],
)
def test_places_in_brackets_after_players_are_no_source(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_anyone_who_tells_you_is_nobody_reporting() -> None:
    text = "Our own view is that nobody really knows, and anyone who tells you otherwise is guessing."
    assert "attribution" not in kinds(text), hints(text)


def test_an_arbiters_old_post_is_a_wrong_title() -> None:
    people = Registry(
        [
            Person(
                "Evie Thorn",
                (),
                (
                    Role("President", "Ulverby Chess Federation", "2024-01-15"),
                    Role("Chief Arbiter", "Ulverby Chess Federation", "2016-03-01", "2024-01-14"),
                ),
            )
        ]
    )
    assert name_kinds_in(people, "Chief Arbiter Evie Thorn told the meeting the format would change.") == {
        "role_mismatch"
    }


@pytest.mark.parametrize(
    "text",
    [
        "It's the second baby-food recall in the county this year.",
        "A tribute to Edda Marlow, the explorer, who died in October aged 81.",
    ],
)
def test_a_contraction_owns_no_document_and_a_programme_title_is_no_verdict(text: str) -> None:
    found = kinds(text)
    assert "attribution" not in found and "opinion_marker" not in found, hints(text)


def test_a_report_in_the_progressive_is_a_report() -> None:
    text = "Ada Voss, the former minister, has been telling colleagues that the plan will fail."
    assert "attribution" in kinds(text), hints(text)
    text = "It was the kind of goal Rovers have been conceding all season."
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "There have been 214 confirmed measles cases in the county since August.",
        "Fewer than a dozen of them admit that anything went wrong.",
    ],
)
def test_a_participle_before_its_noun_and_fewer_than_a_dozen_are_no_source(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_possessive_post_before_the_name_gives_the_name() -> None:
    text = "The trust’s medical director, Ada Voss, said in written evidence that 38 sessions a month were cancelled."
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


def test_a_promise_quoted_word_for_word_is_a_report() -> None:
    text = 'Mayor Ada Voss promised in her 2022 speech to "end the waiting lists within two years."'
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_a_finance_chief_is_a_chief_financial_officer_and_a_dated_post_is_a_former_one() -> None:
    people = Registry(
        [
            Person(
                "Mei Paradis",
                (),
                (
                    Role("Chief Financial Officer", "Quillon Systems", "2024-07-01"),
                    Role("Vice President of Finance", "Quillon Systems", "2020-03-01", "2024-06-30"),
                ),
            ),
            Person(
                "Wolf Stainer",
                (),
                (
                    Role("Chair", "Ulverby Infrastructure Bank", "2019-03-01"),
                    Role("Minister of Finance", "Republic of Ulverby", "2013-01-07", "2018-01-14"),
                ),
            ),
        ]
    )
    assert name_kinds_in(people, "Quillon Systems’ finance chief, Mei Paradis, was seen at three rival events.") == {
        "name_verified"
    }
    text = "Wolf Stainer, Ulverby’s finance minister from 2013 to 2018 and now chair of the bank, wrote 412 pages."
    assert "role_mismatch" not in name_kinds_in(people, text)


@pytest.mark.parametrize(
    "text",
    [
        "✅ Oppose any merger of village primary schools.",
        "The evidence could not be clearer.",
        "With respect, a new building without staff is just a building.",
        "Political memoirs are, as a rule, acts of revenge dressed up as reflection.",
        "It is hard to imagine a less lucky moment to take the job.",
    ],
)
def test_pledges_and_verdicts_are_the_writers(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "Ada Voss, the prime minister, has so far said nothing about the decision in public.",
        "The health minister Ada Voss has said nothing at all.",
        "The three people said to have been taken to hospital do not appear to exist.",
    ],
)
def test_saying_nothing_and_said_to_have_been_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_said_to_have_been_is_hearsay() -> None:
    assert "vague_attribution" in kinds("The three people said to have been taken to hospital do not exist.")


@pytest.mark.parametrize(
    "text",
    [
        'Ada Voss, harbour master: "We had the biggest tide of the year and the wall gave way."',
        "Rhodri Vance, director, Ulverby Coastal Agency: “Our engineers will be on site round the clock.”",
    ],
)
def test_a_caption_naming_the_speaker_and_post_before_a_colon_gives_the_quote_a_speaker(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_a_later_post_in_a_relative_clause_is_not_the_title_checked() -> None:
    people = Registry(
        [
            Person(
                "Callum Dowd",
                (),
                (
                    Role("Councillor", "Ulverby Council", "2024-05-10"),
                    Role("Leader", "Ulverby Council", "2019-05-20", "2024-05-09"),
                ),
            )
        ]
    )
    text = "Callum Dowd, the former council leader who now sits as an opposition councillor, said it was a scandal."
    assert "role_mismatch" not in name_kinds_in(people, text)


def test_a_quote_sent_in_by_one_undescribed_person_has_no_speaker() -> None:
    paragraph = (
        "Ada Voss, the water board's chief executive, said the supply was safe. "
        '"They are poisoning us and nobody cares," one constituent wrote to me on Sunday night.'
    )
    text = paragraph.split(". ", 1)[1]
    assert {"quote_without_speaker", "vague_attribution"} <= kinds(text, paragraph), hints(text, paragraph)


@pytest.mark.parametrize(
    "text",
    [
        "✅ Boil ALL water for at least 10 minutes, even for brushing teeth.",
        "Sixteen hours a week is a closure in all but name.",
        "Dealing desks will be watching closely.",
        "These are not just numbers on a spreadsheet.",
    ],
)
def test_orders_and_verdicts_without_an_opinion_word_are_the_writers(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_report_with_a_colon_is_no_caption_and_leaves_the_next_sentence_the_writers() -> None:
    paragraph = (
        "Ada Voss, the airline’s chief executive, said: “Our crews will fly the moment it is safe.” "
        "Please do not come to the airport unless your flight is shown as operating."
    )
    text = paragraph.split("” ", 1)[1]
    assert implied_label(hints(text, paragraph), [], text) == "opinion", hints(text, paragraph)


def test_a_caption_whose_post_ends_in_a_plural_still_names_the_speaker() -> None:
    text = "Ada Voss, head of communications: “Every ferry will run to the timetable from Monday.”"
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_a_vague_frame_before_a_quote_leaves_it_speakerless_after_a_named_source() -> None:
    paragraph = (
        "Ada Voss, chair of the trust, said the wing had cut waiting times by a fifth. "
        'One nurse put it more bluntly: "We have the rooms, we just do not have the people."'
    )
    text = paragraph.split("fifth. ", 1)[1]
    assert {"quote_without_speaker", "vague_attribution"} <= kinds(text, paragraph), hints(text, paragraph)


@pytest.mark.parametrize(
    "text",
    [
        "Industry figures say the queue now holds more than 600 projects.",
        "Many stayed away, and several told the Gazette afterwards that they back the plan.",
        'Some guy on the radio said half the firms "will not survive the year".',
        "One woman near the back stood up and shouted: 'You will not put those things in front of my window!'",
    ],
)
def test_unnamed_people_in_more_shapes_are_vague(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill arrives at 2.45 p.m., and she insists on paying.",
        "Written comments can be sent to the planning department until then.",
    ],
)
def test_insisting_on_paying_and_written_comments_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whether prices rise or fall, one thing is certain: preparation is key.",
        "2. If you see something that looks wrong on a line, stop the line.",
    ],
)
def test_a_numbered_order_after_a_condition_and_stock_certainties_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_councillor_is_checked_when_the_registry_has_the_councillor_post() -> None:
    people = Registry(
        [
            Person(
                "Imogen Hart",
                (),
                (
                    Role("Mayor", "Ulverby Borough Council", "2022-05-20"),
                    Role("Councillor", "Ulverby Borough Council", "2014-05-22", "2022-05-19"),
                ),
            ),
            Person("Ros Achter", (), (Role("Leader", "Ulverby County Council", "2024-05-15"),)),
        ]
    )
    assert name_kinds_in(people, "Councillor Imogen Hart sent flowers on behalf of the borough.") == {"role_mismatch"}
    assert name_kinds_in(people, "Mayor Imogen Hart sent flowers on behalf of the borough.") == {"name_verified"}
    # No councillor post in the registry: the word is a courtesy, as for a council leader.
    assert name_kinds_in(people, "Councillor Ros Achter said the budget was balanced.") == {"name_verified"}


@pytest.mark.parametrize(
    "text",
    [
        "As one put it to our booking office: “Ninety minutes is a long time to stand on a pier.”",
        "One ward sister in Ulverby put it like this: “I have four nurses for thirty patients most nights.”",
    ],
)
def test_one_undescribed_person_putting_it_is_vague_and_speakerless(text: str) -> None:
    found = kinds(text)
    assert {"vague_attribution", "quote_without_speaker"} <= found and "attribution" not in found, hints(text)


def test_a_shout_reports_only_what_was_shouted_and_insisting_that_reports() -> None:
    assert "attribution" not in kinds("The remark, shouted from the public gallery, drew applause.")
    assert "attribution" in kinds("Corinne Abiola insisted on Wednesday that the film was in great shape.")


def test_a_coroners_misspelt_name_after_the_title_is_caught_and_the_right_title_verified() -> None:
    people = Registry(
        [
            Person(
                "Septimus Quickfell",
                (),
                (
                    Role("Senior Coroner", "Ulverby Coroner's Court", "2022-09-05"),
                    Role("Assistant Coroner", "Ulverby Coroner's Court", "2015-02-02", "2022-09-02"),
                ),
            )
        ]
    )
    assert name_kinds_in(
        people, "Senior Coroner Septimus Quickfell warned that the junction would claim another life."
    ) == {"name_verified"}
    assert name_kinds_in(people, "Coroner Septimus Quickfel asked whether anyone had reported the markings.") == {
        "possible_misspelling"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Whether anyone at County Hall believes it is another matter.",
        "1. The settlement is a cut in real terms, whatever the minister says.",
    ],
)
def test_what_someone_might_believe_or_say_is_set_aside_not_reported(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Response: Prime Minister Ada Voss promised the same review in her 2023 conference speech.",
        "Ulverby Grid’s chief executive, Petra Vask, has promised to halve connection times by 2028.",
        "The transport minister, Oren Cass, visited this afternoon and pledged an emergency fund.",
    ],
)
def test_a_named_persons_promise_is_a_report(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


def test_a_survey_nobody_names_is_vague() -> None:
    text = "• 1 in 5: councils at risk of bankruptcy, according to a survey of finance officers."
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_flying_blind_is_the_writers_verdict() -> None:
    text = "If your pricing model still uses postcode averages, you are flying blind."
    assert implied_label(hints(text), [], text) == "opinion", hints(text)


def test_a_pledge_as_a_noun_is_no_report() -> None:
    text = "Several European diplomats have linked the defence pledge to the tariff talks."
    assert "attribution" not in kinds(text), hints(text)


def test_a_knighthood_is_no_authority_frame() -> None:
    text = "Its chair, Sir Barnabas Trego, has said that the inquiry will follow the evidence."
    assert "authority_frame" not in kinds(text), hints(text)


def test_a_managers_and_a_deputy_harbour_masters_old_posts_are_wrong_titles() -> None:
    people = Registry(
        [
            Person(
                "Drusilla Cord",
                (),
                (
                    Role("Chair", "Ulverby Model Railway Association", "2023-04-01"),
                    Role("Exhibition Manager", "Ulverby Model Railway Association", "2017-03-01", "2023-03-31"),
                ),
            ),
            Person(
                "Cuthbert Lyle",
                (),
                (
                    Role("Harbour Master", "Ulverby Harbour Board", "2021-04-06"),
                    Role("Deputy Harbour Master", "Ulverby Harbour Board", "2014-03-03", "2021-04-05"),
                ),
            ),
        ]
    )
    assert name_kinds_in(people, "Exhibition manager Drusilla Cord checked every certificate.") == {"role_mismatch"}
    assert name_kinds_in(people, "Deputy Harbour Master Cuthbert Lyle also states that requests were sent.") == {
        "role_mismatch"
    }
    assert name_kinds_in(people, "Harbour Master Cuthbert Lyle said the boats would run.") == {"name_verified"}


@pytest.mark.parametrize(
    "text",
    [
        "• The poisons centre handled 212 calls about melatonin last year.",
        "That promise should be treated with caution.",
        "The bill for the wall alone is now put at 19 million crowns.",
    ],
)
def test_a_counted_noun_a_noun_after_that_and_a_passive_estimate_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is no exaggeration to say that the town's livelihood was damaged overnight.",
        "The junior section was the highlight of the weekend.",
        "• Tell someone you trust before you move any money.",
    ],
)
def test_the_writers_emphasis_verdicts_and_bulleted_advice_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_quoted_headline_is_a_title_not_speech() -> None:
    text = "The release, headed “Living near busy roads raises dementia risk”, was sent out at 6 a.m."
    assert "quote_without_speaker" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbridge Water has texted customers saying the stations are open at the leisure centre.",
        "Fellbeck Primary emailed parents to say it is open as normal.",
        "The council wrote to tenants to say the rent would rise in April.",
        "The operator issued a statement saying the line would reopen on Monday.",
        "Deputy Governor Ada Voss is quoted in the trade press as calling the figures “a warning light”.",
        "She was quoted on a fishing forum saying the river had never been cleaner.",
    ],
)
def test_messages_sent_and_words_quoted_in_the_press_are_reports(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chief Inspector Ada Voss will also answer questions at the library on 21 February.",
        "The next briefing will be at 4 p.m.",
        "Can the chief officer confirm that?",
        "Will the minister explain why the report was delayed?",
    ],
)
def test_answers_to_come_a_briefing_to_come_and_a_question_put_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rumour has it the head fought to keep the school open.",
        "The rumour is that the depot will close by spring.",
        "Compensation is £20 a day under the scheme, I read somewhere.",
        "I read that the app sells location data to advertisers.",
    ],
)
def test_rumour_and_something_read_somewhere_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


def test_one_wondering_is_the_writer_not_a_source() -> None:
    text = "One wonders how many other meters behave the same way."
    assert "vague_attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "'The readings are nothing to worry about' appears in handwriting on a copy of the briefing.",
        "“Your switch has been cancelled for security reasons” appeared in a text with no sender.",
    ],
)
def test_a_quote_that_merely_appears_somewhere_has_no_speaker(text: str) -> None:
    assert "quote_without_speaker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Beautiful widgets you'll actually love",
        "SkyCalder is the smartest weather app you will ever install.",
    ],
)
def test_a_bulleted_verdict_and_a_judging_superlative_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_consultants_and_a_sub_editors_old_posts_are_wrong_titles() -> None:
    people = Registry(
        [
            Person(
                "Emrys Tolland",
                (),
                (
                    Role("Director of Public Health", "Wenlow District Council", "2021-06-01"),
                    Role("Consultant in Public Health", "Wenlow District Council", "2015-01-05", "2021-05-31"),
                ),
            ),
            Person(
                "Piran Mallory",
                (),
                (
                    Role("Archive Editor", "The Harbridge Courier", "2020-01-06"),
                    Role("Chief Sub-Editor", "The Harbridge Courier", "2009-03-02", "2019-12-31"),
                ),
            ),
        ]
    )
    assert name_kinds_in(people, "Consultant in Public Health Emrys Tolland signed off the plan in February.") == {
        "role_mismatch"
    }
    assert name_kinds_in(people, "Well, consultant in public health Emrys Tolland said that in 2019.") == {
        "role_mismatch"
    }
    assert name_kinds_in(people, "Chief Sub-Editor Piran Mallory will answer questions at the library.") == {
        "role_mismatch"
    }
    assert name_kinds_in(people, "Archive editor Piran Mallory said the plate shows the harbour wall.") == {
        "name_verified"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ada Voss signed off the plan in February, the file note states.",
        "The depot will close in June, the letter states.",
    ],
)
def test_a_paper_that_states_something_is_a_report(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text", ["If anyone finds the keys, call us.", "When the siren sounds, tell a steward and leave by the side door."]
)
def test_an_order_after_a_condition_is_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize("text", ["The 1940–41 volumes were lost in a fire.", "The 2023/24 season ended early."])
def test_a_span_of_years_is_a_date_not_a_figure(text: str) -> None:
    assert "unsourced_figure" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "• Invest in data before you invest in marketing.",
        "• Put climate on every board agenda, not just the annual risk review.",
        "✅ Fight to bring back the Sunday 47 bus.",
    ],
)
def test_a_list_item_opened_by_a_verb_is_advice(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


@pytest.mark.parametrize("text", ["• Record profits were reported by both banks.", "• Sales rose 3% in March."])
def test_a_list_item_that_states_a_fact_is_no_advice(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text", ["• Average payout: 661 crowns, up from 540.", "- Call bells went unanswered for twenty minutes or more."]
)
def test_a_list_item_with_a_label_or_a_past_tense_is_no_advice(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize("text", ["It is not.", "It would not.", "Hardly.", "Probably not."])
def test_a_bare_answer_to_the_writers_own_question_is_opinion(text: str) -> None:
    found = hints(text, paragraph=f"Is the plan working? {text} The figures say otherwise.")
    assert implied_label(found, [], text) == "opinion", found


def test_a_sentence_that_only_starts_like_a_bare_answer_is_not_one() -> None:
    assert "opinion_marker" not in cue_kinds("It is not closing.")


@pytest.mark.parametrize(
    "text",
    [
        "The Aventa GT is the best electric saloon you can buy for under 50,000 crowns.",
        "Calder has waited long enough for homes its people can afford.",
    ],
)
def test_a_reviewers_ranking_and_waiting_long_enough_are_opinion(text: str) -> None:
    found = hints(text)
    assert "opinion_marker" in {h.kind for h in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "That is not a health service; it is a waiting room.",
        "Members, that is not a transport policy; it is a punchline.",
        "A choice between raising tax and closing libraries is no choice at all.",
    ],
)
def test_the_writer_recasting_what_something_is_is_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_reported_recasting_is_the_sources() -> None:
    text = "The minister said the fund was not a bailout, it was an investment."
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "A hiring manager at one of the largest banks, who spoke on condition of anonymity, said hiring had frozen.",
        "A civil servant involved in drafting the rules, speaking on condition of anonymity, told us it was delayed.",
        "A woman whose home was burgled, who didn't want to be named, said she felt abandoned.",
    ],
)
def test_a_source_kept_anonymous_gets_both_hints(text: str) -> None:
    assert {"attribution", "vague_attribution"} <= kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seed merchants report that orders for bean seed are up on last year.",
        "Loss adjusters report that many homes were flooded for the second time.",
        "Agents I have spoken to say fees are up by a third.",
        "It was, by common consent, the biggest public meeting in a generation.",
        "“Lunch is for people who haven’t been fired yet,” goes the joke on the fourth floor.",
        "As one message doing the rounds on trading desks put it: “The board would turn down anything.”",
        "At least two deaths have been linked to the outage, local media reported.",
        "The next high water is forecast to be higher still.",
    ],
)
def test_a_trade_common_consent_a_joke_a_message_going_round_and_a_forecast_nobody_made_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Company records show that its co-founder served on the board for nine years.",
        "The authors acknowledge that the link does not prove cause.",
    ],
)
def test_a_document_or_the_authors_before_a_plural_verb_are_no_trade(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "For media enquiries, contact the ministry press office on 0300 555 0192.",
        "Registered charity no. 1187344",
        "Anyone with information is asked to call Harbridge Police on 101.",
        "Donate online or text HILLS to 70450.",
        "400 g plain flour, plus extra for dusting",
        "The Marigold was lost with all hands off Inchkeel in 1809.",
        "Issue 212 | 26 November 2025",
    ],
)
def test_phone_and_reference_numbers_ingredients_and_old_years_are_no_figures(text: str) -> None:
    assert "unsourced_figure" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The unions call for 300 new posts.",
        "Some 1,800 people were evacuated in 2024.",
        "The bill rose to £1,250 a year.",
    ],
)
def test_counts_and_amounts_near_those_words_are_still_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen fishermen have been rescued from a trawler that lost power off Saltmere.",
        "Detectives are appealing for witnesses after three men armed with hammers smashed display cases.",
        "The blaze forced 40 firemen to work through the night.",
    ],
)
def test_a_count_of_an_irregular_plural_is_a_figure(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_a_rank_word_inside_the_organisations_name_is_not_the_post() -> None:
    people = Registry(
        [
            Person(
                "Gwendolen Ashworth",
                ("Gwen Ashworth",),
                (
                    Role("President", "Calder Society of General Practitioners", "2025-01-06"),
                    Role("Vice-President", "Calder Society of General Practitioners", "2021-02-01", "2025-01-03"),
                ),
            )
        ]
    )
    text = "Gwen Ashworth, president of the Calder Society of General Practitioners, wrote that it was a false economy."
    assert name_kinds_in(people, text) == {"name_verified"}


@pytest.mark.parametrize(
    "text",
    [
        "On the current evidence, probably not.",
        "It is hard to think of a better summary of the past four years.",
        "It is hard to read this as anything other than a retreat.",
        "The bank's response has, to its credit, been quick and clear.",
        "Whether the promise survives the next budget round is another matter.",
        "The corporation has been here before, and it rarely ends well.",
        "Closing a channel is the easy part.",
        "The drug is not a cure, and it was never going to be.",
        "That looks optimistic.",
    ],
)
def test_the_writers_judgement_in_stock_phrases_is_opinion(text: str) -> None:
    found = hints(text)
    assert "opinion_marker" in {h.kind for h in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "The measure must still be approved by the National Assembly before it becomes law.",
        "The laboratory could not measure the smallest particles.",
    ],
)
def test_a_step_still_required_and_what_could_not_be_done_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dealers said at least 40 vessels were waiting to load at the port.",
        "Early buyers complained on forums about rings cracking along the contacts.",
    ],
)
def test_a_trade_nobody_names_is_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "As recently as October, the director of news assured the committee that newsgathering would be spared.",
        "Midwives at the unit say their rotas have been cut by a third.",
    ],
)
def test_assurances_and_a_trade_placed_at_work_are_reports(text: str) -> None:
    assert "attribution" in kinds(text) or "vague_attribution" in kinds(text), hints(text)


def test_a_participle_after_a_comma_reports_for_the_clauses_subject_not_whom_it_told() -> None:
    text = (
        "Finance Minister Ada Voss has refused requests for money, telling colleagues that the budget must absorb it."
    )
    found = hints(text)
    assert "attribution" in {h.kind for h in found} and "vague_attribution" not in {h.kind for h in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "At least six other European museums hold material taken from Ossabo.",
        "Whether the “online-first” promise survives the next budget round is another matter.",
        "Few in the building industry believe that date.",
    ],
)
def test_a_thing_taken_from_a_place_a_quoted_noun_and_few_are_no_source(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "That is nearly twice the figure ministers gave the Assembly.",
        "That's roughly double the previous plan.",
        "Three other rural maternity units in Calder have closed since 2020.",
    ],
)
def test_multiples_and_counts_with_several_modifiers_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_a_first_year_in_office_is_no_record() -> None:
    text = "The archbishop has spent much of his first year in office touring rural dioceses."
    assert "unsourced_figure" not in kinds(text), hints(text)


def test_a_group_that_accuses_someone_of_something_is_a_vague_source() -> None:
    text = "Conservative evangelicals have accused Archbishop Godfrey Aspin of ‘managing decline’ rather than reversing it."
    assert "vague_attribution" in kinds(text), hints(text)


def test_a_noun_after_its_article_is_no_verb_of_a_collective() -> None:
    text = (
        "Hackers stole the card numbers of 1.2 million customers in an attack on a supplier, the bank said on Thursday."
    )
    assert "vague_attribution" not in kinds(text), hints(text)


def test_generic_organisation_words_a_post_held_until_and_a_post_held_now_are_read_right() -> None:
    people = Registry(
        [
            Person(
                "Solveig Ravensworth",
                (),
                (
                    Role("Chief Engineer", "Calder National Highways", "2025-01-06"),
                    Role("Head of Structures", "Calder National Highways", "2017-01-09", "2025-01-03"),
                ),
            ),
            Person("Victor Ramsey", (), (Role("Chief Executive", "Ramsey Homes", "2011-01-10", "2024-02-29"),)),
            Person(
                "Florentin Quarmley",
                ("Tino Quarmley",),
                (
                    Role("Minister for Local Government", "Republic of Calder", "2024-06-03"),
                    Role("Leader", "Harbridge City Council", "2018-05-14", "2024-05-31"),
                ),
            ),
            Person(
                "Wilfreda Noake",
                (),
                (
                    Role("Chief Executive", "Thornbury Ambulance Service", "2024-06-03"),
                    Role("Director of Operations", "Thornbury Ambulance Service", "2018-04-03", "2024-05-31"),
                ),
            ),
        ]
    )
    verified = [
        "The agency's chief engineer, Solveig Ravensworth, said each hanger would be examined.",
        "Victor Ramsey, the company's founder and chief executive until its final weeks, declined to take part.",
        "Tino Quarmley, who led the city council when the contract was signed and is now the Minister for Local "
        "Government, has said little.",
    ]
    for text in verified:
        assert name_kinds_in(people, text) == {"name_verified"}, text
    assert name_kinds_in(people, "Director of operations Wilfreda Noake has asked the hospital to act.") == {
        "role_mismatch"
    }


def test_a_denial_nor_does_is_no_report() -> None:
    assert "attribution" not in kinds("Nor does the series say much about where the money went.")


def test_a_source_named_in_a_described_appositive_is_named() -> None:
    text = "One rider named in the report, the former road champion Keturah Dole, posted on Wednesday: ‘They said it helped.’"
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found and "quote_without_speaker" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in the east of the city will believe the next one anyway.",
        "Allow at least an extra hour for any journey that would normally use the bridge.",
    ],
)
def test_a_sweeping_view_at_a_distance_and_travel_advice_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_nobody_hurt_is_no_sweeping_view() -> None:
    assert "opinion_marker" not in cue_kinds("Nobody in the building was hurt.")


@pytest.mark.parametrize(
    "text",
    [
        "Tino Quarley has said little about the project in public.",
        "Clive Renshaw, described in some reports as the finance chief, has argued for deeper cuts.",
        "The company has set out its concerns in a letter to the regulator's chief executive, Esme Pownall.",
        "The vice-chancellor told staff in an email that 380 posts would go by the end of 2026.",
    ],
)
def test_little_said_a_description_by_others_a_letters_recipient_and_counted_posts_are_no_report(text: str) -> None:
    found = hints(text)
    assert not [
        h for h in found if h.kind == "attribution" and h.cue in ("said", "described", "in a letter", "posts")
    ], found


def test_whom_a_named_person_told_is_not_the_source() -> None:
    text = "At Northmoor, the vice-chancellor, Tobiah Renshaw, told staff in an email seen by this newspaper that posts would go."
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


def test_an_act_numbered_by_its_year_still_says_things() -> None:
    assert "attribution" in kinds("The Consumer Goods Act 2019 says that goods must be of satisfactory quality.")


@pytest.mark.parametrize(
    "text", ["Hauliers have been told privately to expect worse.", "Buyers have been told to expect strong interest."]
)
def test_told_by_nobody_named_is_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


def test_told_in_a_named_report_is_not_vague() -> None:
    text = "The headteacher, Lowenna Pascoe, said staff had been told on Tuesday afternoon."
    assert "vague_attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "These are not talking heads; they are people still living inside the story.",
        "It will be fascinating to watch.",
        "The series is on shakier ground when it turns to the regulators.",
        "It is an unusually candid admission from a vice-chancellor.",
    ],
)
def test_a_reviewers_verdicts_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_duty_described_in_a_relative_clause_is_no_advice() -> None:
    text = "The deputy minister, who has to sign off any change to the rules, has backed her in public."
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_posts_read_to_the_rank_before_for_and_a_spokesman_for_a_shadow_minister() -> None:
    people = Registry(
        [
            Person(
                "Clodagh Delamere",
                (),
                (
                    Role(
                        "Member of the National Assembly for Wenlow East", "National Assembly of Calder", "2019-10-07"
                    ),
                    Role("Minister for Justice", "Republic of Calder", "2024-06-03", "2025-10-28"),
                ),
            ),
            Person("Fergus Maitlow", (), (Role("Shadow Minister for Housing", "Republic of Calder", "2024-03-11"),)),
            Person(
                "Idris Fairbrook",
                (),
                (Role("Cabinet Member for Highways", "Thornbury County Council", "2024-05-10"),),
            ),
            Person("Augustin Pellow", ("Gus Pellow",), (Role("Prime Minister", "Republic of Calder", "2022-09-12"),)),
        ]
    )
    assert name_kinds_in(people, "Former justice minister Clodagh Delamere will remain in the Assembly.") == {
        "name_verified"
    }
    assert name_kinds_in(people, "Fergus Maitlow, her housing spokesman, told me the bond would fund it.") == {
        "name_verified"
    }
    assert name_kinds_in(people, "Whether Augustin Pellow's government has the nerve is the real question.") == {
        "name_verified"
    }
    assert name_kinds_in(people, "Cabinet Member for Transport Idris Fairbrook signed off the contract.") == {
        "role_mismatch"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The system has, in the words of the chief inspector of prisons, Seamus Trevick, been “running hot for years.”",
        "Projections seen by CBC News suggest it could pass 21,000 by the end of 2026.",
        "RADOMIR ASHWELL (recorded): We are asking every keeper to bring their birds indoors.",
    ],
)
def test_in_the_words_of_projections_and_a_recorded_clip_are_sourced(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Pay or be fined — no exceptions, no appeals,” warns a laminated sign beside the pay machines.",
        "“A shopping list with a flag on it,” went the line being texted around the press room.",
    ],
)
def test_a_sign_and_a_line_going_round_give_a_quote_no_speaker(text: str) -> None:
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_asking_for_a_letter_confirming_something_is_no_report() -> None:
    assert "attribution" not in kinds("• Ask the hospital for a letter confirming your appointment ran late.")


def test_a_placeholder_to_fill_in_is_machine_text() -> None:
    assert "machine_text" in kinds("[Sources and documents: insert link to shared drive here]")


@pytest.mark.parametrize(
    "text",
    ["It is easy to romanticise a place like this.", "That warning, if it was given, looks prescient now."],
)
def test_the_writers_easy_judgements_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "1/ 🧵 What they're NOT telling you about the low-traffic scheme.",
        "For a town that can't fix a pothole, that's a LOT of money for cameras.",
    ],
)
def test_a_thread_posts_opening_judgement_and_capitals_for_emphasis_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "Fergus Langley, whom several delegates described to me as the real author of the bond, wanted less.",
        "Here's a line from an internal email a council worker sent me: “The scope can be widened.”",
    ],
)
def test_what_reached_the_writer_is_no_first_person_view(text: str) -> None:
    assert not [h for h in hints(text) if h.kind == "opinion_marker" and h.cue == "me"], hints(text)


def test_an_acronym_in_capitals_is_no_emphasis() -> None:
    assert "opinion_marker" not in cue_kinds("The NHS said waiting lists had fallen for a third month.")


@pytest.mark.parametrize(
    "text",
    [
        "A hand-painted board propped against the harbour wall on Wednesday read: “Talvik takes the fish.”",
        "A sign nailed to a field gate near Fellbeck puts the other side’s case more bluntly: “Our fields are not yours.”",
        "A laminated notice inside the shelter, unsigned, puts it more politely: ‘Last service Friday 30 January.’",
    ],
)
def test_a_notice_that_reads_before_its_words_gives_a_quote_no_speaker(text: str) -> None:
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The judges held that the company's control over pay rates made the couriers workers.",
        "Scientists recommended a catch of 398,000 tonnes, according to people who have seen the advice.",
    ],
)
def test_a_court_holding_and_people_who_have_seen_a_paper_report(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Local tradition holds that the diarist later emigrated.",
        "Shareholders, not directors, now hold the cards, and that is as it should be.",
        "Studies have linked lots of time on social media to feeling anxious or low.",
    ],
)
def test_lore_holding_cards_and_a_place_online_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_councils_offer_of_help_is_no_chatbot_leftover() -> None:
    text = "If you have questions, contact your local council, which will be happy to help."
    assert "machine_text" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text", ["It's a good idea to talk to your family about it.", "It's fair to say not everyone is happy about it."]
)
def test_gentle_advice_and_hedged_verdicts_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_a_head_teacher_is_a_headteacher() -> None:
    people = Registry([Person("Rosamund Fairley", (), (Role("Headteacher", "Wenlow Academy", "2023-09-01"),))])
    assert name_kinds_in(people, "Rosamund Fairley, head teacher at Wenlow Academy, said phones were banned.") == {
        "name_verified"
    }


def test_a_named_source_who_says_she_is_not_the_untraced_expert() -> None:
    found = hints("Megan Rhydd, who runs the village shop, says she has been asked to collect prescriptions.")
    expert = hints("Dr. Ingrid Oakhurst, a bee scientist at the Arlen Institute, said the mite was spreading.")
    text = "Megan Rhydd, who runs the village shop, says she has been asked to collect prescriptions."
    assert implied_label(found, expert, text) == "sourced", found


def test_an_operations_chief_a_chief_digital_officer_and_an_analyst_after_a_firms_possessive() -> None:
    people = Registry(
        [
            Person(
                "Lysander Quenby",
                ("Sandy Quenby",),
                (
                    Role("Chief Executive", "Calder Stock Exchange", "2024-01-02"),
                    Role("Chief Operating Officer", "Calder Stock Exchange", "2017-06-01", "2023-12-29"),
                ),
            ),
            Person(
                "Damaris Quillan",
                (),
                (
                    Role("Minister for Digital Affairs", "Republic of Calder", "2025-09-15"),
                    Role("Chief Digital Officer", "Government Digital Service", "2021-01-04", "2025-09-12"),
                ),
            ),
            Person("Rowan Tesk", (), (Role("Senior Analyst", "Bexley Securities", "2021-05-01"),)),
            Person("Ravi Dunmore", (), (Role("Chief Executive", "Pellmark Bank", "2019-05-01"),)),
        ]
    )
    assert name_kinds_in(
        people, "Calder Stock Exchange operations chief Sandy Quenby called it a vote of confidence."
    ) == {"role_mismatch"}
    assert name_kinds_in(people, "The government's chief digital officer, Damaris Quillan, told a conference so.") == {
        "role_mismatch"
    }
    assert name_kinds_in(people, "Bexley Securities’ Ravi Tesk puts fair value nearer 330 pence.") == {"possible_blend"}


def test_a_trade_placed_in_a_named_town_is_still_vague() -> None:
    assert "vague_attribution" in kinds("Fishermen in Carnmoor say cheap second-hand engines are to blame.")


@pytest.mark.parametrize("text", ["Nobody reads that. 🙄", "Ninety-six percent, sure. 😏"])
def test_an_eye_roll_is_the_writers_scorn(text: str) -> None:
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_a_promise_given_after_a_comma_reports_and_a_sum_put_at_by_nobody_does_not() -> None:
    promised = "The finance minister has delivered her fourth budget, promising to “fix the roof while the sun shines”."
    assert "attribution" in kinds(promised) and "quote_without_speaker" not in kinds(promised), hints(promised)
    put = "Residents are exempt, and the money, put at £1.8 million a year, is earmarked for path repairs."
    assert "attribution" not in kinds(put), hints(put)


def test_a_name_then_several_asides_is_the_named_source() -> None:
    text = (
        "Tom Aske, 67, a retired farmer from Ostley, where the branch shut in 2024, said the van had failed to appear."
    )
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    ["In the meantime, please stay away from the cordon.", "Reminder: please don't post claims you can't back up."],
)
def test_a_request_after_an_opening_phrase_is_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_a_bank_that_once_boasted_a_branch_reports_nothing() -> None:
    assert "attribution" not in kinds("The bank, which once boasted a branch in every town, will be left with 188.")


def test_a_union_in_the_post_names_no_other_post() -> None:
    people = Registry(
        [Person("Cornelius Rathmore", (), (Role("General Secretary", "United Care Workers", "2023-05-02"),))]
    )
    text = "Cornelius Rathmore, general secretary of the United Care Workers union, welcomed the rise."
    assert name_kinds_in(people, text) == {"name_verified"}


def test_a_contracted_we_are_sure_is_the_writers_view() -> None:
    text = "Very reassuring, we’re sure."
    found = hints(text)
    assert implied_label(found, [], text) == "opinion", found


def test_figures_according_to_industry_figures_are_vague() -> None:
    text = "More than 9,000 prescriptions could not be filled in the first week, according to industry figures."
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_a_plaque_that_says_gives_its_words_no_speaker_but_a_caption_of_someones_post_does() -> None:
    plaque = "“The river took our stock but not our town,” says a brass plaque by the door of the hardware shop."
    assert "quote_without_speaker" in kinds(plaque) and "attribution" not in kinds(plaque), hints(plaque)
    assert "attribution" in kinds("“We will win,” says the minister.")


def test_a_pollsters_list_line_is_its_source() -> None:
    found = kinds("• Harrowby Research (January 24-26): Yes 55%, No 45%")
    assert "attribution" in found and "unsourced_figure" not in found, found
    assert "attribution" not in kinds("Research: 40% of people agree.")


@pytest.mark.parametrize("text", ["It is hard to argue with that.", "He has a point."])
def test_granting_a_point_is_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pumps are still running on a generator, engineers here tell me.",
        "The minister is on her way to the site, we understand.",
        "At least 30 schools have told parents they will stay closed today.",
        "Twelve hospitals said they had run short of oxygen masks.",
        "Industry estimates put the repair bill at more than £4 billion.",
    ],
)
def test_people_here_we_understand_counted_bodies_and_industry_estimates_are_vague(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_engineers_who_tell_the_reporter_are_no_first_person_view() -> None:
    assert "opinion_marker" not in cue_kinds("The pumps are still running on a generator, engineers here tell me.")


def test_a_count_of_unnamed_bodies_is_still_a_figure() -> None:
    assert "unsourced_figure" in kinds("At least 30 schools have told parents they will stay closed today.")


@pytest.mark.parametrize(
    "text",
    [
        "By midnight all but two constituencies had declared.",
        "The question everyone here is asking is why the alarm failed.",
        "I am glad she said so, because nobody else would.",
        "The mayor has never said it in public.",
    ],
)
def test_results_declared_a_question_being_asked_and_said_so_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Another message simply reads: “Fourth cut this month. FOURTH.”",
        "“Vote for a council that listens,” declared one flyer left on doorsteps in Westbury, with no name on it.",
        "“Queued for two hours for nothing,” read one post on a supporters’ forum.",
        "Another letter, unsigned, said simply: “Leave the park alone.”",
    ],
)
def test_an_unsigned_message_post_flyer_or_letter_gives_its_quote_no_speaker(text: str) -> None:
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_a_letter_before_its_quote_is_unsigned_only_when_nobody_sent_it() -> None:
    assert "vague_attribution" not in kinds("Another letter, unsigned, said simply: “Leave the park alone.”")
    assert "attribution" in kinds("A letter from the chief executive said: “We are sorry.”")


def test_figures_a_paper_obtained_from_a_named_force_are_sourced() -> None:
    text = "Figures obtained by the Gazette from Harbridge Police show 90 bikes were stolen last year."
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Installers have begun fitting new meters in every flat.",
        "• Flood wardens on duty in 12 villages, says the council",
        "• Warm rooms opening in 9 libraries",
        "Landlords already have to register every tenancy with the council.",
    ],
)
def test_a_verb_that_fits_a_reported_list_item_a_headline_item_and_a_legal_duty_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "• Take GPS units and aerials out of tractors left in fields overnight.",
        "Whether the new plan will be enough is far from clear.",
        "Shoppers could be forgiven for asking what the money bought.",
        "That sounds a lot like wishful thinking.",
        "It is hard to argue the council did not see this coming.",
        "The bigger question is why nobody checked the wiring.",
        "That sounds like a plan in search of a budget.",
        "Ministers will privately be relieved the vote was close.",
    ],
)
def test_advice_past_a_later_participle_and_stock_verdicts_are_opinion(text: str) -> None:
    found = kinds(text)
    assert "opinion_marker" in found and not found & {"attribution", "vague_attribution"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Volcanologists have long warned that the crater could collapse.",
        "It’s understood that staff were first warned about the leak in 2023.",
        "The Petersons are not alone, according to reports reaching this newspaper from across the region.",
    ],
)
def test_a_trade_that_has_long_warned_a_passive_with_first_and_reports_reaching_us_are_vague(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents must now pay through an app called ParkRight, or by ringing a number that plays music.",
        "A photo said to show the bridge collapsing has been shared 2 million times.",
        "“Leave now,” read a caption added to one widely shared copy.",
    ],
)
def test_a_thing_called_something_said_to_show_and_added_to_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_caption_added_to_a_copy_gives_its_quote_no_speaker() -> None:
    assert "quote_without_speaker" in kinds("“Leave now,” read a caption added to one widely shared copy.")


SEATS = Registry(
    [
        Person(
            "Cordelia Hawksmoor",
            ("Delia Hawksmoor",),
            (
                Role("Member of Parliament for Harbridge South", "House of Commons", "2022-10-03"),
                Role("Councillor", "Harbridge City Council", "2015-05-07", "2022-09-30"),
            ),
        ),
        Person(
            "Ada Voss", roles=(Role("Member of the National Assembly for Ostley", "National Assembly", "2022-10-03"),)
        ),
        Person(
            "Wilhelmina Orcutt",
            ("Mina Orcutt",),
            (
                Role("Minister for Housing", "Republic of Calder", "2025-02-03"),
                Role("Chair", "Calder Housing Corporation", "2019-04-01", "2025-01-31"),
            ),
        ),
        Person("Torben Illingworth", roles=(Role("Chief Meteorologist", "Calder Met Service", "2025-04-01"),)),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Labour MP Delia Hawksmoor said she would raise it.",
        "MP Delia Hawksmoor said she would raise it.",
        "Ostley MNA Ada Voss said she would raise it.",
    ],
)
def test_a_member_written_mp_or_mna_with_a_party_or_seat_is_verified(text: str) -> None:
    assert name_kinds_in(SEATS, text) == {"name_verified"}


def test_an_mp_called_a_councillor_after_the_seat_ended_is_still_a_wrong_title() -> None:
    assert "role_mismatch" in name_kinds_in(SEATS, "Councillor Delia Hawksmoor said she would raise it.")


def test_who_chairs_a_body_is_the_post_checked() -> None:
    text = "Mina Orcutt, who chairs the Calder Housing Corporation, will visit the estate on Thursday."
    assert name_kinds_in(SEATS, text) == {"role_mismatch"}


def test_a_verified_chief_meteorologist_before_the_name_is_no_authority_frame() -> None:
    found = {
        h.kind
        for h in sentence_hints(
            "The storm hit at 4am, chief meteorologist Torben Illingworth said.", registry=SEATS, published=DAY
        )
    }
    assert "name_verified" in found and "authority_frame" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "PEMBURY (SYNC): The meters were sold as fair, and for a pensioner they often are.",
        "BEAUMARIS (SYNC, NATIONAL ASSEMBLY): Metering is the fairest way of paying for water.",
    ],
)
def test_a_clip_with_a_note_in_capitals_is_its_speakers(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "RUTH TENNANT (ANCHOR): Around 400,000 homes are without power this morning.",
        "NAOMI GREENHALGH (TO CAMERA): If you have opened a water bill lately, you may have had a shock.",
    ],
)
def test_an_anchors_own_line_is_no_source(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is that really too much to ask? 🚗💷",
        "They are not.",
        "It would be easy to dismiss the plan as a fad.",
        "Its latest bill suggests otherwise.",
        "That's quite a jump.",
    ],
)
def test_a_question_before_emoji_a_bare_denial_and_stock_rebuttals_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_a_numbered_subject_before_a_relative_clause_is_no_order() -> None:
    text = "2. Design changes, which engineers say ran into the hundreds, had to be approved by the regulator."
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pay a 20p fee at the gate.",
        "Complaints are up fourfold since June.",
        "Insurers are preparing for several hundred claims.",
        "The fault produced a quake of magnitude 6.5.",
    ],
)
def test_pence_a_fold_written_as_a_word_several_hundred_and_a_magnitude_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_a_multiple_in_words_is_a_figure_beside_digits_too() -> None:
    cues = [h.cue for h in hints("The line took 8,200 calls on Tuesday, four times the usual number.")]
    assert "four times the" in cues, cues


def test_a_question_standing_alone_that_carries_the_argument_on_is_the_writers() -> None:
    question = "So who pays for the new bridge, and who gains?"
    assert "opinion_marker" in kinds(question, question), hints(question, question)
    heading = "Who pays for the new bridge?"
    assert "opinion_marker" not in cue_kinds(heading, heading), hints(heading, heading)


@pytest.mark.parametrize(
    "text",
    [
        "The fee is hard to justify.",
        "Rallies built on rumour have a habit of fading by Friday.",
        "Not bad for a club that was nearly bankrupt in March.",
        "We will believe it when we see the diggers.",
    ],
)
def test_stock_verdicts_of_columns_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_figures_by_a_bodys_own_reckoning_are_its_own() -> None:
    text = "By the union's own reckoning, pay has fallen by about a fifth since 2012."
    found = kinds(text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under the 2019 Employment Act, employers must give two weeks' notice of any change.",
        "• Order book of £530 million at 31 January, up 6% year on year",
    ],
)
def test_what_a_law_requires_and_a_figures_label_are_no_advice(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_a_clip_marked_in_brackets_is_its_speakers() -> None:
    assert "attribution" in kinds("[CLIP] VOSS: We will not leave these families on their own.")


def test_an_announcements_own_voice_is_no_source_but_a_companys_statement_in_the_news_is() -> None:
    assert "attribution" not in kinds("The Company confirms that there are no further matters to disclose.")
    assert "attribution" in kinds("The company confirmed that talks had ended.")


def test_a_thread_posts_number_does_not_hide_the_named_source() -> None:
    text = "6/12 Ada Voss, chief executive of the firm's owner, Harbour Energy, said 97 staff had been offered jobs."
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


def test_a_dispute_after_a_and_an_adjective_is_a_noun() -> None:
    cues = [h.cue for h in hints("Managers warn that a long dispute could add to the backlog.")]
    assert "dispute" not in cues, cues


def test_calling_for_something_reports_a_demand_but_a_passive_does_not() -> None:
    assert "attribution" in kinds("Fergus Maitland has since called for a public inquiry.")
    assert "attribution" not in kinds("Reinforcements were called for at midnight.")


@pytest.mark.parametrize(
    "text",
    [
        "The Board remains confident in the Group's strategy.",
        "The bigger worry is how easily it all happened.",
        "It is a sad day for the town.",
        "Few would envy the committee its choice.",
    ],
)
def test_an_announcements_confidence_and_an_analysts_worries_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_a_surname_that_is_also_a_plural_is_the_person_named_in_the_paragraph() -> None:
    paragraph = (
        "Culture Minister Aurelio Banks said the city would look at a bid. "
        "Banks, speaking at a school sports day, added that any bid would need “not one penny of public money.”"
    )
    text = "Banks, speaking at a school sports day, added that any bid would need “not one penny of public money.”"
    found = kinds(text, paragraph)
    assert "attribution" in found and not found & {"vague_attribution", "quote_without_speaker"}, hints(text, paragraph)


def test_one_unnamed_speaker_after_a_quote_in_single_marks_is_vague_and_the_quote_has_no_speaker() -> None:
    text = "‘They’ll be counting the cost in lives,’ one fisherman said as he left Tuesday’s meeting."
    found = kinds(text)
    assert {"vague_attribution", "quote_without_speaker"} <= found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don’t say we didn’t warn you.",
        "DNA can tell you who touched a piece of cloth; it cannot always tell you when.",
    ],
)
def test_an_order_not_to_say_and_what_evidence_can_tell_you_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_document_a_named_body_released_reports_and_industry_tallies_are_vague() -> None:
    assert "attribution" in kinds("Telemetry released by Skerrow Spaceport showed pressure in one engine falling.")
    found = kinds("Roughly a third of first flights have failed, according to industry tallies.")
    assert "vague_attribution" in found and "attribution" not in found


def test_an_actuality_clip_in_a_radio_script_is_its_speakers() -> None:
    assert "attribution" in kinds("ACTUALITY - MAUREEN KEELTY: In January it was like living in a fridge.")


@pytest.mark.parametrize(
    "text",
    [
        "1. A fault in the fuel feed is the likeliest culprit.",
        "It would also be wrong.",
        "Well, no.",
        "About time, too.",
        "The loss of the rocket is a setback, not a catastrophe.",
        "It is a fair question.",
    ],
)
def test_the_likeliest_cause_a_flat_denial_and_a_recast_are_opinion(text: str) -> None:
    found = kinds(text)
    assert "opinion_marker" in found and "unsourced_figure" not in found, hints(text)


def test_a_question_that_turns_the_argument_with_then_is_the_writers() -> None:
    question = "What, then, is the council actually saving?"
    assert "opinion_marker" in kinds(question, question)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers there said the shelves had been bare for weeks.",
        "Pensioners who spoke to the Herald said a van would not be enough.",
        "Lawyers for the shoppers have estimated the claim could exceed £400 million.",
    ],
)
def test_people_where_the_reporter_was_those_who_spoke_to_the_paper_and_lawyers_for_a_group_are_vague(
    text: str,
) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_lawyers_for_a_named_person_are_a_source() -> None:
    assert "attribution" in kinds("Lawyers for Ada Voss said the claim was false.")


def test_an_unnamed_post_a_newsroom_saw_gives_its_quote_no_speaker() -> None:
    text = 'One widely shared post seen by CBC News claimed: "Measles is a mild illness and the jab is the danger"'
    found = kinds(text)
    assert {"vague_attribution", "quote_without_speaker"} <= found and "attribution" not in found, hints(text)


def test_an_appeal_posted_before_its_words_is_the_posters() -> None:
    text = "Wenlow Foodbank posted an appeal on social media on Monday: “Shelves nearly empty, tins needed please!”"
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_rules_announced_by_a_named_minister_are_hers() -> None:
    text = "Under rules announced by Health Minister Thea Margolin in January, practices must offer a call-back."
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Diolch, as they say round here, for nothing.",
        "Outreach vans have replaced more than 300 post office counters since 2020.",
        "Shoppers who believe they were overcharged cannot claim compensation.",
    ],
)
def test_a_saying_a_post_office_counter_and_whom_the_sentence_is_about_are_no_report(text: str) -> None:
    assert not kinds(text) & {"attribution", "vague_attribution"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "But the rush is a symptom, not the disease.",
        "That is welcome, and far too slow.",
        "It may also embolden suppliers to come forward.",
    ],
)
def test_a_recast_with_the_far_too_and_may_also_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_a_question_about_that_is_the_writers_even_standing_alone() -> None:
    question = "Is that what a modern health service looks like?"
    assert "opinion_marker" in kinds(question, question)


def test_a_noun_an_adverb_and_its_verb_open_no_order() -> None:
    assert "opinion_marker" not in cue_kinds("Demand usually peaks in December and again in the summer holidays.")


@pytest.mark.parametrize(
    "text",
    [
        'GRAB — Maureen Dellow, customer: "We paid £9,400 up front, and they never connected them."',
        'GRAB — Maureen Dellow: "Every sunny day I look up at them and think of my savings."',
    ],
)
def test_a_grab_captioned_with_its_speaker_is_theirs(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_in_her_telling_and_calling_a_helpline() -> None:
    assert "attribution" in kinds("Upstream, in her telling, means the storm overflow two miles inland.")
    text = "Customers can check their address on the website or by calling its 24-hour line."
    assert "attribution" not in kinds(text), hints(text)


def test_an_unnamed_industry_ranking_is_vague() -> None:
    text = "The company spent less per mile than any other utility, according to an industry ranking."
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fair enough.",
        "The question now is whether ministers misjudged the market.",
        "A government that cannot count has no business calling it a triumph.",
        "The supply chain is thinner than ministers like to admit.",
    ],
)
def test_concessions_and_a_columnists_verdicts_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_the_countys_commissioner_names_no_other_post() -> None:
    registry = Registry(
        [
            Person(
                "Griselda Pennock",
                roles=(
                    Role("Police and Crime Commissioner", "Thornbury Police Area", "2024-05-13"),
                    Role("Councillor", "Thornbury County Council", "2017-05-04", "2024-05-09"),
                ),
            )
        ]
    )
    text = "Griselda Pennock, the county’s police and crime commissioner, said she would pay for two officers."
    assert name_kinds_in(registry, text) == {"name_verified"}


def test_a_quote_after_a_colon_that_closes_a_named_persons_clause_is_theirs() -> None:
    text = (
        "The energy minister, Ada Voss, was blunter when she appeared before the committee: "
        "“The industry wanted a bigger cheque, and it has chosen to sulk.”"
    )
    assert "quote_without_speaker" not in kinds(text), hints(text)
    banner = "Outside Harbour Hall on Monday, protesters had hung a banner that read: “Close a course, close a town.”"
    assert "quote_without_speaker" in kinds(banner), hints(banner)


def test_a_role_of_two_posts_is_described_by_either() -> None:
    registry = Registry(
        [
            Person(
                "Sylvester Gowrie",
                roles=(Role("Cabinet Secretary and Head of the Civil Service", "Cabinet Office", "2024-01-01"),),
            )
        ]
    )
    assert name_kinds_in(registry, "Sylvester Gowrie, the cabinet secretary, unveiled his plan.") == {"name_verified"}
    assert name_kinds_in(registry, "Sylvester Gowrie, the chief executive, unveiled his plan.") == {"role_mismatch"}


@pytest.mark.parametrize(
    "text",
    [
        "• 36: the number of marketing emails one customer received in a month.",
        "Almost two-thirds of cases are in children under 10.",
        "One infected person can pass it on to as many as nine in ten of the unvaccinated.",
        "Calder is in the middle of its worst measles outbreak for more than 30 years.",
        "1. A high temperature, often above 39C",
    ],
)
def test_a_figure_labelled_by_what_it_counts_fractions_and_records_in_years_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spinfair's U.S.-listed parent reported profits of £412 million last year.",
        "I understand why people worry, though.",
    ],
)
def test_a_firms_parent_and_an_indirect_question_are_no_unnamed_group(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize("text", ["That's not a good look.", "Hear, hear."])
def test_a_verdict_and_an_approval_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_the_clearest_sign_is_a_judgement_not_a_measure() -> None:
    text = "The fine is the clearest sign yet that the commission means it."
    assert "unsourced_figure" not in kinds(text), hints(text)


POSTS_WITHOUT_A_KNOWN_RANK = Registry(
    [
        Person("Petronella Vask", roles=(Role("Housing Ombudsman", "Harbridge Housing Ombudsman", "2024-02-05"),)),
        Person(
            "Anselm Greaves",
            roles=(
                Role("Chief Veterinary Officer", "Republic of Calder", "2024-01-08"),
                Role("Deputy Chief Veterinary Officer", "Republic of Calder", "2017-05-02", "2024-01-05"),
            ),
        ),
        Person(
            "Iolanthe Brabazon",
            roles=(
                Role("Chief Plant Health Officer", "Republic of Calder", "2025-01-06"),
                Role("Head of Crop Protection", "Calder Agricultural College", "2015-09-01", "2024-12-20"),
            ),
        ),
        Person(
            "Lucan Merriweather",
            roles=(
                Role("Minister for Defence", "Republic of Calder", "2024-06-03"),
                Role("Minister for Veterans", "Republic of Calder", "2022-09-12", "2024-06-02"),
            ),
        ),
        Person(
            "Honoria Quaile",
            roles=(
                Role("Member of the National Assembly for Wenlow East", "National Assembly of Calder", "2019-10-07"),
                Role("Minister for Justice", "Republic of Calder", "2024-06-03", "2025-10-28"),
            ),
        ),
        Person("Seraphina Wynn", roles=(Role("Minister of Finance", "Republic of Calder", "2022-09-12"),)),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Housing Ombudsman Petronella Vask said complaints had risen.",
        "The ombudsman, Petronella Vask, said complaints had risen.",
        "Chief Plant Health Officer Iolanthe Brabazon said the outbreak was the worst on record.",
        "The chief veterinary officer, Anselm Greaves, said supplies were sufficient.",
        "Honoria Quaile, Mr Dunstan's predecessor as justice minister, rejected a similar idea in 2024.",
        "Lucan Merriweather, the defence minister, said the base would stay open.",
    ],
)
def test_posts_the_vocabulary_does_not_rank_and_a_predecessors_post_are_verified(text: str) -> None:
    assert name_kinds_in(POSTS_WITHOUT_A_KNOWN_RANK, text) == {"name_verified"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The deputy chief veterinary officer, Anselm Greaves, has also said supplies are sufficient.",
        "Lucan Merriweather, the veterans minister, has the backing of 20 members.",
        "Water Ombudsman Petronella Vask said complaints had risen.",
    ],
)
def test_a_post_held_earlier_or_in_another_field_is_a_role_mismatch(text: str) -> None:
    assert name_kinds_in(POSTS_WITHOUT_A_KNOWN_RANK, text) == {"role_mismatch"}, hints(text)


def test_a_misspelt_name_after_allies_of_is_caught_and_the_allies_are_vague() -> None:
    text = "Allies of Seraphina Wyn say she would keep the current spending limits."
    assert name_kinds_in(POSTS_WITHOUT_A_KNOWN_RANK, text) == {"possible_misspelling"}
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "But staff at Kesterton Airport say crews have been warning managers for weeks.",
        "Friends of Seraphina Wynn say she was exhausted.",
    ],
)
def test_staff_and_friends_of_someone_named_are_still_unnamed(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Delphine Arrowsmith, speaking later on regional radio, put the likely losses at £90 million.",
        "Under the plan, published by the Ministry of Justice in December, such cases would go to a judge alone.",
        "When I put the point to Ada Voss at a seminar, she agreed that sitting days had been rationed.",
    ],
)
def test_an_estimate_after_an_aside_a_plans_publisher_and_an_agreement_are_attributed(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        'She launched her campaign on Monday with a promise to "put the party back on the side of people who work".',
        "The trust’s social media account marked the anniversary with a photograph and the words: “One year. "
        "1,100 owners. Still here”",
    ],
)
def test_a_promise_and_an_accounts_words_have_their_speaker(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "For families who have already thrown out their cots, the spring will feel a long way off.",
        "For a lot of people here, that will feel like a very long fortnight.",
        "And with the rain still falling, it may get harder before it gets easier.",
        "A target the system cannot meet is worse than none, because it teaches managers to game the figures.",
        "He is wrong about almost everything else.",
        "None of that is the fault of juries.",
        "There is a better way.",
        "It is the kind of story the game likes to tell about itself, and it is rarely this simple.",
        "Not the news anyone wanted with the harvest in full swing.",
        "Fine words, Torquil.",
        "But the members, who know her better, may make sure she does not.",
    ],
)
def test_a_columnists_predictions_and_verdicts_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "And it is hard to square a notice blaming “lifestyle” with Ms Pennefather’s apology.",
        "It has missed that pledge, and the reasons say more about the health service than about any one minister.",
        "She is right, and it is telling that her evidence appears nowhere in the consultation paper.",
    ],
)
def test_a_verdict_that_holds_a_verb_of_saying_is_the_writers(text: str) -> None:
    found = kinds(text)
    assert "opinion_marker" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Many cannot afford to run their heating for more than a few hours a day.",
        "Supporter-owned clubs are twice as likely to survive a financial crisis as privately owned ones.",
    ],
)
def test_what_people_cannot_afford_and_a_measured_likelihood_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have read that research and I am not persuaded.",
        "Whoever wins will inherit a party that is behind in the polls.",
    ],
)
def test_research_the_writer_read_and_a_party_behind_in_the_polls_are_no_vague_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Growers have found mice eating seed straight out of the furrow.",
        "If more than two qualify, Assembly members hold a series of votes to cut the field to two.",
    ],
)
def test_a_collective_that_finds_or_holds_a_thing_reports_nothing(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)
    assert "vague_attribution" in kinds("Growers have found that bait works best at dusk.")


def test_an_accounts_words_after_a_long_object_are_its_own() -> None:
    text = (
        "The trust’s social media account marked the first anniversary of the takeover with a photograph "
        "of the terrace and the words: “One year. 1,100 owners. Still here ⚽💚”"
    )
    assert "quote_without_speaker" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Candidates need the nominations of 15 Assembly members to reach the ballot.",
        "Mouse plagues strike the northern grain belt roughly once a decade.",
    ],
)
def test_a_count_of_members_of_a_named_body_and_a_frequency_per_decade_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_someones_closest_adviser_is_no_measured_superlative() -> None:
    text = "Ottmar Saltonstall, the minister’s closest adviser on surgery, is pressing for a softer target."
    assert "unsourced_figure" not in kinds(text), hints(text)


MINISTERS_WITH_PAST_POSTS = Registry(
    [
        Person(
            "Florian Quade",
            ("Flo Quade",),
            (
                Role("Minister for Local Government", "Republic of Calder", "2024-06-03"),
                Role("Leader", "Harbridge City Council", "2018-05-14", "2024-05-31"),
            ),
        ),
        Person("Wilma Orriss", ("Mina Orriss",), (Role("Minister for Housing", "Republic of Calder", "2025-02-03"),)),
    ]
)


def test_a_post_held_once_after_the_one_held_now_is_no_mismatch() -> None:
    text = "Flo Quade, the local government minister and once the council's own leader, has warned both camps."
    assert name_kinds_in(MINISTERS_WITH_PAST_POSTS, text) == {"name_verified"}, hints(text)


def test_the_local_government_minister_is_not_the_housing_minister() -> None:
    text = "Mina Orriss, the local government minister, promised in February to look again at the rules."
    assert name_kinds_in(MINISTERS_WITH_PAST_POSTS, text) == {"role_mismatch"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        'Jasper Quill, professor of politics at Northmoor, said recall petitions had become "a second chance to '
        'fight an election".',
        "Obadiah Winter, speaking later to reporters, defended the dividend as “a fair return.”",
        "Terence Hale, who has driven a cab since 1996, put it more bluntly when I flagged him down on Queen Street: "
        '"They are both promising me roads."',
        "Jodie later posted a picture of the charred stairwell online with the words: 'Never again, thank god for "
        "the crews.'",
    ],
)
def test_a_speaker_whose_verb_comes_before_another_verb_or_far_from_the_quote_is_the_speaker(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_a_leaflet_with_no_name_that_promised_something_has_no_speaker() -> None:
    text = (
        "A leaflet that landed on my doormat this week, with no name or party on it, promised: "
        '"Your bins, your buses, your mayor."'
    )
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_a_poll_that_puts_someone_ahead_is_its_pollsters() -> None:
    text = "Polling by Harrowby Research for this newspaper puts Mr Moxley four points ahead among certain voters."
    found = kinds(text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unlike in some U.S. states, there is no separate vote on whether to remove the member.",
        "• People who apply for a postal or proxy vote by 3 July",
        "• Smoke alarms cost about £10 and take minutes to fit.",
    ],
)
def test_states_people_and_smoke_alarms_are_nouns(text: str) -> None:
    found = kinds(text)
    assert "attribution" not in found and "opinion_marker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "That is not an answer.",
        "It deserved better.",
        "Saltmere will be poorer without it.",
        "That is a reasonable position for an engineer.",
        "The third, and by far the most likely, is to carry on and pay.",
        "No minister wants to be remembered as the one who cancelled the line.",
        "For the islanders, the legal fight has been a sideshow to the real problem: boats that break down.",
        "That sounds a long way from a deal.",
        "Exporters will be hoping it ends sooner.",
        "There is something particularly cruel about a shop closing in the autumn.",
        "The restrictions are likely to face their first test this weekend, when temperatures are forecast to climb.",
    ],
)
def test_more_verdicts_and_guesses_in_the_writers_voice(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "How many more families have to climb out of windows before someone in charge wakes up?",
        "Is it too much to ask either of them to show their sums before May 7?",
    ],
)
def test_a_rhetorical_question_standing_alone_is_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text, text), hints(text, text)


def test_a_named_persons_own_relative_clause_is_no_unnamed_source() -> None:
    text = 'Maureen Dell, a retired teacher in Wenlow who says she is no relation, told us she would sign "with a heavy heart".'
    found = kinds(text)
    assert "vague_attribution" not in found and "attribution" in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters in Brackenford alone have tackled 37 scooter and e-bike battery fires since January.",
        "• 1 in 4: share of treated water lost to leaks",
        "That is the best result in the company's 60-year history.",
    ],
)
def test_a_count_of_a_long_noun_one_in_four_in_digits_and_a_best_in_a_history_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


BOARD_AND_UNION = Registry(
    [
        Person(
            "Kofi Asante-Mensah",
            roles=(
                Role("Minister of Food and Agriculture", "Republic of Marenza", "2025-01-20"),
                Role("Chief Executive", "Marenza Cocoa Board", "2017-03-01", "2025-01-17"),
            ),
        ),
        Person(
            "Ifeyinwa Trent",
            roles=(
                Role("President", "University of Talvik Students' Union", "2025-07-01"),
                Role("Welfare Officer", "University of Talvik Students' Union", "2024-07-01", "2025-06-30"),
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "After the briefing, the Chief Executive of the MCB, Mr Kofi Asante-Mensah, said the board would pay a bonus.",
        "Ifeyinwa Trent, who's also the union's welfare officer, says they are planning a walkout on the 19th.",
    ],
)
def test_a_post_before_an_honorific_and_a_post_after_whos_are_checked(text: str) -> None:
    assert name_kinds_in(BOARD_AND_UNION, text) == {"role_mismatch"}, hints(text)


def test_the_union_president_is_verified() -> None:
    text = "Ifeyinwa Trent, the union's president, says they are planning a walkout on the 19th."
    assert name_kinds_in(BOARD_AND_UNION, text) == {"name_verified"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compensation claims against councils rose by 42 per cent last year.",
        "• Most claims under £250 are settled within six weeks.",
    ],
)
def test_claims_against_and_claims_under_are_nouns(text: str) -> None:
    found = kinds(text)
    assert "attribution" not in found and "unsourced_figure" in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agrarian MPs, by contrast, say the cuts would fall almost entirely on smallholders in the east.",
        "The Chronicle gathered that about 40,000 tonnes of beans were smuggled out of the country last season.",
    ],
)
def test_a_partys_mps_and_what_a_paper_gathered_are_unnamed(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


def test_what_critics_will_say_is_the_writers_anticipation() -> None:
    text = "Critics will say children need the structure of a school day, and they are right."
    assert "vague_attribution" not in kinds(text), hints(text)


def test_a_chalkboard_that_reads_a_quote_gives_it_no_speaker() -> None:
    text = "A chalkboard outside the fishmonger’s next door reads: ‘We’re back, and so are the oysters.’"
    assert "quote_without_speaker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is not hard to see why.",
        "The answer, surprisingly, is not straightforward.",
        "That is a drop in the ocean.",
        "Honestly, the timing is not great, with a lot of you getting paid this week.",
        "That's a lot of money to owe before your first proper job.",
        "So it's fair to ask why it can't do the same again.",
        "It was, by any standard, a joyful morning.",
        "He is back where he belongs.",
        "Few on the quay were convinced.",
        "That cannot be right.",
        "For a family with three children, that is a second mortgage by another name.",
    ],
)
def test_still_more_verdicts_in_the_writers_voice(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under electoral law, a snap election could be held no earlier than 8 June.",
        "At least two earlier meteorites were sold abroad before any museum could bid for them.",
    ],
)
def test_what_a_law_allows_and_what_nobody_could_do_in_time_are_no_guess(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_a_cut_by_up_to_a_third_is_a_figure_the_boldest_idea_is_a_verdict() -> None:
    assert "unsourced_figure" in kinds("• Split tickets can cut the price of some journeys by up to a third.")
    text = "A four-day week will not fix that, but it is the boldest idea anyone has put forward in a generation."
    found = kinds(text)
    assert "unsourced_figure" not in found and "opinion_marker" in found, hints(text)


def test_doubt_reported_and_people_who_will_tell_you_keep_their_hints() -> None:
    assert "opinion_marker" not in cue_kinds("Not everyone in the hall was convinced.")
    assert "vague_attribution" in kinds("Some people will tell you that the city centre is dying.")


HOUSING_AND_WHIPS = Registry(
    [
        Person(
            "Sybil Penrose",
            roles=(
                Role("Chief Executive", "Harbridge Homes", "2023-01-09"),
                Role("Director of Property Services", "Harbridge Homes", "2017-04-03", "2023-01-06"),
            ),
        ),
        Person(
            "Jemma Calder-Smythe",
            roles=(
                Role("Minister for Home Affairs", "Republic of Calder", "2025-09-15"),
                Role("Chief Whip", "Republic of Calder", "2022-09-12", "2025-09-12"),
            ),
        ),
    ]
)


def test_the_kind_of_body_before_a_possessive_is_no_field_of_the_post() -> None:
    text = 'The housing association\'s chief executive, Sybil Penrose, said: "Our first thought is for the families."'
    assert name_kinds_in(HOUSING_AND_WHIPS, text) == {"name_verified"}, hints(text)


def test_a_chief_whip_who_has_moved_on_is_a_role_mismatch() -> None:
    text = "Speaking in the Assembly, Jemma Calder-Smythe, the government’s chief whip, blamed a few complex cases."
    assert name_kinds_in(HOUSING_AND_WHIPS, text) == {"role_mismatch"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Ferreira, director of policy at the campaign group Fair Deal Calder, called for call-out fees to be fixed.",
    ],
)
def test_a_demand_after_a_named_organisation_is_attributed(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "More than 9,000 care workers are stuck in a visa backlog that operators say could force homes to close beds.",
        "Contractors round here say they are already booked solid for the autumn.",
        "Subcontractors are owed an estimated £70m, according to trade creditors.",
    ],
)
def test_a_trade_in_a_relative_clause_round_here_or_after_according_to_is_unnamed(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)
    assert "opinion_marker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "• Ward 52 (Railway Layout): 18 of 23 borewells dry",
        "• 1.6m: adults who need help with daily living",
        "It was the firm's third consecutive annual loss.",
    ],
)
def test_a_count_out_of_a_count_a_labelled_million_and_a_third_straight_loss_are_figures(text: str) -> None:
    found = kinds(text)
    assert "unsourced_figure" in found and "opinion_marker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "• Ward 44 (Gandhi Colony): tanker rates up to Rs 2,500 a load",
        "Applicants may not start work until a decision is issued.",
        "All 34 sites were shut on Monday while the administrators worked out which contracts could be saved.",
        "Break the rule and you can lose up to 15 per cent of your stewardship payment for the year.",
    ],
)
def test_a_ward_number_a_rule_an_indirect_question_and_a_warning_of_a_penalty_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unless the showers arrive early, the worst is yet to come.",
        "A red sign is not a strategy.",
        "But anyone who has tried to get a flail down a lane in a wet October will tell you it does not go far.",
        "Even the robots know what's going on 😂",
    ],
)
def test_a_grim_forecast_a_verdict_common_experience_and_mockery_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_officials_of_a_named_body_are_still_unnamed() -> None:
    text = "Officials of the Ravipur Municipal Corporation admitted on Wednesday that supply had been cut."
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Emergency calls across Calder went unanswered for nearly three hours on Tuesday.",
        "It could be months before the inquiry reports.",
        "The plan, announced last Tuesday, will see about 640,000 people called in for fresh assessments.",
        "Cait Marsland writes about disability every Sunday.",
    ],
)
def test_calls_across_a_report_to_come_a_plans_participle_and_a_byline_report_nothing(text: str) -> None:
    found = kinds(text)
    assert "attribution" not in found and "vague_attribution" not in found, hints(text)


def test_a_central_bank_that_signalled_its_course_is_a_source() -> None:
    text = "The Central Bank of Calder, which raised its rate in January, has signalled it is in no hurry to cut."
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Losing it would be a blow the town might never recover from.",
        "The irony is that the street is the reason most visitors stop here at all.",
        "The cause is not hard to find.",
        "That is a big if.",
        "Training is not the problem.",
        "The worry is the launch.",
        "Now, here's what they won't tell you.",
        "Neither side has a convincing answer.",
    ],
)
def test_a_guess_with_never_and_a_columnists_stock_phrases_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mobile signal is unavailable on roughly two thirds of the route.",
        "New trains on 1970s signalling will be slow.",
    ],
)
def test_a_signal_is_a_noun_unless_someone_signalled(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_deal_confirmed_by_someone_named_is_theirs() -> None:
    text = "The deal, confirmed by the club on Tuesday evening, runs until June 2030."
    assert "attribution" in kinds(text), hints(text)


ENVOYS_AND_DEPUTIES = Registry(
    [
        Person(
            "Declan Furlong",
            roles=(
                Role("TD for Kilmoran", "Dáil Éireann", "2020-02-08"),
                Role("Councillor", "Kilmoran County Council", "2011-06-03", "2020-02-07"),
            ),
        ),
        Person(
            "Oksana Verhoeven",
            roles=(
                Role("Foreign Minister", "Republic of Marvia", "2024-03-01"),
                Role("Ambassador to Tessaly", "Republic of Marvia", "2019-05-06", "2024-02-28"),
            ),
        ),
    ]
)


def test_a_td_is_a_member_of_parliament_for_the_seat() -> None:
    text = "Local TD Declan Furlong said the hospital needed another ward before the winter."
    assert name_kinds_in(ENVOYS_AND_DEPUTIES, text) == {"name_verified"}, hints(text)


def test_an_envoys_post_to_a_country_before_a_comma_is_checked() -> None:
    text = "Marvia’s ambassador to Tessaly, Oksana Verhoeven, defended the law on state radio."
    assert name_kinds_in(ENVOYS_AND_DEPUTIES, text) == {"role_mismatch"}, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reality check: No council has ever finished a ring road on budget.",
        "The bottom line: The port deal is not dead, but it is getting dearer by the month.",
        "Between the lines: The real test is next year.",
        "Thought bubble: The mayor needs a win before May.",
        "Nobody who has queued at that counter will be surprised by the new figures.",
        "The new timetable will then be out of date, which would be no bad thing.",
        "There is no shame in asking for help.",
        "Fair play to the caretaker for staying late 👍",
        "• Be wary of any caller who can never meet you in person.",
        "This is also wrong.",
        "Drivers will hope the new timetable brings fewer surprises.",
        "I have some sympathy with the view that roads come first.",
        "I'll believe it when I see it.",
        "I'm not holding my breath.",
        "History is repeating itself.",
        "The plan rarely survives contact with the budget.",
    ],
)
def test_stance_labels_common_experience_and_stock_verdicts_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "A reader, Moira Quayle, wrote to me from Dunbar to say the bus had not come for a week.",
        "• 4,500: nurses expected on the wards by spring",
    ],
)
def test_a_reader_named_in_an_aside_and_a_count_of_people_expected_somewhere_are_not_vague(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)


def test_research_that_has_linked_two_things_is_vague() -> None:
    text = "Research in three countries has linked poor sleep with slower recovery after surgery."
    assert "vague_attribution" in kinds(text), hints(text)


def test_a_columnists_byline_on_a_subject_reports_nothing() -> None:
    text = "Mairead Tolan is a former diplomat and writes on farming every Saturday."
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Little has changed since the last 'worst winter on record' in 2021.",
        "Charities that take money from abroad must register as “bodies acting for a foreign interest” under the law.",
    ],
)
def test_a_phrase_used_as_a_name_or_a_legal_category_is_no_speech(text: str) -> None:
    assert "quote_without_speaker" not in kinds(text), hints(text)


def test_a_count_before_according_to_is_no_source_and_does_not_hide_the_real_one() -> None:
    text = "Two people died, according to the police."
    found = hints(text)
    assert "attribution" in {h.kind for h in found} and implied_label(found, text=text) == "sourced", found


@pytest.mark.parametrize(
    "text",
    [
        "Two people were arrested outside the court, state media reported.",
        "Riot police cleared the square before dawn, according to foreign media.",
    ],
)
def test_unnamed_media_are_vague_and_state_before_media_is_no_verb(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_state_television_is_a_source_and_state_is_no_verb_there() -> None:
    found = [(h.kind, h.cue) for h in hints("Two soldiers were hurt in the blast, state television said.")]
    assert found == [("attribution", "said")], found


@pytest.mark.parametrize(
    "text",
    [
        '"The depot will shut for good in May," says a post that\'s been shared more than 3,000 times.',
        'A post shared on social media claims: "Every ticket you buy is logged against your phone number."',
    ],
)
def test_a_quote_that_a_shared_post_says_has_no_speaker(text: str) -> None:
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)
    if "social media" in text:
        assert "vague_attribution" not in found, hints(text)  # where it was shared is no collective source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("My brother drives for the depot and he says the vans are half empty.", "attribution to he"),
        (
            'But Tamsin Yelland, described in a flyer as a "road safety adviser," claimed the lane was unsafe.',
            None,
        ),
    ],
)
def test_a_pronoun_after_and_and_a_name_after_a_quoted_description_report(text: str, source: str | None) -> None:
    found = [h for h in hints(text) if h.kind == "attribution"]
    assert found and (source is None or found[0].reason == source), hints(text)


def test_what_almost_everyone_agrees_is_the_writers_sweep() -> None:
    text = "Walk-in clinics are one of the few things that almost everyone agrees are working."
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "Commuters cannot wait until 2029.",
        "The blame belongs elsewhere; the shame belongs to the lenders.",
        "So this is about filling a gap in the budget, like they keep telling us.",
        "Every club in the league is skint.",
        "For a club that says it wants young players, it is a strange way of showing it.",
    ],
)
def test_stock_demands_and_jibes_are_opinion(text: str) -> None:
    assert "opinion_marker" in kinds(text), hints(text)


def test_a_field_before_a_chief_is_part_of_the_title_checked() -> None:
    registry = Registry(
        [
            Person(
                "Ingrid Solberg",
                roles=(
                    Role("Director", "Fjordland Accident Board", "2024-09-02"),
                    Role("Head of Tunnel Safety", "Fjordland Roads Agency", "2016-09-05", "2024-08-30"),
                ),
            ),
            Person("Wenna Strachan", roles=(Role("Chief Executive", "Kesterton Homes", "2019-01-07"),)),
        ]
    )
    text = "Tunnel safety chief Ingrid Solberg at the Fjordland Roads Agency said the fans had been tested in May."
    assert name_kinds_in(registry, text) == {"role_mismatch"}, hints(text)
    guard = "Kesterton Homes, whose chief executive Wenna Strachan grew up in the town, is said to be interested."
    assert name_kinds_in(registry, guard) == {"name_verified"}, hints(guard)


@pytest.mark.parametrize(
    "text",
    [
        "My neighbour Jo Reddy says the bins have not been collected for a month.",
        "Our leader Ward Holroyd has said exactly how the buses would be paid for.",
    ],
)
def test_someone_of_the_writers_named_is_a_source(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor declared a state of emergency in three districts on Sunday night.",
        "• 1 a.m.: around half of the 40 wards declared",
        "The Tarnside library, first announced in 2021, was originally due to open this spring.",
    ],
)
def test_a_declared_emergency_a_declared_count_and_a_plan_first_announced_report_nothing(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_declaration_with_that_still_reports() -> None:
    assert "attribution" in kinds("The minister declared that the strike was over.")


def test_a_listing_that_promised_words_gives_them_no_speaker() -> None:
    text = "An advert on one auction site, since taken down, promised: “Original parts, full history, cash only.”"
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_pictures_shown_by_local_television_are_vaguely_sourced() -> None:
    text = "Footage broadcast by local television showed a bus lying on its side in the river."
    assert "vague_attribution" in kinds(text), hints(text)


def test_an_invitation_to_tweak_the_emojis_is_a_generator_leftover() -> None:
    assert "machine_text" in kinds("Feel free to adjust the hashtags to suit your audience!")


@pytest.mark.parametrize(
    "text",
    [
        "Few shoppers will notice a penny on a loaf.",
        "If the count goes badly, nobody at the town hall will be smiling on Friday.",
        "Full stop.",
        "That is welcome, as far as it goes.",
        "A consultation is a start, but it is hardly a plan.",
        "Losing the seat would be a serious blow to the party.",
        "Ten years is long enough.",
        "That is not regulation; it is a shrug.",
    ],
)
def test_guesses_about_what_few_will_notice_and_stock_verdicts_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


def test_nobody_noticing_something_is_a_fact() -> None:
    assert "opinion_marker" not in cue_kinds("Nobody noticed the leak for three days.")


@pytest.mark.parametrize(
    "text",
    [
        "I feel the council got the order of the works back to front.",
        "I find it the most moving room in the museum.",
        "In this note we argue that the money belongs with the buses.",
        "Parents are right to be cross, and I share their frustration.",
        "I'd gently point out that a harbour master is not a planning authority.",
        "I have never seen a queue like it.",
    ],
)
def test_the_writer_holding_a_view_in_the_first_person_is_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    ("text", "label"),
    [("We spoke to him last week.", "unsourced"), ("I hope this helps!", "suspicious")],
)
def test_the_first_person_reporting_or_a_generator_signing_off_is_no_view(text: str, label: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == label, found


@pytest.mark.parametrize(
    "text",
    [
        "Farmers could be forgiven for asking whether the new scheme will pay out at all.",
        "Try telling that to the tenants of Marsh Row.",
        "Those words have been heard in Tarnside before.",
        "It is a rent rise, whatever the landlord calls it.",
        "Ten weeks is a long time, whatever the council says.",
        "I would rather they spent that money on nurses.",
        "I am less sure.",
        "The criticism is fair.",
        "Some of the claims are simply untrue.",
        "A vote for the independents is a wasted vote.",
    ],
)
def test_jibes_doubts_and_dismissals_in_the_writers_voice_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


def test_whatever_the_weather_dismisses_nobody() -> None:
    assert "opinion_marker" not in cue_kinds("Whatever the weather, the fair goes ahead on Saturday.")


def test_a_post_with_two_words_after_of_before_a_name_is_checked() -> None:
    registry = Registry(
        [
            Person(
                "Leonie Brathwaite",
                roles=(
                    Role("Chief Executive", "Calder Glass Works", "2025-03-03"),
                    Role("Director of Regional Growth", "Calder Treasury", "2019-01-07", "2025-02-28"),
                ),
            )
        ]
    )
    text = "Treasury director of regional growth Leonie Brathwaite told a conference in March that the site was ready."
    assert name_kinds_in(registry, text) == {"role_mismatch"}, hints(text)


def test_people_who_were_in_the_room_are_described() -> None:
    text = "Two people who were in the room described it as “tense but polite”."
    assert {"attribution", "vague_attribution"} <= kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Marsh End say they have had no reliable supply since March.",
        "Nurses I still speak to say they are told not to report the shortfall.",
    ],
)
def test_people_of_a_place_and_people_the_writer_speaks_to_are_unnamed(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        'A voice note shared widely on messaging apps told listeners: "Gargle with vinegar and the virus cannot touch you."',
        'A leaked list of options circulated among councillors says: "All libraries should be considered for closure."',
    ],
)
def test_words_a_voice_note_or_a_list_gives_have_no_speaker(text: str) -> None:
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_a_letter_from_someone_named_is_theirs() -> None:
    text = 'A letter from the mayor told residents: "We will fix the roads by May."'
    assert "attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "A rescue deal is the most likely outcome, at least for this year.",
        "Those are sobering numbers for a town that sells itself on its schools.",
        "A signing bonus is a start.",
        "It is a neat answer, and not quite the whole story.",
        "In Tarnside, that counts as optimism.",
        "None of that will change until someone in the department decides it matters.",
        "Nobody can afford a second strike, least of all the drivers.",
        "He will be quietly hoping the talks drag on.",
        "My sense is that she survives until the summer.",
    ],
)
def test_guessed_outcomes_and_more_stock_verdicts_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "Some hamlets could be reached only by boat on Wednesday.",
        "The Liberals are the only party that could give the Greens a majority on their own.",
        "Under the council's standing orders, members must elect a leader within 21 days.",
        "Women over 60 are most likely to be affected.",
    ],
)
def test_what_could_only_be_done_the_only_party_that_could_a_rule_and_a_measure_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The average prison term for the offence fell to 23 days last year.",
        "Waiting times for a first appointment rose to 14 weeks in March.",
    ],
)
def test_a_span_a_measure_changed_to_is_a_figure(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_a_phone_number_is_no_figure() -> None:
    text = "Customers can check their area online or by calling the board's free line, 800-4417."
    assert "unsourced_figure" not in kinds(text), hints(text)


def test_a_name_in_quotes_after_credited_to_is_a_byline_not_speech() -> None:
    text = 'An internal briefing, credited to "Maren Oyelaran, delivery unit", puts the saving at a third.'
    assert "quote_without_speaker" not in kinds(text), hints(text)


def test_activists_a_message_went_round_are_not_who_spoke() -> None:
    text = "A message circulating among party activists on Sunday warned: “Sign this and we lose every seat we hold.”"
    found = kinds(text)
    assert "quote_without_speaker" in found and "vague_attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is widely understood in the trade that the limit is never enforced.",
        "We've also heard that some families have moved their holidays to the mainland.",
    ],
)
def test_what_is_widely_understood_and_what_the_writer_has_heard_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


def test_a_promise_heard_before_is_doubt_not_hearsay() -> None:
    text = "We have heard that promise before."
    found = hints(text)
    assert "vague_attribution" not in {h.kind for h in found} and implied_label(found, text=text) == "opinion", found


ARMY_AND_SCHOOLS = Registry(
    [
        Person(
            "Morwenna Tregarth",
            roles=(
                Role("Chief of the General Staff", "Calder Army", "2024-11-04"),
                Role("Commander Field Army", "Calder Army", "2021-06-07", "2024-11-01"),
            ),
        ),
        Person("Cyprian Penhallow", roles=(Role("Minister for Defence", "Republic of Calder", "2024-06-03"),)),
        Person("Delyth Ormerod", roles=(Role("Minister for Schools", "Republic of Calder", "2025-02-03"),)),
        Person("Lettice Abernethy", roles=(Role("Minister for Children", "Republic of Calder", "2025-02-03"),)),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chief of the General Staff, General Morwenna Tregarth, told the conference the army was short.",
            {"name_verified"},
        ),
        ("Dean Penhallow, 24, who left the Rifles last year, said he had waited months for kit.", {"name_mismatch"}),
        (
            "A ministry press release quoted 'Lettice Ormerod, uniform policy lead', as saying the rules would hold.",
            {"possible_blend"},
        ),
    ],
)
def test_a_military_rank_a_given_name_like_a_rank_and_a_name_in_single_quotes(text: str, expected: set[str]) -> None:
    assert name_kinds_in(ARMY_AND_SCHOOLS, text) == expected, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        '4. SOUNDBITE (English) Ada Penrith, Harbour Road resident: "I heard the cliff go at about three in the morning."',
        "My son, Alfie, texted me from the bus on his first day: 'Mum the trousers are down to my ankles'",
    ],
)
def test_a_shotlist_soundbite_and_someone_of_the_writers_named_in_an_aside_are_speakers(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_a_persons_finding_gives_the_quoted_words_a_speaker() -> None:
    text = (
        "Ines Marlowe, the Auditor General, reached the same view in March, finding that the contract "
        "had “not delivered value for money” in four of its six years."
    )
    assert "quote_without_speaker" not in kinds(text), hints(text)


def test_a_note_written_in_a_careful_hand_is_still_nobodys() -> None:
    text = "A card pinned to the chapel door, written in a careful hand, reads: “Gran was married here and never forgot it.”"
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some growers are said to have stopped selling altogether, citing wet grain.",
        "Nell Ashdown is a mother of three and writes Family Matters every Saturday.",
        "Please come to our drop-in on Saturday and tell us what you think 👋",
    ],
)
def test_a_reason_cited_a_column_written_weekly_and_an_invitation_report_nothing(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "That forecast now looks conservative.",
        "It is a familiar story, and an avoidable one.",
        "Yet money alone will not solve this.",
        "For the people of the bay, that may come too late.",
        "The bigger problem is a system that treats every applicant as a risk.",
        "Those families can't wait for ever.",
    ],
)
def test_a_forecast_judged_a_familiar_story_and_a_warning_it_may_be_too_late_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


def test_general_in_a_post_is_part_of_it_and_texts_in_a_list_are_nouns() -> None:
    registry = Registry([Person("Ines Marlowe", roles=(Role("Auditor General", "Calder Audit Office", "2020-01-06"),))])
    text = "Auditor General Ines Marlowe said in that report that two depots would close."
    assert name_kinds_in(registry, text) == {"name_verified"}, hints(text)
    listed = "• Be wary of calls, texts or emails that claim to come from your bank"
    assert "attribution" not in kinds(listed), hints(listed)


@pytest.mark.parametrize(
    "text",
    [
        "Ines Marlowe also pointed out that schools may not send pupils home for the wrong jumper.",
        "The union's Ada Penrith points to a survey that found most drivers work unpaid overtime.",
    ],
)
def test_pointing_out_and_pointing_to_report(text: str) -> None:
    assert "attribution" in kinds(text), hints(text)


def test_pointing_at_a_roof_reports_nothing() -> None:
    text = "In the square, Ines Marlowe, who runs a grocery by the church, pointed at the scorched roof opposite."
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The county owes suppliers more than Sh240 million in unpaid bills.",
        "The retail price of rice has climbed to P52 a kilo.",
    ],
)
def test_sums_in_currencies_written_with_letters_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


@pytest.mark.parametrize("text", ["He was handed his P45 on Friday.", "Staff wore N95 masks on the ward."])
def test_a_tax_form_and_a_mask_are_no_sums(text: str) -> None:
    assert "unsourced_figure" not in kinds(text), hints(text)


def test_a_group_that_put_up_signs_is_no_source() -> None:
    text = 'Some stations had put up "sold out" signs by mid-afternoon.'
    assert "vague_attribution" not in kinds(text), hints(text)


def test_a_quote_a_posted_message_read_has_no_speaker() -> None:
    text = "“Plan for a flat budget, not a cliff edge,” read one message posted to a lab group chat, before it was deleted."
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_owners_in_two_named_places_are_unnamed() -> None:
    text = "Cafe owners in Sham Wan and Tai Lok say they are already struggling to fill shifts."
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_a_clips_speaker_in_brackets_is_the_quotes_speaker() -> None:
    text = 'CLIP (Ada Penrith, Member for Harbridge North): "My constituents want clean water, not a lecture."'
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


def test_a_market_researcher_named_is_a_firm_and_a_capitalised_expert_noun_is_a_frame() -> None:
    firm = "Shoppers bought 9 per cent fewer eggs in March, according to figures from the market researcher Kestrel Retail."
    assert "authority_frame" not in kinds(firm), hints(firm)
    expert = "Epidemiologist Jo Blaxhall said the risk to the public was low."
    assert {"authority_frame", "unverified_expert"} <= kinds(expert), hints(expert)


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who has driven the ring road at rush hour will have seen a phone glowing in the next lane.",
        "I understand the fear.",
        "The margin will worry ministers.",
        "The harder question is whether fines alone can change the habit.",
        "Without visible enforcement, the law risks becoming one more rule that drivers ignore.",
        "It is hard to disagree.",
        "It is a long shot.",
        "For too long, the railways have been run for the shareholders.",
        "In other words, the regulator has the tools and the minister will not let it use them.",
    ],
)
def test_common_experience_a_view_held_and_more_stock_verdicts_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "All poultry must be kept indoors until the end of April under a national housing order.",
        "Tonight, members debate whether the water companies should be taken back into public ownership.",
    ],
)
def test_a_duty_under_an_order_and_a_question_debated_are_no_advice(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


def test_an_apology_in_a_video_posted_online_is_attributed() -> None:
    text = 'Ravi Dunmore, the bank\'s chief executive, apologised "unreservedly" in a video posted on its website.'
    assert "attribution" in kinds(text), hints(text)


LODHRA_AND_CONVENERS = Registry(
    [
        Person(
            "Nasrin Lodhi",
            roles=(
                Role("Chairperson", "Qalandra Electric Power Regulatory Authority", "2025-04-14"),
                Role("Member (Tariff)", "Qalandra Electric Power Regulatory Authority", "2019-02-04", "2025-04-11"),
            ),
        ),
        Person(
            "Morag Auchinleck",
            roles=(
                Role("Cabinet Secretary for Rural Affairs", "Northmarch Government", "2024-06-03"),
                Role("Convener of the Rural Affairs Committee", "Northmarch Assembly", "2021-05-17", "2024-05-31"),
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qepra Chairperson Nasrin Lodhi, presiding over the hearing, said the rise was unavoidable.",
            {"name_verified"},
        ),
        (
            "Morag Auchinleck, convener of the Assembly’s rural affairs committee, has written to the distillery.",
            {"role_mismatch"},
        ),
    ],
)
def test_an_organisations_initials_and_a_convener_are_read_in_titles(text: str, expected: set[str]) -> None:
    assert name_kinds_in(LODHRA_AND_CONVENERS, text) == expected, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "A survey in 2019 found juvenile trout at only half the sites where they had been recorded.",
        "Some residents reportedly refused to leave, saying they could not abandon their animals.",
        "During the hearing, representatives of the textile industry argued that the tariff was the highest in the region.",
    ],
)
def test_an_unnamed_survey_residents_reportedly_and_an_industrys_representatives_are_vague(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


def test_a_sync_with_a_long_title_names_its_speaker() -> None:
    text = 'SYNC (Detective Chief Inspector Rory Menzies, Harbridge Police): "If the price looks too good to be true, it is."'
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Summer river temperatures have passed 23C, the point at which trout begin to suffer heat stress.",
        "VO: The platform said it had removed the advert within an hour of our enquiry.",
    ],
)
def test_heat_stress_is_a_noun_and_the_newsrooms_enquiry_is_no_view(text: str) -> None:
    found = hints(text)
    assert not [h for h in found if h.cue in ("stress", "our")], found


@pytest.mark.parametrize(
    "text",
    [
        "Caddies will be delivered in May, and you don’t need to do anything to get one.",
        "Today a nurse would need to spend more than half her pay on a flat.",
        "• Black bin (general waste): every three weeks",
    ],
)
def test_no_need_a_hypothetical_need_and_a_labelled_bin_are_no_advice(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Investors have heard that line before.",
        "Whichever way it goes, somebody in the glen is going to be unhappy.",
        "That is the kind of answer that keeps everyone guessing.",
        "Shareholders might ask why the recovery never quite arrives.",
    ],
)
def test_doubt_a_no_win_and_questions_others_might_ask_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "“The river will come back, and we will wait again,” read a handwritten note pinned to the noticeboard.",
        "“No to Runway Two, yes to sleep,” reads a banner strung across the church gate.",
    ],
)
def test_words_on_a_note_or_banner_have_no_speaker_and_that_is_the_one_hint(text: str) -> None:
    found = kinds(text)
    assert "quote_without_speaker" in found and "vague_attribution" not in found, hints(text)


def test_a_field_described_in_a_caption_is_no_wrong_title() -> None:
    registry = Registry(
        [Person("Yusra Okafor", roles=(Role("Professor of Health Economics", "University of Talvik", "2017-09-01"),))]
    )
    text = 'CLIP (Professor Yusra Okafor, health economist, University of Talvik): "Wards run full all year round."'
    assert name_kinds_in(registry, text) == {"name_verified"}, hints(text)
    post = "Yusra Okafor, chief economist at the Calder Bank, said rates would fall."
    assert name_kinds_in(registry, post) == {"role_mismatch"}, hints(post)


@pytest.mark.parametrize(
    "text",
    [
        "It is the first confirmed case of the disease in Calder since 2008.",
        "HEADLINE 1: Patients spend the night on trolleys as Tarnside General declares a critical incident.",
        "So the real cost of your shop is probably higher than they tell you.",
        "Honestly I can't even tell if that one's real any more.",
    ],
)
def test_confirmed_cases_a_declared_incident_a_comparison_and_telling_apart_report_nothing(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_press_office_that_replied_saying_reports() -> None:
    assert "attribution" in kinds("The supermarket's press office has replied saying all pack sizes are displayed.")


def test_a_live_line_with_a_message_that_said_words_gives_them_no_speaker() -> None:
    text = (
        'LIVE: One message shared widely in local groups this morning said: "Don\'t bother with Tarnside, A&E is shut."'
    )
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good.",
        "The coming fortnight will be decisive.",
        "Ministers are betting that this time the passengers will keep coming.",
        "It is pertinent to ask why the ministry stayed silent for so long.",
        "But the scheme as drawn up in the budget is a mess.",
        "The bigger risk is that the project is approved with fanfare and left to drift.",
    ],
)
def test_one_word_verdicts_forecasts_of_a_test_and_the_bigger_risk_are_opinion(text: str) -> None:
    found = hints(text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "Surely a town that found money for a bandstand can find it for a lifeboat?",
        "Would they?",
        "None of this is new.",
        "It is a good line.",
        "The real test will be whether the wards have nurses in them by spring.",
        "That turned out to be optimistic by more than a week.",
        "When the council can afford a second gritter may become clearer in the spring budget.",
    ],
)
def test_jibes_standing_alone_stock_verdicts_and_guesses_are_opinion(text: str) -> None:
    found = hints(text, paragraph=text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "* Ferry broke down two miles off Kerrow Point",
        "• Barge sank in the harbour on Sunday night",
        "By noon the river was rising faster than the pumps could clear it.",
    ],
)
def test_a_noun_before_a_past_verb_and_a_race_lost_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour master Ines Calloway last night branded the closure “a betrayal” and demanded a meeting.",
        "[00:03:12] Nia Pembrey is visiting the depot on Monday, and she's promised me an answer by Friday.",
        'The agency\'s director, Odile Farrant, has welcomed the report, saying crews "did everything asked of them".',
    ],
)
def test_a_brand_given_a_promise_with_a_contraction_and_a_participle_after_an_apposition_attribute(
    text: str,
) -> None:
    found = kinds(text)
    assert "attribution" in found and "quote_without_speaker" not in found and "vague_attribution" not in found, hints(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sources at Ferrybridge Town Hall claim the contract was never put out to tender.",
        "Other headteachers in the county say they too have cut music lessons.",
        "[00:05:40] Loads of you are saying your street lights have been out all week.",
        "Lots of you have told me the buses are late.",
    ],
)
def test_sources_placed_at_a_named_hall_other_colleagues_and_many_of_you_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pumps were switched on at 5 a.m., two people present said.",
        "Crews began closing the floodgates, according to three people who were on shift.",
    ],
)
def test_people_present_and_people_on_shift_are_described_sources(text: str) -> None:
    found = kinds(text)
    assert {"attribution", "vague_attribution"} <= found, hints(text)


def test_an_anonymous_writer_after_a_recording_time_gives_the_quote_no_speaker() -> None:
    text = "[00:07:02] Someone's just written, and it isn't signed: \"You never grit our hill.\""
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_a_poster_that_says_it_all_has_no_speaker_and_is_the_writers_verdict() -> None:
    text = 'A poster in the bakery window says it all: "Closed Mondays, because even bakers need a lie-in."'
    found = kinds(text)
    assert {"quote_without_speaker", "opinion_marker"} <= found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sandra, I hear you, and I will chase it tomorrow.",
        "In my view, that is what ministers say when the money has already gone.",
    ],
)
def test_sympathy_and_a_gloss_on_what_a_kind_of_people_say_are_no_vague_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "- four in physics",
        "• one each in French and in music",
        "Chapel membership in the valley has fallen by almost half since 1990.",
        "Nationally, cycling deaths rose last year for the third year in a row.",
    ],
)
def test_a_breakdowns_counts_a_fall_by_half_and_a_streak_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at 7:40 a.m. local time (0740 GMT) in thick fog.",
        "Year 9 and 10 science lessons have moved to the library.",
        "They should have been out of sight by half-time.",
    ],
)
def test_a_time_in_gmt_school_years_and_half_time_are_no_figures(text: str) -> None:
    assert "unsourced_figure" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Few in Kerrow will be surprised.",
        "Anyone who has queued at that counter will understand why.",
        "The short version: two pledges kept, one abandoned.",
        "Almost none of it stands up.",
        "Fair’s fair: he took the question well.",
        "On the evidence of Ostley, they won't.",
        "It is a sad sign of the times when a library needs a security guard.",
        "For the tenants, the more pressing question is when the heating comes back.",
    ],
)
def test_stock_appeals_labels_and_verdicts_of_this_round_are_opinion(text: str) -> None:
    found = hints(text, paragraph=text)
    assert implied_label(found, text=text) == "opinion", found


def test_a_presenters_tag_question_after_the_speakers_line_is_the_presenters_opinion() -> None:
    paragraph = "DUNMORE: Bus fares have doubled since March. That's a failure of the council, isn't it?"
    text = "That's a failure of the council, isn't it?"
    assert "opinion_marker" in kinds(text, paragraph), hints(text, paragraph)
    alone = "Hard to disagree with, isn't it?"
    assert "opinion_marker" in kinds(alone, alone), hints(alone, alone)


def test_the_line_opened_by_a_speakers_tag_is_still_theirs_not_the_writers() -> None:
    text = "DUNMORE: Frankly, the fares are a disgrace."
    found = kinds(text, text)
    assert "attribution" in found and "opinion_marker" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The chief constable, Ada Voss, has been absolutely clear that no officer will be disciplined.",
        "The Treasury has made it clear that no more money is coming.",
        "One listener, Marjorie Tallis from Ostley, wrote to tell us the bus never came.",
    ],
)
def test_making_something_clear_and_a_named_one_of_many_attribute(text: str) -> None:
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


def test_it_being_clear_is_nobodys_statement() -> None:
    assert "attribution" not in kinds("By noon it was clear that nobody was coming.")


@pytest.mark.parametrize(
    "text",
    [
        "Colleagues now tell me the vote will be on Thursday.",
        "Ministers have been clear that the deal is off.",
    ],
)
def test_colleagues_now_and_ministers_being_clear_are_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed by 12 votes, a wider margin than the whips had privately predicted.",
        "I found the same photograph in a post from that year, with the old shop sign clearly visible.",
    ],
)
def test_a_comparison_with_a_prediction_and_a_post_of_a_year_are_no_attribution(text: str) -> None:
    assert "attribution" not in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Only 31 per cent of tenants think the repairs service has improved.",
        "The minister said there were 900 more nurses in post than a year ago.",
    ],
)
def test_a_polls_share_and_staff_in_post_are_no_vague_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text), hints(text)


def test_a_placards_words_in_a_presenters_line_have_no_speaker() -> None:
    text = 'OKAFOR: One of the placards outside the depot this morning says: "We kept the buses running, now pay us."'
    found = kinds(text, text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text, text)


def test_an_interviewee_happy_to_meet_is_no_chatbot_leftover() -> None:
    text = "VOSS: That's simply wrong, and I'd be happy to sit down with the union tomorrow."
    assert "machine_text" not in kinds(text, text), hints(text, text)
    assert "machine_text" in kinds("I'd be happy to expand on any section of this article.")


def test_who_chairs_a_committee_of_the_association_is_read_as_a_title() -> None:
    registry = Registry(
        [
            Person(
                "Tobias Wren",
                roles=(
                    Role("Chair of Council", "Ostley Medical Association", "2024-07-01"),
                    Role(
                        "Chair of the Junior Doctors Committee",
                        "Ostley Medical Association",
                        "2019-09-02",
                        "2024-06-28",
                    ),
                ),
            )
        ]
    )
    text = "Tobias Wren, who chairs the association's junior doctors committee, said the offer was an insult."
    assert name_kinds_in(registry, text) == {"role_mismatch"}


@pytest.mark.parametrize("text", ["Thirty-one households were evacuated.", "Forty-two homes were flooded overnight."])
def test_hyphenated_number_words_are_counts(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_among_the_first_is_no_record() -> None:
    assert "unsourced_figure" not in kinds("The mayor was among the first to sign it.")


@pytest.mark.parametrize(
    "text",
    [
        "Translation: don't expect it before Christmas.",
        "What, exactly, does the board think members are paying for?",
        "In short, not soon.",
        "This row is far from over.",
        "It's been a miserable month at the club.",
        "Its success will depend largely on whether the buses actually run.",
        "Temporary sandbags are a poor substitute for a proper wall.",
        "The town's problems were years in the making.",
        "It is a line that plays well in the chamber, but it sits awkwardly with the facts.",
        "That's not a typo.",
    ],
)
def test_summaries_translations_and_verdicts_of_this_round_are_opinion(text: str) -> None:
    found = hints(text, paragraph=text)
    assert implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "Brokers say demand has soared because spare parts are in short supply.",
        "The drought in the second half of 2024 delayed planting.",
        "A similar breach cost the club its place in the league two seasons ago.",
    ],
)
def test_short_supply_a_years_second_half_and_seasons_ago_are_no_opinion_or_figure(text: str) -> None:
    found = kinds(text)
    assert "opinion_marker" not in found and "unsourced_figure" not in found, hints(text)


def test_a_council_member_who_is_now_mayor_is_a_role_mismatch() -> None:
    registry = Registry(
        [
            Person(
                "Ottilie Brandt",
                roles=(
                    Role("Mayor", "Port Ness", "2024-12-03"),
                    Role("Council Member for District 4", "Port Ness City Council", "2016-12-06", "2024-11-26"),
                ),
            )
        ]
    )
    text = "Ottilie Brandt, the District 4 council member, defended the budget at a hearing last week."
    assert name_kinds_in(registry, text) == {"role_mismatch"}
    assert name_kinds_in(registry, "Mayor Ottilie Brandt defended the budget.") == {"name_verified"}


def test_records_obtained_which_show_a_finding_attribute_it() -> None:
    text = (
        "The figure comes from inspection records the Gazette obtained under freedom of information laws, "
        "which show the council issued 12 fines last year."
    )
    assert "attribution" in kinds(text), hints(text)


def test_a_named_person_putting_it_bluntly_before_a_colon_attributes_but_the_writer_does_not() -> None:
    text = "Ada Voss, the library's archivist, put it more bluntly when we spoke: the old papers are the only record."
    assert "attribution" in kinds(text), hints(text)
    assert "attribution" not in kinds("Let me put it this way: the bus is late.")


@pytest.mark.parametrize(
    "text",
    [
        "Its harvest, which begins in June, will be the first real test.",
        "Any new dam, though, will come too late to help this summer.",
        "The lottery system looks increasingly hard to defend when beds are this scarce.",
        "The question they are asking is a fair one: why does it take a death?",
        "Tighter rules will mean little without the staff to enforce them.",
        "Each delay has been explained away as teething trouble.",
        "In Ostley, the soup kitchen has become part of the furniture.",
        "For a pensioner on a fixed income, that is no small sum.",
        "First, look up your postcode on the council's website.",
    ],
)
def test_tests_to_come_verdicts_and_a_first_step_of_this_round_are_opinion(text: str) -> None:
    found = hints(text, paragraph=text)
    assert implied_label(found, text=text) == "opinion", found


def test_a_step_before_a_phrase_of_time_is_no_order() -> None:
    assert "opinion_marker" not in cue_kinds("Then, after a long pause, the chair spoke again.")


@pytest.mark.parametrize(
    "text",
    [
        "The third map is not really about rain at all, but about what it could mean for mortgages.",
        "Tenants deserve better than another promise.",
        "Investors have quietly written down their stakes in the firm.",
        "Around 2.1 million homes are now shown at risk of flooding.",
        "Taken together, the figures tell a different story.",
    ],
)
def test_what_it_could_mean_another_promise_a_write_down_and_a_map_showing_report_nothing(text: str) -> None:
    found = cue_kinds(text)
    assert "attribution" not in found and "vague_attribution" not in found, hints(text)
    assert not [h for h in hints(text) if h.cue == "could"], hints(text)


def test_words_left_on_a_note_in_felt_pen_have_no_speaker() -> None:
    text = "A note left in the collection box at the library, written in felt pen, said: “Sorry it’s only tins.”"
    found = kinds(text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text)


def test_a_comment_that_reads_gives_its_words_no_speaker() -> None:
    paragraph = "“It cured me,” wrote one viewer. “They don’t want you to know this,” reads another comment."
    text = "“They don’t want you to know this,” reads another comment."
    assert "quote_without_speaker" in kinds(text, paragraph), hints(text, paragraph)


def test_growers_of_a_place_in_capitals_are_vague() -> None:
    text = "COFFEE growers in the hills of Vanua Lele say they stand to lose their crops."
    assert "vague_attribution" in kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "* Maximum draft in the new locks cut to 43 feet from May 11",
        "The average wait for a driving test in Ostley is now 22 weeks.",
        "Instructors say the backlog is the worst they have ever seen.",
    ],
)
def test_feet_an_averages_span_and_the_worst_ever_seen_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text), hints(text)


def test_a_deputy_administrator_who_is_now_a_minister_is_a_role_mismatch() -> None:
    registry = Registry(
        [
            Person(
                "Ines Calloway",
                roles=(
                    Role("Minister of Water", "Republic of Ostland", "2024-05-08"),
                    Role(
                        "Deputy Administrator for Water Resources",
                        "Ostland Canal Authority",
                        "2016-02-01",
                        "2024-05-03",
                    ),
                ),
            )
        ]
    )
    text = "Ines Calloway, the canal authority's deputy administrator for water resources, said the dam was approved."
    assert name_kinds_in(registry, text) == {"role_mismatch"}


@pytest.mark.parametrize(
    "text",
    [
        "A survey found that 40 per cent of tenants had damp.",
        "Damp is common in the estate, a survey found last winter.",
    ],
)
def test_an_unnamed_survey_is_vague(text: str) -> None:
    found = kinds(text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents say the grant of 5,000 crowns per household announced so far would not cover the rent.",
        "The coming weeks will show whether the lessons were learnt.",
        "Time will tell whether the scheme works.",
        "I hope she asks how the profits rose while the complaints piled up.",
        "Not one of the six new schools it promised has been built.",
        "- Route: Ostley to New York (Newark)",
    ],
)
def test_participles_so_far_time_telling_a_wish_a_promise_described_and_a_glossed_place_report_nothing(
    text: str,
) -> None:
    assert "attribution" not in kinds(text), hints(text)


def test_a_bracketed_source_after_a_figure_still_attributes() -> None:
    assert "attribution" in kinds("• 612mm: autumn rainfall (Met Service)")


def test_running_a_business_is_no_authority_but_running_an_institute_is() -> None:
    assert "authority_frame" not in kinds("Sian Hale, who runs a travel agency in Ostley, said bookings had doubled.")
    assert "authority_frame" in kinds(
        "Ada Voss, who runs the Ostley Institute of Virology, said the virus was spreading."
    )


@pytest.mark.parametrize(
    "text",
    [
        "It has become a ritual of Ostley summers: a hosepipe ban and a fresh promise.",
        "Counting bats may sound like a gentle hobby.",
        "This year's count matters more than most.",
    ],
)
def test_rituals_gentle_hobbies_and_counts_that_matter_are_opinion(text: str) -> None:
    found = hints(text, paragraph=text)
    assert implied_label(found, text=text) == "opinion", found


def test_a_senior_engineer_who_is_now_chief_engineer_elsewhere_is_a_role_mismatch() -> None:
    registry = Registry(
        [
            Person(
                "Tobias Wren",
                roles=(
                    Role("Chief Engineer", "Ostley Dam Safety Authority", "2025-04-07"),
                    Role("Senior Reservoir Engineer", "Kerrow River Authority", "2014-01-06", "2025-04-04"),
                ),
            )
        ]
    )
    text = "Tobias Wren, the Kerrow River Authority's senior reservoir engineer, said the dam was safe."
    assert name_kinds_in(registry, text) == {"role_mismatch"}


def test_vietnamese_names_are_found_and_checked() -> None:
    registry = Registry(
        [
            Person(
                "Quách Minh Tường",
                roles=(
                    Role("Chairman of the Provincial People's Committee", "Kiên Thủy Province", "2025-10-15"),
                    Role("Director of the Department of Agriculture", "Kiên Thủy Province", "2020-03-02", "2025-10-10"),
                ),
            )
        ]
    )
    assert name_kinds_in(registry, "Quách Minh Tường inspected the bank on Tuesday.") == {"name_verified"}
    assert name_kinds_in(registry, "Quách Minh Trường told a meeting that officials would be disciplined.") == {
        "possible_misspelling"
    }
    assert name_kinds_in(
        registry, "Quách Minh Tường, director of the provincial Department of Agriculture, said licences were revoked."
    ) == {"role_mismatch"}


def test_a_name_before_a_place_word_is_a_place() -> None:
    registry = Registry([Person("Horace Lam", roles=(Role("Secretary for Labour", "Hoi Wan", "2022-07-01"),))])
    assert name_kinds_in(registry, "A barge owner in neighbouring Bình Lâm Province was jailed.") == set()


def test_labor_and_labour_are_one_title() -> None:
    registry = Registry([Person("Eusebio Carvajal", roles=(Role("Minister of Labour", "Corvera", "2025-08-11"),))])
    assert name_kinds_in(registry, "Labor Minister Eusebio Carvajal said mediation would start.") == {"name_verified"}


def test_the_post_held_now_after_a_former_one_is_the_title_checked() -> None:
    registry = Registry(
        [
            Person(
                "Halina Brzek",
                roles=(
                    Role("Leader", "Civic Renewal Party", "2022-03-01"),
                    Role("Mayor", "Korvin", "2014-11-01", "2022-02-28"),
                ),
            )
        ]
    )
    text = "Halina Brzek, his predecessor as mayor and now leader of the Civic Renewal Party, said the tax would hurt."
    assert name_kinds_in(registry, text) == {"name_verified"}


@pytest.mark.parametrize(
    "text",
    [
        "The council should have warned them years ago.",
        "That is not what he said.",
        "It is hard to read the label as anything other than a polite way of saying “you are on your own”.",
    ],
)
def test_what_should_have_been_done_a_rebuttal_and_a_gloss_report_nothing(text: str) -> None:
    found = kinds(text)
    assert "attribution" not in found and "quote_without_speaker" not in found, hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ferries that leave the harbour late have about an hour before they must be at the dock.",
        "More than 40 patients were sent to other towns because no bed could be found.",
        "None of that money has been spent yet.",
    ],
)
def test_a_deadline_a_bed_not_found_and_none_of_that_money_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "So far, so good.",
        "What is clear is that the easy work has been done.",
        "Ms Hale is not a woman given to overstatement.",
        "• Publish the waiting times for every clinic, every month, so that parents can see where the failures are.",
    ],
)
def test_so_far_so_good_what_is_clear_and_a_demand_with_its_purpose_are_opinion(text: str) -> None:
    found = hints(text, paragraph=text)
    assert implied_label(found, text=text) == "opinion", found


def test_a_list_items_order_with_its_purpose_after_a_comma_is_advice() -> None:
    text = "• Publish waiting times for every clinic, every month, so that parents can see where the failures are."
    assert "opinion_marker" in cue_kinds(text, text), hints(text, text)


def test_the_head_of_a_named_agency_and_a_police_chief_are_their_registry_posts() -> None:
    registry = Registry(
        [
            Person(
                "Ganzorig Bold",
                roles=(
                    Role("Head", "National Emergency Management Agency of Altansar", "2024-09-02"),
                    Role("Deputy Head", "National Emergency Management Agency of Altansar", "2019-04-01", "2024-08-30"),
                ),
            ),
            Person(
                "Marisela Quinta",
                roles=(
                    Role("Chief of Police", "Port Ness Police Department", "2025-03-03"),
                    Role("Deputy Chief of Police", "Port Ness Police Department", "2018-06-04", "2025-02-28"),
                ),
            ),
        ]
    )
    text = "Ganzorig Bold, head of the National Emergency Management Agency, said teams had been sent."
    assert name_kinds_in(registry, text) == {"name_verified"}
    assert name_kinds_in(registry, "Police Chief Marisela Quinta told councillors the calls had doubled.") == {
        "name_verified"
    }
    assert name_kinds_in(registry, "Marisela Quinta, the deputy police chief, said so.") == {"role_mismatch"}


def test_a_chief_actuary_who_is_now_a_minister_is_a_role_mismatch() -> None:
    registry = Registry(
        [
            Person(
                "Osric Thwaite",
                roles=(
                    Role("Minister for Pensions", "Republic of Calder", "2025-02-03"),
                    Role("Chief Actuary", "Government Actuary's Department", "2017-01-09", "2025-01-31"),
                ),
            )
        ]
    )
    text = "Osric Thwaite, the government's chief actuary, has said the triple lock will be kept."
    assert name_kinds_in(registry, text) == {"role_mismatch"}


@pytest.mark.parametrize(
    "text",
    [
        "“The council can take money straight out of your account,” claims a post shared thousands of times.",
        '"The zone is a cash grab," says a leaflet pushed through doors that does not say who paid for it.',
    ],
)
def test_words_a_post_claims_or_a_leaflet_says_have_no_speaker(text: str) -> None:
    found = kinds(text, text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "- Historic vehicles registered before 1986.",
        "✅ Fact: By law, every penny raised must be spent on transport.",
        "It means each household's bin will have to hold a whole month of rubbish.",
    ],
)
def test_a_vehicle_class_a_legal_duty_and_what_a_decision_means_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text), hints(text)


@pytest.mark.parametrize(
    "text",
    [
        "The vote is a clear win for the mayor.",
        "It sounded ambitious but achievable.",
        "Demolition is never the bargain it pretends to be.",
    ],
)
def test_clear_wins_ambition_and_pretence_are_opinion(text: str) -> None:
    found = hints(text, paragraph=text)
    assert implied_label(found, text=text) == "opinion", found


def test_a_speaker_after_an_opening_participle_is_named_and_the_reporters_are_an_audience() -> None:
    text = (
        "Speaking to reporters in Ulaan on Monday, Ganzorig Bold, head of the relief agency, said teams had been sent."
    )
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text)


def test_a_participle_after_a_named_subject_and_last_night_shares_the_subject() -> None:
    text = "Ostley council leader Florentin Quarm last night defended the plan, insisting residents would “soon get used to it”."
    found = kinds(text)
    assert "attribution" in found and "vague_attribution" not in found and "quote_without_speaker" not in found, hints(
        text
    )


def test_a_tabloid_blast_attributes_but_blasting_rock_does_not() -> None:
    assert "attribution" in kinds("Sharon Quill, 47, a mum of three, blasted: “By week three the bin’s full.”")
    assert "attribution" not in kinds("Engineers blasted the rock face.")


def test_a_signature_in_quotes_is_no_speech() -> None:
    text = 'A flyer taped to bar windows, signed "Yesenia Quint, Port Ness Police," warned customers to bring ID.'
    assert "quote_without_speaker" not in kinds(text), hints(text)


def test_lets_just_say_reports_nothing() -> None:
    assert "attribution" not in kinds("Lots of you have been in touch, and let's just say you're not keen.")


@pytest.mark.parametrize(
    "text",
    [
        "WOMAN IN AUDIENCE: My son has waited eleven months for a hip operation.",
        "CALLER 3: I think the council has completely lost the plot.",
        "Audience member: We were promised a new surgery in 2022 and we are still waiting.",
    ],
)
def test_a_speaker_the_script_does_not_name_is_vague_and_speaks_for_themselves(text: str) -> None:
    assert "vague_attribution" in kinds(text, text), hints(text, text)
    assert "opinion_marker" not in cue_kinds(text, text), hints(text, text)


def test_a_speaker_tag_with_a_post_and_town_in_brackets_is_the_speakers() -> None:
    text = (
        "DORIS PENHALE (dinner lady, Wenlow Primary): We never get asked about any of this, and our hours keep going."
    )
    found = kinds(text, text)
    assert "attribution" in found and "opinion_marker" not in cue_kinds(text, text), hints(text, text)


def test_a_speaker_tag_in_capitals_is_name_checked() -> None:
    registry = Registry(
        [Person("Oswin Threlfall", roles=(Role("Minister for Housing", "Republic of Calder", "2024-07-08"),))]
    )
    assert name_kinds_in(registry, "OSWIN THRELFALL: No, I do not accept that figure.") == {"name_verified"}
    assert name_kinds_in(registry, "HESTER THRELFALL (care worker, Ulverby): Nobody asks us.") == {"name_mismatch"}
    assert name_kinds_in(registry, "DR. PERPETUA QUILLAN: The evidence on this is very clear.") == {"unverified_expert"}
    assert name_kinds_in(registry, "WOMAN IN AUDIENCE: My rent went up again.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Verdict: The backlog has fallen in four of the last five months, not five; it rose in March.",
        "The trust must publish its response to the inspectors by Oct. 14.",
        "Plastic films are hard to recycle, because they must keep out oxygen for months.",
        "Under the draft bill, any town could charge between £1 and £2 per visitor per night.",
        "- Zero emissions from the depot's buses since January 2025",
    ],
)
def test_a_finding_after_a_verdict_label_a_deadline_a_need_and_what_a_bill_allows_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text, text), hints(text, text)


@pytest.mark.parametrize("text", ["Verdict: Mostly false", "Rating: three stars out of five ⭐⭐⭐"])
def test_a_short_verdict_after_its_label_is_opinion(text: str) -> None:
    assert "opinion_marker" in cue_kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Small changes, made in every kitchen, add up.",
        "According to the Ulverby Statistics Office, 64 per cent of care workers in the town last year held foreign passports.",
    ],
)
def test_a_sum_that_adds_up_and_workers_who_hold_passports_report_nothing(text: str) -> None:
    found = kinds(text, text)
    # Only the named office attributes; neither the sum nor the workers are anyone's report.
    assert "vague_attribution" not in found and ("attribution" in found) == text.startswith("According"), hints(
        text, text
    )


def test_an_agencys_initials_a_described_body_and_a_parliamentary_deputy_are_read_as_posts() -> None:
    registry = Registry(
        [
            Person(
                "Tran Minh Khoa", roles=(Role("Director-General", "Port Waters Authority of Halong Bay", "2024-01-02"),)
            ),
            Person("Isolde Varnham", roles=(Role("Director", "Save Wenlow Pier", "2022-05-01"),)),
            Person(
                "Kerem Aydınlı",
                roles=(
                    Role("Mayor", "Ilgaz Metropolitan Municipality", "2024-04-08"),
                    Role("Member of Parliament for Ilgaz", "Grand National Assembly", "2018-07-07", "2024-03-29"),
                ),
            ),
            Person("Kofi Lindqvist", roles=(Role("Deputy Transport Minister", "Republic of Calder", "2023-01-09"),)),
        ]
    )
    text = "The order, announced by PWA Director-General Tran Minh Khoa at a briefing, cuts pressure at night."
    assert name_kinds_in(registry, text) == {"name_verified"}
    text = "Isolde Varnham, director of the heritage body Save Wenlow Pier, told us the repairs would start in May."
    assert name_kinds_in(registry, text) == {"name_verified"}
    text = "Ilgaz deputy Kerem Aydınlı called for a cut in the tax on flour."
    assert name_kinds_in(registry, text) == {"role_mismatch"}
    assert name_kinds_in(registry, "His deputy, Kofi Lindqvist, said the state would not step in.") == {"name_verified"}


@pytest.mark.parametrize(
    "text", ["I do not believe the new rota will last the winter.", "We don’t think the council has the money."]
)
def test_a_denied_belief_is_opinion(text: str) -> None:
    assert implied_label(hints(text, text), (), text) == "opinion", hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "- A new boiler house for the east wing, estimated at $4.2 million",
        "Nearly one in four sandwiches made in the city is thrown away, according to estimates.",
        "The repairs cost £3m last year, according to official figures.",
    ],
)
def test_an_estimate_or_figures_nobody_owns_are_no_attribution(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


def test_easier_said_than_done_is_a_verdict_not_a_report() -> None:
    text = "PRESENTER: Which sounds a lot easier said than done."
    found = kinds(text, text)
    assert "opinion_marker" in found and "attribution" not in found, hints(text, text)


def test_a_family_name_written_first_is_the_surname_compared() -> None:
    registry = Registry(
        [
            Person("Chen Mei-ling", roles=(Role("Minister of Labour", "Government of Penghai", "2024-05-20"),)),
            Person("Wu Tsung-han", roles=(Role("Director-General", "Penghai Weather Bureau", "2023-02-01"),)),
        ]
    )

    def name_hints(text: str) -> list[tuple[str, str, str]]:
        found = sentence_hints(text, registry=registry, published=DAY)
        return [(h.kind, h.cue, h.reason) for h in found if h.kind in NAME_KINDS]

    text = "Chen Shu-hua, a tea grower in Lugang, said she had been paid only half of what was promised."
    assert [hint[:2] for hint in name_hints(text)] == [("name_mismatch", "Chen Shu-hua")]
    (blend,) = name_hints("A notice signed by Wu Mei-ling was posted on the gate.")
    assert blend[:2] == ("possible_blend", "Wu Mei-ling")
    assert "given name of Chen Mei-ling, surname of Wu Tsung-han" in blend[2]
    # A double-barrelled Western surname is still the last word.
    assert name_hints("Anna Smith-Jones, a nurse at the clinic, said so.") == []


@pytest.mark.parametrize(
    "text",
    [
        'Claim: "Waiting times have fallen for five months running." (Saoirse Kellaway)',
        "Claim: “Our offer is the biggest in the public sector.” (Saoirse Kellaway, Minister for Health)",
    ],
)
def test_a_claims_speaker_in_brackets_after_the_quote_is_its_speaker(text: str) -> None:
    found = kinds(text, text)
    assert "quote_without_speaker" not in found and "attribution" in found, hints(text, text)


@pytest.mark.parametrize(
    "text", ["Wenlow Post said the text message was a hoax.", "Ostley Post said deliveries would run as normal."]
)
def test_a_body_named_in_capitals_after_a_common_noun_is_named(text: str) -> None:
    found = kinds(text, text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "- Industry says new orders will go abroad",
        "The banks say overdrafts cost more to run than they earn.",
        "The broadcasting unions say another 40 jobs are now at risk.",
    ],
)
def test_a_whole_trade_as_the_subject_is_vague(text: str) -> None:
    found = kinds(text, text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text, text)


def test_a_named_speaker_before_a_colon_after_a_presenters_tag_speaks_the_quote() -> None:
    text = 'PRESENTER: Enid Carew, a retired midwife from Ostley, put it like this: "You need someone who knows the patch."'
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "- Check whether your insurer has written to you: the letter is easy to miss.",
        "- If you pay a fee every month, ask about a cheaper plan instead.",
    ],
)
def test_what_to_check_and_what_to_ask_are_no_report(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


def test_what_the_reader_thinks_should_have_happened_is_no_advice() -> None:
    text = "If you think you should have been refunded, write to the operator within 14 days."
    assert not [h for h in hints(text, text) if h.kind == "opinion_marker" and h.cue.casefold() == "should"]


def test_a_scripts_own_voices_are_found_where_it_introduces_them() -> None:
    texts = [
        "PRESENTER: Our arts correspondent, Nell Quarrie, has been to the Lyceum.",
        "My colleague Idris Penhallow has been out to the sites this week.",
        "OSWALD TREMAYNE: Hello, I'm Oswald Tremayne, and this is The Week.",
        "Good morning, and welcome to Farming Today with me, Wenna Carlyon.",
        "With presenter Jory Vosper and guests Demelza Hosking, business editor of the Wenlow Echo, and others.",
        "Minister Kerenza Pascoe said the grant would be cut.",
    ]
    voices = programme_voices(texts)
    for name in ("nell quarrie", "quarrie", "idris penhallow", "oswald tremayne", "wenna carlyon", "jory vosper"):
        assert name in voices
    assert "demelza hosking" in voices and "pascoe" not in voices


def test_a_reporters_tagged_line_needs_its_own_sources() -> None:
    voices = programme_voices(["PRESENTER: Our arts correspondent, Nell Quarrie, has been to the Lyceum."])
    line = "QUARRIE: Ticket sales were up 12 per cent on the year before."
    assert "attribution" in kinds(line, line)  # a tag alone reads as the speaker's
    found = {h.kind for h in sentence_hints(line, line, voices=voices)}
    assert "attribution" not in found and "unsourced_figure" in found
    hearsay = "QUARRIE: Musicians here say morale has never been lower."
    assert "vague_attribution" in {h.kind for h in sentence_hints(hearsay, hearsay, voices=voices)}
    guest = "DARIUS HOLT: We will have to close the studio space."
    assert "attribution" in {h.kind for h in sentence_hints(guest, guest, voices=voices)}


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "A voice note going round on Telegram, in which a man calls himself “Piran Treloar from the Council”, "
            "told listeners the bridge would shut.",
            "Piran Treloar",
        ),
        (
            'A post shared in village groups, supposedly from "Tamsin Rowe, Wenlow Water", claims the taps will be off.',
            "Tamsin Rowe",
        ),
    ],
)
def test_a_message_is_attributed_to_the_name_it_is_signed_with(text: str, who: str) -> None:
    found = hints(text, text)
    assert [h.reason for h in found if h.kind == "attribution"] and all(
        who in h.reason for h in found if h.kind == "attribution"
    ), found
    assert "vague_attribution" not in {h.kind for h in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "Not bad for a side that supposedly cannot pay its players.",
        "It is also what every housing minister says just before a reshuffle.",
        "Ostley recorded 29 burglaries last year, down from 44.",
        "- Split the grant according to how many pupils each school teaches.",
        "There is more than enough blame to go round.",
        "The Society's annual survey of 1,800 consultants and junior doctors found that 64 per cent planned to leave.",
    ],
)
def test_a_jibe_a_gloss_a_count_kept_a_rule_a_noun_and_a_named_surveys_sample_are_no_vague_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text, text), hints(text, text)
    if not text.startswith("The Society"):
        assert "attribution" not in kinds(text, text), hints(text, text)


def test_a_measuring_body_that_recorded_a_figure_is_its_source() -> None:
    text = "The Calder Weather Service recorded 87mm of rain at Ostley on Tuesday."
    assert "attribution" in kinds(text, text) and "unsourced_figure" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three of the five counties on the list are in the west.",
        "Ticket sales have fallen in four of the last six years.",
    ],
)
def test_a_part_of_a_counted_whole_is_a_figure(text: str) -> None:
    assert "unsourced_figure" in kinds(text, text), hints(text, text)


def test_a_signed_message_doing_the_rounds_is_attributed_to_its_signature() -> None:
    text = (
        "A message doing the rounds on Telegram, signed “Morwenna Tallack, Harbour Board”, claims the quay will shut."
    )
    found = hints(text, text)
    assert "vague_attribution" not in {h.kind for h in found}, found
    assert [h.reason for h in found if h.kind == "attribution"] == [
        "attribution to Morwenna Tallack (loaded verb: still sourced)"
    ], found


def test_words_from_someone_who_left_no_name_have_no_speaker() -> None:
    text = "PRESENTER: One caller, who didn’t leave a name, texted: “Close the library and you close the town.”"
    found = kinds(text, text)
    assert "quote_without_speaker" in found and not found & {"vague_attribution", "attribution"}, hints(text, text)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Plaid y Glannau's housing spokeswoman, Carys Menna MS, said ministers had ignored the warnings.",
            "Carys Menna MS",
        ),
        (
            "Harrowgate Bank chief executive Piers Vantongeren struck a gloomier note, telling analysts the rules were unfair.",
            "Harrowgate Bank chief executive Piers Vantongeren",
        ),
    ],
)
def test_a_named_speaker_before_a_comma_or_a_participle_is_the_source(text: str, source: str) -> None:
    found = hints(text, text)
    assert "vague_attribution" not in {h.kind for h in found}, found
    assert f"attribution to {source}" in [h.reason for h in found if h.kind == "attribution"], found


@pytest.mark.parametrize(
    "text", ["Ostley, the nearest abbey that charges, asks £8.", "Commuters will rightly ask why it took so long."]
)
def test_a_price_asked_and_a_question_still_to_come_report_nothing(text: str) -> None:
    assert not kinds(text, text) & {"attribution", "vague_attribution"}, hints(text, text)


def test_local_gps_are_an_unnamed_group() -> None:
    text = "Local GPs say the surgery is far too small for the patients it serves."
    found = kinds(text, text)
    assert "vague_attribution" in found and "attribution" not in found, hints(text, text)


def test_a_generic_rank_with_the_words_of_its_post_is_that_post() -> None:
    registry = Registry(
        [
            Person(
                "Morwenna Carbis",
                roles=(
                    Role("Director of Public Prosecutions", "Crown Prosecution Service", "2024-02-05"),
                    Role("Chief Crown Prosecutor for Ostley", "Crown Prosecution Service", "2018-01-08", "2024-02-02"),
                ),
            )
        ]
    )
    text = "Ostley’s chief crown prosecutor, Morwenna Carbis, has warned that cases are collapsing."
    assert name_kinds_in(registry, text) == {"role_mismatch"}
    assert name_kinds_in(registry, "Morwenna Carbis, the Director of Public Prosecutions, said so.") == {
        "name_verified"
    }


def test_a_named_critic_who_blasts_someone_for_a_quoted_fault_is_the_source() -> None:
    text = "Opposition leader Tamsin Polglase blasted the council for “sleepwalking into a crisis” over the winter."
    found = kinds(text, text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "- Rents could go up only once a year.",
        "There would be no limit on how much fares could rise.",
        "Radon occurs naturally in granite.",
    ],
)
def test_what_a_rule_allows_and_what_occurs_naturally_are_no_opinion(text: str) -> None:
    assert "opinion_marker" not in cue_kinds(text, text), hints(text, text)


def test_a_group_that_saw_a_change_is_no_source() -> None:
    text = "Warehouses used by online retailers saw theirs fall by 6 per cent."
    assert "vague_attribution" not in kinds(text, text), hints(text, text)


def test_a_reader_named_after_a_comma_is_named() -> None:
    text = "A reader, Loveday Pengelly from Ostley, emailed to say she had waited nine months for a ramp."
    found = kinds(text, text)
    assert "vague_attribution" not in found and "attribution" in found, hints(text, text)


def test_a_quizs_numbered_claim_in_quotes_heads_its_answer() -> None:
    text = '4. "Recycling bins are now collected only once a month."'
    assert not kinds(text, text) & {"quote_without_speaker", "opinion_marker"}, hints(text, text)


def test_a_short_name_joined_from_the_bodys_words_is_that_body() -> None:
    registry = Registry(
        [Person("Tuyeni Nandago", roles=(Role("Chief Executive", "Kuvanga Rail Corporation", "2025-01-06"),))]
    )
    assert name_kinds_in(registry, "KuRail chief executive Tuyeni Nandago told reporters the line would reopen.") == {
        "name_verified"
    }
    assert name_kinds_in(registry, "Treasury chief executive Tuyeni Nandago said so.") == {"role_mismatch"}


def test_a_duty_under_rules_is_no_advice_and_its_subject_no_source() -> None:
    text = "Under rules brought in last year, housing associations must investigate reports of mould within 14 days."
    assert not cue_kinds(text, text) & {"vague_attribution", "opinion_marker"}, hints(text, text)


def test_a_wish_about_someone_at_a_body_is_no_report() -> None:
    text = "I would like someone at the council to explain which of those figures is right."
    assert "vague_attribution" not in kinds(text, text), hints(text, text)


def test_a_named_body_after_another_clause_is_the_source() -> None:
    text = "RESIDENTS of Ostley will pay up to 25% more for water after the Wenlow Water Company yesterday announced a rise."
    found = hints(text, text)
    assert "vague_attribution" not in {h.kind for h in found}, found
    assert any(h.kind == "attribution" and "Wenlow Water Company" in h.reason for h in found), found


def test_an_indefinite_description_naming_a_roles_field_is_no_wrong_title() -> None:
    registry = Registry(
        [
            Person(
                "Ottilie Rosewarne", roles=(Role("Professor of Sleep Medicine", "University of Ostley", "2019-09-01"),)
            )
        ]
    )
    text = "Professor Ottilie Rosewarne, a sleep scientist at the University of Ostley, said the change would hurt."
    assert name_kinds_in(registry, text) == {"name_verified"}


def test_his_honour_before_a_judges_title_is_a_courtesy() -> None:
    registry = Registry([Person("Perran Tregenza", roles=(Role("Judge", "Ostley Crown Court", "2020-04-01"),))])
    text = "His Honour Judge Perran Tregenza said from the bench that the delays were a disgrace."
    assert name_kinds_in(registry, text) == {"name_verified"}


@pytest.mark.parametrize(
    "text",
    [
        "That letter is fake; the council has announced nothing of the kind.",
        "- Ask the landlord for the policy in writing: by law he must give you one.",
        "The inquiry should also ask why one update could stop so much at once.",
        "Under County League rules, that means an automatic ten-point deduction.",
    ],
)
def test_nothing_announced_in_writing_a_question_for_later_and_league_rules_report_nothing(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


def test_a_guides_do_say_example_has_no_speaker() -> None:
    text = "Don’t say: “Here, have a bit of my sandwich.”"
    assert not kinds(text, text) & {"attribution", "quote_without_speaker"}, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        'PRESENTER: And a message from Morwenna in Ostley: "Two years on the list, and still no dentist."',
        "Visit Wenlow’s official account posted on Monday: “Gulls love chips. So do you.”",
    ],
)
def test_a_message_from_a_named_sender_and_a_bodys_post_have_their_speaker(text: str) -> None:
    found = kinds(text, text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "BITE (Dr. Oriel Penhallow, hydrologist, Ostley Water Institute): “The aquifer will not refill in one wet winter.”",
        "Next up at the forum was Hollis Treadgold, the county's director of public health, with a blunt message"
        " for parents: “Get the jab before term starts.”",
        "Marisol Fenwick, head of the Wenlow Hospice, is said to have called the grant “a lifeline we nearly lost”.",
        "The evening was opened by Caradoc Pellow, chair of the trust, who thanked volunteers for “a very long winter”.",
    ],
)
def test_a_quote_beside_a_person_the_sentence_titles_or_describes_has_a_speaker(text: str) -> None:
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "A banner hung outside Mayor Ada Voss's office read: “Fix the roads before you fix the rates.”",
        "“Nobody asked the people who live here,” read a sign on the fence by Councillor Bram Ottery's old shop.",
    ],
)
def test_a_notice_by_a_titled_persons_property_still_has_no_speaker(text: str) -> None:
    assert "quote_without_speaker" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bettina Lusk, the charity's director, said donations had held up far better than economists had predicted.",
        "Dr. Petra Vanlo, a geologist at the Ostley Institute for Earth Studies, said the cliffs were falling faster than engineers predicted.",
        "Harlan Quibell, the port's harbourmaster, says his crews still see boats whose owners panic every time a gale is forecast.",
    ],
)
def test_a_group_inside_what_a_named_source_reports_is_no_vague_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kelmarsh Foods reported sales of £3.1 billion on Tuesday, well below the £3.4 billion analysts had expected.",
        "The chair, Rosalind Ebury, told members the deficit was “manageable” for a scheme often described as the best in the sector.",
        "The minister told the chamber the plan was on track, according to two people who were there.",
    ],
)
def test_a_group_past_the_end_of_a_named_report_is_still_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "A memo pinned in the mess, attributed to “Osric Pennant, Harbour Trust”, put the cost of dredging at £40,000.",
        "A petition started in the name of “Delphine Arkwright, Ostley Residents Forum” has 4,000 signatures.",
        'Someone calling themselves "Wystan Crole, Highways Office" has posted that the bridge will close.',
    ],
)
def test_a_name_and_post_in_quotation_marks_is_a_claimed_sender_not_speech(text: str) -> None:
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


def test_a_quote_that_opens_with_a_name_and_goes_on_is_still_speech() -> None:
    text = "“Mary Lowther, the woman who saved this pier, would weep to see it now,” reads a note pinned to the gate."
    assert "quote_without_speaker" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "We stayed in a basement flat advertised as a “bright garden studio steps from the sea 🌊”, which it was not.",
        "A new gym in Ostley advertised its opening with the line “Lift heavy, lift often, lift here”.",
        "One agent now advertises a “charming fisherman's cottage with sea glimpses” for £2,100 a month.",
    ],
)
def test_an_adverts_copy_in_quotation_marks_is_no_speakerless_quote(text: str) -> None:
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


def test_an_outlets_own_exclusive_is_no_vague_source() -> None:
    text = "Dozens of care homes are charging families for visits, the Ostley Echo can reveal."
    assert "vague_attribution" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "A text message, purportedly sent by “Gideon Farrant, Council Tax Office”, told residents to pay by Friday.",
        "An email, apparently from the county's schools office, told parents the exams would move.",
    ],
)
def test_a_doubted_sender_is_the_attributions_to_judge_not_hearsay(text: str) -> None:
    found = kinds(text, text)
    assert "attribution" in found and "vague_attribution" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "“Bins emptied Thursdays only, thanks to the cuts,” one message to the newsroom said.",
        "Someone has written on the staffroom board, in red pen: “Whoever took the last teabag, we know.”",
        "One comment on the appeal page summed it up: “They shut the library and then wonder why kids hang about.”",
    ],
)
def test_words_nobody_signed_have_no_speaker_and_no_vague_source(text: str) -> None:
    found = kinds(text, text)
    assert "quote_without_speaker" in found and "vague_attribution" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fire was apparently started deliberately, the Ostley Echo understands.",
        "“They have given up on us,” one resident told reporters outside the hall.",
    ],
)
def test_hearsay_and_an_unnamed_resident_are_still_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize("text", ["‘Nobody told us a thing’", "- 'Worse than last winter' -", "“It’s a lottery now”"])
def test_a_quoted_crosshead_standing_alone_quotes_nobody(text: str) -> None:
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


def test_a_quote_standing_alone_as_a_full_sentence_still_has_no_speaker() -> None:
    text = "“They closed the ward and told nobody.”"
    assert "quote_without_speaker" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Can I still get a booster if I missed the first one?" - Idris, Ostley',
        "“Six weeks without a bin collection and nobody answers the phone” — Perpetua Vane, Wenlow, on Facebook",
        "Claim 2 — Thorncroft: “Waiting lists have fallen every month this year.”",
    ],
)
def test_a_name_after_a_dash_is_the_quotes_speaker(text: str) -> None:
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize("text", ["What do economists say?", "What do parents think?", "What the analysts say 📈"])
def test_asking_what_a_group_says_is_a_heading_not_a_vague_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Not everyone in the chapel was persuaded.",
        "That ought to worry everyone in the valley.",
        "Tamsin Yelland, as nearly everyone in the village calls her, has run the shop since 1998.",
    ],
)
def test_everyone_in_a_place_who_claims_nothing_is_no_vague_source(text: str) -> None:
    assert "vague_attribution" not in kinds(text, text), hints(text, text)


def test_everyone_in_a_trade_who_knows_something_is_still_vague() -> None:
    text = "The real problem is the pension deficit, which everyone in the sector knows is growing."
    assert "vague_attribution" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize("text", ["• Northern Alliance: 52 (up 7)", "• Independents: 12 (down 3)"])
def test_a_result_with_its_change_in_a_list_is_a_figure(text: str) -> None:
    assert "unsourced_figure" in kinds(text, text), hints(text, text)


def test_whether_a_group_agrees_is_an_open_question_not_a_source() -> None:
    text = "Whether shoppers in Ostley, where the market is the biggest draw, agree is another matter."
    assert not kinds(text, text) & {"attribution", "vague_attribution"}, hints(text, text)


def test_some_of_a_group_nobody_named_is_a_described_anonymous_source() -> None:
    text = "The sale could value the airline at about £900m, three of those people said."
    found = kinds(text, text)
    assert {"attribution", "vague_attribution"} <= found and "unsourced_figure" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Several Championship managers say privately that the cap is far too low.",
        "Some Labour councillors fear the budget will not survive the summer.",
    ],
)
def test_a_few_of_a_named_leagues_or_partys_members_are_a_vague_source(text: str) -> None:
    assert "vague_attribution" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text", ["➡️ Read more: Council faces £31m budget gap as reserves dwindle", "Related: Ferry fares to rise by 12%"]
)
def test_a_link_to_another_story_draws_no_hint(text: str) -> None:
    assert not kinds(text, text), hints(text, text)


def test_a_notice_read_out_after_a_place_is_no_caption() -> None:
    text = "In Varrow, a banner hung from the chapel railings read: “We were promised a bridge, not a study.”"
    found = kinds(text, text)
    assert "quote_without_speaker" in found and "attribution" not in found, hints(text, text)


def test_a_front_page_headline_in_quotes_is_no_speech() -> None:
    text = (
        "The tabloid greeted the result with the front-page headline ‘Back to the drawing board, Minister!’ on Friday."
    )
    assert "quote_without_speaker" not in kinds(text, text), hints(text, text)


def test_a_two_word_rank_in_lower_case_before_a_name_is_checked() -> None:
    registry = Registry(
        [
            Person(
                "Rosamund Quayle",
                roles=(
                    Role("Leader", "Ostley Borough Council", "2024-05-20"),
                    Role("Cabinet Member for Housing", "Ostley Borough Council", "2019-05-20", "2024-05-19"),
                ),
            )
        ]
    )
    text = "Housing cabinet member Rosamund Quayle said on Monday that the scheme would go ahead."
    assert name_kinds_in(registry, text) == {"role_mismatch"}


@pytest.mark.parametrize(
    "text",
    [
        "PRESENTER: Hello, I'm Tegan Morrow, and this is Harbour Hour.",
        "Good evening, and welcome to The Ostley Review, with me, Callum Reeve.",
        "That's all from me this week; the full story is on the site.",
        "PRESENTER: Our transport correspondent, Ines Waldock, has been at the depot.",
    ],
)
def test_a_host_introducing_the_programme_or_signing_off_gives_no_view(text: str) -> None:
    assert "opinion_marker" not in kinds(text, text), hints(text, text)


def test_the_writers_own_view_in_the_first_person_still_counts() -> None:
    text = "I'm not convinced the new timetable will survive the winter."
    assert "opinion_marker" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some hauliers now route through Kelm, adding about 9 hours to each run.",
        "The typical member joined in the 1990s, and roughly a third have never voted in a branch election.",
        "Tenants who switch to the new tariff typically save about a quarter.",
        "Nurses here earn less than half what agency staff do.",
    ],
)
def test_time_a_change_adds_and_a_hedged_share_are_figures(text: str) -> None:
    assert "unsourced_figure" in kinds(text, text), hints(text, text)


def test_a_bodys_own_estimate_in_mid_sentence_sources_its_figure() -> None:
    text = "The cost, by the Highways Agency's own estimate, is £62m over ten years."
    found = kinds(text, text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hydrologists have warned for years that the aquifer is running down.",
        "Several skippers based at the harbour said they would sail to Kelm instead.",
    ],
)
def test_a_group_warning_for_years_or_placed_by_a_participle_is_vague(text: str) -> None:
    assert "vague_attribution" in kinds(text, text), hints(text, text)


def test_a_verb_with_time_and_place_before_that_still_reports() -> None:
    text = "The chancellor insisted on the radio on Friday morning that no more money was available."
    assert "attribution" in kinds(text, text), hints(text, text)


def test_some_of_a_named_group_is_a_described_source() -> None:
    text = "The mayor rang at least five senators on Monday to ask for their votes, two of those senators said."
    assert {"attribution", "vague_attribution"} <= kinds(text, text), hints(text, text)


def test_an_as_told_to_byline_reports_nothing() -> None:
    text = "Morwenna Tregear, as told to Ellis Penhale"
    assert "attribution" not in kinds(text, text), hints(text, text)


def test_a_companys_reported_profit_is_its_result_not_a_report() -> None:
    text = "Its parent company reported pre-tax profits of £212 million last year."
    found = kinds(text, text)
    assert "attribution" not in found and "unsourced_figure" in found, hints(text, text)


@pytest.mark.parametrize(
    "text", ["A second rate cut looks all but certain before the summer.", "Planning permission looks a formality."]
)
def test_a_forecast_told_as_all_but_certain_is_the_writers_speculation(text: str) -> None:
    assert "opinion_marker" in cue_kinds(text, text), hints(text, text)


def _two_roles(name: str, now: tuple[str, str], before: tuple[str, str]) -> Registry:
    """A registry of one person: a post held since 2024 and one held before."""
    return Registry(
        [
            Person(
                name, roles=(Role(now[0], now[1], "2024-06-01"), Role(before[0], before[1], "2019-05-01", "2024-05-31"))
            )
        ]
    )


@pytest.mark.parametrize(
    "registry, text",
    [
        (
            _two_roles(
                "Ibrahim Nazeer",
                ("Member of the People's Majlis for Feydhoo", "People's Majlis"),
                ("Councillor", "Addu City Council"),
            ),
            "Feydhoo MP Ibrahim Nazeer said he would table a motion on Monday.",
        ),
        (
            _two_roles(
                "Corinne Blaylock", ("Lieutenant Governor", "State of Marren"), ("State Senator", "Marren Senate")
            ),
            "Lt. Gov. Corinne Blaylock said crews would clear the road by Sunday.",
        ),
        (
            _two_roles("Teodor Vasadze", ("Minister of Internal Affairs", "Republic of Osk"), ("Mayor", "Tavrin")),
            "Osk's interior minister, Teodor Vasadze, banned the march.",
        ),
        (
            _two_roles(
                "Gwenllian Pryce",
                ("Pub Tenancy Adjudicator", "Office of the Adjudicator"),
                ("Deputy Pub Tenancy Adjudicator", "Office of the Adjudicator"),
            ),
            "Pub Tenancy Adjudicator Gwenllian Pryce found that the brewer had delayed on purpose.",
        ),
        (
            _two_roles("Per Lindqvist", ("Mayor", "Skarby Municipality"), ("Deputy Mayor", "Skarby Municipality")),
            "Skarby's mayor, Per Lindqvist, said most families had agreed to move.",
        ),
        (
            _two_roles(
                "Olwen Tregarth",
                ("Mayor", "Pendle City Region"),
                ("Cabinet Member for Transport", "Pendle City Council"),
            ),
            "Mayor of the Pendle City Region Olwen Tregarth said the buses would run again on Monday.",
        ),
        (
            _two_roles(
                "Aminath Zuhura",
                ("Minister of Climate Change and Energy", "Republic of Raalhu"),
                ("Councillor", "Male City Council"),
            ),
            "Minister of Climate Change and Energy Aminath Zuhura told the Majlis that a plant was planned.",
        ),
    ],
)
def test_officials_named_with_these_posts_are_verified(registry: Registry, text: str) -> None:
    assert name_kinds_in(registry, text) == {"name_verified"}


def test_a_post_given_up_before_the_article_is_a_role_mismatch() -> None:
    registry = _two_roles(
        "Olwen Tregarth", ("Mayor", "Pendle City Region"), ("Cabinet Member for Transport", "Pendle City Council")
    )
    text = "Cabinet member for transport Olwen Tregarth said the routes could come under public control."
    assert name_kinds_in(registry, text) == {"role_mismatch"}


def test_an_order_to_the_reader_opening_a_sentence_is_no_given_name() -> None:
    registry = _two_roles("Dwight Haverly", ("Governor", "State of Marren"), ("Lieutenant Governor", "State of Marren"))
    assert not name_kinds_in(registry, "Expect Haverly to lean hard on the delegation next week.")


def test_per_is_a_given_name_before_a_surname() -> None:
    registry = _two_roles("Per Lindqvist", ("Mayor", "Skarby Municipality"), ("Deputy Mayor", "Skarby Municipality"))
    assert name_kinds_in(registry, "Per Lindqvst said the first houses could be ready in 2028.") == {
        "possible_misspelling"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Ostley Courier · Friday 3 July 2026 · £1.20",
        "Letters 18 · TV 30-31 · Puzzles 32 · Sport 40-48",
        "Full story and what it means for you: Pages 6-7",
        "Guide price 425,000 crowns · Freehold · Ref. OST/0219",
    ],
)
def test_a_masthead_a_contents_line_and_page_numbers_are_no_figures(text: str) -> None:
    assert "unsourced_figure" not in kinds(text, text), hints(text, text)


def test_a_headlines_claims_between_middle_dots_are_still_figures() -> None:
    text = "300 jobs to go · 12 branches shut · Customers told to bank online from next month"
    assert "unsourced_figure" in kinds(text, text), hints(text, text)


def test_an_mp_is_a_member_of_a_house_of_representatives() -> None:
    registry = _two_roles(
        "Rana Khouri",
        ("Member of the House of Representatives for Wadi Kell", "House of Representatives"),
        ("Mayor", "Kell"),
    )
    text = "MP Rana Khouri, who represents Wadi Kell in the Lower House, said the wells should stay open."
    assert name_kinds_in(registry, text) == {"name_verified"}


def test_figures_a_newsroom_obtained_from_a_named_body_are_sourced() -> None:
    text = "Forty bridges are overdue for repair, according to figures obtained by this website from the Ostley Roads Agency."
    found = kinds(text, text)
    assert "attribution" in found and not found & {"vague_attribution", "unsourced_figure"}, hints(text, text)


def test_an_email_sent_in_by_a_described_listener_has_its_speaker() -> None:
    text = "PRESENTER: Maura, a saver in Kelm, emailed the programme: “Our savings are in there and nobody will tell us if they are safe.”"
    found = kinds(text, text)
    assert "attribution" in found and "quote_without_speaker" not in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    ["• Be wary of texts or emails that claim to be from your bank.", "No such email was sent, and the rule stands."],
)
def test_an_email_as_a_noun_reports_nothing(text: str) -> None:
    assert "attribution" not in kinds(text, text), hints(text, text)


def test_a_company_reporting_that_its_sales_fell_is_a_report() -> None:
    text = "Harlow Ltd reported that sales fell 5% in the first quarter."
    found = kinds(text, text)
    assert "attribution" in found and "unsourced_figure" not in found, hints(text, text)


def test_a_hyphen_inside_a_name_is_no_dash_before_a_speaker() -> None:
    text = "A banner hung on the fence at Kell-Marsh: “No more lorries on our lanes, not one more.”"
    assert "quote_without_speaker" in kinds(text, text), hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has set aside L18 million for vaccines.",
        "The drought will cost farmers L20 million in lost sales.",
    ],
)
def test_a_sum_in_maloti_is_a_figure(text: str) -> None:
    assert "unsourced_figure" in kinds(text, text), hints(text, text)


def test_a_group_described_by_what_it_does_is_a_vague_source() -> None:
    text = "More than 300 objections have been lodged, according to residents opposing the quarry."
    found = kinds(text, text)
    assert "vague_attribution" in found and "unsourced_figure" in found, hints(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "PRESENTER: With me is the Leader of the Opposition, Carys Morven.",
        "PRESENTER: Let's turn to our press panel, Aled Price of the Courier and Beth Rowe of the Record.",
    ],
)
def test_a_host_bringing_in_guests_gives_no_view(text: str) -> None:
    assert "opinion_marker" not in kinds(text, text), hints(text, text)


def test_initials_spelling_out_the_words_before_them_are_no_source() -> None:
    text = "Assistants were withdrawn from classes for pupils with special educational needs and disabilities (SEND)."
    assert "attribution" not in kinds(text, text), hints(text, text)


def test_a_body_named_by_its_initials_in_brackets_is_still_a_source() -> None:
    text = "Burglaries rose by 12% last year (ONS)."
    assert "attribution" in kinds(text, text), hints(text, text)


def test_a_generic_rank_over_a_field_in_other_words_is_the_same_post() -> None:
    registry = _two_roles(
        "Anna-Lisa Corvi",
        ("Head of the Department of Economic Affairs", "Canton of Vallera"),
        ("Member of the Grand Council", "Canton of Vallera"),
    )
    text = "Anna-Lisa Corvi, head of the cantonal economics department, said the rules would be drafted by December."
    assert name_kinds_in(registry, text) == {"name_verified"}


def test_a_body_named_after_a_generic_rank_must_be_the_persons() -> None:
    registry = _two_roles(
        "Saule Berikova", ("Minister of Energy", "Government of Tokmara"), ("General Director", "Tokmarenergo")
    )
    text = "Saule Berikova, the head of Tokmarenergo, warned that the reservoir was filling too slowly."
    assert name_kinds_in(registry, text) == {"role_mismatch"}


@pytest.mark.parametrize(
    "text",
    [
        "A single £4m claim would probably wipe out the fund.",
        "Fares will probably rise by another £2 in the spring.",
        "So who will pay the £40m bill when the scheme fails?",
    ],
)
def test_a_figure_inside_the_writers_guess_or_question_is_part_of_that_view(text: str) -> None:
    found = cue_kinds(text, text)
    assert "opinion_marker" in found and "unsourced_figure" not in found, hints(text, text)


def test_a_figure_beside_an_evaluative_word_is_still_checked() -> None:
    text = "The council spent a staggering £4.2m on consultants last year."
    assert {"opinion_marker", "unsourced_figure"} <= kinds(text, text), hints(text, text)
