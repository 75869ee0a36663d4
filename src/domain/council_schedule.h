#pragma once
// A row of a council's own recommendations monitoring schedule, as the council wrote it: its
// decision date, item, recommendation, owner and target date, and its response column read into
// dated entries (a chase, a transfer, a completion). extract/schedule_rows.h reads these from a
// document; the store takes them in as actions and events (domain/schedule_match.h decides which).
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"

namespace tracker {

enum class CouncilUpdateKind { note, chase, transfer, completed };

// One entry of a row's response or further-action column, as the council wrote it.
struct CouncilScheduleUpdate {
  CouncilUpdateKind kind = CouncilUpdateKind::note;
  std::optional<Day> date;      // "Chased 17 June" in a schedule updated 13 October 2020: 17 June 2020
  std::string text;             // "Chased 17 June"
  std::string transferred_to;   // "Sub and Project Group tracker", for a transfer
};

struct CouncilScheduleRow {
  int line = 0;                          // where the row starts
  std::optional<Day> decided_on;         // "03/03/20"
  std::string decided_on_text;
  std::string item;                      // "Early Help and Social Care Pathway"
  std::string recommendation;            // "That an update be provided to members …"
  std::string owner;                     // a lead officer column, where the schedule has one
  std::optional<Day> completed_on;       // "Completion date for actions", where it holds a date
  std::string completion_text;
  std::optional<Day> due_on;             // "Target date", "Deadline", where it holds a date
  std::string due_text;                  // "March 2024"
  std::vector<CouncilScheduleUpdate> updates;   // the response column, entry by entry
  std::string further_action;            // "Further action required by Scrutiny": the committee's words
  std::vector<CouncilScheduleUpdate> further;   // the same column read as entries ("Action transferred to …")
};

}  // namespace tracker
