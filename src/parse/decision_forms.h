#pragma once
// The shapes a decision takes in minutes that have no "Resolved" label in front of it, and the
// shape of a stem that only introduces its parts. Each function looks at one line or paragraph
// of clean text and answers with where the decision's own words start, or nothing.
#include <optional>
#include <string>
#include <string_view>

namespace tracker {

// What a decision verb does: "note", "thank" take note; "approve", "agree" decide now; "ask",
// "defer", "refer", "delegate" leave somebody something to do.
enum class VerbSense { noting, approving, acting, recommending, procedural };

// The sense of a verb in any of its forms: "note", "notes", "noted", "NOTED", "To note".
std::optional<VerbSense> decision_verb_sense(std::string_view word);

// The first word of `text` when it is a decision verb, after an optional "To " (infinitive):
// "Note the contents …", "To agree a date …", "APPROVED the outline …", "asks the Director …".
struct LeadingVerb {
  VerbSense sense;
  size_t verb_start = 0, verb_end = 0;
};
std::optional<LeadingVerb> leading_decision_verb(std::string_view text);

// "It was resolved to raise no objection", "Proposed by …, seconded by … and RESOLVED that …",
// "it was agreed that …": where the decision starts inside a sentence.
std::optional<size_t> in_sentence_decision(std::string_view text);

// "That the report be noted.", "1. That the Head of Service …": a resolution with its label lost.
bool starts_with_that_clause(std::string_view text);

// "The Committee agreed to …", "The Board NOTED …", "The Committee notes … and agrees …",
// "The minutes of the meeting held on … were approved …": a decision told as narrative.
bool is_narrative_decision(std::string_view text);

// Where the verb of a narrative decision starts: "The Board (also) APPROVED …" -> at "APPROVED".
std::optional<size_t> narrative_verb_start(std::string_view text);

// "TH to provide …", "Clerk to submit …", "Cllr Rowe to arrange …", "ACTION: JS to circulate …":
// an action line. Returns where the action's text starts (after "ACTION:") and the owner's words.
struct ActionLine {
  size_t text_start = 0;
  std::string owner;
};
std::optional<ActionLine> action_line(std::string_view text);
// "ACTION: Clerk", "Action by: Head of Housing": the owner of the decision just before it.
std::optional<std::string> action_owner_line(std::string_view text);

// "That Cabinet:", "The Board:", "RESOLVED that the Panel:", "The Cabinet has:", "That the
// following recommendations be submitted to Cabinet:", "That Council be recommended to:":
// text that only introduces a list of parts.
bool is_stem_only(std::string_view text);
// "None.", "No decision", "Nil", "-": a decision cell or label that records nothing decided.
bool records_no_decision(std::string_view text);

// "MOVED Cr Hale  SECONDED Cr Dimitriou", "Proposed: Cllr A  Seconded: Cllr B": who moved it.
bool is_mover_line(std::string_view text);
enum class VoteOutcome { carried, lost };
// "CARRIED", "Carried unanimously", "LOST", "The motion was lost": a line that ends a motion.
std::optional<VoteOutcome> vote_outcome(std::string_view text);
// "… on first reading. Motion carried 5-0.": where the outcome sentence starts, and what it says.
std::optional<std::pair<size_t, VoteOutcome>> trailing_vote(std::string_view text);

// Agenda wording that introduces what officers ask for, not what was decided:
// "Recommendations:", "The Committee is asked to:", "Council is RECOMMENDED to:".
bool introduces_proposals(std::string_view text);

}  // namespace tracker
