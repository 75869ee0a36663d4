#pragma once
// Every section and key of tracker.toml in one table: its type, what it is for, and how to read
// its value back out of a Config. The reader takes its known and required keys from here; the
// template `tracker init` writes, `tracker config` and docs/config.md are generated from it, so
// none of them can name a key the others do not know.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"

namespace tracker {

enum class ValueType { text, choice, fraction, email, date, texts, pattern, patterns, dates, number, yes_no, time_of_day };

struct ConfigKey {
  std::string name;
  ValueType type;
  std::string help;
  std::string example;  // a TOML value other than the default, for the template and the tests
  bool required = false;
  std::string choices;  // for ValueType::choice: "\"open\" or \"all\""
  // The value in force, as TOML, for entry `index` of a list of tables (0 otherwise); nothing
  // when it is not set (an optional date, an empty address).
  std::optional<std::string> (*value)(const Config& config, std::size_t index);
};

// How `tracker init` writes a section: its keys at their defaults, or one commented example.
enum class TemplateStyle { defaults, commented_example, rules };

struct ConfigSection {
  std::string name;          // "report", "extract.kinds", "committee"
  bool list_of_tables;       // [[committee]]
  std::string help;
  TemplateStyle in_template;
  std::vector<ConfigKey> keys;
  // A table whose keys are the user's own ([roles.abbreviations] RFO = "…"): any key is text.
  bool open_keys = false;
  // How many entries a list of tables has in `config` (1 for a plain table).
  std::size_t (*entries)(const Config& config) = nullptr;
};

const std::vector<ConfigSection>& config_sections();
const ConfigSection* find_config_section(std::string_view name);
const ConfigKey* find_config_key(const ConfigSection& section, std::string_view key);
// "text", "list of regular expressions", "\"open\" or \"all\"": the type as the docs say it.
std::string describe_type(const ConfigKey& key);

// TOML spellings used by the template and `tracker config`.
std::string toml_string(std::string_view text);
std::string toml_key(std::string_view key);
std::string toml_strings(const std::vector<std::string>& texts);

}  // namespace tracker
