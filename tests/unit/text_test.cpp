// core/text: the checks made at the edge, on values from the command line and tracker.toml.
#include <doctest/doctest.h>

#include "core/text.h"

using namespace tracker;

TEST_CASE("text: well-formed UTF-8 only") {
  CHECK(valid_utf8("Children’s Services – café"));
  CHECK(valid_utf8(""));
  CHECK_FALSE(valid_utf8("caf\xe9"));          // Latin-1
  CHECK_FALSE(valid_utf8("\xc3\x28"));         // a broken pair
  CHECK_FALSE(valid_utf8("\xc0\xaf"));         // overlong '/'
  CHECK_FALSE(valid_utf8("\xed\xa0\x80"));     // a surrogate
  CHECK_FALSE(valid_utf8("\xf4\x90\x80\x80")); // past U+10FFFF
  CHECK_FALSE(valid_utf8("\xe2\x80"));         // cut short
}

TEST_CASE("text: a value in a one-line message shows its control characters escaped") {
  CHECK(printable("no\nsuch\rid\x1b[31m\t\x7f") == "no\\nsuch\\rid\\x1b[31m\\t\\x7f");
  CHECK(printable("caf\xe9 – ok") == "caf\\xe9 – ok");
  CHECK(printable("Governance Advisor") == "Governance Advisor");
}

TEST_CASE("text: a mail address is one bare address, nothing that could add a header") {
  CHECK(is_email_address("governance@ravensdale.gov.uk"));
  CHECK(is_email_address("tracker@localhost"));
  CHECK_FALSE(is_email_address("a@b.example\nBcc: spy@evil.example"));
  CHECK_FALSE(is_email_address("a@b.example\r\n"));
  CHECK_FALSE(is_email_address("Jane <jane@b.example>"));
  CHECK_FALSE(is_email_address("a@b.example, c@d.example"));
  CHECK_FALSE(is_email_address("jane"));
  CHECK_FALSE(is_email_address("@b.example"));
  CHECK_FALSE(is_email_address("jane@"));
  CHECK_FALSE(is_email_address("a@b@c"));
  CHECK_FALSE(is_email_address("jané@b.example"));
}

TEST_CASE("text: searches anchored on a needle's rarest letter find what a plain search finds") {
  const std::string_view text = "the Head of Service presented the report; it was presented again by the Head";
  for (std::string_view needle : {" presented ", "presented by", "head", " the ", "e", "zz", "report;", " by "}) {
    CAPTURE(needle);
    for (size_t from = 0; from <= text.size(); from += 7) {
      CHECK(find_phrase(text, needle, from) == text.find(needle, from));
    }
  }
  CHECK(find_phrase("abc", "abcd") == std::string_view::npos);
  CHECK(find_phrase("abc", "", 1) == 1);
  SUBCASE("case-blind") {
    CHECK(ifind("The HEAD of service", " head ") == 3);
    CHECK(ifind("Presented by the head", "PRESENTED BY ") == 0);
    CHECK(ifind("nothing here", "Zebra") == std::string_view::npos);
    CHECK(ifind("a b. 3 ", " 3 ") == 4);  // a needle with no letters anchors on its first byte
  }
}
