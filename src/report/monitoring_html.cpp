// The monitoring schedule as one HTML file for the agenda pack: A4 landscape, a real table
// with column headers for screen readers, the header row repeated on every printed page.
#include "report/html_page.h"
#include "report/monitoring_schedule.h"
#include "rules/wording.h"

namespace tracker {
namespace {

std::string list_cell(const std::vector<std::string>& lines) {
  if (lines.empty()) return "";
  if (lines.size() == 1) return html_text(lines[0]);
  std::string out = "<ul>";
  for (const auto& l : lines) out += "<li>" + html_text(l) + "</li>";
  return out + "</ul>";
}

std::string flags_cell(const ScheduleRow& r) {
  std::string out;
  for (const auto& f : r.flags)
    out += "<p><span class=\"flag " + html_text(f.severity) + "\">" + html_text(f.name) + "</span> " + html_text(f.message) + "</p>";
  for (const auto& line : r.to_do) out += "<p>" + html_text(line) + "</p>";
  return out;
}

// The committee's words first; the flags beside them unless the layout puts them apart or leaves them out.
std::string further_cell(const ScheduleRow& r, const std::string& layout) {
  std::string out;
  if (!r.further.empty()) out += "<p class=\"words\">" + html_text(r.further) + "</p>";
  if (layout == "words_and_flags") out += flags_cell(r);
  return out;
}

}  // namespace

std::string monitoring_to_html(const std::vector<MonitoringSchedule>& schedules) {
  const std::string title = schedules.empty() ? "Monitoring schedule" : schedules.front().title;
  std::string out = html_page_start(title, true);
  if (schedules.empty()) out += "<p>Nothing to report: the tracker holds no committee's minutes yet.</p>\n";
  for (const auto& s : schedules) {
    out += "<section>\n<h1>" + html_text(s.committee) + " " + html_text(s.title) + "</h1>\n";
    out += "<p class=\"updated\">Updated: " + html_text(day_words(s.as_of)) + "</p>\n";
    out += "<table>\n<caption>" + html_text(s.rows_summary()) + " Flags come from the rules in tracker.toml.</caption>\n<thead>\n<tr>";
    const bool flags_apart = has_flags_column(s.further_layout);
    for (const char* h : {"Decision Date", "Item", "Scrutiny Recommendation", "Owner", "Completion date for actions", "Action/Response Completed",
                          "Further action required by Scrutiny", "Flags", "Status"})
      if (flags_apart || std::string_view(h) != "Flags") out += "<th scope=\"col\">" + std::string(h) + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    if (s.rows.empty())
      out += std::string("<tr><td colspan=\"") + (flags_apart ? "9" : "8") + "\">" +
             (s.scope == "completed" ? "Nothing was completed since the last meeting." : "Nothing outstanding.") + "</td></tr>\n";
    for (const auto& r : s.rows) {
      out += "<tr>";
      out += "<td>" + html_text(day_words(r.decided)) + "</td>";
      out += "<td>" + html_text(r.item) + "</td>";
      out += "<td>" + html_text(r.recommendation) + "<br><span class=\"id\">" + html_text(r.id) + "</span></td>";
      out += "<td>" + html_text(r.owner) + "</td>";
      out += "<td>" + html_text(completion_words(r.due)) + "</td>";
      out += "<td>" + list_cell(r.history) + "</td>";
      out += "<td>" + further_cell(r, s.further_layout) + "</td>";
      if (flags_apart) out += "<td>" + flags_cell(r) + "</td>";
      out += "<td>" + html_text(status_words(r.state)) +
             (r.completed_since_last_meeting ? "<br><span class=\"completed\">" + std::string(kCompletedSinceLastMeeting) + "</span>" : "") +
             "</td>";
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
  }
  return out + html_page_end();
}

}  // namespace tracker
