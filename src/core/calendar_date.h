#pragma once
// Dates of the domain. A meeting happens on a Day; a due phrase may only name a Month, which is a
// different type so that a month can never be shown as an invented day.
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace tracker {

using Day = date::year_month_day;
using Month = date::year_month;

std::string format_day(Day d);      // 2020-01-14
std::string format_month(Month m);  // 2021-01
std::string format_day_long(Day d);    // 14 January 2020
std::string format_month_long(Month m);  // January 2021
// Strict YYYY-MM-DD (the form of --date and tracker.toml); nullopt when malformed or not a real day.
std::optional<Day> parse_iso_day(std::string_view s);
Day add_months(Day d, int months);  // clamps the day to the end of a shorter month
Day add_days(Day d, int days);

}  // namespace tracker
