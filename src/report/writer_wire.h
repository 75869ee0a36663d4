#pragma once
// The Word document and Excel sheet models as bytes, to cross into the writers' module
// (writer_module.h) and back out of it: the module and the program each carry their own C++
// library and allocator, so only a byte buffer may pass between them. Both sides compile this file.
#include <string>
#include <string_view>

#include "report/docx_writer.h"
#include "report/xlsx_writer.h"

namespace tracker {

std::string wire_from_document(const docx::Document& document);
std::string wire_from_sheet(const xlsx::Sheet& sheet);
// Throw std::runtime_error when the bytes are not what wire_from_* wrote.
docx::Document document_from_wire(std::string_view bytes);
xlsx::Sheet sheet_from_wire(std::string_view bytes);

}  // namespace tracker
