#pragma once
// The Chair's one-page briefing before a meeting: what is due there (and whether it is on the
// agenda), what is overdue and for how long, what keeps moving, what was completed since the
// last meeting, the officers' open commitments, and questions the Chair might ask.
#include <string>
#include <vector>

#include "app/assessment.h"
#include "config/config.h"
#include "report/docx_writer.h"

namespace tracker {

struct BriefingEntry {
  std::string subject;  // the item's title, else the start of the clause
  std::string clause;   // "(2) That a further progress report …"
  std::string owner;
  std::string detail;   // "on the agenda", "due 15 December 2020, 6 weeks ago", "moved twice"
  std::string id;       // kept after the title, never alone
};

struct Briefing {
  std::string committee;
  Day meeting;
  std::optional<Day> previous_meeting;  // the committee's last meeting before it, when one is known
  Day as_of;                            // the day it was prepared for
  std::vector<BriefingEntry> due, overdue, rescheduled, completed, commitments;
  std::vector<BriefingEntry> undated;  // open for months with no date set for it to come back
  std::vector<std::string> questions;
};

// Throws UsageError when the committee is unknown or has no meeting to brief for.
Briefing make_briefing(const Assessment& assessment, const std::vector<CommitmentView>& commitments, const std::string& committee,
                       Day meeting);
// The same, saying "not on the agenda" only for a meeting in `agenda_days` (the days of the
// committee's meetings whose agenda has been imported: Store::meetings_with_agenda); for any other
// meeting it says the agenda is not yet imported. Commitments closed or dismissed by the day of
// the briefing are left out.
Briefing make_briefing(const Assessment& assessment, const std::vector<CommitmentView>& commitments, const std::string& committee,
                       Day meeting, const std::vector<Day>& agenda_days);

std::string briefing_to_markdown(const Briefing& briefing);
std::string briefing_to_html(const Briefing& briefing);
// The briefing as a Word document's model (A4 portrait, [report] font): its title and sections as
// Word headings, each entry a paragraph; `as_of` dates the file's properties.
docx::Document briefing_document(const Briefing& briefing, const ReportSettings& settings, Day as_of);

}  // namespace tracker
