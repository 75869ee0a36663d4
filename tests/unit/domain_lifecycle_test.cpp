// domain/lifecycle: an action's status folded from its events on a given day, and the changes a
// person may make. In memory: no database, no binary.
#include <doctest/doctest.h>

#include "domain/lifecycle.h"

using namespace tracker;

namespace {

Day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }

// Events in the order they were recorded: the sequence is their position.
struct History {
  std::vector<Event> events;
  History& by_person(EventKind kind, Day on, std::optional<Status> sets = std::nullopt) {
    events.push_back({kind, on, sets, false, static_cast<int64_t>(events.size())});
    return *this;
  }
  History& by_tool(EventKind kind, Day on, std::optional<Status> sets) {
    events.push_back({kind, on, sets, true, static_cast<int64_t>(events.size())});
    return *this;
  }
  Status status(std::optional<Day> as_of = std::nullopt) const { return status_as_of(events, as_of); }
};

History created(Day on) { return History{}.by_tool(EventKind::created, on, Status::open); }

}  // namespace

TEST_CASE("lifecycle: the tool moves an action forward along open, scheduled, delivered") {
  History h = created(day(2020, 1, 14));
  CHECK(h.status() == Status::open);
  h.by_tool(EventKind::scheduled, day(2020, 2, 20), Status::scheduled);
  CHECK(h.status() == Status::scheduled);
  h.by_tool(EventKind::delivered, day(2020, 3, 3), Status::delivered);
  CHECK(h.status() == Status::delivered);
  // A later listing does not take a delivered action back to scheduled.
  h.by_tool(EventKind::scheduled, day(2020, 4, 1), Status::scheduled);
  CHECK(h.status() == Status::delivered);
}

TEST_CASE("lifecycle: events of one day apply in the order the work happens") {
  // Imported in the other order, a listing and a delivery of the same day still end delivered.
  History h = created(day(2020, 1, 14));
  h.by_tool(EventKind::delivered, day(2020, 3, 3), Status::delivered);
  h.by_tool(EventKind::scheduled, day(2020, 3, 3), Status::scheduled);
  CHECK(h.status() == Status::delivered);
}

TEST_CASE("lifecycle: a person's decision stands against the tool until a person reopens it") {
  History h = created(day(2020, 1, 14));
  h.by_person(EventKind::closed, day(2020, 2, 1), Status::closed);
  h.by_tool(EventKind::delivered, day(2020, 3, 3), Status::delivered);
  CHECK(h.status() == Status::closed);
  h.by_person(EventKind::reopened, day(2020, 4, 1), Status::open);
  CHECK(h.status() == Status::open);
  h.by_tool(EventKind::scheduled, day(2020, 5, 1), Status::scheduled);
  CHECK(h.status() == Status::scheduled);
}

TEST_CASE("lifecycle: a person's events of one day keep the order they were recorded in") {
  History h = created(day(2020, 1, 14));
  h.by_person(EventKind::closed, day(2020, 2, 1), Status::closed);
  h.by_person(EventKind::reopened, day(2020, 2, 1), Status::open);
  CHECK(h.status() == Status::open);
}

TEST_CASE("lifecycle: as of a day, later events are not seen") {
  History h = created(day(2019, 5, 1));
  h.by_tool(EventKind::scheduled, day(2019, 9, 1), Status::scheduled);
  h.by_person(EventKind::closed, day(2020, 6, 1), Status::closed);
  CHECK(h.status() == Status::closed);
  CHECK(h.status(day(2020, 5, 31)) == Status::scheduled);
  CHECK(h.status(day(2020, 6, 1)) == Status::closed);  // the end of the day: its own events count
  CHECK(h.status(day(2019, 6, 1)) == Status::open);
  CHECK(h.status(day(2019, 4, 1)) == Status::open);    // before it was made: nothing has happened
}

TEST_CASE("lifecycle: events that set no status leave it alone") {
  History h = created(day(2020, 1, 14));
  h.by_person(EventKind::chased, day(2020, 2, 1));
  h.by_person(EventKind::updated, day(2020, 2, 2));
  CHECK(h.status() == Status::open);
}

TEST_CASE("lifecycle: live and finished statuses") {
  CHECK(is_live(Status::open));
  CHECK(is_live(Status::scheduled));
  CHECK_FALSE(is_live(Status::delivered));
  CHECK_FALSE(is_live(Status::closed));
  CHECK(is_finished(Status::closed));
  CHECK(is_finished(Status::transferred));
  CHECK(is_finished(Status::dropped));
  CHECK_FALSE(is_finished(Status::delivered));
}

TEST_CASE("lifecycle: setting a status by hand") {
  CHECK(refuse_status_change(Status::open, Status::open, true)->why == Refusal::already_in_status);
  CHECK(refuse_status_change(Status::open, Status::closed, false)->why == Refusal::reason_needed);
  CHECK(refuse_status_change(Status::open, Status::dropped, false)->wanted == Status::dropped);
  CHECK_FALSE(refuse_status_change(Status::open, Status::closed, true));
  CHECK_FALSE(refuse_status_change(Status::open, Status::delivered, false));  // no reason needed to mark it delivered
  CHECK(event_for_status_change(Status::closed, Status::open) == EventKind::reopened);
  CHECK(event_for_status_change(Status::transferred, Status::scheduled) == EventKind::reopened);
  CHECK(event_for_status_change(Status::open, Status::closed) == EventKind::closed);
  CHECK(event_for_status_change(Status::open, Status::delivered) == EventKind::delivered);
  CHECK(event_for_status_change(Status::scheduled, Status::open) == EventKind::updated);
}

TEST_CASE("lifecycle: chasing, closing and transferring") {
  CHECK_FALSE(refuse_chase(Status::open));
  CHECK_FALSE(refuse_chase(Status::scheduled));
  CHECK(refuse_chase(Status::delivered)->why == Refusal::delivered_nothing_to_chase);
  CHECK(refuse_chase(Status::dropped)->why == Refusal::finished_nothing_to_chase);
  CHECK(refuse_close(Status::open, false)->why == Refusal::reason_needed);
  CHECK(refuse_close(Status::closed, true)->why == Refusal::already_in_status);
  CHECK(refuse_close(Status::transferred, true)->why == Refusal::finished_reopen_first);
  CHECK_FALSE(refuse_close(Status::delivered, true));
  CHECK(refuse_transfer(Status::open, false, true)->why == Refusal::destination_needed);
  CHECK(refuse_transfer(Status::open, true, false)->why == Refusal::reason_needed);
  CHECK(refuse_transfer(Status::closed, true, true)->why == Refusal::already_in_status);
  CHECK_FALSE(refuse_transfer(Status::scheduled, true, true));
}

TEST_CASE("lifecycle: accepting a match does not overwrite a person's decision") {
  CHECK(refuse_match(Status::transferred)->why == Refusal::finished_match);
  CHECK(refuse_match(Status::closed)->why == Refusal::finished_match);
  CHECK_FALSE(refuse_match(Status::open));
  CHECK_FALSE(refuse_match(Status::scheduled));
}

TEST_CASE("lifecycle: responses to recommendations") {
  CHECK(refuse_response(Status::open, false, Response::accepted, true)->why == Refusal::not_a_recommendation);
  CHECK(refuse_response(Status::open, true, Response::rejected, false)->why == Refusal::rejection_needs_reason);
  CHECK_FALSE(refuse_response(Status::open, true, Response::rejected, true));
  CHECK_FALSE(refuse_response(Status::open, true, Response::accepted, false));
  // A rejected recommendation has nothing left to do: it is closed, not chased for ever.
  CHECK(status_after_response(Response::rejected) == Status::closed);
  CHECK_FALSE(status_after_response(Response::accepted));
  CHECK_FALSE(status_after_response(Response::partially_accepted));
  History h = created(day(2020, 9, 22));
  h.by_person(EventKind::responded, day(2020, 11, 1), status_after_response(Response::rejected));
  CHECK(h.status() == Status::closed);
  CHECK(h.status(day(2020, 10, 31)) == Status::open);
}

TEST_CASE("lifecycle: a due set by hand on a meeting's day must be a day the committee meets") {
  const std::vector<Day> meetings = {day(2020, 12, 15), day(2021, 1, 26)};
  CHECK_FALSE(refuse_due(Status::open, ActionDue::meeting(day(2020, 12, 15)), meetings));
  const auto refused = refuse_due(Status::open, ActionDue::meeting(day(2020, 12, 16)), meetings);
  REQUIRE(refused);
  CHECK(refused->why == Refusal::no_meeting_that_day);
  CHECK(refused->day == day(2020, 12, 16));
  CHECK_FALSE(refuse_due(Status::open, ActionDue::in_month(date::year{2021} / date::month{3}), meetings));
  CHECK_FALSE(refuse_due(Status::open, ActionDue::deadline(day(2020, 12, 16)), meetings));
}

TEST_CASE("lifecycle: a refused change carries its reason as a value") {
  try {
    throw_if_refused("ILSC-2020-01-50.3", refuse_close(Status::closed, true));
    FAIL("not refused");
  } catch (const ChangeRefused& e) {
    CHECK(e.action_id() == "ILSC-2020-01-50.3");
    CHECK(e.refused().why == Refusal::already_in_status);
    CHECK(e.refused().status == Status::closed);
  }
  CHECK_NOTHROW(throw_if_refused("X", std::nullopt));
}

TEST_CASE("lifecycle: the last change of status, and which changes by a person correct it") {
  History h = created(day(2020, 9, 22));
  CHECK_FALSE(last_status_change(h.events));  // created open: nothing changed it
  h.by_tool(EventKind::scheduled, day(2020, 10, 13), Status::scheduled).by_person(EventKind::delivered, day(2020, 11, 2), Status::delivered);
  const auto last = last_status_change(h.events);
  REQUIRE(last);
  CHECK(last->sequence == 2);
  CHECK(last->before == Status::scheduled);
  CHECK(last->after == Status::delivered);
  CHECK(corrects_last_change(*last, Status::delivered, Status::scheduled));  // back to what it was
  CHECK(corrects_last_change(*last, Status::delivered, Status::open));       // reopened after a delivery
  CHECK_FALSE(corrects_last_change(*last, Status::delivered, Status::closed));
  // A listing after a person's decision does not change the status, so it is not the last change.
  History closed = created(day(2020, 9, 22));
  closed.by_person(EventKind::closed, day(2020, 10, 1), Status::closed).by_tool(EventKind::scheduled, day(2020, 10, 13), Status::scheduled);
  const auto close = last_status_change(closed.events);
  REQUIRE(close);
  CHECK(close->sequence == 1);
  CHECK(corrects_last_change(*close, Status::closed, Status::open));
  CHECK_FALSE(corrects_last_change(*close, Status::closed, Status::transferred));
}
