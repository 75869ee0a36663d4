#include "app/hand_changes.h"

#include "core/errors.h"
#include "core/text.h"

namespace tracker {

ActionView add_action_by_hand(Store& store, const HandAction& action, const Change& change, const Config& config) {
  if (trim(action.text).empty()) throw InputError("an action needs the words that were decided: give them with --text");
  if (trim(action.committee).empty()) throw InputError("an action needs the committee that decided it: give it with --committee");
  return store.action(store.add_action(action, change, config));
}

ActionView set_further_action(Store& store, const std::string& id, const std::string& words, const Change& change) {
  store.set_further(id, words, change);
  return store.action(id);
}

}  // namespace tracker
