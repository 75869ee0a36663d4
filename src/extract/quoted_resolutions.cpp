#include "extract/quoted_resolutions.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "parse/date_parse.h"
#include "parse/line_shape.h"

namespace tracker {
namespace {

size_t skip_spaces(std::string_view s, size_t p) {
  while (p < s.size() && is_space(s[p])) ++p;
  return p;
}

bool dash_at(std::string_view s, size_t p) {
  return p + 2 < s.size() && static_cast<unsigned char>(s[p]) == 0xE2 && static_cast<unsigned char>(s[p + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[p + 2]) == 0x93 || static_cast<unsigned char>(s[p + 2]) == 0x94);
}

// Past ":", "-", "–", "," and spaces in any mix.
size_t skip_separators(std::string_view s, size_t p) {
  for (;;) {
    p = skip_spaces(s, p);
    if (p < s.size() && (s[p] == ':' || s[p] == '-' || s[p] == ',' || s[p] == ';')) ++p;
    else if (dash_at(s, p)) p += 3;
    else return p;
  }
}

std::string_view word_at(std::string_view s, size_t p) {
  size_t q = p;
  while (q < s.size() && (is_alpha(s[q]) || s[q] == '&' || (q > p && (s[q] == '-' || s[q] == '\'')))) ++q;
  return s.substr(p, q - p);
}

bool is_word(std::string_view w, std::initializer_list<std::string_view> any) {
  return std::any_of(any.begin(), any.end(), [&](std::string_view a) { return iequals(w, a); });
}

// A day or a month at exactly `p`: "12 March 2024", "30/04/19", "July 2019".
std::optional<size_t> when_at(std::string_view s, size_t p, std::optional<Day> context, QuotedMeeting& m) {
  if (p >= s.size()) return std::nullopt;
  if (is_alpha(s[p])) {
    if (month_from_name(word_at(s, p)) == 0) return std::nullopt;
    if (auto month = find_month_year(s, p); month && month->begin == p) {
      m.month = month->month;
      return month->end;
    }
  }
  if (is_digit(s[p]) || is_alpha(s[p])) {
    if (auto day = find_date(s, context, p); day && day->begin == p) {
      m.day = day->day;
      return day->end;
    }
  }
  return std::nullopt;
}

// What a quoted resolution's own words start with: "That …", "to …", "1) That …".
bool starts_like_clause(std::string_view rest) {
  rest = trim(rest);
  if (rest.empty()) return true;  // the clause follows on its own line or paragraph
  const std::string_view w = word_at(rest, 0);
  if (is_word(w, {"that", "to"})) return true;
  return clause_label_at_start(rest).has_value();
}

// A resolution word at the very start of `s` ("Resolved", "RESOLVED", "Agreed"): its length.
size_t marker_word_at_start(std::string_view s, const std::vector<std::string>& words) {
  for (const auto& word : words) {
    if (word.empty() || s.size() < word.size() || !iequals(s.substr(0, word.size()), word)) continue;
    if (s.size() == word.size() || !is_alpha(s[word.size()])) return word.size();
  }
  return 0;
}

// "Previous resolutions", "Outstanding resolutions of earlier meetings": a list of quotes follows.
bool opens_list_section(const CleanLine& line) {
  const std::string& t = line.text;
  if (t.empty() || line.has_tabs || t.size() > 90) return false;
  return icontains(t, "previous resolution") || icontains(t, "resolutions of previous") || icontains(t, "earlier resolution") ||
         icontains(t, "outstanding resolution") || icontains(t, "resolutions from previous") || icontains(t, "resolutions of earlier");
}

// The paragraphs of a raw table cell ("<p>Resolved in September 2019</p> <p>That …</p>"), clean.
std::vector<std::string> paragraphs_of(std::string_view raw_cell) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= raw_cell.size()) {
    size_t next = ifind(raw_cell, "<p", from + 1);
    while (next != std::string_view::npos && next + 2 < raw_cell.size() && is_alpha(raw_cell[next + 2])) next = ifind(raw_cell, "<p", next + 1);
    std::string text = clean_line(raw_cell.substr(from, next == std::string_view::npos ? std::string_view::npos : next - from)).text;
    if (!text.empty()) out.push_back(std::move(text));
    if (next == std::string_view::npos) break;
    from = next;
  }
  return out;
}

// "Resolved in September 2019 That a … That an … Focus to be on …": the quote's own paragraphs,
// without a note after them that no resolution word or "That" opens.
std::optional<RewrittenQuote> rewrite_cell(std::string_view clean_cell, std::string_view raw_cell, const std::vector<std::string>& words,
                                           std::optional<Day> context) {
  // Nearly every cell is not such a quote: its clean text says so before its paragraphs are read.
  auto whole = rewrite_quote(clean_cell, words, context);
  if (!whole) return std::nullopt;
  if (raw_cell.find('<') != std::string_view::npos) {
    const std::vector<std::string> paragraphs = paragraphs_of(raw_cell);
    if (paragraphs.size() >= 2) {
      auto first = rewrite_quote(paragraphs[0], words, context);
      if (!first) return std::nullopt;
      for (size_t k = 1; k < paragraphs.size(); ++k) {
        if (!starts_like_clause(paragraphs[k])) break;
        first->text += " " + paragraphs[k];
      }
      return first;
    }
  }
  return whole;
}

// Cheap, asked of every cell of a part that quotes: a quote starts with a resolution word or a
// minute's number.
bool cell_may_quote(std::string_view cell, const std::vector<std::string>& words) {
  return cell.size() >= 8 && (marker_word_at_start(cell, words) > 0 || istarts_with(cell, "min"));
}

bool some_cell_may_quote(std::string_view line, const std::vector<std::string>& words) {
  for (size_t from = 0;;) {
    const size_t tab = line.find('\t', from);
    if (cell_may_quote(trim(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from)), words)) return true;
    if (tab == std::string_view::npos) return false;
    from = tab + 1;
  }
}

bool has_resolution_word(std::string_view text, const ResolutionMarkers& markers) {
  if (ifind(text, "resol") != std::string_view::npos) return true;
  return std::any_of(markers.words.begin(), markers.words.end(), [&](const std::string& w) { return ifind(text, w) != std::string_view::npos; });
}

// A title above a quote that stands outside the table ("ILSC Monitoring Report", then its
// purpose, then "Resolved: -"): the nearest short line that is not a sentence.
std::string title_above(const CleanLines& lines, int line, int first_line) {
  for (int i = line - 1; i >= first_line && i >= line - 8; --i) {
    const CleanLine& l = lines[static_cast<size_t>(i - 1)];
    if (l.text.empty()) continue;
    if (l.has_tabs) return {};
    if (l.text.back() == '.' || l.text.back() == ':' || l.text.back() == '-' || l.text.size() > 90) continue;
    return l.text;
  }
  return {};
}

// "That a report be submitted … . That an update be …": a quote that does not number its parts
// is one clause for each "That".
std::vector<std::string> split_at_that(const std::string& text) {
  std::vector<std::string> out;
  size_t from = 0;
  for (size_t at = text.find(". That ", from); at != std::string::npos; at = text.find(". That ", at + 1)) {
    out.push_back(text.substr(from, at + 1 - from));
    from = at + 2;
  }
  out.push_back(text.substr(from));
  return out;
}

}  // namespace

std::optional<Provenance> read_provenance(std::string_view s, std::optional<Day> context) {
  QuotedMeeting m;
  size_t p = skip_spaces(s, 0);
  bool preposition = false;
  if (is_word(word_at(s, p), {"at", "in", "on", "by"})) {
    preposition = true;
    p = skip_spaces(s, p + 2);
    // "at its meeting on 12 March 2024", "at the meeting held on …"
    if (is_word(word_at(s, p), {"its", "the", "a"}) && iequals(word_at(s, skip_spaces(s, p + word_at(s, p).size())), "meeting")) {
      p = skip_spaces(s, p + word_at(s, p).size());
      p = skip_spaces(s, p + 7);
      if (is_word(word_at(s, p), {"held"})) p = skip_spaces(s, p + 4);
      if (is_word(word_at(s, p), {"on", "of", "in"})) p = skip_spaces(s, p + 2);
    }
  }
  std::optional<size_t> end = when_at(s, p, context, m);
  if (!end && preposition) {
    // "at OSMB July 2019", "at Cabinet in June 2020", "by the Health and Wellbeing Board on 4 May 2023".
    std::string body;
    int words = 0;
    size_t q = p;
    while (q < s.size() && words < 8) {
      if ((end = when_at(s, q, context, m))) break;
      const std::string_view w = word_at(s, q);
      if (w.empty()) break;
      if (is_word(w, {"in", "on", "held", "meeting"})) {
        q = skip_spaces(s, q + w.size());
        continue;
      }
      if (!is_upper(w[0]) && !is_word(w, {"and", "of", "the", "for", "&"})) break;
      if (!(body.empty() && iequals(w, "the"))) body += (body.empty() ? "" : " ") + std::string(w);
      q = skip_spaces(s, q + w.size());
      ++words;
    }
    if (!end) return std::nullopt;
    // "in June 2020 meeting" names no body; "Cabinet in" would end with the preposition.
    m.body = body;
  }
  if (!end) return std::nullopt;
  size_t e = skip_spaces(s, *end);
  if (iequals(word_at(s, e), "meeting")) e += 7;
  e = skip_separators(s, e);
  return Provenance{m, e};
}

std::optional<RewrittenQuote> rewrite_quote(std::string_view cell, const std::vector<std::string>& marker_words,
                                            std::optional<Day> context) {
  cell = trim(cell);
  if (cell.size() < 8) return std::nullopt;
  QuotedMeeting m;
  size_t p = 0;
  // "Minute 45 (12 March 2024): RESOLVED that …", "Min. 45, 12/03/24 – RESOLVED".
  if (istarts_with(cell, "minute ") || istarts_with(cell, "min. ") || istarts_with(cell, "min ")) {
    p = skip_spaces(cell, cell.find(' '));
    if (istarts_with(cell.substr(p), "no.") || istarts_with(cell.substr(p), "no ")) p = skip_spaces(cell, p + 3);
    const size_t number = p;
    while (p < cell.size() && (is_digit(cell[p]) || (p > number && (is_alpha(cell[p]) || cell[p] == '.' || cell[p] == '/')))) ++p;
    if (p == number || !is_digit(cell[number])) return std::nullopt;
    while (p > number && cell[p - 1] == '.') --p;
    p = skip_separators(cell, p);
    const bool bracket = p < cell.size() && cell[p] == '(';
    if (bracket) p = skip_spaces(cell, p + 1);
    if (auto end = when_at(cell, p, context, m)) p = *end;
    p = skip_spaces(cell, p);
    if (bracket && p < cell.size() && cell[p] == ')') ++p;
    p = skip_separators(cell, p);
    const size_t word = marker_word_at_start(cell.substr(p), marker_words);
    if (word == 0) return std::nullopt;
    p += word;
    // "RESOLVED at its meeting …" after the minute's number says it again; the date above stands.
    if (auto said = read_provenance(cell.substr(p), context)) {
      if (!m.known()) m = said->meeting;
      p += said->end;
    }
  } else {
    const size_t word = marker_word_at_start(cell, marker_words);
    if (word == 0) return std::nullopt;
    auto said = read_provenance(cell.substr(word), context);
    if (!said) return std::nullopt;
    m = said->meeting;
    p = word + said->end;
  }
  const std::string_view rest = trim(cell.substr(std::min(p, cell.size())));
  // After "RESOLVED that"/"RESOLVED to" the clause keeps its own "that": it starts the sentence.
  if (!starts_like_clause(rest)) {
    // "RESOLVED that:" after a minute's number, separators already passed: the clause words follow.
    return std::nullopt;
  }
  return RewrittenQuote{"Resolved: " + std::string(rest), m};
}

std::optional<RewrittenQuote> rewrite_list_entry(std::string_view line, std::optional<Day> context) {
  line = trim(line);
  // The separator before the clause: the first ":", " – " or " - " that "That" or "To" follows.
  size_t clause = std::string_view::npos, prefix_end = 0;
  for (size_t p = 0; p < line.size() && p < 120; ++p) {
    size_t after = std::string_view::npos;
    if (line[p] == ':') after = p + 1;
    else if (line[p] == ' ' && p + 2 < line.size() && line[p + 1] == '-' && line[p + 2] == ' ') after = p + 2;
    else if (line[p] == ' ' && dash_at(line, p + 1)) after = p + 4;
    if (after == std::string_view::npos) continue;
    const size_t q = skip_separators(line, after);
    if (q < line.size() && is_word(word_at(line, q), {"that", "to", "resolved"})) {
      clause = q;
      prefix_end = p;
      break;
    }
  }
  if (clause == std::string_view::npos || prefix_end == 0) return std::nullopt;
  const std::string_view prefix = line.substr(0, prefix_end);
  QuotedMeeting m;
  size_t when_begin = std::string_view::npos, when_end = 0;
  for (size_t p = 0; p < prefix.size(); ++p) {
    if (p > 0 && (is_alpha(prefix[p - 1]) || is_digit(prefix[p - 1]))) continue;
    if (auto end = when_at(prefix, p, context, m)) {
      when_begin = p;
      when_end = *end;
      break;
    }
  }
  if (when_begin == std::string_view::npos) return std::nullopt;
  // What else the prefix says: "Cabinet", "minute 45": a capitalised name is the body.
  std::string body;
  auto take_body = [&](std::string_view part) {
    size_t p = 0;
    while (p < part.size()) {
      const std::string_view w = word_at(part, p);
      if (w.empty()) {
        ++p;
        continue;
      }
      if (iequals(w, "minute") || iequals(w, "min") || iequals(w, "meeting") || iequals(w, "resolved")) {
        p += w.size();
        while (p < part.size() && !is_alpha(part[p])) ++p;  // its number
        continue;
      }
      if (is_upper(w[0]) || (!body.empty() && is_word(w, {"and", "of", "the", "for"}))) body += (body.empty() ? "" : " ") + std::string(w);
      p += w.size();
    }
  };
  take_body(prefix.substr(0, when_begin));
  take_body(prefix.substr(when_end));
  m.body = std::string(trim(strip_trailing_punctuation(body)));
  std::string_view rest = line.substr(clause);
  if (istarts_with(rest, "resolved")) {
    rest = trim(rest.substr(8));
    rest = rest.substr(std::min(rest.size(), skip_separators(rest, 0)));
  }
  if (!starts_like_clause(rest) || trim(rest).empty()) return std::nullopt;
  return RewrittenQuote{"Resolved: " + std::string(trim(rest)), m};
}

QuotedClauses find_quoted_clauses(const CleanLines& lines, const std::vector<std::string_view>& raw_lines,
                                  const std::vector<DocumentPart>& parts, int minutes_part, const ResolutionMarkers& markers,
                                  const Furniture& furniture) {
  QuotedClauses out;
  for (size_t k = 0; k < parts.size(); ++k) {
    const DocumentPart& part = parts[k];
    if (static_cast<int>(k) == minutes_part || part.kind == PartKind::agenda || part.kind == PartKind::briefing) continue;
    // The cheap test first: most parts that are not minutes quote nothing.
    bool any = false;
    for (int i = part.begin_line; i <= part.end_line && !any; ++i) any = has_resolution_word(lines[static_cast<size_t>(i - 1)].text, markers);
    if (!any) continue;

    // Quotes that say which meeting made them are rewritten as plain "Resolved: …" in a copy of
    // the part's lines, made only when there is one; the meeting is kept by line.
    const int offset = part.begin_line - 1;
    CleanLines copy;
    std::map<int, QuotedMeeting> said_at;  // by line of the file
    bool in_list = false;
    for (int i = part.begin_line; i <= part.end_line; ++i) {
      const CleanLine& line = lines[static_cast<size_t>(i - 1)];
      if (line.text.empty()) continue;
      if (opens_list_section(line)) {
        in_list = true;
        continue;
      }
      std::optional<std::string> rewritten;
      if (in_list && !line.has_tabs) {
        if (auto entry = rewrite_list_entry(line.text, part.date)) {
          rewritten = entry->text;
          said_at[i] = entry->meeting;
        } else if (line.heading_level > 0 || is_all_caps(line.text, 4)) {
          in_list = false;
        }
      }
      if (!rewritten && some_cell_may_quote(line.text, markers.words)) {
        const std::vector<std::string_view> cells = split(line.text, '\t');
        const std::vector<std::string_view> raw_cells = split(raw_lines[static_cast<size_t>(i - 1)], '\t');
        std::string joined;
        bool changed = false;
        for (size_t c = 0; c < cells.size(); ++c) {
          std::optional<RewrittenQuote> quote;
          if (cell_may_quote(trim(cells[c]), markers.words))
            quote = rewrite_cell(cells[c], raw_cells.size() == cells.size() ? raw_cells[c] : cells[c], markers.words, part.date);
          joined += (c ? "\t" : "") + (quote ? quote->text : std::string(cells[c]));
          if (quote) {
            said_at[i] = quote->meeting;
            changed = true;
            break;  // the cells after it (a status, a date) are not its words
          }
        }
        if (changed) rewritten = std::move(joined);
      }
      if (!rewritten) continue;
      if (copy.empty()) copy.assign(lines.begin() + offset, lines.begin() + part.end_line);
      copy[static_cast<size_t>(i - 1 - offset)] = clean_line(*rewritten);
    }

    std::vector<RawClause> found;
    const int first_block = 100000 * static_cast<int>(k + 1);
    if (copy.empty()) {
      found = find_resolutions(lines, part, static_cast<int>(k), {}, markers, furniture, first_block);
    } else {
      DocumentPart alone = part;
      alone.begin_line = 1;
      alone.end_line = static_cast<int>(copy.size());
      Furniture alone_furniture(copy.size() + 2, 0);
      for (size_t n = 1; n <= copy.size() && static_cast<size_t>(offset) + n < furniture.size(); ++n)
        alone_furniture[n] = furniture[static_cast<size_t>(offset) + n];
      found = find_resolutions(copy, alone, static_cast<int>(k), {}, markers, alone_furniture, first_block);
      for (auto& c : found) {
        c.line += offset;
        c.end_line += offset;
      }
    }

    // Each clause's meeting: what its quote says, else its table row's date, else (minutes of
    // another meeting in the pack) that meeting's.
    std::map<int, int> block_line;
    for (const auto& c : found) {
      auto [it, added] = block_line.emplace(c.block, c.line);
      if (!added) it->second = std::min(it->second, c.line);
    }
    std::vector<int> new_index(found.size(), -1);
    for (size_t n = 0; n < found.size(); ++n) {
      RawClause& c = found[n];
      const int start = block_line[c.block];
      QuotedMeeting meeting;
      const auto said = said_at.find(start);
      if (said != said_at.end() && said->second.known()) {
        meeting = said->second;
        meeting.in_words = true;
      }
      else if (c.quoted_meeting) meeting.day = c.quoted_meeting;
      else if (part.kind == PartKind::minutes) meeting.day = part.date;
      if (meeting.day) c.quoted_meeting = meeting.day;
      if (!lines[static_cast<size_t>(start - 1)].has_tabs) {
        if (std::string title = title_above(lines, start, part.begin_line); !title.empty()) c.quoted_item = tidy_title(title);
      }
      if (c.parent_index >= 0) c.parent_index = new_index[static_cast<size_t>(c.parent_index)];
      new_index[n] = static_cast<int>(out.clauses.size());
      // A quote with its meeting said in words does not number its parts: one clause per "That".
      std::vector<std::string> pieces{c.text};
      if (said != said_at.end() && !c.label && !c.stem) pieces = split_at_that(c.text);
      for (auto& piece : pieces) {
        RawClause one = c;
        one.text = std::string(trim(piece));
        out.clauses.push_back(std::move(one));
        out.meetings.push_back(meeting);
      }
    }
  }
  return out;
}

}  // namespace tracker
