#include "rules/wording.h"

#include "domain/spelling.h"

namespace tracker {

std::string day_words(Day d) { return format_day_long(d); }
std::string month_words(Month m) { return format_month_long(m); }

std::string due_words(const std::optional<ActionDue>& due) {
  if (!due) return "no due";
  switch (due->precision) {
    case DuePrecision::meeting_day:
      return day_words(due->day) + (due->meeting_state == MeetingState::cancelled ? " (cancelled)" : "") + " meeting";
    case DuePrecision::deadline_day: return "by " + day_words(due->day);
    case DuePrecision::month: return month_words(due->month());
  }
  return "";
}

std::string completion_words(const std::optional<ActionDue>& due) { return due ? due_words(due) : "Not set"; }
std::string status_words(Status status) { return std::string(words(status)); }

std::string due_phrase(const std::optional<ActionDue>& due) {
  if (!due) return "";
  switch (due->precision) {
    case DuePrecision::meeting_day: return day_words(due->day) + " meeting";
    case DuePrecision::deadline_day: return "deadline of " + day_words(due->day);
    case DuePrecision::month: return month_words(due->month()) + " meeting";
  }
  return "";
}

std::string due_place(const RecordedDue& due) {
  switch (due.precision) {
    case RecordedDuePrecision::meeting:
      if (due.day) return "the " + day_words(*due.day) + " meeting";
      break;
    case RecordedDuePrecision::month:
      if (due.month) return "the " + month_words(*due.month) + " meeting";
      break;
    case RecordedDuePrecision::deadline:
      if (due.day) return day_words(*due.day);
      break;
    case RecordedDuePrecision::on_or_after:
      if (due.day) return "the first meeting on or after " + day_words(*due.day);
      break;
    case RecordedDuePrecision::none: break;
  }
  return "";
}

}  // namespace tracker
