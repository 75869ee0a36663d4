#include "rules/message_template.h"

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
      const std::string_view name = trim(inside);
      const size_t name_at = i + 1 + static_cast<size_t>(name.data() - inside.data());
      if (name.empty()) throw RuleTextError(column_of(text, i), "empty placeholder '{}': write '{{' for a brace");
      const FieldInfo* field = find_field(name);
      if (field == nullptr) throw RuleTextError(column_of(text, name_at), unknown_field_problem(name));
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

std::string MessageTemplate::render(const ActionFacts& facts) const {
  std::string out;
  for (const Piece& p : pieces_) {
    out += p.literal;
    if (p.field) append_field_text(out, *p.field, facts);
  }
  return out;
}

}  // namespace tracker
