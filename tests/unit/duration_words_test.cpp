// Durations said as a person says them: the unit changes where a committee's would.
#include <doctest/doctest.h>

#include "core/duration_words.h"

using tracker::duration_words;

TEST_CASE("duration words: days, then weeks, months and years, each rounded down") {
  CHECK(duration_words(0) == "0 days");
  CHECK(duration_words(1) == "1 day");
  CHECK(duration_words(13) == "13 days");
  CHECK(duration_words(14) == "2 weeks");
  CHECK(duration_words(20) == "2 weeks");  // not "3 weeks": never longer than it is
  CHECK(duration_words(42) == "6 weeks");
  CHECK(duration_words(62) == "8 weeks");
  CHECK(duration_words(63) == "2 months");
  CHECK(duration_words(365) == "11 months");  // a year of 365 days is short of 365.25
  CHECK(duration_words(366) == "12 months");
  CHECK(duration_words(730) == "23 months");
  CHECK(duration_words(731) == "2 years");
  CHECK(duration_words(1461) == "4 years");  // four years, leap day included
  CHECK(duration_words(1461 + 30) == "4 years");
  CHECK(duration_words(1461 + 31) == "over 4 years");
  CHECK(duration_words(2828) == "over 7 years");  // 3 March 2013 to 1 December 2020
  CHECK(duration_words(-5) == "0 days");
}
