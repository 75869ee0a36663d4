#pragma once
// The program's side of the document module (documents_module.cpp): the PDF, Word, HTML and
// Excel readers, loaded from tracker-documents.so beside the program the first time a file needs them.
#include <string>
#include <string_view>
#include <vector>

#include "read/blocks.h"

inline constexpr int kModulePdf = 1, kModuleDocx = 2, kModuleHtml = 3, kModuleXlsx = 4;
// Blocks travel as fields separated by 0x1F, each block ended by 0x1E.
inline constexpr char kFieldSeparator = '\x1f', kBlockSeparator = '\x1e';

namespace tracker {

// Throws InputError naming `path` for a bad document, or when the module cannot be loaded.
std::vector<Block> read_blocks_with_module(int kind, const std::string& path, std::string_view bytes);

}  // namespace tracker
