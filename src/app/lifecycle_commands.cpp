#include "app/lifecycle_commands.h"

#include <algorithm>

#include "core/errors.h"
#include "domain/lifecycle.h"
#include "domain/spelling.h"
#include "extract/owner.h"

namespace tracker::app {
namespace {

Status status_of(const Action& a) { return a.status; }

// The events as the lifecycle folds them; `leave_out`: the sequence of one to fold without.
std::vector<Event> lifecycle_events(const Action& a, int64_t leave_out = 0) {
  std::vector<Event> out;
  for (const ActionEvent& e : a.events) {
    if (e.sequence != leave_out) out.push_back({e.kind, e.date, e.sets, e.automatic, e.sequence});
  }
  return out;
}


EventToSave event(EventKind kind, const Change& change) {
  EventToSave e;
  e.kind = kind;
  e.date = change.date;
  e.note = change.note;
  e.who = change.who;
  return e;
}

// A status change: the status it sets, the one before, and the change it undoes if it is one.
void set_status(EventToSave& e, const Action& a, Status now, Status to) {
  e.sets = to;
  e.status_before = now;
  if (auto last = last_status_change(lifecycle_events(a)); last && corrects_last_change(*last, now, to)) e.corrects = last->sequence;
}

}  // namespace

void update_action(Store& store, const std::string& id, const Change& change, const UpdateRequest& request) {
  store.in_write_transaction([&] {
    const Action a = store.action(id);
    const Status now = status_of(a);
    if (!request.status && !request.owner && !request.due && change.note.empty())
      throw ChangeRefused(a.id, {Refusal::nothing_to_change, now});
    if (request.status) throw_if_refused(a.id, refuse_status_change(now, *request.status, !change.note.empty()));
    EventToSave e = event(EventKind::updated, change);
    if (request.owner) {
      if (a.owner == *request.owner) throw ChangeRefused(a.id, {Refusal::same_owner, now, std::nullopt, std::nullopt, *request.owner});
      e.owner_before = a.owner;
      e.owner_after = *request.owner;
    }
    bool moved = false;
    if (request.due) {
      std::vector<Day> meetings;
      for (const MeetingView& m : store.calendar(a.committee))
        if (m.state != MeetingState::cancelled) meetings.push_back(m.date);
      throw_if_refused(a.id, refuse_due(now, *request.due, meetings));
      e.due_before = RecordedDue::of(a.due);
      e.due_after = RecordedDue::of(request.due);
      moved = e.due_before->precision == RecordedDuePrecision::meeting;
    }
    if (moved) e.kind = EventKind::rescheduled;
    if (request.status) {
      const EventKind change_kind = event_for_status_change(now, *request.status);
      if (change_kind != EventKind::updated) e.kind = change_kind;
      set_status(e, a, now, *request.status);
    }
    if (request.owner) store.save_owner(a.id, *request.owner, split_owner_names(*request.owner));
    if (request.due) store.save_due(a.id, *request.due);
    store.save_event(a.id, e);
  });
}

void chase_action(Store& store, const std::string& id, const Change& change) {
  store.in_write_transaction([&] {
    const Action a = store.action(id);
    throw_if_refused(a.id, refuse_chase(status_of(a)));
    store.save_event(a.id, event(EventKind::chased, change));
  });
}

void close_action(Store& store, const std::string& id, const Change& change) {
  store.in_write_transaction([&] {
    const Action a = store.action(id);
    const Status now = status_of(a);
    throw_if_refused(a.id, refuse_close(now, !change.note.empty()));
    EventToSave e = event(EventKind::closed, change);
    set_status(e, a, now, Status::closed);
    store.save_event(a.id, e);
  });
}

void transfer_action(Store& store, const std::string& id, const std::string& to, const Change& change) {
  store.in_write_transaction([&] {
    const Action a = store.action(id);
    const Status now = status_of(a);
    throw_if_refused(a.id, refuse_transfer(now, !to.empty(), !change.note.empty()));
    EventToSave e = event(EventKind::transferred, change);
    e.transferred_to = to;
    set_status(e, a, now, Status::transferred);
    store.save_event(a.id, e);
  });
}

void record_response(Store& store, const std::string& id, Response response, const Change& change, const std::optional<std::string>& by) {
  store.in_write_transaction([&] {
    const Action a = store.action(id);
    const Status now = status_of(a);
    throw_if_refused(a.id, refuse_response(now, a.kind == ClauseKind::recommendation, response, !change.note.empty()));
    EventToSave e = event(EventKind::responded, change);
    e.response = response;
    e.response_by = by.value_or("");
    if (auto sets = status_after_response(response); sets && *sets != now) set_status(e, a, now, *sets);
    store.save_response(a.id, response, change.date, by, change.note);
    store.save_event(a.id, e);
  });
}

namespace {

// The event an accepted proposal made: its kind, meeting and title (an older database's in its note).
const ActionEvent* accepted_event(const Action& a, const MatchView& m) {
  const ActionEvent* found = nullptr;
  for (const ActionEvent& e : a.events) {
    if (e.kind != m.kind || e.meeting != m.meeting) continue;
    const bool same = e.legacy_note ? e.note.find("'" + m.title + "'") != std::string::npos : e.matched_title == m.title;
    // The tool's own match of the same meeting and title is not the one a person accepted; an
    // older database's accepted match says so in its note.
    const bool by_hand = e.legacy_note ? e.note.find("(match accepted") != std::string::npos : e.who != "tracker (matched)";
    if (same && by_hand) found = &e;
  }
  return found;
}

}  // namespace

void decide_match(Store& store, int proposal, bool accept, const Change& change) {
  store.in_write_transaction([&] {
    const auto m = store.match(proposal);
    if (!m) throw StoreError("no proposed match has the number " + std::to_string(proposal) + " (see 'tracker matches')");
    const std::string number = std::to_string(proposal);
    if (m->state == (accept ? "accepted" : "rejected") || (accept && m->state != "proposed"))
      throw StoreError("match " + number + " was already " + m->state);
    const Action a = store.action(m->action_id);
    const Status now = status_of(a);
    if (accept) {
      throw_if_refused(a.id, refuse_match(now));
      const EventKind kind = m->kind;
      EventToSave e = event(kind, change);
      e.sets = kind == EventKind::delivered ? Status::delivered : Status::scheduled;
      e.status_before = now;
      store.save_match_state(proposal, "accepted", e);
      return;
    }
    store.save_match_state(proposal, "rejected", std::nullopt);
    if (m->state != "accepted") return;
    // Rejected after it was accepted: a correction, which puts the status back to what the
    // other events make of it.
    const ActionEvent* undone = accepted_event(a, *m);
    if (!undone) return;
    EventToSave e = event(EventKind::updated, change);
    e.corrects = undone->sequence;
    const Status without = status_as_of(lifecycle_events(a, undone->sequence));
    if (without != now) {
      e.kind = event_for_status_change(now, without);
      e.sets = without;
      e.status_before = now;
    }
    store.save_event(a.id, e);
  });
}

std::vector<MovedByCancellation> cancel_meeting(Store& store, const std::string& committee, Day date, const Change& change) {
  if (change.note.empty()) throw ReasonNeeded("a meeting is cancelled with a reason");
  std::vector<MovedByCancellation> moved;
  store.in_write_transaction([&] {
    const auto name = store.committee_named(committee);
    if (!name) throw StoreError("no committee called '" + committee + "' (see 'tracker meeting list')");
    const auto calendar = store.calendar(*name);
    const auto meeting = std::find_if(calendar.begin(), calendar.end(), [&](const MeetingView& m) { return m.date == date; });
    if (meeting == calendar.end()) throw StoreError("the calendar has no meeting on " + format_day_long(date));
    if (meeting->state == MeetingState::cancelled) throw StoreError("the " + format_day_long(date) + " meeting is already cancelled");
    if (meeting->state == MeetingState::held)
      throw StoreError("the " + format_day_long(date) + " meeting was held (its minutes are imported); it cannot be cancelled");
    moved = store.save_cancellation(*name, date, change.note, change.date);
    for (const MovedByCancellation& m : moved) {
      EventToSave e = event(EventKind::rescheduled, change);
      e.meeting = date;
      e.cancelled_meeting = date;
      e.due_before = RecordedDue::meeting(date);
      e.due_after = m.now_due ? RecordedDue::meeting(*m.now_due) : RecordedDue::none();
      store.save_event(m.action_id, e);
    }
  });
  return moved;
}

}  // namespace tracker::app
