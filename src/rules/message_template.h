#pragma once
// A rule's message: text with {field} placeholders filled in from one action's facts.
// "{{" and "}}" are literal braces; "{days_overdue days}" says how long as a person says it
// ("1 day", "6 weeks", "over 7 years": core/duration_words.h), and
// "{chase_count times}" says "once", "twice" or "3 times".
#include <string>
#include <string_view>
#include <vector>

namespace tracker {

struct ActionFacts;
struct FieldInfo;

class MessageTemplate {
 public:
  // Throws RuleTextError (rules/rule_text_error.h) at the column of an unknown field, an empty or
  // unclosed placeholder, or a lone '}'.
  static MessageTemplate compile(std::string_view text);
  std::string render(const ActionFacts& facts) const;

 private:
  enum class Unit { none, days, times };
  // A run of literal text, then the field that follows it (nullptr for the last run).
  struct Piece {
    std::string literal;
    const FieldInfo* field = nullptr;
    Unit unit = Unit::none;
  };
  static void append_counted(std::string& out, const FieldInfo& field, const ActionFacts& facts, Unit unit);
  std::vector<Piece> pieces_;
};

}  // namespace tracker
