#include "report/briefing.h"

#include <algorithm>

#include "core/duration_words.h"
#include "app/commitments.h"
#include "core/errors.h"
#include "report/actions_report.h"
#include "report/event_lines.h"
#include "report/monitoring_schedule.h"
#include "rules/wording.h"

namespace tracker {
namespace {

// About three months: "open for months".
constexpr int64_t kUndatedAfterDays = 90;

std::string times(int64_t n) { return n == 1 ? "once" : n == 2 ? "twice" : std::to_string(n) + " times"; }

std::string shortened(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t end = text.rfind(' ', limit);
  if (end == std::string::npos || end < limit / 2) end = limit;
  return text.substr(0, end) + " …";
}

BriefingEntry entry_for(const AssessedAction& a) {
  const Action& v = a.action;
  BriefingEntry e;
  e.subject = v.item_title.empty() ? shortened(v.text, 60) : v.item_title;
  e.clause = shortened(clause_words(v), 230);
  e.owner = v.owner.empty() ? "nobody named" : v.owner + (v.person.empty() || v.person == v.owner ? "" : " (" + v.person + ")");
  e.id = v.id;
  return e;
}

bool due_at(const Action& v, Day meeting) {
  if (!v.due) return false;
  if (v.due->precision == DuePrecision::month) return v.due->month() == meeting.year() / meeting.month();
  return v.due->day == meeting;
}

// What the briefing says of an action due at the meeting: whether it is on the agenda, which
// only an imported agenda can tell.
std::string agenda_words(bool listed_for_it, bool agenda_imported) {
  if (agenda_imported) return listed_for_it ? "On the agenda" : "Not on the agenda";
  return listed_for_it ? "Listed for this meeting; agenda not yet imported" : "Agenda not yet imported";
}

}  // namespace

Briefing make_briefing(const Assessment& assessment, const std::vector<CommitmentView>& commitments, const std::string& committee,
                       Day meeting) {
  // Without knowing which agendas were imported, an action listed for the meeting is taken as on its agenda.
  const CommitteeCalendar* calendar = assessment.calendar(committee);
  return make_briefing(assessment, commitments, committee, meeting, calendar ? calendar->meetings : std::vector<Day>{});
}

Briefing make_briefing(const Assessment& assessment, const std::vector<CommitmentView>& commitments, const std::string& committee,
                       Day meeting, const std::vector<Day>& agenda_days) {
  const CommitteeCalendar* calendar = assessment.calendar(committee);
  if (calendar == nullptr) throw UsageError("no committee called '" + committee + "' has meetings in the database");
  Briefing b;
  b.committee = committee;
  b.meeting = meeting;
  b.as_of = assessment.as_of;
  const auto previous = calendar->last_before(meeting);
  b.previous_meeting = previous;
  const Day until = std::min(meeting, assessment.as_of);
  const Day meeting_day = meeting;
  for (const auto& a : assessment.actions) {
    const Action& v = a.action;
    if (v.committee != committee || v.decision_date >= meeting_day) continue;
    const ActionFacts& f = a.facts;
    if (is_live(v.status) && due_at(v, meeting_day)) {
      BriefingEntry e = entry_for(a);
      e.detail = agenda_words(f.on_agenda, std::find(agenda_days.begin(), agenda_days.end(), meeting_day) != agenda_days.end());
      b.due.push_back(std::move(e));
    } else if (is_live(v.status) && f.days_overdue && *f.days_overdue > 0) {
      BriefingEntry e = entry_for(a);
      e.detail = "Was due at the " + f.due + ", " + duration_words(*f.days_overdue) + " ago";
      b.overdue.push_back(std::move(e));
    }
    // Open for months and nobody has said when it comes back: the Chair may ask for a date.
    if (is_live(v.status) && !v.due && f.decision_date && f.age_days >= kUndatedAfterDays) {
      BriefingEntry e = entry_for(a);
      e.detail = "Open for " + duration_words(f.age_days) + " with no date set";
      b.undated.push_back(std::move(e));
    }
    if (is_live(v.status) && f.reschedule_count > 0) {
      BriefingEntry e = entry_for(a);
      e.detail = "Moved " + times(f.reschedule_count) + "; now due " + (v.due ? "at the " + f.due : "at no set meeting");
      b.rescheduled.push_back(std::move(e));
    }
    // A completion a person undid by then (a correction) is not news for the Chair.
    std::vector<int64_t> undone;
    for (const auto& ev : v.events)
      if (ev.corrects && ev.date <= until) undone.push_back(ev.corrects);
    for (const auto& ev : v.events) {
      if (std::find(undone.begin(), undone.end(), ev.sequence) != undone.end()) continue;
      if ((ev.kind == EventKind::delivered || ev.kind == EventKind::closed) && (!previous || ev.date >= *previous) && ev.date <= until) {
        BriefingEntry e = entry_for(a);
        e.detail = public_line(ev, v.committee);
        b.completed.push_back(std::move(e));
        break;
      }
    }
    if (is_live(v.status)) {
      const std::string who = v.owner.empty() ? "officers" : "the " + v.owner;
      const std::string what = v.item_title.empty() ? "this action" : "'" + v.item_title + "'";
      if (f.chase_count >= 2 && f.last_chased && (!f.last_update || *f.last_update < *f.last_chased))
        b.questions.push_back("Ask " + who + " for an update on " + what + ": it has been chased " + times(f.chase_count) + " without one.");
      else if (f.reschedule_count >= 1 && v.due)
        b.questions.push_back("Ask " + who + " whether " + what + " will come to the " + f.due + " as now planned: it has moved " +
                              times(f.reschedule_count) + " already.");
      else if (f.days_overdue && *f.days_overdue > 0)
        b.questions.push_back("Ask " + who + " when " + what + " will come to the committee: it was due at the " + f.due + ", " +
                              duration_words(*f.days_overdue) + " ago.");
    }
  }
  const Day year_before = add_months(meeting, -12);
  for (const auto& c : commitments) {
    if (c.committee != committee || c.meeting_date >= meeting_day || c.meeting_date < year_before) continue;
    if (commitment_state(c, assessment.as_of) != CommitmentState::open) continue;  // closed or dismissed by the day of the briefing
    BriefingEntry e;
    e.subject = c.item_title.empty() ? "Discussion" : c.item_title;
    e.clause = shortened(c.text, 220);
    e.detail = "Said at the " + day_words(c.meeting_date) + " meeting";
    b.commitments.push_back(std::move(e));
  }
  return b;
}

}  // namespace tracker
