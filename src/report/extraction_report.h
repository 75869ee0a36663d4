#pragma once
// The two renderings of one extraction: JSON (the stable contract for scripts) and text (for
// the Governance Advisor checking an import before it goes into the tracker).
#include <string>

#include "extract/extraction.h"

namespace tracker {

std::string extraction_to_json(const Extraction& x);
// With `why`, each clause says which form of minutes it was found in and why it is (not) tracked.
std::string extraction_to_text(const Extraction& x, bool why = false);

}  // namespace tracker
