#pragma once
// tracker.toml: the committee calendar, the people directory and the extraction vocabulary.
// Built-in defaults cover English council minutes; a list given in tracker.toml replaces the
// built-in list of the same name, so another council's style is configuration, not code.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/calendar_date.h"

namespace tracker {

struct Committee {
  std::string name;
  std::string short_name;            // "ILSC": used in action IDs
  std::vector<std::string> aliases;  // other spellings minutes use
  std::vector<Day> meetings;         // known meeting dates
};

struct Person {
  std::string name;
  std::string role;
  std::string email;
  std::optional<Day> from, to;  // when they held the role
};

struct OwnerDefault {
  std::string when;   // regex over the clause text
  std::string owner;  // role given as owner when the clause names nobody
};

struct Body {
  std::string name;
  std::vector<std::string> aliases;
  // Who the weekly mail about the body's actions goes to: a [[person]]'s name (their address
  // from [[person]] unless `email` is given), and/or an address.
  std::string contact = {}, email = {};
};

// Every list the extractor matches against. Patterns are RE2 regular expressions, matched
// case-insensitively against a clause's text.
struct VocabularyConfig {
  std::vector<std::string> resolution_markers;   // words; all-capitals entries match capitals only
  std::vector<std::string> reason_markers;       // "REASON", "Reason for decision"
  std::vector<std::string> truncation_markers;   // "view the full minutes text for item"
  std::map<std::string, std::vector<std::string>> kind_patterns;  // kind name -> patterns
  std::vector<std::string> officer_roles;
  std::vector<std::string> member_roles;
  std::vector<std::string> generic_owners;       // "officers": prefer the presenter
  std::vector<std::string> collective_owners;    // "partner organisations", "staff": owners as written
  std::vector<std::string> organisation_words;   // "ICB", "Trust": a name ending in one is an organisation
  std::vector<std::pair<std::string, std::string>> role_abbreviations;  // "RFO" -> "Responsible Financial Officer"
  std::vector<Body> bodies;
  std::vector<std::string> no_due_phrases;       // "in due course": the clause sets no time
  std::vector<std::string> vague_due_phrases;    // "in the spring": a time we cannot date
  std::vector<std::string> commitment_patterns;
  std::vector<std::string> acronyms;             // kept in capitals when titles are re-cased
  std::vector<OwnerDefault> owner_defaults;
};

// A rule from tracker.toml: when its condition holds for an action, the action carries its flag.
// The condition and message are compiled by rules/ (rule_set.h), which reports problems with `where`.
struct RuleSpec {
  std::string id;        // "overdue"
  std::string flag;      // "Overdue": what the reports show
  std::string severity;  // red, amber or info
  std::string when;      // the condition: "status in ['open', 'scheduled'] and due_date < as_of"
  std::string message;   // "due at the {due} meeting, {days_overdue} days ago"
  std::string why;       // the comment above it in tracker.toml, for `tracker flags --rules`
  std::string where;     // "tracker.toml:120" or "built-in rule"
};

// [report]: the monitoring schedule.
struct ReportSettings {
  std::string title = "Recommendations \u2013 Implementation Monitoring Schedule";
  std::string status = "open";  // open: what is not yet done; all: everything
  // The "Further action required by Scrutiny" column: the committee's words and the flags beside
  // them ("words_and_flags"), the words alone ("words_only"), or the flags in a column of their own
  // ("flags_separately"). report/monitoring_schedule.h lays it out.
  std::string further_action = "words_and_flags";
  // Kinds of clause whose actions the schedule never shows (a person leaves out one action with
  // `tracker update ID --not-reported`).
  std::vector<std::string> never_reported = {"noting", "approval", "procedural"};
  std::string font = "Arial";   // the Word schedule's and briefing's font
  double font_size = 10;        // its size in points
  bool owner_column = false;    // the Word and Excel schedules add an Owner column to the council's six
};

// [calendar]: the meetings as an iCalendar feed (tracker calendar).
struct CalendarSettings {
  std::string meeting_time;  // "10:00": meetings as timed events in Europe/London; empty: all-day events
  std::string location;      // where the committee meets
};

// [check]: the weekly overdue mail.
struct CheckSettings {
  std::string from = "tracker@localhost";   // From: of the mail
  std::string reply_to;                     // Reply-To:, e.g. the Governance Advisor
  std::string fallback_to;                  // To: when the directory has no address for an owner
};

struct Config {
  std::string source;  // the file it came from, or "built-in defaults"
  std::vector<Committee> committees;
  std::vector<Person> people;
  VocabularyConfig vocabulary;
  std::optional<std::string> database;  // [database] path
  double match_threshold = 0.8;         // [reconcile] threshold: a match this good is applied
  double proposal_threshold = 0.5;      // [reconcile] propose: a weaker one is proposed
  std::vector<RuleSpec> rules;          // [[rule]]: given ones replace the built-in set
  ReportSettings report;
  CheckSettings check;
  CalendarSettings calendar;
  // Where each value given in `source` was written: "report.title", "committee.0" (the entry's
  // header) and "committee.0.name" -> line. A value not here is a built-in default.
  std::map<std::string, int> origin_lines;

  const Committee* find_committee(const std::string& name) const;
  // The person holding `role` on `when`, if the directory knows.
  const Person* person_for_role(const std::string& role, Day when) const;
};

VocabularyConfig default_vocabulary();
std::vector<RuleSpec> default_rules();
// Loads `path`; throws ConfigError "<path>:<line>:<col>: <problem>" on a bad file.
Config load_config(const std::string& path);
Config default_config();
// The --config option, else ./tracker.toml when present, else the built-in defaults.
Config load_config_for_command(const std::optional<std::string>& explicit_path);

}  // namespace tracker
