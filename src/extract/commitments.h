#pragma once
// Promises in the narrative ("data … would be submitted to a future meeting"): weaker than a
// resolution, reported apart from them.
#include <set>
#include <string>
#include <vector>

#include "extract/vocabulary.h"
#include "parse/minutes.h"

namespace tracker {

struct FoundCommitment {
  std::string text;  // the sentence
  int line = 0;
};

// Sentences of the paragraphs that promise something.
std::vector<FoundCommitment> find_commitments(const std::vector<Paragraph>& paragraphs, const CompiledVocabulary& vocabulary);
// Splits a paragraph into sentences, keeping "Mr." and "e.g." inside theirs.
std::vector<std::string_view> split_sentences(std::string_view paragraph);

}  // namespace tracker
