export * from './margins';
export * from './progress';
export * from './schemas';
