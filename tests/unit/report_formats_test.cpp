// report/xml_text, docx_writer, xlsx_writer, ics_writer: the file formats of the agenda pack and
// the calendars. What the files hold is checked here in their XML and text; tests/e2e/formats
// reads them back with python-docx, openpyxl and icalendar.
#include <doctest/doctest.h>
#include <zip.h>

#include <cstdlib>
#include <ctime>
#include <map>

#include "read/zip_archive.h"
#include "report/docx_writer.h"
#include "report/ics_writer.h"
#include "report/xlsx_writer.h"
#include "report/xml_text.h"

using namespace tracker;
using tracker::docx::docx_bytes;
using tracker::xlsx::xlsx_bytes;
using namespace date::literals;

namespace {

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

std::string part(const std::string& zip_bytes, const std::string& name) {
  ZipArchive archive("test.zip", zip_bytes);
  auto bytes = archive.read(name);
  REQUIRE_MESSAGE(bytes.has_value(), "no part " << name);
  return *bytes;
}

// Each entry's name and its date as the zip holds it (the DOS date and time fields, read through
// libzip's localtime, so shown in the local zone as an unzip tool would).
std::map<std::string, std::string> entry_dates(const std::string& zip_bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &error);
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  REQUIRE(zip != nullptr);
  std::map<std::string, std::string> out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &stat);
    std::tm local{};
    localtime_r(&stat.mtime, &local);
    char b[32];
    std::strftime(b, sizeof b, "%Y-%m-%d %H:%M", &local);
    out[stat.name] = b;
  }
  zip_discard(zip);
  return out;
}

struct TimeZone {
  std::string old;
  bool had = false;
  explicit TimeZone(const char* tz) {
    if (const char* o = std::getenv("TZ")) old = o, had = true;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~TimeZone() {
    if (had) setenv("TZ", old.c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }
};

docx::Document schedule_document() {
  docx::Document d;
  d.title = "Monitoring schedule";
  d.creator = "Governance Advisor";
  d.created = 2020_y / 10 / 13;
  d.font = {"Arial", 10};
  d.blocks.push_back(docx::Paragraph{{{"IMPROVING LIVES SELECT COMMISSION", true, 14}}, 1, true, 6});
  docx::Table t;
  t.columns = {{"Decision Date", 1}, {"Item", 2}, {"Scrutiny Recommendation", 3}};
  t.rows = {{"03/03/20", "Early Help & <Social Care>", "Chased 17 June\nChased 6 July\r\nWritten information provided"}, {"=cmd"}};
  d.blocks.push_back(t);
  return d;
}

xlsx::Sheet schedule_sheet() {
  xlsx::Sheet s;
  s.name = "ILSC [13/10/2020]";
  s.title = "Monitoring schedule";
  s.creator = "Governance Advisor";
  s.created = 2020_y / 10 / 13;
  s.columns = {{"Decision Date", 12}, {"Item", 30}, {"Further action", 40}};
  s.rows = {{Day(2020_y / 3 / 3), std::string("=HYPERLINK(\"http://x\")"), std::string("-2+3")},
            {std::monostate{}, std::string("@SUM(A1) _x0041_"), std::string("+1")}};
  return s;
}

}  // namespace

TEST_CASE("xml text: control characters XML forbids are dropped, tab and line breaks kept") {
  CHECK(text_for_xml(std::string("a\x01" "b\x1b" "c\x7f", 6)) == "abc\x7f");
  CHECK(text_for_xml(std::string("\0x", 2)) == "x");
  CHECK(text_for_xml("one\ttwo\nthree\r") == "one\ttwo\nthree\r");
  CHECK(text_for_xml("end \xEF\xBF\xBE\xEF\xBF\xBF.") == "end .");
}

TEST_CASE("xml text: bytes that are not UTF-8 become U+FFFD, good UTF-8 stays") {
  CHECK(text_for_xml("caf\xE9!") == "caf\xEF\xBF\xBD!");
  CHECK(text_for_xml("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong '/'
  CHECK(text_for_xml("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(text_for_xml("\xF0\x9F\x98") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // cut-off emoji
  CHECK(text_for_xml("Children\xE2\x80\x99s \xF0\x9F\x98\x80") == "Children\xE2\x80\x99s \xF0\x9F\x98\x80");
}

TEST_CASE("xml text: the five markup characters are escaped") {
  CHECK(xml_escaped("<w:t>\"Tom\" & 'Jerry'</w:t>") == "&lt;w:t&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/w:t&gt;");
  CHECK(xml_escaped("&amp;") == "&amp;amp;");
}

TEST_CASE("xml text: a prefix of N characters never cuts one") {
  CHECK(utf8_prefix("a\xE2\x80\x99" "bc", 2) == "a\xE2\x80\x99");
  CHECK(utf8_prefix("\xF0\x9F\x98\x80x", 1) == "\xF0\x9F\x98\x80");
  CHECK(utf8_prefix("abc", 10) == "abc");
}

TEST_CASE("docx: the parts of a Word package, each well-formed and escaped") {
  const std::string bytes = docx_bytes(schedule_document());
  ZipArchive archive("test.docx", bytes);
  for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                           "word/settings.xml", "docProps/core.xml"})
    CHECK_MESSAGE(archive.has(name), name);
  const std::string document = part(bytes, "word/document.xml");
  CHECK(document.find("Early Help &amp; &lt;Social Care&gt;") != std::string::npos);
  CHECK(document.find("<Social") == std::string::npos);
  const std::string core = part(bytes, "docProps/core.xml");
  CHECK(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-10-13T12:00:00Z</dcterms:created>") != std::string::npos);
  CHECK(core.find("<dc:creator>Governance Advisor</dc:creator>") != std::string::npos);
  CHECK(part(bytes, "word/styles.xml").find("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"") != std::string::npos);
  CHECK(part(bytes, "word/styles.xml").find("<w:sz w:val=\"20\"/>") != std::string::npos);  // 10 pt in half-points
}

TEST_CASE("docx: landscape A4, the header row repeated, no row split, widths filling the text width") {
  const std::string document = part(docx_bytes(schedule_document()), "word/document.xml");
  CHECK(document.find("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>") != std::string::npos);
  CHECK(count(document, "<w:tblHeader/>") == 1);
  CHECK(count(document, "<w:cantSplit/>") == 3);  // the header row and both rows
  CHECK(count(document, "<w:tr>") == 3);
  // 16838 twips of A4 less two 15 mm margins of 850 twips each is 15138, shared 1:2:3.
  CHECK(document.find("<w:tblGrid><w:gridCol w:w=\"2523\"/><w:gridCol w:w=\"5046\"/><w:gridCol w:w=\"7569\"/></w:tblGrid>") != std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Heading1\"/>") != std::string::npos);
}

TEST_CASE("docx: a row that may be taller than a page is let split, so that none of it is cut off") {
  docx::Document d = schedule_document();
  auto& table = std::get<docx::Table>(d.blocks.back());
  // The third column is 7569 twips, about 60 characters of 10 pt a line: 2,400 characters make
  // 40 lines of 250 twips, 10,000 twips, more than the page's 11906 - 2 * 850 less the header.
  table.rows.push_back({"", "", std::string(2400, 'x')});
  table.rows.push_back({"", "", std::string(1200, 'x')});  // 20 lines: fits
  const std::string document = part(docx_bytes(d), "word/document.xml");
  CHECK(count(document, "<w:tr>") == 5);
  CHECK(count(document, "<w:cantSplit/>") == 4);
  const size_t tall = document.find(std::string(2400, 'x'));
  const size_t row_start = document.rfind("<w:tr>", tall);
  CHECK(document.substr(row_start, 20) == "<w:tr><w:tc><w:tcPr>");
}

TEST_CASE("docx: each line of a cell is a paragraph, and a short row is filled with empty cells") {
  const std::string document = part(docx_bytes(schedule_document()), "word/document.xml");
  CHECK(document.find(">Chased 17 June</w:t></w:r></w:p><w:p>") != std::string::npos);
  CHECK(document.find(">Chased 6 July</w:t></w:r></w:p><w:p>") != std::string::npos);
  CHECK(document.find(">Written information provided</w:t></w:r></w:p></w:tc>") != std::string::npos);
  CHECK(count(document, "<w:tc>") == 9);
}

TEST_CASE("docx: control characters are dropped and tabs and breaks in a run are Word's own") {
  docx::Document d = schedule_document();
  d.blocks = {docx::Paragraph{{{std::string("a\x01\x0b" "b\tc\nd", 8)}}}};
  d.title = std::string("t\x02itle", 6);
  const std::string bytes = docx_bytes(d);
  const std::string document = part(bytes, "word/document.xml");
  CHECK(document.find(">ab</w:t><w:tab/><w:t xml:space=\"preserve\">c</w:t><w:br/><w:t xml:space=\"preserve\">d</w:t>") != std::string::npos);
  CHECK(part(bytes, "docProps/core.xml").find("<dc:title>title</dc:title>") != std::string::npos);
}

TEST_CASE("docx: the same input gives the same bytes, in any time zone, with zip entries dated 1 January 1980") {
  const std::string first = docx_bytes(schedule_document());
  CHECK(docx_bytes(schedule_document()) == first);
  {
    TimeZone tz("Pacific/Auckland");
    CHECK(docx_bytes(schedule_document()) == first);
    for (const auto& [name, when] : entry_dates(first)) CHECK_MESSAGE(when == "1980-01-01 00:00", name);
  }
  docx::Document later = schedule_document();
  later.created = 2020_y / 10 / 14;
  CHECK(docx_bytes(later) != first);
}

TEST_CASE("xlsx: text that starts with = + - @ stays a string cell, never a formula") {
  const std::string sheet = part(xlsx_bytes(schedule_sheet()), "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<f>") == std::string::npos);
  CHECK(sheet.find("t=\"str\"") == std::string::npos);
  const std::string strings = part(xlsx_bytes(schedule_sheet()), "xl/sharedStrings.xml");
  CHECK(strings.find("<t>=HYPERLINK(\"http://x\")</t>") != std::string::npos);
  CHECK(strings.find("<t>-2+3</t>") != std::string::npos);
  CHECK(strings.find("<t>+1</t>") != std::string::npos);
  // A literal escape code stays literal: Excel and openpyxl would read "_x0041_" as "A".
  CHECK(strings.find("@SUM(A1) _x005F_x0041_") != std::string::npos);
  CHECK(count(sheet, "t=\"s\"") == 7);  // 3 headers, 4 text cells
}

TEST_CASE("xlsx: a day is a date cell with the council's format, the header frozen and filtered") {
  const std::string bytes = xlsx_bytes(schedule_sheet());
  const std::string sheet = part(bytes, "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<v>43893</v>") != std::string::npos);  // 3 March 2020, days since 30 December 1899
  CHECK(sheet.find("state=\"frozen\"") != std::string::npos);
  CHECK(sheet.find("ySplit=\"1\"") != std::string::npos);
  CHECK(sheet.find("<autoFilter ref=\"A1:C3\"/>") != std::string::npos);
  CHECK(sheet.find("<pageSetup paperSize=\"9\"") != std::string::npos);  // A4
  CHECK(sheet.find("orientation=\"landscape\"") != std::string::npos);
  CHECK(part(bytes, "xl/styles.xml").find("formatCode=\"dd/mm/yyyy\"") != std::string::npos);
  CHECK(part(bytes, "xl/workbook.xml").find("name=\"ILSC -13-10-2020-\"") != std::string::npos);
  xlsx::Sheet long_dates = schedule_sheet();
  long_dates.date_style = xlsx::DateStyle::long_form;
  CHECK(part(xlsx_bytes(long_dates), "xl/styles.xml").find("formatCode=\"d mmmm yyyy\"") != std::string::npos);
}

TEST_CASE("xlsx: text over Excel's 32767 characters is cut with an ellipsis, control characters dropped") {
  xlsx::Sheet s = schedule_sheet();
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "\xC3\xA9x";  // 40000 characters
  s.rows = {{std::string("bell\x07"), big}};
  const std::string strings = part(xlsx_bytes(s), "xl/sharedStrings.xml");
  CHECK(strings.find("<t>bell</t>") != std::string::npos);
  const size_t start = strings.find("<t>\xC3\xA9x") + 3, end = strings.find("</t>", start);
  const std::string cut = strings.substr(start, end - start);
  CHECK(utf8_prefix(cut, 40000).size() == cut.size());
  CHECK(utf8_prefix(cut, xlsx::kMaxCellChars).size() == cut.size());
  CHECK(utf8_prefix(cut, xlsx::kMaxCellChars - 1).size() < cut.size());
  CHECK(cut.substr(cut.size() - 4) == "x\xE2\x80\xA6");  // 32766 characters, é x é x ... x, and the ellipsis
}

TEST_CASE("xlsx: the same input gives the same bytes, in any time zone, dated from the created day") {
  const std::string first = xlsx_bytes(schedule_sheet());
  CHECK(xlsx_bytes(schedule_sheet()) == first);
  {
    TimeZone tz("Pacific/Auckland");
    CHECK(xlsx_bytes(schedule_sheet()) == first);
    for (const auto& [name, when] : entry_dates(first)) CHECK_MESSAGE(when == "1980-01-01 00:00", name);
  }
  CHECK(part(first, "docProps/core.xml").find("2020-10-13T12:00:00Z") != std::string::npos);
}

TEST_CASE("docx and xlsx: a day that does not exist is refused, not written") {
  docx::Document d = schedule_document();
  d.created = 2020_y / 2 / 30;
  CHECK_THROWS_AS(docx_bytes(d), std::invalid_argument);
  xlsx::Sheet s = schedule_sheet();
  s.rows[0][0] = Day(2021_y / 2 / 29);
  CHECK_THROWS_AS(xlsx_bytes(s), std::invalid_argument);
  s = schedule_sheet();
  s.created = 2021_y / 13 / 1;
  CHECK_THROWS_AS(xlsx_bytes(s), std::invalid_argument);
}

TEST_CASE("ics: TEXT escaping of backslash, semicolon, comma and line breaks") {
  CHECK(ics::ics_escaped("a\\b;c,d") == "a\\\\b\\;c\\,d");
  CHECK(ics::ics_escaped("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
  CHECK(ics::ics_escaped(std::string("bell\x07:\"q\"", 9)) == "bell:\"q\"");
}

TEST_CASE("ics: lines fold at 75 octets without cutting a UTF-8 character, and unfold to the original") {
  std::string line = "DESCRIPTION:";
  for (int i = 0; i < 60; ++i) line += "\xE2\x80\x99\xF0\x9F\x98\x80";  // 7 octets, two characters
  const std::string folded = ics::ics_folded(line);
  size_t start = 0;
  std::string unfolded;
  while (start < folded.size()) {
    const size_t end = folded.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    const std::string physical = folded.substr(start, end - start);
    CHECK(physical.size() <= 75);
    CHECK(utf8_prefix(physical, physical.size()).size() == physical.size());
    CHECK(text_for_xml(physical) == physical);  // starts and ends on whole characters
    unfolded += start == 0 ? physical : physical.substr(1);
    if (start > 0) CHECK(physical[0] == ' ');
    start = end + 2;
  }
  CHECK(unfolded == line);
  CHECK(ics::ics_folded(std::string(75, 'x')) == std::string(75, 'x') + "\r\n");
  CHECK(ics::ics_folded(std::string(76, 'x')) == std::string(75, 'x') + "\r\n x\r\n");
}

TEST_CASE("ics: an all-day event, and a timed one in Europe/London with its VTIMEZONE") {
  ics::Calendar c;
  c.name = "Improving Lives Select Commission";
  c.stamp = 2020_y / 10 / 13;
  c.events.push_back({"ILSC-2020-10-27@tracker", 2020_y / 10 / 27, std::nullopt, 120, "ILSC meeting", "Due:\n- item, one", "Town Hall; Rotherham"});
  std::string text = ics::ics_text(c);
  CHECK(text.find("DTSTART;VALUE=DATE:20201027\r\nDTEND;VALUE=DATE:20201028\r\n") != std::string::npos);
  CHECK(text.find("DTSTAMP:20201013T000000Z\r\n") != std::string::npos);
  CHECK(text.find("DESCRIPTION:Due:\\n- item\\, one\r\n") != std::string::npos);
  CHECK(text.find("LOCATION:Town Hall\\; Rotherham\r\n") != std::string::npos);
  CHECK(text.find("VTIMEZONE") == std::string::npos);
  CHECK(text.find("X-WR-CALNAME:Improving Lives Select Commission\r\n") != std::string::npos);
  CHECK(count(text, "\n") == count(text, "\r\n"));

  c.events[0].start = ics::TimeOfDay{23, 30};
  text = ics::ics_text(c);
  CHECK(text.find("DTSTART;TZID=Europe/London:20201027T233000\r\nDTEND;TZID=Europe/London:20201028T013000\r\n") != std::string::npos);
  CHECK(count(text, "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n") == 1);
}

TEST_CASE("ics: an event without a uid or with a time that does not exist is refused") {
  ics::Calendar c;
  c.stamp = 2020_y / 10 / 13;
  c.events.push_back({"", 2020_y / 10 / 27, std::nullopt, 120, "x", "", ""});
  CHECK_THROWS_AS(ics::ics_text(c), std::invalid_argument);
  c.events = {{"u", 2020_y / 10 / 27, ics::TimeOfDay{24, 0}, 120, "x", "", ""}};
  CHECK_THROWS_AS(ics::ics_text(c), std::invalid_argument);
}
