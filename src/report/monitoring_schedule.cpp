#include "report/monitoring_schedule.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "domain/spelling.h"
#include "report/actions_report.h"
#include "report/event_lines.h"
#include "report/left_out.h"

namespace tracker {
namespace {

std::string owner_words(const ActionView& a) {
  std::string owner = a.owner.empty() ? "Nobody named" : a.owner;
  if (!a.person.empty() && a.person != a.owner) owner += " (" + a.person + ")";
  return owner;
}

std::string file_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::optional<ActionDue> typed_due(const ActionView& v) {
  if (v.due_precision == "day")
    if (auto d = parse_iso_day(v.due_date)) return v.due_meeting_state.empty() ? ActionDue::deadline(*d) : ActionDue::meeting(*d);
  if (v.due_precision == "month")
    if (auto d = parse_iso_day(v.due_date + "-01")) return ActionDue::in_month(Month{d->year(), d->month()});
  return std::nullopt;
}

std::vector<std::string> still_to_do(const AssessedAction& a) {
  std::vector<std::string> out;
  const ActionView& v = a.action;
  if (v.kind == "recommendation" && !a.facts.has_response && !v.target_body.empty())
    out.push_back("Awaiting the response of " + v.target_body);
  if (v.status == "delivered") out.push_back("Considered by the committee: close it, or record what more is needed");
  if (v.status == "open" && v.due_date.empty() && a.flags.empty()) out.push_back("Set a date for it to come back");
  return out;
}

}  // namespace

std::vector<std::string> flags_column(const ScheduleRow& row) {
  std::vector<std::string> out;
  for (const auto& f : row.flags) out.push_back(flag_line(f.name, f.message));
  out.insert(out.end(), row.to_do.begin(), row.to_do.end());
  return out;
}

bool has_flags_column(const std::string& layout) { return layout == "flags_separately"; }

std::vector<std::string> further_column(const ScheduleRow& row, const std::string& layout) {
  std::vector<std::string> out;
  if (!row.further.empty()) out.push_back(row.further);
  if (layout == "words_and_flags") {
    std::vector<std::string> flags = flags_column(row);
    out.insert(out.end(), flags.begin(), flags.end());
  }
  return out;
}

std::vector<std::string> ScheduleRow::further_action() const { return further_column(*this, "words_and_flags"); }

std::string day_words(const std::string& iso) {
  if (auto d = parse_iso_day(iso)) return format_day_long(*d);
  return iso;
}

std::string status_words(const std::string& status) {
  if (auto s = status_from_sql(status)) return std::string(words(*s));
  return status;
}

std::optional<Day> completed_on(const ActionView& v) {
  const auto status = status_from_sql(v.status);
  if (status != Status::delivered && status != Status::closed && status != Status::transferred) return std::nullopt;
  std::optional<Day> out;
  for (const auto& e : v.events)
    if (e.sets == status)
      if (auto day = parse_iso_day(e.date)) out = std::max(out.value_or(*day), *day);
  return out;
}

std::string MonitoringSchedule::rows_summary() const {
  const size_t completed =
      static_cast<size_t>(std::count_if(rows.begin(), rows.end(), [](const ScheduleRow& r) { return r.completed_since_last_meeting; }));
  const std::string count = std::to_string(rows.size()) + (rows.size() == 1 ? " row" : " rows");
  const std::string since = last_meeting ? " (" + format_day_long(*last_meeting) + ")" : "";
  if (scope == "completed") return count + ": completed since the last meeting" + since + ".";
  if (scope == "all") return count + ": every recommendation and action.";
  return count + ": recommendations and actions not yet completed" +
         (completed == 0 ? "" : ", and " + std::to_string(completed) + " completed since the last meeting" + since) + ".";
}

std::vector<MonitoringSchedule> monitoring_schedules(const Assessment& assessment, const std::string& title, const std::string& scope) {
  return monitoring_schedules(assessment, title, scope, {});
}

std::vector<MonitoringSchedule> monitoring_schedules(const Assessment& assessment, const std::string& title, const std::string& scope,
                                                     const std::vector<std::string>& never_reported) {
  std::map<std::string, MonitoringSchedule> by_committee;
  for (const auto& c : assessment.calendars) {
    MonitoringSchedule& s = by_committee[c.committee];
    s.committee = c.committee;
    s.last_meeting = c.last_before(assessment.as_of);
  }
  const std::string as_of = format_day(assessment.as_of);
  for (const auto& a : assessment.actions) {
    const ActionView& v = a.action;
    if (v.decision_date > as_of) continue;  // not yet decided on the day of the report
    if (left_out_of_schedule(v, never_reported)) continue;
    const CommitteeCalendar* calendar = assessment.calendar(v.committee);
    const std::optional<Day> last_meeting = calendar ? calendar->last_before(assessment.as_of) : std::nullopt;
    const std::optional<Day> completed = completed_on(v);
    const bool completed_since = completed && last_meeting && *completed >= *last_meeting;
    if (scope == "open" && !is_live(v.status) && !completed_since) continue;
    if (scope == "completed" && !completed_since) continue;
    MonitoringSchedule& s = by_committee[v.committee];
    s.committee = v.committee;
    s.last_meeting = last_meeting;
    ScheduleRow r;
    r.completed_since_last_meeting = completed_since;
    r.completed_on = completed;
    r.id = v.id;
    r.decided = parse_iso_day(v.decision_date);
    r.due_iso = v.due_date;
    r.due_precision = v.due_precision;
    r.due = typed_due(v);
    r.state = status_from_sql(v.status).value_or(Status::open);
    r.decision_date = day_words(v.decision_date);
    r.item = v.item_number.empty() || v.item_number[0] == 'i' ? v.item_title : v.item_number + ". " + v.item_title;
    r.recommendation = clause_words(v);
    r.completion = v.due_date.empty() ? "Not set" : due_words(v);
    r.history = public_history(v.events, v.committee, as_of);
    if (v.kind == "recommendation" && a.facts.has_response && !v.response_reason.empty() && v.response_date.empty())
      r.history.push_back("Response: " + v.response + ": " + v.response_reason);
    r.to_do = still_to_do(a);
    r.owner = owner_words(v);
    r.status = status_words(v.status);
    for (const auto& f : a.flags) r.flags.push_back({f.rule->flag, f.rule->severity, f.message, f.rule->id});
    r.source = v.source_file.empty() ? "entered by hand"
               : file_name(v.source_file) + ", " + (v.source_location.empty() ? "line " + std::to_string(v.source_line) : v.source_location);
    r.further = v.further;
    s.rows.push_back(std::move(r));
  }
  std::vector<MonitoringSchedule> out;
  for (auto& [name, s] : by_committee) {
    s.title = title;
    s.updated = format_day_long(assessment.as_of);
    s.as_of = assessment.as_of;
    s.scope = scope;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace tracker
