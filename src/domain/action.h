#pragma once
// An action with its events, typed: what the store reads and every later stage works on. Dates
// are days, dues typed, statuses and kinds enums; a renderer words them (rules/wording.h). No
// SQL, no English. The action as it stood on a day is a pure function of its events.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "domain/action_due.h"
#include "domain/clause_kind.h"
#include "domain/lifecycle_types.h"

namespace tracker {

// An action's history, one event each, typed as the store reads it. Dates are days; what is said
// of them in words is a renderer's (rules/wording.h).
struct ActionEvent {
  EventKind kind = EventKind::updated;
  Day date;
  std::string note, who;
  std::optional<Day> meeting = {};             // the day of the linked minute or agenda
  std::optional<double> score = {};
  std::string meeting_committee = {};          // the linked meeting's committee: another one's when the action was sent there
  std::optional<Status> sets = {};             // the status the event set, if it set one
  bool automatic = false;                      // made by the tool, not a person
  int64_t sequence = 0;                        // the order events were recorded in
  std::optional<RecordedDue> due_before = {};  // for an event that moved the due
  std::string transferred_to = {};             // for a transfer: where it went (since schema 006; before, in the note)
  // Since schema 007 an event's facts are typed and its note is only what a person wrote. An
  // older event's note may hold the tool's own English (legacy_note): it is shown as it is in
  // the internal detail and never taken apart for the public line.
  bool legacy_note = false;
  std::optional<std::string> owner_before = {}, owner_after = {};  // an owner change ("" for nobody)
  std::optional<RecordedDue> due_after = {};   // the due it set (also on_or_after, for corrected minutes)
  std::optional<Status> status_before = {};    // for a status change
  std::string matched_title = {};              // for a match: the item or listing's title
  std::optional<Day> cancelled_meeting = {};   // for a move by a cancellation: the cancelled meeting's day
  std::string imported_from = {}, imported_place = {};  // for an import's event: the file, and where in it
  std::string reimport_changed = {};           // for a corrected version: "owner,due,text", "gone", or "untracked" (no longer an action)
  std::optional<Response> response = {};       // for a response: what the body said
  std::string response_by = {};
  int64_t corrects = 0;                        // a correction: the sequence of the event it undoes
  std::string taken_from = {};                 // the document an event was taken from (a council's own schedule)
  std::optional<std::string> further = {};     // the further-action words it set ("" cleared them), if it set them
  std::string further_before = {};             // and the words they replaced (internal)
  std::string quoted_in = {};                  // adopted from a pack: the part of it that quoted the resolution (since schema 012)
  std::string id_before = {}, id_after = {};    // the action's ID changed: minutes took up a schedule row's or a person's action (since schema 012)
};

struct Action {
  std::string id;               // ILSC-2020-01-50.3
  std::string committee, committee_short;
  Day decision_date;
  std::string item_number, item_title;
  std::string label, text;
  ClauseKind kind = ClauseKind::action;           // action or recommendation: the kinds tracked
  std::string reason;
  std::string owner, owner_basis, person, target_body;
  std::vector<std::string> owners;
  std::string due_text;                           // the minutes' words for it
  std::optional<ActionDue> due;                   // a meeting's (and where it stands) or deadline's day, or a month
  Status status = Status::open;
  std::optional<Response> response;               // a recommendation's; nullopt for an action
  std::string response_by;
  std::optional<Day> response_date;
  std::string response_reason;
  std::optional<Day> received_on;                 // when the body received a recommendation
  std::string source_file;
  int source_line = 0;
  std::string source_location;  // "page 3, line 14", "paragraph 41"; empty for plain text
  int reschedule_count = 0, chase_count = 0;
  std::vector<ActionEvent> events;
  std::string origin;   // "minutes", "schedule" (a row of the council's schedule), "hand" (tracker add) or "adopted" (tracker adopt)
  std::string further;  // "Further action required by Scrutiny": the committee's own words, or ""
};

// The action as it stood at the end of `as_of` (--as-of): events after that day unseen, its
// status folded from the events before, its due and further-action words as they were before any
// later change, a response recorded later not yet received. Events after the day that changed
// neither may be missing (the store's history_until): the status is folded from those before it.
Action as_it_stood(Action a, Day as_of);

}  // namespace tracker
