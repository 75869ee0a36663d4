#include "cli/arguments.h"

#include "core/errors.h"

namespace tracker {

std::optional<std::string> ParsedArguments::get(const std::string& name) const {
  auto it = values.find(name);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

ParsedArguments parse_arguments(const std::string& command, const std::vector<OptionSpec>& options,
                                const std::vector<std::string>& args) {
  ParsedArguments out;
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a.size() < 2 || a[0] != '-' || a == "-") {
      out.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a;
    std::optional<std::string> inline_value;
    if (size_t eq = a.find('='); eq != std::string::npos) {
      name = a.substr(0, eq);
      inline_value = a.substr(eq + 1);
    }
    const OptionSpec* spec = nullptr;
    for (const auto& o : options)
      if (o.name == name) spec = &o;
    if (spec == nullptr) throw UsageError("unknown option '" + name + "' for '" + command + "' (see 'tracker help " + command + "')");
    if (spec->value_name.empty()) {
      if (inline_value) throw UsageError("option '" + name + "' takes no value");
      out.values[name] = "";
      continue;
    }
    if (inline_value) {
      out.values[name] = *inline_value;
    } else {
      if (i + 1 >= args.size()) throw UsageError("option '" + name + "' needs a value: " + name + " " + spec->value_name);
      out.values[name] = args[++i];
    }
  }
  return out;
}

}  // namespace tracker
