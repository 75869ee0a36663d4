// parse: the forms decisions take without a "Resolved" label, one case per form, and the clause
// finder reading whole minutes written in each of them.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "parse/decision_forms.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

std::vector<std::string> texts_of(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& r : x.resolutions) out.push_back(r.clause.text);
  return out;
}

std::vector<std::string> forms_of(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& r : x.resolutions) out.push_back(r.clause.found_by);
  return out;
}

bool has_warning(const Extraction& x, std::string_view code) {
  for (const auto& w : x.warnings)
    if (w.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("decision forms: verbs in their forms") {
  CHECK(decision_verb_sense("note") == VerbSense::noting);
  CHECK(decision_verb_sense("NOTED") == VerbSense::noting);
  CHECK(decision_verb_sense("approves") == VerbSense::approving);
  CHECK(decision_verb_sense("referred") == VerbSense::acting);
  CHECK(decision_verb_sense("deferred") == VerbSense::acting);
  CHECK(decision_verb_sense("ratifies") == VerbSense::approving);
  CHECK(decision_verb_sense("recommends") == VerbSense::recommending);
  CHECK_FALSE(decision_verb_sense("the"));
  CHECK_FALSE(decision_verb_sense("bus"));
}

TEST_CASE("decision forms: a part that starts with its verb") {
  CHECK(leading_decision_verb("Note the quarterly return.")->sense == VerbSense::noting);
  CHECK(leading_decision_verb("To request that the Clerk writes to the bus company.")->sense == VerbSense::acting);
  CHECK(leading_decision_verb("REQUESTED the Director of Parks to report back.")->sense == VerbSense::acting);
  CHECK_FALSE(leading_decision_verb("Report of the Director of Parks"));  // a title, not a decision
  CHECK_FALSE(leading_decision_verb("Members discussed the report."));
}

TEST_CASE("decision forms: a decision inside a sentence") {
  const std::string a = "(b) Allotments. It was resolved to raise the rent by 5%.";
  REQUIRE(in_sentence_decision(a));
  CHECK(a.substr(*in_sentence_decision(a)) == "raise the rent by 5%.");
  const std::string b = "Proposed by Cllr Amos, seconded by Cllr Bell, and RESOLVED that the Clerk orders a new bench.";
  REQUIRE(in_sentence_decision(b));
  CHECK(b.substr(*in_sentence_decision(b)) == "the Clerk orders a new bench.");
  const std::string c = "MOTION by Councilmember Ortiz, second by Councilmember Lee, to direct staff to study parking.";
  REQUIRE(in_sentence_decision(c));
  CHECK(c.substr(*in_sentence_decision(c)) == "direct staff to study parking.");
  CHECK_FALSE(in_sentence_decision("Members agreed that the new layout was clearer."));
}

TEST_CASE("decision forms: stems that only introduce their parts") {
  CHECK(is_stem_only("That Cabinet:"));
  CHECK(is_stem_only("The Board:"));
  CHECK(is_stem_only("the Sub-Committee:-"));
  CHECK(is_stem_only("The Executive has:"));
  CHECK(is_stem_only("That Council be recommended to:"));
  CHECK(is_stem_only("That the following recommendations be submitted to the Executive:"));
  CHECK_FALSE(is_stem_only("That the report be noted and the following recommendations be submitted to Cabinet:"));
  CHECK_FALSE(is_stem_only("That the following next steps be approved:"));
}

TEST_CASE("decision forms: narrative decisions, action lines and votes") {
  CHECK(is_narrative_decision("The Panel APPROVED the revised terms of reference."));
  CHECK(is_narrative_decision("The Trust Board agreed to close the consultation early."));
  CHECK(is_narrative_decision("The minutes of the meeting held on 2 May were approved as a true record."));
  CHECK_FALSE(is_narrative_decision("The Panel noted that waiting times had fallen."));  // an observation
  CHECK_FALSE(is_narrative_decision("The Panel received a presentation from the police."));
  CHECK_FALSE(is_narrative_decision("Members agreed the layout was clearer."));

  auto a = action_line("DW to send the revised map to the parish.");
  REQUIRE(a);
  CHECK(a->owner == "DW");
  auto b = action_line("ACTION: Parish Clerk to chase the highways authority.");
  REQUIRE(b);
  CHECK(b->owner == "Parish Clerk");
  CHECK_FALSE(action_line("Residents to be consulted in May."));
  CHECK(action_owner_line("ACTION: Clerk") == std::optional<std::string>("Clerk"));

  CHECK(is_mover_line("MOVED Cr Ames        SECONDED Cr Birch"));
  CHECK(vote_outcome("CARRIED") == VoteOutcome::carried);
  CHECK(vote_outcome("The motion was LOST.") == VoteOutcome::lost);
  CHECK(records_no_decision("None. The item was for information."));
  CHECK(records_no_decision("-"));
  CHECK(introduces_proposals("The Committee is asked to:"));
}

TEST_CASE("clause finder: unlabelled That-clauses after a minute's discussion") {
  const Extraction x = extract_text(text_of({
      "MINUTES of a meeting of the Parks Scrutiny Panel held on Monday 3 March 2025",
      "",
      "12. PLAY AREA INSPECTIONS",
      "",
      "The Parks Manager presented the annual inspection results.",
      "",
      "1.  That the results be noted.",
      "2.  That the Parks Manager circulate the repair schedule to all ward members.",
      "",
      "13. TREE POLICY",
      "",
      "Members asked how many street trees had been lost to disease.",
      "",
      "That the draft tree policy be brought back to the Panel in due course.",
  }));
  CHECK(texts_of(x) == std::vector<std::string>{"That the results be noted.",
                                                "That the Parks Manager circulate the repair schedule to all ward members.",
                                                "That the draft tree policy be brought back to the Panel in due course."});
  CHECK(forms_of(x) == std::vector<std::string>{"unlabelled", "unlabelled", "unlabelled"});
  CHECK(x.resolutions[1].tracked());
  CHECK(x.resolutions[2].tracked());
}

TEST_CASE("clause finder: a stem with imperative parts under a Decision label") {
  const Extraction x = extract_text(text_of({
      "Minutes of the meeting of the Wellbeing Board held on Thursday 6 March 2025",
      "",
      "4. Falls prevention",
      "",
      "Decision:",
      "The Board:",
      "- Note the falls data for the winter.",
      "- Ask the Falls Service Lead to bring a prevention plan to the June meeting.",
  }));
  REQUIRE(x.resolutions.size() == 2);
  CHECK(x.resolutions[0].clause.found_by == "stem-part");
  CHECK_FALSE(x.resolutions[0].tracked());
  CHECK(x.resolutions[1].tracked());
  REQUIRE(x.resolutions[1].owner);
  CHECK(x.resolutions[1].owner->name == "Falls Service Lead");
}

TEST_CASE("clause finder: past-tense parts under a stem with no label") {
  const Extraction x = extract_text(text_of({
      "MINUTES of a meeting of the Cabinet held on Tuesday 4 February 2025",
      "",
      "51. LIBRARY OPENING HOURS",
      "",
      "The Cabinet Member introduced the report.",
      "",
      "The Cabinet has:",
      "",
      "(a) noted the consultation responses;",
      "",
      "(b) asked the Head of Libraries to report the effect of the new hours in six months.",
  }));
  REQUIRE(x.resolutions.size() == 2);
  CHECK(forms_of(x) == std::vector<std::string>{"stem-part", "stem-part"});
  CHECK_FALSE(x.resolutions[0].tracked());
  CHECK(x.resolutions[1].tracked());
}

TEST_CASE("clause finder: parish minutes with decisions inside sentences and action lines") {
  const Extraction x = extract_text(text_of({
      "Minutes of the meeting of Oakley Parish Council held on Tuesday 11 March 2025",
      "",
      "25/031  Village hall",
      "        The hall roof had been inspected. Proposed by Cllr Amos, seconded by Cllr",
      "        Bell, and RESOLVED that the Clerk obtains two quotes for the repairs.",
      "25/032  Planning",
      "        (a) 25/0101/FUL - Garage, 2 Mill Lane. It was resolved to raise no objection.",
      "25/033  Footpaths",
      "        The footpath by the church was overgrown.",
      "        ACTION: Clerk to contact the landowner.",
  }));
  CHECK(forms_of(x) == std::vector<std::string>{"in-sentence", "in-sentence", "action-line"});
  CHECK(x.resolutions[0].tracked());
  CHECK_FALSE(x.resolutions[1].tracked());
  CHECK(x.resolutions[2].tracked());
  REQUIRE(x.resolutions[2].owner);
  CHECK(x.resolutions[2].owner->name == "Clerk");
}

TEST_CASE("clause finder: narrative decisions in minutes that have no labels") {
  const Extraction x = extract_text(text_of({
      "Minutes of the meeting of the Trust Board held on Wednesday 5 March 2025",
      "",
      "TB/25/014  Finance report",
      "The Director of Finance presented the month 10 position.",
      "The Board NOTED the report.",
      "The Board agreed that the Director of Finance would circulate the savings plan by 31 March.",
      "Members agreed that the report was clear.",
  }));
  CHECK(forms_of(x) == std::vector<std::string>{"narrative", "narrative"});
  CHECK_FALSE(x.resolutions[0].tracked());
  CHECK(x.resolutions[1].tracked());
}

TEST_CASE("clause finder: motions that were carried and lost") {
  const Extraction x = extract_text(text_of({
      "MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON TUESDAY 25 MARCH 2025",
      "",
      "7  SKATE PARK",
      "",
      "MOVED Cr Ames        SECONDED Cr Birch",
      "That the skate park be closed for a trial.",
      "LOST",
      "",
      "RESOLUTION 2025/40",
      "MOVED Cr Birch       SECONDED Cr Cole",
      "That the General Manager prepare a report on lighting at the skate park.",
      "CARRIED",
  }));
  CHECK(texts_of(x) == std::vector<std::string>{"That the General Manager prepare a report on lighting at the skate park."});
  CHECK(x.resolutions[0].tracked());
}

TEST_CASE("clause finder: a decision table with a lead and a deadline") {
  const Extraction x = extract_text(text_of({
      "Minutes of the meeting of the Safety Partnership held on Monday 3 March 2025",
      "",
      "| Ref | Action | Lead | Due | Status |",
      "|---|---|---|---|---|",
      "| 24/3 | Share the old plan | AB | 01/01/2025 | Complete |",
      "",
      "| No. | Item | Decision | Lead | Deadline |",
      "|---|---|---|---|---|",
      "| 1 | Minutes | The minutes were agreed. | | |",
      "| 2 | Night buses | The Partnership noted the survey.<br>CD to write to the bus operator. | CD | 31/03/2025 |",
      "| 3 | Any other business | - | | |",
  }));
  // The first table, with a status column, is a log of earlier actions.
  CHECK(texts_of(x) == std::vector<std::string>{"The minutes were agreed.", "The Partnership noted the survey.",
                                                "CD to write to the bus operator."});
  CHECK(forms_of(x) == std::vector<std::string>{"table", "table", "table"});
  CHECK(x.resolutions[2].tracked());
  REQUIRE(x.resolutions[2].due);
  REQUIRE(x.resolutions[2].due->day);
}

TEST_CASE("clause finder: a skipped number keeps its clause and warns") {
  const Extraction x = extract_text(text_of({
      "MINUTES of a meeting of the Parks Scrutiny Panel held on Monday 3 March 2025",
      "",
      "12. PLAY AREA INSPECTIONS",
      "",
      "RESOLVED:",
      "(1) That the results be noted.",
      "(2) That the Parks Manager circulate the repair schedule.",
      "(4) That the inspections be reported to the Panel in twelve months.",
      "(4) That the Chair write to the play equipment supplier.",
  }));
  CHECK(x.resolutions.size() == 4);
  CHECK(has_warning(x, "numbering-gap"));
}

TEST_CASE("clause finder: agenda proposals and officers' recommendations are not decisions") {
  const Extraction x = extract_text(text_of({
      "MINUTES of a meeting of the Parks Scrutiny Panel held on Monday 3 March 2025",
      "",
      "12. PLAY AREA INSPECTIONS",
      "",
      "Recommendations:",
      "That the Panel notes the inspection results.",
      "",
      "Minutes:",
      "",
      "The Parks Manager presented the report.",
      "",
      "RESOLVED: That the inspection results be noted.",
  }));
  CHECK(texts_of(x) == std::vector<std::string>{"That the inspection results be noted."});
}
