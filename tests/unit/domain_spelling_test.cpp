// domain/spelling: each lifecycle word spelled once for SQL, JSON and people, and read back.
#include <doctest/doctest.h>

#include "domain/spelling.h"

using namespace tracker;

TEST_CASE("domain spelling: every status reads back from its SQL spelling") {
  for (Status s : kAllStatuses) {
    CHECK(status_from_sql(to_sql(s)) == s);
    CHECK_FALSE(words(s).empty());
  }
  CHECK(to_sql(Status::transferred) == "transferred");
  CHECK(words(Status::open) == "Open");
  CHECK(to_json(Status::scheduled) == "scheduled");
  CHECK_FALSE(status_from_sql("Open").has_value());
  CHECK_FALSE(status_from_sql("bogus").has_value());
  CHECK_FALSE(status_from_sql("").has_value());
}

TEST_CASE("domain spelling: event kinds and responses") {
  for (int k = 0; k <= static_cast<int>(EventKind::reopened); ++k) {
    const auto kind = static_cast<EventKind>(k);
    CHECK(event_kind_from_sql(to_sql(kind)) == kind);
  }
  CHECK(to_sql(EventKind::rescheduled) == "rescheduled");
  CHECK_FALSE(event_kind_from_sql("moved").has_value());
  // The database keeps the space older versions wrote; JSON carries a code without one.
  CHECK(to_sql(Response::partially_accepted) == "partially accepted");
  CHECK(to_json(Response::partially_accepted) == "partially_accepted");
  CHECK(words(Response::partially_accepted) == "Partially accepted");
  CHECK(response_from_sql("partially accepted") == Response::partially_accepted);
  CHECK(response_from_sql("rejected") == Response::rejected);
  CHECK_FALSE(response_from_sql("partially_accepted").has_value());
}

TEST_CASE("domain spelling: a recorded due reads back from its two columns, and nothing else does") {
  using namespace date::literals;
  for (const RecordedDue& due : {RecordedDue::none(), RecordedDue::meeting(2020_y / 12 / 15), RecordedDue::deadline(2020_y / 12 / 16),
                                 RecordedDue::on_or_after(2021_y / 1 / 14), RecordedDue::in_month(2021_y / 1)})
    CHECK(recorded_due_from_sql(to_sql(due.precision), to_sql_date(due)) == due);
  CHECK(to_sql_date(RecordedDue::in_month(2021_y / 1)) == "2021-01");
  CHECK(to_sql(RecordedDuePrecision::on_or_after) == "on_or_after");
  CHECK_FALSE(recorded_due_from_sql("meeting", "2021-01").has_value());  // a month is no meeting's day
  CHECK_FALSE(recorded_due_from_sql("month", "2021-01-26").has_value());
  CHECK_FALSE(recorded_due_from_sql("soon", "2021-01-26").has_value());
  CHECK(meeting_state_from_sql("held") == MeetingState::held);
  CHECK_FALSE(meeting_state_from_sql("").has_value());
  CHECK(to_iso(ActionDue::in_month(2021_y / 1)) == "2021-01");
  CHECK(to_iso(ActionDue::deadline(2020_y / 12 / 16)) == "2020-12-16");
  CHECK(to_json(DuePrecision::deadline_day) == "day");
  CHECK(ActionDue::in_month(2020_y / 2).last_day() == 2020_y / 2 / 29);  // not late until the month is over
  CHECK(RecordedDue::of(ActionDue::meeting(2020_y / 12 / 15)) == RecordedDue::meeting(2020_y / 12 / 15));
  CHECK(RecordedDue::of(std::nullopt) == RecordedDue::none());
}
