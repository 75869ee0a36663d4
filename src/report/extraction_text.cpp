#include <algorithm>

#include "report/extraction_report.h"

namespace tracker {
namespace {

std::string due_words(const std::optional<Due>& due) {
  if (!due) return "no time set";
  if (due->day) return format_day_long(*due->day) + " (\"" + due->text + "\")";
  if (due->month) return format_month_long(*due->month) + " (\"" + due->text + "\"; month only)";
  return "cannot be read: \"" + due->text + "\"";
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

void write_resolutions(std::string& out, const Extraction& x, const std::vector<Resolution>& list, bool quoted, const SourceText* source) {
  int current_item = -2;
  std::string current_quote;
  for (const auto& r : list) {
    if (!quoted && r.clause.item != current_item) {
      current_item = r.clause.item;
      out += "\n" + item_heading(x, current_item) + "\n";
    }
    if (quoted) {
      std::string where = x.parts[static_cast<size_t>(r.clause.part)].title;
      if (r.clause.quoted_meeting) where += ", meeting of " + format_day_long(*r.clause.quoted_meeting);
      if (!r.clause.quoted_item.empty()) where += ": " + r.clause.quoted_item;
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
  }
}

}  // namespace

std::string extraction_to_text(const Extraction& x, const SourceText* source) {
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
  write_resolutions(out, x, x.resolutions, false, source);
  if (!x.quoted.empty()) {
    out += "\nResolutions quoted from earlier meetings in other parts of the file (not this meeting's): " +
           std::to_string(x.quoted.size()) + "\n";
    write_resolutions(out, x, x.quoted, true, source);
  }
  if (!x.commitments.empty()) {
    out += "\nCommitments in the discussion (promises, not resolutions): " + std::to_string(x.commitments.size()) + "\n";
    for (const auto& c : x.commitments) {
      out += "  " + where(source, c.line) + (c.item >= 0 ? ", " + item_heading(x, c.item) : std::string()) + "\n";
      out += "      " + c.text + "\n";
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
