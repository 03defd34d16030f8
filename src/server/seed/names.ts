export const firstNames = {
  f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Elena', 'Alessia', 'Valentina', 'Federica', 'Silvia', 'Laura', 'Anna', 'Paola', 'Roberta', 'Elisa', 'Ilaria', 'Beatrice', 'Marta', 'Giorgia', 'Serena', 'Cristina', 'Monica', 'Daniela', 'Veronica', 'Claudia', 'Irene', 'Alice', 'Camilla', 'Noemi', 'Arianna'],
  m: ['Marco', 'Luca', 'Andrea', 'Matteo', 'Alessandro', 'Davide', 'Simone', 'Federico', 'Lorenzo', 'Stefano', 'Giovanni', 'Paolo', 'Riccardo', 'Francesco', 'Roberto', 'Daniele', 'Fabio', 'Massimo', 'Nicola', 'Emanuele', 'Gabriele', 'Tommaso', 'Filippo', 'Michele', 'Alberto', 'Enrico', 'Pietro', 'Antonio', 'Giacomo', 'Claudio'],
} as const;

export const surnames = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo',
  'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro',
  'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale',
  'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti', 'Parisi', 'Villa', 'Conte', 'Ferri', 'Fabbri', 'Bianco',
  'Marini', 'Grasso', 'Valentini', 'Messina', 'Sala', 'Gatti', 'Pellegrini', 'Palumbo', 'Sanna', 'Farina', 'Rizzi',
  'Monti', 'Cattaneo', 'Morelli', 'Amato', 'Silvestri', 'Mazza', 'Testa', 'Grassi', 'Pellegrino', 'Carbone', 'Giuliani',
  'Benedetti', 'Barone', 'Rossetti', 'Caputo', 'Montanari', 'Guerra', 'Palmieri', 'Bernardi', 'Martino', 'Fiore',
  'Ferretti', 'Bellini', 'Basile', 'Riva', 'Donati', 'Piras', 'Vitali', 'Battaglia', 'Sartori', 'Neri', 'Costantini',
];

/** Colleagues from abroad, who prefer English. */
export const internationalNames = ['Sarah Mitchell', 'Jonas Becker', 'Amélie Laurent', 'Tomasz Nowak', 'Priya Raman', 'Lucía Fernández', 'Daniel O’Connor'];

export const demoPeople = {
  admin: { email: 'admin@aurora.example', name: 'Giulia Ferrari', role: 'admin' },
  editor: { email: 'comunicazione@aurora.example', name: 'Marco Bianchi', role: 'editor' },
  hr: { email: 'hr@aurora.example', name: 'Chiara Romano', role: 'hr' },
  manager: { email: 'manager@aurora.example', name: 'Luca Colombo', role: 'manager' },
  employee: { email: 'dipendente@aurora.example', name: 'Francesca Ricci', role: 'employee' },
  employeeEn: { email: 'employee.en@aurora.example', name: 'Sarah Mitchell', role: 'employee' },
} as const;
