#include "report/monitoring_schedule.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "domain/spelling.h"
#include "report/actions_report.h"
#include "report/event_lines.h"
#include "report/left_out.h"
#include "rules/wording.h"

namespace tracker {
namespace {

std::string owner_words(const Action& a) {
  std::string owner = a.owner.empty() ? "Nobody named" : a.owner;
  if (!a.person.empty() && a.person != a.owner) owner += " (" + a.person + ")";
  return owner;
}

std::string file_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<std::string> still_to_do(const AssessedAction& a) {
  std::vector<std::string> out;
  const Action& v = a.action;
  if (v.kind == ClauseKind::recommendation && !a.facts.has_response && !v.target_body.empty())
    out.push_back("Awaiting the response of " + v.target_body);
  if (v.status == Status::delivered) out.push_back("Considered by the committee: close it, or record what more is needed");
  if (v.status == Status::open && !v.due && a.flags.empty()) out.push_back("Set a date for it to come back");
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

std::optional<Day> completed_on(const Action& v) {
  const Status status = v.status;
  if (status != Status::delivered && status != Status::closed && status != Status::transferred) return std::nullopt;
  std::optional<Day> out;
  for (const auto& e : v.events)
    if (e.sets == status) out = std::max(out.value_or(e.date), e.date);
  return out;
}

std::string MonitoringSchedule::rows_summary() const {
  const size_t completed =
      static_cast<size_t>(std::count_if(rows.begin(), rows.end(), [](const ScheduleRow& r) { return r.completed_since_last_meeting; }));
  const std::string count = std::to_string(rows.size()) + (rows.size() == 1 ? " row" : " rows");
  const std::string since = last_meeting ? " (" + day_words(*last_meeting) + ")" : "";
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
  for (const auto& a : assessment.actions) {
    const Action& v = a.action;
    if (v.decision_date > assessment.as_of) continue;  // not yet decided on the day of the report
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
    r.decided = v.decision_date;
    r.due = v.due;
    r.state = v.status;
    r.item = v.item_number.empty() || v.item_number[0] == 'i' ? v.item_title : v.item_number + ". " + v.item_title;
    r.recommendation = clause_words(v);
    r.history = public_history(v.events, v.committee, assessment.as_of);
    if (v.kind == ClauseKind::recommendation && a.facts.has_response && !v.response_reason.empty() && !v.response_date)
      r.history.push_back("Response: " + std::string(to_sql(v.response.value_or(Response::awaiting))) + ": " + v.response_reason);
    r.to_do = still_to_do(a);
    r.owner = owner_words(v);
    for (const auto& f : a.flags) r.flags.push_back({f.rule->flag, f.rule->severity, f.message, f.rule->id});
    r.source = v.source_file.empty() ? "entered by hand"
               : file_name(v.source_file) + ", " + (v.source_location.empty() ? "line " + std::to_string(v.source_line) : v.source_location);
    r.further = v.further;
    s.rows.push_back(std::move(r));
  }
  std::vector<MonitoringSchedule> out;
  for (auto& [name, s] : by_committee) {
    s.title = title;
    s.as_of = assessment.as_of;
    s.scope = scope;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace tracker
