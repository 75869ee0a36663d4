// The schedule, briefing and meetings as the models of Word, Excel and calendar files: the
// renderers chosen by name, the models made from a schedule, the wire the writers' module reads,
// and the calendar of meetings with what is due at each.
#include <doctest/doctest.h>

#include <string>

#include "report/meeting_calendar.h"
#include "report/monitoring_documents.h"
#include "report/monitoring_renderers.h"
#include "report/writer_module.h"
#include "report/writer_wire.h"
#include "view_helpers.h"

using namespace tracker;
using namespace date::literals;

namespace {

// Two rows as the schedule gives them: one due at a meeting, with two history entries, one due in a month.
MonitoringSchedule two_rows() {
  MonitoringSchedule s;
  s.committee = "Improving Lives Select Commission";
  s.title = "Recommendations \u2013 Implementation Monitoring Schedule";
  s.as_of = 2020_y / 10 / 13;
  ScheduleRow r;
  r.id = "ILSC-2020-03-12.1";
  r.decided = 2020_y / 3 / 3;
  r.item = "12. Early Help and Social Care Pathway";
  r.recommendation = "That an update be provided on the Liquid Logic case management system.";
  r.due = ActionDue::meeting(2020_y / 12 / 15);
  r.history = {"Chased 17 June 2020", "Chased 6 July 2020"};
  r.to_do = {"Awaiting the response of Cabinet"};
  r.owner = "Governance Advisor";
  s.rows.push_back(r);
  ScheduleRow m;
  m.id = "ILSC-2020-09-95.2";
  m.decided = 2020_y / 9 / 22;
  m.item = "95. Update Report";
  m.recommendation = "(2) That a further progress report be brought to the January 2021 meeting.";
  m.due = ActionDue::in_month(2021_y / 1);
  m.state = Status::scheduled;
  s.rows.push_back(m);
  return s;
}

}  // namespace

TEST_CASE("report files: the schedule's formats are found by name, Word and Excel marked as binary") {
  std::string names;
  for (const auto& r : monitoring_renderers()) names += std::string(r.format) + (r.binary ? "*" : "") + " ";
  CHECK(names == "md html csv json docx* xlsx* ");
  CHECK(find_monitoring_renderer("xlsx")->binary);
  CHECK(find_monitoring_renderer("pdf") == nullptr);
  CHECK(find_monitoring_renderer("md")->render({two_rows()}, {}).find("| 3 March 2020 |") != std::string::npos);
}

TEST_CASE("report files: the Word schedule has the council's title block and six columns, each history entry a line") {
  ReportSettings settings;
  settings.font = "Calibri";
  settings.font_size = 9;
  const docx::Document d = monitoring_document({two_rows()}, settings, 2020_y / 10 / 13);
  CHECK(d.section.landscape);
  CHECK(d.font.family == "Calibri");
  CHECK(d.font.size_pt == 9);
  CHECK(d.created == 2020_y / 10 / 13);
  REQUIRE(d.blocks.size() == 3);
  const auto& heading = std::get<docx::Paragraph>(d.blocks[0]);
  CHECK(heading.runs[0].text == "IMPROVING LIVES SELECT COMMISSION RECOMMENDATIONS \u2013 IMPLEMENTATION MONITORING SCHEDULE");
  CHECK(heading.heading_level == 1);
  CHECK(std::get<docx::Paragraph>(d.blocks[1]).runs[0].text == "UPDATED: 13 OCTOBER 2020");
  const auto& table = std::get<docx::Table>(d.blocks[2]);
  REQUIRE(table.columns.size() == 6);
  CHECK(table.columns[3].header == "Completion date for actions");
  CHECK(table.repeat_header);
  CHECK_FALSE(table.rows_split);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0] == std::vector<std::string>{"3 March 2020", "12. Early Help and Social Care Pathway",
                                                  "That an update be provided on the Liquid Logic case management system.\nILSC-2020-03-12.1",
                                                  "15 December 2020 meeting", "Chased 17 June 2020\nChased 6 July 2020",
                                                  "Awaiting the response of Cabinet"});
  settings.owner_column = true;
  const docx::Document owned = monitoring_document({two_rows()}, settings, 2020_y / 10 / 13);
  const auto& with_owner = std::get<docx::Table>(owned.blocks[2]);
  CHECK(with_owner.columns[3].header == "Owner");
  CHECK(with_owner.rows[0][3] == "Governance Advisor");
}

TEST_CASE("report files: each committee's Word schedule starts a page of its own, and an empty record says there is nothing") {
  MonitoringSchedule second = two_rows();
  second.committee = "Cabinet";
  second.rows.clear();
  const docx::Document d = monitoring_document({two_rows(), second}, ReportSettings{}, 2020_y / 10 / 13);
  REQUIRE(d.blocks.size() == 6);
  CHECK_FALSE(std::get<docx::Paragraph>(d.blocks[0]).page_break_before);
  CHECK(std::get<docx::Paragraph>(d.blocks[3]).page_break_before);
  CHECK(std::get<docx::Paragraph>(d.blocks[5]).runs[0].text == "Nothing outstanding.");
  const docx::Document none = monitoring_document({}, ReportSettings{}, 2020_y / 10 / 13);
  REQUIRE(none.blocks.size() == 1);
  CHECK(std::get<docx::Paragraph>(none.blocks[0]).runs[0].text.rfind("Nothing to report", 0) == 0);
}

TEST_CASE("report files: the Excel schedule has date cells for the decision and a due day, words for a due month") {
  const xlsx::Sheet sheet = monitoring_sheet({two_rows()}, ReportSettings{}, 2020_y / 10 / 13);
  CHECK(sheet.name == "Improving Lives Select Commission");
  REQUIRE(sheet.columns.size() == 8);
  CHECK(sheet.columns.front().header == "Decision Date");
  CHECK(sheet.columns.back().header == "ID");
  REQUIRE(sheet.rows.size() == 2);
  CHECK(std::get<Day>(sheet.rows[0][0]) == 2020_y / 3 / 3);
  CHECK(std::get<Day>(sheet.rows[0][3]) == 2020_y / 12 / 15);
  CHECK(std::get<std::string>(sheet.rows[1][3]) == "January 2021");  // a due month is words, as the schedule gives it
  CHECK(std::get<std::string>(sheet.rows[0][4]) == "Chased 17 June 2020\nChased 6 July 2020");
  CHECK(std::get<std::string>(sheet.rows[1][7]) == "ILSC-2020-09-95.2");
  MonitoringSchedule second = two_rows();
  second.committee = "Cabinet";
  const xlsx::Sheet both = monitoring_sheet({two_rows(), second}, ReportSettings{}, 2020_y / 10 / 13);
  CHECK(both.columns.front().header == "Committee");
  CHECK(both.rows.size() == 4);
  CHECK(std::get<std::string>(both.rows[3][0]) == "Cabinet");
}

TEST_CASE("report files: the CSV schedule writes its dates as ISO days and months") {
  const std::string csv = monitoring_to_csv({two_rows()});
  CHECK(csv.find("Improving Lives Select Commission,2020-03-03,12. Early Help") != std::string::npos);
  CHECK(csv.find(",Governance Advisor,2020-12-15,") != std::string::npos);
  CHECK(csv.find(",2021-01,") != std::string::npos);
  CHECK(csv.find("3 March 2020") == std::string::npos);
}

TEST_CASE("report files: a Word document and an Excel sheet cross to the writers' module and back whole") {
  docx::Document d = monitoring_document({two_rows()}, ReportSettings{}, 2020_y / 10 / 13);
  d.blocks.push_back(docx::Paragraph{{{std::string("colon: 12:ab \0 nul", 18), true, 7.5}}, 2, true, 3});
  const docx::Document back = document_from_wire(wire_from_document(d));
  CHECK(wire_from_document(back) == wire_from_document(d));
  CHECK(std::get<docx::Paragraph>(back.blocks.back()).runs[0].text == std::string("colon: 12:ab \0 nul", 18));
  CHECK(std::get<docx::Table>(back.blocks[2]).rows == std::get<docx::Table>(d.blocks[2]).rows);
  const xlsx::Sheet sheet = monitoring_sheet({two_rows()}, ReportSettings{}, 2020_y / 10 / 13);
  CHECK(wire_from_sheet(sheet_from_wire(wire_from_sheet(sheet))) == wire_from_sheet(sheet));
  const std::string wire = wire_from_sheet(sheet);
  CHECK_THROWS_AS(sheet_from_wire(wire.substr(0, wire.size() - 1)), std::runtime_error);
  CHECK_THROWS_AS(document_from_wire(wire), std::runtime_error);
  CHECK_THROWS_AS(document_from_wire("99999999999:x"), std::runtime_error);
}

TEST_CASE("report files: the writers' module makes a Word and an Excel file") {
  const std::string word = docx_file(monitoring_document({two_rows()}, ReportSettings{}, 2020_y / 10 / 13));
  CHECK(word.rfind("PK\x03\x04", 0) == 0);
  CHECK(word == docx_file(monitoring_document({two_rows()}, ReportSettings{}, 2020_y / 10 / 13)));
  const std::string excel = xlsx_file(monitoring_sheet({two_rows()}, ReportSettings{}, 2020_y / 10 / 13));
  CHECK(excel.rfind("PK\x03\x04", 0) == 0);
  xlsx::Sheet bad = monitoring_sheet({two_rows()}, ReportSettings{}, 2020_y / 10 / 13);
  bad.rows[0][0] = Day{2020_y / 2 / 30};
  CHECK_THROWS_WITH_AS(xlsx_file(bad), "a date cell of the Excel workbook (row 2) is not a day Excel can hold", TrackerError);
}

TEST_CASE("report files: the calendar puts each action at its committee's meeting, as the meetings stood that day") {
  Assessment a;
  a.as_of = 2020_y / 11 / 1;
  const auto action = [](std::string id, std::string committee, std::string due, std::string precision, std::string state) {
    AssessedAction x;
    x.action.id = std::move(id);
    x.action.committee = std::move(committee);
    x.action.due = test::due_of(due, precision, state);
    x.action.text = "That a progress report be brought back to a meeting of the Improving Lives Select Commission in twelve months' time.";
    return x;
  };
  a.actions = {action("ILSC-1", "ILSC", "2020-12-15", "day", "planned"), action("ILSC-2", "ILSC", "2020-12-15", "day", ""),
               action("ILSC-3", "ILSC", "2020-12", "month", ""), action("CAB-1", "Cabinet", "2020-12-15", "day", "planned")};
  std::vector<MeetingView> meetings(3);
  meetings[0] = {"ILSC", 2020_y / 12 / 15, MeetingState::cancelled, "agenda", "December meeting cancelled", 0, 2020_y / 11 / 20};
  meetings[1] = {"ILSC", 2020_y / 10 / 27, MeetingState::held, "minutes", "", 0, std::nullopt};
  meetings[2] = {"Cabinet", 2020_y / 12 / 14, MeetingState::cancelled, "calendar", "No business", 0, 2020_y / 10 / 1};
  const auto calendar = meeting_calendar(meetings, a);
  REQUIRE(calendar.size() == 3);
  CHECK(calendar[0].day == 2020_y / 10 / 27);
  CHECK(calendar[1].committee == "Cabinet");
  CHECK(calendar[1].cancelled);  // cancelled before 1 November
  CHECK(calendar[2].day == 2020_y / 12 / 15);
  CHECK_FALSE(calendar[2].cancelled);  // cancelled on 20 November, after the day asked about
  REQUIRE(calendar[2].due.size() == 1);  // a deadline (no meeting) and a month are at no meeting; Cabinet's action at Cabinet's
  CHECK(calendar[2].due[0].id == "ILSC-1");
  CHECK(calendar[2].due[0].text ==
        "That a progress report be brought back to a meeting of the Improving Lives Select\xE2\x80\xA6");  // 90 characters end inside "Commission"
  const std::string ics = calendar_to_ics(calendar, CalendarSettings{}, a.as_of);
  CHECK(ics.find("UID:ilsc-2020-12-15@tracker\r\n") != std::string::npos);
  CHECK(ics.find("DTSTAMP:20201101T000000Z\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;VALUE=DATE:20201215\r\n") != std::string::npos);
  CHECK(ics.find("SUMMARY:Cabinet (cancelled)\r\nDESCRIPTION:Cancelled: No business\\nNothing is due at this meeting.\r\nSTATUS:CANCELLED\r\n") !=
        std::string::npos);
  CalendarSettings timed;
  timed.meeting_time = "09:30";
  CHECK(calendar_to_ics(calendar, timed, a.as_of).find("DTSTART;TZID=Europe/London:20201215T093000\r\n") != std::string::npos);
  CHECK(calendar_to_text(calendar).find("15 December 2020  ILSC  1 due\n    ILSC-1  That a progress report") != std::string::npos);
  CHECK(meeting_uid("Health & Wellbeing Board", 2021_y / 1 / 5) == "health-wellbeing-board-2021-01-05@tracker");
}
