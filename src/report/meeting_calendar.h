#pragma once
// The committees' meetings with what is due at each, for the Chair's and officers' calendars
// (tracker calendar): as an iCalendar feed (RFC 5545) or as text to read.
#include <string>
#include <vector>

#include "app/assessment.h"
#include "config/config.h"
#include "store/store.h"

namespace tracker {

struct DueAtMeeting {
  std::string id;    // ILSC-2020-09-95.2
  std::string text;  // the clause, cut to a line
};

struct CalendarMeeting {
  std::string committee;
  Day day;
  bool cancelled = false;
  std::string cancel_reason;
  std::vector<DueAtMeeting> due;
};

// Every meeting of `meetings` (the store's calendar) as it stood at the end of `assessment.as_of`
// (a cancellation recorded later is not seen), in date order, each with the actions of the
// assessment due at it: those whose due is that meeting of their committee.
std::vector<CalendarMeeting> meeting_calendar(const std::vector<MeetingView>& meetings, const Assessment& assessment);

// RFC 5545: one VEVENT a meeting with a UID made from the committee and the day (the same on every
// run, so a calendar updates its event), DTSTAMP from `as_of`, all-day unless [calendar]
// meeting_time is set, a cancelled meeting as STATUS:CANCELLED, the due actions in DESCRIPTION.
std::string calendar_to_ics(const std::vector<CalendarMeeting>& meetings, const CalendarSettings& settings, Day as_of);
std::string calendar_to_text(const std::vector<CalendarMeeting>& meetings);

// "improving-lives-select-commission-2020-10-27@tracker"
std::string meeting_uid(const std::string& committee, Day day);

}  // namespace tracker
