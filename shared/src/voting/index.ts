export * from './ballot-validity';
export * from './election-count';
export * from './published';
export * from './recount';
export * from './vote-outcome';
