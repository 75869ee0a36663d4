#pragma once
// A spreadsheet saved as CSV (RFC 4180; Excel's ';' lists too): each record a table row, its
// cells joined by tabs as every reader gives a table, a cell's own line breaks kept as "<br>"
// so that a cell of several entries ("Chased 17 June" on its own line) still has them apart.
#include <string>
#include <string_view>

#include "read/source_text.h"

namespace tracker {

// Throws InputError naming the file: not UTF-8, a quote left open, nothing in it.
SourceText read_csv(std::string path, std::string_view bytes);

}  // namespace tracker
