#pragma once
// `tracker flags`: every action with the flags it carries and the rule that raised each, so a
// user can always see why; and the rules themselves.
#include <string>

#include "app/assessment.h"

namespace tracker {

std::string flags_to_text(const Assessment& assessment, bool all);
std::string flags_to_json(const Assessment& assessment, bool all);
std::string rules_to_text(const RuleSet& rules, const std::string& source);
std::string rules_to_json(const RuleSet& rules);

}  // namespace tracker
