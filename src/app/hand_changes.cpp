#include "app/hand_changes.h"

#include "core/errors.h"
#include "core/text.h"
#include "domain/lifecycle.h"
#include "extract/owner.h"

namespace tracker {
namespace {

// The committee's full name as the database has it: its name, short name, or a spelling
// tracker.toml gives it.
std::string committee_called(const Store& store, const std::string& name, const Config& config) {
  if (auto full = store.committee_named(name)) return *full;
  if (const Committee* configured = config.find_committee(name))
    if (auto full = store.committee_named(configured->name)) return *full;
  throw InputError("no committee is called '" + name + "': name one that tracker.toml or an imported file gives (see 'tracker meeting list')");
}

}  // namespace

Action add_action_by_hand(Store& store, const HandAction& action, const Change& change, const Config& config) {
  if (trim(action.text).empty()) throw InputError("an action needs the words that were decided: give them with --text");
  if (trim(action.committee).empty()) throw InputError("an action needs the committee that decided it: give it with --committee");
  std::string id;
  store.in_write_transaction([&] {
    store.sync_config(config);  // a committee or meeting tracker.toml has and the database not yet
    HandAction checked = action;
    checked.committee = committee_called(store, action.committee, config);
    checked.owner_names = split_owner_names(std::string(trim(action.owner)));
    if (action.due) {
      std::vector<Day> meetings;
      for (const MeetingView& m : store.calendar(checked.committee))
        if (m.state != MeetingState::cancelled) meetings.push_back(m.date);
      if (refuse_due(Status::open, *action.due, meetings))
        throw InputError(checked.committee + " has no meeting on " + format_day_long(action.due->day) +
                         ": give the day of one of its meetings (see 'tracker meeting list'), a month as YYYY-MM, or add the meeting first "
                         "with 'tracker meeting add'");
    }
    id = store.add_action(checked, change, config);
  });
  return store.action(id);
}

Action set_further_action(Store& store, const std::string& id, const std::string& words, const Change& change) {
  std::string public_id;
  store.in_write_transaction([&] {
    const Action a = store.action(id);
    public_id = a.id;
    const std::string now(trim(words));
    if (a.further == now)
      throw InputError(now.empty() ? a.id + " has no further-action words to clear" : a.id + " already has these further-action words");
    EventToSave e;
    e.kind = EventKind::updated;
    e.date = change.date;
    e.note = change.note;
    e.who = change.who;
    e.further = now;
    e.further_before = a.further;
    store.save_further(a.id, now);
    store.save_event(a.id, e);
  });
  return store.action(public_id);
}

}  // namespace tracker
