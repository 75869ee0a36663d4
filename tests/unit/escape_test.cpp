// report/escape: each format's escaping, in the one place every renderer uses.
#include <doctest/doctest.h>

#include "report/escape.h"

using namespace tracker;

TEST_CASE("csv: a cell a spreadsheet would run as a formula gets an apostrophe and quotes") {
  CHECK(csv_cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_cell("+1") == "\"'+1\"");
  CHECK(csv_cell("-2+3") == "\"'-2+3\"");
  CHECK(csv_cell("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_cell("\tx") == "\"'\tx\"");
  CHECK(csv_cell("\rx") == "\"'\rx\"");
}

TEST_CASE("csv: ordinary text is left alone, and quoted only when it must be") {
  CHECK(csv_cell("Governance Advisor") == "Governance Advisor");
  CHECK(csv_cell("2021-01") == "2021-01");
  CHECK(csv_cell("a = b") == "a = b");
  CHECK(csv_cell("Noted, with thanks") == "\"Noted, with thanks\"");
  CHECK(csv_cell("say \"yes\"") == "\"say \"\"yes\"\"\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_cell("") == "");
}

TEST_CASE("markdown: HTML, links, images, emphasis, code and table pipes stay text") {
  CHECK(markdown_text("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(markdown_text("![x](http://e/x.png)") == "!\\[x\\](http://e/x.png)");
  CHECK(markdown_text("a | b") == "a \\| b");
  CHECK(markdown_text("*bold* _it_ `code` ~~gone~~ \\") == "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ \\\\");
  CHECK(markdown_text("&lt;b&gt;") == "\\&lt;b\\&gt;");
}

TEST_CASE("markdown: line breaks and control characters cannot start a new line") {
  CHECK(markdown_text("one\ntwo\r\n# three") == "one two  # three");
  CHECK(markdown_text("bell\x07 esc\x1b") == "bell  esc ");
  CHECK(markdown_text("Children's Services – 12 months' time.") == "Children's Services – 12 months' time.");
}

TEST_CASE("html: the five characters with a meaning in content and attributes") {
  CHECK(html_text("<img src=x onerror=\"alert('1')\"> & co") == "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co");
}

TEST_CASE("markdown and html: appended to text already written, runs of plain text between the escapes") {
  std::string md = "| ";
  append_markdown_text(md, "a*b [c](d)\x7f" "end");
  CHECK(md == "| a\\*b \\[c\\](d) end");
  std::string html = "<td>";
  append_html_text(html, "Tom & Jerry's \"<b>\"");
  CHECK(html == "<td>Tom &amp; Jerry&#39;s &quot;&lt;b&gt;&quot;");
  CHECK(markdown_text("") == "");
  CHECK(html_text("plain") == "plain");
}
