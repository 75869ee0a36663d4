#include "extract/kind.h"

#include <array>

#include "core/text.h"

namespace tracker {
namespace {

// Verbs with which a named person only takes note: "That the Chair be thanked".
bool is_passive_courtesy(std::string_view verb) {
  static constexpr std::array<std::string_view, 10> words = {"note", "notes", "approve", "approves", "endorse",
                                                             "endorses", "welcome", "welcomes", "support", "supports"};
  for (auto w : words)
    if (iequals(verb, w)) return true;
  return false;
}

}  // namespace

ClauseKind classify_clause(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                           const CompiledVocabulary& vocabulary) {
  auto matched = vocabulary.match_kind(clause_text);
  if (matched && (*matched == ClauseKind::procedural || *matched == ClauseKind::recommendation || *matched == ClauseKind::action))
    return *matched;
  if (subject && !subject->body && !is_passive_courtesy(subject->verb) && !iequals(subject->verb, "be")) return ClauseKind::action;
  if (subject && subject->body && !is_passive_courtesy(subject->verb)) return ClauseKind::recommendation;
  if (matched) return *matched;
  return ClauseKind::noting;
}

}  // namespace tracker
