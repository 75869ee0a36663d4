// Which reader a file goes to: its content decides, and a name that claims another kind is
// refused rather than guessed around.
#include "core/errors.h"
#include "read/csv_reader.h"
#include "read/document_kind.h"
#include "read/document_module.h"

namespace tracker {

SourceText read_document(std::string path, std::string_view bytes) {
  const ContentKind kind = content_kind(bytes);
  if (const auto claimed = claimed_kind(path); claimed && *claimed != kind && !(*claimed == ContentKind::text && kind == ContentKind::text))
    throw InputError(path + ": is named as " + (is_workbook_name(path) ? "an Excel workbook" : content_kind_words(*claimed)) + " but holds " + content_kind_words(kind) +
                     "; rename it, or check it is the file you meant");
  switch (kind) {
    case ContentKind::pdf: return source_text_from_blocks(path, DocumentKind::pdf, read_blocks_with_module(kModulePdf, path, bytes));
    case ContentKind::zip:
      // Word and Excel files are both zip packages: the name says which reader to try, and each
      // says so when the package is the other one.
      if (is_workbook_name(path)) return source_text_from_blocks(path, DocumentKind::xlsx, read_blocks_with_module(kModuleXlsx, path, bytes));
      return source_text_from_blocks(path, DocumentKind::docx, read_blocks_with_module(kModuleDocx, path, bytes));
    case ContentKind::html: return source_text_from_blocks(path, DocumentKind::html, read_blocks_with_module(kModuleHtml, path, bytes));
    case ContentKind::old_word:
      throw InputError(path + ": is an old Word (.doc) document, which the tracker cannot read; convert it to .docx first, "
                              "e.g. libreoffice --headless --convert-to docx '" + path + "'");
    case ContentKind::text: break;
  }
  // A spreadsheet export has no mark of its own: its name says it.
  if (is_spreadsheet_export(path)) return read_csv(std::move(path), bytes);
  return source_text_from_bytes(std::move(path), bytes);
}

}  // namespace tracker
