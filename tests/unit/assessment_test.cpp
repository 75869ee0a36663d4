// app/assessment: the reports' reading flows on a database of their own (calendars, the actions
// as they stood on a day, the rules run on them, the schedule's live rows), and as_it_stood and
// facts_for on typed events built by hand.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/assessment.h"
#include "app/lifecycle_commands.h"
#include "board_fixture.h"
#include "test_helpers.h"
#include "view_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

const char* kAction = kBoardAction;

// test::BoardDatabase (its minutes' meeting held on 2 March 2021, meetings planned on 15 June and
// 20 July), with the 15 June meeting cancelled on 1 May: the action due there moves to 20 July.
struct Tracker : BoardDatabase {
  Tracker() { app::cancel_meeting(store, "Scrutiny Board", iso_day("2021-06-15"), by_hand("2021-05-01", "room unavailable")); }
};

std::vector<Day> meetings_on(const Store& store, const char* as_of) {
  const auto list = calendars(store, std::nullopt, iso_day(as_of));
  REQUIRE(list.size() == 1);
  return list.front().meetings;
}

const Action* find(const std::vector<Action>& list, const char* id) {
  const auto at = std::find_if(list.begin(), list.end(), [&](const Action& a) { return a.id == id; });
  return at == list.end() ? nullptr : &*at;
}

const AssessedAction* find(const Assessment& a, const char* id) {
  const auto at = std::find_if(a.actions.begin(), a.actions.end(), [&](const AssessedAction& x) { return x.action.id == id; });
  return at == a.actions.end() ? nullptr : &*at;
}

bool raised(const AssessedAction& a, const char* rule) {
  return std::any_of(a.flags.begin(), a.flags.end(), [&](const RaisedFlag& f) { return f.rule->id == rule; });
}

}  // namespace

TEST_CASE("assessment: a calendar leaves out a cancelled meeting, unless it was cancelled after the day asked about") {
  Tracker t;
  CHECK(meetings_on(t.store, "2021-04-01") == std::vector<Day>{iso_day("2021-03-02"), iso_day("2021-06-15"), iso_day("2021-07-20")});
  CHECK(meetings_on(t.store, "2021-05-01") == std::vector<Day>{iso_day("2021-03-02"), iso_day("2021-07-20")});
  const auto now = calendars(t.store, std::string("SB"), std::nullopt);
  REQUIRE(now.size() == 1);
  CHECK(now.front().committee == "Scrutiny Board");
  CHECK(now.front().next_on_or_after(iso_day("2021-06-01")) == iso_day("2021-07-20"));
  CHECK(now.front().last_before(iso_day("2021-06-01")) == iso_day("2021-03-02"));
}

TEST_CASE("assessment: the actions as they stood on a day - the due before a later move, the status before a later close") {
  Tracker t;
  app::close_action(t.store, kAction, by_hand("2021-06-01", "report received by email"));
  ActionFilter open;
  open.statuses = {Status::open};
  const auto april = actions_as_of(t.store, open, iso_day("2021-04-01"));
  const Action* before = find(april, kAction);
  REQUIRE(before);
  CHECK(before->status == Status::open);
  CHECK(before->due == ActionDue::meeting(iso_day("2021-06-15"), MeetingState::planned));  // the cancellation came later
  CHECK(before->reschedule_count == 0);
  const auto may = actions_as_of(t.store, open, iso_day("2021-05-15"));
  REQUIRE(find(may, kAction));
  CHECK(find(may, kAction)->due == ActionDue::meeting(iso_day("2021-07-20"), MeetingState::planned));
  CHECK(find(may, kAction)->reschedule_count == 1);
  CHECK_FALSE(find(actions_as_of(t.store, open, iso_day("2021-06-02")), kAction));  // closed by then
  ActionFilter due_before;
  due_before.due_before = iso_day("2021-07-01");
  CHECK(find(actions_as_of(t.store, due_before, iso_day("2021-04-01")), kAction));  // due 15 June then
  CHECK_FALSE(find(actions_as_of(t.store, due_before, iso_day("2021-05-15")), kAction));
  CHECK(actions_as_of(t.store, open, iso_day("2021-03-01")).empty());  // nothing was decided yet
}

TEST_CASE("assessment: assess runs the rules on the facts of the day") {
  Tracker t;
  const RuleSet rules(default_rules());
  const Assessment july = assess(t.store, rules, iso_day("2021-07-25"), std::nullopt, live_statuses());
  const AssessedAction* late = find(july, kAction);
  REQUIRE(late);
  CHECK(late->facts.due == "20 July 2021 meeting");
  CHECK(late->facts.days_overdue == 5);
  CHECK(late->facts.reschedule_count == 1);
  CHECK(raised(*late, "overdue"));
  const Assessment june = assess(t.store, rules, iso_day("2021-06-20"), std::nullopt, live_statuses());
  REQUIRE(find(june, kAction));
  CHECK(find(june, kAction)->facts.days_overdue == 0);
  CHECK_FALSE(raised(*find(june, kAction), "overdue"));  // the cancelled meeting is not one it missed
}

TEST_CASE("assessment: the schedule's rows are what is to do and what was finished since the last meeting") {
  Tracker t;
  app::close_action(t.store, kAction, by_hand("2021-06-01", "report received by email"));
  const RuleSet rules(default_rules());
  const Assessment june = assess_live_and_since_last_meeting(t.store, rules, iso_day("2021-06-10"), std::nullopt);
  REQUIRE(find(june, kAction));  // closed after the 2 March meeting: news at the next one
  CHECK(find(june, kAction)->action.status == Status::closed);
  CHECK(std::any_of(june.actions.begin(), june.actions.end(), [](const AssessedAction& a) { return a.action.kind == ClauseKind::recommendation; }));
  const Assessment may = assess_live_and_since_last_meeting(t.store, rules, iso_day("2021-05-10"), std::nullopt);
  REQUIRE(find(may, kAction));
  CHECK(find(may, kAction)->action.status == Status::open);  // the close came later
}

TEST_CASE("domain action: as_it_stood on typed events - later events unseen, the due a later move moved it from, a later response not received") {
  Action a;
  a.id = "ILSC-2020-09-95.2";
  a.committee = "Improving Lives Select Commission";
  a.decision_date = iso_day("2020-09-22");
  a.kind = ClauseKind::recommendation;
  a.due = ActionDue::meeting(iso_day("2021-01-26"), MeetingState::planned);
  a.status = Status::closed;
  a.response = Response::accepted;
  a.response_by = "Cabinet";
  a.response_date = iso_day("2020-12-14");
  a.events.push_back(event_view("created", "2020-09-22", "", "import"));
  a.events.push_back(event_view("chased", "2020-10-01", "", "Governance Advisor"));
  ActionEvent moved = event_view("rescheduled", "2020-11-20", "December meeting cancelled", "Governance Advisor", "2020-12-15");
  moved.due_before = RecordedDue::meeting(iso_day("2020-12-15"));
  moved.due_after = RecordedDue::meeting(iso_day("2021-01-26"));
  moved.sequence = 3;
  a.events.push_back(moved);
  ActionEvent closed = event_view("closed", "2021-02-01", "done", "Governance Advisor");
  closed.sets = Status::closed;
  closed.sequence = 4;
  a.events.push_back(closed);
  a.reschedule_count = 1;
  a.chase_count = 1;

  const Action october = as_it_stood(a, iso_day("2020-10-13"));
  CHECK(october.events.size() == 2);
  CHECK(october.status == Status::open);
  CHECK(october.due == ActionDue::meeting(iso_day("2020-12-15"), MeetingState::planned));
  CHECK(october.reschedule_count == 0);
  CHECK(october.chase_count == 1);
  CHECK(october.response == Response::awaiting);
  CHECK_FALSE(october.response_date);
  CHECK(october.response_by.empty());

  const Action december = as_it_stood(a, iso_day("2020-12-31"));
  CHECK(december.status == Status::open);
  CHECK(december.due == ActionDue::meeting(iso_day("2021-01-26"), MeetingState::planned));
  CHECK(december.reschedule_count == 1);
  CHECK(december.response == Response::accepted);

  const ActionFacts f = facts_for(october, iso_day("2020-10-13"), nullptr);
  CHECK(f.status == "open");
  CHECK(f.response == "awaiting");
  CHECK_FALSE(f.has_response);
  CHECK(f.due == "15 December 2020 meeting");
  CHECK(f.due_precision == "day");
  CHECK(f.due_meeting_state == "planned");
  CHECK(f.last_chased == day_number(iso_day("2020-10-01")));
  // A day after every event: as it is.
  const Action now = as_it_stood(a, iso_day("2021-03-01"));
  CHECK(now.status == Status::closed);
  CHECK(now.events.size() == 4);
}
