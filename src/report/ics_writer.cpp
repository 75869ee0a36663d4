#include "report/ics_writer.h"

#include <cstdio>
#include <stdexcept>

#include "report/xml_text.h"

namespace tracker::ics {
namespace {

std::string two(int n) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

std::string basic_date(Day d) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d%02u%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return b;
}

// The rules in force for the United Kingdom since 1996 (last Sunday of March and of October),
// as the tz database gives them, so that a calendar without its own zone data shows BST right.
constexpr const char* kEuropeLondon =
    "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19810329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19961027T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

std::string event_text(const Event& e, const std::string& stamp) {
  if (e.uid.empty()) throw std::invalid_argument("a calendar event needs a uid (\"" + e.summary + "\" has none)");
  if (!e.day.ok()) throw std::invalid_argument("a calendar event's day is not a real day (\"" + e.summary + "\")");
  std::string out = "BEGIN:VEVENT\r\n";
  out += ics_folded("UID:" + ics_escaped(e.uid));
  out += "DTSTAMP:" + stamp + "\r\n";
  if (e.start) {
    const TimeOfDay t = *e.start;
    if (t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59 || e.duration_minutes < 0)
      throw std::invalid_argument("a calendar event's time " + std::to_string(t.hour) + ":" + two(t.minute) + " is not a time of day (\"" +
                                  e.summary + "\")");
    const int end = t.hour * 60 + t.minute + e.duration_minutes;
    const Day end_day = date::year_month_day(date::sys_days(e.day) + date::days(end / (24 * 60)));
    out += "DTSTART;TZID=Europe/London:" + basic_date(e.day) + "T" + two(t.hour) + two(t.minute) + "00\r\n";
    out += "DTEND;TZID=Europe/London:" + basic_date(end_day) + "T" + two(end % (24 * 60) / 60) + two(end % 60) + "00\r\n";
  } else {
    // An all-day event ends (exclusively) the next day; it marks a day without taking its time.
    out += "DTSTART;VALUE=DATE:" + basic_date(e.day) + "\r\n";
    out += "DTEND;VALUE=DATE:" + basic_date(date::year_month_day(date::sys_days(e.day) + date::days(1))) + "\r\n";
    out += "TRANSP:TRANSPARENT\r\n";
  }
  out += ics_folded("SUMMARY:" + ics_escaped(e.summary));
  if (!e.description.empty()) out += ics_folded("DESCRIPTION:" + ics_escaped(e.description));
  if (!e.location.empty()) out += ics_folded("LOCATION:" + ics_escaped(e.location));
  if (e.cancelled) out += "STATUS:CANCELLED\r\n";
  return out + "END:VEVENT\r\n";
}

}  // namespace

std::string ics_escaped(std::string_view text) {
  const std::string clean = text_for_xml(text);  // the same characters: RFC 5545 TEXT forbids controls but tab
  std::string out;
  out.reserve(clean.size() + 8);
  for (size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < clean.size() && clean[i + 1] == '\n') ++i;
        [[fallthrough]];
      case '\n': out += "\\n"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string ics_folded(std::string_view line) {
  std::string out;
  const size_t room = 75;  // octets on a line; a continuation's leading space takes one of them
  size_t used = 0;
  for (size_t i = 0; i < line.size();) {
    size_t n = utf8_sequence_length(line, i);
    if (n == 0) n = 1;  // callers pass escaped text, which is UTF-8; a stray byte is kept whole
    if (used + n > room) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(i, n));
    used += n;
    i += n;
  }
  return out + "\r\n";
}

std::string ics_text(const Calendar& calendar) {
  const std::string stamp = basic_date(calendar.stamp) + "T000000Z";
  std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
  out += ics_folded("PRODID:" + ics_escaped(calendar.product));
  out += "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
  out += ics_folded("X-WR-CALNAME:" + ics_escaped(calendar.name));
  bool timed = false;
  for (const auto& e : calendar.events) timed = timed || e.start.has_value();
  if (timed) out += kEuropeLondon;
  for (const auto& e : calendar.events) out += event_text(e, stamp);
  return out + "END:VCALENDAR\r\n";
}

}  // namespace tracker::ics
