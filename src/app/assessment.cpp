#include "app/assessment.h"

#include <algorithm>
#include <map>
#include <utility>

#include "domain/spelling.h"
#include "rules/wording.h"

namespace tracker {

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

ActionFacts facts_for(const Action& a, Day as_of, const CommitteeCalendar* calendar) {
  ActionFacts f;
  f.status = std::string(to_sql(a.status));
  f.kind = kind_name(a.kind);
  f.owner = a.owner;
  f.person = a.person;
  f.committee = a.committee;
  f.committee_short = a.committee_short;
  f.target_body = a.target_body;
  if (a.response) f.response = std::string(to_sql(*a.response));
  const bool at_meeting = a.due && a.due->precision == DuePrecision::meeting_day;
  if (a.due) f.due_precision = a.due->precision == DuePrecision::month ? "month" : "day";
  if (at_meeting) f.due_meeting_state = std::string(to_sql(a.due->meeting_state));
  f.due = due_phrase(a.due);
  f.id = a.id;
  f.item = a.item_title;
  const DayNumber today = day_number(as_of);
  f.as_of = today;
  f.decision_date = day_number(a.decision_date);
  if (a.due) f.due_date = day_number(a.due->last_day());
  f.received_on = a.received_on ? day_number(*a.received_on) : f.decision_date;
  std::optional<DayNumber> latest;
  int64_t chases = 0, moves = 0;
  for (const auto& e : a.events) {
    if (e.date > as_of) continue;  // a report for an earlier day knows only what had happened by then
    // Leaving it out of the schedule, or putting it back, is the clerk's choice, not news of the action.
    if (e.kind == EventKind::not_reported || e.kind == EventKind::reported) continue;
    const DayNumber when = day_number(e.date);
    chases += e.kind == EventKind::chased;
    moves += e.kind == EventKind::rescheduled;
    latest = std::max(latest.value_or(when), when);
    if (e.kind == EventKind::chased) {
      f.last_chased = std::max(f.last_chased.value_or(when), when);
    } else if (e.kind != EventKind::rescheduled) {  // moving a date is not a reply from the owner
      f.last_update = std::max(f.last_update.value_or(when), when);
    }
    if (e.kind != EventKind::scheduled || !e.meeting) continue;
    // The day compared as the view gave it: a meeting's or a deadline's (not a month).
    if (a.due && a.due->precision != DuePrecision::month && *e.meeting == a.due->day) f.on_agenda = true;
    // A listing for one of its own committee's meetings that was then cancelled is not a meeting
    // that passed without taking it: the cancellation moved it (and "rescheduled" says so).
    const bool own = e.meeting_committee.empty() || e.meeting_committee == a.committee;
    const bool cancelled = own && calendar && !std::binary_search(calendar->meetings.begin(), calendar->meetings.end(), *e.meeting);
    if (!cancelled) f.listed_for = std::max(f.listed_for.value_or(day_number(*e.meeting)), day_number(*e.meeting));
  }
  if (calendar) {
    if (auto next = calendar->next_on_or_after(as_of)) f.next_meeting = day_number(*next);
    if (auto previous = calendar->last_before(as_of)) f.previous_meeting = day_number(*previous);
  }
  f.age_days = today - *f.decision_date;
  if (f.due_date) f.days_overdue = std::max<int64_t>(0, today - *f.due_date);
  f.reschedule_count = moves;
  f.chase_count = chases;
  f.days_since_update = latest ? today - *latest : f.age_days;
  f.owner_count = static_cast<int64_t>(a.owners.size());
  f.has_response = a.response && *a.response != Response::awaiting;
  return f;
}

std::vector<Status> live_statuses() {
  std::vector<Status> live;
  for (Status s : kAllStatuses)
    if (is_live(s)) live.push_back(s);
  return live;
}

std::string flag_line(const std::string& flag, const std::string& message) { return flag + ": " + message; }
std::string flag_line(const RaisedFlag& flag) { return flag_line(flag.rule->flag, flag.message); }

std::string flag_lines(const AssessedAction& action, const std::string& severity) {
  std::string out;
  for (const auto& f : action.flags)
    if (f.rule->severity == severity) out += (out.empty() ? "" : "; ") + flag_line(f);
  return out;
}

std::vector<CommitteeCalendar> calendars(const Store& store, const std::optional<std::string>& committee, std::optional<Day> as_of) {
  std::map<std::string, std::vector<Day>> dates;
  for (const auto& m : store.calendar(committee)) {
    auto& list = dates[m.committee];
    // A meeting cancelled after the day asked about was still in the calendar that day.
    const bool cancelled_later = as_of && m.cancelled_on && *m.cancelled_on > *as_of;
    if (m.state == MeetingState::cancelled && !cancelled_later) continue;
    list.push_back(m.date);
  }
  std::vector<CommitteeCalendar> out;
  for (auto& [name, days] : dates) {
    std::sort(days.begin(), days.end());
    out.push_back({name, std::move(days)});
  }
  return out;
}

std::vector<Action> actions_as_of(const Store& store, ActionFilter filter, Day as_of) {
  const std::vector<Status> wanted = filter.statuses;
  filter.decided_by = as_of;
  filter.history_until = as_of;  // as_it_stood needs no more
  // The database keeps dues as they are now; a cancellation recorded since may have moved one. So
  // "due before" is asked of the due the action had on the day, below.
  const std::optional<Day> due_before = std::exchange(filter.due_before, std::nullopt);
  // The database keeps statuses as they are now. An action to do on the day may have been
  // finished since, which the store finds (or_changed_after); any other status on the day may
  // have changed in any way since, so then every action is read and folded.
  if (std::all_of(wanted.begin(), wanted.end(), [](Status s) { return is_live(s); })) filter.or_changed_after = as_of;
  else filter.statuses.clear();
  std::vector<Action> all = store.actions(filter);
  std::vector<Action> out;
  out.reserve(all.size());
  for (auto& view : all) {
    Action then = as_it_stood(std::move(view), as_of);
    if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), then.status) == wanted.end()) continue;
    // A month is due from its first day, as the store's filter takes it.
    if (due_before && (!then.due || then.due->day >= *due_before)) continue;
    out.push_back(std::move(then));
  }
  return out;
}

namespace {

void assess_views(Assessment& out, const RuleSet& rules, std::vector<Action> views) {
  const Day as_of = out.as_of;
  out.actions.reserve(views.size());
  for (auto& view : views) {
    AssessedAction a;
    a.facts = facts_for(view, as_of, out.calendar(view.committee));
    a.flags = rules.evaluate(a.facts);
    a.action = std::move(view);
    out.actions.push_back(std::move(a));
  }
}

}  // namespace

Assessment assess_live_and_since_last_meeting(const Store& store, const RuleSet& rules, Day as_of,
                                              const std::optional<std::string>& committee) {
  Assessment out;
  out.as_of = as_of;
  out.calendars = calendars(store, committee, as_of);
  // The earliest of the committees' last meetings: what was finished before it is nobody's news.
  std::optional<Day> since;
  for (const auto& c : out.calendars)
    if (auto last = c.last_before(as_of)) since = std::min(since.value_or(*last), *last);
  ActionFilter filter;
  filter.committee = committee;
  filter.decided_by = as_of;
  filter.statuses = live_statuses();
  filter.or_changed_after = day_from_number(day_number(since.value_or(as_of)) - 1);
  filter.history_until = as_of;  // as_it_stood needs no more
  std::vector<Action> read = store.actions(filter);
  std::vector<Action> views;
  views.reserve(read.size());
  for (auto& view : read) {
    Action then = as_it_stood(std::move(view), as_of);
    // Still to do, or finished in the window (the schedule decides which, committee by committee).
    if (is_live(then.status) || since) views.push_back(std::move(then));
  }
  assess_views(out, rules, std::move(views));
  return out;
}

Assessment assess(const Store& store, const RuleSet& rules, Day as_of, const std::optional<std::string>& committee,
                  const std::vector<Status>& statuses) {
  Assessment out;
  out.as_of = as_of;
  out.calendars = calendars(store, committee, as_of);
  ActionFilter filter;
  filter.committee = committee;
  filter.statuses = statuses;
  assess_views(out, rules, actions_as_of(store, filter, as_of));
  return out;
}

}  // namespace tracker
