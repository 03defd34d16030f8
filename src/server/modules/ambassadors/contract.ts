// The programme's API contract, in two files by subject (each under the size we keep files to).
export * from './members-contract';
export * from './programme-contract';
