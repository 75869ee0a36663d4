#include "extract/kind.h"

#include <algorithm>
#include <array>
#include <vector>

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

namespace {

// "… be noted and that officers would circulate …", "The Committee notes … and agrees that …":
// where a second decision joins the first. Returns the start of each part after the first.
std::vector<size_t> compound_joins(std::string_view text) {
  std::vector<size_t> joins;
  for (size_t at = ifind(text, " and "); at != std::string_view::npos; at = ifind(text, " and ", at + 5)) {
    std::string_view rest = text.substr(at + 5);
    if (istarts_with(rest, "that ")) {
      joins.push_back(at + 5);
      continue;
    }
    size_t e = 0;
    while (e < rest.size() && is_alpha(rest[e])) ++e;
    const std::string_view word = rest.substr(0, e);
    const bool finite = e > 3 && (iends_with(word, "s") || iends_with(word, "ed"));
    if (finite && decision_verb_sense(word)) joins.push_back(at + 5);
  }
  return joins;
}

// "officers would circulate …", "the Head of Audit will present …": a promise to act.
bool promises_action(std::string_view text) {
  for (auto modal : {" would ", " will ", " should ", " shall "}) {
    const size_t at = ifind(text, modal);
    if (at == std::string_view::npos || at > 120) continue;
    if (auto next = leading_decision_verb(text.substr(at + std::char_traits<char>::length(modal))); next && next->sense == VerbSense::acting)
      return true;
  }
  return false;
}

// "Minutes agreed as an accurate record.", "Forward plan agreed.", "Report noted.": a short
// passive decision, read from its participle.
std::optional<VerbSense> short_passive_sense(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ';')) text.remove_suffix(1);
  if (std::count(text.begin(), text.end(), ' ') > 6) return std::nullopt;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != ' ') continue;
    const size_t e = text.find(' ', i + 1);
    const std::string_view word = text.substr(i + 1, e == std::string_view::npos ? std::string_view::npos : e - i - 1);
    if (i > 0 && iends_with(word, "ed"))
      if (auto sense = decision_verb_sense(word)) return sense;
  }
  return std::nullopt;
}

}  // namespace

Classification classify_clause_with_basis(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                                          const CompiledVocabulary& vocabulary) {
  if (const auto joins = compound_joins(clause_text); !joins.empty()) {
    Classification first = classify_single(clause_text.substr(0, joins.front()), subject, vocabulary);
    if (is_tracked(first.kind)) return first;
    for (size_t k = 0; k < joins.size(); ++k) {
      const size_t end = k + 1 < joins.size() ? joins[k + 1] : clause_text.size();
      std::string_view part = clause_text.substr(joins[k], end - joins[k]);
      if (istarts_with(part, "that ")) part.remove_prefix(5);
      if (promises_action(part)) return {ClauseKind::action, KindBasis::leading_verb};
      Classification next = classify_single(part, clause_subject(part, vocabulary), vocabulary);
      if (is_tracked(next.kind)) return next;
    }
    return classify_single(clause_text, subject, vocabulary);
  }
  return classify_single(clause_text, subject, vocabulary);
}

Classification classify_single(std::string_view clause_text, const std::optional<ClauseSubject>& subject,
                               const CompiledVocabulary& vocabulary) {
  auto matched = vocabulary.match_kind(clause_text);
  if (matched && (*matched == ClauseKind::procedural || *matched == ClauseKind::recommendation || *matched == ClauseKind::action))
    return {*matched, KindBasis::pattern};
  if (subject && !subject->body && !is_passive_courtesy(subject->verb) && !iequals(subject->verb, "be"))
    return {ClauseKind::action, KindBasis::named_doer};
  if (subject && subject->body && !is_passive_courtesy(subject->verb)) return {ClauseKind::recommendation, KindBasis::body_asked};
  // "The Board APPROVED …", "That the Panel receive a further report …": the body's own
  // decision, read from its verb.
  if (!subject) {
    const size_t that = istarts_with(clause_text, "that ") ? 5 : 0;
    if (auto at = narrative_verb_start(clause_text.substr(that)); at && *at > 0) {
      Classification inner = classify_single(clause_text.substr(that + *at), std::nullopt, vocabulary);
      if (matched && !is_tracked(inner.kind) && inner.basis == KindBasis::none) return {*matched, KindBasis::pattern};
      return inner;
    }
  }
  if (!subject && !matched) {
    if (auto sense = short_passive_sense(clause_text); sense && (*sense == VerbSense::noting || *sense == VerbSense::approving))
      return {*sense == VerbSense::noting ? ClauseKind::noting : ClauseKind::approval, KindBasis::pattern};
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
