#pragma once
// The lifecycle's commands by hand (update, chase, close, transfer, respond, decide a match,
// cancel a meeting). Each reads the action and its events from the store, asks the domain
// (domain/lifecycle.h) whether the change is allowed, builds the typed event, and has the store
// save it: all in one write transaction. A refused change throws ChangeRefused (the command
// line words it); the store only saves.
#include <optional>
#include <string>
#include <vector>

#include "domain/action_due.h"
#include "domain/lifecycle_types.h"
#include "store/store.h"

namespace tracker::app {

struct UpdateRequest {
  std::optional<Status> status;
  std::optional<std::string> owner;
  std::optional<ActionDue> due;
};

void update_action(Store& store, const std::string& id, const Change& change, const UpdateRequest& request);
void chase_action(Store& store, const std::string& id, const Change& change);
void close_action(Store& store, const std::string& id, const Change& change);
void transfer_action(Store& store, const std::string& id, const std::string& to, const Change& change);
// change.note: the body's reasons; change.date: when the response was received.
void record_response(Store& store, const std::string& id, Response response, const Change& change, const std::optional<std::string>& by);
// Accepting a proposal makes its event; rejecting one already accepted undoes that event (a
// correction). Throws StoreError for a number that is no proposal, or one already so decided.
void decide_match(Store& store, int proposal, bool accept, const Change& change);
// change.note: why (required: ReasonNeeded without one).
std::vector<MovedByCancellation> cancel_meeting(Store& store, const std::string& committee, Day date, const Change& change);

}  // namespace tracker::app
