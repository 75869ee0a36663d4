#pragma once
// The fields a rule can name: one table of name, type, meaning and where the value lives in
// ActionFacts. Conditions, message templates, `tracker help rules` and docs/rules.md all read it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/action_facts.h"

namespace tracker {

// The documented list of fields, their types and meaning, for `tracker help rules` and docs.
struct FieldDoc {
  std::string name, type, meaning;
};
const std::vector<FieldDoc>& rule_fields();

// The four types of the condition language. An empty text, and a date or number that is not set,
// are null.
enum class ValueType : uint8_t { text, date, number, yes_no };

// "text", "date", "number", "yes/no".
std::string_view type_name(ValueType type);

// One field: exactly one of the member pointers is set, matching `type` (a number is either
// always set or optional).
struct FieldInfo {
  std::string_view name;
  ValueType type;
  std::string_view meaning;
  std::string ActionFacts::*text = nullptr;
  std::optional<DayNumber> ActionFacts::*date = nullptr;
  int64_t ActionFacts::*number = nullptr;
  std::optional<int64_t> ActionFacts::*optional_number = nullptr;
  bool ActionFacts::*yes_no = nullptr;
};

// The field called `name` (ASCII case ignored), or nullptr.
const FieldInfo* find_field(std::string_view name);
// The one field within edit distance 2 of `name` that is nearer than any other, or nullptr.
const FieldInfo* nearest_field(std::string_view name);
// "unknown field 'du_date'; did you mean 'due_date'?" (the suggestion only when there is one).
std::string unknown_field_problem(std::string_view name);
// The value as a message shows it: text as is, numbers in decimal, dates as "15 December 2020",
// yes/no as "yes"/"no", and null as "not set".
void append_field_text(std::string& out, const FieldInfo& field, const ActionFacts& facts);
// "15 December 2020".
std::string format_day_number(DayNumber day);

}  // namespace tracker
