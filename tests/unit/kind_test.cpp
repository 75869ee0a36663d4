// extract: the kind of a clause (action, recommendation, noting, approval, procedural).
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "extract/kind.h"
#include "extract/owner.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

// The kind the extractor gives a clause on its own, as extraction does: the subject (or the
// person asked to act) first, then the vocabulary.
ClauseKind kind_of(std::string_view clause) {
  const CompiledVocabulary& v = default_vocabulary_compiled();
  auto subject = clause_subject(clause, v);
  if (!subject) subject = asked_person(clause, v);
  return classify_clause(clause, subject, v);
}

std::string kind_name_of(std::string_view clause) { return kind_name(kind_of(clause)); }

}  // namespace

TEST_CASE("kind: actions") {
  CHECK(kind_of("That a progress report on the delivery of the CYPS Workforce Strategy be brought back to a meeting of the "
                "Improving Lives Select Commission in 12 months' time.") == ClauseKind::action);
  CHECK(kind_of("That an update be provided to members of the Improving Lives Select Commission on the implementation and use "
                "of the Liquid Logic case management system.") == ClauseKind::action);
  CHECK(kind_of("That further information on the Mentors in Violence programme be circulated to members of the Improving "
                "Lives Select Commission.") == ClauseKind::action);
  CHECK(kind_of("That a briefing session be arranged for all members on the new inspection framework.") == ClauseKind::action);
  CHECK(kind_of("That a sub-group be established to review the school admissions process.") == ClauseKind::action);
  CHECK(kind_of("That the Governance Advisor follows up the outstanding actions with the service.") == ClauseKind::action);
  CHECK(kind_of("That the Work Programme be updated as discussed.") == ClauseKind::action);
  CHECK(kind_of("That the Governance Advisor makes the required follow up activity as required for the outstanding "
                "actions.") == ClauseKind::action);
  CHECK(kind_of("That the Chair and Vice-Chair agree with Officers a timescale for the Improving Lives Select Commission to "
                "receive a progress report on the implementation of the Rotherham Looked After Children Sufficiency "
                "Strategy.") == ClauseKind::action);
  CHECK(kind_of("That the format of the Education Performance Outcomes data presented to members in future years be "
                "reformatted in the style of the Council Plan update.") == ClauseKind::action);
  CHECK(kind_of("That the Commission asks the Community Safety Manager to provide further information on knife crime.") ==
        ClauseKind::action);
  CHECK(kind_of("That the revised methods of monitoring performance be reviewed at the June 2021 meeting of the Improving "
                "Lives Select Commission.") == ClauseKind::action);
}

TEST_CASE("kind: recommendations to Cabinet, OSMB or a partner") {
  CHECK(kind_of("That the following recommendations be submitted to Cabinet:") == ClauseKind::recommendation);
  CHECK(kind_of("That the following recommendations be submitted to OSMB:") == ClauseKind::recommendation);
  CHECK(kind_of("That the recommendations set out in the report be forwarded to the Overview and Scrutiny Management Board.") ==
        ClauseKind::recommendation);
  CHECK(kind_of("That Cabinet reviews the funding available for the Early Help service.") == ClauseKind::recommendation);
  CHECK(kind_of("That the Cabinet be recommended to approve the revised Elective Home Education policy.") ==
        ClauseKind::recommendation);
  CHECK(kind_of("That the Health and Wellbeing Board be asked to consider the findings of the review.") ==
        ClauseKind::recommendation);
  CHECK(kind_of("That it be recommended to Cabinet that the policy be adopted.") == ClauseKind::recommendation);
}

TEST_CASE("kind: noting") {
  CHECK(kind_of("That the report be noted.") == ClauseKind::noting);
  CHECK(kind_of("That officers be thanked for their attendance.") == ClauseKind::noting);
  CHECK(kind_of("That the Chair be thanked for her work on the review.") == ClauseKind::noting);
  CHECK(kind_of("That the progress made in delivery of the LAC Sufficiency Strategy be noted.") == ClauseKind::noting);
  CHECK(kind_of("That the Commission notes the update.") == ClauseKind::noting);
  CHECK(kind_of("That the presentation be received.") == ClauseKind::noting);
}

TEST_CASE("kind: approvals") {
  CHECK(kind_of("That the minutes of the previous meeting be approved as a correct record.") == ClauseKind::approval);
  CHECK(kind_of("That the Minutes of the meeting of the Improving Lives Select Commission, held on 17 June 2025, be approved "
                "as a correct record of proceedings.") == ClauseKind::approval);
  CHECK(kind_of("That the Work Programme for 2020/21 be approved.") == ClauseKind::approval);
  CHECK(kind_of("That the CYPS Workforce Strategy be endorsed.") == ClauseKind::approval);
  CHECK(kind_of("That the Commission endorses the CYPS Workforce Strategy.") == ClauseKind::approval);
}

TEST_CASE("kind: procedural") {
  CHECK(kind_of("That the press and public be excluded from the meeting for the following item.") == ClauseKind::procedural);
  CHECK(kind_of("That under Section 100(A) 4 of the Local Government Act 1972, the public be excluded from the meeting.") ==
        ClauseKind::procedural);
  CHECK(kind_of("That the next meeting of the Improving Lives Select Commission take place on Tuesday 15 December 2020 at "
                "5:30pm as a Microsoft Teams meeting.") == ClauseKind::procedural);
  CHECK(kind_of("That Councillor Cusworth be appointed as Chair for the 2020/21 municipal year.") == ClauseKind::procedural);
}

TEST_CASE("kind: mixed clauses take the kind that asks for work") {
  CHECK(kind_of("That the report be noted and that a further report be brought back to the June 2021 meeting.") ==
        ClauseKind::action);
  CHECK(kind_of("That the report be noted and a further update be provided in six months' time.") == ClauseKind::action);
  CHECK(kind_of("That the strategy be endorsed and that a progress report be submitted to the Commission in March 2021.") ==
        ClauseKind::action);
  CHECK(kind_of("That the report be noted and the following recommendations be submitted to Cabinet:") ==
        ClauseKind::recommendation);
}

TEST_CASE("kind: deferral is an action") {
  CHECK(kind_of("That consideration of the item be deferred to the next meeting.") == ClauseKind::action);
  CHECK(kind_of("That the item be deferred to the next meeting.") == ClauseKind::action);
}

TEST_CASE("kind: tracked kinds") {
  CHECK(is_tracked(ClauseKind::action));
  CHECK(is_tracked(ClauseKind::recommendation));
  CHECK_FALSE(is_tracked(ClauseKind::noting));
  CHECK_FALSE(is_tracked(ClauseKind::approval));
  CHECK_FALSE(is_tracked(ClauseKind::procedural));
  CHECK(kind_name_of("That the report be noted.") == "noting");
  CHECK(std::string(kind_name(ClauseKind::recommendation)) == "recommendation");
}

TEST_CASE("kind: lettered parts inherit the recommendation of the clause that introduces them") {
  const Extraction x = extract_text(
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020\n"
      "\n"
      "# 49. ELECTIVE HOME EDUCATION\n"
      "\n"
      "The Head of Service attended the meeting to present a report.\n"
      "\n"
      "Resolved:-\n"
      "(1) That the report be noted.\n"
      "(2) That the following recommendations be submitted to Cabinet:\n"
      "a) That all schools be encouraged to adopt the attendance pathway.\n"
      "b) That the support offer to families be reviewed.\n");
  // The stem (2) only says where its parts go: it is not a clause, and each part is a
  // recommendation to Cabinet.
  REQUIRE(x.resolutions.size() == 3);
  CHECK(x.resolutions[0].kind == ClauseKind::noting);
  CHECK(x.resolutions[1].kind == ClauseKind::recommendation);
  CHECK(x.resolutions[2].kind == ClauseKind::recommendation);
  REQUIRE(x.resolutions[1].target_body);
  CHECK(*x.resolutions[1].target_body == "Cabinet");
  REQUIRE(x.resolutions[2].owner);
  CHECK(x.resolutions[2].owner->name == "Cabinet");
  CHECK(x.resolutions[2].owner->basis == OwnerBasis::body);
}

TEST_CASE("kind: lettered parts under an action inherit the action") {
  const Extraction x = extract_text(
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020\n"
      "\n"
      "# 49. ELECTIVE HOME EDUCATION\n"
      "\n"
      "Resolved:-\n"
      "(1) That the following information be circulated to members:\n"
      "(a) the number of children electively home educated;\n"
      "(b) the number of home visits made.\n");
  REQUIRE(x.resolutions.size() == 3);
  CHECK(x.resolutions[0].kind == ClauseKind::action);
  CHECK(x.resolutions[1].kind == ClauseKind::action);
  CHECK(x.resolutions[2].kind == ClauseKind::action);
}

TEST_CASE("kind: a capitalised word in a role's name is not the verb") {
  CHECK(kind_of("That the Head of Domestic Abuse Support provide a briefing in six months' time.") == ClauseKind::action);
  CHECK(kind_of("That the Welcome Centre Manager circulate the figures to members.") == ClauseKind::action);
}
