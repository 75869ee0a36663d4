// The store's saves for issue 13's choices: an action left out of the schedule and put back, a
// commitment closed and reopened, and which meetings' agendas are imported; on a real database.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "app/minutes_to_store.h"
#include "app/commitments.h"
#include "app/reporting.h"
#include "core/errors.h"
#include "store/store.h"
#include "test_helpers.h"
#include "view_helpers.h"

using namespace tracker;

namespace {

const char* kMinutes =
    "SCRUTINY BOARD\nTuesday, 2nd March, 2021\n\n12. CHILDREN'S CENTRES REVIEW\n\n"
    "The Head of Early Help attended the meeting to present the report.\n"
    "The Head of Early Help advised that the attendance figures would be circulated to members.\n\n"
    "Resolved:-\n(1) That the report be noted.\n(2) That a progress report on the children's centres review be brought to the June 2021 meeting.\n";

Change on(const char* iso, const char* note) { return Change{*parse_iso_day(iso), "Clerk", note}; }

}  // namespace

TEST_CASE("store: leaving an action out is an event of its own, refused twice, and changes no status") {
  test::TempDir dir;
  const std::string path = (dir.path / "t.db").string();
  Store s(path, true);
  s.import_minutes(minutes_to_store(test::extract_text(kMinutes)), sha256_hex(kMinutes), default_config(), false, on("2021-03-10", ""));
  const std::string id = "SB-2021-03-12.2";
  CHECK_THROWS_AS(set_left_out(s, id, true, on("2021-03-11", "")), ChangeRefused);
  set_left_out(s, id, true, on("2021-03-11", "Reported elsewhere"));
  CHECK_THROWS_AS(set_left_out(s, id, true, on("2021-03-12", "again")), ChangeRefused);
  set_left_out(s, id, false, on("2021-03-20", "Back on the list"));
  const Action a = s.action(id);
  REQUIRE(a.events.size() == 3);
  CHECK(a.events[1].kind == EventKind::not_reported);
  CHECK(a.events[1].note == "Reported elsewhere");
  CHECK(a.events[1].who == "Clerk");
  CHECK(a.events[2].kind == EventKind::reported);
  CHECK(a.status == Status::open);
  CHECK(left_out_as_of(reporting_choices(a), *parse_iso_day("2021-03-15")));
  CHECK_FALSE(left_out_as_of(reporting_choices(a)));
  CHECK_THROWS_AS(set_left_out(s, "SB-2021-03-99.1", true, on("2021-03-11", "x")), StoreError);
}

TEST_CASE("store: a commitment's changes are kept, in order, and cannot be rewritten") {
  test::TempDir dir;
  const std::string path = (dir.path / "t.db").string();
  Store s(path, true);
  s.import_minutes(minutes_to_store(test::extract_text(kMinutes)), sha256_hex(kMinutes), default_config(), false, on("2021-03-10", ""));
  const auto list = s.commitments(std::nullopt);
  REQUIRE(list.size() == 1);
  CHECK(list[0].text == "The Head of Early Help advised that the attendance figures would be circulated to members.");
  const int64_t n = list[0].number;
  change_commitment(s, n, CommitmentState::closed, on("2021-03-15", "Circulated"));
  CHECK_THROWS_AS(change_commitment(s, n, CommitmentState::closed, on("2021-03-16", "twice")), CommitmentChangeRefused);
  change_commitment(s, n, CommitmentState::open, on("2021-03-16", ""));
  const CommitmentView c = s.commitment(n).value();
  REQUIRE(c.history.size() == 2);
  CHECK(c.history[0].sets == CommitmentState::closed);
  CHECK(c.history[0].note == "Circulated");
  CHECK(commitment_state(c, *parse_iso_day("2021-03-15")) == CommitmentState::closed);
  CHECK(commitment_state(c, std::nullopt) == CommitmentState::open);
  CHECK_FALSE(s.commitment(n + 100));
  const std::string unknown = "no commitment has the number " + std::to_string(n + 100) + " (see 'tracker commitment list --all')";
  CHECK_THROWS_WITH_AS(change_commitment(s, n + 100, CommitmentState::closed, on("2021-03-16", "done")), doctest::Contains(unknown.c_str()), InputError);
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  CHECK_THROWS_WITH(db.exec("UPDATE commitment_event SET note = 'x'"), doctest::Contains("cannot be changed"));
  CHECK_THROWS_WITH(db.exec("DELETE FROM commitment_event"), doctest::Contains("cannot be deleted"));
  // Minutes are no agenda: no meeting of the Scrutiny Board has one imported.
  CHECK(s.meetings_with_agenda("Scrutiny Board", *parse_iso_day("2021-12-31")).empty());
}
