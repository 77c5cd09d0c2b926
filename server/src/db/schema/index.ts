export * from './elections';
export * from './platform';
export * from './roster';
export * from './sessions';
