#pragma once
// The one place each lifecycle word is spelled: as the database stores it (to_sql, and back with
// *_from_sql), as JSON carries it (to_json: a stable code) and as a person reads it (words).
// Reading a value that is none of these gives nullopt: the caller says where it came from.
#include <optional>
#include <string_view>

#include "domain/action_due.h"
#include "domain/lifecycle_types.h"

namespace tracker {

std::string_view to_sql(Status s);    // "open"
std::string_view to_json(Status s);   // "open"
std::string_view words(Status s);     // "Open"
std::optional<Status> status_from_sql(std::string_view s);

std::string_view to_sql(EventKind k);   // "rescheduled"
std::string_view to_json(EventKind k);  // "rescheduled"
std::string_view words(EventKind k);    // "Rescheduled"
std::optional<EventKind> event_kind_from_sql(std::string_view s);

std::string_view to_sql(Response r);   // "partially accepted"
std::string_view to_json(Response r);  // "partially_accepted"
std::string_view words(Response r);    // "Partially accepted"
std::optional<Response> response_from_sql(std::string_view s);

std::string_view to_sql(MeetingState s);  // "planned"
std::optional<MeetingState> meeting_state_from_sql(std::string_view s);

// A recorded due's precision, as an event's due_before_precision and due_after_precision hold it.
std::string_view to_sql(RecordedDuePrecision p);  // "on_or_after"
std::optional<RecordedDuePrecision> recorded_due_precision_from_sql(std::string_view s);
// A recorded due's day or month as the database holds it ("2020-12-15", "2021-01"; "" for none).
std::string to_sql_date(const RecordedDue& due);
// Back from the two columns; nullopt for a precision that is none of these or a date that does
// not fit it.
std::optional<RecordedDue> recorded_due_from_sql(std::string_view precision, std::string_view date);

// A due as JSON and CSV carry it: its day or month in ISO ("2020-12-15", "2020-12"), and its
// precision as a code ("day" for a meeting's or a deadline's day, "month").
std::string to_iso(const ActionDue& due);
std::string_view to_json(DuePrecision p);

// Every status, in lifecycle order: for listing the accepted values of an option.
inline constexpr Status kAllStatuses[] = {Status::open, Status::scheduled, Status::delivered,
                                          Status::closed, Status::transferred, Status::dropped};

}  // namespace tracker
