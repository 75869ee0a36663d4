// app/minutes_to_store: an extraction in the store's terms, and app/adopt_quotes: which quoted
// resolutions may be adopted, decided before the store saves anything.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/adopt_quotes.h"
#include "app/minutes_to_store.h"
#include "core/errors.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

const char* kMinutes =
    "SCRUTINY BOARD\nTuesday, 2nd March, 2021\n\n12. CHILDREN'S CENTRES REVIEW\n\n"
    "The Head of Early Help attended the meeting to present the report.\n\n"
    "Resolved:-\n(1) That the report be noted.\n(2) That a progress report on the children's centres review be brought to the June 2021 meeting.\n";

const std::string kPack = fenmoor_pack();  // three quoted resolutions, each known only by its month

bool has_word(const std::string& words, const std::string& word) {
  return (" " + words + " ").find(" " + word + " ") != std::string::npos;
}

}  // namespace

TEST_CASE("minutes to store: the meeting, its items and clauses with kind, owner, due, place and the words matched on") {
  const Extraction x = extract_text(kMinutes);
  const MinutesToStore m = minutes_to_store(x, {"page 1, line 9", "page 1, line 10"});
  CHECK(m.file == "test.txt");
  CHECK(m.committee == "Scrutiny Board");
  REQUIRE(m.meeting);
  CHECK(format_day(*m.meeting) == "2021-03-02");
  REQUIRE(m.items.size() == 1);
  CHECK(m.items[0].number == std::optional<std::string>("12"));
  CHECK(m.items[0].title == x.items[0].title);
  CHECK(has_word(m.items[0].words, "centre"));
  REQUIRE(m.clauses.size() == 2);
  const ClauseToStore& noted = m.clauses[0];
  CHECK(noted.kind == ClauseKind::noting);
  CHECK_FALSE(noted.tracked());
  CHECK(noted.location == "page 1, line 9");
  const ClauseToStore& report = m.clauses[1];
  CHECK(report.item == 0);
  CHECK(report.label == std::optional<std::string>("2"));
  CHECK(report.kind == ClauseKind::action);
  CHECK(report.tracked());
  CHECK(report.line == x.resolutions[1].clause.line);
  CHECK(report.location == "page 1, line 10");
  REQUIRE(report.owner);
  CHECK(report.owner->name == "Head of Early Help");
  CHECK(report.owner->basis == OwnerBasis::presenter);
  CHECK(report.owner->names == std::vector<std::string>{"Head of Early Help"});
  REQUIRE(report.due);
  CHECK(report.due->text == x.resolutions[1].due->text);
  REQUIRE(report.due->month);
  CHECK(format_month(*report.due->month) == "2021-06");
  CHECK_FALSE(report.due->meeting_from);
  CHECK_FALSE(report.due->deadline);
  // The committee's own name is in every title and clause: it is left out of the words matched on.
  CHECK(has_word(report.words, "centre"));
  CHECK_FALSE(has_word(report.words, "scrutiny"));
  CHECK_FALSE(has_word(report.words, "board"));
  CHECK(report.comes_back);  // "be brought to the June 2021 meeting"
  // Without locations (plain text), the line says where a clause is.
  CHECK(minutes_to_store(x).clauses[1].location.empty());
}

TEST_CASE("minutes to store: a schedule row knows the day of the part it stands in, and the people its owner stands for") {
  Extraction x = extract_text(kMinutes);
  DocumentPart part;
  part.begin_line = 20;
  part.end_line = 40;
  part.date = *parse_iso_day("2021-02-23");
  x.parts.push_back(part);
  CouncilScheduleRow in_part, outside;
  in_part.line = 25;
  in_part.owner = "Chair and Vice-Chair";
  outside.line = 50;
  x.schedule_rows = {in_part, outside};
  const MinutesToStore m = minutes_to_store(x);
  REQUIRE(m.schedule_rows.size() == 2);
  REQUIRE(m.schedule_rows[0].updated);
  CHECK(format_day(*m.schedule_rows[0].updated) == "2021-02-23");
  CHECK(m.schedule_rows[0].owner_names == std::vector<std::string>{"Chair", "Vice-Chair"});
  CHECK_FALSE(m.schedule_rows[1].updated);  // the store falls back on the meeting's day
  CHECK(m.schedule_rows[1].owner_names.empty());
}

TEST_CASE("minutes to store: quoted resolutions with the body, month and item that made them") {
  const Extraction x = extract_text(kPack);
  const QuotesToStore q = quotes_to_store(x);
  CHECK(q.file == "test.txt");
  REQUIRE(q.quotes.size() == 3);
  CHECK(q.quotes[0].committee == "Cabinet");
  REQUIRE(q.quotes[0].month);
  CHECK(format_month(*q.quotes[0].month) == "2024-06");
  CHECK_FALSE(q.quotes[0].day);
  CHECK(q.quotes[0].item == "Dental access");
  CHECK(q.quotes[0].clause.text == "That the Panel review the recovery plan.");
  CHECK(q.quotes[0].clause.kind == x.quoted_resolutions[0].resolution.kind);
  CHECK(q.quotes[2].clause.text == "That the ICB attend with it.");
}

TEST_CASE("adopt quotes: a number that is none, or a quote that cannot be adopted, refuses the change and saves nothing") {
  TempDir dir;
  Store store((dir.path / "t.db").string(), true);
  const Config config = default_config();
  const Change change{*parse_iso_day("2024-10-10"), "Governance Advisor", ""};
  const Extraction x = extract_text(kPack);
  const std::string sha = sha256_hex(kPack);
  store.import_minutes(minutes_to_store(x), sha, config, false, change);
  const size_t actions = store.actions({}).size();
  const std::vector<QuotedStanding> standing = quoted_standing(store, x, sha);
  REQUIRE(standing.size() == 3);
  // Known only by its month, with no meeting of that body in the calendar then: the store finds
  // no meeting, and the application says why that stops it.
  CHECK_FALSE(standing[0].meeting);
  CHECK(standing[0].committee == "Cabinet");
  CHECK(standing[0].cannot.find("the quote gives only the month (June 2024) and the calendar has no single meeting of Cabinet in it") == 0);
  CHECK(standing[2].committee == "Fenmoor Health Scrutiny Panel");
  CHECK(store.quoted_standing(quotes_to_store(x), sha)[0].cannot.empty());  // the store does not decide it
  CHECK_THROWS_WITH_AS(adopt_quoted(store, x, sha, {4}, config, change),
                       doctest::Contains("test.txt: it quotes 3 resolution(s); there is no number 4"), InputError);
  CHECK_THROWS_WITH_AS(adopt_quoted(store, x, sha, {1}, config, change), doctest::Contains("quoted resolution 1 cannot be adopted: the quote gives only the month"),
                       InputError);
  const AdoptResult none = adopt_quoted(store, x, sha, {}, config, change);  // every one that can be: none
  CHECK(none.adopted.empty());
  CHECK(store.actions({}).size() == actions);
}
