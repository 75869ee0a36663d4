#include "cli/store_context.h"

#include <chrono>
#include <cstdlib>

#include "core/errors.h"

namespace tracker {

std::vector<OptionSpec> store_options(std::vector<OptionSpec> own) {
  own.push_back({"--db", "PATH", "the database (default: [database] path in tracker.toml, else tracker.db)"});
  own.push_back({"--config", "PATH", "configuration file (default: ./tracker.toml)"});
  own.push_back({"--as-of", "YYYY-MM-DD", "the day to act as if it were (default: today)"});
  own.push_back({"--by", "NAME", "who is making the change, for the history (default: $USER)"});
  own.push_back({"--help", "", "show this help"});
  return own;
}

Day parse_day_option(const ParsedArguments& args, const std::string& name, Day fallback) {
  auto value = args.get(name);
  if (!value) return fallback;
  auto day = parse_iso_day(*value);
  if (!day) throw UsageError(name + " '" + *value + "' is not a date; write it as YYYY-MM-DD");
  return *day;
}

StoreContext store_context(const ParsedArguments& args) {
  StoreContext c;
  c.config = load_config_for_command(args.get("--config"));
  c.db_path = args.get("--db").value_or(c.config.database.value_or("tracker.db"));
  // Only here, at the edge, does the program ask what day it is.
  const Day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  c.as_of = parse_day_option(args, "--as-of", today);
  const char* user = std::getenv("USER");
  c.who = args.get("--by").value_or(user && *user ? user : "tracker user");
  return c;
}

std::string require_one_id(const ParsedArguments& args, const std::string& command) {
  if (args.positional.size() != 1)
    throw UsageError(command + " needs one action ID, such as ILSC-2020-01-50.3 (see 'tracker actions')");
  return args.positional[0];
}

}  // namespace tracker
