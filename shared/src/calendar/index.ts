export * from './cn-holidays';
export * from './deadline';
export * from './holiday-schema';
export * from './iso-date';
export * from './working-days';
