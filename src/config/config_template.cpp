#include "config/config_keys.h"
#include "config/config_texts.h"

namespace tracker {
namespace {

std::string header(const ConfigSection& section) {
  return section.list_of_tables ? "[[" + section.name + "]]" : "[" + section.name + "]";
}

// Plain settings at their defaults, so that the file says what is in force; a setting with no
// default (an empty address) as a commented example.
std::string with_defaults(const ConfigSection& section, const Config& defaults) {
  std::string out = header(section) + "\n";
  for (const ConfigKey& key : section.keys) {
    out += comment_lines(key.name + ": " + key.help + ".");
    if (auto value = key.value(defaults, 0))
      out += key.name + " = " + *value + "\n";
    else
      out += "# " + key.name + " = " + key.example + "\n";
  }
  return out;
}

std::string commented_example(const ConfigSection& section) {
  std::string out = "# " + header(section) + "\n";
  if (section.open_keys) out += "# RFO = \"Responsible Financial Officer\"\n";
  for (const ConfigKey& key : section.keys) out += "# " + key.name + " = " + key.example + "\n";
  return out;
}

// The built-in rules written out, each with its reason, so that they can be read and changed.
std::string rules_written_out(const Config& defaults) {
  const ConfigSection& section = *find_config_section("rule");
  std::string out;
  for (size_t i = 0; i < defaults.rules.size(); ++i) {
    out += "\n" + comment_lines(defaults.rules[i].why) + "[[rule]]\n";
    for (const ConfigKey& key : section.keys)
      if (auto value = key.value(defaults, i)) out += key.name + " = " + *value + "\n";
  }
  return out;
}

}  // namespace

std::string comment_lines(const std::string& text) {
  std::string out, line;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(at, end - at);
    if (!line.empty() && line.size() + 1 + word.size() > 94) {
      out += "# " + line + "\n";
      line.clear();
    }
    if (!word.empty()) line += (line.empty() ? "" : " ") + word;
    at = end + 1;
  }
  if (!line.empty()) out += "# " + line + "\n";
  return out;
}

std::string config_template() {
  const Config defaults = default_config();
  std::string out =
      "# tracker.toml: the tracker's configuration. A line starting with # is a comment.\n"
      "# 'tracker config' prints the configuration in force and where each value came from;\n"
      "# docs/config.md describes every key.\n";
  for (const ConfigSection& section : config_sections()) {
    out += "\n" + comment_lines(section.help);
    switch (section.in_template) {
      case TemplateStyle::defaults: out += with_defaults(section, defaults); break;
      case TemplateStyle::commented_example: out += commented_example(section); break;
      case TemplateStyle::rules: out += rules_written_out(defaults); break;
    }
  }
  return out;
}

}  // namespace tracker
