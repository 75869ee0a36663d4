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
      {"init", "init [--db PATH] [--config PATH]", "create the database, and a commented tracker.toml if there is none",
       "Creates the database (or upgrades an older one) and writes a commented tracker.toml when the\n"
       "configuration file is missing. The committees, calendars and people of tracker.toml are copied in.",
       kInitOptions, run_init},
      {"import", "import FILE... [--committee NAME] [--date YYYY-MM-DD] [--dry-run] [--db PATH]",
       "add minutes to the tracker: new actions, the calendar, and what later meetings delivered",
       "Imports each FILE in its own transaction (all of it or none of it) and says what it added,\n"
       "changed and left alone. Importing the same file again changes nothing; a corrected version of\n"
       "the same meeting's minutes updates its clauses in place and keeps what was recorded by hand.\n"
       "Files can be imported in any order. Imports also learn meeting dates and scheduled items from\n"
       "agendas and work programmes, and mark actions scheduled or delivered when a later agenda or\n"
       "minutes take up their subject (weaker matches wait in 'tracker matches').\n"
       "Exit status: 0 when every file was imported, 2 when any could not be (its reason is printed).",
       kImportOptions, run_import},
      {"actions", "actions [--committee C] [--status S,...] [--owner TEXT] [--due-before D] [--format text|json|csv]",
       "list tracked actions", "Lists actions with their ID, status, due meeting, owner and clause.", kActionsOptions, run_actions},
      {"show", "show ID [--format text|json]", "one action in full, with its history",
       "Shows the clause, its source file and line, owner, due, response and every event.", kShowOptions, run_show},
      {"update", "update ID [--status S] [--owner NAME] [--due DATE] [--note TEXT]", "change an action's status, owner or due",
       "Records the change as an event. An owner or due set here is kept when minutes are imported again.\n"
       "Moving the due meeting counts as a reschedule. Closing, dropping or transferring needs --note.",
       kUpdateOptions, run_update},
      {"chase", "chase ID [--note TEXT]", "record that the owner was chased", "Adds a dated chaser to the action's history.",
       kChaseOptions, run_chase},
      {"close", "close ID --note TEXT", "close an action, saying why", "Closes the action; a closed action cannot be closed again.",
       kCloseOptions, run_close},
      {"transfer", "transfer ID --to WHERE --note TEXT", "hand an action to another tracker",
       "Marks the action transferred (for example to the Sub and Project Group tracker).", kTransferOptions, run_transfer},
      {"respond", "respond ID --accepted|--partial|--rejected [--reason TEXT] [--from NAME] [--date D]",
       "record the executive's response to a recommendation",
       "Recommendations have a response (awaiting, accepted, partially accepted, rejected) apart from\n"
       "their implementation status. A rejection must give its reasons.",
       kRespondOptions, run_respond},
      {"meeting", "meeting add|cancel|list [DATE] [--committee NAME] [--note REASON]", "the meeting calendar",
       "list shows every known meeting and how many actions are due at it. add puts a meeting in the\n"
       "calendar. cancel marks it cancelled and moves every action due there to the committee's next\n"
       "meeting, recording a 'rescheduled' event with the reason.",
       kMeetingOptions, run_meeting},
      {"matches", "matches [accept|reject N] [--all]", "proposed matches to accept or reject",
       "Lists matches between actions and later agenda items or minutes that were not sure enough to\n"
       "apply by themselves; accept one to mark the action scheduled or delivered.",
       kMatchesOptions, run_matches},
      {"dump", "dump [--db PATH]", "print everything recorded, sorted, to compare two databases",
       "Prints every committee, meeting, document, item, clause, action, event, proposal, commitment\n"
       "and person in a stable order (without database row numbers or import times), so that two\n"
       "databases holding the same record print the same text.",
       kDumpOptions, run_dump},
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
