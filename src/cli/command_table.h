#pragma once
// Every command in one table: name, usage, one-line summary, options and handler. Help and
// usage errors are generated from it, so they cannot drift from what the command accepts.
#include <string>
#include <vector>

#include "cli/arguments.h"

namespace tracker {

struct CommandSpec {
  std::string name;
  std::string usage;    // "extract FILE [--date YYYY-MM-DD] …"
  std::string summary;  // one line for `tracker --help`
  std::string details;  // paragraphs for `tracker help NAME`
  std::vector<OptionSpec> options;
  int (*run)(const ParsedArguments& args);
};

const std::vector<CommandSpec>& command_table();
const CommandSpec* find_command(const std::string& name);
std::string general_help();
std::string command_help(const CommandSpec& command);

// Handlers, one file each.
int run_extract(const ParsedArguments& args);
int run_init(const ParsedArguments& args);
int run_import(const ParsedArguments& args);
int run_actions(const ParsedArguments& args);
int run_show(const ParsedArguments& args);
int run_update(const ParsedArguments& args);
int run_chase(const ParsedArguments& args);
int run_close(const ParsedArguments& args);
int run_transfer(const ParsedArguments& args);
int run_respond(const ParsedArguments& args);
int run_meeting(const ParsedArguments& args);
int run_matches(const ParsedArguments& args);
int run_dump(const ParsedArguments& args);
int run_flags(const ParsedArguments& args);
int run_report(const ParsedArguments& args);
int run_check(const ParsedArguments& args);
int run_briefing(const ParsedArguments& args);
int run_config(const ParsedArguments& args);
int run_add(const ParsedArguments& args);
extern const std::vector<OptionSpec> kExtractOptions, kInitOptions, kImportOptions, kActionsOptions, kShowOptions, kUpdateOptions,
    kChaseOptions, kCloseOptions, kTransferOptions, kRespondOptions, kMeetingOptions, kMatchesOptions, kDumpOptions, kFlagsOptions, kReportOptions, kCheckOptions, kBriefingOptions,
    kConfigOptions, kAddOptions, kCommitmentOptions;
int run_commitment(const ParsedArguments& args);
int run_calendar(const ParsedArguments& args);
extern const std::vector<OptionSpec> kCalendarOptions;
int run_adopt(const ParsedArguments& args);
extern const std::vector<OptionSpec> kAdoptOptions;

}  // namespace tracker
