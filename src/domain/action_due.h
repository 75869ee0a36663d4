#pragma once
// When an action is due, typed: at a meeting (its day), by a deadline (a day that is not a
// meeting), or at a month's meeting when the minutes name only the month. A due month is never
// shown as an invented day: `day` of a month's due is its first day, for ordering only.
#include <cstdint>
#include <optional>

#include "core/calendar_date.h"

namespace tracker {

enum class DuePrecision : uint8_t { meeting_day, deadline_day, month };

// Where the meeting an action is due at stands in the calendar.
enum class MeetingState : uint8_t { planned, held, cancelled };

struct ActionDue {
  DuePrecision precision = DuePrecision::meeting_day;
  Day day;  // the meeting's or deadline's day; a month's first day
  MeetingState meeting_state = MeetingState::planned;  // for a meeting's day: whether it is to come, held or cancelled

  static ActionDue meeting(Day d, MeetingState state = MeetingState::planned) { return {DuePrecision::meeting_day, d, state}; }
  static ActionDue deadline(Day d) { return {DuePrecision::deadline_day, d}; }
  static ActionDue in_month(Month m) { return {DuePrecision::month, m / date::day{1}}; }
  Month month() const { return day.year() / day.month(); }
  // The last day it is due by: a month's last day (an action due "in December 2020" is not late
  // until December is over), else the day itself.
  Day last_day() const;
  bool operator==(const ActionDue&) const = default;
};

// A due as an event records it, moved from or set to: one of ActionDue's three, or none, or "the
// first meeting on or after" a day (what corrected minutes asked for, before the calendar had
// the meeting).
enum class RecordedDuePrecision : uint8_t { none, meeting, month, deadline, on_or_after };

struct RecordedDue {
  RecordedDuePrecision precision = RecordedDuePrecision::none;
  std::optional<Day> day;      // meeting, deadline, on_or_after
  std::optional<Month> month;  // month

  static RecordedDue none() { return {}; }
  static RecordedDue meeting(Day d) { return {RecordedDuePrecision::meeting, d, std::nullopt}; }
  static RecordedDue deadline(Day d) { return {RecordedDuePrecision::deadline, d, std::nullopt}; }
  static RecordedDue on_or_after(Day d) { return {RecordedDuePrecision::on_or_after, d, std::nullopt}; }
  static RecordedDue in_month(Month m) { return {RecordedDuePrecision::month, std::nullopt, m}; }
  // The due an action has, as an event records it (nullopt: none).
  static RecordedDue of(const std::optional<ActionDue>& due);
  // The due it stands for on an action (nullopt for none; on_or_after is shown as its month, as
  // the store shows a due not yet resolved to a meeting). `meeting_state`: for a meeting's day.
  std::optional<ActionDue> as_action_due(MeetingState meeting_state) const;
  bool operator==(const RecordedDue&) const = default;
};

}  // namespace tracker
