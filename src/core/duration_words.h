#pragma once
// How long something has been, said as a person says it in a report or a letter: "6 days",
// "3 weeks", "4 months", "over 7 years". Nobody on a committee counts "open for 2828 days".
#include <cstdint>
#include <string>

namespace tracker {

// `days` >= 0. Below two weeks in days, below nine weeks in weeks, below two years in months,
// then in years: "2 years" when it is within a month of a whole year, else "over 2 years".
// Each unit is rounded down: a duration is never said to be longer than it is.
std::string duration_words(int64_t days);

}  // namespace tracker
