#pragma once
// Command-line options as data: each command lists its options once, and parsing, usage errors
// and help all come from that list.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tracker {

struct OptionSpec {
  std::string name;        // "--date"
  std::string value_name;  // "YYYY-MM-DD"; empty for a flag
  std::string help;
};

struct ParsedArguments {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;  // option name -> value ("" for flags)

  bool has(const std::string& name) const { return values.count(name) > 0; }
  std::optional<std::string> get(const std::string& name) const;
};

// Throws UsageError for an unknown option, a missing value or a stray argument.
ParsedArguments parse_arguments(const std::string& command, const std::vector<OptionSpec>& options,
                                const std::vector<std::string>& args);

}  // namespace tracker
