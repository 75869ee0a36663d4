// store: migrations, the append-only history, statuses from events, matching.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <filesystem>

#include "app/minutes_to_store.h"
#include "app/lifecycle_commands.h"
#include "core/errors.h"
#include "store/store.h"
#include "store/store_internal.h"
#include "board_fixture.h"
#include "test_helpers.h"
#include "view_helpers.h"

using namespace tracker;

namespace {

// A database file in a temporary folder of its own.
struct TempDb {
  test::TempDir dir;
  std::string path = (dir.path / "t.db").string();
};

const char* kMinutes =
    "SCRUTINY BOARD\nTuesday, 2nd March, 2021\n\n12. CHILDREN'S CENTRES REVIEW\n\n"
    "The Head of Early Help attended the meeting to present the report.\n\n"
    "Resolved:-\n(1) That the report be noted.\n(2) That a progress report on the children's centres review be brought to the June 2021 meeting.\n";

Extraction extract(const char* text) { return test::extract_text(text); }

}  // namespace

TEST_CASE("store: sha256 of known inputs") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_CASE("store: a new database is at the latest schema version and refuses a newer one") {
  TempDb t;
  { Store s(t.path, true); }
  {
    SQLite::Database db(t.path, SQLite::OPEN_READWRITE);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == store::kMigrations[store::kMigrationCount - 1].version);
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
    db.exec("PRAGMA user_version = 999");
  }
  CHECK_THROWS_WITH_AS(Store(t.path, false), doctest::Contains("newer than this tracker"), StoreError);
}

TEST_CASE("store: a missing database is not created unless asked") {
  TempDb t;
  CHECK_THROWS_WITH_AS(Store(t.path, false), doctest::Contains("tracker init"), StoreError);
  CHECK_FALSE(std::filesystem::exists(t.path));
}

TEST_CASE("store: import, then the history cannot be changed behind the tool's back") {
  TempDb t;
  Store s(t.path, true);
  const Config config = default_config();
  const Extraction x = extract(kMinutes);
  const ImportResult r = s.import_minutes(minutes_to_store(x), sha256_hex(kMinutes), config, false, Change{*parse_iso_day("2021-03-10"), "test", ""});
  CHECK(r.actions_added == 1);
  CHECK(r.clauses_added == 2);
  const Action a = s.action("SB-2021-03-12.2");
  CHECK(a.owner == "Head of Early Help");
  CHECK(a.owner_basis == "presenter");
  CHECK(test::iso_of(a.due) == "2021-06");
  CHECK((a.due && a.due->precision == DuePrecision::month));
  CHECK(a.status == Status::open);
  REQUIRE(a.events.size() == 1);
  CHECK(a.events[0].kind == EventKind::created);
  CHECK(a.events[0].date == test::iso_day("2021-03-02"));

  SQLite::Database db(t.path, SQLite::OPEN_READWRITE);
  CHECK_THROWS_WITH(db.exec("UPDATE event SET note = 'x'"), doctest::Contains("cannot be changed"));
  CHECK_THROWS_WITH(db.exec("DELETE FROM event"), doctest::Contains("cannot be deleted"));
}

// A new database, and what an import on 10 March 2021 is made with.
struct Importing {
  TempDb t;
  Store s{t.path, true};
  Config config = default_config();
  Change change{*parse_iso_day("2021-03-10"), "test", ""};
};

TEST_CASE("store: minutes that no longer make a clause an action record it as a typed fact, with no words in the note") {
  Importing f;
  auto& [t, s, config, change] = f;
  s.import_minutes(minutes_to_store(extract(kMinutes)), sha256_hex(kMinutes), config, false, change);
  const std::string corrected = std::string(kMinutes).replace(std::string(kMinutes).find("(2) That a progress report"), std::string::npos,
                                                                "(2) That the progress report be noted.\n");
  s.import_minutes(minutes_to_store(extract(corrected.c_str())), sha256_hex(corrected), config, false, change);
  const Action a = s.action("SB-2021-03-12.2");
  REQUIRE(a.events.size() == 2);
  CHECK(a.events[1].kind == EventKind::updated);
  CHECK(a.events[1].note.empty());
  CHECK_FALSE(a.events[1].legacy_note);
  CHECK(a.events[1].reimport_changed == "untracked");
  CHECK(a.events[1].imported_from == "test.txt");
}

TEST_CASE("store: minutes that take up an action entered by hand record both IDs as facts, with no words in the note") {
  Importing f;
  auto& [t, s, config, change] = f;
  const char* january = "SCRUTINY BOARD\nTuesday, 12th January, 2021\n\n3. BUDGET\n\nResolved:-\nThat the report be noted.\n";
  s.import_minutes(minutes_to_store(extract(january)), sha256_hex(january), config, false, change);  // the board is known
  HandAction h;
  h.committee = "Scrutiny Board";
  h.decided = *parse_iso_day("2021-03-02");
  h.text = "That a progress report on the children's centres review be brought to the June 2021 meeting.";
  CHECK(s.add_action(h, change, config) == "SB-2021-03-H1");
  const ImportResult r = s.import_minutes(minutes_to_store(extract(kMinutes)), sha256_hex(kMinutes), config, false, change);
  CHECK(r.actions_added == 0);
  const Action a = s.action("SB-2021-03-12.2");
  CHECK(a.origin == "minutes");
  REQUIRE(a.events.size() == 2);
  const ActionEvent& taken_up = a.events[0].kind == EventKind::created ? a.events[1] : a.events[0];  // dated the meeting's day, before the entry by hand
  CHECK(taken_up.kind == EventKind::updated);
  CHECK(taken_up.note.empty());
  CHECK(taken_up.id_before == "SB-2021-03-H1");
  CHECK(taken_up.id_after == "SB-2021-03-12.2");
  CHECK(taken_up.imported_from == "test.txt");
}

TEST_CASE("store: the same bytes twice are one document") {
  TempDb t;
  Store s(t.path, true);
  const Config config = default_config();
  const Extraction x = extract(kMinutes);
  const Change change{*parse_iso_day("2021-03-10"), "test", ""};
  s.import_minutes(minutes_to_store(x), sha256_hex(kMinutes), config, false, change);
  CHECK(s.imported_as(sha256_hex(kMinutes)).has_value());
  const ImportResult again = s.import_minutes(minutes_to_store(x), sha256_hex(kMinutes), config, false, change);
  CHECK(again.unchanged_file);
  CHECK(again.actions_added == 0);
}

TEST_CASE("store: a month's meeting resolves once the calendar knows it, and moves when it is cancelled") {
  TempDb t;
  Store s(t.path, true);
  const Config config = default_config();
  const Change change{*parse_iso_day("2021-03-10"), "test", "room unavailable"};
  s.import_minutes(minutes_to_store(extract(kMinutes)), sha256_hex(kMinutes), config, false, change);
  s.add_meeting("Scrutiny Board", *parse_iso_day("2021-06-15"), change, config);
  CHECK(test::iso_of(s.action("SB-2021-03-12.2").due) == "2021-06-15");
  s.add_meeting("SB", *parse_iso_day("2021-07-20"), change, config);
  const auto moved = app::cancel_meeting(s, "Scrutiny Board", *parse_iso_day("2021-06-15"), change);
  REQUIRE(moved.size() == 1);
  const Action a = s.action("SB-2021-03-12.2");
  CHECK(test::iso_of(a.due) == "2021-07-20");
  CHECK(a.reschedule_count == 1);
  CHECK_THROWS_WITH_AS(app::cancel_meeting(s, "Scrutiny Board", *parse_iso_day("2021-06-15"), change), doctest::Contains("already cancelled"),
                       StoreError);
}


TEST_CASE("store: a version-6 database keeps its English notes - read as before, marked as older words") {
  TempDb t;
  {
    SQLite::Database db(t.path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (int k = 0; k < store::kMigrationCount && store::kMigrations[k].version <= 6; ++k) db.exec(store::kMigrations[k].sql);
    db.exec("PRAGMA user_version = 6");
    db.exec(
        "INSERT INTO committee VALUES (1, 'Improving Lives Select Commission', 'ILSC');"
        "INSERT INTO document (id, path, sha256, imported_at, committee_id, meeting_date) VALUES (1, '001.txt', 'abc', '2020-10-13', 1, '2020-09-22');"
        "INSERT INTO meeting (id, committee_id, date, state, source) VALUES (1, 1, '2020-09-22', 'held', 'minutes');"
        "INSERT INTO meeting (id, committee_id, date, state, source, cancel_reason, cancelled_on) "
        "  VALUES (2, 1, '2020-12-15', 'cancelled', 'tracker.toml', 'December meeting cancelled', '2020-11-20');"
        "INSERT INTO meeting (id, committee_id, date, state, source) VALUES (3, 1, '2021-01-26', 'planned', 'tracker.toml');"
        "INSERT INTO clause (id, meeting_id, clause_key, label, text, kind, document_id, line) "
        "  VALUES (1, 1, '95.2', '2', 'That a further progress report be brought to the December 2020 meeting.', 'action', 1, 151);"
        "INSERT INTO action (id, public_id, clause_id, committee_id, decision_date, kind, owner, due_month, due_meeting_id, status) "
        "  VALUES (1, 'ILSC-2020-09-95.2', 1, 1, '2020-09-22', 'action', 'Governance Advisor', '2020-12', 3, 'open');"
        "INSERT INTO event (action_id, kind, date, note, who, meeting_id, status, auto_key) "
        "  VALUES (1, 'created', '2020-09-22', 'from 001.txt, line 151', 'import', 1, 'open', 'created');"
        "INSERT INTO event (action_id, kind, date, note, who) VALUES (1, 'chased', '2020-10-01', 'chased', 'Governance Advisor');"
        "INSERT INTO event (action_id, kind, date, note, who) VALUES (1, 'updated', '2020-10-02', 'owner '''' -> ''Governance Advisor''', 'Governance Advisor');"
        "INSERT INTO event (action_id, kind, date, note, who, meeting_id, due_before_precision, due_before) VALUES (1, 'rescheduled', '2020-11-20', "
        "  'the 15 December 2020 meeting was cancelled (December meeting cancelled); now due at the 26 January 2021 meeting', "
        "  'Governance Advisor', 2, 'meeting', '2020-12-15');");
  }
  Store s(t.path, false);  // upgraded to the latest version
  const Action a = s.action("ILSC-2020-09-95.2");
  REQUIRE(a.events.size() == 4);
  for (const ActionEvent& e : a.events) CHECK(e.legacy_note);
  CHECK(a.events[0].note == "from 001.txt, line 151");
  CHECK(a.events[2].note == "owner '' -> 'Governance Advisor'");
  CHECK(a.events[3].meeting == test::iso_day("2020-12-15"));
  CHECK(a.reschedule_count == 1);
  CHECK(a.chase_count == 1);
  // An event written after the upgrade carries its facts, not English.
  app::chase_action(s, a.id, Change{*parse_iso_day("2020-12-01"), "Governance Advisor", ""});
  const Action now = s.action(a.id);
  CHECK_FALSE(now.events.back().legacy_note);
  CHECK(now.events.back().note.empty());
}

TEST_CASE("store: a history read up to a day keeps of what came later only what moved the due") {
  test::BoardDatabase board;  // its action due at the 15 June 2021 meeting
  Store& s = board.store;
  app::chase_action(s, test::kBoardAction, test::by_hand("2021-04-01", "asked by mail"));
  app::cancel_meeting(s, "Scrutiny Board", *parse_iso_day("2021-06-15"), test::by_hand("2021-05-20", "room unavailable"));
  app::chase_action(s, test::kBoardAction, test::by_hand("2021-06-01", "asked again"));
  ActionFilter filter;
  filter.history_until = *parse_iso_day("2021-04-30");
  const auto read = s.actions(filter);
  const auto a = std::find_if(read.begin(), read.end(), [](const Action& x) { return x.id == test::kBoardAction; });
  REQUIRE(a != read.end());
  // Created and the first chase by 30 April; after it the move (which says what the due was),
  // not the second chase.
  CHECK(a->events.size() == 3);
  CHECK(a->chase_count == 1);
  CHECK(a->reschedule_count == 1);
  CHECK(s.action(test::kBoardAction).events.size() == 4);  // one action's whole history
}
