#pragma once
// What every command that reads or writes the database shares: its options and the context
// they give (configuration and its compiled rules, database path, the day, who is acting).
#include <initializer_list>
#include <string>
#include <vector>

#include "cli/arguments.h"
#include "config/config.h"
#include "rules/rule_set.h"
#include "store/store.h"

namespace tracker {

// --db, --config, --as-of, --by
std::vector<OptionSpec> store_options(std::vector<OptionSpec> own);

struct StoreContext {
  Config config;
  RuleSet rules{{}};  // config.rules, compiled: a rule's mistake stops the command before it starts
  std::string db_path;
  Day as_of;
  std::string who;
  Change change(const std::string& note) const { return Change{as_of, who, note}; }
};

StoreContext store_context(const ParsedArguments& args);
// --committee as the database names it (given by its name, short name, or an alias from
// tracker.toml); nullopt without one. A committee the database does not know is a UsageError, so
// that a typing mistake is not an empty list that looks like good news.
std::optional<std::string> committee_option(const Store& store, const StoreContext& c, const ParsedArguments& args);
// The database a command works on (--db, else [database] path, else tracker.db), for messages.
std::string database_path(const ParsedArguments& args);
Day parse_day_option(const ParsedArguments& args, const std::string& name, Day fallback);
std::string require_one_id(const ParsedArguments& args, const std::string& command);
// --format's value, which must be one of `allowed` (the first is the default).
std::string format_option(const ParsedArguments& args, std::initializer_list<const char*> allowed);
void print(const std::string& text);
// Writes `text` to `path` (whole, via a private temporary file renamed into place; a device or
// FIFO directly), or prints it. The context's database and configuration are refused as outputs.
void write_output(const std::optional<std::string>& path, const std::string& text, const StoreContext& c);

}  // namespace tracker
