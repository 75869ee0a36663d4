#pragma once
// When an action is due, typed: at a meeting (its day), by a deadline (a day that is not a
// meeting), or at a month's meeting when the minutes name only the month. A due month is never
// shown as an invented day: `day` of a month's due is its first day, for ordering only.
#include <cstdint>
#include <optional>

#include "core/calendar_date.h"

namespace tracker {

enum class DuePrecision : uint8_t { meeting_day, deadline_day, month };

struct ActionDue {
  DuePrecision precision = DuePrecision::meeting_day;
  Day day;  // the meeting's or deadline's day; a month's first day

  static ActionDue meeting(Day d) { return {DuePrecision::meeting_day, d}; }
  static ActionDue deadline(Day d) { return {DuePrecision::deadline_day, d}; }
  static ActionDue in_month(Month m) { return {DuePrecision::month, m / date::day{1}}; }
  Month month() const { return day.year() / day.month(); }
  bool operator==(const ActionDue&) const = default;
};

}  // namespace tracker
