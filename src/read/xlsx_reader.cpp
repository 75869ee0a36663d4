// Excel (.xlsx, also as LibreOffice saves it): every visible worksheet in the workbook's order,
// each row a table row with its cells in their columns (an empty cell keeps its place), as a
// person sees them in Excel: dates as dd/mm/yyyy, a formula's last calculated value, a cell's
// line breaks kept as "<br>". Every sheet is read, not only the first, because councils keep
// open and completed recommendations (or one year each) on sheets of their own; hidden sheets
// hold lists for drop-downs, not the schedule, and are left out. When there are several sheets
// each one's rows follow a heading with its name, so that each is a table of its own.
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include <pugixml.hpp>

#include "core/errors.h"
#include "core/text.h"
#include "read/docx_xml.h"
#include "read/readers.h"
#include "read/spreadsheet_cell.h"
#include "read/xlsx_cells.h"
#include "read/zip_archive.h"

namespace tracker {
namespace {

using docx::attr;
using docx::child;
using docx::local_name;
using xlsx::NumberFormatKind;

pugi::xml_document parse_part(const std::string& path, const std::string& part, const std::string& xml) {
  check_plain_xml(path, part, xml, "Excel");
  pugi::xml_document doc;
  // Whitespace is kept: a rich-text run of one space separates the words either side of it.
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed)
    throw InputError(path + ": its part " + part + " is damaged (" + parsed.description() + " at byte " + std::to_string(parsed.offset) +
                     "); save the workbook again from Excel");
  return doc;
}

bool ends_with(std::string_view s, std::string_view end) { return s.size() >= end.size() && s.substr(s.size() - end.size()) == end; }

// A relationship's target as a part name: relative to the folder of the part that refers to it
// ("worksheets/sheet1.xml" from xl/workbook.xml), or from the package's root ("/xl/…").
std::string resolve_target(const std::string& from_part, std::string_view target) {
  std::vector<std::string> segments;
  if (!target.empty() && target[0] == '/') {
    target.remove_prefix(1);
  } else {
    const size_t slash = from_part.rfind('/');
    if (slash != std::string::npos)
      for (std::string_view s : split(std::string_view(from_part).substr(0, slash), '/')) segments.emplace_back(s);
  }
  for (std::string_view s : split(target, '/')) {
    if (s.empty() || s == ".") continue;
    if (s == "..") {
      if (!segments.empty()) segments.pop_back();
    } else {
      segments.emplace_back(s);
    }
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

struct Relationship {
  std::string type, part;
};

// The relationships of `part` (its _rels/<name>.rels), by id.
std::map<std::string, Relationship> relationships_of(ZipArchive& zip, const std::string& path, const std::string& part) {
  const size_t slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string rels_part = folder + "_rels/" + part.substr(slash == std::string::npos ? 0 : slash + 1) + ".rels";
  std::map<std::string, Relationship> out;
  const std::optional<std::string> xml = zip.read(rels_part);
  if (!xml) return out;
  const pugi::xml_document doc = parse_part(path, rels_part, *xml);
  for (const pugi::xml_node& r : doc.document_element().children()) {
    if (local_name(r) != "Relationship" || std::string_view(attr(r, "TargetMode").as_string()) == "External") continue;
    out[attr(r, "Id").as_string()] = {attr(r, "Type").as_string(), resolve_target(part, attr(r, "Target").as_string())};
  }
  return out;
}

// A string item (<si> or <is>): its text, or its rich-text runs joined; phonetic guides left out.
std::string string_item_text(const pugi::xml_node& item) {
  std::string out;
  for (const pugi::xml_node& c : item.children()) {
    if (local_name(c) == "t") out += c.child_value();
    else if (local_name(c) == "r") out += child(c, "t").child_value();
  }
  return xlsx::decode_escapes(out);
}

struct Workbook {
  bool date1904 = false;
  std::vector<std::string> shared_strings;
  std::vector<NumberFormatKind> cell_formats;  // by style index (a cell's s attribute)
};

std::vector<NumberFormatKind> read_cell_formats(const pugi::xml_node& styles) {
  std::map<int, NumberFormatKind> custom;
  for (const pugi::xml_node& f : child(styles, "numFmts").children())
    if (local_name(f) == "numFmt") custom[attr(f, "numFmtId").as_int(-1)] = xlsx::custom_number_format_kind(attr(f, "formatCode").as_string());
  std::vector<NumberFormatKind> out;
  for (const pugi::xml_node& xf : child(styles, "cellXfs").children()) {
    if (local_name(xf) != "xf") continue;
    const int id = attr(xf, "numFmtId").as_int(0);
    const auto it = custom.find(id);
    out.push_back(it != custom.end() ? it->second : xlsx::builtin_number_format_kind(id));
  }
  return out;
}

// "2021-06-15T00:00:00" (a cell of type d, which Excel reads but seldom writes) as dd/mm/yyyy.
std::string iso_date_text(std::string_view v) {
  if (v.size() >= 10 && v[4] == '-' && v[7] == '-' && is_digit(v[0]) && is_digit(v[5]) && is_digit(v[8]))
    return std::string(v.substr(8, 2)) + "/" + std::string(v.substr(5, 2)) + "/" + std::string(v.substr(0, 4));
  return std::string(v);
}

std::string number_cell_text(const Workbook& book, std::string_view v, int style) {
  const NumberFormatKind kind =
      style >= 0 && static_cast<size_t>(style) < book.cell_formats.size() ? book.cell_formats[static_cast<size_t>(style)] : NumberFormatKind::number;
  if (kind == NumberFormatKind::number || v.empty()) return xlsx::number_text(v);
  double serial = 0;
  try {
    serial = std::stod(std::string(v));
  } catch (const std::exception&) {
    return std::string(v);
  }
  if (kind == NumberFormatKind::time) return xlsx::time_from_serial(serial);
  const std::optional<std::string> date = xlsx::date_from_serial(serial, book.date1904);
  if (!date) return xlsx::number_text(v);
  if (kind == NumberFormatKind::date_time) {
    const std::string time = xlsx::time_from_serial(serial);
    if (time != "00:00") return *date + " " + time;
  }
  return *date;
}

std::string cell_text(const std::string& path, const std::string& sheet, const Workbook& book, const pugi::xml_node& c) {
  const std::string_view type = attr(c, "t").as_string();
  if (type == "inlineStr") return string_item_text(child(c, "is"));
  const std::string_view v = child(c, "v").child_value();  // a formula's value when last calculated
  if (type == "s") {
    const int index = v.empty() ? -1 : child(c, "v").text().as_int(-1);
    if (index < 0 || static_cast<size_t>(index) >= book.shared_strings.size())
      throw InputError(path + ": cell " + attr(c, "r").as_string() + " of sheet " + sheet + " refers to text the workbook does not hold; save the workbook again from Excel");
    return book.shared_strings[static_cast<size_t>(index)];
  }
  if (type == "str" || type == "e") return xlsx::decode_escapes(v);
  if (type == "b") return v == "1" ? "TRUE" : v.empty() ? "" : "FALSE";
  if (type == "d") return iso_date_text(v);
  return number_cell_text(book, v, attr(c, "s").as_int(-1));
}

void read_sheet(const std::string& path, const std::string& name, const Workbook& book, const pugi::xml_node& worksheet, bool named,
                std::vector<Block>& blocks, size_t& total) {
  int row_number = 0;
  for (const pugi::xml_node& row : child(worksheet, "sheetData").children()) {
    if (local_name(row) != "row") continue;
    row_number = attr(row, "r").as_int(row_number + 1);
    std::vector<std::string> cells;
    int column = 0;
    for (const pugi::xml_node& c : row.children()) {
      if (local_name(c) != "c") continue;
      const char* ref = attr(c, "r").as_string();
      const std::optional<xlsx::CellReference> at = *ref ? xlsx::parse_cell_reference(ref) : std::nullopt;
      if (*ref && !at)
        throw InputError(path + ": sheet " + name + " has a cell named '" + std::string(ref).substr(0, 20) +
                         "', which is no cell of a worksheet; save the workbook again from Excel");
      column = at ? at->column : column + 1;
      std::string text = spreadsheet_cell_line(cell_text(path, name, book, c));
      if (text.empty()) continue;
      if (cells.size() < static_cast<size_t>(column)) cells.resize(static_cast<size_t>(column));
      cells[static_cast<size_t>(column - 1)] = std::move(text);
    }
    if (cells.empty()) continue;  // an empty row, perhaps only formatted
    Block b;
    b.kind = BlockKind::table_row;
    for (size_t k = 0; k < cells.size(); ++k) b.text += (k == 0 ? "" : "\t") + cells[k];
    b.where.paragraph = row_number;
    if (named) b.sheet = name;
    total += b.text.size();
    if (total > kMaxSourceBytes)
      throw InputError(path + ": its sheets hold more than " + std::to_string(kMaxSourceBytes / (1024 * 1024)) + " MB of text; it is not read");
    blocks.push_back(std::move(b));
  }
}

}  // namespace

std::vector<Block> read_xlsx_blocks(const std::string& path, std::string_view bytes) {
  ZipArchive zip(path, bytes);
  std::string workbook_part = "xl/workbook.xml";
  for (const auto& [id, r] : relationships_of(zip, path, ""))
    if (ends_with(r.type, "/officeDocument")) workbook_part = r.part;
  const std::optional<std::string> workbook_xml = zip.read(workbook_part);
  if (!workbook_xml) {
    if (zip.has("word/document.xml")) throw InputError(path + ": is a Word document, not an Excel workbook; rename it .docx");
    throw InputError(path + ": is a zip file but not an Excel workbook (it has no " + workbook_part + ")");
  }
  const pugi::xml_document workbook_doc = parse_part(path, workbook_part, *workbook_xml);
  const pugi::xml_node workbook = workbook_doc.document_element();
  Workbook book;
  const std::string_view date1904 = attr(child(workbook, "workbookPr"), "date1904").as_string();
  book.date1904 = date1904 == "1" || date1904 == "true";

  const std::map<std::string, Relationship> rels = relationships_of(zip, path, workbook_part);
  for (const auto& [id, r] : rels) {
    if (ends_with(r.type, "/sharedStrings")) {
      if (const std::optional<std::string> xml = zip.read(r.part)) {
        const pugi::xml_document doc = parse_part(path, r.part, *xml);
        for (const pugi::xml_node& si : doc.document_element().children())
          if (local_name(si) == "si") book.shared_strings.push_back(string_item_text(si));
      }
    } else if (ends_with(r.type, "/styles")) {
      if (const std::optional<std::string> xml = zip.read(r.part)) book.cell_formats = read_cell_formats(parse_part(path, r.part, *xml).document_element());
    }
  }

  struct Sheet {
    std::string name, part;
  };
  std::vector<Sheet> sheets;
  for (const pugi::xml_node& s : child(workbook, "sheets").children()) {
    if (local_name(s) != "sheet") continue;
    const std::string_view state = attr(s, "state").as_string();
    if (state == "hidden" || state == "veryHidden") continue;
    const auto r = rels.find(attr(s, "id").as_string());
    const std::string name = attr(s, "name").as_string();
    if (r == rels.end())
      throw InputError(path + ": its sheet " + name + " points to no part of the workbook; save the workbook again from Excel");
    if (ends_with(r->second.type, "/worksheet")) sheets.push_back({name, r->second.part});  // not a chart sheet
  }
  if (sheets.empty()) throw InputError(path + ": has no visible worksheet to read");

  std::vector<Block> blocks;
  size_t total = 0;
  const bool several = sheets.size() > 1;
  for (const Sheet& sheet : sheets) {
    const std::optional<std::string> xml = zip.read(sheet.part);
    if (!xml)
      throw InputError(path + ": its sheet " + sheet.name + " is missing from the workbook (no part " + sheet.part +
                       "); save the workbook again from Excel");
    if (several) {
      Block heading;
      heading.kind = BlockKind::heading;
      heading.level = 2;
      heading.text = sheet.name;
      heading.sheet = sheet.name;
      blocks.push_back(std::move(heading));
    }
    read_sheet(path, sheet.name, book, parse_part(path, sheet.part, *xml).document_element(), several, blocks, total);
  }
  if (std::none_of(blocks.begin(), blocks.end(), [](const Block& b) { return b.kind == BlockKind::table_row; }))
    throw InputError(path + ": is empty (its sheets have no cells with anything in them)");
  return blocks;
}

}  // namespace tracker
