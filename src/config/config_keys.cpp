#include "config/config_keys.h"

#include <algorithm>
#include <cstdio>

namespace tracker {
namespace {

using Value = std::optional<std::string>;

Value text_or_nothing(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return toml_string(text);
}

Value day_or_nothing(const std::optional<Day>& day) {
  if (!day) return std::nullopt;
  return format_day(*day);
}

std::string fraction(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  std::string out = buffer;
  // A TOML number without a point is an integer.
  if (out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

// A TOML integer when it is whole (10), else a float (10.5).
std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

std::string days(const std::vector<Day>& list) {
  std::string out = "[";
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + format_day(list[i]);
  return out + "]";
}

Value kind(const Config& c, const char* name) {
  auto found = c.vocabulary.kind_patterns.find(name);
  if (found == c.vocabulary.kind_patterns.end()) return std::nullopt;
  return toml_strings(found->second);
}

std::size_t one(const Config&) { return 1; }

std::vector<ConfigSection> build_sections() {
  return {
      {"database", false, "Where the database lives. --db on the command line wins over it.", TemplateStyle::defaults,
       {{"path", ValueType::text, "the database file, relative to the folder the command runs in", "\"council/tracker.db\"", false, "",
         [](const Config& c, size_t) -> Value { return toml_string(c.database.value_or("tracker.db")); }}},
       false, one},
      {"committee", true,
       "Each committee: its name as the minutes write it, a short name for action IDs, other spellings, and the meeting "
       "dates you know. Due phrases (\"to the December 2020 meeting\") resolve through this calendar and the dates "
       "learnt from imported files.",
       TemplateStyle::commented_example,
       {{"name", ValueType::text, "the committee's name as its minutes write it", "\"Overview and Scrutiny Committee\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.committees[i].name); }},
        {"short", ValueType::text, "the short name used in action IDs (OSC-2025-06-4.1)", "\"OSC\"", false, "",
         [](const Config& c, size_t i) { return text_or_nothing(c.committees[i].short_name); }},
        {"aliases", ValueType::texts, "other spellings the minutes use", "[\"O&S Committee\"]", false, "",
         [](const Config& c, size_t i) -> Value { return toml_strings(c.committees[i].aliases); }},
        {"meetings", ValueType::dates, "the meeting dates you know", "[2025-06-17, 2025-07-22]", false, "",
         [](const Config& c, size_t i) -> Value { return days(c.committees[i].meetings); }}},
       false, [](const Config& c) { return c.committees.size(); }},
      {"person", true, "Who holds each role, and from when: an action owned by a role goes to whoever held it that day.",
       TemplateStyle::commented_example,
       {{"name", ValueType::text, "the person's name", "\"A. Person\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.people[i].name); }},
        {"role", ValueType::text, "the role, as clauses name their owners", "\"Governance Advisor\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.people[i].role); }},
        {"email", ValueType::email, "where the weekly overdue mail goes", "\"a.person@example.gov.uk\"", false, "",
         [](const Config& c, size_t i) { return text_or_nothing(c.people[i].email); }},
        {"from", ValueType::date, "the first day they held the role", "2025-01-01", false, "",
         [](const Config& c, size_t i) { return day_or_nothing(c.people[i].from); }},
        {"to", ValueType::date, "the last day they held the role", "2025-12-31", false, "",
         [](const Config& c, size_t i) { return day_or_nothing(c.people[i].to); }}},
       false, [](const Config& c) { return c.people.size(); }},
      {"owner_default", true,
       "An owner for clauses that name nobody and whose item no officer presented: the first pattern that matches the "
       "clause gives the owner.",
       TemplateStyle::commented_example,
       {{"when", ValueType::pattern, "a regular expression, any case, matched against the clause", "\"work programme\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.vocabulary.owner_defaults[i].when); }},
        {"owner", ValueType::text, "the role given as owner", "\"Governance Advisor\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.vocabulary.owner_defaults[i].owner); }}},
       false, [](const Config& c) { return c.vocabulary.owner_defaults.size(); }},
      {"reconcile", false,
       "How sure a match between an action and a later agenda or minutes must be before the action is marked scheduled "
       "or delivered by itself (threshold), and before it is proposed in 'tracker matches' (propose).",
       TemplateStyle::defaults,
       {{"threshold", ValueType::fraction, "a match this good is applied", "0.9", false, "",
         [](const Config& c, size_t) -> Value { return fraction(c.match_threshold); }},
        {"propose", ValueType::fraction, "a weaker match this good is proposed", "0.6", false, "",
         [](const Config& c, size_t) -> Value { return fraction(c.proposal_threshold); }}},
       false, one},
      {"report", false, "The monitoring schedule (tracker report monitoring).", TemplateStyle::defaults,
       {{"title", ValueType::text, "its title", "\"Scrutiny Recommendations Tracker\"", false, "",
         [](const Config& c, size_t) -> Value { return toml_string(c.report.title); }},
        {"status", ValueType::choice, "\"open\" lists what is still to do and what was completed since the committee's last meeting (marked so); \"all\" everything", "\"all\"", false,
         "\"open\" or \"all\"", [](const Config& c, size_t) -> Value { return toml_string(c.report.status); }},
        {"never_reported", ValueType::texts,
         "kinds of clause the schedule never shows (action, recommendation, noting, approval, procedural); one action is left "
         "out with 'tracker update ID --not-reported --note WHY'",
         "[\"noting\", \"approval\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.report.never_reported); }},
        {"further_action", ValueType::choice,
         "the \"Further action required by Scrutiny\" column: the committee's own words with the flags beside them "
         "(\"words_and_flags\"), the words alone (\"words_only\"), or the flags in a column of their own (\"flags_separately\")",
         "\"flags_separately\"", false, "\"words_and_flags\", \"words_only\" or \"flags_separately\"",
         [](const Config& c, size_t) -> Value { return toml_string(c.report.further_action); }},
        {"font", ValueType::text, "the font of the Word schedule and briefing", "\"Calibri\"", false, "",
         [](const Config& c, size_t) -> Value { return toml_string(c.report.font); }},
        {"font_size", ValueType::number, "its size in points (6 to 36)", "11.5", false, "",
         [](const Config& c, size_t) -> Value { return number(c.report.font_size); }},
        {"owner_column", ValueType::yes_no, "true adds an Owner column to the Word and Excel schedules, after the recommendation", "true",
         false, "", [](const Config& c, size_t) -> Value { return c.report.owner_column ? "true" : "false"; }}},
       false, one},
      {"calendar", false, "The committees' meetings as a calendar feed (tracker calendar --format ics).", TemplateStyle::commented_example,
       {{"meeting_time", ValueType::time_of_day, "when meetings start (Europe/London); without it, meetings are all-day events", "\"10:00\"",
         false, "", [](const Config& c, size_t) { return text_or_nothing(c.calendar.meeting_time); }},
        {"location", ValueType::text, "where the committees meet", "\"Town Hall, Moorgate Street, Rotherham\"", false, "",
         [](const Config& c, size_t) { return text_or_nothing(c.calendar.location); }}},
       false, one},
      {"check", false, "The weekly overdue mail (tracker check --format mail).", TemplateStyle::defaults,
       {{"from", ValueType::email, "the mail's From: address", "\"committee-tracker@example.gov.uk\"", false, "",
         [](const Config& c, size_t) -> Value { return toml_string(c.check.from); }},
        {"reply_to", ValueType::email, "its Reply-To:, such as the Governance Advisor", "\"governance@example.gov.uk\"", false, "",
         [](const Config& c, size_t) { return text_or_nothing(c.check.reply_to); }},
        {"fallback_to", ValueType::email, "where an owner's mail goes when [[person]] has no email for them",
         "\"governance@example.gov.uk\"", false, "",
         [](const Config& c, size_t) { return text_or_nothing(c.check.fallback_to); }}},
       false, one},
      {"extract", false,
       "The extraction vocabulary. Each list given here replaces the built-in list of the same name ('tracker config' "
       "prints the built-in lists, to copy and edit).",
       TemplateStyle::commented_example,
       {{"resolution_markers", ValueType::texts, "words that label a decision; an entry in capitals matches capitals only",
         "[\"resolved\", \"agreed\", \"RECOMMENDED\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.resolution_markers); }},
        {"reason_markers", ValueType::texts, "labels of a decision's reasons", "[\"reason for decision\", \"reasons\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.reason_markers); }},
        {"truncation_markers", ValueType::texts, "words of a web page that cut an item short",
         "[\"view the full minutes text for item\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.truncation_markers); }},
        {"no_due_phrases", ValueType::texts, "phrases that set no time (\"in due course\")", "[\"in due course\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.no_due_phrases); }},
        {"vague_due_phrases", ValueType::texts, "times that cannot be dated (\"in the spring\")", "[\"in the spring\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.vague_due_phrases); }},
        {"commitment_patterns", ValueType::patterns, "promises made in the discussion", "['\\bwill\\s+circulate\\b']", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.commitment_patterns); }},
        {"acronyms", ValueType::texts, "kept in capitals when titles are re-cased", "[\"CYPS\", \"SEND\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.acronyms); }}},
       false, one},
      {"extract.kinds", false,
       "The patterns that give a clause its kind; {body} stands for the bodies' names. A kind given here replaces its "
       "built-in patterns.",
       TemplateStyle::commented_example,
       {{"action", ValueType::patterns, "asks somebody to do something (tracked)", "['\\bbe\\s+(brought|submitted)\\b']", false, "",
         [](const Config& c, size_t) { return kind(c, "action"); }},
        {"recommendation", ValueType::patterns, "recommends to another body (tracked)", "['\\brecommends?\\b']", false, "",
         [](const Config& c, size_t) { return kind(c, "recommendation"); }},
        {"approval", ValueType::patterns, "approves or agrees something", "['\\bbe\\s+approved\\b']", false, "",
         [](const Config& c, size_t) { return kind(c, "approval"); }},
        {"noting", ValueType::patterns, "notes a report", "['\\bbe\\s+noted\\b']", false, "",
         [](const Config& c, size_t) { return kind(c, "noting"); }},
        {"procedural", ValueType::patterns, "the meeting's own business (minutes, apologies)", "['\\bapologies\\b']", false, "",
         [](const Config& c, size_t) { return kind(c, "procedural"); }}},
       false, one},
      {"roles", false, "The words that name owners. Each list given here replaces the built-in list.",
       TemplateStyle::commented_example,
       {{"officers", ValueType::texts, "officers' roles (\"Head of\", \"Assistant Director\")", "[\"Head of\", \"Assistant Director\"]",
         false, "", [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.officer_roles); }},
        {"members", ValueType::texts, "members' roles (\"Cabinet Member\", \"Chair\")", "[\"Chair\", \"Cabinet Member\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.member_roles); }},
        {"generic", ValueType::texts, "owners that say nobody (\"officers\"): the presenter is preferred", "[\"officers\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.generic_owners); }},
        {"collective", ValueType::texts, "groups that own an action as written", "[\"partner organisations\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.collective_owners); }},
        {"organisations", ValueType::texts, "a name ending in one of these is an organisation", "[\"ICB\", \"Trust\"]", false, "",
         [](const Config& c, size_t) -> Value { return toml_strings(c.vocabulary.organisation_words); }}},
       false, one},
      {"roles.abbreviations", false,
       "Abbreviations written out as the owner's role (RFO = \"Responsible Financial Officer\"). Given here, they replace "
       "the built-in ones.",
       TemplateStyle::commented_example, {}, true,
       [](const Config& c) { return c.vocabulary.role_abbreviations.size(); }},
      {"body", true, "The bodies recommendations go to. Given here, they replace the built-in list.",
       TemplateStyle::commented_example,
       {{"name", ValueType::text, "the body's name", "\"Overview and Scrutiny Management Board\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.vocabulary.bodies[i].name); }},
        {"aliases", ValueType::texts, "the spellings clauses use (the name when not given)", "[\"OSMB\"]", false, "",
         [](const Config& c, size_t i) -> Value { return toml_strings(c.vocabulary.bodies[i].aliases); }},
        {"contact", ValueType::text,
         "the person the weekly mail about the body's actions goes to (a [[person]] name, whose email is used)",
         "\"A. Person\"", false, "", [](const Config& c, size_t i) { return text_or_nothing(c.vocabulary.bodies[i].contact); }},
        {"email", ValueType::email, "where the weekly mail about the body's actions goes (before the contact's own address)",
         "\"cabinet-office@example.gov.uk\"", false, "",
         [](const Config& c, size_t i) { return text_or_nothing(c.vocabulary.bodies[i].email); }}},
       false, [](const Config& c) { return c.vocabulary.bodies.size(); }},
      {"rule", true,
       "Rules: each raises a flag on the actions its condition holds for; the reports show the flag and its message, "
       "and 'tracker flags' which rule raised it. The language is in docs/rules.md. Rules given here replace the "
       "built-in set.",
       TemplateStyle::rules,
       {{"id", ValueType::text, "a name for the rule, unique", "\"stalled\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.rules[i].id); }},
        {"flag", ValueType::text, "what the reports show", "\"Stalled\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.rules[i].flag); }},
        {"severity", ValueType::choice, "red counts as overdue in the weekly check, amber as at risk, info only informs",
         "\"amber\"", true, "\"red\", \"amber\" or \"info\"",
         [](const Config& c, size_t i) -> Value { return toml_string(c.rules[i].severity); }},
        {"when", ValueType::text, "the condition, in the rule language", "\"status = 'open' and age_days > 365\"", true, "",
         [](const Config& c, size_t i) -> Value { return toml_string(c.rules[i].when); }},
        {"message", ValueType::text, "what the flag says; {field} is replaced by the action's value",
         "\"open for {age_days days}\"", false, "",
         [](const Config& c, size_t i) { return text_or_nothing(c.rules[i].message); }}},
       false, [](const Config& c) { return c.rules.size(); }},
  };
}

}  // namespace

const std::vector<ConfigSection>& config_sections() {
  static const std::vector<ConfigSection> sections = build_sections();
  return sections;
}

const ConfigSection* find_config_section(std::string_view name) {
  for (const auto& s : config_sections())
    if (s.name == name) return &s;
  return nullptr;
}

const ConfigKey* find_config_key(const ConfigSection& section, std::string_view key) {
  for (const auto& k : section.keys)
    if (k.name == key) return &k;
  return nullptr;
}

std::string describe_type(const ConfigKey& key) {
  switch (key.type) {
    case ValueType::text: return "text";
    case ValueType::choice: return key.choices;
    case ValueType::fraction: return "a number from 0 to 1";
    case ValueType::email: return "an email address";
    case ValueType::date: return "a date, YYYY-MM-DD";
    case ValueType::texts: return "a list of texts";
    case ValueType::pattern: return "a regular expression";
    case ValueType::patterns: return "a list of regular expressions";
    case ValueType::dates: return "a list of dates";
    case ValueType::number: return "a number";
    case ValueType::yes_no: return "true or false";
    case ValueType::time_of_day: return "a time of day, \"HH:MM\"";
  }
  return "text";
}

std::string toml_string(std::string_view text) {
  // A literal string keeps a pattern's backslashes as they are written.
  const bool literal_ok = text.find('\'') == std::string_view::npos &&
                          std::find_if(text.begin(), text.end(), [](unsigned char ch) { return ch < 0x20 || ch == 0x7f; }) == text.end();
  if (literal_ok && text.find('\\') != std::string_view::npos) return "'" + std::string(text) + "'";
  std::string out = "\"";
  for (unsigned char ch : text) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (ch < 0x20 || ch == 0x7f) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04X", ch);
          out += buffer;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out + "\"";
}

std::string toml_key(std::string_view key) {
  const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](unsigned char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
  });
  return bare ? std::string(key) : toml_string(key);
}

std::string toml_strings(const std::vector<std::string>& texts) {
  std::string out = "[";
  for (size_t i = 0; i < texts.size(); ++i) out += (i ? ", " : "") + toml_string(texts[i]);
  return out + "]";
}

}  // namespace tracker
