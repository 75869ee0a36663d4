// extract: promises in the narrative, reported apart from resolutions.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/commitments.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

std::vector<std::string> sentences_of(std::string_view paragraph) {
  std::vector<std::string> out;
  for (auto s : split_sentences(paragraph)) out.emplace_back(s);
  return out;
}

// Minutes with one item whose discussion is `narrative`, and a resolution after it.
Extraction minutes_with(std::string_view narrative) {
  std::string text =
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020\n"
      "\n"
      "## 48. 2019 EDUCATION PERFORMANCE OUTCOMES\n"
      "\n";
  text += narrative;
  text +=
      "\n"
      "\n"
      "Resolved: - That the report be noted.\n";
  return extract_text(text);
}

std::vector<std::string> commitments_in(std::string_view narrative) {
  std::vector<std::string> out;
  for (const auto& c : minutes_with(narrative).commitments) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("commitments: sentences") {
  SUBCASE("Mr. stays inside its sentence") {
    CHECK(sentences_of("The Chair thanked Mr. Harron for his question. The Strategic Director would circulate the data.") ==
          std::vector<std::string>{"The Chair thanked Mr. Harron for his question.",
                                   "The Strategic Director would circulate the data."});
  }
  SUBCASE("Dr., Cllr. and e.g. stay inside theirs") {
    CHECK(sentences_of("Dr. Jones and Cllr. Smith cited other areas, e.g. Sheffield, as examples. The Chair agreed.") ==
          std::vector<std::string>{"Dr. Jones and Cllr. Smith cited other areas, e.g. Sheffield, as examples.", "The Chair agreed."});
  }
  SUBCASE("a question, and a last sentence without a full stop") {
    CHECK(sentences_of("Members asked how the offer would be monitored? The Assistant Director advised on this") ==
          std::vector<std::string>{"Members asked how the offer would be monitored?", "The Assistant Director advised on this"});
  }
  SUBCASE("a full stop before a lower-case word does not end a sentence") {
    CHECK(sentences_of("Attendance was 94.5 per cent. in the autumn term.").size() == 1);
  }
}

TEST_CASE("commitments: promises in the discussion") {
  SUBCASE("would be circulated to members") {
    CHECK(commitments_in("The Assistant Director advised that the data would be circulated to members of the Commission.") ==
          std::vector<std::string>{"The Assistant Director advised that the data would be circulated to members of the Commission."});
  }
  SUBCASE("would be submitted to a future meeting") {
    const auto found = commitments_in(
        "The Assistant Director for Education clarified that data was available and work was underway to analyse trends and "
        "good practice which would be submitted to a future meeting of the Commission. Responsibility for the safeguarding of "
        "children who were home educated remained with the local authority.");
    REQUIRE(found.size() == 1);
    CHECK(found[0] ==
          "The Assistant Director for Education clarified that data was available and work was underway to analyse trends and "
          "good practice which would be submitted to a future meeting of the Commission.");
  }
  SUBCASE("the item and line are kept") {
    const Extraction x = minutes_with(
        "Members asked about breakfast clubs.\n"
        "\n"
        "The Head of Service agreed to provide a breakdown of the figures by school.");
    REQUIRE(x.commitments.size() == 1);
    CHECK(x.commitments[0].item == 0);
    CHECK(x.commitments[0].line == 7);
  }
}

TEST_CASE("commitments: what is not a promise") {
  CHECK(commitments_in("The Assistant Director advised that information on this type of activity could be collated and presented "
                       "in future reports.")
            .empty());
  CHECK(commitments_in("It was noted that market stalls would be provided at the event in the town centre.").empty());
  CHECK(commitments_in("The Vice-Chair thanked the Assistant Director for attending the meeting.").empty());
}

TEST_CASE("commitments: a promise hard-wrapped over two lines is found") {
  const Extraction x = minutes_with(
      "The Assistant Director advised that a summary of the\n"
      "consultation responses would be circulated to all Commission Members.");
  REQUIRE(x.commitments.size() == 1);
  CHECK(x.commitments[0].text ==
        "The Assistant Director advised that a summary of the consultation responses would be circulated to all Commission "
        "Members.");
  CHECK(x.commitments[0].line == 5);
}

TEST_CASE("commitments: a promise broken by a page break is found") {
  const Extraction x = minutes_with(
      "The Assistant Director advised that information on the Attendance Pathway would be\n"
      "\n"
      "Page 4\n"
      "\n"
      "circulated to all members of the Commission.");
  REQUIRE(x.commitments.size() == 1);
  CHECK(x.commitments[0].text ==
        "The Assistant Director advised that information on the Attendance Pathway would be circulated to all members of the "
        "Commission.");
}

TEST_CASE("commitments: a resolution is not a commitment") {
  const Extraction x = extract_text(
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020\n"
      "\n"
      "## 48. 2019 EDUCATION PERFORMANCE OUTCOMES\n"
      "\n"
      "Resolved: - That it be noted that the data will be circulated to members of the Commission.\n");
  CHECK(x.commitments.empty());
  CHECK(x.resolutions.size() == 1);
}

TEST_CASE("commitments: the quick test lets through every paragraph a built-in pattern could match") {
  const CompiledVocabulary& v = default_vocabulary_compiled();
  CHECK(v.may_hold_commitment("The Director WOULD circulate the figures."));
  CHECK(v.may_hold_commitment("Officers were to report back."));
  CHECK(v.may_hold_commitment("She undertook to find out."));
  CHECK(v.may_hold_commitment("Invitations to be sent to partners."));
  CHECK(v.may_hold_commitment("He offered to write to the Minister."));
  CHECK_FALSE(v.may_hold_commitment("The report was noted and the Chair thanked officers."));
}

TEST_CASE("owner: a role is mentioned only as words of its own") {
  const CompiledVocabulary& v = default_vocabulary_compiled();
  CHECK(v.mentions_role("a report by the Strategic Director, Children's Services"));
  CHECK(v.mentions_role("Governance Advisor"));
  CHECK(v.mentions_role("(governance advisor)"));
  CHECK_FALSE(v.mentions_role("the misgovernance advisory board"));
  CHECK_FALSE(v.mentions_role("nobody in particular"));
  CHECK(v.mentions_officer_role("with the Governance Advisor"));
}
