#include "domain/action.h"

#include <algorithm>
#include <iterator>
#include <tuple>

#include "domain/lifecycle.h"

namespace tracker {

Action as_it_stood(Action a, Day as_of) {
  auto later = std::stable_partition(a.events.begin(), a.events.end(), [&](const ActionEvent& e) { return e.date <= as_of; });
  // The store may have left out the events after the day that changed nothing asked below
  // (ActionFilter::history_until): the status is folded from those before it in any case.
  std::vector<Event> folded;
  folded.reserve(later - a.events.begin());
  for (auto e = a.events.begin(); e != later; ++e) folded.push_back({e->kind, e->date, e->sets, e->automatic, e->sequence});
  if (!folded.empty()) a.status = status_as_of(std::move(folded));
  if (later != a.events.end()) {
    std::vector<ActionEvent> after(std::make_move_iterator(later), std::make_move_iterator(a.events.end()));
    a.events.erase(later, a.events.end());
    // The due it had then: the one the first later move moved it from.
    std::stable_sort(after.begin(), after.end(), [](const ActionEvent& x, const ActionEvent& y) {
      return std::tie(x.date, x.sequence) < std::tie(y.date, y.sequence);
    });
    // The committee's further-action words then: those the first later change replaced.
    for (const ActionEvent& e : after)
      if (e.further) {
        a.further = e.further_before;
        break;
      }
    for (const ActionEvent& e : after) {
      if (!e.due_before) continue;
      const RecordedDue& d = *e.due_before;
      // A meeting it was due at then had been held by the day, or was still to come.
      a.due = d.as_action_due(d.day && *d.day <= as_of ? MeetingState::held : MeetingState::planned);
      break;
    }
    a.reschedule_count = 0;
    a.chase_count = 0;
    for (const ActionEvent& e : a.events) {
      a.reschedule_count += e.kind == EventKind::rescheduled;
      a.chase_count += e.kind == EventKind::chased;
    }
  }
  // A response recorded after the day had not been received then.
  if (a.response_date && *a.response_date > as_of) {
    a.response = Response::awaiting;
    a.response_by.clear();
    a.response_date.reset();
    a.response_reason.clear();
  }
  return a;
}

}  // namespace tracker
