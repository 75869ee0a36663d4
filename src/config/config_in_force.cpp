#include <algorithm>

#include "config/config_keys.h"
#include "config/config_texts.h"

namespace tracker {
namespace {

std::string origin(const Config& config, const std::string& key, const char* otherwise) {
  auto found = config.origin_lines.find(key);
  if (found == config.origin_lines.end()) return otherwise;
  return config.source + " line " + std::to_string(found->second);
}

std::string header(const ConfigSection& section) {
  return section.list_of_tables ? "[[" + section.name + "]]" : "[" + section.name + "]";
}

void write_keys(const Config& config, const ConfigSection& section, size_t index, const std::string& prefix, const char* otherwise,
                std::string& out) {
  for (const ConfigKey& key : section.keys) {
    std::optional<std::string> value = key.value(config, index);
    if (!value) continue;
    out += key.name + " = " + *value + "  # " + origin(config, prefix + "." + key.name, otherwise) + "\n";
  }
}

}  // namespace

std::string config_in_force(const Config& config) {
  std::string out = "# The configuration in force, from " + config.source +
                    ". After each value, where it came from: a line of the file, or the built-in default.\n";
  for (const ConfigSection& section : config_sections()) {
    const size_t entries = section.entries(config);
    if (section.open_keys) {
      out += "\n";
      // [roles.abbreviations]: the user's own keys, in the order a file gives them back (sorted;
      // each is looked up whole, so the order means nothing).
      out += header(section) + "\n";
      auto abbreviations = config.vocabulary.role_abbreviations;
      std::sort(abbreviations.begin(), abbreviations.end());
      for (const auto& [abbreviation, role] : abbreviations)
        out += toml_key(abbreviation) + " = " + toml_string(role) + "  # " +
               origin(config, section.name + "." + abbreviation, "built-in default") + "\n";
      continue;
    }
    if (!section.list_of_tables) {
      out += "\n" + header(section) + "\n";
      write_keys(config, section, 0, section.name, "built-in default", out);
      continue;
    }
    if (entries == 0) out += "\n# " + header(section) + ": none\n";
    for (size_t i = 0; i < entries; ++i) {
      const std::string prefix = section.name + "." + std::to_string(i);
      out += "\n";
      // A rule's reason, as the file or the built-in set gives it.
      if (section.name == "rule" && !config.rules[i].why.empty()) out += comment_lines(config.rules[i].why);
      out += header(section) + "  # " + origin(config, prefix, "built-in") + "\n";
      write_keys(config, section, i, prefix, "built-in", out);
    }
  }
  return out;
}

}  // namespace tracker
