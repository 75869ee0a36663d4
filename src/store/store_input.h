#pragma once
// What an import saves of one file, in the store's own terms: the meeting, its items and clauses
// (each with its kind, owner, due and where it stands), the commitments in its discussion, the
// meetings and items it announces, the rows of a council's schedule it holds, and the words
// reconciliation matches on. The application layer builds it from an extraction
// (app/minutes_to_store.h); the store does not know how a file was read.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "domain/clause_kind.h"
#include "domain/council_schedule.h"

namespace tracker {

struct OwnerToStore {
  std::string name;                // "Governance Advisor", "Cabinet", "Chair and Vice-Chair"
  OwnerBasis basis = OwnerBasis::named;
  std::vector<std::string> names;  // the people the name stands for: "Chair", "Vice-Chair"
  std::string person;              // who holds the role on the meeting's day, or ""
};

// When a clause is due, as the minutes ask for it before any calendar: at the first meeting on
// or after a day, at a month's meeting, or by a day that is no meeting. None of them when the
// phrase gives no date.
struct DueToStore {
  std::string text;  // the phrase as written: "in 12 months' time"
  std::optional<Day> meeting_from;
  std::optional<Month> month;
  std::optional<Day> deadline;
};

struct ItemToStore {
  std::optional<std::string> number;  // "50"; none when the minutes do not number it
  std::string title;
  int line = 0;
  std::string words;  // what reconciliation matches it on (domain/matching.h: subject_words)
};

struct ClauseToStore {
  int item = -1;                      // index into MinutesToStore::items, -1 outside any item
  std::optional<std::string> label;   // "3", "3(a)"
  std::string text, reason;
  ClauseKind kind = ClauseKind::noting;
  int line = 0;
  std::string location;               // "page 3, line 14" in a PDF and the like; "" where the line says it
  std::optional<OwnerToStore> owner;
  std::optional<std::string> target_body;  // the body or committee it sends the matter to
  std::optional<DueToStore> due;
  std::string words;                  // what reconciliation matches it on
  bool comes_back = false;            // it asks for its subject to come back to a meeting
  bool tracked() const { return is_tracked(kind); }
};

// A meeting the file announces (an agenda's, the work programme's, "the next meeting").
struct AnnouncedMeeting {
  Day date;
  std::string source;  // "agenda", "work programme", "next-meeting resolution"
};

// An item an agenda or a work programme lists for a meeting.
struct ListingToStore {
  Day meeting;
  std::string title;
  int line = 0;
  std::string source;            // "agenda", "work programme"
  std::optional<Day> listed_on;  // the agenda's date or the work programme's "Updated:" date
  std::string words;
};

// Something an officer said they would do, in the discussion rather than the resolution.
struct CommitmentToStore {
  int item = -1;  // index into MinutesToStore::items, -1 outside any item
  std::string text;
  int line = 0;
};

struct ScheduleRowToStore {
  CouncilScheduleRow row;
  std::optional<Day> updated;            // the day its table was updated, which undated entries are known by, when the file says
  std::vector<std::string> owner_names;  // the people row.owner stands for
};

struct MinutesToStore {
  std::string file;
  std::string committee;        // as the file (or --committee) names it; "" when it could not be read
  std::optional<Day> meeting;   // none when the date could not be read, or for a schedule on its own
  std::vector<ItemToStore> items;
  std::vector<ClauseToStore> clauses;  // the meeting's own resolutions, in the minutes' order
  std::vector<CommitmentToStore> commitments;
  std::vector<AnnouncedMeeting> announced;
  std::vector<ListingToStore> listings;
  std::vector<ScheduleRowToStore> schedule_rows;  // the council's own monitoring schedule, where the file holds one
};

}  // namespace tracker

namespace tracker {

// A resolution a file (an agenda pack) quotes from an earlier meeting, as `tracker adopt` takes
// it in: the clause with its kind, owner and due as read, and the meeting that made it.
struct QuotedToStore {
  ClauseToStore clause;        // its item, location and words are not used: the store works them out for the meeting that made it
  std::string committee;       // the body that made it: "" for the file's own committee
  std::optional<Day> day;      // its meeting, when the day is known
  std::optional<Month> month;  // else the month ("Resolved in September 2019")
  std::string item;            // the item it was made under (the store keeps it under this title)
  std::string quoted_in;       // the part of the file that quotes it ("Work programme – …")
};

// The resolutions one file quotes, numbered 1, 2 … in this order.
struct QuotesToStore {
  std::string file;
  std::vector<QuotedToStore> quotes;
};

}  // namespace tracker
