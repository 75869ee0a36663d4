#include "read/blocks.h"

#include <unordered_map>

#include "core/errors.h"

namespace tracker {
namespace {

// A table's rows and a list's items follow each other with no blank line, as in Markdown; every
// other block is set apart by one, so that the parser never runs two paragraphs together.
bool runs_on(const Block& before, const Block& after) {
  return after.same_paragraph || (before.kind == BlockKind::list_item && after.kind == BlockKind::list_item) ||
         (before.kind == BlockKind::table_row && after.kind == BlockKind::table_row);
}

void append_line_text(std::string& out, std::string_view text) {
  for (char c : text) out.push_back(c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

SourceText source_text_from_blocks(std::string path, DocumentKind kind, const std::vector<Block>& blocks) {
  std::string rendered;
  std::vector<SourceLocation> where;
  std::vector<std::string> names;
  std::unordered_map<std::string, int> name_index;
  auto name = [&](const std::string& s) -> int {
    if (s.empty()) return -1;
    auto [it, added] = name_index.emplace(s, static_cast<int>(names.size()));
    if (added) names.push_back(s);
    return it->second;
  };
  for (size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (k > 0 && !runs_on(blocks[k - 1], b)) {
      rendered.push_back('\n');
      where.push_back(where.back());  // a blank line belongs to the block before it
      where.back().link = -1;
    }
    switch (b.kind) {
      case BlockKind::heading: rendered.append(static_cast<size_t>(b.level < 1 ? 1 : b.level > 6 ? 6 : b.level), '#'); rendered.push_back(' '); break;
      case BlockKind::list_item:
        if (!b.label.empty()) {
          append_line_text(rendered, b.label);
          rendered.push_back(' ');
        }
        break;
      default: break;
    }
    append_line_text(rendered, b.text);
    rendered.push_back('\n');
    SourceLocation loc = b.where;
    loc.element = name(b.element);
    loc.link = name(b.link);
    loc.sheet = name(b.sheet);
    where.push_back(loc);
  }
  SourceText out = source_text_from_bytes(std::move(path), rendered);
  out.kind = kind;
  out.names = std::move(names);
  // The text reader keeps one line per rendered line: no '\r' is left to split or join lines.
  if (!out.numbers.empty()) {  // a long run of blank lines was shortened: keep each line's place
    std::vector<SourceLocation> kept;
    kept.reserve(out.numbers.size());
    for (int n : out.numbers) kept.push_back(static_cast<size_t>(n - 1) < where.size() ? where[static_cast<size_t>(n - 1)] : SourceLocation{});
    where = std::move(kept);
  }
  where.resize(out.lines.size());
  out.where = std::move(where);
  return out;
}

}  // namespace tracker
