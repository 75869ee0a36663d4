#include "domain/action_due.h"

namespace tracker {

Day ActionDue::last_day() const {
  if (precision != DuePrecision::month) return day;
  return Day{day.year() / day.month() / date::last};
}

RecordedDue RecordedDue::of(const std::optional<ActionDue>& due) {
  if (!due) return none();
  switch (due->precision) {
    case DuePrecision::meeting_day: return meeting(due->day);
    case DuePrecision::deadline_day: return deadline(due->day);
    case DuePrecision::month: return in_month(due->month());
  }
  return none();
}

std::optional<ActionDue> RecordedDue::as_action_due(MeetingState meeting_state) const {
  switch (precision) {
    case RecordedDuePrecision::none: return std::nullopt;
    case RecordedDuePrecision::month:
      if (month) return ActionDue::in_month(*month);
      return std::nullopt;
    case RecordedDuePrecision::meeting:
      if (day) return ActionDue::meeting(*day, meeting_state);
      return std::nullopt;
    // A due not yet resolved to a meeting is shown by its day, as a deadline is.
    case RecordedDuePrecision::deadline:
    case RecordedDuePrecision::on_or_after:
      if (day) return ActionDue::deadline(*day);
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace tracker
