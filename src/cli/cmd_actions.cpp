// The lifecycle by hand: list, show, update, chase, close, transfer, respond.
#include <cstdio>

#include "app/assessment.h"
#include "app/hand_changes.h"
#include "app/lifecycle_commands.h"
#include "app/reporting.h"
#include "cli/command_table.h"
#include "cli/lifecycle_words.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/text.h"
#include "domain/spelling.h"
#include "report/actions_report.h"
#include "report/left_out.h"

namespace tracker {

const std::vector<OptionSpec> kActionsOptions = store_options({
    {"--committee", "NAME", "only this committee (name or short name)"},
    {"--status", "LIST", "only these statuses, comma-separated: open,scheduled,delivered,closed,transferred,dropped"},
    {"--owner", "TEXT", "only owners (or their people) whose name contains TEXT"},
    {"--due-before", "YYYY-MM-DD", "only actions due before this day"},
    {"--format", "text|json|csv", "text (default), json or csv"},
});

int run_actions(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("actions takes options only (see 'tracker help actions')");
  const std::string format = format_option(args, {"text", "json", "csv"});
  const StoreContext c = store_context(args);
  ActionFilter filter;
  if (auto s = args.get("--status")) filter.statuses = parse_statuses(*s, "--status");
  filter.owner = args.get("--owner");
  if (args.has("--due-before")) filter.due_before = parse_day_option(args, "--due-before", c.as_of);
  const Store store(c.db_path, StoreAccess::read_only);
  filter.committee = committee_option(store, c, args);
  const auto list = actions_as_of(store, filter, c.as_of);
  const auto& never = c.config.report.never_reported;
  print(format == "json" ? actions_to_json(list, never) : format == "csv" ? actions_to_csv(list) : actions_to_text(list) + left_out_lines(list, never));
  return 0;
}

const std::vector<OptionSpec> kShowOptions = store_options({{"--format", "text|json", "text (default) or json"}});

int run_show(const ParsedArguments& args) {
  const std::string id = require_one_id(args, "show");
  const std::string format = format_option(args, {"text", "json"});
  const StoreContext c = store_context(args);
  const Store store(c.db_path, StoreAccess::read_only);
  const Action a = as_it_stood(store.action(id), c.as_of);
  if (format == "json") {
    print(actions_to_json({a}, c.config.report.never_reported));
    return 0;
  }
  // The flags it carries today, and the rule behind each: an action's page explains itself.
  const auto calendar = calendars(store, a.committee, c.as_of);
  const auto flags = c.rules.evaluate(facts_for(a, c.as_of, calendar.empty() ? nullptr : &calendar.front()));
  std::string out = action_detail_text(a);
  if (auto left_out = left_out_of_schedule(a, c.config.report.never_reported)) out += "\n" + left_out_words(*left_out) + "\n";
  out += "\nFlags on " + format_day_long(c.as_of) + ":\n";
  if (flags.empty()) out += "  none\n";
  for (const auto& f : flags)
    out += "  " + f.rule->flag + " (" + f.rule->severity + "): " + f.message + "\n      rule '" + f.rule->id + "': " + f.rule->when + "\n";
  print(out);
  return 0;
}

const std::vector<OptionSpec> kUpdateOptions = store_options({
    {"--status", "STATUS", "open, scheduled, delivered, closed, transferred or dropped"},
    {"--owner", "NAME", "a new owner (kept when the minutes are imported again)"},
    {"--due", "DATE", "a new due: YYYY-MM-DD (a meeting's day) or YYYY-MM (that month's meeting)"},
    {"--further", "TEXT", "the committee's words for \"Further action required by Scrutiny\" (\"\" clears them)"},
    {"--note", "TEXT", "what happened, for the history"},
    {"--not-reported", "", "leave it out of the monitoring schedule (with --note WHY, and nothing else)"},
    {"--reported", "", "put it back in the monitoring schedule (with --note WHY)"},
});

namespace {

// update --not-reported|--reported: its own change, not mixed with a status, owner or due.
int run_reporting_change(const ParsedArguments& args, const std::string& id) {
  if (args.has("--not-reported") && args.has("--reported")) throw UsageError("give --not-reported or --reported, not both");
  if (args.has("--status") || args.has("--owner") || args.has("--due"))
    throw UsageError("--not-reported and --reported are given alone: change the status, owner or due with another 'tracker update'");
  const StoreContext c = store_context(args);
  Store store(c.db_path, false);
  const bool leave_out = args.has("--not-reported");
  set_left_out(store, id, leave_out, c.change(args.get("--note").value_or("")));
  const Action a = store.action(id);
  std::printf("%s %s on %s\n", a.id.c_str(), leave_out ? "left out of the monitoring schedule" : "back in the monitoring schedule",
              format_day(c.as_of).c_str());
  return 0;
}

}  // namespace

int run_update(const ParsedArguments& args) {
  const std::string id = require_one_id(args, "update");
  if (args.has("--not-reported") || args.has("--reported")) return run_reporting_change(args, id);
  const StoreContext c = store_context(args);
  std::optional<Status> status;
  if (auto s = args.get("--status")) status = parse_status(*s, "--status");
  std::optional<ActionDue> due;
  if (auto d = args.get("--due")) due = parse_due(*d, "--due");
  Store store(c.db_path, false);
  const auto further = args.get("--further");
  if (further) set_further_action(store, id, *further, c.change(args.get("--note").value_or("")));
  if (!further || status || due || args.has("--owner"))
    app::update_action(store, id, c.change(args.get("--note").value_or("")), {status, args.get("--owner"), due});
  print(action_detail_text(store.action(id)));
  return 0;
}

const std::vector<OptionSpec> kChaseOptions = store_options({{"--note", "TEXT", "who was chased and how"}});

int run_chase(const ParsedArguments& args) {
  const std::string id = require_one_id(args, "chase");
  const StoreContext c = store_context(args);
  Store store(c.db_path, false);
  app::chase_action(store, id, c.change(args.get("--note").value_or("")));
  const Action a = store.action(id);
  std::printf("%s chased on %s (%d chaser%s so far)\n", a.id.c_str(), format_day(c.as_of).c_str(), a.chase_count, a.chase_count == 1 ? "" : "s");
  return 0;
}

const std::vector<OptionSpec> kCloseOptions = store_options({{"--note", "TEXT", "why it is closed (required)"}});

int run_close(const ParsedArguments& args) {
  const std::string id = require_one_id(args, "close");
  const StoreContext c = store_context(args);
  Store store(c.db_path, false);
  app::close_action(store, id, c.change(args.get("--note").value_or("")));
  std::printf("%s closed on %s\n", store.action(id).id.c_str(), format_day(c.as_of).c_str());
  return 0;
}

const std::vector<OptionSpec> kTransferOptions = store_options({
    {"--to", "WHERE", "where it goes, e.g. \"Sub and Project Group tracker\" (required)"},
    {"--note", "TEXT", "why (required)"},
});

int run_transfer(const ParsedArguments& args) {
  const std::string id = require_one_id(args, "transfer");
  const StoreContext c = store_context(args);
  Store store(c.db_path, false);
  app::transfer_action(store, id, args.get("--to").value_or(""), c.change(args.get("--note").value_or("")));
  std::printf("%s transferred to %s\n", store.action(id).id.c_str(), args.get("--to")->c_str());
  return 0;
}

const std::vector<OptionSpec> kRespondOptions = store_options({
    {"--accepted", "", "the body accepted the recommendation"},
    {"--partial", "", "the body accepted part of it"},
    {"--rejected", "", "the body rejected it (--reason required)"},
    {"--reason", "TEXT", "the body's reasons"},
    {"--from", "NAME", "who responded (e.g. Cabinet, 14 December 2020)"},
    {"--date", "YYYY-MM-DD", "when the response was received (default: --as-of)"},
});

int run_respond(const ParsedArguments& args) {
  const std::string id = require_one_id(args, "respond");
  const int chosen = args.has("--accepted") + args.has("--partial") + args.has("--rejected");
  if (chosen != 1) throw UsageError("respond needs exactly one of --accepted, --partial or --rejected");
  const Response response = args.has("--accepted") ? Response::accepted : args.has("--partial") ? Response::partially_accepted : Response::rejected;
  StoreContext c = store_context(args);
  Change change = c.change(args.get("--reason").value_or(""));
  change.date = parse_day_option(args, "--date", c.as_of);
  Store store(c.db_path, false);
  app::record_response(store, id, response, change, args.get("--from"));
  std::printf("%s: response recorded (%s)\n", store.action(id).id.c_str(), std::string(to_sql(response)).c_str());
  return 0;
}

}  // namespace tracker
