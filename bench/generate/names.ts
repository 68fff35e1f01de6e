// Word lists for plausible generated associations, people and agenda items (invented names).

export const FIRST_NAMES = [
  "Adèle", "Agathe", "Aline", "Amandine", "Annaïg", "Armelle", "Aurélien", "Bastien", "Benoît", "Bérénice",
  "Brieuc", "Camille", "Capucine", "Céline", "Clément", "Corentin", "Damien", "Delphine", "Denis", "Diane",
  "Élodie", "Émile", "Enora", "Étienne", "Fabienne", "Fanch", "Florian", "Gaëlle", "Gilles", "Goulven",
  "Hélène", "Hervé", "Inès", "Isabelle", "Jacques", "Jeanne", "Josselin", "Judith", "Karine", "Killian",
  "Laure", "Léon", "Léna", "Lucie", "Malo", "Manon", "Marc", "Margaux", "Martine", "Maxime",
  "Morgane", "Nadia", "Noémie", "Octave", "Odile", "Pascal", "Pauline", "Pierrick", "Quentin", "Rachid",
  "Rozenn", "Salomé", "Samuel", "Sophie", "Sylvain", "Thibault", "Tiphaine", "Ulysse", "Valérie", "Victor",
  "Yannick", "Youenn", "Zoé", "Alice", "Oliver", "Grace", "Henry", "Ruth", "Samir", "Ingrid",
] as const;

export const LAST_NAMES = [
  "Abgrall", "Allain", "Baron", "Bellec", "Berthelot", "Bodin", "Bonnec", "Boucher", "Briand", "Caradec",
  "Carré", "Chauvel", "Colin", "Corre", "Daniel", "Delaunay", "Derrien", "Dupuis", "Even", "Fauvel",
  "Férec", "Garnier", "Gloaguen", "Guégan", "Guillou", "Hamon", "Hervé", "Huet", "Jaouen", "Jézéquel",
  "Kerbrat", "Kervella", "Lagadec", "Lambert", "Le Bihan", "Le Borgne", "Le Gall", "Le Goff", "Le Roux", "Lemoine",
  "Lucas", "Madec", "Marchand", "Marec", "Masson", "Menguy", "Meunier", "Morvan", "Nédélec", "Olier",
  "Pasquier", "Pellen", "Perrot", "Picard", "Quéré", "Quiniou", "Raoul", "Renaud", "Riou", "Rolland",
  "Salaün", "Simon", "Tanguy", "Thomas", "Tréguer", "Vallée", "Vigouroux", "Yvinec", "Zaoui", "Marchetti",
] as const;

export const ASSOCIATION_KINDS = [
  "Les Amis", "Collectif", "Association", "Réseau", "Coopérative", "Atelier", "Maison", "Union", "Comité", "Cercle",
] as const;
export const ASSOCIATION_TOPICS = [
  "de l'hébergement libre", "du jardin partagé", "des usagers du vélo", "de la musique ancienne", "du patrimoine",
  "de l'éducation populaire", "des parents d'élèves", "du logiciel libre", "de la randonnée", "du cinéma de quartier",
  "de l'entraide numérique", "des producteurs locaux", "du théâtre amateur", "de la voile", "des archives locales",
] as const;
export const TOWNS = [
  "Brest", "Quimper", "Lorient", "Vannes", "Rennes", "Nantes", "Morlaix", "Lannion", "Douarnenez", "Concarneau",
  "Saint-Brieuc", "Redon", "Angers", "Tours", "Limoges", "Poitiers", "Rodez", "Albi", "Annecy", "Besançon",
  "Lille", "Amiens", "Nancy", "Metz", "Dijon", "Grenoble", "Valence", "Nîmes", "Sète", "Bayonne",
] as const;

/** Most associations are French; a few elsewhere, some working in English. */
export const TIMEZONES = [
  ["Europe/Paris", 85],
  ["Europe/Brussels", 5],
  ["America/Montreal", 4],
  ["Indian/Reunion", 3],
  ["Europe/London", 3],
] as const;

export const SECTION_TITLES = {
  opening: "Ouverture de la séance",
  followUp: "Suivi des actions",
  decisions: "Points soumis à décision",
  questions: "Questions reçues",
  groups: "Groupes de travail",
  information: "Informations",
  other: "Questions diverses",
} as const;

export const DECISION_TITLES = [
  "Achat de matériel pour le local",
  "Renouvellement du contrat d'assurance",
  "Adhésion à la fédération régionale",
  "Budget de la fête annuelle",
  "Remplacement du serveur de sauvegarde",
  "Tarif des cotisations de l'an prochain",
  "Convention avec la mairie pour la salle",
  "Demande de subvention au département",
  "Choix du prestataire pour l'impression",
  "Ouverture d'un second compte bancaire",
  "Participation au forum des associations",
  "Prise en charge des frais de déplacement",
  "Mise à jour du règlement intérieur",
  "Don de matériel à une école",
] as const;

export const DISCUSSION_TITLES = [
  "Organisation des permanences",
  "Bilan de la dernière journée portes ouvertes",
  "Communication auprès des adhérents",
  "Accueil des nouveaux bénévoles",
  "Calendrier des prochaines réunions",
  "Relations avec les associations voisines",
  "Entretien du local",
  "Préparation de l'assemblée générale",
  "Refonte du site web",
  "Sécurité des données des adhérents",
  "Partage des tâches au sein du bureau",
] as const;

export const INFORMATION_TITLES = [
  "Point de trésorerie",
  "Nombre d'adhérents à jour",
  "Courrier reçu de la préfecture",
  "Retour sur la réunion de la fédération",
  "Agenda des événements du trimestre",
  "Nouvelles du groupe communication",
  "Travaux prévus dans le bâtiment",
] as const;

export const QUESTION_TITLES = [
  "Pourquoi la cotisation augmente-t-elle ?",
  "Peut-on ouvrir le local le samedi ?",
  "Quand le compte rendu de l'AG sera-t-il publié ?",
  "Comment proposer un atelier ?",
  "Qui contacter en cas de panne ?",
  "Est-il possible de payer par virement ?",
  "Les comptes rendus peuvent-ils être envoyés par courrier ?",
] as const;

export const FOLLOW_UP_TITLES = [
  "Devis pour les travaux",
  "Relance des cotisations impayées",
  "Inventaire du matériel",
  "Mise à jour de la liste de diffusion",
  "Rendez-vous avec la banque",
  "Dossier de subvention",
  "Commande de fournitures",
] as const;

export const GROUP_NAMES = ["Communication", "Technique", "Événements", "Finances", "Accueil", "Formation"] as const;

export const DEPARTURE_NOTES = ["Parti·e à 20h15", "Départ à 19h30", "Appel coupé à 19h00", "Départ anticipé (train)", "Quitte la séance avant le vote"] as const;

export const DESCRIPTIONS = [
  "Trois devis ont été reçus ; le moins cher ne comprend pas la livraison.",
  "Point demandé par plusieurs adhérents lors de la dernière permanence.",
  "Le document préparatoire a été envoyé avec la convocation.",
  "À préparer avec le groupe concerné avant la séance.",
  "Reporté de la réunion précédente faute de temps.",
  "Le montant proposé reste dans l'enveloppe votée en assemblée générale.",
] as const;

export const PLACES = ["Salle du conseil, maison des associations", "Local de l'association", "Salle polyvalente", "Chez la présidente", "Médiathèque, salle 2"] as const;

export const slugify = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
