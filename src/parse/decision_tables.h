#pragma once
// Minutes laid out as a table: Markdown pipe tables ("| Item | Discussion | Decision |"), text
// grids ("+----+----+" borders, cells wrapped over several lines) and columns aligned with
// spaces ("No.  Minute  Action  Owner  Due"). A table with a decision or action column gives one
// clause per decision in that column, with the row's lead as its owner and its deadline as its
// due. A table with a status column is a log of earlier actions, not this meeting's decisions.
#include <string_view>
#include <vector>

#include "parse/minutes.h"

namespace tracker {

struct TableDecisions {
  std::vector<RawClause> clauses;
  std::vector<char> lines;  // lines[n]: line n is a row, border or header of a table (other forms leave it alone)
};
// `raw` is the source's lines (raw[0] is line 1): the columns of an aligned table need the
// spaces that clean lines collapse.
TableDecisions find_table_decisions(const std::vector<std::string_view>& raw, const DocumentPart& part, int part_index,
                                    int first_block);

}  // namespace tracker
