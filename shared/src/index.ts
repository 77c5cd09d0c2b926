export * from './audit/schemas';
export * from './auth/roles';
export * from './auth/schemas';
export * from './common/schemas';
export * from './errors/app-error';
export * from './errors/codes';
export * from './roster/schemas';
export * from './rules';
