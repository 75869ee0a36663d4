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

// --- the forms other councils write ---

namespace {

std::string recurrence_of(std::string_view clause, const DueContext& context) {
  auto due = find_due(clause, context, vocabulary());
  if (!due || !due->recurrence) return "none";
  if (due->recurrence->each_meeting) return "each meeting";
  return "every " + std::to_string(due->recurrence->months) + " months";
}

}  // namespace

TEST_CASE("due: a time and a day with no year is the next such day after the meeting") {
  const std::string_view clause = "That a special meeting of the Forum be convened at 7.15pm on 9th February to consider the bids.";
  CHECK(due_of(clause, at("2025-11-20")) == "day 2026-02-09");
  CHECK(due_text(clause, at("2025-11-20")) == "at 7.15pm on 9th February");
  SUBCASE("a day later in the same year stays in that year") {
    CHECK(due_of("Clerk to send the parish's response to the district by 4th December.", at("2025-11-20")) == "day 2025-12-04");
  }
  SUBCASE("a day earlier in the year than the meeting is next year's") {
    CHECK(due_of("Clerk to send the parish's response by 15th July.", at("2025-11-20")) == "day 2026-07-15");
  }
  SUBCASE("a day named as past is not a due") {
    CHECK(due_of("That the notes of the meeting held on 2 October be received and the actions be progressed.", at("2025-11-20")) ==
          "none");
  }
}

TEST_CASE("due: its month meeting, with and without the calendar's day") {
  const std::string_view clause = "That the Forum receive a report on the allotment waiting list at its September meeting.";
  CHECK(due_of(clause, at("2025-03-11")) == "month 2025-09");
  CHECK(due_text(clause, at("2025-03-11")) == "at its September meeting");
  CHECK(due_of(clause, at("2025-03-11", {"2025-06-10", "2025-09-16"})) == "day 2025-09-16");
  SUBCASE("a month already past this year is next year's") {
    CHECK(due_of(clause, at("2025-10-07")) == "month 2026-09");
  }
  SUBCASE("'may' the verb is not May") {
    CHECK(due_of("That officers may report to the meeting if needed.", at("2025-03-11")) == "none");
  }
}

TEST_CASE("due: a month's Board, with or without a year") {
  CHECK(due_of("AB to bring the staffing review to the April Board.", at("2025-01-14", {"2025-04-03"})) == "day 2025-04-03");
  CHECK(due_text("AB to bring the staffing review to the April Board.", at("2025-01-14")) == "to the April Board");
  CHECK(due_of("CD to bring the estates plan to the March 2026 Board.", at("2025-01-14")) == "month 2026-03");
  CHECK(due_text("CD to bring the estates plan to the March 2026 Board.", at("2025-01-14")) == "to the March 2026 Board");
  SUBCASE("an ordinary council meeting named by its month") {
    const std::string_view clause = "Ask the General Manager to report the tender results for the August 2025 Ordinary Council Meeting.";
    CHECK(due_of(clause, at("2025-05-27")) == "month 2025-08");
    CHECK(due_text(clause, at("2025-05-27")) == "for the August 2025 Ordinary Council Meeting");
  }
}

TEST_CASE("due: a financial-year quarter is due in its last month") {
  CHECK(due_of("To ask officers to bring the draft charging schedule back in Quarter 2 of 2025/26.", at("2025-02-04")) ==
        "month 2025-09");
  CHECK(due_of("That the survey results be reported in Q4 2025-26.", at("2025-02-04")) == "month 2026-03");
  CHECK(due_of("That the new rota start in the first quarter of 2026/27.", at("2025-02-04")) == "month 2026-06");
  CHECK(due_text("To ask officers to bring the draft charging schedule back in Quarter 2 of 2025/26.", at("2025-02-04")) ==
        "in Quarter 2 of 2025/26");
  SUBCASE("with no year: the next such quarter to end") {
    CHECK(due_of("That the review be completed in quarter 1.", at("2025-08-19")) == "month 2026-06");
  }
  SUBCASE("a quarter naming data is not a time") {
    CHECK(due_of("That the Q2 2025/26 sickness figures be circulated to members.", at("2025-08-19")) == "none");
  }
  SUBCASE("a calendar year's quarter") {
    CHECK(due_of("That the pilot be evaluated in Q1 2026.", at("2025-08-19")) == "month 2026-03");
  }
}

TEST_CASE("due: counted in days is a day, 'within' months is a deadline month") {
  CHECK(due_of("That the Head of Parks reply to the petitioners within 21 days.", at("2025-06-03")) == "day 2025-06-24");
  CHECK(due_text("That the Head of Parks reply to the petitioners within 21 days.", at("2025-06-03")) == "within 21 days");
  CHECK(due_of("That the Clerk acknowledge the complaint within 5 working days.", at("2025-06-06")) == "day 2025-06-13");
  SUBCASE("within months: the month, not the calendar's meeting after it") {
    const std::string_view clause = "That the Treasurer set out the reserves policy within three months.";
    CHECK(due_of(clause, at("2025-06-03", {"2025-09-30"})) == "month 2025-09");
    CHECK(due_of("That the audit actions be closed within a year.", at("2025-06-03")) == "month 2026-06");
  }
}

TEST_CASE("due: recurring reports are due first one period on, and recur") {
  const std::string_view clause = "That progress on the playground refurbishment be reported to the Committee six-monthly.";
  CHECK(due_of(clause, at("2025-01-28")) == "month 2025-07");
  CHECK(recurrence_of(clause, at("2025-01-28")) == "every 6 months");
  CHECK(due_of(clause, at("2025-01-28", {"2025-07-15"})) == "day 2025-07-15");
  CHECK(recurrence_of("That the Bursar report to the Governors every four months on the budget.", at("2025-01-28")) ==
        "every 4 months");
  CHECK(due_of("That the Bursar report to the Governors every four months on the budget.", at("2025-01-28")) == "month 2025-05");
  CHECK(due_of("That the risk register be brought to the Board quarterly.", at("2025-01-28")) == "month 2025-04");
  CHECK(recurrence_of("That the risk register be brought to the Board quarterly.", at("2025-01-28")) == "every 3 months");
  CHECK(recurrence_of("That the Committee receive an update annually.", at("2025-01-28")) == "every 12 months");
  SUBCASE("one named report is not a recurrence") {
    CHECK(recurrence_of("That the quarterly finance report be noted.", at("2025-01-28")) == "none");
  }
  SUBCASE("a recurrence with a first date stated keeps both") {
    const std::string_view both = "That the plan be reviewed quarterly, the first review to the May 2025 meeting.";
    CHECK(due_of(both, at("2025-01-28")) == "month 2025-05");
    CHECK(recurrence_of(both, at("2025-01-28")) == "every 3 months");
  }
}

TEST_CASE("due: to each meeting is the next meeting, and every one after") {
  const std::string_view clause = "That a highlight report on the depot move be submitted to each meeting until it is finished.";
  DueContext c = at("2025-04-08");
  c.next_meeting = day("2025-05-20");
  CHECK(due_of(clause, c) == "day 2025-05-20");
  CHECK(recurrence_of(clause, c) == "each meeting");
  CHECK(due_text(clause, c) == "to each meeting");
}

TEST_CASE("due: after an event in a month is the month after") {
  const std::string_view clause = "That the boundary review be paused until after the by-election in October 2025.";
  CHECK(due_of(clause, at("2025-07-01")) == "month 2025-11");
  CHECK(due_text(clause, at("2025-07-01")) == "until after the by-election in October 2025");
}

TEST_CASE("due: two counted times, the first is the due and the second is kept") {
  const std::string_view clause = "That the effect of the new parking charges be reviewed in 3- and 9-months' time.";
  auto due = find_due(clause, at("2025-02-11"), vocabulary());
  REQUIRE(due);
  REQUIRE(due->month);
  CHECK(format_month(*due->month) == "2025-05");
  REQUIRE(due->later.size() == 1);
  REQUIRE(due->later[0].month);
  CHECK(format_month(*due->later[0].month) == "2025-11");
  CHECK(due->text == "in 3- and 9-months' time");
}

TEST_CASE("due: the end of a year of one kind or another") {
  CHECK(due_of("That a member workshop be held by the end of the municipal year.", at("2025-09-09")) == "month 2026-05");
  CHECK(due_of("That a member workshop be held by the end of the municipal year.", at("2025-02-11")) == "month 2025-05");
  CHECK(due_text("That a member workshop be held by the end of the municipal year.", at("2025-02-11")) ==
        "by the end of the municipal year");
  CHECK(due_of("That officers draft the litter strategy by the end of the year.", at("2025-04-15")) == "month 2025-12");
  CHECK(due_of("That the savings be confirmed before the end of the financial year.", at("2025-04-15")) == "month 2026-03");
  SUBCASE("the next academic year is due as it ends") {
    CHECK(due_of("That the breakfast club be offered in every school in the next academic year.", at("2025-03-04")) ==
          "month 2026-07");
    CHECK(due_of("That the breakfast club be offered in every school in the next academic year.", at("2025-10-14")) ==
          "month 2027-07");
  }
  SUBCASE("the end of a month without a year is the next end of it") {
    CHECK(due_of("To agree a date for the tree survey before the end of February.", at("2025-11-18")) == "month 2026-02");
    CHECK(due_of("To agree a date for the tree survey before the end of February.", at("2025-01-21")) == "month 2025-02");
    CHECK(due_text("To agree a date for the tree survey before the end of February.", at("2025-01-21")) ==
          "before the end of February");
  }
  SUBCASE("the end of a month with its year") {
    CHECK(due_of("End of January 2026", at("2025-11-18")) == "month 2026-01");
  }
}

TEST_CASE("due: numeric and month-first dates") {
  CHECK(due_of("Share the revised risk appetite statement with the Board 14/10/2025", at("2025-09-02")) == "day 2025-10-14");
  const std::string_view us = "to direct the Town Manager to come back with fee options at the November 4, 2025 meeting.";
  CHECK(due_of(us, at("2025-09-02")) == "day 2025-11-04");
  CHECK(due_text(us, at("2025-09-02")) == "at the November 4, 2025 meeting");
}

TEST_CASE("due: a condition has no date, keeps its words and is not unreadable") {
  auto condition = [](std::string_view clause) {
    auto due = find_due(clause, at("2025-05-13"), vocabulary());
    REQUIRE(due);
    CHECK(due->kind == DueKind::condition);
    CHECK_FALSE(due->day);
    CHECK_FALSE(due->month);
    CHECK_FALSE(due->unreadable());
    return due->text;
  };
  CHECK(condition("That the Head of Leisure report the pool options before the capital programme is agreed.") ==
        "before the capital programme is agreed");
  CHECK(condition("To defer the fee review until the result of the national pay award is known.") ==
        "until the result of the national pay award is known");
  CHECK(condition("Receive a report on the submissions following the public consultation period.") ==
        "following the public consultation period");
  SUBCASE("a clause with no time at all sets none") {
    CHECK(due_of("That the Clerk write to the bus operator.", at("2025-05-13")) == "none");
  }
}

TEST_CASE("due: the day a decision takes effect is not a due") {
  CHECK(due_of("That the hall hire charges rise by 5% with effect from 1 April 2026.", at("2026-01-20")) == "none");
  CHECK(due_of("That the new opening hours apply from 6 April 2026, and the Clerk report on them by 30 June 2026.",
               at("2026-01-20")) == "day 2026-06-30");
}

TEST_CASE("due: a month or a year named on its own") {
  CHECK(due_of("That the Clerk report back on the bus shelter in January.", at("2025-10-14")) == "month 2026-01");
  CHECK(due_of("That the Clerk report back on the bus shelter by November.", at("2025-10-14")) == "month 2025-11");
  CHECK(due_text("That the Clerk report back on the bus shelter by November.", at("2025-10-14")) == "by November");
  CHECK(due_of("That the Clerk report back on the bus shelter next month.", at("2025-10-14")) == "month 2025-11");
  CHECK(due_of("That the Clerk report back before the end of the month.", at("2025-10-14")) == "month 2025-10");
  CHECK(due_of("That the depot be replaced by 2028.", at("2025-10-14")) == "month 2028-12");
  CHECK(due_of("That the new scheme be introduced during 2026/27.", at("2025-10-14")) == "month 2027-03");
  CHECK(due_of("That the savings target for 2026 be noted and the plan be revised.", at("2025-10-14")) == "none");
  CHECK(due_of("That officers report on the 2026 figures.", at("2025-10-14")) == "none");
  CHECK(due_of("That the action plan agreed in March be refreshed by the Clerk.", at("2025-10-14")) == "none");
  CHECK(due_of("That the refreshed plan be reported in March.", at("2025-10-14")) == "month 2026-03");
}

TEST_CASE("due: within the next months") {
  CHECK(due_of("That the Director bring forward proposals within the next six months.", at("2025-10-14")) == "month 2026-04");
  CHECK(due_text("That the Director bring forward proposals within the next six months.", at("2025-10-14")) ==
        "within the next six months");
}
