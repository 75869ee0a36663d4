#include <cstdio>

#include "cli/command_table.h"
#include "config/config.h"
#include "config/config_texts.h"
#include "core/errors.h"

namespace tracker {

const std::vector<OptionSpec> kConfigOptions = {
    {"--config", "PATH", "configuration file (default: ./tracker.toml)"},
    {"--keys", "", "describe every key instead (the text of docs/config.md)"},
    {"--help", "", "show this help"},
};

int run_config(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("config takes no arguments (see 'tracker help config')");
  if (args.has("--keys")) {
    std::fputs(config_reference().c_str(), stdout);
    return 0;
  }
  std::fputs(config_in_force(load_config_for_command(args.get("--config"))).c_str(), stdout);
  return 0;
}

}  // namespace tracker
