#pragma once
// `tracker adopt` and `import --adopt`: the resolutions a file quotes from earlier meetings, with
// whether each is tracked already, and adopting them. Which numbers may be adopted is decided
// here, in the same write transaction as the store saves them.
#include <string>
#include <vector>

#include "config/config.h"
#include "extract/extraction.h"
#include "store/store.h"

namespace tracker {

struct AdoptResult {
  std::vector<std::string> adopted;  // the new actions' IDs, in order
  std::vector<std::string> notes;    // one line each: what was left and why
};

// The quotes of `x` (a file with these bytes, imported already), numbered 1, 2 …, each with why
// it cannot be adopted, if it cannot.
std::vector<QuotedStanding> quoted_standing(const Store& store, const Extraction& x, const std::string& sha256);

// Adopts those numbered `numbers`, or, when it is empty, every one that can be and is not tracked
// yet. A number that is none, or cannot be adopted, refuses the whole change (InputError); one
// tracked already is left, with a note. Adopting again changes nothing.
AdoptResult adopt_quoted(Store& store, const Extraction& x, const std::string& sha256, const std::vector<int>& numbers,
                         const Config& config, const Change& change);

}  // namespace tracker
