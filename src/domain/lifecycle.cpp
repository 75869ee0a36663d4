#include "domain/lifecycle.h"

#include <algorithm>

namespace tracker {

bool is_live(Status s) { return s == Status::open || s == Status::scheduled; }

bool is_finished(Status s) { return s == Status::closed || s == Status::transferred || s == Status::dropped; }

namespace {

// Folds the events in date order; `changed` sees each event that set a status, with the status
// before it.
template <class Changed>
Status fold(std::vector<Event>& events, Changed changed) {
  // Automatic events sort by their kind so that imports in any order agree; a person's events of
  // the same day keep the order they were made in.
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.automatic != b.automatic) return a.automatic;
    if (a.automatic) return a.kind < b.kind;
    return a.sequence < b.sequence;
  });
  Status status = Status::open;
  for (const Event& e : events) {
    if (!e.sets) continue;
    if (e.automatic) {
      if (*e.sets == Status::scheduled && status != Status::open) continue;
      if (*e.sets == Status::delivered && status != Status::open && status != Status::scheduled) continue;
    }
    if (*e.sets != status) changed(e, status);
    status = *e.sets;
  }
  return status;
}

}  // namespace

Status status_as_of(std::vector<Event> events, std::optional<Day> as_of) {
  if (as_of)
    events.erase(std::remove_if(events.begin(), events.end(), [&](const Event& e) { return e.date > *as_of; }), events.end());
  return fold(events, [](const Event&, Status) {});
}

std::optional<StatusChange> last_status_change(std::vector<Event> events) {
  std::optional<StatusChange> last;
  fold(events, [&](const Event& e, Status before) { last = StatusChange{e.sequence, before, *e.sets}; });
  return last;
}

bool corrects_last_change(const StatusChange& last, Status now, Status to) {
  if (last.after != now || to == now) return false;
  return to == last.before || (now == Status::delivered && is_live(to));
}

std::optional<Refused> refuse_status_change(Status from, Status to, bool has_reason) {
  if (from == to) return Refused{Refusal::already_in_status, from, to};
  if (is_finished(to) && !has_reason) return Refused{Refusal::reason_needed, from, to};
  return std::nullopt;
}

EventKind event_for_status_change(Status from, Status to) {
  if (is_finished(from) && !is_finished(to)) return EventKind::reopened;
  switch (to) {
    case Status::scheduled: return EventKind::scheduled;
    case Status::delivered: return EventKind::delivered;
    case Status::closed: return EventKind::closed;
    case Status::transferred: return EventKind::transferred;
    case Status::dropped: return EventKind::dropped;
    case Status::open: break;
  }
  return EventKind::updated;
}

std::optional<Refused> refuse_chase(Status s) {
  if (is_finished(s)) return Refused{Refusal::finished_nothing_to_chase, s};
  if (s == Status::delivered) return Refused{Refusal::delivered_nothing_to_chase, s};
  return std::nullopt;
}

std::optional<Refused> refuse_close(Status s, bool has_reason) {
  if (!has_reason) return Refused{Refusal::reason_needed, s, Status::closed};
  if (s == Status::closed) return Refused{Refusal::already_in_status, s, Status::closed};
  if (is_finished(s)) return Refused{Refusal::finished_reopen_first, s, Status::closed};
  return std::nullopt;
}

std::optional<Refused> refuse_transfer(Status s, bool has_destination, bool has_reason) {
  if (!has_destination) return Refused{Refusal::destination_needed, s, Status::transferred};
  if (!has_reason) return Refused{Refusal::reason_needed, s, Status::transferred};
  if (is_finished(s)) return Refused{Refusal::already_in_status, s, Status::transferred};
  return std::nullopt;
}

std::optional<Refused> refuse_match(Status s) {
  if (is_finished(s)) return Refused{Refusal::finished_match, s};
  return std::nullopt;
}

std::optional<Refused> refuse_due(Status s, const ActionDue& due, const std::vector<Day>& meetings) {
  if (due.precision != DuePrecision::meeting_day) return std::nullopt;
  if (std::find(meetings.begin(), meetings.end(), due.day) != meetings.end()) return std::nullopt;
  return Refused{Refusal::no_meeting_that_day, s, std::nullopt, due.day};
}

std::optional<Refused> refuse_response(Status s, bool is_recommendation, Response r, bool has_reason) {
  if (!is_recommendation) return Refused{Refusal::not_a_recommendation, s};
  if (r == Response::rejected && !has_reason) return Refused{Refusal::rejection_needs_reason, s};
  return std::nullopt;
}

std::optional<Status> status_after_response(Response r) {
  if (r == Response::rejected) return Status::closed;
  return std::nullopt;
}

void throw_if_refused(const std::string& action_id, const std::optional<Refused>& refused) {
  if (refused) throw ChangeRefused(action_id, *refused);
}

}  // namespace tracker
