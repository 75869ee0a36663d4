#pragma once
// parse: what the structure of a minutes file is — the parts of an agenda pack, the meeting's
// heading and attendance, its items and the resolution clauses under them. No meaning yet:
// kinds, owners and dues are the extract stage's job.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "parse/line_shape.h"

namespace tracker {

enum class PartKind { minutes, agenda, briefing, work_programme, monitoring_schedule, other };
const char* part_kind_name(PartKind kind);

struct DocumentPart {
  PartKind kind = PartKind::other;
  int begin_line = 1, end_line = 1;  // inclusive
  std::string title;                 // "Minutes of 22 September 2020", "Work programme – …"
  std::optional<Day> date;           // the meeting (or "Updated:") date it carries
  std::string committee;
};

struct MeetingHeader {
  std::string committee;
  std::optional<Day> date;
  std::optional<std::pair<int, int>> time;  // hour, minute
  std::string venue;
  std::vector<std::string> present;
  std::vector<std::string> apologies;
  int line = 0;
};

struct MinuteItem {
  std::optional<std::string> number;
  std::string title;
  int line = 0, end_line = 0;
  int minuted_from = 0;    // first line after a "Minutes:" label; agenda text comes before it
  int truncated_line = 0;  // the "view the full minutes text" line, 0 when whole
  int part = 0;
};

struct RawClause {
  int item = -1;                      // index into items, -1 outside any item
  std::optional<std::string> label;   // "3", "3(a)"
  std::optional<std::string> parent;  // label of the clause that introduces it
  int parent_index = -1;              // index of that clause in the same result, -1 when none
  int depth = 0;
  std::string text;
  std::string reason;
  int line = 0, end_line = 0;
  int block = 0;  // clauses of one "Resolved" share a block number
  int part = 0;
  std::optional<Day> quoted_meeting;  // for resolutions quoted in a work programme row
  std::string quoted_item;            // that row's item title
  // Which form of minutes found it ("label", "unlabelled", "stem-part", "narrative",
  // "action-line", "motion", "mid-sentence"), so every clause can say why it was taken.
  std::string found_by = "label";
  // A stem only introduces its parts ("That Cabinet:", "The Board:"): not a clause of its own.
  // Its subject ("Cabinet") and destination pass to its parts.
  bool stem = false;
  std::string owner_hint;  // "ACTION: Clerk" after a decision, "TH to …", a table's lead: who must act
  std::string due_hint;    // a table's "Due" or "Deadline" cell
  std::string numbering_note;  // "(4) follows (2)": the list skipped or repeated a number here
};

// Lines after markup removal, numbered like the source (clean[0] is line 1).
using CleanLines = std::vector<CleanLine>;
CleanLines clean_all(const std::vector<std::string_view>& lines);

struct ResolutionMarkers {
  std::vector<std::string> words;         // resolved, agreed, RECOMMENDED
  std::vector<std::string> reason_words;  // REASON, Reason for decision
};

// Lines that are page furniture: a meeting's heading repeated at the top of each page, "Page 4".
using Furniture = std::vector<char>;
std::vector<DocumentPart> find_document_parts(const CleanLines& lines, const std::vector<std::string>& committee_names,
                                              Furniture& furniture);
MeetingHeader read_meeting_header(const CleanLines& lines, const DocumentPart& part,
                                  const std::vector<std::string>& committee_names);
std::vector<MinuteItem> find_items(const CleanLines& lines, const DocumentPart& part, int part_index,
                                   const std::vector<std::string>& truncation_markers);
// End of the resolution marker in `text` ("Resolved: -", "AGREED:", "The Committee RESOLVED"),
// i.e. where the clause text starts; nullopt when the line is not a resolution.
std::optional<size_t> resolution_marker_end(std::string_view text, const ResolutionMarkers& markers);
std::vector<RawClause> find_resolutions(const CleanLines& lines, const DocumentPart& part, int part_index,
                                        const std::vector<MinuteItem>& items, const ResolutionMarkers& markers,
                                        const Furniture& furniture, int first_block);

// A paragraph of narrative: consecutive lines joined, across a page break when the sentence
// runs on. line_starts[k] is the offset in `text` where source line `line + k` begins.
struct Paragraph {
  std::string text;
  int line = 0, end_line = 0;
  std::vector<std::pair<size_t, int>> line_starts;  // offset in text, source line
  int line_at(size_t offset) const;
};
std::vector<Paragraph> paragraphs_in(const CleanLines& lines, int from, int to, const std::vector<char>& skip);
// The date a table row's first cell starts with ("16 June <tab> Item …"): a work programme row's
// meeting. The year comes from `context` when the cell leaves it out.
std::optional<Day> table_row_date(const CleanLine& line, std::optional<Day> context);
// Dates of meetings that a work programme or agenda in the file announces.
std::vector<Day> announced_meeting_dates(const CleanLines& lines, const DocumentPart& part);

// An item an agenda or a work programme lists for a meeting.
struct Listing {
  Day meeting;
  std::string title;
  int line = 0;
};
std::vector<Listing> announced_listings(const CleanLines& lines, const DocumentPart& part);

}  // namespace tracker
