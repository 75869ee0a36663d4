#pragma once
// What a person records beside the minutes: an action entered by hand (tracker add) and the
// committee's further-action words (tracker update ID --further). Each checks what the person
// gave and decides whether it may be recorded, has the store save it (in one write transaction),
// and returns the action as it now stands. The store only saves.
#include <string>

#include "config/config.h"
#include "store/store.h"

namespace tracker {

// Records the action; throws InputError for empty words, a committee the database and
// tracker.toml do not know, or a due meeting's day on which the committee does not meet.
Action add_action_by_hand(Store& store, const HandAction& action, const Change& change, const Config& config);

// Sets the "Further action required by Scrutiny" words ("" clears them). Throws InputError when
// they are the words the action has already; StoreError for an unknown ID.
Action set_further_action(Store& store, const std::string& id, const std::string& words, const Change& change);

}  // namespace tracker
