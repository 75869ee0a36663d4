// Which rows the monitoring schedule shows, the briefing's undated and agenda lines, durations in
// words, and whom the weekly mail greets: on actions built by hand, so each expectation can be
// read off the test itself.
#include <doctest/doctest.h>

#include "app/assessment.h"
#include "config/config.h"
#include "report/briefing.h"
#include "report/event_lines.h"
#include "report/left_out.h"
#include "report/monitoring_schedule.h"
#include "report/overdue_check.h"

#include "view_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

Action action(const char* id, Status status = Status::open) {
  Action a;
  a.id = id;
  a.committee = "Improving Lives Select Commission";
  a.committee_short = "ILSC";
  a.decision_date = iso_day("2020-01-14");
  a.item_title = "Workforce Strategy";
  a.text = "That a progress report be brought back.";
  a.kind = ClauseKind::action;
  a.owner = "Governance Advisor";
  a.status = status;
  a.events.push_back(event_view("created", "2020-01-14", "", "import", "", std::nullopt));
  return a;
}

// An event that sets a status, as the store reads one.
ActionEvent sets(const char* kind, const char* date, Status status, int64_t sequence) {
  ActionEvent e = event_view(kind, date, "", "Governance Advisor");
  e.sets = status;
  e.sequence = sequence;
  return e;
}

ActionEvent choice(const char* kind, const char* date, const char* note, int64_t sequence) {
  ActionEvent e = event_view(kind, date, note, "Governance Advisor");
  e.sequence = sequence;
  return e;
}

Assessment assessed(std::vector<Action> views, const char* as_of) {
  static const RuleSet rules(default_rules());
  Assessment a;
  a.as_of = day(as_of);
  a.calendars.push_back({"Improving Lives Select Commission", {day("2020-09-22"), day("2020-10-27"), day("2020-12-15")}});
  for (auto& v : views) {
    AssessedAction x;
    x.facts = facts_for(v, a.as_of, &a.calendars.front());
    x.flags = rules.evaluate(x.facts);
    x.action = as_it_stood(std::move(v), a.as_of);
    a.actions.push_back(std::move(x));
  }
  return a;
}

std::vector<std::string> ids(const MonitoringSchedule& s) {
  std::vector<std::string> out;
  for (const auto& r : s.rows) out.push_back(r.id + (r.completed_since_last_meeting ? " completed" : ""));
  return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("rows: open and scheduled, and once what was finished at or since the last meeting") {
  Action open = action("A-open");
  Action at_meeting = action("A-delivered-at-meeting", Status::delivered);
  at_meeting.events.push_back(sets("delivered", "2020-10-27", Status::delivered, 2));
  Action since = action("A-closed-since", Status::closed);
  since.events.push_back(sets("closed", "2020-11-02", Status::closed, 3));
  Action before = action("A-transferred-before", Status::transferred);
  before.events.push_back(sets("transferred", "2020-10-26", Status::transferred, 4));
  Action dropped = action("A-dropped-since", Status::dropped);
  dropped.events.push_back(sets("dropped", "2020-11-01", Status::dropped, 5));
  Action later = action("A-closed-after-the-day", Status::closed);
  later.events.push_back(sets("closed", "2020-11-20", Status::closed, 6));
  const Assessment a = assessed({open, at_meeting, since, before, dropped, later}, "2020-11-10");
  // The last meeting before 10 November is 27 October: delivered at it, or closed since, is news;
  // transferred the day before is not; dropped is not "completed"; closed after the day was open then.
  const auto open_scope = monitoring_schedules(a, "Schedule", "open", {});
  REQUIRE(open_scope.size() == 1);
  CHECK(ids(open_scope[0]) ==
        std::vector<std::string>{"A-open", "A-delivered-at-meeting completed", "A-closed-since completed", "A-closed-after-the-day"});
  CHECK(open_scope[0].last_meeting == day("2020-10-27"));
  CHECK(open_scope[0].rows[2].completed_on == day("2020-11-02"));
  CHECK(open_scope[0].rows_summary() ==
        "4 rows: recommendations and actions not yet completed, and 2 completed since the last meeting (27 October 2020).");
  const auto completed = monitoring_schedules(a, "Schedule", "completed", {});
  CHECK(ids(completed[0]) == std::vector<std::string>{"A-delivered-at-meeting completed", "A-closed-since completed"});
  CHECK(completed[0].rows_summary() == "2 rows: completed since the last meeting (27 October 2020).");
  CHECK(monitoring_schedules(a, "Schedule", "all", {})[0].rows.size() == 6);
}

TEST_CASE("rows: every format says a row was completed since the last meeting") {
  Action since = action("A-closed-since", Status::closed);
  since.events.push_back(sets("closed", "2020-11-02", Status::closed, 3));
  const auto s = monitoring_schedules(assessed({since}, "2020-11-10"), "Schedule", "open", {});
  CHECK(has(monitoring_to_markdown(s), "| Closed<br>Completed since the last meeting |"));
  CHECK(has(monitoring_to_csv(s), "\"Closed\nCompleted since the last meeting\""));
  CHECK(has(monitoring_to_html(s), "Closed<br><span class=\"completed\">Completed since the last meeting</span>"));
  const std::string json = monitoring_to_json(s);
  CHECK(has(json, "\"completed_since_last_meeting\": true"));
  CHECK(has(json, "\"marked\": \"Completed since the last meeting\""));
  CHECK(has(json, "\"last_meeting\": \"2020-10-27\""));
}

TEST_CASE("rows: left out by a person from the day of the choice, or by its kind") {
  Action out = action("A-left-out");
  out.events.push_back(choice("not_reported", "2020-10-14", "Not something we report on", 2));
  Action back = action("A-back");
  back.events.push_back(choice("not_reported", "2020-10-14", "first thought", 2));
  back.events.push_back(choice("reported", "2020-10-20", "the Chair asked", 3));
  Action recommendation = action("A-recommendation");
  recommendation.kind = ClauseKind::recommendation;
  const Assessment before = assessed({out, back, recommendation}, "2020-10-13");
  CHECK(ids(monitoring_schedules(before, "S", "open", {"recommendation"})[0]) == std::vector<std::string>{"A-left-out", "A-back"});
  const Assessment after = assessed({out, back, recommendation}, "2020-10-21");
  CHECK(ids(monitoring_schedules(after, "S", "all", {"recommendation"})[0]) == std::vector<std::string>{"A-back"});
  CHECK(ids(monitoring_schedules(after, "S", "open", {})[0]) == std::vector<std::string>{"A-back", "A-recommendation"});
  const auto why = left_out_of_schedule(after.actions[0].action, {});
  REQUIRE(why);
  CHECK(left_out_words(*why) == "Not reported since 14 October 2020: Not something we report on (Governance Advisor)");
  CHECK(left_out_words(*left_out_of_schedule(recommendation, {"noting", "recommendation"})) ==
        "Not reported: its kind (recommendation) is never reported ([report] never_reported)");
  CHECK_FALSE(left_out_of_schedule(after.actions[1].action, {}));
  // The choice is no news to the committee: the history column does not show it.
  CHECK(public_line(choice("not_reported", "2020-10-14", "x", 2), "").empty());
  CHECK(public_line(choice("reported", "2020-10-20", "x", 3), "").empty());
}

TEST_CASE("briefing: undated actions have their own section - not on the agenda only when the agenda is imported") {
  Action undated = action("A-undated");  // decided 14 January 2020, no due
  Action young = action("A-young");
  young.decision_date = iso_day("2020-11-01");
  young.events.front().date = iso_day("2020-11-01");
  Action due = action("A-due");
  due.due = due_of("2020-12-15", "day", "planned");
  const Assessment a = assessed({undated, young, due}, "2020-12-08");
  const Briefing imported = make_briefing(a, {}, "Improving Lives Select Commission", day("2020-12-15"), {day("2020-12-15")});
  REQUIRE(imported.undated.size() == 1);
  CHECK(imported.undated[0].id == "A-undated");
  CHECK(imported.undated[0].detail == "Open for 10 months with no date set");
  REQUIRE(imported.due.size() == 1);
  CHECK(imported.due[0].detail == "Not on the agenda");
  const Briefing not_yet = make_briefing(a, {}, "Improving Lives Select Commission", day("2020-12-15"), {day("2020-10-27")});
  CHECK(not_yet.due[0].detail == "Agenda not yet imported");
  CHECK(has(briefing_to_markdown(not_yet), "## Open for months with no date\n\n- **Workforce Strategy**"));
}

TEST_CASE("briefing: a commitment closed by the briefing's day is left out") {
  CommitmentView said{"Improving Lives Select Commission", day("2020-10-27"), "Communications", "An update would be circulated.", "001.txt", 12};
  said.number = 3;
  CommitmentView closed = said;
  closed.text = "The data would be submitted.";
  closed.history.push_back({CommitmentState::closed, day("2020-11-05"), "submitted", "Governance Advisor", 1});
  const Assessment a = assessed({}, "2020-12-08");
  const Briefing b = make_briefing(a, {said, closed}, "Improving Lives Select Commission", day("2020-12-15"), {});
  REQUIRE(b.commitments.size() == 1);
  CHECK(b.commitments[0].clause == "An update would be circulated.");
  const Assessment earlier = assessed({}, "2020-11-04");
  CHECK(make_briefing(earlier, {said, closed}, "Improving Lives Select Commission", day("2020-12-15"), {}).commitments.size() == 2);
}

TEST_CASE("mail: a body's actions go to its contact - no contact, no person: never 'Dear Cabinet'") {
  Config config = default_config();
  config.people.push_back({"Sam Rivers", "Cabinet Office Manager", "sam.rivers@example.gov.uk", std::nullopt, std::nullopt});
  config.check.fallback_to = "governance@example.gov.uk";
  Action to_cabinet = action("A-cabinet");
  to_cabinet.owner = "Cabinet";
  to_cabinet.due = due_of("2020-10-27", "day", "held");
  Action to_advisor = to_cabinet;
  to_advisor.id = "A-advisor";
  to_advisor.owner = "Governance Advisor";
  const Assessment a = assessed({to_cabinet, to_advisor}, "2020-12-01");
  std::vector<std::string> skipped;
  const std::string without_contact = check_to_mail(overdue_check(a, config), config.check, skipped);
  CHECK(has(without_contact, "\n\nDear colleague,\n"));
  CHECK(has(without_contact, "\n\nDear Governance Advisor,\n"));
  CHECK(!has(without_contact, "Dear Cabinet"));
  CHECK(has(without_contact, "\nTo: governance@example.gov.uk\n"));
  for (auto& b : config.vocabulary.bodies)
    if (b.name == "Cabinet") b.contact = "Sam Rivers";
  const OverdueCheck check = overdue_check(a, config);
  const std::string mail = check_to_mail(check, config.check, skipped);
  CHECK(has(mail, "\nTo: Sam Rivers <sam.rivers@example.gov.uk>\n"));
  CHECK(has(mail, "\n\nDear Sam Rivers,\n"));
  CHECK(has(mail, "\nSubject: Improving Lives Select Commission: 1 action overdue (1\n December 2020)\n"));
  CHECK(skipped.empty());
  for (auto& b : config.vocabulary.bodies)
    if (b.name == "Cabinet") b.email = "cabinet.office@example.gov.uk";
  CHECK(has(check_to_mail(overdue_check(a, config), config.check, skipped), "\nTo: Sam Rivers <cabinet.office@example.gov.uk>\n"));
}
