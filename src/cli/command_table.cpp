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
      {"import", "import FILE... [--committee NAME] [--date YYYY-MM-DD] [--dry-run] [--adopt] [--db PATH]",
       "add minutes to the tracker: new actions, the calendar, and what later meetings delivered",
       "Imports each FILE whole or not at all, and says what it added, changed and left alone; a file\n"
       "that cannot be imported is reported and the others go on. Files are committed a second's worth\n"
       "at a time, and each one's line is printed once it is. Importing the same file again changes\n"
       "nothing; a corrected version of the same meeting's minutes updates its clauses in place and\n"
       "keeps what was recorded by hand.\n"
       "Files can be imported in any order. Imports also learn meeting dates and scheduled items from\n"
       "agendas and work programmes, and mark actions scheduled or delivered when a later agenda or\n"
       "minutes take up their subject (weaker matches wait in 'tracker matches').\n"
       "The council's own monitoring schedule in a file (an agenda pack's table, or a CSV or Excel\n"
       "schedule given its committee with --committee) is taken in row by row: a row is the action\n"
       "decided that day with the same words, or a new one marked as taken from the schedule, and\n"
       "each of its entries (\"Chased 17 June\", \"Action transferred to ...\") an event, added once.\n"
       "--adopt also adopts every resolution each file quotes from earlier meetings that is not tracked\n"
       "yet (see 'tracker help adopt').\n"
       "Exit status: 0 when every file was imported, 2 when any could not be (its reason is printed).",
       kImportOptions, run_import},
      {"adopt", "adopt FILE [--list] [N...|--all] [--by WHO] [--as-of D]",
       "track resolutions an imported agenda pack quotes from earlier meetings",
       "An agenda pack quotes resolutions the committee (or another body) made at earlier meetings:\n"
       "in its work programme's recommendations column, its items pending, a list of previous\n"
       "resolutions. FILE must have been imported. Without N or --all (or with --list) they are listed\n"
       "with numbers, each under the meeting that made it, saying whether it is tracked already (the\n"
       "same committee, meeting and words as an action) or why it cannot be adopted (a noting clause,\n"
       "a meeting known only by its month). N... adopts those numbers, --all every one that can be and\n"
       "is not tracked yet: each becomes an action of the meeting that made it (added to the calendar\n"
       "as held if missing), its history saying it was adopted from FILE. Adopting again changes nothing.\n"
       "Exit status: 0 when it worked, 2 when it could not (the reason is printed; nothing is written).",
       kAdoptOptions, run_adopt},
      {"actions", "actions [--committee C] [--status S,...] [--owner TEXT] [--due-before D] [--format text|json|csv]",
       "list tracked actions", "Lists actions with their ID, status, due meeting, owner and clause.", kActionsOptions, run_actions},
      {"show", "show ID [--format text|json]", "one action in full, with its history",
       "Shows the clause, its source file and line, owner, due, response and every event.", kShowOptions, run_show},
      {"update", "update ID [--status S] [--owner NAME] [--due DATE] [--further TEXT] [--note TEXT] | update ID --not-reported|--reported --note WHY",
       "change an action's status, owner, due or further-action words; leave it out of the monitoring schedule",
       "Records the change as an event. An owner or due set here is kept when minutes are imported again.\n"
       "Moving the due meeting counts as a reschedule. Closing, dropping or transferring needs --note.\n"
       "--further sets the committee's own words for the schedule's \"Further action required by\n"
       "Scrutiny\" column (--further \"\" clears them); the event keeps the words they replace.\n"
       "--not-reported leaves the action out of the monitoring schedule (it is nothing the committee\n"
       "reports on), with the reason in its history; --reported puts it back. Either needs --note and\n"
       "is given alone; a schedule as of an earlier day shows the row as it was then.",
       kUpdateOptions, run_update},
      {"add", "add --committee C --decided YYYY-MM-DD --text TEXT [--item TITLE] [--owner NAME] [--due DATE] [--note TEXT]",
       "record an action by hand, one no minutes in the tracker hold",
       "Records one action decided at the committee's meeting on --decided (added to the calendar as\n"
       "held when it is not there), marked as entered by hand, with an ID like the others\n"
       "(ILSC-2020-03-H1). Its history starts with who entered it (--by) and why (--note).\n"
       "--due is a meeting's day (YYYY-MM-DD, one the calendar has) or a month (YYYY-MM).",
       kAddOptions, run_add},
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
       "apply by themselves; accept one to mark the action scheduled or delivered. Rejecting one\n"
       "accepted by mistake undoes it: the schedule then shows neither.",
       kMatchesOptions, run_matches},
      {"flags", "flags [--committee C] [--all] [--rules] [--as-of D] [--format text|json]",
       "every flagged action, with the rule that raised each flag",
       "Runs the rules of tracker.toml ([[rule]]) over every action and lists each flagged action with\n"
       "its flags, the message, and the rule's id, place and condition: a flag can always be explained.\n"
       "--all lists unflagged actions too; --rules lists the rules themselves, with why each exists.\n"
       "Rules are checked before anything is read: an unknown field, a type error or a syntax error\n"
       "stops the command with the rule's id and the column. The language is in docs/rules.md.",
       kFlagsOptions, run_flags},
      {"report", "report monitoring [--committee C] [--as-of D] [--status open|all | --completed] [--format md|html|csv|json|docx|xlsx] [--output FILE]",
       "the Recommendations - Implementation Monitoring Schedule for the agenda pack",
       "The monitoring schedule: Decision Date, Item, Scrutiny Recommendation, Owner, Completion date\n"
       "for actions, Action/Response Completed (the dated history: updates, chasers, meetings),\n"
       "Further action required by Scrutiny (the committee's own words, then the flags and what is\n"
       "awaited: [report] further_action lays it out) and Status, under a title\n"
       "block with the committee and 'Updated:' date (--as-of). --status open (the default) lists what\n"
       "is still to do (open or scheduled), and once more what was delivered, closed or transferred at\n"
       "or since the committee's last meeting, marked 'Completed since the last meeting'; --completed\n"
       "lists only those; all adds everything delivered, closed, transferred or dropped. An action left\n"
       "out with 'update ID --not-reported', or of a kind in [report] never_reported, is not shown.\n"
       "html is one self-contained file that prints on A4\n"
       "landscape; csv opens in a spreadsheet as it is, with ISO dates.\n"
       "docx is a Word document for the agenda pack (A4 landscape, the council's columns, the header\n"
       "row repeated on every page, rows never split, [report] font and font_size; [report]\n"
       "owner_column adds the owner); xlsx an Excel sheet (real dates, header frozen, filters on).\n"
       "Both need --output FILE.",
       kReportOptions, run_report},
      {"check", "check [--committee C] [--as-of D] [--format text|json|mail]",
       "the weekly overdue-action check, for cron",
       "Lists actions still to do (open or scheduled) that are overdue (a red flag) or at risk (an\n"
       "amber flag), grouped by owner: the person who holds the owner's role today, where\n"
       "tracker.toml's [[person]] list knows them.\n"
       "--format mail prints one mail per committee and owner, addressed to a person: the holder of\n"
       "the owner's role ([[person]] email), or for a body's actions the contact [[body]] names for it,\n"
       "else [check] fallback_to; the Subject names the committee and the count. It is in mbox form,\n"
       "ready for: tracker check --format mail | formail -s /usr/sbin/sendmail -t -i\n\n"
       "Exit status: 0 when nothing is overdue, 1 when something is (so cron can act on it), 2 on an\n"
       "error (the reason is printed).",
       kCheckOptions, run_check},
      {"briefing", "briefing [--meeting YYYY-MM-DD | --next] [--committee C] [--as-of D] [--format md|html|docx] [--output FILE]",
       "the Chair's one-page briefing before a meeting",
       "For the meeting given (or the next one on or after --as-of): what is due there and whether it\n"
       "is on the agenda, what is overdue and for how long, what has been rescheduled and how often,\n"
       "what was completed since the previous meeting, officers' commitments from the discussion, and\n"
       "questions the Chair may ask where an action was chased or has slipped.",
       kBriefingOptions, run_briefing},
      {"commitment", "commitment list [--committee C] [--all] | commitment close|dismiss N --note WHY | commitment reopen N [--note WHY]",
       "officers' commitments from the discussion: list, close, dismiss, reopen",
       "list shows the commitments still open on --as-of, each with its number (--all adds those\n"
       "closed or dismissed, with when, why and by whom). close N records that commitment N was done;\n"
       "dismiss N that it will not be followed up; either needs --note. reopen N undoes either. The\n"
       "Chair's briefing shows only the commitments still open on its day.",
       kCommitmentOptions, run_commitment},
      {"calendar", "calendar [--committee C] [--as-of D] [--format ics|text] [--output FILE]",
       "the committees' meetings with what is due at each, for a calendar program",
       "Every meeting in the calendar with the actions still to do (on --as-of) that are due at it, ID\n"
       "and clause. ics (the default) is an iCalendar file (RFC 5545) that Outlook, Google and Apple\n"
       "calendars import or subscribe to: one event a meeting, whose ID stays the same from run to run\n"
       "so the calendar updates it; a cancelled meeting is marked CANCELLED. Meetings are all-day\n"
       "events unless tracker.toml's [calendar] meeting_time gives their start. text is for reading.",
       kCalendarOptions, run_calendar},
      {"config", "config [--config PATH] [--keys]", "the configuration in force, and where each value came from",
       "Prints every setting of tracker.toml (or the file given with --config) as it is in force, in\n"
       "TOML, each value followed by where it came from: a line of the file, or the built-in default.\n"
       "The output is itself a configuration file: save it to start from the built-in lists.\n"
       "--keys describes every key instead: its type, default and what it is for (docs/config.md).\n"
       "A key tracker.toml does not know is an error naming the file, line and key.",
       kConfigOptions, run_config},
      {"dump", "dump [--db PATH]", "print everything recorded, sorted, to compare two databases",
       "Prints every committee, meeting, document, item, clause, action, event, proposal, commitment\n"
       "and person in a stable order (without database row numbers or import times), so that two\n"
       "databases holding the same record print the same text. Last, each event as 'show' words it.",
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
      "Exit status: 0 success, 2 bad input or usage (a one-line reason is printed); 'check' also\n"
      "exits 1 when something is overdue.\n";
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
