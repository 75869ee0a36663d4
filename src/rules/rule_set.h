#pragma once
// The rules of tracker.toml, compiled once and tested against each action: which flags it carries
// and the message each flag shows. The language is described in docs/rules.md.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "rules/fields.h"

namespace tracker {

struct RuleSpec;
struct ActionFacts;
struct CompiledRule;

struct RaisedFlag {
  const RuleSpec* rule;  // points into the RuleSet's own copy of the specs
  std::string message;   // the message template filled in for this action
};

class RuleSet {
 public:
  // Compiles every rule once. Throws ConfigError on the first bad rule:
  //   "tracker.toml:120: rule 'overdue', column 27: unknown field 'du_date'"
  //   "built-in rule: rule 'overdue', message column 8: unclosed '{'"
  explicit RuleSet(std::vector<RuleSpec> specs);
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  const std::vector<RuleSpec>& specs() const;
  // Every rule whose condition holds, in rule order, with its message filled in.
  std::vector<RaisedFlag> evaluate(const ActionFacts& facts) const;
  // Just the test, no message (rule_index < specs().size()): for the benchmark's figure.
  bool holds(size_t rule_index, const ActionFacts& facts) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tracker
