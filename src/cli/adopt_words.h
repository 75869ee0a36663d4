#pragma once
// What `tracker adopt` and `tracker import --adopt` say about a file's quoted resolutions.
#include <string>
#include <vector>

#include "app/adopt_quotes.h"
#include "extract/extraction.h"
#include "store/store.h"

namespace tracker {

// The numbered list: each quoted resolution under its committee, meeting and item, with whether
// it can be adopted, is tracked already, or why not.
std::string quoted_list_words(const Extraction& x, const std::vector<QuotedStanding>& standing);
// "FILE: adopted 3 quoted resolution(s) as actions", then one line per new action and note.
std::string adopted_words(const Extraction& x, const AdoptResult& result);

}  // namespace tracker
