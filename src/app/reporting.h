#pragma once
// Leaving an action out of the monitoring schedule, and putting it back (`tracker update ID
// --not-reported|--reported --note WHY`): the domain decides, the store saves.
#include <string>

#include "domain/reporting.h"
#include "store/store.h"

namespace tracker {

// Throws ChangeRefused when it makes no sense (already so, or no reason given), StoreError for
// an unknown ID.
void set_left_out(Store& store, const std::string& id, bool left_out, const Change& change);

// The choices recorded for an action (its not_reported and reported events), for the domain.
std::vector<ReportingChoice> reporting_choices(const Action& action);

}  // namespace tracker
