#include "cli/lifecycle_words.h"

#include "core/errors.h"
#include "core/text.h"
#include "domain/spelling.h"

namespace tracker {
namespace {

std::string status_list() {
  std::string out;
  for (size_t k = 0; k < std::size(kAllStatuses); ++k)
    out += std::string(k == 0 ? "" : k + 1 == std::size(kAllStatuses) ? " or " : ", ") + std::string(to_sql(kAllStatuses[k]));
  return out;
}

std::string name(Status s) { return std::string(to_sql(s)); }

}  // namespace

Status parse_status(const std::string& text, const std::string& option) {
  if (auto s = status_from_sql(trim(text))) return *s;
  throw UsageError(option + " must be one of " + status_list() + "; not '" + text + "'");
}

std::vector<Status> parse_statuses(const std::string& list, const std::string& option) {
  std::vector<Status> out;
  for (auto part : split(list, ',')) out.push_back(parse_status(std::string(part), option));
  if (out.empty()) throw UsageError(option + " needs at least one of " + status_list());
  return out;
}

ActionDue parse_due(const std::string& text, const std::string& option) {
  if (auto day = parse_iso_day(text)) return ActionDue::meeting(*day);
  if (text.size() == 7)
    if (auto first = parse_iso_day(text + "-01")) return ActionDue::in_month(first->year() / first->month());
  throw UsageError(option + " '" + text + "' is not a date: write YYYY-MM-DD (a meeting's day) or YYYY-MM (its month)");
}

std::string refusal_words(const ChangeRefused& e) {
  const Refused& r = e.refused();
  const std::string& id = e.action_id();
  const std::string wanted = r.wanted ? name(*r.wanted) : "";
  switch (r.why) {
    case Refusal::nothing_to_change: return "nothing to update: give --status, --owner, --due or --note";
    case Refusal::already_in_status: return id + " is already " + name(r.status);
    case Refusal::reason_needed: return "say why " + id + " is " + wanted + " with --note";
    case Refusal::destination_needed: return "say where " + id + " goes with --to";
    case Refusal::finished_nothing_to_chase:
      return id + " is " + name(r.status) + "; there is nothing to chase (reopen it first with 'tracker update " + id + " --status open')";
    case Refusal::delivered_nothing_to_chase: return id + " was delivered; there is nothing to chase";
    case Refusal::finished_reopen_first: return id + " is " + name(r.status) + "; reopen it before closing it";
    case Refusal::not_a_recommendation: return id + " is an action, not a recommendation: only recommendations get a response";
    case Refusal::rejection_needs_reason: return "a rejection needs its reasons: give them with --reason";
    case Refusal::finished_match:
      return id + " is " + name(r.status) + ", which a match cannot change (reopen it first with 'tracker update " + id + " --status open')";
    case Refusal::same_owner: return id + " is already owned by " + r.detail;
    case Refusal::no_meeting_that_day:
      return "the committee of " + id + " has no meeting on " + (r.day ? format_day_long(*r.day) : std::string("that day")) +
             ": give the day of one of its meetings (see 'tracker meeting list'), a month as YYYY-MM, or add the meeting first "
             "with 'tracker meeting add'";
    case Refusal::already_left_out: return id + " is already left out of the monitoring schedule (put it back with --reported --note WHY)";
    case Refusal::already_reported: return id + " is already in the monitoring schedule";
    case Refusal::reporting_reason_needed: return "say why with --note: the reason is kept in " + id + "'s history";
  }
  return id + ": change refused";
}

}  // namespace tracker
