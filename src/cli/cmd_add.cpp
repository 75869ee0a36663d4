// tracker add: an action recorded by hand, beside those the minutes and the council's schedule give.
#include <cstdio>

#include "app/hand_changes.h"
#include "cli/command_table.h"
#include "cli/lifecycle_words.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/text.h"

namespace tracker {

const std::vector<OptionSpec> kAddOptions = store_options({
    {"--committee", "NAME", "the committee that decided it (required)"},
    {"--decided", "YYYY-MM-DD", "the meeting that decided it (required)"},
    {"--text", "TEXT", "what was decided (required)"},
    {"--item", "TITLE", "the item it was decided under"},
    {"--owner", "NAME", "who is to do it"},
    {"--due", "DATE", "YYYY-MM-DD (a meeting's day) or YYYY-MM (that month's meeting)"},
    {"--note", "TEXT", "why it is entered by hand, for the history"},
});

int run_add(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("add takes options only (see 'tracker help add')");
  const StoreContext c = store_context(args);
  HandAction action;
  action.committee = args.get("--committee").value_or("");
  if (trim(action.committee).empty()) throw UsageError("add needs the committee that decided it: --committee NAME");
  if (!args.has("--decided")) throw UsageError("add needs the day of the meeting that decided it: --decided YYYY-MM-DD");
  action.decided = parse_day_option(args, "--decided", c.as_of);
  action.text = args.get("--text").value_or("");
  if (trim(action.text).empty()) throw UsageError("add needs the words that were decided: --text TEXT");
  action.item = args.get("--item").value_or("");
  action.owner = args.get("--owner").value_or("");
  if (auto d = args.get("--due")) action.due = parse_due(*d, "--due");
  Store store(c.db_path, StoreAccess::read_write);
  const Action a = add_action_by_hand(store, action, c.change(args.get("--note").value_or("")), c.config);
  std::printf("%s added by hand: %s, %s\n", a.id.c_str(), a.committee.c_str(), format_day_long(action.decided).c_str());
  return 0;
}

}  // namespace tracker
