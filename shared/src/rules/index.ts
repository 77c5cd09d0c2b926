export * from './fraction';
export * from './national-defaults';
export * from './profile-floor';
export * from './profile-schema';
