export * from './platform';
export * from './roster';
