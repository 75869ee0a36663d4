#pragma once
// The lifecycle's words on the command line: statuses, responses and dues as options give them,
// and a refused change (domain/lifecycle.h) said as a sentence that names the option to use.
#include <string>
#include <vector>

#include "domain/action_due.h"
#include "domain/lifecycle.h"

namespace tracker {

// "open" -> Status::open; anything else is a UsageError naming `option` and the statuses.
Status parse_status(const std::string& text, const std::string& option);
// "open,scheduled" -> both; an empty list or an unknown status is a UsageError.
std::vector<Status> parse_statuses(const std::string& list, const std::string& option);
// YYYY-MM-DD: that day's meeting; YYYY-MM: that month's meeting. Else a UsageError.
ActionDue parse_due(const std::string& text, const std::string& option);
// The sentence for a refused change: "ILSC-2020-01-50.3 is already closed".
std::string refusal_words(const ChangeRefused& refused);

}  // namespace tracker
