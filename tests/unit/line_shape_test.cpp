// parse: the shape of one line once its markup is gone.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "parse/line_shape.h"

using namespace tracker;

namespace {

std::string clean(std::string_view raw) { return clean_line(raw).text; }

// "style:value" of the clause label at the start of `text`, or "none".
std::string label_of(std::string_view text) {
  auto label = clause_label_at_start(text);
  if (!label) return "none";
  const char* style = "?";
  switch (label->style) {
    case LabelStyle::paren_number: style = "(n)"; break;
    case LabelStyle::number_paren: style = "n)"; break;
    case LabelStyle::number_dot: style = "n."; break;
    case LabelStyle::paren_letter: style = "(a)"; break;
    case LabelStyle::letter_paren: style = "a)"; break;
    case LabelStyle::letter_dot: style = "a."; break;
    case LabelStyle::paren_roman: style = "(i)"; break;
    case LabelStyle::roman_paren: style = "i)"; break;
  }
  return std::string(style) + ":" + label->value;
}

// "number|title" of the item heading on the raw line, or "none".
std::string item_of(std::string_view raw) {
  auto item = item_number_at_start(clean_line(raw));
  return item ? item->number + "|" + item->title : "none";
}

}  // namespace

TEST_CASE("line: Markdown headings and bold") {
  SUBCASE("heading level is counted and the hashes go") {
    const CleanLine line = clean_line("# 43. MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019");
    CHECK(line.heading_level == 1);
    CHECK(line.text == "43. MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019");
    CHECK(clean_line("### 44. DECLARATIONS OF INTEREST").heading_level == 3);
    CHECK(clean_line("Resolved: -").heading_level == 0);
  }
  SUBCASE("bold markers go") {
    CHECK(clean("**Resolved:** - That the report be noted.") == "Resolved: - That the report be noted.");
    const CleanLine line = clean_line("### **Persistent Absence**");
    CHECK(line.heading_level == 3);
    CHECK(line.text == "Persistent Absence");
    CHECK(clean("__Resolved:__ That") == "Resolved: That");
  }
  SUBCASE("whitespace collapses and the line is trimmed") {
    CHECK(clean("   Resolved:   -    That  the report  be noted.   ") == "Resolved: - That the report be noted.");
  }
}

TEST_CASE("line: list bullets") {
  SUBCASE("a hyphen") {
    const CleanLine line = clean_line("- (1) That the report be noted.");
    CHECK(line.bullet);
    CHECK(line.text == "(1) That the report be noted.");
  }
  SUBCASE("a bullet character") {
    const CleanLine line = clean_line("\xE2\x80\xA2 Train Secondary reading ambassadors");
    CHECK(line.bullet);
    CHECK(line.text == "Train Secondary reading ambassadors");
  }
  SUBCASE("a middle dot, as ModernGov pages copy") {
    const CleanLine line = clean_line("\xC2\xB7           Continue to embed key strategies");
    CHECK(line.bullet);
    CHECK(line.text == "Continue to embed key strategies");
    CHECK(clean_line("\xC2\xB7" "Continue").text == "Continue");
  }
  SUBCASE("an asterisk bullet, not bold") {
    const CleanLine line = clean_line("* That the report be noted.");
    CHECK(line.bullet);
    CHECK(line.text == "That the report be noted.");
  }
  SUBCASE("a Markdown bullet before a bold marker") {
    const CleanLine line = clean_line("- **Resolved:** - That");
    CHECK(line.bullet);
    CHECK(line.text == "Resolved: - That");
  }
  SUBCASE("not bullets") {
    CHECK_FALSE(clean_line("That the report be noted.").bullet);
    CHECK_FALSE(clean_line("-4 degrees").bullet);
    CHECK_FALSE(clean_line("**Resolved:**").bullet);
  }
}

TEST_CASE("line: flattened HTML") {
  SUBCASE("paragraphs and list items") {
    CHECK(clean("<p>Resolved: -</p> <ol style=\"list-style-type: none\"> <li>1) That the report be noted.</li> "
                "<li>2) That the Work Programme be approved.</li></ol>") ==
          "Resolved: - 1) That the report be noted. 2) That the Work Programme be approved.");
  }
  SUBCASE("a heading tag") {
    CHECK(clean("<h1>BRIEFING</h1>") == "BRIEFING");
  }
  SUBCASE("entities") {
    CHECK(clean("Children &amp; Young People&#39;s Services&nbsp;update") == "Children & Young People's Services update");
  }
  SUBCASE("a link in angle brackets keeps its address") {
    CHECK(clean("<https://rotherham.public-i.tv/core/portal/home>") == "https://rotherham.public-i.tv/core/portal/home");
  }
  SUBCASE("a less-than sign that is not a tag stays") {
    CHECK(clean("attendance < 90% in 3 schools") == "attendance < 90% in 3 schools");
  }
}

TEST_CASE("line: tabs are kept as cell separators") {
  const CleanLine line = clean_line("16 June\tPerformance Monitoring\t<p>To receive a briefing paper.</p>\t<p>Resolved: -</p>");
  CHECK(line.has_tabs);
  CHECK(line.text == "16 June\tPerformance Monitoring\tTo receive a briefing paper.\tResolved: -");
  SUBCASE("a run of spaces and tabs is one tab") {
    CHECK(clean("a  \t  b") == "a\tb");
    CHECK_FALSE(clean_line("a    b").has_tabs);
  }
  SUBCASE("leading and trailing tabs go") {
    const CleanLine cell = clean_line("\tLEAD OFFICER:\tDean Fenton\t");
    CHECK(cell.text == "LEAD OFFICER:\tDean Fenton");
  }
}

TEST_CASE("line: a number then a wide gap") {
  CHECK(clean_line("44  Apologies for absence").number_then_gap);
  CHECK(clean_line("44\tApologies for absence").number_then_gap);
  CHECK_FALSE(clean_line("44 Apologies for absence").number_then_gap);
  CHECK_FALSE(clean_line("Item 44  Apologies").number_then_gap);
}

TEST_CASE("line: clause labels") {
  CHECK(label_of("(1) That the report be noted.") == "(n):1");
  CHECK(label_of("1) That the report be noted.") == "n):1");
  CHECK(label_of("1. That the report be noted.") == "n.:1");
  CHECK(label_of("(12) That") == "(n):12");
  CHECK(label_of("(a) that all schools be encouraged") == "(a):a");
  CHECK(label_of("a) that all schools be encouraged") == "a):a");
  CHECK(label_of("b. that the offer be reviewed") == "a.:b");
  CHECK(label_of("(iv) the exclusion data") == "(i):iv");
  CHECK(label_of("(ii) the exclusion data") == "(i):ii");
  CHECK(label_of("iii) the exclusion data") == "i):iii");
  SUBCASE("the label's length takes in the spaces after it") {
    auto label = clause_label_at_start("(1)   That the report be noted.");
    REQUIRE(label);
    CHECK(label->length == 6);
    auto dot = clause_label_at_start("10. That");
    REQUIRE(dot);
    CHECK(dot->value == "10");
    CHECK(dot->length == 4);
  }
  SUBCASE("a lone (i) is left for the caller: letter or roman, its value is i") {
    auto label = clause_label_at_start("(i) the attendance figures");
    REQUIRE(label);
    CHECK(label->value == "i");
  }
  SUBCASE("not labels") {
    CHECK(label_of("1.1 text of a section") == "none");
    CHECK(label_of("e.g. x") == "none");
    CHECK(label_of("(1)") == "none");
    CHECK(label_of("(1) ") == "none");
    CHECK(label_of("J. Smith attended the meeting") == "none");
    CHECK(label_of("Dr. Smith attended") == "none");
    CHECK(label_of("2021 at 10.00") == "none");
    CHECK(label_of("(Vice-Chair in the Chair)") == "none");
    CHECK(label_of("That the report be noted.") == "none");
    CHECK(label_of("1)That") == "none");
  }
}

TEST_CASE("line: roman numerals") {
  CHECK(roman_value("i") == 1);
  CHECK(roman_value("iv") == 4);
  CHECK(roman_value("ix") == 9);
  CHECK(roman_value("xiv") == 14);
  CHECK(roman_value("VII") == 7);
  CHECK(roman_value("abc") == 0);
  CHECK(roman_value("") == 0);
  CHECK(is_roman_style(LabelStyle::paren_roman));
  CHECK_FALSE(is_roman_style(LabelStyle::paren_letter));
  CHECK(is_letter_style(LabelStyle::letter_dot));
  CHECK_FALSE(is_letter_style(LabelStyle::number_dot));
}

TEST_CASE("line: item numbers") {
  CHECK(item_of("43. MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019") ==
        "43|MINUTES OF THE PREVIOUS MEETING HELD ON OCTOBER 29, 2019");
  CHECK(item_of("90. MINUTES OF THE PREVIOUS MEETING HELD ON 28 JULY 2020") == "90|MINUTES OF THE PREVIOUS MEETING HELD ON 28 JULY 2020");
  SUBCASE("a Markdown heading") {
    const CleanLine line = clean_line("# 43. TITLE");
    CHECK(line.heading_level == 1);
    auto item = item_number_at_start(line);
    REQUIRE(item);
    CHECK(item->number == "43");
    CHECK(item->title == "TITLE");
  }
  SUBCASE("the number alone on its line, the title below") {
    CHECK(item_of("14.") == "14|");
  }
  SUBCASE("a wide gap instead of a dot") {
    CHECK(item_of("44  Apologies for absence") == "44|Apologies for absence");
    CHECK(item_of("44\tApologies for absence") == "44|Apologies for absence");
  }
  SUBCASE("a heading in capitals without a dot") {
    CHECK(item_of("12 CHILDREN'S SERVICES UPDATE") == "12|CHILDREN'S SERVICES UPDATE");
  }
  SUBCASE("Minute 12: Title") {
    CHECK(item_of("Minute 12: Budget Monitoring") == "12|Budget Monitoring");
  }
  SUBCASE("the title is tidied") {
    CHECK(item_of("10. Improving Lives Select Commission - Monitoring Report (Page 46)") ==
          "10|Improving Lives Select Commission - Monitoring Report");
  }
  SUBCASE("not item numbers") {
    CHECK(item_of("2021 at 10.00") == "none");
    CHECK(item_of("44 Apologies for absence") == "none");
    CHECK(item_of("4") == "none");
    CHECK(item_of("3.4 To continue involvement with the Regional AEHEP") == "none");
    CHECK(item_of("15 working days of training were offered") == "none");
    CHECK(item_of("Present:- Councillor Cusworth") == "none");
  }
}

TEST_CASE("line: page furniture") {
  CHECK(is_page_furniture("Page 4"));
  CHECK(is_page_furniture("Page 4 of 9"));
  CHECK(is_page_furniture("  page 12  "));
  CHECK(is_page_furniture("- 4 -"));
  CHECK_FALSE(is_page_furniture("Page"));
  CHECK_FALSE(is_page_furniture("Page four"));
  CHECK_FALSE(is_page_furniture("Pages 1 - 8"));
  CHECK_FALSE(is_page_furniture("Page 4 of the report sets out the figures"));
  CHECK_FALSE(is_page_furniture("- the report -"));
  CHECK_FALSE(is_page_furniture("That the report be noted."));
}

TEST_CASE("line: tidy_title") {
  CHECK(tidy_title("Minutes of the Previous Meeting pdf icon PDF 139 KB") == "Minutes of the Previous Meeting");
  CHECK(tidy_title("Minutes of the previous meeting held on 22 September 2020 (Pages 1 - 8)") ==
        "Minutes of the previous meeting held on 22 September 2020");
  CHECK(tidy_title("Improving Lives Select Commission - Monitoring Report (Page 46)") ==
        "Improving Lives Select Commission - Monitoring Report");
  CHECK(tidy_title("  Declarations of Interest  ") == "Declarations of Interest");
  CHECK(tidy_title("Corporate Parenting Panel (CPP)") == "Corporate Parenting Panel (CPP)");
}

TEST_CASE("line: the quick paths leave a line as the full cleaning would") {
  CHECK(clean_line("Item one\tOwner\tDue").text == "Item one\tOwner\tDue");  // single tabs: already clean
  CHECK(clean_line("Item one\t\tOwner").text == "Item one\tOwner");
  CHECK(clean_line("Item one \tOwner").text == "Item one\tOwner");
  CHECK(clean_line("one\x0btwo").text == "one two");      // a vertical tab is a gap
  CHECK(clean_line("one\x01two").text == "one\x01two");   // another control byte is not
  CHECK(clean_line("A **bold** word and 2 * 3").text == "A bold word and 2 3");
  CHECK(clean_line("snake_case stays, __bold__ goes").text == "snake_case stays, bold goes");
  CHECK(clean_line("R&amp;D **noted**").text == "R&D noted");
}
