// config keys: the one table of tracker.toml's keys, and what is generated from it (the reader's
// known and required keys, `tracker config`, the init template).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "config/config.h"
#include "config/config_keys.h"
#include "config/config_texts.h"
#include "core/errors.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

std::string header(const ConfigSection& section) {
  return section.list_of_tables ? "[[" + section.name + "]]" : "[" + section.name + "]";
}

// One entry of `section` with every key at its example, but `left_out`.
std::string entry_with_examples(const ConfigSection& section, std::string_view left_out = "") {
  std::string text = header(section) + "\n";
  for (const ConfigKey& key : section.keys)
    if (key.name != left_out) text += key.name + " = " + key.example + "\n";
  return text;
}

std::string load_error(const std::string& path) {
  try {
    load_config(path);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "<no error>";
}

// Every value of every section and entry, as the table reads them: two configurations with the
// same text here hold the same settings.
std::string all_values(const Config& config) {
  std::string out;
  for (const ConfigSection& section : config_sections()) {
    const size_t entries = section.entries(config);
    out += section.name + ": " + std::to_string(entries) + "\n";
    if (section.open_keys) {
      auto abbreviations = config.vocabulary.role_abbreviations;  // looked up whole: their order means nothing
      std::sort(abbreviations.begin(), abbreviations.end());
      for (const auto& [abbreviation, role] : abbreviations) out += abbreviation + "=" + role + "\n";
    }
    for (size_t i = 0; i < entries && !section.open_keys; ++i)
      for (const ConfigKey& key : section.keys) out += key.name + "=" + key.value(config, i).value_or("(not set)") + "\n";
  }
  for (const RuleSpec& rule : config.rules) out += "why: " + rule.why + "\n";
  return out;
}

}  // namespace

TEST_CASE("config keys: each key's example is read, is then in force, and its line is known") {
  TempDir dir;
  for (const ConfigSection& section : config_sections()) {
    if (section.open_keys) continue;
    CAPTURE(section.name);
    const std::string path = dir.write(section.name + ".toml", "# one section\n" + entry_with_examples(section));
    const Config config = load_config(path);
    const Config defaults = default_config();
    REQUIRE(section.entries(config) >= 1);
    const size_t first_line = 3;
    for (size_t k = 0; k < section.keys.size(); ++k) {
      const ConfigKey& key = section.keys[k];
      CAPTURE(key.name);
      CHECK(key.value(config, 0) == key.example);
      if (!section.list_of_tables) CHECK(key.value(defaults, 0) != key.example);
      const std::string where = section.list_of_tables ? section.name + ".0." + key.name : section.name + "." + key.name;
      CHECK(config.origin_lines.at(where) == static_cast<int>(first_line + k));
    }
  }
}

TEST_CASE("config keys: a key the table does not have is refused, naming the file, line and key") {
  TempDir dir;
  for (const ConfigSection& section : config_sections()) {
    if (section.open_keys) continue;
    CAPTURE(section.name);
    const std::string path = dir.write("tracker.toml", entry_with_examples(section) + "colour = \"blue\"\n");
    const size_t line = section.keys.size() + 2;
    CHECK(load_error(path) == path + ":" + std::to_string(line) + ":1: unknown key 'colour' in " + header(section));
  }
  const std::string path = dir.write("top.toml", "[reports]\ntitle = \"x\"\n");
  CHECK(load_error(path) == path + ":1:2: unknown key 'reports' in tracker.toml");
}

TEST_CASE("config keys: a list entry without a required key is refused, naming it") {
  TempDir dir;
  int required = 0;
  for (const ConfigSection& section : config_sections()) {
    for (const ConfigKey& key : section.keys) {
      if (!key.required) continue;
      ++required;
      CAPTURE(key.name);
      const std::string path = dir.write("tracker.toml", "\n" + entry_with_examples(section, key.name));
      CHECK(load_error(path) == path + ":2:1: " + header(section) + " needs '" + key.name + "'");
    }
  }
  CHECK(required == 10);  // committee name; person name, role; owner_default when, owner; body name; rule id, flag, severity, when
}

TEST_CASE("config keys: [roles.abbreviations] takes any abbreviation, each with its line") {
  TempDir dir;
  const std::string path = dir.write("tracker.toml", "[roles.abbreviations]\nRFO = \"Responsible Financial Officer\"\n\"P&R\" = \"Policy and Resources\"\n");
  const Config config = load_config(path);
  REQUIRE(config.vocabulary.role_abbreviations.size() == 2);
  CHECK(config.origin_lines.at("roles.abbreviations.P&R") == 3);
  const std::string listing = config_in_force(config);
  CHECK(listing.find("\"P&R\" = \"Policy and Resources\"  # " + path + " line 3\n") != std::string::npos);
}

TEST_CASE("config in force: each value says where it came from") {
  TempDir dir;
  const std::string path = dir.write("council.toml",
                                     "[report]\n"
                                     "title = \"Scrutiny Tracker\"\n"
                                     "\n"
                                     "[[committee]]\n"
                                     "name = \"Audit Committee\"\n"
                                     "meetings = [2025-06-17]\n");
  const std::string listing = config_in_force(load_config(path));
  CHECK(listing.find("title = \"Scrutiny Tracker\"  # " + path + " line 2\n") != std::string::npos);
  CHECK(listing.find("status = \"open\"  # built-in default\n") != std::string::npos);
  CHECK(listing.find("[[committee]]  # " + path + " line 4\nname = \"Audit Committee\"  # " + path + " line 5\n") !=
        std::string::npos);
  CHECK(listing.find("meetings = [2025-06-17]  # " + path + " line 6\n") != std::string::npos);
  CHECK(listing.find("# [[person]]: none\n") != std::string::npos);
  CHECK(listing.find("[[rule]]  # built-in\nid = \"overdue\"  # built-in\n") != std::string::npos);
}

TEST_CASE("config in force: read back as a file, it gives the same configuration") {
  TempDir dir;
  const std::string given = dir.write("given.toml",
                                      "[[committee]]\nname = \"Audit \\\"A\\\" Committee\"\nshort = \"AC\"\nmeetings = [2025-06-17, 2025-01-02]\n"
                                      "[[person]]\nname = \"A. Person\"\nrole = \"Clerk\"\nfrom = 2025-01-01\n"
                                      "[reconcile]\nthreshold = 1\n"
                                      "[extract]\nacronyms = ['back\\slash', \"it's\", \"tab\\there\"]\n"
                                      "[[rule]]\nid = \"old\"\nflag = \"Old\"\nseverity = \"info\"\nwhen = \"age_days > 400\"\n");
  for (const Config& config : {default_config(), load_config(given)}) {
    const std::string copy = dir.write("copy.toml", config_in_force(config));
    CHECK(all_values(load_config(copy)) == all_values(config));
  }
}

TEST_CASE("config template: read back, it is the built-in configuration, each plain setting from its line") {
  TempDir dir;
  const std::string path = dir.write("tracker.toml", config_template());
  const Config config = load_config(path);
  CHECK(all_values(config) == all_values(default_config()));
  for (const ConfigSection& section : config_sections()) {
    if (section.in_template != TemplateStyle::defaults) continue;
    for (const ConfigKey& key : section.keys)
      CHECK(config.origin_lines.count(section.name + "." + key.name) == (key.value(config, 0) ? 1u : 0u));
  }
  CHECK(config.origin_lines.count("rule.6.when") == 1);
}

TEST_CASE("config texts: TOML strings keep quotes, backslashes and control characters") {
  CHECK(toml_string("plain") == "\"plain\"");
  CHECK(toml_string("\\bbe\\b") == "'\\bbe\\b'");
  CHECK(toml_string("it's \\d") == "\"it's \\\\d\"");
  CHECK(toml_string("a \"b\"\n\x01") == "\"a \\\"b\\\"\\n\\u0001\"");
  CHECK(toml_key("RFO") == "RFO");
  CHECK(toml_key("P&R") == "\"P&R\"");
  CHECK(comment_lines(std::string(50, 'a') + " " + std::string(50, 'b')) ==
        "# " + std::string(50, 'a') + "\n# " + std::string(50, 'b') + "\n");
}
