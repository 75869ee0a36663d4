// The rules a new tracker starts with: the same set tracker.toml ships, so a tracker.toml
// without [[rule]] still flags what the committee expects. Each says why it exists.
#include "config/config.h"

namespace tracker {

std::vector<RuleSpec> default_rules() {
  auto rule = [](const char* id, const char* flag, const char* severity, const char* when, const char* message, const char* why) {
    return RuleSpec{id, flag, severity, when, message, why, "built-in rule"};
  };
  return {
      rule("overdue", "Overdue", "red", "status in ['open', 'scheduled'] and due_date < as_of",
           "due at the {due}, {days_overdue days} ago, and not yet delivered",
           "The meeting it was due at has passed and the minutes have not shown it delivered."),
      rule("rescheduled", "Rescheduled", "amber", "status in ['open', 'scheduled'] and reschedule_count = 1",
           "its due meeting has moved once; now due at the {due}",
           "Its due meeting moved (a meeting was cancelled, or somebody moved it): worth watching."),
      rule("slipping", "Slipping", "red", "status in ['open', 'scheduled'] and reschedule_count >= 2",
           "its due meeting has moved {reschedule_count times}; now due at the {due}",
           "Moved twice or more: the committee should ask why it keeps slipping."),
      rule("unscheduled", "Unscheduled", "amber", "status = 'open' and due_date is null and age_days > 90",
           "no due meeting was set, and it has been open for {age_days days}",
           "Clauses such as 'to a future meeting' set no date; after 90 days one should be set."),
      rule("chased-without-reply", "Chased, no reply", "amber",
           "status in ['open', 'scheduled'] and chase_count >= 2 and (last_update is null or last_update < last_chased)",
           "chased {chase_count times}, last on {last_chased}, with no update since",
           "Two or more chasers with nothing back: the Chair may need to raise it."),
      rule("listed-not-taken", "Listed, not taken", "amber", "status = 'scheduled' and listed_for < as_of",
           "listed for the {listed_for} meeting, which has passed without minutes showing it considered",
           "An agenda or the work programme listed it for a meeting that has passed, and no minutes have shown it taken: it may have been deferred."),
      rule("executive-response-due", "Executive response due", "red",
           "kind = 'recommendation' and target_body in ['Cabinet', 'Executive', 'Cabinet Member', 'Mayor'] and not has_response "
           "and received_on + 2 months < as_of",
           "sent to {target_body} on {received_on} and no response recorded after two months",
           "The Local Government Act 2000, s.9FE, gives the executive two months to respond to a scrutiny recommendation."),
      rule("due-next-meeting", "Due next meeting", "info", "status in ['open', 'scheduled'] and due_date = next_meeting",
           "due at the next meeting, {next_meeting}",
           "So the briefing and the agenda pack show what the next meeting should see."),
  };
}

}  // namespace tracker
