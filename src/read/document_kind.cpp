#include "read/document_kind.h"

#include <filesystem>

#include "core/text.h"

namespace tracker {
namespace {

// Skips a BOM, whitespace and "<!-- saved from url=… -->" comments, which browsers put before a
// saved page's doctype.
std::string_view after_preamble(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  for (;;) {
    size_t i = 0;
    while (i < s.size() && is_space(s[i])) ++i;
    s.remove_prefix(i);
    if (s.substr(0, 4) != "<!--") return s;
    const size_t end = s.find("-->");
    if (end == std::string_view::npos) return s;
    s.remove_prefix(end + 3);
  }
}

}  // namespace

ContentKind content_kind(std::string_view bytes) {
  // A PDF may carry a few bytes of junk before its header; readers accept it within 1 KB.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return ContentKind::pdf;
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return ContentKind::zip;
  if (bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4)) return ContentKind::old_word;
  const std::string_view start = after_preamble(bytes.substr(0, 4096));
  if (istarts_with(start, "<!doctype html") || istarts_with(start, "<html") || istarts_with(start, "<head") ||
      (istarts_with(start, "<?xml") && ifind(start, "<html") != std::string_view::npos))
    return ContentKind::html;
  return ContentKind::text;
}

std::optional<ContentKind> claimed_kind(const std::string& path) {
  const std::string ext = to_lower(std::filesystem::path(path).extension().string());
  if (ext == ".pdf") return ContentKind::pdf;
  if (ext == ".docx" || ext == ".xlsx") return ContentKind::zip;
  if (ext == ".doc") return ContentKind::old_word;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return ContentKind::html;
  if (ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".markdown" || ext == ".csv") return ContentKind::text;
  return std::nullopt;
}

bool is_spreadsheet_export(const std::string& path) {
  return to_lower(std::filesystem::path(path).extension().string()) == ".csv";
}

bool is_workbook_name(const std::string& path) {
  return to_lower(std::filesystem::path(path).extension().string()) == ".xlsx";
}

const char* content_kind_words(ContentKind kind) {
  switch (kind) {
    case ContentKind::text: return "plain text";
    case ContentKind::pdf: return "a PDF file";
    case ContentKind::zip: return "a Word document (or another zip file)";
    case ContentKind::old_word: return "an old Word (.doc) document";
    case ContentKind::html: return "a web page (HTML)";
  }
  return "plain text";
}

}  // namespace tracker
