#include "rules/rule_set.h"

#include <utility>

#include "config/config.h"
#include "core/errors.h"
#include "rules/action_facts.h"
#include "rules/condition.h"
#include "rules/message_template.h"
#include "rules/rule_text_error.h"

namespace tracker {

struct CompiledRule {
  Condition condition;
  MessageTemplate message;
};

struct RuleSet::Impl {
  std::vector<RuleSpec> specs;
  std::vector<CompiledRule> rules;
};

namespace {

CompiledRule compile_rule(const RuleSpec& spec) {
  const std::string prefix = spec.where + ": rule '" + spec.id + "', ";
  try {
    Condition condition = Condition::compile(spec.when);
    try {
      return CompiledRule{std::move(condition), MessageTemplate::compile(spec.message)};
    } catch (const RuleTextError& e) {
      throw ConfigError(prefix + "message column " + std::to_string(e.column()) + ": " + e.what());
    }
  } catch (const RuleTextError& e) {
    throw ConfigError(prefix + "column " + std::to_string(e.column()) + ": " + e.what());
  }
}

}  // namespace

RuleSet::RuleSet(std::vector<RuleSpec> specs) : impl_(std::make_unique<Impl>()) {
  impl_->specs = std::move(specs);
  impl_->rules.reserve(impl_->specs.size());
  for (const RuleSpec& spec : impl_->specs) impl_->rules.push_back(compile_rule(spec));
}

RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

const std::vector<RuleSpec>& RuleSet::specs() const { return impl_->specs; }

std::vector<RaisedFlag> RuleSet::evaluate(const ActionFacts& facts) const {
  std::vector<RaisedFlag> raised;
  for (size_t i = 0; i < impl_->rules.size(); ++i)
    if (impl_->rules[i].condition.holds(facts)) raised.push_back({&impl_->specs[i], impl_->rules[i].message.render(facts)});
  return raised;
}

bool RuleSet::holds(size_t rule_index, const ActionFacts& facts) const { return impl_->rules[rule_index].condition.holds(facts); }

}  // namespace tracker
