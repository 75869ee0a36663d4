#pragma once
// A problem in the text of a rule's condition or message, at a column of that text. RuleSet
// turns it into a ConfigError that also says where the rule is and which rule it is.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tracker {

class RuleTextError : public std::runtime_error {
 public:
  RuleTextError(size_t column, const std::string& problem) : std::runtime_error(problem), column_(column) {}
  size_t column() const { return column_; }  // 1-based, in characters

 private:
  size_t column_;
};

// The 1-based column of byte `offset` in `text`, counting a UTF-8 character as one column.
inline size_t column_of(std::string_view text, size_t offset) {
  size_t column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return column;
}

}  // namespace tracker
