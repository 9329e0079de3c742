// The product's zone arithmetic lives in shared/time-zone.ts, where the import, the analytics and the
// contract all reach it; this path stays for the analytics modules that import it from here.
export * from '../../../shared/time-zone';
