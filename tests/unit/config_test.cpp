// config: tracker.toml — calendar, people, vocabulary; errors that say file:line:col and what.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "core/errors.h"
#include "extract/vocabulary.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

// The ConfigError message that loading `text` raises, or "<no error>".
std::string config_error(const TempDir& dir, std::string_view text) {
  const std::string path = dir.write("tracker.toml", text);
  try {
    load_config(path);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "<no error>";
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool contains(std::string_view s, std::string_view needle) { return s.find(needle) != std::string_view::npos; }

Day day(const char* iso) { return *parse_iso_day(iso); }

const char* kDirectory = R"(
[[committee]]
name = "Improving Lives Select Commission"
short = "ILSC"
aliases = ["Improving Lives Select Committee"]
meetings = [2020-03-03, 2020-01-14, 2020-12-15]

[[person]]
name = "Debbie Pons"
role = "Principal Democratic Services Officer"
to = 2019-12-31

[[person]]
name = "Martin Elliott"
role = "Governance Advisor"
from = 2020-01-14
to = 2021-12-31

[[person]]
name = "Natasha Aucott"
role = "Governance Advisor"
from = 2025-01-01
)";

}  // namespace

TEST_CASE("config: the built-in defaults") {
  const Config c = default_config();
  CHECK(c.source == "built-in defaults");
  CHECK(c.committees.empty());
  CHECK(c.people.empty());
  CHECK_FALSE(c.vocabulary.resolution_markers.empty());
  CHECK(c.vocabulary.kind_patterns.count("action") == 1);
}

TEST_CASE("config: committees and people") {
  TempDir dir;
  const std::string path = dir.write("tracker.toml", kDirectory);
  const Config c = load_config(path);
  CHECK(c.source == path);
  REQUIRE(c.committees.size() == 1);
  CHECK(c.committees[0].short_name == "ILSC");

  SUBCASE("meeting dates are read and sorted") {
    CHECK(c.committees[0].meetings == std::vector<Day>{day("2020-01-14"), day("2020-03-03"), day("2020-12-15")});
  }
  SUBCASE("find_committee by name, short name or alias, ignoring case and spacing") {
    const Committee* by_alias = c.find_committee("Improving Lives Select Committee");
    REQUIRE(by_alias);
    CHECK(by_alias->name == "Improving Lives Select Commission");
    CHECK(c.find_committee("ILSC") == by_alias);
    CHECK(c.find_committee("IMPROVING LIVES SELECT COMMISSION") == by_alias);
    CHECK(c.find_committee("  Improving   Lives Select  Commission ") == by_alias);
    CHECK(c.find_committee("Health Select Commission") == nullptr);
  }
  SUBCASE("person_for_role by date") {
    const Person* p = c.person_for_role("Governance Advisor", day("2020-06-16"));
    REQUIRE(p);
    CHECK(p->name == "Martin Elliott");
    const Person* later = c.person_for_role("Governance Advisor", day("2025-07-22"));
    REQUIRE(later);
    CHECK(later->name == "Natasha Aucott");
    CHECK(c.person_for_role("Governance Advisor", day("2023-05-01")) == nullptr);
    CHECK(c.person_for_role("Governance Advisor", day("2019-06-11")) == nullptr);
    const Person* officer = c.person_for_role("Principal Democratic Services Officer", day("2019-06-11"));
    REQUIRE(officer);
    CHECK(officer->name == "Debbie Pons");
    CHECK(c.person_for_role("Principal Democratic Services Officer", day("2020-01-14")) == nullptr);
  }
  SUBCASE("the first and last days of a role are inclusive; the role ignores case") {
    const Person* first = c.person_for_role("governance advisor", day("2020-01-14"));
    REQUIRE(first);
    CHECK(first->name == "Martin Elliott");
    const Person* last = c.person_for_role("Governance Advisor", day("2021-12-31"));
    REQUIRE(last);
    CHECK(last->name == "Martin Elliott");
  }
  SUBCASE("the vocabulary stays the built-in one") {
    CHECK(c.vocabulary.resolution_markers == default_vocabulary().resolution_markers);
  }
}

TEST_CASE("config: errors name the file, line, column and problem") {
  TempDir dir;
  const std::string path = (dir.path / "tracker.toml").string();

  SUBCASE("an unknown key in a table") {
    const std::string m = config_error(dir,
                                       "[[committee]]\n"
                                       "name = \"Improving Lives Select Commission\"\n"
                                       "due_dat = 2020-01-01\n");
    CHECK(m == path + ":3:1: unknown key 'due_dat' in [[committee]]");
  }
  SUBCASE("an unknown top-level key") {
    const std::string m = config_error(dir,
                                       "# comment\n"
                                       "colour = \"red\"\n");
    CHECK(m == path + ":2:1: unknown key 'colour' in tracker.toml");
  }
  SUBCASE("an unknown key in [extract]") {
    const std::string m = config_error(dir,
                                       "[extract]\n"
                                       "resolution_marker = [\"AGREED\"]\n");
    CHECK(starts_with(m, path + ":2:1: "));
    CHECK(contains(m, "'resolution_marker'"));
    CHECK(contains(m, "[extract]"));
  }
  SUBCASE("a meeting date that is not a date") {
    const std::string m = config_error(dir,
                                       "[[committee]]\n"
                                       "name = \"ILSC\"\n"
                                       "meetings = [2020-01-14, \"14/01/2020\"]\n");
    CHECK(starts_with(m, path + ":3:"));
    CHECK(contains(m, "YYYY-MM-DD"));
  }
  SUBCASE("a meeting date that is not a real day") {
    const std::string m = config_error(dir,
                                       "[[committee]]\n"
                                       "name = \"ILSC\"\n"
                                       "meetings = [\"2020-02-30\"]\n");
    CHECK(starts_with(m, path + ":3:"));
    CHECK(contains(m, "YYYY-MM-DD"));
  }
  SUBCASE("a person without a role") {
    const std::string m = config_error(dir,
                                       "[[person]]\n"
                                       "name = \"Martin Elliott\"\n");
    CHECK(starts_with(m, path + ":"));
    CHECK(contains(m, "role"));
  }
  SUBCASE("a TOML syntax error") {
    const std::string m = config_error(dir,
                                       "[[committee]]\n"
                                       "name = \"unterminated\n");
    CHECK(starts_with(m, path + ":2:"));
  }
  SUBCASE("a missing file") {
    const std::string missing = (dir.path / "nope.toml").string();
    try {
      load_config(missing);
      FAIL("no error");
    } catch (const ConfigError& e) {
      CHECK(std::string(e.what()) == missing + ": no such configuration file");
    }
  }
}

TEST_CASE("config: a kind pattern that does not compile names the list") {
  SUBCASE("from tracker.toml") {
    TempDir dir;
    const std::string path = dir.write("tracker.toml",
                                       "[extract.kinds]\n"
                                       "action = ['\\bbe\\s+(brought']\n");
    // Reported when the file is read, at the pattern's line in the file given (not "tracker.toml"
    // whatever the file is called, and with no line, as when only the vocabulary compiled it).
    try {
      (void)load_config(path);
      FAIL("the pattern was accepted");
    } catch (const ConfigError& e) {
      const std::string m = e.what();
      CHECK(contains(m, path + ":2:"));
      CHECK(contains(m, "[extract.kinds] action"));
      CHECK(contains(m, "(brought"));
    }
  }
  SUBCASE("built in memory") {
    VocabularyConfig v = default_vocabulary();
    v.kind_patterns["noting"] = {"(unclosed"};
    CHECK_THROWS_AS(CompiledVocabulary{v}, ConfigError);
  }
  SUBCASE("a bad commitment pattern") {
    VocabularyConfig v = default_vocabulary();
    v.commitment_patterns = {"would be [circulated"};
    try {
      CompiledVocabulary compiled(v);
      FAIL("the pattern compiled");
    } catch (const ConfigError& e) {
      CHECK(contains(e.what(), "commitment_patterns"));
    }
  }
}

TEST_CASE("config: a list in [extract] replaces the built-in list") {
  TempDir dir;
  const std::string path = dir.write("tracker.toml",
                                     "[extract]\n"
                                     "resolution_markers = [\"DECIDED\"]\n");
  const Config c = load_config(path);
  CHECK(c.vocabulary.resolution_markers == std::vector<std::string>{"DECIDED"});
  CHECK(c.vocabulary.reason_markers == default_vocabulary().reason_markers);

  const std::string minutes =
      "# SCRUTINY BOARD Tuesday, 14th January, 2020\n"
      "\n"
      "# 12. BUDGET MONITORING\n"
      "\n";
  SUBCASE("'Resolved:' is no longer a marker") {
    const Extraction x = extract_text(minutes + "Resolved: That the report be noted.\n", {}, c);
    CHECK(x.resolutions.empty());
    const Extraction with_defaults = extract_text(minutes + "Resolved: That the report be noted.\n");
    CHECK(with_defaults.resolutions.size() == 1);
  }
  SUBCASE("'DECIDED:' is, in capitals only") {
    const Extraction x = extract_text(minutes + "DECIDED: That the report be noted.\n", {}, c);
    REQUIRE(x.resolutions.size() == 1);
    CHECK(x.resolutions[0].clause.text == "That the report be noted.");
    CHECK(extract_text(minutes + "Decided: That the report be noted.\n", {}, c).resolutions.empty());
  }
}

TEST_CASE("config: [roles] gives a council's own groups, organisations and abbreviations") {
  TempDir dir;
  const std::string path = dir.write("tracker.toml",
                                     "[roles]\n"
                                     "collective = [\"the Friends group\"]\n"
                                     "organisations = [\"Cooperative\"]\n"
                                     "[roles.abbreviations]\n"
                                     "LHM = \"Leisure and Halls Manager\"\n");
  const Config c = load_config(path);
  CHECK(c.vocabulary.collective_owners == std::vector<std::string>{"the Friends group"});
  CHECK(c.vocabulary.organisation_words == std::vector<std::string>{"Cooperative"});
  REQUIRE(c.vocabulary.role_abbreviations.size() == 1);
  CHECK(c.vocabulary.role_abbreviations[0].first == "LHM");
  CHECK(c.vocabulary.officer_roles == default_vocabulary().officer_roles);
  const CompiledVocabulary v(c.vocabulary);
  CHECK(v.is_collective_owner("the Friends group"));
  CHECK(v.is_organisation("Upton Community Cooperative"));
  CHECK_FALSE(v.is_organisation("the Environment Agency"));
  CHECK(v.expand_role_abbreviation("LHM") == std::optional<std::string>("Leisure and Halls Manager"));
  CHECK_FALSE(v.expand_role_abbreviation("RFO"));
  TempDir bad;
  CHECK(contains(config_error(bad, "[roles]\nabbreviations = [\"RFO\"]\n"), "abbreviations"));
}

TEST_CASE("config: the committee's meetings feed the calendar and people the owner's person") {
  TempDir dir;
  const Config c = load_config(dir.write("tracker.toml", kDirectory));
  const Extraction x = extract_text(
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020\n"
      "\n"
      "# 53. MONITORING REPORT\n"
      "\n"
      "Resolved: -\n"
      "(1) That the Governance Advisor makes the required follow up activity.\n"
      "(2) That a further report be brought to the December 2020 meeting.\n",
      {}, c);
  CHECK(x.meeting.committee == "Improving Lives Select Commission");
  REQUIRE(x.resolutions.size() == 2);
  REQUIRE(x.resolutions[0].owner);
  CHECK(x.resolutions[0].owner->person == "Martin Elliott");
  REQUIRE(x.resolutions[1].due);
  REQUIRE(x.resolutions[1].due->day);
  CHECK(format_day(*x.resolutions[1].due->day) == "2020-12-15");
}

TEST_CASE("config: [[rule]] entries replace the built-in rules and keep the comment above as why") {
  TempDir dir;
  const std::string path = dir.write("tracker.toml",
                                     "# Due within a week: the owner should be told.\n"
                                     "[[rule]]\n"
                                     "id = \"due-soon\"\n"
                                     "flag = \"Due soon\"\n"
                                     "severity = \"amber\"\n"
                                     "when = \"due_date - as_of <= 7\"\n"
                                     "message = \"due {due}\"\n");
  const Config c = load_config(path);
  REQUIRE(c.rules.size() == 1);
  CHECK(c.rules[0].id == "due-soon");
  CHECK(c.rules[0].severity == "amber");
  CHECK(c.rules[0].when == "due_date - as_of <= 7");
  CHECK(c.rules[0].why == "Due within a week: the owner should be told.");
  CHECK(c.rules[0].where == path + ":6");
  CHECK(default_config().rules.size() == 8);
}

TEST_CASE("config: a [[rule]] that is incomplete or has a bad severity is refused") {
  TempDir dir;
  const std::string path = (dir.path / "tracker.toml").string();
  SUBCASE("no condition") {
    const std::string m = config_error(dir, "[[rule]]\nid = \"x\"\nflag = \"X\"\nseverity = \"red\"\n");
    CHECK(starts_with(m, path + ":"));
    CHECK(contains(m, "needs 'when'"));
  }
  SUBCASE("a severity that is not red, amber or info") {
    const std::string m = config_error(dir, "[[rule]]\nid = \"x\"\nflag = \"X\"\nseverity = \"orange\"\nwhen = \"true\"\n");
    CHECK(m == path + ":4:12: rule 'x': severity must be \"red\", \"amber\" or \"info\"");
  }
  SUBCASE("two rules with one id") {
    const std::string rule = "[[rule]]\nid = \"x\"\nflag = \"X\"\nseverity = \"red\"\nwhen = \"true\"\n";
    const std::string m = config_error(dir, rule + rule);
    CHECK(starts_with(m, path + ":7:"));
    CHECK(contains(m, "two rules have the id 'x'"));
  }
}

TEST_CASE("config: tracker.toml ships the built-in rules, word for word") {
  const Config shipped = load_config(std::string(TRACKER_SOURCE_DIR) + "/tracker.toml");
  const auto built_in = default_rules();
  REQUIRE(shipped.rules.size() == built_in.size());
  for (size_t k = 0; k < built_in.size(); ++k) {
    CAPTURE(built_in[k].id);
    CHECK(shipped.rules[k].id == built_in[k].id);
    CHECK(shipped.rules[k].flag == built_in[k].flag);
    CHECK(shipped.rules[k].severity == built_in[k].severity);
    CHECK(shipped.rules[k].when == built_in[k].when);
    CHECK(shipped.rules[k].message == built_in[k].message);
    CHECK(shipped.rules[k].why == built_in[k].why);
  }
}

TEST_CASE("config: a mail address that would add a header is refused at its line") {
  TempDir dir;
  const std::string path = dir.write("tracker.toml",
                                     "[check]\n"
                                     "from = \"tracker@example.org\"\n"
                                     "fallback_to = \"a@b.example\\nBcc: spy@evil.example\"\n");
  CHECK_THROWS_WITH_AS(load_config(path), doctest::Contains((path + ":3:").c_str()), ConfigError);
  const std::string person = dir.write("people.toml",
                                       "[[person]]\n"
                                       "name = \"Jane Smith\"\n"
                                       "role = \"Governance Advisor\"\n"
                                       "email = \"Jane <jane@example.org>\"\n");
  CHECK_THROWS_WITH_AS(load_config(person), doctest::Contains((person + ":4:").c_str()), ConfigError);
}

TEST_CASE("config: a FIFO given as the configuration is refused, not waited on") {
  TempDir dir;
  const std::string fifo = (dir.path / "tracker.toml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(load_config(fifo), doctest::Contains("named pipe"), ConfigError);
}

TEST_CASE("config: the Word file's font and the calendar's meeting time are checked where they are written") {
  TempDir dir;
  const std::string path = (dir.path / "tracker.toml").string();
  CHECK(config_error(dir, "[report]\nfont_size = 2\n") == path + ":2:13: report font_size must be a number of points from 6 to 36");
  CHECK(config_error(dir, "[report]\nfont_size = \"10\"\n") == path + ":2:13: report font_size must be a number of points from 6 to 36");
  CHECK(config_error(dir, "[report]\nfont = \"\"\n") == path + ":2:8: report font must name a font, such as \"Arial\"");
  CHECK(config_error(dir, "[report]\nowner_column = \"yes\"\n") == path + ":2:16: report owner_column must be true or false");
  CHECK(config_error(dir, "[calendar]\nmeeting_time = \"25:00\"\n") ==
        path + ":2:16: calendar meeting_time must be a time of day as HH:MM, such as \"10:00\"");
  CHECK(config_error(dir, "[calendar]\nmeeting_time = \"9:30\"\n") ==
        path + ":2:16: calendar meeting_time must be a time of day as HH:MM, such as \"10:00\"");
  const Config c = load_config(dir.write("ok.toml", "[report]\nfont_size = 10.5\nowner_column = true\n[calendar]\nmeeting_time = \"18:30\"\n"));
  CHECK(c.report.font_size == 10.5);
  CHECK(c.report.owner_column);
  CHECK(c.report.font == "Arial");
  CHECK(c.calendar.meeting_time == "18:30");
}
