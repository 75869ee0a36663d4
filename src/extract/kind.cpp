#include "extract/kind.h"

#include <array>

#include "core/text.h"
#include "parse/decision_forms.h"

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
  // A part that starts with its verb: "Note the contents …", "To agree a date …", "REQUESTED the
  // Director to …", "defer consideration …". "Agree to review … and report" still leaves work.
  if (auto verb = leading_decision_verb(clause_text)) {
    switch (verb->sense) {
      case VerbSense::acting: return ClauseKind::action;
      case VerbSense::recommending: return ClauseKind::recommendation;
      case VerbSense::procedural: return ClauseKind::procedural;
      case VerbSense::noting:
      case VerbSense::approving: {
        std::string_view rest = trim(clause_text.substr(verb->verb_end));
        if (istarts_with(rest, "to ")) {
          if (auto next = leading_decision_verb(rest.substr(3)); next && next->sense == VerbSense::acting) return ClauseKind::action;
        }
        if (matched) return *matched;
        return verb->sense == VerbSense::noting ? ClauseKind::noting : ClauseKind::approval;
      }
    }
  }
  if (matched) return *matched;
  return ClauseKind::noting;
}

}  // namespace tracker
