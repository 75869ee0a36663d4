#include "cli/command_table.h"

namespace tracker {

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      {"extract", "extract FILE [--date YYYY-MM-DD] [--committee NAME] [--format text|json] [--config PATH]",
       "read one set of minutes and show the resolutions, actions and commitments found (writes nothing)",
       "Reads FILE (minutes copied from the council's web page, converted from PDF, or a whole agenda\n"
       "pack) and prints what it found: the meeting, its items, every resolution clause with its kind,\n"
       "owner and due date, promises made in the discussion, and warnings about anything it could not\n"
       "read. Nothing is written to the tracker's database.\n\n"
       "--date gives the meeting date when the file does not (an excerpt, for example).\n"
       "--committee names the committee when the heading does not, or spells it differently.\n"
       "--format text (the default) is for checking by eye; json is for scripts.\n"
       "The vocabulary (resolution markers, clause kinds, roles, bodies) and the meeting calendar come\n"
       "from tracker.toml in the current folder, or the file given with --config.\n\n"
       "Exit status: 0 when the file was read, 2 when it could not be (the reason is printed).",
       kExtractOptions, run_extract},
  };
  return table;
}

const CommandSpec* find_command(const std::string& name) {
  for (const auto& c : command_table())
    if (c.name == name) return &c;
  return nullptr;
}

std::string general_help() {
  std::string out =
      "tracker: turns the resolutions in committee minutes into tracked actions.\n\n"
      "Usage: tracker COMMAND [options]\n\nCommands:\n";
  for (const auto& c : command_table()) {
    out += "  " + c.name + std::string(c.name.size() < 10 ? 10 - c.name.size() : 1, ' ') + c.summary + "\n";
  }
  out +=
      "\nOther:\n"
      "  tracker help COMMAND   explain one command\n"
      "  tracker --version      print the version\n\n"
      "Exit status: 0 success, 2 bad input or usage (a one-line reason is printed).\n";
  return out;
}

std::string command_help(const CommandSpec& command) {
  std::string out = "Usage: tracker " + command.usage + "\n\n" + command.summary + "\n\n" + command.details + "\n";
  if (!command.options.empty()) {
    out += "\nOptions:\n";
    for (const auto& o : command.options) {
      std::string left = o.name + (o.value_name.empty() ? "" : " " + o.value_name);
      out += "  " + left + std::string(left.size() < 26 ? 26 - left.size() : 1, ' ') + o.help + "\n";
    }
  }
  return out;
}

}  // namespace tracker
