// What the committee reads: the flags on every action, the monitoring schedule, the weekly
// overdue check and the Chair's briefing. The rules come compiled in the store context, so a
// bad rule stops the command before it reads anything.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "app/assessment.h"
#include "cli/command_table.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/text.h"
#include "report/briefing.h"
#include "report/monitoring_renderers.h"
#include "report/monitoring_schedule.h"
#include "report/overdue_check.h"
#include "report/rules_report.h"
#include "report/writer_module.h"

namespace tracker {
namespace {

// Reads and assesses the actions of --committee (its name, short name, or an alias from
// tracker.toml), or of all committees. A committee the database does not know is an error, not
// an empty report that looks like good news.
Assessment assessed(const Store& store, const StoreContext& c, const ParsedArguments& args,
                    const std::vector<Status>& statuses = {}) {
  return assess(store, c.rules, c.as_of, committee_option(store, c, args), statuses);
}

// The committee a briefing is about: the one asked for, else the only one in the database.
std::string one_committee(const Assessment& a) {
  if (a.calendars.size() == 1) return a.calendars.front().committee;
  if (a.calendars.empty()) throw UsageError("the database has no committees yet: import some minutes first");
  throw UsageError("the database holds several committees: say which with --committee");
}

// A Word or Excel file is for a program to open: it needs --output, and a terminal is refused
// (its bytes would only garble the screen). /dev/null and pipes are files like any other here.
void check_binary_output(const std::optional<std::string>& output, const std::string& format) {
  const std::string what = format == "xlsx" ? "an Excel workbook" : "a Word document";
  if (!output) throw UsageError("--format " + format + " writes " + what + ": name the file with --output FILE");
  struct stat st;
  if (::stat(output->c_str(), &st) != 0 || !S_ISCHR(st.st_mode)) return;
  const int fd = ::open(output->c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  const bool terminal = fd >= 0 && ::isatty(fd);
  if (fd >= 0) ::close(fd);
  if (terminal) throw UsageError(*output + ": is a terminal; write " + what + " to a file");
}

}  // namespace

const std::vector<OptionSpec> kFlagsOptions = store_options({
    {"--committee", "NAME", "only this committee"},
    {"--all", "", "list every action, flagged or not"},
    {"--rules", "", "list the rules themselves: condition, message and why"},
    {"--format", "text|json", "text (default) or json"},
});

int run_flags(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("flags takes options only (see 'tracker help flags')");
  const std::string format = format_option(args, {"text", "json"});
  const StoreContext c = store_context(args);
  if (args.has("--rules")) {
    print(format == "json" ? rules_to_json(c.rules) : rules_to_text(c.rules, c.config.source));
    return 0;
  }
  const Store store(c.db_path, StoreAccess::read_only);
  const Assessment a = assessed(store, c, args);
  print(format == "json" ? flags_to_json(a, args.has("--all")) : flags_to_text(a, args.has("--all")));
  return 0;
}

const std::vector<OptionSpec> kReportOptions = store_options({
    {"--committee", "NAME", "only this committee"},
    {"--status", "open|all", "open: what is still to do, open or scheduled, and what was completed since the last meeting "
                             "(default, or [report] status); all: everything"},
    {"--completed", "", "only what was delivered, closed or transferred since the committee's last meeting"},
    {"--format", "md|html|csv|json|docx|xlsx", "md (default), html (to print), csv, json, docx (Word, for the agenda pack) or xlsx (Excel)"},
    {"--output", "FILE", "write to FILE instead of the screen"},
});

int run_report(const ParsedArguments& args) {
  if (args.positional.size() != 1 || args.positional[0] != "monitoring")
    throw UsageError("say which report: 'tracker report monitoring' (the only one so far)");
  const std::string format = args.get("--format").value_or("md");
  const MonitoringRenderer* renderer = find_monitoring_renderer(format);
  if (renderer == nullptr) {
    std::string names;
    for (const auto& r : monitoring_renderers()) names += (names.empty() ? "" : "|") + std::string(r.format);
    throw UsageError("--format must be " + names + ", not '" + format + "'");
  }
  if (renderer->binary) check_binary_output(args.get("--output"), format);
  const StoreContext c = store_context(args);
  std::string scope = args.get("--status").value_or(c.config.report.status);
  if (scope != "open" && scope != "all") throw UsageError("--status must be open or all, not '" + scope + "'");
  if (args.has("--completed")) {
    if (args.has("--status")) throw UsageError("give --completed or --status, not both");
    scope = "completed";
  }
  const Store store(c.db_path, StoreAccess::read_only);
  const Assessment a = scope == "all" ? assessed(store, c, args)
                                      : assess_live_and_since_last_meeting(store, c.rules, c.as_of, committee_option(store, c, args));
  auto schedules = monitoring_schedules(a, c.config.report.title, scope, c.config.report.never_reported);
  for (auto& s : schedules) s.further_layout = c.config.report.further_action;
  write_output(args.get("--output"), renderer->render(schedules, RenderOptions{c.config.report, c.as_of}), c);
  return 0;
}

const std::vector<OptionSpec> kCheckOptions = store_options({
    {"--committee", "NAME", "only this committee"},
    {"--format", "text|json|mail", "text (default), json, or mail: one message per owner for 'formail -s sendmail -t -i'"},
});

int run_check(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("check takes options only (see 'tracker help check')");
  const std::string format = format_option(args, {"text", "json", "mail"});
  const StoreContext c = store_context(args);
  const Store store(c.db_path, StoreAccess::read_only);
  // Only what is still to be done can be overdue or at risk: delivered and finished actions are not read.
  const Assessment a = assessed(store, c, args, live_statuses());
  const OverdueCheck check = overdue_check(a, c.config);
  if (format == "mail") {
    std::vector<std::string> skipped;
    print(check_to_mail(check, c.config.check, skipped));
    for (const auto& who : skipped)
      std::fprintf(stderr, "tracker: no mail for %s: add their email to [[person]] in %s, or set [check] fallback_to\n", printable(who).c_str(),
                   printable(c.config.source).c_str());
  } else {
    print(format == "json" ? check_to_json(check) : check_to_text(check));
  }
  return check.overdue > 0 ? 1 : 0;
}

const std::vector<OptionSpec> kBriefingOptions = store_options({
    {"--meeting", "YYYY-MM-DD", "the meeting to brief for"},
    {"--next", "", "the committee's next meeting on or after --as-of (the default)"},
    {"--committee", "NAME", "the committee (needed when the database holds several)"},
    {"--format", "md|html|docx", "md (default), html (one printable page) or docx (Word)"},
    {"--output", "FILE", "write to FILE instead of the screen"},
});

int run_briefing(const ParsedArguments& args) {
  if (!args.positional.empty()) throw UsageError("briefing takes options only (see 'tracker help briefing')");
  if (args.has("--meeting") && args.has("--next")) throw UsageError("give --meeting or --next, not both");
  const std::string format = format_option(args, {"md", "html", "docx"});
  if (format == "docx") check_binary_output(args.get("--output"), format);
  const StoreContext c = store_context(args);
  const Store store(c.db_path, StoreAccess::read_only);
  const Assessment a = assessed(store, c, args);
  const std::string committee = one_committee(a);
  Day meeting = c.as_of;
  if (args.has("--meeting")) {
    meeting = parse_day_option(args, "--meeting", c.as_of);
    // A briefing is for a meeting that takes place: not a day without one, nor a cancelled one.
    const auto& days = a.calendar(committee)->meetings;
    if (std::find(days.begin(), days.end(), meeting) == days.end())
      throw UsageError(committee + " has no meeting on " + format_day_long(meeting) +
                       " in the calendar (or it was cancelled): see 'tracker meeting list', or use --next");
  } else {
    auto next = a.calendar(committee)->next_on_or_after(c.as_of);
    if (!next) throw UsageError("the calendar has no meeting of " + committee + " on or after " + format_day_long(c.as_of) +
                                ": add one with 'tracker meeting add' or give --meeting");
    meeting = *next;
  }
  const Briefing b = make_briefing(a, store.commitments(committee), committee, meeting, store.meetings_with_agenda(committee, c.as_of));
  const std::string out = format == "docx"   ? docx_file(briefing_document(b, c.config.report, c.as_of))
                          : format == "html" ? briefing_to_html(b)
                                             : briefing_to_markdown(b);
  write_output(args.get("--output"), out, c);
  return 0;
}

}  // namespace tracker
