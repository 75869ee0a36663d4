#pragma once
// When a clause is due. "to the December 2020 meeting" and "in 12 months' time" name a month
// (or, with the committee's calendar, that month's meeting day); "by 30th November 2020" and
// "the next meeting" name a day; "in due course" names no time at all.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "core/calendar_date.h"

namespace tracker {

// What the phrase asks for, before any calendar: the tracker re-resolves it as meetings are
// added or cancelled.
enum class DueKind {
  none,           // a time that cannot be read
  month,          // the meeting in `month`
  meeting_after,  // the first meeting on or after `anchor`
  deadline,       // by `anchor`, not a meeting
};

struct Due {
  std::string text;          // the phrase as written: "in 12 months' time"
  DueKind kind = DueKind::none;
  std::optional<Day> anchor;
  std::optional<Month> anchor_month;
  std::optional<Day> day;    // set when the due is a day
  std::optional<Month> month;  // set when only the month is known
  std::string basis;         // how the date was reached, for a person checking it
  bool unreadable() const { return !day && !month; }
};

struct DueContext {
  std::optional<Day> meeting;       // the date of the meeting that made the clause
  std::optional<Day> next_meeting;  // as the same minutes give it
  std::vector<Day> calendar;        // known meeting dates of the committee, sorted
};

// nullopt: the clause sets no time. A Due with neither day nor month: it sets one we cannot read.
std::optional<Due> find_due(std::string_view clause_text, const DueContext& context, const VocabularyConfig& vocabulary);

}  // namespace tracker
