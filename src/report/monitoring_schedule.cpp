#include "report/monitoring_schedule.h"

#include <map>

#include "core/text.h"
#include "domain/spelling.h"
#include "report/actions_report.h"

namespace tracker {
namespace {

// The store writes ISO dates and arrows into the notes it makes; the committee reads words.
std::string readable_note(std::string note) {
  for (size_t at; (at = note.find(" -> ")) != std::string::npos;) note.replace(at, 4, " to ");
  return note;
}

std::string with_note(const std::string& head, const std::string& note) {
  return note.empty() ? head : head + ": " + readable_note(note);
}

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

std::vector<std::string> ScheduleRow::further_action() const {
  std::vector<std::string> out;
  for (const auto& f : flags) out.push_back(flag_line(f.name, f.message));
  out.insert(out.end(), to_do.begin(), to_do.end());
  return out;
}

std::string day_words(const std::string& iso) {
  if (auto d = parse_iso_day(iso)) return format_day_long(*d);
  return iso;
}

std::string status_words(const std::string& status) {
  if (auto s = status_from_sql(status)) return std::string(words(*s));
  return status;
}

std::string history_line(const EventView& e, const std::string& committee) {
  const std::string when = day_words(e.date);
  const std::string& kind = e.kind;
  const bool elsewhere = !e.meeting_committee.empty() && !committee.empty() && e.meeting_committee != committee;
  if (kind == "created") return "";
  if (kind == "chased") return with_note("Chased " + when, e.note == "chased" ? "" : e.note);
  if (kind == "updated") return with_note("Update " + when, e.note);
  if (kind == "scheduled")
    return e.meeting.empty() ? with_note("Scheduled " + when, e.note)
                             : "Listed for " + (elsewhere ? e.meeting_committee + "'s " : "the ") + day_words(e.meeting) + " meeting (noted " +
                                   when + ")";
  if (kind == "delivered")
    return e.meeting.empty() ? with_note("Delivered " + when, e.note)
           : elsewhere       ? "Considered by " + e.meeting_committee + " at its " + day_words(e.meeting) + " meeting"
                             : "Considered at the " + day_words(e.meeting) + " meeting";
  if (kind == "rescheduled") return "Moved " + when + ": " + readable_note(e.note);
  if (kind == "transferred") {
    if (!e.transferred_to.empty()) return with_note("Transferred " + when, "to " + e.transferred_to + (e.note.empty() ? "" : ": " + e.note));
    // Before schema 006 the note held it: "transferred to X: why".
    const std::string_view older = "transferred ";
    return with_note("Transferred " + when, e.note.rfind(older, 0) == 0 ? e.note.substr(older.size()) : e.note);
  }
  if (kind == "closed") return with_note("Completed " + when, e.note);
  if (kind == "reopened") return with_note("Reopened " + when, e.note);
  if (kind == "dropped") return with_note("Dropped " + when, e.note);
  if (kind == "responded") return with_note("Response " + when, e.note);
  return with_note(status_words(kind) + " " + when, e.note);
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
    r.due = typed_due(v);
    r.state = status_from_sql(v.status).value_or(Status::open);
    r.decision_date = day_words(v.decision_date);
    r.item = v.item_number.empty() || v.item_number[0] == 'i' ? v.item_title : v.item_number + ". " + v.item_title;
    r.recommendation = clause_words(v);
    r.completion = v.due_date.empty() ? "Not set" : due_words(v);
    for (const auto& e : v.events) {
      if (e.date > as_of) continue;
      std::string line = history_line(e, v.committee);
      if (!line.empty()) r.history.push_back(std::move(line));
    }
    if (v.kind == "recommendation" && a.facts.has_response && !v.response_reason.empty() && v.response_date.empty())
      r.history.push_back("Response: " + v.response + ": " + v.response_reason);
    r.to_do = still_to_do(a);
    r.owner = owner_words(v);
    r.status = status_words(v.status);
    for (const auto& f : a.flags) r.flags.push_back({f.rule->flag, f.rule->severity, f.message, f.rule->id});
    r.source = file_name(v.source_file) + ", " + (v.source_location.empty() ? "line " + std::to_string(v.source_line) : v.source_location);
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
