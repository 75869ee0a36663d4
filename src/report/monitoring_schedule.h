#pragma once
// The Recommendations – Implementation Monitoring Schedule: the table the Governance Advisor
// files in every agenda pack, with the columns of the hand-kept Word table it replaces
// (Decision Date, Item, Scrutiny Recommendation, Completion date for actions, Action/Response
// Completed, Further action required by Scrutiny) plus owner, due meeting, status and flags.
#include <string>
#include <vector>

#include "app/assessment.h"
#include "domain/action_due.h"
#include "domain/lifecycle_types.h"

namespace tracker {

struct ScheduleFlag {
  std::string name, severity, message, rule_id;
};

struct ScheduleRow {
  std::string id;
  // Dates and the status typed: each renderer words them (rules/wording.h), JSON and CSV keep
  // ISO dates and status codes.
  Day decided;                          // the day of the meeting that decided it
  Status state = Status::open;
  std::optional<ActionDue> due;         // a meeting's or deadline's day, or a month; none when not set
  std::string item;                     // "95. Update Report Regarding …"
  std::string recommendation;           // "(2) That a further progress report …"
  std::vector<std::string> history;     // public lines (report/event_lines.h): "Chased 17 June 2020", "Update 20 July 2020: …"
  std::vector<std::string> to_do;       // what else scrutiny must still do: "Awaiting the response of Cabinet"
  std::string owner;                    // "Strategic Director (Jane Smith)"
  std::vector<ScheduleFlag> flags;
  std::string source;                   // "001_minutes.txt, line 151"
  std::string further;                  // the committee's own words for what it still wants, or ""
  // Delivered, closed or transferred at or since the committee's last meeting before the report's
  // day: the council's schedule shows it once more, marked "Completed since the last meeting".
  bool completed_since_last_meeting = false;
  std::optional<Day> completed_on = {};  // the day it was delivered, closed or transferred

  // The "Further action required by Scrutiny" column as [report] further_action = "words_and_flags"
  // lays it out: the committee's words, then each flag ("Overdue: due at …"), then to_do.
  std::vector<std::string> further_action() const;
};

// [report] further_action: how the "Further action required by Scrutiny" column is laid out.
// "words_and_flags": the committee's words first, the flags and what is awaited beside them;
// "words_only": the committee's words alone; "flags_separately": the words, with the flags and
// what is awaited in a column of their own ("Flags").
std::vector<std::string> further_column(const ScheduleRow& row, const std::string& layout);
std::vector<std::string> flags_column(const ScheduleRow& row);  // each flag, then to_do
bool has_flags_column(const std::string& layout);

struct MonitoringSchedule {
  std::string title;      // from [report] title
  std::string committee;
  Day as_of;              // the day it is for: "Updated: 30 November 2026"
  std::string scope;      // "open", "completed" or "all"
  std::vector<ScheduleRow> rows;
  std::string further_layout = "words_and_flags";  // [report] further_action
  std::optional<Day> last_meeting = {};  // the committee's last meeting before the report's day
  // "7 rows: recommendations and actions not yet completed; 1 completed since the last meeting
  // (26 January 2021)."
  std::string rows_summary() const;
};

// What a row marked completed_since_last_meeting says in every format.
inline constexpr const char* kCompletedSinceLastMeeting = "Completed since the last meeting";

// One schedule per committee in the assessment. `scope` "open" keeps only what is still to be
// done (open or scheduled: not yet delivered, closed, transferred or dropped); either scope
// leaves out what was decided after the day of the report.
std::vector<MonitoringSchedule> monitoring_schedules(const Assessment& assessment, const std::string& title, const std::string& scope);
// Which rows, by the council's convention. Scope "open": what is still to do (open or scheduled)
// and, once each, what was delivered, closed or transferred at or since the committee's last
// meeting before the day of the report; "completed": only those; "all": every action. In every
// scope an action a person left out (`update --not-reported`) or whose kind is in
// `never_reported` is not shown, nor one decided after the day of the report.
std::vector<MonitoringSchedule> monitoring_schedules(const Assessment& assessment, const std::string& title, const std::string& scope,
                                                     const std::vector<std::string>& never_reported);
// The day an action as it stood was delivered, closed or transferred (the latest such event), if
// that is its status.
std::optional<Day> completed_on(const Action& action);


std::string monitoring_to_markdown(const std::vector<MonitoringSchedule>& schedules);
std::string monitoring_to_html(const std::vector<MonitoringSchedule>& schedules);
std::string monitoring_to_csv(const std::vector<MonitoringSchedule>& schedules);
std::string monitoring_to_json(const std::vector<MonitoringSchedule>& schedules);

}  // namespace tracker
