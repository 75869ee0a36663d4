#include "report/left_out.h"

#include <algorithm>

#include "app/reporting.h"
#include "core/text.h"
#include "domain/spelling.h"
#include "report/json_writer.h"
#include "rules/wording.h"

namespace tracker {

std::optional<LeftOut> left_out_of_schedule(const Action& a, const std::vector<std::string>& never_reported) {
  if (std::any_of(never_reported.begin(), never_reported.end(), [&](const std::string& k) { return iequals(k, kind_name(a.kind)); }))
    return LeftOut{kind_name(a.kind), std::nullopt, "", ""};
  if (!left_out_as_of(reporting_choices(a))) return std::nullopt;
  // The choice that stands: the latest not_reported event (events come in date and record order).
  for (auto e = a.events.rbegin(); e != a.events.rend(); ++e)
    if (e->kind == EventKind::not_reported) return LeftOut{"", e->date, e->note, e->who};
  return std::nullopt;
}

std::string left_out_words(const LeftOut& l) {
  if (!l.kind.empty()) return "Not reported: its kind (" + l.kind + ") is never reported ([report] never_reported)";
  return "Not reported since " + (l.since ? day_words(*l.since) : "") + (l.note.empty() ? "" : ": " + l.note) +
         (l.who.empty() ? "" : " (" + l.who + ")");
}

std::string left_out_lines(const std::vector<Action>& actions, const std::vector<std::string>& never_reported) {
  std::string out;
  for (const auto& a : actions)
    if (auto l = left_out_of_schedule(a, never_reported)) out += "  " + a.id + "  " + left_out_words(*l) + "\n";
  return out.empty() ? "" : "Left out of the monitoring schedule:\n" + out;
}

void write_left_out_json(JsonWriter& w, const std::optional<LeftOut>& l) {
  w.key("not_reported");
  if (!l) {
    w.null();
    return;
  }
  w.begin_object();
  if (!l->kind.empty()) {
    w.key("kind");
    w.value(l->kind);
  } else {
    w.key("since");
    w.value(l->since ? format_day(*l->since) : "");
    w.key("note");
    w.value(l->note);
    w.key("who");
    w.value(l->who);
  }
  w.end_object();
}

}  // namespace tracker
