#include "report/monitoring_documents.h"

#include "rules/wording.h"

namespace tracker {
namespace {

std::string capitals(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

std::string lines(const std::vector<std::string>& entries) {
  std::string out;
  for (const auto& e : entries) out += (out.empty() ? "" : "\n") + e;
  return out;
}

struct ScheduleColumn {
  const char* header;
  double word_share;   // of the Word table's width
  double excel_chars;  // Excel's column width
};

const ScheduleColumn kDecision{"Decision Date", 1.4, 14}, kItem{"Item", 2.2, 30}, kRecommendation{"Scrutiny Recommendation", 4, 55},
    kOwner{"Owner", 2, 30}, kCompletion{"Completion date for actions", 1.7, 18}, kHistory{"Action/Response Completed", 4, 50},
    kFurther{"Further action required by Scrutiny", 3.2, 45};

std::vector<ScheduleColumn> council_columns(const ReportSettings& settings) {
  std::vector<ScheduleColumn> columns{kDecision, kItem, kRecommendation};
  if (settings.owner_column) columns.push_back(kOwner);
  columns.insert(columns.end(), {kCompletion, kHistory, kFurther});
  return columns;
}

std::string document_title(const std::vector<MonitoringSchedule>& schedules, const ReportSettings& settings) {
  return schedules.size() == 1 ? schedules.front().committee + " " + settings.title : settings.title;
}

// The Word and Excel files keep the council's columns: flags set apart in a column of their own
// elsewhere go beside the committee's words here.
std::vector<std::string> further_in_file(const ScheduleRow& r, const std::string& layout) {
  return further_column(r, layout == "flags_separately" ? "words_and_flags" : layout);
}

}  // namespace

std::string schedule_heading(const MonitoringSchedule& s) { return capitals(s.committee + " " + s.title); }

docx::Document monitoring_document(const std::vector<MonitoringSchedule>& schedules, const ReportSettings& settings, Day as_of) {
  docx::Document d;
  d.title = document_title(schedules, settings);
  d.creator = "tracker";
  d.created = as_of;
  d.font = {settings.font, settings.font_size};
  d.section.landscape = true;
  if (schedules.empty())
    d.blocks.push_back(docx::Paragraph{{{"Nothing to report: the tracker holds no committee's minutes yet.", false, 0}}});
  for (const auto& s : schedules) {
    docx::Paragraph heading{{{schedule_heading(s), true, settings.font_size + 2}}, 1, false, 4};
    heading.page_break_before = !d.blocks.empty();
    d.blocks.push_back(heading);
    d.blocks.push_back(docx::Paragraph{{{capitals("Updated: " + day_words(s.as_of)), true, 0}}, 0, false, 10});
    if (s.rows.empty()) {
      d.blocks.push_back(docx::Paragraph{{{"Nothing outstanding.", false, 0}}});
      continue;
    }
    docx::Table t;
    const auto columns = council_columns(settings);
    for (const auto& c : columns) t.columns.push_back({c.header, c.word_share});
    for (const auto& r : s.rows) {
      std::vector<std::string> cells{day_words(r.decided), r.item, r.recommendation + "\n" + r.id};
      if (settings.owner_column) cells.push_back(r.owner);
      cells.insert(cells.end(), {completion_words(r.due), lines(r.history), lines(further_in_file(r, s.further_layout))});
      t.rows.push_back(std::move(cells));
    }
    d.blocks.push_back(std::move(t));
  }
  return d;
}

xlsx::Sheet monitoring_sheet(const std::vector<MonitoringSchedule>& schedules, const ReportSettings& settings, Day as_of) {
  xlsx::Sheet sheet;
  const bool several = schedules.size() > 1;
  sheet.name = schedules.size() == 1 ? schedules.front().committee : "Monitoring schedule";
  sheet.title = document_title(schedules, settings);
  sheet.creator = "tracker";
  sheet.created = as_of;
  sheet.date_style = xlsx::DateStyle::numeric;
  if (several) sheet.columns.push_back({"Committee", 30});
  for (const auto& c : council_columns(settings)) sheet.columns.push_back({c.header, c.excel_chars});
  sheet.columns.push_back({"Status", 12});
  sheet.columns.push_back({"ID", 20});
  for (const auto& s : schedules)
    for (const auto& r : s.rows) {
      std::vector<xlsx::Cell> row;
      if (several) row.emplace_back(s.committee);
      row.emplace_back(r.decided);
      row.emplace_back(r.item);
      row.emplace_back(r.recommendation);
      if (settings.owner_column) row.emplace_back(r.owner);
      // A month is words: a date cell would show an invented day.
      if (!r.due) row.emplace_back(std::monostate{});
      else if (r.due->precision == DuePrecision::month) row.emplace_back(completion_words(r.due));
      else row.emplace_back(r.due->day);
      row.emplace_back(lines(r.history));
      row.emplace_back(lines(further_in_file(r, s.further_layout)));
      const std::string status = status_words(r.state);
      row.emplace_back(r.completed_since_last_meeting ? status + "\n" + kCompletedSinceLastMeeting : status);
      row.emplace_back(r.id);
      sheet.rows.push_back(std::move(row));
    }
  return sheet;
}

}  // namespace tracker
