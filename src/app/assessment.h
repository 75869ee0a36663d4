#pragma once
// Every action with the facts rules test and the flags they raised, for one day: what the
// reports (monitoring schedule, weekly check, Chair's briefing, `tracker flags`) are made from.
// A flow of the application layer: it reads the store and runs the rule engine (rules/), which
// itself knows nothing of the store.
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "rules/action_facts.h"
#include "rules/rule_set.h"
#include "store/store.h"

namespace tracker {

struct AssessedAction {
  Action action;
  ActionFacts facts;
  std::vector<RaisedFlag> flags;
  bool has_severity(const std::string& severity) const;
};

// The committee's meetings that are not cancelled, in date order: next and previous meeting.
struct CommitteeCalendar {
  std::string committee;
  std::vector<Day> meetings;
  std::optional<Day> next_on_or_after(Day day) const;
  std::optional<Day> last_before(Day day) const;
};

struct Assessment {
  Day as_of;
  std::vector<AssessedAction> actions;      // decision date order
  std::vector<CommitteeCalendar> calendars;
  const CommitteeCalendar* calendar(const std::string& committee) const;
};

// The calendars of `committee`, or of every committee: its meetings that are not cancelled (as of
// the end of `as_of`, when given: a meeting cancelled later was still in the calendar).
std::vector<CommitteeCalendar> calendars(const Store& store, const std::optional<std::string>& committee,
                                         std::optional<Day> as_of = std::nullopt);

// The actions `filter` selects as they stood at the end of `as_of`: only those decided by then,
// with filter.statuses meaning their status on that day.
std::vector<Action> actions_as_of(const Store& store, ActionFilter filter, Day as_of);

DayNumber day_number(Day d);
Day day_from_number(DayNumber n);

// The facts rules test, from the action (as it stood on `as_of`) and its committee's calendar.
// Its events are typed: nothing here reads a date from text.
ActionFacts facts_for(const Action& a, Day as_of, const CommitteeCalendar* calendar);
// Reads the actions (and calendars) of `committee`, or of all committees, with one of
// `statuses` (empty: any), and runs every rule on each.
Assessment assess(const Store& store, const RuleSet& rules, Day as_of, const std::optional<std::string>& committee,
                  const std::vector<Status>& statuses = {});
// The actions still to do on `as_of` (open or scheduled), and those whose status on that day was
// set at or after their committee's last meeting before it: the monitoring schedule's rows by the
// council's convention (what is to do, and what was completed since the last meeting). Reads
// only those, through the store's index of finishing events, not every action.
Assessment assess_live_and_since_last_meeting(const Store& store, const RuleSet& rules, Day as_of,
                                              const std::optional<std::string>& committee);
// The statuses of actions still to be done (domain/lifecycle.h: is_live): the monitoring
// schedule's and the weekly check's.
std::vector<Status> live_statuses();

// A flag as the reports write it: "Overdue: due at the 15 December 2020 meeting, …".
std::string flag_line(const std::string& flag, const std::string& message);
std::string flag_line(const RaisedFlag& flag);
// The action's flags of one severity on one line, joined with "; ".
std::string flag_lines(const AssessedAction& action, const std::string& severity);

}  // namespace tracker
