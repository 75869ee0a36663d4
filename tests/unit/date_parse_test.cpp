// parse: dates and times as minutes write them.
#include <doctest/doctest.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar_date.h"
#include "parse/date_parse.h"

using namespace tracker;

namespace {

Day day(const char* iso) { return *parse_iso_day(iso); }

// The date found in `text` as YYYY-MM-DD, or "none".
std::string date_in(std::string_view text, std::optional<Day> context = std::nullopt) {
  auto found = find_date(text, context);
  return found ? format_day(found->day) : "none";
}

// The text the found date spans, weekday included.
std::string span_of(std::string_view text, std::optional<Day> context = std::nullopt) {
  auto found = find_date(text, context);
  return found ? std::string(text.substr(found->begin, found->end - found->begin)) : "none";
}

std::string month_in(std::string_view text) {
  auto found = find_month_year(text);
  return found ? format_month(found->month) : "none";
}

// "HH:MM" of the time found in `text`, or "none".
std::string time_in(std::string_view text) {
  auto found = find_time(text);
  if (!found) return "none";
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", found->hour, found->minute);
  return buf;
}

}  // namespace

TEST_CASE("date: the forms DOMAIN.md lists") {
  CHECK(date_in("Tuesday, 11th June, 2019") == "2019-06-11");
  CHECK(date_in("22 July 2025") == "2025-07-22");
  CHECK(date_in("October 29, 2019") == "2019-10-29");
  CHECK(date_in("MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019") == "2019-10-29");
  CHECK(date_in("30 th November 2020") == "2020-11-30");
  CHECK(date_in("2020-01-14") == "2020-01-14");
  CHECK(date_in("29.3.19") == "2019-03-29");
  CHECK(date_in("Tuesday, 22nd September, 2020") == "2020-09-22");
  CHECK(date_in("1st April 2020") == "2020-04-01");
  CHECK(date_in("Dec. 15, 2020") == "2020-12-15");
}

TEST_CASE("date: numeric dates are UK day-first") {
  CHECK(date_in("03/03/20") == "2020-03-03");
  CHECK(date_in("04/03/20") == "2020-03-04");
  CHECK(date_in("12/01/2021") == "2021-01-12");
  CHECK(date_in("31/12/19") == "2019-12-31");
  CHECK(date_in("13/13/20") == "none");
}

TEST_CASE("date: a date without a year takes the year nearest the context") {
  const Day june_2019 = day("2019-06-11");
  SUBCASE("18thJune, glued to the month") {
    auto found = find_date("a work planning had been organised on Tuesday, 18thJune, from 2.00-4.00pm.", june_2019);
    REQUIRE(found);
    CHECK(format_day(found->day) == "2019-06-18");
    CHECK_FALSE(found->year_given);
  }
  SUBCASE("18thJune without a weekday") {
    CHECK(date_in("on 18thJune", june_2019) == "2019-06-18");
  }
  SUBCASE("across a year end: January after a December meeting") {
    CHECK(date_in("on 15 January", day("2020-12-01")) == "2021-01-15");
    CHECK(date_in("on 20 December", day("2021-01-10")) == "2020-12-20");
  }
  SUBCASE("no context, no year: not a date") {
    CHECK(date_in("on 18 June") == "none");
  }
  SUBCASE("a year that is given is marked as given") {
    auto found = find_date("22 July 2025", june_2019);
    REQUIRE(found);
    CHECK(found->year_given);
    CHECK(format_day(found->day) == "2025-07-22");
  }
}

TEST_CASE("date: a weekday chooses the year") {
  SUBCASE("Tuesday 15 December after 27 October 2020") {
    CHECK(date_in("take place on Tuesday 15 December commencing at 5:30pm", day("2020-10-27")) == "2020-12-15");
  }
  SUBCASE("the weekday wins over the nearest year") {
    // 15 December is a Tuesday in 2020 and a Wednesday in 2021.
    CHECK(date_in("15 December", day("2020-09-01")) == "2020-12-15");
    CHECK(date_in("Wednesday 15 December", day("2020-09-01")) == "2021-12-15");
  }
}

TEST_CASE("date: begin and end cover the date, weekday included") {
  SUBCASE("a ModernGov heading") {
    const std::string_view text = "Improving Lives Select Commission - Tuesday, 11th June, 2019 5.30 p.m.";
    auto found = find_date(text);
    REQUIRE(found);
    CHECK(found->begin == text.find("Tuesday"));
    CHECK(span_of(text) == "Tuesday, 11th June, 2019");
  }
  SUBCASE("a date inside a clause") {
    const std::string_view text = "That a report be submitted by 30th November 2020.";
    auto found = find_date(text);
    REQUIRE(found);
    CHECK(found->begin == 30);
    CHECK(found->end == 48);
    CHECK(span_of(text) == "30th November 2020");
  }
  SUBCASE("numeric forms") {
    CHECK(span_of("Decision date 03/03/20 Early Help") == "03/03/20");
    CHECK(span_of("Updated 2020-01-14.") == "2020-01-14");
  }
  SUBCASE("searching from an offset") {
    const std::string_view text = "held on 16 April 2019 and on 11 June 2019";
    auto found = find_date(text, std::nullopt, 12);
    REQUIRE(found);
    CHECK(format_day(found->day) == "2019-06-11");
  }
  SUBCASE("find_all_dates finds each date in order") {
    auto all = find_all_dates("between 1 April 2020 and 31 March 2021");
    REQUIRE(all.size() == 2);
    CHECK(format_day(all[0].day) == "2020-04-01");
    CHECK(format_day(all[1].day) == "2021-03-31");
  }
}

TEST_CASE("date: things that are not dates") {
  const Day context = day("2020-01-14");
  CHECK(date_in("in 12 months' time", context) == "none");
  CHECK(date_in("as set out in paragraph 3.1 of the report", context) == "none");
  CHECK(date_in("March 3", context) == "none");
  CHECK(date_in("performance at Key Stages 1,2,3, 4 and 5", context) == "none");
  CHECK(date_in("the 2020/21 work programme", context) == "none");
  CHECK(date_in("up to 15 working days of training", context) == "none");
  CHECK(date_in("31 February 2020") == "none");
  CHECK(date_in("in May", context) == "none");
}

TEST_CASE("date: month names and weekday names") {
  CHECK(month_from_name("June") == 6);
  CHECK(month_from_name("SEPTEMBER") == 9);
  CHECK(month_from_name("Sept") == 9);
  CHECK(month_from_name("Dec") == 12);
  CHECK(month_from_name("Mayor") == 0);
  CHECK(month_from_name("months") == 0);
  CHECK(month_from_name("Ma") == 0);
  CHECK(is_weekday_name("Tuesday"));
  CHECK(is_weekday_name("TUESDAY"));
  CHECK_FALSE(is_weekday_name("Today"));
}

TEST_CASE("date: find_month_year") {
  SUBCASE("a month and a year") {
    const std::string_view text = "That a further progress report be brought to the December 2020 meeting";
    auto found = find_month_year(text);
    REQUIRE(found);
    CHECK(format_month(found->month) == "2020-12");
    CHECK(found->begin == text.find("December"));
    CHECK(text.substr(found->begin, found->end - found->begin) == "December 2020");
  }
  CHECK(month_in("after May 2021") == "2021-05");
  CHECK(month_in("at the June 2021 meeting") == "2021-06");
  CHECK(month_in("by Dec 2020") == "2020-12");
  CHECK(month_in("by Sept 2021") == "2021-09");
  CHECK(month_in("in the spring") == "none");
  CHECK(month_in("in 2021") == "none");
  CHECK(month_in("the March meeting") == "none");
  CHECK(month_in("the Mayor 2020 visit") == "none");
}

TEST_CASE("date: find_month_year skips a month that has a day before it") {
  CHECK(month_in("by 30th November 2020") == "none");
  CHECK(month_in("held on 22 September 2020") == "none");
}

TEST_CASE("date: find_time") {
  CHECK(time_in("5.30 p.m.") == "17:30");
  CHECK(time_in("5:30pm") == "17:30");
  CHECK(time_in("10.00 a.m.") == "10:00");
  CHECK(time_in("10.00am") == "10:00");
  CHECK(time_in("from 2.00-4.00pm") == "14:00");
  CHECK(time_in("at 12 noon") == "12:00");
  CHECK(time_in("12.30 p.m.") == "12:30");
  CHECK(time_in("6 pm") == "18:00");
  CHECK(time_in("at 17:30") == "17:30");
  SUBCASE("the time in a heading, after the date") {
    CHECK(time_in("Improving Lives Select Commission - Tuesday, 11th June, 2019 5.30 p.m.") == "17:30");
    CHECK(time_in("Improving Lives Select Commission - Tuesday 22 July 2025 10.00 a.m.") == "10:00");
  }
  SUBCASE("begin and end") {
    const std::string_view text = "commencing at 5:30pm as a Microsoft Teams meeting";
    auto found = find_time(text);
    REQUIRE(found);
    CHECK(text.substr(found->begin, found->end - found->begin) == "5:30pm");
  }
  SUBCASE("not times") {
    CHECK(time_in("paragraph 3.1") == "none");
    CHECK(time_in("Key Stage 2") == "none");
    CHECK(time_in("the 2020/21 work programme") == "none");
    CHECK(time_in("29.3.19") == "none");
  }
}

TEST_CASE("date: section numbers are not dates") {
  CHECK_FALSE(tracker::find_date("as set out in paragraph 3.4.1 of the report").has_value());
  CHECK_FALSE(tracker::find_date("see section 2.1.19").has_value());
}
