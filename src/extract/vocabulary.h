#pragma once
// The vocabulary compiled once per run: kind patterns, commitment patterns, role and body
// names. Regular expressions live behind this interface so only one file includes RE2.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "domain/clause_kind.h"

namespace tracker {


struct RoleMatch {
  size_t length = 0;     // bytes of the role phrase matched at the start
  bool officer = false;  // an officer role (Director, Head of …) rather than a member's
};

class CompiledVocabulary {
 public:
  // Throws ConfigError naming the list and the pattern when a pattern does not compile.
  explicit CompiledVocabulary(const VocabularyConfig& config);
  ~CompiledVocabulary();
  CompiledVocabulary(const CompiledVocabulary&) = delete;
  CompiledVocabulary& operator=(const CompiledVocabulary&) = delete;

  const VocabularyConfig& config() const { return config_; }
  // The first kind, in priority order, with a pattern that matches; nullopt when none does.
  std::optional<ClauseKind> match_kind(std::string_view clause_text) const;
  bool is_commitment(std::string_view sentence) const;
  // False when no sentence of `paragraph` can be a commitment: with the built-in patterns, one
  // of their few key words must be there. Saves running the patterns on most of the narrative.
  bool may_hold_commitment(std::string_view paragraph) const;
  // The owner a [[owner_default]] gives this clause, or empty.
  std::string default_owner(std::string_view clause_text) const;
  // A role ("Assistant Director", "Chair") at the start of `text` (after "the" and "Interim").
  std::optional<RoleMatch> role_at_start(std::string_view text) const;
  // A phrase naming a role: it starts with one ("Head of Sport and Leisure", "the Interim
  // Director") or ends with one before any "of" ("Public Health Commissioning Manager"), so
  // "the report of the Director" is not a role.
  std::optional<RoleMatch> role_phrase(std::string_view text) const;
  // Whether `text` contains an officer role word anywhere.
  bool mentions_officer_role(std::string_view text) const;
  bool mentions_role(std::string_view text) const;
  // The canonical body ("Cabinet") named at the start of `text`, with the bytes it spans.
  std::optional<std::pair<std::string, size_t>> body_at_start(std::string_view text) const;
  // The first body named after "to" in the clause ("submitted to OSMB" -> the board's name).
  std::optional<std::string> body_named_in(std::string_view clause_text) const;
  bool is_generic_owner(std::string_view text) const;
  // "partner organisations", "all Board members": a group that owns an action as written.
  bool is_collective_owner(std::string_view text) const;
  // "NHS Wealdmoor ICB", "the Environment Agency": a capitalised name of an organisation.
  bool is_organisation(std::string_view text) const;
  // "RFO" -> "Responsible Financial Officer"; nullopt for anything else.
  std::optional<std::string> expand_role_abbreviation(std::string_view text) const;

 private:
  bool mentions_role_where(std::string_view text, bool officers_only) const;
  struct Impl;
  VocabularyConfig config_;
  bool default_commitments_ = false;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tracker
