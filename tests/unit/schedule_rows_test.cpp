// extract: a council's own monitoring schedule read as rows with their dated updates.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/schedule_rows.h"
#include "parse/minutes.h"

using namespace tracker;

namespace {

std::vector<CouncilScheduleRow> rows_of(const std::vector<std::string>& text, std::optional<Day> updated) {
  std::vector<std::string_view> raw(text.begin(), text.end());
  const CleanLines lines = clean_all(raw);
  DocumentPart part;
  part.kind = PartKind::monitoring_schedule;
  part.begin_line = 1;
  part.end_line = static_cast<int>(text.size());
  part.date = updated;
  return read_schedule_rows(raw, lines, part);
}

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y}, date::month{m}, date::day{d}}; }

}  // namespace

TEST_CASE("schedule rows: a flattened web table keeps its empty cells and its paragraphs") {
  const auto rows = rows_of(
      {"RECOMMENDATIONS - IMPLEMENTATION MONITORING SCHEDULE", "",
       "Decision Date\tItem\tScrutiny Recommendation\tCompletion date for actions\tAction/Response Completed\tFurther action required by Scrutiny",
       "12/05/21\tBus Shelters\tThat the Cabinet Member be asked to review the repair contract.\t\t<p>Asked on 20 May.</p> <p>Chased 2 August</p>"
       "<p>Reply expected in the autumn.</p>\t<p>Report to the November meeting.</p>",
       "09/06/21\tLibraries\tThat opening hours data be circulated to members.\t30/07/21\t<p>Circulated by email.</p>\t",
       "", "Sub-group work", "Project\tDetails\tStatus", "Library review\tScoping\tIn progress"},
      day(2021, 10, 4));
  REQUIRE(rows.size() == 2);
  const CouncilScheduleRow& shelters = rows[0];
  CHECK(shelters.line == 4);
  CHECK(shelters.decided_on == day(2021, 5, 12));
  CHECK(shelters.item == "Bus Shelters");
  CHECK(shelters.recommendation == "That the Cabinet Member be asked to review the repair contract.");
  CHECK_FALSE(shelters.completed_on);  // the empty cell keeps the response in its own column
  REQUIRE(shelters.updates.size() == 3);
  CHECK(shelters.updates[0].kind == CouncilUpdateKind::note);
  CHECK(shelters.updates[1].kind == CouncilUpdateKind::chase);
  CHECK(shelters.updates[1].date == day(2021, 8, 2));  // the schedule's year
  CHECK(shelters.updates[1].text == "Chased 2 August");
  CHECK(shelters.further_action == "Report to the November meeting.");
  const CouncilScheduleRow& libraries = rows[1];
  CHECK(libraries.completed_on == day(2021, 7, 30));
  CHECK(libraries.further_action.empty());
}

TEST_CASE("schedule rows: another council's columns, a lead officer and a status") {
  const auto rows = rows_of(
      {"Minute\tDate of meeting\tRecommendation\tLead Officer\tTarget date\tProgress update",
       "34\t3 March 2022\tThat a site visit be arranged.\tHead of Planning\tMay 2022\tReminder sent 4 May 2022. Completed 12 June 2022.",
       "35\t3 March 2022\tThat the policy be redrafted.\tMonitoring Officer\t\tAction transferred to the Constitution Working Group."},
      std::nullopt);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].item == "34");
  CHECK(rows[0].decided_on == day(2022, 3, 3));
  CHECK(rows[0].owner == "Head of Planning");
  CHECK(rows[0].due_text == "May 2022");
  CHECK_FALSE(rows[0].due_on);
  REQUIRE(rows[0].updates.size() == 2);
  CHECK(rows[0].updates[0].kind == CouncilUpdateKind::chase);
  CHECK(rows[0].updates[0].date == day(2022, 5, 4));
  CHECK(rows[0].updates[1].kind == CouncilUpdateKind::completed);
  CHECK(rows[0].updates[1].date == day(2022, 6, 12));
  REQUIRE(rows[1].updates.size() == 1);
  CHECK(rows[1].updates[0].kind == CouncilUpdateKind::transfer);
  CHECK(rows[1].updates[0].transferred_to == "Constitution Working Group");
}

TEST_CASE("schedule rows: a table that is not a schedule gives none") {
  CHECK(rows_of({"Project\tDetails\tStatus", "Food Poverty\tScoping\tIn scoping stage."}, std::nullopt).empty());
  CHECK(rows_of({"Date\tItem\tPurpose", "16 June\tBudget\tTo receive the report."}, std::nullopt).empty());
  CHECK(rows_of({"That the report be noted.", "Decision Date\tItem"}, std::nullopt).empty());
}

TEST_CASE("schedule rows: a Word cell's joined paragraphs are cut into entries") {
  const auto updates = read_schedule_updates({"Briefing requested. Chased 17 June Chased 6 July Written information provided to Chair."},
                                             day(2020, 10, 13));
  REQUIRE(updates.size() == 4);
  CHECK(updates[0].text == "Briefing requested.");
  CHECK(updates[1].kind == CouncilUpdateKind::chase);
  CHECK(updates[1].date == day(2020, 6, 17));
  CHECK(updates[2].text == "Chased 6 July");
  CHECK(updates[2].date == day(2020, 7, 6));
  CHECK(updates[3].text == "Written information provided to Chair.");
  SUBCASE("a dated note") {
    const auto dated = read_schedule_updates({"20 July 2020: Update meeting held."}, std::nullopt);
    REQUIRE(dated.size() == 1);
    CHECK(dated[0].kind == CouncilUpdateKind::note);
    CHECK(dated[0].date == day(2020, 7, 20));
  }
}
