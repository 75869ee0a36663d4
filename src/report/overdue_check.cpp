#include "report/overdue_check.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/text.h"
#include "domain/spelling.h"
#include "report/actions_report.h"
#include "report/json_writer.h"
#include "report/monitoring_schedule.h"
#include "rules/wording.h"

namespace tracker {
namespace {

// Whom to tell: each owner the clause names ("the Chair and Vice-Chair" is two people).
std::vector<std::string> owners_of(const Action& a) {
  if (!a.owners.empty()) return a.owners;
  return {a.owner.empty() ? std::string("Nobody named") : a.owner};
}

const Person* find_person(const Config& config, const std::string& owner, Day as_of) {
  if (const Person* p = config.person_for_role(owner, as_of)) return p;
  for (const auto& p : config.people)
    if (iequals(p.name, owner)) return &p;
  return nullptr;
}

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

const Body* find_body(const Config& config, const std::string& owner) {
  for (const auto& b : config.vocabulary.bodies) {
    if (iequals(b.name, owner)) return &b;
    for (const auto& alias : b.aliases)
      if (iequals(alias, owner)) return &b;
  }
  return nullptr;
}

// Who receives an owner's actions: the person holding the role; for a body, the contact
// tracker.toml names for it; else nobody known, greeted by the role.
void address(OwnerGroup& g, const Config& config, const std::string& owner, Day as_of) {
  g.owner = owner;
  if (const Person* p = find_person(config, owner, as_of)) {
    g.person = p->name;
    g.email = p->email;
    g.salutation = p->name;
    return;
  }
  if (const Body* b = find_body(config, owner)) {
    g.body = b->name;
    g.email = b->email;
    g.salutation = "colleague";
    if (!b->contact.empty()) {
      g.person = b->contact;
      g.salutation = b->contact;
      for (const auto& p : config.people)
        if (iequals(p.name, b->contact) && g.email.empty()) g.email = p.email;
    }
    return;
  }
  g.salutation = owner;
}

}  // namespace

OverdueCheck overdue_check(const Assessment& assessment, const Config& config) {
  OverdueCheck check;
  check.as_of = assessment.as_of;
  for (const auto& c : assessment.calendars) check.committees.push_back(c.committee);
  std::map<std::string, OwnerGroup> groups;  // by person, else by owner
  for (const auto& a : assessment.actions) {
    const bool red = a.has_severity("red"), amber = a.has_severity("amber");
    if (!red && !amber) continue;
    red ? ++check.overdue : ++check.at_risk;
    for (const auto& owner : owners_of(a.action)) {
      OwnerGroup who;
      address(who, config, owner, assessment.as_of);
      // One mail per committee and recipient: its Subject names the committee.
      const std::string key = a.action.committee + "\n" + (who.person.empty() ? (who.body.empty() ? owner : who.body) : who.person);
      OwnerGroup& g = groups.try_emplace(key, std::move(who)).first->second;
      g.committee = a.action.committee;
      (red ? g.overdue : g.at_risk).push_back(&a);
    }
  }
  for (auto& [key, g] : groups) check.groups.push_back(std::move(g));
  std::stable_sort(check.groups.begin(), check.groups.end(),
                   [](const OwnerGroup& x, const OwnerGroup& y) { return !x.overdue.empty() && y.overdue.empty(); });
  return check;
}

namespace {

std::string group_heading(const OwnerGroup& g, bool several_committees) {
  std::string out = g.person.empty() ? g.owner : g.person == g.owner ? g.person : g.person + " (" + g.owner + ")";
  if (several_committees && !g.committee.empty()) out += ", " + g.committee;
  return out;
}

void append_action(std::string& out, const AssessedAction& a, const char* label, const char* severity) {
  const Action& v = a.action;
  out += "  " + std::string(label) + "  " + v.id + "  " + (v.item_title.empty() ? "" : v.item_title + ": ") +
         clause_words(v) + "\n";
  out += "      " + flag_lines(a, severity) + "\n";
  out += "      Decided " + day_words(v.decision_date) + "; due: " + (v.due ? due_words(v.due) : "not set") + "; status: " + std::string(to_sql(v.status)) +
         "\n";
}

std::string summary_line(const OverdueCheck& check) {
  if (check.overdue == 0 && check.at_risk == 0) return "Nothing is overdue or at risk.";
  return plural(static_cast<size_t>(check.overdue), "action is", "actions are") + " overdue and " +
         plural(static_cast<size_t>(check.at_risk), "is", "are") + " at risk, for " + plural(check.groups.size(), "owner", "owners") + ".";
}

}  // namespace

std::string check_to_text(const OverdueCheck& check) {
  std::string out = "Overdue-action check for " + format_day_long(check.as_of);
  if (check.committees.size() == 1) out += ", " + check.committees.front();
  out += "\n" + summary_line(check) + "\n";
  for (const auto& g : check.groups) {
    out += "\n" + group_heading(g, check.committees.size() > 1) + (g.email.empty() ? "" : " <" + g.email + ">") + "\n";
    for (const auto* a : g.overdue) append_action(out, *a, "OVERDUE", "red");
    for (const auto* a : g.at_risk) append_action(out, *a, "AT RISK", "amber");
  }
  return out;
}

std::string check_to_json(const OverdueCheck& check) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("as_of");
  w.value(format_day(check.as_of));
  w.key("overdue");
  w.value(check.overdue);
  w.key("at_risk");
  w.value(check.at_risk);
  w.key("owners");
  w.begin_array();
  for (const auto& g : check.groups) {
    w.begin_object();
    w.key("owner");
    w.value(g.owner);
    w.key("person");
    g.person.empty() ? w.null() : w.value(g.person);
    w.key("email");
    g.email.empty() ? w.null() : w.value(g.email);
    w.key("committee");
    w.value(g.committee);
    w.key("body");
    g.body.empty() ? w.null() : w.value(g.body);
    for (const auto& [name, list, severity] : {std::tuple{"overdue", &g.overdue, "red"}, std::tuple{"at_risk", &g.at_risk, "amber"}}) {
      w.key(name);
      w.begin_array();
      for (const auto* a : *list) {
        w.begin_object();
        w.key("id");
        w.value(a->action.id);
        w.key("committee");
        w.value(a->action.committee);
        w.key("decision_date");
        w.value(format_day(a->action.decision_date));
        w.key("item");
        w.value(a->action.item_title);
        w.key("text");
        w.value(a->action.text);
        w.key("due");
        w.value(a->action.due ? to_iso(*a->action.due) : "");
        w.key("status");
        w.value(to_json(a->action.status));
        w.key("why");
        w.value(flag_lines(*a, severity));
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out + "\n";
}

}  // namespace tracker
