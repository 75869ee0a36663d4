#include "domain/clause_kind.h"

namespace tracker {

const char* kind_name(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::action: return "action";
    case ClauseKind::recommendation: return "recommendation";
    case ClauseKind::noting: return "noting";
    case ClauseKind::approval: return "approval";
    case ClauseKind::procedural: return "procedural";
  }
  return "noting";
}

std::optional<ClauseKind> clause_kind_named(std::string_view name) {
  for (ClauseKind k : {ClauseKind::action, ClauseKind::recommendation, ClauseKind::noting, ClauseKind::approval, ClauseKind::procedural})
    if (name == kind_name(k)) return k;
  return std::nullopt;
}

const char* owner_basis_name(OwnerBasis basis) {
  switch (basis) {
    case OwnerBasis::named: return "named";
    case OwnerBasis::body: return "body";
    case OwnerBasis::presenter: return "presenter";
    case OwnerBasis::config: return "config";
  }
  return "named";
}

}  // namespace tracker
