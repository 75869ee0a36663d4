#pragma once
// The facts about one action that rules test: flat values, computed once per action from the
// store and the day the report is for. Rule conditions name these fields (see docs/rules.md).
#include <cstdint>
#include <optional>
#include <string>

namespace tracker {

// Days since 1970-01-01: the rules engine's date, cheap to compare and to add days to.
using DayNumber = int32_t;

struct ActionFacts {
  // text fields; an empty text is null to the rules ("target_body is null")
  std::string status;             // open, scheduled, delivered, closed, transferred, dropped
  std::string kind;               // action, recommendation
  std::string owner;              // as the clause names it: "Strategic Director, CYPS"
  std::string person;             // who holds that role, from the people directory
  std::string committee;          // full name
  std::string committee_short;    // "ILSC"
  std::string target_body;        // "Cabinet", "OSMB": where a recommendation was sent
  std::string response;           // awaiting, accepted, partial, rejected
  std::string due_precision;      // day, month, or empty when the clause set no time
  std::string due_meeting_state;  // planned, held, cancelled, or empty
  std::string due;                // written out: "15 December 2020 meeting", "December 2020"
  std::string id;                 // ILSC-2020-09-95.3
  std::string item;               // the item's title

  // dates; nullopt is null
  std::optional<DayNumber> as_of;
  std::optional<DayNumber> decision_date;
  std::optional<DayNumber> due_date;      // the due meeting's day, a deadline, or a due month's last day
  std::optional<DayNumber> received_on;   // when the body received a recommendation (default: decision date)
  std::optional<DayNumber> last_chased;   // latest chaser
  std::optional<DayNumber> last_update;   // latest change that was not a chaser (created counts)
  std::optional<DayNumber> next_meeting;  // the committee's first meeting on or after as_of, not cancelled
  std::optional<DayNumber> previous_meeting;  // its last meeting before as_of, not cancelled
  std::optional<DayNumber> listed_for;    // the latest meeting an agenda or work programme listed it for

  // numbers
  int64_t age_days = 0;                    // as_of - decision_date
  std::optional<int64_t> days_overdue;     // as_of - due_date when positive, else 0; null without a due
  int64_t reschedule_count = 0;
  int64_t chase_count = 0;
  int64_t days_since_update = 0;           // as_of - the latest event of any kind
  int64_t owner_count = 0;

  // yes/no
  bool has_response = false;  // accepted, partial or rejected recorded
  bool on_agenda = false;     // listed (scheduled) for the meeting it is due at
};

}  // namespace tracker
