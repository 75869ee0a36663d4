#pragma once
// The weekly overdue-action check run by cron: what is overdue or at risk, grouped by who must
// act, as a text summary, JSON, or one mail per owner for sendmail.
#include <string>
#include <vector>

#include "app/assessment.h"
#include "config/config.h"

namespace tracker {

struct OwnerGroup {
  std::string owner;   // the role or name the clause gives: "Governance Advisor"
  std::string person;  // who holds it today, when the people directory knows
  std::string email;
  std::string committee = {};  // whose actions these are: one mail per committee and recipient
  std::string body = {};       // the body the owner is ("Cabinet"), whose [[body]] contact receives them
  // Whom the mail greets: the person, else the owner's role ("Governance Advisor"); for a body
  // without a contact, "colleague" (never "Dear Cabinet").
  std::string salutation = {};
  std::vector<const AssessedAction*> overdue;  // a red flag
  std::vector<const AssessedAction*> at_risk;  // an amber flag, no red one
};

struct OverdueCheck {
  Day as_of;
  std::vector<std::string> committees;
  std::vector<OwnerGroup> groups;  // owners with overdue actions first, then by name
  int overdue = 0, at_risk = 0;
};

OverdueCheck overdue_check(const Assessment& assessment, const Config& config);

std::string check_to_text(const OverdueCheck& check);
std::string check_to_json(const OverdueCheck& check);
// One RFC 5322 message per owner with an address, in mbox form ("From " line before each) so
// `formail -s sendmail -t` can send them one by one. Owners without an address go to
// [check] fallback_to, else are listed in `skipped`.
std::string check_to_mail(const OverdueCheck& check, const CheckSettings& settings, std::vector<std::string>& skipped);

}  // namespace tracker
