#pragma once
// Typed dates and dues in words, for people: the one place every renderer (text, Markdown, HTML,
// CSV, Word, Excel, mail) and the rules' messages take them from. JSON keeps ISO dates instead.
// Here, with the rules, because the rules' messages are the first to need them ("due at the
// 15 December 2020 meeting"): the assessment fills the facts they are written from, and the
// reports come after both.
#include <optional>
#include <string>

#include "core/calendar_date.h"
#include "domain/action_due.h"
#include "domain/lifecycle_types.h"

namespace tracker {

std::string day_words(Day d);      // "22 September 2020"
std::string month_words(Month m);  // "December 2020"
// "15 December 2020 meeting", "December 2020 meeting", "deadline of 30 November 2020"; "" without
// a due: the due in a sentence (the rules' messages, the briefing, the schedule's completion column).
std::string due_phrase(const std::optional<ActionDue>& due);
// The same, short, as the actions list and `show` give it: "15 December 2020 meeting",
// "15 December 2020 (cancelled) meeting", "by 30 November 2020", "December 2020"; "no due".
std::string due_words(const std::optional<ActionDue>& due);
// The monitoring schedule's "Completion date for actions": the due as the list gives it, or "Not set".
std::string completion_words(const std::optional<ActionDue>& due);
std::string status_words(Status status);  // "Open", "Transferred"

// Where a recorded due is, for a sentence: "the 26 January 2021 meeting", "the January 2021
// meeting", "16 December 2020" (a deadline), "the first meeting on or after 2 March 2021"; ""
// for none.
std::string due_place(const RecordedDue& due);

}  // namespace tracker
