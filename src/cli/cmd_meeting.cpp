#include <algorithm>
#include <cstdio>

#include "app/lifecycle_commands.h"
#include "cli/command_table.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "domain/spelling.h"
#include "report/event_lines.h"
#include "rules/wording.h"

namespace tracker {

const std::vector<OptionSpec> kMeetingOptions = store_options({
    {"--committee", "NAME", "the committee (may be left out when tracker.toml names only one)"},
    {"--note", "TEXT", "why a meeting is cancelled (required to cancel)"},
});

int run_meeting(const ParsedArguments& args) {
  if (args.positional.empty()) throw UsageError("meeting needs add, cancel or list (see 'tracker help meeting')");
  const std::string verb = args.positional[0];
  const StoreContext c = store_context(args);
  std::optional<std::string> committee = args.get("--committee");
  if (!committee && c.config.committees.size() == 1) committee = c.config.committees.front().name;
  if (verb == "list") {
    if (args.positional.size() != 1) throw UsageError("meeting list takes no date");
    const Store store(c.db_path, StoreAccess::read_only);
    std::string out;
    for (const auto& m : store.meetings(committee_option(store, c, args)))
      out += m.committee + "  " + format_day(m.date) + "  " + std::string(to_sql(m.state)) + (m.cancel_reason.empty() ? "" : " (" + m.cancel_reason + ")") + "  from " + m.source +
             (m.actions_due ? "  " + std::to_string(m.actions_due) + " action(s) due" : "") + "\n";
    std::fputs(out.empty() ? "The calendar is empty.\n" : out.c_str(), stdout);
    return 0;
  }
  if (verb != "add" && verb != "cancel") throw UsageError("meeting " + verb + ": use add, cancel or list");
  if (args.positional.size() != 2) throw UsageError("meeting " + verb + " needs the meeting's DATE (YYYY-MM-DD)");
  const auto day = parse_iso_day(args.positional[1]);
  if (!day) throw UsageError("'" + args.positional[1] + "' is not a date; write it as YYYY-MM-DD");
  if (!committee) throw UsageError("say which committee with --committee");
  Store store(c.db_path, false);
  store.sync_config(c.config);
  if (verb == "add") {
    store.add_meeting(*committee, *day, c.change(args.get("--note").value_or("")), c.config);
    std::printf("Added the %s meeting of %s to the calendar.\n", format_day_long(*day).c_str(), committee->c_str());
    return 0;
  }
  const auto moved = [&] {
    try {
      return app::cancel_meeting(store, *committee, *day, c.change(args.get("--note").value_or("")));
    } catch (const ReasonNeeded&) {
      throw UsageError("say why the meeting is cancelled with --note");
    }
  }();
  std::printf("Cancelled the %s meeting of %s; %zu action(s) rescheduled.\n", format_day_long(*day).c_str(), committee->c_str(), moved.size());
  // Each moved action, and where it is due now.
  const std::string reason = args.get("--note").value_or("");
  for (const auto& m : moved) {
    const std::string where = m.now_due ? "the " + day_words(*m.now_due) + " meeting" : "the next meeting, which is not yet in the calendar";
    std::printf("  %s: the %s meeting was cancelled (%s); now due at %s\n", m.action_id.c_str(), format_day_long(*day).c_str(), reason.c_str(),
                where.c_str());
  }
  return 0;
}

const std::vector<OptionSpec> kMatchesOptions = store_options({
    {"--all", "", "also show proposals already accepted or rejected"},
    {"--note", "TEXT", "why, for the history"},
});

int run_matches(const ParsedArguments& args) {
  const StoreContext c = store_context(args);
  if (args.positional.empty()) {
    const Store store(c.db_path, StoreAccess::read_only);
    const auto list = store.matches(args.has("--all"));
    if (list.empty()) std::puts("No proposed matches.");
    for (const auto& m : list) {
      const std::string meeting = format_day(m.meeting);
      std::printf("%d  %s  %s at the %s meeting? '%s' (score %.2f)%s\n      %s\n", m.id, m.action_id.c_str(), to_sql(m.kind).data(), meeting.c_str(),
                  m.title.c_str(), m.score, m.state == "proposed" ? "" : ("  [" + m.state + "]").c_str(), m.action_text.c_str());
    }
    return 0;
  }
  const std::string verb = args.positional[0];
  if ((verb != "accept" && verb != "reject") || args.positional.size() != 2)
    throw UsageError("use 'tracker matches', 'tracker matches accept N' or 'tracker matches reject N'");
  // Digits only: "1.5", "1e3" and " 1" are not match 1.
  const std::string& number = args.positional[1];
  if (number.empty() || number.size() > 9 || number.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError("'" + number + "' is not a match number (see 'tracker matches')");
  const int id = std::stoi(number);
  Store store(c.db_path, false);
  app::decide_match(store, id, verb == "accept", c.change(args.get("--note").value_or("")));
  std::printf("Match %d %s.\n", id, verb == "accept" ? "accepted" : "rejected");
  return 0;
}

}  // namespace tracker

namespace tracker {

const std::vector<OptionSpec> kDumpOptions = store_options({});

int run_dump(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("dump takes no arguments");
  const StoreContext c = store_context(args);
  const Store store(c.db_path, StoreAccess::read_only);
  std::string out = store.canonical_dump();
  // Each event as `show` words it (report/event_lines.h), sorted as the other sections are.
  std::vector<std::string> details;
  for (const Action& a : store.actions({}))
    for (const ActionEvent& e : a.events)
      details.push_back(a.id + " | " + format_day(e.date) + " | " + std::string(to_sql(e.kind)) + " | " + internal_detail(e, &a.events));
  std::sort(details.begin(), details.end());
  out += "## event details\n";
  for (const std::string& line : details) out += line + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace tracker
