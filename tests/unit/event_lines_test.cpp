// report/event_lines: every kind of event's public line and internal detail, older databases'
// English notes, and corrections taken out of the public history.
#include <doctest/doctest.h>

#include "report/event_lines.h"
#include "view_helpers.h"

using namespace tracker;

namespace {

ActionEvent event(const char* kind, const char* date, const char* note = "", const char* who = "Governance Advisor", int64_t sequence = 0) {
  ActionEvent e = test::event_view(kind, date, note, who);
  e.sequence = sequence;
  return e;
}

ActionEvent matched(const char* kind, const char* meeting, const char* title) {
  ActionEvent e = event(kind, "2020-10-13", "", "tracker (matched)");
  e.meeting = test::iso_day(meeting);
  e.matched_title = title;
  e.score = 0.9;
  e.automatic = true;
  e.sets = std::string(kind) == "delivered" ? Status::delivered : Status::scheduled;
  return e;
}

ActionEvent legacy(const char* kind, const char* date, const char* note, const char* who = "Governance Advisor") {
  ActionEvent e = event(kind, date, note, who);
  e.legacy_note = true;
  return e;
}

const std::string kCommittee = "Improving Lives Select Commission";

// What a public line never holds: the tool's own marks.
void check_plain(const std::string& line) {
  INFO(line);
  CHECK(line.find('\'') == std::string::npos);
  CHECK(line.find("(none)") == std::string::npos);
  CHECK(line.find("->") == std::string::npos);
  CHECK(line.find("tracker (matched)") == std::string::npos);
  CHECK(line.find("score") == std::string::npos);
  for (size_t k = 0; k + 10 <= line.size(); ++k) {  // no ISO day: dddd-dd-dd
    const std::string_view s(line.data() + k, 10);
    const bool iso = s[4] == '-' && s[7] == '-' && std::isdigit(static_cast<unsigned char>(s[0])) && std::isdigit(static_cast<unsigned char>(s[9]));
    CHECK_FALSE(iso);
  }
}

}  // namespace

TEST_CASE("event lines: the action being recorded has no public line - its detail says where it came from") {
  ActionEvent e = event("created", "2020-09-22", "", "import");
  e.imported_from = "sample_data/001.txt";
  e.imported_place = "line 151";
  CHECK(public_line(e, kCommittee).empty());
  CHECK(internal_detail(e) == "from sample_data/001.txt, line 151");
}

TEST_CASE("event lines: a chase is dated - a note that says the same again is left out") {
  CHECK(public_line(event("chased", "2020-06-17"), kCommittee) == "Chased 17 June 2020");
  CHECK(public_line(event("chased", "2020-07-06", "by phone"), kCommittee) == "Chased 6 July 2020: by phone");
  CHECK(public_line(event("chased", "2020-06-17", "Chased 17 June"), kCommittee) == "Chased 17 June 2020");
  CHECK(public_line(event("chased", "2020-06-17", "chased 17th June 2020, by email"), kCommittee) == "Chased 17 June 2020: by email");
  CHECK(public_line(event("chased", "2020-06-17", "Chasing the director"), kCommittee) == "Chased 17 June 2020: Chasing the director");
  CHECK(internal_detail(event("chased", "2020-07-06", "by phone")) == "by phone");
}

TEST_CASE("event lines: a listing and a meeting that took it up, in the committee's words") {
  const ActionEvent listed = matched("scheduled", "2021-01-26", "CYPS Directorate Workforce Strategy - progress");
  CHECK(public_line(listed, kCommittee) == "Report listed for the 26 January 2021 meeting");
  CHECK(internal_detail(listed) == "listed for the 2021-01-26 meeting: 'CYPS Directorate Workforce Strategy - progress'; score 0.90");
  const ActionEvent taken = matched("delivered", "2020-09-22", "Children's Social Care Update");
  CHECK(public_line(taken, kCommittee) == "Considered at the 22 September 2020 meeting");
  ActionEvent cabinet = matched("delivered", "2021-07-19", "Homelessness Prevention");
  cabinet.meeting_committee = "Cabinet";
  CHECK(public_line(cabinet, kCommittee) == "Considered by Cabinet at its 19 July 2021 meeting");
  CHECK(public_line(cabinet, "Cabinet") == "Considered at the 19 July 2021 meeting");
  CHECK(internal_detail(cabinet) == "considered at the Cabinet 2021-07-19 meeting: 'Homelessness Prevention'; score 0.90");
  ActionEvent accepted = matched("delivered", "2020-09-22", "Children's Social Care Update");
  accepted.who = "Governance Advisor";
  accepted.note = "the item took it up";
  CHECK(public_line(accepted, kCommittee) == "Considered at the 22 September 2020 meeting: the item took it up");
  CHECK(internal_detail(accepted) == "the item took it up (considered at the 2020-09-22 meeting: 'Children's Social Care Update' (match accepted); score 0.90)");
}

TEST_CASE("event lines: a due moved by a cancelled meeting says which meeting and where it is due now") {
  ActionEvent e = event("rescheduled", "2020-11-20", "December meeting cancelled");
  e.meeting = test::iso_day("2020-12-15");
  e.cancelled_meeting = test::iso_day("2020-12-15");
  e.due_before = RecordedDue::meeting(test::iso_day("2020-12-15"));
  e.due_after = RecordedDue::meeting(test::iso_day("2021-01-26"));
  CHECK(public_line(e, kCommittee) == "Due moved to the 26 January 2021 meeting: the 15 December 2020 meeting was cancelled");
  CHECK(internal_detail(e) == "the 15 December 2020 meeting was cancelled (December meeting cancelled); now due at the 26 January 2021 meeting");
  e.due_after = RecordedDue::none();
  CHECK(public_line(e, kCommittee) == "Due moved 20 November 2020: the 15 December 2020 meeting was cancelled");
  CHECK(internal_detail(e) ==
        "the 15 December 2020 meeting was cancelled (December meeting cancelled); now due at the next meeting, which is not yet in the calendar");
}

TEST_CASE("event lines: a due set by hand - to a meeting, a month or a deadline") {
  ActionEvent moved = event("rescheduled", "2020-11-02", "Report delayed");
  moved.due_before = RecordedDue::meeting(test::iso_day("2020-12-15"));
  moved.due_after = RecordedDue::in_month(test::iso_day("2021-01-01").year() / test::iso_day("2021-01-01").month());
  CHECK(public_line(moved, kCommittee) == "Due moved to the January 2021 meeting: Report delayed");
  CHECK(internal_detail(moved) == "Report delayed (due moved from the 15 December 2020 meeting to the January 2021 meeting)");
  ActionEvent set = event("updated", "2020-11-02");
  set.due_before = RecordedDue::none();
  set.due_after = RecordedDue::meeting(test::iso_day("2021-01-26"));
  CHECK(public_line(set, kCommittee) == "Due set to the 26 January 2021 meeting");
  CHECK(internal_detail(set) == "due moved from no due to the 26 January 2021 meeting");
  set.due_after = RecordedDue::deadline(test::iso_day("2020-12-16"));
  CHECK(public_line(set, kCommittee) == "Due set to 16 December 2020");
}

TEST_CASE("event lines: an owner changed and minutes imported again are internal only") {
  ActionEvent owner = event("updated", "2020-10-13");
  owner.owner_before = "";
  owner.owner_after = "Governance Advisor";
  CHECK(public_line(owner, kCommittee).empty());
  CHECK(internal_detail(owner) == "owner set to 'Governance Advisor'");
  owner.owner_before = "Clerk";
  owner.note = "Clerk left";
  CHECK(public_line(owner, kCommittee) == "Update 13 October 2020: Clerk left");  // the person's words are public, the owners not
  CHECK(internal_detail(owner) == "Clerk left (owner 'Clerk' to 'Governance Advisor')");
  ActionEvent again = event("updated", "2020-09-22", "", "import");
  again.imported_from = "001_corrected.txt";
  again.reimport_changed = "owner,due,text";
  again.owner_before = "Clerk";
  again.owner_after = "Governance Advisor";
  again.due_after = RecordedDue::on_or_after(test::iso_day("2021-01-14"));
  CHECK(public_line(again, kCommittee).empty());
  CHECK(internal_detail(again) ==
        "re-imported from 001_corrected.txt; owner 'Clerk' to 'Governance Advisor'; due now the first meeting on or after 14 January 2021; text corrected");
  ActionEvent gone = event("updated", "2020-09-22", "", "import");
  gone.imported_from = "001_corrected.txt";
  gone.reimport_changed = "gone";
  CHECK(public_line(gone, kCommittee).empty());
  CHECK(internal_detail(gone) == "not in the minutes imported from 001_corrected.txt");
}

TEST_CASE("event lines: minutes that no longer make a clause an action, and minutes that take up an action by hand, are internal only") {
  // Since schema 012 the import records these as facts with an empty note; the words are made here.
  auto imported = [](const char* file, const char* changed, const char* id_before = "", const char* id_after = "") {
    ActionEvent e = event("updated", "2020-09-22", "", "import");
    e.imported_from = file;
    e.reimport_changed = changed;
    e.id_before = id_before;
    e.id_after = id_after;
    return e;
  };
  const ActionEvent untracked = imported("001_corrected.txt", "untracked");
  const ActionEvent taken_up = imported("001.txt", "", "ILSC-2020-09-H1", "ILSC-2020-09-50.3");
  for (const ActionEvent& e : {untracked, taken_up}) CHECK(public_line(e, kCommittee).empty());
  CHECK(internal_detail(untracked) == "the minutes imported from 001_corrected.txt no longer make this an action");
  CHECK(internal_detail(taken_up) == "its minutes imported from 001.txt: ILSC-2020-09-H1 is now ILSC-2020-09-50.3");
  // An older database's event says the same in its note, shown as it is.
  ActionEvent old = legacy("updated", "2020-09-22", "its minutes imported from 001.txt: ILSC-2020-09-H1 is now ILSC-2020-09-50.3", "import");
  CHECK(public_line(old, kCommittee).empty());
  CHECK(internal_detail(old) == old.note);
}

TEST_CASE("event lines: a person's update, completion, transfer, reopening, dropping and response") {
  CHECK(public_line(event("updated", "2020-03-10", "Timescale agreed"), kCommittee) == "Update 10 March 2020: Timescale agreed");
  ActionEvent closed = event("closed", "2021-05-04");
  closed.sets = Status::closed;
  closed.status_before = Status::open;
  CHECK(public_line(closed, kCommittee) == "Completed 4 May 2021");
  CHECK(internal_detail(closed) == "status open to closed");
  closed.note = "Report received";
  CHECK(public_line(closed, kCommittee) == "Completed 4 May 2021: Report received");
  CHECK(public_line(event("closed", "2021-05-04", "Completed 4 May"), kCommittee) == "Completed 4 May 2021");
  ActionEvent to = event("transferred", "2020-10-13", "One off review being arranged");
  to.transferred_to = "the Sub and Project Group tracker";
  CHECK(public_line(to, kCommittee) == "Transferred to the Sub and Project Group tracker: One off review being arranged");
  CHECK(public_line(event("reopened", "2021-06-01", "More work needed"), kCommittee) == "Reopened 1 June 2021: More work needed");
  CHECK(public_line(event("dropped", "2021-06-01", "Overtaken by events"), kCommittee) == "Dropped 1 June 2021: Overtaken by events");
  ActionEvent rejected = event("responded", "2020-12-14", "Funding not available");
  rejected.response = Response::rejected;
  rejected.response_by = "Cabinet";
  CHECK(public_line(rejected, kCommittee) == "Rejected by Cabinet 14 December 2020: Funding not available");
  CHECK(internal_detail(rejected) == "Funding not available (rejected by Cabinet)");
  ActionEvent accepted = event("responded", "2020-12-14");
  accepted.response = Response::partially_accepted;
  CHECK(public_line(accepted, kCommittee) == "Partially accepted 14 December 2020");
}

TEST_CASE("event lines: an event taken from the council's own schedule keeps the council's words, a chase its date in full") {
  ActionEvent e = event("chased", "2020-06-17", "Chased 17 June");
  e.taken_from = "001_agenda_pack.docx";
  CHECK(public_line(e, kCommittee) == "Chased 17 June 2020");
  ActionEvent note = event("updated", "2020-10-13", "Written information provided to Chair.");
  note.taken_from = "001_agenda_pack.docx";
  CHECK(public_line(note, kCommittee) == "Written information provided to Chair.");
  ActionEvent transfer = event("transferred", "2020-10-13", "Action transferred to Sub and Project Group tracker.");
  transfer.transferred_to = "Sub and Project Group tracker";
  transfer.taken_from = "001_agenda_pack.docx";
  CHECK(public_line(transfer, kCommittee) == "Action transferred to Sub and Project Group tracker.");
}

TEST_CASE("event lines: an older database's English notes - the public line from kind and date, the note in the detail") {
  const ActionEvent chased = legacy("chased", "2020-06-17", "chased");
  CHECK(public_line(chased, kCommittee) == "Chased 17 June 2020");
  CHECK(public_line(legacy("chased", "2020-10-08", "by email"), kCommittee) == "Chased 8 October 2020: by email");
  const ActionEvent owner = legacy("updated", "2020-10-13", "owner '' -> 'Governance Advisor'");
  CHECK(public_line(owner, kCommittee).empty());
  CHECK(internal_detail(owner) == "owner '' -> 'Governance Advisor'");
  const ActionEvent both = legacy("updated", "2020-10-13", "Briefing arranged (owner 'Clerk' -> 'Governance Advisor')");
  CHECK(public_line(both, kCommittee) == "Update 13 October 2020: Briefing arranged");
  ActionEvent due = legacy("updated", "2020-10-13", "due (none) -> 2021-01");
  CHECK(public_line(due, kCommittee).empty());
  ActionEvent listed = legacy("scheduled", "2020-10-13", "listed for the 2021-01-26 meeting: 'CYPS Workforce'", "tracker (matched)");
  listed.meeting = test::iso_day("2021-01-26");
  CHECK(public_line(listed, kCommittee) == "Report listed for the 26 January 2021 meeting");
  ActionEvent cancelled =
      legacy("rescheduled", "2020-11-20",
             "the 15 December 2020 meeting was cancelled (December meeting cancelled); now due at the 26 January 2021 meeting");
  cancelled.meeting = test::iso_day("2020-12-15");
  CHECK(public_line(cancelled, kCommittee) == "Due moved 20 November 2020: the 15 December 2020 meeting was cancelled");
  CHECK(internal_detail(cancelled) == cancelled.note);
  CHECK(public_line(legacy("updated", "2020-09-22", "re-imported from 001.txt: owner 'A' -> 'B'", "import"), kCommittee).empty());
  ActionEvent accepted = legacy("delivered", "2021-02-01", "considered at the 2021-01-26 meeting: 'CYPS' (match accepted: the item took it up)");
  accepted.meeting = test::iso_day("2021-01-26");
  CHECK(public_line(accepted, kCommittee) == "Considered at the 26 January 2021 meeting: the item took it up");
  const ActionEvent responded = legacy("responded", "2020-12-14", "rejected by Cabinet: Funding not available");
  CHECK(public_line(responded, kCommittee) == "Response received 14 December 2020");
  CHECK(public_line(legacy("closed", "2021-05-04", "Done (status open -> closed)"), kCommittee) == "Completed 4 May 2021: Done");
}

TEST_CASE("event lines: no public line carries the tool's marks") {
  ActionEvent cancelled = event("rescheduled", "2020-11-20", "December meeting cancelled");
  cancelled.cancelled_meeting = test::iso_day("2020-12-15");
  cancelled.meeting = test::iso_day("2020-12-15");
  cancelled.due_after = RecordedDue::meeting(test::iso_day("2021-01-26"));
  ActionEvent owner = legacy("updated", "2020-10-13", "Briefing arranged (owner '' -> 'Governance Advisor') (due (none) -> 2021-01)");
  for (const ActionEvent& e : {matched("scheduled", "2021-01-26", "CYPS 'Workforce'"), matched("delivered", "2020-09-22", "x"), cancelled, owner,
                             legacy("scheduled", "2020-10-13", "listed for the 2021-01-26 meeting: 'CYPS'", "tracker (matched)"),
                             legacy("chased", "2020-06-17", "chased"), event("chased", "2020-06-17", "Chased 17 June")})
    check_plain(public_line(e, kCommittee));
}

TEST_CASE("event lines: a correction takes itself and what it undoes out of the public history, not out of the internal one") {
  ActionEvent listed = matched("scheduled", "2020-10-13", "CYPS");
  listed.meeting = test::iso_day("2021-01-26");
  listed.sequence = 3;
  ActionEvent delivered = event("delivered", "2020-11-02", "", "Governance Advisor", 5);
  delivered.sets = Status::delivered;
  delivered.status_before = Status::scheduled;
  ActionEvent reopened = event("updated", "2020-11-09", "delivered by mistake", "Governance Advisor", 6);
  reopened.sets = Status::scheduled;
  reopened.status_before = Status::delivered;
  reopened.corrects = 5;
  const std::vector<ActionEvent> history{listed, delivered, reopened, event("chased", "2020-11-16", "", "Governance Advisor", 7)};
  CHECK(public_history(history, kCommittee) == std::vector<std::string>{"Report listed for the 26 January 2021 meeting", "Chased 16 November 2020"});
  // Before the correction was made, the delivery stood.
  CHECK(public_history(history, kCommittee, test::iso_day("2020-11-05")) ==
        std::vector<std::string>{"Report listed for the 26 January 2021 meeting", "Delivered 2 November 2020"});
  CHECK(internal_detail(reopened, &history) == "delivered by mistake (status delivered to scheduled; corrects the delivered event of 2020-11-02)");
  CHECK(internal_detail(delivered, &history) == "status scheduled to delivered");
}

TEST_CASE("event lines: an action adopted from a pack's quote says where it came from in the detail, not the note") {
  ActionEvent created = event("created", "2020-06-16", "", "Governance Advisor");
  created.imported_from = "pack.txt";
  created.imported_place = "line 418";
  created.quoted_in = "Work programme";
  CHECK(public_line(created, kCommittee).empty());
  CHECK(internal_detail(created) == "adopted from pack.txt, line 418 (quoted in Work programme)");
  created.quoted_in.clear();  // an import's own created event
  CHECK(internal_detail(created) == "from pack.txt, line 418");
}
