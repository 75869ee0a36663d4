#pragma once
// The action lifecycle as pure functions: what an action's events make of its status on a given
// day, and which changes a person may make (a refused change comes back as a Refusal, a value
// the command line puts into words). No database, no clock, no English.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/errors.h"
#include "domain/action_due.h"
#include "domain/lifecycle_types.h"

namespace tracker {

// One thing that happened to an action, as far as its status is concerned.
struct Event {
  EventKind kind = EventKind::created;
  Day date;
  std::optional<Status> sets;  // the status it sets, if it sets one
  bool automatic = false;      // made by the tool (a match), not by a person
  int64_t sequence = 0;        // the order events were recorded in: a person's of one day keep it
};

// Still to be done: the monitoring schedule's and the weekly check's actions.
bool is_live(Status s);
// Decided by a person (closed, transferred, dropped): the tool never moves it on.
bool is_finished(Status s);

// The status the events make, folded in date order, counting only those dated on or before
// `as_of` (all of them without it). The tool's own events only move an action forward along
// open -> scheduled -> delivered; what a person decided stands until a person reopens it.
Status status_as_of(std::vector<Event> events, std::optional<Day> as_of = std::nullopt);

// The last event that changed the status (as status_as_of folds them), with the status before
// and after it: the event a change back would correct. nullopt when none changed it from open.
struct StatusChange {
  int64_t sequence = 0;
  Status before = Status::open, after = Status::open;
};
std::optional<StatusChange> last_status_change(std::vector<Event> events);
// Whether a person's change of status from `now` to `to` undoes `last` (the change that made
// `now`): a change back to the status before it, or a reopening after a delivery. Such a change
// is a correction: the public history shows neither it nor the change it undoes.
bool corrects_last_change(const StatusChange& last, Status now, Status to);

// Why a change is refused. Each names the rule it breaks; Refused adds the statuses involved.
enum class Refusal : uint8_t {
  nothing_to_change,           // no status, owner, due or note given
  already_in_status,           // setting the status it has
  reason_needed,               // closing, dropping or transferring needs a reason
  destination_needed,          // transferring needs where to
  finished_nothing_to_chase,   // closed, transferred or dropped: reopen it first
  delivered_nothing_to_chase,
  finished_reopen_first,       // closing what is transferred or dropped
  not_a_recommendation,        // only recommendations get a response
  rejection_needs_reason,
  finished_match,              // accepting a match would overwrite a person's decision
  same_owner,                  // naming the owner it has
  no_meeting_that_day,         // a due meeting's day on which the committee does not meet
  already_left_out,            // leaving out of the schedule what is already left out
  already_reported,            // reporting again what was never left out
  reporting_reason_needed,     // leaving out or reporting again needs a reason
};
struct Refused {
  Refusal why;
  Status status;                      // the action's status when the change was asked for
  std::optional<Status> wanted = {};  // the status asked for, if any
  std::optional<Day> day = {};        // the day asked for, if the refusal is about one
  std::string detail = {};            // the value asked for, if another (an owner's name)
};

// The event a status change makes, and whether it is refused. `due_moved`: the same change moved
// the action's due meeting (an "updated" becomes "rescheduled").
std::optional<Refused> refuse_status_change(Status from, Status to, bool has_reason);
EventKind event_for_status_change(Status from, Status to);
std::optional<Refused> refuse_chase(Status s);
std::optional<Refused> refuse_close(Status s, bool has_reason);
std::optional<Refused> refuse_transfer(Status s, bool has_destination, bool has_reason);
std::optional<Refused> refuse_match(Status s);
// A due set by hand on a meeting's day must name a day the committee meets (`meetings`: its
// meetings that are not cancelled); a month or a deadline may be any.
std::optional<Refused> refuse_due(Status s, const ActionDue& due, const std::vector<Day>& meetings);
std::optional<Refused> refuse_response(Status s, bool is_recommendation, Response r, bool has_reason);
// The status a response sets: a rejected recommendation has nothing left to do, so it is closed.
std::optional<Status> status_after_response(Response r);

// A change refused: thrown where the change was asked for, put into words once by the command line.
class ChangeRefused : public TrackerError {
 public:
  ChangeRefused(std::string action_id, Refused refused)
      : TrackerError("change refused"), action_id_(std::move(action_id)), refused_(refused) {}
  const std::string& action_id() const { return action_id_; }
  const Refused& refused() const { return refused_; }

 private:
  std::string action_id_;
  Refused refused_;
};
// Throws ChangeRefused when `refused` holds one.
void throw_if_refused(const std::string& action_id, const std::optional<Refused>& refused);

}  // namespace tracker
