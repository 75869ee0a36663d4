#pragma once
#include <optional>
#include <string_view>

#include "extract/owner.h"
#include "extract/vocabulary.h"

namespace tracker {

// The clause's kind from the vocabulary's patterns; a role that is asked to do something
// ("That the Governance Advisor makes …") makes an action even when no pattern names the verb.
ClauseKind classify_clause(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                           const CompiledVocabulary& vocabulary);

}  // namespace tracker
