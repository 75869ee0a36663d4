#include "core/calendar_date.h"

#include <array>
#include <cstdio>

namespace tracker {
namespace {
constexpr std::array<const char*, 12> kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
}

std::string format_day(Day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

std::string format_month(Month m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(m.year()), static_cast<unsigned>(m.month()));
  return buf;
}

std::string format_day_long(Day d) {
  return std::to_string(static_cast<unsigned>(d.day())) + " " + kMonthNames[static_cast<unsigned>(d.month()) - 1] + " " +
         std::to_string(static_cast<int>(d.year()));
}

std::string format_month_long(Month m) {
  return std::string(kMonthNames[static_cast<unsigned>(m.month()) - 1]) + " " + std::to_string(static_cast<int>(m.year()));
}

std::optional<Day> parse_iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  for (size_t i : {0u, 1u, 2u, 3u}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    y = y * 10 + (s[i] - '0');
  }
  for (size_t i : {5u, 6u}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    m = m * 10 + static_cast<unsigned>(s[i] - '0');
  }
  for (size_t i : {8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    d = d * 10 + static_cast<unsigned>(s[i] - '0');
  }
  Day day{date::year{y}, date::month{m}, date::day{d}};
  if (!day.ok()) return std::nullopt;
  return day;
}

Day add_months(Day d, int months) {
  Month m = Month{d.year(), d.month()} + date::months{months};
  Day out{m.year(), m.month(), d.day()};
  if (!out.ok()) out = Day{m.year(), m.month(), (m.year() / m.month() / date::last).day()};
  return out;
}

Day add_days(Day d, int days) { return Day{date::sys_days{d} + date::days{days}}; }

}  // namespace tracker
