import type { ExtraField } from '../core/model.js';
/**
 * The demo catalogue: directorates, request types and knowledge-base answers of a typical
 * French city. Loaded in dev mode only (and into the test template database).
 */
export interface DemoDirectorate {
  id: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  openingHours: string;
  /** Structured hours for deadlines (minutes after midnight per ISO weekday); absent: the city's default. */
  businessHours?: Record<string, [number, number][]>;
}

const h = (hh: number, mm = 0) => hh * 60 + mm;
const weekdays = (intervals: [number, number][], saturday: [number, number][] = []) => ({
  '1': intervals, '2': intervals, '3': intervals, '4': intervals, '5': intervals, '6': saturday, '7': [],
});

export const DIRECTORATES: DemoDirectorate[] = [
  { id: 'relation-usagers', name: 'Direction de la Relation usagers', email: 'guichet@ville-demo.fr', phone: '01 23 45 60 00', address: "Hôtel de ville, 1 place de la Mairie", openingHours: 'lun-ven 8h30-17h30, sam 9h-12h', businessHours: weekdays([[h(8, 30), h(17, 30)]], [[h(9), h(12)]]) },
  { id: 'voirie', name: 'Direction de la Voirie et des Déplacements', email: 'voirie@ville-demo.fr', phone: '01 23 45 61 00', address: '12 rue des Ponts', openingHours: 'lun-ven 8h30-17h' },
  { id: 'proprete', name: 'Direction de la Propreté urbaine', email: 'proprete@ville-demo.fr', phone: '01 23 45 62 00', address: '4 quai du Port', openingHours: 'lun-sam 7h-18h', businessHours: weekdays([[h(7), h(18)]], [[h(7), h(18)]]) },
  { id: 'etat-civil', name: "Direction de l'État civil et des Élections", email: 'etat-civil@ville-demo.fr', phone: '01 23 45 63 00', address: 'Hôtel de ville, 1 place de la Mairie', openingHours: 'lun-ven 8h30-17h, sam 9h-12h', businessHours: weekdays([[h(8, 30), h(17)]], [[h(9), h(12)]]) },
  { id: 'education', name: "Direction de l'Éducation et de l'Enfance", email: 'education@ville-demo.fr', phone: '01 23 45 64 00', address: '20 avenue Jules Ferry', openingHours: 'lun-ven 8h30-17h' },
  { id: 'espaces-verts', name: 'Direction des Espaces verts et de la Nature en ville', email: 'espaces-verts@ville-demo.fr', phone: '01 23 45 65 00', address: 'Parc municipal, allée des Tilleuls', openingHours: 'lun-ven 8h-16h30' },
  { id: 'urbanisme', name: "Direction de l'Urbanisme et de l'Habitat", email: 'urbanisme@ville-demo.fr', phone: '01 23 45 66 00', address: '3 rue du Cadastre', openingHours: 'lun, mar, jeu 9h-12h et 13h30-17h' },
  { id: 'action-sociale', name: "Centre communal d'action sociale (CCAS)", email: 'ccas@ville-demo.fr', phone: '01 23 45 67 00', address: '8 rue de la Solidarité', openingHours: 'lun-ven 9h-12h et 13h30-17h' },
  { id: 'culture-sports', name: 'Direction de la Culture, des Sports et de la Vie associative', email: 'culture-sports@ville-demo.fr', phone: '01 23 45 68 00', address: '15 boulevard des Arts', openingHours: 'lun-ven 9h-17h' },
  { id: 'tranquillite', name: 'Direction de la Tranquillité publique', email: 'tranquillite@ville-demo.fr', phone: '01 23 45 69 00', address: '2 rue de la Garde', openingHours: '7j/7 7h-23h', businessHours: { ...weekdays([[h(7), h(23)]], [[h(7), h(23)]]), '7': [[h(7), h(23)]] } },
];

export interface DemoRequestType {
  code: string;
  label: string;
  category: string;
  directorate: string;
  complexity: 'simple' | 'complex';
  deadlineDays: number;
  extraFields?: ExtraField[];
  /** Listed and filed through Open311: a report about public space, never about a person. */
  publicReport?: boolean;
  /** Goes to the directorate as soon as it is recorded. */
  autoEscalate?: boolean;
  /** Filed online only after a FranceConnect+ login of at least this level. */
  minAcr?: 'eidas2' | 'eidas3';
  /** A decision is expected, and the administration's silence is worth this after two months (CRPA). */
  implicitDecision?: 'acceptance' | 'rejection';
}

export const REQUEST_TYPES: DemoRequestType[] = [
  // Voirie et déplacements
  { code: 'VOI-NID-POULE', label: 'Nid-de-poule ou chaussée dégradée', category: 'Voirie', directorate: 'voirie', complexity: 'complex', deadlineDays: 10, publicReport: true },
  { code: 'VOI-TROTTOIR', label: 'Trottoir endommagé ou dangereux', category: 'Voirie', directorate: 'voirie', complexity: 'complex', deadlineDays: 15, publicReport: true },
  { code: 'VOI-ECLAIRAGE', label: "Panne d'éclairage public", category: 'Voirie', directorate: 'voirie', complexity: 'complex', deadlineDays: 5, publicReport: true },
  { code: 'VOI-SIGNALISATION', label: 'Signalisation manquante ou abîmée', category: 'Voirie', directorate: 'voirie', complexity: 'complex', deadlineDays: 10, publicReport: true },
  { code: 'VOI-STATIONNEMENT-RESIDENT', label: 'Carte de stationnement résident', category: 'Stationnement', directorate: 'voirie', complexity: 'simple', deadlineDays: 10, implicitDecision: 'acceptance' },
  { code: 'VOI-OCCUPATION', label: "Autorisation d'occupation du domaine public (déménagement, benne)", category: 'Voirie', directorate: 'voirie', complexity: 'complex', deadlineDays: 15, extraFields: [{ name: 'dateSouhaitee', label: 'Date souhaitée', required: true }], implicitDecision: 'rejection' },
  // Propreté
  {
    code: 'PRO-DEPOT-SAUVAGE',
    label: 'Dépôt sauvage de déchets',
    category: 'Propreté',
    directorate: 'proprete',
    complexity: 'complex',
    deadlineDays: 3,
    publicReport: true,
    extraFields: [
      {
        name: 'nature',
        label: 'Nature des déchets',
        required: false,
        datatype: 'multivaluelist',
        values: [
          { key: 'menagers', name: 'Ordures ménagères' },
          { key: 'encombrants', name: 'Encombrants' },
          { key: 'gravats', name: 'Gravats' },
          { key: 'dangereux', name: 'Produits dangereux' },
        ],
      },
      { name: 'volume', label: 'Volume estimé (m³)', required: false, datatype: 'number' },
    ],
  },
  { code: 'PRO-ENCOMBRANTS', label: "Enlèvement d'encombrants", category: 'Propreté', directorate: 'proprete', complexity: 'simple', deadlineDays: 10 },
  { code: 'PRO-TAG', label: 'Tag ou graffiti à effacer', category: 'Propreté', directorate: 'proprete', complexity: 'complex', deadlineDays: 10, publicReport: true },
  { code: 'PRO-BAC', label: 'Bac à ordures cassé ou à remplacer', category: 'Propreté', directorate: 'proprete', complexity: 'simple', deadlineDays: 10 },
  { code: 'PRO-COLLECTE', label: 'Horaires et jours de collecte des déchets', category: 'Propreté', directorate: 'proprete', complexity: 'simple', deadlineDays: 5 },
  // État civil et élections
  { code: 'EC-ACTE-NAISSANCE', label: "Copie ou extrait d'acte de naissance", category: 'État civil', directorate: 'etat-civil', complexity: 'simple', deadlineDays: 5 },
  { code: 'EC-ACTE-MARIAGE', label: "Copie ou extrait d'acte de mariage", category: 'État civil', directorate: 'etat-civil', complexity: 'simple', deadlineDays: 5 },
  { code: 'EC-ACTE-DECES', label: "Copie d'acte de décès", category: 'État civil', directorate: 'etat-civil', complexity: 'simple', deadlineDays: 5 },
  { code: 'EC-CNI-PASSEPORT', label: "Rendez-vous carte d'identité ou passeport", category: 'État civil', directorate: 'etat-civil', complexity: 'simple', deadlineDays: 5 },
  { code: 'EC-MARIAGE', label: 'Dossier de mariage', category: 'État civil', directorate: 'etat-civil', complexity: 'complex', deadlineDays: 30 },
  { code: 'EC-PACS', label: "Enregistrement d'un PACS", category: 'État civil', directorate: 'etat-civil', complexity: 'complex', deadlineDays: 20 },
  { code: 'EC-LISTES-ELECTORALES', label: 'Inscription sur les listes électorales', category: 'Élections', directorate: 'etat-civil', complexity: 'simple', deadlineDays: 5 },
  { code: 'EC-RECENSEMENT', label: 'Recensement citoyen (16 ans)', category: 'État civil', directorate: 'etat-civil', complexity: 'simple', deadlineDays: 5 },
  // Éducation
  { code: 'EDU-INSCRIPTION', label: 'Inscription scolaire', category: 'Éducation', directorate: 'education', complexity: 'complex', deadlineDays: 20, extraFields: [{ name: 'enfant', label: "Prénom et nom de l'enfant", required: true }] },
  { code: 'EDU-CANTINE', label: 'Restauration scolaire et tarifs', category: 'Éducation', directorate: 'education', complexity: 'simple', deadlineDays: 10 },
  { code: 'EDU-PERISCOLAIRE', label: 'Accueil périscolaire et centres de loisirs', category: 'Éducation', directorate: 'education', complexity: 'simple', deadlineDays: 10 },
  { code: 'EDU-DEROGATION', label: 'Demande de dérogation de secteur scolaire', category: 'Éducation', directorate: 'education', complexity: 'complex', deadlineDays: 30 },
  // Espaces verts
  { code: 'EV-ARBRE', label: 'Arbre dangereux ou branche tombée', category: 'Espaces verts', directorate: 'espaces-verts', complexity: 'complex', deadlineDays: 5, autoEscalate: true, publicReport: true },
  { code: 'EV-PARC', label: "Équipement de parc ou d'aire de jeux abîmé", category: 'Espaces verts', directorate: 'espaces-verts', complexity: 'complex', deadlineDays: 10, publicReport: true },
  { code: 'EV-JARDIN-PARTAGE', label: 'Parcelle de jardin partagé', category: 'Espaces verts', directorate: 'espaces-verts', complexity: 'simple', deadlineDays: 20 },
  // Urbanisme
  { code: 'URB-PERMIS', label: 'Information sur un permis de construire', category: 'Urbanisme', directorate: 'urbanisme', complexity: 'complex', deadlineDays: 30 },
  { code: 'URB-DECLARATION-TRAVAUX', label: 'Déclaration préalable de travaux', category: 'Urbanisme', directorate: 'urbanisme', complexity: 'complex', deadlineDays: 30 },
  { code: 'URB-LOGEMENT-INSALUBRE', label: 'Signalement de logement insalubre', category: 'Habitat', directorate: 'urbanisme', complexity: 'complex', deadlineDays: 15, autoEscalate: true },
  // Action sociale
  { code: 'SOC-AIDE', label: "Demande d'aide sociale facultative", category: 'Solidarité', directorate: 'action-sociale', complexity: 'complex', deadlineDays: 20, minAcr: 'eidas2' },
  { code: 'SOC-DOMICILIATION', label: 'Domiciliation administrative', category: 'Solidarité', directorate: 'action-sociale', complexity: 'simple', deadlineDays: 10 },
  { code: 'SOC-SENIORS', label: 'Services aux seniors (portage de repas, téléassistance)', category: 'Solidarité', directorate: 'action-sociale', complexity: 'simple', deadlineDays: 10 },
  // Culture, sports, vie associative
  { code: 'CUL-SALLE', label: "Réservation d'une salle municipale", category: 'Vie associative', directorate: 'culture-sports', complexity: 'complex', deadlineDays: 15 },
  { code: 'CUL-BIBLIOTHEQUE', label: 'Inscription aux bibliothèques', category: 'Culture', directorate: 'culture-sports', complexity: 'simple', deadlineDays: 5 },
  { code: 'SPO-EQUIPEMENT', label: "Créneau dans un équipement sportif", category: 'Sports', directorate: 'culture-sports', complexity: 'complex', deadlineDays: 15 },
  // Tranquillité publique
  { code: 'TRA-BRUIT', label: 'Nuisances sonores', category: 'Tranquillité', directorate: 'tranquillite', complexity: 'complex', deadlineDays: 10 },
  { code: 'TRA-VEHICULE-ABANDONNE', label: 'Véhicule abandonné ou épave', category: 'Tranquillité', directorate: 'tranquillite', complexity: 'complex', deadlineDays: 15, autoEscalate: true },
  { code: 'TRA-OBJET-TROUVE', label: 'Objet perdu ou trouvé', category: 'Tranquillité', directorate: 'tranquillite', complexity: 'simple', deadlineDays: 5 },
  // Relation usagers
  { code: 'REL-RECLAMATION', label: 'Réclamation sur un service municipal', category: 'Relation usagers', directorate: 'relation-usagers', complexity: 'complex', deadlineDays: 15 },
  { code: 'REL-INFORMATION', label: "Demande d'information générale", category: 'Relation usagers', directorate: 'relation-usagers', complexity: 'simple', deadlineDays: 5 },
];

export interface DemoArticle {
  slug: string;
  title: string;
  body: string;
  requestTypeCode: string | null;
}

export const KNOWLEDGE_ARTICLES: DemoArticle[] = [
  { slug: 'acte-naissance', requestTypeCode: 'EC-ACTE-NAISSANCE', title: "Obtenir une copie d'acte de naissance", body: "La copie intégrale ou l'extrait d'acte de naissance se demande à la mairie du lieu de naissance, au guichet, par courrier ou en ligne. La délivrance est gratuite. Présentez une pièce d'identité ; pour un acte d'un tiers, justifiez de votre lien de parenté. Les Français nés à l'étranger s'adressent au service central d'état civil de Nantes." },
  { slug: 'acte-mariage', requestTypeCode: 'EC-ACTE-MARIAGE', title: "Obtenir une copie d'acte de mariage", body: "L'acte de mariage se demande à la mairie du lieu du mariage. La copie intégrale est réservée aux époux, à leurs ascendants et descendants ; l'extrait sans filiation est délivré à toute personne. Gratuit, délivré sous cinq jours ouvrés par courrier." },
  { slug: 'acte-deces', requestTypeCode: 'EC-ACTE-DECES', title: "Obtenir une copie d'acte de décès", body: "Toute personne peut obtenir une copie d'acte de décès auprès de la mairie du lieu de décès ou du dernier domicile du défunt. La demande est gratuite ; indiquez les nom, prénoms et date du décès." },
  { slug: 'cni-passeport', requestTypeCode: 'EC-CNI-PASSEPORT', title: "Carte nationale d'identité et passeport : prendre rendez-vous", body: "Les demandes de carte d'identité et de passeport se font sur rendez-vous à l'hôtel de ville. Faites d'abord une pré-demande en ligne, puis apportez un justificatif de domicile de moins d'un an, une photo d'identité récente et l'ancien titre. Le timbre fiscal du passeport s'achète en ligne. Délai moyen de fabrication : trois semaines." },
  { slug: 'listes-electorales', requestTypeCode: 'EC-LISTES-ELECTORALES', title: "S'inscrire sur les listes électorales", body: "L'inscription est possible toute l'année, et jusqu'au sixième vendredi précédant un scrutin. Elle se fait en ligne, au guichet ou par courrier avec une pièce d'identité et un justificatif de domicile. Les jeunes recensés à 16 ans sont inscrits d'office à 18 ans." },
  { slug: 'recensement-citoyen', requestTypeCode: 'EC-RECENSEMENT', title: 'Se faire recenser à 16 ans', body: "Tout jeune Français doit se faire recenser entre son seizième anniversaire et la fin du troisième mois suivant, à la mairie de son domicile ou en ligne. L'attestation de recensement est demandée pour les examens et le permis de conduire." },
  { slug: 'encombrants', requestTypeCode: 'PRO-ENCOMBRANTS', title: 'Faire enlever des encombrants', body: "La collecte des encombrants est gratuite, sur rendez-vous, deux fois par an et par foyer, dans la limite de trois mètres cubes. Les objets sont déposés sur le trottoir la veille au soir du passage. Les gravats, pneus et déchets dangereux vont à la déchetterie." },
  { slug: 'bac-ordures', requestTypeCode: 'PRO-BAC', title: 'Remplacer un bac à ordures cassé', body: "Un bac cassé ou volé est remplacé gratuitement. Indiquez l'adresse, le type de bac (ordures ménagères ou tri sélectif) et le numéro gravé sur la cuve. La livraison a lieu sous dix jours ouvrés." },
  { slug: 'collecte-dechets', requestTypeCode: 'PRO-COLLECTE', title: 'Jours et horaires de collecte des déchets', body: "Les ordures ménagères sont collectées deux fois par semaine, le tri sélectif une fois par semaine. Sortez les bacs la veille au soir et rentrez-les après le passage. Les jours fériés, la collecte est maintenue sauf le 1er mai, le 25 décembre et le 1er janvier." },
  { slug: 'stationnement-resident', requestTypeCode: 'VOI-STATIONNEMENT-RESIDENT', title: 'Obtenir la carte de stationnement résident', body: "La carte de stationnement résident permet de stationner à tarif réduit dans sa zone. Fournissez la carte grise au nom et à l'adresse du demandeur et un justificatif de domicile de moins de trois mois. Elle est valable un an et se renouvelle en ligne." },
  { slug: 'cantine', requestTypeCode: 'EDU-CANTINE', title: 'Restauration scolaire : inscription et tarifs', body: "L'inscription à la cantine se fait avec l'inscription scolaire. Le tarif dépend du quotient familial ; fournissez l'attestation de la CAF. Les repas sont facturés au mois et les absences pour maladie sont déduites sur certificat médical. Menus sans viande disponibles chaque jour." },
  { slug: 'periscolaire', requestTypeCode: 'EDU-PERISCOLAIRE', title: 'Accueil périscolaire et centres de loisirs', body: "L'accueil du matin commence à 7h30 et celui du soir se termine à 18h30. Les centres de loisirs ouvrent le mercredi et pendant les vacances scolaires ; les inscriptions se font un mois avant chaque période sur le portail famille." },
  { slug: 'jardin-partage', requestTypeCode: 'EV-JARDIN-PARTAGE', title: 'Demander une parcelle de jardin partagé', body: "Les parcelles des jardins partagés sont attribuées pour deux ans aux habitants de la ville, par ordre d'arrivée des demandes. Une charte d'usage est à signer ; les produits phytosanitaires sont interdits." },
  { slug: 'domiciliation', requestTypeCode: 'SOC-DOMICILIATION', title: 'Domiciliation administrative au CCAS', body: "Les personnes sans domicile stable peuvent élire domicile au CCAS pour recevoir leur courrier et faire valoir leurs droits. Un entretien est proposé sous dix jours ; l'attestation est valable un an." },
  { slug: 'seniors', requestTypeCode: 'SOC-SENIORS', title: 'Portage de repas et téléassistance pour les seniors', body: "Les personnes de plus de 65 ans ou en situation de handicap peuvent bénéficier du portage de repas à domicile, du lundi au samedi, et de la téléassistance. Le tarif dépend des ressources. Le CCAS organise aussi le registre canicule : inscrivez-vous pour être appelé en cas d'alerte." },
  { slug: 'bibliotheque', requestTypeCode: 'CUL-BIBLIOTHEQUE', title: "S'inscrire aux bibliothèques municipales", body: "L'inscription est gratuite pour les habitants de la ville, sur présentation d'une pièce d'identité et d'un justificatif de domicile. La carte permet d'emprunter vingt documents pour quatre semaines dans toutes les bibliothèques du réseau." },
  { slug: 'objets-trouves', requestTypeCode: 'TRA-OBJET-TROUVE', title: 'Objets perdus et trouvés', body: "Les objets trouvés sur la voie publique sont conservés un an au service des objets trouvés. Pour récupérer un objet, présentez une pièce d'identité et décrivez l'objet. Les papiers d'identité sont transmis à la préfecture." },
  { slug: 'information-generale', requestTypeCode: 'REL-INFORMATION', title: "Horaires et contacts de l'hôtel de ville", body: "L'hôtel de ville est ouvert du lundi au vendredi de 8h30 à 17h30 et le samedi de 9h à 12h. Le guichet unique répond par téléphone au 01 23 45 60 00 et par courriel. Les mairies de quartier ont leurs propres horaires." },
  { slug: 'inscription-scolaire', requestTypeCode: 'EDU-INSCRIPTION', title: "Inscrire son enfant à l'école", body: "L'inscription en maternelle ou à l'entrée au CP se fait à la mairie de janvier à mars pour la rentrée suivante. Fournissez le livret de famille, un justificatif de domicile et le carnet de vaccination. L'école d'affectation dépend du secteur scolaire de l'adresse." },
  { slug: 'reservation-salle', requestTypeCode: 'CUL-SALLE', title: 'Réserver une salle municipale', body: "Les associations de la ville et les habitants peuvent réserver une salle municipale pour une réunion ou une fête familiale. La demande se fait au moins un mois à l'avance ; une attestation d'assurance et un chèque de caution sont demandés." },
  { slug: 'bruit-voisinage', requestTypeCode: 'TRA-BRUIT', title: 'Bruit de voisinage : que faire ?', body: "Commencez par un échange amiable avec le voisin, puis un courrier. En cas de nuisances persistantes, un conciliateur de justice peut intervenir gratuitement. La nuit, appelez la police municipale ; le tapage nocturne est sanctionné d'une amende." },
  { slug: 'occupation-domaine-public', requestTypeCode: 'VOI-OCCUPATION', title: 'Déménagement : réserver une place ou poser une benne', body: "Pour un déménagement ou une benne sur la voie publique, demandez une autorisation d'occupation du domaine public au moins quinze jours avant. Précisez l'adresse, la date, la durée et la surface occupée ; des panneaux sont fournis." },
  { slug: 'pacs', requestTypeCode: 'EC-PACS', title: 'Conclure un PACS en mairie', body: "Le PACS est enregistré à la mairie de la résidence commune, sur rendez-vous. Préparez la convention, les actes de naissance de moins de trois mois et les pièces d'identité. Les deux partenaires doivent être présents." },
  { slug: 'vehicule-abandonne', requestTypeCode: 'TRA-VEHICULE-ABANDONNE', title: 'Signaler un véhicule abandonné', body: "Un véhicule stationné au même endroit plus de sept jours est en stationnement abusif. Indiquez l'adresse exacte, la marque, la couleur et l'immatriculation. La police municipale constate et fait procéder à l'enlèvement." },
];
