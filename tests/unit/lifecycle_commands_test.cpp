// app/lifecycle_commands: each command by hand on a database of its own, each refusal, and the
// typed event each one saves (its note only what the person wrote).
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "app/minutes_to_store.h"
#include "app/lifecycle_commands.h"
#include "core/errors.h"
#include "domain/lifecycle.h"
#include "report/event_lines.h"
#include "board_fixture.h"
#include "test_helpers.h"
#include "view_helpers.h"

using namespace tracker;

namespace {

using test::by_hand;
const char* kAction = test::kBoardAction;

Day day(const char* iso) { return *parse_iso_day(iso); }

// The minutes of test::BoardDatabase imported, with meetings on 15 June and 20 July 2021.
struct Tracker : test::BoardDatabase {
  Action action(const char* id = kAction) { return store.action(id); }
  const ActionEvent& last(const char* id = kAction) {
    held = store.action(id);
    return held.events.back();
  }
  Action held;
};

Refusal refusal_of(const std::function<void()>& change) {
  try {
    change();
  } catch (const ChangeRefused& e) {
    return e.refused().why;
  }
  FAIL("the change was not refused");
  return Refusal::nothing_to_change;
}

}  // namespace

TEST_CASE("lifecycle commands: update sets the owner, the due and the status, each a typed fact of one event") {
  Tracker t;
  REQUIRE(test::iso_of(t.action().due) == "2021-06-15");
  app::update_action(t.store, kAction, by_hand("2021-04-01"), {std::nullopt, std::string("Director of Place"), std::nullopt});
  Action a = t.action();
  CHECK(a.owner == "Director of Place");
  ActionEvent e = a.events.back();
  CHECK(e.kind == EventKind::updated);
  CHECK(e.note.empty());
  CHECK(e.owner_before == std::optional<std::string>("Head of Early Help"));
  CHECK(e.owner_after == std::optional<std::string>("Director of Place"));
  CHECK(public_line(e, a.committee).empty());

  app::update_action(t.store, kAction, by_hand("2021-04-02", "Report delayed"), {std::nullopt, std::nullopt, ActionDue::meeting(day("2021-07-20"))});
  a = t.action();
  CHECK(test::iso_of(a.due) == "2021-07-20");
  e = a.events.back();
  CHECK(e.kind == EventKind::rescheduled);  // it was due at a meeting
  CHECK(e.note == "Report delayed");
  REQUIRE(e.due_before);
  CHECK(*e.due_before == RecordedDue::meeting(day("2021-06-15")));
  REQUIRE(e.due_after);
  CHECK(*e.due_after == RecordedDue::meeting(day("2021-07-20")));
  CHECK(public_line(e, a.committee) == "Due moved to the 20 July 2021 meeting: Report delayed");

  app::update_action(t.store, kAction, by_hand("2021-04-03", "Briefing arranged"), {Status::scheduled, std::nullopt, std::nullopt});
  e = t.last();
  CHECK(e.kind == EventKind::scheduled);
  CHECK(e.sets == Status::scheduled);
  CHECK(e.status_before == Status::open);
  CHECK(t.action().status == Status::scheduled);
}

TEST_CASE("lifecycle commands: update refuses nothing to change, the same status or owner, a finish without a reason and a day with no meeting") {
  Tracker t;
  CHECK(refusal_of([&] { app::update_action(t.store, kAction, by_hand("2021-04-01"), {}); }) == Refusal::nothing_to_change);
  CHECK(refusal_of([&] { app::update_action(t.store, kAction, by_hand("2021-04-01"), {Status::open, std::nullopt, std::nullopt}); }) ==
        Refusal::already_in_status);
  CHECK(refusal_of([&] { app::update_action(t.store, kAction, by_hand("2021-04-01"), {Status::dropped, std::nullopt, std::nullopt}); }) ==
        Refusal::reason_needed);
  CHECK(refusal_of([&] {
          app::update_action(t.store, kAction, by_hand("2021-04-01"), {std::nullopt, std::string("Head of Early Help"), std::nullopt});
        }) == Refusal::same_owner);
  CHECK(refusal_of([&] {
          app::update_action(t.store, kAction, by_hand("2021-04-01"), {std::nullopt, std::nullopt, ActionDue::meeting(day("2021-06-16"))});
        }) == Refusal::no_meeting_that_day);
  CHECK(t.action().events.size() == 1);  // nothing saved
  CHECK_THROWS_AS(app::update_action(t.store, "SB-1999-01-1.1", by_hand("2021-04-01", "x"), {}), StoreError);
}

TEST_CASE("lifecycle commands: a chase is saved with the person's note alone - refused once closed or delivered") {
  Tracker t;
  app::chase_action(t.store, kAction, by_hand("2021-04-01"));
  CHECK(t.last().kind == EventKind::chased);
  CHECK(t.last().note.empty());
  CHECK(public_line(t.last(), "Scrutiny Board") == "Chased 1 April 2021");
  app::update_action(t.store, kAction, by_hand("2021-04-02", "Taken up at the briefing"), {Status::delivered, std::nullopt, std::nullopt});
  CHECK(refusal_of([&] { app::chase_action(t.store, kAction, by_hand("2021-04-03")); }) == Refusal::delivered_nothing_to_chase);
  app::close_action(t.store, kAction, by_hand("2021-04-04", "Done"));
  CHECK(refusal_of([&] { app::chase_action(t.store, kAction, by_hand("2021-04-05")); }) == Refusal::finished_nothing_to_chase);
}

TEST_CASE("lifecycle commands: close needs a reason, and is refused when closed, transferred or dropped") {
  Tracker t;
  CHECK(refusal_of([&] { app::close_action(t.store, kAction, by_hand("2021-04-01")); }) == Refusal::reason_needed);
  app::close_action(t.store, kAction, by_hand("2021-05-04", "Report received"));
  CHECK(t.action().status == Status::closed);
  CHECK(public_line(t.last(), "Scrutiny Board") == "Completed 4 May 2021: Report received");
  CHECK(refusal_of([&] { app::close_action(t.store, kAction, by_hand("2021-05-05", "again")); }) == Refusal::already_in_status);
  Tracker u;
  app::transfer_action(u.store, kAction, "Sub and Project Group tracker", by_hand("2021-04-01", "One off review"));
  CHECK(refusal_of([&] { app::close_action(u.store, kAction, by_hand("2021-04-02", "x")); }) == Refusal::finished_reopen_first);
}

TEST_CASE("lifecycle commands: transfer needs where to and why, once") {
  Tracker t;
  CHECK(refusal_of([&] { app::transfer_action(t.store, kAction, "", by_hand("2021-04-01", "why")); }) == Refusal::destination_needed);
  CHECK(refusal_of([&] { app::transfer_action(t.store, kAction, "Sub and Project Group tracker", by_hand("2021-04-01")); }) ==
        Refusal::reason_needed);
  app::transfer_action(t.store, kAction, "Sub and Project Group tracker", by_hand("2021-04-01", "One off review being arranged"));
  CHECK(t.action().status == Status::transferred);
  CHECK(t.last().transferred_to == "Sub and Project Group tracker");
  CHECK(t.last().note == "One off review being arranged");
  CHECK(refusal_of([&] { app::transfer_action(t.store, kAction, "Elsewhere", by_hand("2021-04-02", "why")); }) == Refusal::already_in_status);
}

TEST_CASE("lifecycle commands: a response only for a recommendation, a rejection needs reasons and closes it") {
  Tracker t;
  std::string recommendation;
  for (const Action& a : t.store.actions({}))
    if (a.kind == ClauseKind::recommendation) recommendation = a.id;
  REQUIRE_FALSE(recommendation.empty());
  CHECK(refusal_of([&] { app::record_response(t.store, kAction, Response::accepted, by_hand("2021-04-01"), std::nullopt); }) ==
        Refusal::not_a_recommendation);
  CHECK(refusal_of([&] { app::record_response(t.store, recommendation, Response::rejected, by_hand("2021-04-01"), std::string("Cabinet")); }) ==
        Refusal::rejection_needs_reason);
  app::record_response(t.store, recommendation, Response::rejected, by_hand("2021-04-01", "Funding not available"), std::string("Cabinet"));
  const Action a = t.store.action(recommendation);
  CHECK(a.status == Status::closed);
  CHECK(a.response == Response::rejected);
  const ActionEvent& e = a.events.back();
  CHECK(e.response == Response::rejected);
  CHECK(e.response_by == "Cabinet");
  CHECK(e.note == "Funding not available");
  CHECK(public_line(e, a.committee) == "Rejected by Cabinet 1 April 2021: Funding not available");
}

TEST_CASE("lifecycle commands: a status changed back corrects the change - the public history shows neither") {
  Tracker t;
  app::update_action(t.store, kAction, by_hand("2021-04-01", "Report seen"), {Status::delivered, std::nullopt, std::nullopt});
  const int64_t delivered = t.last().sequence;
  app::update_action(t.store, kAction, by_hand("2021-04-02", "Delivered by mistake"), {Status::open, std::nullopt, std::nullopt});
  const Action a = t.action();
  CHECK(a.status == Status::open);
  CHECK(a.events.back().corrects == delivered);
  CHECK(public_history(a.events, a.committee).empty());
  CHECK(internal_detail(a.events.back(), &a.events) == "Delivered by mistake (status delivered to open; corrects the delivered event of 2021-04-01)");
  // A closing later is not a correction: it stays in the public history.
  app::close_action(t.store, kAction, by_hand("2021-05-04", "Report received"));
  CHECK(t.last().corrects == 0);
  CHECK(public_history(t.action().events, a.committee) == std::vector<std::string>{"Completed 4 May 2021: Report received"});
}

TEST_CASE("lifecycle commands: a match accepted makes its event - rejected afterwards, a correction puts the status back") {
  Tracker t;
  {
    SQLite::Database db(t.path, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO match_proposal (action_id, meeting_id, title, kind, score) SELECT a.id, m.id, 'Children''s centres - update', "
            "'delivered', 0.6 FROM action a, meeting m WHERE a.public_id = 'SB-2021-03-12.2' AND m.date = '2021-06-15'");
  }
  const int proposal = t.store.matches(false).at(0).id;
  app::decide_match(t.store, proposal, true, by_hand("2021-06-20", "the update took it up"));
  Action a = t.action();
  CHECK(a.status == Status::delivered);
  const ActionEvent accepted = a.events.back();
  CHECK(accepted.kind == EventKind::delivered);
  CHECK(accepted.matched_title == "Children's centres - update");
  CHECK(accepted.note == "the update took it up");
  CHECK(public_line(accepted, a.committee) == "Considered at the 15 June 2021 meeting: the update took it up");
  CHECK_THROWS_WITH_AS(app::decide_match(t.store, proposal, true, by_hand("2021-06-21")), doctest::Contains("already accepted"), StoreError);

  app::decide_match(t.store, proposal, false, by_hand("2021-06-22", "a different report"));
  a = t.action();
  CHECK(a.status == Status::open);
  CHECK(a.events.back().corrects == accepted.sequence);
  CHECK(public_history(a.events, a.committee).empty());
  CHECK(t.store.match(proposal)->state == "rejected");
  CHECK_THROWS_WITH_AS(app::decide_match(t.store, 999, true, by_hand("2021-06-21")), doctest::Contains("no proposed match"), StoreError);
}

TEST_CASE("lifecycle commands: a match is refused on a transferred action") {
  Tracker t;
  {
    SQLite::Database db(t.path, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO match_proposal (action_id, meeting_id, title, kind, score) SELECT a.id, m.id, 'Centres', 'delivered', 0.6 "
            "FROM action a, meeting m WHERE a.public_id = 'SB-2021-03-12.2' AND m.date = '2021-06-15'");
  }
  app::transfer_action(t.store, kAction, "Sub and Project Group tracker", by_hand("2021-04-01", "One off review"));
  const int proposal = t.store.matches(true).at(0).id;
  CHECK(refusal_of([&] { app::decide_match(t.store, proposal, true, by_hand("2021-06-20")); }) == Refusal::finished_match);
  CHECK(t.store.match(proposal)->state == "proposed");  // nothing saved
}

TEST_CASE("lifecycle commands: a meeting cancelled with a reason moves what was due there, each with a typed event") {
  Tracker t;
  CHECK_THROWS_AS(app::cancel_meeting(t.store, "Scrutiny Board", day("2021-06-15"), by_hand("2021-05-01")), ReasonNeeded);
  const auto moved = app::cancel_meeting(t.store, "Scrutiny Board", day("2021-06-15"), by_hand("2021-05-01", "room unavailable"));
  REQUIRE(moved.size() == 1);
  CHECK(moved[0].action_id == kAction);
  CHECK(moved[0].now_due == test::iso_day("2021-07-20"));
  const Action a = t.action();
  CHECK(test::iso_of(a.due) == "2021-07-20");
  const ActionEvent& e = a.events.back();
  CHECK(e.kind == EventKind::rescheduled);
  CHECK(e.note == "room unavailable");
  CHECK(e.cancelled_meeting == test::iso_day("2021-06-15"));
  CHECK(e.meeting == test::iso_day("2021-06-15"));
  CHECK(public_line(e, a.committee) == "Due moved to the 20 July 2021 meeting: the 15 June 2021 meeting was cancelled");
  CHECK_THROWS_WITH_AS(app::cancel_meeting(t.store, "Scrutiny Board", day("2021-06-15"), by_hand("2021-05-02", "again")),
                       doctest::Contains("already cancelled"), StoreError);
  CHECK_THROWS_WITH_AS(app::cancel_meeting(t.store, "Scrutiny Board", day("2021-06-16"), by_hand("2021-05-02", "why")),
                       doctest::Contains("no meeting on"), StoreError);
  CHECK_THROWS_WITH_AS(app::cancel_meeting(t.store, "SB", day("2021-03-02"), by_hand("2021-05-02", "why")), doctest::Contains("was held"),
                       StoreError);
  CHECK_THROWS_WITH_AS(app::cancel_meeting(t.store, "Nobody", day("2021-07-20"), by_hand("2021-05-02", "why")),
                       doctest::Contains("no committee called 'Nobody'"), StoreError);
}
