#pragma once
// Text for the XML inside the Word and Excel files the report stage writes. XML 1.0 refuses most
// control characters even as character references, and a reader (Word, LibreOffice, python-docx)
// refuses the whole file for one of them; bytes that are not UTF-8 are refused the same way. So
// every string from a document or a user goes through text_for_xml before it is escaped.
#include <string>
#include <string_view>

namespace tracker {

// `text` as characters XML 1.0 allows: control characters other than tab, line feed and carriage
// return dropped, U+FFFE and U+FFFF dropped, each byte that is not part of well-formed UTF-8
// replaced by U+FFFD. Everything else is kept as it is.
std::string text_for_xml(std::string_view text);

// text_for_xml, then & < > " ' escaped, for element content and attribute values alike.
std::string xml_escaped(std::string_view text);

// The first `max_chars` characters (code points) of well-formed UTF-8 `text`, never cutting one.
std::string_view utf8_prefix(std::string_view text, size_t max_chars);

// Length in bytes (1 to 4) of the UTF-8 sequence that starts at text[i] when it is well formed
// (no overlong form, no surrogate, nothing past U+10FFFF); 0 when it is not.
size_t utf8_sequence_length(std::string_view text, size_t i);

}  // namespace tracker
