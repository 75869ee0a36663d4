// Resolution blocks and their clauses. A block starts at a marker ("Resolved: -", "AGREED:",
// "The Panel RESOLVED to") and holds one clause per label ("(1)", "1)", "a)", "(iv)"), or one
// unlabelled clause per "That …" paragraph. Lettered parts under a clause are clauses too.
// A clause runs on over line and page breaks until its sentence ends and a new label, a
// heading or ordinary narrative starts.
#include <algorithm>
#include <array>
#include <set>

#include "core/text.h"
#include "parse/date_parse.h"
#include "parse/decision_forms.h"
#include "parse/minutes.h"

namespace tracker {
namespace {

constexpr std::array<std::string_view, 16> kSubjectNouns = {"committee", "commission", "panel",  "board",   "cabinet", "council",
                                                            "sub-committee", "subcommittee", "forum", "group", "members", "meeting",
                                                            "executive", "assembly", "partnership", "scrutiny"};

bool is_dash_at(std::string_view s, size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) == 0x93 || static_cast<unsigned char>(s[i + 2]) == 0x94);
}

bool word_matches(std::string_view text, size_t at, const std::string& word) {
  if (at + word.size() > text.size() || word.empty()) return false;
  // Asked for every marker at the start of every line: the first letter rules out nearly all.
  if (lower(text[at]) != lower(word[0])) return false;
  std::string_view candidate = text.substr(at, word.size());
  const bool exact_case = is_all_caps(word, 2);
  if (exact_case ? candidate != word : !iequals(candidate, word)) return false;
  return at + word.size() == text.size() || !is_alpha(text[at + word.size()]);
}

// After a marker word: "(unanimously)", then ":-", ": -", ";-", " –", ":" in any mix.
// Returns the start of the clause text, or npos when what follows is not a separator or "that"/"to".
size_t after_marker(std::string_view text, size_t pos, bool needs_separator) {
  auto skip_spaces = [&] {
    while (pos < text.size() && is_space(text[pos])) ++pos;
  };
  skip_spaces();
  // A resolution's own number: "RESOLUTION 2024/81", "Resolved 16/01/12.01".
  if (pos < text.size() && is_digit(text[pos])) {
    size_t q = pos;
    while (q < text.size() && (is_digit(text[q]) || text[q] == '/' || text[q] == '.' || text[q] == '-')) ++q;
    if (q == text.size() || is_space(text[q]) || text[q] == ':') {
      while (q > pos && text[q - 1] == '.') --q;
      pos = q;
      skip_spaces();
      if (pos >= text.size()) return pos;
      needs_separator = false;
    }
  }
  if (pos < text.size() && text[pos] == '(') {
    size_t close = text.find(')', pos);
    if (close != std::string_view::npos && close - pos < 60) {
      pos = close + 1;
      skip_spaces();
    }
  }
  bool separated = false;
  for (;;) {
    if (pos < text.size() && (text[pos] == ':' || text[pos] == ';' || text[pos] == '-' || text[pos] == ',' || text[pos] == '.')) {
      ++pos;
      separated = true;
    } else if (is_dash_at(text, pos)) {
      pos += 3;
      separated = true;
    } else {
      break;
    }
    skip_spaces();
  }
  // "RESOLVED to:" introduces a list of infinitives ("1) defer …").
  if (pos + 2 < text.size() && (text.substr(pos, 3) == "to:" || text.substr(pos, 3) == "To:")) {
    size_t q = pos + 3;
    while (q < text.size() && (is_space(text[q]) || text[q] == '-')) ++q;
    return q;
  }
  // "RESOLVED that:" introduces a list; "that" there is part of the marker.
  {
    std::string_view rest = text.substr(std::min(pos, text.size()));
    if (istarts_with(rest, "that")) {
      size_t q = pos + 4;
      while (q < text.size() && is_space(text[q])) ++q;
      if (q < text.size() && (text[q] == ':' || text[q] == '-' || is_dash_at(text, q))) {
        q += is_dash_at(text, q) ? 3 : 1;
        while (q < text.size() && (is_space(text[q]) || text[q] == '-')) ++q;
        return q;
      }
    }
  }
  if (separated || pos >= text.size()) return pos;
  if (needs_separator) return std::string_view::npos;
  std::string_view rest = text.substr(pos);
  if ((istarts_with(rest, "that") && (rest.size() == 4 || !is_alpha(rest[4]))) || istarts_with(rest, "to ") ||
      clause_label_at_start(rest))
    return pos;
  return std::string_view::npos;
}

bool is_noun_marker(const std::string& w) { return iends_with(w, "ion"); }  // "Decision:", "Resolution:"

}  // namespace

std::optional<size_t> resolution_marker_end(std::string_view text, const ResolutionMarkers& markers) {
  if (text.empty()) return std::nullopt;
  // "And Resolved:" (an older clerk's form) is the label with its conjunction.
  if (text.size() > 4 && (text.substr(0, 4) == "And " || text.substr(0, 4) == "AND ")) {
    if (auto end = resolution_marker_end(text.substr(4), markers); end && *end > 0) return 4 + *end;
  }
  for (const auto& word : markers.words) {
    if (word_matches(text, 0, word)) {
      size_t end = after_marker(text, word.size(), is_noun_marker(word));
      if (end != std::string_view::npos) return end;
    }
  }
  // "It was RESOLVED that …", "The Committee RESOLVED to …", "Members AGREED:".
  if (!(istarts_with(text, "it ") || istarts_with(text, "the "))) return std::nullopt;
  const size_t window = std::min<size_t>(text.size(), 80);
  for (const auto& word : markers.words) {
    if (is_noun_marker(word)) continue;
    for (size_t at = ifind(text.substr(0, window), word); at != std::string_view::npos && at > 0;
         at = ifind(text.substr(0, window), word, at + 1)) {
      if (!word_matches(text, at, word) || !is_space(text[at - 1])) continue;
      std::string_view subject = trim(text.substr(0, at));
      const bool it_was = (istarts_with(subject, "it was") || istarts_with(subject, "it is")) &&
                          std::count(subject.begin(), subject.end(), ' ') <= 3;
      bool body_subject = false;
      if (istarts_with(subject, "the ")) {
        const size_t words = static_cast<size_t>(std::count(subject.begin(), subject.end(), ' ')) + 1;
        std::string_view last = subject.substr(subject.rfind(' ') == std::string_view::npos ? 0 : subject.rfind(' ') + 1);
        if (iequals(last, "unanimously") && words > 1) {
          std::string_view rest = trim(subject.substr(0, subject.size() - last.size()));
          last = rest.substr(rest.rfind(' ') == std::string_view::npos ? 0 : rest.rfind(' ') + 1);
        }
        body_subject = words <= 6 && std::any_of(kSubjectNouns.begin(), kSubjectNouns.end(), [&](std::string_view n) { return iequals(last, n); });
      }
      if (!it_was && !body_subject) continue;
      // "The Board agreed that …" is a narrative decision, read whole by that form; only "The
      // Committee agreed:-" introducing a list, or "RESOLVED"/"decided", is a label here.
      if (body_subject && iequals(word, "agreed") && text.substr(at, word.size()) != "AGREED") {
        size_t q = at + word.size();
        while (q < text.size() && is_space(text[q])) ++q;
        if (!(q < text.size() && (text[q] == ':' || text[q] == '-' || is_dash_at(text, q)))) continue;
      }
      size_t end = after_marker(text, at + word.size(), false);
      if (end != std::string_view::npos) return end;
    }
  }
  return std::nullopt;
}

namespace {

struct Level {
  std::optional<LabelStyle> style;  // nullopt: an unlabelled clause that introduces labelled ones
  std::string value;
  size_t clause;
};

std::string successor(const std::string& value, LabelStyle style) {
  if (is_roman_style(style)) {
    static const std::array<std::string_view, 20> romans = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                                                            "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
    const int v = roman_value(value);
    return v >= 1 && v < 20 ? std::string(romans[static_cast<size_t>(v)]) : std::string();
  }
  if (is_letter_style(style)) return value.size() == 1 && value[0] < 'z' ? std::string(1, static_cast<char>(value[0] + 1)) : std::string();
  return std::to_string(std::stol(value) + 1);
}

bool is_first_of_sequence(const std::string& value) { return value == "1" || value == "a" || value == "i"; }

class BlockParser {
 public:
  BlockParser(std::vector<RawClause>& out, int block, int part, int item, std::string found_by)
      : out_(out), block_(block), part_(part), item_(item), found_by_(std::move(found_by)) {}

  // Would this label continue the block (a next sibling, or the first of a new level)?
  bool accepts(ClauseLabel label) const {
    resolve_ambiguity(label);
    if (clauses_.empty()) return true;
    for (const auto& level : stack_) {
      if (level.style && *level.style == label.style && successor(level.value, label.style) == label.value) return true;
    }
    return is_first_of_sequence(label.value);
  }

  void add_segment(std::string_view text, int line) {
    text = trim(text);
    if (text.empty()) return;
    for (auto& [label, piece] : split_inline(text)) {
      if (label) start_labelled(*label, piece, line);
      else if (!clauses_.empty() && continues(piece)) append(piece, line);
      else start_unlabelled(piece, line);
    }
  }

  void add_continuation(std::string_view text, int line) { append(trim(text), line); }

  void add_reason(std::string_view text, int line) {
    // A reason after several clauses explains them all; one after each clause explains that one.
    for (size_t k = 0; k < clauses_.size(); ++k) {
      RawClause& c = out_[clauses_[k]];
      if (c.reason.empty()) c.reason = std::string(trim(text));
    }
    (void)line;
  }
  void append_reason(std::string_view text) {
    if (!clauses_.empty()) {
      RawClause& last = out_[clauses_.back()];
      last.reason += " ";
      last.reason += trim(text);
    }
  }

  // A label of a list already open that is not the next one ("(4)" after "(2)", "(3)" twice):
  // the number before it in that list, so the clause is kept and the gap reported.
  std::optional<std::string> out_of_sequence(ClauseLabel label) const {
    resolve_ambiguity(label);
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->style && *it->style == label.style && successor(it->value, label.style) != label.value) return it->value;
    return std::nullopt;
  }
  void note_numbering(std::string note) {
    if (!clauses_.empty()) out_[clauses_.back()].numbering_note = std::move(note);
  }

  bool empty() const { return clauses_.empty(); }
  bool open_clause_unfinished() const {
    if (clauses_.empty()) return false;
    std::string_view t = trim(out_[clauses_.back()].text);
    if (t.empty()) return true;
    const char c = t.back();
    // "Resolution No." and "Ordinance No." end in a full stop that ends nothing.
    if (iends_with(t, " No.") || iends_with(t, " Nos.") || iends_with(t, " no.")) return true;
    return !(c == '.' || c == ';' || c == '!' || c == '?');
  }
  bool last_ends_with_colon() const {
    if (clauses_.empty()) return false;
    std::string_view t = trim(out_[clauses_.back()].text);
    return !t.empty() && (t.back() == ':' || iends_with(t, ":-") || iends_with(t, ": -"));
  }
  bool has_labels() const { return !stack_.empty(); }

  // After a stem ("The Board:", "That Cabinet:") or one of its unmarked or bulleted parts, a
  // bullet or a line that starts with a decision verb is the next part.
  bool awaits_parts() const {
    if (clauses_.empty()) return false;
    const RawClause& last = out_[clauses_.back()];
    if (last_ends_with_colon() || (last.parent_index < 0 && is_stem_only(last.text))) return true;
    return last.found_by == "stem-part" && !open_clause_unfinished();
  }
  // Parts keep the marking their list began with: after bulleted parts, a paragraph without a
  // bullet is the next decision, not another part.
  bool part_fits(bool bullet) const {
    if (clauses_.empty()) return true;
    const RawClause& last = out_[clauses_.back()];
    if (last.found_by != "stem-part") return true;
    return bullet == last_part_bulleted_;
  }
  void set_part_bulleted(bool bullet) { last_part_bulleted_ = bullet; }
  void add_part(std::string_view text, int line) {
    size_t stem = clauses_.back();
    if (out_[stem].found_by == "stem-part" && out_[stem].parent_index >= 0) stem = static_cast<size_t>(out_[stem].parent_index);
    RawClause c = base(line);
    c.found_by = "stem-part";
    c.parent = out_[stem].label;
    c.parent_index = static_cast<int>(stem);
    c.depth = out_[stem].depth + 1;
    c.text = std::string(trim(text));
    stack_.clear();
    clauses_.push_back(out_.size());
    out_.push_back(std::move(c));
  }
  void set_owner_hint(std::string owner) {
    if (!clauses_.empty()) out_[clauses_.back()].owner_hint = std::move(owner);
  }
  // A clause that only introduces its parts is a stem: not a clause of its own.
  void finish() {
    // "(2) That the following recommendations be made to Cabinet:" then "Recommendation 1 - That
    // …" paragraphs: unlabelled clauses after a stem with no labelled parts are its parts.
    for (size_t n = 0; n < clauses_.size(); ++n) {
      RawClause& stem = out_[clauses_[n]];
      if (!iends_with(trim(stem.text), ":") || !is_stem_only(stem.text)) continue;
      bool has_parts = false;
      for (size_t k : clauses_) has_parts = has_parts || out_[k].parent_index == static_cast<int>(clauses_[n]);
      if (has_parts) continue;
      for (size_t m = n + 1; m < clauses_.size(); ++m) {
        RawClause& part = out_[clauses_[m]];
        if (part.label || part.parent_index >= 0) break;
        part.parent_index = static_cast<int>(clauses_[n]);
        part.parent = stem.label;
        part.depth = stem.depth + 1;
      }
    }
    for (size_t k : clauses_) {
      RawClause& c = out_[k];
      if (c.parent_index < 0) continue;
      RawClause& parent = out_[static_cast<size_t>(c.parent_index)];
      if (!parent.stem && is_stem_only(parent.text)) parent.stem = true;
      if (parent.stem) c.found_by = "stem-part";
    }
  }

 private:
  void resolve_ambiguity(ClauseLabel& label) const {
    // "i", "v", "x" are letters only straight after "h", "u", "w" in a lettered list.
    if (!(is_letter_style(label.style) && (label.value == "i" || label.value == "v" || label.value == "x"))) return;
    for (const auto& level : stack_) {
      if (level.style && *level.style == label.style && successor(level.value, label.style) == label.value) return;
    }
    label.style = label.style == LabelStyle::paren_letter ? LabelStyle::paren_roman : LabelStyle::roman_paren;
  }

  std::vector<std::pair<std::optional<ClauseLabel>, std::string_view>> split_inline(std::string_view text) const {
    std::vector<std::pair<std::optional<ClauseLabel>, std::string_view>> pieces;
    size_t start = 0;
    std::optional<ClauseLabel> current = clause_label_at_start(text);
    if (current) start = current->length;
    // Track labels seen in this text so that "1) … 2) … 3) …" splits but "section 4. The" does not.
    std::vector<ClauseLabel> seen;
    if (current) seen.push_back(*current);
    size_t scan = start;
    while (scan < text.size()) {
      size_t next_cut = std::string_view::npos;
      std::optional<ClauseLabel> next_label;
      for (size_t i = scan; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if (!(c == '.' || c == ';' || c == ':')) continue;
        size_t j = i + 1;
        if (j >= text.size() || !is_space(text[j])) continue;
        while (j < text.size() && is_space(text[j])) ++j;
        std::string_view rest = text.substr(j);
        if (istarts_with(rest, "and ")) {
          rest.remove_prefix(4);
          j += 4;
        }
        auto label = clause_label_at_start(rest);
        if (!label) continue;
        std::string_view after = rest.substr(label->length);
        if (after.empty() || !(is_alpha(after[0]) || after[0] == '"' || after[0] == '\'')) continue;
        bool plausible = accepts(*label);
        for (const auto& s : seen)
          if (s.style == label->style && successor(s.value, s.style) == label->value) plausible = true;
        if (!plausible || (is_first_of_sequence(label->value) && seen.empty() && clauses_.empty() && c == '.')) continue;
        next_cut = i + 1;
        next_label = label;
        next_label->length = j - (i + 1) + label->length;
        break;
      }
      if (next_cut == std::string_view::npos) break;
      pieces.emplace_back(current, text.substr(start, next_cut - start));
      current = next_label;
      seen.push_back(*next_label);
      start = next_cut + next_label->length;
      scan = start;
    }
    pieces.emplace_back(current, text.substr(start));
    return pieces;
  }

  bool continues(std::string_view piece) const {
    if (piece.empty()) return false;
    if (is_lower(piece[0]) && !istarts_with(piece, "that ")) return true;
    return open_clause_unfinished() && !istarts_with(piece, "that ");
  }

  void start_labelled(ClauseLabel label, std::string_view text, int line) {
    resolve_ambiguity(label);
    size_t depth = 0;
    bool found = false;
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].style && *stack_[k].style == label.style) {
        depth = k;
        found = true;
        break;
      }
    }
    if (!found) {
      if (stack_.empty() && !clauses_.empty()) {
        // The unlabelled clause before introduces this list ("That the following … : (a) …").
        stack_.push_back(Level{std::nullopt, {}, clauses_.back()});
      }
      depth = stack_.size();
    }
    stack_.resize(depth);
    RawClause c = base(line);
    c.depth = static_cast<int>(depth);
    std::string full_label = label.value;
    if (depth > 0) {
      const RawClause& parent = out_[stack_[depth - 1].clause];
      c.parent = parent.label;
      c.parent_index = static_cast<int>(stack_[depth - 1].clause);
      if (parent.label) full_label = *parent.label + "(" + label.value + ")";
    }
    c.label = full_label;
    c.text = std::string(trim(text));
    stack_.push_back(Level{label.style, label.value, out_.size()});
    clauses_.push_back(out_.size());
    out_.push_back(std::move(c));
  }

  void start_unlabelled(std::string_view text, int line) {
    RawClause c = base(line);
    c.text = std::string(trim(text));
    stack_.clear();
    clauses_.push_back(out_.size());
    out_.push_back(std::move(c));
  }

  void append(std::string_view text, int line) {
    if (clauses_.empty()) return start_unlabelled(text, line);
    RawClause& c = out_[clauses_.back()];
    if (!c.text.empty()) c.text.push_back(' ');
    c.text.append(text);
    c.end_line = line;
  }

  RawClause base(int line) const {
    RawClause c;
    c.found_by = found_by_;
    c.item = item_;
    c.line = line;
    c.end_line = line;
    c.block = block_;
    c.part = part_;
    return c;
  }

  std::vector<RawClause>& out_;
  int block_, part_, item_;
  std::string found_by_;
  bool last_part_bulleted_ = false;
  std::vector<Level> stack_;
  std::vector<size_t> clauses_;
};

std::string tabs_to_spaces(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

// A paragraph number before a marker: "4.5", "23/145", "FC24/089", "CAB.45/23", "PP.36".
size_t paragraph_number_length(std::string_view text) {
  size_t i = 0;
  bool digit = false;
  while (i < text.size() && i < 14 && (is_alpha(text[i]) || is_digit(text[i]) || text[i] == '.' || text[i] == '/' || text[i] == '-')) {
    digit = digit || is_digit(text[i]);
    ++i;
  }
  if (!digit || i == 0 || i >= text.size() || !is_space(text[i])) return 0;
  while (i < text.size() && is_space(text[i])) ++i;
  return i;
}

// "Recommendation 2 - ", "Recommendation 3: ": a recommendation's own number before its text.
size_t recommendation_number_length(std::string_view text) {
  if (!istarts_with(text, "recommendation ")) return 0;
  size_t i = 15;
  const size_t digits = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == digits) return 0;
  while (i < text.size() && (is_space(text[i]) || text[i] == '-' || text[i] == ':' || text[i] == '.')) ++i;
  if (is_dash_at(text, i)) i += 3;
  while (i < text.size() && is_space(text[i])) ++i;
  return i;
}

// The clause text start of a marker at the start of the line or of one of its table cells.
std::optional<size_t> marker_in_line(const CleanLine& line, const ResolutionMarkers& markers) {
  if (auto end = resolution_marker_end(line.text, markers)) return end;
  if (const size_t number = paragraph_number_length(line.text); number > 0) {
    if (auto end = resolution_marker_end(std::string_view(line.text).substr(number), markers)) return number + *end;
  }
  if (!line.has_tabs) return std::nullopt;
  size_t cell = line.text.find('\t');
  while (cell != std::string::npos) {
    std::string_view rest = std::string_view(line.text).substr(cell + 1);
    if (auto end = resolution_marker_end(rest, markers)) return cell + 1 + *end;
    cell = line.text.find('\t', cell + 1);
  }
  return std::nullopt;
}

std::optional<size_t> reason_end(std::string_view text, const ResolutionMarkers& markers) {
  for (const auto& word : markers.reason_words) {
    if (!istarts_with(text, word)) continue;
    size_t pos = word.size();
    if (pos < text.size() && is_alpha(text[pos])) continue;
    while (pos < text.size() && is_space(text[pos])) ++pos;
    if (pos < text.size() && (text[pos] == ':' || text[pos] == '-' || is_dash_at(text, pos))) {
      pos += is_dash_at(text, pos) ? 3 : 1;
      while (pos < text.size() && (is_space(text[pos]) || text[pos] == '-')) ++pos;
      return pos;
    }
  }
  return std::nullopt;
}

bool looks_like_heading(const CleanLine& line) {
  const std::string& t = line.text;
  if (line.heading_level > 0) return true;
  if (is_all_caps(t, 4) && t.size() < 120) return true;
  return false;
}

int item_at(const std::vector<MinuteItem>& items, int line) {
  int found = -1;
  for (size_t k = 0; k < items.size(); ++k) {
    if (items[k].line <= line && line <= items[k].end_line) found = static_cast<int>(k);
  }
  return found;
}

}  // namespace

namespace {

// Where a decision starts on a line that has no "Resolved" label, and the form that tells so.
struct RegionStart {
  size_t offset = 0;
  const char* found_by = "label";
  std::string owner;
};

bool ends_sentence_or_label(std::string_view t) {
  t = trim(t);
  if (t.empty()) return true;
  const char c = t.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || iends_with(t, ":-");
}

class UnmarkedForms {
 public:
  UnmarkedForms(const CleanLines& lines, const DocumentPart& part, const std::vector<MinuteItem>& items, const std::set<int>& item_lines,
                const Furniture& furniture, const ResolutionMarkers& markers)
      : lines_(lines), part_(part), items_(items), item_lines_(item_lines), furniture_(furniture) {
    // A workshop, seminar or informal briefing has no power to decide: what it "agreed" is the
    // feeling of the room, and only a labelled resolution would count.
    for (int i = part.begin_line; i <= part.end_line && i < part.begin_line + 6; ++i)
      for (auto word : {"workshop", "seminar", "informal", "briefing session", "away day"})
        if (icontains(lines[static_cast<size_t>(i - 1)].text, word)) informal_ = true;
    // Minutes that label their decisions ("RESOLVED") tell the rest as discussion: there "it was
    // agreed that …" or "The Committee noted …" is what was said, not what was decided.
    for (int i = part.begin_line; i <= part.end_line && !labelled_; ++i) {
      const CleanLine& line = lines[static_cast<size_t>(i - 1)];
      // Labelled: the line starts with the label itself ("RESOLVED –", "4.5 Resolved that:"),
      // not with a sentence that holds the word ("It was agreed that …").
      if (!line.text.empty() && starts_with_label(line.text, markers) && marker_in_line(line, markers)) labelled_ = true;
    }
  }

  std::optional<RegionStart> at(int i) const {
    if (part_.kind != PartKind::minutes || informal_) return std::nullopt;
    const CleanLine& line = lines_[static_cast<size_t>(i - 1)];
    const std::string& t = line.text;
    if (t.empty() || line.heading_level > 0 || item_lines_.count(i) > 0) return std::nullopt;
    if (!minuted(i)) return std::nullopt;
    if (auto a = action_line(t)) return RegionStart{a->text_start, "action-line", a->owner};
    if (auto at = in_sentence_decision(t); at && !(labelled_ && says_agreed_in_discussion(t))) return RegionStart{*at, "in-sentence", {}};
    // "3.1  The minutes of …", "5.4  That …": a paragraph number in front of the decision.
    const size_t number = paragraph_number_length(t);
    const std::string_view body = std::string_view(t).substr(number);
    // The line's own shape first (cheap); where it stands in the text only for a candidate.
    const char* form = nullptr;
    if (starts_with_that_clause(body)) form = "unlabelled";
    // Minutes confirmed in a sentence are a decision even where the rest is labelled.
    else if ((!labelled_ || approves_minutes(body)) && is_narrative_decision(body)) form = "narrative";
    else if (parts_follow(i) && is_stem_only(paragraph_from(i, number))) form = "stem";
    if (!form || !paragraph_start(i) || introduces_proposals(t) || after_proposals(i)) return std::nullopt;
    return RegionStart{number, form, {}};
  }

  bool informal() const { return informal_; }
  // "… After discussion, it was" / "resolved to object …": the line before leads into the label.
  bool decision_runs_on(int i) const {
    for (int k = i - 1; k >= part_.begin_line; --k) {
      std::string_view prev = trim(lines_[static_cast<size_t>(k - 1)].text);
      if (prev.empty()) return false;
      if (iends_with(prev, "unanimously")) prev = trim(prev.substr(0, prev.size() - 11));
      return iends_with(prev, "it was") || iends_with(prev, " and") || (iends_with(prev, ",") && icontains(prev, "seconded"));
    }
    return false;
  }
  // The line starts with a label word itself ("RESOLVED –", "4.5 Agreed:"), not a sentence.
  static bool starts_with_label(std::string_view text, const ResolutionMarkers& markers) {
    std::string_view t = text.substr(paragraph_number_length(text));
    for (const auto& word : markers.words)
      if (istarts_with(t, word)) return true;
    return false;
  }

  // The paragraph that starts at line i, up to its first sentence end or colon.
  std::string paragraph_from(int i, size_t offset) const {
    std::string text(std::string_view(lines_[static_cast<size_t>(i - 1)].text).substr(offset));
    for (int k = i + 1; k <= part_.end_line && k <= i + 4 && !ends_sentence_or_label(text); ++k) {
      const CleanLine& next = lines_[static_cast<size_t>(k - 1)];
      if (next.text.empty() || item_lines_.count(k) > 0) break;
      text += " " + next.text;
    }
    return text;
  }

  bool paragraph_start(int i) const {
    for (int k = i - 1; k >= part_.begin_line; --k) {
      if (furniture_[static_cast<size_t>(k)]) continue;
      const CleanLine& prev = lines_[static_cast<size_t>(k - 1)];
      if (prev.text.empty() || item_lines_.count(k) > 0 || prev.heading_level > 0) return true;
      return ends_sentence_or_label(prev.text) || prev.bullet || is_mover_line(prev.text);
    }
    return true;
  }

  // The sentence before an "ACTION: Clerk" line: what the owner is to do.
  std::optional<std::pair<int, std::string>> sentence_before(int i) const {
    std::string text;
    int first = 0;
    for (int k = i - 1; k >= part_.begin_line && k >= i - 6; --k) {
      const CleanLine& prev = lines_[static_cast<size_t>(k - 1)];
      if (prev.text.empty() || item_lines_.count(k) > 0 || prev.heading_level > 0) break;
      text = prev.text + (text.empty() ? "" : " " + text);
      first = k;
      if (k < i - 1 && ends_sentence_or_label(prev.text)) {
        text = text.substr(prev.text.size() + 1);
        first = k + 1;
        break;
      }
    }
    if (text.empty()) return std::nullopt;
    std::string_view body = trim(text);
    if (!body.empty() && body.back() == '.') body.remove_suffix(1);
    size_t cut = body.rfind(". ");
    std::string_view sentence = cut == std::string_view::npos ? body : body.substr(cut + 2);
    return std::make_pair(first, std::string(trim(sentence)) + ".");
  }

 private:
  bool minuted(int i) const {
    for (const auto& item : items_)
      if (item.line <= i && i <= item.end_line) return item.minuted_from == 0 || i >= item.minuted_from;
    return true;
  }
  bool after_proposals(int i) const {
    for (int k = i - 1; k >= part_.begin_line && k >= i - 8; --k) {
      const CleanLine& prev = lines_[static_cast<size_t>(k - 1)];
      if (prev.text.empty()) continue;
      // A heading such as "OFFICER RECOMMENDATION" repeats through a document and so looks like
      // page furniture; it still says what follows.
      if (introduces_proposals(prev.text)) return true;
      if (furniture_[static_cast<size_t>(k)]) continue;
      if (item_lines_.count(k) > 0 || iequals(prev.text, "minutes:") || iequals(prev.text, "decision:")) return false;
      if (!(prev.bullet || clause_label_at_start(prev.text) || starts_with_that_clause(prev.text))) return false;
    }
    return false;
  }

  // "It was agreed that …" without a proposer: in labelled minutes, a remark of the discussion.
  static bool says_agreed_in_discussion(std::string_view t) {
    return !icontains(t, "resolved") && !icontains(t, "seconded") && !icontains(t, "proposed") && !icontains(t, "moved");
  }
  // A stem ("The Cabinet has:", "That Cabinet") is a decision only when labelled parts follow.
  bool parts_follow(int i) const {
    bool open = true;
    for (int k = i + 1; k <= part_.end_line && k <= i + 6; ++k) {
      const CleanLine& next = lines_[static_cast<size_t>(k - 1)];
      if (next.text.empty()) continue;
      if (clause_label_at_start(next.text).has_value() || next.bullet) return true;
      if (!open) return false;
      open = !ends_sentence_or_label(next.text);  // the stem's own wrapped lines
    }
    return false;
  }
  static bool approves_minutes(std::string_view t) {
    return istarts_with(t, "the minutes") || istarts_with(t, "the minute of") || istarts_with(t, "minutes ");
  }

  bool labelled_ = false;
  bool informal_ = false;  // notes of a workshop or briefing, which decides nothing
  const CleanLines& lines_;
  const DocumentPart& part_;
  const std::vector<MinuteItem>& items_;
  const std::set<int>& item_lines_;
  const Furniture& furniture_;
};

}  // namespace

std::vector<RawClause> find_resolutions(const CleanLines& lines, const DocumentPart& part, int part_index,
                                        const std::vector<MinuteItem>& items, const ResolutionMarkers& markers,
                                        const Furniture& furniture, int first_block) {
  std::vector<RawClause> out;
  std::set<int> item_lines;
  for (const auto& item : items) item_lines.insert(item.line);
  const UnmarkedForms unmarked(lines, part, items, item_lines, furniture, markers);
  const bool table_part = part.kind == PartKind::work_programme || part.kind == PartKind::monitoring_schedule ||
                          part.kind == PartKind::other;
  std::optional<Day> row_date;
  std::string row_title;
  int block = first_block;
  int i = part.begin_line;
  while (i <= part.end_line) {
    const CleanLine& line = lines[static_cast<size_t>(i - 1)];
    if (table_part && line.has_tabs) {
      // A work programme row: "16 June <tab> Item title <tab> purpose <tab> Resolved: - 1) …"
      std::vector<std::string_view> cells = split(line.text, '\t');
      if (auto day = table_row_date(line, part.date)) {
        row_date = day;
        if (cells.size() > 1) row_title = std::string(trim(cells[1]));
      } else if (cells.size() > 1 && !cells[0].empty()) {
        row_title = std::string(trim(cells[0]));
      }
    }
    std::optional<RegionStart> start;
    if (!line.text.empty() && !furniture[static_cast<size_t>(i)]) {
      // "agreed that …" in lower case, running on from the line before, is a wrapped sentence.
      if (auto marker = marker_in_line(line, markers);
          marker && !(is_lower(line.text[0]) && !unmarked.paragraph_start(i) && !unmarked.decision_runs_on(i)) &&
                                                         !(unmarked.informal() && !unmarked.starts_with_label(line.text, markers)))
        start = RegionStart{*marker, "label", {}};
      else start = unmarked.at(i);
    }
    if (!start) {
      // "ACTION: Clerk" under a decision or a sentence: who is to do it.
      if (part.kind == PartKind::minutes && !line.text.empty()) {
        if (auto owner = action_owner_line(line.text)) {
          if (!out.empty() && out.back().end_line >= i - 2 && out.back().part == part_index) {
            out.back().owner_hint = *owner;
          } else if (auto sentence = unmarked.sentence_before(i)) {
            BlockParser parser(out, block++, part_index, item_at(items, i), "action-line");
            parser.add_segment(sentence->second, sentence->first);
            parser.set_owner_hint(*owner);
          }
        }
      }
      ++i;
      continue;
    }
    const int item = item_at(items, i);
    const size_t first_clause = out.size();
    BlockParser parser(out, block++, part_index, item, start->found_by);
    parser.add_segment(tabs_to_spaces(std::string_view(line.text).substr(start->offset)), i);
    if (!start->owner.empty()) parser.set_owner_hint(start->owner);
    int j = i + 1;
    int blank_run = 0;
    bool in_reason = false;
    bool lost = false;
    for (; j <= part.end_line; ++j) {
      const CleanLine& next = lines[static_cast<size_t>(j - 1)];
      if (next.text.empty()) {
        ++blank_run;
        if (blank_run > 4) break;
        continue;
      }
      if (furniture[static_cast<size_t>(j)]) {
        blank_run = 0;
        continue;
      }
      if (item_lines.count(j) > 0 || marker_in_line(next, markers)) break;
      if (table_part && next.has_tabs) break;  // the next table row
      std::string text = tabs_to_spaces(next.text);
      if (auto reason = reason_end(text, markers)) {
        parser.add_reason(std::string_view(text).substr(*reason), j);
        in_reason = true;
        blank_run = 0;
        continue;
      }
      if (auto owner = action_owner_line(text)) {
        parser.set_owner_hint(*owner);
        blank_run = 0;
        continue;
      }
      if (action_line(text) || in_sentence_decision(text)) break;
      if (is_mover_line(text)) {  // "MOVED Cr Hale  SECONDED Cr Dimitriou" above the motion's words
        blank_run = 0;
        continue;
      }
      if (auto outcome = vote_outcome(text)) {  // "CARRIED", "LOST": the motion's end
        if (*outcome == VoteOutcome::lost) lost = true;
        ++j;
        break;
      }
      auto label = clause_label_at_start(text);
      if (label && parser.accepts(*label)) {
        parser.add_segment(text, j);
        in_reason = false;
        blank_run = 0;
        continue;
      }
      if (!label && blank_run <= 2) {
        // "5.5  That …" after "5.4  That …", "Recommendation 2 - That …": the next clause,
        // numbered as a paragraph or as a recommendation rather than with a label.
        size_t number = paragraph_number_length(text);
        if (number == 0) number = recommendation_number_length(text);
        if (number > 0 && starts_with_that_clause(std::string_view(text).substr(number))) {
          parser.add_segment(std::string_view(text).substr(number), j);
          in_reason = false;
          blank_run = 0;
          continue;
        }
      }
      if (label && blank_run <= 2) {
        // A skipped or repeated number: keep the clause, and say so.
        std::string_view after = trim(std::string_view(text).substr(label->length));
        const bool clause_like = istarts_with(after, "that ") || (!after.empty() && is_lower(after[0])) || leading_decision_verb(after);
        if (auto before = parser.out_of_sequence(*label); before && clause_like) {
          parser.add_segment(text, j);
          parser.note_numbering("(" + label->value + ") follows (" + *before + ")");
          in_reason = false;
          blank_run = 0;
          continue;
        }
      }
      if (in_reason) {
        if (is_lower(text[0])) {
          parser.append_reason(text);
          continue;
        }
        in_reason = false;
      }
      if (parser.empty()) {  // "Resolved: -" on its own, then the clause on a later line
        if (looks_like_heading(next)) break;
        parser.add_segment(text, j);
        blank_run = 0;
        continue;
      }
      const bool lower_start = is_lower(text[0]) && !istarts_with(text, "that ");
      if (lower_start && !(next.bullet && parser.awaits_parts())) {
        parser.add_continuation(text, j);
        blank_run = 0;
        continue;
      }
      if (parser.awaits_parts() && parser.part_fits(next.bullet) && blank_run <= 2 && !looks_like_heading(next) &&
          (next.bullet || leading_decision_verb(text) || istarts_with(text, "that "))) {
        parser.add_part(text, j);
        parser.set_part_bulleted(next.bullet);
        blank_run = 0;
        continue;
      }
      if (parser.open_clause_unfinished() && blank_run <= 2 && !looks_like_heading(next) && !next.bullet &&
          !is_narrative_decision(text)) {
        parser.add_continuation(text, j);
        blank_run = 0;
        continue;
      }
      if (istarts_with(text, "that ") && !parser.has_labels()) {
        parser.add_segment(text, j);
        blank_run = 0;
        continue;
      }
      break;
    }
    parser.finish();
    // "Decision: None. The item was for information." records that nothing was decided.
    if (out.size() == first_clause + 1 && records_no_decision(out.back().text)) out.pop_back();
    // "… to table the item. Motion failed 2-3.": a motion that was lost decided nothing.
    for (size_t k = first_clause; k < out.size(); ++k) {
      if (auto cut = trailing_vote(out[k].text)) {
        if (cut->second == VoteOutcome::lost) lost = true;
        out[k].text.resize(cut->first);
      }
    }
    if (lost) out.resize(first_clause);
    for (size_t k = first_clause; k < out.size(); ++k) {
      if (table_part) {
        out[k].quoted_meeting = row_date;
        out[k].quoted_item = row_title;
        out[k].item = -1;
      }
    }
    i = j;
  }
  return out;
}

}  // namespace tracker
