// The PDF, Word and web-page readers as a module the program loads only when it meets such a
// file: Poppler and its libraries took two thirds of the program's start-up, which a cron job
// and every re-import of a text file would pay for nothing. The interface is plain C and a byte
// buffer, so that no exception, allocation or C++ object crosses between the two (the program
// carries its own static libstdc++ and malloc; the module uses the system's).
#include <cstdlib>
#include <string>

#include "core/module_output.h"
#include "core/errors.h"
#include "read/document_module.h"
#include "read/readers.h"

namespace {

void field(std::string& out, std::string_view value) {
  for (char c : value) out.push_back(c == kFieldSeparator || c == kBlockSeparator ? ' ' : c);
  out.push_back(kFieldSeparator);
}

void number(std::string& out, int value) { field(out, std::to_string(value)); }

}  // namespace

extern "C" __attribute__((visibility("default"))) int tracker_read_blocks(int kind, const char* path, const char* data, size_t size,
                                                                           char** out, size_t* out_size) {
  using namespace tracker;
  std::string bytes;
  int status = 0;
  try {
    const std::string p(path);
    const std::string_view content(data, size);
    std::vector<Block> blocks;
    if (kind == kModulePdf) blocks = read_pdf_blocks(p, content);
    else if (kind == kModuleDocx) blocks = read_docx_blocks(p, content);
    else if (kind == kModuleHtml) blocks = read_html_blocks(p, content);
    else if (kind == kModuleXlsx) blocks = read_xlsx_blocks(p, content);
    else throw InputError(p + ": is of a kind the document reader does not know");
    for (const Block& b : blocks) {
      number(bytes, static_cast<int>(b.kind));
      number(bytes, b.level);
      number(bytes, b.where.page);
      number(bytes, b.where.line_on_page);
      number(bytes, b.where.paragraph);
      number(bytes, b.where.html_line);
      number(bytes, b.same_paragraph ? 1 : 0);
      field(bytes, b.label);
      field(bytes, b.element);
      field(bytes, b.link);
      field(bytes, b.sheet);
      field(bytes, b.text);
      bytes.push_back(kBlockSeparator);
    }
  } catch (const InputError& e) {
    bytes = e.what();
    status = 1;
  } catch (const std::exception& e) {
    bytes = std::string(path) + ": could not be read (" + e.what() + ")";
    status = 1;
  }
  if (hand_back_output(bytes, out, out_size) != 0) return 2;
  return status;
}

extern "C" __attribute__((visibility("default"))) void tracker_free_blocks(char* buffer) { std::free(buffer); }
