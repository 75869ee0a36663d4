// domain/schedule_match: which action a row of the council's own schedule is, and which of its
// entries the tracker has already. In memory.
#include <doctest/doctest.h>

#include "core/text.h"
#include "domain/schedule_match.h"

using namespace tracker;

namespace {

Day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }

const char* kLiquidLogic =
    "That an update be provided to members of the Improving Lives Select Commission on the implementation and use of the Liquid Logic case "
    "management system.";

}  // namespace

TEST_CASE("schedule match: the same recommendation, word for word or retyped, is found, and another is not") {
  CHECK(recommendation_likeness(kLiquidLogic, kLiquidLogic) == 1.0);
  // Retyped: case, a closing full stop, a plural.
  CHECK(recommendation_likeness(kLiquidLogic,
                                "That an update be provided to Members of the Improving Lives Select Commission on the implementation and "
                                "use of the Liquid Logic case management systems") >= kSameRecommendation);
  // The same subject, a different request: fewer than four in five words shared.
  CHECK(recommendation_likeness(kLiquidLogic, "That a spotlight review of the Liquid Logic case management system be arranged.") <
        kSameRecommendation);
  CHECK(recommendation_likeness("", kLiquidLogic) == 0.0);
}

TEST_CASE("schedule match: the likest candidate above the bar, or none") {
  const std::vector<std::string> candidates = {
      "That the report be noted.",
      "That an update be provided to members on the implementation of the Liquid Logic case management system.",
      kLiquidLogic,
  };
  CHECK(same_recommendation(kLiquidLogic, candidates) == std::optional<size_t>(2));
  CHECK(same_recommendation("That the Work Programme be updated as discussed.", candidates) == std::nullopt);
  CHECK(same_recommendation(kLiquidLogic, {}) == std::nullopt);
}

TEST_CASE("schedule match: words compare without case, runs of spaces or a closing full stop") {
  CHECK(comparable_words("  Action transferred to Sub and Project Group tracker. ") == "action transferred to sub and project group tracker");
  CHECK(comparable_words("Chased\t17  June") == "chased 17 june");
  CHECK(comparable_words("Chased 17 June") != comparable_words("Chased 17 July"));
}

TEST_CASE("schedule match: an entry is recorded already when its kind and words are there, and its day when the council dated it") {
  const std::vector<RecordedEntry> recorded = {
      {EventKind::chased, day(2020, 6, 17), "Chased 17 June"},
      {EventKind::updated, day(2020, 10, 13), "Written information provided to Chair."},
  };
  CHECK(already_recorded(EventKind::chased, day(2020, 6, 17), "chased 17 June.", recorded));
  CHECK_FALSE(already_recorded(EventKind::chased, day(2021, 6, 17), "Chased 17 June", recorded));  // another year's
  CHECK_FALSE(already_recorded(EventKind::updated, day(2020, 6, 17), "Chased 17 June", recorded));  // another kind
  // Undated: next month's pack gives it another day; it is the same entry.
  CHECK(already_recorded(EventKind::updated, std::nullopt, "Written information provided to Chair", recorded));
  CHECK_FALSE(already_recorded(EventKind::updated, std::nullopt, "Briefing for members held", recorded));
}

TEST_CASE("schedule match: an undated entry is known by the next dated one in its cell, else by the schedule's update") {
  const Day updated = day(2020, 10, 13);
  const std::vector<std::optional<Day>> own = {std::nullopt, day(2020, 6, 17), day(2020, 7, 6), std::nullopt};
  CHECK(entry_days(own, updated) == std::vector<Day>{day(2020, 6, 17), day(2020, 6, 17), day(2020, 7, 6), updated});
  CHECK(entry_days({}, updated).empty());
  CHECK(entry_days({std::nullopt}, updated) == std::vector<Day>{updated});
}
