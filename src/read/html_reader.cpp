// A saved web page (a ModernGov "Agenda and minutes" or "Issue - decisions" page): the visible
// text in reading order, block by block, with gumbo (an HTML5 parser that reads broken markup as
// a browser does). Scripts, styles, navigation, page headers and footers are left out; a
// layout table (cells holding paragraphs) is read as the blocks inside it, a data table row by
// row with its cells separated by tabs.
#include <gumbo.h>

#include <cstdlib>
#include <map>
#include <memory>

#include "core/errors.h"
#include "core/text.h"
#include "read/readers.h"

namespace tracker {
namespace {

std::string tag_name(const GumboNode* node) {
  const GumboElement& e = node->v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece original = e.original_tag;
  gumbo_tag_from_original_text(&original);
  return to_lower(std::string_view(original.data, original.length));
}

const char* attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool is_hidden(const GumboNode* node) {
  if (attribute(node, "hidden") != nullptr) return true;
  if (const char* aria = attribute(node, "aria-hidden"); aria && std::string_view(aria) == "true") return true;
  if (const char* role = attribute(node, "role"); role && std::string_view(role) == "navigation") return true;
  const char* style = attribute(node, "style");
  if (style == nullptr) return false;
  std::string s;
  for (const char* c = style; *c; ++c)
    if (!is_space(*c)) s.push_back(lower(*c));
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

bool is_skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEAD: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_MATH:
      return true;
    default: return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_PRE: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_HR:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY:
      return true;
    default: return false;
  }
}

int heading_level(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

std::string list_number(int value, std::string_view type) {
  auto roman = [](int v) {
    static const std::pair<int, const char*> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                                                        {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
    std::string out;
    for (const auto& [n, s] : parts)
      while (v >= n) {
        out += s;
        v -= n;
      }
    return out;
  };
  if (value >= 1 && value <= 26 && (type == "a" || type == "A"))
    return std::string(1, static_cast<char>((type == "a" ? 'a' : 'A') + value - 1));
  if (value >= 1 && value < 4000 && type == "i") return roman(value);
  if (value >= 1 && value < 4000 && type == "I") {
    std::string r = roman(value);
    for (char& c : r) c = static_cast<char>(c - 'a' + 'A');
    return r;
  }
  return std::to_string(value);
}

class PageReader {
 public:
  explicit PageReader(std::string base) : base_(std::move(base)) {}

  void element(const GumboNode* node, const std::string& path) {
    const GumboTag tag = node->v.element.tag;
    if (is_skipped(tag) || is_hidden(node)) return;
    if (tag == GUMBO_TAG_BR) {
      flush(true);
      return;
    }
    if (!is_block(tag)) {
      const bool link = tag == GUMBO_TAG_A;
      if (link && link_.empty())
        if (const char* href = attribute(node, "href")) link_ = absolute(href);
      children(node, path);
      return;
    }
    flush(false);
    if (const int level = heading_level(tag)) {
      open(node, path);
      children(node, path);
      emit(BlockKind::heading, level, "");
      return;
    }
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) return list(node, path, tag == GUMBO_TAG_OL);
    if (tag == GUMBO_TAG_TABLE) return table(node, path);
    if (tag == GUMBO_TAG_HR) return;
    open(node, path);
    children(node, path);
    flush(false);
  }

  std::vector<Block> blocks;

 private:
  void open(const GumboNode* node, const std::string& path) {
    element_ = path;
    line_ = static_cast<int>(node->v.element.start_pos.line);
  }

  void children(const GumboNode* node, const std::string& path) {
    const GumboVector& kids = node->v.element.children;
    std::map<std::string, int> seen;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
      if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_WHITESPACE || kid->type == GUMBO_NODE_CDATA) {
        if (text_.empty() && element_ != path) open(node, path);
        text_ += kid->v.text.text;
      } else if (kid->type == GUMBO_NODE_ELEMENT || kid->type == GUMBO_NODE_TEMPLATE) {
        const std::string name = tag_name(kid);
        element(kid, path + "/" + name + "[" + std::to_string(++seen[name]) + "]");
      }
    }
  }

  // The text gathered so far as one block.
  void emit(BlockKind kind, int level, std::string label, bool same_paragraph = false) {
    std::string text = collapse_spaces(text_);
    text_.clear();
    std::string link = std::move(link_);
    link_.clear();
    if (text.empty() && label.empty()) return;
    Block b;
    b.kind = kind;
    b.level = level;
    b.label = std::move(label);
    b.text = std::move(text);
    b.element = element_;
    b.where.html_line = line_;
    b.link = std::move(link);
    b.same_paragraph = same_paragraph && !blocks.empty();
    blocks.push_back(std::move(b));
    after_break_ = false;
  }

  // A paragraph ends at a block element's edge; a line of it ends at a <br>.
  void flush(bool line_break) {
    const size_t before = blocks.size();
    emit(BlockKind::paragraph, 0, "", after_break_);
    if (blocks.size() != before) after_break_ = line_break;
    else if (!line_break) after_break_ = false;
  }

  void list(const GumboNode* node, const std::string& path, bool ordered) {
    int number = 1;
    if (const char* start = attribute(node, "start")) number = std::atoi(start);
    const std::string type = ordered ? (attribute(node, "type") ? attribute(node, "type") : "1") : "";
    const GumboVector& kids = node->v.element.children;
    std::map<std::string, int> seen;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
      if (kid->type != GUMBO_NODE_ELEMENT) continue;
      const std::string name = tag_name(kid);
      const std::string kid_path = path + "/" + name + "[" + std::to_string(++seen[name]) + "]";
      if (kid->v.element.tag != GUMBO_TAG_LI) {
        element(kid, kid_path);
        continue;
      }
      if (is_hidden(kid)) continue;
      if (const char* value = attribute(kid, "value")) number = std::atoi(value);
      const std::string label = ordered ? list_number(number, type) + "." : "-";
      ++number;
      item(kid, kid_path, label);
    }
  }

  // A list item's own text is one block; a list inside it follows as blocks of its own.
  void item(const GumboNode* li, const std::string& path, const std::string& label) {
    open(li, path);
    std::vector<std::pair<const GumboNode*, std::string>> nested;
    inline_text(li, path, nested);
    emit(BlockKind::list_item, 0, label);
    for (const auto& [node, p] : nested) element(node, p);
  }

  void inline_text(const GumboNode* node, const std::string& path, std::vector<std::pair<const GumboNode*, std::string>>& nested) {
    const GumboVector& kids = node->v.element.children;
    std::map<std::string, int> seen;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
      if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_WHITESPACE || kid->type == GUMBO_NODE_CDATA) {
        text_ += kid->v.text.text;
        continue;
      }
      if (kid->type != GUMBO_NODE_ELEMENT) continue;
      const GumboTag tag = kid->v.element.tag;
      const std::string name = tag_name(kid);
      const std::string kid_path = path + "/" + name + "[" + std::to_string(++seen[name]) + "]";
      if (is_skipped(tag) || is_hidden(kid)) continue;
      if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_TABLE) {
        nested.emplace_back(kid, kid_path);
        continue;
      }
      if (tag == GUMBO_TAG_A && link_.empty())
        if (const char* href = attribute(kid, "href")) link_ = absolute(href);
      if (is_block(tag) || tag == GUMBO_TAG_BR) text_.push_back(' ');
      inline_text(kid, kid_path, nested);
    }
  }

  static bool holds_blocks(const GumboNode* node) {
    const GumboVector& kids = node->v.element.children;
    int blocks = 0;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
      if (kid->type != GUMBO_NODE_ELEMENT) continue;
      const GumboTag tag = kid->v.element.tag;
      if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || heading_level(tag) > 0) return true;
      if (is_block(tag) && ++blocks > 1) return true;
      if (is_block(tag) && holds_blocks(kid)) return true;
    }
    return false;
  }

  void rows(const GumboNode* node, const std::string& path, std::vector<std::pair<const GumboNode*, std::string>>& out) {
    const GumboVector& kids = node->v.element.children;
    std::map<std::string, int> seen;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
      if (kid->type != GUMBO_NODE_ELEMENT) continue;
      const std::string name = tag_name(kid);
      const std::string kid_path = path + "/" + name + "[" + std::to_string(++seen[name]) + "]";
      const GumboTag tag = kid->v.element.tag;
      if (tag == GUMBO_TAG_TR) out.emplace_back(kid, kid_path);
      else if (tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT) rows(kid, kid_path, out);
      else if (tag == GUMBO_TAG_CAPTION) element(kid, kid_path);
    }
  }

  void table(const GumboNode* node, const std::string& path) {
    std::vector<std::pair<const GumboNode*, std::string>> all;
    rows(node, path, all);
    for (const auto& [tr, tr_path] : all) {
      if (is_hidden(tr)) continue;
      std::vector<std::pair<const GumboNode*, std::string>> cells;
      const GumboVector& kids = tr->v.element.children;
      std::map<std::string, int> seen;
      bool layout = false;
      for (unsigned i = 0; i < kids.length; ++i) {
        const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
        if (kid->type != GUMBO_NODE_ELEMENT) continue;
        const std::string name = tag_name(kid);
        cells.emplace_back(kid, tr_path + "/" + name + "[" + std::to_string(++seen[name]) + "]");
        layout |= holds_blocks(kid);
      }
      if (layout) {
        // A page laid out with a table: its cells hold paragraphs and lists, read as blocks.
        for (const auto& [cell, cell_path] : cells) {
          flush(false);
          open(cell, cell_path);
          children(cell, cell_path);
          flush(false);
        }
        continue;
      }
      open(tr, tr_path);
      std::string row;
      bool any = false;
      std::vector<std::pair<const GumboNode*, std::string>> nested;
      for (size_t k = 0; k < cells.size(); ++k) {
        inline_text(cells[k].first, cells[k].second, nested);
        std::string cell = collapse_spaces(text_);
        text_.clear();
        any |= !cell.empty();
        if (k > 0) row.push_back('\t');
        row += cell;
      }
      if (any) {
        Block b;
        b.kind = BlockKind::table_row;
        b.text = std::move(row);
        b.element = tr_path;
        b.where.html_line = line_;
        b.link = std::move(link_);
        blocks.push_back(std::move(b));
        after_break_ = false;
      }
      link_.clear();
      for (const auto& [n, p] : nested) element(n, p);
    }
  }

  std::string absolute(const char* href) const {
    std::string_view h(href);
    if (base_.empty() || h.find("://") != std::string_view::npos || istarts_with(h, "mailto:") || istarts_with(h, "#")) return std::string(h);
    if (!h.empty() && h[0] == '/') {
      const size_t scheme = base_.find("://");
      const size_t host_end = scheme == std::string::npos ? std::string::npos : base_.find('/', scheme + 3);
      return base_.substr(0, host_end) + std::string(h);
    }
    return base_.substr(0, base_.rfind('/') + 1) + std::string(h);
  }

  std::string base_;
  std::string text_, link_, element_;
  int line_ = 0;
  bool after_break_ = false;  // the last block ended at a <br>: the next is a line of the same paragraph
};

const GumboNode* find_element(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (const GumboNode* found = find_element(static_cast<const GumboNode*>(kids.data[i]), tag)) return found;
  return nullptr;
}

}  // namespace

std::vector<Block> read_html_blocks(const std::string& path, std::string_view bytes) {
  if (bytes.size() > kMaxHtmlBytes)
    throw InputError(path + ": is a web page of " + std::to_string(bytes.size() / (1024 * 1024)) + " MB, more than the " +
                     std::to_string(kMaxHtmlBytes / (1024 * 1024)) + " MB a page of minutes could be; it is not read");
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> page(
      gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (!page) throw InputError(path + ": cannot be read as a web page");
  // Links are made whole against the page's <base>, else the address a browser notes when it
  // saves a page ("<!-- saved from url=(0080)https://… -->").
  std::string base;
  if (const GumboNode* b = find_element(page->root, GUMBO_TAG_BASE)) {
    if (const char* href = attribute(b, "href")) base = href;
  } else if (const size_t saved = bytes.substr(0, 4096).find("saved from url=("); saved != std::string_view::npos) {
    const size_t open = bytes.find(')', saved);
    const size_t close = bytes.find("-->", saved);
    if (open != std::string_view::npos && close != std::string_view::npos && open < close)
      base = std::string(trim(bytes.substr(open + 1, close - open - 1)));
  }
  const GumboNode* body = find_element(page->root, GUMBO_TAG_BODY);
  if (body == nullptr) throw InputError(path + ": is a web page with no body");
  PageReader reader(base);
  reader.element(body, "body");
  return std::move(reader.blocks);
}

}  // namespace tracker
