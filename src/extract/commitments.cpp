#include "extract/commitments.h"

#include "core/text.h"

namespace tracker {

std::vector<std::string_view> split_sentences(std::string_view p) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < p.size(); ++i) {
    const char c = p[i];
    if (!(c == '.' || c == '?' || c == '!')) continue;
    if (p[i + 1] != ' ') continue;
    size_t j = i + 1;
    while (j < p.size() && p[j] == ' ') ++j;
    if (j >= p.size() || !(is_upper(p[j]) || p[j] == '"' || is_digit(p[j]))) continue;
    if (c == '.') {
      size_t w = i;
      while (w > start && is_alpha(p[w - 1])) --w;
      std::string_view word = p.substr(w, i - w);
      if (iequals(word, "mr") || iequals(word, "mrs") || iequals(word, "ms") || iequals(word, "dr") || iequals(word, "no") ||
          iequals(word, "cllr") || iequals(word, "st") || word.size() == 1)
        continue;
    }
    out.push_back(trim(p.substr(start, i + 1 - start)));
    start = j;
  }
  if (start < p.size()) out.push_back(trim(p.substr(start)));
  return out;
}

std::vector<FoundCommitment> find_commitments(const CleanLines& lines, int from, int to, const std::set<int>& skip,
                                              const CompiledVocabulary& vocabulary) {
  std::vector<FoundCommitment> out;
  for (int i = from; i <= to; ++i) {
    if (skip.count(i) > 0) continue;
    const CleanLine& line = lines[static_cast<size_t>(i - 1)];
    const std::string& t = line.text;
    // Cheap test first: every default pattern needs one of these words.
    if (t.size() < 20 || line.has_tabs) continue;
    if (ifind(t, "would") == std::string::npos && ifind(t, "will") == std::string::npos && ifind(t, "to be") == std::string::npos &&
        ifind(t, "undertook") == std::string::npos && ifind(t, "commitment") == std::string::npos &&
        ifind(t, "agreed to") == std::string::npos && ifind(t, "offered to") == std::string::npos &&
        ifind(t, "promised") == std::string::npos && ifind(t, "undertaking") == std::string::npos &&
        vocabulary.config().commitment_patterns.size() == 5)
      continue;
    if (istarts_with(t, "to ")) continue;  // an agenda's purpose text, not what was minuted
    for (std::string_view sentence : split_sentences(t)) {
      if (vocabulary.is_commitment(sentence)) out.push_back({std::string(sentence), i});
    }
  }
  return out;
}

}  // namespace tracker
