#include "report/html_page.h"

namespace tracker {

namespace {

// Printed in an agenda pack: the header row repeats on every page, no row is split across a
// page break, and severity is said in words as well as colour (it may be printed in grey).
const char* kStyle = R"(
  body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; margin: 1.5em; }
  h1 { font-size: 14pt; margin: 0 0 0.2em 0; text-transform: uppercase; }
  h2 { font-size: 12pt; margin: 1.2em 0 0.3em 0; }
  p.updated { font-weight: bold; margin: 0 0 0.8em 0; text-transform: uppercase; }
  p.note { font-size: 9pt; color: #333; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: left; font-size: 9pt; color: #333; padding-bottom: 0.3em; caption-side: top; }
  th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
  th { background: #d9d9d9; font-weight: bold; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  ul { margin: 0; padding-left: 1.1em; }
  td p { margin: 0 0 4pt 0; }
  li { margin: 0 0 2pt 0; }
  .flag { display: inline-block; font-weight: bold; padding: 0 3pt; margin: 0 2pt 2pt 0; border: 1px solid #000; }
  .red { background: #f4c7c3; }
  .amber { background: #fce8b2; }
  .info { background: #d2e3fc; }
  .id { font-size: 8pt; color: #333; white-space: nowrap; }
  .source { font-size: 8pt; color: #555; }
  section { break-inside: avoid-page; }
  @media print { body { margin: 0; } a { color: #000; text-decoration: none; } }
)";

}  // namespace

std::string html_page_start(const std::string& title, bool landscape) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_text(title) + "</title>\n<style>";
  out += landscape ? "\n  @page { size: A4 landscape; margin: 12mm; }" : "\n  @page { size: A4 portrait; margin: 15mm; }";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n";
  return out;
}

std::string html_page_end() { return "</body>\n</html>\n"; }

}  // namespace tracker
