#pragma once
// Dates and times as minutes write them: "Tuesday, 11th June, 2019", "22 July 2025",
// "October 29, 2019", "03/03/20" (UK day-first), "18thJune", "30 th November 2020", "2020-01-14",
// "5.30 p.m.", "5:30pm". A date without a year takes the year that puts it nearest the context
// date (and on the stated weekday, when one is given).
#include <optional>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"

namespace tracker {

struct DateFound {
  Day day;
  size_t begin = 0, end = 0;  // byte range in the searched text, weekday included
  bool year_given = true;
};

struct MonthFound {
  Month month;
  size_t begin = 0, end = 0;
  bool year_given = true;
};

struct TimeFound {
  int hour = 0, minute = 0;
  size_t begin = 0, end = 0;
};

// 1..12 for a month name or its usual abbreviation ("Sept", "Dec"), else 0.
unsigned month_from_name(std::string_view word);
bool is_weekday_name(std::string_view word);

std::optional<DateFound> find_date(std::string_view text, std::optional<Day> context = std::nullopt, size_t from = 0);
std::vector<DateFound> find_all_dates(std::string_view text, std::optional<Day> context = std::nullopt);
// "December 2020", "Dec 2020" (a month and a year with no day before it).
std::optional<MonthFound> find_month_year(std::string_view text, size_t from = 0);
std::optional<TimeFound> find_time(std::string_view text, size_t from = 0);

}  // namespace tracker
