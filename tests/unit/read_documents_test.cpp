// read: PDF, Word and web pages become the same blocks, and the lines the parser reads.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "core/errors.h"
#include "read/blocks.h"
#include "read/document_kind.h"
#include "read/docx_numbering.h"
#include "read/pdf_layout.h"
#include "read/source_text.h"

using namespace tracker;

namespace {

std::string fixture(const char* name) { return std::string(TRACKER_SOURCE_DIR) + "/tests/fixtures/documents/" + name; }

bool has_line(const SourceText& s, std::string_view text) {
  for (std::string_view l : s.lines)
    if (l == text) return true;
  return false;
}

int line_of(const SourceText& s, std::string_view start) {
  for (int i = 1; i <= s.line_count(); ++i)
    if (s.line(i).substr(0, start.size()) == start) return i;
  return 0;
}

std::string read_error(const std::string& path, std::string_view bytes) {
  try {
    read_document(path, bytes);
  } catch (const InputError& e) {
    return e.what();
  }
  return "<no error>";
}

// A line of words set in 10-point type at height y, starting at x, 5 points per letter.
void set_line(PdfPage& page, double x, double y, std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    PdfWord w;
    w.text = std::string(text.substr(i, end - i));
    w.x0 = x;
    w.x1 = x + 5.0 * static_cast<double>(w.text.size());
    w.y0 = y;
    w.y1 = y + 10;
    x = w.x1 + 3;
    page.words.push_back(w);
    i = end + 1;
  }
}

std::vector<std::string> texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.text);
  return out;
}

}  // namespace

TEST_CASE("read: Word numbering is rendered as Word shows it") {
  CHECK(format_number(4, NumberFormat::decimal) == "4");
  CHECK(format_number(3, NumberFormat::lower_letter) == "c");
  CHECK(format_number(28, NumberFormat::upper_letter) == "BB");
  CHECK(format_number(14, NumberFormat::lower_roman) == "xiv");
  CHECK(format_number(9, NumberFormat::upper_roman) == "IX");

  DocxNumbering n;
  AbstractNumbering clauses;
  clauses.levels[0] = {1, NumberFormat::decimal, "(%1)", -1};
  clauses.levels[1] = {1, NumberFormat::lower_letter, "(%2)", -1};
  n.define_abstract(1, clauses);
  AbstractNumbering sections;
  sections.levels[0] = {4, NumberFormat::decimal, "%1.", -1};
  sections.levels[1] = {1, NumberFormat::decimal, "%1.%2", -1};
  n.define_abstract(2, sections);
  n.define_instance(10, {1, {}});
  n.define_instance(11, {1, {{0, 1}}});  // Word's "restart numbering": the same list, from (1)
  n.define_instance(20, {2, {}});

  SUBCASE("levels count on, and a deeper level starts again under the next clause") {
    CHECK(n.next_label(10, 0) == "(1)");
    CHECK(n.next_label(10, 0) == "(2)");
    CHECK(n.next_label(10, 1) == "(a)");
    CHECK(n.next_label(10, 1) == "(b)");
    CHECK(n.next_label(10, 0) == "(3)");
    CHECK(n.next_label(10, 1) == "(a)");
  }
  SUBCASE("a list instance that restarts counts from its start again") {
    CHECK(n.next_label(10, 0) == "(1)");
    CHECK(n.next_label(10, 0) == "(2)");
    CHECK(n.next_label(11, 0) == "(1)");
    CHECK(n.next_label(11, 0) == "(2)");
  }
  SUBCASE("a level's text names the levels above it; the start comes from the level") {
    CHECK(n.next_label(20, 0) == "4.");
    CHECK(n.next_label(20, 1) == "4.1");
    CHECK(n.next_label(20, 1) == "4.2");
    CHECK(n.next_label(20, 0) == "5.");
    CHECK(n.next_label(20, 1) == "5.1");
  }
  SUBCASE("an unknown list gives no label") { CHECK(n.next_label(99, 0).empty()); }
}

TEST_CASE("read: blocks become the lines the parser understands, each with where it came from") {
  std::vector<Block> blocks(5);
  blocks[0].kind = BlockKind::heading;
  blocks[0].level = 1;
  blocks[0].text = "43. MINUTES";
  blocks[0].where.paragraph = 1;
  blocks[1].text = "Resolved:-";
  blocks[1].where.paragraph = 2;
  blocks[2].kind = BlockKind::list_item;
  blocks[2].label = "(1)";
  blocks[2].text = "That the report be noted.";
  blocks[2].where.paragraph = 3;
  blocks[3].kind = BlockKind::list_item;
  blocks[3].label = "(2)";
  blocks[3].text = "That a report come back.";
  blocks[3].where.paragraph = 4;
  blocks[4].kind = BlockKind::table_row;
  blocks[4].text = "16 June\tItem";
  blocks[4].where.paragraph = 7;
  const SourceText s = source_text_from_blocks("m.docx", DocumentKind::docx, blocks);
  REQUIRE(s.line_count() == 8);
  CHECK(s.line(1) == "# 43. MINUTES");
  CHECK(s.line(2).empty());
  CHECK(s.line(3) == "Resolved:-");
  CHECK(s.line(5) == "(1) That the report be noted.");
  CHECK(s.line(6) == "(2) That a report come back.");  // a list's items follow each other
  CHECK(s.line(8) == "16 June\tItem");
  CHECK(describe_location(s, 6) == "paragraph 4");
  CHECK(describe_location(s, 8) == "paragraph 7");
  CHECK(s.location(6).paragraph == 4);
}

TEST_CASE("read: the kind of a file comes from its content, and a name that lies is refused") {
  CHECK(content_kind("%PDF-1.7\n") == ContentKind::pdf);
  CHECK(content_kind(std::string_view("PK\x03\x04rest", 8)) == ContentKind::zip);
  CHECK(content_kind("\xEF\xBB\xBF  <!DOCTYPE html><html>") == ContentKind::html);
  CHECK(content_kind("<!-- saved from url=(0020)https://example.org -->\n<html><body>") == ContentKind::html);
  CHECK(content_kind("Resolved: <p>That the report be noted.</p>") == ContentKind::text);
  CHECK(read_error("minutes.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>").find("is named as plain text but holds a web page") !=
        std::string::npos);
  CHECK(read_error("minutes.html", "Resolved: That the report be noted.").find("is named as a web page (HTML) but holds plain text") !=
        std::string::npos);
  // A name that claims nothing (no extension) lets the content decide.
  CHECK(read_document("minutes", "<html><body><p>Resolved: That the report be noted.</p></body></html>").kind == DocumentKind::html);
  CHECK(read_error("m.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").find("libreoffice --headless --convert-to docx") != std::string::npos);
}

TEST_CASE("read: a saved web page keeps its visible blocks and drops the rest") {
  const std::string page =
      "<!DOCTYPE html><html><head><title>Agenda</title><style>p{color:red}</style><script>var x = '<p>no</p>';</script></head>"
      "<body><nav><a href='/'>Home</a></nav><header>Council</header>"
      "<h2>43. Minutes</h2><p>The Chair <b>welcomed</b> Members.</p>"
      "<p><strong>Resolved:-</strong></p><ol start='1'><li>That the report be noted.</li><li>That a report come back.</li></ol>"
      "<ol type='a'><li>first</li><li>second</li></ol>"
      "<p style='display:none'>hidden text</p>"
      "<table><tr><th>Date</th><th>Item</th></tr><tr><td>16 June</td><td>Budget</td></tr></table>"
      "<p>Cut off ... <a href='mgIssue.aspx?IId=1'>view the full minutes text for item 6.</a></p>"
      "<p>Line one<br>Line two</p>"
      "<footer>Page last updated</footer></body></html>";
  const SourceText s = read_document("page.html", page);
  CHECK(s.kind == DocumentKind::html);
  CHECK(has_line(s, "## 43. Minutes"));
  CHECK(has_line(s, "The Chair welcomed Members."));
  CHECK(has_line(s, "1. That the report be noted."));
  CHECK(has_line(s, "2. That a report come back."));
  CHECK(has_line(s, "b. second"));
  CHECK(has_line(s, "Date\tItem"));
  CHECK(has_line(s, "16 June\tBudget"));
  for (std::string_view gone : {"Home", "Council", "no", "hidden text", "Page last updated", "p{color:red}"})
    CHECK_FALSE(has_line(s, gone));
  const int cut = line_of(s, "Cut off");
  REQUIRE(cut > 0);
  CHECK(s.line(cut) == "Cut off ... view the full minutes text for item 6.");
  CHECK(s.link(cut) == "mgIssue.aspx?IId=1");
  CHECK(describe_location(s, cut) == "element body/p[4] at line 1 of the page");
  // A <br> is a new line of the same paragraph: no blank line between.
  const int one = line_of(s, "Line one");
  REQUIRE(one > 0);
  CHECK(s.line(one + 1) == "Line two");
}

TEST_CASE("read: PDF words become lines in reading order, without the page furniture") {
  SUBCASE("a two-column page is read column by column, under a heading across both") {
    PdfPage page;
    set_line(page, 60, 40, "WORKFORCE STRATEGY AND THE LEARNING ACADEMY AND MORE WORDS");
    const char* left[] = {"The Head of Service", "gave a presentation", "on the academy."};
    const char* right[] = {"Members asked how", "the days would be", "delivered online."};
    for (int k = 0; k < 3; ++k) set_line(page, 60, 60 + 12.0 * k, left[k]);
    for (int k = 0; k < 3; ++k) set_line(page, 320, 60 + 12.0 * k, right[k]);
    for (int k = 0; k < 4; ++k) {  // more rows, so that the gutter is plain
      set_line(page, 60, 100 + 12.0 * k, "left words here.");
      set_line(page, 320, 100 + 12.0 * k, "right words here.");
    }
    const std::vector<Block> blocks = blocks_from_pdf_pages({page});
    const std::vector<std::string> t = texts(blocks);
    REQUIRE(t.size() == 5);
    CHECK(t[0] == "WORKFORCE STRATEGY AND THE LEARNING ACADEMY AND MORE WORDS");
    CHECK(t[1] == "The Head of Service gave a presentation on the academy.");
    CHECK(t[2].substr(0, 32) == "left words here. left words here");
    CHECK(t[3] == "Members asked how the days would be delivered online.");
    CHECK(t[4].substr(0, 34) == "right words here. right words here");
    CHECK(blocks[3].where.page == 1);
    CHECK(blocks[3].where.line_on_page == 9);  // the first line of the right column, after 1 + 7 lines
  }
  SUBCASE("headers and footers repeated on every page and page numbers go; a sentence runs over the page break") {
    std::vector<PdfPage> pages(3);
    for (int p = 0; p < 3; ++p) {
      set_line(pages[p], 60, 20, "Improving Lives Select Commission - 14/01/20");
      set_line(pages[p], 280, 800, "Page " + std::to_string(p + 1) + " of 3");
    }
    set_line(pages[0], 60, 60, "(3) That a progress report on the");
    set_line(pages[0], 60, 72, "delivery of the strategy be");
    set_line(pages[1], 60, 60, "brought back in 12 months' time.");
    set_line(pages[1], 60, 90, "Members asked about the manage-");
    set_line(pages[1], 60, 102, "ment of the non-");
    set_line(pages[1], 60, 114, "pecuniary interests.");
    set_line(pages[2], 60, 60, "(4) That the report be noted.");
    const std::vector<Block> blocks = blocks_from_pdf_pages(pages);
    const std::vector<std::string> t = texts(blocks);
    REQUIRE(t.size() == 3);
    CHECK(t[0] == "(3) That a progress report on the delivery of the strategy be brought back in 12 months' time.");
    CHECK(t[1] == "Members asked about the management of the non-pecuniary interests.");
    CHECK(t[2] == "(4) That the report be noted.");
    CHECK(blocks[0].where.page == 1);
    CHECK(blocks[0].where.line_on_page == 2);  // the header is line 1 of the page
    CHECK(blocks[2].where.page == 3);
  }
  SUBCASE("a clause label starts a new paragraph even close under the last line") {
    PdfPage page;
    set_line(page, 60, 60, "Resolved:-");
    set_line(page, 60, 72, "(1) That the report be noted.");
    set_line(page, 60, 84, "(2) That a report come back to");
    set_line(page, 60, 96, "the next meeting.");
    const std::vector<std::string> t = texts(blocks_from_pdf_pages({page}));
    REQUIRE(t.size() == 3);
    CHECK(t[0] == "Resolved:-");
    CHECK(t[1] == "(1) That the report be noted.");
    CHECK(t[2] == "(2) That a report come back to the next meeting.");
  }
}

TEST_CASE("read: PDF tables, columns and wrapped lines as the typeset seeds print them") {
  SUBCASE("a table row whose cells wrap is one row, each cell's lines joined") {
    PdfPage page;
    set_line(page, 65, 60, "Present:-");
    set_line(page, 170, 60, "Councillor Cusworth (in the Chair); Councillors");
    set_line(page, 170, 72, "Jarvis, Atkin and Julie Turner.");
    set_line(page, 65, 92, "Apologies for");
    set_line(page, 170, 92, "Apologies were received from Councillors");
    set_line(page, 65, 104, "absence:-");
    set_line(page, 170, 104, "Fenwick-Green and Marriott.");
    set_line(page, 60, 124, "The webcast can be viewed at the Council's site.");  // the margin, not a cell
    const std::vector<Block> blocks = blocks_from_pdf_pages({page});
    const std::vector<std::string> t = texts(blocks);
    REQUIRE(t.size() == 3);
    CHECK(t[0] == "Present:-\tCouncillor Cusworth (in the Chair); Councillors Jarvis, Atkin and Julie Turner.");
    CHECK(t[1] == "Apologies for absence:-\tApologies were received from Councillors Fenwick-Green and Marriott.");
    CHECK(t[2] == "The webcast can be viewed at the Council's site.");
    CHECK(blocks[0].kind == BlockKind::table_row);
    CHECK(blocks[1].where.line_on_page == 3);
  }
  SUBCASE("two columns whose lines do not share baselines, bullets in the right one, are read column by column") {
    PdfPage page;
    set_line(page, 65, 40, "DISCUSSION OF THE WORK PROGRAMME ACROSS THE WHOLE WIDTH OF THE PAGE");
    const char* left[] = {"The Committee considered", "its Work Programme and", "the following was noted:",
                          "members were asked to", "send topics to the Chair", "by the end of the month."};
    for (int k = 0; k < 6; ++k) set_line(page, 65, 60 + 12.0 * k, left[k]);
    // The right column's lines sit half a line lower; its bullets stand apart from their text.
    const char* right[] = {"The Work Programme was", "attached for members.", "Items were added after", "the meeting with the",
                           "Commission in June and", "some are left to schedule."};
    for (int k = 0; k < 6; ++k) {
      if (k == 0 || k == 2) set_line(page, 312, 66 + 12.0 * k, "\xE2\x80\xA2");
      set_line(page, 348, 66 + 12.0 * k, right[k]);
    }
    const std::vector<std::string> t = texts(blocks_from_pdf_pages({page}));
    REQUIRE(t.size() == 4);
    CHECK(t[1] == "The Committee considered its Work Programme and the following was noted: members were asked to send topics "
                  "to the Chair by the end of the month.");
    CHECK(t[2] == "\xE2\x80\xA2\tThe Work Programme was attached for members.");
    CHECK(t[3] == "\xE2\x80\xA2\tItems were added after the meeting with the Commission in June and some are left to schedule.");
  }
  SUBCASE("a table set tight, with an empty column down the middle, is read row by row, its empty cells kept") {
    // A landscape page: cells 12 to 15 points apart in the data rows (less than two letters' height), the
    // fourth empty in the data row, so a clear strip runs down the middle like a column gutter.
    PdfPage page;
    page.width = 842;
    page.height = 595;
    const double x[] = {65, 120, 180, 380, 445, 525};
    set_line(page, x[0], 60, "Decision");
    set_line(page, x[1], 60, "Item");
    set_line(page, x[2], 60, "Recommendation");
    set_line(page, x[3], 60, "Completion");
    set_line(page, x[4], 60, "Response");
    set_line(page, x[5], 60, "Further action");
    set_line(page, x[0], 72, "Date");
    set_line(page, x[3], 72, "date");
    for (int row = 0; row < 4; ++row) {
      const double y = 100 + 40.0 * row;
      set_line(page, x[0], y, "03/03/20");
      set_line(page, x[1], y, "Early Help");
      set_line(page, x[2], y, "That an update be");
      set_line(page, x[4], y, "Chased 17 June");
      set_line(page, x[5], y, "One off review");
      set_line(page, x[1], y + 12, "Pathway");
      set_line(page, x[2], y + 12, "provided.");
      set_line(page, x[4], y + 12, "Chased 6 July");
    }
    // The last row runs over the page: its response cell goes on at the top of the next page.
    PdfPage next = page;
    next.words.clear();
    set_line(next, x[4], 40, "Briefing arranged.");
    set_line(next, 65, 70, "Sub and Project Group Work");
    const std::vector<std::string> t = texts(blocks_from_pdf_pages({page, next}));
    REQUIRE(t.size() == 6);
    CHECK(t[0] == "Decision Date\tItem\tRecommendation\tCompletion date\tResponse\tFurther action");
    CHECK(t[1] == "03/03/20\tEarly Help Pathway\tThat an update be provided.\t\tChased 17 June Chased 6 July\tOne off review");
    CHECK(t[4] == "03/03/20\tEarly Help Pathway\tThat an update be provided.\t\tChased 17 June Chased 6 July Briefing arranged.\tOne off review");
    CHECK(t[5] == "Sub and Project Group Work");  // at the margin, where the first cell starts: not the row's
  }
  SUBCASE("an item's number and its title at a hanging indent are not a table, however many line up") {
    PdfPage page;
    for (int k = 0; k < 4; ++k) {
      set_line(page, 60, 60 + 40.0 * k, std::to_string(90 + k) + ".");
      set_line(page, 80, 60 + 40.0 * k, "Minutes of the Previous Meeting");
      set_line(page, 80, 72 + 40.0 * k, "The minutes were agreed as a true record.");
    }
    const std::vector<Block> blocks = blocks_from_pdf_pages({page});
    REQUIRE(!blocks.empty());
    CHECK(blocks[0].kind != BlockKind::table_row);
    CHECK(blocks[0].text.find('\t') == std::string::npos);
  }
  SUBCASE("a year closing a bracket at the start of a line is not a clause label") {
    PdfPage page;
    set_line(page, 60, 60, "Improvement Partner Peer Review of the Service (November");
    set_line(page, 60, 72, "2018) was presented by the Head of Service.");
    set_line(page, 60, 84, "12) That the report be noted.");
    const std::vector<std::string> t = texts(blocks_from_pdf_pages({page}));
    REQUIRE(t.size() == 2);
    CHECK(t[0] == "Improvement Partner Peer Review of the Service (November 2018) was presented by the Head of Service.");
    CHECK(t[1] == "12) That the report be noted.");
  }
}

TEST_CASE("read: the typeset seeds read back with their structure") {
  SUBCASE("Word: numbering rendered, the attendance table as a row, no header or footer") {
    const SourceText s = read_source_text(fixture("003_minutes.docx"));
    CHECK(s.kind == DocumentKind::docx);
    CHECK(has_line(s, "# 43. MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019"));
    CHECK(has_line(s, "# 50. CYPS DIRECTORATE WORKFORCE STRATEGY"));
    CHECK(has_line(s, "(3) That a progress report on the delivery of the CYPS Workforce Strategy be brought back to a meeting of the "
                      "Improving Lives Select Commission in 12 months' time."));
    CHECK(line_of(s, "Present:-\tCouncillor Jarvis") > 0);
    CHECK(line_of(s, "Improving Lives Select Commission \xE2\x80\x93 14 January 2020") == 0);  // the page header
    CHECK(line_of(s, "Page ") == 0);
    const int clause = line_of(s, "(3) That a progress report");
    CHECK(describe_location(s, clause).substr(0, 10) == "paragraph ");
  }
  SUBCASE("Word: a tracked change is taken as accepted") {
    const SourceText s = read_source_text(fixture("004_minutes.docx"));
    const int clause = line_of(s, "(2) That nominations be sought");
    REQUIRE(clause > 0);
    CHECK(s.line(clause).find("from the Improving Lives Select Commission") != std::string_view::npos);
    CHECK(s.line(clause).find("for the work") == std::string_view::npos);
  }
  SUBCASE("PDF: the clause over the page break is one line, which starts on page 8") {
    const SourceText s = read_source_text(fixture("003_minutes.pdf"));
    CHECK(s.kind == DocumentKind::pdf);
    const int clause = line_of(s, "(3) That a progress report");
    REQUIRE(clause > 0);
    CHECK(s.line(clause) == "(3) That a progress report on the delivery of the CYPS Workforce Strategy be brought back to a meeting of "
                            "the Improving Lives Select Commission in 12 months' time.");
    CHECK(describe_location(s, clause).substr(0, 8) == "page 8, ");
    CHECK(line_of(s, "Page ") == 0);
    CHECK(line_of(s, "Improving Lives Select Commission \xE2\x80\x93 14 January 2020") == 0);
  }
}
