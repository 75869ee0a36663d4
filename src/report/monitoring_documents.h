#pragma once
// The monitoring schedule as the models of a Word document and an Excel sheet (docx_writer.h,
// xlsx_writer.h): the council's title block and six columns, the owner where [report] asks for
// it, each history entry a paragraph of its cell; in the sheet, real dates for the decision and
// a due day. Plain models: the bytes are made by the writers' module (writer_module.h).
#include <vector>

#include "config/config.h"
#include "report/docx_writer.h"
#include "report/monitoring_schedule.h"
#include "report/xlsx_writer.h"

namespace tracker {

// "IMPROVING LIVES SELECT COMMISSION RECOMMENDATIONS – IMPLEMENTATION MONITORING SCHEDULE", as
// the council heads its table: letters in capitals (ASCII only: other letters are kept as written).
std::string schedule_heading(const MonitoringSchedule& schedule);

// Landscape A4 in [report] font and font_size; one title block and table per committee, each
// committee after the first starting a new page. `as_of` dates the file's properties.
docx::Document monitoring_document(const std::vector<MonitoringSchedule>& schedules, const ReportSettings& settings, Day as_of);

// One sheet: a Committee column first when there are several committees; then the council's
// columns (the owner where [report] asks for it), Status and ID.
xlsx::Sheet monitoring_sheet(const std::vector<MonitoringSchedule>& schedules, const ReportSettings& settings, Day as_of);

}  // namespace tracker
