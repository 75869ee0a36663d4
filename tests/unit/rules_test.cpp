// rules: the condition language, message templates and the default rules on hand-built facts.
#include <doctest/doctest.h>

#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "core/calendar_date.h"
#include "core/errors.h"
#include "rules/action_facts.h"
#include "rules/condition.h"
#include "rules/message_template.h"
#include "rules/rule_set.h"

using namespace tracker;

namespace {

DayNumber day(const char* iso) { return static_cast<DayNumber>(date::sys_days{*parse_iso_day(iso)}.time_since_epoch().count()); }

// An open action of the ILSC decided on 15 September 2020, due at the 15 December 2020 meeting.
ActionFacts open_action(const char* as_of = "2020-12-01") {
  ActionFacts f;
  f.status = "open";
  f.kind = "action";
  f.owner = "Strategic Director, CYPS";
  f.person = "Jo Smith";
  f.committee = "Improving Lives Select Commission";
  f.committee_short = "ILSC";
  f.due_precision = "day";
  f.due_meeting_state = "planned";
  f.due = "15 December 2020 meeting";
  f.id = "ILSC-2020-09-95.3";
  f.item = "Revenue Budget Monitoring";
  f.as_of = day(as_of);
  f.decision_date = day("2020-09-15");
  f.due_date = day("2020-12-15");
  f.last_update = day("2020-09-15");
  f.next_meeting = day("2020-12-15");
  f.age_days = *f.as_of - *f.decision_date;
  f.days_overdue = std::max<int64_t>(0, *f.as_of - *f.due_date);
  f.owner_count = 1;
  return f;
}

bool holds(std::string_view when, const ActionFacts& facts) { return Condition::compile(when).holds(facts); }

// The ConfigError a single rule with this condition and message raises, or "<no error>".
std::string rule_error(const std::string& when, const std::string& message = "flagged") {
  try {
    RuleSet rules({RuleSpec{"r", "R", "red", when, message, "", "tracker.toml:7"}});
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "<no error>";
}

std::string condition_error(size_t column, const std::string& problem) {
  return "tracker.toml:7: rule 'r', column " + std::to_string(column) + ": " + problem;
}

std::string message_error(size_t column, const std::string& problem) {
  return "tracker.toml:7: rule 'r', message column " + std::to_string(column) + ": " + problem;
}

std::string render(std::string_view message, const ActionFacts& facts) { return MessageTemplate::compile(message).render(facts); }

const RuleSet& default_rule_set() {
  static const RuleSet rules(default_rules());
  return rules;
}

bool fires(const char* rule_id, const ActionFacts& facts) {
  const RuleSet& rules = default_rule_set();
  for (size_t i = 0; i < rules.specs().size(); ++i)
    if (rules.specs()[i].id == rule_id) return rules.holds(i, facts);
  FAIL("no default rule " << rule_id);
  return false;
}

}  // namespace

TEST_CASE("the default rules compile") { CHECK(default_rule_set().specs().size() == default_rules().size()); }

TEST_CASE("overdue: the day after the due meeting, not on the day") {
  CHECK_FALSE(fires("overdue", open_action("2020-12-15")));
  CHECK(fires("overdue", open_action("2020-12-16")));
  ActionFacts scheduled = open_action("2020-12-16");
  scheduled.status = "Scheduled";
  CHECK(fires("overdue", scheduled));
  ActionFacts delivered = open_action("2020-12-16");
  delivered.status = "delivered";
  CHECK_FALSE(fires("overdue", delivered));
}

TEST_CASE("overdue: a due month runs to its last day") {
  ActionFacts f = open_action("2020-12-31");
  f.due_precision = "month";
  f.due = "December 2020";
  f.due_date = day("2020-12-31");
  CHECK_FALSE(fires("overdue", f));
  f.as_of = day("2021-01-01");
  CHECK(fires("overdue", f));
}

TEST_CASE("overdue: an action with no due date is never overdue") {
  ActionFacts f = open_action("2025-01-01");
  f.due_date.reset();
  f.days_overdue.reset();
  CHECK_FALSE(fires("overdue", f));
}

TEST_CASE("overdue: the message says which meeting and how long ago") {
  ActionFacts f = open_action("2020-12-20");
  f.next_meeting = day("2021-01-12");
  const auto raised = default_rule_set().evaluate(f);
  REQUIRE(raised.size() == 1);
  CHECK(raised[0].rule->id == "overdue");
  CHECK(raised[0].rule == &default_rule_set().specs()[0]);
  CHECK(raised[0].message == "due at the 15 December 2020 meeting, 5 days ago, and not yet delivered");
}

TEST_CASE("overdue and unscheduled say how long in weeks, months and years, not a count of days") {
  ActionFacts f = open_action("2021-01-26");  // due 15 December 2020: 42 days
  f.next_meeting = day("2021-03-09");
  auto raised = default_rule_set().evaluate(f);
  REQUIRE(raised.size() == 1);
  CHECK(raised[0].message == "due at the 15 December 2020 meeting, 6 weeks ago, and not yet delivered");
  f.due_date.reset();
  f.days_overdue.reset();
  f.due.clear();
  f.age_days = 2828;
  raised = default_rule_set().evaluate(f);
  REQUIRE(raised.size() == 1);
  CHECK(raised[0].rule->id == "unscheduled");
  CHECK(raised[0].message == "no due meeting was set, and it has been open for over 7 years");
}

TEST_CASE("rescheduled once, slipping twice or more") {
  ActionFacts f = open_action();
  CHECK_FALSE(fires("rescheduled", f));
  CHECK_FALSE(fires("slipping", f));
  f.reschedule_count = 1;
  CHECK(fires("rescheduled", f));
  CHECK_FALSE(fires("slipping", f));
  f.reschedule_count = 2;
  CHECK_FALSE(fires("rescheduled", f));
  CHECK(fires("slipping", f));
  f.status = "closed";
  CHECK_FALSE(fires("slipping", f));
}

TEST_CASE("unscheduled: open with no due date for more than 90 days") {
  ActionFacts f = open_action();
  f.due_date.reset();
  f.age_days = 90;
  CHECK_FALSE(fires("unscheduled", f));
  f.age_days = 91;
  CHECK(fires("unscheduled", f));
  f.status = "scheduled";
  CHECK_FALSE(fires("unscheduled", f));
  f.status = "open";
  f.due_date = day("2021-03-01");
  CHECK_FALSE(fires("unscheduled", f));
}

TEST_CASE("chased without reply: two chasers and no update since the last") {
  ActionFacts f = open_action();
  f.chase_count = 2;
  f.last_chased = day("2020-11-20");
  f.last_update = day("2020-10-01");
  CHECK(fires("chased-without-reply", f));
  f.last_update = day("2020-11-25");  // an update after the last chaser
  CHECK_FALSE(fires("chased-without-reply", f));
  f.last_update.reset();
  CHECK(fires("chased-without-reply", f));
  f.chase_count = 1;
  CHECK_FALSE(fires("chased-without-reply", f));
}

TEST_CASE("executive response due: two calendar months after it was received") {
  ActionFacts f = open_action("2020-11-15");
  f.kind = "recommendation";
  f.target_body = "cabinet";
  f.received_on = day("2020-09-15");
  CHECK_FALSE(fires("executive-response-due", f));  // exactly two months
  f.as_of = day("2020-11-16");
  CHECK(fires("executive-response-due", f));  // one day after
  f.has_response = true;
  CHECK_FALSE(fires("executive-response-due", f));
  f.has_response = false;
  f.target_body = "OSMB";
  CHECK_FALSE(fires("executive-response-due", f));
  f.target_body = "Cabinet Member";
  f.received_on.reset();
  CHECK_FALSE(fires("executive-response-due", f));
}

TEST_CASE("executive response due: at a month's end the two months end on the last day") {
  ActionFacts f = open_action("2021-02-28");
  f.kind = "recommendation";
  f.target_body = "Mayor";
  f.received_on = day("2020-12-31");
  CHECK_FALSE(fires("executive-response-due", f));
  f.as_of = day("2021-03-01");
  CHECK(fires("executive-response-due", f));
  const auto raised = default_rule_set().evaluate(f);
  bool found = false;
  for (const RaisedFlag& r : raised)
    if (r.rule->id == "executive-response-due") {
      found = true;
      CHECK(r.message == "sent to Mayor on 31 December 2020 and no response recorded after two months");
    }
  CHECK(found);
}

TEST_CASE("due next meeting") {
  ActionFacts f = open_action();
  CHECK(fires("due-next-meeting", f));
  f.next_meeting = day("2020-12-01");
  CHECK_FALSE(fires("due-next-meeting", f));
  f.next_meeting.reset();
  CHECK_FALSE(fires("due-next-meeting", f));
}

TEST_CASE("evaluate keeps rule order and survives a move of the rule set") {
  ActionFacts f = open_action("2020-12-16");
  f.reschedule_count = 3;
  f.next_meeting = day("2021-01-12");
  RuleSet rules(default_rules());
  RuleSet moved(std::move(rules));
  const auto raised = moved.evaluate(f);
  REQUIRE(raised.size() == 2);
  CHECK(raised[0].rule->id == "overdue");
  CHECK(raised[1].rule->id == "slipping");
  CHECK(raised[1].rule == &moved.specs()[2]);
  CHECK(raised[1].message == "its due meeting has moved 3 times; now due at the 15 December 2020 meeting");
}

TEST_CASE("errors: unknown fields, with a suggestion when one field is near") {
  CHECK(rule_error("status = 'open' and du_date < as_of") ==
        condition_error(21, "unknown field 'du_date'; did you mean 'due_date'?"));
  CHECK(rule_error("xyzzy = 1") == condition_error(1, "unknown field 'xyzzy'"));
  CHECK(rule_error("reschedule_cnt >= 2") == condition_error(1, "unknown field 'reschedule_cnt'; did you mean 'reschedule_count'?"));
}

TEST_CASE("errors: types") {
  CHECK(rule_error("status = 5") == condition_error(10, "cannot compare a text with a number"));
  CHECK(rule_error("due_date > 5") == condition_error(12, "cannot compare a date with a number"));
  CHECK(rule_error("status in [1, 2]") == condition_error(11, "cannot look for a text in a list of numbers"));
  CHECK(rule_error("due_date not in ['open']") == condition_error(17, "cannot look for a date in a list of texts"));
  CHECK(rule_error("status in ['open', 2]") == condition_error(20, "a list cannot mix texts and numbers"));
  CHECK(rule_error("status and kind = 'action'") == condition_error(1, "'and' needs yes/no on each side, not a text"));
  CHECK(rule_error("has_response or age_days") == condition_error(17, "'or' needs yes/no on each side, not a number"));
  CHECK(rule_error("not age_days") == condition_error(5, "'not' needs yes/no, not a number"));
  CHECK(rule_error("age_days + 2 months > 3") == condition_error(1, "cannot add months to a number"));
  CHECK(rule_error("status - 1 day = as_of") == condition_error(1, "cannot subtract days from a text"));
  CHECK(rule_error("due_date") == condition_error(1, "the condition must be yes/no, but this is a date"));
  CHECK(rule_error("  (age_days + 1)") == condition_error(3, "the condition must be yes/no, but this is a number"));
  CHECK(rule_error("status < 'open'") == condition_error(8, "'<' cannot order texts; use =, !=, in or contains"));
  CHECK(rule_error("has_response >= true") == condition_error(14, "'>=' cannot order yes/no values; use = or !="));
  CHECK(rule_error("due_date + 5 < as_of") == condition_error(12, "a number added to a date needs a unit: days, weeks or months"));
  CHECK(rule_error("due_date + as_of < as_of") == condition_error(10, "cannot add two dates"));
  CHECK(rule_error("age_days - as_of < 3") == condition_error(12, "cannot subtract a date from a number"));
  CHECK(rule_error("status + 1 = 2") == condition_error(1, "'+' needs numbers or dates, not a text"));
  CHECK(rule_error("status contains 3") == condition_error(17, "'contains' needs a text on its right, not a number"));
  CHECK(rule_error("age_days contains 'x'") == condition_error(1, "'contains' needs a text on its left, not a number"));
  CHECK(rule_error("has_response is null") == condition_error(1, "a yes/no is never null: test it with = true or = false"));
  CHECK(rule_error("due_date + age_days days < as_of") ==
        condition_error(12, "expected a whole number written out before 'days', such as 2"));
  CHECK(rule_error("status = ''") == condition_error(10, "an empty text '' is null and matches nothing: use 'is null'"));
  CHECK(rule_error("status = null") == condition_error(10, "null can only be tested with 'is null' or 'is not null'"));
}

TEST_CASE("errors: syntax") {
  CHECK(rule_error("status = = 'open'") == condition_error(10, "unexpected '=': expected a field or a value"));
  CHECK(rule_error("status = 'open") == condition_error(10, "unclosed text: no closing '"));
  CHECK(rule_error("status = \"open") == condition_error(10, "unclosed text: no closing \""));
  CHECK(rule_error("(status = 'open' and age_days > 3") == condition_error(1, "unclosed '('"));
  CHECK(rule_error("(status = 'open' age_days > 3)") == condition_error(18, "unexpected 'age_days': expected ')'"));
  CHECK(rule_error("status in ['open', 'scheduled'") == condition_error(11, "unclosed '['"));
  CHECK(rule_error("status in ['open' 'scheduled']") == condition_error(19, "unexpected 'scheduled': expected ',' or ']'"));
  CHECK(rule_error("status in 'open'") == condition_error(11, "unexpected 'open': expected a list such as ['open', 'scheduled']"));
  CHECK(rule_error("status in []") == condition_error(11, "empty list"));
  CHECK(rule_error("status = 'open' due_date") ==
        condition_error(17, "unexpected 'due_date': expected 'and', 'or' or the end of the condition"));
  CHECK(rule_error("") == condition_error(1, "empty condition"));
  CHECK(rule_error("   ") == condition_error(1, "empty condition"));
  CHECK(rule_error("status = 'open' and") == condition_error(20, "unexpected end of condition: expected a field or a value"));
  CHECK(rule_error("due_date = 2020-02-30") == condition_error(12, "not a real date: 2020-02-30"));
  CHECK(rule_error("status is nul") == condition_error(11, "unexpected 'nul': expected 'null'"));
  CHECK(rule_error("status not 'open'") == condition_error(12, "unexpected 'open': expected 'in' after 'not'"));
  CHECK(rule_error("status @ 'x'") == condition_error(8, "unexpected character '@'"));
  CHECK(rule_error("status = 'é' and @") == condition_error(18, "unexpected character '@'"));  // columns count characters
  CHECK(rule_error("[1] = 1") == condition_error(1, "a list can only follow 'in' or 'not in'"));
  CHECK(rule_error(std::string(100, '(') + "true" + std::string(100, ')')) == condition_error(65, "condition nested too deeply"));
}

TEST_CASE("errors: message templates") {
  CHECK(rule_error("true", "due {du_date}") == message_error(6, "unknown field 'du_date'; did you mean 'due_date'?"));
  CHECK(rule_error("true", "due {due") == message_error(5, "unclosed '{'"));
  CHECK(rule_error("true", "a } b") == message_error(3, "a lone '}': write '}}' for a brace"));
  CHECK(rule_error("true", "x {} y") == message_error(3, "empty placeholder '{}': write '{{' for a brace"));
  CHECK(rule_error("true", "{ due } and {{due}}") == "<no error>");
}

TEST_CASE("errors name the rule and where it is") {
  RuleSpec good{"ok", "OK", "info", "true", "", "", "tracker.toml:3"};
  RuleSpec bad{"overdue", "Overdue", "red", "status in ['open'] and du_date < as_of", "", "", "tracker.toml:120"};
  try {
    RuleSet rules({good, bad});
    FAIL("expected a ConfigError");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()) == "tracker.toml:120: rule 'overdue', column 24: unknown field 'du_date'; did you mean 'due_date'?");
  }
}

TEST_CASE("precedence: or < and < not < comparison < additive") {
  const ActionFacts f = open_action();
  CHECK(holds("true or false and false", f));
  CHECK_FALSE(holds("(true or false) and false", f));
  CHECK_FALSE(holds("not false and false", f));
  CHECK(holds("not (false and false)", f));
  CHECK(holds("not age_days = 5", f));
  CHECK(holds("1 + 2 = 3", f));
  CHECK(holds("age_days - 1 - 1 = 75", f));  // left to right: (77 - 1) - 1
  CHECK(holds("age_days = 70 + 7 and not has_response", f));
  CHECK(holds("-5 < 0 and 2 - -3 = 5", f));
}

TEST_CASE("keywords and field names ignore case - texts compare ignoring case") {
  const ActionFacts f = open_action();
  CHECK(holds("STATUS IN ['OPEN'] AND Not has_response", f));
  CHECK(holds("status = 'Open'", f));
  CHECK(holds("status == \"OPEN\"", f));
  CHECK(holds("committee_short != 'osmb'", f));
  CHECK_FALSE(holds("status != 'OPEN'", f));
  CHECK(holds("has_response = false and on_agenda != true", f));
}

TEST_CASE("in, not in, is null, is not null, contains") {
  ActionFacts f = open_action();
  CHECK(holds("status in ['open', 'scheduled']", f));
  CHECK_FALSE(holds("status not in ['open', 'scheduled']", f));
  CHECK(holds("status not in ['closed', 'dropped']", f));
  CHECK(holds("reschedule_count in [0, 1]", f));
  CHECK(holds("due_date in [2020-12-15, 2021-01-12]", f));
  CHECK(holds("owner_count not in [-1, 2]", f));
  CHECK(holds("target_body is null and person is not null", f));
  CHECK(holds("days_overdue is not null and received_on is null", f));
  CHECK(holds("item contains 'budget'", f));
  CHECK(holds("owner contains \"cyps\" and not (owner contains 'Finance')", f));
  f.target_body = "Cabinet";
  CHECK(holds("target_body is not null", f));
  CHECK(holds("target_body contains item or target_body = 'cabinet'", f));
}

TEST_CASE("date arithmetic follows the calendar") {
  ActionFacts f = open_action();
  f.due_date = day("2020-01-31");
  CHECK(holds("due_date + 1 month = 2020-02-29", f));  // a leap year
  CHECK(holds("due_date + 13 months = 2021-02-28", f));
  CHECK(holds("due_date - 2 months = 2019-11-30", f));
  CHECK(holds("due_date + 2 weeks = 2020-02-14", f));
  CHECK(holds("due_date + 1 week - 1 day = 2020-02-06", f));
  CHECK(holds("due_date - 31 days = 2019-12-31", f));
  f.due_date = day("2020-03-31");
  CHECK(holds("due_date - 1 MONTH = 2020-02-29", f));
  f.as_of = day("2020-04-10");
  CHECK(holds("as_of - due_date = 10", f));
  CHECK(holds("due_date - as_of = -10", f));
  CHECK(holds("as_of - 10 days = due_date", f));
  CHECK(holds("as_of - due_date + 1 > 10", f));
}

TEST_CASE("null: comparisons with null are false, so not of one is true") {
  ActionFacts f = open_action();
  f.due_date.reset();
  f.days_overdue.reset();
  CHECK_FALSE(holds("due_date < as_of", f));
  CHECK_FALSE(holds("due_date >= as_of", f));
  CHECK_FALSE(holds("due_date != as_of", f));
  CHECK(holds("not (due_date < as_of)", f));
  CHECK_FALSE(holds("days_overdue = 0", f));
  CHECK_FALSE(holds("target_body != 'Cabinet'", f));
  CHECK_FALSE(holds("target_body not in ['Cabinet']", f));
  CHECK_FALSE(holds("target_body contains 'a'", f));
  CHECK(holds("due_date + 1 month is null", f));
  CHECK(holds("as_of - due_date is null", f));
  CHECK_FALSE(holds("as_of - due_date > -100000", f));
  CHECK(holds("due_date is null or due_date < as_of", f));
}

TEST_CASE("messages: fields rendered as text, with null and braces") {
  ActionFacts f = open_action();
  f.person.clear();
  f.due_date = day("2020-12-05");
  f.days_overdue.reset();
  CHECK(render("{id}: due {due_date}, held by {person}", f) == "ILSC-2020-09-95.3: due 5 December 2020, held by not set");
  CHECK(render("{days_overdue} days overdue, {age_days} old, answered: {has_response}, {received_on}", f) ==
        "not set days overdue, 77 old, answered: no, not set");
  CHECK(render("{{literal}} {{{committee_short}}}", f) == "{literal} {ILSC}");
  CHECK(render("", f).empty());
  f.on_agenda = true;
  CHECK(render("on the agenda: {On_Agenda}", f) == "on the agenda: yes");
}

TEST_CASE("the worked examples of docs/rules.md do what the text says") {
  RuleSet rules({RuleSpec{"overdue", "Overdue", "red", "status in ['open', 'scheduled'] and due_date + 1 week < as_of",
                          "due at the {due} ({due_date}), {days_overdue} days ago; owner {owner}", "", "tracker.toml:1"}});
  CHECK(rules.evaluate(open_action("2020-12-22")).empty());
  const auto raised = rules.evaluate(open_action("2020-12-23"));
  REQUIRE(raised.size() == 1);
  CHECK(raised[0].message == "due at the 15 December 2020 meeting (15 December 2020), 8 days ago; owner Strategic Director, CYPS");
  ActionFacts no_due = open_action("2021-06-01");
  no_due.due_date.reset();
  CHECK(rules.evaluate(no_due).empty());
}

TEST_CASE("rule_fields lists every field with its type, and docs/rules.md shows the same") {
  const auto& fields = rule_fields();
  REQUIRE(fields.size() == 30);
  CHECK(fields.front().name == "status");
  CHECK(fields.front().type == "text");
  std::ifstream in(std::string(TRACKER_SOURCE_DIR) + "/docs/rules.md");
  std::stringstream docs;
  docs << in.rdbuf();
  for (const FieldDoc& f : fields) {
    INFO(f.name);
    const std::string row = "| `" + f.name + "` | " + f.type + " | " + f.meaning + " |";
    CHECK(docs.str().find(row) != std::string::npos);
    CHECK(Condition::compile(f.name + (f.type == "yes/no" ? "" : " is null")).holds(ActionFacts{}) ==
          (f.type == "text" || f.type == "date" || f.name == "days_overdue"));
  }
}

TEST_CASE("rules: a number in a message can be said in days or times") {
  RuleSpec spec{"late", "Late", "red", "chase_count >= 1", "{days_overdue days} late, chased {chase_count times}", "", "test"};
  const RuleSet rules({spec});
  ActionFacts f;
  f.days_overdue = 1;
  f.chase_count = 1;
  CHECK(rules.evaluate(f).at(0).message == "1 day late, chased once");
  f.days_overdue = 6;
  f.chase_count = 2;
  CHECK(rules.evaluate(f).at(0).message == "6 days late, chased twice");
  f.chase_count = 3;
  f.days_overdue.reset();
  CHECK(rules.evaluate(f).at(0).message == "not set late, chased 3 times");
  for (const char* bad : {"{chase_count hours}", "{status days}"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(RuleSet({RuleSpec{"x", "X", "red", "true", bad, "", "test"}}), ConfigError);
  }
  try {
    RuleSet({RuleSpec{"x", "X", "red", "true", "for {status days}", "", "test"}});
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()) == "test: rule 'x', message column 13: 'days' needs a number field; 'status' is not one");
  }
}

TEST_CASE("rules: a number past 1,000,000,000 is refused when the rule is compiled") {
  CHECK(rule_error("age_days + 9223372036854775807 > 0").find("number too large") != std::string::npos);
  CHECK(rule_error("age_days > 99999999999999999999999").find("number too large") != std::string::npos);
  CHECK(rule_error("age_days + 1000000000 > 0") == "<no error>");
}

TEST_CASE("rules: sums and differences of extreme facts hold at int64's ends instead of wrapping") {
  ActionFacts f = open_action();
  f.age_days = std::numeric_limits<int64_t>::max();
  CHECK(holds("age_days + 1000000000 > 0", f));             // wrapped, it was negative
  CHECK(holds("age_days + 1 + 1 = age_days", f));            // saturated, it stays at the top
  f.age_days = std::numeric_limits<int64_t>::min();
  CHECK(holds("age_days - 1000000000 < 0", f));
  CHECK(holds("0 - age_days - age_days > 0", f));
}

TEST_CASE("rules: months added to a date far outside the calendar leave it as it is") {
  ActionFacts f = open_action();
  f.due_date = std::numeric_limits<DayNumber>::max();
  CHECK(holds("due_date + 100000 months = due_date", f));
  f.due_date = std::numeric_limits<DayNumber>::min();
  CHECK(holds("due_date - 100000 months = due_date", f));
}

TEST_CASE("rules: a message names a day far outside the calendar by its number (found by fuzz_rules)") {
  ActionFacts f = open_action();
  f.next_meeting = std::numeric_limits<DayNumber>::max();
  CHECK(render("next {next_meeting}", f) == "next day 2147483647");
}
