#include "report/actions_report.h"

#include "core/calendar_date.h"
#include "domain/spelling.h"
#include "report/escape.h"
#include "report/event_lines.h"
#include "report/json_writer.h"
#include "report/left_out.h"
#include "rules/wording.h"

namespace tracker {

std::string clause_words(const Action& a) {
  if (a.label.empty()) return a.text;
  if (a.label.find('(') != std::string::npos) return a.label + " " + a.text;
  return "(" + a.label + ") " + a.text;
}

namespace {

std::string cut(const std::string& s, size_t width) {
  if (s.size() <= width) return s;
  size_t end = width - 1;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // whole UTF-8 characters
  return s.substr(0, end) + "…";
}

std::string pad(const std::string& s, size_t width) {
  size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return chars >= width ? s + " " : s + std::string(width - chars, ' ');
}

}  // namespace

std::string actions_to_text(const std::vector<Action>& actions) {
  if (actions.empty()) return "No actions match.\n";
  std::string out = pad("ID", 24) + pad("Status", 12) + pad("Due", 26) + pad("Owner", 34) + "Clause\n";
  for (const auto& a : actions)
    out += pad(a.id, 24) + pad(std::string(to_sql(a.status)), 12) + pad(cut(due_words(a.due), 25), 26) + pad(cut(a.owner.empty() ? "(nobody named)" : a.owner, 33), 34) +
           cut(a.text, 70) + "\n";
  out += std::to_string(actions.size()) + (actions.size() == 1 ? " action\n" : " actions\n");
  return out;
}

namespace {
std::string actions_json(const std::vector<Action>& actions, const std::vector<std::string>* never_reported);
}  // namespace

std::string actions_to_json(const std::vector<Action>& actions) { return actions_json(actions, nullptr); }
std::string actions_to_json(const std::vector<Action>& actions, const std::vector<std::string>& never_reported) {
  return actions_json(actions, &never_reported);
}

namespace {

std::string actions_json(const std::vector<Action>& actions, const std::vector<std::string>* never_reported) {
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  for (const auto& a : actions) {
    w.begin_object();
    auto field = [&](const char* k, const std::string& v) {
      w.key(k);
      if (v.empty()) w.null();
      else w.value(v);
    };
    field("id", a.id);
    field("committee", a.committee);
    field("decision_date", format_day(a.decision_date));
    w.key("item");
    w.begin_object();
    field("number", a.item_number);
    field("title", a.item_title);
    w.end_object();
    field("label", a.label);
    field("text", a.text);
    field("kind", kind_name(a.kind));
    field("owner", a.owner);
    field("owner_basis", a.owner_basis);
    w.key("owners");
    w.string_array(a.owners);
    field("person", a.person);
    field("target_body", a.target_body);
    w.key("due");
    if (!a.due) {
      w.null();
    } else {
      w.begin_object();
      field("text", a.due_text);
      field("date", to_iso(*a.due));
      field("precision", std::string(to_json(a.due->precision)));
      field("meeting_state", a.due->precision == DuePrecision::meeting_day ? std::string(to_sql(a.due->meeting_state)) : "");
      w.end_object();
    }
    field("status", std::string(to_sql(a.status)));
    if (a.kind == ClauseKind::recommendation) {
      w.key("response");
      w.begin_object();
      field("state", a.response ? std::string(to_sql(*a.response)) : "");
      field("by", a.response_by);
      field("date", a.response_date ? format_day(*a.response_date) : "");
      field("reason", a.response_reason);
      field("received_on", a.received_on ? format_day(*a.received_on) : "");
      w.end_object();
    }
    w.key("reschedule_count");
    w.value(a.reschedule_count);
    w.key("chase_count");
    w.value(a.chase_count);
    field("origin", a.origin);
    field("further", a.further);
    if (never_reported) write_left_out_json(w, left_out_of_schedule(a, *never_reported));
    w.key("source");
    w.begin_object();
    field("file", a.source_file);
    w.key("line");
    w.value(a.source_line);
    if (!a.source_location.empty()) field("location", a.source_location);
    w.end_object();
    w.key("events");
    w.begin_array();
    // Both wordings of each event: "public" as the agenda pack prints it (null when it has no
    // public line, or a correction took it out), "detail" as show gives it.
    const std::vector<std::string> shown = public_history(a.events, a.committee);
    size_t next_shown = 0;
    for (const auto& e : a.events) {
      w.begin_object();
      field("kind", std::string(to_sql(e.kind)));
      field("date", format_day(e.date));
      field("note", e.note);
      field("detail", internal_detail(e, &a.events));
      const std::string line = public_line(e, a.committee);
      const bool in_public = !line.empty() && next_shown < shown.size() && shown[next_shown] == line;
      if (in_public) ++next_shown;
      field("public", in_public ? line : "");
      if (!e.transferred_to.empty()) field("transferred_to", e.transferred_to);
      if (!e.taken_from.empty()) field("taken_from", e.taken_from);
      if (e.further) {
        field("further", *e.further);
        field("further_before", e.further_before);
      }
      field("who", e.who);
      field("meeting", e.meeting ? format_day(*e.meeting) : "");
      w.key("score");
      if (e.score) w.value(*e.score);
      else w.null();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  out.push_back('\n');
  return out;
}

}  // namespace

std::string actions_to_csv(const std::vector<Action>& actions) {
  std::string out = "\xEF\xBB\xBF";
  out += "ID,Committee,Decision date,Item,Clause,Kind,Owner,Person,Due,Due precision,Status,Response,Source\r\n";
  for (const auto& a : actions) {
    const std::string item = a.item_number.empty() ? a.item_title : a.item_number + ". " + a.item_title;
    for (const std::string& f : {a.id, a.committee, format_day(a.decision_date), item, a.text, std::string(kind_name(a.kind)), a.owner, a.person,
                                 a.due ? to_iso(*a.due) : "", a.due ? std::string(to_json(a.due->precision)) : "", std::string(to_sql(a.status)),
                                 a.response ? std::string(to_sql(*a.response)) : ""})
      out += csv_cell(f) + ",";
    out += csv_cell(a.source_file + ":" + std::to_string(a.source_line)) + "\r\n";
  }
  return out;
}

std::string action_detail_text(const Action& a) {
  std::string out = a.id + "  (" + std::string(to_sql(a.status)) + ")\n";
  out += a.committee + ", " + format_day(a.decision_date) + (a.item_title.empty() ? "" : ", item " + (a.item_number.empty() ? "" : a.item_number + " ") + a.item_title) + "\n\n";
  out += "  " + clause_words(a) + "\n\n";
  out += "  Kind:   " + std::string(kind_name(a.kind)) + "\n";
  out += "  Owner:  " + (a.owner.empty() ? "nobody named" : a.owner) + (a.owner_basis.empty() ? "" : " (" + a.owner_basis + ")") +
         (a.person.empty() ? "" : " – " + a.person) + "\n";
  out += "  Due:    " + due_words(a.due) + (a.due_text.empty() ? "" : " (\"" + a.due_text + "\")") + "\n";
  if (a.kind == ClauseKind::recommendation)
    out += "  Response: " + (a.response ? std::string(to_sql(*a.response)) : "") + (a.response_by.empty() ? "" : " by " + a.response_by) +
           (a.response_date ? " on " + format_day(*a.response_date) : "") + (a.response_reason.empty() ? "" : ": " + a.response_reason) +
           " (sent " + (a.received_on ? format_day(*a.received_on) : "") + ")\n";
  if (!a.further.empty()) out += "  Further action required by Scrutiny: " + a.further + "\n";
  if (a.origin == "hand") out += "  Source: entered by hand\n\nHistory:\n";
  else
    out += "  Source: " + a.source_file + ", " +
           (a.source_location.empty() ? "line " + std::to_string(a.source_line)
                                      : a.source_location + " (line " + std::to_string(a.source_line) + " of its text)") +
           (a.origin == "schedule" ? " (a row of the council's monitoring schedule)" : "") + "\n\nHistory:\n";
  for (const auto& e : a.events)
    out += "  " + format_day(e.date) + "  " + pad(std::string(to_sql(e.kind)), 12) + internal_detail(e, &a.events) + (e.who.empty() ? "" : "  [" + e.who + "]") +
           (e.taken_from.empty() ? "" : "  (taken from " + e.taken_from + ")") + "\n";
  // The same history as the monitoring schedule prints it, corrections applied.
  const std::vector<std::string> shown = public_history(a.events, a.committee);
  out += "\nIn the monitoring schedule:\n";
  if (shown.empty()) out += "  nothing yet\n";
  for (const auto& line : shown) out += "  " + line + "\n";
  return out;
}

}  // namespace tracker
