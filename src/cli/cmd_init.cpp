#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/command_table.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/files.h"

namespace tracker {
namespace {

// The file `tracker init` writes when there is none: every section, commented.
const char* kConfigTemplate = R"(# tracker.toml: the tracker's configuration. A line starting with # is a comment.

# Where the database lives (default: tracker.db in the current folder).
[database]
path = "tracker.db"

# Each committee: its name as the minutes write it, a short name for action IDs, other
# spellings, and the meeting dates you know. Due phrases ("to the December 2020 meeting")
# resolve through this calendar, and through dates the tool learns from imported files.
# [[committee]]
# name = "Overview and Scrutiny Committee"
# short = "OSC"
# aliases = ["O&S Committee"]
# meetings = [2025-06-17, 2025-07-22]

# Who holds each role, and from when: an action owned by a role goes to whoever held it.
# [[person]]
# name = "A. Person"
# role = "Governance Advisor"
# email = "a.person@example.gov.uk"
# from = 2025-01-01

# An owner for clauses that name nobody: the first pattern (any case) that matches the clause.
# [[owner_default]]
# when = "work programme"
# owner = "Governance Advisor"

# How sure a match must be before an action is marked scheduled or delivered by itself
# (threshold), and before it is proposed for you to accept or reject (propose).
[reconcile]
threshold = 0.8
propose = 0.5

# The monitoring schedule (tracker report monitoring): its title, and "open" (what is still to
# do) or "all".
[report]
title = "Recommendations \u2013 Implementation Monitoring Schedule"
status = "open"

# The weekly overdue mail (tracker check --format mail): who it is from, where replies go, and
# where an owner's mail goes when [[person]] has no email for them.
[check]
from = "committee-tracker@example.gov.uk"
# reply_to = "governance@example.gov.uk"
# fallback_to = "governance@example.gov.uk"

# Rules: each raises a flag on the actions its condition holds for; the reports show the flag
# and its message, and 'tracker flags' which rule raised it. The language is in docs/rules.md.
# Severity: red counts as overdue in the weekly check, amber as at risk, info only informs.
)";

// The built-in rules written out, each with its reason, so that they can be read and changed.
std::string rules_section() {
  std::string out;
  for (const RuleSpec& r : default_rules()) {
    out += "\n# " + r.why + "\n[[rule]]\n";
    out += "id = \"" + r.id + "\"\nflag = \"" + r.flag + "\"\nseverity = \"" + r.severity + "\"\n";
    out += "when = \"" + r.when + "\"\nmessage = \"" + r.message + "\"\n";
  }
  return out;
}

}  // namespace

const std::vector<OptionSpec> kInitOptions = store_options({});

int run_init(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("init takes no arguments");
  const std::string config_path = args.get("--config").value_or("tracker.toml");
  std::error_code ec;
  if (!std::filesystem::exists(config_path, ec)) {
    // Whole or not at all: a truncated tracker.toml would be "already there" for the next init.
    write_file_whole(config_path, std::string(kConfigTemplate) + rules_section());
    std::printf("Wrote %s: edit it to add your committees, their meeting dates and people.\n", config_path.c_str());
  } else {
    std::printf("%s is already there; it was left as it is.\n", config_path.c_str());
  }
  const StoreContext c = store_context(args);
  const bool existed = std::filesystem::exists(c.db_path, ec);
  Store store(c.db_path, true);
  store.sync_config(c.config);
  std::printf("%s %s: %zu committee(s) and their calendars from %s.\n", existed ? "Opened" : "Created", c.db_path.c_str(),
              c.config.committees.size(), c.config.source.c_str());
  return 0;
}

}  // namespace tracker
