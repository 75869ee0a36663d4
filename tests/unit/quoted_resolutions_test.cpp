// Resolutions an agenda pack quotes from earlier meetings, in the shapes several councils give
// them. The fixtures are written for these tests; each expectation is read off the fixture.
#include <doctest/doctest.h>

#include "core/calendar_date.h"
#include "core/text.h"
#include "extract/quoted_resolutions.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

const std::vector<std::string> kWords = {"Resolved", "RESOLVED", "Agreed"};
const Day kContext = date::year{2024} / 10 / 1;

std::string day_of(const std::optional<Day>& d) { return d ? format_day(*d) : "none"; }
std::string month_of(const std::optional<Month>& m) { return m ? format_month(*m) : "none"; }

}  // namespace

TEST_CASE("quoted resolutions: the meeting a quote names in words") {
  SUBCASE("a body and a month") {
    auto p = read_provenance(" at OSMB July 2019 That an update be provided", kContext);
    REQUIRE(p);
    CHECK(p->meeting.body == "OSMB");
    CHECK(month_of(p->meeting.month) == "2019-07");
    CHECK(!p->meeting.day);
    CHECK(std::string_view(" at OSMB July 2019 That an update be provided").substr(p->end).substr(0, 4) == "That");
  }
  SUBCASE("a body, then the month after 'in'") {
    auto p = read_provenance(" at Cabinet in June 2020 that the panel monitor it", kContext);
    REQUIRE(p);
    CHECK(p->meeting.body == "Cabinet");
    CHECK(month_of(p->meeting.month) == "2020-06");
  }
  SUBCASE("a month alone, with or without 'in', and a separator") {
    auto in = read_provenance(" in September 2019 That a report be submitted", kContext);
    REQUIRE(in);
    CHECK(in->meeting.body.empty());
    CHECK(month_of(in->meeting.month) == "2019-09");
    auto bare = read_provenance(" June 2020: That the methods be reviewed", kContext);
    REQUIRE(bare);
    CHECK(month_of(bare->meeting.month) == "2020-06");
  }
  SUBCASE("a day, in figures or in words") {
    auto figures = read_provenance(" on 30/04/19 - To scrutinise the milestones", kContext);
    REQUIRE(figures);
    CHECK(day_of(figures->meeting.day) == "2019-04-30");
    auto words = read_provenance(" at its meeting on 12 March 2024, that the Director report back", kContext);
    REQUIRE(words);
    CHECK(words->meeting.body.empty());
    CHECK(day_of(words->meeting.day) == "2024-03-12");
    auto board = read_provenance(" by the Health and Wellbeing Board on 4 May 2023: That the plan be refreshed", kContext);
    REQUIRE(board);
    CHECK(board->meeting.body == "Health and Wellbeing Board");
    CHECK(day_of(board->meeting.day) == "2023-05-04");
  }
  SUBCASE("'at the June 2020 meeting' names a meeting, not a body") {
    auto p = read_provenance(" at June 2020 meeting to receive a progress report", kContext);
    REQUIRE(p);
    CHECK(p->meeting.body.empty());
    CHECK(month_of(p->meeting.month) == "2020-06");
  }
  SUBCASE("an ordinary label says no meeting") {
    CHECK(!read_provenance(": - 1) That the report be noted.", kContext));
    CHECK(!read_provenance(" that the report be noted.", kContext));
    CHECK(!read_provenance(" unanimously to approve the plan", kContext));
  }
}

TEST_CASE("quoted resolutions: a quote is rewritten as a plain label with its meeting kept") {
  auto minute = rewrite_quote("Minute 45 (12 March 2024): RESOLVED that the Director of Place report back in six months.", kWords, kContext);
  REQUIRE(minute);
  CHECK(minute->text == "Resolved: that the Director of Place report back in six months.");
  CHECK(day_of(minute->meeting.day) == "2024-03-12");
  auto osmb = rewrite_quote("Resolved at OSMB July 2019 That an update be provided.", kWords, kContext);
  REQUIRE(osmb);
  CHECK(osmb->text == "Resolved: That an update be provided.");
  CHECK(osmb->meeting.body == "OSMB");
  // Not quotes: the label of the minutes themselves, and a sentence about a resolution.
  CHECK(!rewrite_quote("Resolved: - 1) That the report be noted.", kWords, kContext));
  CHECK(!rewrite_quote("Resolved in June 2020 was the plan, as members recalled.", kWords, kContext));
  CHECK(!rewrite_quote("Minute 45 was read.", kWords, kContext));
}

TEST_CASE("quoted resolutions: entries of a list of previous resolutions") {
  auto dated = rewrite_list_entry("12 March 2024 (minute 45): That the Director of Place report back in six months.", kContext);
  REQUIRE(dated);
  CHECK(dated->text == "Resolved: That the Director of Place report back in six months.");
  CHECK(dated->meeting.body.empty());
  CHECK(day_of(dated->meeting.day) == "2024-03-12");
  auto body = rewrite_list_entry("Cabinet, 4 April 2024 \xE2\x80\x93 That the fees policy be consulted on.", kContext);
  REQUIRE(body);
  CHECK(body->meeting.body == "Cabinet");
  CHECK(day_of(body->meeting.day) == "2024-04-04");
  CHECK(!rewrite_list_entry("Members discussed the fees policy at length.", kContext));
  CHECK(!rewrite_list_entry("4 April 2024: the fees policy was consulted on.", kContext));
}

TEST_CASE("quoted resolutions: comparable words ignore case, punctuation and dashes") {
  CHECK(comparable_words("That the Report be noted.") == comparable_words("that the report be  noted"));
  CHECK(comparable_words("Re-referrals \xE2\x80\x93 Progress report") == comparable_words("Re-referrals - Progress report"));
  CHECK(comparable_words("That the report be noted.") != comparable_words("That the update be noted."));
}

TEST_CASE("quoted resolutions: a pack's items pending, each with the body and month it names") {
  // Council A: minutes, then a work programme whose pending items quote older resolutions.
  const Extraction x = extract_text(fenmoor_pack());
  REQUIRE(x.resolutions.size() == 1);
  CHECK(x.resolutions[0].clause.text == "That the report be noted.");
  REQUIRE(x.quoted_resolutions.size() == 3);
  const auto& cabinet = x.quoted_resolutions[0];
  CHECK(cabinet.committee == "Cabinet");
  CHECK(month_of(cabinet.month) == "2024-06");
  CHECK(!cabinet.day);
  CHECK(cabinet.item == "Dental access");
  CHECK(cabinet.resolution.clause.text == "That the Panel review the recovery plan.");  // not the status cell after it
  // Two "That"s without numbers are two clauses; the note after them is not a resolution.
  CHECK(x.quoted_resolutions[1].resolution.clause.text == "That a report be brought on stroke rehabilitation.");
  CHECK(x.quoted_resolutions[2].resolution.clause.text == "That the ICB attend with it.");
  CHECK(x.quoted_resolutions[2].committee == x.meeting.committee);
  CHECK(month_of(x.quoted_resolutions[2].month) == "2024-03");
}

TEST_CASE("quoted resolutions: an action log's minute numbers and a list of previous resolutions") {
  // Council B: an agenda pack whose work programme carries an action log and a list.
  const Extraction x = extract_text(text_of({
      "NORTHBRIDGE PLACE SCRUTINY COMMITTEE",
      "Thursday, 10th October, 2024",
      "",
      "Present:- Councillor Ames (in the Chair); Councillors Bell and Cole.",
      "",
      "31. HOUSING REPAIRS",
      "",
      "RESOLVED that the update be noted.",
      "",
      "Work Programme 2024/25 UPDATED: 2 OCTOBER 2024",
      "",
      "Meeting Date\tItem\tNotes",
      "14 November\tHousing repairs\tMinute 45 (12 March 2024): RESOLVED that the Director of Place report back in six months.",
      "",
      "Previous resolutions",
      "",
      "- 12 March 2024 (minute 46): That the Committee visit the repairs depot.",
      "- 4 April 2024, Cabinet \xE2\x80\x93 That the fees policy be consulted on.",
  }));
  // ("Cabinet, 4 April 2024" at the start of a line is read as a meeting's heading, which
  // starts a part of its own: document_parts' business, not the quote's.)
  REQUIRE(x.resolutions.size() == 1);
  REQUIRE(x.quoted_resolutions.size() == 3);
  const auto& minute = x.quoted_resolutions[0];
  CHECK(minute.resolution.clause.text == "that the Director of Place report back in six months.");
  CHECK(day_of(minute.day) == "2024-03-12");  // the minute's date, not the row's 14 November
  CHECK(minute.committee == x.meeting.committee);
  CHECK(minute.resolution.tracked());
  CHECK(x.quoted_resolutions[1].resolution.clause.text == "That the Committee visit the repairs depot.");
  CHECK(day_of(x.quoted_resolutions[1].day) == "2024-03-12");
  CHECK(x.quoted_resolutions[2].committee == "Cabinet");
  CHECK(day_of(x.quoted_resolutions[2].day) == "2024-04-04");
}

TEST_CASE("quoted resolutions: a quote said again further on in words is listed once") {
  const Extraction x = extract_text(text_of({
      "IMPROVING LIVES SELECT COMMISSION",
      "Tuesday, 22nd September, 2020",
      "",
      "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis and Atkin.",
      "",
      "97. WORK PROGRAMME 2020/21",
      "",
      "Resolved: -",
      "1) That the Work Programme be updated as discussed.",
      "",
      "Work programme \xE2\x80\x93 Improving Lives Select Commission UPDATED: 13 OCTOBER 2020",
      "",
      "Meeting Date\tAgenda Item\tPurpose/ Outcomes\tRecommendations",
      "16 June\tPerformance Monitoring\tTo agree a method.\tResolved: - 1) That the report be noted. 2) That the revised methods be "
      "reviewed at the June 2021 meeting.",
      "\tProject group updates\tAn update.\tResolved: - 1) That the report be noted.",
      "",
      "Items pending schedule or removal",
      "Item\tDetails\tStatus",
      "Performance Monitoring\tResolved June 2020: That the revised methods be reviewed at the June 2021 meeting.\tTo be scheduled",
  }));
  // "That the report be noted." twice at one meeting, under two items: both kept; the pending
  // item's copy of clause 2 (June 2020 is the 16 June meeting of the calendar) is not.
  REQUIRE(x.quoted_resolutions.size() == 3);
  CHECK(x.quoted_resolutions[0].item == "Performance Monitoring");
  CHECK(x.quoted_resolutions[2].item == "Project group updates");
  for (const auto& q : x.quoted_resolutions) CHECK(day_of(q.day) == "2020-06-16");
}
