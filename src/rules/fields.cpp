#include "rules/fields.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/calendar_date.h"
#include "core/text.h"

namespace tracker {
namespace {

FieldInfo text(std::string_view name, std::string ActionFacts::*member, std::string_view meaning) {
  FieldInfo f{.name = name, .type = ValueType::text, .meaning = meaning};
  f.text = member;
  return f;
}
FieldInfo day(std::string_view name, std::optional<DayNumber> ActionFacts::*member, std::string_view meaning) {
  FieldInfo f{.name = name, .type = ValueType::date, .meaning = meaning};
  f.date = member;
  return f;
}
FieldInfo number(std::string_view name, int64_t ActionFacts::*member, std::string_view meaning) {
  FieldInfo f{.name = name, .type = ValueType::number, .meaning = meaning};
  f.number = member;
  return f;
}
FieldInfo optional_number(std::string_view name, std::optional<int64_t> ActionFacts::*member, std::string_view meaning) {
  FieldInfo f{.name = name, .type = ValueType::number, .meaning = meaning};
  f.optional_number = member;
  return f;
}
FieldInfo yes_no(std::string_view name, bool ActionFacts::*member, std::string_view meaning) {
  FieldInfo f{.name = name, .type = ValueType::yes_no, .meaning = meaning};
  f.yes_no = member;
  return f;
}

// In the order of ActionFacts. The meanings are copied into docs/rules.md (a unit test checks).
const std::vector<FieldInfo>& table() {
  static const std::vector<FieldInfo> fields = {
      text("status", &ActionFacts::status, "open, scheduled, delivered, closed, transferred or dropped"),
      text("kind", &ActionFacts::kind, "action or recommendation"),
      text("owner", &ActionFacts::owner, "the owner as the clause names it, e.g. \"Strategic Director, CYPS\""),
      text("person", &ActionFacts::person, "who holds the owner's role, from the people directory"),
      text("committee", &ActionFacts::committee, "the committee's full name"),
      text("committee_short", &ActionFacts::committee_short, "the committee's short name, e.g. \"ILSC\""),
      text("target_body", &ActionFacts::target_body, "where a recommendation was sent, e.g. \"Cabinet\" or \"OSMB\""),
      text("response", &ActionFacts::response, "the response to a recommendation: awaiting, accepted, partially accepted or rejected"),
      text("due_precision", &ActionFacts::due_precision, "day or month; null when the clause set no time"),
      text("due_meeting_state", &ActionFacts::due_meeting_state, "the due meeting is planned, held or cancelled; null without one"),
      text("due", &ActionFacts::due, "when it is due, written out: \"15 December 2020 meeting\" or \"December 2020\""),
      text("id", &ActionFacts::id, "the action's id, e.g. \"ILSC-2020-09-95.3\""),
      text("item", &ActionFacts::item, "the title of the agenda item it came from"),
      day("as_of", &ActionFacts::as_of, "the day the report is for (today unless --as-of says otherwise)"),
      day("decision_date", &ActionFacts::decision_date, "the day of the meeting that made the decision"),
      day("due_date", &ActionFacts::due_date, "the due meeting's day, a deadline, or a due month's last day"),
      day("received_on", &ActionFacts::received_on, "when the body received a recommendation (the decision date unless recorded)"),
      day("last_chased", &ActionFacts::last_chased, "the day of the latest chaser"),
      day("last_update", &ActionFacts::last_update, "the day of the latest change that was not a chaser (creation counts)"),
      day("next_meeting", &ActionFacts::next_meeting, "the committee's first meeting on or after as_of that is not cancelled"),
      day("previous_meeting", &ActionFacts::previous_meeting, "the committee's last meeting before as_of that was not cancelled"),
      day("listed_for", &ActionFacts::listed_for, "the latest meeting an agenda or the work programme listed it for; null when none has"),
      number("age_days", &ActionFacts::age_days, "days from the decision date to as_of"),
      optional_number("days_overdue", &ActionFacts::days_overdue, "days from due_date to as_of when positive, else 0; null without a due date"),
      number("reschedule_count", &ActionFacts::reschedule_count, "how many times its due meeting has moved"),
      number("chase_count", &ActionFacts::chase_count, "how many chasers have been sent"),
      number("days_since_update", &ActionFacts::days_since_update, "days from the latest event of any kind to as_of"),
      number("owner_count", &ActionFacts::owner_count, "how many owners it has"),
      yes_no("has_response", &ActionFacts::has_response, "an accepted, partially accepted or rejected response is recorded"),
      yes_no("on_agenda", &ActionFacts::on_agenda, "it is listed (scheduled) for the meeting it is due at"),
  };
  return fields;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

const std::vector<FieldDoc>& rule_fields() {
  static const std::vector<FieldDoc> docs = [] {
    std::vector<FieldDoc> out;
    for (const FieldInfo& f : table()) out.push_back({std::string(f.name), std::string(type_name(f.type)), std::string(f.meaning)});
    return out;
  }();
  return docs;
}

std::string_view type_name(ValueType type) {
  switch (type) {
    case ValueType::text: return "text";
    case ValueType::date: return "date";
    case ValueType::number: return "number";
    case ValueType::yes_no: return "yes/no";
  }
  return "?";
}

const FieldInfo* find_field(std::string_view name) {
  for (const FieldInfo& f : table())
    if (iequals(f.name, name)) return &f;
  return nullptr;
}

const FieldInfo* nearest_field(std::string_view name) {
  const FieldInfo* best = nullptr;
  size_t best_distance = 3;
  bool tie = false;
  for (const FieldInfo& f : table()) {
    const size_t d = edit_distance(name, f.name);
    if (d < best_distance) {
      best = &f;
      best_distance = d;
      tie = false;
    } else if (d == best_distance) {
      tie = true;
    }
  }
  return tie ? nullptr : best;
}

std::string unknown_field_problem(std::string_view name) {
  std::string problem = "unknown field '" + std::string(name) + "'";
  if (const FieldInfo* near = nearest_field(name)) problem += "; did you mean '" + std::string(near->name) + "'?";
  return problem;
}

std::string format_day_number(DayNumber day) {
  // date's calendar arithmetic overflows some 5.8 million years out; no real day is near that,
  // but a day number is only an int, so one past the calendar is shown as the number it is.
  constexpr DayNumber kCalendarDays = 3'000'000;
  if (day > kCalendarDays || day < -kCalendarDays) return "day " + std::to_string(day);
  return format_day_long(Day{date::sys_days{date::days{day}}});
}

void append_field_text(std::string& out, const FieldInfo& field, const ActionFacts& facts) {
  constexpr std::string_view kNull = "not set";
  if (field.text) {
    const std::string& s = facts.*field.text;
    out += s.empty() ? kNull : std::string_view(s);
  } else if (field.date) {
    const auto& d = facts.*field.date;
    if (d) out += format_day_number(*d);
    else out += kNull;
  } else if (field.number) {
    out += std::to_string(facts.*field.number);
  } else if (field.optional_number) {
    const auto& n = facts.*field.optional_number;
    if (n) out += std::to_string(*n);
    else out += kNull;
  } else if (field.yes_no) {
    out += facts.*field.yes_no ? "yes" : "no";
  }
}

}  // namespace tracker
