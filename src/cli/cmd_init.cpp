#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/command_table.h"
#include "cli/store_context.h"
#include "config/config_texts.h"
#include "core/errors.h"
#include "core/files.h"

namespace tracker {

const std::vector<OptionSpec> kInitOptions = store_options({});

int run_init(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("init takes no arguments");
  const std::string config_path = args.get("--config").value_or("tracker.toml");
  std::error_code ec;
  if (!std::filesystem::exists(config_path, ec)) {
    // Whole or not at all: a truncated tracker.toml would be "already there" for the next init.
    write_file_whole(config_path, config_template());
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
