#pragma once
// One-line builders and readers for the store's typed views, so that a test can say an event
// or a due as a person would write it ("chased on 2020-10-01", "due at the 2020-12-15 meeting").
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar_date.h"
#include "domain/spelling.h"
#include "store/store.h"

namespace tracker::test {

inline Day iso_day(std::string_view s) { return *parse_iso_day(s); }

// An event as the store reads it: its kind as the database spells it, its day, and the meeting
// it links to ("" for none).
inline ActionEvent event_view(std::string_view kind, std::string_view date, std::string note = "", std::string who = "",
                            std::string_view meeting = "", std::optional<double> score = std::nullopt) {
  ActionEvent e;
  e.kind = *event_kind_from_sql(kind);
  e.date = iso_day(date);
  e.note = std::move(note);
  e.who = std::move(who);
  e.meeting = parse_iso_day(meeting);
  e.score = score;
  return e;
}

// A due as the old string columns gave it: "2020-12-15" with "day" (a meeting's, `state` planned,
// held or cancelled; "" for a deadline), "2020-12" with "month"; "" for none.
inline std::optional<ActionDue> due_of(std::string_view date, std::string_view precision, std::string_view state = "planned") {
  if (precision == "day") {
    if (state.empty()) return ActionDue::deadline(iso_day(date));
    return ActionDue::meeting(iso_day(date), *meeting_state_from_sql(state));
  }
  if (precision == "month") {
    const Day first = iso_day(std::string(date) + "-01");
    return ActionDue::in_month(first.year() / first.month());
  }
  return std::nullopt;
}

// The due's day or month in ISO, "" for none: what a test compares.
inline std::string iso_of(const std::optional<ActionDue>& due) { return due ? to_iso(*due) : ""; }

}  // namespace tracker::test
