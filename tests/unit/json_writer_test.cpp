// report: the streaming JSON writer.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/json_writer.h"

using namespace tracker;

namespace {

std::string json_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

}  // namespace

TEST_CASE("json: string escaping") {
  CHECK(json_string("That the report be noted.") == "\"That the report be noted.\"");
  CHECK(json_string("the \"blended\" offer") == "\"the \\\"blended\\\" offer\"");
  CHECK(json_string("C:\\minutes\\2020") == "\"C:\\\\minutes\\\\2020\"");
  CHECK(json_string("line\nnext\r\tcell") == "\"line\\nnext\\r\\tcell\"");
  CHECK(json_string("") == "\"\"");
  SUBCASE("other control characters as \\u00XX") {
    CHECK(json_string(std::string_view("a\0b", 3)) == "\"a\\u0000b\"");
    CHECK(json_string("\x01") == "\"\\u0001\"");
    CHECK(json_string("page\fbreak") == "\"page\\u000cbreak\"");
    CHECK(json_string("\x1f") == "\"\\u001f\"");
  }
  SUBCASE("UTF-8 passes through unchanged") {
    CHECK(json_string("Assistant Director \xE2\x80\x93 Education") == "\"Assistant Director \xE2\x80\x93 Education\"");
    CHECK(json_string("\xE2\x80\x98Would this be good enough?\xE2\x80\x99 \xC2\xA3" "1m caf\xC3\xA9") ==
          "\"\xE2\x80\x98Would this be good enough?\xE2\x80\x99 \xC2\xA3" "1m caf\xC3\xA9\"");
  }
  SUBCASE("appends to what is there") {
    std::string out = "x=";
    append_json_string(out, "y");
    CHECK(out == "x=\"y\"");
  }
}

TEST_CASE("json: nesting with two-space indentation") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("file");
  w.value("minutes/2020-01-14.txt");
  w.key("count");
  w.value(3);
  w.key("clauses");
  w.begin_array();
  w.begin_object();
  w.key("label");
  w.value("3(a)");
  w.key("tracked");
  w.value(true);
  w.key("due");
  w.null();
  w.end_object();
  w.value(false);
  w.end_array();
  w.key("owners");
  w.string_array({"Chair", "Vice-Chair"});
  w.end_object();
  CHECK(out ==
        "{\n"
        "  \"file\": \"minutes/2020-01-14.txt\",\n"
        "  \"count\": 3,\n"
        "  \"clauses\": [\n"
        "    {\n"
        "      \"label\": \"3(a)\",\n"
        "      \"tracked\": true,\n"
        "      \"due\": null\n"
        "    },\n"
        "    false\n"
        "  ],\n"
        "  \"owners\": [\n"
        "    \"Chair\",\n"
        "    \"Vice-Chair\"\n"
        "  ]\n"
        "}\n");
}

TEST_CASE("json: empty containers") {
  SUBCASE("an empty object at the top") {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.end_object();
    CHECK(out == "{}\n");
  }
  SUBCASE("empty containers inside") {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.key("warnings");
    w.begin_array();
    w.end_array();
    w.key("meeting");
    w.begin_object();
    w.end_object();
    w.key("people");
    w.string_array({});
    w.end_object();
    CHECK(out ==
          "{\n"
          "  \"warnings\": [],\n"
          "  \"meeting\": {},\n"
          "  \"people\": []\n"
          "}\n");
  }
}

TEST_CASE("json: values") {
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  w.value(-12);
  w.value(1234567890123LL);
  w.value(2.5);
  w.value(std::optional<std::string>{});
  w.value(std::optional<std::string>{"Cabinet"});
  w.value(std::string("a\"b"));
  w.end_array();
  if (!out.empty() && out.back() == '\n') out.pop_back();  // a final line end is not the point here
  CHECK(out ==
        "[\n"
        "  -12,\n"
        "  1234567890123,\n"
        "  2.500,\n"
        "  null,\n"
        "  \"Cabinet\",\n"
        "  \"a\\\"b\"\n"
        "]");
}

TEST_CASE("json: keys are escaped too") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("say \"hi\"\n");
  w.value(1);
  w.end_object();
  CHECK(out == "{\n  \"say \\\"hi\\\"\\n\": 1\n}\n");
}
