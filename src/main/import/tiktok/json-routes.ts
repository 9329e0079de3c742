// The route tree for a TikTok account-export JSON: which subtrees of the document the scanner walks into,
// which lists it streams as records, and what it skips (login history, shop, payments, message text...).
import { ImportInputError } from '../sink';
import type { ExportSink, SectionKind, SectionSkips } from '../sink';
import { noValue } from '../values';
import { SKIP } from '../json/routes';
import type { CollectRoute, DescendRoute, RecordsRoute, Route } from '../json/routes';
import { ObjectView } from '../json/record-view';
import { emitRecord, readProfile } from './emit';
import { RecordTally } from './tally';
import {
  chatCounterpart,
  isChatMap,
  isChatSection,
  isProfileMap,
  isProfileSection,
  jsonListSection,
} from './sections';
import type { ListSectionKind } from './sections';

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const QUOTE = 0x22;
const NULL_N = 0x6e;

/** What the reader learns while the scanner walks the file. */
export class JsonExportState {
  readonly topKeys: string[] = [];
  profileSection: string | null = null;
  sectionsFound = 0;
  constructor(
    readonly sink: ExportSink,
    readonly file: string,
  ) {}

  done(section: SectionKind, records: number, skips?: SectionSkips): void {
    this.sectionsFound++;
    this.sink.sectionDone(section, records, skips);
  }
}

const label = (...keys: string[]): string => keys.map((k) => JSON.stringify(k)).join('.');

/** A value that should be a list but is a scalar: "N/A"-like means empty, anything else is a warning. */
function notAList(state: JsonExportState, where: string, first: number, empty: () => void): Route {
  if (first === NULL_N) {
    empty();
    return SKIP;
  }
  if (first === QUOTE) {
    const route: CollectRoute = {
      kind: 'collect',
      value: (v) => (noValue(v) ? empty() : state.sink.warn(`${where}: not a list; skipped`)),
      unreadable: () => state.sink.warn(`${where}: not a list; skipped`),
    };
    return route;
  }
  state.sink.warn(`${where}: not a list; skipped`);
  return SKIP;
}

function recordsRoute(
  state: JsonExportState,
  kind: ListSectionKind,
  where: string,
  done: (tally: RecordTally) => void,
): RecordsRoute {
  const tally = new RecordTally();
  return {
    kind: 'records',
    record(view) {
      emitRecord(kind, view, state.sink, tally);
    },
    bad() {
      tally.unreadable++;
    },
    end() {
      const bad = tally.unreadable;
      if (bad > 0) state.sink.warn(`${where}: ${bad} record${bad === 1 ? '' : 's'} could not be read`);
      done(tally);
    },
  };
}

function listSectionRoute(state: JsonExportState, top: string, name: string, first: number): Route {
  const spec = jsonListSection(top, name)!;
  const where = label(top, name);
  if (first === OPEN_ARRAY)
    return recordsRoute(state, spec.kind, where, (t) => state.done(spec.kind, t.read, t));
  if (first !== OPEN_OBJECT) return notAList(state, where, first, () => state.done(spec.kind, 0));
  const total = new RecordTally();
  const route: DescendRoute = {
    kind: 'descend',
    member(key, f) {
      if (!spec.isList(key)) return SKIP; // sibling keys such as App / IsFastLane
      const inner = label(top, name, key);
      if (f === OPEN_ARRAY) return recordsRoute(state, spec.kind, inner, (t) => total.add(t));
      return notAList(state, inner, f, () => undefined);
    },
    end() {
      // An object without its list is an empty section too (some exports write {} or only flags).
      state.done(spec.kind, total.read, total);
    },
  };
  return route;
}

function profileRoute(state: JsonExportState, top: string, name: string, first: number): Route {
  state.profileSection = name;
  let found = 0;
  const collectMap = (where: string): CollectRoute => ({
    kind: 'collect',
    value(v) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        if (!noValue(v)) state.sink.warn(`${where}: not a profile; skipped`);
        return;
      }
      const profile = readProfile(new ObjectView(v as Record<string, unknown>));
      if (profile) {
        state.sink.profile(profile);
        found = 1;
      }
    },
    unreadable: () => state.sink.warn(`${where}: could not be read; skipped`),
  });
  if (isProfileMap(name)) {
    if (first !== OPEN_OBJECT) return SKIP;
    const inner = collectMap(label(top, name));
    return { ...inner, value: (v) => (inner.value(v), state.done('profile', found)) };
  }
  if (first !== OPEN_OBJECT) {
    if (first === NULL_N) state.done('profile', 0);
    return SKIP;
  }
  return {
    kind: 'descend',
    member: (key, f) => (isProfileMap(key) && f === OPEN_OBJECT ? collectMap(label(top, name, key)) : SKIP),
    end: () => state.done('profile', found),
  };
}

/** "Direct Messages"."Chat History".ChatHistory: one thread per counterpart, counted, text never read. */
function chatRoute(state: JsonExportState, top: string, name: string, first: number): Route {
  if (first !== OPEN_OBJECT) {
    if (first === NULL_N) state.done('messages', 0);
    return SKIP;
  }
  let threads = 0;
  const threadsRoute: DescendRoute = {
    kind: 'descend',
    member(key, f) {
      const username = chatCounterpart(key);
      if (!username || f !== OPEN_ARRAY) return SKIP;
      let count = 0;
      let lastAt: number | null = null;
      return {
        kind: 'records',
        record(view) {
          count++;
          const at = view.time('date');
          if (at !== null && (lastAt === null || at > lastAt)) lastAt = at;
        },
        bad() {},
        end() {
          if (count === 0) return;
          threads++;
          state.sink.messageThread({ username, count, lastAt });
        },
      };
    },
  };
  return {
    kind: 'descend',
    member: (key, f) => (isChatMap(key) && f === OPEN_OBJECT ? threadsRoute : SKIP),
    end: () => state.done('messages', threads),
  };
}

function sectionRoute(state: JsonExportState, top: string, name: string, first: number): Route {
  if (isProfileSection(name) || isProfileMap(name)) return profileRoute(state, top, name, first);
  if (isChatSection(name)) return chatRoute(state, top, name, first);
  if (jsonListSection(top, name)) return listSectionRoute(state, top, name, first);
  return SKIP;
}

/** The root route: the document must be an object of top-level groups. */
export function tiktokJsonRoot(state: JsonExportState): (first: number) => Route {
  return (first) => {
    if (first !== OPEN_OBJECT) {
      throw new ImportInputError(state.file, 'not a TikTok account export (the JSON is not an object)');
    }
    return {
      kind: 'descend',
      member(top, f) {
        state.topKeys.push(top);
        if (f !== OPEN_OBJECT) return SKIP;
        return { kind: 'descend', member: (name, g) => sectionRoute(state, top, name, g) };
      },
    };
  };
}
