#pragma once
#include <optional>
#include <string_view>

#include "extract/owner.h"
#include "extract/vocabulary.h"

namespace tracker {

// Why a clause has its kind: what in its words decided it.
enum class KindBasis {
  pattern,       // a [extract] kind pattern matched ("be brought back", "exclusion of the press")
  named_doer,    // somebody named is to do something ("That the Head of Service provide …")
  body_asked,    // a body is asked or recommended to act ("That Cabinet considers …")
  leading_verb,  // the part starts with its verb ("Ask the Director to …", "To note …")
  stem,          // it takes its kind from the stem that introduces it
  action_line,   // an action line names who must act ("TH to provide …", "ACTION: Clerk")
  none,          // nothing asks for anything: noted
};
const char* kind_basis_name(KindBasis basis);

struct Classification {
  ClauseKind kind;
  KindBasis basis;
};
// One decision, without looking for a second joined to it by "and that …".
Classification classify_single(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                               const CompiledVocabulary& vocabulary);
Classification classify_clause_with_basis(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                                          const CompiledVocabulary& vocabulary);

// The clause's kind from the vocabulary's patterns; a role that is asked to do something
// ("That the Governance Advisor makes …") makes an action even when no pattern names the verb.
ClauseKind classify_clause(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                           const CompiledVocabulary& vocabulary);

}  // namespace tracker
