#pragma once
// An iCalendar file (RFC 5545) of events, for the Chair's and officers' calendars: each
// committee meeting with what is due at it. It knows nothing of actions or the store: the caller
// gives the events as plain text and days.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"

namespace tracker::ics {

struct TimeOfDay {
  int hour = 0;    // 0-23
  int minute = 0;  // 0-59
};

struct Event {
  std::string uid;  // stable across runs (from the caller's data, e.g. the committee and the day), so a calendar updates the event instead of adding another
  Day day;
  std::optional<TimeOfDay> start;  // none: an all-day event; else a time in Europe/London
  int duration_minutes = 120;      // for an event with a start time
  std::string summary;
  std::string description;  // may hold several lines
  std::string location;
  bool cancelled = false;  // STATUS:CANCELLED, so calendars that had the meeting strike it out
};

struct Calendar {
  std::string name;  // X-WR-CALNAME, the name a calendar program shows for the feed
  std::string product = "-//tracker//monitoring schedule//EN";  // PRODID
  Day stamp;         // DTSTAMP of every event: the report's as-of day, so the text depends only on the input
  std::vector<Event> events;
};

// The calendar as RFC 5545 text: CRLF line ends, lines folded at 75 octets without cutting a UTF-8
// character, TEXT values escaped. Throws std::invalid_argument for an event without a uid or with
// a time of day that does not exist.
std::string ics_text(const Calendar& calendar);

// A TEXT value (RFC 5545 3.3.11): \ ; , escaped with a backslash, each line break as \n, other
// control characters dropped, bytes that are not UTF-8 replaced by U+FFFD.
std::string ics_escaped(std::string_view text);

// One content line folded as RFC 5545 3.1 asks: at most 75 octets a line, each continuation
// starting with a space, never inside a UTF-8 character; every line ends in CRLF.
std::string ics_folded(std::string_view line);

}  // namespace tracker::ics
