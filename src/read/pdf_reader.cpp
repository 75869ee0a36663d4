// PDF with Poppler's C++ library: the words of each page with their boxes; the layout (reading
// order, furniture, paragraphs) is pdf_layout's. A locked, damaged or scanned PDF is refused.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <limits>
#include <memory>

#include "core/errors.h"
#include "read/pdf_layout.h"
#include "read/readers.h"

namespace tracker {
namespace {

// Poppler reports what it repairs on stderr; the tracker says what matters in one line itself.
void quiet(const std::string&, void*) {}

}  // namespace

std::vector<Block> read_pdf_blocks(const std::string& path, std::string_view bytes) {
  poppler::set_debug_error_function(quiet, nullptr);
  // A PDF ends with "%%EOF": without it the file was cut off (Poppler would guess at the rest).
  if (bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") == std::string_view::npos)
    throw InputError(path + ": is a cut-off or damaged PDF (it has no end-of-file marker); download it again");
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) throw InputError(path + ": is too large a PDF");
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError(path + ": is a damaged PDF that cannot be opened (or it needs a password); download it again");
  if (doc->is_locked()) throw InputError(path + ": is a password-protected PDF; save an unprotected copy first");
  const int count = doc->pages();
  if (count <= 0) throw InputError(path + ": is a PDF with no pages");
  std::vector<PdfPage> pages;
  pages.reserve(static_cast<size_t>(count));
  size_t words = 0;
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) throw InputError(path + ": page " + std::to_string(i + 1) + " of the PDF is damaged; download it again");
    PdfPage out;
    const poppler::rectf box = page->page_rect();
    out.width = box.width();
    out.height = box.height();
    for (const poppler::text_box& t : page->text_list()) {
      const poppler::byte_array utf8 = t.text().to_utf8();
      PdfWord w;
      w.text.assign(utf8.begin(), utf8.end());
      // Control characters (a form feed, a stray NUL) are not text.
      for (char& c : w.text)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
      const poppler::rectf b = t.bbox();
      w.x0 = b.left();
      w.y0 = b.top();
      w.x1 = b.right();
      w.y1 = b.bottom();
      w.space_after = t.has_space_after();
      out.words.push_back(std::move(w));
    }
    words += out.words.size();
    pages.push_back(std::move(out));
  }
  if (words == 0) throw InputError(path + ": has no text layer; it looks scanned: run OCR first, e.g. ocrmypdf '" + path + "' out.pdf");
  return blocks_from_pdf_pages(pages);
}

}  // namespace tracker
