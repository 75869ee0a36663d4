// extract: when a clause is due — a day, a month, no time at all, or a time that cannot be read.
#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "core/calendar_date.h"
#include "extract/due.h"

using namespace tracker;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

std::vector<Day> days(std::initializer_list<const char*> isos) {
  std::vector<Day> out;
  for (const char* iso : isos) out.push_back(day(iso));
  return out;
}

const VocabularyConfig& vocabulary() {
  static const VocabularyConfig v = default_vocabulary();
  return v;
}

// "day 2020-12-15", "month 2020-12", "unreadable" or "none" (the clause sets no time).
std::string due_of(std::string_view clause, const DueContext& context) {
  auto due = find_due(clause, context, vocabulary());
  if (!due) return "none";
  if (due->day) return "day " + format_day(*due->day);
  if (due->month) return "month " + format_month(*due->month);
  return "unreadable";
}

std::string due_text(std::string_view clause, const DueContext& context) {
  auto due = find_due(clause, context, vocabulary());
  return due ? due->text : "<none>";
}

DueContext at(const char* meeting, std::initializer_list<const char*> calendar = {}) {
  DueContext c;
  c.meeting = day(meeting);
  c.calendar = days(calendar);
  return c;
}

}  // namespace

TEST_CASE("due: to the December 2020 meeting") {
  const std::string_view clause =
      "That a further progress report be brought to the December 2020 meeting of the Improving Lives Select Commission.";
  SUBCASE("without a calendar it is the month, not an invented day") {
    CHECK(due_of(clause, at("2020-09-22")) == "month 2020-12");
    CHECK(due_text(clause, at("2020-09-22")) == "to the December 2020 meeting");
  }
  SUBCASE("with the calendar it is that month's meeting") {
    CHECK(due_of(clause, at("2020-09-22", {"2020-09-22", "2020-10-27", "2020-12-15", "2021-01-26"})) == "day 2020-12-15");
  }
  SUBCASE("a calendar that does not know December leaves the month") {
    CHECK(due_of(clause, at("2020-09-22", {"2020-09-22", "2020-10-27", "2021-01-26"})) == "month 2020-12");
  }
  SUBCASE("with no meeting date either") {
    CHECK(due_of(clause, DueContext{}) == "month 2020-12");
  }
}

TEST_CASE("due: at the June 2021 meeting") {
  const std::string_view clause =
      "That the revised methods of monitoring performance be reviewed at the June 2021 meeting of the Improving Lives Select "
      "Commission.";
  CHECK(due_of(clause, at("2020-06-16")) == "month 2021-06");
  CHECK(due_of(clause, at("2020-06-16", {"2021-03-09", "2021-06-15"})) == "day 2021-06-15");
}

TEST_CASE("due: in 12 months' time") {
  const std::string_view clause =
      "That a progress report on the delivery of the CYPS Workforce Strategy be brought back to a meeting of the Improving "
      "Lives Select Commission in 12 months' time.";
  SUBCASE("from 14 January 2020, without a calendar: January 2021") {
    CHECK(due_of(clause, at("2020-01-14")) == "month 2021-01");
    CHECK(due_text(clause, at("2020-01-14")) == "in 12 months' time");
  }
  SUBCASE("with the calendar: the first meeting on or after 14 January 2021") {
    CHECK(due_of(clause, at("2020-01-14", {"2020-01-14", "2020-03-03", "2021-01-26"})) == "day 2021-01-26");
    CHECK(due_of(clause, at("2020-01-14", {"2020-12-15", "2021-01-12", "2021-01-26"})) == "day 2021-01-26");
  }
  SUBCASE("the same in words, and with a curly apostrophe") {
    CHECK(due_of("That a report be brought back in twelve months' time.", at("2020-01-14")) == "month 2021-01");
    CHECK(due_of("That a report be brought back in 12 months\xE2\x80\x99 time.", at("2020-01-14")) == "month 2021-01");
  }
  SUBCASE("without the meeting date it cannot be counted") {
    CHECK(due_of(clause, DueContext{}) == "unreadable");
  }
}

TEST_CASE("due: in four weeks' time is a day") {
  CHECK(due_of("That an update be circulated to members in four weeks' time.", at("2020-01-14")) == "day 2020-02-11");
}

TEST_CASE("due: after May 2021 is the month after") {
  CHECK(due_of("That the review be revisited after May 2021.", at("2020-10-27")) == "month 2021-06");
  CHECK(due_of("That the review be revisited after May 2021.", at("2020-10-27", {"2021-06-15"})) == "day 2021-06-15");
}

TEST_CASE("due: by 30th November 2020 is a day") {
  const std::string_view clause = "That the data be circulated to members by 30th November 2020.";
  CHECK(due_of(clause, at("2020-10-27")) == "day 2020-11-30");
  CHECK(due_text(clause, at("2020-10-27")) == "by 30th November 2020");
  SUBCASE("a meeting named by its day") {
    CHECK(due_of("That a further report be brought to the 22 September 2020 meeting of the Commission.", at("2020-07-28")) ==
          "day 2020-09-22");
  }
}

TEST_CASE("due: the next meeting") {
  const std::string_view clause = "That an update on the recruitment campaign be provided to the next meeting.";
  SUBCASE("the next meeting these minutes give") {
    DueContext c = at("2020-10-27", {"2020-10-27", "2021-01-26"});
    c.next_meeting = day("2020-12-15");
    CHECK(due_of(clause, c) == "day 2020-12-15");
    CHECK(due_text(clause, c) == "to the next meeting");
  }
  SUBCASE("else the calendar's next meeting") {
    CHECK(due_of(clause, at("2020-10-27", {"2020-09-22", "2020-10-27", "2020-12-15"})) == "day 2020-12-15");
  }
  SUBCASE("else a due that cannot be read") {
    CHECK(due_of(clause, at("2020-10-27")) == "unreadable");
    CHECK(due_of(clause, DueContext{}) == "unreadable");
  }
}

TEST_CASE("due: no time at all") {
  CHECK(due_of("That a report be submitted in due course.", at("2020-01-14")) == "none");
  CHECK(due_of("That data on home education be submitted to a future meeting of the Commission.", at("2020-01-14")) == "none");
  CHECK(due_of("That the report be noted.", at("2020-01-14")) == "none");
}

TEST_CASE("due: a time that cannot be dated") {
  const std::string_view clause = "That a further report be brought back in the spring.";
  CHECK(due_of(clause, at("2020-01-14")) == "unreadable");
  CHECK(due_text(clause, at("2020-01-14")) == "in the spring");
}

TEST_CASE("due: a past date in the clause is not when it is due") {
  CHECK(due_of("That the minutes of the meeting held on 29 October 2019 be approved as a correct record.", at("2020-01-14")) ==
        "none");
  CHECK(due_of("That the action plan agreed on 3 March 2020 be reviewed at the December 2020 meeting.", at("2020-10-27")) ==
        "month 2020-12");
  CHECK(due_of("That the issues raised at the March 2020 meeting be noted.", at("2020-10-27")) == "none");
}
