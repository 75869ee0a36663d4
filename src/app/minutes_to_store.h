#pragma once
// An extraction in the store's terms (store/store_input.h): what an import saves of a file,
// with the words reconciliation matches on, and the resolutions it quotes for `tracker adopt`.
// Worked out without a database, so that an import's reading thread does it beside the
// extraction (app/read_ahead.h).
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "store/store_input.h"

namespace tracker {

// `locations`: where each of x.resolutions stands in its document ("page 3, line 14"; read/
// source_text.h: describe_location), or empty where the line says it (plain text).
MinutesToStore minutes_to_store(const Extraction& x, const std::vector<std::string>& locations = {});

// The resolutions x quotes from earlier meetings, numbered 1, 2 … in its order.
QuotesToStore quotes_to_store(const Extraction& x);

}  // namespace tracker
