#include "report/monitoring_renderers.h"

#include "report/monitoring_documents.h"
#include "report/writer_module.h"

namespace tracker {
namespace {

std::string markdown(const std::vector<MonitoringSchedule>& s, const RenderOptions&) { return monitoring_to_markdown(s); }
std::string html(const std::vector<MonitoringSchedule>& s, const RenderOptions&) { return monitoring_to_html(s); }
std::string csv(const std::vector<MonitoringSchedule>& s, const RenderOptions&) { return monitoring_to_csv(s); }
std::string json(const std::vector<MonitoringSchedule>& s, const RenderOptions&) { return monitoring_to_json(s); }
std::string word(const std::vector<MonitoringSchedule>& s, const RenderOptions& o) {
  return docx_file(monitoring_document(s, o.report, o.as_of));
}
std::string excel(const std::vector<MonitoringSchedule>& s, const RenderOptions& o) {
  return xlsx_file(monitoring_sheet(s, o.report, o.as_of));
}

}  // namespace

const std::vector<MonitoringRenderer>& monitoring_renderers() {
  static const std::vector<MonitoringRenderer> table = {
      {"md", false, markdown}, {"html", false, html}, {"csv", false, csv},
      {"json", false, json},   {"docx", true, word},  {"xlsx", true, excel},
  };
  return table;
}

const MonitoringRenderer* find_monitoring_renderer(std::string_view format) {
  for (const auto& r : monitoring_renderers())
    if (r.format == format) return &r;
  return nullptr;
}

}  // namespace tracker
