#!/usr/bin/env python3
"""Writes a synthetic history of minutes for the import benchmark: COMMITTEES committees x YEARS
years x 10 meetings, each with about 50 resolution clauses in the styles the seeds use.

Usage: gen_history.py OUT_DIR [COMMITTEES] [YEARS]
"""
import datetime, os, random, sys

TOPICS = ["Children's Centres", "Youth Offending Services", "School Attendance", "Housing Allocations", "Domestic Abuse Support",
          "Adult Social Care Charging", "Libraries Strategy", "Road Safety", "Air Quality", "Early Help Offer", "SEND Sufficiency",
          "Foster Carer Recruitment", "Leisure Centres", "Homelessness Prevention", "Town Centre Regeneration", "Waste Collection",
          "Public Health Outcomes", "Digital Inclusion", "Workforce Strategy", "Budget Monitoring"]
ROLES = ["Assistant Director of", "Head of", "Strategic Director of", "Service Manager for"]
COMMITTEE_KINDS = ["Scrutiny Committee", "Select Commission", "Overview and Scrutiny Panel", "Scrutiny Board"]
PLACES = ["Northfield", "Eastmoor", "Westbridge", "Southdale", "Ashford", "Brampton", "Calder", "Denholme", "Elmstead", "Fairview"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def meeting(committee, when, minute, rng, next_when):
    out = [f"# {committee.upper()} {when.strftime('%A')}, {ordinal(when.day)} {MONTHS[when.month - 1]}, {when.year}", "",
           f"Present:- Councillor {rng.choice(PLACES)} (in the Chair); Councillors Adams, Baker, Clarke and Dunn.", ""]
    out += [f"# {minute}. MINUTES OF THE PREVIOUS MEETING", "",
            "**Resolved:** - That the minutes of the previous meeting be approved as a correct record.", ""]
    minute += 1
    for topic in rng.sample(TOPICS, 9):
        role = f"{rng.choice(ROLES)} {topic}"
        later = when + datetime.timedelta(days=rng.choice([60, 120, 180, 365]))
        out += [f"# {minute}. {topic.upper()} UPDATE", "",
                f"The Cabinet Member and the {role} attended the meeting to present the report on {topic.lower()}.", "",
                f"Members asked about progress on {topic.lower()}. It was noted that figures would be circulated to members.", "",
                "### Resolved: -", "",
                "- (1) That the report be noted.",
                f"- (2) That a progress report on {topic.lower()} be brought to the {MONTHS[later.month - 1]} {later.year} meeting.",
                f"- (3) That information on {topic.lower()} performance be circulated to members of the {committee}.",
                f"- (4) That the {role} provide a briefing on {topic.lower()} in six months' time.",
                f"- (5) That the following recommendations be submitted to Cabinet:",
                f"- (a) that funding for {topic.lower()} be reviewed;",
                f"- (b) that a consultation on {topic.lower()} be held.", ""]
        minute += 1
    out += [f"# {minute}. DATE AND TIME OF THE NEXT MEETING", "",
            f"**Resolved:** - That the next meeting of the {committee} take place on {next_when.strftime('%A')} "
            f"{next_when.day} {MONTHS[next_when.month - 1]} {next_when.year} at 5:30pm.", ""]
    return "\n".join(out), minute + 1

def main():
    out_dir = sys.argv[1]
    committees = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    years = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(7)
    files = 0
    for c in range(committees):
        committee = f"{PLACES[c % len(PLACES)]} {TOPICS[c % len(TOPICS)].split()[0]} {COMMITTEE_KINDS[c % len(COMMITTEE_KINDS)]}"
        dates = []
        for y in range(2015, 2015 + years):
            for m in [1, 2, 3, 4, 6, 7, 9, 10, 11, 12]:
                d = datetime.date(y, m, 1)
                d += datetime.timedelta(days=(1 - d.weekday()) % 7 + 7)  # second Tuesday
                dates.append(d)
        minute = 1
        for k, d in enumerate(dates):
            text, minute = meeting(committee, d, minute, rng, dates[k + 1] if k + 1 < len(dates) else d + datetime.timedelta(days=35))
            with open(os.path.join(out_dir, f"c{c:02d}_{d.isoformat()}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            files += 1
    print(f"{files} files in {out_dir}")

if __name__ == "__main__":
    main()
