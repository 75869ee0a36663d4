// domain/matching: which event (or proposal) an item or listing makes of an action. In memory.
#include <doctest/doctest.h>

#include "domain/matching.h"

using namespace tracker;

namespace {

Day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }

// Scores titles as reconciliation does, with the words as ids of one table.
struct Words {
  WordTable table;
  WordIds of(std::string_view text) { return table.ids(significant_words(text)); }
  double score(std::string_view candidate, std::string_view origin, std::string_view clause) {
    return match_score(of(candidate), of(origin), of(clause), asks_to_come_back(clause));
  }
};

const char* kOrigin = "CYPS Directorate Workforce Strategy";
const char* kClause = "That a progress report on the delivery of the CYPS Workforce Strategy be brought back in 12 months' time.";

}  // namespace

TEST_CASE("matching: significant words leave out stop words, plurals and the names given") {
  CHECK(significant_words("The Progress Report on Children's Centres") == std::vector<std::string>{"centre", "children"});
  CHECK(subject_words("Elective Home Education, elective home education") == "education elective home");
  CHECK(subject_words("Improving Lives: Workforce", significant_words("Improving Lives Select Commission")) == "workforce");
}

TEST_CASE("matching: an item title against an action's subject") {
  Words w;
  CHECK(w.score("CYPS Directorate workforce strategy – progress report", kOrigin, kClause) == doctest::Approx(1.0));
  CHECK(w.score("Elective Home Education", kOrigin, kClause) == doctest::Approx(0.0));
  // The same subject counts for less when the clause does not ask for it to come back.
  CHECK(w.score("CYPS Directorate workforce strategy", kOrigin, "That nominations be sought for a sub-group.") == doctest::Approx(0.7));
}

TEST_CASE("matching: whether a clause asks for its subject to come back") {
  CHECK(asks_to_come_back("That a progress report be brought back in six months."));
  CHECK(asks_to_come_back("That the Commission receives an update in March."));
  CHECK_FALSE(asks_to_come_back("That nominations be sought for a sub-group."));
}

TEST_CASE("matching: the window runs from the decision to six months after the due") {
  const MatchWindow w = match_window(day(2020, 1, 14), day(2021, 1, 26));
  CHECK(w.decided == 20200114);
  CHECK(w.due_limit == 20210126);
  CHECK(w.horizon == 20210726);
  const MatchWindow without = match_window(day(2020, 1, 14), std::nullopt);
  CHECK(without.due_limit == 0);
  CHECK(without.horizon == 20210114);  // twelve months after the decision
  CHECK(day_key("2020-09-22") == 20200922);
  CHECK(day_key("2020-09") == 202009);
  CHECK(day_key(day(2020, 9, 22)) == 20200922);
}

TEST_CASE("matching: the decision a candidate makes") {
  Words w;
  const WordIds origin = w.of(kOrigin), clause = w.of(kClause);
  const WordIds same = w.of("CYPS Directorate workforce strategy – progress report");
  const WordIds half = w.of("CYPS Directorate staffing");  // two of the origin's four words
  const WordIds other = w.of("Elective Home Education");
  const MatchAction action{match_window(day(2020, 1, 14), day(2021, 1, 26)), &origin, &clause, true};
  const MatchThresholds thresholds{0.8, 0.5};

  SUBCASE("an item of minutes in the due month delivers it") {
    const MatchDecision d = decide_match(action, {20210126, EventKind::delivered, &same, false}, thresholds);
    CHECK(d.outcome == MatchOutcome::event);
    CHECK(d.kind == EventKind::delivered);
    CHECK(d.score == doctest::Approx(1.0));
  }
  SUBCASE("an item before the month the clause asked for does not deliver it") {
    CHECK(decide_match(action, {20201215, EventKind::delivered, &same, false}, thresholds).outcome == MatchOutcome::none);
  }
  SUBCASE("but a listing before then schedules it") {
    const MatchDecision d = decide_match(action, {20201215, EventKind::scheduled, &same, false}, thresholds);
    CHECK(d.outcome == MatchOutcome::event);
    CHECK(d.kind == EventKind::scheduled);
  }
  SUBCASE("nothing on or before the decision, nothing after the horizon") {
    CHECK(decide_match(action, {20200114, EventKind::scheduled, &same, false}, thresholds).outcome == MatchOutcome::none);
    CHECK(decide_match(action, {20210727, EventKind::delivered, &same, false}, thresholds).outcome == MatchOutcome::none);
  }
  SUBCASE("a weaker match is a proposal, a poor one nothing") {
    const MatchDecision d = decide_match(action, {20210126, EventKind::delivered, &half, false}, thresholds);
    CHECK(d.outcome == MatchOutcome::proposal);
    CHECK(d.score == doctest::Approx(0.5));
    CHECK(decide_match(action, {20210126, EventKind::delivered, &other, false}, thresholds).outcome == MatchOutcome::none);
  }
  SUBCASE("another committee taking up what was sent to it counts in full") {
    const WordIds nominations = w.of("That nominations be sought for a sub-group.");
    const MatchAction not_back{action.window, &origin, &nominations, false};
    const WordIds title = w.of("CYPS Directorate workforce strategy");
    const MatchDecision own = decide_match(not_back, {20210126, EventKind::delivered, &title, false}, thresholds);
    CHECK(own.outcome == MatchOutcome::proposal);
    CHECK(own.score == doctest::Approx(0.7));
    CHECK(decide_match(not_back, {20210126, EventKind::delivered, &title, true}, thresholds).outcome == MatchOutcome::event);
  }
}
