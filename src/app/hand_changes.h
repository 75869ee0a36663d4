#pragma once
// What a person records beside the minutes: an action entered by hand (tracker add) and the
// committee's further-action words (tracker update ID --further). Each checks what the person
// gave, asks the store to record it, and returns the action as it now stands.
#include <string>

#include "config/config.h"
#include "store/store.h"

namespace tracker {

// Records the action; throws InputError for empty words, StoreError for a committee the
// database does not know, ChangeRefused for a due meeting's day on which it does not meet.
ActionView add_action_by_hand(Store& store, const HandAction& action, const Change& change, const Config& config);

// Sets the "Further action required by Scrutiny" words ("" clears them).
ActionView set_further_action(Store& store, const std::string& id, const std::string& words, const Change& change);

}  // namespace tracker
