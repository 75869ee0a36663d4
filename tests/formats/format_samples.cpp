// Writes a sample of each report file format for tests/e2e/formats/test_formats.py to read back
// with real readers (python-docx, openpyxl, icalendar), and for a person to look at rendered:
// the council's monitoring schedule columns, its own Liquid Logic row, hostile text, and enough
// rows to run onto a second page. Built for the tests only; never installed.
//
// Usage: format_samples OUT_DIR   (writes monitoring_schedule.docx, monitoring_schedule.xlsx, meetings.ics)
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "report/docx_writer.h"
#include "report/ics_writer.h"
#include "report/xlsx_writer.h"

using namespace tracker;
using namespace date::literals;

namespace {

struct SampleRow {
  Day decision;
  std::string item, recommendation;
  std::optional<Day> completion;
  std::string completed, further;
};

std::string short_date(Day d) {  // the council's own 03/03/20
  char b[16];
  std::snprintf(b, sizeof b, "%02u/%02u/%02d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()), static_cast<int>(d.year()) % 100);
  return b;
}

std::string long_cell() {  // 2,000 characters in words, so that it wraps over many lines
  std::string out;
  for (int i = 0; out.size() < 2000; ++i) out += "word" + std::to_string(i % 10) + " ";
  out.resize(2000);
  return out;
}

std::vector<SampleRow> sample_rows() {
  std::vector<SampleRow> rows;
  rows.push_back({2020_y / 3 / 3, "Early Help and Social Care Pathway",
                  "That an update be provided to members of the Improving Lives Select Commission on the implementation and use of the "
                  "Liquid Logic case management system.",
                  std::nullopt,
                  "Requested and written briefing will be circulated.\nChased 17 June 2020\nChased 6 July 2020\nWritten information provided "
                  "to Chair. Briefing for members being arranged.",
                  "One off review being arranged. Action transferred to Sub and Project Group tracker."});
  for (int i = 2; i <= 25; ++i)
    rows.push_back({2020_y / 9 / 15, "Sample item " + std::to_string(i),
                    "That a progress report on sample item " + std::to_string(i) +
                        " be brought back to a meeting of the Improving Lives Select Commission in 12 months' time.",
                    2021_y / 9 / 14, "Report listed for the 14 September 2021 meeting", ""});
  rows.push_back({2020_y / 1 / 14, "Quotes \"double\" and 'single' <b>bold</b> & co", "=cmd|' /C calc'!A0", 2020_y / 6 / 30,
                  std::string("+1 and @SUM(A1) and -2; done \xE2\x9C\x85 \xF0\x9F\x8E\x89 bell\x07 end"), long_cell()});
  return rows;
}

const std::vector<std::pair<std::string, double>> kColumns = {
    {"Decision Date", 1.3}, {"Item", 2.2}, {"Scrutiny Recommendation", 4}, {"Completion date for actions", 1.7},
    {"Action/Response Completed", 4}, {"Further action required by Scrutiny", 3.2}};

void write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error(path + ": cannot be written");
}

std::string docx_sample() {
  docx::Document d;
  d.title = "Improving Lives Select Commission recommendations - implementation monitoring schedule";
  d.creator = "Governance Advisor";
  d.created = 2020_y / 10 / 13;
  d.font = {"Arial", 10};
  d.blocks.push_back(docx::Paragraph{{{"IMPROVING LIVES SELECT COMMISSION", true, 14}}, 1, true, 0});
  d.blocks.push_back(docx::Paragraph{{{"RECOMMENDATIONS \xE2\x80\x93 IMPLEMENTATION MONITORING SCHEDULE", true, 12}}, 2, true, 0});
  d.blocks.push_back(docx::Paragraph{{{"UPDATED: 13 OCTOBER 2020", true, 0}}, 0, true, 12});
  docx::Table t;
  for (const auto& [header, width] : kColumns) t.columns.push_back({header, width});
  for (const auto& r : sample_rows())
    t.rows.push_back({short_date(r.decision), r.item, r.recommendation, r.completion ? short_date(*r.completion) : "", r.completed, r.further});
  d.blocks.push_back(t);
  return docx_bytes(d);
}

std::string xlsx_sample() {
  xlsx::Sheet s;
  s.name = "ILSC monitoring schedule";
  s.title = "Improving Lives Select Commission recommendations - implementation monitoring schedule";
  s.creator = "Governance Advisor";
  s.created = 2020_y / 10 / 13;
  const double widths[] = {12, 24, 45, 14, 45, 35};
  for (size_t c = 0; c < kColumns.size(); ++c) s.columns.push_back({kColumns[c].first, widths[c]});
  for (const auto& r : sample_rows()) {
    xlsx::Cell completion = std::monostate{};
    if (r.completion) completion = *r.completion;
    s.rows.push_back({r.decision, r.item, r.recommendation, completion, r.completed, r.further});
  }
  return xlsx_bytes(s);
}

std::string ics_sample() {
  ics::Calendar c;
  c.name = "Improving Lives Select Commission";
  c.stamp = 2020_y / 10 / 13;
  c.events.push_back({"ILSC-2020-10-27@tracker", 2020_y / 10 / 27, ics::TimeOfDay{10, 0}, 150, "Improving Lives Select Commission",
                      "Due at this meeting:\n- Early Help and Social Care Pathway: Liquid Logic update\n- Quotes \"double\"; commas, and \\ "
                      "backslash <b>&</b> =cmd \xF0\x9F\x8E\x89\n" + long_cell(),
                      "Town Hall, Moorgate Street, Rotherham"});
  c.events.push_back({"ILSC-2020-12-15@tracker", 2020_y / 12 / 15, std::nullopt, 0, "Improving Lives Select Commission (cancelled)",
                      "December meeting cancelled", "", true});
  c.events.push_back({"ILSC-2021-01-26@tracker", 2021_y / 1 / 26, std::nullopt, 0, "Improving Lives Select Commission",
                      "Due at this meeting:\n- CYPS Directorate Workforce Strategy: progress report", "Town Hall, Rotherham"});
  return ics_text(c);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: format_samples OUT_DIR\n");
    return 2;
  }
  try {
    const std::string dir = argv[1];
    write(dir + "/monitoring_schedule.docx", docx_sample());
    write(dir + "/monitoring_schedule.xlsx", xlsx_sample());
    write(dir + "/meetings.ics", ics_sample());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "format_samples: %s\n", e.what());
    return 1;
  }
  return 0;
}
