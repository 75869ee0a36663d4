#pragma once
// The program's side of the writers' module (writers_module.cpp): the Word and Excel writers,
// loaded from tracker-writers.so beside the program the first time a .docx or .xlsx is asked
// for. Linked into the program, libxlsxwriter and libzip added 4-5 ms to the start of every command.
#include <string>

#include "report/docx_writer.h"
#include "report/xlsx_writer.h"

inline constexpr int kWriterDocx = 1, kWriterXlsx = 2;

namespace tracker {

// The file's bytes. Throw TrackerError when the module cannot be loaded or the writer fails,
// with the reason (the module's path and the loader's message, or the writer's own words).
std::string docx_file(const docx::Document& document);
std::string xlsx_file(const xlsx::Sheet& sheet);

}  // namespace tracker
