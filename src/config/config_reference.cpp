#include "config/config_keys.h"
#include "config/config_texts.h"

namespace tracker {
namespace {

// A cell of a Markdown table: pipes would end it.
std::string cell(const std::string& text) {
  std::string out;
  for (char ch : text) out += ch == '|' ? std::string("\\|") : std::string(1, ch);
  return out;
}

std::string default_of(const ConfigSection& section, const ConfigKey& key, const Config& defaults) {
  if (section.list_of_tables) return key.required ? "(required)" : "(optional)";
  const auto value = key.value(defaults, 0);
  if (!value) return "(none)";
  if (key.type == ValueType::texts || key.type == ValueType::patterns) return "the built-in list ('tracker config' prints it)";
  return "`" + *value + "`";
}

}  // namespace

std::string config_reference() {
  const Config defaults = default_config();
  std::string out =
      "# tracker.toml: every key\n\n"
      "Generated from the table of keys (`src/config/config_keys.cpp`) by `tracker config --keys`; a test\n"
      "checks that this file is what it prints. `tracker config` prints the configuration in force and\n"
      "where each value came from. A key that is not here is an error naming the file, line and key.\n";
  for (const ConfigSection& section : config_sections()) {
    out += "\n## " + std::string(section.list_of_tables ? "[[" + section.name + "]]" : "[" + section.name + "]") + "\n\n";
    out += section.help + "\n\n";
    if (section.open_keys) {
      out += "Any key: an abbreviation, whose value (text) is the role written out.\n";
      continue;
    }
    out += "| Key | Type | Default | What it is for |\n|---|---|---|---|\n";
    for (const ConfigKey& key : section.keys)
      out += "| `" + key.name + "` | " + cell(describe_type(key)) + " | " + cell(default_of(section, key, defaults)) + " | " +
             cell(key.help) + " |\n";
  }
  return out;
}

}  // namespace tracker
