#include "core/duration_words.h"

namespace tracker {
namespace {

std::string counted(int64_t n, const char* unit) { return std::to_string(n) + " " + unit + (n == 1 ? "" : "s"); }

}  // namespace

std::string duration_words(int64_t days) {
  if (days < 0) days = 0;
  if (days < 14) return counted(days, "day");
  if (days < 63) return counted(days / 7, "week");
  // A month is a twelfth of a year of 365.25 days; a year of 365 days would make a fourth
  // anniversary a day "short" of 4 years.
  const int64_t months = days * 48 / 1461;
  if (months < 24) return counted(months, "month");
  const int64_t years = days * 4 / 1461;
  const int64_t past = days - years * 1461 / 4;  // days beyond the whole years
  return (past >= 31 ? "over " : "") + counted(years, "year");
}

}  // namespace tracker
