#include "report/meeting_calendar.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/text.h"
#include "report/actions_report.h"
#include "report/ics_writer.h"

namespace tracker {
namespace {

constexpr size_t kShortText = 90;  // characters of a clause in a calendar's description

// The clause cut at a word before `kShortText` characters, ending with "…".
std::string short_text(const std::string& text) {
  size_t chars = 0, cut = std::string::npos, last_space = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;
    if (chars == kShortText) {
      cut = i;
      break;
    }
    if (text[i] == ' ') last_space = i;
    ++chars;
  }
  if (cut == std::string::npos) return text;
  if (last_space != std::string::npos && last_space > cut / 2) cut = last_space;
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string description(const CalendarMeeting& m) {
  std::string out;
  if (m.cancelled) out = "Cancelled" + (m.cancel_reason.empty() ? std::string(".") : ": " + m.cancel_reason) + "\n";
  if (m.due.empty()) return out + "Nothing is due at this meeting.";
  out += "Due at this meeting:";
  for (const auto& d : m.due) out += "\n- " + d.id + ": " + d.text;
  return out;
}

}  // namespace

std::string meeting_uid(const std::string& committee, Day day) {
  std::string slug;
  for (char c : committee) {
    if (is_upper(c) || is_lower(c) || is_digit(c)) slug.push_back(lower(c));
    else if (!slug.empty() && slug.back() != '-') slug.push_back('-');
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return (slug.empty() ? "committee" : slug) + "-" + format_day(day) + "@tracker";
}

std::vector<CalendarMeeting> meeting_calendar(const std::vector<MeetingView>& meetings, const Assessment& a) {
  std::map<std::pair<std::string, Day>, std::vector<DueAtMeeting>> due;
  for (const auto& assessed : a.actions) {
    const Action& v = assessed.action;
    if (!v.due || v.due->precision != DuePrecision::meeting_day) continue;  // a deadline or a month is no meeting
    due[{v.committee, v.due->day}].push_back({v.id, short_text(clause_words(v))});
  }
  std::vector<CalendarMeeting> out;
  for (const auto& m : meetings) {
    CalendarMeeting c;
    c.committee = m.committee;
    c.day = m.date;
    // A cancellation recorded after the day asked about was not known that day.
    c.cancelled = m.state == MeetingState::cancelled && (!m.cancelled_on || *m.cancelled_on <= a.as_of);
    if (c.cancelled) c.cancel_reason = m.cancel_reason;
    if (auto found = due.find({m.committee, m.date}); found != due.end()) c.due = found->second;
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(), [](const CalendarMeeting& x, const CalendarMeeting& y) {
    return std::tie(x.day, x.committee) < std::tie(y.day, y.committee);
  });
  return out;
}

std::string calendar_to_ics(const std::vector<CalendarMeeting>& meetings, const CalendarSettings& settings, Day as_of) {
  ics::Calendar cal;
  std::vector<std::string> committees;
  for (const auto& m : meetings)
    if (std::find(committees.begin(), committees.end(), m.committee) == committees.end()) committees.push_back(m.committee);
  cal.name = committees.size() == 1 ? committees.front() + " meetings" : "Committee meetings";
  cal.product = "-//tracker//committee meetings//EN";
  cal.stamp = as_of;
  std::optional<ics::TimeOfDay> start;
  if (settings.meeting_time.size() == 5)
    start = ics::TimeOfDay{std::stoi(settings.meeting_time.substr(0, 2)), std::stoi(settings.meeting_time.substr(3))};
  for (const auto& m : meetings) {
    ics::Event e;
    e.uid = meeting_uid(m.committee, m.day);
    e.day = m.day;
    e.start = start;
    e.summary = m.committee + (m.cancelled ? " (cancelled)" : "");
    e.description = description(m);
    e.location = settings.location;
    e.cancelled = m.cancelled;
    cal.events.push_back(std::move(e));
  }
  return ics::ics_text(cal);
}

std::string calendar_to_text(const std::vector<CalendarMeeting>& meetings) {
  if (meetings.empty()) return "The calendar is empty.\n";
  std::string out;
  for (const auto& m : meetings) {
    out += format_day_long(m.day) + "  " + m.committee;
    if (m.cancelled) out += "  CANCELLED" + (m.cancel_reason.empty() ? std::string() : " (" + m.cancel_reason + ")");
    out += m.due.empty() ? "\n" : "  " + std::to_string(m.due.size()) + " due\n";
    for (const auto& d : m.due) out += "    " + d.id + "  " + d.text + "\n";
  }
  return out;
}

}  // namespace tracker
