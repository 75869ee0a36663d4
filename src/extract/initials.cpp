#include "extract/initials.h"

#include <algorithm>

#include "core/text.h"

namespace tracker {
namespace {

bool is_initials_word(std::string_view w, const std::vector<std::string>& acronyms) {
  if (w.size() < 2 || w.size() > 4) return false;
  for (char c : w)
    if (!is_upper(c)) return false;
  for (const auto& a : acronyms)
    if (w == a) return false;
  // "TO note …", "ALL members …": words written in capitals, not people.
  for (std::string_view word : {"TO", "BE", "IT", "IN", "ON", "OF", "BY", "AT", "AS", "IS", "AN", "OR", "IF", "NO", "SO", "UP", "WE",
                                "THE", "AND", "FOR", "ALL", "NOT", "BUT", "ANY", "MAY", "CAN", "THAT", "WITH", "FROM", "NOTE", "ALSO"})
    if (w == word) return false;
  return true;
}

bool is_title(std::string_view w) {
  for (std::string_view t : {"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Prof", "Prof.", "Professor", "Cllr",
                             "Cllr.", "Councillor", "Sir", "Dame", "Cr", "Rev", "Revd"})
    if (w == t) return true;
  return false;
}

// "Dr Tom Harris" -> "TH"; "Planning Policy Manager" -> "PPM".
std::string initials_of(std::string_view name) {
  std::string out;
  for (std::string_view w : split(trim(name), ' ')) {
    if (w.empty() || is_title(w) || !is_upper(w[0])) continue;
    out.push_back(w[0]);
  }
  return out;
}

std::string_view clean_role(std::string_view role) {
  role = trim(role);
  const size_t paren = role.find(" (");
  if (paren != std::string_view::npos) role = role.substr(0, paren);
  while (!role.empty() && (role.front() == ',' || role.front() == '-' || role.front() == ':' || role.front() == '(' || role.front() == ' '))
    role.remove_prefix(1);
  if (istarts_with(role, "\xE2\x80\x93")) role.remove_prefix(3);
  role = trim(role);
  while (!role.empty() && (role.back() == '.' || role.back() == ',' || role.back() == ';' || role.back() == ')' || role.back() == ':'))
    role.remove_suffix(1);
  if (istarts_with(role, "the ")) role.remove_prefix(4);
  return trim(role);
}

// The first separator between a name and a role: ", ", " – ", " - ", ": ", a tab.
size_t separator(std::string_view s, size_t& length) {
  size_t best = std::string_view::npos;
  for (std::string_view sep : {", ", " \xE2\x80\x93 ", " - ", ": ", "\t", " = "}) {
    const size_t at = s.find(sep);
    if (at != std::string_view::npos && at < best) {
      best = at;
      length = sep.size();
    }
  }
  return best;
}

std::optional<std::string> role_in_entry(std::string_view entry, std::string_view initials) {
  entry = trim(entry);
  while (!entry.empty() && (entry.front() == '-' || entry.front() == '*' || entry.front() == ' ')) entry.remove_prefix(1);
  if (istarts_with(entry, "\xE2\x80\xA2") || istarts_with(entry, "\xC2\xB7")) entry = trim(entry.substr(entry.front() == '\xE2' ? 3 : 2));
  if (entry.empty()) return std::nullopt;
  // "Tom Harris (TH), Chief Operating Officer", "Jane Smith, Director of Strategy (JS)", "Planning Policy Manager (PPM)"
  const std::string marked = "(" + std::string(initials) + ")";
  if (const size_t at = entry.find(marked); at != std::string_view::npos) {
    std::string_view after = clean_role(entry.substr(at + marked.size()));
    if (!after.empty() && is_upper(after[0])) return std::string(after);
    std::string_view before = trim(entry.substr(0, at));
    size_t length = 0;
    if (const size_t sep = separator(before, length); sep != std::string_view::npos) {
      std::string_view role = clean_role(before.substr(sep + length));
      if (!role.empty()) return std::string(role);
    }
    // A role written out before its abbreviation; a bare name ("Tom Harris (TH)") gives no role.
    if (std::count(before.begin(), before.end(), ' ') >= 2 && initials_of(before) == initials) return std::string(clean_role(before));
    return std::nullopt;
  }
  // "PPM – Planning Policy Manager", "JS: Jane Smith, Director of Strategy"
  if (istarts_with(entry, initials) && entry.size() > initials.size() && !is_alpha(entry[initials.size()])) {
    std::string_view rest = clean_role(entry.substr(initials.size()));
    size_t length = 0;
    if (const size_t sep = separator(rest, length); sep != std::string_view::npos && initials_of(rest.substr(0, sep)) == initials)
      rest = clean_role(rest.substr(sep + length));
    if (!rest.empty()) return std::string(rest);
  }
  // "Jane Smith, Director of Strategy and Planning", "Jane Smith – Director of …", "Jane Smith (Director of …)"
  size_t length = 0;
  size_t sep = separator(entry, length);
  const size_t paren = entry.find(" (");
  if (paren != std::string_view::npos && paren < sep) {
    sep = paren;
    length = 2;
  }
  if (sep != std::string_view::npos && sep > 0 && initials_of(entry.substr(0, sep)) == initials &&
      std::count(entry.begin(), entry.begin() + static_cast<std::ptrdiff_t>(sep), ' ') <= 4) {
    std::string_view role = trim(entry.substr(sep + length));
    if (!role.empty() && role.back() == ')' && paren == sep) role.remove_suffix(1);
    role = clean_role(role);
    if (!role.empty()) return std::string(role);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> role_for_initials(std::string_view initials, const std::vector<std::string>& attendance_lines) {
  initials = trim(initials);
  if (initials.empty()) return std::nullopt;
  for (const std::string& line : attendance_lines) {
    std::string_view text = trim(line);
    for (std::string_view lead : {"Present:", "In attendance:", "In Attendance:", "Also present:", "Also Present:", "Attendees:",
                                  "Officers:", "Apologies:"})
      if (istarts_with(text, lead)) text = trim(text.substr(lead.size()));
    // Columns set apart by wide gaps or bars: "Tom Hadley    TH    Chief Operating Officer",
    // "| Kwesi Mensah | Partnership Analyst, Northmoor Council | KM |". The role is the field
    // after the initials, or, when they end the row, the field before them.
    {
      std::vector<std::string_view> fields;
      size_t start = 0;
      for (size_t k = 0; k <= text.size(); ++k) {
        const bool gap = k + 1 < text.size() && text[k] == ' ' && text[k + 1] == ' ';
        if (k == text.size() || text[k] == '|' || text[k] == '\t' || gap) {
          std::string_view field = trim(text.substr(start, k - start));
          if (!field.empty()) fields.push_back(field);
          while (k < text.size() && (text[k] == ' ' || text[k] == '|' || text[k] == '\t')) ++k;
          start = k;
          if (k < text.size()) --k;
        }
      }
      for (size_t k = 0; k < fields.size() && fields.size() >= 3; ++k) {
        if (fields[k] != initials) continue;
        if (k == 0) return std::string(clean_role(fields.back()));  // "TM | Tara Moss | Head of Safety"
        if (k + 1 < fields.size()) return std::string(clean_role(fields[k + 1]));
        return std::string(clean_role(fields[k - 1]));
      }
    }
    // A table row: "| TH | Tom Harris | Chief Operating Officer |".
    if (text.find('|') != std::string_view::npos) {
      std::vector<std::string_view> cells;
      for (std::string_view c : split(text, '|'))
        if (!trim(c).empty()) cells.push_back(trim(c));
      for (size_t k = 0; k < cells.size(); ++k) {
        if (cells[k] == initials && cells.size() >= 2 && cells.back() != initials) return std::string(clean_role(cells.back()));
        if (auto role = role_in_entry(cells[k], initials)) {
          if (*role == cells[k] && k + 1 < cells.size()) return std::string(clean_role(cells[k + 1]));
          return role;
        }
        if (k + 1 < cells.size() && initials_of(cells[k]) == initials && cells[k].find(' ') != std::string_view::npos)
          return std::string(clean_role(cells[k + 1]));
      }
      continue;
    }
    // "Planning Policy Manager (PPM), Principal Planning Officer (PPO), …": one entry per person.
    for (std::string_view group : split(text, ';')) {
      size_t start = 0;
      for (size_t at = group.find("), "); ; at = group.find("), ", at + 1)) {
        // Only a list of people splits there: "Priya Nair (PN), Chief Nursing Officer" is one.
        if (at != std::string_view::npos && group.find('(', at + 3) == std::string_view::npos) at = std::string_view::npos;
        const size_t end = at == std::string_view::npos ? group.size() : at + 1;
        std::string_view entry = group.substr(start, end - start);
        // "Officers in          Planning Policy Manager (PPM)": a field label set apart by a gap.
        if (const size_t gap = entry.rfind("  "); gap != std::string_view::npos && entry.find(initials, gap) != std::string_view::npos)
          entry = trim(entry.substr(gap));
        if (auto role = role_in_entry(entry, initials)) return role;
        if (at == std::string_view::npos) break;
        start = at + 3;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> acting_initials(std::string_view clause_text, const std::vector<std::string>& acronyms) {
  auto token_at = [&](std::string_view s) -> std::string_view {
    size_t e = 0;
    while (e < s.size() && is_upper(s[e])) ++e;
    if (e < s.size() && is_alpha(s[e])) return {};
    return s.substr(0, e);
  };
  auto acts = [&](std::string_view rest) {
    for (std::string_view next : {" to ", " will ", " would ", " should ", " and ", "/", " & ", ": ", " with "})
      if (istarts_with(rest, next)) return true;
    return false;
  };
  std::string_view s = trim(clause_text);
  for (std::string_view lead : {"ACTION:", "Action:", "Actions:", "ACTIONS:"})
    if (istarts_with(s, lead)) s = trim(s.substr(lead.size()));
  if (std::string_view first = token_at(s); is_initials_word(first, acronyms) && acts(s.substr(first.size()))) return std::string(first);
  // "… ACTION: JS", "(Action by: JS)", "Lead: TH"
  for (std::string_view label : {"action:", "action by:", "actions:", "lead:", "owner:"}) {
    const size_t at = ifind(s, label);
    if (at == std::string_view::npos) continue;
    const std::string_view rest = trim(s.substr(at + label.size()));
    if (std::string_view t = token_at(rest); is_initials_word(t, acronyms)) return std::string(t);
  }
  // "agreed that JP would submit …"
  for (size_t at = ifind(s, "that "); at != std::string_view::npos; at = ifind(s, "that ", at + 1)) {
    if (at > 0 && is_alpha(s[at - 1])) continue;
    const std::string_view rest = s.substr(at + 5);
    if (std::string_view t = token_at(rest); is_initials_word(t, acronyms) && acts(rest.substr(t.size()))) return std::string(t);
  }
  return std::nullopt;
}

}  // namespace tracker
