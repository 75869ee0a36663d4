// rules/wording: typed days, dues and statuses in the words every renderer prints.
#include <doctest/doctest.h>

#include "rules/wording.h"

using namespace tracker;
using namespace date::literals;

TEST_CASE("wording: a day and a month in words, a month never as an invented day") {
  CHECK(day_words(2020_y / 9 / 22) == "22 September 2020");
  CHECK(day_words(2021_y / 1 / 1) == "1 January 2021");
  CHECK(month_words(2020_y / 12) == "December 2020");
  CHECK(due_words(ActionDue::in_month(2020_y / 12)) == "December 2020");
  CHECK(due_phrase(ActionDue::in_month(2020_y / 12)) == "December 2020 meeting");
}

TEST_CASE("wording: a due in the list and in a sentence - a meeting, a cancelled meeting, a deadline, none") {
  const ActionDue meeting = ActionDue::meeting(2020_y / 12 / 15);
  CHECK(due_words(meeting) == "15 December 2020 meeting");
  CHECK(due_words(ActionDue::meeting(2020_y / 12 / 15, MeetingState::held)) == "15 December 2020 meeting");
  CHECK(due_words(ActionDue::meeting(2020_y / 12 / 15, MeetingState::cancelled)) == "15 December 2020 (cancelled) meeting");
  CHECK(due_words(ActionDue::deadline(2020_y / 11 / 30)) == "by 30 November 2020");
  CHECK(due_words(std::nullopt) == "no due");
  CHECK(due_phrase(meeting) == "15 December 2020 meeting");
  CHECK(due_phrase(ActionDue::deadline(2020_y / 11 / 30)) == "deadline of 30 November 2020");
  CHECK(due_phrase(std::nullopt).empty());
  CHECK(completion_words(meeting) == "15 December 2020 meeting");
  CHECK(completion_words(std::nullopt) == "Not set");
}

TEST_CASE("wording: where a recorded due is, for an event's sentence") {
  CHECK(due_place(RecordedDue::meeting(2021_y / 1 / 26)) == "the 26 January 2021 meeting");
  CHECK(due_place(RecordedDue::in_month(2021_y / 1)) == "the January 2021 meeting");
  CHECK(due_place(RecordedDue::deadline(2020_y / 12 / 16)) == "16 December 2020");
  CHECK(due_place(RecordedDue::on_or_after(2021_y / 3 / 2)) == "the first meeting on or after 2 March 2021");
  CHECK(due_place(RecordedDue::none()).empty());
}

TEST_CASE("wording: statuses as people read them") {
  CHECK(status_words(Status::open) == "Open");
  CHECK(status_words(Status::transferred) == "Transferred");
}
