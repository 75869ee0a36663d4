#include "app/reporting.h"

#include "domain/spelling.h"

namespace tracker {

std::vector<ReportingChoice> reporting_choices(const Action& action) {
  std::vector<ReportingChoice> out;
  for (const ActionEvent& e : action.events) {
    if (e.kind != EventKind::not_reported && e.kind != EventKind::reported) continue;
    out.push_back({e.date, e.sequence, e.kind == EventKind::not_reported});
  }
  return out;
}

void set_left_out(Store& store, const std::string& id, bool left_out, const Change& change) {
  store.in_write_transaction([&] {
    const Action a = store.action(id);
    const Status status = a.status;
    // As it stands on the day of the change: a choice dated later (recorded with a later --as-of) does not count yet.
    const bool now = left_out_as_of(reporting_choices(a), change.date);
    throw_if_refused(a.id, refuse_reporting_change(status, now, left_out, !change.note.empty()));
    EventToSave e;
    e.kind = left_out ? EventKind::not_reported : EventKind::reported;
    e.date = change.date;
    e.note = change.note;
    e.who = change.who;
    store.save_event(a.id, e);
  });
}

}  // namespace tracker
