export * from './ballot-validity';
export * from './election-count';
export * from './vote-outcome';
