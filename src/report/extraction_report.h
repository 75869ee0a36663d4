#pragma once
// The two renderings of one extraction: JSON (the stable contract for scripts) and text (for
// the Governance Advisor checking an import before it goes into the tracker).
#include <string>

#include "extract/extraction.h"

namespace tracker {

// `source`: the text it was extracted from, for where each line stands in a PDF, Word document
// or web page ("page 3, line 14"); without it, or for plain text, the line alone says where.
std::string extraction_to_json(const Extraction& x, const SourceText* source = nullptr);
// With `why`, each clause says which form of minutes it was found in and why it is (not) tracked.
std::string extraction_to_text(const Extraction& x, const SourceText* source = nullptr, bool why = false);

}  // namespace tracker
