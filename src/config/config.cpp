#include "config/config.h"

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <re2/re2.h>
#include <toml++/toml.h>

#include "config/config_keys.h"
#include "core/errors.h"
#include "core/files.h"
#include "core/text.h"

namespace tracker {
namespace {

std::string where(const std::string& path, const toml::source_region& region) {
  std::ostringstream out;
  out << path;
  if (region.begin.line > 0) out << ':' << region.begin.line << ':' << region.begin.column;
  return out.str();
}

[[noreturn]] void fail_at(const std::string& path, const toml::node& node, const std::string& problem) {
  throw ConfigError(where(path, node.source()) + ": " + problem);
}

// A table's keys checked against the table of keys (config_keys.h): an unknown key, or a list
// entry without a required one, is an error at its line. The line of each key is noted under
// `origin` ("report.title", "committee.0.name") for `tracker config`.
void check_keys(const std::string& path, const toml::node& node, const std::string& section_name, const std::string& origin,
                Config& config) {
  const toml::table& table = *node.as_table();
  const ConfigSection* section = find_config_section(section_name);
  const std::string label = section == nullptr ? "tracker.toml" : section->list_of_tables ? "[[" + section_name + "]]" : "[" + section_name + "]";
  const std::string prefix = section == nullptr ? "" : section_name + ".";
  for (const auto& [key, value] : table) {
    const std::string name(key.str());
    const bool known = find_config_section(prefix + name) != nullptr ||
                       (section != nullptr && (section->open_keys || find_config_key(*section, name) != nullptr));
    const toml::source_region& at = key.source().begin.line > 0 ? key.source() : value.source();
    if (!known) throw ConfigError(where(path, at) + ": unknown key '" + name + "' in " + label);
    if (section != nullptr) config.origin_lines[origin + "." + name] = static_cast<int>(at.begin.line);
  }
  if (section == nullptr) return;
  if (node.source().begin.line > 0) config.origin_lines[origin] = static_cast<int>(node.source().begin.line);
  if (!section->list_of_tables) return;
  for (const auto& key : section->keys)
    if (key.required && !table.contains(key.name)) fail_at(path, node, label + " needs '" + key.name + "'");
}

std::string read_string(const std::string& path, const toml::node& node, const std::string& what) {
  if (auto s = node.value<std::string>()) return *s;
  fail_at(path, node, what + " must be text in quotes");
}

std::vector<std::string> read_strings(const std::string& path, const toml::node& node, const std::string& what) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail_at(path, node, what + " must be a list of texts, like [\"a\", \"b\"]");
  std::vector<std::string> out;
  for (const auto& element : *array) out.push_back(read_string(path, element, what));
  return out;
}

// A pattern given in the file is compiled here once, so that a mistake is reported at its line
// in the file that holds it ({body} stands for the bodies' names, filled in later).
std::vector<std::string> read_patterns(const std::string& path, const toml::node& node, const std::string& what) {
  std::vector<std::string> out = read_strings(path, node, what);
  const toml::array& array = *node.as_array();
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  for (size_t i = 0; i < out.size(); ++i) {
    std::string pattern = out[i];
    for (size_t at; (at = pattern.find("{body}")) != std::string::npos;) pattern.replace(at, 6, "(?:body)");
    const RE2 re(pattern, options);
    if (!re.ok()) fail_at(path, array[i], "pattern in " + what + " does not compile: '" + out[i] + "': " + re.error());
  }
  return out;
}

// Who the weekly mail goes to or comes from: a bare address, nothing that could add a header.
std::string read_address(const std::string& path, const toml::node& node, const std::string& what) {
  std::string address = read_string(path, node, what);
  if (!is_email_address(address))
    fail_at(path, node, what + " must be one plain email address such as \"name@example.org\", not '" + printable(address) + "'");
  return address;
}

Day read_day(const std::string& path, const toml::node& node, const std::string& what) {
  if (auto d = node.value<toml::date>()) {
    Day day{date::year{d->year}, date::month{d->month}, date::day{d->day}};
    if (day.ok()) return day;
  }
  if (auto s = node.value<std::string>()) {
    if (auto day = parse_iso_day(*s)) return *day;
  }
  fail_at(path, node, what + " must be a date written YYYY-MM-DD");
}

const toml::table& as_table(const std::string& path, const toml::node& node, const std::string& what) {
  const toml::table* t = node.as_table();
  if (t == nullptr) fail_at(path, node, what + " must be a table");
  return *t;
}

void read_committees(const std::string& path, const toml::node& node, Config& config) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail_at(path, node, "[[committee]] must be an array of tables");
  for (const auto& element : *array) {
    const auto& t = as_table(path, element, "[[committee]]");
    check_keys(path, element, "committee", "committee." + std::to_string(config.committees.size()), config);
    Committee c;
    c.name = read_string(path, *t.get("name"), "committee name");
    if (auto n = t.get("short")) c.short_name = read_string(path, *n, "committee short name");
    if (auto n = t.get("aliases")) c.aliases = read_strings(path, *n, "committee aliases");
    if (auto n = t.get("meetings")) {
      const toml::array* dates = n->as_array();
      if (dates == nullptr) fail_at(path, *n, "meetings must be a list of dates");
      for (const auto& d : *dates) c.meetings.push_back(read_day(path, d, "a meeting"));
      std::sort(c.meetings.begin(), c.meetings.end());
    }
    config.committees.push_back(std::move(c));
  }
}

void read_people(const std::string& path, const toml::node& node, Config& config) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail_at(path, node, "[[person]] must be an array of tables");
  for (const auto& element : *array) {
    const auto& t = as_table(path, element, "[[person]]");
    check_keys(path, element, "person", "person." + std::to_string(config.people.size()), config);
    Person p;
    p.name = read_string(path, *t.get("name"), "person name");
    p.role = read_string(path, *t.get("role"), "person role");
    if (auto n = t.get("email")) p.email = read_address(path, *n, "email");
    if (auto n = t.get("from")) p.from = read_day(path, *n, "from");
    if (auto n = t.get("to")) p.to = read_day(path, *n, "to");
    config.people.push_back(std::move(p));
  }
}

void read_extract(const std::string& path, const toml::node& node, Config& config) {
  const auto& t = as_table(path, node, "[extract]");
  check_keys(path, node, "extract", "extract", config);
  VocabularyConfig& v = config.vocabulary;
  auto list = [&](const char* key, std::vector<std::string>& target) {
    if (auto n = t.get(key)) target = read_strings(path, *n, key);
  };
  list("resolution_markers", v.resolution_markers);
  list("reason_markers", v.reason_markers);
  list("truncation_markers", v.truncation_markers);
  list("no_due_phrases", v.no_due_phrases);
  list("vague_due_phrases", v.vague_due_phrases);
  if (auto n = t.get("commitment_patterns")) v.commitment_patterns = read_patterns(path, *n, "[extract] commitment_patterns");
  list("acronyms", v.acronyms);
  if (auto n = t.get("kinds")) {
    const auto& kinds = as_table(path, *n, "[extract.kinds]");
    check_keys(path, *n, "extract.kinds", "extract.kinds", config);
    for (const auto& [key, node] : kinds)
      v.kind_patterns[std::string(key.str())] = read_patterns(path, node, "[extract.kinds] " + std::string(key.str()));
  }
}

void read_roles(const std::string& path, const toml::node& node, Config& config) {
  const auto& t = as_table(path, node, "[roles]");
  check_keys(path, node, "roles", "roles", config);
  VocabularyConfig& v = config.vocabulary;
  if (auto n = t.get("officers")) v.officer_roles = read_strings(path, *n, "officers");
  if (auto n = t.get("members")) v.member_roles = read_strings(path, *n, "members");
  if (auto n = t.get("generic")) v.generic_owners = read_strings(path, *n, "generic");
  if (auto n = t.get("collective")) v.collective_owners = read_strings(path, *n, "collective");
  if (auto n = t.get("organisations")) v.organisation_words = read_strings(path, *n, "organisations");
  if (auto n = t.get("abbreviations")) {
    // [roles.abbreviations] RFO = "Responsible Financial Officer"
    const auto& table = as_table(path, *n, "[roles.abbreviations]");
    check_keys(path, *n, "roles.abbreviations", "roles.abbreviations", config);
    v.role_abbreviations.clear();
    for (const auto& [key, node] : table)
      v.role_abbreviations.emplace_back(std::string(key.str()), read_string(path, node, "role abbreviation"));
  }
}

void read_bodies(const std::string& path, const toml::node& node, Config& config) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail_at(path, node, "[[body]] must be an array of tables");
  VocabularyConfig& v = config.vocabulary;
  v.bodies.clear();
  for (const auto& element : *array) {
    const auto& t = as_table(path, element, "[[body]]");
    check_keys(path, element, "body", "body." + std::to_string(v.bodies.size()), config);
    Body b;
    b.name = read_string(path, *t.get("name"), "body name");
    if (auto n = t.get("aliases")) b.aliases = read_strings(path, *n, "body aliases");
    if (auto n = t.get("contact")) b.contact = read_string(path, *n, "body contact");
    if (auto n = t.get("email")) b.email = read_address(path, *n, "[[body]] email");
    if (b.aliases.empty()) b.aliases.push_back(b.name);
    v.bodies.push_back(std::move(b));
  }
}

void read_owner_defaults(const std::string& path, const toml::node& node, Config& config) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail_at(path, node, "[[owner_default]] must be an array of tables");
  VocabularyConfig& v = config.vocabulary;
  for (const auto& element : *array) {
    const auto& t = as_table(path, element, "[[owner_default]]");
    check_keys(path, element, "owner_default", "owner_default." + std::to_string(v.owner_defaults.size()), config);
    const std::string when = read_string(path, *t.get("when"), "when");
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    if (!RE2(when, options).ok())
      fail_at(path, *t.get("when"), "[[owner_default]] pattern does not compile: '" + when + "': " + RE2(when, options).error());
    v.owner_defaults.push_back({when, read_string(path, *t.get("owner"), "owner")});
  }
}

// The comment lines just above a table's header: a rule's "why", kept for `tracker flags --rules`.
std::string comment_above(const std::vector<std::string>& lines, int header_line) {
  std::vector<std::string> comment;
  for (int i = header_line - 2; i >= 0; --i) {
    std::string_view line = trim(lines[i]);
    if (line.empty() || line[0] != '#') break;
    line.remove_prefix(1);
    comment.insert(comment.begin(), std::string(trim(line)));
  }
  std::string out;
  for (const auto& c : comment) {
    if (c.empty() || c.find_first_not_of("-=#") == std::string::npos) continue;
    out += (out.empty() ? "" : " ") + c;
  }
  return out;
}

void read_rules(const std::string& path, const toml::node& node, const std::vector<std::string>& lines, Config& config) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail_at(path, node, "[[rule]] must be an array of tables");
  config.rules.clear();
  std::set<std::string> ids;
  for (const auto& element : *array) {
    const auto& t = as_table(path, element, "[[rule]]");
    check_keys(path, element, "rule", "rule." + std::to_string(config.rules.size()), config);
    RuleSpec r;
    r.id = read_string(path, *t.get("id"), "rule id");
    if (!ids.insert(r.id).second) fail_at(path, *t.get("id"), "two rules have the id '" + r.id + "'");
    r.flag = read_string(path, *t.get("flag"), "rule flag");
    r.severity = read_string(path, *t.get("severity"), "rule severity");
    if (r.severity != "red" && r.severity != "amber" && r.severity != "info")
      fail_at(path, *t.get("severity"), "rule '" + r.id + "': severity must be \"red\", \"amber\" or \"info\"");
    r.when = read_string(path, *t.get("when"), "rule condition");
    if (auto n = t.get("message")) r.message = read_string(path, *n, "rule message");
    const int line = static_cast<int>(element.source().begin.line);
    r.where = path + ":" + std::to_string(t.get("when")->source().begin.line);
    if (line > 0 && line <= static_cast<int>(lines.size())) r.why = comment_above(lines, line);
    config.rules.push_back(std::move(r));
  }
}

std::vector<std::string> file_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

const Committee* Config::find_committee(const std::string& name) const {
  const std::string wanted = collapse_spaces(name);
  for (const auto& c : committees) {
    if (iequals(c.name, wanted) || iequals(c.short_name, wanted)) return &c;
    for (const auto& alias : c.aliases)
      if (iequals(alias, wanted)) return &c;
  }
  return nullptr;
}

const Person* Config::person_for_role(const std::string& role, Day when) const {
  for (const auto& p : people) {
    if (!iequals(p.role, role)) continue;
    if (p.from && when < *p.from) continue;
    if (p.to && when > *p.to) continue;
    return &p;
  }
  return nullptr;
}

Config default_config() {
  Config c;
  c.source = "built-in defaults";
  c.vocabulary = default_vocabulary();
  c.rules = default_rules();
  return c;
}

Config load_config(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw ConfigError(path + ": no such configuration file");
  if (std::filesystem::is_directory(path, ec)) throw ConfigError(path + ": is a directory, not a configuration file");
  if (auto why = not_a_regular_file(path)) throw ConfigError(path + ": " + *why);
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::ostringstream out;
    out << path << ':' << e.source().begin.line << ':' << e.source().begin.column << ": " << e.description();
    throw ConfigError(out.str());
  }
  Config config = default_config();
  config.source = path;
  // Sections that later stages own are accepted here so one file serves every command.
  check_keys(path, root, "", "", config);
  if (auto n = root.get("committee")) read_committees(path, *n, config);
  if (auto n = root.get("person")) read_people(path, *n, config);
  if (auto n = root.get("extract")) read_extract(path, *n, config);
  if (auto n = root.get("roles")) read_roles(path, *n, config);
  if (auto n = root.get("body")) read_bodies(path, *n, config);
  if (auto n = root.get("owner_default")) read_owner_defaults(path, *n, config);
  if (auto n = root.get("database")) {
    const auto& t = as_table(path, *n, "[database]");
    check_keys(path, *n, "database", "database", config);
    if (auto p = t.get("path")) config.database = read_string(path, *p, "database path");
  }
  if (auto n = root.get("reconcile")) {
    const auto& t = as_table(path, *n, "[reconcile]");
    check_keys(path, *n, "reconcile", "reconcile", config);
    auto fraction = [&](const char* key, double& target) {
      if (auto v = t.get(key)) {
        auto d = v->value<double>();
        if (!d || *d < 0 || *d > 1) fail_at(path, *v, std::string(key) + " must be a number between 0 and 1");
        target = *d;
      }
    };
    fraction("threshold", config.match_threshold);
    fraction("propose", config.proposal_threshold);
  }
  if (auto n = root.get("rule")) read_rules(path, *n, file_lines(path), config);
  if (auto n = root.get("report")) {
    const auto& t = as_table(path, *n, "[report]");
    check_keys(path, *n, "report", "report", config);
    if (auto v = t.get("title")) config.report.title = read_string(path, *v, "report title");
    if (auto v = t.get("status")) {
      config.report.status = read_string(path, *v, "report status");
      if (config.report.status != "open" && config.report.status != "all") fail_at(path, *v, "report status must be \"open\" or \"all\"");
    }
    if (auto v = t.get("further_action")) {
      config.report.further_action = read_string(path, *v, "report further_action");
      const std::string& l = config.report.further_action;
      if (l != "words_and_flags" && l != "words_only" && l != "flags_separately")
        fail_at(path, *v, "report further_action must be \"words_and_flags\", \"words_only\" or \"flags_separately\"");
    }
    if (auto v = t.get("never_reported")) {
      config.report.never_reported = read_strings(path, *v, "[report] never_reported");
      for (const auto& kind : config.report.never_reported)
        if (kind != "action" && kind != "recommendation" && kind != "noting" && kind != "approval" && kind != "procedural")
          fail_at(path, *v, "[report] never_reported: '" + kind + "' is not a kind of clause (action, recommendation, noting, approval or procedural)");
    }
    if (auto v = t.get("font")) {
      config.report.font = read_string(path, *v, "report font");
      if (config.report.font.empty()) fail_at(path, *v, "report font must name a font, such as \"Arial\"");
    }
    if (auto v = t.get("font_size")) {
      auto size = v->value<double>();
      if (!size || *size < 6 || *size > 36) fail_at(path, *v, "report font_size must be a number of points from 6 to 36");
      config.report.font_size = *size;
    }
    if (auto v = t.get("owner_column")) {
      auto yes = v->value<bool>();
      if (!yes || !v->is_boolean()) fail_at(path, *v, "report owner_column must be true or false");
      config.report.owner_column = *yes;
    }
  }
  if (auto n = root.get("calendar")) {
    const auto& t = as_table(path, *n, "[calendar]");
    check_keys(path, *n, "calendar", "calendar", config);
    if (auto v = t.get("meeting_time")) {
      const std::string time = read_string(path, *v, "calendar meeting_time");
      const bool shaped = time.size() == 5 && time[2] == ':' && is_digit(time[0]) && is_digit(time[1]) && is_digit(time[3]) && is_digit(time[4]);
      if (!shaped || std::stoi(time.substr(0, 2)) > 23 || std::stoi(time.substr(3)) > 59)
        fail_at(path, *v, "calendar meeting_time must be a time of day as HH:MM, such as \"10:00\"");
      config.calendar.meeting_time = time;
    }
    if (auto v = t.get("location")) config.calendar.location = read_string(path, *v, "calendar location");
  }
  if (auto n = root.get("check")) {
    const auto& t = as_table(path, *n, "[check]");
    check_keys(path, *n, "check", "check", config);
    if (auto v = t.get("from")) config.check.from = read_address(path, *v, "[check] from");
    if (auto v = t.get("reply_to")) config.check.reply_to = read_address(path, *v, "[check] reply_to");
    if (auto v = t.get("fallback_to")) config.check.fallback_to = read_address(path, *v, "[check] fallback_to");
  }
  return config;
}

Config load_config_for_command(const std::optional<std::string>& explicit_path) {
  if (explicit_path) return load_config(*explicit_path);
  std::error_code ec;
  if (std::filesystem::exists("tracker.toml", ec)) return load_config("tracker.toml");
  return default_config();
}

}  // namespace tracker
