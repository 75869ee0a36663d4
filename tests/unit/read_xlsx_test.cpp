// read: an Excel workbook's cells as a person sees them in Excel, each row a table row.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/errors.h"
#include "read/readers.h"
#include "read/source_text.h"
#include "read/xlsx_cells.h"

using namespace tracker;
using namespace tracker::xlsx;

namespace {

std::string path_of(const std::string& relative) { return std::string(TRACKER_SOURCE_DIR) + "/" + relative; }

std::string bytes_of(const std::string& relative) {
  std::ifstream in(path_of(relative), std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string read_error(const std::string& relative) {
  try {
    read_document(relative, bytes_of(relative));
  } catch (const InputError& e) {
    return e.what();
  }
  return "<no error>";
}

}  // namespace

TEST_CASE("read xlsx: a cell reference is its column and row, within Excel's sheet") {
  auto is = [](const char* ref, int column, int row) {
    const auto at = parse_cell_reference(ref);
    REQUIRE(at.has_value());
    CHECK(at->column == column);
    CHECK(at->row == row);
  };
  is("A1", 1, 1);
  is("Z9", 26, 9);
  is("AA10", 27, 10);
  is("AZ3", 52, 3);
  is("BA3", 53, 3);
  is("$B$7", 2, 7);
  is("xfd1048576", 16384, 1048576);
  for (const char* bad : {"", "A", "7", "1A", "A0", "XFE1", "A1048577", "AAAA1", "A1B", "A-1"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_cell_reference(bad).has_value());
  }
  CHECK(parse_column_letters("C") == 3);
  CHECK_FALSE(parse_column_letters("C3").has_value());
}

TEST_CASE("read xlsx: a date serial is the day Excel shows, its 29 February 1900 included") {
  CHECK(date_from_serial(1, false) == "01/01/1900");
  CHECK(date_from_serial(59, false) == "28/02/1900");
  CHECK(date_from_serial(60, false) == "29/02/1900");  // Excel's leap day that never was
  CHECK(date_from_serial(61, false) == "01/03/1900");
  CHECK(date_from_serial(44197, false) == "01/01/2021");
  CHECK(date_from_serial(44362.75, false) == "15/06/2021");  // the time of day is not the date's
  CHECK(date_from_serial(45351, false) == "29/02/2024");
  CHECK(date_from_serial(2958465, false) == "31/12/9999");
  CHECK_FALSE(date_from_serial(2958466, false).has_value());
  CHECK_FALSE(date_from_serial(-1, false).has_value());
  // The 1904 system counts from 1 January 1904, 1462 days after the 1900 system's same serial.
  CHECK(date_from_serial(0, true) == "01/01/1904");
  CHECK(date_from_serial(44197 - 1462, true) == "01/01/2021");
  CHECK(time_from_serial(0.5) == "12:00");
  CHECK(time_from_serial(44197.6041666666666) == "14:30");
  CHECK(time_from_serial(0.75 + 1.0 / 86400) == "18:00:01");
  CHECK(time_from_serial(0.9999999) == "00:00");
}

TEST_CASE("read xlsx: a number format says whether a number is a date, a time or a number") {
  CHECK(builtin_number_format_kind(0) == NumberFormatKind::number);
  CHECK(builtin_number_format_kind(2) == NumberFormatKind::number);
  CHECK(builtin_number_format_kind(14) == NumberFormatKind::date);
  CHECK(builtin_number_format_kind(17) == NumberFormatKind::date);
  CHECK(builtin_number_format_kind(20) == NumberFormatKind::time);
  CHECK(builtin_number_format_kind(22) == NumberFormatKind::date_time);
  CHECK(builtin_number_format_kind(46) == NumberFormatKind::time);
  CHECK(builtin_number_format_kind(49) == NumberFormatKind::number);  // "@", text
  for (const char* date : {"dd/mm/yyyy", "d mmmm yyyy", "mmm-yy", "mmmm", "[$-809]dd mmmm yyyy;@", "DD/MM/YY", "dddd d\\ mmmm"}) {
    CAPTURE(date);
    CHECK(custom_number_format_kind(date) == NumberFormatKind::date);
  }
  for (const char* time : {"h:mm", "mm:ss", "[h]:mm", "[mm]", "hh:mm AM/PM", "[$-809]h:mm;@"}) {
    CAPTURE(time);
    CHECK(custom_number_format_kind(time) == NumberFormatKind::time);
  }
  CHECK(custom_number_format_kind("dd/mm/yyyy hh:mm") == NumberFormatKind::date_time);
  CHECK(custom_number_format_kind("m/d/yy h:mm") == NumberFormatKind::date_time);
  for (const char* number : {"General", "0.00", "#,##0", "\"days: \"0", "0\\d", "[Red]0.00", "0.00;[Red]-0.00", "@", "0.0E+00", "_-* #,##0_-"}) {
    CAPTURE(number);
    CHECK(custom_number_format_kind(number) == NumberFormatKind::number);
  }
}

TEST_CASE("read xlsx: a stored number and escaped characters are shown as Excel shows them") {
  CHECK(number_text("41") == "41");
  CHECK(number_text("-3") == "-3");
  CHECK(number_text("57.0") == "57");
  CHECK(number_text("0.30000000000000004") == "0.3");
  CHECK(number_text("1234567.5") == "1234567.5");
  CHECK(number_text("1.5E-7") == "1.5E-07");
  CHECK(number_text("not a number") == "not a number");
  CHECK(decode_escapes("one_x000D_two") == "one\rtwo");
  CHECK(decode_escapes("_x005F_x000D_") == "_x000D_");  // a literal "_x000D_" typed in a cell
  CHECK(decode_escapes("a_x0001_b") == "ab");            // a control character is no text
  CHECK(decode_escapes("_xZZZZ_ and _x00") == "_xZZZZ_ and _x00");
  CHECK(decode_escapes("caf_x00E9_") == "caf\xC3\xA9");
}

TEST_CASE("read xlsx: cells take their columns, rows their numbers, and values the text Excel shows") {
  const std::vector<Block> blocks = read_xlsx_blocks("cells.xlsx", bytes_of("tests/fixtures/workbooks/cells.xlsx"));
  REQUIRE(blocks.size() == 5);
  for (const Block& b : blocks) {
    CHECK(b.kind == BlockKind::table_row);
    CHECK(b.sheet.empty());  // one sheet: rows are "row N"
  }
  CHECK(blocks[0].text == "Inline\tTRUE\tFALSE");  // a row and cells without references follow on
  CHECK(blocks[0].where.paragraph == 1);
  CHECK(blocks[1].text == "\tSum text\t\t0.3");  // B3 and D3: A3 and C3 keep their places
  CHECK(blocks[1].where.paragraph == 3);
  CHECK(blocks[2].text == "Chased 1 May\tone <br> two three");  // rich runs joined; CR LF one break; a tab a space
  CHECK(blocks[3].text == "01/01/2021 12:00\t14:30\t29/02/1900\t28/02/1900\t01/03/1900");
  CHECK(blocks[3].where.paragraph == 5);
  // Row 6 holds only an empty cell and spaces: left out. AA7 is the 27th column.
  CHECK(blocks[4].text == std::string(26, '\t') + "#N/A");
  CHECK(blocks[4].where.paragraph == 7);
}

TEST_CASE("read xlsx: a council's schedule gives its visible sheet's rows, and several sheets each follow their name") {
  const SourceText one = read_document("council_schedule_workbook.xlsx",
                                       bytes_of("tests/e2e/extract/fixtures/council_schedule_workbook.xlsx"));
  CHECK(one.kind == DocumentKind::xlsx);
  REQUIRE(one.line_count() == 5);
  CHECK(one.line(1) == "Recommendations - Implementation Monitoring Schedule");
  CHECK(one.line(3) ==
        "15/06/2021\tPothole repair backlog\tThat an update on the pothole repair backlog be provided to members.\t\t"
        "Chased 17 June <br> Chased 6 July\tAction transferred to the Place Scrutiny work programme.");
  CHECK(one.line(4) ==
        "09/09/2021\t57\tThat the results of the library opening hours consultation be circulated to members.\t23/09/2021\t"
        "Results circulated on 20 September 2021.");
  CHECK(one.line(5) == "02/11/2021\tFly-tipping enforcement\tThat a report on fly-tipping enforcement be brought to the March 2022 meeting.");
  CHECK(describe_location(one, 5) == "row 7");
  for (std::string_view l : one.lines) CHECK((l != "Open" && l != "Completed"));  // the hidden sheet of drop-down lists

  const SourceText two = read_document("council_schedule_two_sheets.xlsx",
                                       bytes_of("tests/e2e/extract/fixtures/council_schedule_two_sheets.xlsx"));
  REQUIRE(two.line_count() == 9);
  CHECK(two.line(1) == "## Open");
  CHECK(describe_location(two, 1) == "sheet Open");
  CHECK(two.line(4).substr(0, 11) == "20/01/2022\t");  // a 1904 workbook's date
  CHECK(describe_location(two, 4) == "sheet Open, row 2");
  CHECK(two.line(6) == "## Completed 2022");
  CHECK(two.line(9).substr(0, 11) == "20/01/2022\t");
  CHECK(two.line(9).find("\t14/02/2022\t") != std::string_view::npos);
  CHECK(describe_location(two, 9) == "sheet Completed 2022, row 2");
}

TEST_CASE("read xlsx: a workbook that is not one, or is damaged or hostile, is one line naming the file") {
  CHECK(read_error("tests/e2e/cli/data/word_named.xlsx") ==
        "tests/e2e/cli/data/word_named.xlsx: is a Word document, not an Excel workbook; rename it .docx");
  CHECK(read_error("tests/e2e/cli/data/workbook_named.docx") ==
        "tests/e2e/cli/data/workbook_named.docx: is an Excel workbook, not a Word document; rename it .xlsx");
  CHECK(read_error("tests/e2e/cli/data/xlsx_missing_sheet.xlsx") ==
        "tests/e2e/cli/data/xlsx_missing_sheet.xlsx: its sheet Cells is missing from the workbook (no part xl/worksheets/sheet1.xml); "
        "save the workbook again from Excel");
  const std::string bomb = read_error("tests/e2e/cli/data/xlsx_zip_bomb.xlsx");
  CHECK(bomb.find("xl/worksheets/sheet1.xml inflates to more than 64 MB") != std::string::npos);
  CHECK(bomb.find('\n') == std::string::npos);
  CHECK(read_error("tests/e2e/cli/data/xlsx_entities.xlsx") ==
        "tests/e2e/cli/data/xlsx_entities.xlsx: its part xl/worksheets/sheet1.xml declares a DTD or entities, which Excel never writes; it is not read");
  try {  // a zip with a workbook part that lists no sheet
    read_document("no_sheets.xlsx", bytes_of("tests/e2e/cli/data/not_word.docx"));
    FAIL("a workbook without sheets was read");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == "no_sheets.xlsx: has no visible worksheet to read");
  }
  CHECK(read_error("tests/e2e/cli/data/pdf_named.docx").find("named as a Word document") != std::string::npos);
  try {
    read_document("plain.xlsx", "Decision Date\tItem\n");
    FAIL("text named .xlsx was read");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == "plain.xlsx: is named as an Excel workbook but holds plain text; rename it, or check it is the file you meant");
  }
}
