#pragma once
// The Recommendations – Implementation Monitoring Schedule: the table the Governance Advisor
// files in every agenda pack, with the columns of the hand-kept Word table it replaces
// (Decision Date, Item, Scrutiny Recommendation, Completion date for actions, Action/Response
// Completed, Further action required by Scrutiny) plus owner, due meeting, status and flags.
#include <string>
#include <vector>

#include "domain/action_due.h"
#include "domain/lifecycle_types.h"
#include "rules/assessment.h"

namespace tracker {

struct ScheduleFlag {
  std::string name, severity, message, rule_id;
};

struct ScheduleRow {
  std::string id;
  // Typed, for the JSON: a machine reads ISO dates and status codes, a person the words below.
  std::optional<Day> decided;
  std::string due_iso;                  // "2020-12-15" (a meeting's or deadline's day), "2020-12" (a month), or ""
  std::string due_precision;            // "day", "month", or ""
  Status state = Status::open;
  std::optional<ActionDue> due;         // typed, for the Word and Excel files: a meeting's or deadline's day, or a month
  std::string decision_date;            // "22 September 2020"
  std::string item;                     // "95. Update Report Regarding …"
  std::string recommendation;           // "(2) That a further progress report …"
  std::string completion;               // "15 December 2020 meeting", "December 2020", "Not set"
  std::vector<std::string> history;     // "Chased 17 June 2020", "Update 20 July 2020: …"
  std::vector<std::string> to_do;       // what else scrutiny must still do: "Awaiting the response of Cabinet"
  std::string owner;                    // "Strategic Director (Jane Smith)"
  std::string status;                   // "Open", "Scheduled", …
  std::vector<ScheduleFlag> flags;
  std::string source;                   // "001_minutes.txt, line 151"

  // The "Further action required by Scrutiny" column: each flag ("Overdue: due at …"), then to_do.
  std::vector<std::string> further_action() const;
};

struct MonitoringSchedule {
  std::string title;      // from [report] title
  std::string committee;
  std::string updated;    // "30 November 2026"
  Day as_of;              // the day it is for
  std::string scope;      // "open" or "all"
  std::vector<ScheduleRow> rows;
};

// One schedule per committee in the assessment. `scope` "open" keeps only what is still to be
// done (open or scheduled: not yet delivered, closed, transferred or dropped); either scope
// leaves out what was decided after the day of the report.
std::vector<MonitoringSchedule> monitoring_schedules(const Assessment& assessment, const std::string& title, const std::string& scope);

// One line of history for the schedule's "Action/Response Completed" column, or "" for an
// event that is not news to the committee (the action being recorded). A meeting of another
// committee than `committee` (the action's own) is named: "Considered by Cabinet at …".
std::string history_line(const EventView& event, const std::string& committee = "");
std::string status_words(const std::string& status);  // "open" -> "Open", "transferred" -> "Transferred"
std::string day_words(const std::string& iso);         // "2020-06-17" -> "17 June 2020"

std::string monitoring_to_markdown(const std::vector<MonitoringSchedule>& schedules);
std::string monitoring_to_html(const std::vector<MonitoringSchedule>& schedules);
std::string monitoring_to_csv(const std::vector<MonitoringSchedule>& schedules);
std::string monitoring_to_json(const std::vector<MonitoringSchedule>& schedules);

}  // namespace tracker
