// What the JSON scanner (scanner.ts) does with each value it meets: the caller answers with a Route.
import type { RecordView } from './record-view';

export interface SkipRoute {
  kind: 'skip';
}
/** Walk into an object or array; each member/element is routed in turn. */
export interface DescendRoute {
  kind: 'descend';
  /** For objects: the route of the member `key` whose value starts with byte `first`. */
  member?(key: string, first: number): Route;
  /** For arrays: the route of an element starting with byte `first`. */
  element?(first: number): Route;
  /** The container closed. */
  end?(): void;
}
/** An array of records: each object element is passed as a RecordView, anything else counts as bad. */
export interface RecordsRoute {
  kind: 'records';
  record(view: RecordView): void;
  bad(): void;
  end?(): void;
}
/** Parse this one value (kept small by the caller's choice of where to collect). */
export interface CollectRoute {
  kind: 'collect';
  value(v: unknown): void;
  /** The value was larger than the collect limit (or not valid JSON); it was skipped. */
  unreadable(): void;
}
export type Route = SkipRoute | DescendRoute | RecordsRoute | CollectRoute;

export const SKIP: SkipRoute = { kind: 'skip' };
