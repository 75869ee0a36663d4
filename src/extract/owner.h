#pragma once
// Who must act: a role named as the clause's subject, else the body a recommendation goes to,
// else the officer who presented the item (preferred over the Cabinet Member who introduced it).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/vocabulary.h"
#include "parse/minutes.h"

namespace tracker {

struct Presenter {
  std::string role;  // "Assistant Director – Education"
  std::string name;  // "Jon Stonehouse", when the minutes give it
  bool officer = false;
  int line = 0;
};

// Officers and members the minutes say presented the item, in the order named.
std::vector<Presenter> find_presenters(const std::vector<Paragraph>& paragraphs, const CompiledVocabulary& vocabulary);
// The presenter who owns a passive clause: the first officer, else the first named person.
std::optional<Presenter> lead_presenter(const std::vector<Presenter>& presenters);

struct ClauseSubject {
  std::string text;       // "Chair and Vice-Chair", "Governance Advisor", "Cabinet"
  bool body = false;      // a body such as Cabinet or OSMB
  bool generic = false;   // "officers": whoever presented
  bool officer = false;
  bool initials = false;  // "JS to circulate …": resolve through the attendance (role_for_initials)
  std::string verb;       // the word after the subject: "makes", "be", "agree"
};
// The acting subject of "That the Governance Advisor makes …", "Clerk to submit …", "RFO to make …"
// (the role written out), "That NHS Foo ICB provide …" (an organisation), "partners to …", or of a
// decided part later in the clause ("the work programme be agreed, and that the Scrutiny Officer
// add …", "recommends that the Cabinet write …"); nullopt for passive clauses ("That a report be
// brought …") and for the committee itself.
std::optional<ClauseSubject> clause_subject(std::string_view clause_text, const CompiledVocabulary& vocabulary);
// "the Chair and Vice-Chair" -> {"Chair", "Vice-Chair"}: the people an owner's name stands for;
// "Service Director, Legal and Business Operations" stays one.
std::vector<std::string> split_owner_names(const std::string& name);
// Whom a clause asks to act: "to ask the Community Safety Manager to provide …", "requests that
// the Commissioner provide …", "AUTHORISED the Director of Place to …", "delegates authority to
// the Director of X, in consultation with …, to …", "to be arranged by the Democratic Services Officer".
std::optional<ClauseSubject> asked_person(std::string_view clause_text, const CompiledVocabulary& vocabulary);

}  // namespace tracker
