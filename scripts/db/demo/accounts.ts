// The demo people: invented names, modelled on the two reference documents' boards.
// Every demo account uses the same password, printed by `npm start` and given in the README.

export const DEMO_PASSWORD = "quorum-demo-2026";

type Kind = "VOTING" | "ADVISORY" | "MEMBER";
type Office = "PRESIDENT" | "SECRETARY" | "TREASURER";
export type DemoPerson = { key: string; name: string; email: string; locale: "fr" | "en" };
export type DemoTerm = { person: string; kind: Kind; offices: Office[]; startsOn: string; endsOn?: string };

export const OPERATOR: DemoPerson = { key: "operator", name: "Camille Opérateur", email: "operator@quorum.example", locale: "fr" };

// A small hosting association in Brittany; its board meets monthly (the 2008 minutes).
export const PONANT = {
  slug: "ponant",
  name: "Les Hébergeurs du Ponant",
  address: "12 rue des Douves, 29200 Brest",
  timezone: "Europe/Paris",
  locale: "fr" as const,
  people: [
    { key: "maelle", name: "Maëlle Kerjean", email: "maelle@ponant.example", locale: "fr" },
    { key: "yann", name: "Yann Le Bihan", email: "yann@ponant.example", locale: "fr" },
    { key: "gwen", name: "Gwenaëlle Tanguy", email: "gwen@ponant.example", locale: "fr" },
    { key: "loic", name: "Loïc Morvan", email: "loic@ponant.example", locale: "fr" },
    { key: "soizic", name: "Soizic Le Gall", email: "soizic@ponant.example", locale: "fr" },
    { key: "erwan", name: "Erwan Quéré", email: "erwan@ponant.example", locale: "fr" },
    { key: "nolwenn", name: "Nolwenn Abgrall", email: "nolwenn@ponant.example", locale: "fr" },
    { key: "tanguy", name: "Tanguy Riou", email: "tanguy@ponant.example", locale: "fr" },
    { key: "katell", name: "Katell Prigent", email: "katell@ponant.example", locale: "fr" },
    { key: "mathis", name: "Mathis Cadiou", email: "mathis@ponant.example", locale: "fr" },
    { key: "anais", name: "Anaïs Guéguen", email: "anais@ponant.example", locale: "fr" },
    { key: "paul", name: "Paul Ropars", email: "paul@ponant.example", locale: "fr" },
  ] satisfies DemoPerson[],
  terms: [
    { person: "maelle", kind: "VOTING", offices: ["PRESIDENT"], startsOn: "2008-02-09" },
    { person: "yann", kind: "VOTING", offices: ["SECRETARY"], startsOn: "2008-02-09" },
    { person: "gwen", kind: "VOTING", offices: ["TREASURER"], startsOn: "2008-02-09" },
    { person: "loic", kind: "VOTING", offices: [], startsOn: "2008-02-09" },
    { person: "soizic", kind: "VOTING", offices: [], startsOn: "2008-02-09" },
    { person: "erwan", kind: "VOTING", offices: [], startsOn: "2008-02-09" },
    { person: "nolwenn", kind: "VOTING", offices: [], startsOn: "2008-02-09" },
    { person: "tanguy", kind: "VOTING", offices: [], startsOn: "2008-02-09" },
    { person: "katell", kind: "VOTING", offices: [], startsOn: "2008-02-09" },
    { person: "mathis", kind: "VOTING", offices: [], startsOn: "2008-02-09" },
    // Asked for her opinion to be recorded: it is, as an advisory voice.
    { person: "anais", kind: "ADVISORY", offices: [], startsOn: "2008-02-09" },
    { person: "paul", kind: "MEMBER", offices: [], startsOn: "2008-02-09" },
  ] satisfies DemoTerm[],
};

// A collective of hosts with a collegial board, meeting once a year in general assembly (the 2023 report).
export const CAPUCINE = {
  slug: "capucine",
  name: "Collectif Nuage Capucine",
  address: "Maison des associations, 3 place du Marché, 35000 Rennes",
  timezone: "Europe/Paris",
  locale: "fr" as const,
  people: [
    { key: "alix", name: "Alix Fontaine", email: "alix@capucine.example", locale: "fr" },
    { key: "bastien", name: "Bastien Roux", email: "bastien@capucine.example", locale: "fr" },
    { key: "chloe", name: "Chloé Marchand", email: "chloe@capucine.example", locale: "en" },
    { key: "djamel", name: "Djamel Haddad", email: "djamel@capucine.example", locale: "fr" },
    { key: "elsa", name: "Elsa Moreau", email: "elsa@capucine.example", locale: "fr" },
    { key: "felix", name: "Félix Aubert", email: "felix@capucine.example", locale: "fr" },
  ] satisfies DemoPerson[],
  terms: [
    { person: "alix", kind: "VOTING", offices: ["PRESIDENT"], startsOn: "2023-06-17" },
    { person: "bastien", kind: "VOTING", offices: ["TREASURER"], startsOn: "2023-06-17" },
    { person: "chloe", kind: "VOTING", offices: ["SECRETARY"], startsOn: "2023-06-17" },
    { person: "djamel", kind: "VOTING", offices: [], startsOn: "2023-06-17" },
    { person: "elsa", kind: "VOTING", offices: [], startsOn: "2023-06-17" },
    { person: "felix", kind: "MEMBER", offices: [], startsOn: "2023-06-17" },
    // The Ponant secretary also belongs to the collective: one person, two associations.
    { person: "yann", kind: "MEMBER", offices: [], startsOn: "2023-06-17" },
  ] satisfies DemoTerm[],
};
