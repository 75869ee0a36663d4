#pragma once
// A council's own recommendations monitoring schedule, read as rows: the table an officer keeps
// in Word or a spreadsheet and files in each agenda pack ("Decision Date | Item | Scrutiny
// Recommendation | Completion date for actions | Action/Response Completed | Further action
// required by Scrutiny"). Each row keeps the council's words; its response column is read into
// dated updates (a chase, a transfer, a completion) so the tracker can start from the council's
// tracker instead of beside it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"
#include "domain/council_schedule.h"
#include "parse/minutes.h"

namespace tracker {

// The rows of every schedule table in `part`: a header row that names a recommendation column
// and at least two of the columns a schedule keeps (decision date, response, further action,
// completion or target date, lead officer), then its rows up to the first line that is not a table row.
// In a minutes part the header must name a decision date too (else it is the meeting's action log).
// `raw` are the file's kept lines (cells split on single tabs, so an empty cell keeps its column;
// a cell's <p> and <br> paragraphs are its entries); `lines` the same lines cleaned.
// `updated`: the schedule's "Updated:" date, for dates written without a year.
std::vector<CouncilScheduleRow> read_schedule_rows(const std::vector<std::string_view>& raw, const CleanLines& lines,
                                            const DocumentPart& part);

// The entries of one response cell: "Chased 17 June" a chase on that day, "Action transferred to
// the X tracker" a transfer, "Completed 4 May 2021" a completion, anything else a note (dated
// when it starts with a date: "20 July 2020: Update meeting held").
std::vector<CouncilScheduleUpdate> read_schedule_updates(const std::vector<std::string>& paragraphs, std::optional<Day> context);

}  // namespace tracker
