/** The demo content hub: what a comms team at an Italian pasta maker publishes over a quarter. */
export type SeedPost = {
  slug: string;
  /** The Italian version: title, body and preview description. */
  title: string;
  body: string;
  description: string;
  /** The English version of the same. */
  english: { title: string; body: string; description: string };
  topics: string[];
  language?: 'all' | 'it' | 'en';
  targets?: { kind: 'department' | 'site'; value: string }[];
  /** Days ago it was published; negative = scheduled in the future. */
  daysAgo: number;
  status?: 'draft' | 'in_review' | 'scheduled' | 'expired';
  it: string[];
  en: string[];
  /** A caption written for one network only. */
  linkedin?: string;
};

export const seedPosts: SeedPost[] = [
  {
    slug: 'grani-antichi',
    english: {
      title: 'Introducing the Ancient Grains range',
      body: 'Three years of research with the farmers of our supply chain gave us this new range.',
      description: 'Senatore Cappelli and Timilia, bronze-drawn and slowly dried in Parma.',
    },
    title: 'Arriva la linea Grani Antichi',
    description: 'Senatore Cappelli e Timilia, trafilati al bronzo ed essiccati lentamente a Parma.',
    body: 'La nuova linea nasce da tre anni di ricerca con gli agricoltori della filiera.',
    topics: ['prodotti', 'filiera'],
    daysAgo: 86,
    it: [
      'La nuova linea Grani Antichi è arrivata: Senatore Cappelli e Timilia, trafilati al bronzo a Parma.',
      'Tre anni di lavoro con i nostri agricoltori diventano una pasta che sa di grano vero.',
    ],
    en: [
      'Our new Ancient Grains range is here: Senatore Cappelli and Timilia, bronze-drawn in Parma.',
      'Three years of work with our farmers, now on the shelf.',
    ],
    linkedin:
      'Orgoglioso di far parte del team che ha portato sugli scaffali la linea Grani Antichi: filiera italiana, trafilatura al bronzo, essiccazione lenta.',
  },
  {
    slug: 'bilancio-sostenibilita',
    english: {
      title: 'Sustainability report 2026',
      body: 'What we committed to, in numbers: energy, water, packaging, people.',
      description: '18% fewer emissions per tonne produced, 100% renewable energy in Parma.',
    },
    title: 'Bilancio di sostenibilità 2026',
    description: '-18% di emissioni per tonnellata prodotta, 100% energia rinnovabile a Parma.',
    body: 'I numeri del nostro impegno: energia, acqua, imballaggi, persone.',
    topics: ['sostenibilità'],
    daysAgo: 80,
    it: [
      'Pubblicato il nostro bilancio di sostenibilità: -18% di emissioni per tonnellata e stabilimento di Parma a energia rinnovabile.',
      'Meno plastica, più filiera corta: i numeri del nostro anno.',
    ],
    en: [
      'Our 2026 sustainability report is out: 18% fewer emissions per tonne and a plant on renewable power.',
      'Less plastic, shorter supply chain: our year in numbers.',
    ],
  },
  {
    slug: 'open-day-parma',
    english: {
      title: 'Open day at the Parma plant',
      body: 'Bring your families to see where our pasta is made.',
      description: 'On Saturday the 14th we open our doors to families and schools: guided tours of the lines.',
    },
    title: 'Open day allo stabilimento di Parma',
    description: 'Sabato 14 porte aperte per famiglie e scuole: visite guidate alle linee.',
    body: 'Portate le vostre famiglie a vedere dove nasce la nostra pasta.',
    topics: ['eventi', 'territorio'],
    daysAgo: 74,
    targets: [{ kind: 'site', value: 'Parma' }],
    language: 'it',
    it: [
      'Sabato apriamo le porte del nostro stabilimento di Parma: vi aspettiamo con le vostre famiglie!',
      'Avete mai visto come nasce un pacco di pasta? Sabato potete scoprirlo con noi.',
    ],
    en: [],
  },
  {
    slug: 'cibus-2026',
    english: {
      title: 'See you at Cibus 2026',
      body: 'Four days in Parma with buyers from all over the world.',
      description: 'Hall 5, booth B22: tastings, cooking shows and the new range.',
    },
    title: 'Ci vediamo a Cibus 2026',
    description: 'Padiglione 5, stand B22: assaggi, showcooking e la nuova linea.',
    body: 'Quattro giorni a Parma con buyer da tutto il mondo.',
    topics: ['eventi', 'fiere'],
    daysAgo: 68,
    it: [
      'Siamo a Cibus: padiglione 5, stand B22. Passate a trovarci per un assaggio della linea Grani Antichi!',
      'Quattro giorni di fiera, tanti incontri e la nostra pasta protagonista. Ci vediamo a Cibus.',
    ],
    en: [
      'Meet us at Cibus 2026 in Parma: hall 5, booth B22.',
      'Four days, buyers from all over the world, and our pasta at the centre.',
    ],
  },
  {
    slug: 'lavora-con-noi-manutentori',
    english: {
      title: 'We are hiring electromechanical maintenance technicians',
      body: 'Know someone who loves machines? Tell us.',
      description: 'Three open positions in Parma, five-day shifts, in-house training.',
    },
    title: 'Cerchiamo manutentori elettromeccanici',
    description: 'Tre posizioni aperte a Parma, turni su 5 giorni, formazione interna.',
    body: 'Conosci qualcuno che ama le macchine? Segnalacelo.',
    topics: ['lavoro'],
    daysAgo: 61,
    it: [
      'Nel mio stabilimento cerchiamo manutentori elettromeccanici: se conosci la persona giusta, fatti avanti!',
      'Lavorare da noi significa crescere con la formazione interna. Tre posizioni aperte a Parma.',
    ],
    en: ['We are hiring electromechanical maintenance technicians in Parma.', 'Know someone who loves machines? We are hiring.'],
  },
  {
    slug: 'premio-packaging',
    english: {
      title: 'Sustainable Packaging Award',
      body: 'Our new paper pack won the national award.',
      description: 'Our recyclable paper pack, awarded by the Italian Packaging Institute.',
    },
    title: 'Premio Packaging Sostenibile',
    description: 'La confezione in carta riciclabile premiata dall’Istituto Italiano Imballaggio.',
    body: 'Il nuovo pacco in carta ha vinto il premio nazionale.',
    topics: ['sostenibilità', 'premi'],
    daysAgo: 55,
    it: [
      'Il nostro pacco in carta riciclabile ha vinto il Premio Packaging Sostenibile!',
      'Una confezione senza plastica, premiata a livello nazionale: complimenti a tutto il team.',
    ],
    en: [
      'Our recyclable paper pack won the national Sustainable Packaging Award!',
      'Plastic-free packaging, recognised nationally.',
    ],
  },
  {
    slug: 'ricetta-carbonara',
    english: {
      title: "The recipe: the chef's rigatoni carbonara",
      body: 'The recipe video, shot in our test kitchen.',
      description: "Guanciale, pecorino and egg yolks: our chef Andrea's version.",
    },
    title: 'La ricetta: rigatoni alla carbonara dello chef',
    description: 'Guanciale, pecorino e tuorli: la versione del nostro chef Andrea.',
    body: 'Il video della ricetta girato nella nostra cucina sperimentale.',
    topics: ['ricette'],
    daysAgo: 49,
    it: [
      'Domenica si fa la carbonara: ecco la ricetta del nostro chef con i rigatoni Aurora.',
      'Guanciale croccante, pecorino e tuorli: la carbonara come la fa il nostro chef.',
    ],
    en: [
      'Sunday means carbonara: our chef’s recipe with Aurora rigatoni.',
      'Crispy guanciale, pecorino, egg yolks: carbonara, our chef’s way.',
    ],
  },
  {
    slug: 'tuttofood',
    english: {
      title: 'Aurora at TuttoFood Milan',
      body: 'We present our food-service range.',
      description: 'Our booth with the export range and what is new for restaurants.',
    },
    title: 'Aurora a TuttoFood Milano',
    description: 'Il nostro stand con la linea export e le novità per la ristorazione.',
    body: 'Presentiamo la gamma food service.',
    topics: ['eventi', 'fiere'],
    daysAgo: 42,
    targets: [
      { kind: 'department', value: 'Commerciale' },
      { kind: 'department', value: 'Marketing e Comunicazione' },
    ],
    it: [
      'A TuttoFood presentiamo la nuova gamma per la ristorazione: vi aspetto allo stand!',
      'Milano, TuttoFood: novità food service e tanti incontri con i clienti.',
    ],
    en: [
      'At TuttoFood Milan we launch our food-service range: come and see us.',
      'TuttoFood Milan: our new range for restaurants.',
    ],
  },
  {
    slug: 'giornata-sicurezza',
    english: {
      title: 'Safety day: 1,000 days without injuries',
      body: 'A result built every day by the people in our warehouse.',
      description: 'Our Piacenza site celebrates a milestone that belongs to everyone.',
    },
    title: 'Giornata della sicurezza: 1.000 giorni senza infortuni',
    description: 'Lo stabilimento di Piacenza festeggia un traguardo di tutti.',
    body: 'Un risultato costruito ogni giorno da chi lavora in magazzino.',
    topics: ['persone', 'sicurezza'],
    daysAgo: 37,
    targets: [
      { kind: 'site', value: 'Piacenza' },
      { kind: 'department', value: 'Logistica' },
    ],
    it: [
      '1.000 giorni senza infortuni nel nostro polo logistico di Piacenza: un traguardo di squadra.',
      'La sicurezza si costruisce ogni giorno: oggi festeggiamo 1.000 giorni senza infortuni.',
    ],
    en: ['1,000 days without injuries at our Piacenza logistics hub.', 'Safety is built every day: 1,000 injury-free days.'],
  },
  {
    slug: 'filiera-grano',
    english: {
      title: 'Our wheat: 100% Italian, fully traced',
      body: 'Multi-year supply contracts and fair prices.',
      description: 'From field to pack: a supply chain of 320 farms.',
    },
    title: 'Il nostro grano: 100% italiano, tracciato',
    description: 'Dal campo al pacco: la filiera con 320 aziende agricole.',
    body: 'Contratti di filiera pluriennali e prezzi equi.',
    topics: ['filiera', 'sostenibilità'],
    daysAgo: 31,
    it: [
      'Il grano della nostra pasta viene da 320 aziende agricole italiane, tutte tracciate.',
      'Filiera corta e contratti equi: così nasce la nostra pasta.',
    ],
    en: [
      'Our durum wheat comes from 320 Italian farms, fully traced.',
      'Fair, long-term contracts with our farmers: that is our pasta.',
    ],
  },
  {
    slug: 'international-team',
    english: {
      title: 'Aurora opens its first office in Germany',
      body: 'Our international growth continues.',
      description: 'A sales office in Munich to serve our customers in DACH.',
    },
    title: 'Aurora apre il primo ufficio in Germania',
    description: 'Un ufficio commerciale a Monaco di Baviera per i clienti dell’area DACH.',
    body: 'La nostra crescita internazionale continua.',
    topics: ['azienda', 'export'],
    daysAgo: 26,
    language: 'en',
    it: [],
    en: [
      'Proud to see Aurora open its first office abroad, in Munich!',
      'Italian pasta, now closer to our German customers: welcome to the Munich team.',
    ],
  },
  {
    slug: 'formazione-academy',
    english: {
      title: 'Aurora Academy is born',
      body: '40 courses, from digital skills to food safety.',
      description: 'Training paths for every professional family.',
    },
    title: 'Nasce la Aurora Academy',
    description: 'Percorsi di formazione per tutte le famiglie professionali.',
    body: '40 corsi, dalle competenze digitali alla sicurezza alimentare.',
    topics: ['persone', 'formazione'],
    daysAgo: 21,
    it: [
      'Nasce la Aurora Academy: 40 corsi per crescere insieme, dalla sicurezza alimentare al digitale.',
      'Formazione per tutti, in ogni sede: la nostra Academy è partita.',
    ],
    en: ['Aurora Academy is live: 40 courses for every team.', 'Training for everyone, at every site.'],
  },
  {
    slug: 'ricetta-pesto',
    english: {
      title: 'Trofie with pesto: the summer recipe',
      body: 'A Ligurian classic with our pasta.',
      description: 'Basil, pine nuts and Parmigiano: ready in 15 minutes.',
    },
    title: 'Trofie al pesto: la ricetta estiva',
    description: 'Basilico, pinoli e Parmigiano: pronta in 15 minuti.',
    body: 'Un classico ligure con la nostra pasta.',
    topics: ['ricette'],
    daysAgo: 15,
    it: [
      'Quindici minuti e le trofie al pesto sono in tavola: la ricetta del nostro chef.',
      'Basilico fresco e pasta buona: l’estate in un piatto.',
    ],
    en: ['Fifteen minutes to trofie with pesto: our chef’s summer recipe.', 'Fresh basil and good pasta: summer on a plate.'],
  },
  {
    slug: 'lavora-con-noi-buyer',
    english: {
      title: 'We are hiring a packaging buyer',
      body: 'Experience in sustainable packaging is a plus.',
      description: 'A position in Milan in the Purchasing team.',
    },
    title: 'Cerchiamo un buyer per gli imballaggi',
    description: 'Posizione a Milano nel team Acquisti.',
    body: 'Esperienza nel packaging sostenibile gradita.',
    topics: ['lavoro'],
    daysAgo: 10,
    it: [
      'Nel team Acquisti di Milano cerchiamo un buyer per gli imballaggi: conosci qualcuno?',
      'Un ruolo per chi vuole rendere il packaging più sostenibile.',
    ],
    en: ['We are hiring a packaging buyer in Milan.', 'Help us make our packaging more sustainable.'],
  },
  {
    slug: 'nuovo-impianto',
    english: {
      title: 'A new drying line in Parma',
      body: 'The new dryer uses 25% less energy.',
      description: 'Less energy, better pasta: a €12 million investment.',
    },
    title: 'Nuovo impianto di essiccazione a Parma',
    description: 'Meno energia, più qualità: l’investimento da 12 milioni.',
    body: 'Il nuovo essiccatoio riduce i consumi del 25%.',
    topics: ['azienda', 'sostenibilità'],
    daysAgo: 6,
    it: [
      'A Parma è partito il nuovo impianto di essiccazione: -25% di energia e pasta ancora più buona.',
      'Un investimento da 12 milioni nel nostro stabilimento: innovazione e sostenibilità.',
    ],
    en: ['Our new drying line in Parma uses 25% less energy.', 'A €12m investment in our Parma plant.'],
  },
  {
    slug: 'festa-estate',
    english: {
      title: 'Company summer party',
      body: 'Music, games for the children and pasta by our chefs.',
      description: 'On 4 July all our sites together at Parco Ducale.',
    },
    title: 'Festa d’estate aziendale',
    description: 'Il 4 luglio tutte le sedi insieme al Parco Ducale.',
    body: 'Musica, giochi per i bambini e la pasta dei nostri chef.',
    topics: ['persone', 'eventi'],
    daysAgo: 3,
    it: [
      'Il 4 luglio tutte le sedi Aurora si ritrovano al Parco Ducale: che festa sarà!',
      'Famiglie, musica e pasta: la nostra festa d’estate.',
    ],
    en: ['On 4 July all Aurora sites meet at Parco Ducale.', 'Families, music and pasta: our summer party.'],
  },
  {
    slug: 'podcast-agricoltori',
    english: {
      title: 'The “Voices from the field” podcast',
      body: 'Stories of wheat and of families.',
      description: 'Six episodes with the farmers of our supply chain.',
    },
    title: 'Il podcast “Voci dal campo”',
    description: 'Sei puntate con gli agricoltori della nostra filiera.',
    body: 'Storie di grano e di famiglie.',
    topics: ['filiera'],
    daysAgo: 1,
    it: [
      'Abbiamo dato voce ai nostri agricoltori: ascoltate il podcast “Voci dal campo”.',
      'Sei storie di grano e di famiglie: il nostro nuovo podcast.',
    ],
    en: ['Listen to “Voices from the field”, our farmers’ podcast.', 'Six stories of wheat and families.'],
  },
  // Not (yet) in the feed: the editor's work in progress.
  {
    slug: 'black-friday',
    english: {
      title: 'Year-end offers at the company shop',
      body: '',
      description: 'Discounts for employees and their families.',
    },
    title: 'Offerte di fine anno nello spaccio aziendale',
    description: 'Sconti per dipendenti e famiglie.',
    body: '',
    topics: ['persone'],
    daysAgo: -5,
    status: 'scheduled',
    it: ['Allo spaccio aziendale sconti di fine anno per noi e le nostre famiglie.'],
    en: ['Year-end discounts at the company shop.'],
  },
  {
    slug: 'natale',
    english: { title: 'The 2026 Christmas box', body: '', description: 'The gift box with Aurora products.' },
    title: 'Il pacco di Natale 2026',
    description: 'Il pacco regalo con i prodotti Aurora.',
    body: '',
    topics: ['prodotti'],
    daysAgo: -20,
    status: 'scheduled',
    it: ['Il pacco di Natale Aurora è pronto!'],
    en: ['The Aurora Christmas box is ready!'],
  },
  {
    slug: 'bozza-intervista',
    english: { title: 'Interview with our CEO', body: 'To be completed.', description: 'Draft in progress.' },
    title: 'Intervista all’amministratore delegato',
    description: 'Bozza in lavorazione.',
    body: 'Da completare.',
    topics: ['azienda'],
    daysAgo: 0,
    status: 'draft',
    it: ['Le parole del nostro AD sul futuro di Aurora.'],
    en: [],
  },
  {
    slug: 'report-qualita',
    english: { title: 'BRCGS certification: grade AA', body: '', description: 'Our Parma plant reaches the highest grade.' },
    title: 'Certificazione BRCGS: livello AA',
    description: 'Lo stabilimento di Parma ottiene il massimo livello.',
    body: '',
    topics: ['qualità'],
    daysAgo: 0,
    status: 'in_review',
    it: ['Certificazione BRCGS livello AA per il nostro stabilimento di Parma.'],
    en: ['BRCGS grade AA for our Parma plant.'],
  },
  {
    slug: 'estate-2026',
    english: { title: 'Summer campaign 2026', body: '', description: 'The summer campaign has ended.' },
    title: 'Campagna estate 2026',
    description: 'La campagna estiva è conclusa.',
    body: '',
    topics: ['prodotti'],
    daysAgo: 88,
    status: 'expired',
    it: ['Estate con Aurora: scopri le ricette fresche.'],
    en: ['Summer with Aurora.'],
  },
  {
    slug: 'concorso-ricette',
    english: { title: 'The “Your recipe” contest', body: '', description: 'The contest has closed.' },
    title: 'Concorso “La tua ricetta”',
    description: 'Il concorso si è chiuso.',
    body: '',
    topics: ['ricette'],
    daysAgo: 84,
    status: 'expired',
    it: ['Partecipa al concorso “La tua ricetta”!'],
    en: ['Join the “Your recipe” contest!'],
  },
];

/** Sentences employees add to make a suggestion their own. */
export const personalTouches = {
  it: [
    'Ci lavoro da anni e ne vado fiera.',
    'Orgoglioso del mio team!',
    'Questo progetto l’ho visto nascere.',
    'Che squadra, ragazzi!',
    'Da assaggiare, fidatevi.',
    'Il lavoro di tante persone che stimo.',
    'Una bella giornata per chi lavora qui.',
    'Passate parola!',
    'Un traguardo che ci siamo guadagnati.',
    'Sono felice di raccontarlo.',
  ],
  en: [
    'Proud to be part of this team.',
    'I have seen this project grow from day one.',
    'Worth a try, trust me!',
    'Great work by great colleagues.',
  ],
};
