#pragma once
// Why an action is not in the monitoring schedule: a person left it out (`tracker update ID
// --not-reported --note WHY`), or its kind is one [report] never_reported names.
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace tracker {

class JsonWriter;

struct LeftOut {
  std::string kind;              // set when its kind is never reported
  std::optional<Day> since;      // else the person's choice that stands: its day, reason and who
  std::string note, who;
};

// For the action as it stood on a day (domain/action.h as_it_stood: later events unseen).
std::optional<LeftOut> left_out_of_schedule(const Action& action, const std::vector<std::string>& never_reported);
// "Not reported since 1 October 2020: nothing to report on (Governance Advisor)", or
// "Not reported: its kind (recommendation) is never reported ([report] never_reported)".
std::string left_out_words(const LeftOut& left_out);
// For `tracker actions`: a line for each action listed that the schedule leaves out, under a
// heading; "" when none is.
std::string left_out_lines(const std::vector<Action>& actions, const std::vector<std::string>& never_reported);
// For JSON: "not_reported": null, or {"since", "note", "who"} or {"kind"}.
void write_left_out_json(JsonWriter& w, const std::optional<LeftOut>& left_out);

}  // namespace tracker
