#pragma once
// The one place each lifecycle word is spelled: as the database stores it (to_sql, and back with
// *_from_sql), as JSON carries it (to_json: a stable code) and as a person reads it (words).
// Reading a value that is none of these gives nullopt: the caller says where it came from.
#include <optional>
#include <string_view>

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

// Every status, in lifecycle order: for listing the accepted values of an option.
inline constexpr Status kAllStatuses[] = {Status::open, Status::scheduled, Status::delivered,
                                          Status::closed, Status::transferred, Status::dropped};

}  // namespace tracker
