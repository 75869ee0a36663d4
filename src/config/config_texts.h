#pragma once
// The texts generated from the table of keys (config_keys.h): the configuration in force with
// where each value came from, the tracker.toml that `tracker init` writes, and the reference
// in docs/config.md.
#include <string>

#include "config/config.h"

namespace tracker {

// Valid TOML: every section and key with its value in force, each followed by a comment saying
// where it came from ("tracker.toml line 12" or "built-in default").
std::string config_in_force(const Config& config);
// The commented tracker.toml `tracker init` writes: plain settings at their defaults, examples
// for the lists, and the built-in rules written out.
std::string config_template();
// Every section and key in Markdown: type, default and what it is for.
std::string config_reference();

// `text` as comment lines of at most 96 columns, each starting "# ".
std::string comment_lines(const std::string& text);

}  // namespace tracker
