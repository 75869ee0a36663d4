#pragma once
// When a clause is due. "to the December 2020 meeting" and "in 12 months' time" name a month
// (or, with the committee's calendar, that month's meeting day); "by 30th November 2020",
// "within 28 days" and "the next meeting" name a day; "in Quarter 1 of 2022/23" and "by the end
// of the municipal year" name a period, due in its last month; "six-monthly" recurs; "before the
// budget is set" is a condition with no date; "in due course" names no time at all.
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
  condition,      // when something else has happened ("until the outcome … is known"): no date
};

// "six-monthly", "quarterly", "to each meeting": the due is the first time, and it comes back.
struct Recurrence {
  int months = 0;             // every `months` months; 0 with each_meeting
  bool each_meeting = false;  // at every meeting of the committee
  std::string text;           // "six-monthly"
};

// A further time the same clause sets: "in 6- and 12-months' time" is due in 6 months, then 12.
struct LaterDue {
  std::optional<Day> day;
  std::optional<Month> month;
  std::string basis;
};

struct Due {
  std::string text;          // the phrase as written: "in 12 months' time"
  DueKind kind = DueKind::none;
  std::optional<Day> anchor;
  std::optional<Month> anchor_month;
  std::optional<Day> day;    // set when the due is a day
  std::optional<Month> month;  // set when only the month is known
  std::string basis;         // how the date was reached, for a person checking it
  std::optional<Recurrence> recurrence;
  std::vector<LaterDue> later;
  // A time was stated but no date can be read from it; a condition is read, it just has no date.
  bool unreadable() const { return kind != DueKind::condition && !day && !month; }
};

struct DueContext {
  std::optional<Day> meeting;       // the date of the meeting that made the clause
  std::optional<Day> next_meeting;  // as the same minutes give it
  std::vector<Day> calendar;        // known meeting dates of the committee, sorted
};

// nullopt: the clause sets no time. A Due with neither day nor month: it sets one we cannot read
// (or, with kind condition, an event rather than a time).
std::optional<Due> find_due(std::string_view clause_text, const DueContext& context, const VocabularyConfig& vocabulary);

}  // namespace tracker
