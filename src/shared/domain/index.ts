export * from './app';
export * from './imports';
