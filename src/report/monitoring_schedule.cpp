#include "report/monitoring_schedule.h"

#include <map>

#include "core/text.h"
#include "domain/spelling.h"
#include "report/actions_report.h"
#include "report/event_lines.h"

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

std::vector<MonitoringSchedule> monitoring_schedules(const Assessment& assessment, const std::string& title, const std::string& scope) {
  std::map<std::string, MonitoringSchedule> by_committee;
  for (const auto& c : assessment.calendars) {
    MonitoringSchedule& s = by_committee[c.committee];
    s.committee = c.committee;
  }
  const std::string as_of = format_day(assessment.as_of);
  for (const auto& a : assessment.actions) {
    const ActionView& v = a.action;
    if (v.decision_date > as_of) continue;  // not yet decided on the day of the report
    if (scope == "open" && !is_live(v.status)) continue;
    MonitoringSchedule& s = by_committee[v.committee];
    s.committee = v.committee;
    ScheduleRow r;
    r.id = v.id;
    r.decided = parse_iso_day(v.decision_date);
    r.due_iso = v.due_date;
    r.due_precision = v.due_precision;
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
