#pragma once
// What a resolution clause is (an action, a recommendation, a noting …) and how its owner was
// found: what extraction decides and the store keeps. Only actions and recommendations are
// tracked: somebody must do something later.
#include <optional>
#include <string_view>

namespace tracker {

enum class ClauseKind { action, recommendation, noting, approval, procedural };
const char* kind_name(ClauseKind kind);  // "action", as the database and JSON spell it
std::optional<ClauseKind> clause_kind_named(std::string_view name);  // kind_name's word back; nullopt for any other
inline bool is_tracked(ClauseKind kind) { return kind == ClauseKind::action || kind == ClauseKind::recommendation; }

// How a clause's owner was found: named in it, the body it goes to, the officer who presented
// the item, or tracker.toml's default.
enum class OwnerBasis { named, body, presenter, config };
const char* owner_basis_name(OwnerBasis basis);  // "named", as the database and JSON spell it

}  // namespace tracker
