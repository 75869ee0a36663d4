#include "domain/spelling.h"

#include <array>

namespace tracker {
namespace {

// One row per value, in the enum's order: its SQL, JSON and human spellings side by side, so
// that a new value cannot be spelled in one place and forgotten in another.
struct Spelling {
  std::string_view sql, json, words;
};

constexpr std::array<Spelling, 6> kStatus = {{
    {"open", "open", "Open"},
    {"scheduled", "scheduled", "Scheduled"},
    {"delivered", "delivered", "Delivered"},
    {"closed", "closed", "Closed"},
    {"transferred", "transferred", "Transferred"},
    {"dropped", "dropped", "Dropped"},
}};

constexpr std::array<Spelling, 13> kEventKind = {{
    {"created", "created", "Created"},
    {"updated", "updated", "Updated"},
    {"rescheduled", "rescheduled", "Rescheduled"},
    {"scheduled", "scheduled", "Scheduled"},
    {"chased", "chased", "Chased"},
    {"responded", "responded", "Responded"},
    {"delivered", "delivered", "Delivered"},
    {"transferred", "transferred", "Transferred"},
    {"closed", "closed", "Closed"},
    {"dropped", "dropped", "Dropped"},
    {"reopened", "reopened", "Reopened"},
    {"not_reported", "not_reported", "Not reported"},
    {"reported", "reported", "Reported again"},
}};

constexpr std::array<Spelling, 4> kResponse = {{
    {"awaiting", "awaiting", "Awaiting a response"},
    {"accepted", "accepted", "Accepted"},
    {"partially accepted", "partially_accepted", "Partially accepted"},
    {"rejected", "rejected", "Rejected"},
}};

constexpr std::array<std::string_view, 3> kMeetingState = {"planned", "held", "cancelled"};
constexpr std::array<std::string_view, 5> kRecordedDuePrecision = {"none", "meeting", "month", "deadline", "on_or_after"};

template <class Enum, size_t N>
std::optional<Enum> from_names(const std::array<std::string_view, N>& table, std::string_view s) {
  for (size_t k = 0; k < N; ++k)
    if (table[k] == s) return static_cast<Enum>(k);
  return std::nullopt;
}

template <class Enum, size_t N>
const Spelling& of(const std::array<Spelling, N>& table, Enum value) {
  return table[static_cast<size_t>(value)];
}

template <class Enum, size_t N>
std::optional<Enum> from_sql(const std::array<Spelling, N>& table, std::string_view s) {
  for (size_t k = 0; k < N; ++k)
    if (table[k].sql == s) return static_cast<Enum>(k);
  return std::nullopt;
}

}  // namespace

std::string_view to_sql(Status s) { return of(kStatus, s).sql; }
std::string_view to_json(Status s) { return of(kStatus, s).json; }
std::string_view words(Status s) { return of(kStatus, s).words; }
std::optional<Status> status_from_sql(std::string_view s) { return from_sql<Status>(kStatus, s); }

std::string_view to_sql(EventKind k) { return of(kEventKind, k).sql; }
std::string_view to_json(EventKind k) { return of(kEventKind, k).json; }
std::string_view words(EventKind k) { return of(kEventKind, k).words; }
std::optional<EventKind> event_kind_from_sql(std::string_view s) { return from_sql<EventKind>(kEventKind, s); }

std::string_view to_sql(Response r) { return of(kResponse, r).sql; }
std::string_view to_json(Response r) { return of(kResponse, r).json; }
std::string_view words(Response r) { return of(kResponse, r).words; }
std::optional<Response> response_from_sql(std::string_view s) { return from_sql<Response>(kResponse, s); }

std::string_view to_sql(MeetingState s) { return kMeetingState[static_cast<size_t>(s)]; }
std::optional<MeetingState> meeting_state_from_sql(std::string_view s) { return from_names<MeetingState>(kMeetingState, s); }

std::string_view to_sql(RecordedDuePrecision p) { return kRecordedDuePrecision[static_cast<size_t>(p)]; }
std::optional<RecordedDuePrecision> recorded_due_precision_from_sql(std::string_view s) {
  return from_names<RecordedDuePrecision>(kRecordedDuePrecision, s);
}

std::string to_iso(const ActionDue& due) { return due.precision == DuePrecision::month ? format_month(due.month()) : format_day(due.day); }
std::string_view to_json(DuePrecision p) { return p == DuePrecision::month ? "month" : "day"; }

std::string to_sql_date(const RecordedDue& due) {
  if (due.month) return format_month(*due.month);
  if (due.day) return format_day(*due.day);
  return "";
}

std::optional<RecordedDue> recorded_due_from_sql(std::string_view precision, std::string_view date) {
  const auto p = recorded_due_precision_from_sql(precision);
  if (!p) return std::nullopt;
  RecordedDue due{*p, std::nullopt, std::nullopt};
  if (*p == RecordedDuePrecision::none) return due;
  if (*p == RecordedDuePrecision::month) {
    // "2021-01": the month of its first day.
    if (date.size() != 7) return std::nullopt;
    const auto first = parse_iso_day(std::string(date) + "-01");
    if (!first) return std::nullopt;
    due.month = first->year() / first->month();
    return due;
  }
  due.day = parse_iso_day(date);
  if (!due.day) return std::nullopt;
  return due;
}

}  // namespace tracker
