// read: a spreadsheet saved as CSV, each record a table row.
#include <doctest/doctest.h>

#include <string>

#include "core/errors.h"
#include "read/csv_reader.h"
#include "read/source_text.h"

using namespace tracker;

TEST_CASE("read: CSV records become table rows, a cell's line breaks kept as <br>") {
  const SourceText s = read_csv("s.csv",
                                "\xEF\xBB\xBF" "Decision Date,Recommendation,Progress update\r\n"
                                "03/03/20,\"That a briefing, with figures, be sent.\",\"Chased 17 June\r\nChased 6 July\"\r\n"
                                ",,\r\n"
                                "04/03/20,\"That the \"\"Clean Streets\"\" leaflet be sent.\",\tDone\t\r\n");
  REQUIRE(s.line_count() == 3);
  CHECK(s.kind == DocumentKind::csv);
  CHECK(s.line(1) == "Decision Date\tRecommendation\tProgress update");
  CHECK(s.line(2) == "03/03/20\tThat a briefing, with figures, be sent.\tChased 17 June <br> Chased 6 July");
  CHECK(s.line(3) == "04/03/20\tThat the \"Clean Streets\" leaflet be sent.\tDone");  // the empty record is left out
  CHECK(describe_location(s, 3) == "row 4");
}

TEST_CASE("read: CSV with semicolons, as Excel writes it where the comma is the decimal mark") {
  const SourceText s = read_csv("s.csv", "Date;Recommendation;Cost\n1/2/24;That it be bought;1,50\n");
  REQUIRE(s.line_count() == 2);
  CHECK(s.line(2) == "1/2/24\tThat it be bought\t1,50");
}

TEST_CASE("read: a bad CSV is refused with the file named") {
  CHECK_THROWS_WITH_AS(read_csv("s.csv", "a,\"b\nc\n"), "s.csv: a quoted cell that starts on line 1 is never closed", InputError);
  CHECK_THROWS_WITH_AS(read_csv("s.csv", "caf\xe9,1\n"), "s.csv: is not valid UTF-8 text; save the spreadsheet as CSV UTF-8", InputError);
  CHECK_THROWS_WITH_AS(read_csv("s.csv", ",,\n\n"), "s.csv: is empty", InputError);
}
