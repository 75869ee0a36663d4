#include "cli/store_context.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "core/errors.h"
#include "core/files.h"
#include "core/text.h"

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
  // A rule that does not compile stops every command before it touches the database, not only
  // the reports: the mistake is found the day it is made.
  c.rules = RuleSet(c.config.rules);
  c.db_path = args.get("--db").value_or(c.config.database.value_or("tracker.db"));
  // Only here, at the edge, does the program ask what day it is.
  const Day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  c.as_of = parse_day_option(args, "--as-of", today);
  const char* user = std::getenv("USER");
  const bool usable = user && *user && valid_utf8(user) && printable(user) == user;
  c.who = args.get("--by").value_or(usable ? user : "tracker user");
  return c;
}

std::string database_path(const ParsedArguments& args) {
  if (auto db = args.get("--db")) return *db;
  try {
    return load_config_for_command(args.get("--config")).database.value_or("tracker.db");
  } catch (const TrackerError&) {
    return "tracker.db";
  }
}

std::string require_one_id(const ParsedArguments& args, const std::string& command) {
  if (args.positional.size() != 1)
    throw UsageError(command + " needs one action ID, such as ILSC-2020-01-50.3 (see 'tracker actions')");
  return args.positional[0];
}

std::string format_option(const ParsedArguments& args, std::initializer_list<const char*> allowed) {
  const std::string f = args.get("--format").value_or(*allowed.begin());
  for (const char* a : allowed)
    if (f == a) return f;
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : "|") + std::string(a);
  throw UsageError("--format must be " + list + ", not '" + f + "'");
}

void print(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

void write_output(const std::optional<std::string>& path, const std::string& text, const StoreContext& c) {
  if (!path) {
    print(text);
    return;
  }
  if (same_file(*path, c.db_path)) throw UsageError(*path + ": is the tracker's database; write the report to another file");
  if (c.config.source != "built-in defaults" && same_file(*path, c.config.source))
    throw UsageError(*path + ": is the tracker's configuration; write the report to another file");
  for (const char* suffix : {"-wal", "-shm", "-journal"})
    if (same_file(*path, c.db_path + suffix)) throw UsageError(*path + ": is one of the database's own files; write the report to another file");
  write_file_whole(*path, text);
}

std::optional<std::string> committee_option(const Store& store, const StoreContext& c, const ParsedArguments& args) {
  const auto given = args.get("--committee");
  if (!given) return std::nullopt;
  std::string name = *given;
  if (const Committee* known = c.config.find_committee(name)) name = known->name;
  if (auto found = store.committee_named(name)) return found;
  throw UsageError("no committee called '" + *given + "' in the database (see 'tracker meeting list')");
}

}  // namespace tracker
