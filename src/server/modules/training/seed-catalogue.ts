import type { Motivation, PopulationKind, TrainingKind } from './schema';

type SeedProposition = {
  label: string;
  kind: PopulationKind;
  value?: string;
  benefits: string;
  problem: string;
  outcome: string;
};
export type SeedTraining = {
  key: string;
  title: string;
  description: string;
  kind: TrainingKind;
  motivation: Motivation;
  need?: string;
  /** Days from today (negative: in the past). */
  dueInDays?: number;
  hours: number;
  cost: number;
  code: string;
  requiresApproval?: boolean;
  publicUrl?: string;
  elearningUrl?: string;
  /** Session offsets in days from today, and their place; past ones are where the year of completions comes from. */
  sessions: { day: number; place: string; seats: number }[];
  propositions: SeedProposition[];
};

const managers = (benefits: string, outcome: string): SeedProposition => ({
  label: 'Responsabili',
  kind: 'managers',
  benefits,
  problem: 'Il tempo perso a rincorrere chi non è aggiornato.',
  outcome,
});

/** Pastificio Aurora's catalogue: eight trainings over the four motivations of seed 000. */
export const seedCatalogue: SeedTraining[] = [
  {
    key: 'haccp',
    title: 'Aggiornamento HACCP 2026',
    description:
      'Mezza giornata sulle buone pratiche igieniche, con i casi di non conformità dell’ultimo anno nei nostri stabilimenti.',
    kind: 'course',
    motivation: 'mandatory',
    need: 'Il Regolamento CE 852/2004 e il nostro piano HACCP chiedono un aggiornamento ogni anno a chi lavora a contatto con il prodotto: senza, la linea non può lavorare.',
    dueInDays: -20,
    hours: 4,
    cost: 60,
    code: 'HACCP-2026',
    sessions: [
      { day: -75, place: 'Parma, sala formazione', seats: 30 },
      { day: -50, place: 'Parma, sala formazione', seats: 30 },
      { day: -35, place: 'Piacenza, magazzino centrale', seats: 25 },
      { day: 12, place: 'Parma, sala formazione', seats: 30 },
    ],
    propositions: [
      {
        label: 'Operatori di linea',
        kind: 'department',
        value: 'Produzione',
        benefits: 'Lavori tranquillo: sai cosa controllare e cosa fare se qualcosa non va.',
        problem: 'Le non conformità scoperte dopo, quando il lotto è già confezionato.',
        outcome: 'Riconoscere un rischio prima che diventi un fermo linea.',
      },
      {
        label: 'Laboratorio e qualità',
        kind: 'department',
        value: 'Qualità',
        benefits: 'Audit più rapidi e meno rilievi dagli ispettori.',
        problem: 'Le registrazioni incomplete che emergono solo durante le verifiche.',
        outcome: 'Guidare i colleghi di linea sulle registrazioni giuste.',
      },
      managers('Un reparto in regola senza doverlo inseguire.', 'Verificare in un minuto chi è aggiornato e chi no.'),
    ],
  },
  {
    key: 'forklift',
    title: 'Abilitazione carrelli elevatori',
    description: 'Corso teorico e pratico per la conduzione dei carrelli elevatori, con prova finale.',
    kind: 'certification',
    motivation: 'mandatory',
    need: 'Il D.Lgs. 81/2008 e l’Accordo Stato-Regioni rendono obbligatoria l’abilitazione per chi guida i carrelli, rinnovata ogni cinque anni.',
    dueInDays: 60,
    hours: 12,
    cost: 380,
    code: 'CARR-12',
    sessions: [
      { day: -120, place: 'Piacenza, piazzale', seats: 12 },
      { day: 20, place: 'Piacenza, piazzale', seats: 12 },
    ],
    propositions: [
      {
        label: 'Magazzino',
        kind: 'department',
        value: 'Logistica',
        benefits: 'Guidi in sicurezza e con il patentino in regola.',
        problem: 'Il rischio di non poter salire sul carrello per un’abilitazione scaduta.',
        outcome: 'Movimentare i bancali con le manovre corrette anche nei corridoi stretti.',
      },
      managers('Nessun turno scoperto per abilitazioni scadute.', 'Pianificare i turni sapendo chi può guidare.'),
    ],
  },
  {
    key: 'excel',
    title: 'Excel per la pianificazione',
    description: 'Tre incontri pratici: tabelle pivot, previsioni e un piano di consegne costruito sui dati veri.',
    kind: 'course',
    motivation: 'career',
    hours: 12,
    cost: 450,
    code: 'XLS-PLAN',
    sessions: [
      { day: -150, place: 'Milano, aula 3', seats: 14 },
      { day: -40, place: 'Online', seats: 20 },
      { day: 25, place: 'Milano, aula 3', seats: 14 },
    ],
    propositions: [
      {
        label: 'Pianificatori e logistica',
        kind: 'department',
        value: 'Logistica',
        benefits: 'Piani di carico pronti in metà tempo.',
        problem: 'I fogli copiati a mano ogni lunedì mattina.',
        outcome: 'Costruire un piano di consegne che si aggiorna da solo.',
      },
      {
        label: 'Acquisti',
        kind: 'department',
        value: 'Acquisti',
        benefits: 'Trattative con i fornitori sostenute dai numeri.',
        problem: 'I confronti tra offerte fatti a occhio.',
        outcome: 'Confrontare offerte e previsioni di consumo in un’unica vista.',
      },
      managers('Un team autonomo sui dati.', 'Chiedere un’analisi e riceverla in giornata.'),
    ],
  },
  {
    key: 'linkedin',
    title: 'LinkedIn per gli ambassador',
    description: 'Un workshop per raccontare il proprio lavoro su LinkedIn con parole proprie, nel rispetto delle linee guida.',
    kind: 'workshop',
    motivation: 'career',
    hours: 3,
    cost: 0,
    code: 'LI-AMB',
    sessions: [
      { day: -90, place: 'Milano, sala riunioni', seats: 20 },
      { day: 15, place: 'Online', seats: 40 },
    ],
    propositions: [
      {
        label: 'Commerciali',
        kind: 'department',
        value: 'Commerciale',
        benefits: 'Un profilo che lavora per te con clienti e buyer.',
        problem: 'Contatti che non ricordano chi sei tra una fiera e l’altra.',
        outcome: 'Pubblicare un post che porta una richiesta di incontro.',
      },
      {
        label: 'Marketing e comunicazione',
        kind: 'department',
        value: 'Marketing e Comunicazione',
        benefits: 'Più visibilità per il tuo lavoro e per i prodotti che racconti.',
        problem: 'Post aziendali che nessuno condivide.',
        outcome: 'Scrivere un post personale che i colleghi hanno voglia di condividere.',
      },
      managers('Un team riconosciuto dai clienti.', 'Sostenere i propri collaboratori quando pubblicano.'),
    ],
  },
  {
    key: 'lean',
    title: 'Leggere i dati di linea',
    description: 'Percorso per capiturno: OEE, cause di fermo, come portare i numeri in riunione e farne azioni.',
    kind: 'course',
    motivation: 'career',
    hours: 16,
    cost: 620,
    code: 'LEAN-CT',
    requiresApproval: true,
    sessions: [
      { day: -60, place: 'Parma, sala riunioni', seats: 10 },
      { day: 30, place: 'Parma, sala riunioni', seats: 10 },
    ],
    propositions: [
      {
        label: 'Capiturno',
        kind: 'job_title',
        value: 'Capoturno',
        benefits: 'Arrivi in riunione con i numeri e con una proposta: è così che si diventa responsabili di reparto.',
        problem: 'Le discussioni sui fermi basate sulle impressioni.',
        outcome: 'Leggere l’OEE del turno e scegliere la prima azione da fare.',
      },
      managers('Capiturno che risolvono i fermi prima di chiamarti.', 'Delegare l’analisi dei fermi al turno.'),
    ],
  },
  {
    key: 'wms',
    title: 'Il nuovo gestionale di magazzino',
    description: 'Dal mese prossimo il magazzino passa al nuovo WMS: quattro ore sulle operazioni di tutti i giorni.',
    kind: 'elearning',
    motivation: 'contingent',
    hours: 4,
    cost: 90,
    code: 'WMS-GO',
    elearningUrl: 'https://lms.pastificioaurora.example/corsi/wms',
    sessions: [],
    propositions: [
      {
        label: 'Magazzino e spedizioni',
        kind: 'department',
        value: 'Logistica',
        benefits: 'Il primo giorno con il nuovo sistema sai già dove cliccare.',
        problem: 'Le code al terminale nei giorni del passaggio.',
        outcome: 'Prelevare, spedire e fare l’inventario con il nuovo WMS.',
      },
    ],
  },
  {
    key: 'maintenance',
    title: 'Comunità di pratica della manutenzione',
    description:
      'Un pomeriggio al mese tra manutentori di Parma e Piacenza: ognuno porta un guasto, si esce con soluzioni provate.',
    kind: 'workshop',
    motivation: 'community',
    hours: 3,
    cost: 0,
    code: 'CDP-MAN',
    sessions: [
      { day: -100, place: 'Parma, officina', seats: 16 },
      { day: -65, place: 'Piacenza, officina', seats: 16 },
      { day: -30, place: 'Parma, officina', seats: 16 },
      { day: 8, place: 'Piacenza, officina', seats: 16 },
    ],
    propositions: [
      {
        label: 'Manutentori',
        kind: 'job_family',
        value: 'Manutenzione',
        benefits: 'Colleghi che hanno già risolto il tuo stesso guasto.',
        problem: 'Il guasto raro che affronti da solo, di notte.',
        outcome: 'Sapere a chi chiedere e avere la procedura che ha funzionato.',
      },
      managers('Meno fermi lunghi grazie alle soluzioni condivise.', 'Contare su una rete tra stabilimenti.'),
    ],
  },
  {
    key: 'pasta',
    title: 'Scuola di pasta fresca',
    description: 'Il sabato mattina in laboratorio: colleghi di ogni reparto e sede impastano insieme. Aperta anche al pubblico.',
    kind: 'workshop',
    motivation: 'community',
    hours: 3,
    cost: 35,
    code: 'PASTA-LAB',
    publicUrl: 'https://www.pastificioaurora.example/scuola-di-pasta',
    sessions: [
      { day: -45, place: 'Parma, laboratorio R&S', seats: 18 },
      { day: 18, place: 'Parma, laboratorio R&S', seats: 18 },
    ],
    propositions: [
      {
        label: 'Tutti i colleghi',
        kind: 'everyone',
        benefits: 'Conosci i colleghi degli altri reparti con le mani in pasta.',
        problem: 'Lavorare nella stessa azienda senza mai incontrarsi.',
        outcome: 'Fare una sfoglia come in stabilimento, e raccontarlo.',
      },
    ],
  },
];
