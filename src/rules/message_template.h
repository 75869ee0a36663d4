#pragma once
// A rule's message: text with {field} placeholders filled in from one action's facts.
// "{{" and "}}" are literal braces.
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
  // A run of literal text, then the field that follows it (nullptr for the last run).
  struct Piece {
    std::string literal;
    const FieldInfo* field = nullptr;
  };
  std::vector<Piece> pieces_;
};

}  // namespace tracker
