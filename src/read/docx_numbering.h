#pragma once
// Word's automatic numbering, rendered as the reader of the document sees it: numbering.xml
// defines lists (abstractNum: per level a start, a format and a text such as "(%1)" or "%1.%2")
// and their instances (num, which may restart a level); each numbered paragraph advances its
// list's counter. The clause numbers of most minutes exist only here.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tracker {

enum class NumberFormat { decimal, lower_letter, upper_letter, lower_roman, upper_roman, bullet, none };

struct NumberingLevel {
  int start = 1;
  NumberFormat format = NumberFormat::decimal;
  std::string text = "%1.";  // lvlText
  int restart_after = -1;    // lvlRestart - 1: restart when a level at or above it is used; -1: any higher level
};

struct AbstractNumbering {
  std::vector<NumberingLevel> levels = std::vector<NumberingLevel>(9);
};

struct NumberingInstance {
  int abstract_id = -1;
  std::map<int, int> start_overrides;  // level -> start
};

// "12" -> "12", "l", "XII", … as numFmt says.
std::string format_number(int value, NumberFormat format);

class DocxNumbering {
 public:
  DocxNumbering() = default;
  // From numbering.xml's bytes (already checked for DTDs). Throws InputError naming `path`.
  DocxNumbering(const std::string& path, std::string_view xml);
  // Defines directly (tests).
  void define_abstract(int id, AbstractNumbering a) { abstracts_[id] = std::move(a); }
  void define_instance(int num_id, NumberingInstance n) { instances_[num_id] = std::move(n); }

  // The label of the next paragraph numbered (num_id, level): "(1)", "4.2", "-" for a bullet,
  // "" for none. Advances the counters.
  std::string next_label(int num_id, int level);

 private:
  std::map<int, AbstractNumbering> abstracts_;
  std::map<int, NumberingInstance> instances_;
  std::map<int, std::vector<int>> counters_;  // per abstract list: the last number given at each level
  std::map<int, bool> instance_started_;
};

}  // namespace tracker
