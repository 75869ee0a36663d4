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

std::vector<FoundCommitment> find_commitments(const std::vector<Paragraph>& paragraphs, const CompiledVocabulary& vocabulary) {
  std::vector<FoundCommitment> out;
  for (const Paragraph& p : paragraphs) {
    const std::string& t = p.text;
    if (t.size() < 20) continue;
    if (istarts_with(t, "to ")) continue;  // an agenda's purpose text, not what was minuted
    if (!vocabulary.may_hold_commitment(t)) continue;
    for (std::string_view sentence : split_sentences(t)) {
      // The patterns match within a sentence, so the sentence holds their key word too: most
      // sentences of a paragraph that has one do not, and are not given to the patterns.
      if (vocabulary.may_hold_commitment(sentence) && vocabulary.is_commitment(sentence))
        out.push_back({std::string(sentence), p.line_at(static_cast<size_t>(sentence.data() - t.data()))});
    }
  }
  return out;
}

}  // namespace tracker
