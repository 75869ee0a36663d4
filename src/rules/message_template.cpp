#include "rules/message_template.h"

#include <charconv>

#include "core/duration_words.h"
#include "core/text.h"
#include "rules/rule_text_error.h"
#include "rules/fields.h"

namespace tracker {

MessageTemplate MessageTemplate::compile(std::string_view text) {
  MessageTemplate out;
  Piece piece;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      piece.literal += '{';
      i += 2;
    } else if (c == '}') {
      if (i + 1 >= text.size() || text[i + 1] != '}')
        throw RuleTextError(column_of(text, i), "a lone '}': write '}}' for a brace");
      piece.literal += '}';
      i += 2;
    } else if (c == '{') {
      const size_t close = text.find('}', i + 1);
      if (close == std::string_view::npos) throw RuleTextError(column_of(text, i), "unclosed '{'");
      const std::string_view inside = text.substr(i + 1, close - i - 1);
      std::string_view name = trim(inside);
      const size_t name_at = i + 1 + static_cast<size_t>(name.data() - inside.data());
      if (name.empty()) throw RuleTextError(column_of(text, i), "empty placeholder '{}': write '{{' for a brace");
      // "{days_overdue days}" and "{chase_count times}": a number said the way a person says it.
      std::string_view unit;
      if (const size_t space = name.find(' '); space != std::string_view::npos) {
        unit = trim(name.substr(space + 1));
        name = name.substr(0, space);
      }
      const FieldInfo* field = find_field(name);
      if (field == nullptr) throw RuleTextError(column_of(text, name_at), unknown_field_problem(name));
      if (!unit.empty()) {
        const size_t unit_at = name_at + static_cast<size_t>(unit.data() - name.data());
        if (unit != "days" && unit != "times")
          throw RuleTextError(column_of(text, unit_at), "unknown unit '" + std::string(unit) + "': write {field days} or {field times}");
        if (field->type != ValueType::number)
          throw RuleTextError(column_of(text, unit_at), "'" + std::string(unit) + "' needs a number field; '" + std::string(field->name) + "' is not one");
        piece.unit = unit == "days" ? Unit::days : Unit::times;
      }
      piece.field = field;
      out.pieces_.push_back(std::move(piece));
      piece = Piece{};
      i = close + 1;
    } else {
      piece.literal += c;
      ++i;
    }
  }
  if (!piece.literal.empty()) out.pieces_.push_back(std::move(piece));
  return out;
}

void MessageTemplate::append_counted(std::string& out, const FieldInfo& field, const ActionFacts& facts, Unit unit) {
  std::string number;
  append_field_text(number, field, facts);
  const bool numeric = !number.empty() && (number[0] == '-' || (number[0] >= '0' && number[0] <= '9'));
  if (!numeric) out += number;  // "not set"
  else if (unit == Unit::days) {
    // Whole days said in a person's units ("6 weeks"); anything else (negative, a fraction, a
    // number too big for a day count) as it is.
    int64_t days = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), days);
    if (error == std::errc() && end == number.data() + number.size() && days >= 0) out += duration_words(days);
    else out += number + " days";
  }
  else if (number == "1") out += "once";
  else if (number == "2") out += "twice";
  else out += number + " times";
}

std::string MessageTemplate::render(const ActionFacts& facts) const {
  std::string out;
  for (const Piece& p : pieces_) {
    out += p.literal;
    if (p.field && p.unit != Unit::none) append_counted(out, *p.field, facts, p.unit);
    else if (p.field) append_field_text(out, *p.field, facts);
  }
  return out;
}

}  // namespace tracker
