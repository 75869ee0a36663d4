// The facts rules test, the monitoring schedule, the weekly check and the briefing, on actions
// built by hand so each expectation can be read off the test itself.
#include <doctest/doctest.h>

#include "app/assessment.h"
#include "config/config.h"
#include "report/actions_report.h"
#include "report/briefing.h"
#include "report/event_lines.h"
#include "report/monitoring_schedule.h"
#include "report/overdue_check.h"
#include "rules/wording.h"

#include "view_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

Action action(const char* id, const char* decided, const char* due, const char* precision, Status status = Status::open) {
  Action a;
  a.id = id;
  a.committee = "Improving Lives Select Commission";
  a.committee_short = "ILSC";
  a.decision_date = iso_day(decided);
  a.item_number = "95";
  a.item_title = "Children's Social Care Update";
  a.label = "2";
  a.text = "That a further progress report be brought to the December 2020 meeting.";
  a.kind = ClauseKind::action;
  a.owner = "Strategic Director";
  a.due = due_of(due, precision);
  a.status = status;
  a.source_file = "/minutes/001.txt";
  a.source_line = 151;
  a.events.push_back(event_view("created", decided, "from 001.txt, line 151", "import"));
  return a;
}

CommitteeCalendar calendar() {
  return {"Improving Lives Select Commission", {day("2020-09-22"), day("2020-10-27"), day("2020-12-15"), day("2021-01-26")}};
}

Assessment assessed(std::vector<Action> views, const char* as_of, const RuleSet& rules) {
  Assessment a;
  a.as_of = day(as_of);
  a.calendars.push_back(calendar());
  for (auto& v : views) {
    AssessedAction x;
    x.facts = facts_for(v, a.as_of, &a.calendars.front());
    x.flags = rules.evaluate(x.facts);
    x.action = std::move(v);
    a.actions.push_back(std::move(x));
  }
  return a;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("facts: a due month is due on its last day - the calendar gives the next and previous meeting") {
  const Action a = action("ILSC-2020-09-95.2", "2020-09-22", "2020-12", "month");
  const ActionFacts f = facts_for(a, day("2020-11-01"), nullptr);
  CHECK(f.due_date == day_number(day("2020-12-31")));
  CHECK(f.days_overdue == 0);
  CHECK(f.age_days == 40);
  CHECK(f.due == "December 2020 meeting");
  CHECK(!f.next_meeting);
  const CommitteeCalendar cal = calendar();
  const ActionFacts g = facts_for(a, day("2020-10-27"), &cal);
  CHECK(g.next_meeting == day_number(day("2020-10-27")));
  CHECK(g.previous_meeting == day_number(day("2020-09-22")));
}

TEST_CASE("facts: chasers are not updates, and an agenda listing for the due meeting puts it on the agenda") {
  Action a = action("ILSC-2020-09-95.2", "2020-09-22", "2020-12-15", "day");
  a.events.push_back(event_view("chased", "2020-10-01", "chased", "gA", "", std::nullopt));
  a.events.push_back(event_view("rescheduled", "2020-10-05", "moved", "gA", "", std::nullopt));
  a.events.push_back(event_view("chased", "2020-10-08", "chased", "gA", "", std::nullopt));
  a.events.push_back(event_view("scheduled", "2020-10-13", "listed", "tracker", "2020-12-15", 0.9));
  const ActionFacts f = facts_for(a, day("2020-12-16"), nullptr);
  CHECK(f.last_chased == day_number(day("2020-10-08")));
  CHECK(f.last_update == day_number(day("2020-10-13")));  // the listing, not the chasers
  CHECK(f.on_agenda);
  CHECK(f.days_overdue == 1);
  CHECK(f.days_since_update == 64);
  CHECK(f.due == "15 December 2020 meeting");
}

TEST_CASE("monitoring schedule: what is finished or not yet decided is left out of the open schedule") {
  const RuleSet rules(default_rules());
  Action overdue = action("ILSC-2020-09-95.2", "2020-09-22", "2020-12-15", "day");
  overdue.events.push_back(event_view("chased", "2021-01-05", "chased", "gA", "", std::nullopt));
  Action closed = action("ILSC-2020-09-95.3", "2020-09-22", "", "", Status::closed);
  Action later = action("ILSC-2021-03-10.1", "2021-03-09", "", "");
  const Assessment a = assessed({overdue, closed, later}, "2021-01-10", rules);
  const auto open = monitoring_schedules(a, "Monitoring Schedule", "open");
  REQUIRE(open.size() == 1);
  REQUIRE(open[0].rows.size() == 1);
  const ScheduleRow& r = open[0].rows[0];
  CHECK(r.decided == day("2020-09-22"));
  CHECK(day_words(r.decided) == "22 September 2020");
  CHECK(r.item == "95. Children's Social Care Update");
  CHECK(r.recommendation == "(2) That a further progress report be brought to the December 2020 meeting.");
  CHECK(completion_words(r.due) == "15 December 2020 meeting");
  CHECK(r.history == std::vector<std::string>{"Chased 5 January 2021"});
  REQUIRE(r.flags.size() == 1);
  CHECK(r.flags[0].rule_id == "overdue");
  CHECK(r.further_action().at(0) == "Overdue: due at the 15 December 2020 meeting, 3 weeks ago, and not yet delivered");
  CHECK(open[0].as_of == day("2021-01-10"));
  CHECK(monitoring_schedules(a, "Monitoring Schedule", "all")[0].rows.size() == 2);  // closed, but not the later one
}

TEST_CASE("monitoring schedule: HTML is a real table that prints on A4 landscape - Markdown and CSV keep cells whole") {
  const RuleSet rules(default_rules());
  Action a = action("ILSC-2020-09-95.2", "2020-09-22", "2020-12-15", "day");
  a.text = "That <officers> report | twice\non Q&A.";
  a.events.push_back(event_view("chased", "2020-10-01", "chased", "gA", "", std::nullopt));
  a.events.push_back(event_view("chased", "2020-10-08", "chased", "gA", "", std::nullopt));
  const auto schedules = monitoring_schedules(assessed({a}, "2021-01-10", rules), "Monitoring Schedule", "open");
  const std::string html = monitoring_to_html(schedules);
  CHECK(has(html, "@page { size: A4 landscape"));
  CHECK(has(html, "<thead>"));
  CHECK(has(html, "thead { display: table-header-group; }"));
  CHECK(has(html, "tr { page-break-inside: avoid;"));
  CHECK(has(html, "<th scope=\"col\">Decision Date</th>"));
  CHECK(has(html, "<th scope=\"col\">Further action required by Scrutiny</th>"));
  CHECK(has(html, "That &lt;officers&gt; report | twice\non Q&amp;A."));
  CHECK(has(html, "<span class=\"flag red\">Overdue</span>"));
  CHECK(has(html, "<li>Chased 1 October 2020</li><li>Chased 8 October 2020</li>"));
  CHECK(!has(html, "src=") );
  CHECK(!has(html, "href="));
  const std::string md = monitoring_to_markdown(schedules);
  // Markdown renderers pass raw HTML and entities through: they stay text (issue 14).
  CHECK(has(md, "That \\<officers\\> report \\| twice on Q\\&A."));
  CHECK(has(md, "Chased 1 October 2020<br>Chased 8 October 2020"));
  const std::string csv = monitoring_to_csv(schedules);
  CHECK(csv.rfind("\xEF\xBB\xBF" "Committee,Decision Date,Item,Scrutiny Recommendation,", 0) == 0);
  CHECK(has(csv, "\"(2) That <officers> report | twice\non Q&A.\""));
  CHECK(has(csv, "\"Chased 1 October 2020\nChased 8 October 2020\""));
  CHECK(has(csv, "\r\n"));
}

TEST_CASE("check: red flags are overdue, amber at risk, grouped by the person who holds the role today") {
  Config config = default_config();
  config.people.push_back({"Jo Bloggs", "Strategic Director", "jo.bloggs@example.gov.uk", day("2020-01-01"), std::nullopt});
  const RuleSet rules(default_rules());
  Action late = action("ILSC-2020-09-95.2", "2020-09-22", "2020-12-15", "day");
  Action moved = action("ILSC-2020-09-95.3", "2020-09-22", "2021-01-26", "day");
  moved.events.push_back(event_view("rescheduled", "2020-11-20", "the 15 December 2020 meeting was cancelled", "gA", "", std::nullopt));
  Action fine = action("ILSC-2020-09-95.4", "2020-09-22", "2021-03-09", "day");
  const Assessment assessment = assessed({late, moved, fine}, "2021-01-10", rules);  // the check points into it
  const OverdueCheck check = overdue_check(assessment, config);
  CHECK(check.overdue == 1);
  CHECK(check.at_risk == 1);
  REQUIRE(check.groups.size() == 1);
  CHECK(check.groups[0].person == "Jo Bloggs");
  CHECK(check.groups[0].overdue.size() == 1);
  CHECK(check.groups[0].at_risk.size() == 1);
  const std::string text = check_to_text(check);
  CHECK(has(text, "1 action is overdue and 1 is at risk, for 1 owner."));
  CHECK(has(text, "Jo Bloggs (Strategic Director) <jo.bloggs@example.gov.uk>"));
  std::vector<std::string> skipped;
  const std::string mail = check_to_mail(check, CheckSettings{"tracker@example.gov.uk", "", ""}, skipped);
  CHECK(mail.rfind("From tracker Sun Jan 10 07:00:00 2021\n", 0) == 0);
  CHECK(has(mail, "\nTo: Jo Bloggs <jo.bloggs@example.gov.uk>\n"));
  // The Subject names the committee, folded at a space to stay a short line.
  CHECK(has(mail, "\nSubject: Improving Lives Select Commission: 1 action overdue, 1 at\n risk (10 January 2021)\n"));
  CHECK(has(mail, "\n\nDear Jo Bloggs,\n"));
  CHECK(has(mail, "\nDate: Sun, 10 Jan 2021 07:00:00 +0000\n"));
  CHECK(skipped.empty());
}

TEST_CASE("check: an owner with no address is skipped unless there is a fallback - accented names are encoded") {
  Config config = default_config();
  config.people.push_back({"Zoë Ångström", "Strategic Director", "", std::nullopt, std::nullopt});
  const RuleSet rules(default_rules());
  const Assessment assessment = assessed({action("ILSC-2020-09-95.2", "2020-09-22", "2020-12-15", "day")}, "2021-01-10", rules);
  const OverdueCheck check = overdue_check(assessment, config);
  std::vector<std::string> skipped;
  CHECK(check_to_mail(check, CheckSettings{"tracker@example.gov.uk", "", ""}, skipped).empty());
  CHECK(skipped == std::vector<std::string>{"Zoë Ångström"});
  skipped.clear();
  const std::string mail = check_to_mail(check, CheckSettings{"tracker@example.gov.uk", "", "clerk@example.gov.uk"}, skipped);
  CHECK(has(mail, "\nTo: clerk@example.gov.uk\n"));
  CHECK(has(mail, "Dear Zoë Ångström,"));
}

TEST_CASE("briefing: due here and on the agenda or not, overdue and for how long, completed since the last meeting") {
  const RuleSet rules(default_rules());
  Action listed = action("ILSC-2020-09-95.2", "2020-09-22", "2020-12-15", "day", Status::scheduled);
  listed.events.push_back(event_view("scheduled", "2020-10-13", "listed", "tracker", "2020-12-15", 0.9));
  Action unlisted = action("ILSC-2020-09-95.3", "2020-09-22", "2020-12-15", "day");
  unlisted.item_title = "Early Help Review";
  Action late = action("ILSC-2020-01-50.3", "2020-01-14", "2020-09-22", "day");
  late.item_title = "CYPS Workforce Strategy";
  late.events.push_back(event_view("chased", "2020-10-01", "chased", "gA", "", std::nullopt));
  late.events.push_back(event_view("chased", "2020-11-01", "chased", "gA", "", std::nullopt));
  Action done = action("ILSC-2020-09-97.1", "2020-09-22", "", "", Status::delivered);
  done.item_title = "Work Programme";
  done.events.push_back(event_view("delivered", "2020-10-27", "", "tracker (matched)", "2020-10-27", 1.0));  // a match's note is empty: its facts are typed
  const Assessment a = assessed({listed, unlisted, late, done}, "2020-12-01", rules);
  const Briefing b = make_briefing(a, {}, "Improving Lives Select Commission", day("2020-12-15"));
  CHECK(b.previous_meeting == day("2020-10-27"));
  REQUIRE(b.due.size() == 2);
  CHECK(b.due[0].detail == "On the agenda");
  CHECK(b.due[1].subject == "Early Help Review");
  CHECK(b.due[1].detail == "Not on the agenda");
  REQUIRE(b.overdue.size() == 1);
  CHECK(b.overdue[0].detail == "Was due at the 22 September 2020 meeting, 2 months ago");
  REQUIRE(b.completed.size() == 1);
  CHECK(b.completed[0].detail == "Considered at the 27 October 2020 meeting");
  REQUIRE(b.questions.size() == 1);
  CHECK(b.questions[0] ==
        "Ask the Strategic Director for an update on 'CYPS Workforce Strategy': it has been chased twice without one.");
  const std::string md = briefing_to_markdown(b);
  CHECK(has(md, "# Briefing for the Chair: Improving Lives Select Commission, 15 December 2020"));
  CHECK(has(md, "(ILSC-2020-01-50.3)"));
  const std::string html = briefing_to_html(b);
  CHECK(has(html, "@page { size: A4 portrait"));
}

TEST_CASE("a transfer reads the same from its own column and from an older database's note") {
  ActionEvent now = event_view("transferred", "2020-10-13", "One off review being arranged", "gA");
  now.transferred_to = "Sub and Project Group tracker";
  ActionEvent older = event_view("transferred", "2020-10-13", "transferred to Sub and Project Group tracker: One off review being arranged", "gA");
  older.legacy_note = true;
  const std::string line = "Transferred to the Sub and Project Group tracker: One off review being arranged";
  CHECK(public_line(now, "") == line);
  CHECK(public_line(older, "") == line);
  CHECK(internal_detail(now).find("Sub and Project Group tracker") != std::string::npos);
  CHECK(internal_detail(older) == older.note);
}
