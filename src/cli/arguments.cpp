#include "cli/arguments.h"

#include "core/errors.h"
#include "core/text.h"

namespace tracker {

std::optional<std::string> ParsedArguments::get(const std::string& name) const {
  auto it = values.find(name);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

namespace {

// A value that ends up in the record or a report (a note, an owner, a name) must be text: valid
// UTF-8 (or the JSON and the pages made from it would be invalid) with no control characters
// (an ESC would reach the terminal of whoever reads it later). Paths are the system's business.
void check_text_value(const OptionSpec& spec, const std::string& value) {
  if (spec.value_name == "PATH" || spec.value_name == "FILE") return;
  if (!valid_utf8(value)) throw UsageError("the value of " + spec.name + " is not valid UTF-8 text: '" + printable(value) + "'");
  for (char c : value)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      throw UsageError("the value of " + spec.name + " contains a control character: '" + printable(value) + "'");
}

}  // namespace

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
    check_text_value(*spec, out.values[name]);
  }
  return out;
}

}  // namespace tracker
