#pragma once
// The monitoring schedule's formats, one renderer each behind one interface and chosen by name:
// the command line looks the format up here instead of knowing each one.
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "report/monitoring_schedule.h"

namespace tracker {

struct RenderOptions {
  ReportSettings report;  // [report]: fonts and the owner column of the Word and Excel files
  Day as_of;              // dates the files' properties, so the same record gives the same bytes
};

struct MonitoringRenderer {
  std::string_view format;  // the --format name: "md", "docx"
  bool binary;              // a file for a program (Word, Excel), never for a terminal
  std::string (*render)(const std::vector<MonitoringSchedule>& schedules, const RenderOptions& options);
};

// Every format, the default (md) first.
const std::vector<MonitoringRenderer>& monitoring_renderers();
// nullptr for a name no renderer has.
const MonitoringRenderer* find_monitoring_renderer(std::string_view format);

}  // namespace tracker
