// tracker calendar: the committees' meetings with what is due at each, for a calendar program
// (ics) or to read (text).
#include "app/assessment.h"
#include "cli/command_table.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "report/meeting_calendar.h"

namespace tracker {

const std::vector<OptionSpec> kCalendarOptions = store_options({
    {"--committee", "NAME", "only this committee"},
    {"--format", "ics|text", "ics (default: iCalendar, for Outlook, Google or Apple calendars) or text"},
    {"--output", "FILE", "write to FILE instead of the screen"},
});

int run_calendar(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("calendar takes options only (see 'tracker help calendar')");
  const std::string format = format_option(args, {"ics", "text"});
  const StoreContext c = store_context(args);
  const Store store(c.db_path, StoreAccess::read_only);
  const auto committee = committee_option(store, c, args);
  // What is due at each meeting is what is still to do on --as-of.
  const Assessment a = assess(store, c.rules, c.as_of, committee, live_statuses());
  const auto meetings = meeting_calendar(store.calendar(committee), a);
  write_output(args.get("--output"), format == "text" ? calendar_to_text(meetings) : calendar_to_ics(meetings, c.config.calendar, c.as_of), c);
  return 0;
}

}  // namespace tracker
