#pragma once
// A rule's condition, "status in ['open', 'scheduled'] and due_date < as_of", compiled once into
// a small typed tree and then tested against many actions without allocating. The language is
// described in docs/rules.md.
#include <memory>
#include <string_view>

namespace tracker {

struct ActionFacts;

class Condition {
 public:
  // Parses and type-checks `text`; throws RuleTextError (rules/rule_text_error.h) with the column
  // of the first problem.
  static Condition compile(std::string_view text);
  ~Condition();
  Condition(Condition&&) noexcept;
  Condition& operator=(Condition&&) noexcept;

  bool holds(const ActionFacts& facts) const;

 private:
  struct Program;
  explicit Condition(std::unique_ptr<const Program> program);
  std::unique_ptr<const Program> program_;
};

}  // namespace tracker
