export * from './app';
export * from './imports';
export * from './audience';
export * from './engagement';
export * from './summary';
export * from './advice';
export * from './platform';
export * from './export-sections';
