#pragma once
// What kind of document a file holds, known from its content (magic bytes, the start of an
// HTML page), and what kind its name claims, so that a file whose name lies is refused.
#include <optional>
#include <string>
#include <string_view>

#include "read/source_text.h"

namespace tracker {

enum class ContentKind { text, pdf, zip, old_word, html };

ContentKind content_kind(std::string_view bytes);
// The kind a file name's extension claims (".pdf", ".docx" and ".xlsx", ".doc", ".html"/".htm",
// ".txt"/".md"/".markdown"/".text"); nullopt for another or no extension, which claims nothing.
std::optional<ContentKind> claimed_kind(const std::string& path);
// A ".csv" name: text that is a spreadsheet's rows.
bool is_spreadsheet_export(const std::string& path);
// A ".xlsx" name: a zip file that is an Excel workbook, not a Word document.
bool is_workbook_name(const std::string& path);
// "a PDF file", "a Word document", … for messages.
const char* content_kind_words(ContentKind kind);

}  // namespace tracker
