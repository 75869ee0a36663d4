// The monitoring schedule as Markdown (to read or paste), CSV (a spreadsheet opens it as is)
// and JSON (for scripts).
#include "domain/spelling.h"
#include "report/escape.h"
#include "report/json_writer.h"
#include "report/monitoring_schedule.h"
#include "rules/wording.h"

namespace tracker {
namespace {

// A Markdown table cell: one line of escaped text, lines joined with <br>.
std::string md_cell(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) out += "<br>";
    append_markdown_text(out, lines[k]);
  }
  return out;
}

std::string md_cell(const std::string& text) { return markdown_text(text); }

std::string joined(const std::vector<std::string>& lines, const char* separator) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : separator) + l;
  return out;
}

std::string flag_names(const ScheduleRow& r) {
  std::vector<std::string> names;
  for (const auto& f : r.flags) names.push_back(f.name);
  return joined(names, "; ");
}

// The status, and for a row shown once more after it was completed, that it was.
std::vector<std::string> status_lines(const ScheduleRow& r) {
  if (!r.completed_since_last_meeting) return {status_words(r.state)};
  return {status_words(r.state), kCompletedSinceLastMeeting};
}

}  // namespace

std::string monitoring_to_markdown(const std::vector<MonitoringSchedule>& schedules) {
  if (schedules.empty()) return "Nothing to report: the tracker holds no committee's minutes yet (see 'tracker import').\n";
  std::string out;
  for (const auto& s : schedules) {
    if (!out.empty()) out += "\n";
    out += "# " + markdown_text(s.committee + " " + s.title) + "\n\nUpdated: " + markdown_text(day_words(s.as_of)) + "\n\n";
    if (s.rows.empty()) {
      out += s.scope == "completed" ? "Nothing was completed since the last meeting.\n" : "Nothing outstanding.\n";
      continue;
    }
    const bool flags_apart = has_flags_column(s.further_layout);
    out += "| Decision Date | Item | Scrutiny Recommendation | Owner | Completion date for actions | Action/Response Completed | "
           "Further action required by Scrutiny | " + std::string(flags_apart ? "Flags | " : "") + "Status |\n";
    out += flags_apart ? "|---|---|---|---|---|---|---|---|---|\n" : "|---|---|---|---|---|---|---|---|\n";
    for (const auto& r : s.rows)
      out += "| " + md_cell(day_words(r.decided)) + " | " + md_cell(r.item) + " | " + md_cell(r.recommendation) + " [" + markdown_text(r.id) + "]" + " | " +
             md_cell(r.owner) + " | " + md_cell(completion_words(r.due)) + " | " + md_cell(r.history) + " | " + md_cell(further_column(r, s.further_layout)) + " | " +
             (flags_apart ? md_cell(flags_column(r)) + " | " : "") + md_cell(status_lines(r)) + " |\n";
    out += "\n" + s.rows_summary() + "\n";
  }
  return out;
}

std::string monitoring_to_csv(const std::vector<MonitoringSchedule>& schedules) {
  std::string out = "\xEF\xBB\xBF";
  out += "Committee,Decision Date,Item,Scrutiny Recommendation,Owner,Completion date for actions,Action/Response Completed,"
         "Further action required by Scrutiny,Status,Flags,ID,Source\r\n";
  for (const auto& s : schedules)
    for (const auto& r : s.rows) {
      // Dates as ISO days (a due month as YYYY-MM), which a spreadsheet sorts; the words are in the other formats.
      const std::string decided = format_day(r.decided);
      for (const std::string& f : {s.committee, decided, r.item, r.recommendation, r.owner, r.due ? to_iso(*r.due) : "", joined(r.history, "\n"),
                                   joined(further_column(r, s.further_layout), "\n"), joined(status_lines(r), "\n"), flag_names(r), r.id})
        out += csv_cell(f) + ",";
      out += csv_cell(r.source) + "\r\n";
    }
  return out;
}

std::string monitoring_to_json(const std::vector<MonitoringSchedule>& schedules) {
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  for (const auto& s : schedules) {
    w.begin_object();
    w.key("committee"); w.value(s.committee);
    w.key("title"); w.value(s.title);
    w.key("updated"); w.value(format_day(s.as_of));
    w.key("scope"); w.value(s.scope);
    w.key("last_meeting");
    if (s.last_meeting) w.value(format_day(*s.last_meeting));
    else w.null();
    w.key("rows");
    w.begin_array();
    for (const auto& r : s.rows) {
      w.begin_object();
      w.key("id"); w.value(r.id);
      w.key("decision_date");
      w.value(format_day(r.decided));
      w.key("item"); w.value(r.item);
      w.key("recommendation"); w.value(r.recommendation);
      w.key("owner"); w.value(r.owner);
      w.key("due");
      w.begin_object();
      w.key("date");
      if (r.due) w.value(to_iso(*r.due));
      else w.null();
      w.key("precision");
      if (r.due) w.value(std::string(to_json(r.due->precision)));
      else w.null();
      w.end_object();
      w.key("history"); w.string_array(r.history);
      w.key("further_action"); w.string_array(further_column(r, s.further_layout));
      w.key("further_words"); w.value(r.further);
      w.key("status"); w.value(std::string(to_json(r.state)));
      w.key("completed_since_last_meeting"); w.value(r.completed_since_last_meeting);
      w.key("completed_on");
      if (r.completed_on) w.value(format_day(*r.completed_on));
      else w.null();
      if (r.completed_since_last_meeting) {
        w.key("marked"); w.value(kCompletedSinceLastMeeting);
      }
      w.key("flags");
      w.begin_array();
      for (const auto& f : r.flags) {
        w.begin_object();
        w.key("flag"); w.value(f.name);
        w.key("severity"); w.value(f.severity);
        w.key("rule"); w.value(f.rule_id);
        w.key("message"); w.value(f.message);
        w.end_object();
      }
      w.end_array();
      w.key("source"); w.value(r.source);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  out += "\n";
  return out;
}

}  // namespace tracker
