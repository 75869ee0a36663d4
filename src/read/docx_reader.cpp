// Word (.docx): the body's paragraphs and tables in order, each paragraph with the number Word
// shows before it, headings by their outline level, tracked changes taken as accepted. Headers,
// footers, footnotes and comments are other parts of the package and are not read.
#include <map>
#include <optional>

#include <pugixml.hpp>

#include "core/errors.h"
#include "core/text.h"
#include "read/docx_numbering.h"
#include "read/docx_xml.h"
#include "read/readers.h"
#include "read/zip_archive.h"

namespace tracker {
namespace {

using docx::attr;
using docx::child;
using docx::local_name;

struct StyleInfo {
  int outline_level = -1;  // 0 for Heading 1; -1 for body text
  int num_id = -1, level = 0;
  std::string based_on;
};

using Styles = std::map<std::string, StyleInfo, std::less<>>;

pugi::xml_document parse_part(const std::string& path, const std::string& part, const std::string& xml) {
  check_plain_xml(path, part, xml);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed)
    throw InputError(path + ": its part " + part + " is damaged (" + parsed.description() + " at byte " + std::to_string(parsed.offset) +
                     "); save the document again from Word");
  return doc;
}

Styles read_styles(const pugi::xml_node& root) {
  Styles styles;
  for (const pugi::xml_node& s : root.children()) {
    if (local_name(s) != "style") continue;
    StyleInfo info;
    const std::string id = attr(s, "styleId").as_string();
    if (const pugi::xml_node based = child(s, "basedOn")) info.based_on = attr(based, "val").as_string();
    const pugi::xml_node ppr = child(s, "pPr");
    if (const pugi::xml_node o = child(ppr, "outlineLvl")) info.outline_level = attr(o, "val").as_int(-1);
    if (info.outline_level < 0) {
      // Some writers mark headings by the style's name alone ("heading 2").
      const std::string name = to_lower(attr(child(s, "name"), "val").as_string());
      if (name.size() == 9 && name.substr(0, 8) == "heading " && is_digit(name[8])) info.outline_level = name[8] - '1';
      if (name == "title") info.outline_level = 0;
    }
    if (const pugi::xml_node num = child(ppr, "numPr")) {
      info.num_id = attr(child(num, "numId"), "val").as_int(-1);
      info.level = attr(child(num, "ilvl"), "val").as_int(0);
    }
    styles[id] = info;
  }
  return styles;
}

// A style's outline level and numbering, looked up through the styles it is based on.
StyleInfo resolve_style(const Styles& styles, const std::string& id) {
  StyleInfo out;
  bool outline_set = false, numbering_set = false;
  std::string at = id;
  for (int depth = 0; depth < 16 && !at.empty(); ++depth) {
    const auto it = styles.find(at);
    if (it == styles.end()) break;
    if (!outline_set && it->second.outline_level >= 0) {
      out.outline_level = it->second.outline_level;
      outline_set = true;
    }
    if (!numbering_set && it->second.num_id >= 0) {
      out.num_id = it->second.num_id;
      out.level = it->second.level;
      numbering_set = true;
    }
    at = it->second.based_on;
  }
  return out;
}

// The visible text under a paragraph or run container: insertions kept, deletions dropped, field
// codes left out (their results are ordinary runs), drawings and text boxes skipped.
void collect_text(const pugi::xml_node& node, std::string& out) {
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (name == "t") out += c.text().get();
    else if (name == "tab" || name == "br" || name == "cr") out.push_back(' ');
    else if (name == "noBreakHyphen") out.push_back('-');
    else if (name == "r" || name == "ins" || name == "moveTo" || name == "hyperlink" || name == "smartTag" || name == "fldSimple" ||
             name == "sdt" || name == "sdtContent" || name == "customXml" || name == "bdo" || name == "dir")
      collect_text(c, out);
  }
}

class BodyReader {
 public:
  BodyReader(const Styles& styles, DocxNumbering& numbering) : styles_(styles), numbering_(numbering) {}

  void read(const pugi::xml_node& container) {
    for (const pugi::xml_node& c : container.children()) {
      const std::string_view name = local_name(c);
      if (name == "p") paragraph(c);
      else if (name == "tbl") table(c);
      else if (name == "sdt") read(child(c, "sdtContent"));
      else if (name == "customXml" || name == "ins" || name == "moveTo") read(c);
    }
  }

  std::vector<Block> blocks;

 private:
  struct ParagraphText {
    std::string label, text;
    int outline_level = -1;
  };

  ParagraphText paragraph_text(const pugi::xml_node& p) {
    ++paragraph_number_;
    ParagraphText out;
    const pugi::xml_node ppr = child(p, "pPr");
    StyleInfo style;
    if (const pugi::xml_node s = child(ppr, "pStyle")) style = resolve_style(styles_, attr(s, "val").as_string());
    out.outline_level = style.outline_level;
    if (const pugi::xml_node o = child(ppr, "outlineLvl")) out.outline_level = attr(o, "val").as_int(-1);
    if (out.outline_level > 8) out.outline_level = -1;  // 9 is "body text"
    int num_id = style.num_id, level = style.level;
    if (const pugi::xml_node num = child(ppr, "numPr")) {
      if (const pugi::xml_node id = child(num, "numId")) num_id = attr(id, "val").as_int(-1);
      if (const pugi::xml_node l = child(num, "ilvl")) level = attr(l, "val").as_int(0);
    }
    std::string raw;
    collect_text(p, raw);
    out.text = collapse_spaces(raw);
    if (num_id > 0) out.label = numbering_.next_label(num_id, level);
    return out;
  }

  void paragraph(const pugi::xml_node& p) {
    ParagraphText t = paragraph_text(p);
    if (t.text.empty()) return;
    Block b;
    b.where.paragraph = paragraph_number_;
    if (t.outline_level >= 0) {
      b.kind = BlockKind::heading;
      b.level = std::min(t.outline_level + 1, 6);
      b.text = t.label.empty() ? t.text : t.label + " " + t.text;
    } else if (!t.label.empty()) {
      b.kind = BlockKind::list_item;
      b.label = t.label;
      b.text = t.text;
    } else {
      b.text = t.text;
    }
    blocks.push_back(std::move(b));
  }

  // A cell's paragraphs (and any table inside it) as one piece of text.
  void cell_text(const pugi::xml_node& cell, std::string& out, int& first_paragraph) {
    for (const pugi::xml_node& c : cell.children()) {
      const std::string_view name = local_name(c);
      if (name == "p") {
        ParagraphText t = paragraph_text(c);
        if (first_paragraph == 0) first_paragraph = paragraph_number_;
        if (t.text.empty()) continue;
        if (!out.empty()) out.push_back(' ');
        if (!t.label.empty()) out += t.label + " ";
        out += t.text;
      } else if (name == "tbl") {
        for (const pugi::xml_node& row : c.children())
          if (local_name(row) == "tr")
            for (const pugi::xml_node& inner : row.children())
              if (local_name(inner) == "tc") cell_text(inner, out, first_paragraph);
      } else if (name == "sdt" || name == "customXml") {
        cell_text(name == "sdt" ? child(c, "sdtContent") : c, out, first_paragraph);
      }
    }
  }

  void table(const pugi::xml_node& tbl) {
    for (const pugi::xml_node& row : tbl.children()) {
      if (local_name(row) != "tr") continue;
      std::string line;
      int first_paragraph = 0;
      bool any = false;
      bool first_cell = true;
      for (const pugi::xml_node& cell : row.children()) {
        if (local_name(cell) != "tc") continue;
        std::string text;
        cell_text(cell, text, first_paragraph);
        if (!first_cell) line.push_back('\t');
        first_cell = false;
        any |= !text.empty();
        line += text;
      }
      if (!any) continue;
      Block b;
      b.kind = BlockKind::table_row;
      b.text = std::move(line);
      b.where.paragraph = first_paragraph;
      blocks.push_back(std::move(b));
    }
  }

  const Styles& styles_;
  DocxNumbering& numbering_;
  int paragraph_number_ = 0;
};

}  // namespace

std::vector<Block> read_docx_blocks(const std::string& path, std::string_view bytes) {
  ZipArchive zip(path, bytes);
  std::optional<std::string> document = zip.read("word/document.xml");
  if (!document)
  {
    if (zip.has("xl/workbook.xml")) throw InputError(path + ": is an Excel workbook, not a Word document; rename it .xlsx");
    throw InputError(path + ": is a zip file but not a Word document (it has no word/document.xml)");
  }
  Styles styles;
  if (std::optional<std::string> xml = zip.read("word/styles.xml")) {
    const pugi::xml_document doc = parse_part(path, "word/styles.xml", *xml);
    styles = read_styles(child(doc, "styles"));
  }
  DocxNumbering numbering;
  if (std::optional<std::string> xml = zip.read("word/numbering.xml")) {
    check_plain_xml(path, "word/numbering.xml", *xml);
    numbering = DocxNumbering(path, *xml);
  }
  const pugi::xml_document doc = parse_part(path, "word/document.xml", *document);
  const pugi::xml_node body = child(child(doc, "document"), "body");
  if (!body) throw InputError(path + ": its word/document.xml has no body; save the document again from Word");
  BodyReader reader(styles, numbering);
  reader.read(body);
  return std::move(reader.blocks);
}

}  // namespace tracker
