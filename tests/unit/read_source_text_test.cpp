// read: bytes of a minutes file -> normalised lines, or an InputError that says where and what.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/errors.h"
#include "read/source_text.h"

#include "test_helpers.h"

using namespace tracker;
using tracker::test::TempDir;

namespace {

// The message of the InputError that reading `bytes` as "m.txt" raises, or "<no error>".
std::string input_error(std::string_view bytes, const std::string& path = "m.txt") {
  try {
    source_text_from_bytes(path, bytes);
  } catch (const InputError& e) {
    return e.what();
  }
  return "<no error>";
}

std::string file_error(const std::string& path) {
  try {
    read_source_text(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "<no error>";
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool contains(std::string_view s, std::string_view needle) { return s.find(needle) != std::string_view::npos; }

}  // namespace

TEST_CASE("read: a UTF-8 byte order mark is stripped") {
  const SourceText s = source_text_from_bytes("m.txt", "\xEF\xBB\xBFResolved: -\nThat the report be noted.\n");
  REQUIRE(s.line_count() == 2);
  CHECK(s.line(1) == "Resolved: -");
  CHECK(s.line(2) == "That the report be noted.");
  CHECK(s.path == "m.txt");
}

TEST_CASE("read: line ends become LF and lines are numbered as an editor numbers them") {
  SUBCASE("CRLF") {
    const SourceText s = source_text_from_bytes("m.txt", "43. MINUTES\r\n\r\nResolved: -\r\n(1) That the report be noted.\r\n");
    REQUIRE(s.line_count() == 4);
    CHECK(s.line(1) == "43. MINUTES");
    CHECK(s.line(2) == "");
    CHECK(s.line(3) == "Resolved: -");
    CHECK(s.line(4) == "(1) That the report be noted.");
    CHECK(s.buffer.find('\r') == std::string::npos);
  }
  SUBCASE("a lone CR (old Mac files) is a line break too") {
    const SourceText s = source_text_from_bytes("m.txt", "first\rsecond\r\rfourth");
    REQUIRE(s.line_count() == 4);
    CHECK(s.line(1) == "first");
    CHECK(s.line(2) == "second");
    CHECK(s.line(3) == "");
    CHECK(s.line(4) == "fourth");
  }
  SUBCASE("mixed line ends") {
    const SourceText s = source_text_from_bytes("m.txt", "one\r\ntwo\nthree\rfour\n");
    REQUIRE(s.line_count() == 4);
    CHECK(s.line(3) == "three");
    CHECK(s.line(4) == "four");
  }
  SUBCASE("a final line without a line end still counts; a final line end adds no line") {
    CHECK(source_text_from_bytes("m.txt", "a\nb").line_count() == 2);
    CHECK(source_text_from_bytes("m.txt", "a\nb\n").line_count() == 2);
  }
}

TEST_CASE("read: no-break and other Unicode spaces become ordinary spaces and zero-width spaces go") {
  SUBCASE("no-break space") {
    const SourceText s = source_text_from_bytes("m.txt", "Resolved:\xC2\xA0-\xC2\xA0That the report be noted.");
    CHECK(s.line(1) == "Resolved: - That the report be noted.");
  }
  SUBCASE("a line holding only a no-break space is blank") {
    const SourceText s = source_text_from_bytes("m.txt", "10.\n\xC2\xA0\nMinutes of the Previous Meeting");
    REQUIRE(s.line_count() == 3);
    CHECK(s.line(2) == " ");
  }
  SUBCASE("narrow no-break space and em space") {
    const SourceText s = source_text_from_bytes("m.txt", "5.30\xE2\x80\xAFp.m.\xE2\x80\x83Town Hall");
    CHECK(s.line(1) == "5.30 p.m. Town Hall");
  }
  SUBCASE("zero-width space") {
    const SourceText s = source_text_from_bytes("m.txt", "Re\xE2\x80\x8Bsolved: -");
    CHECK(s.line(1) == "Resolved: -");
  }
  SUBCASE("other UTF-8 is kept as it is") {
    const SourceText s = source_text_from_bytes("m.txt", "Assistant Director \xE2\x80\x93 Education \xE2\x80\x98Rotherham\xE2\x80\x99");
    CHECK(s.line(1) == "Assistant Director \xE2\x80\x93 Education \xE2\x80\x98Rotherham\xE2\x80\x99");
  }
}

TEST_CASE("read: invalid UTF-8 is an InputError that names the line") {
  SUBCASE("a Latin-1 byte on line 3") {
    const std::string m = input_error("Present:- Councillor Cusworth\nApologies\nCaf\xE9 meeting\n");
    CHECK(starts_with(m, "m.txt: "));
    CHECK(contains(m, "UTF-8"));
    CHECK(contains(m, "line 3"));
  }
  SUBCASE("the line is counted across CRLF and lone CR") {
    CHECK(contains(input_error("one\r\ntwo\rthree\r\n\xFF"), "line 4"));
  }
  SUBCASE("a sequence cut off at the end of the file") {
    CHECK(contains(input_error("dash \xE2\x80"), "line 1"));
  }
  SUBCASE("an overlong encoding") {
    CHECK(contains(input_error("slash \xC0\xAF"), "UTF-8"));
  }
  SUBCASE("an encoded surrogate") {
    CHECK(contains(input_error("x \xED\xA0\x80 y"), "UTF-8"));
  }
}

TEST_CASE("read: binary files are refused") {
  SUBCASE("NUL bytes") {
    const std::string m = input_error(std::string_view("ab\0cd\0ef", 8));
    CHECK(starts_with(m, "m.txt: "));
    CHECK(contains(m, "binary"));
  }
  SUBCASE("a PDF with NUL bytes in its streams") {
    const std::string m = input_error(std::string("%PDF-1.7\n1 0 obj\n") + std::string(2, '\0') + "stream", "minutes.pdf");
    CHECK(starts_with(m, "minutes.pdf: "));
    CHECK(contains(m, "PDF"));
  }
  SUBCASE("a Word (zip) file") {
    CHECK(contains(input_error(std::string_view("PK\x03\x04\x14\0\x06\0", 8)), "Word"));
  }
}

TEST_CASE("read: a PDF without NUL bytes is still named as a PDF") {
  const std::string m = input_error("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "minutes.pdf");
  CHECK(starts_with(m, "minutes.pdf: "));
  CHECK(contains(m, "PDF"));
}

TEST_CASE("read: empty and whitespace-only files are empty") {
  CHECK(input_error("") == "m.txt: is empty");
  CHECK(input_error(" \n\t\r\n   \r") == "m.txt: is empty");
  CHECK(input_error("\xEF\xBB\xBF") == "m.txt: is empty");
  CHECK(input_error("\xC2\xA0\n\xE2\x80\x8B\n") == "m.txt: is empty");
}

TEST_CASE("read: UTF-16 text is refused with advice") {
  SUBCASE("little-endian") {
    const std::string m = input_error(std::string_view("\xFF\xFER\0e\0s\0", 8));
    CHECK(starts_with(m, "m.txt: "));
    CHECK(contains(m, "UTF-16"));
  }
  SUBCASE("big-endian") {
    CHECK(contains(input_error(std::string_view("\xFE\xFF\0R\0e", 6)), "UTF-16"));
  }
}

TEST_CASE("read: files on disk") {
  TempDir dir;
  SUBCASE("a file is read and normalised like bytes in memory") {
    const std::string path = dir.write("minutes.txt", "\xEF\xBB\xBF# 43. MINUTES\r\n\r\n**Resolved:**\xC2\xA0- That the report be noted.\r\n");
    const SourceText s = read_source_text(path);
    CHECK(s.path == path);
    REQUIRE(s.line_count() == 3);
    CHECK(s.line(1) == "# 43. MINUTES");
    CHECK(s.line(3) == "**Resolved:** - That the report be noted.");
  }
  SUBCASE("a missing file: the message starts with the path") {
    const std::string path = (dir.path / "no-such-minutes.txt").string();
    const std::string m = file_error(path);
    CHECK(starts_with(m, path + ": "));
    CHECK(contains(m, "no such file"));
  }
  SUBCASE("a directory") {
    const std::string path = dir.path.string();
    const std::string m = file_error(path);
    CHECK(starts_with(m, path + ": "));
    CHECK(contains(m, "directory"));
  }
  SUBCASE("an empty file on disk") {
    const std::string path = dir.write("empty.txt", "");
    CHECK(file_error(path) == path + ": is empty");
  }
  SUBCASE("invalid UTF-8 on disk names the path and the line") {
    const std::string path = dir.write("latin1.txt", "line one\nline two\n\x93quoted\x94\n");
    const std::string m = file_error(path);
    CHECK(starts_with(m, path + ": "));
    CHECK(contains(m, "line 3"));
  }
}

TEST_CASE("read: a long run of blank lines keeps five, and every kept line knows its number in the file") {
  std::string text = "Resolved: -\n";
  for (int k = 0; k < 1000; ++k) text += "\n";
  text += "That the report be noted.\n";
  const SourceText s = source_text_from_bytes("blank.txt", text);
  REQUIRE(s.line_count() == 7);
  CHECK(s.file_line(0) == 1);
  CHECK(s.file_line(5) == 6);
  CHECK(s.line(7) == "That the report be noted.");
  CHECK(s.file_line(6) == 1002);
}

TEST_CASE("read: a file of control characters is binary, not empty - a size over the limit never reads as the limit") {
  CHECK(input_error(std::string("\x01\x02\x03\n\x04\x05", 6)) == "m.txt: looks like a binary file, not text minutes");
  const std::string over(kMaxSourceBytes + 1, 'a');
  CHECK(input_error(over) == "m.txt: is too large (256.1 MB; the limit is 256 MB)");
}

TEST_CASE("read: a long printable run is copied whole, and what ends it is still seen") {
  const std::string run(37, 'x');
  SUBCASE("a control character deep in a run becomes a space") {
    const SourceText s = source_text_from_bytes("m.txt", run + "\x07" + run);
    CHECK(s.line(1) == run + " " + run);
  }
  SUBCASE("DEL and UTF-8 after eight or more plain bytes") {
    const SourceText s = source_text_from_bytes("m.txt", run + "\x7f" + run + "\ncaf\xC3\xA9 " + run + "\xE2\x80\x93" + "end");
    CHECK(s.line(1) == run + "\x7f" + run);
    CHECK(s.line(2) == "caf\xC3\xA9 " + run + "\xE2\x80\x93" + "end");
  }
  SUBCASE("a line break at any place in a run") {
    for (size_t at = 1; at < 20; ++at) {
      std::string bytes = run;
      bytes[at] = '\n';
      const SourceText s = source_text_from_bytes("m.txt", bytes);
      REQUIRE(s.line_count() == 2);
      CHECK(s.line(1) == run.substr(0, at));
    }
  }
}
