#include "extract/vocabulary.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>

#include "core/errors.h"
#include "core/text.h"

namespace tracker {

namespace {

constexpr ClauseKind kKindOrder[] = {ClauseKind::procedural, ClauseKind::recommendation, ClauseKind::action, ClauseKind::approval,
                                     ClauseKind::noting};

std::string escape_alternation(const std::vector<Body>& bodies) {
  std::vector<std::string> names;
  for (const auto& b : bodies)
    for (const auto& a : b.aliases) names.push_back(RE2::QuoteMeta(a));
  std::sort(names.begin(), names.end(), [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < names.size(); ++i) out += (i ? "|" : "") + names[i];
  return out + ")";
}

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

std::unique_ptr<RE2::Set> compile_set(const std::vector<std::string>& patterns, const std::string& list_name,
                                      const std::string& body_alternation) {
  auto set = std::make_unique<RE2::Set>(pattern_options(), RE2::UNANCHORED);
  for (std::string p : patterns) {
    for (size_t at; (at = p.find("{body}")) != std::string::npos;) p.replace(at, 6, body_alternation);
    std::string error;
    if (set->Add(p, &error) < 0)
      throw ConfigError("tracker.toml: pattern in " + list_name + " does not compile: '" + p + "': " + error);
  }
  if (!patterns.empty() && !set->Compile()) throw ConfigError("tracker.toml: the patterns in " + list_name + " are too large");
  return set;
}

bool set_matches(const RE2::Set* set, std::string_view text) {
  if (set == nullptr) return false;
  std::vector<int> hits;
  return set->Match(re2::StringPiece(text.data(), text.size()), &hits);
}

const std::vector<std::string_view>& role_adjectives() {
  static const std::vector<std::string_view> words = {"interim ", "acting ", "joint ", "deputy ", "senior ", "principal ",
                                                      "temporary ", "new ", "relevant ", "appropriate ", "lead "};
  return words;
}

}  // namespace

struct CompiledVocabulary::Impl {
  std::vector<std::pair<ClauseKind, std::unique_ptr<RE2::Set>>> kinds;
  std::unique_ptr<RE2::Set> commitments;
  std::vector<std::pair<std::unique_ptr<RE2>, std::string>> owner_defaults;
  std::vector<std::pair<std::string, bool>> roles;  // longest first; bool: officer
  // The roles by their first and by their last letter (lower case), each in the order above: a
  // role is looked for at the start or end of most phrases of every clause, and few share a letter.
  std::array<std::vector<size_t>, 256> roles_by_first, roles_by_last;
  std::vector<std::pair<std::string, std::string>> body_aliases;  // alias, canonical; longest first
};

CompiledVocabulary::CompiledVocabulary(const VocabularyConfig& config) : config_(config), impl_(std::make_unique<Impl>()) {
  default_commitments_ = config.commitment_patterns == default_vocabulary().commitment_patterns;
  const std::string bodies = escape_alternation(config.bodies);
  for (ClauseKind kind : kKindOrder) {
    auto it = config.kind_patterns.find(kind_name(kind));
    if (it == config.kind_patterns.end() || it->second.empty()) continue;
    impl_->kinds.emplace_back(kind, compile_set(it->second, std::string("[extract.kinds] ") + kind_name(kind), bodies));
  }
  if (!config.commitment_patterns.empty())
    impl_->commitments = compile_set(config.commitment_patterns, "[extract] commitment_patterns", bodies);
  for (const auto& d : config.owner_defaults) {
    auto re = std::make_unique<RE2>(d.when, pattern_options());
    if (!re->ok()) throw ConfigError("tracker.toml: [[owner_default]] pattern does not compile: '" + d.when + "': " + re->error());
    impl_->owner_defaults.emplace_back(std::move(re), d.owner);
  }
  for (const auto& r : config.officer_roles) impl_->roles.emplace_back(r, true);
  for (const auto& r : config.member_roles) impl_->roles.emplace_back(r, false);
  std::stable_sort(impl_->roles.begin(), impl_->roles.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (size_t k = 0; k < impl_->roles.size(); ++k) {
    const std::string& role = impl_->roles[k].first;
    if (role.empty()) continue;
    impl_->roles_by_first[static_cast<unsigned char>(lower(role.front()))].push_back(k);
    impl_->roles_by_last[static_cast<unsigned char>(lower(role.back()))].push_back(k);
  }
  for (const auto& b : config.bodies)
    for (const auto& a : b.aliases) impl_->body_aliases.emplace_back(a, b.name);
  std::stable_sort(impl_->body_aliases.begin(), impl_->body_aliases.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

CompiledVocabulary::~CompiledVocabulary() = default;

std::optional<ClauseKind> CompiledVocabulary::match_kind(std::string_view clause_text) const {
  for (const auto& [kind, set] : impl_->kinds)
    if (set_matches(set.get(), clause_text)) return kind;
  return std::nullopt;
}

bool CompiledVocabulary::is_commitment(std::string_view sentence) const { return set_matches(impl_->commitments.get(), sentence); }

bool CompiledVocabulary::may_hold_commitment(std::string_view paragraph) const {
  if (!default_commitments_) return true;
  // The built-in patterns each hold one of these words: most paragraphs hold none, and a plain
  // search for each is much cheaper than the patterns.
  const std::string lowered = to_lower(paragraph);
  // "would", "will", "was to" and "were to" in one search for their "w".
  for (size_t at = lowered.find('w'); at != std::string::npos; at = lowered.find('w', at + 1)) {
    const std::string_view from = std::string_view(lowered).substr(at);
    if (from.starts_with("would") || from.starts_with("will") || from.starts_with("was to") || from.starts_with("were to")) return true;
  }
  for (std::string_view key : {"undertook", "agreed to", "promised", "committed to", "offered to", "invit"})
    if (find_phrase(lowered, key) != std::string::npos) return true;
  return false;
}

std::string CompiledVocabulary::default_owner(std::string_view clause_text) const {
  for (const auto& [re, owner] : impl_->owner_defaults)
    if (RE2::PartialMatch(re2::StringPiece(clause_text.data(), clause_text.size()), *re)) return owner;
  return {};
}

std::optional<RoleMatch> CompiledVocabulary::role_at_start(std::string_view text) const {
  std::string_view s = text;
  if (istarts_with(s, "the ")) s.remove_prefix(4);
  for (bool changed = true; changed;) {
    changed = false;
    for (auto adjective : role_adjectives()) {
      if (istarts_with(s, adjective)) {
        // "Lead Member" and "Deputy Leader" are roles themselves: only skip an adjective that a role follows.
        std::string_view rest = s.substr(adjective.size());
        bool role_follows = false;
        for (const auto& [role, officer] : impl_->roles)
          if (istarts_with(rest, role)) role_follows = true;
        bool is_role_itself = false;
        for (const auto& [role, officer] : impl_->roles)
          if (istarts_with(s, role) && role.size() > adjective.size()) is_role_itself = true;
        if (role_follows && !is_role_itself) {
          s = rest;
          changed = true;
        }
      }
    }
  }
  if (s.empty()) return std::nullopt;
  for (size_t k : impl_->roles_by_first[static_cast<unsigned char>(lower(s.front()))]) {
    const auto& [role, officer] = impl_->roles[k];
    if (!istarts_with(s, role)) continue;
    const size_t end = static_cast<size_t>(s.data() - text.data()) + role.size();
    if (end < text.size() && is_alpha(text[end]) && role.back() != ' ') {
      // "Councillors" is a role too; "Headteacher" is not "Head".
      if (!(lower(text[end]) == 's' && (end + 1 == text.size() || !is_alpha(text[end + 1])))) continue;
    }
    return RoleMatch{end, officer};
  }
  return std::nullopt;
}

std::optional<RoleMatch> CompiledVocabulary::role_phrase(std::string_view text) const {
  std::string_view s = trim(text);
  if (auto r = role_at_start(s)) return RoleMatch{s.size(), r->officer};
  if (istarts_with(s, "the ")) s.remove_prefix(4);
  std::string_view head = s;
  for (std::string_view prep : {" of ", " for ", " from ", " by ", " in ", " at ", " on ", " to ", " with "}) {
    size_t at = ifind(head, prep);
    if (at != std::string_view::npos) head = head.substr(0, at);
  }
  head = trim(head);
  if (head.empty() || std::count(head.begin(), head.end(), ' ') > 5) return std::nullopt;
  for (size_t k : impl_->roles_by_last[static_cast<unsigned char>(lower(head.back()))]) {
    const auto& [role, officer] = impl_->roles[k];
    if (role.back() == ' ' || !iends_with(head, role)) continue;
    const size_t at = head.size() - role.size();
    if (at > 0 && is_alpha(head[at - 1])) continue;
    // Every word of the phrase reads as part of a name: capitalised ("Climate Change Officer").
    bool capitalised = true;
    for (size_t i = 0; i < head.size(); ++i)
      if ((i == 0 || head[i - 1] == ' ') && is_lower(head[i])) capitalised = false;
    if (!capitalised) continue;
    return RoleMatch{text.size(), officer};
  }
  return std::nullopt;
}

// Whether a role (an officer's only, if asked) stands in the text as words of its own. One pass
// over the places a word can start, trying only the roles that start with the letter there.
bool CompiledVocabulary::mentions_role_where(std::string_view text, bool officers_only) const {
  for (size_t at = 0; at < text.size(); ++at) {
    if (at > 0 && is_alpha(text[at - 1])) continue;
    for (size_t k : impl_->roles_by_first[static_cast<unsigned char>(lower(text[at]))]) {
      const auto& [role, officer] = impl_->roles[k];
      if (officers_only && !officer) continue;
      if (!istarts_with(text.substr(at), role)) continue;
      const size_t end = at + role.size();
      if (end >= text.size() || !is_alpha(text[end]) || role.back() == ' ') return true;
    }
  }
  return false;
}

bool CompiledVocabulary::mentions_officer_role(std::string_view text) const { return mentions_role_where(text, true); }

bool CompiledVocabulary::mentions_role(std::string_view text) const { return mentions_role_where(text, false); }

std::optional<std::pair<std::string, size_t>> CompiledVocabulary::body_at_start(std::string_view text) const {
  for (const auto& [alias, name] : impl_->body_aliases) {
    if (!istarts_with(text, alias)) continue;
    if (alias.size() < text.size() && is_alpha(text[alias.size()])) continue;
    return std::pair{name, alias.size()};
  }
  return std::nullopt;
}

std::optional<std::string> CompiledVocabulary::body_named_in(std::string_view clause_text) const {
  size_t best_at = std::string_view::npos;
  std::string best;
  for (const auto& [alias, name] : impl_->body_aliases) {
    for (std::string_view lead : {"to ", "by ", "for "}) {
      std::string needle = std::string(lead) + alias;
      std::string needle_the = std::string(lead) + "the " + alias;
      for (const std::string& n : {needle, needle_the}) {
        size_t at = ifind(clause_text, n);
        while (at != std::string_view::npos) {
          const size_t end = at + n.size();
          const bool boundary_before = at == 0 || !is_alpha(clause_text[at - 1]);
          const bool boundary_after = end >= clause_text.size() || !is_alpha(clause_text[end]);
          // "Cabinet Member" is a person, not the Cabinet.
          const bool member = istarts_with(clause_text.substr(end), " member");
          if (boundary_before && boundary_after && !member) break;
          at = ifind(clause_text, n, at + 1);
        }
        if (at != std::string_view::npos && at < best_at) {
          best_at = at;
          best = name;
        }
      }
    }
  }
  if (best_at == std::string_view::npos) return std::nullopt;
  return best;
}

bool CompiledVocabulary::is_collective_owner(std::string_view text) const {
  std::string_view t = trim(text);
  for (const auto& c : config_.collective_owners)
    if (iequals(t, c)) return true;
  if (istarts_with(t, "the ")) t.remove_prefix(4);
  // "all Board members", "all members of the Panel", "Cabinet members": a body's members, not the committee's.
  if (istarts_with(t, "all members of ")) return true;
  if ((iends_with(t, " members") || iends_with(t, " councillors")) && t.size() > 8) {
    std::string_view head = t.substr(0, t.rfind(' '));
    if (istarts_with(head, "all ")) head.remove_prefix(4);
    if (head.empty()) return false;
    for (std::string_view w : split(head, ' '))
      if (w.empty() || !is_upper(w[0])) return false;
    return true;
  }
  return false;
}

bool CompiledVocabulary::is_organisation(std::string_view text) const {
  std::string_view t = trim(text);
  if (istarts_with(t, "the ")) t.remove_prefix(4);
  if (t.empty() || t.size() > 120) return false;
  // Every word is part of a name: capitalised, or a joining word.
  for (std::string_view w : split(t, ' ')) {
    if (w.empty()) continue;
    if (iequals(w, "of") || iequals(w, "and") || iequals(w, "for") || iequals(w, "the") || w == "&") continue;
    if (!is_upper(w[0]) && !is_digit(w[0])) return false;
  }
  if (istarts_with(t, "NHS ") && t.size() > 4) return true;
  std::string_view head = t;
  for (std::string_view prep : {" of ", " for "}) {
    const size_t at = ifind(head, prep);
    if (at != std::string_view::npos) head = head.substr(0, at);
  }
  head = trim(head);
  for (const auto& word : config_.organisation_words) {
    // "the Trust" alone may be the meeting's own body; "the Department for Transport" is named by its "for".
    if (!iends_with(head, word) || t.size() == word.size()) continue;
    const size_t at = head.size() - word.size();
    if (at > 0 && head[at - 1] != ' ') continue;
    if (head.substr(at) == word) return true;  // case as configured: "ICB", not "icb"
  }
  return false;
}

std::optional<std::string> CompiledVocabulary::expand_role_abbreviation(std::string_view text) const {
  std::string_view t = trim(text);
  for (const auto& [abbreviation, role] : config_.role_abbreviations)
    if (t == abbreviation) return role;
  return std::nullopt;
}

bool CompiledVocabulary::is_generic_owner(std::string_view text) const {
  std::string_view t = trim(text);
  for (const auto& g : config_.generic_owners)
    if (iequals(t, g)) return true;
  return false;
}

}  // namespace tracker
