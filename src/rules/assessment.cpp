#include "rules/assessment.h"

#include <algorithm>
#include <map>

#include "domain/spelling.h"

namespace tracker {
namespace {

std::optional<DayNumber> day_or_null(const std::string& iso) {
  if (iso.empty()) return std::nullopt;
  if (auto d = parse_iso_day(iso)) return day_number(*d);
  return std::nullopt;
}

// A due month counts as due on its last day: an action due "in December 2020" is not late
// until December is over.
std::optional<DayNumber> due_day(const ActionView& a) {
  if (a.due_precision == "day") return day_or_null(a.due_date);
  if (a.due_precision == "month") {
    if (auto first = parse_iso_day(a.due_date + "-01")) return day_number(add_days(add_months(*first, 1), -1));
  }
  return std::nullopt;
}

}  // namespace

DayNumber day_number(Day d) { return static_cast<DayNumber>(date::sys_days{d}.time_since_epoch().count()); }
Day day_from_number(DayNumber n) { return Day{date::sys_days{date::days{n}}}; }

bool AssessedAction::has_severity(const std::string& severity) const {
  return std::any_of(flags.begin(), flags.end(), [&](const RaisedFlag& f) { return f.rule->severity == severity; });
}

std::optional<Day> CommitteeCalendar::next_on_or_after(Day day) const {
  auto at = std::lower_bound(meetings.begin(), meetings.end(), day);
  if (at == meetings.end()) return std::nullopt;
  return *at;
}

std::optional<Day> CommitteeCalendar::last_before(Day day) const {
  auto at = std::lower_bound(meetings.begin(), meetings.end(), day);
  if (at == meetings.begin()) return std::nullopt;
  return *(at - 1);
}

const CommitteeCalendar* Assessment::calendar(const std::string& committee) const {
  for (const auto& c : calendars)
    if (c.committee == committee) return &c;
  return nullptr;
}

std::string due_phrase(const ActionView& a) {
  if (a.due_date.empty()) return "";
  if (a.due_precision == "day") {
    auto d = parse_iso_day(a.due_date);
    const std::string day = d ? format_day_long(*d) : a.due_date;
    return a.due_meeting_state.empty() ? "deadline of " + day : day + " meeting";
  }
  auto d = parse_iso_day(a.due_date + "-01");
  return (d ? format_month_long(Month{d->year(), d->month()}) : a.due_date) + " meeting";
}

ActionFacts facts_for(const ActionView& a, Day as_of, const CommitteeCalendar* calendar) {
  ActionFacts f;
  f.status = a.status;
  f.kind = a.kind;
  f.owner = a.owner;
  f.person = a.person;
  f.committee = a.committee;
  f.committee_short = a.committee_short;
  f.target_body = a.target_body;
  f.response = a.response;
  f.due_precision = a.due_precision;
  f.due_meeting_state = a.due_meeting_state;
  f.due = due_phrase(a);
  f.id = a.id;
  f.item = a.item_title;
  const DayNumber today = day_number(as_of);
  f.as_of = today;
  f.decision_date = day_or_null(a.decision_date);
  f.due_date = due_day(a);
  f.received_on = a.received_on.empty() ? f.decision_date : day_or_null(a.received_on);
  std::optional<DayNumber> latest;
  int64_t chases = 0, moves = 0;
  for (const auto& e : a.events) {
    const auto when = day_or_null(e.date);
    if (!when || *when > today) continue;  // a report for an earlier day knows only what had happened by then
    chases += e.kind == "chased";
    moves += e.kind == "rescheduled";
    latest = std::max(latest.value_or(*when), *when);
    if (e.kind == "chased") {
      f.last_chased = std::max(f.last_chased.value_or(*when), *when);
    } else if (e.kind != "rescheduled") {  // moving a date is not a reply from the owner
      f.last_update = std::max(f.last_update.value_or(*when), *when);
    }
    if (e.kind == "scheduled" && a.due_precision == "day" && e.meeting == a.due_date) f.on_agenda = true;
  }
  if (calendar) {
    if (auto next = calendar->next_on_or_after(as_of)) f.next_meeting = day_number(*next);
    if (auto previous = calendar->last_before(as_of)) f.previous_meeting = day_number(*previous);
  }
  f.age_days = f.decision_date ? today - *f.decision_date : 0;
  if (f.due_date) f.days_overdue = std::max<int64_t>(0, today - *f.due_date);
  f.reschedule_count = moves;
  f.chase_count = chases;
  f.days_since_update = latest ? today - *latest : f.age_days;
  f.owner_count = static_cast<int64_t>(a.owners.size());
  f.has_response = !a.response.empty() && a.response != "awaiting";
  return f;
}

std::vector<Status> live_statuses() {
  std::vector<Status> live;
  for (Status s : kAllStatuses)
    if (is_live(s)) live.push_back(s);
  return live;
}

bool is_live(const std::string& status) {
  const auto s = status_from_sql(status);
  return s && is_live(*s);
}

std::string flag_line(const std::string& flag, const std::string& message) { return flag + ": " + message; }
std::string flag_line(const RaisedFlag& flag) { return flag_line(flag.rule->flag, flag.message); }

std::string flag_lines(const AssessedAction& action, const std::string& severity) {
  std::string out;
  for (const auto& f : action.flags)
    if (f.rule->severity == severity) out += (out.empty() ? "" : "; ") + flag_line(f);
  return out;
}

std::vector<CommitteeCalendar> calendars(const Store& store, const std::optional<std::string>& committee) {
  std::map<std::string, std::vector<Day>> dates;
  for (const auto& m : store.meetings(committee)) {
    auto& list = dates[m.committee];
    if (m.state == "cancelled") continue;
    if (auto d = parse_iso_day(m.date)) list.push_back(*d);
  }
  std::vector<CommitteeCalendar> out;
  for (auto& [name, days] : dates) {
    std::sort(days.begin(), days.end());
    out.push_back({name, std::move(days)});
  }
  return out;
}

Assessment assess(const Store& store, const RuleSet& rules, Day as_of, const std::optional<std::string>& committee,
                  const std::vector<Status>& statuses) {
  Assessment out;
  out.as_of = as_of;
  out.calendars = calendars(store, committee);
  ActionFilter filter;
  filter.committee = committee;
  filter.statuses = statuses;
  for (auto& view : store.actions(filter)) {
    AssessedAction a;
    a.facts = facts_for(view, as_of, out.calendar(view.committee));
    a.flags = rules.evaluate(a.facts);
    a.action = std::move(view);
    out.actions.push_back(std::move(a));
  }
  return out;
}

}  // namespace tracker
