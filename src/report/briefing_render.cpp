// The Chair's briefing as Markdown and as one printable HTML page (A4 portrait).
#include "report/briefing.h"
#include "report/html_page.h"
#include "rules/wording.h"

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
  return "Briefing for the Chair: " + b.committee + ", " + day_words(b.meeting);
}

std::string intro(const Briefing& b) {
  return "Prepared " + day_words(b.as_of) + (b.previous_meeting ? ". The last meeting was on " + day_words(*b.previous_meeting) + "." : ".");
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

docx::Document briefing_document(const Briefing& b, const ReportSettings& settings, Day as_of) {
  docx::Document d;
  d.title = heading_line(b);
  d.creator = "tracker";
  d.created = as_of;
  d.font = {settings.font, settings.font_size};
  d.section.landscape = false;
  d.section.margin_left_mm = d.section.margin_right_mm = 20;
  const auto paragraph = [&](std::vector<docx::Run> runs, int heading = 0, double after = 4) {
    d.blocks.push_back(docx::Paragraph{std::move(runs), heading, false, after});
  };
  paragraph({{heading_line(b), true, settings.font_size + 4}}, 1, 6);
  paragraph({{intro(b), false, 0}}, 0, 8);
  for (const auto& s : sections(b)) {
    paragraph({{s.heading, true, settings.font_size + 1}}, 2, 4);
    if (s.entries->empty()) paragraph({{s.none, false, 0}}, 0, 8);
    for (const auto& e : *s.entries) {
      // The subject in bold, then the clause; owner, detail and ID on a line of their own.
      const std::string rest = (e.owner.empty() ? "" : "Owner: " + e.owner + ". ") + e.detail + "." + (e.id.empty() ? "" : " (" + e.id + ")");
      paragraph({{e.subject, true, 0}, {": " + e.clause + "\n" + rest, false, 0}}, 0, 6);
    }
  }
  paragraph({{"Questions the Chair may ask", true, settings.font_size + 1}}, 2, 4);
  if (b.questions.empty()) paragraph({{"None: nothing has been chased or has slipped.", false, 0}});
  for (const auto& q : b.questions) paragraph({{q, false, 0}}, 0, 6);
  return d;
}

}  // namespace tracker
