#include <algorithm>

#include "report/extraction_report.h"

namespace tracker {
namespace {

std::string due_words(const std::optional<Due>& due) {
  if (!due) return "no time set";
  std::string words;
  if (due->day) words = format_day_long(*due->day) + " (\"" + due->text + "\")";
  else if (due->month) words = format_month_long(*due->month) + " (\"" + due->text + "\"; month only)";
  else if (due->kind == DueKind::condition) words = "when a condition is met: \"" + due->text + "\"";
  else words = "cannot be read: \"" + due->text + "\"";
  for (const LaterDue& later : due->later) {
    if (later.day) words += ", then " + format_day_long(*later.day);
    else if (later.month) words += ", then " + format_month_long(*later.month);
  }
  if (due->recurrence && due->recurrence->each_meeting) words += ", and at every meeting after";
  else if (due->recurrence) words += ", and every " + std::to_string(due->recurrence->months) + " months after";
  return words;
}

std::string schedule_update_words(const CouncilScheduleUpdate& u) {
  const std::string on = u.date ? " " + format_day_long(*u.date) : std::string();
  switch (u.kind) {
    case CouncilUpdateKind::chase: return "chased" + (on.empty() ? std::string(" (no date)") : on) + ": \"" + u.text + "\"";
    case CouncilUpdateKind::transfer: return "transferred to " + u.transferred_to + ": \"" + u.text + "\"";
    case CouncilUpdateKind::completed: return "completed" + on + ": \"" + u.text + "\"";
    case CouncilUpdateKind::note: break;
  }
  return (u.date ? format_day_long(*u.date) + ": " : std::string()) + "\"" + u.text + "\"";
}

std::string owner_words(const Resolution& r) {
  if (!r.owner) return "nobody named";
  std::string s = r.owner->name;
  switch (r.owner->basis) {
    case OwnerBasis::named: s += " (named in the clause)"; break;
    case OwnerBasis::body: s += " (the body it is sent to)"; break;
    case OwnerBasis::presenter: s += " (presented the item)"; break;
    case OwnerBasis::config: s += " (default from tracker.toml)"; break;
  }
  if (!r.owner->person.empty()) s += " – " + r.owner->person;
  return s;
}

// "line 182", or "page 3, line 14 (line 182)" for a PDF, Word document or web page.
std::string where(const SourceText* source, int line) {
  if (source == nullptr || source->kind == DocumentKind::text) return "line " + std::to_string(line);
  return describe_location(*source, line) + " (line " + std::to_string(line) + ")";
}

std::string item_heading(const Extraction& x, int item) {
  if (item < 0) return "Outside any item";
  const MinuteItem& i = x.items[static_cast<size_t>(item)];
  return (i.number ? "Item " + *i.number + ": " : std::string("Item: ")) + i.title;
}

// How the clause was found, in the Governance Advisor's words.
std::string found_by_words(const std::string& form) {
  if (form == "label") return "under a resolution label (Resolved, Agreed, Decision …)";
  if (form == "unlabelled") return "a \"That …\" paragraph at the end of the item, with no label";
  if (form == "stem-part") return "a part of a list introduced by a stem (\"That Cabinet:\", \"The Board:\")";
  if (form == "stem") return "a stem that introduces its parts";
  if (form == "narrative") return "a decision told as narrative (\"The Committee agreed …\")";
  if (form == "in-sentence") return "a decision inside a sentence (\"It was resolved to …\", \"… seconded and RESOLVED that …\")";
  if (form == "action-line") return "an action line naming who must act (\"TH to provide …\", \"ACTION: Clerk\")";
  return form;
}

std::string kind_basis_words(const Resolution& r) {
  const bool tracked = r.tracked();
  switch (r.kind_basis) {
    case KindBasis::pattern: return tracked ? "its wording asks for something later (a report back, a referral, a deferral)" : "its wording";
    case KindBasis::named_doer: return "it names somebody who is to do something";
    case KindBasis::body_asked: return "it asks another body to act or respond";
    case KindBasis::leading_verb: return tracked ? "it starts with a verb that asks for something to be done" : "it starts with its verb";
    case KindBasis::stem: return "it takes its kind from the stem that introduces it";
    case KindBasis::action_line: return "an action line names who must act";
    case KindBasis::none: return "nothing in it asks for anything later";
  }
  return "";
}

void write_resolutions(std::string& out, const Extraction& x, const std::vector<Resolution>& list, bool quoted, const SourceText* source,
                      bool why) {
  int current_item = -2;
  std::string current_quote;
  for (const auto& r : list) {
    if (!quoted && r.clause.item != current_item) {
      current_item = r.clause.item;
      out += "\n" + item_heading(x, current_item) + "\n";
    }
    if (quoted) {
      const QuotedResolution& q = x.quoted_resolutions[static_cast<size_t>(&r - list.data())];
      std::string where = q.quoted_in + ": " + (q.committee.empty() ? std::string("the committee") : q.committee);
      if (q.day) where += ", meeting of " + format_day_long(*q.day);
      else if (q.month) where += ", meeting of " + format_month_long(*q.month) + " (day not given)";
      else where += ", meeting not given";
      if (!q.item.empty()) where += ": " + q.item;
      if (where != current_quote) {
        current_quote = where;
        out += "\n" + where + "\n";
      }
    }
    std::string label = r.clause.label ? "(" + *r.clause.label + ")" : "   ";
    std::string kind = kind_name(r.kind);
    if (r.tracked()) std::transform(kind.begin(), kind.end(), kind.begin(), ::toupper);
    out += "  " + label + std::string(label.size() < 9 ? 9 - label.size() : 1, ' ') + kind +
           std::string(kind.size() < 15 ? 15 - kind.size() : 1, ' ') + where(source, r.clause.line) + "\n";
    out += "      " + r.clause.text + "\n";
    if (r.tracked()) {
      out += "      owner: " + owner_words(r) + "\n";
      out += "      due:   " + due_words(r.due) + "\n";
    }
    if (!r.clause.reason.empty()) out += "      reason: " + r.clause.reason + "\n";
    if (why) {
      out += "      found: " + found_by_words(r.clause.found_by) + "\n";
      out += "      " + std::string(r.tracked() ? "tracked" : "not tracked") + ": " + kind_basis_words(r) + "\n";
    }
  }
}

}  // namespace

std::string extraction_to_text(const Extraction& x, const SourceText* source, bool why) {
  std::string out;
  out += x.file + "\n";
  out += (x.meeting.committee.empty() ? std::string("(committee not found)") : x.meeting.committee) + ", " +
         (x.meeting.date ? format_day_long(*x.meeting.date) : std::string("date not found")) + "\n";
  if (x.next_meeting) out += "Next meeting: " + format_day_long(*x.next_meeting) + "\n";
  if (!x.meeting.present.empty()) out += "Present: " + std::to_string(x.meeting.present.size()) + " named\n";
  if (x.parts.size() > 1) {
    out += "This file has " + std::to_string(x.parts.size()) + " parts:\n";
    for (size_t k = 0; k < x.parts.size(); ++k) {
      const auto& p = x.parts[k];
      out += "  lines " + std::to_string(p.begin_line) + "-" + std::to_string(p.end_line) + ": " + part_kind_name(p.kind) +
             (p.title.empty() ? "" : " (" + p.title + ")") + (static_cast<int>(k) == x.minutes_part ? "  <- this meeting's minutes" : "") +
             "\n";
    }
  }
  const auto tracked = std::count_if(x.resolutions.begin(), x.resolutions.end(), [](const Resolution& r) { return r.tracked(); });
  out += "\n" + std::to_string(x.resolutions.size()) + " resolution clauses, " + std::to_string(tracked) + " to track (in capitals)\n";
  write_resolutions(out, x, x.resolutions, false, source, why);
  if (!x.quoted_resolutions.empty()) {
    std::vector<Resolution> quoted;
    quoted.reserve(x.quoted_resolutions.size());
    for (const auto& q : x.quoted_resolutions) quoted.push_back(q.resolution);
    out += "\nResolutions quoted from earlier meetings in other parts of the file (not this meeting's): " +
           std::to_string(quoted.size()) + "\n";
    write_resolutions(out, x, quoted, true, source, why);
  }
  if (!x.commitments.empty()) {
    out += "\nCommitments in the discussion (promises, not resolutions): " + std::to_string(x.commitments.size()) + "\n";
    for (const auto& c : x.commitments) {
      out += "  " + where(source, c.line) + (c.item >= 0 ? ", " + item_heading(x, c.item) : std::string()) + "\n";
      out += "      " + c.text + "\n";
    }
  }
  if (!x.schedule_rows.empty()) {
    out += "\nRows of the council's own monitoring schedule: " + std::to_string(x.schedule_rows.size()) + "\n";
    for (const auto& row : x.schedule_rows) {
      out += "  " + where(source, row.line) + (row.decided_on ? ", decided " + format_day_long(*row.decided_on) : std::string()) +
             (row.item.empty() ? std::string() : ", " + row.item) + "\n";
      out += "      " + row.recommendation + "\n";
      for (const auto& u : row.updates) out += "      - " + schedule_update_words(u) + "\n";
      if (!row.further_action.empty()) out += "      further action: " + row.further_action + "\n";
      for (const auto& u : row.further)
        if (u.kind == CouncilUpdateKind::transfer) out += "      - " + schedule_update_words(u) + "\n";
    }
  }
  if (!x.warnings.empty()) {
    out += "\nWarnings: " + std::to_string(x.warnings.size()) + "\n";
    for (const auto& w : x.warnings) {
      out += "  " + where(source, w.line) + ": " + w.message + "\n";
      if (source != nullptr && !source->link(w.line).empty()) out += "      the link on that line: " + std::string(source->link(w.line)) + "\n";
    }
  }
  return out;
}

}  // namespace tracker
