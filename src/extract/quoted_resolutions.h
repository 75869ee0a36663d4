#pragma once
// extract: resolutions an agenda pack quotes from earlier meetings. A work programme's
// "Recommendations" column under a dated row ("16 June … Resolved: - 1) That …"), its "Items
// pending" table ("Resolved at OSMB July 2019 That …", "Resolved in September 2019 That … That …"),
// an action log's "Minute 45 (12 March 2024): RESOLVED that …", a "Previous resolutions" list
// ("4 April 2024, Cabinet: That …"). They are not decisions of the meeting the file records, so
// they are kept apart from its own resolutions, each with the meeting that made them; `tracker
// adopt` can track them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"
#include "parse/minutes.h"

namespace tracker {

// The meeting a quote says made the resolution. A table row gives the day; a quote in words
// often only the month ("Resolved in September 2019"), which is kept as a month, never a day.
struct QuotedMeeting {
  std::string body;            // as the quote names it ("OSMB", "Cabinet"); empty: the file's own committee
  std::optional<Day> day;
  std::optional<Month> month;  // only when the day is not known
  bool in_words = false;       // the quote said it ("Resolved in June 2020"), rather than a table row's date
  bool known() const { return day || month; }
};

// What follows a resolution word when it says where and when ("at OSMB July 2019", "in
// September 2019", "June 2020:", "on 30/04/19 -", "at Cabinet in June 2020", "at its meeting on 12
// March 2024", "at June 2020 meeting"): the meeting, and where the separator after it ends.
struct Provenance {
  QuotedMeeting meeting;
  size_t end = 0;
};
std::optional<Provenance> read_provenance(std::string_view after_word, std::optional<Day> context);

// A cell or line that quotes a resolution with its provenance, rewritten so that the clause
// finder reads it as an ordinary "Resolved: …": "Minute 45 (12 March 2024): RESOLVED that …",
// "Resolved at OSMB July 2019 That …". nullopt when the text is not such a quote.
struct RewrittenQuote {
  std::string text;  // "Resolved: That …"
  QuotedMeeting meeting;
};
std::optional<RewrittenQuote> rewrite_quote(std::string_view cell, const std::vector<std::string>& marker_words,
                                            std::optional<Day> context);
// A line of a "Previous resolutions" list: "12 March 2024 (minute 45): That …", "Cabinet, 4 April
// 2024 – That …".
std::optional<RewrittenQuote> rewrite_list_entry(std::string_view line, std::optional<Day> context);


struct QuotedClauses {
  std::vector<RawClause> clauses;
  std::vector<QuotedMeeting> meetings;  // one for each clause
};

// The quoted clauses of every part that can hold them (not the minutes, the agenda or a
// briefing). A part is read only when a cheap scan finds a resolution word in it.
QuotedClauses find_quoted_clauses(const CleanLines& lines, const std::vector<std::string_view>& raw_lines,
                                  const std::vector<DocumentPart>& parts, int minutes_part, const ResolutionMarkers& markers,
                                  const Furniture& furniture);

}  // namespace tracker
