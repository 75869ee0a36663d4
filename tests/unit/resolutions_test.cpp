// parse: resolution markers and the clauses under them.
#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/line_shape.h"
#include "parse/minutes.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

const ResolutionMarkers& default_markers() {
  static const ResolutionMarkers markers{default_test_config().vocabulary.resolution_markers,
                                         default_test_config().vocabulary.reason_markers};
  return markers;
}

// The clause text after the marker, or "<not a marker>".
std::string after_marker(std::string_view line) {
  auto end = resolution_marker_end(line, default_markers());
  return end ? std::string(line.substr(*end)) : "<not a marker>";
}

std::string label_of(const Resolution& r) { return r.clause.label ? *r.clause.label : "none"; }

std::vector<std::string> labels_of(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& r : x.resolutions) out.push_back(label_of(r));
  return out;
}

// A meeting heading and one item, then the given lines.
std::string minutes_with(std::initializer_list<std::string_view> body) {
  std::string out = text_of({
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020",
      "",
      "Present:- Councillor Jarvis (Vice-Chair in the Chair); Councillors Beaumont and Elliot",
      "",
      "# 50. CYPS DIRECTORATE WORKFORCE STRATEGY",
      "",
      "The Assistant Director of Children and Young People's Services attended the meeting to present a report.",
      "",
  });
  out += text_of(body);
  return out;
}

}  // namespace

TEST_CASE("resolutions: markers and where the clause text starts") {
  CHECK(after_marker("Resolved:-That the minutes be approved.") == "That the minutes be approved.");
  CHECK(after_marker("Resolved: - That the report be noted.") == "That the report be noted.");
  CHECK(after_marker("Resolved;-That the report be noted.") == "That the report be noted.");
  CHECK(after_marker("RESOLVED: That the report be noted.") == "That the report be noted.");
  CHECK(after_marker("RESOLVED \xE2\x80\x93 (1) that the report be noted.") == "(1) that the report be noted.");
  CHECK(after_marker("Resolved that the report be noted.") == "that the report be noted.");
  CHECK(after_marker("AGREED: That the report be noted.") == "That the report be noted.");
  CHECK(after_marker("The Committee RESOLVED to note the report.") == "to note the report.");
  CHECK(after_marker("It was RESOLVED that the report be noted.") == "that the report be noted.");
  CHECK(after_marker("RESOLVED that: (1) the report be noted.") == "(1) the report be noted.");
  CHECK(after_marker("Resolved (unanimously): That the report be noted.") == "That the report be noted.");
  CHECK(after_marker("RECOMMENDED \xE2\x80\x93 that Cabinet approves the policy.") == "that Cabinet approves the policy.");
  CHECK(after_marker("Decision: That the report be noted.") == "That the report be noted.");
  SUBCASE("a marker alone on its line: the clauses follow") {
    CHECK(after_marker("Resolved: -") == "");
    CHECK(after_marker("RESOLVED that:") == "");
    CHECK(after_marker(clean_line("### **Resolved:** -").text) == "");
  }
  SUBCASE("not markers") {
    CHECK(after_marker("Resolved issues were discussed at length.") == "<not a marker>");
    CHECK(after_marker("The Chair noted that it had been agreed that a visit would be arranged.") == "<not a marker>");
    CHECK(after_marker("Officers agreed to circulate the data to members.") == "<not a marker>");
    CHECK(after_marker("Members were informed that the matter had been resolved.") == "<not a marker>");
    CHECK(after_marker("Decision making was discussed.") == "<not a marker>");
    CHECK(after_marker("") == "<not a marker>");
  }
  SUBCASE("a marker written in capitals in the vocabulary matches capitals only") {
    CHECK(after_marker("Recommended that the report be noted.") == "<not a marker>");
  }
}

TEST_CASE("resolutions: numbered clauses") {
  const Extraction x = extract_text(minutes_with({
      "## Resolved: -",                                                                                   // 9
      "",                                                                                                 // 10
      "- (1) That the report be noted.",                                                                  // 11
      "- (2) That it be noted that the Commission supports and endorses the CYPS Workforce Strategy.",    // 12
      "- (3) That a progress report on the delivery of the CYPS Workforce Strategy be brought back to a meeting of the "
      "Improving Lives Select Commission in 12 months' time.",                                           // 13
      "",
      "## 51. URGENT BUSINESS",
      "",
      "There was no urgent business to report.",
  }));
  REQUIRE(x.resolutions.size() == 3);
  CHECK(labels_of(x) == std::vector<std::string>{"1", "2", "3"});
  CHECK(x.resolutions[0].clause.text == "That the report be noted.");
  CHECK(x.resolutions[2].clause.text ==
        "That a progress report on the delivery of the CYPS Workforce Strategy be brought back to a meeting of the "
        "Improving Lives Select Commission in 12 months' time.");
  CHECK(x.resolutions[0].clause.line == 11);
  CHECK(x.resolutions[2].clause.line == 13);
  CHECK(x.resolutions[0].clause.block == x.resolutions[2].clause.block);
  REQUIRE(x.items.size() == 2);
  CHECK(x.resolutions[0].clause.item == 0);
  CHECK(x.resolutions[2].clause.item == 0);
  CHECK_FALSE(x.resolutions[1].clause.parent);
}

TEST_CASE("resolutions: lettered parts under a stem that only introduces them") {
  const Extraction x = extract_text(minutes_with({
      "Resolved:-",
      "",
      "(1) That the report be noted.",
      "(2) That the Chair be thanked for her work.",
      "(3) That the following recommendations be submitted to OSMB:",
      "a) That Cabinet reviews the funding of the Early Help service.",
      "b) That a further report be brought back in six months' time.",
  }));
  // (3) names where its parts go and decides nothing of its own: a stem, not a clause.
  REQUIRE(x.resolutions.size() == 4);
  CHECK(labels_of(x) == std::vector<std::string>{"1", "2", "3(a)", "3(b)"});
  const RawClause& a = x.resolutions[2].clause;
  CHECK(a.text == "That Cabinet reviews the funding of the Early Help service.");
  REQUIRE(a.parent);
  CHECK(*a.parent == "3");
  CHECK(a.parent_index == -1);
  CHECK(a.depth == 1);
  CHECK(a.found_by == "stem-part");
  CHECK(x.resolutions[3].clause.found_by == "stem-part");
}

TEST_CASE("resolutions: a stem that also decides something stays a clause beside its parts") {
  const Extraction x = extract_text(minutes_with({
      "Resolved:-",
      "(1) That the report be noted and the following recommendations be submitted to OSMB:",
      "a) That Cabinet reviews the funding of the Early Help service.",
      "b) That a further report be brought back in six months' time.",
  }));
  REQUIRE(x.resolutions.size() == 3);
  CHECK(labels_of(x) == std::vector<std::string>{"1", "1(a)", "1(b)"});
  CHECK(x.resolutions[1].clause.parent_index == 0);
  CHECK(x.resolutions[0].clause.found_by == "label");
}

TEST_CASE("resolutions: an unlabelled stem that introduces lettered parts") {
  const Extraction x = extract_text(minutes_with({
      "Resolved: - That the following recommendations be submitted to Cabinet:",
      "(a) That all schools be encouraged to adopt the attendance pathway.",
      "(b) That the support offer to families be reviewed.",
  }));
  REQUIRE(x.resolutions.size() == 2);
  CHECK(labels_of(x) == std::vector<std::string>{"a", "b"});
  CHECK(x.resolutions[0].clause.depth == 1);
  CHECK(x.resolutions[0].kind == ClauseKind::recommendation);
  REQUIRE(x.resolutions[1].owner);
  CHECK(x.resolutions[1].owner->name == "Cabinet");
}

TEST_CASE("resolutions: roman numerals") {
  const Extraction x = extract_text(minutes_with({
      "Resolved:-",
      "(1) That the report be noted.",
      "(2) That the following information be circulated to members:",
      "(i) the attendance figures for each school;",
      "(ii) the exclusion data for the autumn term;",
      "(iii) the number of pupils in alternative provision.",
  }));
  REQUIRE(x.resolutions.size() == 5);
  CHECK(labels_of(x) == std::vector<std::string>{"1", "2", "2(i)", "2(ii)", "2(iii)"});
  CHECK(x.resolutions[3].clause.text == "the exclusion data for the autumn term;");
}

TEST_CASE("resolutions: inline clauses on one line") {
  SUBCASE("1) … 2) … 3) …") {
    const Extraction x = extract_text(minutes_with({
        "Resolved: - 1) That the report be noted. 2) That the Work Programme be updated as discussed. "
        "3) That the Work Programme for 2020/21 be approved.",
    }));
    REQUIRE(x.resolutions.size() == 3);
    CHECK(labels_of(x) == std::vector<std::string>{"1", "2", "3"});
    CHECK(x.resolutions[0].clause.text == "That the report be noted.");
    CHECK(x.resolutions[1].clause.text == "That the Work Programme be updated as discussed.");
    CHECK(x.resolutions[2].clause.text == "That the Work Programme for 2020/21 be approved.");
  }
  SUBCASE("a flattened HTML list") {
    const Extraction x = extract_text(minutes_with({
        "<p>Resolved: -</p> <ol style=\"list-style-type: none\"> <li>1) That the report be noted.</li> "
        "<li>2) That a summary be circulated to members.</li></ol>",
    }));
    REQUIRE(x.resolutions.size() == 2);
    CHECK(x.resolutions[1].clause.text == "That a summary be circulated to members.");
  }
  SUBCASE("a number inside a clause does not split it") {
    const Extraction x = extract_text(minutes_with({
        "Resolved: - That the report be noted and that the figures at Key Stages 1, 2 and 3 be circulated to members.",
    }));
    REQUIRE(x.resolutions.size() == 1);
    CHECK_FALSE(x.resolutions[0].clause.label);
  }
}

TEST_CASE("resolutions: unlabelled clauses") {
  SUBCASE("one clause on the marker's line") {
    const Extraction x = extract_text(minutes_with({
        "Resolved:-That the minutes of the previous meeting, held on 29th October 2019, be approved as a correct record for "
        "signature by the Chair.",
    }));
    REQUIRE(x.resolutions.size() == 1);
    CHECK_FALSE(x.resolutions[0].clause.label);
    CHECK(x.resolutions[0].clause.text ==
          "That the minutes of the previous meeting, held on 29th October 2019, be approved as a correct record for signature "
          "by the Chair.");
  }
  SUBCASE("one clause per 'That …' paragraph") {
    const Extraction x = extract_text(minutes_with({
        "Resolved: -",
        "",
        "That the report be noted.",
        "",
        "That the Governance Advisor makes the required follow up activity as required for the outstanding actions.",
    }));
    REQUIRE(x.resolutions.size() == 2);
    CHECK(x.resolutions[1].clause.text ==
          "That the Governance Advisor makes the required follow up activity as required for the outstanding actions.");
  }
  SUBCASE("a hard-wrapped clause is one clause") {
    const Extraction x = extract_text(minutes_with({
        "Resolved: - That a further report be brought to the December 2020 meeting",
        "of the Improving Lives Select Commission.",
        "",
        "# 51. URGENT BUSINESS",
    }));
    REQUIRE(x.resolutions.size() == 1);
    CHECK(x.resolutions[0].clause.text ==
          "That a further report be brought to the December 2020 meeting of the Improving Lives Select Commission.");
    CHECK(x.resolutions[0].clause.end_line == x.resolutions[0].clause.line + 1);
  }
}

TEST_CASE("resolutions: a clause continued across a page break") {
  const Extraction x = extract_text(minutes_with({
      "Resolved: -",                                                                             // 9
      "(1) That the report be noted.",                                                           // 10
      "(2) That a further report on the implementation of the strategy be brought to the",       // 11
      "",                                                                                        // 12
      "Page 4",                                                                                  // 13
      "",                                                                                        // 14
      "December 2020 meeting of the Improving Lives Select Commission.",                         // 15
      "",                                                                                        // 16
      "# 51. URGENT BUSINESS",                                                                   // 17
  }));
  REQUIRE(x.resolutions.size() == 2);
  CHECK(x.resolutions[1].clause.text ==
        "That a further report on the implementation of the strategy be brought to the December 2020 meeting of the "
        "Improving Lives Select Commission.");
  CHECK(x.resolutions[1].clause.line == 11);
  CHECK(x.resolutions[1].clause.end_line == 15);
}

TEST_CASE("resolutions: REASON is attached as a reason, not a clause") {
  const Extraction x = extract_text(minutes_with({
      "RESOLVED \xE2\x80\x93 (1) that the report be noted.",
      "(2) that a further report be submitted to the March 2020 meeting.",
      "REASON: To ensure that the Committee is kept informed of progress.",
      "",
      "# 51. URGENT BUSINESS",
  }));
  REQUIRE(x.resolutions.size() == 2);
  CHECK(labels_of(x) == std::vector<std::string>{"1", "2"});
  CHECK(x.resolutions[1].clause.text == "that a further report be submitted to the March 2020 meeting.");
  CHECK(x.resolutions[1].clause.reason == "To ensure that the Committee is kept informed of progress.");
  CHECK(x.resolutions[0].clause.reason == "To ensure that the Committee is kept informed of progress.");
}

TEST_CASE("resolutions: other councils' markers through extraction") {
  SUBCASE("AGREED:") {
    const Extraction x = extract_text(minutes_with({"AGREED: That the report be noted."}));
    REQUIRE(x.resolutions.size() == 1);
    CHECK(x.resolutions[0].clause.text == "That the report be noted.");
  }
  SUBCASE("The Committee RESOLVED to") {
    const Extraction x = extract_text(minutes_with({"The Committee RESOLVED to note the report and to receive a further update in March 2020."}));
    REQUIRE(x.resolutions.size() == 1);
    CHECK(x.resolutions[0].clause.text == "to note the report and to receive a further update in March 2020.");
  }
}

TEST_CASE("resolutions: what officers asked for is not what the committee resolved") {
  const Extraction x = extract_text(minutes_with({
      "Recommendations:",
      "That Cabinet:",
      "1. Note the report.",
      "2. Approve the revised policy.",
  }));
  CHECK(x.resolutions.empty());
}

TEST_CASE("resolutions: clauses quoted in a work programme belong to earlier meetings") {
  const Extraction x = extract_text(text_of({
      "IMPROVING LIVES SELECT COMMISSION",
      "Tuesday, 22nd September, 2020",
      "",
      "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis and Atkin.",
      "",
      "97. WORK PROGRAMME 2020/21",
      "",
      "Resolved: -",
      "1) That the Work Programme be updated as discussed.",
      "",
      "Work programme \xE2\x80\x93 Improving Lives Select Commission UPDATED: 13 OCTOBER 2020",
      "",
      "Meeting Date\tAgenda Item\tPurpose/ Outcomes\tRecommendations",
      "28 July\tUpdate on LAC Sufficiency\tTo monitor progress.\t<p>Resolved: -</p> <ol> <li>1) That the progress made be "
      "noted.</li> <li>2) That a summary of the meeting be circulated to members.</li></ol>",
  }));
  REQUIRE(x.resolutions.size() == 1);
  CHECK(x.resolutions[0].clause.text == "That the Work Programme be updated as discussed.");
  REQUIRE(x.quoted_resolutions.size() == 2);
  CHECK(x.quoted_resolutions[1].resolution.clause.text == "That a summary of the meeting be circulated to members.");
  REQUIRE(x.quoted_resolutions[1].day);
  CHECK(format_day(*x.quoted_resolutions[1].day) == "2020-07-28");
  CHECK(x.quoted_resolutions[1].item == "Update on LAC Sufficiency");
}
