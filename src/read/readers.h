#pragma once
// The readers of each kind of document, each turning the file's bytes into blocks. Each throws
// InputError ("<path>: <reason>") for a damaged, locked or hostile file. Poppler, libzip,
// pugixml and gumbo are included only in the reader that needs them.
#include <string>
#include <string_view>
#include <vector>

#include "read/blocks.h"

namespace tracker {

std::vector<Block> read_pdf_blocks(const std::string& path, std::string_view bytes);
std::vector<Block> read_docx_blocks(const std::string& path, std::string_view bytes);
std::vector<Block> read_html_blocks(const std::string& path, std::string_view bytes);
std::vector<Block> read_xlsx_blocks(const std::string& path, std::string_view bytes);

// Limits against hostile files (the zip limits hold for Word and Excel alike): a zip bomb, a web page of 100 MB.
inline constexpr size_t kMaxHtmlBytes = 32u * 1024u * 1024u;
inline constexpr size_t kMaxZipEntries = 2000;
inline constexpr size_t kMaxZipEntryBytes = 64u * 1024u * 1024u;   // one part, uncompressed
inline constexpr size_t kMaxZipTotalBytes = 128u * 1024u * 1024u;  // the parts read, uncompressed

}  // namespace tracker
