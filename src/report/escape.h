#pragma once
// Every string from minutes, notes, names or tracker.toml is escaped here, once per format, before
// any renderer writes it: the reports are opened by spreadsheets, Markdown renderers and browsers,
// which would otherwise run what a hostile document put in them.
#include <string>
#include <string_view>

namespace tracker {

// One CSV field (RFC 4180), quoted when it needs to be. A field that a spreadsheet would read as
// a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, as
// OWASP advises against CSV injection: the cell shows the text instead of running it.
std::string csv_cell(std::string_view text);

// Text inside one Markdown line (a table cell, a list item, a heading): the characters that
// start HTML, links, images, emphasis, code or a table column (\ ` * _ ~ [ ] < > & |) are
// backslash-escaped, and line breaks and other control characters become spaces, so the text
// stays text on its line under any CommonMark renderer.
std::string markdown_text(std::string_view text);
void append_markdown_text(std::string& out, std::string_view text);  // the same, added to `out`

// Text inside HTML element content or a double- or single-quoted attribute.
std::string html_text(std::string_view text);
void append_html_text(std::string& out, std::string_view text);

}  // namespace tracker
