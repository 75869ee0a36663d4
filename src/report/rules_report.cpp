#include "report/rules_report.h"

#include "domain/spelling.h"
#include "report/actions_report.h"
#include "report/json_writer.h"
#include "rules/wording.h"

namespace tracker {
namespace {

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace

std::string flags_to_text(const Assessment& assessment, bool all) {
  std::string out = "Flags as at " + format_day_long(assessment.as_of) + "\n";
  size_t flagged = 0, shown = 0;
  for (const auto& a : assessment.actions) {
    if (a.flags.empty() && !all) continue;
    ++shown;
    flagged += !a.flags.empty();
    const Action& v = a.action;
    out += "\n" + v.id + "  " + std::string(to_sql(v.status)) + "  " + (v.item_title.empty() ? "" : v.item_title) + "\n";
    out += "  " + clause_words(v) + "\n";
    out += "  Owner: " + (v.owner.empty() ? std::string("nobody named") : v.owner) + "; due: " + due_words(v.due) + "\n";
    if (a.flags.empty()) out += "  No flags.\n";
    for (const auto& f : a.flags) {
      out += "  [" + upper(f.rule->severity) + "] " + flag_line(f) + "\n";
      out += "      rule '" + f.rule->id + "' (" + f.rule->where + "): " + f.rule->when + "\n";
    }
  }
  if (shown == 0) out += "\nNo action carries a flag.\n";
  else out += "\n" + std::to_string(flagged) + (flagged == 1 ? " action carries" : " actions carry") + " flags.\n";
  return out;
}

std::string flags_to_json(const Assessment& assessment, bool all) {
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  for (const auto& a : assessment.actions) {
    if (a.flags.empty() && !all) continue;
    w.begin_object();
    w.key("id");
    w.value(a.action.id);
    w.key("status");
    w.value(to_json(a.action.status));
    w.key("flags");
    w.begin_array();
    for (const auto& f : a.flags) {
      w.begin_object();
      w.key("rule");
      w.value(f.rule->id);
      w.key("flag");
      w.value(f.rule->flag);
      w.key("severity");
      w.value(f.rule->severity);
      w.key("message");
      w.value(f.message);
      w.key("when");
      w.value(f.rule->when);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  return out + "\n";
}

std::string rules_to_text(const RuleSet& rules, const std::string& source) {
  std::string out = "Rules from " + source + " (see docs/rules.md for the language):\n";
  for (const auto& r : rules.specs()) {
    out += "\n" + r.id + "  [" + r.severity + "] " + r.flag + "   (" + r.where + ")\n";
    if (!r.why.empty()) out += "  why:     " + r.why + "\n";
    out += "  when:    " + r.when + "\n";
    if (!r.message.empty()) out += "  message: " + r.message + "\n";
  }
  return out;
}

std::string rules_to_json(const RuleSet& rules) {
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  for (const auto& r : rules.specs()) {
    w.begin_object();
    for (const auto& [k, v] : {std::pair{"id", &r.id}, {"flag", &r.flag}, {"severity", &r.severity}, {"when", &r.when},
                               {"message", &r.message}, {"why", &r.why}, {"where", &r.where}}) {
      w.key(k);
      w.value(*v);
    }
    w.end_object();
  }
  w.end_array();
  return out + "\n";
}

}  // namespace tracker
