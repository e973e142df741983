#!/usr/bin/env python3
"""Writes a deterministic corpus of report-like news text for the extraction benchmark.

Every spelling of the gazetteer (names and aliases of provinces, districts, towns, regions and
temporary districts, read from ../gazetteer/*.csv) is used, in a shuffled rotation, inside
sentences shaped like the wire reports Frontline reads: captures, recaptures, sieges, uprisings,
plus filler sentences with dates, officials and numbers. Output: DIR/NNNNN.txt with a
DIR/NNNNN.meta.json sidecar holding the publication date, and DIR/spellings.txt (one spelling a
line) for the peer pipeline.

usage: generate_corpus.py GAZETTEER_DIR OUT_DIR [--megabytes 52] [--seed 2021]
"""
import argparse
import csv
import datetime
import json
import os
import random

EVENT_TEMPLATES = [
    "{D} district of {P} province fell to the Taliban on {WD} after days of fighting around the district centre, a provincial council member said.",
    "The Taliban captured {D} district in {P} on {MD}, local officials confirmed.",
    "Three districts of {D}, {D2}, and {D3} have fallen to the Taliban in the {DIR} {P} province, said {PERSON}, chairman of the provincial council.",
    "Afghan forces recaptured {D} district of {P} province late on {WD}, the defence ministry said in a statement.",
    "Heavy fighting is ongoing in {D} district of {P}, and the district is on the brink of collapse, residents told {OUTLET}.",
    "Government troops retreated to {T} after the militants overran the district headquarters.",
    "Hundreds of locals in {D} took up arms against the Taliban, joining the armed resistance in {DIR} {P}.",
    "The militants entered {T}, the provincial capital, and stormed the police headquarters on {MD}.",
    "Security forces regained control of {D} district after a night of clashes, {PERSON} said.",
    "Clashes continue around {T} city as the Taliban put pressure on {P} province.",
    "The district centre of {D} has been under siege for a week, a local elder said.",
    "Uprising forces in {R} pushed the militants out of {D}, according to {OUTLET}.",
    "{D} collapsed on {WD} morning, and security forces withdrew to {T}.",
    "Taliban fighters seized {D} and {D2} districts of {P} province on {MD}, a spokesman for the governor said.",
    "Residents of {T} said the Taliban were advancing towards the city from {D}.",
    "The fall of {D} district leaves {P} with only two districts under government control.",
    "Militiamen loyal to a local commander mobilized in {D} of {P} province.",
    "The Taliban took control of {D} district, {KM} km from {T}, on {WD} night.",
    "In {P}, {D} and {D2} districts have fallen to the Taliban, local officials said.",
    "Afghan commandos cleared {D} of insurgents on {MD}, {OUTLET} reported.",
]
FILLER = [
    "The ministry of interior did not comment on the reports.",
    "{PERSON}, a spokesman for the Taliban, claimed on Twitter that the group had seized {N} vehicles and weapons.",
    "Officials said at least {N} members of the security forces were killed and {N2} were wounded in the clashes.",
    "The militant group also seized a number of equipment and vehicles, the local official told {OUTLET} late on {WD}, {MD}.",
    "Hundreds of families have been displaced by the fighting, according to the United Nations.",
    "The Taliban have stepped up attacks since the United States began withdrawing its troops on May 1.",
    "Peace talks between the two sides in Doha have stalled for months.",
    "Residents said they had not seen government officials in the area for weeks.",
    "Local sources said the militants had set fire to a number of houses and shops on {MD}.",
    "It is not clear how many civilians were killed in the fighting.",
    "The governor of {P} said that reinforcements had been sent to the area and that the situation was under control.",
    "A spokesman for the {P} police chief, who spoke on condition of anonymity, said the attackers used heavy weapons.",
    "The road between {T} and {T2} has been closed for three days, and prices of food and fuel have risen sharply in local markets.",
    "Members of the {P} Provincial Council called on the central government to send more troops and supplies before it is too late.",
    "According to a report by the United Nations Assistance Mission in Afghanistan, civilian casualties rose by 47 percent in the first half of the year.",
    "Sources said the militants were using civilian homes as shields, which made it difficult for the security forces to respond with air strikes.",
    "The Afghan Air Force carried out several strikes on Taliban positions on {MD}, killing at least {N} fighters, the ministry of defense said.",
    "Several elders from the area said they had tried to mediate between the two sides, but the talks failed after two days.",
    "Schools and clinics in the area remain closed, and many teachers have not been paid for months, residents told {OUTLET}.",
    "The Taliban did not immediately comment on the claims, and the figures could not be independently verified.",
]
PEOPLE = ["Abdul Malik Zazai", "Zabihullah Mujahid", "Fawad Aman", "Ajmal Omar Shinwari", "Mohammad Nasir Hakimi", "Khalid Sultani"]
OUTLETS = ["Kabul Now", "TOLOnews", "Pajhwok", "Reuters", "AFP", "Xinhua"]
DIRECTIONS = ["northern", "southern", "eastern", "western", "central", "northeastern"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["May", "June", "July", "August"]
# Share of event sentences: chosen so that events per kilobyte match the dev corpus (about 2.6).
EVENT_SHARE = 0.17
HEADLINES = ["Taliban capture {D} as fighting spreads in {P}", "{D} falls after week-long siege",
             "Locals take up arms in {P}", "Forces retake {D} district"]


def spellings(gazetteer):
    """Spellings by kind, in file order."""
    kinds = {}
    for name, kind in [("provinces", "P"), ("districts", "D"), ("towns", "T"), ("regions", "R"),
                       ("temporary_districts", "D")]:
        with open(os.path.join(gazetteer, name + ".csv"), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                names = [row["name"]] + [a for a in row["aliases"].split(";") if a.strip()]
                kinds.setdefault(kind, []).extend(n.strip() for n in names)
    return kinds


class Rotation:
    """Hands out every item once in a shuffled order, then reshuffles."""

    def __init__(self, items, rng):
        self.items, self.rng, self.queue = list(items), rng, []

    def next(self):
        if not self.queue:
            self.queue = self.items[:]
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gazetteer")
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, default=52)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--document-kb", type=float, default=8)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kinds = spellings(args.gazetteer)
    rot = {k: Rotation(v, rng) for k, v in kinds.items()}
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "spellings.txt"), "w", encoding="utf-8") as f:
        for k in sorted(kinds):
            for s in kinds[k]:
                f.write(s + "\n")
    target = int(args.megabytes * 1_000_000)
    doc_bytes = int(args.document_kb * 1000)
    start = datetime.date(2021, 5, 1)
    written, n = 0, 0
    while written < target:
        published = start + datetime.timedelta(days=rng.randrange(0, 120))

        def fill(template):
            values = {
                "T2": rot["T"].next(), "D": rot["D"].next(), "D2": rot["D"].next(), "D3": rot["D"].next(),
                "P": rot["P"].next(), "T": rot["T"].next(), "R": rot["R"].next(),
                "WD": rng.choice(WEEKDAYS), "MD": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
                "PERSON": rng.choice(PEOPLE), "OUTLET": rng.choice(OUTLETS),
                "DIR": rng.choice(DIRECTIONS), "KM": rng.randint(5, 90),
                "N": rng.randint(2, 40), "N2": rng.randint(2, 40),
            }
            return template.format(**values)

        parts = [fill(rng.choice(HEADLINES)), ""]
        size = 0
        while size < doc_bytes:
            paragraph = " ".join(
                fill(rng.choice(EVENT_TEMPLATES) if rng.random() < EVENT_SHARE else rng.choice(FILLER))
                for _ in range(rng.randint(2, 4)))
            parts.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 1
        text = "\n".join(parts) + "\n"
        name = f"{n:05d}"
        with open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(args.out, name + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump({"published": published.isoformat()}, f)
        written += len(text.encode("utf-8"))
        n += 1
    print(f"{n} reports, {written / 1e6:.1f} MB, seed {args.seed}")


if __name__ == "__main__":
    main()
