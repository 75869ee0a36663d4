#pragma once
// A row of the council's own monitoring schedule beside what the tracker holds, pure: which
// action the row is (the same recommendation, word for word or nearly), which of its entries are
// recorded already, and on which day an entry written without a date is known to have happened.
// The store finds the candidates and saves; nothing here reads a database.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"
#include "domain/lifecycle_types.h"

namespace tracker {

// How alike two texts of a recommendation are, 0..1: the share of their significant words
// (domain/matching.h) they have in common, of all the words either has. 1 for the same words.
double recommendation_likeness(std::string_view a, std::string_view b);
// At or above this, a schedule row is taken for the same recommendation as the action: a council
// retyping a clause changes a word or two, a different recommendation shares far fewer.
inline constexpr double kSameRecommendation = 0.8;
// The candidate that is the same recommendation as `row_text`, the likest one; none when no
// candidate is alike enough.
std::optional<size_t> same_recommendation(std::string_view row_text, const std::vector<std::string>& candidates);


// One entry of an action's history as far as repeating it goes.
struct RecordedEntry {
  EventKind kind = EventKind::updated;
  Day date;
  std::string words;  // the event's note
};
// Whether an entry is recorded already: the same kind and words, and, when the council dated the
// entry, the same day. An undated entry ("Written information provided to Chair") is the same
// entry in next month's pack, whatever day the tracker gave it then.
bool already_recorded(EventKind kind, std::optional<Day> own_date, std::string_view words, const std::vector<RecordedEntry>& recorded);

// The day each entry of one cell is known to have happened by: its own date, else the date of
// the next dated entry after it (councils add to a cell in order), else `known_by` (the day the
// schedule was updated).
std::vector<Day> entry_days(const std::vector<std::optional<Day>>& own_dates, Day known_by);

}  // namespace tracker
