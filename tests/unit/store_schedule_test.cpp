// store: a council's monitoring schedule taken in (rows matched to the actions they record, their
// entries added once), actions entered by hand, and the committee's further-action words.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "app/minutes_to_store.h"
#include "app/hand_changes.h"
#include "core/errors.h"
#include "store/store.h"
#include "test_helpers.h"
#include "view_helpers.h"

using namespace tracker;

namespace {

struct TempDb {
  test::TempDir dir;
  std::string path = (dir.path / "t.db").string();
};

Day day(const char* iso) { return *parse_iso_day(iso); }

const char* kMinutes =
    "SCRUTINY BOARD\nTuesday, 2nd March, 2021\n\n12. CHILDREN'S CENTRES REVIEW\n\n"
    "The Head of Early Help attended the meeting to present the report.\n\n"
    "Resolved:-\n(1) That the report be noted.\n(2) That a progress report on the children's centres review be brought to the June 2021 meeting.\n";

CouncilScheduleUpdate entry(CouncilUpdateKind kind, const char* text, const char* iso = nullptr, const char* to = "") {
  CouncilScheduleUpdate u;
  u.kind = kind;
  u.text = text;
  if (iso) u.date = day(iso);
  u.transferred_to = to;
  return u;
}

// A schedule as a spreadsheet export gives it: no meeting of its own, only rows.
Extraction schedule(const char* file, std::vector<CouncilScheduleRow> rows) {
  Extraction x;
  x.file = file;
  x.meeting.committee = "Scrutiny Board";
  x.schedule_rows = std::move(rows);
  return x;
}

// The minutes' clause (2), retyped by the council, chased once, with an entry it did not date.
CouncilScheduleRow centres_row() {
  CouncilScheduleRow row;
  row.line = 2;
  row.decided_on = day("2021-03-02");
  row.item = "Children's Centres Review";
  row.recommendation = "That a progress report on the Children's Centres review be brought to the June 2021 meeting";
  row.updates = {entry(CouncilUpdateKind::note, "Report being drafted"), entry(CouncilUpdateKind::chase, "Chased 1 April", "2021-04-01")};
  row.further_action = "Panel to consider in June.";
  return row;
}

struct Fixture {
  TempDb t;
  Store s{t.path, true};
  Config config = default_config();
  Change change{day("2021-04-20"), "test", ""};
  Fixture() { s.import_minutes(minutes_to_store(test::extract_text(kMinutes)), sha256_hex(kMinutes), config, false, change); }
  ImportResult take(const Extraction& x, const char* bytes) { return s.import_minutes(minutes_to_store(x), sha256_hex(bytes), config, false, change); }
  size_t actions() { return s.actions({}).size(); }
};

}  // namespace

TEST_CASE("store schedule: a row that is an action tracked from minutes gets the row's entries, not a second action") {
  Fixture f;
  const ImportResult r = f.take(schedule("schedule.csv", {centres_row()}), "one");
  CHECK(r.schedule_rows == 1);
  CHECK(r.schedule_matched == 1);
  CHECK(r.schedule_added == 0);
  CHECK(f.actions() == 1);
  const Action a = f.s.action("SB-2021-03-12.2");
  CHECK(a.origin == "minutes");
  CHECK(a.further == "Panel to consider in June.");
  REQUIRE(a.events.size() == 4);  // created, the undated note, the chase, the further-action words
  CHECK(a.events[1].kind == EventKind::updated);
  CHECK(a.events[1].note == "Report being drafted");
  CHECK(a.events[1].date == test::iso_day("2021-04-01"));  // known by the chase written after it
  CHECK(a.events[1].taken_from == "schedule.csv");
  CHECK(a.events[2].kind == EventKind::chased);
  CHECK(a.events[2].note == "Chased 1 April");
  CHECK(a.events[3].further == std::optional<std::string>("Panel to consider in June."));
  CHECK(a.events[3].further_before.empty());
  CHECK(a.events[0].taken_from.empty());  // the minutes' own event
}

TEST_CASE("store schedule: the same table again, from another file, changes nothing, and a new entry alone is added") {
  Fixture f;
  f.take(schedule("october.csv", {centres_row()}), "october");
  SQLite::Database db(f.t.path, SQLite::OPEN_READONLY);
  const int events = db.execAndGet("SELECT count(*) FROM event").getInt();
  const ImportResult again = f.take(schedule("november.csv", {centres_row()}), "november");
  CHECK(again.schedule_unchanged == 1);
  CHECK(again.schedule_matched == 0);
  CHECK(db.execAndGet("SELECT count(*) FROM event").getInt() == events);

  CouncilScheduleRow later = centres_row();
  later.updates.push_back(entry(CouncilUpdateKind::chase, "chased 1 april.", "2021-04-01"));  // retyped: the same entry
  later.updates.push_back(entry(CouncilUpdateKind::chase, "Chased 3 May", "2021-05-03"));
  const ImportResult december = f.take(schedule("december.csv", {later}), "december");
  CHECK(december.schedule_matched == 1);
  CHECK(db.execAndGet("SELECT count(*) FROM event").getInt() == events + 1);
  CHECK(f.s.action("SB-2021-03-12.2").chase_count == 2);
}

TEST_CASE("store schedule: a row no minutes hold is a new action taken from the schedule, tied to its decision meeting") {
  Fixture f;
  CouncilScheduleRow row;
  row.line = 5;
  row.decided_on = day("2021-01-12");
  row.item = "Liquid Logic";
  row.recommendation = "That an update be provided on the Liquid Logic case management system.";
  row.owner = "Head of Service";
  row.due_on = day("2021-06-30");
  row.due_text = "30/06/2021";
  row.further = {entry(CouncilUpdateKind::transfer, "Action transferred to Sub and Project Group tracker.", nullptr,
                       "Sub and Project Group tracker")};
  row.further_action = "Action transferred to Sub and Project Group tracker.";
  CouncilScheduleRow undated = row;
  undated.decided_on.reset();
  undated.decided_on_text = "TBC";
  const ImportResult r = f.take(schedule("schedule.csv", {row, undated}), "rows");
  CHECK(r.schedule_added == 1);
  CHECK(r.schedule_skipped == 1);
  const Action a = f.s.action("SB-2021-01-S1");
  CHECK(a.origin == "schedule");
  CHECK(a.item_title == "Liquid Logic");
  CHECK(a.owner == "Head of Service");
  CHECK(test::iso_of(a.due) == "2021-06-30");
  CHECK(a.status == Status::transferred);
  CHECK(a.source_file == "schedule.csv");
  REQUIRE(a.events.size() >= 2);
  CHECK(a.events[1].kind == EventKind::transferred);
  CHECK(a.events[1].transferred_to == "Sub and Project Group tracker");
  const std::vector<MeetingView> meetings = f.s.meetings(std::nullopt);
  CHECK(std::any_of(meetings.begin(), meetings.end(), [](const MeetingView& m) { return m.date == test::iso_day("2021-01-12") && m.state == MeetingState::held; }));
  // The decision meeting's minutes, imported later, do not take the schedule's clause for one of theirs.
  const char* january = "SCRUTINY BOARD\nTuesday, 12th January, 2021\n\n3. BUDGET\n\nResolved:-\nThat the report be noted.\n";
  const ImportResult minutes = f.s.import_minutes(minutes_to_store(test::extract_text(january)), sha256_hex(january), f.config, false, f.change);
  CHECK(minutes.clauses_gone == 0);
  CHECK(f.s.action("SB-2021-01-S1").events.size() == a.events.size());
}

TEST_CASE("store hand: an action entered by hand has its own ID, origin and creator, and app/hand_changes refuses an unknown committee and a day with no meeting") {
  Fixture f;
  HandAction h;
  h.committee = "SB";
  h.decided = day("2021-03-02");
  h.text = "That the Chair write to the Minister.";
  h.owner = "Chair";
  h.due = ActionDue::in_month(date::year{2021} / date::month{7});
  const Change by{day("2021-04-20"), "Governance Advisor", "agreed at the meeting, missing from the minutes"};
  const std::string id = add_action_by_hand(f.s, h, by, f.config).id;
  CHECK(id == "SB-2021-03-H1");
  const Action a = f.s.action(id);
  CHECK(a.origin == "hand");
  CHECK(a.source_file.empty());
  CHECK(test::iso_of(a.due) == "2021-07");
  REQUIRE(a.events.size() == 1);
  CHECK(a.events[0].kind == EventKind::created);
  CHECK(a.events[0].who == "Governance Advisor");
  CHECK(a.events[0].note == "agreed at the meeting, missing from the minutes");
  CHECK(add_action_by_hand(f.s, h, by, f.config).id == "SB-2021-03-H2");
  h.due = ActionDue::meeting(day("2021-03-03"));  // the board met on the 2nd
  CHECK_THROWS_WITH_AS(add_action_by_hand(f.s, h, by, f.config), doctest::Contains("Scrutiny Board has no meeting on 3 March 2021: give the day of one"),
                       InputError);
  h.due = ActionDue::meeting(day("2021-03-02"));
  CHECK(add_action_by_hand(f.s, h, by, f.config).id == "SB-2021-03-H3");
  h.committee = "Planning Board";
  CHECK_THROWS_WITH_AS(add_action_by_hand(f.s, h, by, f.config), doctest::Contains("no committee is called 'Planning Board'"), InputError);
  h.committee = "SB";
  h.text = "  ";
  CHECK_THROWS_WITH_AS(add_action_by_hand(f.s, h, by, f.config), doctest::Contains("an action needs the words that were decided"), InputError);
  CHECK_THROWS_AS(f.s.action("SB-2021-03-H4"), StoreError);  // nothing refused was saved
}

TEST_CASE("store further: the committee's words are set by hand, the event keeps those they replace, and app/hand_changes refuses the same words again") {
  Fixture f;
  set_further_action(f.s, "SB-2021-03-12.2", "Invite the Cabinet Member", Change{day("2021-04-21"), "Chair", "agreed in the meeting"});
  set_further_action(f.s, "SB-2021-03-12.2", "Invite the Cabinet Member and the Head of Service", Change{day("2021-05-01"), "Chair", ""});
  const Action a = f.s.action("SB-2021-03-12.2");
  CHECK(a.further == "Invite the Cabinet Member and the Head of Service");
  REQUIRE(a.events.size() == 3);
  CHECK(a.events[2].further_before == "Invite the Cabinet Member");
  CHECK_THROWS_WITH_AS(set_further_action(f.s, "SB-2021-03-12.2", "Invite the Cabinet Member and the Head of Service", f.change),
                       doctest::Contains("SB-2021-03-12.2 already has these further-action words"), InputError);
  CHECK(f.s.action("SB-2021-03-12.2").events.size() == 3);  // nothing saved
  // The schedule's own words, imported after a person changed them, do not undo the change when they are the ones set before.
  CouncilScheduleRow row = centres_row();
  row.further_action = "Invite the Cabinet Member";
  f.take(schedule("old.csv", {row}), "old");
  CHECK(f.s.action("SB-2021-03-12.2").further == "Invite the Cabinet Member and the Head of Service");
}
