#pragma once
// The heading that says which meeting a document records: the body that met and the day, in
// the forms that councils, boards and parishes print them. A small grammar of named forms:
//   name-and-date   "Cabinet - Tuesday, 23rd January, 2024 6.00 pm", "Council Meeting Minutes 23 April 2024"
//   date-and-name   "Meeting: 24/07/2018 - Overview and Scrutiny Committee (Item 27)"
//   decision-page   "11/02/2022 - Budget Setting ref: 123   Recommendations Approved"
//   meeting-phrase  "Minutes of the meeting of X held at … on Tuesday 5 March 2019" (over up to four
//                   lines), "Minute of Meeting of …", "You are summoned to attend a meeting of X … on …"
//   name-above      a body's name, then "Date: 4 October 2022", "Minutes - Wednesday 17 April 2024",
//                   "HELD … ON TUESDAY, 23 APRIL 2024" or a bare date below it
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/minutes.h"

namespace tracker {

enum class HeadingForm { name_and_date, date_and_name, decision_page, meeting_phrase, name_above };

struct MeetingHeading {
  std::string committee;  // empty when the heading names no body (a decision page names it elsewhere)
  Day date;
  HeadingForm form = HeadingForm::name_above;
  int first_line = 0;  // 1-based: where the heading starts (the name's line, when above the date)
  int date_line = 0;
};

// Trims spaces and the separators that end a heading's name: "Cabinet -", "Date:", "Council –".
std::string_view strip_trailing_separators(std::string_view s);

// The heading whose date is on line `index` (0-based), when that line dates a meeting.
std::optional<MeetingHeading> meeting_heading_at(const CleanLines& lines, int index, const std::vector<std::string>& committee_names);

// The body a short title names, or empty: "Cabinet", "LICENSING SUB-COMMITTEE 2", "Planning
// Committee B", "Board of Directors", "City Council Regular Meeting"; of "Northmoor Borough
// Council – Cabinet" the committee, not the council.
std::string_view committee_named(std::string_view title, const std::vector<std::string>& committee_names);

// "Minutes of the meeting of the Scrutiny Board held on …" -> "Scrutiny Board"; empty when the
// phrase names no body ("Minutes of the meeting held on …").
std::string committee_from_meeting_phrase(std::string_view phrase);

}  // namespace tracker
