#pragma once
// What every HTML report shares: a self-contained page (no external files, so it
// can be mailed or dropped into an agenda pack) styled to print on A4.
#include <string>
#include <string_view>

#include "report/escape.h"

namespace tracker {

// <!DOCTYPE html> … <body>, with the report's print styles; `landscape` for wide tables.
std::string html_page_start(const std::string& title, bool landscape);
std::string html_page_end();

}  // namespace tracker
