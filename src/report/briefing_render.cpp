// The Chair's briefing as Markdown and as one printable HTML page (A4 portrait).
#include "report/briefing.h"
#include "report/html_page.h"

namespace tracker {
namespace {

struct Section {
  const char* heading;
  const std::vector<BriefingEntry>* entries;
  const char* none;
};

std::vector<Section> sections(const Briefing& b) {
  return {{"Due at this meeting", &b.due, "Nothing is due at this meeting."},
          {"Overdue", &b.overdue, "Nothing is overdue."},
          {"Rescheduled", &b.rescheduled, "Nothing has been moved."},
          {"Open for months with no date", &b.undated, "Every action open for three months or more has a date."},
          {"Completed at or since the last meeting", &b.completed, "Nothing was completed at or since the last meeting."},
          {"Officers' commitments in the discussion (not resolutions)", &b.commitments, "No commitments from the last year are still open."}};
}

std::string heading_line(const Briefing& b) {
  return "Briefing for the Chair: " + b.committee + ", " + b.meeting;
}

std::string intro(const Briefing& b) {
  return "Prepared " + b.as_of + (b.previous_meeting.empty() ? "." : ". The last meeting was on " + b.previous_meeting + ".");
}

}  // namespace

std::string briefing_to_markdown(const Briefing& b) {
  std::string out = "# " + markdown_text(heading_line(b)) + "\n\n" + markdown_text(intro(b)) + "\n";
  for (const auto& s : sections(b)) {
    out += "\n## " + std::string(s.heading) + "\n\n";
    if (s.entries->empty()) out += s.none + std::string("\n");
    for (const auto& e : *s.entries) {
      out += "- **" + markdown_text(e.subject) + "**: " + markdown_text(e.clause) + "  \n  " +
             (e.owner.empty() ? "" : "Owner: " + markdown_text(e.owner) + ". ") + markdown_text(e.detail) + "." +
             (e.id.empty() ? "" : " (" + markdown_text(e.id) + ")") + "\n";
    }
  }
  out += "\n## Questions the Chair may ask\n\n";
  if (b.questions.empty()) out += "None: nothing has been chased or has slipped.\n";
  for (const auto& q : b.questions) out += "- " + markdown_text(q) + "\n";
  return out;
}

std::string briefing_to_html(const Briefing& b) {
  std::string out = html_page_start(heading_line(b), false);
  out += "<h1>" + html_text(heading_line(b)) + "</h1>\n<p>" + html_text(intro(b)) + "</p>\n";
  for (const auto& s : sections(b)) {
    out += "<h2>" + html_text(s.heading) + "</h2>\n";
    if (s.entries->empty()) {
      out += "<p class=\"note\">" + html_text(s.none) + "</p>\n";
      continue;
    }
    out += "<ul>\n";
    for (const auto& e : *s.entries) {
      out += "<li><strong>" + html_text(e.subject) + "</strong>: " + html_text(e.clause) + "<br>" +
             (e.owner.empty() ? "" : "Owner: " + html_text(e.owner) + ". ") + html_text(e.detail) + "." +
             (e.id.empty() ? "" : " <span class=\"id\">" + html_text(e.id) + "</span>") + "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "<h2>Questions the Chair may ask</h2>\n";
  if (b.questions.empty()) out += "<p class=\"note\">None: nothing has been chased or has slipped.</p>\n";
  else {
    out += "<ul>\n";
    for (const auto& q : b.questions) out += "<li>" + html_text(q) + "</li>\n";
    out += "</ul>\n";
  }
  return out + html_page_end();
}

}  // namespace tracker
