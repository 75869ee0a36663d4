// parse: the items of a meeting, numbered or not.
#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "parse/minutes.h"
#include "read/source_text.h"

#include "test_helpers.h"

using namespace tracker;
using tracker::test::text_of;

namespace {

struct Items {
  CleanLines lines;
  std::vector<MinuteItem> items;
};

// The items of the first minutes part, with the built-in truncation markers.
Items items_of(const std::string& text) {
  const SourceText source = source_text_from_bytes("test.txt", text);
  Items out;
  out.lines = clean_all(source.lines);
  Furniture furniture;
  const auto parts = find_document_parts(out.lines, {}, furniture);
  for (size_t k = 0; k < parts.size(); ++k) {
    if (parts[k].kind != PartKind::minutes) continue;
    out.items = find_items(out.lines, parts[k], static_cast<int>(k), default_vocabulary().truncation_markers);
    break;
  }
  return out;
}

std::string number_of(const MinuteItem& item) { return item.number ? *item.number : "none"; }

}  // namespace

TEST_CASE("items: numbered Markdown headings") {
  const Items x = items_of(text_of({
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020",     // 1
      "",                                                                    // 2
      "Present:- Councillor Jarvis (Vice-Chair in the Chair); Councillors Beaumont and Elliot",  // 3
      "",                                                                    // 4
      "# 43. MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019",      // 5
      "",                                                                    // 6
      "**Resolved:** - That the Minutes be approved as correct record of proceedings.",  // 7
      "",                                                                    // 8
      "### 44. DECLARATIONS OF INTEREST",                                    // 9
      "",                                                                    // 10
      "Councillor Buckley declared a non-pecuniary personal interest in agenda item 7.",  // 11
      "",                                                                    // 12
      "## 48. 2019 EDUCATION PERFORMANCE OUTCOMES",                          // 13
      "",                                                                    // 14
      "The Assistant Director attended the meeting.",                        // 15
  }));
  REQUIRE(x.items.size() == 3);
  CHECK(number_of(x.items[0]) == "43");
  CHECK(x.items[0].title == "MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019");
  CHECK(x.items[0].line == 5);
  CHECK(x.items[0].end_line == 8);
  CHECK(number_of(x.items[1]) == "44");
  CHECK(x.items[1].line == 9);
  CHECK(x.items[1].end_line == 12);
  CHECK(number_of(x.items[2]) == "48");
  CHECK(x.items[2].title == "2019 EDUCATION PERFORMANCE OUTCOMES");
  CHECK(x.items[2].end_line == 15);
  CHECK(x.items[0].truncated_line == 0);
  CHECK(x.items[0].part == 0);
}

TEST_CASE("items: numbers that go backwards or sit inside text are not items") {
  const Items x = items_of(text_of({
      "IMPROVING LIVES SELECT COMMISSION",
      "Tuesday, 22nd September, 2020",
      "",
      "Present:- Councillor Cusworth (in the Chair).",
      "",
      "90. MINUTES OF THE PREVIOUS MEETING HELD ON 28 JULY 2020",
      "",
      "The figures were discussed at length by members of the Commission and it was",
      "2021. The data would be published.",
      "",
      "3. Members asked about the attendance figures.",
      "",
      "91. DECLARATIONS OF INTEREST",
  }));
  REQUIRE(x.items.size() == 2);
  CHECK(number_of(x.items[0]) == "90");
  CHECK(number_of(x.items[1]) == "91");
}

TEST_CASE("items: ModernGov numbers on a line of their own, with a Minutes: label") {
  const Items x = items_of(text_of({
      "Agenda and minutes",                                                                 // 1
      "",                                                                                   // 2
      "Improving Lives Select Commission - Tuesday 22 July 2025 10.00 a.m.",                // 3
      "",                                                                                   // 4
      "Venue: Town Hall, Moorgate Street, ROTHERHAM. S60 2TH",                              // 5
      "",                                                                                   // 6
      "Items",                                                                              // 7
      "No. Item",                                                                           // 8
      "",                                                                                   // 9
      "10.",                                                                                // 10
      "",                                                                                   // 11
      "Minutes of the Previous Meeting pdf icon PDF 139 KB",                                // 12
      "",                                                                                   // 13
      "To consider and approve the minutes of the previous meeting held on 17 June 2025.",  // 14
      "",                                                                                   // 15
      "Minutes:",                                                                           // 16
      "",                                                                                   // 17
      "Resolved: - That the Minutes of the meeting held on 17 June 2025 be approved.",       // 18
      "",                                                                                   // 19
      "11.",                                                                                // 20
      "",                                                                                   // 21
      "Declarations of Interest",                                                           // 22
      "",                                                                                   // 23
      "Minutes:",                                                                           // 24
      "",                                                                                   // 25
      "There were no declarations of interest.",                                            // 26
  }));
  REQUIRE(x.items.size() == 2);
  CHECK(number_of(x.items[0]) == "10");
  CHECK(x.items[0].title == "Minutes of the Previous Meeting");
  CHECK(x.items[0].line == 10);
  CHECK(x.items[0].end_line == 19);
  CHECK(x.items[0].minuted_from == 17);
  CHECK(number_of(x.items[1]) == "11");
  CHECK(x.items[1].title == "Declarations of Interest");
  CHECK(x.items[1].minuted_from == 25);
}

TEST_CASE("items: unnumbered ModernGov items, and the truncation marker's number") {
  const Items x = items_of(text_of({
      "Agenda and minutes",                                                                         // 1
      "",                                                                                           // 2
      "Improving Lives Select Commission - Tuesday, 11th June, 2019 5.30 p.m.",                     // 3
      "",                                                                                           // 4
      "Venue: Town Hall, Moorgate Street, ROTHERHAM. S60 2TH",                                      // 5
      "",                                                                                           // 6
      "No. Item",                                                                                   // 7
      "",                                                                                           // 8
      "",                                                                                           // 9
      "Declarations of Interest",                                                                   // 10
      "",                                                                                           // 11
      "To receive declarations of interest from Members in respect of items listed on the agenda.",  // 12
      "",                                                                                           // 13
      "",                                                                                           // 14
      "There were no declarations of interest.",                                                    // 15
      "",                                                                                           // 16
      "",                                                                                           // 17
      "Regional Schools Commissioner - Mr. John Edwards",                                           // 18
      "",                                                                                           // 19
      "The Commissioner outlined the role of the Regional Schools Commissioner.",                   // 20
      "",                                                                                           // 21
      "",                                                                                           // 22
      "Clarification was sought on the work underway regionally  ...  view the full minutes text for item 6.",  // 23
      "",                                                                                           // 24
      "",                                                                                           // 25
      "Urgent Business",                                                                            // 26
      "",                                                                                           // 27
      "There was no urgent business.",                                                              // 28
  }));
  REQUIRE(x.items.size() == 3);
  CHECK(number_of(x.items[0]) == "none");
  CHECK(x.items[0].title == "Declarations of Interest");
  CHECK(x.items[0].line == 10);
  CHECK(x.items[0].truncated_line == 0);

  CHECK(x.items[1].title == "Regional Schools Commissioner - Mr. John Edwards");
  CHECK(x.items[1].line == 18);
  CHECK(x.items[1].truncated_line == 23);
  CHECK(number_of(x.items[1]) == "6");  // from "view the full minutes text for item 6"

  CHECK(x.items[2].title == "Urgent Business");
  CHECK(number_of(x.items[2]) == "none");
  CHECK(x.items[2].end_line == 28);
}

TEST_CASE("items: the truncation marker does not renumber a numbered item") {
  const Items x = items_of(text_of({
      "Improving Lives Select Commission - Tuesday 22 July 2025 10.00 a.m.",
      "",
      "14.",
      "",
      "Children's Social Care Performance",
      "",
      "Minutes:",
      "",
      "There was an increase in families engaged  ...  view the full minutes text for item 14.",
      "",
      "15.",
      "",
      "Elective Home Education Policy",
  }));
  REQUIRE(x.items.size() == 2);
  CHECK(number_of(x.items[0]) == "14");
  CHECK(x.items[0].truncated_line == 9);
  CHECK(x.items[0].title == "Children's Social Care Performance");
  CHECK(number_of(x.items[1]) == "15");
}

TEST_CASE("items: a number with a wide gap, in another council's style") {
  const Items x = items_of(text_of({
      "Minutes of the meeting of the Scrutiny Board held on Tuesday, 3 March 2020",
      "",
      "Present: Councillor Smith (Chair), Councillors Jones and Patel",
      "",
      "44  Declarations of interest",
      "",
      "There were no declarations of interest.",
      "",
      "45  Budget monitoring",
      "",
      "The Head of Finance presented the report.",
  }));
  REQUIRE(x.items.size() == 2);
  CHECK(number_of(x.items[0]) == "44");
  CHECK(x.items[0].title == "Declarations of interest");
  CHECK(x.items[0].line == 5);
  CHECK(number_of(x.items[1]) == "45");
  CHECK(x.items[1].title == "Budget monitoring");
}

TEST_CASE("items: an apologies item whose text starts 'Apologies were received' is still an item") {
  const Items x = items_of(text_of({
      "Minutes of the meeting of the Scrutiny Board held on Tuesday, 3 March 2020",
      "",
      "Present: Councillor Smith (Chair), Councillors Jones and Patel",
      "",
      "44  Apologies for absence",
      "",
      "Apologies were received from Councillor Brown.",
      "",
      "45  Declarations of interest",
      "",
      "There were no declarations of interest.",
  }));
  REQUIRE(x.items.size() == 2);
  CHECK(number_of(x.items[0]) == "44");
  CHECK(x.items[0].title == "Apologies for absence");
  CHECK(number_of(x.items[1]) == "45");
}
