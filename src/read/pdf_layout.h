#pragma once
// The layout half of the PDF reader, apart from Poppler so that it can be tested on words
// placed by hand: words with their boxes -> lines in reading order (column by column on a
// two-column page) -> page furniture removed -> paragraphs, with hyphenation at line ends undone
// and a sentence that runs over a page or column break kept whole.
#include <string>
#include <vector>

#include "read/blocks.h"

namespace tracker {

struct PdfWord {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, y growing down the page
  bool space_after = true;
};

struct PdfPage {
  double width = 595, height = 842;
  std::vector<PdfWord> words;
};

std::vector<Block> blocks_from_pdf_pages(const std::vector<PdfPage>& pages);

}  // namespace tracker
