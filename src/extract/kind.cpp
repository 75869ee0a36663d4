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

const char* kind_basis_name(KindBasis basis) {
  switch (basis) {
    case KindBasis::pattern: return "pattern";
    case KindBasis::named_doer: return "named-doer";
    case KindBasis::body_asked: return "body-asked";
    case KindBasis::leading_verb: return "leading-verb";
    case KindBasis::stem: return "stem";
    case KindBasis::action_line: return "action-line";
    case KindBasis::none: return "none";
  }
  return "none";
}

ClauseKind classify_clause(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                           const CompiledVocabulary& vocabulary) {
  return classify_clause_with_basis(clause_text, subject, vocabulary).kind;
}

Classification classify_clause_with_basis(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                                          const CompiledVocabulary& vocabulary) {
  auto matched = vocabulary.match_kind(clause_text);
  if (matched && (*matched == ClauseKind::procedural || *matched == ClauseKind::recommendation || *matched == ClauseKind::action))
    return {*matched, KindBasis::pattern};
  if (subject && !subject->body && !is_passive_courtesy(subject->verb) && !iequals(subject->verb, "be"))
    return {ClauseKind::action, KindBasis::named_doer};
  if (subject && subject->body && !is_passive_courtesy(subject->verb)) return {ClauseKind::recommendation, KindBasis::body_asked};
  // "The Board APPROVED …", "The Committee agreed that JP would submit …": the body's own
  // decision, read from its verb.
  if (!subject) {
    if (auto at = narrative_verb_start(clause_text); at && *at > 0) {
      Classification inner = classify_clause_with_basis(clause_text.substr(*at), std::nullopt, vocabulary);
      if (matched && !is_tracked(inner.kind) && inner.basis == KindBasis::none) return {*matched, KindBasis::pattern};
      return inner;
    }
  }
  // A part that starts with its verb: "Note the contents …", "To agree a date …", "REQUESTED the
  // Director to …", "defer consideration …". "Agree to review … and report" still leaves work.
  if (auto verb = leading_decision_verb(clause_text)) {
    switch (verb->sense) {
      case VerbSense::acting: return {ClauseKind::action, KindBasis::leading_verb};
      case VerbSense::recommending: return {ClauseKind::recommendation, KindBasis::leading_verb};
      case VerbSense::procedural: return {ClauseKind::procedural, KindBasis::leading_verb};
      case VerbSense::noting:
      case VerbSense::approving: {
        std::string_view rest = trim(clause_text.substr(verb->verb_end));
        // "Receive a further report …": somebody has to bring it.
        if (istarts_with(clause_text.substr(verb->verb_start), "receive") &&
            (istarts_with(rest, "a report") || istarts_with(rest, "a further") || istarts_with(rest, "an update") ||
             istarts_with(rest, "a progress") || istarts_with(rest, "further")))
          return {ClauseKind::action, KindBasis::leading_verb};
        if (istarts_with(rest, "to ")) {
          if (auto next = leading_decision_verb(rest.substr(3)); next && next->sense == VerbSense::acting)
            return {ClauseKind::action, KindBasis::leading_verb};
        }
        // "agreed that JP would submit a bid", "agrees that the Head of Audit will present …"
        if (istarts_with(rest, "that ")) {
          for (auto modal : {" would ", " will ", " should ", " shall "}) {
            const size_t at = ifind(rest, modal);
            if (at == std::string_view::npos || at > 120) continue;
            if (auto next = leading_decision_verb(rest.substr(at + std::char_traits<char>::length(modal)));
                next && next->sense == VerbSense::acting)
              return {ClauseKind::action, KindBasis::leading_verb};
          }
        }
        if (matched) return {*matched, KindBasis::pattern};
        return {verb->sense == VerbSense::noting ? ClauseKind::noting : ClauseKind::approval, KindBasis::leading_verb};
      }
    }
  }
  if (matched) return {*matched, KindBasis::pattern};
  return {ClauseKind::noting, KindBasis::none};
}

}  // namespace tracker
